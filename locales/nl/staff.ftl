# Helder – teksten voor het team (alleen Nederlands en Engels; het team leest een van beide).
# Sleutels voor e-mail beginnen met mail-.

## Dagelijkse e-mail aan een teamlid: alleen het aantal nieuwe meldingen en een link,
## nooit de inhoud van een melding, een naam of een adres.
mail-digest-subject = Helder: nieuwe meldingen voor u ({ $count })
mail-digest-greeting = Beste { $name },
mail-digest-count = Er staan nieuwe meldingen voor u klaar. Aantal: { $count }.
mail-digest-link = Bekijk ze in uw werkvoorraad: { $url }
mail-digest-privacy = In deze e-mail staat nooit wat er in een melding staat. U leest meldingen alleen in Helder.
mail-digest-automatic = Dit bericht is automatisch verstuurd. U kunt er niet op antwoorden.

## Het teamdeel van Helder

team-nav-label = Menu voor het team
team-nav-mine = Mijn meldingen
team-nav-all = Alle open meldingen
team-nav-team = Team en verdeling
team-nav-statistics = Cijfers
team-nav-audit = Logboek
team-nav-content = Inhoud
team-nav-films = Films
team-nav-accounts = Accounts
team-nav-account = Mijn account
team-logout = Uitloggen
team-error-summary = Er is een probleem
team-error-prefix = Fout
team-yes = Ja
team-no = Nee
team-continue = Doorgaan
team-save = Opslaan
team-actions = Acties
team-name = Naam
team-email = E-mailadres
team-password = Wachtwoord
team-role = Rol
team-role-intake = Teamlid
team-role-lead = Teamleider
team-role-editor = Redacteur (communicatie)
team-role-publisher = Redacteur met publicatierecht (communicatie)
team-role-admin = Beheerder
team-previous = Vorige pagina
team-next = Volgende pagina
team-pages = Pagina's
team-page-of = Pagina { $page } van { $pages }
team-filter = Filteren

team-login-title = Inloggen voor het team
team-login-button = Inloggen
team-login-missing = Vul uw e-mailadres en wachtwoord in.
team-login-failed = Het e-mailadres of het wachtwoord klopt niet.
team-login-busy = Inloggen lukt nu even niet, omdat het erg druk is. Probeer het over een minuut opnieuw.
team-login-throttled = Te veel pogingen. Wacht een paar minuten en probeer het dan opnieuw.
team-logged-out = U bent uitgelogd.
team-csrf-refused = Dit formulier is verlopen of komt niet van Helder. Ga terug, laad de pagina opnieuw en probeer het nog eens.
team-forbidden-title = Geen toegang
team-forbidden-text = U heeft geen toegang tot deze pagina. Denkt u dat dit niet klopt? Vraag het aan de beheerder.

team-totp-title = Code uit uw app
team-totp-code = Code van 6 cijfers
team-totp-hint = Open de app voor inlogcodes op uw telefoon en vul de code in die u daar ziet.
team-totp-wrong = De code klopt niet. Vul de code in die nu in uw app staat.
team-totp-section = Tweede stap bij inloggen
team-totp-on = De tweede stap staat aan. Bij inloggen vragen wij ook een code uit uw app.
team-totp-off = De tweede stap staat uit. Zet hem aan voor meer veiligheid.
team-totp-required = Uw teamleider vraagt om een tweede stap bij inloggen. Zet die eerst aan; daarna kunt u verder.
team-totp-start = Tweede stap aanzetten
team-totp-setup-text = Voeg Helder toe in de app voor inlogcodes op uw telefoon. Typ de geheime sleutel over, of gebruik de link. Vul daarna de code uit de app in.
team-totp-secret = Geheime sleutel
team-totp-uri = Link voor de app
team-totp-confirm = Tweede stap aanzetten
team-totp-enabled = De tweede stap staat nu aan.

