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
sign-in-title = Logga in
sign-in-heading = Logga in i Device Console
sign-in-intro = I Device Console parkopplar ditt team betaltelefoner och håller koll på dem. Logga in med ditt jobbkonto.
sign-in-with = Logga in med { $provider }
signed-out = Du har loggat ut.
sign-in-portal-heading = Logga in via er portal
sign-in-portal-body = Den här konsolen loggar du in i via företagets portal: öppna Device Console där.
sign-in-error-state = Du blev inte inloggad: inloggningen tog mer än 10 minuter, har redan använts eller påbörjades i en annan webbläsare. Logga in igen.
sign-in-error-provider-refused = Företagets inloggning släppte inte in dig (den avbröts, eller länken har redan använts). Logga in igen; om det fortsätter att misslyckas, fråga { $help }.
sign-in-error-provider-unavailable = Företagets inloggningstjänst svarar inte just nu. Försök igen om några minuter.
sign-in-error-token = Svaret från företagets inloggning kunde inte kontrolleras, så du blev inte inloggad. Försök igen; om det fortsätter att misslyckas, kontakta { $help } (konsolens logg visar varför).
sign-in-error-no-role = Ditt konto har ingen roll i Device Console: ingen av dina grupper ger åtkomst. Be { $help } att lägga till dig bland konsolens läsare, operatörer eller administratörer.
sign-in-error-no-locations = Ditt konto säger inte vilka butiker du arbetar i, så konsolen vet inte vad den ska visa. Be { $help } att koppla dina butiker till kontot.
sign-in-error-no-merchant = Ditt konto är inte kopplat till någon handlare som den här konsolen hanterar. Fråga { $help }.
sign-in-error-busy = Just nu pågår för många inloggningar. Försök igen om en minut.
sign-in-error-unavailable = Device Console är inte tillgänglig just nu: databasen svarar inte, så ingen kan logga in. Försök igen om några minuter.
sign-in-error-other = Du blev inte inloggad. Försök igen; om det fortsätter att misslyckas, fråga { $help }.
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
dialog-keep = Behåll den
try-again = Försök igen
reference = Referens:

## Codes' states
status-pending = Väntar
status-used = Använd
status-expired = Utgången
status-cancelled = Avbruten
status-unknown = Okänd

## Times
time-just-now = just nu
time-min-ago = för { $n } min sedan
time-min-in = om { $n } min
time-h-ago = för { $n } tim sedan
time-h-in = om { $n } tim
time-days-ago = { $n ->
    [one] för 1 dag sedan
   *[other] för { $n } dagar sedan
}
time-days-in = { $n ->
    [one] om 1 dag
   *[other] om { $n } dagar
}
time-months-ago = { $n ->
    [one] för 1 månad sedan
   *[other] för { $n } månader sedan
}
time-months-in = { $n ->
    [one] om 1 månad
   *[other] om { $n } månader
}
countdown-expired = Utgången
countdown-s = { $s } s kvar
countdown-m-s = { $m } min { $s } s kvar
countdown-m = { $m } min kvar
countdown-h = { $h } tim kvar
countdown-h-m = { $h } tim { $m } min kvar
announce-expired = Koden har gått ut.
announce-under-a-minute = Koden går ut om mindre än en minut.
announce-minutes = Koden går ut om { $m } minuter.
announce-about-minutes = Koden går ut om ungefär { $m } minuter.
announce-about-hours = Koden går ut om ungefär { $h } timmar.

## The pairing card
loading-code = Hämtar koden…
card-title = Parkopplingskod · Parkopplingskoder
card-heading-waiting = Parkopplingskod
card-heading-paired = Parkopplad
card-heading-expired = Koden har gått ut
card-heading-cancelled = Koden har avbrutits
card-heading-gone = Koden finns inte längre
card-for = För
card-metadata = Metadata som enheten får
card-gone = Koden kan inte längre användas. Skapa en ny kod om en enhet fortfarande behöver parkopplas.
card-new-same = Skapa en ny kod med samma uppgifter
card-pair-another = Parkoppla en till enhet
card-expired-at = Koden gick ut { $time }; ingen kan använda den längre.
card-code-expired-at = Koden { $code } gick ut { $time }; ingen kan använda den längre.
card-hidden = Bara operatörer och administratörer ser parkopplingskoder: en kod gör en telefon till en betalenhet.
card-valid-until = Giltig till
card-spelled = Kod: { $code }
card-qr = QR-kod för parkopplingskoden { $code }
card-copy = Kopiera koden
card-copied = Kopierade { $code }
card-copy-refused = Kopiering är inte tillåten här: markera koden och tryck Ctrl+C.
card-print = Skriv ut
card-cancel = Avbryt koden
card-cancel-title = Avbryta koden?
card-cancel-confirm = Avbryt koden
card-cancel-body = Ingen kan parkoppla en telefon med den efteråt. En telefon som redan är parkopplad med den förblir parkopplad.
card-waiting = Väntar på att butikspersonalen skriver in koden … sidan uppdateras av sig själv.
card-back = Tillbaka till alla koder
card-all-codes = Alla koder
card-was-paired = ({ $platform }) parkopplades
card-now-at = ; den finns nu i { $location }
card-open-device = Öppna enheten
card-used = Koden användes för att parkoppla en enhet.
card-see-devices = Visa enheter
print-step-open = Öppna Kustom POS-appen på telefonen och välj att registrera den.
print-step-type = Skriv in koden { $code } (eller skanna QR-koden) före { $time }.

