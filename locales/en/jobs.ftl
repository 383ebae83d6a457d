# Device Console, English: bulk changes (jobs).

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
