# Profilaktyka (zgłoszenie 17): test wiedzy, „Czy te informacje były jasne?” i pytanie bez podawania nazwiska.
# Prosty język (B1): krótkie zdania, zwykłe słowa, forma „Państwo”.

prevention-error-summary = Wystąpił problem

## Test „Czy wiedzą Państwo, co trzeba nam zgłosić?”
selfcheck-title = Czy wiedzą Państwo, co trzeba nam zgłosić?
selfcheck-lead = W kilka minut sprawdzą Państwo, co wiedzą o swoich obowiązkach przy zasiłku z pomocy społecznej (bijstand).
selfcheck-how = Zobaczą Państwo { $total } krótkich sytuacji. Przy każdej sytuacji wybierają Państwo: tak, nie albo nie wiem. Potem od razu zobaczą Państwo prawidłową odpowiedź.
selfcheck-private = Nie przechowujemy żadnych informacji o Państwu. Liczymy tylko, jak często pada każda odpowiedź. Dzięki temu widzimy, które zasady musimy lepiej wyjaśnić.
selfcheck-start = Rozpocznij test
selfcheck-progress = Pytanie { $number } z { $total }
selfcheck-answer-yes = Tak
selfcheck-answer-no = Nie
selfcheck-answer-unknown = Nie wiem
selfcheck-continue = Zobacz odpowiedź
selfcheck-error-choose = Proszę wybrać: tak, nie albo nie wiem
selfcheck-explanation-title = Odpowiedź na pytanie { $number } z { $total }
selfcheck-you-answered = Państwa odpowiedź: { $answer }.
selfcheck-right = To prawidłowa odpowiedź.
selfcheck-wrong = To nieprawidłowa odpowiedź.
selfcheck-now-you-know = Teraz już Państwo wiedzą.
selfcheck-read-more = Więcej informacji:
selfcheck-next = Następne pytanie
selfcheck-to-result = Zobacz swój wynik
selfcheck-result-title = Państwa wynik
selfcheck-result-score = Znali Państwo { $knew } z { $total } odpowiedzi.
selfcheck-to-read = Więcej informacji na ten temat
selfcheck-doubt-title = Mają Państwo wątpliwości? Proszę nas zapytać
selfcheck-doubt-text = Nie wiedzą Państwo na pewno, czy trzeba nam coś zgłosić? Proszę nas zapytać. Pytać można zawsze. Mogą Państwo też zadać pytanie bez podawania nazwiska.
selfcheck-ask-link = Zadaj pytanie bez podawania nazwiska
selfcheck-again = Zrób test jeszcze raz

## Czy te informacje były jasne?
feedback-question = Czy te informacje były jasne?
feedback-yes = Tak
feedback-no = Nie
feedback-thanks = Dziękujemy za odpowiedź
feedback-thanks-text = Dzięki Państwa odpowiedzi ulepszamy nasze informacje. Nie przechowujemy żadnych informacji o Państwu.
feedback-comment-title = Co było niejasne?
feedback-comment-hint = To pole nie jest obowiązkowe. Proszę nie wpisywać imienia i nazwiska ani innych danych o sobie. Czytają to tylko autorzy tej strony internetowej.
feedback-comment-send = Wyślij
feedback-back = Powrót do strony: { $page }
feedback-error-unavailable = Teraz nie możemy zapisać Państwa uwagi. Proszę spróbować później.

