# Helder – algemene teksten van de site. Nederlands is de leidende taal:
# elke sleutel hier moet ook in elke andere taal bestaan (een test controleert dat).

## Site
site-title = Helder – { $municipality }
site-product = Werk en inkomen
page-title = { $page } – { $municipality }
skip-link = Ga direct naar de inhoud
language-switcher-label = Kies een taal
footer-nav-label = Over deze website
footer-owner = Dit is een website van { $municipality }.
print-page = Deze pagina printen

## Home
home-title = Uw rechten en plichten bij een uitkering
home-lead = Krijgt u een bijstandsuitkering van { $municipality }? Of vraagt u er een aan? Hier leest u wat u moet doen en wat u van ons mag verwachten.
home-offer-title = Wat vindt u op deze website?
home-offer-rights = Uitleg over uw rechten en plichten, in gewone woorden.
home-offer-languages = Dezelfde uitleg in andere talen.
home-offer-report = Een formulier om een vermoeden van fraude te melden. Dat kan zonder uw naam.
home-doubt-title = Twijfelt u?
home-doubt-text = Weet u niet zeker of u iets moet doorgeven? Vraag het ons. Een vraag stellen kost u niets. Zo voorkomt u problemen later.
home-doubt-contact = Zo neemt u contact met ons op

## Niet gevonden
not-found-title = Pagina niet gevonden
not-found-intro = Deze pagina bestaat niet. Misschien is het adres verkeerd getypt. Of de pagina is verplaatst.
not-found-home-link = Ga naar de startpagina

## Toegankelijkheid
# Bron voor het model: Digitoegankelijk, "De status" (nalevingsstatussen A tot en met E),
# https://www.digitoegankelijk.nl/toegankelijkheidsverklaring/status (gelezen op 2026-12-07).
# Naam van status C zoals het model die toont ("C - eerste maatregelen genomen"): voorbeeld in het
# register, https://www.toegankelijkheidsverklaring.nl/register/645 (gelezen op 2026-12-07).
# Status C geldt alleen als er geen volledig onderzoek (WCAG-EM, door een externe deskundige) is
# en er binnen 6 maanden een onderzoek gepland is; C is maximaal 6 maanden geldig na publicatie.
# Is het onderzoek dan niet gedaan, dan is de status D (voldoet niet). Na het onderzoek: A of B.
# Klachten: het onderdeel "Handhavingsprocedure" van de modelverklaring (invulassistent van
# toegankelijkheidsverklaring.nl) verwijst wie niet tevreden is over de behandeling van zijn klacht,
# of geen antwoord op tijd kreeg, naar de Nationale Ombudsman. Gelezen op 2026-12-07 in
# gepubliceerde verklaringen volgens dat model, niet op een pagina van digitoegankelijk.nl zelf.
# Heeft een gemeente een eigen ombudsman (artikel 81p Gemeentewet), dan gaat de klacht daarheen.

accessibility-title = Toegankelijkheid
accessibility-intro = { $municipality } wil dat iedereen deze website kan gebruiken, ook als u slecht ziet, slecht hoort of moeite hebt met lezen. Deze verklaring gaat over deze website, met uitleg over uw uitkering en het meldformulier, en niet over { $website }.
accessibility-status-title = Hoe toegankelijk is deze website?
accessibility-status-text =
    De status van deze website is: C – eerste maatregelen genomen. Zo heet dit in het model van de overheid.

    Dat betekent: wij testen de website zelf en maken hem steeds beter. Maar een onafhankelijke deskundige heeft de website nog niet onderzocht. Daarom weten wij nog niet zeker of de website aan alle eisen voldoet. Status A of B kan pas na zo'n onderzoek.

    Het onafhankelijke onderzoek is gepland. Een deskundige van buiten de gemeente controleert dan alle eisen, volgens een vaste methode. De uitkomst zetten wij op deze pagina.
