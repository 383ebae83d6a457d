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
try-again = Yritä uudelleen
reference = Viite:

## Lists
location-none = Ei myymälää
location-unknown = Myymälä { $id }…

## Parts every screen shares
notice-ignored = Joitakin tämän linkin suodattimia ei voitu käyttää; luettelossa näkyy se, mikä voitiin näyttää.
notice-dismiss = Sulje
notice-ignored-which = Mitkä ja miksi

## Addresses that name nothing
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
