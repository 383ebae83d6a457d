# Device Console, suomi: what several screens beyond the first load say.

## Signing in
sign-in-title = Kirjaudu sisään
sign-in-heading = Kirjaudu Device Consoleen
sign-in-intro = Device Consolessa tiimisi yhdistää maksupuhelimet ja pitää ne hallinnassa. Kirjaudu työtililläsi.
sign-in-with = Kirjaudu: { $provider }
signed-out = Olet kirjautunut ulos.
sign-in-portal-heading = Kirjaudu portaalin kautta
sign-in-portal-body = Tähän konsoliin kirjaudutaan yrityksesi portaalin kautta: avaa Device Console sieltä.
sign-in-error-state = Kirjautuminen ei onnistunut: se kesti yli 10 minuuttia, oli jo käytetty tai aloitettiin toisessa selaimessa. Kirjaudu uudelleen.
sign-in-error-provider-refused = Yrityksesi kirjautumispalvelu ei päästänyt sinua sisään (kirjautuminen peruttiin tai linkki oli jo käytetty). Kirjaudu uudelleen; jos ongelma jatkuu, kysy: { $help }.
sign-in-error-provider-unavailable = Yrityksesi kirjautumispalvelu ei vastaa juuri nyt. Yritä uudelleen muutaman minuutin kuluttua.
sign-in-error-token = Yrityksesi kirjautumispalvelun vastausta ei voitu tarkistaa, joten kirjautuminen ei onnistunut. Yritä uudelleen; jos ongelma jatkuu, ilmoita: { $help } (konsolin lokissa näkyy syy).
sign-in-error-no-role = Tililläsi ei ole roolia Device Consolessa: mikään ryhmistäsi ei anna pääsyä. Pyydä lisäämään sinut konsolin katselijoihin, käsittelijöihin tai ylläpitäjiin: { $help }.
sign-in-error-no-locations = Tilisi ei kerro, missä myymälöissä työskentelet, joten konsoli ei tiedä, mitä sinulle näytetään. Pyydä liittämään myymäläsi tiliin: { $help }.
sign-in-error-no-merchant = Tiliäsi ei ole liitetty kauppiaaseen, jota tämä konsoli palvelee. Kysy: { $help }.
sign-in-error-busy = Kirjautumisia on juuri nyt kesken liian monta. Yritä uudelleen minuutin kuluttua.
sign-in-error-unavailable = Device Console ei ole juuri nyt käytettävissä: sen tietokanta ei vastaa, joten kukaan ei voi kirjautua. Yritä uudelleen muutaman minuutin kuluttua.
sign-in-error-other = Kirjautuminen ei onnistunut. Yritä uudelleen; jos ongelma jatkuu, kysy: { $help }.

## Starting up
dialog-keep = Säilytä

## Codes' states
status-pending = Odottaa
status-used = Käytetty
status-expired = Vanhentunut
status-cancelled = Peruttu
status-unknown = Tuntematon

## Times
countdown-expired = Vanhentunut
countdown-s = { $s } s jäljellä
countdown-m-s = { $m } min { $s } s jäljellä
countdown-m = { $m } min jäljellä
countdown-h = { $h } t jäljellä
countdown-h-m = { $h } t { $m } min jäljellä
announce-expired = Koodi on vanhentunut.
announce-under-a-minute = Koodi vanhenee alle minuutissa.
announce-minutes = Koodi vanhenee { $m } minuutin kuluttua.
announce-about-minutes = Koodi vanhenee noin { $m } minuutin kuluttua.
announce-about-hours = Koodi vanhenee noin { $h } tunnin kuluttua.

