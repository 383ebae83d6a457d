# Device Console, norsk bokmål.

## The frame
skip-to-content = Hopp til innholdet
nav-label = Hovedmeny
nav-overview = Oversikt
nav-codes = Tilkoblingskoder
nav-devices = Enheter
nav-activity = Aktivitet
nav-jobs = Masseendringer
signed-in-as = Logget inn som
scope-locations = { $count ->
    [one] 1 butikk
   *[other] { $count } butikker
}
merchant = Forhandler
playground = Testmiljø
switch-role = Bytt rolle
sign-out = Logg ut
language = Språk
role-viewer = Leser
role-operator = Operatør
role-admin = Administrator

## Signing in
sign-in-again = Logg inn på nytt
sign-in-again-hint = (i en ny fane), og prøv så igjen her: det du har skrevet, blir værende.

## Starting up
connecting = Kobler til portalen…
not-allowed-heading = Device Console kan ikke vises her
not-allowed-body = Den er innebygd av { $host }, som ikke er en av portalene som får vise den.
not-allowed-this-page = denne siden
not-allowed-admin = En administrator kan tillate en portal med proxyens innstilling FRAME_ANCESTORS.
problem-unauthorized-title = Du er ikke logget inn
problem-unauthorized-advice = Åpne Device Console fra bedriftens portal, som logger deg inn. Hvis du kom derfra, kan innloggingen ha utløpt: last inn portalsiden på nytt.
problem-forbidden-title = Kontoen din kan ikke bruke Device Console
problem-forbidden-advice = Be portaladministratoren om en rolle i Device Console (leser, operatør eller administrator).
problem-network-title = Konsollen når ikke serveren sin
problem-network-advice = Sjekk nettverkstilkoblingen, og prøv igjen.
problem-unavailable-title = Device Console er utilgjengelig
problem-unavailable-advice = Serveren kan ikke sjekke hvem du er akkurat nå. Prøv igjen om noen minutter.
problem-other-title = Innloggingen mislyktes
problem-other-advice = Prøv igjen om litt. Hvis det fortsatt ikke går, kontakt kundestøtte og oppgi referansen nedenfor.
try-again = Prøv igjen
reference = Referanse:

## Lists
location-none = Ingen butikk
location-unknown = Butikk { $id }…

## Parts every screen shares
notice-ignored = Noen filtre i denne lenken kunne ikke brukes; listen viser det den kunne.
notice-dismiss = Lukk
notice-ignored-which = Hvilke, og hvorfor

## Addresses that name nothing
not-found-title = Siden finnes ikke
not-found-body = Adressen passer ikke med noen side i Device Console.
not-found-codes = Gå til tilkoblingskodene
not-found-or = eller
not-found-devices = gå til enhetene
unloaded-title = Siden kom ikke frem
unloaded-body = Forbindelsen ble brutt mens konsollen hentet denne siden. Sjekk forbindelsen og prøv igjen.
unloaded-retry = Prøv igjen

## Embedded in a portal
embed-not-connected = Konsollen er ikke koblet til portalen sin.
embed-no-token = Portalen ({ $host }) sendte ingen innlogging innen { $seconds } sekunder. Last inn siden på nytt; hvis det skjer igjen, må portalens kobling til Device Console sjekkes.

## The overview
overview-loading = Henter butikkene dine…
overview-empty = Ingen butikker ennå. En butikk opprettes i Kustom Portal; når det finnes en, telles enhetene og kodene dens her.
overview-stale = Kustom kunne ikke leses ved siste oppdatering; tallene er fra før den.
overview-as-of = Status kl. { $time }.
overview-soon-hours = { $h ->
    [one] innen 1 time
   *[other] innen { $h } timer
}
overview-soon-min = innen { $m } min
overview-pending = Ventende koder
overview-expiring = Utløper { $soon }
overview-added = Lagt til denne uken
overview-by-platform = Etter plattform
overview-platform-ios = iPhone
overview-platform-android = Android
overview-platform-terminal = Terminal
overview-devices-at = { $count ->
    [one] enhet i { $store }
   *[other] enheter i { $store }
}
overview-platform-devices-at = { $count ->
    [one] { $platform }-enhet i { $store }
   *[other] { $platform }-enheter i { $store }
}
overview-pending-at = { $count ->
    [one] ventende kode i { $store }
   *[other] ventende koder i { $store }
}
overview-expiring-at = { $count ->
    [one] kode i { $store } som utløper { $soon }
   *[other] koder i { $store } som utløper { $soon }
}
overview-added-at = { $count ->
    [one] enhet lagt til i { $store } denne uken
   *[other] enheter lagt til i { $store } denne uken
}
