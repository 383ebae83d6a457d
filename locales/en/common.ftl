# Device Console, English: what several screens beyond the first load say.

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

## Starting up
dialog-keep = Keep it

## Codes' states
status-pending = Pending
status-used = Used
status-expired = Expired
status-cancelled = Cancelled
status-unknown = Unknown

## Times
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

## Rules a value breaks (the same as the API's, in ipp::rules::Broken)
rule-id-form = Use an id of the form 550e8400-e29b-41d4-a716-446655440000; "{ $got }" is not one.
rule-name-blank = Enter a name for the device.
rule-name-too-long = Use at most { $max } characters (this name has { $len }).
rule-name-control = A name cannot contain line breaks, tabs or other control characters.
rule-expires-too-short = Choose at least 60000 ms (1 minute); expires_in is in milliseconds.
rule-expires-too-long = Choose at most 259200000 ms (72 hours); expires_in is in milliseconds.
rule-hardware-id-length = Use 1–{ $max } characters for the hardware id.
rule-hardware-id-chars = Use only letters, digits, '.', '_', ':' and '-' in the hardware id.
rule-key-blank = Enter a key.
rule-key-too-long = Use at most { $max } characters for a key (this one has { $len }).
rule-key-space = Keys may only use letters A–Z, digits, '_', '.' and '-'; remove a space.
rule-key-char = Keys may only use letters A–Z, digits, '_', '.' and '-'; remove { $char }.
rule-value-blank = Enter a value (or remove the row).
rule-value-too-long = Use at most { $max } characters for a value (this one has { $len }).
rule-value-control = Values cannot contain control characters such as line breaks or tabs.
rule-key-twice = The key "{ $key }" is already used in row { $row }.
rule-too-many-keys = Use at most { $max } keys (there are { $count }).
rule-filter-form = Write each metadata filter as key:value (for example store_id:123); got "{ $got }".
rule-in-filter = In filter "{ $filter }": { $rule }
rule-too-many-filters = Use at most { $max } metadata filters (there are { $count }).
rule-filter-key-twice = Filter on each key at most once; "{ $key }" appears twice.

## What a link asked for that the list left out (the names are the address's own)
link-ignored-location = location "{ $value }" is not a location id
link-ignored-metadata-limit = metadata filter { $filter }: at most { $max }, each key once
link-ignored-page = page "{ $value }"
link-ignored-size = page size "{ $value }"
link-ignored-sort = sort "{ $value }"
link-ignored-platform = platform "{ $value }"
link-ignored-created-after = created_after "{ $value }" is not a time
link-ignored-unknown = unknown parameter "{ $name }"
link-ignored-devices-only = { $name } (devices only)

## What the server recorded in its own words, folded when the console is read in another language
server-words = The server's explanation (in English)

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
