# Staff pages of prevention (issue 17): the advisors' questions, the least known duties, the
# readers' feedback. Dutch and English only (the team reads one of those).

team-role-advisor = Adviseur (klantcontact)
team-nav-questions = Vragen
team-nav-knowledge = Kennis van plichten
team-nav-feedback = Reacties van lezers

advice-queue-title = Vragen zonder naam
advice-queue-intro = Vragen die mensen stelden zonder hun naam. Alleen adviseurs zien ze; het team dat meldingen onderzoekt niet. Een vraag is nooit een melding.
advice-queue-count = { $count ->
    [one] 1 open vraag
   *[other] { $count } open vragen
}. Een vraag is te laat na { $days } werkdagen zonder antwoord.
advice-queue-caption = Vragen, open vragen eerst (oudste eerst)
advice-col-question = Vraag
advice-col-asked = Gesteld
advice-col-lang = Taal
advice-col-status = Stand
advice-col-text = Begin van de vraag
advice-question-number = Vraag { $id }
advice-open = Open
advice-overdue = Te laat
advice-answered-on = Beantwoord { $date }
advice-back = Alle vragen
advice-answer-lang = Taal van het antwoord
advice-answer-label = Uw antwoord
advice-answer-hint = Schrijf in de taal van de vraag of in het Nederlands, op B1-niveau. Vraag niet naar naam of BSN: de vrager blijft anoniem.
advice-answer-send = Verstuur het antwoord
advice-error-empty = Schrijf een tekst
advice-answer-title = Antwoord
advice-answered-by = Beantwoord door { $name } op { $date }
advice-read-on = gelezen op { $date }
advice-not-read = nog niet gelezen
advice-faq-title = Voorstel voor een veelgestelde vraag
advice-faq-intro = Is deze vraag ook voor anderen nuttig? Maak er een anonieme veelgestelde vraag van. De redacteuren zetten hem op een informatiepagina.
advice-faq-question = Vraag, zonder iets wat naar een persoon wijst
advice-faq-hint = Haal namen, plaatsen, data en andere kenmerken weg.
advice-faq-answer = Antwoord
advice-faq-send = Stuur naar de redacteuren
advice-faq-sent = Het voorstel is naar de redacteuren gestuurd.

knowledge-title = Welke plichten zijn het minst bekend
knowledge-intro = Uit de zelftest "Weet u wat u moet doorgeven?": per vraag het deel van de antwoorden dat goed was. De minst bekende plicht staat bovenaan. Naast elke vraag staat de meting van Haarlem uit 2017.
knowledge-private = Er wordt niets over bezoekers bewaard: alleen tellingen per vraag, antwoord, taal en maand. Een deel van minder dan 10 antwoorden tonen wij niet.
knowledge-table-caption = Bekendheid per vraag (alle antwoorden)
knowledge-col-number = Nr.
knowledge-col-question = Situatie en pagina
knowledge-col-answers = Antwoorden
knowledge-col-share = Goed
knowledge-col-baseline = Haarlem 2017
knowledge-col-dont-know = Weet niet
knowledge-page-link = Pagina: { $page }
knowledge-too-few = minder dan 10 ({ $count })
knowledge-baseline-source = Meting 2017: { $source }
knowledge-chart-title = Deel goede antwoorden per vraag (procent)
knowledge-chart-desc = Staafdiagram: per vraagnummer het percentage goede antwoorden, alleen voor vragen met minstens 10 antwoorden. De tabel erboven heeft dezelfde cijfers.
knowledge-chart-caption = Dezelfde cijfers als in de tabel; het nummer onder een staaf is het vraagnummer.
knowledge-by-quarter = Deel goed per kwartaal
knowledge-by-language = Deel goed per taal

feedback-staff-title = Reacties van lezers
feedback-staff-intro = Antwoorden op "Was deze informatie duidelijk?" onder elke informatiepagina, en wat lezers niet duidelijk vonden. Alleen redacteuren zien dit. De pagina met de meeste keren "nee" staat bovenaan.
feedback-pages-caption = Pagina's, de meeste keren "nee" eerst
feedback-col-page = Pagina
feedback-col-no = Nee
feedback-col-yes = Ja
feedback-comments-caption = Wat was niet duidelijk (nieuwste eerst)
feedback-col-date = Dag
feedback-col-lang = Taal
feedback-col-comment = Opmerking
feedback-comments-kept = Opmerkingen worden na { $days } dagen verwijderd.
feedback-suggestions-title = Voorstellen voor veelgestelde vragen
feedback-suggestions-intro = Adviseurs maakten deze anonieme vragen en antwoorden van vragen die mensen stelden. Zet een voorstel op een informatiepagina (met de gewone werkwijze: bewerken en laten publiceren) en vink het dan af.
feedback-suggestions-none = Er zijn geen open voorstellen.
feedback-suggestion-done = Afgehandeld
