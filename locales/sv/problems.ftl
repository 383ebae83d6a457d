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
