# Device Console, norsk bokmål: a store rollout, many pairing codes at once (/enrollments/batch).

## The code list's way in
rollout-create-many = Lag mange koder

## Preparing a batch
rollout-title = Lag mange koder
rollout-heading = Lag mange tilkoblingskoder
rollout-lead = Én kode for hver telefon når en butikk skal i gang. Sjekk hver rad før noe lages; ingenting lages før du bekrefter. Opptil 500 koder om gangen.
rollout-back = Tilbake til tilkoblingskodene
rollout-way = Hvordan kodene skal lages
rollout-way-count = Et antall koder for én butikk
rollout-way-sheet = Fra et regneark (CSV)
rollout-how-many = Antall koder
rollout-label-key = Metadatanøkkel som nummererer dem
rollout-first = Første nummer
rollout-first-number = Skriv det første nummeret som et heltall, for eksempel 1.
rollout-preview = Vis kodene som skal lages
rollout-sheet-hint = En overskriftsrad med kolonnen location (butikkens navn eller id), gjerne valid_for (90m, 2h, 1d) og én kolonne per metadatanøkkel, for eksempel till. Deretter én rad per kode.
rollout-file = Last opp en CSV-fil
rollout-paste = Eller lim inn arket her
rollout-check = Sjekk arket

## The preview
rollout-preview-heading = { $count ->
    [one] Forhåndsvisning: { $count } kode
   *[other] Forhåndsvisning: { $count } koder
}
rollout-preview-caption = Kodene som skal lages, rad for rad
rollout-all-good = Alle radene er klare.
rollout-rows-to-fix = { $count ->
    [one] { $count } rad må rettes: endre den her eller fjern den.
   *[other] { $count } rader må rettes: endre dem her eller fjern dem.
}
rollout-col-row = Rad
rollout-col-valid-for = Gyldig i
rollout-col-problems = Må rettes
rollout-default-validity = 2 t
rollout-cell = Rad { $row }, { $column }
rollout-remove = Fjern
rollout-remove-which = rad { $row }
rollout-use = Bruk
rollout-fix-first = Rett eller fjern radene med problemer først.
rollout-create = { $count ->
    [one] Lag { $count } kode
   *[other] Lag { $count } koder
}
rollout-creating = Lager…

## A batch as it is now (/enrollments/batch/:id)
rollout-batch-title = Koder i en omgang
rollout-batch-heading = { $count ->
    [one] Omgang med { $count } kode
   *[other] Omgang med { $count } koder
}
rollout-batch-caption = Kodene i omgangen og hvordan det gikk med hver av dem
rollout-by-state = Koder etter status
rollout-state-count = { $state }: { $count }
rollout-state-creating = Lages
rollout-state-failed = Mislyktes
rollout-state-waiting = Venter
rollout-state-paired = Tilkoblet
rollout-state-expired = Utløpt
rollout-state-cancelled = Avbrutt
rollout-col-code-or-device = Kode eller enhet
rollout-retry = Prøv de mislykkede på nytt
rollout-renew = Nye koder for de utløpte
rollout-print = Skriv ut kodene som venter
rollout-export = Eksporter CSV
