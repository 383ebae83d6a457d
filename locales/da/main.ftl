# Device Console, dansk.

## The frame
skip-to-content = Spring til indholdet
nav-label = Hovedmenu
nav-overview = Oversigt
nav-codes = Parringskoder
nav-devices = Enheder
nav-activity = Aktivitet
nav-jobs = Masseændringer
signed-in-as = Logget ind som
scope-locations = { $count ->
    [one] 1 butik
   *[other] { $count } butikker
}
merchant = Forhandler
playground = Testmiljø
switch-role = Skift rolle
sign-out = Log ud
language = Sprog
role-viewer = Læser
role-operator = Operatør
role-admin = Administrator

## Signing in
sign-in-again = Log ind igen
sign-in-again-hint = (i en ny fane), og prøv så igen her: det, du har skrevet, bliver stående.

## Starting up
connecting = Forbinder til portalen…
not-allowed-heading = Device Console kan ikke vises her
not-allowed-body = Den er indlejret af { $host }, som ikke er en af de portaler, der må vise den.
not-allowed-this-page = denne side
not-allowed-admin = En administrator kan tillade en portal med proxyens indstilling FRAME_ANCESTORS.
problem-unauthorized-title = Du er ikke logget ind
problem-unauthorized-advice = Åbn Device Console fra virksomhedens portal, som logger dig ind. Hvis du kom derfra, kan dit login være udløbet: genindlæs portalsiden.
problem-forbidden-title = Din konto kan ikke bruge Device Console
problem-forbidden-advice = Bed portalens administrator om en rolle i Device Console (læser, operatør eller administrator).
problem-network-title = Konsollen kan ikke nå sin server
problem-network-advice = Tjek netværksforbindelsen, og prøv igen.
problem-unavailable-title = Device Console er ikke tilgængelig
problem-unavailable-advice = Serveren kan ikke kontrollere, hvem du er, lige nu. Prøv igen om et par minutter.
problem-other-title = Login mislykkedes
problem-other-advice = Prøv igen om lidt. Hvis det bliver ved med at mislykkes, så kontakt support og oplys referencen nedenfor.
try-again = Prøv igen
reference = Reference:

## Lists
location-none = Ingen butik
location-unknown = Butik { $id }…

## Parts every screen shares
notice-ignored = Nogle filtre i dette link kunne ikke bruges; listen viser det, den kunne.
notice-dismiss = Luk
notice-ignored-which = Hvilke, og hvorfor

## Addresses that name nothing
not-found-title = Siden blev ikke fundet
not-found-body = Adressen passer ikke til nogen side i Device Console.
not-found-codes = Gå til parringskoderne
not-found-or = eller
not-found-devices = gå til enhederne
unloaded-title = Siden kom ikke frem
unloaded-body = Forbindelsen blev afbrudt, mens konsollen hentede denne side. Tjek forbindelsen, og prøv igen.
unloaded-retry = Prøv igen

## Embedded in a portal
embed-not-connected = Konsollen er ikke forbundet til sin portal.
embed-no-token = Portalen ({ $host }) sendte ikke et login inden for { $seconds } sekunder. Genindlæs siden; hvis det sker igen, skal portalens integration med Device Console efterses.

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