team-password-title = Kies een wachtwoord
team-password-new = Nieuw wachtwoord
team-password-hint = Minstens 12 tekens. Een zin van een paar woorden is sterk en goed te onthouden.
team-password-repeat = Herhaal het wachtwoord
team-password-save = Wachtwoord opslaan
team-password-too-short = Het wachtwoord moet minstens 12 tekens hebben.
team-password-too-long = Het wachtwoord mag hoogstens 200 tekens hebben.
team-password-differs = De twee wachtwoorden zijn niet hetzelfde.
team-password-saved = Uw wachtwoord is opgeslagen. U kunt nu inloggen.
team-password-link-invalid = Deze link werkt niet meer
team-password-link-invalid-text = De link is al gebruikt of is verlopen. Vraag de beheerder om een nieuwe link.

team-account-title = Mijn account
team-account-who = { $name } ({ $email }), { $role }
team-present-title = Aanwezig
team-present-yes = U bent aanwezig: u krijgt nieuwe meldingen bij de dagelijkse verdeling.
team-present-no = U bent afwezig: u krijgt geen nieuwe meldingen bij de verdeling.
team-present-yes-short = Aanwezig
team-present-no-short = Afwezig
team-present-set-away = Zet op afwezig
team-present-set-here = Zet op aanwezig
team-logout-everywhere-title = Overal uitloggen
team-logout-everywhere-text = Bent u ergens ingelogd gebleven, bijvoorbeeld op een andere computer? Dan logt u hiermee overal uit.
team-logout-everywhere = Overal uitloggen

team-accounts-title = Accounts
team-account-state = Status
team-account-active = Actief
team-account-disabled = Uitgezet
team-account-disable = Uitzetten
team-account-add = Account toevoegen
team-account-add-button = Account toevoegen
team-account-created = Het account is gemaakt. Geef de link hieronder aan de persoon. Met de link kiest hij of zij een wachtwoord.
team-account-link = Link om een wachtwoord te kiezen (7 dagen geldig, één keer te gebruiken):
team-account-email-invalid = Vul een geldig e-mailadres in.
team-account-name-invalid = Vul een naam in van hoogstens 100 tekens.
team-account-exists = Er is al een account met dit e-mailadres.
team-account-role-invalid = Kies een rol.

team-queue-mine-title = Mijn meldingen
team-queue-all-title = Alle open meldingen
team-queue-count = { $count ->
    [one] 1 melding
   *[other] { $count } meldingen
}
team-queue-empty = Er zijn geen meldingen.
team-report = Melding
team-received = Ontvangen
team-kinds = Soort
team-status = Status
team-assignee = Behandelaar
team-unassigned = Nog niemand
team-contact = Contactgegevens
team-contact-yes = Ja, de melder heeft contactgegevens achtergelaten.
team-contact-no = Nee, de melder is anoniem.
team-same-subject = Zelfde persoon of adres
team-same-subject-count = { $count ->
    [one] 1 andere melding
   *[other] { $count } andere meldingen
}
team-same-subject-none = Geen andere meldingen over deze persoon of dit adres.
team-match-name = zelfde naam
team-match-address = zelfde adres
team-match-link = gekoppeld
team-link = Koppelen
team-linked = Gekoppeld
team-link-invalid = Deze melding kan niet gekoppeld worden.
team-overdue = Te lang zonder actie

team-status-new = Nieuw
team-status-assigned = Toegewezen
team-status-in_progress = In behandeling
team-status-green = Groen: navragen bij de klant
team-status-orange = Oranje: intensieve controle
team-status-red = Rood: Sociale Recherche
team-status-no_action = Geen actie nodig
team-status-closed = Afgesloten
team-status-invalid = Dit kan nu niet meer: de melding is intussen veranderd. Bekijk de melding opnieuw.
team-move-in_progress = In behandeling nemen
team-move-green = Groen: navragen bij de klant
team-move-orange = Oranje: intensieve controle
team-move-red = Rood: naar de Sociale Recherche
team-move-no_action = Geen actie nodig
team-take = Neem deze melding

team-outcome = Uitkomst
team-outcome-no_action = Geen actie
team-outcome-repayment = Terugvordering
team-outcome-measure = Maatregel
team-outcome-benefit_ended = Uitkering beëindigd
team-outcome-warning = Waarschuwing
team-outcome-fine = Boete
team-outcome-criminal_report = Aangifte
team-outcome-referred = Doorgestuurd
team-outcome-missing = Kies een uitkomst.
team-close-legend = Wat is de uitkomst?
team-close = Melding afsluiten

