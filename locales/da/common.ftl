# Device Console, dansk: what several screens beyond the first load say.

## Signing in
sign-in-title = Log ind
sign-in-heading = Log ind i Device Console
sign-in-intro = I Device Console parrer dit team betalingstelefoner og holder øje med dem. Log ind med din arbejdskonto.
sign-in-with = Log ind med { $provider }
signed-out = Du er logget ud.
sign-in-portal-heading = Log ind fra jeres portal
sign-in-portal-body = Denne konsol logger du ind i fra virksomhedens portal: åbn Device Console der.
sign-in-error-state = Du blev ikke logget ind: login tog mere end 10 minutter, er allerede brugt eller blev startet i en anden browser. Log ind igen.
sign-in-error-provider-refused = Virksomhedens login lukkede dig ikke ind (det blev afbrudt, eller linket er allerede brugt). Log ind igen; hvis det bliver ved med at mislykkes, så spørg { $help }.
sign-in-error-provider-unavailable = Virksomhedens login-tjeneste svarer ikke lige nu. Prøv igen om et par minutter.
sign-in-error-token = Svaret fra virksomhedens login kunne ikke kontrolleres, så du blev ikke logget ind. Prøv igen; hvis det bliver ved med at mislykkes, så giv { $help } besked (konsollens log viser hvorfor).
sign-in-error-no-role = Din konto har ingen rolle i Device Console: ingen af dine grupper giver adgang. Bed { $help } om at tilføje dig til konsollens læsere, operatører eller administratorer.
sign-in-error-no-locations = Din konto angiver ikke, hvilke butikker du arbejder i, så konsollen ved ikke, hvad den skal vise dig. Bed { $help } om at knytte dine butikker til kontoen.
sign-in-error-no-merchant = Din konto er ikke knyttet til en forhandler, som denne konsol betjener. Spørg { $help }.
sign-in-error-busy = Der er for mange login i gang lige nu. Prøv igen om et minut.
sign-in-error-unavailable = Device Console er ikke tilgængelig lige nu: databasen svarer ikke, så ingen kan logge ind. Prøv igen om et par minutter.
sign-in-error-other = Du blev ikke logget ind. Prøv igen; hvis det bliver ved med at mislykkes, så spørg { $help }.

## Starting up
dialog-keep = Behold den

## Codes' states
status-pending = Afventer
status-used = Brugt
status-expired = Udløbet
status-cancelled = Annulleret
status-unknown = Ukendt

## Times
countdown-expired = Udløbet
countdown-s = { $s } sek. tilbage
countdown-m-s = { $m } min. { $s } sek. tilbage
countdown-m = { $m } min. tilbage
countdown-h = { $h } t. tilbage
countdown-h-m = { $h } t. { $m } min. tilbage
announce-expired = Koden er udløbet.
announce-under-a-minute = Koden udløber om mindre end et minut.
announce-minutes = Koden udløber om { $m } minutter.
announce-about-minutes = Koden udløber om cirka { $m } minutter.
announce-about-hours = Koden udløber om cirka { $h } timer.

## The pairing card
loading-code = Henter koden…
card-title = Parringskode · Parringskoder
card-heading-waiting = Parringskode
card-heading-paired = Parret
card-heading-expired = Koden er udløbet
card-heading-cancelled = Koden er annulleret
card-heading-gone = Koden findes ikke længere
card-for = Til
card-metadata = Metadata, som enheden får
card-gone = Koden kan ikke længere bruges. Opret en ny kode, hvis en enhed stadig skal parres.
card-new-same = Opret en ny kode med de samme oplysninger
card-pair-another = Par endnu en enhed
card-expired-at = Koden udløb { $time }; ingen kan bruge den længere.
card-code-expired-at = Koden { $code } udløb { $time }; ingen kan bruge den længere.
card-hidden = Kun operatører og administratorer kan se parringskoder: en kode gør en telefon til en betalingsenhed.
card-valid-until = Gyldig til
card-spelled = Kode: { $code }
card-qr = QR-kode til parringskoden { $code }
card-copy = Kopiér koden
card-copied = Kopierede { $code }
card-copy-refused = Kopiering er ikke tilladt her: markér koden, og tryk på Ctrl+C.
card-print = Udskriv
card-cancel = Annullér koden
card-cancel-title = Annullere koden?
card-cancel-confirm = Annullér koden
card-cancel-body = Ingen kan parre en telefon med den bagefter. En telefon, der allerede er parret med den, forbliver parret.
card-waiting = Venter på, at butikspersonalet indtaster koden … siden opdaterer sig selv.
card-back = Tilbage til alle koder
card-all-codes = Alle koder
card-was-paired = ({ $platform }) blev parret
card-now-at = ; den er nu i { $location }
card-open-device = Åbn enheden
card-used = Koden blev brugt til at parre en enhed.
card-see-devices = Se enheder
print-step-open = Åbn Kustom POS-appen på telefonen, og vælg at registrere den.
print-step-type = Indtast koden { $code } (eller scan QR-koden) før { $time }.

