# Device Console, English: bulk changes (jobs) and the overview.

## A bulk change's action, status and each device's outcome
job-action-relocate = Move to a location
job-action-set-metadata = Set a metadata value
job-action-rename-key = Rename a metadata key
job-action-remove-key = Remove a metadata key
job-action-deregister = Deregister
job-action-undo = Undo of a bulk change
job-action-create-codes = Create pairing codes
job-status-queued = Waiting to start
job-status-running = Running
job-status-done = Finished
job-status-failed = Stopped by an error
job-status-cancelled = Cancelled
job-outcome-done = Changed
job-outcome-unchanged = Already as asked
job-outcome-skipped = Skipped
job-outcome-conflict = Kept (changed since)
job-outcome-failed = Failed
job-outcome-pending = Not run

## Counts and progress ($n and $done, $total: the numbers as shown; $count: the number)
job-devices = { $count ->
    [one] { $n } device
   *[other] { $n } devices
}
job-progress = { $count ->
    [one] { $done } of { $total } device
   *[other] { $done } of { $total } devices
}
job-left-under-a-minute = less than a minute left
job-left-minutes = about { $m } min left
job-left-hours = about { $h } h left
job-failed-count = { $count } failed

## The list of bulk changes
job-list-hint = Select devices in the device list to move, tag or deregister many at once. Each bulk change runs on the server, so it goes on if you close this page.
job-loading-list = Loading bulk changes…
job-list-empty = No bulk changes yet.
job-list-caption = Bulk changes, running first, then newest first
job-col-change = Change
job-col-progress = Progress
job-col-started-by = Started by
job-col-started = Started

## One bulk change
job-one = Bulk change
job-back = ← Bulk changes
job-loading = Loading the bulk change…
job-cancel = Cancel
job-undo = Undo
job-retry = Retry the failed
job-cancelling = Cancelling: the devices already sent finish, the others are not changed.
# Followed by the name of who started it.
job-started-by = started by
# Followed by a link: "follows an earlier bulk change".
job-follows = follows
job-earlier = an earlier bulk change
# Followed by a link: "undone by a later bulk change".
job-undone-by = undone by
job-later = a later bulk change
job-progress-label = Progress
job-by-outcome = Devices by outcome
job-outcome-count = { $outcome }: { $n }
job-all = All
job-deregister-final = Deregistration cannot be undone.
job-items-none = No devices with this outcome.
job-items-caption = The bulk change's devices and how each ended
job-col-device = Device
job-col-outcome = Outcome
job-col-what = What changed, or why not
# In the activity view, beside a change a bulk change made.
job-undo-it = Undo it

## The overview
overview-loading = Loading your stores…
overview-empty = No stores yet. A store (a location) is set up in the Kustom Portal; once there is one, its devices and codes are counted here.
overview-stale = Kustom could not be read at the last refresh; these counts are from before it.
overview-as-of = As of { $time }.
# How soon a code expires to count as expiring ($soon below).
overview-soon-hours = { $h ->
    [one] within 1 hour
   *[other] within { $h } hours
}
overview-soon-min = within { $m } min
overview-pending = Pending codes
overview-expiring = Expiring { $soon }
overview-added = Added this week
overview-by-platform = By platform
overview-platform-ios = iPhone
overview-platform-android = Android
overview-platform-terminal = Terminal
# What a number counts, read after it by screen readers ("12 devices at Malmö Centrum"); $store: the store's name.
overview-devices-at = { $count ->
    [one] device at { $store }
   *[other] devices at { $store }
}
overview-platform-devices-at = { $count ->
    [one] { $platform } device at { $store }
   *[other] { $platform } devices at { $store }
}
overview-pending-at = { $count ->
    [one] pending code at { $store }
   *[other] pending codes at { $store }
}
overview-expiring-at = { $count ->
    [one] code at { $store } expiring { $soon }
   *[other] codes at { $store } expiring { $soon }
}
overview-added-at = { $count ->
    [one] device added at { $store } this week
   *[other] devices added at { $store } this week
}
