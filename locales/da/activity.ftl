# Device Console, dansk: the activity history and its wording.

## The activity view and a device's or a code's history
activity-title = Aktivitet
activity-loading = Henter aktivitet…
activity-caption = Aktivitet, nyeste først
activity-col-what = Hvad der skete
activity-col-by = Af
activity-col-when = Hvornår
activity-history = Historik
activity-history-loading = Henter historikken…
activity-history-empty = Der er endnu ikke foretaget ændringer via konsollen.
activity-history-caption = Historik, nyeste først
activity-see-all = Se al aktivitet

## The filters
activity-filter-label = Filtrér aktivitet
activity-filter-device = Enheds-id
activity-filter-code = Parringskodens id
activity-filter-operator = Operatør-id
activity-filter-action = Handling
activity-filter-all-actions = Alle handlinger
activity-filter-from = Fra
activity-filter-to = Til
activity-filter-apply = Anvend
activity-device-id-invalid = Angiv et enheds-id, for eksempel { $example }.
activity-code-id-invalid = Angiv id'et på en parringskode, for eksempel { $example }.
activity-operator-too-long = Et operatør-id må højst have { $max } tegn.
activity-until-before-since = Vælg samme dag som startdagen eller en senere dag.

## What in a link to the activity view could not be used ($name: the link's parameter)
activity-ignored-device = { $name } »{ $value }« er ikke et enheds-id
activity-ignored-code = { $name } »{ $value }« er ikke et kode-id
activity-ignored-location = { $name } »{ $value }« er ikke et butiks-id
activity-ignored-action = { $name } »{ $value }« er ikke en handling, som konsollen registrerer
activity-ignored-date = { $name } »{ $value }« er ikke en dato
activity-ignored-page = side »{ $value }«
activity-ignored-size = sidestørrelse »{ $value }«
activity-ignored-unknown = ukendt parameter »{ $name }«
activity-ignored-until = until { $until } er før since { $since }

## The actions (the action filter's choices)
activity-action-device-update = Enhed ændret
activity-action-device-deregister = Enhed afregistreret
activity-action-enrollment-create = Parringskode oprettet
activity-action-enrollment-cancel = Parringskode annulleret
activity-action-playground-pair = Parring simuleret (testmiljø)
activity-action-job-start = Masseændring startet
activity-action-job-cancel = Masseændring annulleret
activity-action-job-undo = Masseændring fortrudt
activity-action-job-retry = Masseændring forsøgt igen

## How a change ended, when it did not simply apply (the "-because" ones are followed
## by the server's reason, in English)
activity-outcome-attempted = I gang
activity-outcome-refused = Afvist
activity-outcome-refused-because = Afvist:
activity-outcome-failed = Mislykkedes
activity-outcome-failed-because = Mislykkedes:
activity-outcome-unknown = Ukendt udfald

## What happened (see en/activity.ftl for the values)
activity-moved = Flyttede { $device } fra { $from } til { $to }
activity-moved-unnamed = Flyttede en enhed fra { $from } til { $to }
activity-moved-to = Flyttede { $device } til { $to }
activity-moved-to-unnamed = Flyttede en enhed til { $to }
activity-moved-out = Fjernede { $device } fra { $from }
activity-moved-out-unnamed = Fjernede en enhed fra { $from }
activity-renamed = Omdøbte { $before } til { $after }
activity-named = Gav { $device } navnet { $name }
activity-named-unnamed = Gav en enhed navnet { $name }
activity-name-removed = Fjernede navnet på { $before }
activity-metadata-changed = Ændrede { $key } fra { $before } til { $after } på { $device }
activity-metadata-changed-unnamed = Ændrede { $key } fra { $before } til { $after } på en enhed
activity-metadata-set = Satte { $key } til { $value } på { $device }
activity-metadata-set-unnamed = Satte { $key } til { $value } på en enhed
activity-metadata-removed = Fjernede { $key } fra { $device }
activity-metadata-removed-unnamed = Fjernede { $key } fra en enhed
activity-field-changed = Ændrede { $field } for { $device } fra { $before } til { $after }
activity-field-changed-unnamed = Ændrede { $field } for en enhed fra { $before } til { $after }
activity-field-set = Ændrede { $field } for { $device } fra ingen værdi til { $after }
activity-field-set-unnamed = Ændrede { $field } for en enhed fra ingen værdi til { $after }
activity-field-cleared = Ændrede { $field } for { $device } fra { $before } til ingen værdi
activity-field-cleared-unnamed = Ændrede { $field } for en enhed fra { $before } til ingen værdi
activity-saved-unchanged = Gemte { $device } uden ændringer
activity-saved-unchanged-unnamed = Gemte en enhed uden ændringer
activity-deregistered = Afregistrerede { $device }
activity-deregistered-unnamed = Afregistrerede en enhed
activity-code-created = Oprettede en parringskode
activity-code-created-at = Oprettede en parringskode til { $location }
activity-code-cancelled = Annullerede en parringskode
activity-code-cancelled-at = Annullerede en parringskode til { $location }
activity-simulated-pairing = Simulerede, at butikspersonalet parrede { $device }
activity-simulated-pairing-at = Simulerede, at butikspersonalet i { $location } parrede { $device }
activity-simulated-code = Simulerede, at butikspersonalet indtastede en parringskode
activity-simulated-code-at = Simulerede, at butikspersonalet i { $location } indtastede en parringskode
activity-job-started = Startede en masseændring
activity-job-cancelled = Annullerede en masseændring
activity-job-undone = Fortrød en masseændring
activity-job-retried = Prøvede de mislykkede enheder i en masseændring igen
# An action this console does not know (its technical name), on what it was done to.
activity-other-on = { $action } på { $target }
activity-other = { $action }
