# Device Console, svenska: the new-code form, the playground's simulator and development sign-in.

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