accessibility-tested-title = Hoe testen wij de website?
accessibility-tested-text =
    Wij houden ons aan de norm WCAG 2.2, niveau AA. WCAG is een lijst met eisen voor websites. Door die eisen kunnen ook mensen met een beperking een website goed gebruiken. De Europese norm EN 301 549 gebruikt dezelfde eisen. Overheden in Nederland moeten zich eraan houden.

    Wij testen elke nieuwe versie van de website automatisch, voordat die online komt:

    - Elke openbare pagina, in alle 8 talen, controleren wij met het programma axe-core. Dat doen wij op een smal scherm, zoals van een telefoon (320 pixels breed), en op een computerscherm (1280 pixels breed).
    - De HTML-code van elk soort pagina controleren wij met het programma html-validate.
    - De formulieren gebruiken wij alleen met het toetsenbord. Het gaat om het meldformulier, de pagina waar u terugkomt met de code van uw melding, en het inloggen voor medewerkers. Bij elke stap maken wij expres een fout. Wij kijken of de cursor dan meteen naar de foutmelding springt. En of duidelijk is bij welk veld de fout hoort.
    - Elke pagina en elk formulier werkt ook zonder JavaScript.
    - Arabisch en Farsi leest u van rechts naar links. Die pagina's controleren wij ook met schermafbeeldingen.

    Wat wij nog niet hebben gedaan: een test door een deskundige, samen met mensen die hulpmiddelen gebruiken, zoals een schermlezer. Een schermlezer is een programma dat de tekst op het scherm voorleest.

    Laatst getest op { $date }.
accessibility-problems-title = Wat werkt nog niet goed?
accessibility-problems-text =
    Deze problemen kennen wij. U leest hieronder ook wat wij eraan doen.

    - De vertalingen zijn nog niet gecontroleerd door iemand met die taal als moedertaal. De Nederlandse tekst is leidend. Wij laten de vertalingen nu controleren. Twijfelt u? Lees dan de Nederlandse tekst of bel ons.
    - Op de pagina's in het Engels, Turks, Pools en Somalisch staan Nederlandse namen van wetten, organisaties en formulieren. Die zijn niet altijd gemarkeerd als Nederlands. Een schermlezer spreekt ze dan misschien uit met de verkeerde stem. Wij werken eraan. Begrijpt u een naam niet? Bel ons, dan leggen wij het uit.
    - De films hebben ondertitels. De hele tekst van elke film staat ook onder de film. Maar er is geen aparte audiodescriptie. Dat is een stem die vertelt wat u in beeld ziet. Mist u iets? Lees de tekst onder de film of bel ons.
    - Het onafhankelijke onderzoek is nog niet gedaan. Het is gepland. De uitkomst zetten wij op deze pagina.
accessibility-contact-title = Kunt u iets niet lezen of gebruiken?
accessibility-contact-text = Vertel het ons. Zeg op welke pagina het was en wat er misging. Neem contact op met { $municipality }.
accessibility-contact-phone = Telefoon
accessibility-contact-hours = Bereikbaar
accessibility-contact-address = Adres
accessibility-contact-website = Website
accessibility-contact-answer = Wij antwoorden binnen 5 werkdagen. Zo nodig krijgt u de informatie op een andere manier, bijvoorbeeld op papier of aan de telefoon.
accessibility-complaint-title = Niet tevreden?
accessibility-complaint-text =
    Bent u niet tevreden over hoe wij uw vraag of probleem hebben behandeld? Of hebben wij niet op tijd geantwoord? Dien dan eerst een klacht in bij { $municipality }.

    Bent u daarna nog steeds niet tevreden? Dan kunt u naar de Nationale ombudsman. Heeft uw gemeente een eigen ombudsman? Dan gaat u naar die ombudsman. Een klacht indienen is gratis.
accessibility-date = Deze verklaring is opgesteld op { $date }.
accessibility-model = Deze verklaring volgt het model van Digitoegankelijk (digitoegankelijk.nl).

## Privacy
privacy-title = Privacy
privacy-intro = { $municipality } gaat zorgvuldig om met uw gegevens. Hier leest u welke gegevens deze website gebruikt, en waarom.
privacy-who-title = Wie is verantwoordelijk?
privacy-who-text = { $municipality } is verantwoordelijk voor deze website en voor de gegevens die u hier invult. Wij houden ons aan de Algemene Verordening Gegevensbescherming (AVG). Dat is de wet die uw privacy beschermt.
privacy-data-title = Welke gegevens bewaren wij?
privacy-data-text =
    Als u alleen pagina's leest, bewaren wij niets over u.

    Wij bewaren uw IP-adres niet. Dat is het adres van uw internetaansluiting. Ook niet in onze logbestanden.

    Doet u een melding? Dan bewaren wij alleen wat u zelf invult. U hoeft uw naam niet te geven.

    Stuurt u een foto of pdf-bestand mee? Dan bewaren wij dat bij uw melding. Uit een foto halen wij eerst de verborgen gegevens, zoals de plek waar de foto is gemaakt. Alleen het team dat meldingen behandelt, kan de bestanden zien. Wij verwijderen ze samen met de gegevens van de melding.
