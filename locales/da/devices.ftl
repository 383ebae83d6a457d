# Device Console, dansk: the device list, search and page, and bulk changes started from the list.

## The device list
device-list-title = Enheder
device-list-loading = Henter enheder…
device-filter-label = Filtrér enheder
device-table-sortable = Enheder, kan sorteres efter enhver kolonne
# Read after a column's name by screen readers (hence the leading comma).
device-sort-ascending = , sorteret stigende; aktivér for at sortere faldende
device-sort-descending = , sorteret faldende; aktivér for at sortere stigende
device-sort-none = , aktivér for at sortere
# A device's fields: column headings, and the facts on its page.
device-name = Navn
device-platform = Platform
device-paired = Parret
device-hardware-id = Hardware-id
device-id = Enheds-id
device-cash-register = Kasse
device-platform-iphone = iPhone
device-platform-android = Android
device-platform-terminal = Terminal
device-platform-other = Anden
device-unnamed = Unavngivet enhed
# A metadata filter that matched nothing, and a value that would have: "No
# department:checkout — did you mean [Checkout] (7)?", the value a link between the two
# messages.
device-near-miss = Ingen resultater for { $filter } – mente du
device-near-miss-count = ({ $n })?
device-deregistered = { $name } er afregistreret. Dens adgang er trukket tilbage; par den med en ny kode for at bruge den igen.

## Searching, and how fresh the list is
device-search-label = Søg efter enheder
device-search-placeholder = Navn, hardware-id eller enheds-id
device-search-hint = Tryk på / for at søge fra et hvilket som helst sted på siden.
device-search-unavailable = Søgning er ikke tilgængelig, når der er så mange enheder.
device-not-indexed = Der er for mange enheder til søgning, sortering på tværs af alle sider, forslag og eksport: listen viser siderne i den rækkefølge, Kustom har dem.
device-stale = Kustom kunne ikke læses ved den seneste opdatering; listen viser det, der blev hentet før.
device-as-of = hentet { $time }
device-refresh = Opdatér
device-refreshing = Opdaterer…

## A device's page
device-title = { $name } · Enheder
device-title-loading = Enhed · Enheder
device-loading = Henter enheden…
device-heading = Enhed
device-all = Alle enheder
device-rename = Omdøb
device-rename-hint = Enter gemmer, Esc annullerer.
device-copy-hardware-id = Kopiér hardware-id'et
device-copy-id = Kopiér enheds-id'et
device-register-open = Åben: kasse { $register }
device-register-none = Ingen åben
device-not-reported = Kustom oplyser ikke, om en telefon er online, eller hvornår den sidst blev brugt; den oplyser, hvilken kasse der er åben på den.
device-edit-heading = Butik og metadata
device-move-hint = At flytte en telefon hertil ændrer intet på telefonen; betalinger, den modtager, tæller med i den nye butik.
device-save = Gem ændringerne
device-saving = Gemmer…
device-undo = Fortryd mine ændringer
device-view-only = Din rolle kan se enheder; bed en operatør om at ændre dem.
device-saved = Gemt.
# $changes: the lines of the change summary, joined by "; ".
device-saved-changes = Gemt: { $changes }.
device-deregister-heading = Afregistrér
device-deregister-intro = Til en telefon, der er mistet, stjålet eller taget ud af brug: den holder straks op med at være en betalingsenhed.
device-deregister-button = Afregistrér enheden
device-deregister-title = Afregistrere enheden?
device-deregister-confirm = Afregistrér
# In the confirmation: "Type Till 1 or its hardware id to confirm".
device-deregister-or = eller dens hardware-id
device-deregister-body = { $name } mister sin adgang med det samme: den kan ikke længere modtage betalinger, og butikspersonalet skal parre den igen med en ny parringskode for at bruge den.

## What a save (or a bulk change) will change
device-change-summary = Dette ændres, når du gemmer:
# What a line is about: $field is name, location, hardware-id or metadata ($key: the
# metadata key, as it is).
device-change-field = { $field ->
    [name] Navn
    [location] Butik
    [hardware-id] Hardware-id
   *[metadata] Metadata { $key }
}
device-change = { device-change-field }: { $before } → { $after }
device-change-added = { device-change-field }: tilføjet { $after }
device-change-removed = { device-change-field }: fjernet (var { $before })

## Bulk changes from the device list
bulk-select-row = Vælg { $name }
bulk-select-page = Vælg alle enheder på siden
# $n: a count, digits grouped.
bulk-selected = Valgt: { $n }
bulk-select-all-matching = Vælg alle { $n }, der passer
bulk-clear = Ryd udvalget
bulk-action = Ændring
bulk-choose-action = Vælg en handling…
bulk-choose-error = Vælg, hvad der skal ske med de valgte enheder.
bulk-to-location = Til butik
bulk-key = Nøgle
bulk-new-key = Nyt navn
bulk-preview = Vis eksempel
bulk-preparing = Forbereder eksemplet…
bulk-run = Udfør ændringen
bulk-deregister-confirm = Afregistrér dem
bulk-will-change = { $changing } ændres.
bulk-will-change-unchanged = { $changing } ændres; { $unchanged } er allerede som ønsket (ændres ikke).
bulk-irreversible = Dette kan ikke fortrydes.
bulk-irreversible-detail = Afregistrerede telefoner skal parres igen med en ny kode.
bulk-preview-items = Enheder, der ændres
# Before the reason a device cannot be changed (the reason comes from the server).
bulk-will-fail = vil mislykkes:
bulk-more = Og { $n } mere.
bulk-skipped-hint = Enheder, der ændres, før masseændringen når dem, springes over i stedet for at blive overskrevet.
