# Device Console, svenska.

## The frame
skip-to-content = Hoppa till innehållet
nav-label = Huvudmeny
nav-overview = Översikt
nav-codes = Parkopplingskoder
nav-devices = Enheter
nav-activity = Aktivitet
nav-jobs = Massändringar
signed-in-as = Inloggad som
scope-locations = { $count ->
    [one] 1 butik
   *[other] { $count } butiker
}
merchant = Handlare
playground = Testmiljö
switch-role = Byt roll
sign-out = Logga ut
language = Språk
role-viewer = Läsare
role-operator = Operatör
role-admin = Administratör

## Signing in
sign-in-again = Logga in igen
sign-in-again-hint = (i en ny flik) och försök sedan igen här: det du har skrivit finns kvar.

## Starting up
connecting = Ansluter till portalen…
not-allowed-heading = Device Console kan inte visas här
not-allowed-body = Den är inbäddad av { $host }, som inte är en av portalerna som får visa den.
not-allowed-this-page = den här sidan
not-allowed-admin = En administratör kan tillåta en portal med proxyns inställning FRAME_ANCESTORS.
problem-unauthorized-title = Du är inte inloggad
problem-unauthorized-advice = Öppna Device Console från företagets portal, som loggar in dig. Om du kom därifrån kan inloggningen ha gått ut: ladda om portalsidan.
problem-forbidden-title = Ditt konto kan inte använda Device Console
problem-forbidden-advice = Be portalens administratör om en roll i Device Console (läsare, operatör eller administratör).
problem-network-title = Konsolen når inte sin server
problem-network-advice = Kontrollera nätverksanslutningen och försök sedan igen.
problem-unavailable-title = Device Console är inte tillgänglig
problem-unavailable-advice = Servern kan inte kontrollera vem du är just nu. Försök igen om några minuter.
problem-other-title = Inloggningen misslyckades
problem-other-advice = Försök igen om en stund. Om det fortsätter att misslyckas, kontakta supporten och uppge referensen nedan.
try-again = Försök igen
reference = Referens:

## Lists
location-none = Ingen butik
location-unknown = Butik { $id }…

## Parts every screen shares
notice-ignored = Vissa filter i länken kunde inte användas; listan visar det som gick.
notice-dismiss = Stäng
notice-ignored-which = Vilka, och varför

## Addresses that name nothing
not-found-title = Sidan hittades inte
not-found-body = Adressen motsvarar ingen sida i Device Console.
not-found-codes = Gå till parkopplingskoderna
not-found-or = eller
not-found-devices = gå till enheterna
unloaded-title = Sidan kom inte fram
unloaded-body = Anslutningen bröts medan konsolen hämtade den här sidan. Kontrollera anslutningen och försök igen.
unloaded-retry = Försök igen

## Embedded in a portal
embed-not-connected = Konsolen är inte ansluten till sin portal.
embed-no-token = Portalen ({ $host }) skickade ingen inloggning inom { $seconds } sekunder. Ladda om sidan; om det händer igen behöver portalens koppling till Device Console ses över.

## The overview
overview-loading = Hämtar dina butiker…
overview-empty = Inga butiker än. En butik läggs upp i Kustom Portal; när det finns en räknas dess enheter och koder här.
overview-stale = Kustom kunde inte läsas vid den senaste uppdateringen; siffrorna är från tiden före den.
overview-as-of = Läget kl. { $time }.
overview-soon-hours = { $h ->
    [one] inom 1 timme
   *[other] inom { $h } timmar
}
overview-soon-min = inom { $m } min
overview-pending = Väntande koder
overview-expiring = Går ut { $soon }
overview-added = Tillagda den här veckan
overview-by-platform = Per plattform
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
    [one] väntande kod i { $store }
   *[other] väntande koder i { $store }
}
overview-expiring-at = { $count ->
    [one] kod i { $store } som går ut { $soon }
   *[other] koder i { $store } som går ut { $soon }
}
overview-added-at = { $count ->
    [one] enhet tillagd i { $store } den här veckan
   *[other] enheter tillagda i { $store } den här veckan
}
