# Device Console, norsk bokmål: bulk changes (jobs).

## A bulk change's action, status and each device's outcome
job-action-relocate = Flytt til en butikk
job-action-set-metadata = Angi en metadataverdi
job-action-rename-key = Gi nytt navn til en metadatanøkkel
job-action-remove-key = Fjern en metadatanøkkel
job-action-deregister = Avregistrer
job-action-undo = Angring av en masseendring
job-action-create-codes = Lag tilkoblingskoder
job-status-queued = Venter på å starte
job-status-running = Pågår
job-status-done = Ferdig
job-status-failed = Stoppet av en feil
job-status-cancelled = Avbrutt
job-outcome-done = Endret
job-outcome-unchanged = Allerede som ønsket
job-outcome-skipped = Hoppet over
job-outcome-conflict = Beholdt (endret siden)
job-outcome-failed = Mislyktes
job-outcome-pending = Ikke kjørt

## Counts and progress
job-devices = { $count ->
    [one] { $n } enhet
   *[other] { $n } enheter
}
job-progress = { $count ->
    [one] { $done } av { $total } enhet
   *[other] { $done } av { $total } enheter
}
job-left-under-a-minute = under ett minutt igjen
job-left-minutes = omtrent { $m } min igjen
job-left-hours = omtrent { $h } t igjen
job-failed-count = { $count } mislyktes

## The list of bulk changes
job-list-hint = Velg enheter i enhetslisten for å flytte, merke eller avregistrere mange på én gang. Hver masseendring kjøres på serveren, så den fortsetter selv om du lukker denne siden.
job-loading-list = Henter masseendringer…
job-list-empty = Ingen masseendringer ennå.
job-list-caption = Masseendringer, de som pågår først, deretter de nyeste først
job-col-change = Endring
job-col-progress = Fremdrift
job-col-started-by = Startet av
job-col-started = Startet

## One bulk change
job-one = Masseendring
job-back = ← Masseendringer
job-loading = Henter masseendringen…
job-cancel = Avbryt
job-undo = Angre
job-retry = Prøv de mislykkede på nytt
job-cancelling = Avbryter: endringen fullføres for enhetene den allerede er sendt til, de andre endres ikke.
job-started-by = startet av
job-follows = følger
job-earlier = en tidligere masseendring
job-undone-by = angret av
job-later = en senere masseendring
job-progress-label = Fremdrift
job-by-outcome = Enheter etter utfall
job-outcome-count = { $outcome }: { $n }
job-all = Alle
job-deregister-final = En avregistrering kan ikke angres.
job-items-none = Ingen enheter med dette utfallet.
job-items-caption = Masseendringens enheter og hvordan det gikk med hver av dem
job-col-device = Enhet
job-col-outcome = Utfall
job-col-what = Hva som ble endret, eller hvorfor ikke
job-undo-it = Angre den
