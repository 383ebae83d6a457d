# Device Console, norsk bokmål: the new-code form, the problems of a batch of codes, the playground's simulator and development sign-in.

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

## The batch
batch-at-cell = Rad { $row }, kolonne { $column }: { $fault }
batch-at-row = Rad { $row }: { $fault }
batch-empty = Filen er tom; begynn med en overskriftsrad som location,till og legg til én rad per kode.
batch-no-rows = Det er ingen rader under overskriftsraden; legg til én rad per kode.
batch-too-many-rows = Du kan lage høyst { $max } koder om gangen (her er det { $count }); del dem opp i flere omganger.
batch-count-range = Velg mellom 1 og { $max } koder; { $n } er utenfor det.
batch-no-location-column = Legg til en kolonne som heter location i overskriftsraden, med butikknavnet eller ID-en på hver rad.
batch-column-twice = Kolonnen står to ganger i overskriftsraden; gi den ene et nytt navn eller fjern den.
batch-validity-twice = Bruk én kolonne for gyldighetstiden, valid_for eller expires_in, ikke begge.
batch-unnamed = Kolonne { $letter } har verdier, men ikke noe navn; gi den et navn i overskriftsraden (en metadatanøkkel) eller tøm den.
batch-quote-open = Et anførselstegn (") på denne raden lukkes aldri, så resten av filen blir én celle; lukk eller fjern det.
batch-unreadable = Raden kan ikke leses; lagre regnearket som CSV på nytt.
batch-location-missing = Skriv inn en butikk: navnet eller ID-en.
batch-unknown-location = Ingen butikk heter «{ $got }»; skriv inn navnet eller ID-en til en butikk.
batch-unknown-location-one = Ingen butikk heter «{ $got }»; mente du «{ $first }»?
batch-unknown-location-two = Ingen butikk heter «{ $got }»; mente du «{ $first }» eller «{ $second }»?
batch-unknown-location-three = Ingen butikk heter «{ $got }»; mente du «{ $first }», «{ $second }» eller «{ $third }»?
batch-unknown-location-id = Ingen av butikkene dine har ID-en { $id }; skriv inn navnet eller ID-en til en butikk.
batch-location-ambiguous = { $count } butikker heter «{ $got }»; skriv inn ID-en til den du mener.
batch-validity-form = Skriv hvor lenge koden gjelder, i minutter (90) eller med en enhet (90m, 2h, 1d); «{ $got }» er ingen av delene.
batch-validity-range = Velg en gyldighetstid fra 1 minutt til 72 timer; «{ $got }» er utenfor det.
batch-duplicate = Raden gjentar rad { $first } (samme butikk og metadata); fjern den ene, eller skill dem med en kolonne som till.
