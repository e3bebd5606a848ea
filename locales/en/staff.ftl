# Helder – texts for the team (Dutch and English only; the team reads one of them).
# Keys for e-mail start with mail-.

## Daily e-mail to a team member: only the number of new reports and a link,
## never what a report says, a name or an address.
mail-digest-subject = Helder: new reports for you ({ $count })
mail-digest-greeting = Dear { $name },
mail-digest-count = New reports are waiting for you. Number: { $count }.
mail-digest-link = See them in your queue: { $url }
mail-digest-privacy = This e-mail never says what is in a report. You read reports only in Helder.
mail-digest-automatic = This message was sent automatically. You cannot reply to it.

## The team's side of Helder

team-nav-label = Team menu
team-nav-mine = My reports
team-nav-all = All open reports
team-nav-team = Team and distribution
team-nav-statistics = Figures
team-nav-audit = Audit log
team-nav-content = Content
team-nav-films = Films
team-nav-accounts = Accounts
team-nav-account = My account
team-logout = Log out
team-error-summary = There is a problem
team-error-prefix = Error
team-yes = Yes
team-no = No
team-continue = Continue
team-save = Save
team-actions = Actions
team-name = Name
team-email = Email address
team-password = Password
team-role = Role
team-role-intake = Team member
team-role-lead = Team lead
team-role-editor = Editor (communications)
team-role-publisher = Editor with publishing rights (communications)
team-role-admin = Administrator
team-previous = Previous page
team-next = Next page
team-pages = Pages
team-page-of = Page { $page } of { $pages }
team-filter = Filter

team-login-title = Team log in
team-login-button = Log in
team-login-missing = Enter your email address and password.
team-login-failed = The email address or the password is not right.
team-login-busy = Logging in does not work right now, because it is very busy. Please try again in a minute.
team-login-throttled = Too many attempts. Wait a few minutes and try again.
team-logged-out = You are logged out.
team-csrf-refused = This form has expired or did not come from Helder. Go back, reload the page and try again.
team-forbidden-title = No access
team-forbidden-text = You do not have access to this page. If you think this is wrong, ask the administrator.

team-totp-title = Code from your app
team-totp-code = 6-digit code
team-totp-hint = Open the authenticator app on your phone and enter the code you see there.
team-totp-wrong = The code is not right. Enter the code your app shows now.
team-totp-section = Second step at log in
team-totp-on = The second step is on. When you log in we also ask for a code from your app.
team-totp-off = The second step is off. Turn it on for more safety.
team-totp-required = Your team lead requires a second step at log in. Turn it on first; then you can go on.
team-totp-start = Turn on the second step
team-totp-setup-text = Add Helder to the authenticator app on your phone. Type the secret key, or use the link. Then enter the code from the app.
team-totp-secret = Secret key
team-totp-uri = Link for the app
team-totp-confirm = Turn on the second step
team-totp-enabled = The second step is now on.

team-password-title = Choose a password
team-password-new = New password
team-password-hint = At least 12 characters. A sentence of a few words is strong and easy to remember.
team-password-repeat = Repeat the password
team-password-save = Save password
team-password-too-short = The password must have at least 12 characters.
team-password-too-long = The password may have at most 200 characters.
team-password-differs = The two passwords are not the same.
team-password-saved = Your password is saved. You can log in now.
team-password-link-invalid = This link no longer works
team-password-link-invalid-text = The link was used already or has expired. Ask the administrator for a new link.

team-account-title = My account
team-account-who = { $name } ({ $email }), { $role }
team-present-title = Present
team-present-yes = You are present: you get new reports in the daily distribution.
team-present-no = You are away: you get no new reports in the distribution.
team-present-yes-short = Present
team-present-no-short = Away
team-present-set-away = Set to away
team-present-set-here = Set to present
team-logout-everywhere-title = Log out everywhere
team-logout-everywhere-text = Did you stay logged in somewhere, for example on another computer? This logs you out everywhere.
team-logout-everywhere = Log out everywhere

