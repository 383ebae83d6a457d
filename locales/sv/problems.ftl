# Device Console, svenska: problems the server reports, by type and rule.

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

## What a status means, when the server's words are not shown (read in another language)
problem-status-network = Konsolen når inte sin server. Kontrollera nätverksanslutningen och försök igen.
problem-status-unreadable = Servern skickade ett svar som konsolen inte kan läsa. Försök igen; rapportera felet om det återkommer.
problem-status-400 = Begäran godtogs inte. Kontrollera det du angett och försök igen.
problem-status-401 = Du är inte inloggad.
problem-status-403 = Du har inte behörighet att göra det här.
problem-status-404 = Hittades inte. Det kan ha tagits bort.
problem-status-409 = Det här har ändrats under tiden. Läs in sidan igen och försök på nytt.
problem-status-413 = Begäran är för stor.
problem-status-429 = För många försök. Vänta några sekunder och försök igen.
problem-status-500 = Konsolens server fick ett fel. Försök igen om en stund.
problem-status-502 = Kustom svarade inte som väntat. Försök igen om en stund.
problem-status-503 = Tjänsten är inte tillgänglig just nu. Försök igen om en stund.
problem-status-504 = Kustom svarade inte i tid. Försök igen om en stund.
problem-status-other = Begäran misslyckades.
problem-field-refused = Servern godtog inte värdet: kontrollera det och försök igen.

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