team-report-title = Melding { $id }
team-back-to-queue = Terug naar mijn meldingen
team-language = Taal van de melder
team-answers = Antwoorden van de melder
team-work = Behandeling
team-amount = Geschat bedrag in euro's
team-amount-hint = Bijvoorbeeld 6.500. Laat leeg als u het nog niet weet.
team-amount-invalid = Vul een bedrag in hele euro's in, bijvoorbeeld 6.500.
team-suggest-red = Het geschatte bedrag is hoger dan € 6.000, of hoger dan € 2.500 na een boete of maatregel voor fraude in de laatste vijf jaar. Overweeg de Sociale Recherche in te schakelen (rood).
team-reassign = Toewijzen aan
team-reassign-button = Toewijzen
team-follow-up = Vragen aan de melder
team-ask = Stel de melder een vraag
team-ask-hint-mail = De melder krijgt een e-mail dat er een vraag is, zonder de vraag zelf. De melder leest de vraag met de meldcode.
team-ask-hint-code = De melder is anoniem en krijgt geen bericht. De melder ziet de vraag alleen als hij of zij terugkomt met de meldcode.
team-ask-button = Vraag versturen
team-question-empty = Schrijf eerst een vraag.
team-message-team = Vraag van het team
team-message-reporter = Antwoord van de melder
team-notes = Notities
team-note-add = Notitie toevoegen
team-note-button = Notitie opslaan
team-note-empty = Schrijf eerst een notitie.
team-text-too-long = De tekst is te lang: hoogstens 4000 tekens.
team-member-invalid = Kies een teamlid.
team-history = Geschiedenis

team-team-title = Team en verdeling
team-workload = Werkvoorraad per teamlid
team-open = Open
team-new = Nog niet bekeken
team-unassigned-count = Nog niet verdeeld: { $count }
team-overdue-count = Te lang zonder actie: { $count }
team-last-distribution = Laatste verdeling: { $at }
team-no-distribution-yet = Er is nog niet verdeeld.
team-distribute-now = Nu verdelen
team-distributed = De nieuwe meldingen zijn verdeeld.
team-require-totp-is-on = Het team moet inloggen met een tweede stap.
team-require-totp-is-off = Een tweede stap bij inloggen is niet verplicht.
team-require-totp-on = Tweede stap verplicht maken
team-require-totp-off = Tweede stap niet meer verplichten

team-audit-title = Logboek
team-audit-count = { $count ->
    [one] 1 regel
   *[other] { $count } regels
}
team-audit-when = Wanneer
team-audit-actor = Wie
team-audit-action = Wat
team-audit-detail = Details
team-audit-any = Alles
team-audit-from = Vanaf
team-audit-to = Tot en met

## Labels of the audit log's actions: audit-<id>, the ids of helder_domain::audit::AuditAction
audit-report_viewed = Bekeken
audit-report_printed = Afgedrukt
audit-logged_in = Ingelogd
audit-logged_out_everywhere = Overal uitgelogd
audit-totp_enabled = Tweede stap aangezet
audit-account_created = Account gemaakt
audit-account_disabled = Account uitgezet
audit-status_changed = Status veranderd
audit-report_closed = Afgesloten
audit-amount_estimated = Bedrag ingevuld
audit-note_added = Notitie
audit-question_asked = Vraag gesteld
audit-question_mail_queued = E-mail over vraag
audit-reporter_answered = Antwoord van de melder
audit-reports_linked = Gekoppeld
audit-report_assigned = Toegewezen
audit-settings_changed = Instelling veranderd
audit-statistics_exported = Geëxporteerd
audit-retention_applied = Bewaartermijn toegepast
audit-report_deleted = Verwijderd (bewaartermijn)
audit-report_anonymised = Geanonimiseerd (bewaartermijn)
audit-content_saved = Tekst opgeslagen
audit-content_submitted = Tekst ingediend
audit-content_published = Tekst gepubliceerd
audit-content_published_unreviewed = Gepubliceerd, nog niet beoordeeld
audit-content_published_scheduled = Gepland gepubliceerd
audit-content_scheduled = Publicatie gepland
audit-content_unscheduled = Planning gestopt
audit-content_reviewed = Tekst beoordeeld
audit-content_withdrawn = Pagina ingetrokken
audit-content_removed = Pagina verwijderd
audit-content_republished = Pagina weer gepubliceerd
audit-content_restored = Oude versie teruggezet
audit-content_law_changed = Wettelijke basis of bronnen gewijzigd
audit-content_native_checked = Vertaling nagekeken door moedertaalspreker
audit-page_created = Pagina gemaakt
audit-page_retire_requested = Buiten gebruik stellen gevraagd
audit-page_retired = Pagina buiten gebruik gesteld
audit-page_retire_cancelled = Vraag om buiten gebruik stellen ingetrokken
audit-page_restored = Pagina teruggehaald
audit-snippet_changed = Vaste tekst gewijzigd
audit-film_uploaded = Film geüpload
audit-film_video_replaced = Video vervangen
audit-film_poster_replaced = Poster vervangen
audit-film_captions_uploaded = Ondertiteling geüpload
audit-film_text_saved = Filmtekst opgeslagen
audit-film_topics_saved = Filmonderwerpen opgeslagen

