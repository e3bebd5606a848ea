# Prevention (issue 17): the self-check, "Was this information clear?" and the anonymous question.

prevention-error-summary = There is a problem

## Self-check
selfcheck-title = Do you know what to tell us?
selfcheck-lead = Find out in a few minutes what you know about your duties when you receive social assistance.
selfcheck-how = You will see { $total } short situations. For each one, choose: yes, no or I don't know. Then you see the right answer straight away.
selfcheck-private = We keep nothing about you. We only count how often each answer is given. That shows us which rules we need to explain better.
selfcheck-start = Start the test
selfcheck-progress = Question { $number } of { $total }
selfcheck-answer-yes = Yes
selfcheck-answer-no = No
selfcheck-answer-unknown = I don't know
selfcheck-continue = See the answer
selfcheck-error-choose = Choose yes, no or I don't know
selfcheck-explanation-title = The answer to question { $number } of { $total }
selfcheck-you-answered = You answered: { $answer }.
selfcheck-right = That is right.
selfcheck-wrong = That is not right.
selfcheck-now-you-know = Now you know.
selfcheck-read-more = Read more:
selfcheck-next = Next question
selfcheck-to-result = See your result
selfcheck-result-title = Your result
selfcheck-result-score = You knew { $knew } of the { $total } answers.
selfcheck-to-read = Read more about this
selfcheck-doubt-title = Not sure? Ask us
selfcheck-doubt-text = Not sure whether you need to tell us something? Ask us. You may always ask. You can also ask a question without giving your name.
selfcheck-ask-link = Ask a question without your name
selfcheck-again = Take the test again

## Was this information clear?
feedback-question = Was this information clear?
feedback-yes = Yes
feedback-no = No
feedback-thanks = Thank you for your answer
feedback-thanks-text = Your answer helps us make our information better. We keep nothing about you.
feedback-comment-title = What was not clear?
feedback-comment-hint = You do not have to fill this in. Do not write your name or other details about yourself. Only the writers of this website read this.
feedback-comment-send = Send
feedback-back = Back to { $page }
feedback-error-unavailable = We cannot save your comment right now. Please try again later.

## Ask a question without your name
ask-title = Ask a question without your name
ask-lead = Unsure about your benefit or about what to tell us? Ask your question. You do not have to give your name.
ask-promise-title = Who reads your question?
ask-promise-advisor = An advisor of the Customer Contact department reads your question and answers it.
ask-promise-not-team = The team that investigates reports of fraud cannot see your question. A question is never a report.
ask-promise-no-name = We do not ask who you are. Do not write a name, address or citizen service number (BSN) in your question.
ask-promise-deleted = We delete your question and the answer once you have read the answer, and otherwise after a while.
ask-question-label = Your question
ask-question-hint = Write in your own words what you want to know. You may write in your own language. At most { $max } characters.
ask-email-label = Email address (optional)
ask-email-hint = Only if you want a message when the answer is ready. That message says nothing else.
ask-continue = Continue
ask-read-link = Already have a code? Read the answer to your question
ask-check-title = Check your question
ask-check-no-email = No email address
ask-check-promise = When you send the question, you get a code. With that code you read the answer later.
ask-change = Change your question
ask-send = Send your question
ask-error-empty = Write your question
ask-error-email = Enter a valid email address, like name@example.com, or leave it empty
ask-error-unavailable = We cannot send your question right now. Your text is below. Please try again in a few minutes.
ask-received-title = Your question has been sent
ask-code-label = Your code is:
ask-code-keep = Write this code down or take a photo of it. You see the code only once. Without the code you cannot read the answer.
ask-email-will-tell = You will get an email when the answer is ready.
ask-read-title = Read the answer to your question
ask-code-hint = The 16-digit code you got when you sent the question.
ask-read-button = Read the answer
ask-error-code = We do not know this code. Check that you copied it correctly.
ask-error-code-unavailable = We cannot check codes right now. Please try again in a few minutes.
ask-your-question = Your question
ask-asked-on = Asked on { $date }
ask-answer-title = Our answer
ask-answer-deleted = We delete your question and this answer { $days } days after you first read the answer. Want to keep it? Write it down or take a photo.
ask-not-yet = Your question has not been answered yet. Please look again in a few days.
ask-another = Ask another question

mail-answer-subject = The answer to your question is ready
mail-answer-body = The answer to your question is ready. Read it with your code at { $url }
mail-answer-privacy = This email does not contain your question or the answer. That way your question stays yours.

## Privacy statement
privacy-prevention-title = Self-check, feedback and questions without a name
privacy-prevention-text =
    Do you take the self-check, or tell us whether a page was clear? Then we only count your answer. We do not know who it comes from. The self-check remembers your answers for two hours in a cookie on your own device.

    Do you write down what was not clear? Then we keep that text without your name, and delete it after a fixed time. Only the writers of this website read it.

    Do you ask a question without your name? Then we delete the question and the answer soon after you have read the answer. The page with the answer says how long we keep it. Do you give an email address? Then we send one message to it: that the answer is ready. After that we no longer keep the address.
