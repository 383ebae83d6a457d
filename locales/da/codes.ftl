# Device Console, dansk: the new-code form, the problems of a batch of codes, the playground's simulator and development sign-in.

## The new-code form
code-new-title = Ny parringskode · Parringskoder
code-new-heading = Ny parringskode
code-new-lead = Butikspersonalet indtaster denne kode i Kustom POS-appen for at gøre en telefon til en betalingsenhed. Den virker én gang, indtil den udløber.
code-new-location = Butik
code-new-location-hint = Den butik, telefonen skal bruges i; den knyttes til butikken, når den parres.
code-new-location-required = Vælg, hvilken butik koden er til.
code-new-valid-for = Gyldig i
code-new-valid-for-hint = Derefter holder koden op med at virke; du kan altid oprette en ny.
code-new-preset-minutes = { $n } min.
code-new-preset-hours = { $n ->
    [one] 1 time
   *[other] { $n } timer
}
code-new-custom = Anden varighed
code-new-amount = Antal
code-new-unit = Tidsenhed
code-new-unit-minutes = minutter
code-new-unit-hours = timer
code-new-range = 1 minut til 72 timer
code-new-not-a-number = Indtast et tal, for eksempel 90.
code-new-not-positive = Indtast et tal større end nul.
code-new-out-of-range = Vælg mellem 1 minut og 72 timer.
code-new-metadata-hint = Kopieres til enheden, når den parres, så du kan finde den senere: butik 104, afdeling Salg, kasse 3.
code-new-create = Opret kode
code-new-creating = Opretter…
code-new-cancel = Annullér

## The playground's clerk, on the pairing card
simulate-heading = Testmiljø: simulér butikspersonalet
simulate-hint = Spiller en butiksmedarbejder, der indtaster denne kode i Kustom POS-appen på en telefon.
simulate-device-name = Enhedens navn (valgfrit)
simulate-button = Simulér, at butikspersonalet indtaster koden

## Playground sign-in
dev-sign-in-title = Login i testmiljøet
dev-sign-in-back = ← Tilbage til konsollen
dev-sign-in-intro = Denne konsol kører mod det indbyggede testmiljø. Vælg, hvem du er; i produktion logger virksomhedens portal dig ind i stedet.
dev-sign-in-role = Rolle
dev-sign-in-roles-hint = Læsere kan se; operatører kan også oprette koder og redigere enheder; administratorer kan også afregistrere enheder.
dev-sign-in-loading = Henter testmiljøets butikker…
dev-sign-in-locations = Butikker
dev-sign-in-every-location = Alle butikker
dev-sign-in-only-these = Kun disse:
dev-sign-in-name = Dit navn
dev-sign-in-submit = Log ind
dev-sign-in-signing-in = Logger ind…
dev-sign-in-pick-location = Vælg mindst én butik, eller log ind for alle butikker.
dev-sign-in-refused = Testmiljøet loggede dig ikke ind.

## The batch
batch-at-cell = Række { $row }, kolonne { $column }: { $fault }
batch-at-row = Række { $row }: { $fault }
batch-empty = Filen er tom; start med en overskriftsrække som location,till, og tilføj én række pr. kode.
batch-no-rows = Der er ingen rækker under overskriftsrækken; tilføj én række pr. kode.
batch-too-many-rows = Du kan højst oprette { $max } koder ad gangen (her er der { $count }); del dem op i flere omgange.
batch-count-range = Vælg mellem 1 og { $max } koder; { $n } ligger uden for det.
batch-no-location-column = Tilføj en kolonne med navnet location i overskriftsrækken, med hver rækkes butiksnavn eller id.
batch-column-twice = Kolonnen står to gange i overskriftsrækken; omdøb eller fjern den ene.
batch-validity-twice = Brug én kolonne til gyldighedsperioden, valid_for eller expires_in, ikke begge.
batch-unnamed = Kolonne { $letter } har værdier, men intet navn; navngiv den i overskriftsrækken (en metadatanøgle), eller tøm den.
batch-quote-open = Et anførselstegn (") i denne række lukkes aldrig, så resten af filen bliver én celle; luk eller fjern det.
batch-unreadable = Rækken kan ikke læses; gem regnearket som CSV igen.
batch-location-missing = Angiv en butik: dens navn eller id.
batch-unknown-location = Ingen butik hedder »{ $got }«; angiv en butiks navn eller id.
batch-unknown-location-one = Ingen butik hedder »{ $got }«; mente du »{ $first }«?
batch-unknown-location-two = Ingen butik hedder »{ $got }«; mente du »{ $first }« eller »{ $second }«?
batch-unknown-location-three = Ingen butik hedder »{ $got }«; mente du »{ $first }«, »{ $second }« eller »{ $third }«?
batch-unknown-location-id = Ingen af dine butikker har id'et { $id }; angiv en butiks navn eller id.
batch-location-ambiguous = { $count } butikker hedder »{ $got }«; angiv id'et på den, du mener.
batch-validity-form = Skriv, hvor længe koden gælder, i minutter (90) eller med en enhed (90m, 2h, 1d); »{ $got }« er ingen af delene.
batch-validity-range = Vælg en gyldighedsperiode fra 1 minut til 72 timer; »{ $got }« ligger uden for det.
batch-duplicate = Rækken gentager række { $first } (samme butik og metadata); fjern den ene, eller skeln mellem dem med en kolonne som till.