privacy-no-tracking-title = Geen cookies om u te volgen
privacy-no-tracking-text =
    Deze website gebruikt geen cookies om u te volgen. Wij meten niet wie de website bezoekt.

    Alles komt van onze eigen server. Er gaan geen gegevens naar andere bedrijven, zoals Google of Facebook.
privacy-rights-title = Uw rechten
privacy-rights-text =
    U mag vragen welke gegevens wij over u hebben. U mag ook vragen om gegevens te verbeteren of te verwijderen.

    Bent u het niet eens met hoe wij met uw gegevens omgaan? Dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.
privacy-contact-title = Vragen over privacy?
privacy-contact-text = Neem contact op met de functionaris gegevensbescherming van { $municipality }. U vindt de gegevens op de website van de gemeente.

## Navigatie
service-nav-label = Hoofdmenu
nav-life-events = Er verandert iets in uw leven
breadcrumbs-label = U bent hier
breadcrumbs-home = Home
home-start-duty = Wat moet u doorgeven?
home-start-duty-text = Veranderingen die u aan ons doorgeeft. En waarom dat belangrijk is.
home-start-events-text = Gaat u samenwonen, verhuizen of krijgt u werk? Lees wat u moet doen.

## Rechten en plichten
topics-title = Rechten en plichten
topics-lead = Hier leest u wat u moet doen als u een bijstandsuitkering krijgt. En wat u van ons mag verwachten.
topics-group-start = Begin hier
topics-group-duties = Wat moet u doorgeven?
topics-group-mistake = Als er iets misgaat
topics-group-rights = Uw rechten en hulp
topics-group-about = Over controles en voor partners
page-updated = Bijgewerkt op { $date }.
page-checked = Gecontroleerd op { $date }.
printed-from = Deze tekst komt van { $url }
translation-aid = Deze vertaling is een hulpmiddel. De Nederlandse tekst is de officiële tekst.
translation-read-dutch = Lees de Nederlandse tekst.
translation-missing = Deze pagina is nog niet vertaald. U leest de Nederlandse tekst.
translation-outdated = De Nederlandse tekst is veranderd. Deze vertaling is nog niet aangepast.
page-withdrawn = Deze pagina is ingetrokken op { $date }.

## Zoeken
search-title = Zoeken
search-label = Zoek op deze website
search-button = Zoeken
search-empty = Typ een of meer woorden. Bijvoorbeeld: huur, werk of vakantie.
search-no-words = Wij konden geen woorden vinden in uw zoekvraag. Typ een of meer woorden.
search-failed = Zoeken lukt nu niet. Probeer het later nog eens.
search-none = Geen resultaten voor ‘{ $query }’.
search-count = { $count } resultaten voor ‘{ $query }’.
search-count-one = 1 resultaat voor ‘{ $query }’.
search-help-title = Tips
search-help-words = Gebruik andere of minder woorden.
search-help-spelling = Controleer de spelling.
search-help-browse = Bekijk alle onderwerpen.

## Films
films-title = Films
films-lead = Korte films met uitleg. Met ondertiteling en de tekst eronder.
films-index-link = Bekijk de films met uitleg.
film-watch = Bekijk de film: { $title }
film-download = Download de film.
film-transcript = Tekst van de film

## 429
too-many-title = Even wachten, alstublieft
too-many-text = U heeft in korte tijd veel verstuurd. Wacht een minuut. Probeer het daarna opnieuw.

