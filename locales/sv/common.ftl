# Device Console, svenska: what several screens beyond the first load say.

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

## Starting up
dialog-keep = Behåll den

## Codes' states
status-pending = Väntar
status-used = Använd
status-expired = Utgången
status-cancelled = Avbruten
status-unknown = Okänd

## Times
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

## Rules a value breaks (the same as the API's, in ipp::rules::Broken)
rule-id-form = Ange ett id av formen 550e8400-e29b-41d4-a716-446655440000; ”{ $got }” är inget sådant.
rule-name-blank = Ange ett namn på enheten.
rule-name-too-long = Använd högst { $max } tecken (namnet har { $len }).
rule-name-control = Ett namn kan inte innehålla radbrytningar, tabbar eller andra styrtecken.
rule-expires-too-short = Välj minst 1 minut.
rule-expires-too-long = Välj högst 72 timmar.
rule-hardware-id-length = Hårdvaru-id:t ska ha 1–{ $max } tecken.
rule-hardware-id-chars = Hårdvaru-id:t får bara innehålla bokstäver, siffror, '.', '_', ':' och '-'.
rule-key-blank = Ange en nyckel.
rule-key-too-long = En nyckel får ha högst { $max } tecken (den här har { $len }).
rule-key-space = Nycklar får bara innehålla bokstäverna A–Z, siffror, '_', '.' och '-'; ta bort mellanslaget.
rule-key-char = Nycklar får bara innehålla bokstäverna A–Z, siffror, '_', '.' och '-'; ta bort { $char }.
rule-value-blank = Ange ett värde (eller ta bort raden).
rule-value-too-long = Ett värde får ha högst { $max } tecken (det här har { $len }).
rule-value-control = Värden kan inte innehålla styrtecken som radbrytningar eller tabbar.
rule-key-twice = Nyckeln ”{ $key }” används redan på rad { $row }.
rule-too-many-keys = Använd högst { $max } nycklar (nu är det { $count }).
rule-filter-form = Skriv varje metadatafilter som nyckel:värde (till exempel store_id:123); fick ”{ $got }”.
rule-in-filter = I filtret ”{ $filter }”: { $rule }
rule-too-many-filters = Använd högst { $max } metadatafilter (nu är det { $count }).
rule-filter-key-twice = Filtrera på varje nyckel högst en gång; ”{ $key }” förekommer två gånger.

## What a link asked for that the list left out (the names are the address's own)
link-ignored-location = location ”{ $value }” är inget plats-id
link-ignored-metadata-limit = metadatafiltret { $filter }: högst { $max }, varje nyckel en gång
link-ignored-page = sidan ”{ $value }” finns inte
link-ignored-size = sidstorleken ”{ $value }” går inte att använda
link-ignored-sort = sorteringen ”{ $value }” finns inte
link-ignored-platform = plattformen ”{ $value }” finns inte
link-ignored-created-after = created_after ”{ $value }” är ingen tidpunkt
link-ignored-unknown = okänd parameter ”{ $name }”
link-ignored-devices-only = { $name } (bara i enhetslistan)

## What the server recorded in its own words, folded when the console is read in another language
server-words = Serverns förklaring (på engelska)

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
