# Device Console, svenska: the activity history and its wording.

## The activity view and a device's or a code's history
activity-title = Aktivitet
activity-loading = Hämtar aktivitet…
activity-caption = Aktivitet, nyast först
activity-col-what = Vad som hände
activity-col-by = Av
activity-col-when = När
activity-history = Historik
activity-history-loading = Hämtar historiken…
activity-history-empty = Inga ändringar har gjorts via konsolen än.
activity-history-caption = Historik, nyast först
activity-see-all = Visa all aktivitet

## The filters
activity-filter-label = Filtrera aktivitet
activity-filter-device = Enhets-id
activity-filter-code = Parkopplingskodens id
activity-filter-operator = Operatörs-id
activity-filter-action = Händelse
activity-filter-all-actions = Alla händelser
activity-filter-from = Från
activity-filter-to = Till
activity-filter-apply = Använd
activity-device-id-invalid = Ange ett enhets-id, till exempel { $example }.
activity-code-id-invalid = Ange id för en parkopplingskod, till exempel { $example }.
activity-operator-too-long = Ett operatörs-id får ha högst { $max } tecken.
activity-until-before-since = Välj samma dag som startdagen eller en senare dag.

## What in a link to the activity view could not be used ($name: the link's parameter)
activity-ignored-device = { $name } ”{ $value }” är inget enhets-id
activity-ignored-code = { $name } ”{ $value }” är inget kod-id
activity-ignored-location = { $name } ”{ $value }” är inget butiks-id
activity-ignored-action = { $name } ”{ $value }” är ingen händelse som konsolen registrerar
activity-ignored-date = { $name } ”{ $value }” är inget datum
activity-ignored-page = sida ”{ $value }”
activity-ignored-size = sidstorlek ”{ $value }”
activity-ignored-unknown = okänd parameter ”{ $name }”
activity-ignored-until = until { $until } är tidigare än since { $since }

## The actions (the action filter's choices)
activity-action-device-update = Enhet ändrad
activity-action-device-deregister = Enhet avregistrerad
activity-action-enrollment-create = Parkopplingskod skapad
activity-action-enrollment-cancel = Parkopplingskod avbruten
activity-action-playground-pair = Parkoppling simulerad (testmiljö)
activity-action-job-start = Massändring startad
activity-action-job-cancel = Massändring avbruten
activity-action-job-undo = Massändring ångrad
activity-action-job-retry = Massändring körd igen

## How a change ended, when it did not simply apply (the "-because" ones are followed
## by the server's reason, in English)
activity-outcome-attempted = Pågår
activity-outcome-refused = Nekad
activity-outcome-refused-because = Nekad:
activity-outcome-failed = Misslyckades
activity-outcome-failed-because = Misslyckades:
activity-outcome-unknown = Okänt resultat

## What happened (see en/activity.ftl for the values)
activity-moved = Flyttade { $device } från { $from } till { $to }
activity-moved-unnamed = Flyttade en enhet från { $from } till { $to }
activity-moved-to = Flyttade { $device } till { $to }
activity-moved-to-unnamed = Flyttade en enhet till { $to }
activity-moved-out = Tog bort { $device } från { $from }
activity-moved-out-unnamed = Tog bort en enhet från { $from }
activity-renamed = Döpte om { $before } till { $after }
activity-named = Gav { $device } namnet { $name }
activity-named-unnamed = Gav en enhet namnet { $name }
activity-name-removed = Tog bort namnet på { $before }
activity-metadata-changed = Ändrade { $key } från { $before } till { $after } på { $device }
activity-metadata-changed-unnamed = Ändrade { $key } från { $before } till { $after } på en enhet
activity-metadata-set = Satte { $key } till { $value } på { $device }
activity-metadata-set-unnamed = Satte { $key } till { $value } på en enhet
activity-metadata-removed = Tog bort { $key } från { $device }
activity-metadata-removed-unnamed = Tog bort { $key } från en enhet
activity-field-changed = Ändrade { $field } för { $device } från { $before } till { $after }
activity-field-changed-unnamed = Ändrade { $field } för en enhet från { $before } till { $after }
activity-field-set = Ändrade { $field } för { $device } från inget värde till { $after }
activity-field-set-unnamed = Ändrade { $field } för en enhet från inget värde till { $after }
activity-field-cleared = Ändrade { $field } för { $device } från { $before } till inget värde
activity-field-cleared-unnamed = Ändrade { $field } för en enhet från { $before } till inget värde
activity-saved-unchanged = Sparade { $device } utan ändringar
activity-saved-unchanged-unnamed = Sparade en enhet utan ändringar
activity-deregistered = Avregistrerade { $device }
activity-deregistered-unnamed = Avregistrerade en enhet
activity-code-created = Skapade en parkopplingskod
activity-code-created-at = Skapade en parkopplingskod för { $location }
activity-code-cancelled = Avbröt en parkopplingskod
activity-code-cancelled-at = Avbröt en parkopplingskod för { $location }
activity-simulated-pairing = Simulerade att butikspersonalen parkopplade { $device }
activity-simulated-pairing-at = Simulerade att butikspersonalen i { $location } parkopplade { $device }
activity-simulated-code = Simulerade att butikspersonalen skrev in en parkopplingskod
activity-simulated-code-at = Simulerade att butikspersonalen i { $location } skrev in en parkopplingskod
activity-job-started = Startade en massändring
activity-job-cancelled = Avbröt en massändring
activity-job-undone = Ångrade en massändring
activity-job-retried = Körde om de misslyckade enheterna i en massändring
# An action this console does not know (its technical name), on what it was done to.
activity-other-on = { $action } på { $target }
activity-other = { $action }