team-accounts-title = Accounts
team-account-state = State
team-account-active = Active
team-account-disabled = Disabled
team-account-disable = Disable
team-account-add = Add an account
team-account-add-button = Add account
team-account-created = The account is made. Give the link below to the person. With it they choose a password.
team-account-link = Link to choose a password (valid 7 days, works once):
team-account-email-invalid = Enter a valid email address.
team-account-name-invalid = Enter a name of at most 100 characters.
team-account-exists = There is already an account with this email address.
team-account-role-invalid = Choose a role.

team-queue-mine-title = My reports
team-queue-all-title = All open reports
team-queue-count = { $count ->
    [one] 1 report
   *[other] { $count } reports
}
team-queue-empty = There are no reports.
team-report = Report
team-received = Received
team-kinds = Kind
team-status = Status
team-assignee = Handled by
team-unassigned = Nobody yet
team-contact = Contact details
team-contact-yes = Yes, the reporter left contact details.
team-contact-no = No, the reporter is anonymous.
team-same-subject = Same person or address
team-same-subject-count = { $count ->
    [one] 1 other report
   *[other] { $count } other reports
}
team-same-subject-none = No other reports about this person or address.
team-match-name = same name
team-match-address = same address
team-match-link = linked
team-link = Link
team-linked = Linked
team-link-invalid = This report cannot be linked.
team-overdue = Too long without action

team-status-new = New
team-status-assigned = Assigned
team-status-in_progress = In progress
team-status-green = Green: verify with the client
team-status-orange = Orange: intensive check
team-status-red = Red: Sociale Recherche
team-status-no_action = No action needed
team-status-closed = Closed
team-status-invalid = This is no longer possible: the report has changed in the meantime. Look at the report again.
team-move-in_progress = Start working on it
team-move-green = Green: verify with the client
team-move-orange = Orange: intensive check
team-move-red = Red: hand to the Sociale Recherche
team-move-no_action = No action needed
team-take = Take this report

team-outcome = Outcome
team-outcome-no_action = No action
team-outcome-repayment = Repayment
team-outcome-measure = Measure
team-outcome-benefit_ended = Benefit ended
team-outcome-warning = Warning
team-outcome-fine = Fine
team-outcome-criminal_report = Criminal report
team-outcome-referred = Passed on
team-outcome-missing = Choose an outcome.
team-close-legend = What is the outcome?
team-close = Close report

team-report-title = Report { $id }
team-back-to-queue = Back to my reports
team-language = Reporter's language
team-answers = The reporter's answers
team-work = Handling
team-amount = Estimated amount in euros
team-amount-hint = For example 6,500. Leave empty if you do not know yet.
team-amount-invalid = Enter an amount in whole euros, for example 6500.
team-suggest-red = The estimated amount is above €6,000, or above €2,500 after a fine or measure for fraud in the last five years. Consider bringing in the Sociale Recherche (red).
team-reassign = Assign to
team-reassign-button = Assign
team-follow-up = Questions to the reporter
team-ask = Ask the reporter a question
team-ask-hint-mail = The reporter gets an email saying there is a question, without the question itself. They read it with the receipt code.
team-ask-hint-code = The reporter is anonymous and gets no message. They only see the question when they come back with the receipt code.
team-ask-button = Send question
team-question-empty = Write a question first.
team-message-team = Question from the team
team-message-reporter = Answer from the reporter
team-notes = Notes
team-note-add = Add a note
team-note-button = Save note
team-note-empty = Write a note first.
team-text-too-long = The text is too long: at most 4000 characters.
team-member-invalid = Choose a team member.
team-history = History

team-team-title = Team and distribution
team-workload = Workload per team member
team-open = Open
team-new = Not yet opened
team-unassigned-count = Not yet distributed: { $count }
team-overdue-count = Too long without action: { $count }
team-last-distribution = Last distribution: { $at }
team-no-distribution-yet = No distribution yet.
team-distribute-now = Distribute now
team-distributed = The new reports have been distributed.
team-require-totp-is-on = The team must log in with a second step.
team-require-totp-is-off = A second step at log in is not required.
team-require-totp-on = Require a second step
team-require-totp-off = Stop requiring a second step