## Lists
list-previous = ‹ Forrige
list-next = Næste ›
list-pages = Sider
list-page = Side
list-of-pages = af { $last }
list-per-page = Pr. side:
list-range = { $first }–{ $last } af { $total }
list-range-none = 0 af { $total }
count-codes = { $range } koder
count-devices = { $range } enheder
count-changes = { $range } ændringer
list-clear-filters = Ryd filtrene
export-csv = Eksportér CSV
export-cancel = Annullér eksporten
export-done = Eksporterede { $rows } rækker til { $file }.
export-cancelled = Eksporten blev annulleret.
export-progress = Eksporterer … { $rows } af { $total } rækker
export-progress-open = Eksporterer … { $rows } rækker
filters = Filtre
filters-count = Filtre · { $count }
filter-location = Butik
filter-remove = Fjern filteret { $filter }
filter-add-label = Tilføj et metadatafilter
filter-key = Metadatanøgle
filter-value = Værdi
filter-add = Tilføj filter
filter-any-case = Skeln ikke mellem store og små bogstaver
filter-clear-all = Ryd alle filtre
location-choose = Vælg en butik …
location-all = Alle butikker

## Lists' empty states
devices-no-match = Ingen enheder passer til filtrene.
devices-nothing-yet = Ingen enheder endnu. En telefon vises her, når butikspersonalet har indtastet en parringskode i Kustom POS-appen.
activity-no-match = Ingen aktivitet passer til filtrene.
activity-nothing-yet = Der er endnu ikke foretaget ændringer via konsollen. Hver ændring af en enhed eller en parringskode vises her: hvad den var, hvem der foretog den, hvornår, og hvordan den endte.

## The code list
codes-title = Parringskoder
codes-create = Opret parringskode
codes-cancelled = Koden { $code } er annulleret; den kan ikke længere bruges.
codes-filter-label = Filtrér koder
codes-show-used = Vis brugte koder
loading-codes = Henter koder…
codes-no-match = Ingen koder passer til filtrene.
codes-nothing-yet = En parringskode er en engangskode, som butikspersonalet indtaster i Kustom POS-appen for at gøre en telefon til en betalingsenhed. Der er ingen afventende koder.
codes-cancel-body = Ingen vil kunne parre en enhed med koden { $code }. Det kan ikke fortrydes; du kan altid oprette en ny kode.
codes-cancel-body-at = Ingen vil kunne parre en enhed med koden { $code } i { $location }. Det kan ikke fortrydes; du kan altid oprette en ny kode.
col-code = Kode
col-status = Status
col-location = Butik
col-metadata = Metadata
col-expires-or-used = Udløber, eller brugt af
col-created-by = Oprettet af
col-actions = Handlinger
code-masked = (kun operatører kan se parringskoder)
codes-paired = Parret
codes-used-by = Brugt:
codes-the-device = den enhed, den parrede
codes-used = Brugt
codes-cancel = Annullér
codes-cancel-which = koden { $code }

## Parts every screen shares
field-required = (påkrævet)
copy = Kopiér
copy-done = Kopieret
copy-by-hand = Markér, og tryk på Ctrl+C
confirm-type = Skriv
confirm-to-confirm = for at bekræfte
leave-unsaved = Enheden har ændringer, der ikke er gemt. Vil du forlade siden uden at gemme dem?
metadata-legend = Metadata
metadata-hint = Par af nøgle og værdi, fx butik 104 eller kasse 3, så du kan finde enhederne senere. Op til { $max }; nøgler må indeholde bogstaver, cifre, '_', '.' og '-'.
metadata-key = Nøgle
metadata-value = Værdi
metadata-of-row = i række { $n }
metadata-remove = Fjern
metadata-row = række { $n }
metadata-add = Tilføj en nøgle
filter-platform = platform
filter-added-since = tilføjet siden