## Melden
report-title = Een vermoeden van fraude melden
report-intro-signal = Denkt u dat iemand een bijstandsuitkering krijgt waar hij of zij geen recht op heeft? Dan kunt u dat hier melden. Een melding is een signaal. Het is geen bewijs.
report-intro-team = Ons team bekijkt elke melding zorgvuldig. Soms onderzoeken wij de situatie verder. Soms doen wij niets, omdat er te weinig aanwijzingen zijn.
report-intro-outcome = U hoort niet wat wij met uw melding doen. Dat is om de privacy van de ander te beschermen.
report-intro-harm = Een valse beschuldiging kan iemand veel schade doen. Meld alleen wat u echt denkt dat klopt.
report-intro-facts = Feiten helpen ons het meest. Schrijf op wat u zelf heeft gezien of gehoord. Niet wat u vindt.
report-anonymous-title = U kunt anoniem melden
report-anonymous-text = U hoeft uw naam niet te geven. Wij bewaren uw IP-adres niet. U krijgt aan het eind een code. Met die code kunt u later kijken of wij een vraag hebben.
report-start = Start de melding
report-progress = Stap { $step } van { $total }
report-back = Terug
report-continue = Doorgaan
report-send = Melding versturen
report-change = Wijzigen
report-dont-know = Weet ik niet
report-optional = Alle vragen zijn vrijwillig. Weet u iets niet? Laat het dan leeg.
report-honeypot = Laat dit veld leeg
report-step-soort = Wat denkt u dat er aan de hand is?
report-kinds-hint = Kies een of meer antwoorden.
report-step-persoon = Over wie gaat uw melding?
report-step-situatie = Wat heeft u gezien?
report-step-hoe-weet-u-het = Hoe weet u dit?
report-step-contact = Mogen wij u iets vragen?
report-step-controleren = Controleer uw melding
report-contact-explain = Soms hebben wij nog een vraag. Laat u een naam, e-mailadres of telefoonnummer achter? Dan kunnen wij u bellen of mailen. Alleen ons team ziet die gegevens. Wij vertellen de persoon nooit wie de melding deed.
report-contact-no = Nee, ik meld anoniem
report-contact-yes = Ja, u mag contact met mij opnemen
report-contact-fields-hint = Alleen invullen als u hierboven ja kiest.
report-contact-name = Naam
report-contact-email = E-mailadres
report-contact-phone = Telefoonnummer
report-check-send-text = Klopt alles? Verstuur dan uw melding.
report-received-title = Uw melding is ontvangen
report-receipt-label = Uw code:
report-receipt-keep = Schrijf deze code op of maak er een foto van. U ziet hem maar één keer. Met de code kunt u later kijken of wij een vraag voor u hebben.
report-next-title = Wat gebeurt er nu?
report-next-text = Ons team bekijkt uw melding binnen enkele werkdagen. U hoort niet wat wij ermee doen. Heeft u ons uw gegevens gegeven? Dan nemen wij misschien contact met u op.
report-expired-title = Uw melding is niet meer bewaard
report-expired-text = Wij bewaren een melding die nog niet verstuurd is twee uur. Die tijd is voorbij, of u bent nog niet begonnen. Begin opnieuw.
report-error-prefix = Fout
report-error-summary = Er is een probleem
report-error-no-kind = Kies wat u denkt dat er aan de hand is.
report-error-too-long = Gebruik maximaal { $max } tekens.
report-error-not-a-choice = Kies een van de antwoorden.
report-error-characters = Dit antwoord bevat tekens die wij niet kunnen bewaren.
report-error-contact-choice = Kies of wij contact met u mogen opnemen.
report-error-contact-missing = Vul een naam, e-mailadres of telefoonnummer in. Of kies voor anoniem melden.
report-error-email = Vul een e-mailadres in zoals naam@voorbeeld.nl.
report-error-phone = Vul een telefoonnummer in, bijvoorbeeld 06 12345678.
report-return-link = Later terugkomen met uw code
report-return-title = Terugkomen op uw melding
report-return-intro = Vul de code in die u kreeg toen u de melding verstuurde. Dan ziet u of wij een vraag voor u hebben.
report-return-none = Wij hebben nu geen vraag voor u. Kijk later nog eens.
report-return-from-team = Vraag van ons team
report-return-from-you = Uw antwoord
report-return-answer = Uw antwoord
report-return-thanks = Dank u wel. Wij hebben uw antwoord ontvangen.
report-error-code = Deze code kennen wij niet. Controleer de 16 cijfers.
report-error-answer-empty = Schrijf een antwoord.

