# Device Console, English: the new-code form, the problems of a batch of codes, the playground's simulator and development sign-in.

## The new-code form
code-new-title = New pairing code · Pairing codes
code-new-heading = New pairing code
code-new-lead = A store clerk types this code into the Kustom POS app to make a phone a payment device. It works once, until it expires.
code-new-location = Location
code-new-location-hint = The store the phone will work in; it gets this location when paired.
code-new-location-required = Choose the store this code is for.
code-new-valid-for = Valid for
code-new-valid-for-hint = After this the code stops working; you can make a new one any time.
code-new-preset-minutes = { $n } min
code-new-preset-hours = { $n ->
    [one] 1 hour
   *[other] { $n } hours
}
code-new-custom = Custom
code-new-amount = Amount
code-new-unit = Unit
code-new-unit-minutes = minutes
code-new-unit-hours = hours
code-new-range = 1 minute to 72 hours
code-new-not-a-number = Enter a number, for example 90.
code-new-not-positive = Enter a number greater than zero.
code-new-out-of-range = Choose between 1 minute and 72 hours.
code-new-metadata-hint = Copied onto the device when it pairs, to find it later: store 104, department Sales, till 3.
code-new-create = Create code
code-new-creating = Creating…
code-new-cancel = Cancel

## The playground's clerk, on the pairing card
simulate-heading = Playground: simulate the clerk
simulate-hint = Plays a store clerk entering this code in the Kustom POS app on a phone.
simulate-device-name = Device name (optional)
simulate-button = Simulate the clerk entering this code

## Playground sign-in
dev-sign-in-title = Playground sign-in
dev-sign-in-back = ← Back to the console
dev-sign-in-intro = This console runs against the built-in playground. Choose who you are; in production your company's portal signs you in instead.
dev-sign-in-role = Role
dev-sign-in-roles-hint = Viewers read; operators also create codes and edit devices; admins also deregister.
dev-sign-in-loading = Loading the playground's stores…
dev-sign-in-locations = Locations
dev-sign-in-every-location = Every location
dev-sign-in-only-these = Only these:
dev-sign-in-name = Your name
dev-sign-in-submit = Sign in
dev-sign-in-signing-in = Signing in…
dev-sign-in-pick-location = Choose at least one location, or sign in for every location.
dev-sign-in-refused = The playground did not sign you in.

## The batch
batch-at-cell = Row { $row }, column { $column }: { $fault }
batch-at-row = Row { $row }: { $fault }
batch-empty = The file is empty; start with a header row such as location,till and add a row per code.
batch-no-rows = There are no rows under the header; add a row per code.
batch-too-many-rows = A batch takes at most { $max } codes (this one has { $count }); split it into several batches.
batch-count-range = Choose from 1 to { $max } codes; { $n } is outside that.
batch-no-location-column = Add a column named location to the header, with each row's location name or id.
batch-column-twice = This column appears twice in the header; rename or remove one of them.
batch-validity-twice = Use one validity column, valid_for or expires_in, not both.
batch-unnamed = Column { $letter } has values but no name; name it in the header (a metadata key) or empty it.
batch-quote-open = A quote (") opened in this row is never closed, so the rest of the file is one cell; close or remove it.
batch-unreadable = This row cannot be read; save the sheet as CSV again.
batch-location-missing = Enter a location: its name or its id.
batch-unknown-location = No location is called "{ $got }"; enter a location's name or id.
batch-unknown-location-one = No location is called "{ $got }"; did you mean "{ $first }"?
batch-unknown-location-two = No location is called "{ $got }"; did you mean "{ $first }" or "{ $second }"?
batch-unknown-location-three = No location is called "{ $got }"; did you mean "{ $first }", "{ $second }" or "{ $third }"?
batch-unknown-location-id = None of your locations has the id { $id }; enter a location's name or id.
batch-location-ambiguous = { $count } locations are called "{ $got }"; enter the id of the one you mean.
batch-validity-form = Write how long the code works as minutes (90) or with a unit (90m, 2h, 1d); "{ $got }" is neither.
batch-validity-range = Choose a validity from 1 minute to 72 hours; "{ $got }" is outside that.
batch-duplicate = This row repeats row { $first } (same location and metadata); remove one, or tell them apart with a column such as till.
