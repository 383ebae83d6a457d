# Device Console, suomi: the activity history and its wording.

## The activity view and a device's or a code's history
activity-title = Tapahtumat
activity-loading = Haetaan tapahtumia…
activity-caption = Tapahtumat, uusin ensin
activity-col-what = Mitä tapahtui
activity-col-by = Tekijä
activity-col-when = Milloin
activity-history = Historia
activity-history-loading = Haetaan historiaa…
activity-history-empty = Konsolin kautta ei ole vielä tehty muutoksia.
activity-history-caption = Historia, uusin ensin
activity-see-all = Näytä kaikki tapahtumat

## The filters
activity-filter-label = Suodata tapahtumia
activity-filter-device = Laitteen tunnus
activity-filter-code = Yhdistämiskoodin tunnus
activity-filter-operator = Käsittelijän tunnus
activity-filter-action = Toiminto
activity-filter-all-actions = Kaikki toiminnot
activity-filter-from = Alkupäivä
activity-filter-to = Loppupäivä
activity-filter-apply = Käytä
activity-device-id-invalid = Anna laitteen tunnus, esimerkiksi { $example }.
activity-code-id-invalid = Anna yhdistämiskoodin tunnus, esimerkiksi { $example }.
activity-operator-too-long = Käsittelijän tunnuksessa voi olla enintään { $max } merkkiä.
activity-until-before-since = Valitse alkupäivä tai sitä myöhäisempi päivä.

## What in a link to the activity view could not be used ($name: the link's parameter)
activity-ignored-device = { $name } ”{ $value }” ei ole laitteen tunnus
activity-ignored-code = { $name } ”{ $value }” ei ole koodin tunnus
activity-ignored-location = { $name } ”{ $value }” ei ole myymälän tunnus
activity-ignored-action = { $name } ”{ $value }” ei ole toiminto, jonka konsoli kirjaa
activity-ignored-date = { $name } ”{ $value }” ei ole päivämäärä
activity-ignored-page = sivu ”{ $value }”
activity-ignored-size = sivukoko ”{ $value }”
activity-ignored-unknown = tuntematon parametri ”{ $name }”
activity-ignored-until = until { $until } on aiempi kuin since { $since }

## The actions (the action filter's choices)
activity-action-device-update = Laitetta muutettu
activity-action-device-deregister = Laitteen rekisteröinti poistettu
activity-action-enrollment-create = Yhdistämiskoodi luotu
activity-action-enrollment-cancel = Yhdistämiskoodi peruttu
activity-action-playground-pair = Yhdistäminen simuloitu (testiympäristö)
activity-action-job-start = Joukkomuutos aloitettu
activity-action-job-cancel = Joukkomuutos peruttu
activity-action-job-undo = Joukkomuutos kumottu
activity-action-job-retry = Joukkomuutosta yritetty uudelleen

## How a change ended, when it did not simply apply (the "-because" ones are followed
## by the server's reason, in English)
activity-outcome-attempted = Kesken
activity-outcome-refused = Hylätty
activity-outcome-refused-because = Hylätty:
activity-outcome-failed = Epäonnistui
activity-outcome-failed-because = Epäonnistui:
activity-outcome-unknown = Lopputulos tuntematon

## What happened (see en/activity.ftl for the values). The names stay in the basic
## form: the case ending goes on the word before them ("myymälästä { $from }").
activity-moved = Laite { $device } siirretty myymälästä { $from } myymälään { $to }
activity-moved-unnamed = Laite siirretty myymälästä { $from } myymälään { $to }
activity-moved-to = Laite { $device } siirretty myymälään { $to }
activity-moved-to-unnamed = Laite siirretty myymälään { $to }
activity-moved-out = Laite { $device } poistettu myymälästä { $from }
activity-moved-out-unnamed = Laite poistettu myymälästä { $from }
activity-renamed = Laitteen { $before } nimeksi muutettu { $after }
activity-named = Laitteelle { $device } annettu nimi { $name }
activity-named-unnamed = Laitteelle annettu nimi { $name }
activity-name-removed = Laitteen { $before } nimi poistettu
activity-metadata-changed = Laitteen { $device } metatiedon { $key } arvo muutettu: { $before } → { $after }
activity-metadata-changed-unnamed = Laitteen metatiedon { $key } arvo muutettu: { $before } → { $after }
activity-metadata-set = Laitteen { $device } metatiedon { $key } arvoksi asetettu { $value }
activity-metadata-set-unnamed = Laitteen metatiedon { $key } arvoksi asetettu { $value }
activity-metadata-removed = Laitteesta { $device } poistettu metatieto { $key }
activity-metadata-removed-unnamed = Laitteesta poistettu metatieto { $key }
activity-field-changed = Laitteen { $device } kentän { $field } arvo muutettu: { $before } → { $after }
activity-field-changed-unnamed = Laitteen kentän { $field } arvo muutettu: { $before } → { $after }
activity-field-set = Laitteen { $device } kentän { $field } arvoksi asetettu { $after }
activity-field-set-unnamed = Laitteen kentän { $field } arvoksi asetettu { $after }
activity-field-cleared = Laitteen { $device } kentän { $field } arvo { $before } poistettu
activity-field-cleared-unnamed = Laitteen kentän { $field } arvo { $before } poistettu
activity-saved-unchanged = Laite { $device } tallennettu ilman muutoksia
activity-saved-unchanged-unnamed = Laite tallennettu ilman muutoksia
activity-deregistered = Laitteen { $device } rekisteröinti poistettu
activity-deregistered-unnamed = Laitteen rekisteröinti poistettu
activity-code-created = Yhdistämiskoodi luotu
activity-code-created-at = Yhdistämiskoodi luotu myymälälle { $location }
activity-code-cancelled = Yhdistämiskoodi peruttu
activity-code-cancelled-at = Myymälän { $location } yhdistämiskoodi peruttu
activity-simulated-pairing = Simuloitu, että myymälän henkilökunta yhdisti laitteen { $device }
activity-simulated-pairing-at = Simuloitu, että myymälän { $location } henkilökunta yhdisti laitteen { $device }
activity-simulated-code = Simuloitu, että myymälän henkilökunta syötti yhdistämiskoodin
activity-simulated-code-at = Simuloitu, että myymälän { $location } henkilökunta syötti yhdistämiskoodin
activity-job-started = Joukkomuutos aloitettu
activity-job-cancelled = Joukkomuutos peruttu
activity-job-undone = Joukkomuutos kumottu
activity-job-retried = Joukkomuutoksen epäonnistuneita laitteita yritetty uudelleen
# An action this console does not know (its technical name), on what it was done to.
activity-other-on = { $action }: { $target }
activity-other = { $action }
