# Device Console, svenska: the device list, search and page, and bulk changes started from the list.

## The device list
device-list-title = Enheter
device-list-loading = Hämtar enheter…
device-filter-label = Filtrera enheter
device-table-sortable = Enheter, kan sorteras efter valfri kolumn
# Read after a column's name by screen readers (hence the leading comma).
device-sort-ascending = , sorterad stigande; aktivera för att sortera fallande
device-sort-descending = , sorterad fallande; aktivera för att sortera stigande
device-sort-none = , aktivera för att sortera
# A device's fields: column headings, and the facts on its page.
device-name = Namn
device-platform = Plattform
device-paired = Parkopplad
device-hardware-id = Hårdvaru-id
device-id = Enhets-id
device-cash-register = Kassa
device-platform-iphone = iPhone
device-platform-android = Android
device-platform-terminal = Terminal
device-platform-other = Annan
device-unnamed = Namnlös enhet
# A metadata filter that matched nothing, and a value that would have: "No
# department:checkout — did you mean [Checkout] (7)?", the value a link between the two
# messages.
device-near-miss = Inga träffar för { $filter } – menade du
device-near-miss-count = ({ $n })?
device-deregistered = { $name } har avregistrerats. Enhetens åtkomst har dragits in; parkoppla den med en ny kod för att använda den igen.

## Searching, and how fresh the list is
device-search-label = Sök enheter
device-search-placeholder = Namn, hårdvaru-id eller enhets-id
device-search-hint = Tryck / för att söka var du än är på sidan.
device-search-unavailable = Sökning är inte tillgänglig när det finns så här många enheter.
device-not-indexed = Det finns för många enheter för sökning, sortering över alla sidor, förslag och export: listan visar sidorna i den ordning Kustom har dem.
device-stale = Kustom kunde inte läsas vid den senaste uppdateringen; listan visar det som lästes in innan dess.
device-as-of = hämtad { $time }
device-refresh = Uppdatera
device-refreshing = Uppdaterar…

## A device's page
device-title = { $name } · Enheter
device-title-loading = Enhet · Enheter
device-loading = Hämtar enheten…
device-heading = Enhet
device-all = Alla enheter
device-rename = Byt namn
device-rename-hint = Enter sparar, Esc avbryter.
device-copy-hardware-id = Kopiera hårdvaru-id:t
device-copy-id = Kopiera enhets-id:t
device-register-open = Öppen: kassa { $register }
device-register-none = Ingen öppen
device-not-reported = Kustom rapporterar inte om en telefon är online eller när den senast användes; den rapporterar vilken kassa som är öppen på den.
device-edit-heading = Butik och metadata
device-move-hint = Att flytta en telefon hit ändrar ingenting på telefonen; betalningar den tar emot räknas till den nya butiken.
device-save = Spara ändringarna
device-saving = Sparar…
device-undo = Ångra mina ändringar
device-view-only = Din roll kan visa enheter; be en operatör att ändra dem.
device-saved = Sparat.
# $changes: the lines of the change summary, joined by "; ".
device-saved-changes = Sparat: { $changes }.
device-deregister-heading = Avregistrera
device-deregister-intro = För en telefon som har tappats bort, stulits eller tagits ur bruk: den slutar genast vara en betalenhet.
device-deregister-button = Avregistrera enheten
device-deregister-title = Avregistrera enheten?
device-deregister-confirm = Avregistrera
# In the confirmation: "Type Till 1 or its hardware id to confirm".
device-deregister-or = eller dess hårdvaru-id
device-deregister-body = { $name } förlorar sin åtkomst direkt: den kan inte längre ta emot betalningar, och butikspersonalen måste parkoppla den igen med en ny parkopplingskod för att använda den.

## What a save (or a bulk change) will change
device-change-summary = Det här ändras när du sparar:
# What a line is about: $field is name, location, hardware-id or metadata ($key: the
# metadata key, as it is).
device-change-field = { $field ->
    [name] Namn
    [location] Butik
    [hardware-id] Hårdvaru-id
   *[metadata] Metadata { $key }
}
device-change = { device-change-field }: { $before } → { $after }
device-change-added = { device-change-field }: tillagt { $after }
device-change-removed = { device-change-field }: borttaget (var { $before })

## Bulk changes from the device list
bulk-select-row = Välj { $name }
bulk-select-page = Välj alla enheter på sidan
# $n: a count, digits grouped.
bulk-selected = Valda: { $n }
bulk-select-all-matching = Välj alla { $n } som matchar
bulk-clear = Rensa urvalet
bulk-action = Ändring
bulk-choose-action = Välj en åtgärd…
bulk-choose-error = Välj vad som ska göras med de valda enheterna.
bulk-to-location = Till butik
bulk-key = Nyckel
bulk-new-key = Nytt namn
bulk-preview = Förhandsgranska
bulk-preparing = Förbereder förhandsgranskningen…
bulk-run = Genomför ändringen
bulk-deregister-confirm = Avregistrera dem
bulk-will-change = { $changing } ändras.
bulk-will-change-unchanged = { $changing } ändras; { $unchanged } är redan som önskat (ändras inte).
bulk-irreversible = Det här går inte att ångra.
bulk-irreversible-detail = Avregistrerade telefoner måste parkopplas igen med en ny kod.
bulk-preview-items = Enheter som ändras
# Before the reason a device cannot be changed (the reason comes from the server).
bulk-will-fail = kommer att misslyckas:
bulk-more = Och { $n } till.
bulk-skipped-hint = Enheter som ändras innan massändringen når dem hoppas över i stället för att skrivas över.
