# Device Console, svenska: problems the server reports, by type and rule.

## What a status means, when the server's words are not shown (read in another language)
problem-status-network = Konsolen når inte sin server. Kontrollera nätverksanslutningen och försök igen.
problem-status-unreadable = Servern skickade ett svar som konsolen inte kan läsa. Försök igen; rapportera felet om det återkommer.
problem-status-400 = Begäran godtogs inte. Kontrollera det du angett och försök igen.
problem-status-401 = Du är inte inloggad.
problem-status-403 = Du har inte behörighet att göra det här.
problem-status-404 = Hittades inte. Det kan ha tagits bort.
problem-status-409 = Det här har ändrats under tiden. Läs in sidan igen och försök på nytt.
problem-status-413 = Begäran är för stor.
problem-status-429 = För många försök. Vänta några sekunder och försök igen.
problem-status-500 = Konsolens server fick ett fel. Försök igen om en stund.
problem-status-502 = Kustom svarade inte som väntat. Försök igen om en stund.
problem-status-503 = Tjänsten är inte tillgänglig just nu. Försök igen om en stund.
problem-status-504 = Kustom svarade inte i tid. Försök igen om en stund.
problem-status-other = Begäran misslyckades.
problem-field-refused = Servern godtog inte värdet: kontrollera det och försök igen.

