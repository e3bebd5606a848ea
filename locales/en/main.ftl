# Helder – site-wide texts in English. Dutch (nl) is the leading language.

## Site
site-title = Helder – { $municipality }
site-product = Work and income
page-title = { $page } – { $municipality }
skip-link = Skip to main content
language-switcher-label = Choose a language
footer-nav-label = About this website
footer-owner = This is a website of { $municipality }.
print-page = Print this page

## Home
home-title = Your rights and duties with a benefit
home-lead = Do you receive social assistance (bijstand) from { $municipality }? Or are you applying for it? Here you can read what you must do and what you can expect from us.
home-offer-title = What can you find on this website?
home-offer-rights = An explanation of your rights and duties, in plain words.
home-offer-languages = The same explanation in other languages.
home-offer-report = A form to report a suspicion of benefit fraud. You do not have to give your name.
home-doubt-title = Not sure?
home-doubt-text = Not sure whether you need to tell us something? Ask us. Asking a question costs you nothing. It prevents problems later.
home-doubt-contact = How to contact us

## Not found
not-found-title = Page not found
not-found-intro = This page does not exist. Maybe the address was typed wrongly. Or the page has moved.
not-found-home-link = Go to the home page

## Accessibility
accessibility-title = Accessibility
accessibility-intro = { $municipality } wants everyone to be able to use this website, also if you have poor sight or hearing, or find reading hard. This statement is about this website, with information about your benefit and the report form, and not about { $website }.
accessibility-status-title = How accessible is this website?
accessibility-status-text =
    The status of this website is: C – first measures taken. This is what the Dutch government's model calls it.

    This means: we test the website ourselves and keep making it better. But an independent expert has not yet examined the website. So we do not know for sure yet whether the website meets all requirements. Status A or B is only possible after such an audit.

    The independent audit is planned. An expert from outside the municipality will then check all requirements, using a fixed method. We will publish the result on this page.
accessibility-tested-title = How do we test the website?
accessibility-tested-text =
    We follow the WCAG 2.2 standard, level AA. WCAG is a list of requirements for websites. They help people with a disability to use a website well too. The European standard EN 301 549 uses the same requirements. Government bodies in the Netherlands must follow it.

    We test every new version of the website automatically, before it goes live:

    - We check every public page, in all 8 languages, with the tool axe-core. We do this on a narrow screen, like a phone's (320 pixels wide), and on a computer screen (1280 pixels wide).
    - We check the HTML code of every kind of page with the tool html-validate.
    - We use the forms with the keyboard only: the report form, the page where you come back with the code of your report, and the staff log-in. At every step we make a mistake on purpose. We check that the cursor then jumps to the error message straight away, and that it is clear which field the error belongs to.
    - Every page and every form also works without JavaScript.
    - Arabic and Farsi are read from right to left. We also check those pages with screenshots.

    What we have not done yet: a test by an expert together with people who use assistive technology, such as a screen reader. A screen reader is a program that reads the text on the screen aloud.

    Last tested on { $date }.
accessibility-problems-title = What does not work well yet?
accessibility-problems-text =
    We know about these problems. Below you can also read what we do about them.

    - No native speaker has checked the translations yet. The Dutch text is leading. We are having the translations checked now. In doubt? Read the Dutch text or call us.
    - On the pages in English, Turkish, Polish and Somali there are Dutch names of laws, organisations and forms. They are not always marked as Dutch. A screen reader may then pronounce them with the wrong voice. We are working on this. Do you not understand a name? Call us and we will explain it.
    - The films have captions. The full text of each film is also shown under the film. But there is no separate audio description: a voice that tells you what can be seen in the picture. Are you missing something? Read the text under the film or call us.
    - The independent audit has not been done yet. It is planned. We will publish the result on this page.
accessibility-contact-title = Is there something you cannot read or use?
accessibility-contact-text = Tell us. Say which page it was and what went wrong. Contact { $municipality }.
accessibility-contact-phone = Phone
accessibility-contact-hours = Opening hours
accessibility-contact-address = Address
accessibility-contact-website = Website
accessibility-contact-answer = We answer within 5 working days. If needed, you get the information in another way, for example on paper or by phone.
accessibility-complaint-title = Not satisfied?
accessibility-complaint-text =
    Are you not satisfied with how we dealt with your question or problem? Or did we not answer in time? Then first make a complaint to { $municipality }.

    Still not satisfied after that? Then you can go to the National Ombudsman (Nationale ombudsman). Does your municipality have its own ombudsman? Then you go to that ombudsman. Making a complaint is free.
accessibility-date = This statement was drawn up on { $date }.
accessibility-model = This statement follows the model of Digitoegankelijk (digitoegankelijk.nl).

