# Device Console, dansk: bulk changes (jobs) and the overview.

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

## The overview
overview-loading = Henter dine butikker…
overview-empty = Ingen butikker endnu. En butik oprettes i Kustom Portal; når der er en, tælles dens enheder og koder her.
overview-stale = Kustom kunne ikke læses ved seneste opdatering; tallene er fra før den.
overview-as-of = Status kl. { $time }.
overview-soon-hours = { $h ->
    [one] inden for 1 time
   *[other] inden for { $h } timer
}
overview-soon-min = inden for { $m } min.
overview-pending = Afventende koder
overview-expiring = Udløber { $soon }
overview-added = Tilføjet i denne uge
overview-by-platform = Efter platform
overview-platform-ios = iPhone
overview-platform-android = Android
overview-platform-terminal = Terminal
overview-devices-at = { $count ->
    [one] enhed i { $store }
   *[other] enheder i { $store }
}
overview-platform-devices-at = { $count ->
    [one] { $platform }-enhed i { $store }
   *[other] { $platform }-enheder i { $store }
}
overview-pending-at = { $count ->
    [one] afventende kode i { $store }
   *[other] afventende koder i { $store }
}
overview-expiring-at = { $count ->
    [one] kode i { $store }, der udløber { $soon }
   *[other] koder i { $store }, der udløber { $soon }
}
overview-added-at = { $count ->
    [one] enhed tilføjet i { $store } i denne uge
   *[other] enheder tilføjet i { $store } i denne uge
}
