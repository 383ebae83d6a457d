# Device Console, dansk: bulk changes (jobs).

## A bulk change's action, status and each device's outcome
job-action-relocate = Flyt til en butik
job-action-set-metadata = Angiv en metadataværdi
job-action-rename-key = Omdøb en metadatanøgle
job-action-remove-key = Fjern en metadatanøgle
job-action-deregister = Afregistrer
job-action-undo = Fortrydelse af en masseændring
job-action-create-codes = Opret parringskoder
job-status-queued = Venter på at starte
job-status-running = I gang
job-status-done = Færdig
job-status-failed = Stoppet af en fejl
job-status-cancelled = Afbrudt
job-outcome-done = Ændret
job-outcome-unchanged = Allerede som ønsket
job-outcome-skipped = Sprunget over
job-outcome-conflict = Beholdt (ændret siden)
job-outcome-failed = Mislykkedes
job-outcome-pending = Ikke kørt

## Counts and progress
job-devices = { $count ->
    [one] { $n } enhed
   *[other] { $n } enheder
}
job-progress = { $count ->
    [one] { $done } af { $total } enhed
   *[other] { $done } af { $total } enheder
}
job-left-under-a-minute = under et minut tilbage
job-left-minutes = cirka { $m } min. tilbage
job-left-hours = cirka { $h } t. tilbage
job-failed-count = { $count } mislykkedes

## The list of bulk changes
job-list-hint = Vælg enheder i enhedslisten for at flytte, mærke eller afregistrere mange på én gang. Hver masseændring kører på serveren, så den fortsætter, selv om du lukker siden.
job-loading-list = Henter masseændringer…
job-list-empty = Ingen masseændringer endnu.
job-list-caption = Masseændringer, igangværende først, derefter de nyeste først
job-col-change = Ændring
job-col-progress = Fremskridt
job-col-started-by = Startet af
job-col-started = Startet

## One bulk change
job-one = Masseændring
job-back = ← Masseændringer
job-loading = Henter masseændringen…
job-cancel = Afbryd
job-undo = Fortryd
job-retry = Prøv de mislykkede igen
job-cancelling = Afbryder: ændringen gøres færdig for de enheder, den allerede er sendt til; de øvrige ændres ikke.
job-started-by = startet af
job-follows = følger efter
job-earlier = en tidligere masseændring
job-undone-by = fortrudt af
job-later = en senere masseændring
job-progress-label = Fremskridt
job-by-outcome = Enheder efter udfald
job-outcome-count = { $outcome }: { $n }
job-all = Alle
job-deregister-final = En afregistrering kan ikke fortrydes.
job-items-none = Ingen enheder med dette udfald.
job-items-caption = Masseændringens enheder, og hvordan det gik med hver enkelt
job-col-device = Enhed
job-col-outcome = Udfald
job-col-what = Hvad der blev ændret, eller hvorfor ikke
job-undo-it = Fortryd den
