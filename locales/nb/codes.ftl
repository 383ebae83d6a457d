# Device Console, norsk bokmål: the new-code form, the playground's simulator and development sign-in.

## The new-code form
code-new-title = Ny tilkoblingskode · Tilkoblingskoder
code-new-heading = Ny tilkoblingskode
code-new-lead = Butikkansatte skriver inn denne koden i Kustom POS-appen for å gjøre en telefon til en betalingsenhet. Den virker én gang, til den utløper.
code-new-location = Butikk
code-new-location-hint = Butikken telefonen skal brukes i; den knyttes til denne butikken når den kobles til.
code-new-location-required = Velg hvilken butikk koden gjelder for.
code-new-valid-for = Gyldig i
code-new-valid-for-hint = Deretter slutter koden å virke; du kan lage en ny når som helst.
code-new-preset-minutes = { $n } min
code-new-preset-hours = { $n ->
    [one] 1 time
   *[other] { $n } timer
}
code-new-custom = Annen varighet
code-new-amount = Antall
code-new-unit = Tidsenhet
code-new-unit-minutes = minutter
code-new-unit-hours = timer
code-new-range = 1 minutt til 72 timer
code-new-not-a-number = Skriv inn et tall, for eksempel 90.
code-new-not-positive = Skriv inn et tall større enn null.
code-new-out-of-range = Velg mellom 1 minutt og 72 timer.
code-new-metadata-hint = Kopieres til enheten når den kobles til, så du finner den igjen senere: butikk 104, avdeling Salg, kasse 3.
code-new-create = Lag kode
code-new-creating = Lager…
code-new-cancel = Avbryt

## The playground's clerk, on the pairing card
simulate-heading = Testmiljø: simuler butikkansatt
simulate-hint = Spiller en butikkansatt som skriver inn denne koden i Kustom POS-appen på en telefon.
simulate-device-name = Enhetsnavn (valgfritt)
simulate-button = Simuler at butikkansatt skriver inn koden

## Playground sign-in
dev-sign-in-title = Innlogging i testmiljøet
dev-sign-in-back = ← Tilbake til konsollen
dev-sign-in-intro = Denne konsollen kjører mot det innebygde testmiljøet. Velg hvem du er; i produksjon logger bedriftens portal deg inn i stedet.
dev-sign-in-role = Rolle
dev-sign-in-roles-hint = Lesere kan lese; operatører kan også lage koder og endre enheter; administratorer kan også avregistrere enheter.
dev-sign-in-loading = Henter testmiljøets butikker…
dev-sign-in-locations = Butikker
dev-sign-in-every-location = Alle butikker
dev-sign-in-only-these = Bare disse:
dev-sign-in-name = Navnet ditt
dev-sign-in-submit = Logg inn
dev-sign-in-signing-in = Logger inn…
dev-sign-in-pick-location = Velg minst én butikk, eller logg inn for alle butikker.
dev-sign-in-refused = Testmiljøet logget deg ikke inn.