## Korte namen van de soorten vermoedens, voor tabellen
team-kind-living_together = Samenwonen
team-kind-address = Adres klopt niet
team-kind-work = Werk of inkomen
team-kind-assets = Vermogen
team-kind-other = Iets anders

## Cijfers voor het jaarverslag (alleen voor teamleiders)

team-stats-title = Cijfers { $year }
team-stats-year = Jaar
team-stats-show = Toon cijfers
team-stats-download = Download de cijfers van { $year } als CSV-bestand (voor Excel)
team-stats-total = Meldingen ontvangen
team-stats-count = Aantal
team-stats-none = Geen meldingen in dit jaar.
team-stats-investigated = Leidde tot een onderzoek
team-stats-investigated-text = { $count } van de { $total } meldingen ({ $percent }%)
team-stats-investigated-help = Wat telt als onderzoek? Een melding die nu op oranje (intensieve controle) of rood (Sociale Recherche) staat. Of een melding die is afgesloten met een gevolg: terugvordering, maatregel, uitkering beëindigd of aangifte. Een melding die eerst oranje was en toen zonder gevolg is afgesloten, telt niet mee. Van een melding bewaren we alleen de laatste status.
team-stats-first-action = Tijd tot de eerste actie
team-stats-first-action-text = De helft binnen { $median } dagen (mediaan). Gemiddeld { $average } dagen. Gemeten over { $count } meldingen met een eerste actie.
team-stats-first-action-none = Nog geen meldingen met een eerste actie in dit jaar.
team-stats-median-days = Mediaan in dagen
team-stats-average-days = Gemiddelde in dagen
team-stats-by-month-title = Meldingen per maand in { $year }
team-stats-by-month = Per maand
team-stats-month = Maand
team-stats-chart-desc = Staafdiagram van de meldingen per maand in { $year }. In totaal { $count } meldingen.
team-stats-chart-busiest = De meeste meldingen kwamen in { $month }: { $count }.
team-stats-chart-caption = De tabel hieronder geeft dezelfde cijfers.
team-stats-by-kind = Soort melding
team-stats-kinds-help = Een melder kan meer dan één soort kiezen. Zo'n melding telt bij elke gekozen soort mee. Opgeteld zijn het dus meer dan alle meldingen.
team-stats-by-status = Status nu
team-stats-status-help = De status van vandaag van de meldingen die in dit jaar binnenkwamen.
team-stats-by-outcome = Uitkomst van afgesloten meldingen
team-stats-csv-file = helder-cijfers
team-stats-csv-section = Onderdeel
team-stats-csv-item = Omschrijving
team-stats-csv-value = Waarde
team-stats-csv-reports = Aantal meldingen
team-stats-csv-percent = Percentage van alle meldingen