## Foto's of bestanden bij een melding (niet verplicht)
report-evidence-row = Foto's of bestanden
report-evidence-none = Geen
report-evidence-add-link = Toevoegen
report-evidence-title = Foto's of bestanden toevoegen
report-evidence-intro = Heeft u een foto of een pdf-bestand dat laat zien waar uw melding over gaat? Dan kunt u dat meesturen. Dat hoeft niet. U kunt 3 bestanden meesturen. Elk bestand mag maximaal 10 MB zijn.
report-evidence-warning-label = Let op:
report-evidence-people = Op een foto van een persoon staan persoonsgegevens. Stuur zo'n foto alleen als die laat zien waar uw melding over gaat.
report-evidence-cleaned = Wij halen verborgen gegevens uit een foto, zoals de plek en de tijd waarop de foto is gemaakt. Alleen ons team kan de bestanden zien.
report-evidence-added = Uw bestanden
report-evidence-numbered = Bestand { $n }
report-evidence-photo = foto
report-evidence-pdf = pdf-bestand
report-evidence-remove = Verwijderen
report-evidence-full = U heeft 3 bestanden toegevoegd. Meer kan niet. Wilt u een ander bestand sturen? Verwijder dan eerst een bestand.
report-evidence-choose = Kies een bestand
report-evidence-hint = Een foto (JPG, PNG of WebP) of een pdf-bestand van maximaal 10 MB.
report-evidence-add = Bestand toevoegen
report-evidence-done = Klaar, terug naar uw melding
report-evidence-error-none = Kies een bestand.
report-evidence-error-size = Het bestand is groter dan 10 MB. Kies een kleiner bestand.
report-evidence-error-type = Dit soort bestand kunnen wij niet bewaren. Kies een foto (JPG, PNG of WebP) of een pdf-bestand.
report-evidence-error-unreadable = Wij kunnen dit bestand niet openen. Misschien is het beschadigd of is de foto te groot. Kies een ander bestand.
report-evidence-error-many = U heeft al 3 bestanden. Verwijder eerst een bestand.
report-evidence-error-busy = Het is nu erg druk. Uw melding is bewaard. Probeer het bestand over een minuut opnieuw toe te voegen.

## E-mail aan een melder (alleen dat er een vraag is; nooit de vraag zelf)
mail-question-subject = Wij hebben een vraag voor u
mail-question-body = Ons team heeft een vraag over uw melding. U leest de vraag op onze website. Ga naar { $url } en vul daar uw code in. Dat is de code die u kreeg toen u de melding verstuurde.
mail-question-privacy = Wij zetten de vraag niet in een e-mail. Zo blijft uw melding privé. Antwoord niet op deze e-mail. Wij lezen antwoorden niet.

# The report form when the database cannot be reached, and when many reports start at once.
report-outage-title = Er is even een storing
report-outage-kept = Uw antwoorden zijn niet verloren. Wat u eerder invulde, is bewaard.
report-outage-typed = Wat u net invulde, staat nog klaar. Klik op Opnieuw proberen om het te versturen.
report-outage-wait = Probeer het over een minuut opnieuw.
report-outage-retry = Opnieuw proberen
report-code-unavailable = We kunnen codes nu even niet controleren. Uw code is niet fout. Probeer het over een minuut opnieuw.
report-busy-title = Even geduld
report-busy-text = Er starten nu veel mensen tegelijk een melding. Daarom gaat u over een paar seconden verder.
report-busy-wait = Wacht { $seconds } seconden. Klik daarna op Doorgaan.
report-busy-working = Uw browser is even bezig. U gaat vanzelf verder.
report-busy-done = Klaar. U gaat verder.
report-busy-later = Liever later? Ga naar de startpagina.

## Resultaten van de controles (openbare cijfers per jaar)
results-title = Resultaten van de controles
results-lead = Hoeveel meldingen kreeg de gemeente? En wat gebeurde ermee? Hier ziet u de cijfers per jaar.
results-privacy = Wij tellen alleen. Over één persoon staat hier niets. Is een aantal kleiner dan 5? Dan staat er: minder dan 5.
results-year = Jaar
results-so-far = { $year } (tot nu toe)
results-received = Ontvangen
results-investigated = Tot onderzoek geleid
results-share = Deel onderzocht
results-outcomes-title = Wat kwam eruit?
results-outcomes-intro = Dit zijn de afgeronde meldingen. Een melding kan meer dan één uitkomst hebben, bijvoorbeeld geld terugbetalen en een boete. Die melding telt dan bij allebei mee.
results-outcome = Uitkomst
results-fewer-than-five = minder dan 5
results-outcome-no_action = Geen gevolgen
results-outcome-warning = Waarschuwing
results-outcome-repayment = Geld terugbetalen
results-outcome-fine = Boete
results-outcome-measure = Maatregel: een tijd minder bijstand
results-outcome-benefit_ended = Bijstand gestopt
results-outcome-criminal_report = Aangifte bij de politie
results-outcome-referred = Doorgestuurd naar een andere organisatie
results-more = Lees hoe wij controleren
results-themes = Thema's die wij dit jaar controleren
results-table = Meldingen per jaar
results-outcomes-table = Uitkomsten per jaar
results-index-link = Resultaten van de controles