team-audit-title = Audit log
team-audit-count = { $count ->
    [one] 1 line
   *[other] { $count } lines
}
team-audit-when = When
team-audit-actor = Who
team-audit-action = What
team-audit-detail = Details
team-audit-any = Everything
team-audit-from = From
team-audit-to = Up to and including

## Labels of the audit log's actions: audit-<id>, the ids of helder_domain::audit::AuditAction
audit-report_viewed = Viewed
audit-report_printed = Printed
audit-logged_in = Logged in
audit-logged_out_everywhere = Logged out everywhere
audit-totp_enabled = Second step turned on
audit-account_created = Account made
audit-account_disabled = Account disabled
audit-status_changed = Status changed
audit-report_closed = Closed
audit-amount_estimated = Amount entered
audit-note_added = Note
audit-question_asked = Question asked
audit-question_mail_queued = Email about question
audit-reporter_answered = Answer from the reporter
audit-reports_linked = Linked
audit-report_assigned = Assigned
audit-settings_changed = Setting changed
audit-statistics_exported = Exported
audit-retention_applied = Retention applied
audit-report_deleted = Deleted (retention)
audit-report_anonymised = Anonymised (retention)
audit-content_saved = Text saved
audit-content_submitted = Text submitted
audit-content_published = Text published
audit-content_published_unreviewed = Published, not reviewed yet
audit-content_published_scheduled = Published as scheduled
audit-content_scheduled = Publication scheduled
audit-content_unscheduled = Schedule stopped
audit-content_reviewed = Text reviewed
audit-content_withdrawn = Page withdrawn
audit-content_removed = Page removed
audit-content_republished = Page published again
audit-content_restored = Old version restored
audit-content_law_changed = Legal basis or sources changed
audit-content_native_checked = Translation checked by a native speaker
audit-page_created = Page created
audit-page_retire_requested = Retirement requested
audit-page_retired = Page retired
audit-page_retire_cancelled = Retirement request withdrawn
audit-page_restored = Page brought back
audit-snippet_changed = Snippet changed
audit-film_uploaded = Film uploaded
audit-film_video_replaced = Video replaced
audit-film_poster_replaced = Poster replaced
audit-film_captions_uploaded = Captions uploaded
audit-film_text_saved = Film text saved
audit-film_topics_saved = Film topics saved

## Short names of the kinds of suspicion, for tables
team-kind-living_together = Living together
team-kind-address = Wrong address
team-kind-work = Work or income
team-kind-assets = Assets
team-kind-other = Something else

## Figures for the annual report (team leads only)

team-stats-title = Figures { $year }
team-stats-year = Year
team-stats-show = Show figures
team-stats-download = Download the figures of { $year } as a CSV file (for Excel)
team-stats-total = Reports received
team-stats-count = Number
team-stats-none = No reports in this year.
team-stats-investigated = Led to an investigation
team-stats-investigated-text = { $count } of the { $total } reports ({ $percent }%)
team-stats-investigated-help = What counts as an investigation? A report that is now orange (intensive check) or red (Sociale Recherche). Or a report closed with a consequence: repayment, a measure, benefit ended or a criminal report. A report that was orange first and was then closed without a consequence does not count. We keep only the latest status of a report.
team-stats-first-action = Time to the first action
team-stats-first-action-text = Half within { $median } days (median). On average { $average } days. Measured over { $count } reports with a first action.
team-stats-first-action-none = No reports with a first action in this year yet.
team-stats-median-days = Median in days
team-stats-average-days = Average in days
team-stats-by-month-title = Reports per month in { $year }
team-stats-by-month = Per month
team-stats-month = Month
team-stats-chart-desc = Bar chart of the reports per month in { $year }. { $count } reports in all.
team-stats-chart-busiest = Most reports came in { $month }: { $count }.
team-stats-chart-caption = The table below gives the same figures.
team-stats-by-kind = Kind of report
team-stats-kinds-help = A reporter can choose more than one kind. Such a report counts under each kind chosen. Added up, these are more than all reports.
team-stats-by-status = Status now
team-stats-status-help = Today's status of the reports that came in this year.
team-stats-by-outcome = Outcome of closed reports
team-stats-csv-file = helder-figures
team-stats-csv-section = Section
team-stats-csv-item = Item
team-stats-csv-value = Value
team-stats-csv-reports = Number of reports
team-stats-csv-percent = Percentage of all reports

