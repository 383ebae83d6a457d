# Device Console, norsk bokmål: what several screens beyond the first load say.

## Signing in
sign-in-title = Logg inn
sign-in-heading = Logg inn i Device Console
sign-in-intro = I Device Console kobler teamet ditt til betalingstelefoner og holder oversikt over dem. Logg inn med jobbkontoen din.
sign-in-with = Logg inn med { $provider }
signed-out = Du er logget ut.
sign-in-portal-heading = Logg inn fra portalen
sign-in-portal-body = Denne konsollen logger du inn i fra bedriftens portal: åpne Device Console der.
sign-in-error-state = Du ble ikke logget inn: innloggingen tok mer enn 10 minutter, er allerede brukt, eller ble startet i en annen nettleser. Logg inn på nytt.
sign-in-error-provider-refused = Bedriftens innlogging slapp deg ikke inn (den ble avbrutt, eller lenken er allerede brukt). Logg inn på nytt; hvis det fortsatt ikke går, spør { $help }.
sign-in-error-provider-unavailable = Bedriftens innloggingstjeneste svarer ikke akkurat nå. Prøv igjen om noen minutter.
sign-in-error-token = Svaret fra bedriftens innlogging kunne ikke kontrolleres, så du ble ikke logget inn. Prøv igjen; hvis det fortsatt ikke går, si fra til { $help } (konsollens logg viser hvorfor).
sign-in-error-no-role = Kontoen din har ingen rolle i Device Console: ingen av gruppene dine gir tilgang. Be { $help } om å legge deg til blant konsollens lesere, operatører eller administratorer.
sign-in-error-no-locations = Kontoen din sier ikke hvilke butikker du jobber i, så konsollen vet ikke hva den skal vise deg. Be { $help } om å knytte butikkene dine til kontoen.
sign-in-error-no-merchant = Kontoen din er ikke knyttet til en forhandler som denne konsollen betjener. Spør { $help }.
sign-in-error-busy = Det pågår for mange innlogginger akkurat nå. Prøv igjen om et minutt.
sign-in-error-unavailable = Device Console er utilgjengelig akkurat nå: databasen svarer ikke, så ingen kan logge inn. Prøv igjen om noen minutter.
sign-in-error-other = Du ble ikke logget inn. Prøv igjen; hvis det fortsatt ikke går, spør { $help }.

## Starting up
dialog-keep = Behold den

## Codes' states
status-pending = Venter
status-used = Brukt
status-expired = Utløpt
status-cancelled = Kansellert
status-unknown = Ukjent

## Times
countdown-expired = Utløpt
countdown-s = { $s } s igjen
countdown-m-s = { $m } min { $s } s igjen
countdown-m = { $m } min igjen
countdown-h = { $h } t igjen
countdown-h-m = { $h } t { $m } min igjen
announce-expired = Koden har utløpt.
announce-under-a-minute = Koden utløper om mindre enn ett minutt.
announce-minutes = Koden utløper om { $m } minutter.
announce-about-minutes = Koden utløper om omtrent { $m } minutter.
announce-about-hours = Koden utløper om omtrent { $h } timer.

## The pairing card
loading-code = Henter koden…
card-title = Tilkoblingskode · Tilkoblingskoder
card-heading-waiting = Tilkoblingskode
card-heading-paired = Tilkoblet
card-heading-expired = Koden har utløpt
card-heading-cancelled = Koden er kansellert
card-heading-gone = Koden finnes ikke lenger
card-for = For
card-metadata = Metadata enheten får
card-gone = Koden kan ikke lenger brukes. Lag en ny kode hvis en enhet fortsatt må kobles til.
card-new-same = Lag en ny kode med de samme opplysningene
card-pair-another = Koble til en enhet til
card-expired-at = Koden utløp { $time }; ingen kan bruke den lenger.
card-code-expired-at = Koden { $code } utløp { $time }; ingen kan bruke den lenger.
card-hidden = Bare operatører og administratorer ser tilkoblingskoder: en kode gjør en telefon til en betalingsenhet.
card-valid-until = Gyldig til
card-spelled = Kode: { $code }
card-qr = QR-kode for tilkoblingskoden { $code }
card-copy = Kopier koden
card-copied = Kopierte { $code }
card-copy-refused = Kopiering er ikke tillatt her: merk koden og trykk Ctrl+C.
card-print = Skriv ut
card-cancel = Kanseller koden
card-cancel-title = Kansellere koden?
card-cancel-confirm = Kanseller koden
card-cancel-body = Ingen kan koble til en telefon med den etterpå. En telefon som allerede er koblet til med den, forblir tilkoblet.
card-waiting = Venter på at butikkansatte skriver inn koden … siden oppdateres av seg selv.
card-back = Tilbake til alle koder
card-all-codes = Alle koder
card-was-paired = ({ $platform }) ble koblet til
card-now-at = ; den er nå i { $location }
card-open-device = Åpne enheten
card-used = Koden ble brukt til å koble til en enhet.
card-see-devices = Se enheter
print-step-open = Åpne Kustom POS-appen på telefonen, og velg å registrere den.
print-step-type = Skriv inn koden { $code } (eller skann QR-koden) før { $time }.

