# Device Console, norsk bokmål: problems the server reports, by type and rule.

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

## What a status means, when the server's words are not shown (read in another language)
problem-status-network = Konsollen får ikke kontakt med serveren sin. Sjekk nettverkstilkoblingen og prøv igjen.
problem-status-unreadable = Serveren sendte et svar konsollen ikke kan lese. Prøv igjen; meld fra om det skjer igjen.
problem-status-400 = Forespørselen ble ikke godtatt. Sjekk det du har fylt inn, og prøv igjen.
problem-status-401 = Du er ikke logget inn.
problem-status-403 = Du har ikke tilgang til å gjøre dette.
problem-status-404 = Ikke funnet. Det kan ha blitt fjernet.
problem-status-409 = Dette er endret i mellomtiden. Last inn siden på nytt og prøv igjen.
problem-status-413 = Forespørselen er for stor.
problem-status-429 = For mange forsøk. Vent noen sekunder og prøv igjen.
problem-status-500 = Konsollens server fikk en feil. Prøv igjen om litt.
problem-status-502 = Kustom svarte ikke som forventet. Prøv igjen om litt.
problem-status-503 = Tjenesten er ikke tilgjengelig akkurat nå. Prøv igjen om litt.
problem-status-504 = Kustom svarte ikke i tide. Prøv igjen om litt.
problem-status-other = Forespørselen mislyktes.
problem-field-refused = Serveren godtok ikke verdien: sjekk den og prøv igjen.

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
