# Device Console, norsk bokmål: the activity history and its wording.

## The activity view and a device's or a code's history
activity-title = Aktivitet
activity-loading = Henter aktivitet…
activity-caption = Aktivitet, nyeste først
activity-col-what = Hva som skjedde
activity-col-by = Av
activity-col-when = Når
activity-history = Historikk
activity-history-loading = Henter historikken…
activity-history-empty = Ingen endringer er gjort i konsollen ennå.
activity-history-caption = Historikk, nyeste først
activity-see-all = Se all aktivitet

## The filters
activity-filter-label = Filtrer aktivitet
activity-filter-device = Enhets-ID
activity-filter-code = Tilkoblingskodens ID
activity-filter-operator = Operatør-ID
activity-filter-action = Handling
activity-filter-all-actions = Alle handlinger
activity-filter-from = Fra
activity-filter-to = Til
activity-filter-apply = Bruk
activity-device-id-invalid = Oppgi en enhets-ID, for eksempel { $example }.
activity-code-id-invalid = Oppgi ID-en til en tilkoblingskode, for eksempel { $example }.
activity-operator-too-long = En operatør-ID kan ha høyst { $max } tegn.
activity-until-before-since = Velg samme dag som startdagen eller en senere dag.

## What in a link to the activity view could not be used ($name: the link's parameter)
activity-ignored-device = { $name } «{ $value }» er ikke en enhets-ID
activity-ignored-code = { $name } «{ $value }» er ikke en kode-ID
activity-ignored-location = { $name } «{ $value }» er ikke en butikk-ID
activity-ignored-action = { $name } «{ $value }» er ikke en handling konsollen registrerer
activity-ignored-date = { $name } «{ $value }» er ikke en dato
activity-ignored-page = side «{ $value }»
activity-ignored-size = sidestørrelse «{ $value }»
activity-ignored-unknown = ukjent parameter «{ $name }»
activity-ignored-until = until { $until } er før since { $since }

## The actions (the action filter's choices)
activity-action-device-update = Enhet endret
activity-action-device-deregister = Enhet avregistrert
activity-action-enrollment-create = Tilkoblingskode laget
activity-action-enrollment-cancel = Tilkoblingskode kansellert
activity-action-playground-pair = Tilkobling simulert (testmiljø)
activity-action-job-start = Masseendring startet
activity-action-job-cancel = Masseendring avbrutt
activity-action-job-undo = Masseendring angret
activity-action-job-retry = Masseendring prøvd på nytt

## How a change ended, when it did not simply apply (the "-because" ones are followed
## by the server's reason, in English)
activity-outcome-attempted = Pågår
activity-outcome-refused = Avvist
activity-outcome-refused-because = Avvist:
activity-outcome-failed = Mislyktes
activity-outcome-failed-because = Mislyktes:
activity-outcome-unknown = Ukjent utfall

## What happened (see en/activity.ftl for the values)
activity-moved = Flyttet { $device } fra { $from } til { $to }
activity-moved-unnamed = Flyttet en enhet fra { $from } til { $to }
activity-moved-to = Flyttet { $device } til { $to }
activity-moved-to-unnamed = Flyttet en enhet til { $to }
activity-moved-out = Fjernet { $device } fra { $from }
activity-moved-out-unnamed = Fjernet en enhet fra { $from }
activity-renamed = Endret navnet på { $before } til { $after }
activity-named = Ga { $device } navnet { $name }
activity-named-unnamed = Ga en enhet navnet { $name }
activity-name-removed = Fjernet navnet på { $before }
activity-metadata-changed = Endret { $key } fra { $before } til { $after } på { $device }
activity-metadata-changed-unnamed = Endret { $key } fra { $before } til { $after } på en enhet
activity-metadata-set = Satte { $key } til { $value } på { $device }
activity-metadata-set-unnamed = Satte { $key } til { $value } på en enhet
activity-metadata-removed = Fjernet { $key } fra { $device }
activity-metadata-removed-unnamed = Fjernet { $key } fra en enhet
activity-field-changed = Endret { $field } for { $device } fra { $before } til { $after }
activity-field-changed-unnamed = Endret { $field } for en enhet fra { $before } til { $after }
activity-field-set = Endret { $field } for { $device } fra ingen verdi til { $after }
activity-field-set-unnamed = Endret { $field } for en enhet fra ingen verdi til { $after }
activity-field-cleared = Endret { $field } for { $device } fra { $before } til ingen verdi
activity-field-cleared-unnamed = Endret { $field } for en enhet fra { $before } til ingen verdi
activity-saved-unchanged = Lagret { $device } uten endringer
activity-saved-unchanged-unnamed = Lagret en enhet uten endringer
activity-deregistered = Avregistrerte { $device }
activity-deregistered-unnamed = Avregistrerte en enhet
activity-code-created = Lagde en tilkoblingskode
activity-code-created-at = Lagde en tilkoblingskode for { $location }
activity-code-cancelled = Kansellerte en tilkoblingskode
activity-code-cancelled-at = Kansellerte en tilkoblingskode for { $location }
activity-simulated-pairing = Simulerte at en butikkansatt koblet til { $device }
activity-simulated-pairing-at = Simulerte at en butikkansatt i { $location } koblet til { $device }
activity-simulated-code = Simulerte at en butikkansatt skrev inn en tilkoblingskode
activity-simulated-code-at = Simulerte at en butikkansatt i { $location } skrev inn en tilkoblingskode
activity-job-started = Startet en masseendring
activity-job-cancelled = Avbrøt en masseendring
activity-job-undone = Angret en masseendring
activity-job-retried = Prøvde de mislykkede enhetene i en masseendring på nytt
# An action this console does not know (its technical name), on what it was done to.
activity-other-on = { $action } på { $target }
activity-other = { $action }
