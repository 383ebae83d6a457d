# Device Console, suomi: problems the server reports, by type and rule.

## Rules a value breaks (the same as the API's, in ipp::rules::Broken)
rule-id-form = Tunnisteen on oltava muotoa 550e8400-e29b-41d4-a716-446655440000; ”{ $got }” ei ole sitä.
rule-name-blank = Anna laitteelle nimi.
rule-name-too-long = Käytä enintään { $max } merkkiä (nimessä on { $len }).
rule-name-control = Nimessä ei voi olla rivinvaihtoja, sarkaimia tai muita ohjausmerkkejä.
rule-expires-too-short = Valitse vähintään 1 minuutti.
rule-expires-too-long = Valitse enintään 72 tuntia.
rule-hardware-id-length = Laitetunnisteessa on oltava 1–{ $max } merkkiä.
rule-hardware-id-chars = Laitetunnisteessa saa olla vain kirjaimia, numeroita sekä merkkejä '.', '_', ':' ja '-'.
rule-key-blank = Anna avain.
rule-key-too-long = Avaimessa saa olla enintään { $max } merkkiä (tässä on { $len }).
rule-key-space = Avaimissa saa olla vain kirjaimia A–Z, numeroita sekä merkkejä '_', '.' ja '-'; poista välilyönti.
rule-key-char = Avaimissa saa olla vain kirjaimia A–Z, numeroita sekä merkkejä '_', '.' ja '-'; poista { $char }.
rule-value-blank = Anna arvo (tai poista rivi).
rule-value-too-long = Arvossa saa olla enintään { $max } merkkiä (tässä on { $len }).
rule-value-control = Arvoissa ei voi olla ohjausmerkkejä, kuten rivinvaihtoja tai sarkaimia.
rule-key-twice = Avain ”{ $key }” on jo käytössä rivillä { $row }.
rule-too-many-keys = Käytä enintään { $max } avainta (nyt niitä on { $count }).
rule-filter-form = Kirjoita jokainen metatietosuodatin muodossa avain:arvo (esimerkiksi store_id:123); saatiin ”{ $got }”.
rule-in-filter = Suodatin ”{ $filter }”: { $rule }
rule-too-many-filters = Käytä enintään { $max } metatietosuodatinta (nyt niitä on { $count }).
rule-filter-key-twice = Suodata kullakin avaimella vain kerran; ”{ $key }” on kahdesti.

## What a status means, when the server's words are not shown (read in another language)
problem-status-network = Konsoli ei saa yhteyttä palvelimeensa. Tarkista verkkoyhteys ja yritä uudelleen.
problem-status-unreadable = Palvelin lähetti vastauksen, jota konsoli ei pysty lukemaan. Yritä uudelleen; ilmoita virheestä, jos se toistuu.
problem-status-400 = Pyyntöä ei hyväksytty. Tarkista antamasi tiedot ja yritä uudelleen.
problem-status-401 = Et ole kirjautunut sisään.
problem-status-403 = Sinulla ei ole oikeutta tehdä tätä.
problem-status-404 = Ei löytynyt. Se on ehkä poistettu.
problem-status-409 = Tätä on muutettu sillä välin. Lataa sivu uudelleen ja yritä uudestaan.
problem-status-413 = Pyyntö on liian suuri.
problem-status-429 = Liian monta yritystä. Odota muutama sekunti ja yritä uudelleen.
problem-status-500 = Konsolin palvelimella tapahtui virhe. Yritä hetken kuluttua uudelleen.
problem-status-502 = Kustom ei vastannut odotetusti. Yritä hetken kuluttua uudelleen.
problem-status-503 = Palvelu ei ole juuri nyt käytettävissä. Yritä hetken kuluttua uudelleen.
problem-status-504 = Kustom ei vastannut ajoissa. Yritä hetken kuluttua uudelleen.
problem-status-other = Pyyntö epäonnistui.
problem-field-refused = Palvelin ei hyväksynyt arvoa: tarkista se ja yritä uudelleen.

## What a link asked for that the list left out (the names are the address's own)
link-ignored-location = location ”{ $value }” ei ole sijaintitunniste
link-ignored-metadata-limit = metatietosuodatin { $filter }: enintään { $max }, kukin avain kerran
link-ignored-page = sivua ”{ $value }” ei ole
link-ignored-size = sivukokoa ”{ $value }” ei voi käyttää
link-ignored-sort = lajittelua ”{ $value }” ei ole
link-ignored-platform = alustaa ”{ $value }” ei ole
link-ignored-created-after = created_after ”{ $value }” ei ole ajankohta
link-ignored-unknown = tuntematon parametri ”{ $name }”
link-ignored-devices-only = { $name } (vain laiteluettelossa)

## What the server recorded in its own words, folded when the console is read in another language
server-words = Palvelimen selitys (englanniksi)
