# Device Console, English: the activity history and its wording.

## The activity view and a device's or a code's history
activity-title = Activity
activity-loading = Loading activity…
activity-caption = Activity, newest first
activity-col-what = What happened
activity-col-by = By
activity-col-when = When
activity-history = History
activity-history-loading = Loading the history…
activity-history-empty = No changes made through the console yet.
activity-history-caption = History, newest first
activity-see-all = See all activity

## The filters
activity-filter-label = Filter activity
activity-filter-device = Device id
activity-filter-code = Pairing code id
activity-filter-operator = Operator id
activity-filter-action = Action
activity-filter-all-actions = All actions
activity-filter-from = From
activity-filter-to = To
activity-filter-apply = Apply
activity-device-id-invalid = Use a device id such as { $example }.
activity-code-id-invalid = Use a pairing code id such as { $example }.
activity-operator-too-long = An operator's id has at most { $max } characters.
activity-until-before-since = Choose a day on or after the first day.

## What in a link to the activity view could not be used ($name: the link's parameter)
activity-ignored-device = { $name } "{ $value }" is not a device id
activity-ignored-code = { $name } "{ $value }" is not a code id
activity-ignored-location = { $name } "{ $value }" is not a location id
activity-ignored-action = { $name } "{ $value }" is not one the console records
activity-ignored-date = { $name } "{ $value }" is not a date
activity-ignored-page = page "{ $value }"
activity-ignored-size = page size "{ $value }"
activity-ignored-unknown = unknown parameter "{ $name }"
activity-ignored-until = until { $until } is before since { $since }

## The actions (the action filter's choices)
activity-action-device-update = Device changed
activity-action-device-deregister = Device deregistered
activity-action-enrollment-create = Pairing code created
activity-action-enrollment-cancel = Pairing code cancelled
activity-action-playground-pair = Pairing simulated (playground)
activity-action-job-start = Bulk change started
activity-action-job-cancel = Bulk change cancelled
activity-action-job-undo = Bulk change undone
activity-action-job-retry = Bulk change retried

## How a change ended, when it did not simply apply (the "-because" ones are followed
## by the server's reason, in English)
activity-outcome-attempted = In progress
activity-outcome-refused = Refused
activity-outcome-refused-because = Refused:
activity-outcome-failed = Failed
activity-outcome-failed-because = Failed:
activity-outcome-unknown = Outcome unknown

## What happened. $device: the device's name ("-unnamed": a device without one);
## $from, $to, $location: locations' names; $key: a metadata key; $field: a field's
## technical name ("hardware id"). Several changes of one save are joined by "; " with
## the first letter of each but the first lowered, so start every sentence with a word,
## never with a value.
activity-moved = Moved { $device } from { $from } to { $to }
activity-moved-unnamed = Moved a device from { $from } to { $to }
activity-moved-to = Moved { $device } to { $to }
activity-moved-to-unnamed = Moved a device to { $to }
activity-moved-out = Removed { $device } from { $from }
activity-moved-out-unnamed = Removed a device from { $from }
activity-renamed = Renamed { $before } to { $after }
activity-named = Named { $device } { $name }
activity-named-unnamed = Named a device { $name }
activity-name-removed = Removed the name of { $before }
activity-metadata-changed = Changed { $key } from { $before } to { $after } on { $device }
activity-metadata-changed-unnamed = Changed { $key } from { $before } to { $after } on a device
activity-metadata-set = Set { $key } to { $value } on { $device }
activity-metadata-set-unnamed = Set { $key } to { $value } on a device
activity-metadata-removed = Removed { $key } from { $device }
activity-metadata-removed-unnamed = Removed { $key } from a device
activity-field-changed = Changed the { $field } of { $device } from { $before } to { $after }
activity-field-changed-unnamed = Changed the { $field } of a device from { $before } to { $after }
activity-field-set = Changed the { $field } of { $device } from none to { $after }
activity-field-set-unnamed = Changed the { $field } of a device from none to { $after }
activity-field-cleared = Changed the { $field } of { $device } from { $before } to none
activity-field-cleared-unnamed = Changed the { $field } of a device from { $before } to none
activity-saved-unchanged = Saved { $device } without changes
activity-saved-unchanged-unnamed = Saved a device without changes
activity-deregistered = Deregistered { $device }
activity-deregistered-unnamed = Deregistered a device
activity-code-created = Created a pairing code
activity-code-created-at = Created a pairing code for { $location }
activity-code-cancelled = Cancelled a pairing code
activity-code-cancelled-at = Cancelled a pairing code for { $location }
activity-simulated-pairing = Simulated a clerk pairing { $device }
activity-simulated-pairing-at = Simulated a clerk pairing { $device } for { $location }
activity-simulated-code = Simulated a clerk entering a pairing code
activity-simulated-code-at = Simulated a clerk entering a pairing code for { $location }
activity-job-started = Started a bulk change
activity-job-cancelled = Cancelled a bulk change
activity-job-undone = Undid a bulk change
activity-job-retried = Retried the failed devices of a bulk change
# An action this console does not know (its technical name), on what it was done to.
activity-other-on = { $action } on { $target }
activity-other = { $action }
