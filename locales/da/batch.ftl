# Device Console, dansk: a store rollout, many pairing codes at once (/enrollments/batch).

## The code list's way in
rollout-create-many = Opret mange koder

## Preparing a batch
rollout-title = Opret mange koder
rollout-heading = Opret mange parringskoder
rollout-lead = En kode til hver telefon, når en butik skal i gang. Tjek hver række, før noget oprettes; intet oprettes, før du bekræfter. Op til 500 koder ad gangen.
rollout-back = Tilbage til parringskoderne
rollout-way = Sådan laves koderne
rollout-way-count = Et antal koder til én butik
rollout-way-sheet = Fra et regneark (CSV)
rollout-how-many = Antal koder
rollout-label-key = Metadatanøgle, der nummererer dem
rollout-first = Første nummer
rollout-first-number = Skriv det første nummer som et heltal, for eksempel 1.
rollout-preview = Vis de koder, der skal oprettes
rollout-sheet-hint = En overskriftsrække med kolonnen location (butikkens navn eller id), gerne valid_for (90m, 2h, 1d) og en kolonne pr. metadatanøgle, for eksempel till. Derefter en række pr. kode.
rollout-file = Upload en CSV-fil
rollout-paste = Eller indsæt arket her
rollout-check = Tjek arket

## The preview
rollout-preview-heading = { $count ->
    [one] Forhåndsvisning: { $count } kode
   *[other] Forhåndsvisning: { $count } koder
}
rollout-preview-caption = De koder, der skal oprettes, række for række
rollout-all-good = Alle rækker er klar.
rollout-rows-to-fix = { $count ->
    [one] { $count } række skal rettes: ret den her, eller fjern den.
   *[other] { $count } rækker skal rettes: ret dem her, eller fjern dem.
}
rollout-col-row = Række
rollout-col-valid-for = Gyldig i
rollout-col-problems = Skal rettes
rollout-default-validity = 2 t
rollout-cell = Række { $row }, { $column }
rollout-remove = Fjern
rollout-remove-which = række { $row }
rollout-use = Brug
rollout-fix-first = Ret eller fjern rækkerne med problemer først.
rollout-create = { $count ->
    [one] Opret { $count } kode
   *[other] Opret { $count } koder
}
rollout-creating = Opretter…

## A batch as it is now (/enrollments/batch/:id)
rollout-batch-title = Koder i et hold
rollout-batch-heading = { $count ->
    [one] Hold med { $count } kode
   *[other] Hold med { $count } koder
}
rollout-batch-caption = Holdets koder, og hvordan det gik med hver af dem
rollout-by-state = Koder efter status
rollout-state-count = { $state }: { $count }
rollout-state-creating = Oprettes
rollout-state-failed = Mislykkedes
rollout-state-waiting = Venter
rollout-state-paired = Parret
rollout-state-expired = Udløbet
rollout-state-cancelled = Annulleret
rollout-col-code-or-device = Kode eller enhed
rollout-retry = Prøv de mislykkede igen
rollout-renew = Nye koder til de udløbne
rollout-print = Udskriv de ventende koder
rollout-export = Eksportér CSV
