# Device Console, suomi: the new-code form, the problems of a batch of codes, the playground's simulator and development sign-in.

## The new-code form
code-new-title = Uusi yhdistämiskoodi · Yhdistämiskoodit
code-new-heading = Uusi yhdistämiskoodi
code-new-lead = Myymälän henkilökunta syöttää tämän koodin Kustom POS -sovellukseen tehdäkseen puhelimesta maksulaitteen. Koodi toimii kerran, kunnes se vanhenee.
code-new-location = Myymälä
code-new-location-hint = Myymälä, jossa puhelinta käytetään; puhelin liitetään tähän myymälään, kun se yhdistetään.
code-new-location-required = Valitse myymälä, jota koodi koskee.
code-new-valid-for = Voimassaoloaika
code-new-valid-for-hint = Sen jälkeen koodi lakkaa toimimasta; voit luoda uuden milloin tahansa.
code-new-preset-minutes = { $n } min
code-new-preset-hours = { $n ->
    [one] 1 tunti
   *[other] { $n } tuntia
}
code-new-custom = Muu aika
code-new-amount = Määrä
code-new-unit = Yksikkö
code-new-unit-minutes = minuuttia
code-new-unit-hours = tuntia
code-new-range = 1 minuutista 72 tuntiin
code-new-not-a-number = Anna luku, esimerkiksi 90.
code-new-not-positive = Anna nollaa suurempi luku.
code-new-out-of-range = Valitse aika väliltä 1 minuutti – 72 tuntia.
code-new-metadata-hint = Kopioidaan laitteeseen, kun se yhdistetään, jotta löydät sen myöhemmin: myymälä 104, osasto Myynti, kassa 3.
code-new-create = Luo koodi
code-new-creating = Luodaan…
code-new-cancel = Peruuta

## The playground's clerk, on the pairing card
simulate-heading = Testiympäristö: simuloi myymälän työntekijää
simulate-hint = Toimii kuin myymälän työntekijä, joka syöttää tämän koodin puhelimen Kustom POS -sovellukseen.
simulate-device-name = Laitteen nimi (valinnainen)
simulate-button = Simuloi koodin syöttäminen sovellukseen

## Playground sign-in
dev-sign-in-title = Kirjautuminen testiympäristöön
dev-sign-in-back = ← Takaisin konsoliin
dev-sign-in-intro = Tämä konsoli käyttää sisäänrakennettua testiympäristöä. Valitse, kuka olet; tuotannossa yrityksesi portaali kirjaa sinut sisään.
dev-sign-in-role = Rooli
dev-sign-in-roles-hint = Katselijat näkevät tiedot; käsittelijät voivat myös luoda koodeja ja muokata laitteita; ylläpitäjät voivat lisäksi poistaa laitteiden rekisteröinnin.
dev-sign-in-loading = Haetaan testiympäristön myymälöitä…
dev-sign-in-locations = Myymälät
dev-sign-in-every-location = Kaikki myymälät
dev-sign-in-only-these = Vain nämä:
dev-sign-in-name = Nimesi
dev-sign-in-submit = Kirjaudu sisään
dev-sign-in-signing-in = Kirjaudutaan…
dev-sign-in-pick-location = Valitse vähintään yksi myymälä tai kirjaudu kaikkiin myymälöihin.
dev-sign-in-refused = Testiympäristö ei kirjannut sinua sisään.

## The batch
batch-at-cell = Rivi { $row }, sarake { $column }: { $fault }
batch-at-row = Rivi { $row }: { $fault }
batch-empty = Tiedosto on tyhjä; aloita otsikkorivillä, kuten location,till, ja lisää yksi rivi kutakin koodia kohden.
batch-no-rows = Otsikkorivin alla ei ole rivejä; lisää yksi rivi kutakin koodia kohden.
batch-too-many-rows = Kerralla voi luoda enintään { $max } koodia (tässä niitä on { $count }); jaa ne useampaan erään.
batch-count-range = Valitse 1–{ $max } koodia; { $n } ei ole tällä välillä.
batch-no-location-column = Lisää otsikkoriville sarake nimeltä location ja siihen kunkin rivin myymälän nimi tai tunniste.
batch-column-twice = Sarake on otsikkorivillä kahdesti; nimeä toinen uudelleen tai poista se.
batch-validity-twice = Käytä voimassaoloajalle yhtä saraketta, valid_for tai expires_in, ei molempia.
batch-unnamed = Sarakkeessa { $letter } on arvoja mutta ei nimeä; nimeä se otsikkorivillä (metatietoavain) tai tyhjennä se.
batch-quote-open = Tällä rivillä avattua lainausmerkkiä (") ei suljeta, joten koko loppu tiedostosta on yksi solu; sulje tai poista se.
batch-unreadable = Riviä ei voi lukea; tallenna laskentataulukko uudelleen CSV-muodossa.
batch-location-missing = Anna myymälä: sen nimi tai tunniste.
batch-unknown-location = Minkään myymälän nimi ei ole ”{ $got }”; anna myymälän nimi tai tunniste.
batch-unknown-location-one = Minkään myymälän nimi ei ole ”{ $got }”; tarkoititko ”{ $first }”?
batch-unknown-location-two = Minkään myymälän nimi ei ole ”{ $got }”; tarkoititko ”{ $first }” vai ”{ $second }”?
batch-unknown-location-three = Minkään myymälän nimi ei ole ”{ $got }”; tarkoititko ”{ $first }”, ”{ $second }” vai ”{ $third }”?
batch-unknown-location-id = Millään myymälälläsi ei ole tunnistetta { $id }; anna myymälän nimi tai tunniste.
batch-location-ambiguous = Nimellä ”{ $got }” on { $count } myymälää; anna tarkoittamasi myymälän tunniste.
batch-validity-form = Kirjoita koodin voimassaoloaika minuutteina (90) tai yksikön kanssa (90m, 2h, 1d); ”{ $got }” ei ole kumpaakaan.
batch-validity-range = Valitse voimassaoloajaksi 1 minuutista 72 tuntiin; ”{ $got }” ei ole tällä välillä.
batch-duplicate = Rivi toistaa riviä { $first } (sama myymälä ja metatiedot); poista toinen tai erota ne toisistaan sarakkeella, kuten till.
