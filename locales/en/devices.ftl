# Device Console, English: the device list, search and page, and bulk changes started from the list.

## The device list
device-list-title = Devices
device-list-loading = Loading devices…
device-filter-label = Filter devices
device-table-sortable = Devices, sortable by any column
# Read after a column's name by screen readers (hence the leading comma).
device-sort-ascending = , sorted ascending; activate to sort descending
device-sort-descending = , sorted descending; activate to sort ascending
device-sort-none = , activate to sort
# A device's fields: column headings, and the facts on its page.
device-name = Name
device-platform = Platform
device-paired = Paired
device-hardware-id = Hardware id
device-id = Device id
device-cash-register = Cash register
device-platform-iphone = iPhone
device-platform-android = Android
device-platform-terminal = Terminal
device-platform-other = Other
device-unnamed = Unnamed device
# A metadata filter that matched nothing, and a value that would have: "No
# department:checkout — did you mean [Checkout] (7)?", the value a link between the two
# messages.
device-near-miss = No { $filter } — did you mean
device-near-miss-count = ({ $n })?
device-deregistered = { $name } was deregistered. Its access was revoked; to use it again, enroll it with a new code.

## Searching, and how fresh the list is
device-search-label = Search devices
device-search-placeholder = Name, hardware id or device id
device-search-hint = Press / to search from anywhere on this page.
device-search-unavailable = Search is not available for a fleet this large.
device-not-indexed = This fleet is too large for search, sorting across all pages, suggestions and export: the list shows pages in the order Kustom keeps them.
device-stale = Kustom could not be read at the last refresh; the list shows the copy read before it.
device-as-of = as of { $time }
device-refresh = Refresh
device-refreshing = Refreshing…

## A device's page
device-title = { $name } · Devices
device-title-loading = Device · Devices
device-loading = Loading the device…
device-heading = Device
device-all = All devices
device-rename = Rename
device-rename-hint = Enter saves, Esc cancels.
device-copy-hardware-id = Copy the hardware id
device-copy-id = Copy the device id
device-register-open = Open: register { $register }
device-register-none = None open
device-not-reported = Kustom does not report whether a phone is online or when it was last used; it reports the cash register open on it.
device-edit-heading = Location and metadata
device-move-hint = Moving a phone here changes nothing on the phone; payments it takes count for the new location.
device-save = Save changes
device-saving = Saving…
device-undo = Undo my changes
device-view-only = Your role can view devices; ask an operator to change them.
device-saved = Saved.
# $changes: the lines of the change summary, joined by "; ".
device-saved-changes = Saved: { $changes }.
device-deregister-heading = Deregister
device-deregister-intro = For a phone that is lost, stolen or retired: it stops being a payment device at once.
device-deregister-button = Deregister this device
device-deregister-title = Deregister this device?
device-deregister-confirm = Deregister
# In the confirmation: "Type Till 1 or its hardware id to confirm".
device-deregister-or = or its hardware id
device-deregister-body = { $name } loses its access right away: it can no longer take payments, and the clerk must enroll it again with a new pairing code to use it.

## What a save (or a bulk change) will change
device-change-summary = Saving will change:
# What a line is about: $field is name, location, hardware-id or metadata ($key: the
# metadata key, as it is).
device-change-field = { $field ->
    [name] Name
    [location] Location
    [hardware-id] Hardware id
   *[metadata] Metadata { $key }
}
device-change = { device-change-field }: { $before } → { $after }
device-change-added = { device-change-field }: added { $after }
device-change-removed = { device-change-field }: removed (was { $before })

## Bulk changes from the device list
bulk-select-row = Select { $name }
bulk-select-page = Select every device on this page
# $n: a count, digits grouped.
bulk-selected = { $n } selected
bulk-select-all-matching = Select all { $n } matching
bulk-clear = Clear selection
bulk-action = Change
bulk-choose-action = Choose an action…
bulk-choose-error = Choose what to do to the selected devices.
bulk-to-location = To location
bulk-key = Key
bulk-new-key = New name
bulk-preview = Preview
bulk-preparing = Preparing the preview…
bulk-run = Run the change
bulk-deregister-confirm = Deregister them
bulk-will-change = { $changing } will change.
bulk-will-change-unchanged = { $changing } will change; { $unchanged } already as asked (left alone).
bulk-irreversible = This cannot be undone.
bulk-irreversible-detail = Deregistered phones must be paired again with a new code.
bulk-preview-items = Devices that will change
# Before the reason a device cannot be changed (the reason comes from the server).
bulk-will-fail = will fail:
bulk-more = And { $n } more.
bulk-skipped-hint = Devices that change before the job reaches them are skipped, not overwritten.
