# Device Console, English. One message per text a person reads; keys are grouped by
# screen. Every other catalog has every key (the missing-key test checks).

## The frame
skip-to-content = Skip to content
nav-label = Main
nav-overview = Overview
nav-codes = Pairing codes
nav-devices = Devices
nav-activity = Activity
nav-jobs = Bulk changes
signed-in-as = Signed in as
scope-locations = { $count ->
    [one] 1 location
   *[other] { $count } locations
}
merchant = Merchant
playground = Playground
switch-role = Switch role
sign-out = Sign out
language = Language
role-viewer = Viewer
role-operator = Operator
role-admin = Admin

## Signing in
sign-in-title = Sign in
sign-in-heading = Sign in to Device Console
sign-in-intro = Device Console is where your team pairs payment phones and looks after them. Sign in with your work account.
sign-in-with = Sign in with { $provider }
signed-out = You have signed out.
sign-in-portal-heading = Sign in from your portal
sign-in-portal-body = This console is signed into from your company's portal: open Device Console there.
sign-in-error-state = You were not signed in: the sign-in took longer than 10 minutes, was already used, or was started in another browser. Sign in again.
sign-in-error-provider-refused = Your company's sign-in did not let you in (it was cancelled, or its link was used already). Sign in again; if it keeps failing, ask { $help }.
sign-in-error-provider-unavailable = Your company's sign-in service does not answer right now. Try again in a few minutes.
sign-in-error-token = The answer from your company's sign-in could not be verified, so you were not signed in. Try again; if it keeps failing, tell { $help } (the console's log says why).
sign-in-error-no-role = Your account has no role in Device Console: none of your groups gives access to it. Ask { $help } to add you to the console's viewers, operators or admins.
sign-in-error-no-locations = Your account does not say which stores you work with, so the console cannot tell what to show you. Ask { $help } to assign your stores.
sign-in-error-no-merchant = Your account is not linked to a merchant this console serves. Ask { $help }.
sign-in-error-busy = Too many sign-ins are under way right now. Try again in a minute.
sign-in-error-unavailable = Device Console is unavailable right now: its database does not answer, so nobody can sign in. Try again in a few minutes.
sign-in-error-other = You were not signed in. Try again; if it keeps failing, ask { $help }.
sign-in-again = Sign in again
sign-in-again-hint = (in a new tab), then try again here: what you typed is kept.

## Starting up
connecting = Connecting to your portal…
not-allowed-heading = Device Console cannot be shown here
not-allowed-body = It is embedded by { $host }, which is not one of the portals allowed to show it.
not-allowed-this-page = this page
not-allowed-admin = An administrator can allow a portal with the proxy's FRAME_ANCESTORS setting.
problem-unauthorized-title = You are not signed in
problem-unauthorized-advice = Open Device Console from your company's portal, which signs you in. If you came from there, your sign-in may have expired: reload the portal page.
problem-forbidden-title = Your account cannot use Device Console
problem-forbidden-advice = Ask your portal administrator to give you a Device Console role (viewer, operator or admin).
problem-network-title = The console cannot reach its server
problem-network-advice = Check your network connection, then try again.
problem-unavailable-title = Device Console is unavailable
problem-unavailable-advice = Its server cannot check who you are right now. Try again in a few minutes.
problem-other-title = Signing in failed
problem-other-advice = Try again in a moment. If it keeps failing, contact support with the reference below.
dialog-keep = Keep it
try-again = Try again
reference = Reference:

## Codes' states
status-pending = Pending
status-used = Used
status-expired = Expired
status-cancelled = Cancelled
status-unknown = Unknown

## Times
time-just-now = just now
time-min-ago = { $n } min ago
time-min-in = in { $n } min
time-h-ago = { $n } h ago
time-h-in = in { $n } h
time-days-ago = { $n ->
    [one] 1 day ago
   *[other] { $n } days ago
}
time-days-in = { $n ->
    [one] in 1 day
   *[other] in { $n } days
}
time-months-ago = { $n ->
    [one] 1 month ago
   *[other] { $n } months ago
}
time-months-in = { $n ->
    [one] in 1 month
   *[other] in { $n } months
}
countdown-expired = Expired
countdown-s = { $s } s left
countdown-m-s = { $m } min { $s } s left
countdown-m = { $m } min left
countdown-h = { $h } h left
countdown-h-m = { $h } h { $m } min left
announce-expired = The code has expired.
announce-under-a-minute = The code expires in less than a minute.
announce-minutes = The code expires in { $m } minutes.
announce-about-minutes = The code expires in about { $m } minutes.
announce-about-hours = The code expires in about { $h } hours.

## The pairing card
loading-code = Loading the code…
card-title = Pairing code · Pairing codes
card-heading-waiting = Pairing code
card-heading-paired = Paired
card-heading-expired = This code has expired
card-heading-cancelled = This code was cancelled
card-heading-gone = This code is no longer available
card-for = For
card-metadata = Metadata the device gets
card-gone = This code can no longer be used. If a device still needs pairing, create a new code.
card-new-same = Create a new code with the same details
card-pair-another = Pair another device
card-expired-at = This code expired at { $time }; nobody can use it any more.
card-code-expired-at = Code { $code } expired at { $time }; nobody can use it any more.
card-hidden = Only operators and admins see pairing codes: a code turns a phone into a payment device.
card-valid-until = Valid until
card-spelled = Code: { $code }
card-qr = QR code of the pairing code { $code }
card-copy = Copy code
card-copied = Copied { $code }
card-copy-refused = Copying is not allowed here: select the code and press Ctrl+C.
card-print = Print
card-cancel = Cancel this code
card-cancel-title = Cancel this code?
card-cancel-confirm = Cancel the code
card-cancel-body = Nobody can pair a phone with it afterwards. A phone already paired with it stays paired.
card-waiting = Waiting for the clerk to enter the code… this page updates by itself.
card-back = Back to all codes
card-all-codes = All codes
card-was-paired = ({ $platform }) was paired
card-now-at = ; it is now at { $location }
card-open-device = Open the device
card-used = The code was used to pair a device.
card-see-devices = See devices
print-step-open = Open the Kustom POS app on the phone and choose to enroll it.
print-step-type = Type the code { $code } (or scan the QR code) before { $time }.

