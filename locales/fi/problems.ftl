# Device Console, suomi: problems the server reports, by type and rule.

## What a status means, when the server's words are not shown (read in another language)
problem-status-network = Konsoli ei saa yhteyttä palvelimeensa. Tarkista verkkoyhteys ja yritä uudelleen.
problem-status-unreadable = Palvelin lähetti vastauksen, jota konsoli ei pysty lukemaan. Yritä uudelleen; ilmoita virheestä, jos se toistuu.
problem-status-400 = Pyyntöä ei hyväksytty. Tarkista antamasi tiedot ja yritä uudelleen.
problem-status-401 = Et ole kirjautunut sisään.
problem-status-403 = Sinulla ei ole oikeutta tehdä tätä.
problem-status-404 = Ei löytynyt. Se on ehkä poistettu.
problem-status-409 = Tätä on muutettu sillä välin. Lataa sivu uudelleen ja yritä uudestaan.
problem-status-413 = Pyyntö on liian suuri.
problem-status-429 = Liian monta yritystä. Odota muutama sekunti ja yritä uudelleen.
problem-status-500 = Konsolin palvelimella tapahtui virhe. Yritä hetken kuluttua uudelleen.
problem-status-502 = Kustom ei vastannut odotetusti. Yritä hetken kuluttua uudelleen.
problem-status-503 = Palvelu ei ole juuri nyt käytettävissä. Yritä hetken kuluttua uudelleen.
problem-status-504 = Kustom ei vastannut ajoissa. Yritä hetken kuluttua uudelleen.
problem-status-other = Pyyntö epäonnistui.
problem-field-refused = Palvelin ei hyväksynyt arvoa: tarkista se ja yritä uudelleen.

