# Device Console, svenska: the new-code form, the problems of a batch of codes, the playground's simulator and development sign-in.

## The new-code form
code-new-title = Ny parkopplingskod · Parkopplingskoder
code-new-heading = Ny parkopplingskod
code-new-lead = Butikspersonalen skriver in koden i Kustom POS-appen för att göra en telefon till en betalenhet. Den fungerar en gång, tills den går ut.
code-new-location = Butik
code-new-location-hint = Butiken där telefonen ska användas; den kopplas till butiken när den parkopplas.
code-new-location-required = Välj vilken butik koden gäller.
code-new-valid-for = Giltig i
code-new-valid-for-hint = Därefter slutar koden att fungera; du kan när som helst skapa en ny.
code-new-preset-minutes = { $n } min
code-new-preset-hours = { $n ->
    [one] 1 timme
   *[other] { $n } timmar
}
code-new-custom = Annan tid
code-new-amount = Antal
code-new-unit = Tidsenhet
code-new-unit-minutes = minuter
code-new-unit-hours = timmar
code-new-range = 1 minut till 72 timmar
code-new-not-a-number = Ange ett tal, till exempel 90.
code-new-not-positive = Ange ett tal större än noll.
code-new-out-of-range = Välj mellan 1 minut och 72 timmar.
code-new-metadata-hint = Kopieras till enheten när den parkopplas, så att du hittar den senare: butik 104, avdelning Försäljning, kassa 3.
code-new-create = Skapa kod
code-new-creating = Skapar…
code-new-cancel = Avbryt

## The playground's clerk, on the pairing card
simulate-heading = Testmiljö: simulera butikspersonalen
simulate-hint = Spelar en butiksanställd som skriver in koden i Kustom POS-appen på en telefon.
simulate-device-name = Enhetens namn (valfritt)
simulate-button = Simulera att butikspersonalen skriver in koden

## Playground sign-in
dev-sign-in-title = Inloggning i testmiljön
dev-sign-in-back = ← Tillbaka till konsolen
dev-sign-in-intro = Den här konsolen körs mot den inbyggda testmiljön. Välj vem du är; i produktion loggar företagets portal in dig i stället.
dev-sign-in-role = Roll
dev-sign-in-roles-hint = Läsare kan läsa; operatörer kan också skapa koder och ändra enheter; administratörer kan också avregistrera enheter.
dev-sign-in-loading = Hämtar testmiljöns butiker…
dev-sign-in-locations = Butiker
dev-sign-in-every-location = Alla butiker
dev-sign-in-only-these = Bara dessa:
dev-sign-in-name = Ditt namn
dev-sign-in-submit = Logga in
dev-sign-in-signing-in = Loggar in…
dev-sign-in-pick-location = Välj minst en butik, eller logga in för alla butiker.
dev-sign-in-refused = Testmiljön loggade inte in dig.

## The batch
batch-at-cell = Rad { $row }, kolumn { $column }: { $fault }
batch-at-row = Rad { $row }: { $fault }
batch-empty = Filen är tom; börja med en rubrikrad som location,till och lägg till en rad per kod.
batch-no-rows = Det finns inga rader under rubrikraden; lägg till en rad per kod.
batch-too-many-rows = Du kan skapa högst { $max } koder åt gången (här finns { $count }); dela upp dem i flera omgångar.
batch-count-range = Välj mellan 1 och { $max } koder; { $n } ligger utanför det.
batch-no-location-column = Lägg till en kolumn som heter location i rubrikraden, med varje rads butiksnamn eller id.
batch-column-twice = Kolumnen finns två gånger i rubrikraden; byt namn på eller ta bort den ena.
batch-validity-twice = Använd en kolumn för giltighetstiden, valid_for eller expires_in, inte båda.
batch-unnamed = Kolumn { $letter } har värden men inget namn; namnge den i rubrikraden (en metadatanyckel) eller töm den.
batch-quote-open = Ett citattecken (") på den här raden stängs aldrig, så resten av filen blir en enda cell; stäng eller ta bort det.
batch-unreadable = Raden går inte att läsa; spara kalkylbladet som CSV igen.
batch-location-missing = Ange en butik: dess namn eller id.
batch-unknown-location = Ingen butik heter ”{ $got }”; ange en butiks namn eller id.
batch-unknown-location-one = Ingen butik heter ”{ $got }”; menade du ”{ $first }”?
batch-unknown-location-two = Ingen butik heter ”{ $got }”; menade du ”{ $first }” eller ”{ $second }”?
batch-unknown-location-three = Ingen butik heter ”{ $got }”; menade du ”{ $first }”, ”{ $second }” eller ”{ $third }”?
batch-unknown-location-id = Ingen av dina butiker har id:t { $id }; ange en butiks namn eller id.
batch-location-ambiguous = { $count } butiker heter ”{ $got }”; ange id:t för den du menar.
batch-validity-form = Skriv hur länge koden gäller i minuter (90) eller med en enhet (90m, 2h, 1d); ”{ $got }” är inget av dem.
batch-validity-range = Välj en giltighetstid mellan 1 minut och 72 timmar; ”{ $got }” ligger utanför det.
batch-duplicate = Raden upprepar rad { $first } (samma butik och metadata); ta bort den ena eller skilj dem åt med en kolumn som till.
