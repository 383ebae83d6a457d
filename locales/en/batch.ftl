# Device Console, English: a store rollout, many pairing codes at once (/enrollments/batch).

## The code list's way in
rollout-create-many = Create many codes

## Preparing a batch
rollout-title = Create many codes
rollout-heading = Create many pairing codes
rollout-lead = A code for each phone of a store rollout. Check every row before anything is created; nothing is created until you confirm. Up to 500 codes at once.
rollout-back = Back to pairing codes
rollout-way = How to make the batch
rollout-way-count = A number of codes for one location
rollout-way-sheet = From a sheet (CSV)
rollout-how-many = How many codes
rollout-label-key = Metadata key that numbers them
rollout-first = First number
rollout-first-number = Enter the first number as a whole number, such as 1.
rollout-preview = Show the codes to create
rollout-sheet-hint = A header row with a location column (the location's name or id), optionally valid_for (90m, 2h, 1d), and a column per metadata key, such as till. Then a row per code.
rollout-file = Upload a CSV file
rollout-paste = Or paste the sheet here
rollout-check = Check the sheet

## The preview
rollout-preview-heading = { $count ->
    [one] Preview: { $count } code
   *[other] Preview: { $count } codes
}
rollout-preview-caption = The codes to create, row by row
rollout-all-good = Every row is ready.
rollout-rows-to-fix = { $count ->
    [one] { $count } row needs a fix: change it here or remove it.
   *[other] { $count } rows need a fix: change them here or remove them.
}
rollout-col-row = Row
rollout-col-valid-for = Valid for
rollout-col-problems = What to fix
rollout-default-validity = 2 h
rollout-cell = Row { $row }, { $column }
rollout-remove = Remove
rollout-remove-which = row { $row }
rollout-use = Use
rollout-fix-first = Fix or remove the rows with problems first.
rollout-create = { $count ->
    [one] Create { $count } code
   *[other] Create { $count } codes
}
rollout-creating = Creating…

## A batch as it is now (/enrollments/batch/:id)
rollout-batch-title = Batch of codes
rollout-batch-heading = { $count ->
    [one] Batch of { $count } code
   *[other] Batch of { $count } codes
}
rollout-batch-caption = The batch's codes and what became of each
rollout-by-state = Codes by state
rollout-state-count = { $state }: { $count }
rollout-state-creating = Being created
rollout-state-failed = Failed
rollout-state-waiting = Waiting
rollout-state-paired = Paired
rollout-state-expired = Expired
rollout-state-cancelled = Cancelled
rollout-col-code-or-device = Code or device
rollout-retry = Retry the failed
rollout-renew = New codes for the expired
rollout-print = Print the waiting codes
rollout-export = Export CSV
