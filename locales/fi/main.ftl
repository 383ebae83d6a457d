# Device Console, suomi.

## The frame
skip-to-content = Siirry sisältöön
nav-label = Päävalikko
nav-overview = Yleiskatsaus
nav-codes = Yhdistämiskoodit
nav-devices = Laitteet
nav-activity = Tapahtumat
nav-jobs = Joukkomuutokset
signed-in-as = Kirjautuneena
scope-locations = { $count ->
    [one] 1 myymälä
   *[other] { $count } myymälää
}
merchant = Kauppias
playground = Testiympäristö
switch-role = Vaihda roolia
sign-out = Kirjaudu ulos
language = Kieli
role-viewer = Katselija
role-operator = Käsittelijä
role-admin = Ylläpitäjä

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
sign-in-again = Kirjaudu uudelleen
sign-in-again-hint = (uudessa välilehdessä) ja yritä sitten tässä uudelleen: kirjoittamasi tiedot säilyvät.

## Starting up
connecting = Yhdistetään portaaliin…
not-allowed-heading = Device Consolea ei voi näyttää tässä
not-allowed-body = Sen on upottanut { $host }, joka ei ole yksi niistä portaaleista, joissa sitä saa näyttää.
not-allowed-this-page = tämä sivu
not-allowed-admin = Ylläpitäjä voi sallia portaalin välityspalvelimen FRAME_ANCESTORS-asetuksella.
problem-unauthorized-title = Et ole kirjautunut
problem-unauthorized-advice = Avaa Device Console yrityksesi portaalista, joka kirjaa sinut sisään. Jos tulit sieltä, kirjautumisesi on ehkä vanhentunut: lataa portaalisivu uudelleen.
problem-forbidden-title = Tililläsi ei voi käyttää Device Consolea
problem-forbidden-advice = Pyydä portaalin ylläpitäjältä Device Console -rooli (katselija, käsittelijä tai ylläpitäjä).
problem-network-title = Konsoli ei saa yhteyttä palvelimeensa
problem-network-advice = Tarkista verkkoyhteys ja yritä sitten uudelleen.
problem-unavailable-title = Device Console ei ole käytettävissä
problem-unavailable-advice = Palvelin ei voi juuri nyt tarkistaa, kuka olet. Yritä uudelleen muutaman minuutin kuluttua.
problem-other-title = Kirjautuminen epäonnistui
problem-other-advice = Yritä hetken kuluttua uudelleen. Jos ongelma jatkuu, ota yhteyttä tukeen ja kerro alla oleva viite.
dialog-keep = Säilytä
try-again = Yritä uudelleen
reference = Viite:

## Codes' states
status-pending = Odottaa
status-used = Käytetty
status-expired = Vanhentunut
status-cancelled = Peruttu
status-unknown = Tuntematon

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
location-none = Ei myymälää
location-unknown = Myymälä { $id }…
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
notice-ignored = Joitakin tämän linkin suodattimia ei voitu käyttää; luettelossa näkyy se, mikä voitiin näyttää.
notice-dismiss = Sulje
notice-ignored-which = Mitkä ja miksi
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
not-found-title = Sivua ei löydy
not-found-body = Tämä osoite ei vastaa mitään Device Consolen sivua.
not-found-codes = Siirry yhdistämiskoodeihin
not-found-or = tai
not-found-devices = laitteisiin
unloaded-title = Sivu ei tullut perille
unloaded-body = Yhteys katkesi, kun konsoli haki tätä sivua. Tarkista yhteys ja yritä uudelleen.
unloaded-retry = Yritä uudelleen

## Embedded in a portal
embed-not-connected = Konsoli ei ole yhteydessä portaaliinsa.
embed-no-token = Portaali ({ $host }) ei lähettänyt kirjautumistietoja { $seconds } sekunnin kuluessa. Lataa sivu uudelleen; jos tämä toistuu, portaalin Device Console -integraatio vaatii huomiota.

## The overview
overview-loading = Haetaan myymälöitäsi…
overview-empty = Myymälöitä ei vielä ole. Myymälä perustetaan Kustom Portalissa; kun sellainen on, sen laitteet ja koodit lasketaan tähän.
overview-stale = Kustomin tietoja ei voitu lukea viimeisimmässä päivityksessä; luvut ovat sitä edeltävältä ajalta.
overview-as-of = Tilanne klo { $time }.
overview-soon-hours = { $h ->
    [one] tunnin sisällä
   *[other] { $h } tunnin sisällä
}
overview-soon-min = { $m } minuutin sisällä
overview-pending = Odottavat koodit
overview-expiring = Vanhenee { $soon }
overview-added = Lisätty tällä viikolla
overview-by-platform = Alustoittain
overview-platform-ios = iPhone
overview-platform-android = Android
overview-platform-terminal = Pääte
overview-devices-at = { $count ->
    [one] laite, myymälä { $store }
   *[other] laitetta, myymälä { $store }
}
overview-platform-devices-at = { $count ->
    [one] laite ({ $platform }), myymälä { $store }
   *[other] laitetta ({ $platform }), myymälä { $store }
}
overview-pending-at = { $count ->
    [one] odottava koodi, myymälä { $store }
   *[other] odottavaa koodia, myymälä { $store }
}
overview-expiring-at = { $count ->
    [one] koodi vanhenee { $soon }, myymälä { $store }
   *[other] koodia vanhenee { $soon }, myymälä { $store }
}
overview-added-at = { $count ->
    [one] laite lisätty tällä viikolla, myymälä { $store }
   *[other] laitetta lisätty tällä viikolla, myymälä { $store }
}