## The pairing card
loading-code = Haetaan koodia…
card-title = Yhdistämiskoodi · Yhdistämiskoodit
card-heading-waiting = Yhdistämiskoodi
card-heading-paired = Yhdistetty
card-heading-expired = Koodi on vanhentunut
card-heading-cancelled = Koodi on peruttu
card-heading-gone = Koodia ei ole enää
card-for = Myymälä:
card-metadata = Laitteen saamat metatiedot
card-gone = Koodia ei voi enää käyttää. Luo uusi koodi, jos laite pitää vielä yhdistää.
card-new-same = Luo uusi koodi samoilla tiedoilla
card-pair-another = Yhdistä toinen laite
card-expired-at = Koodi vanheni { $time }; kukaan ei voi enää käyttää sitä.
card-code-expired-at = Koodi { $code } vanheni { $time }; kukaan ei voi enää käyttää sitä.
card-hidden = Vain käsittelijät ja ylläpitäjät näkevät yhdistämiskoodit: koodi tekee puhelimesta maksulaitteen.
card-valid-until = Voimassa
card-spelled = Koodi: { $code }
card-qr = Yhdistämiskoodin { $code } QR-koodi
card-copy = Kopioi koodi
card-copied = Kopioitu { $code }
card-copy-refused = Kopiointi ei ole sallittu tässä: valitse koodi ja paina Ctrl+C.
card-print = Tulosta
card-cancel = Peru koodi
card-cancel-title = Perutaanko koodi?
card-cancel-confirm = Peru koodi
card-cancel-body = Kukaan ei voi sen jälkeen yhdistää puhelinta sillä. Sillä jo yhdistetty puhelin pysyy yhdistettynä.
card-waiting = Odotetaan, että myymälän henkilökunta syöttää koodin… sivu päivittyy itsestään.
card-back = Takaisin kaikkiin koodeihin
card-all-codes = Kaikki koodit
card-was-paired = ({ $platform }) yhdistettiin
card-now-at = ; se on nyt myymälässä { $location }
card-open-device = Avaa laite
card-used = Koodilla yhdistettiin laite.
card-see-devices = Näytä laitteet
print-step-open = Avaa puhelimessa Kustom POS -sovellus ja valitse laitteen rekisteröinti.
print-step-type = Syötä koodi { $code } (tai skannaa QR-koodi) ennen { $time }.

## Lists
list-previous = ‹ Edellinen
list-next = Seuraava ›
list-pages = Sivut
list-page = Sivu
list-of-pages = / { $last }
list-per-page = Sivulla:
list-range = { $first }–{ $last } / { $total }
list-range-none = 0 / { $total }
count-codes = { $range } koodia
count-devices = { $range } laitetta
count-changes = { $range } muutosta
list-clear-filters = Tyhjennä suodattimet
export-csv = Vie CSV
export-cancel = Peru vienti
export-done = Vietiin { $rows } riviä tiedostoon { $file }.
export-cancelled = Vienti peruttiin.
export-progress = Viedään… { $rows } / { $total } riviä
export-progress-open = Viedään… { $rows } riviä
filters = Suodattimet
filters-count = Suodattimet · { $count }
filter-location = Myymälä
filter-remove = Poista suodatin { $filter }
filter-add-label = Lisää metatietosuodatin
filter-key = Metatietoavain
filter-value = Arvo
filter-add = Lisää suodatin
filter-any-case = Älä erottele isoja ja pieniä kirjaimia
filter-clear-all = Tyhjennä kaikki suodattimet
location-choose = Valitse myymälä…
location-all = Kaikki myymälät

## Lists' empty states
devices-no-match = Mikään laite ei vastaa suodattimia.
devices-nothing-yet = Laitteita ei vielä ole. Puhelin näkyy tässä, kun myymälän henkilökunta on syöttänyt yhdistämiskoodin Kustom POS -sovellukseen.
activity-no-match = Mikään tapahtuma ei vastaa suodattimia.
activity-nothing-yet = Konsolin kautta ei ole vielä tehty muutoksia. Jokainen laitteeseen tai yhdistämiskoodiin tehty muutos näkyy tässä: mikä se oli, kuka sen teki, milloin ja miten se päättyi.