## Lists
list-previous = ‹ Forrige
list-next = Neste ›
list-pages = Sider
list-page = Side
list-of-pages = av { $last }
list-per-page = Per side:
list-range = { $first }–{ $last } av { $total }
list-range-none = 0 av { $total }
count-codes = { $range } koder
count-devices = { $range } enheter
count-changes = { $range } endringer
list-clear-filters = Fjern filtrene
export-csv = Eksporter CSV
export-cancel = Avbryt eksporten
export-done = Eksporterte { $rows } rader til { $file }.
export-cancelled = Eksporten ble avbrutt.
export-progress = Eksporterer … { $rows } av { $total } rader
export-progress-open = Eksporterer … { $rows } rader
filters = Filtre
filters-count = Filtre · { $count }
filter-location = Butikk
filter-remove = Fjern filteret { $filter }
filter-add-label = Legg til et metadatafilter
filter-key = Metadatanøkkel
filter-value = Verdi
filter-add = Legg til filter
filter-any-case = Ikke skill mellom store og små bokstaver
filter-clear-all = Fjern alle filtre
location-choose = Velg en butikk …
location-all = Alle butikker

## Lists' empty states
devices-no-match = Ingen enheter passer med filtrene.
devices-nothing-yet = Ingen enheter ennå. En telefon vises her når butikkansatte har skrevet inn en tilkoblingskode i Kustom POS-appen.
activity-no-match = Ingen aktivitet passer med filtrene.
activity-nothing-yet = Ingen endringer er gjort i konsollen ennå. Hver endring av en enhet eller en tilkoblingskode vises her: hva den var, hvem som gjorde den, når og hvordan den endte.

## The code list
codes-title = Tilkoblingskoder
codes-create = Lag tilkoblingskode
codes-cancelled = Koden { $code } er kansellert; den kan ikke lenger brukes.
codes-filter-label = Filtrer koder
codes-show-used = Vis brukte koder
loading-codes = Henter koder…
codes-no-match = Ingen koder passer med filtrene.
codes-nothing-yet = En tilkoblingskode er en engangskode som butikkansatte skriver inn i Kustom POS-appen for å gjøre en telefon til en betalingsenhet. Det finnes ingen ventende koder.
codes-cancel-body = Ingen vil kunne koble til en enhet med koden { $code }. Dette kan ikke angres; du kan lage en ny kode når som helst.
codes-cancel-body-at = Ingen vil kunne koble til en enhet med koden { $code } i { $location }. Dette kan ikke angres; du kan lage en ny kode når som helst.
col-code = Kode
col-status = Status
col-location = Butikk
col-metadata = Metadata
col-expires-or-used = Utløper, eller brukt av
col-created-by = Laget av
col-actions = Handlinger
code-masked = (bare operatører ser tilkoblingskoder)
codes-paired = Tilkoblet
codes-used-by = Brukt:
codes-the-device = enheten den koblet til
codes-used = Brukt
codes-cancel = Kanseller
codes-cancel-which = koden { $code }

## Parts every screen shares
field-required = (påkrevd)
copy = Kopier
copy-done = Kopiert
copy-by-hand = Merk og trykk Ctrl+C
confirm-type = Skriv
confirm-to-confirm = for å bekrefte
leave-unsaved = Enheten har endringer som ikke er lagret. Vil du gå fra siden uten å lagre dem?
metadata-legend = Metadata
metadata-hint = Par av nøkkel og verdi, for eksempel butikk 104 eller kasse 3, så du finner enhetene igjen senere. Opptil { $max }; nøkler kan inneholde bokstaver, sifre, '_', '.' og '-'.
metadata-key = Nøkkel
metadata-value = Verdi
metadata-of-row = på rad { $n }
metadata-remove = Fjern
metadata-row = rad { $n }
metadata-add = Legg til en nøkkel
filter-platform = plattform
filter-added-since = lagt til siden

