# Device Console, English: the new-code form, the playground's simulator and development sign-in.

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