## Lists
list-previous = ‹ Previous
list-next = Next ›
list-pages = Pages
list-page = Page
list-of-pages = of { $last }
list-per-page = Per page:
list-range = { $first }–{ $last } of { $total }
list-range-none = 0 of { $total }
count-codes = { $range } codes
count-devices = { $range } devices
count-changes = { $range } changes
list-clear-filters = Clear the filters
export-csv = Export CSV
export-cancel = Cancel export
export-done = Exported { $rows } rows to { $file }.
export-cancelled = Export cancelled.
export-progress = Exporting… { $rows } of { $total } rows
export-progress-open = Exporting… { $rows } rows
filters = Filters
filters-count = Filters · { $count }
filter-location = Location
filter-remove = Remove filter { $filter }
filter-add-label = Add a metadata filter
filter-key = Metadata key
filter-value = Value
filter-add = Add filter
filter-any-case = Match any case
filter-clear-all = Clear all filters
location-choose = Choose a location…
location-none = No location
location-unknown = Location { $id }…
location-all = All locations

## Lists' empty states
devices-no-match = No devices match these filters.
devices-nothing-yet = No devices yet. A phone appears here once a store clerk enters a pairing code in the Kustom POS app.
activity-no-match = No activity matches these filters.
activity-nothing-yet = No changes have been made through the console yet. Each change to a device or a pairing code appears here: what it was, who made it, when, and how it ended.

## The code list
codes-title = Pairing codes
codes-create = Create pairing code
codes-cancelled = Code { $code } was cancelled; it can no longer be used.
codes-filter-label = Filter codes
codes-show-used = Show used codes
loading-codes = Loading codes…
codes-no-match = No codes match these filters.
codes-nothing-yet = A pairing code is a one-time code that a store clerk types into the Kustom POS app to make a phone a payment device; there are none pending.
codes-cancel-body = Nobody will be able to pair a device with code { $code }. This cannot be undone; you can create a new code any time.
codes-cancel-body-at = Nobody will be able to pair a device with code { $code } at { $location }. This cannot be undone; you can create a new code any time.
col-code = Code
col-status = Status
col-location = Location
col-metadata = Metadata
col-expires-or-used = Expires, or used by
col-created-by = Created by
col-actions = Actions
code-masked = (only operators see pairing codes)
codes-paired = Paired
codes-used-by = Used:
codes-the-device = the device it paired
codes-used = Used
codes-cancel = Cancel
codes-cancel-which = code { $code }

## Parts every screen shares
field-required = (required)
notice-ignored = Some filters in this link could not be used; the list shows what it could.
notice-dismiss = Dismiss
notice-ignored-which = Which, and why
copy = Copy
copy-done = Copied
copy-by-hand = Select it and press Ctrl+C
# "Type <the device's name> to confirm": the words before the name, then after it.
confirm-type = Type
confirm-to-confirm = to confirm
leave-unsaved = This device has changes that are not saved. Leave without saving them?
metadata-legend = Metadata
metadata-hint = Key-value pairs, such as store 104 or till 3, for finding devices later. Up to { $max }; keys use letters, digits, '_', '.' and '-'.
# A row's fields are named "Key of row 2" and "Value of row 2" for screen readers.
metadata-key = Key
metadata-value = Value
metadata-of-row = of row { $n }
# "Remove row 2" (or "Remove" and the row's key) for screen readers.
metadata-remove = Remove
metadata-row = row { $n }
metadata-add = Add a key
# Filter chips: "platform iPhone", "added since 3 Mar 2026" (the platform's name is device-platform-…).
filter-platform = platform
filter-added-since = added since

## Addresses that name nothing
missing-device-title = No such device
missing-device-not-an-id = This address does not name a device.
missing-device-gone = There is no such device in your locations. It may have been deregistered.
missing-device-list = See all devices
missing-code-title = No such code
missing-code-not-an-id = This address does not name a pairing code.
missing-code-gone = There is no such pending or used code in your locations. It may have expired or been cancelled.
missing-code-list = See all codes
missing-job-title = No such bulk change
missing-job-not-an-id = This address does not name a bulk change.
missing-job-gone = There is no such bulk change in your locations.
missing-job-list = See all bulk changes
not-found-title = Page not found
not-found-body = This address does not match any page of Device Console.
# "Go to pairing codes or go to devices."
not-found-codes = Go to pairing codes
not-found-or = or
not-found-devices = go to devices
unloaded-title = This page did not arrive
unloaded-body = The connection dropped while the console was fetching this page. Check the connection, then try again.
unloaded-retry = Try again

## Embedded in a portal
embed-not-connected = The console is not connected to its portal.
embed-no-token = Your portal ({ $host }) did not send a sign-in within { $seconds } seconds. Reload the page; if it keeps happening, the portal's Device Console integration needs attention.

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