## The code list
codes-title = Yhdistämiskoodit
codes-create = Luo yhdistämiskoodi
codes-cancelled = Koodi { $code } on peruttu; sitä ei voi enää käyttää.
codes-filter-label = Suodata koodeja
codes-show-used = Näytä käytetyt koodit
loading-codes = Haetaan koodeja…
codes-no-match = Mikään koodi ei vastaa suodattimia.
codes-nothing-yet = Yhdistämiskoodi on kertakäyttöinen koodi, jonka myymälän henkilökunta syöttää Kustom POS -sovellukseen tehdäkseen puhelimesta maksulaitteen. Odottavia koodeja ei ole.
codes-cancel-body = Kukaan ei voi yhdistää laitetta koodilla { $code }. Tätä ei voi perua; voit luoda uuden koodin milloin tahansa.
codes-cancel-body-at = Kukaan ei voi yhdistää laitetta koodilla { $code } myymälässä { $location }. Tätä ei voi perua; voit luoda uuden koodin milloin tahansa.
col-code = Koodi
col-status = Tila
col-location = Myymälä
col-metadata = Metatiedot
col-expires-or-used = Vanhenee, tai käyttänyt laite
col-created-by = Luonut
col-actions = Toiminnot
code-masked = (vain käsittelijät näkevät yhdistämiskoodit)
codes-paired = Yhdistetty
codes-used-by = Käytetty:
codes-the-device = laite, joka yhdistettiin
codes-used = Käytetty
codes-cancel = Peru
codes-cancel-which = koodi { $code }

## Parts every screen shares
field-required = (pakollinen)
copy = Kopioi
copy-done = Kopioitu
copy-by-hand = Valitse ja paina Ctrl+C
confirm-type = Kirjoita
confirm-to-confirm = vahvistaaksesi
leave-unsaved = Laitteen muutoksia ei ole tallennettu. Poistutaanko tallentamatta?
metadata-legend = Metatiedot
metadata-hint = Avain–arvo-pareja, kuten myymälä 104 tai kassa 3, joiden avulla löydät laitteet myöhemmin. Enintään { $max }; avaimissa saa olla kirjaimia, numeroita sekä merkit '_', '.' ja '-'.
metadata-key = Avain
metadata-value = Arvo
metadata-of-row = (rivi { $n })
metadata-remove = Poista
metadata-row = rivi { $n }
metadata-add = Lisää avain
filter-platform = alusta
filter-added-since = lisätty alkaen

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

## Times
time-just-now = juuri nyt
time-min-ago = { $n } min sitten
time-min-in = { $n } min päästä
time-h-ago = { $n } t sitten
time-h-in = { $n } t päästä
time-days-ago = { $n ->
    [one] 1 päivä sitten
   *[other] { $n } päivää sitten
}
time-days-in = { $n ->
    [one] 1 päivän päästä
   *[other] { $n } päivän päästä
}
time-months-ago = { $n ->
    [one] 1 kuukausi sitten
   *[other] { $n } kuukautta sitten
}
time-months-in = { $n ->
    [one] 1 kuukauden päästä
   *[other] { $n } kuukauden päästä
}

## Addresses that name nothing
missing-device-title = Laitetta ei löydy
missing-device-not-an-id = Tämä osoite ei viittaa laitteeseen.
missing-device-gone = Myymälöissäsi ei ole tällaista laitetta. Sen rekisteröinti on ehkä poistettu.
missing-device-list = Näytä kaikki laitteet
missing-code-title = Koodia ei löydy
missing-code-not-an-id = Tämä osoite ei viittaa yhdistämiskoodiin.
missing-code-gone = Myymälöissäsi ei ole tällaista odottavaa tai käytettyä koodia. Se on ehkä vanhentunut tai peruttu.
missing-code-list = Näytä kaikki koodit
missing-job-title = Joukkomuutosta ei löydy
missing-job-not-an-id = Tämä osoite ei viittaa joukkomuutokseen.
missing-job-gone = Myymälöissäsi ei ole tällaista joukkomuutosta.
missing-job-list = Näytä kaikki joukkomuutokset