team-month-1 = januari
team-month-2 = februari
team-month-3 = maart
team-month-4 = april
team-month-5 = mei
team-month-6 = juni
team-month-7 = juli
team-month-8 = augustus
team-month-9 = september
team-month-10 = oktober
team-month-11 = november
team-month-12 = december
team-month-short-1 = jan
team-month-short-2 = feb
team-month-short-3 = mrt
team-month-short-4 = apr
team-month-short-5 = mei
team-month-short-6 = jun
team-month-short-7 = jul
team-month-short-8 = aug
team-month-short-9 = sep
team-month-short-10 = okt
team-month-short-11 = nov
team-month-short-12 = dec

## Several municipalities (one organisation serving more than one)
team-municipality = Gemeente
team-municipality-all = Alle gemeenten
team-stats-of-municipality = Cijfers van { $municipality }
team-stats-of-all = Cijfers van alle gemeenten samen

team-closing-days-section = Extra sluitingsdagen
team-closing-days-intro = Op een sluitingsdag verdeelt Helder geen meldingen. De dag telt ook niet als werkdag bij "te laat". De feestdagen staan er al in: Nieuwjaarsdag, Goede Vrijdag, tweede Paasdag, Koningsdag, 5 mei, Hemelvaartsdag, tweede Pinksterdag en de Kerstdagen.
team-closing-days-none = Er zijn geen extra sluitingsdagen.
team-closing-day-date = Datum
team-closing-day-date-hint = Bijvoorbeeld 15-05-2026. Een werkdag, geen weekend of feestdag.
team-closing-day-reason = Reden
team-closing-day-reason-hint = Bijvoorbeeld: brugdag na Hemelvaart. Hoogstens 100 tekens.
team-closing-day-add = Sluitingsdag toevoegen
team-closing-day-remove = Verwijderen
team-closing-day-error-date = Vul een datum in, bijvoorbeeld 15-05-2026
team-closing-day-error-weekend = Deze dag is al geen werkdag: het is een weekend of een feestdag
team-closing-day-error-reason = Vul een reden in van hoogstens 100 tekens
team-first-page = Eerste pagina
team-last-page = Laatste pagina
team-queue-range = Melding { $from } tot en met { $to } van { $count }
team-print-link = Afdrukken voor het dossier
team-print-back = Terug naar de melding
team-print-button = Afdrukken
team-print-confidential = Vertrouwelijk: bevat persoonsgegevens. Alleen voor het dossier van de gemeente.
team-print-line = Afgedrukt door { $name } op { $at }. Dit staat in het logboek.
team-print-none = Niet ingevuld
team-close-title = Melding { $id } afsluiten
team-close-hint = Kies alles wat geldt, bijvoorbeeld terugvordering en boete. "Geen actie" kiest u alleen.
team-outcome-measure-detail = { $percent }% minder gedurende { $months } maanden
team-outcome-repayment-amount = Bedrag van de terugvordering in euro's
team-outcome-fine-amount = Bedrag van de boete in euro's
team-outcome-amount-hint = In hele euro's, bijvoorbeeld 4.250
team-outcome-measure-percent = Verlaging van de uitkering in procenten
team-outcome-measure-months = Aantal maanden
team-outcome-referred-to = Naar welke organisatie?
team-outcome-referred-hint = Bijvoorbeeld Belastingdienst, UWV of SVB
team-outcome-no-action-alone = "Geen actie" kan niet samen met een andere uitkomst
team-outcome-repayment-invalid = Vul het bedrag van de terugvordering in, in hele euro's, bijvoorbeeld 4.250
team-outcome-fine-invalid = Vul het bedrag van de boete in, in hele euro's, bijvoorbeeld 600
team-outcome-percent-invalid = Vul een percentage in van 1 tot en met 100
team-outcome-months-invalid = Vul een aantal maanden in van 1 tot en met 36
team-outcome-referred-invalid = Vul de organisatie in, hoogstens 100 tekens
team-earlier-fine = Datum van een eerdere boete of maatregel voor fraude
team-earlier-fine-hint = Alleen als die er is, bijvoorbeeld 12-03-2023. Was die in de laatste vijf jaar, dan geldt voor het rode traject een grens van € 2.500 in plaats van € 6.000.
team-earlier-fine-unknown = Eerder beboet, datum niet bekend
team-earlier-fine-invalid = Vul een datum in die al geweest is, bijvoorbeeld 12-03-2023
team-print-none-yet = Geen.
