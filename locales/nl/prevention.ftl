# Preventie (issue 17): de zelftest, "Was deze informatie duidelijk?" en de anonieme vraag.
# Taal B1: korte zinnen, gewone woorden, "u".

prevention-error-summary = Er is iets niet goed

## Zelftest "Weet u wat u moet doorgeven?"
selfcheck-title = Weet u wat u moet doorgeven?
selfcheck-lead = Test in een paar minuten wat u weet over uw plichten bij een bijstandsuitkering.
selfcheck-how = U krijgt { $total } korte situaties. Bij elke situatie kiest u: ja, nee of ik weet het niet. Daarna ziet u meteen het goede antwoord.
selfcheck-private = Wij bewaren niets over u. Wij tellen alleen hoe vaak elk antwoord wordt gegeven. Zo zien wij welke regels wij beter moeten uitleggen.
selfcheck-start = Begin de test
selfcheck-progress = Vraag { $number } van { $total }
selfcheck-answer-yes = Ja
selfcheck-answer-no = Nee
selfcheck-answer-unknown = Ik weet het niet
selfcheck-continue = Bekijk het antwoord
selfcheck-error-choose = Kies ja, nee of ik weet het niet
selfcheck-explanation-title = Het antwoord op vraag { $number } van { $total }
selfcheck-you-answered = U antwoordde: { $answer }.
selfcheck-right = Dat klopt.
selfcheck-wrong = Dat klopt niet.
selfcheck-now-you-know = Nu weet u het.
selfcheck-read-more = Lees meer:
selfcheck-next = Volgende vraag
selfcheck-to-result = Bekijk uw uitslag
selfcheck-result-title = Uw uitslag
selfcheck-result-score = U wist { $knew } van de { $total } antwoorden.
selfcheck-to-read = Lees hier meer over
selfcheck-doubt-title = Twijfelt u? Vraag het ons
selfcheck-doubt-text = Weet u niet zeker of u iets moet doorgeven? Vraag het ons. Vragen mag altijd. U kunt ook een vraag stellen zonder uw naam.
selfcheck-ask-link = Stel een vraag zonder uw naam
selfcheck-again = Doe de test opnieuw

## Was deze informatie duidelijk?
feedback-question = Was deze informatie duidelijk?
feedback-yes = Ja
feedback-no = Nee
feedback-thanks = Bedankt voor uw antwoord
feedback-thanks-text = Met uw antwoord maken wij onze informatie beter. Wij bewaren niets over u.
feedback-comment-title = Wat was niet duidelijk?
feedback-comment-hint = Dit is niet verplicht. Schrijf geen naam of andere gegevens over uzelf. Alleen de schrijvers van deze website lezen dit.
feedback-comment-send = Verstuur
feedback-back = Terug naar { $page }
feedback-error-unavailable = Het lukt nu niet om uw opmerking te bewaren. Probeer het later nog eens.

## Vraag stellen zonder uw naam
ask-title = Stel een vraag zonder uw naam
ask-lead = Twijfelt u over uw uitkering of over wat u moet doorgeven? Stel uw vraag. U hoeft uw naam niet te geven.
ask-promise-title = Wie leest uw vraag?
ask-promise-advisor = Een adviseur van de afdeling Klantcontact leest uw vraag en geeft antwoord.
ask-promise-not-team = Het team dat meldingen over fraude onderzoekt, kan uw vraag niet zien. Een vraag is nooit een melding.
ask-promise-no-name = Wij vragen niet wie u bent. Schrijf ook geen naam, adres of BSN in uw vraag.
ask-promise-deleted = Wij verwijderen uw vraag en het antwoord als u het antwoord hebt gelezen, en anders na een tijd.
ask-question-label = Uw vraag
ask-question-hint = Schrijf in uw eigen woorden wat u wilt weten. U mag in uw eigen taal schrijven. Hooguit { $max } tekens.
ask-email-label = E-mailadres (niet verplicht)
ask-email-hint = Alleen als u een bericht wilt als het antwoord klaar is. In dat bericht staat verder niets.
ask-continue = Ga verder
ask-read-link = Heeft u al een code? Lees het antwoord op uw vraag
ask-check-title = Controleer uw vraag
ask-check-no-email = Geen e-mailadres
ask-check-promise = Als u de vraag verstuurt, krijgt u een code. Met die code leest u later het antwoord.
ask-change = Wijzig uw vraag
ask-send = Verstuur uw vraag
ask-error-empty = Schrijf uw vraag
ask-error-email = Vul een goed e-mailadres in, zoals naam@voorbeeld.nl, of laat het leeg
ask-error-unavailable = Het lukt nu niet om uw vraag te versturen. Uw tekst staat hieronder. Probeer het over een paar minuten nog eens.
ask-received-title = Uw vraag is verstuurd
ask-code-label = Uw code is:
ask-code-keep = Schrijf deze code op of maak er een foto van. U ziet de code maar één keer. Zonder de code kunt u het antwoord niet lezen.
ask-email-will-tell = U krijgt een e-mail als het antwoord klaar is.
ask-read-title = Lees het antwoord op uw vraag
ask-code-hint = De code van 16 cijfers die u kreeg toen u de vraag verstuurde.
ask-read-button = Lees het antwoord
ask-error-code = Deze code kennen wij niet. Kijk of u de code goed hebt overgenomen.
ask-error-code-unavailable = Het lukt nu niet om codes te controleren. Probeer het over een paar minuten nog eens.
ask-your-question = Uw vraag
ask-asked-on = Gesteld op { $date }
ask-answer-title = Ons antwoord
ask-answer-deleted = Wij verwijderen uw vraag en dit antwoord { $days } dagen nadat u het antwoord voor het eerst las. Wilt u het bewaren? Schrijf het dan op of maak een foto.
ask-not-yet = Uw vraag is nog niet beantwoord. Kijk over een paar dagen nog eens.
ask-another = Stel nog een vraag

mail-answer-subject = Het antwoord op uw vraag staat klaar
mail-answer-body = Het antwoord op uw vraag staat klaar. Lees het met uw code op { $url }
mail-answer-privacy = In deze e-mail staan uw vraag en het antwoord niet. Zo blijft uw vraag van u.

## Privacyverklaring
privacy-prevention-title = Zelftest, reacties en vragen zonder naam
privacy-prevention-text =
    Doet u de zelftest, of zegt u of een pagina duidelijk was? Dan tellen wij alleen uw antwoord. Wij weten niet van wie het komt. De zelftest onthoudt uw antwoorden twee uur in een cookie op uw eigen apparaat.

    Schrijft u op wat niet duidelijk was? Dan bewaren wij die tekst zonder uw naam, en na een vaste tijd verwijderen wij hem. Alleen de schrijvers van deze website lezen hem.

    Stelt u een vraag zonder uw naam? Dan verwijderen wij de vraag en het antwoord kort nadat u het antwoord hebt gelezen. Op de pagina met het antwoord staat hoe lang wij het bewaren. Geeft u een e-mailadres? Dan sturen wij daar één bericht naar: dat het antwoord klaar is. Daarna bewaren wij het adres niet meer.
