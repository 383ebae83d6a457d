# Device Console, dansk: problems the server reports, by type and rule.

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

## What a status means, when the server's words are not shown (read in another language)
problem-status-network = Konsollen kan ikke få forbindelse til sin server. Tjek netværksforbindelsen, og prøv igen.
problem-status-unreadable = Serveren sendte et svar, som konsollen ikke kan læse. Prøv igen; meld fejlen, hvis den kommer igen.
problem-status-400 = Anmodningen blev ikke godtaget. Tjek det, du har udfyldt, og prøv igen.
problem-status-401 = Du er ikke logget ind.
problem-status-403 = Du har ikke adgang til at gøre dette.
problem-status-404 = Ikke fundet. Det kan være blevet fjernet.
problem-status-409 = Dette er ændret i mellemtiden. Indlæs siden igen, og prøv på ny.
problem-status-413 = Anmodningen er for stor.
problem-status-429 = For mange forsøg. Vent et par sekunder, og prøv igen.
problem-status-500 = Konsollens server fik en fejl. Prøv igen om lidt.
problem-status-502 = Kustom svarede ikke som forventet. Prøv igen om lidt.
problem-status-503 = Tjenesten er ikke tilgængelig lige nu. Prøv igen om lidt.
problem-status-504 = Kustom svarede ikke i tide. Prøv igen om lidt.
problem-status-other = Anmodningen mislykkedes.
problem-field-refused = Serveren godtog ikke værdien: tjek den, og prøv igen.

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
