# Helder – error pages. Dutch (nl) is the leading language.
# Per status: what happened (-text) and what the visitor can do (-next).
# error-4xx and error-5xx cover any other status.

error-home-link = Ga naar de startpagina
error-retry-link = Probeer het opnieuw
error-code = Foutcode { $status }

error-400-title = Dit verzoek klopt niet
error-400-text = Wij konden uw verzoek niet lezen. Misschien is het adres niet goed. Of er ging iets mis bij het versturen.
error-400-next = Ga terug met de terugknop van uw browser. Probeer het daarna opnieuw.

error-403-title = Geen toegang
error-403-text = U mag deze pagina niet bekijken. Of u mag dit niet doen.
error-403-next = Ga terug met de terugknop van uw browser. Of ga naar de startpagina.

error-404-title = Pagina niet gevonden
error-404-text = Deze pagina bestaat niet. Misschien is het adres verkeerd getypt. Of de pagina is verplaatst.
error-404-next = Kijk of het adres goed is. Of begin op de startpagina.

error-405-title = Dit kan niet op deze manier
error-405-text = Deze pagina kan dit soort verzoek niet aannemen.
error-405-next = Ga terug met de terugknop van uw browser. Of ga naar de startpagina.

error-408-title = Het duurde te lang
error-408-text = Het versturen duurde te lang. Daarom zijn wij gestopt met wachten.
error-408-next = Kijk of uw internet goed werkt. Ga daarna terug en probeer het opnieuw.

error-413-title = Wat u verstuurde is te groot
error-413-text = U verstuurde te veel tekst of een te groot bestand. Dat kunnen wij niet aannemen.
error-413-next = Ga terug met de terugknop van uw browser. Maak uw tekst korter of kies een kleiner bestand. Probeer het daarna opnieuw.

error-414-title = Het adres is te lang
error-414-text = Het adres van deze pagina is te lang. Wij kunnen het niet lezen.
error-414-next = Ga naar de startpagina. Zoek de pagina van daaruit.

error-415-title = Het formulier kwam niet goed aan
error-415-text = Het formulier is op een andere manier verstuurd dan wij verwachten. Daarom kunnen wij het niet lezen.
error-415-next = Ga terug naar het formulier. Verstuur het opnieuw.

error-422-title = Er klopt iets niet in het formulier
error-422-text = Wij konden niet alles lezen wat u invulde.
error-422-next = Ga terug met de terugknop van uw browser. Kijk uw antwoorden na. Verstuur het formulier daarna opnieuw.

error-429-title = Even wachten, alstublieft
error-429-text = U heeft in korte tijd veel verstuurd.
error-429-next = Wacht een minuut. Probeer het daarna opnieuw.

error-431-title = Uw browser stuurde te veel mee
error-431-text = Uw browser stuurde te veel extra gegevens mee, zoals cookies. Daarom kunnen wij dit verzoek niet lezen.
error-431-next = Verwijder de cookies van deze website in uw browser. Probeer het daarna opnieuw.

error-500-title = Er ging iets mis
error-500-text = Er ging bij ons iets mis. Het ligt niet aan u.
error-500-next = Probeer het over een paar minuten opnieuw. Lukt het dan nog niet? Neem dan contact op met de gemeente.

error-503-title = De website werkt even niet
error-503-text = Een deel van de website werkt nu niet. Het ligt niet aan u.
error-503-next = Probeer het over een minuut opnieuw.

error-4xx-title = Dit verzoek kan niet
error-4xx-text = Wij konden dit verzoek niet uitvoeren.
error-4xx-next = Ga terug met de terugknop van uw browser. Probeer het daarna opnieuw.

error-5xx-title = Er ging iets mis
error-5xx-text = Er ging bij ons iets mis. Het ligt niet aan u.
error-5xx-next = Probeer het over een paar minuten opnieuw. Lukt het dan nog niet? Neem dan contact op met de gemeente.