## Rules a value breaks (the same as the API's, in ipp::rules::Broken)
rule-id-form = Bruk en ID på formen 550e8400-e29b-41d4-a716-446655440000; «{ $got }» er ikke det.
rule-name-blank = Skriv inn et navn på enheten.
rule-name-too-long = Bruk høyst { $max } tegn (navnet har { $len }).
rule-name-control = Et navn kan ikke inneholde linjeskift, tabulatorer eller andre kontrolltegn.
rule-expires-too-short = Velg minst 1 minutt.
rule-expires-too-long = Velg høyst 72 timer.
rule-hardware-id-length = Maskinvare-ID-en må ha 1–{ $max } tegn.
rule-hardware-id-chars = Maskinvare-ID-en kan bare inneholde bokstaver, sifre, '.', '_', ':' og '-'.
rule-key-blank = Skriv inn en nøkkel.
rule-key-too-long = En nøkkel kan ha høyst { $max } tegn (denne har { $len }).
rule-key-space = Nøkler kan bare inneholde bokstavene A–Z, sifre, '_', '.' og '-'; fjern mellomrommet.
rule-key-char = Nøkler kan bare inneholde bokstavene A–Z, sifre, '_', '.' og '-'; fjern { $char }.
rule-value-blank = Skriv inn en verdi (eller fjern raden).
rule-value-too-long = En verdi kan ha høyst { $max } tegn (denne har { $len }).
rule-value-control = Verdier kan ikke inneholde kontrolltegn som linjeskift eller tabulatorer.
rule-key-twice = Nøkkelen «{ $key }» er allerede brukt på rad { $row }.
rule-too-many-keys = Bruk høyst { $max } nøkler (nå er det { $count }).
rule-filter-form = Skriv hvert metadatafilter som nøkkel:verdi (for eksempel store_id:123); fikk «{ $got }».
rule-in-filter = I filteret «{ $filter }»: { $rule }
rule-too-many-filters = Bruk høyst { $max } metadatafiltre (nå er det { $count }).
rule-filter-key-twice = Filtrer på hver nøkkel høyst én gang; «{ $key }» står to ganger.

## What a link asked for that the list left out (the names are the address's own)
link-ignored-location = location «{ $value }» er ikke en steds-ID
link-ignored-metadata-limit = metadatafilteret { $filter }: høyst { $max }, hver nøkkel én gang
link-ignored-page = siden «{ $value }» finnes ikke
link-ignored-size = sidestørrelsen «{ $value }» kan ikke brukes
link-ignored-sort = sorteringen «{ $value }» finnes ikke
link-ignored-platform = plattformen «{ $value }» finnes ikke
link-ignored-created-after = created_after «{ $value }» er ikke et tidspunkt
link-ignored-unknown = ukjent parameter «{ $name }»
link-ignored-devices-only = { $name } (bare i enhetslisten)

## What the server recorded in its own words, folded when the console is read in another language
server-words = Serverens forklaring (på engelsk)

## Times
time-just-now = akkurat nå
time-min-ago = for { $n } min siden
time-min-in = om { $n } min
time-h-ago = for { $n } t siden
time-h-in = om { $n } t
time-days-ago = { $n ->
    [one] for 1 dag siden
   *[other] for { $n } dager siden
}
time-days-in = { $n ->
    [one] om 1 dag
   *[other] om { $n } dager
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
missing-device-title = Enheten finnes ikke
missing-device-not-an-id = Denne adressen viser ikke til noen enhet.
missing-device-gone = Det finnes ingen slik enhet i butikkene dine. Den kan ha blitt avregistrert.
missing-device-list = Se alle enheter
missing-code-title = Koden finnes ikke
missing-code-not-an-id = Denne adressen viser ikke til noen tilkoblingskode.
missing-code-gone = Det finnes ingen slik ventende eller brukt kode i butikkene dine. Den kan ha utløpt eller blitt kansellert.
missing-code-list = Se alle koder
missing-job-title = Masseendringen finnes ikke
missing-job-not-an-id = Denne adressen viser ikke til noen masseendring.
missing-job-gone = Det finnes ingen slik masseendring i butikkene dine.
missing-job-list = Se alle masseendringer