## Lists
list-previous = ‹ Föregående
list-next = Nästa ›
list-pages = Sidor
list-page = Sida
list-of-pages = av { $last }
list-per-page = Per sida:
list-range = { $first }–{ $last } av { $total }
list-range-none = 0 av { $total }
count-codes = { $range } koder
count-devices = { $range } enheter
count-changes = { $range } ändringar
list-clear-filters = Rensa filtren
export-csv = Exportera CSV
export-cancel = Avbryt exporten
export-done = Exporterade { $rows } rader till { $file }.
export-cancelled = Exporten avbröts.
export-progress = Exporterar … { $rows } av { $total } rader
export-progress-open = Exporterar … { $rows } rader
filters = Filter
filters-count = Filter · { $count }
filter-location = Butik
filter-remove = Ta bort filtret { $filter }
filter-add-label = Lägg till ett metadatafilter
filter-key = Metadatanyckel
filter-value = Värde
filter-add = Lägg till filter
filter-any-case = Skilj inte på stora och små bokstäver
filter-clear-all = Rensa alla filter
location-choose = Välj en butik …
location-none = Ingen butik
location-unknown = Butik { $id }…
location-all = Alla butiker

## Lists' empty states
devices-no-match = Inga enheter matchar filtren.
devices-nothing-yet = Inga enheter än. En telefon visas här när butikspersonalen har skrivit in en parkopplingskod i Kustom POS-appen.
activity-no-match = Ingen aktivitet matchar filtren.
activity-nothing-yet = Inga ändringar har gjorts via konsolen än. Varje ändring av en enhet eller en parkopplingskod visas här: vad den var, vem som gjorde den, när och hur den slutade.

## The code list
codes-title = Parkopplingskoder
codes-create = Skapa parkopplingskod
codes-cancelled = Koden { $code } har avbrutits; den kan inte längre användas.
codes-filter-label = Filtrera koder
codes-show-used = Visa använda koder
loading-codes = Hämtar koder…
codes-no-match = Inga koder matchar filtren.
codes-nothing-yet = En parkopplingskod är en engångskod som butikspersonalen skriver in i Kustom POS-appen för att göra en telefon till en betalenhet. Det finns inga väntande koder.
codes-cancel-body = Ingen kommer att kunna parkoppla en enhet med koden { $code }. Det går inte att ångra; du kan när som helst skapa en ny kod.
codes-cancel-body-at = Ingen kommer att kunna parkoppla en enhet med koden { $code } i { $location }. Det går inte att ångra; du kan när som helst skapa en ny kod.
col-code = Kod
col-status = Status
col-location = Butik
col-metadata = Metadata
col-expires-or-used = Går ut, eller använd av
col-created-by = Skapad av
col-actions = Åtgärder
code-masked = (bara operatörer ser parkopplingskoder)
codes-paired = Parkopplad
codes-used-by = Använd:
codes-the-device = enheten den parkopplade
codes-used = Använd
codes-cancel = Avbryt
codes-cancel-which = koden { $code }

## Parts every screen shares
field-required = (obligatoriskt)
notice-ignored = Vissa filter i länken kunde inte användas; listan visar det som gick.
notice-dismiss = Stäng
notice-ignored-which = Vilka, och varför
copy = Kopiera
copy-done = Kopierat
copy-by-hand = Markera och tryck Ctrl+C
confirm-type = Skriv
confirm-to-confirm = för att bekräfta
leave-unsaved = Enheten har ändringar som inte har sparats. Vill du lämna sidan utan att spara dem?
metadata-legend = Metadata
metadata-hint = Par av nyckel och värde, till exempel butik 104 eller kassa 3, så att du hittar enheterna senare. Högst { $max }; nycklar får innehålla bokstäver, siffror, '_', '.' och '-'.
metadata-key = Nyckel
metadata-value = Värde
metadata-of-row = på rad { $n }
metadata-remove = Ta bort
metadata-row = rad { $n }
metadata-add = Lägg till en nyckel
filter-platform = plattform
filter-added-since = tillagda sedan

## Addresses that name nothing
missing-device-title = Enheten finns inte
missing-device-not-an-id = Den här adressen pekar inte på någon enhet.
missing-device-gone = Det finns ingen sådan enhet i dina butiker. Den kan ha avregistrerats.
missing-device-list = Visa alla enheter
missing-code-title = Koden finns inte
missing-code-not-an-id = Den här adressen pekar inte på någon parkopplingskod.
missing-code-gone = Det finns ingen sådan väntande eller använd kod i dina butiker. Den kan ha gått ut eller avbrutits.
missing-code-list = Visa alla koder
missing-job-title = Massändringen finns inte
missing-job-not-an-id = Den här adressen pekar inte på någon massändring.
missing-job-gone = Det finns ingen sådan massändring i dina butiker.
missing-job-list = Visa alla massändringar
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