## Rules a value breaks (the same as the API's, in ipp::rules::Broken)
rule-id-form = Brug et id på formen 550e8400-e29b-41d4-a716-446655440000; »{ $got }« er ikke et.
rule-name-blank = Skriv et navn til enheden.
rule-name-too-long = Brug højst { $max } tegn (navnet har { $len }).
rule-name-control = Et navn må ikke indeholde linjeskift, tabulatorer eller andre kontroltegn.
rule-expires-too-short = Vælg mindst 1 minut.
rule-expires-too-long = Vælg højst 72 timer.
rule-hardware-id-length = Hardware-id'et skal have 1–{ $max } tegn.
rule-hardware-id-chars = Hardware-id'et må kun indeholde bogstaver, cifre, '.', '_', ':' og '-'.
rule-key-blank = Skriv en nøgle.
rule-key-too-long = En nøgle må højst have { $max } tegn (denne har { $len }).
rule-key-space = Nøgler må kun indeholde bogstaverne A–Z, cifre, '_', '.' og '-'; fjern mellemrummet.
rule-key-char = Nøgler må kun indeholde bogstaverne A–Z, cifre, '_', '.' og '-'; fjern { $char }.
rule-value-blank = Skriv en værdi (eller fjern rækken).
rule-value-too-long = En værdi må højst have { $max } tegn (denne har { $len }).
rule-value-control = Værdier må ikke indeholde kontroltegn som linjeskift eller tabulatorer.
rule-key-twice = Nøglen »{ $key }« er allerede brugt i række { $row }.
rule-too-many-keys = Brug højst { $max } nøgler (der er { $count }).
rule-filter-form = Skriv hvert metadatafilter som nøgle:værdi (for eksempel store_id:123); fik »{ $got }«.
rule-in-filter = I filteret »{ $filter }«: { $rule }
rule-too-many-filters = Brug højst { $max } metadatafiltre (der er { $count }).
rule-filter-key-twice = Filtrér på hver nøgle højst én gang; »{ $key }« står der to gange.

## What a link asked for that the list left out (the names are the address's own)
link-ignored-location = location »{ $value }« er ikke et steds-id
link-ignored-metadata-limit = metadatafilteret { $filter }: højst { $max }, hver nøgle én gang
link-ignored-page = siden »{ $value }« findes ikke
link-ignored-size = sidestørrelsen »{ $value }« kan ikke bruges
link-ignored-sort = sorteringen »{ $value }« findes ikke
link-ignored-platform = platformen »{ $value }« findes ikke
link-ignored-created-after = created_after »{ $value }« er ikke et tidspunkt
link-ignored-unknown = ukendt parameter »{ $name }«
link-ignored-devices-only = { $name } (kun i enhedslisten)

## What the server recorded in its own words, folded when the console is read in another language
server-words = Serverens forklaring (på engelsk)

## Times
time-just-now = lige nu
time-min-ago = for { $n } min. siden
time-min-in = om { $n } min.
time-h-ago = for { $n } t. siden
time-h-in = om { $n } t.
time-days-ago = { $n ->
    [one] for 1 dag siden
   *[other] for { $n } dage siden
}
time-days-in = { $n ->
    [one] om 1 dag
   *[other] om { $n } dage
}
time-months-ago = { $n ->
    [one] for 1 måned siden
   *[other] for { $n } måneder siden
}
time-months-in = { $n ->
    [one] om 1 måned
   *[other] om { $n } måneder
}

## Addresses that name nothing
missing-device-title = Enheden findes ikke
missing-device-not-an-id = Denne adresse henviser ikke til en enhed.
missing-device-gone = Der er ingen sådan enhed i dine butikker. Den kan være blevet afregistreret.
missing-device-list = Se alle enheder
missing-code-title = Koden findes ikke
missing-code-not-an-id = Denne adresse henviser ikke til en parringskode.
missing-code-gone = Der er ingen sådan afventende eller brugt kode i dine butikker. Den kan være udløbet eller annulleret.
missing-code-list = Se alle koder
missing-job-title = Masseændringen findes ikke
missing-job-not-an-id = Denne adresse henviser ikke til en masseændring.
missing-job-gone = Der er ingen sådan masseændring i dine butikker.
missing-job-list = Se alle masseændringer
