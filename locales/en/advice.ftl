# Staff pages of prevention (issue 17). Dutch and English only.

team-role-advisor = Advisor (customer contact)
team-nav-questions = Questions
team-nav-knowledge = Knowledge of duties
team-nav-feedback = Readers' feedback

advice-queue-title = Questions without a name
advice-queue-intro = Questions people asked without giving their name. Only advisors see them; the team that investigates reports does not. A question is never a report.
advice-queue-count = { $count ->
    [one] 1 open question
   *[other] { $count } open questions
}. A question is overdue after { $days } working days without an answer.
advice-queue-caption = Questions, open ones first (oldest first)
advice-col-question = Question
advice-col-asked = Asked
advice-col-lang = Language
advice-col-status = Status
advice-col-text = Start of the question
advice-question-number = Question { $id }
advice-open = Open
advice-overdue = Overdue
advice-answered-on = Answered { $date }
advice-back = All questions
advice-answer-lang = Language of the answer
advice-answer-label = Your answer
advice-answer-hint = Write in the question's language or in Dutch, at level B1. Do not ask for a name or BSN: the person stays anonymous.
advice-answer-send = Send the answer
advice-error-empty = Write a text
advice-answer-title = Answer
advice-answered-by = Answered by { $name } on { $date }
advice-read-on = read on { $date }
advice-not-read = not read yet
advice-faq-title = Suggest a frequently asked question
advice-faq-intro = Is this question useful to others too? Make it an anonymous FAQ entry. The editors put it on an information page.
advice-faq-question = Question, without anything that points to a person
advice-faq-hint = Remove names, places, dates and other details.
advice-faq-answer = Answer
advice-faq-send = Send to the editors
advice-faq-sent = The suggestion was sent to the editors.

knowledge-title = Which duties are least known
knowledge-intro = From the self-check "Do you know what to tell us?": per question the share of answers that were right. The least known duty comes first. Next to each question is Haarlem's measurement of 2017.
knowledge-private = Nothing about visitors is kept: only counts per question, answer, language and month. A share of fewer than 10 answers is not shown.
knowledge-table-caption = Knowledge per question (all answers)
knowledge-col-number = No.
knowledge-col-question = Situation and page
knowledge-col-answers = Answers
knowledge-col-share = Right
knowledge-col-baseline = Haarlem 2017
knowledge-col-dont-know = Don't know
knowledge-page-link = Page: { $page }
knowledge-too-few = fewer than 10 ({ $count })
knowledge-baseline-source = Measurement 2017: { $source }
knowledge-chart-title = Share of right answers per question (per cent)
knowledge-chart-desc = Bar chart: per question number the percentage of right answers, only for questions with at least 10 answers. The table above holds the same figures.
knowledge-chart-caption = The same figures as in the table; the number under a bar is the question number.
knowledge-by-quarter = Share right per quarter
knowledge-by-language = Share right per language

feedback-staff-title = Readers' feedback
feedback-staff-intro = Answers to "Was this information clear?" under every information page, and what readers found unclear. Only editors see this. The page with the most "no" answers comes first.
feedback-pages-caption = Pages, most "no" answers first
feedback-col-page = Page
feedback-col-no = No
feedback-col-yes = Yes
feedback-comments-caption = What was not clear (newest first)
feedback-col-date = Day
feedback-col-lang = Language
feedback-col-comment = Comment
feedback-comments-kept = Comments are deleted after { $days } days.
feedback-suggestions-title = Suggested frequently asked questions
feedback-suggestions-intro = Advisors made these anonymous questions and answers from questions people asked. Put a suggestion on an information page (the usual way: edit and have it published) and then tick it off.
feedback-suggestions-none = There are no open suggestions.
feedback-suggestion-done = Handled
