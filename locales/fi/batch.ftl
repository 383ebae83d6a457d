# Device Console, suomi: a store rollout, many pairing codes at once (/enrollments/batch).

## The code list's way in
rollout-create-many = Luo monta koodia

## Preparing a batch
rollout-title = Luo monta koodia
rollout-heading = Luo monta yhdistämiskoodia
rollout-lead = Koodi jokaiselle puhelimelle, kun myymälä otetaan käyttöön. Tarkista jokainen rivi ennen kuin mitään luodaan; mitään ei luoda ennen kuin vahvistat. Enintään 500 koodia kerralla.
rollout-back = Takaisin yhdistämiskoodeihin
rollout-way = Miten koodit tehdään
rollout-way-count = Tietty määrä koodeja yhdelle myymälälle
rollout-way-sheet = Taulukosta (CSV)
rollout-how-many = Koodien määrä
rollout-label-key = Metatietoavain, joka numeroi ne
rollout-first = Ensimmäinen numero
rollout-first-number = Kirjoita ensimmäinen numero kokonaislukuna, esimerkiksi 1.
rollout-preview = Näytä luotavat koodit
rollout-sheet-hint = Otsikkorivi, jossa on sarake location (myymälän nimi tai tunnus), halutessasi valid_for (90m, 2h, 1d) ja sarake kullekin metatietoavaimelle, esimerkiksi till. Sitten rivi kutakin koodia kohden.
rollout-file = Lataa CSV-tiedosto
rollout-paste = Tai liitä taulukko tähän
rollout-check = Tarkista taulukko

## The preview
rollout-preview-heading = { $count ->
    [one] Esikatselu: { $count } koodi
   *[other] Esikatselu: { $count } koodia
}
rollout-preview-caption = Luotavat koodit rivi riviltä
rollout-all-good = Kaikki rivit ovat valmiita.
rollout-rows-to-fix = { $count ->
    [one] { $count } rivi pitää korjata: muuta sitä tässä tai poista se.
   *[other] { $count } riviä pitää korjata: muuta niitä tässä tai poista ne.
}
rollout-col-row = Rivi
rollout-col-valid-for = Voimassa
rollout-col-problems = Korjattavaa
rollout-default-validity = 2 h
rollout-cell = Rivi { $row }, { $column }
rollout-remove = Poista
rollout-remove-which = rivi { $row }
rollout-use = Käytä
rollout-fix-first = Korjaa tai poista ongelmalliset rivit ensin.
rollout-create = { $count ->
    [one] Luo { $count } koodi
   *[other] Luo { $count } koodia
}
rollout-creating = Luodaan…

## A batch as it is now (/enrollments/batch/:id)
rollout-batch-title = Koodierä
rollout-batch-heading = { $count ->
    [one] Erä, jossa { $count } koodi
   *[other] Erä, jossa { $count } koodia
}
rollout-batch-caption = Erän koodit ja mitä kullekin tapahtui
rollout-by-state = Koodit tilan mukaan
rollout-state-count = { $state }: { $count }
rollout-state-creating = Luodaan
rollout-state-failed = Epäonnistui
rollout-state-waiting = Odottaa
rollout-state-paired = Yhdistetty
rollout-state-expired = Vanhentunut
rollout-state-cancelled = Peruttu
rollout-col-code-or-device = Koodi tai laite
rollout-retry = Yritä epäonnistuneita uudelleen
rollout-renew = Uudet koodit vanhentuneiden tilalle
rollout-print = Tulosta odottavat koodit
rollout-export = Vie CSV-tiedostoon
