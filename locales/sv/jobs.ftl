# Device Console, svenska: bulk changes (jobs).

## A bulk change's action, status and each device's outcome
job-action-relocate = Flytta till en butik
job-action-set-metadata = Ange ett metadatavärde
job-action-rename-key = Byt namn på en metadatanyckel
job-action-remove-key = Ta bort en metadatanyckel
job-action-deregister = Avregistrera
job-action-undo = Ångring av en massändring
job-action-create-codes = Skapa parkopplingskoder
job-status-queued = Väntar på att starta
job-status-running = Pågår
job-status-done = Klar
job-status-failed = Stoppades av ett fel
job-status-cancelled = Avbruten
job-outcome-done = Ändrad
job-outcome-unchanged = Redan som önskat
job-outcome-skipped = Hoppades över
job-outcome-conflict = Behölls (ändrad sedan dess)
job-outcome-failed = Misslyckades
job-outcome-pending = Inte körd

## Counts and progress
job-devices = { $count ->
    [one] { $n } enhet
   *[other] { $n } enheter
}
job-progress = { $count ->
    [one] { $done } av { $total } enhet
   *[other] { $done } av { $total } enheter
}
job-left-under-a-minute = mindre än en minut kvar
job-left-minutes = cirka { $m } min kvar
job-left-hours = cirka { $h } tim kvar
job-failed-count = { $count } misslyckades

## The list of bulk changes
job-list-hint = Markera enheter i enhetslistan för att flytta, tagga eller avregistrera många på en gång. Varje massändring körs på servern, så den fortsätter även om du stänger sidan.
job-loading-list = Hämtar massändringar…
job-list-empty = Inga massändringar än.
job-list-caption = Massändringar, pågående först, sedan de senaste först
job-col-change = Ändring
job-col-progress = Förlopp
job-col-started-by = Startad av
job-col-started = Startad

## One bulk change
job-one = Massändring
job-back = ← Massändringar
job-loading = Hämtar massändringen…
job-cancel = Avbryt
job-undo = Ångra
job-retry = Försök igen med de misslyckade
job-cancelling = Avbryter: ändringen slutförs för enheter som den redan har skickats till, de övriga ändras inte.
job-started-by = startad av
job-follows = följer på
job-earlier = en tidigare massändring
job-undone-by = ångrad av
job-later = en senare massändring
job-progress-label = Förlopp
job-by-outcome = Enheter efter utfall
job-outcome-count = { $outcome }: { $n }
job-all = Alla
job-deregister-final = En avregistrering kan inte ångras.
job-items-none = Inga enheter med det här utfallet.
job-items-caption = Massändringens enheter och hur det gick för var och en
job-col-device = Enhet
job-col-outcome = Utfall
job-col-what = Vad som ändrades, eller varför inte
job-undo-it = Ångra den