team-month-1 = January
team-month-2 = February
team-month-3 = March
team-month-4 = April
team-month-5 = May
team-month-6 = June
team-month-7 = July
team-month-8 = August
team-month-9 = September
team-month-10 = October
team-month-11 = November
team-month-12 = December
team-month-short-1 = Jan
team-month-short-2 = Feb
team-month-short-3 = Mar
team-month-short-4 = Apr
team-month-short-5 = May
team-month-short-6 = Jun
team-month-short-7 = Jul
team-month-short-8 = Aug
team-month-short-9 = Sep
team-month-short-10 = Oct
team-month-short-11 = Nov
team-month-short-12 = Dec

## Several municipalities (one organisation serving more than one)
team-municipality = Municipality
team-municipality-all = All municipalities
team-stats-of-municipality = Figures of { $municipality }
team-stats-of-all = Figures of all municipalities together

team-closing-days-section = Extra closing days
team-closing-days-intro = On a closing day Helder does not distribute reports. The day does not count as a working day for "late" either. The public holidays are already included: New Year's Day, Good Friday, Easter Monday, King's Day, 5 May, Ascension Day, Whit Monday and Christmas.
team-closing-days-none = There are no extra closing days.
team-closing-day-date = Date
team-closing-day-date-hint = For example 15-05-2026. A working day, not a weekend or public holiday.
team-closing-day-reason = Reason
team-closing-day-reason-hint = For example: bridge day after Ascension. At most 100 characters.
team-closing-day-add = Add closing day
team-closing-day-remove = Remove
team-closing-day-error-date = Enter a date, for example 15-05-2026
team-closing-day-error-weekend = This day is already not a working day: it is a weekend or a public holiday
team-closing-day-error-reason = Enter a reason of at most 100 characters
team-first-page = First page
team-last-page = Last page
team-queue-range = Reports { $from } to { $to } of { $count }
team-print-link = Print for the case file
team-print-back = Back to the report
team-print-button = Print
team-print-confidential = Confidential: contains personal data. Only for the municipality's case file.
team-print-line = Printed by { $name } on { $at }. This is in the audit log.
team-print-none = Not filled in
team-close-title = Close report { $id }
team-close-hint = Choose everything that applies, for example repayment and fine. Choose "No action" on its own.
team-outcome-measure-detail = { $percent }% less for { $months } months
team-outcome-repayment-amount = Amount to be repaid in euros
team-outcome-fine-amount = Amount of the fine in euros
team-outcome-amount-hint = In whole euros, for example 4,250
team-outcome-measure-percent = Reduction of the benefit in percent
team-outcome-measure-months = Number of months
team-outcome-referred-to = To which organisation?
team-outcome-referred-hint = For example the tax office (Belastingdienst), UWV or SVB
team-outcome-no-action-alone = "No action" cannot go with another outcome
team-outcome-repayment-invalid = Enter the amount to be repaid, in whole euros, for example 4,250
team-outcome-fine-invalid = Enter the amount of the fine, in whole euros, for example 600
team-outcome-percent-invalid = Enter a percentage from 1 to 100
team-outcome-months-invalid = Enter a number of months from 1 to 36
team-outcome-referred-invalid = Enter the organisation, at most 100 characters
team-earlier-fine = Date of an earlier fine or measure for fraud
team-earlier-fine-hint = Only if there was one, for example 12-03-2023. If it was in the last five years, the red track's limit is € 2,500 instead of € 6,000.
team-earlier-fine-unknown = Fined before, date not known
team-earlier-fine-invalid = Enter a date in the past, for example 12-03-2023
team-print-none-yet = None.
