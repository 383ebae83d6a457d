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