## Privacy
privacy-title = Privacy
privacy-intro = { $municipality } handles your data with care. Here you can read which data this website uses, and why.
privacy-who-title = Who is responsible?
privacy-who-text = { $municipality } is responsible for this website and for the data you enter here. We follow the General Data Protection Regulation (GDPR, in Dutch: AVG). That is the law that protects your privacy.
privacy-data-title = Which data do we keep?
privacy-data-text =
    If you only read pages, we keep nothing about you.

    We do not keep your IP address. That is the address of your internet connection. Not in our log files either.

    Do you make a report? Then we only keep what you fill in yourself. You do not have to give your name.

    Do you send a photo or PDF file with it? Then we keep it with your report. From a photo we first remove the hidden data, such as the place where it was taken. Only the team that handles reports can see the files. We delete them together with the report's details.
privacy-no-tracking-title = No cookies that follow you
privacy-no-tracking-text =
    This website does not use cookies to follow you. We do not measure who visits the website.

    Everything comes from our own server. No data goes to other companies, such as Google or Facebook.
privacy-rights-title = Your rights
privacy-rights-text =
    You may ask which data we hold about you. You may also ask us to correct or delete data.

    Do you disagree with how we handle your data? Then you can file a complaint with the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).
privacy-contact-title = Questions about privacy?
privacy-contact-text = Contact the data protection officer of { $municipality }. You can find the details on the municipality's website.

## Navigation
service-nav-label = Main menu
nav-life-events = Something changes in your life
breadcrumbs-label = You are here
breadcrumbs-home = Home
home-start-duty = What must you tell us?
home-start-duty-text = Changes you must report to us. And why that matters.
home-start-events-text = Moving in together, moving house or starting a job? Read what to do.

## Rights and duties
topics-title = Rights and duties
topics-lead = Here you can read what you must do when you receive social assistance. And what you can expect from us.
topics-group-start = Start here
topics-group-duties = What must you tell us?
topics-group-mistake = If something goes wrong
topics-group-rights = Your rights and help
topics-group-about = About checks, and for partners
page-updated = Updated on { $date }.
page-checked = Checked against the law on { $date }.
printed-from = This text comes from { $url }
translation-aid = This translation is an aid. The Dutch text is the official text.
translation-read-dutch = Read the Dutch text.
translation-missing = This page has not been translated yet. You are reading the Dutch text.
translation-outdated = The Dutch text has changed. This translation has not been updated yet.
page-withdrawn = This page was withdrawn on { $date }.

## Search
search-title = Search
search-label = Search this website
search-button = Search
search-empty = Type one or more words. For example: rent, work or holiday.
search-no-words = We could not find any words in your search. Type one or more words.
search-failed = Search is not working right now. Please try again later.
search-none = No results for ‘{ $query }’.
search-count = { $count } results for ‘{ $query }’.
search-count-one = 1 result for ‘{ $query }’.
search-help-title = Tips
search-help-words = Use other or fewer words.
search-help-spelling = Check the spelling.
search-help-browse = See all topics.

## Films
films-title = Films
films-lead = Short films that explain. With captions, and the text below.
films-index-link = Watch the explainer films.
film-watch = Watch the film: { $title }
film-download = Download the film.
film-transcript = Text of the film

## 429
too-many-title = Please wait a moment
too-many-text = You have sent a lot in a short time. Wait one minute. Then try again.

## Report
report-title = Report a suspicion of benefit fraud
report-intro-signal = Do you think someone receives social assistance they are not entitled to? Then you can report it here. A report is a signal. It is not proof.
report-intro-team = Our team looks at every report carefully. Sometimes we look into the situation further. Sometimes we do nothing, because there is too little to go on.
report-intro-outcome = You will not hear what we do with your report. This protects the other person's privacy.
report-intro-harm = A false accusation can do someone a lot of harm. Only report what you really believe is true.
report-intro-facts = Facts help us most. Write down what you have seen or heard yourself. Not what you think of it.
report-anonymous-title = You can report anonymously
report-anonymous-text = You do not have to give your name. We do not keep your IP address. At the end you get a code. With that code you can check later whether we have a question.
report-start = Start your report
report-progress = Step { $step } of { $total }
report-back = Back
report-continue = Continue
report-send = Send report
report-change = Change
report-dont-know = I don't know
report-optional = All questions are optional. Don't know something? Leave it empty.
report-honeypot = Leave this field empty
report-step-soort = What do you think is going on?
report-kinds-hint = Choose one or more answers.
report-step-persoon = Who is your report about?
report-step-situatie = What have you seen?
report-step-hoe-weet-u-het = How do you know this?
report-step-contact = May we ask you something?
report-step-controleren = Check your report
report-contact-explain = Sometimes we have another question. Do you leave a name, e-mail address or phone number? Then we can call or e-mail you. Only our team sees these details. We never tell the person who made the report.
report-contact-no = No, I report anonymously
report-contact-yes = Yes, you may contact me
report-contact-fields-hint = Only fill these in if you chose yes above.
report-contact-name = Name
report-contact-email = E-mail address
report-contact-phone = Phone number
report-check-send-text = Is everything right? Then send your report.
report-received-title = Your report has been received
report-receipt-label = Your code:
report-receipt-keep = Write this code down or take a photo of it. You only see it once. With the code you can check later whether we have a question for you.
report-next-title = What happens now?
report-next-text = Our team looks at your report within a few working days. You will not hear what we do with it. Did you give us your details? Then we may contact you.
report-expired-title = Your report is no longer kept
report-expired-text = We keep a report that has not been sent for two hours. That time has passed, or you had not started yet. Please start again.
report-error-prefix = Error
report-error-summary = There is a problem
report-error-no-kind = Choose what you think is going on.
report-error-too-long = Use at most { $max } characters.
report-error-not-a-choice = Choose one of the answers.
report-error-characters = This answer contains characters we cannot store.
report-error-contact-choice = Choose whether we may contact you.
report-error-contact-missing = Fill in a name, e-mail address or phone number. Or choose to report anonymously.
report-error-email = Enter an e-mail address like name@example.com.
report-error-phone = Enter a phone number, for example 06 12345678.
report-return-link = Come back later with your code
report-return-title = Come back to your report
report-return-intro = Enter the code you got when you sent your report. Then you can see whether we have a question for you.
report-return-none = We have no question for you right now. Please check again later.
report-return-from-team = Question from our team
report-return-from-you = Your answer
report-return-answer = Your answer
report-return-thanks = Thank you. We have received your answer.
report-error-code = We do not know this code. Check the 16 digits.
report-error-answer-empty = Write an answer.

