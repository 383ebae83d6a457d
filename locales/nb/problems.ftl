# Device Console, norsk bokmål: problems the server reports, by type and rule.

## What a status means, when the server's words are not shown (read in another language)
problem-status-network = Konsollen får ikke kontakt med serveren sin. Sjekk nettverkstilkoblingen og prøv igjen.
problem-status-unreadable = Serveren sendte et svar konsollen ikke kan lese. Prøv igjen; meld fra om det skjer igjen.
problem-status-400 = Forespørselen ble ikke godtatt. Sjekk det du har fylt inn, og prøv igjen.
problem-status-401 = Du er ikke logget inn.
problem-status-403 = Du har ikke tilgang til å gjøre dette.
problem-status-404 = Ikke funnet. Det kan ha blitt fjernet.
problem-status-409 = Dette er endret i mellomtiden. Last inn siden på nytt og prøv igjen.
problem-status-413 = Forespørselen er for stor.
problem-status-429 = For mange forsøk. Vent noen sekunder og prøv igjen.
problem-status-500 = Konsollens server fikk en feil. Prøv igjen om litt.
problem-status-502 = Kustom svarte ikke som forventet. Prøv igjen om litt.
problem-status-503 = Tjenesten er ikke tilgjengelig akkurat nå. Prøv igjen om litt.
problem-status-504 = Kustom svarte ikke i tide. Prøv igjen om litt.
problem-status-other = Forespørselen mislyktes.
problem-field-refused = Serveren godtok ikke verdien: sjekk den og prøv igjen.

