# Device Console, suomi: bulk changes (jobs).

## A bulk change's action, status and each device's outcome
job-action-relocate = Siirrä toiseen myymälään
job-action-set-metadata = Aseta metatiedon arvo
job-action-rename-key = Nimeä metatietoavain uudelleen
job-action-remove-key = Poista metatietoavain
job-action-deregister = Poista rekisteröinti
job-action-undo = Joukkomuutoksen kumoaminen
job-action-create-codes = Luo yhdistämiskoodit
job-status-queued = Odottaa käynnistystä
job-status-running = Käynnissä
job-status-done = Valmis
job-status-failed = Keskeytyi virheeseen
job-status-cancelled = Keskeytetty
job-outcome-done = Muutettu
job-outcome-unchanged = Oli jo pyydetyn mukainen
job-outcome-skipped = Ohitettu
job-outcome-conflict = Säilytetty (muutettu välillä)
job-outcome-failed = Epäonnistui
job-outcome-pending = Ei suoritettu

## Counts and progress
job-devices = { $count ->
    [one] { $n } laite
   *[other] { $n } laitetta
}
job-progress = { $count ->
    [one] { $done }/{ $total } laite
   *[other] { $done }/{ $total } laitetta
}
job-left-under-a-minute = alle minuutti jäljellä
job-left-minutes = noin { $m } min jäljellä
job-left-hours = noin { $h } t jäljellä
job-failed-count = { $count } epäonnistui

## The list of bulk changes
job-list-hint = Valitse laitteita laiteluettelosta, niin voit siirtää niitä, merkitä niitä tai poistaa niiden rekisteröinnin kerralla. Joukkomuutos suoritetaan palvelimella, joten se jatkuu, vaikka suljet tämän sivun.
job-loading-list = Haetaan joukkomuutoksia…
job-list-empty = Joukkomuutoksia ei vielä ole.
job-list-caption = Joukkomuutokset: käynnissä olevat ensin, sitten uusimmat ensin
job-col-change = Muutos
job-col-progress = Edistyminen
job-col-started-by = Käynnistäjä
job-col-started = Käynnistetty

## One bulk change
job-one = Joukkomuutos
job-back = ← Joukkomuutokset
job-loading = Haetaan joukkomuutosta…
job-cancel = Keskeytä
job-undo = Kumoa
job-retry = Yritä epäonnistuneita uudelleen
job-cancelling = Keskeytetään: muutos viedään loppuun laitteille, joille se on jo lähetetty; muita ei muuteta.
job-started-by = käynnistäjä:
job-follows = jatkoa
job-earlier = aiemmalle joukkomuutokselle
job-undone-by = kumottu
job-later = myöhemmällä joukkomuutoksella
job-progress-label = Edistyminen
job-by-outcome = Laitteet lopputuloksen mukaan
job-outcome-count = { $outcome }: { $n }
job-all = Kaikki
job-deregister-final = Rekisteröinnin poistoa ei voi kumota.
job-items-none = Ei laitteita, joilla on tämä lopputulos.
job-items-caption = Joukkomuutoksen laitteet ja kunkin lopputulos
job-col-device = Laite
job-col-outcome = Lopputulos
job-col-what = Mitä muutettiin, tai miksi ei
job-undo-it = Kumoa se
