# Device Console, svenska: a store rollout, many pairing codes at once (/enrollments/batch).

## The code list's way in
rollout-create-many = Skapa många koder

## Preparing a batch
rollout-title = Skapa många koder
rollout-heading = Skapa många parkopplingskoder
rollout-lead = En kod för varje telefon när en butik ska komma igång. Kontrollera varje rad innan något skapas; ingenting skapas förrän du bekräftar. Upp till 500 koder åt gången.
rollout-back = Tillbaka till parkopplingskoderna
rollout-way = Hur koderna ska tas fram
rollout-way-count = Ett antal koder för en butik
rollout-way-sheet = Från ett kalkylark (CSV)
rollout-how-many = Antal koder
rollout-label-key = Metadatanyckel som numrerar dem
rollout-first = Första nummer
rollout-first-number = Skriv det första numret som ett heltal, till exempel 1.
rollout-preview = Visa koderna som ska skapas
rollout-sheet-hint = En rubrikrad med kolumnen location (butikens namn eller id), gärna valid_for (90m, 2h, 1d) och en kolumn per metadatanyckel, till exempel till. Sedan en rad per kod.
rollout-file = Ladda upp en CSV-fil
rollout-paste = Eller klistra in arket här
rollout-check = Kontrollera arket

## The preview
rollout-preview-heading = { $count ->
    [one] Förhandsvisning: { $count } kod
   *[other] Förhandsvisning: { $count } koder
}
rollout-preview-caption = Koderna som ska skapas, rad för rad
rollout-all-good = Alla rader är klara.
rollout-rows-to-fix = { $count ->
    [one] { $count } rad behöver rättas: ändra den här eller ta bort den.
   *[other] { $count } rader behöver rättas: ändra dem här eller ta bort dem.
}
rollout-col-row = Rad
rollout-col-valid-for = Giltig i
rollout-col-problems = Att rätta
rollout-default-validity = 2 h
rollout-cell = Rad { $row }, { $column }
rollout-remove = Ta bort
rollout-remove-which = rad { $row }
rollout-use = Använd
rollout-fix-first = Rätta eller ta bort raderna med problem först.
rollout-create = { $count ->
    [one] Skapa { $count } kod
   *[other] Skapa { $count } koder
}
rollout-creating = Skapar…

## A batch as it is now (/enrollments/batch/:id)
rollout-batch-title = Koder i en omgång
rollout-batch-heading = { $count ->
    [one] Omgång med { $count } kod
   *[other] Omgång med { $count } koder
}
rollout-batch-caption = Omgångens koder och hur det gick med var och en
rollout-by-state = Koder per läge
rollout-state-count = { $state }: { $count }
rollout-state-creating = Skapas
rollout-state-failed = Misslyckades
rollout-state-waiting = Väntar
rollout-state-paired = Parkopplad
rollout-state-expired = Utgången
rollout-state-cancelled = Avbruten
rollout-col-code-or-device = Kod eller enhet
rollout-retry = Försök igen med de misslyckade
rollout-renew = Nya koder för de utgångna
rollout-print = Skriv ut de väntande koderna
rollout-export = Exportera CSV