## Photos or files with a report (optional)
report-evidence-row = Photos or files
report-evidence-none = None
report-evidence-add-link = Add
report-evidence-title = Add photos or files
report-evidence-intro = Do you have a photo or a PDF file that shows what your report is about? Then you can send it with your report. You do not have to. You can send 3 files. Each file can be up to 10 MB.
report-evidence-warning-label = Warning:
report-evidence-people = A photo of a person contains personal data. Only send such a photo if it shows what your report is about.
report-evidence-cleaned = We remove hidden data from a photo, such as the place and time it was taken. Only our team can see the files.
report-evidence-added = Your files
report-evidence-numbered = File { $n }
report-evidence-photo = photo
report-evidence-pdf = PDF file
report-evidence-remove = Remove
report-evidence-full = You have added 3 files. You cannot add more. Do you want to send another file? Remove a file first.
report-evidence-choose = Choose a file
report-evidence-hint = A photo (JPG, PNG or WebP) or a PDF file of up to 10 MB.
report-evidence-add = Add file
report-evidence-done = Done, back to your report
report-evidence-error-none = Choose a file.
report-evidence-error-size = The file is larger than 10 MB. Choose a smaller file.
report-evidence-error-type = We cannot keep this kind of file. Choose a photo (JPG, PNG or WebP) or a PDF file.
report-evidence-error-unreadable = We cannot open this file. It may be damaged, or the photo may be too large. Choose another file.
report-evidence-error-many = You already have 3 files. Remove a file first.
report-evidence-error-busy = It is very busy right now. Your report is saved. Try adding the file again in a minute.

## E-mail to a reporter (only that a question is waiting; never the question itself)
mail-question-subject = We have a question for you
mail-question-body = Our team has a question about your report. You can read the question on our website. Go to { $url } and enter your code there. This is the code you got when you sent your report.
mail-question-privacy = We do not put the question in an e-mail. This keeps your report private. Please do not reply to this e-mail. We do not read replies.

# The report form when the database cannot be reached, and when many reports start at once.
report-outage-title = Something is not working right now
report-outage-kept = Your answers are not lost. What you filled in before has been kept.
report-outage-typed = What you just filled in is still here. Click Try again to send it.
report-outage-wait = Please try again in a minute.
report-outage-retry = Try again
report-code-unavailable = We cannot check codes right now. Your code is not wrong. Please try again in a minute.
report-busy-title = Please wait a moment
report-busy-text = Many people are starting a report at the same time. So you will continue in a few seconds.
report-busy-wait = Wait { $seconds } seconds. Then click Continue.
report-busy-working = Your browser is busy for a moment. You will continue by yourself.
report-busy-done = Done. You will continue now.
report-busy-later = Rather later? Go to the home page.

## Resultaten van de controles (openbare cijfers per jaar)
results-title = Results of the checks
results-lead = How many reports did the municipality receive? And what happened to them? Here are the figures per year.
results-privacy = We only count. Nothing here is about one person. Is a number smaller than 5? Then it says: fewer than 5.
results-year = Year
results-so-far = { $year } (so far)
results-received = Received
results-investigated = Led to an investigation
results-share = Share investigated
results-outcomes-title = What came of them?
results-outcomes-intro = These are the reports that were finished. A report can have more than one outcome, for example paying money back and a fine. That report then counts under both.
results-outcome = Outcome
results-fewer-than-five = fewer than 5
results-outcome-no_action = No consequences
results-outcome-warning = Warning
results-outcome-repayment = Money paid back
results-outcome-fine = Fine
results-outcome-measure = Measure: less social assistance for a while
results-outcome-benefit_ended = Social assistance stopped
results-outcome-criminal_report = Report to the police
results-outcome-referred = Passed on to another organisation
results-more = Read how we check
results-themes = Themes we check this year
results-table = Reports per year
results-outcomes-table = Outcomes per year
results-index-link = Results of the checks
