# Device Console, norsk bokmål: the device list, search and page, and bulk changes started from the list.

## The device list
device-list-title = Enheter
device-list-loading = Henter enheter…
device-filter-label = Filtrer enheter
device-table-sortable = Enheter, kan sorteres etter hvilken som helst kolonne
# Read after a column's name by screen readers (hence the leading comma).
device-sort-ascending = , sortert stigende; aktiver for å sortere synkende
device-sort-descending = , sortert synkende; aktiver for å sortere stigende
device-sort-none = , aktiver for å sortere
# A device's fields: column headings, and the facts on its page.
device-name = Navn
device-platform = Plattform
device-paired = Tilkoblet
device-hardware-id = Maskinvare-ID
device-id = Enhets-ID
device-cash-register = Kasse
device-platform-iphone = iPhone
device-platform-android = Android
device-platform-terminal = Terminal
device-platform-other = Annen
device-unnamed = Enhet uten navn
# A metadata filter that matched nothing, and a value that would have: "No
# department:checkout — did you mean [Checkout] (7)?", the value a link between the two
# messages.
device-near-miss = Ingen treff for { $filter } – mente du
device-near-miss-count = ({ $n })?
device-deregistered = { $name } er avregistrert. Tilgangen er trukket tilbake; koble den til med en ny kode for å bruke den igjen.

## Searching, and how fresh the list is
device-search-label = Søk etter enheter
device-search-placeholder = Navn, maskinvare-ID eller enhets-ID
device-search-hint = Trykk / for å søke fra hvor som helst på siden.
device-search-unavailable = Søk er ikke tilgjengelig når det finnes så mange enheter.
device-not-indexed = Det finnes for mange enheter for søk, sortering på tvers av alle sider, forslag og eksport: listen viser sidene i den rekkefølgen Kustom har dem.
device-stale = Kustom kunne ikke leses ved siste oppdatering; listen viser det som ble hentet før det.
device-as-of = hentet { $time }
device-refresh = Oppdater
device-refreshing = Oppdaterer…

## A device's page
device-title = { $name } · Enheter
device-title-loading = Enhet · Enheter
device-loading = Henter enheten…
device-heading = Enhet
device-all = Alle enheter
device-rename = Gi nytt navn
device-rename-hint = Enter lagrer, Esc avbryter.
device-copy-hardware-id = Kopier maskinvare-ID-en
device-copy-id = Kopier enhets-ID-en
device-register-open = Åpen: kasse { $register }
device-register-none = Ingen åpen
device-not-reported = Kustom rapporterer ikke om en telefon er tilkoblet nettet eller når den sist ble brukt; den rapporterer hvilken kasse som er åpen på den.
device-edit-heading = Butikk og metadata
device-move-hint = Å flytte en telefon hit endrer ingenting på telefonen; betalinger den tar imot, regnes til den nye butikken.
device-save = Lagre endringene
device-saving = Lagrer…
device-undo = Angre endringene mine
device-view-only = Rollen din kan se enheter; be en operatør om å endre dem.
device-saved = Lagret.
# $changes: the lines of the change summary, joined by "; ".
device-saved-changes = Lagret: { $changes }.
device-deregister-heading = Avregistrer
device-deregister-intro = For en telefon som er mistet, stjålet eller tatt ut av bruk: den slutter straks å være en betalingsenhet.
device-deregister-button = Avregistrer enheten
device-deregister-title = Avregistrere enheten?
device-deregister-confirm = Avregistrer
# In the confirmation: "Type Till 1 or its hardware id to confirm".
device-deregister-or = eller maskinvare-ID-en
device-deregister-body = { $name } mister tilgangen med en gang: den kan ikke lenger ta imot betalinger, og butikkansatte må koble den til igjen med en ny tilkoblingskode for å bruke den.

## What a save (or a bulk change) will change
device-change-summary = Dette endres når du lagrer:
# What a line is about: $field is name, location, hardware-id or metadata ($key: the
# metadata key, as it is).
device-change-field = { $field ->
    [name] Navn
    [location] Butikk
    [hardware-id] Maskinvare-ID
   *[metadata] Metadata { $key }
}
device-change = { device-change-field }: { $before } → { $after }
device-change-added = { device-change-field }: lagt til { $after }
device-change-removed = { device-change-field }: fjernet (var { $before })

## Bulk changes from the device list
bulk-select-row = Velg { $name }
bulk-select-page = Velg alle enhetene på siden
# $n: a count, digits grouped.
bulk-selected = Valgt: { $n }
bulk-select-all-matching = Velg alle { $n } som passer
bulk-clear = Fjern utvalget
bulk-action = Endring
bulk-choose-action = Velg en handling…
bulk-choose-error = Velg hva som skal gjøres med de valgte enhetene.
bulk-to-location = Til butikk
bulk-key = Nøkkel
bulk-new-key = Nytt navn
bulk-preview = Forhåndsvis
bulk-preparing = Forbereder forhåndsvisningen…
bulk-run = Utfør endringen
bulk-deregister-confirm = Avregistrer dem
bulk-will-change = { $changing } endres.
bulk-will-change-unchanged = { $changing } endres; { $unchanged } er allerede som ønsket (endres ikke).
bulk-irreversible = Dette kan ikke angres.
bulk-irreversible-detail = Avregistrerte telefoner må kobles til igjen med en ny kode.
bulk-preview-items = Enheter som endres
# Before the reason a device cannot be changed (the reason comes from the server).
bulk-will-fail = vil mislykkes:
bulk-more = Og { $n } til.
bulk-skipped-hint = Enheter som endres før masseendringen når dem, hoppes over i stedet for å bli overskrevet.