## Pytanie bez podawania nazwiska
ask-title = Zadaj pytanie bez podawania nazwiska
ask-lead = Mają Państwo wątpliwości co do swojego zasiłku albo tego, co trzeba nam zgłosić? Proszę zadać pytanie. Nie muszą Państwo podawać nazwiska.
ask-promise-title = Kto przeczyta Państwa pytanie?
ask-promise-advisor = Doradca z działu kontaktu z klientami (Klantcontact) przeczyta Państwa pytanie i na nie odpowie.
ask-promise-not-team = Zespół, który bada zgłoszenia dotyczące oszustw, nie widzi Państwa pytania. Pytanie nigdy nie jest zgłoszeniem.
ask-promise-no-name = Nie pytamy, kim Państwo są. Proszę też nie wpisywać w pytaniu imienia i nazwiska, adresu ani numeru BSN.
ask-promise-deleted = Usuwamy Państwa pytanie i odpowiedź, gdy przeczytają Państwo odpowiedź, a jeśli nie, to po pewnym czasie.
ask-question-label = Państwa pytanie
ask-question-hint = Proszę napisać własnymi słowami, co chcą Państwo wiedzieć. Mogą Państwo pisać w swoim języku. Maksymalna liczba znaków: { $max }.
ask-email-label = Adres e-mail (nieobowiązkowo)
ask-email-hint = Tylko jeśli chcą Państwo dostać wiadomość, gdy odpowiedź będzie gotowa. W tej wiadomości nie ma nic więcej.
ask-continue = Dalej
ask-read-link = Mają Państwo już kod? Przeczytaj odpowiedź na swoje pytanie
ask-check-title = Proszę sprawdzić pytanie
ask-check-no-email = Brak adresu e-mail
ask-check-promise = Po wysłaniu pytania otrzymają Państwo kod. Dzięki temu kodowi przeczytają Państwo później odpowiedź.
ask-change = Zmień pytanie
ask-send = Wyślij pytanie
ask-error-empty = Proszę wpisać pytanie
ask-error-email = Proszę wpisać prawidłowy adres e-mail, na przykład name@example.com, albo zostawić to pole puste
ask-error-unavailable = Teraz nie możemy wysłać Państwa pytania. Państwa tekst jest poniżej. Proszę spróbować ponownie za kilka minut.
ask-received-title = Państwa pytanie zostało wysłane
ask-code-label = Państwa kod to:
ask-code-keep = Proszę zapisać ten kod albo zrobić mu zdjęcie. Zobaczą go Państwo tylko raz. Bez kodu nie można przeczytać odpowiedzi.
ask-email-will-tell = Gdy odpowiedź będzie gotowa, otrzymają Państwo e-mail.
ask-read-title = Przeczytaj odpowiedź na swoje pytanie
ask-code-hint = Kod z 16 cyfr, który otrzymali Państwo po wysłaniu pytania.
ask-read-button = Przeczytaj odpowiedź
ask-error-code = Nie znamy tego kodu. Proszę sprawdzić, czy kod został dobrze przepisany.
ask-error-code-unavailable = Teraz nie możemy sprawdzić kodów. Proszę spróbować ponownie za kilka minut.
ask-your-question = Państwa pytanie
ask-asked-on = Data pytania: { $date }
ask-answer-title = Nasza odpowiedź
ask-answer-deleted = Usuniemy Państwa pytanie i tę odpowiedź po { $days } dniach od pierwszego przeczytania odpowiedzi. Chcą Państwo ją zachować? Proszę ją zapisać albo zrobić zdjęcie.
ask-not-yet = Na Państwa pytanie nie ma jeszcze odpowiedzi. Proszę sprawdzić ponownie za kilka dni.
ask-another = Zadaj kolejne pytanie

mail-answer-subject = Odpowiedź na Państwa pytanie jest gotowa
mail-answer-body = Odpowiedź na Państwa pytanie jest gotowa. Mogą ją Państwo przeczytać ze swoim kodem na stronie { $url }
mail-answer-privacy = W tym e-mailu nie ma Państwa pytania ani odpowiedzi. Dzięki temu Państwa pytanie pozostaje tylko Państwa.

## Oświadczenie o prywatności
privacy-prevention-title = Test wiedzy, uwagi i pytania bez podawania nazwiska
privacy-prevention-text =
    Robią Państwo test „Czy wiedzą Państwo, co trzeba nam zgłosić?” albo mówią nam, czy dana strona była jasna? Wtedy liczymy tylko Państwa odpowiedź. Nie wiemy, od kogo ona pochodzi. Test zapamiętuje Państwa odpowiedzi na dwie godziny w pliku cookie na Państwa własnym urządzeniu.

    Piszą Państwo, co było niejasne? Wtedy przechowujemy ten tekst bez Państwa nazwiska i usuwamy go po określonym czasie. Czytają go tylko autorzy tej strony internetowej.

    Zadają Państwo pytanie bez podawania nazwiska? Wtedy usuwamy pytanie i odpowiedź krótko po tym, jak przeczytają Państwo odpowiedź. Na stronie z odpowiedzią jest napisane, jak długo je przechowujemy. Podają Państwo adres e-mail? Wtedy wysyłamy na niego jedną wiadomość: że odpowiedź jest gotowa. Potem już nie przechowujemy tego adresu.
