# Device Console, dansk: problems the server reports, by type and rule.

## What a status means, when the server's words are not shown (read in another language)
problem-status-network = Konsollen kan ikke få forbindelse til sin server. Tjek netværksforbindelsen, og prøv igen.
problem-status-unreadable = Serveren sendte et svar, som konsollen ikke kan læse. Prøv igen; meld fejlen, hvis den kommer igen.
problem-status-400 = Anmodningen blev ikke godtaget. Tjek det, du har udfyldt, og prøv igen.
problem-status-401 = Du er ikke logget ind.
problem-status-403 = Du har ikke adgang til at gøre dette.
problem-status-404 = Ikke fundet. Det kan være blevet fjernet.
problem-status-409 = Dette er ændret i mellemtiden. Indlæs siden igen, og prøv på ny.
problem-status-413 = Anmodningen er for stor.
problem-status-429 = For mange forsøg. Vent et par sekunder, og prøv igen.
problem-status-500 = Konsollens server fik en fejl. Prøv igen om lidt.
problem-status-502 = Kustom svarede ikke som forventet. Prøv igen om lidt.
problem-status-503 = Tjenesten er ikke tilgængelig lige nu. Prøv igen om lidt.
problem-status-504 = Kustom svarede ikke i tide. Prøv igen om lidt.
problem-status-other = Anmodningen mislykkedes.
problem-field-refused = Serveren godtog ikke værdien: tjek den, og prøv igen.

