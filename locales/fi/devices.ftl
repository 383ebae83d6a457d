# Device Console, suomi: the device list, search and page, and bulk changes started from the list.

## The device list
device-list-title = Laitteet
device-list-loading = Haetaan laitteita…
device-filter-label = Suodata laitteita
device-table-sortable = Laitteet, lajiteltavissa minkä tahansa sarakkeen mukaan
# Read after a column's name by screen readers (hence the leading comma).
device-sort-ascending = , nousevassa järjestyksessä; valitse, niin järjestys vaihtuu laskevaksi
device-sort-descending = , laskevassa järjestyksessä; valitse, niin järjestys vaihtuu nousevaksi
device-sort-none = , valitse lajitellaksesi
# A device's fields: column headings, and the facts on its page.
device-name = Nimi
device-platform = Alusta
device-paired = Yhdistetty
device-hardware-id = Laitteistotunnus
device-id = Laitteen tunnus
device-cash-register = Kassa
device-platform-iphone = iPhone
device-platform-android = Android
device-platform-terminal = Maksupääte
device-platform-other = Muu
device-unnamed = Nimetön laite
# A metadata filter that matched nothing, and a value that would have: "No
# department:checkout — did you mean [Checkout] (7)?", the value a link between the two
# messages.
device-near-miss = Ei tuloksia suodattimella { $filter } – tarkoititko
device-near-miss-count = ({ $n })?
device-deregistered = Laitteen { $name } rekisteröinti on poistettu. Sen käyttöoikeus on peruttu; jos haluat käyttää sitä uudelleen, yhdistä se uudella koodilla.

## Searching, and how fresh the list is
device-search-label = Hae laitteita
device-search-placeholder = Nimi, laitteistotunnus tai laitteen tunnus
device-search-hint = Paina /, niin voit hakea missä tahansa tällä sivulla.
device-search-unavailable = Haku ei ole käytettävissä, kun laitteita on näin paljon.
device-not-indexed = Laitteita on liian paljon hakuun, kaikkien sivujen lajitteluun, ehdotuksiin ja vientiin: lista näyttää sivut siinä järjestyksessä, jossa Kustom ne säilyttää.
device-stale = Kustomia ei voitu lukea viimeisimmässä päivityksessä; lista näyttää sitä ennen haetut tiedot.
device-as-of = haettu klo { $time }
device-refresh = Päivitä
device-refreshing = Päivitetään…

## A device's page
device-title = { $name } · Laitteet
device-title-loading = Laite · Laitteet
device-loading = Haetaan laitetta…
device-heading = Laite
device-all = Kaikki laitteet
device-rename = Nimeä uudelleen
device-rename-hint = Enter tallentaa, Esc peruu.
device-copy-hardware-id = Kopioi laitteistotunnus
device-copy-id = Kopioi laitteen tunnus
device-register-open = Avoinna: kassa { $register }
device-register-none = Ei avointa kassaa
device-not-reported = Kustom ei kerro, onko puhelin verkossa tai milloin sitä on viimeksi käytetty; se kertoo, mikä kassa puhelimessa on avoinna.
device-edit-heading = Myymälä ja metatiedot
device-move-hint = Puhelimen siirtäminen tänne ei muuta puhelimessa mitään; sillä otetut maksut lasketaan uudelle myymälälle.
device-save = Tallenna muutokset
device-saving = Tallennetaan…
device-undo = Kumoa muutokseni
device-view-only = Roolisi voi katsella laitteita; pyydä käsittelijää muuttamaan niitä.
device-saved = Tallennettu.
# $changes: the lines of the change summary, joined by "; ".
device-saved-changes = Tallennettu: { $changes }.
device-deregister-heading = Poista rekisteröinti
device-deregister-intro = Kadonneelle, varastetulle tai käytöstä poistetulle puhelimelle: se lakkaa heti olemasta maksulaite.
device-deregister-button = Poista laitteen rekisteröinti
device-deregister-title = Poistetaanko laitteen rekisteröinti?
device-deregister-confirm = Poista rekisteröinti
# In the confirmation: "Type Till 1 or its hardware id to confirm".
device-deregister-or = tai sen laitteistotunnus
device-deregister-body = Laite { $name } menettää käyttöoikeutensa heti: sillä ei voi enää ottaa vastaan maksuja, ja myymälän henkilökunnan on yhdistettävä se uudelleen uudella yhdistämiskoodilla, jotta sitä voi käyttää.

## What a save (or a bulk change) will change
device-change-summary = Tallennus muuttaa seuraavat:
# What a line is about: $field is name, location, hardware-id or metadata ($key: the
# metadata key, as it is).
device-change-field = { $field ->
    [name] Nimi
    [location] Myymälä
    [hardware-id] Laitteistotunnus
   *[metadata] Metatieto { $key }
}
device-change = { device-change-field }: { $before } → { $after }
device-change-added = { device-change-field }: lisätty { $after }
device-change-removed = { device-change-field }: poistettu (oli { $before })

## Bulk changes from the device list
bulk-select-row = Valitse laite { $name }
bulk-select-page = Valitse kaikki tämän sivun laitteet
# $n: a count, digits grouped.
bulk-selected = Valittu: { $n }
bulk-select-all-matching = Valitse kaikki hakua vastaavat ({ $n })
bulk-clear = Tyhjennä valinta
bulk-action = Muutos
bulk-choose-action = Valitse toiminto…
bulk-choose-error = Valitse, mitä valituille laitteille tehdään.
bulk-to-location = Kohdemyymälä
bulk-key = Avain
bulk-new-key = Uusi nimi
bulk-preview = Esikatsele
bulk-preparing = Valmistellaan esikatselua…
bulk-run = Tee muutos
bulk-deregister-confirm = Poista niiden rekisteröinti
bulk-will-change = Muuttuvia laitteita: { $changing }.
bulk-will-change-unchanged = Muuttuvia laitteita: { $changing }; jo valmiiksi pyydetyssä tilassa: { $unchanged } (jätetään ennalleen).
bulk-irreversible = Tätä ei voi kumota.
bulk-irreversible-detail = Puhelimet, joiden rekisteröinti on poistettu, on yhdistettävä uudelleen uudella koodilla.
bulk-preview-items = Muuttuvat laitteet
# Before the reason a device cannot be changed (the reason comes from the server).
bulk-will-fail = epäonnistuu:
bulk-more = Ja { $n } lisää.
bulk-skipped-hint = Laitteet, jotka muuttuvat ennen kuin joukkomuutos ehtii niihin, ohitetaan eikä niitä kirjoiteta yli.
