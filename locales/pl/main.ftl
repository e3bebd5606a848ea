# Helder – site-wide texts in Polish. Dutch (nl) is the leading language.

## Site
site-title = Helder – { $municipality }
site-product = Praca i dochód
page-title = { $page } – { $municipality }
skip-link = Przejdź do treści
language-switcher-label = Wybierz język
footer-nav-label = O tej stronie
footer-owner = To jest strona internetowa gminy { $municipality }.
print-page = Wydrukuj tę stronę

## Home
home-title = Państwa prawa i obowiązki przy zasiłku
home-lead = Otrzymują Państwo zasiłek z pomocy społecznej (bijstand) od gminy { $municipality }? A może składają Państwo wniosek o ten zasiłek? Tutaj przeczytają Państwo, co trzeba zrobić i czego mogą Państwo od nas oczekiwać.
home-offer-title = Co znajdą Państwo na tej stronie?
home-offer-rights = Wyjaśnienie Państwa praw i obowiązków, prostymi słowami.
home-offer-languages = To samo wyjaśnienie w innych językach.
home-offer-report = Formularz, w którym można zgłosić podejrzenie, że ktoś łamie zasady zasiłku. Nie trzeba podawać nazwiska.
home-doubt-title = Mają Państwo wątpliwości?
home-doubt-text = Nie wiedzą Państwo na pewno, czy trzeba nam coś zgłosić? Proszę nas zapytać. Pytanie nic nie kosztuje. Tak unikną Państwo problemów w przyszłości.
home-doubt-contact = Jak się z nami skontaktować

## Not found
not-found-title = Nie znaleziono strony
not-found-intro = Ta strona nie istnieje. Może adres został źle wpisany. Albo strona została przeniesiona.
not-found-home-link = Przejdź do strony głównej

## Accessibility
accessibility-title = Dostępność
accessibility-intro = Gmina { $municipality } chce, aby każdy mógł korzystać z tej strony, także osoby, które słabo widzą, słabo słyszą lub mają trudności z czytaniem. To oświadczenie dotyczy tej strony, z informacjami o zasiłku i formularzem zgłoszenia, a nie strony { $website }.
accessibility-status-title = Na ile dostępna jest ta strona?
accessibility-status-text =
    Status tej strony to: C – podjęto pierwsze działania. Tak nazywa to model holenderskiego rządu.

    Oznacza to, że sami testujemy stronę i stale ją ulepszamy. Ale niezależny ekspert jeszcze jej nie zbadał. Dlatego nie wiemy jeszcze na pewno, czy strona spełnia wszystkie wymagania. Status A lub B jest możliwy dopiero po takim badaniu.

    Niezależne badanie jest zaplanowane. Ekspert spoza gminy sprawdzi wtedy wszystkie wymagania według stałej metody. Wynik opublikujemy na tej stronie.
accessibility-tested-title = Jak testujemy stronę?
accessibility-tested-text =
    Przestrzegamy normy WCAG 2.2, poziom AA. WCAG to lista wymagań dla stron internetowych. Dzięki nim także osoby z niepełnosprawnością mogą dobrze korzystać ze strony. Europejska norma EN 301 549 zawiera te same wymagania. Instytucje publiczne w Holandii muszą jej przestrzegać.

    Każdą nową wersję strony testujemy automatycznie, zanim zostanie opublikowana:

    - Każdą publiczną stronę we wszystkich 8 językach sprawdzamy programem axe-core. Robimy to na wąskim ekranie, takim jak w telefonie (320 pikseli szerokości), i na ekranie komputera (1280 pikseli szerokości).
    - Kod HTML każdego rodzaju strony sprawdzamy programem html-validate.
    - Z formularzy korzystamy wyłącznie za pomocą klawiatury: z formularza zgłoszenia, ze strony, na którą wracają Państwo z kodem zgłoszenia, i z logowania dla pracowników. Na każdym kroku celowo popełniamy błąd. Sprawdzamy, czy kursor od razu przechodzi do komunikatu o błędzie i czy wiadomo, którego pola dotyczy błąd.
    - Każda strona i każdy formularz działa także bez JavaScriptu.
    - Arabski i farsi czyta się od prawej do lewej. Te strony sprawdzamy także na zrzutach ekranu.

    Czego jeszcze nie zrobiliśmy: testu przeprowadzonego przez eksperta razem z osobami, które korzystają z technologii wspomagających, na przykład z czytnika ekranu. Czytnik ekranu to program, który czyta na głos tekst z ekranu.

    Ostatni test: { $date }.
accessibility-problems-title = Co jeszcze nie działa dobrze?
accessibility-problems-text =
    Znamy następujące problemy. Poniżej piszemy też, co z nimi robimy.

    - Tłumaczeń nie sprawdziła jeszcze osoba, dla której dany język jest językiem ojczystym. Wiążący jest tekst niderlandzki. Teraz zlecamy sprawdzenie tłumaczeń. Mają Państwo wątpliwości? Proszę przeczytać tekst niderlandzki lub do nas zadzwonić.
    - Na stronach po angielsku, turecku, polsku i somalijsku są niderlandzkie nazwy ustaw, organizacji i formularzy. Nie zawsze są one oznaczone jako niderlandzkie. Czytnik ekranu może je wtedy przeczytać niewłaściwym głosem. Pracujemy nad tym. Nie rozumieją Państwo jakiejś nazwy? Proszę do nas zadzwonić, wyjaśnimy ją.
    - Filmy mają napisy. Pełny tekst każdego filmu jest też pod filmem. Nie ma jednak osobnej audiodeskrypcji, czyli głosu, który opowiada, co widać na obrazie. Czegoś Państwu brakuje? Proszę przeczytać tekst pod filmem lub do nas zadzwonić.
    - Niezależne badanie jeszcze się nie odbyło. Jest zaplanowane. Wynik opublikujemy na tej stronie.
accessibility-contact-title = Czegoś nie mogą Państwo przeczytać albo użyć?
accessibility-contact-text = Prosimy nam o tym powiedzieć: na której stronie to było i co poszło nie tak. Proszę skontaktować się z gminą { $municipality }.
accessibility-contact-phone = Telefon
accessibility-contact-hours = Godziny kontaktu
accessibility-contact-address = Adres
accessibility-contact-website = Strona internetowa
accessibility-contact-answer = Odpowiadamy w ciągu 5 dni roboczych. W razie potrzeby otrzymają Państwo informacje w inny sposób, na przykład na papierze lub przez telefon.
accessibility-complaint-title = Nie są Państwo zadowoleni?
accessibility-complaint-text =
    Nie są Państwo zadowoleni z tego, jak zajęliśmy się Państwa pytaniem lub problemem? Albo nie odpowiedzieliśmy na czas? Proszę wtedy najpierw złożyć skargę do gminy { $municipality }.

    Nadal nie są Państwo zadowoleni? Wtedy mogą Państwo zwrócić się do krajowego rzecznika (Nationale ombudsman). Jeśli Państwa gmina ma własnego rzecznika, zwracają się Państwo do niego. Złożenie skargi jest bezpłatne.
accessibility-date = To oświadczenie zostało sporządzone { $date }.
accessibility-model = To oświadczenie jest zgodne z modelem Digitoegankelijk (digitoegankelijk.nl).

## Privacy
privacy-title = Prywatność
privacy-intro = Gmina { $municipality } starannie dba o Państwa dane. Tutaj przeczytają Państwo, jakich danych używa ta strona i dlaczego.
privacy-who-title = Kto za to odpowiada?
privacy-who-text = Gmina { $municipality } odpowiada za tę stronę i za dane, które Państwo tu wpisują. Przestrzegamy ogólnego rozporządzenia o ochronie danych (RODO, po niderlandzku: AVG). To prawo, które chroni Państwa prywatność.
privacy-data-title = Jakie dane przechowujemy?
privacy-data-text =
    Jeśli tylko czytają Państwo strony, nie przechowujemy o Państwu żadnych danych.

    Nie przechowujemy Państwa adresu IP. To adres Państwa połączenia z internetem. Nie zapisujemy go też w naszych plikach z logami.

    Wysyłają Państwo zgłoszenie? Wtedy przechowujemy tylko to, co Państwo sami wpiszą. Nie muszą Państwo podawać nazwiska.

    Wysyłają Państwo też zdjęcie lub plik PDF? Wtedy przechowujemy go przy Państwa zgłoszeniu. Ze zdjęcia najpierw usuwamy ukryte dane, takie jak miejsce, w którym zrobiono zdjęcie. Pliki może zobaczyć tylko zespół, który zajmuje się zgłoszeniami. Usuwamy je razem z danymi zgłoszenia.
privacy-no-tracking-title = Bez plików cookie, które Państwa śledzą
privacy-no-tracking-text =
    Ta strona nie używa plików cookie, żeby Państwa śledzić. Nie sprawdzamy, kto odwiedza stronę.

    Wszystko pochodzi z naszego własnego serwera. Żadne dane nie trafiają do innych firm, takich jak Google czy Facebook.
privacy-rights-title = Państwa prawa
privacy-rights-text =
    Mogą Państwo zapytać, jakie dane o Państwu mamy. Mogą Państwo też poprosić o poprawienie lub usunięcie danych.

    Nie zgadzają się Państwo z tym, jak postępujemy z Państwa danymi? Wtedy mogą Państwo złożyć skargę do holenderskiego urzędu ochrony danych (Autoriteit Persoonsgegevens).
privacy-contact-title = Pytania o prywatność?
privacy-contact-text = Proszę skontaktować się z inspektorem ochrony danych gminy { $municipality }. Dane kontaktowe są na stronie internetowej gminy.

## Navigation
service-nav-label = Menu główne
nav-life-events = Coś się zmienia w Państwa życiu
breadcrumbs-label = Jesteś tutaj
breadcrumbs-home = Strona główna
home-start-duty = Co trzeba nam zgłaszać?
home-start-duty-text = Zmiany, które trzeba nam zgłaszać. I dlaczego to jest ważne.
home-start-events-text = Zamieszkają Państwo z partnerem, przeprowadzają się albo dostają pracę? Proszę przeczytać, co trzeba zrobić.

## Rights and duties
topics-title = Prawa i obowiązki
topics-lead = Tutaj przeczytają Państwo, co trzeba robić, gdy otrzymują Państwo zasiłek z pomocy społecznej. I czego mogą Państwo od nas oczekiwać.
topics-group-start = Na początek
topics-group-duties = Co trzeba nam zgłaszać?
topics-group-mistake = Gdy coś pójdzie nie tak
topics-group-rights = Państwa prawa i pomoc
topics-group-about = O kontrolach i dla organizacji współpracujących
page-updated = Zaktualizowano: { $date }.
page-checked = Sprawdzono z przepisami: { $date }.
printed-from = Ten tekst pochodzi ze strony { $url }
translation-aid = To tłumaczenie jest pomocą. Oficjalny jest tekst w języku niderlandzkim.
translation-read-dutch = Przeczytaj tekst w języku niderlandzkim.
translation-missing = Ta strona nie jest jeszcze przetłumaczona. Czytają Państwo tekst w języku niderlandzkim.
translation-outdated = Tekst w języku niderlandzkim się zmienił. To tłumaczenie nie zostało jeszcze zaktualizowane.
page-withdrawn = Ta strona została wycofana { $date }.

## Search
search-title = Wyszukiwanie
search-label = Szukaj na tej stronie
search-button = Szukaj
search-empty = Proszę wpisać jedno lub więcej słów. Na przykład: czynsz, praca albo urlop.
search-no-words = Nie znaleźliśmy żadnych słów w Państwa zapytaniu. Proszę wpisać jedno lub więcej słów.
search-failed = Wyszukiwanie teraz nie działa. Proszę spróbować później.
search-none = Brak wyników dla „{ $query }”.
search-count = Liczba wyników dla „{ $query }”: { $count }.
search-count-one = 1 wynik dla „{ $query }”.
search-help-title = Wskazówki
search-help-words = Proszę użyć innych słów albo mniej słów.
search-help-spelling = Proszę sprawdzić pisownię.
search-help-browse = Zobacz wszystkie tematy.

## Films
films-title = Filmy
films-lead = Krótkie filmy z wyjaśnieniami. Z napisami i z tekstem pod filmem.
films-index-link = Obejrzyj filmy z wyjaśnieniami.
film-watch = Obejrzyj film: { $title }
film-download = Pobierz film.
film-transcript = Tekst filmu

## 429
too-many-title = Proszę chwilę poczekać
too-many-text = Wysłali Państwo dużo w krótkim czasie. Proszę odczekać minutę. Potem proszę spróbować ponownie.

## Report
report-title = Zgłoszenie podejrzenia oszustwa
report-intro-signal = Uważają Państwo, że ktoś otrzymuje zasiłek z pomocy społecznej (bijstand), do którego nie ma prawa? Mogą Państwo to zgłosić tutaj. Zgłoszenie to sygnał. To nie jest dowód.
report-intro-team = Nasz zespół dokładnie sprawdza każde zgłoszenie. Czasem badamy sytuację dalej. Czasem nic nie robimy, bo jest za mało wskazówek.
report-intro-outcome = Nie dowiedzą się Państwo, co robimy z Państwa zgłoszeniem. W ten sposób chronimy prywatność drugiej osoby.
report-intro-harm = Fałszywe oskarżenie może bardzo zaszkodzić drugiemu człowiekowi. Proszę zgłaszać tylko to, co Państwo naprawdę uważają za prawdę.
report-intro-facts = Najbardziej pomagają nam fakty. Proszę opisać, co Państwo sami widzieli lub słyszeli. A nie to, co Państwo o tym myślą.
report-anonymous-title = Mogą Państwo zgłosić to anonimowo
report-anonymous-text = Nie muszą Państwo podawać nazwiska. Nie przechowujemy Państwa adresu IP. Na końcu otrzymają Państwo kod. Dzięki temu kodowi mogą Państwo później sprawdzić, czy mamy pytanie.
report-start = Rozpocznij zgłoszenie
report-progress = Krok { $step } z { $total }
report-back = Wstecz
report-continue = Dalej
report-send = Wyślij zgłoszenie
report-change = Zmień
report-dont-know = Nie wiem
report-optional = Wszystkie pytania są dobrowolne. Czegoś Państwo nie wiedzą? Proszę zostawić to pole puste.
report-honeypot = Proszę zostawić to pole puste
report-step-soort = Co Państwa zdaniem się dzieje?
report-kinds-hint = Proszę wybrać jedną lub więcej odpowiedzi.
report-step-persoon = Kogo dotyczy Państwa zgłoszenie?
report-step-situatie = Co Państwo widzieli?
report-step-hoe-weet-u-het = Skąd Państwo o tym wiedzą?
report-step-contact = Czy możemy o coś Państwa zapytać?
report-step-controleren = Proszę sprawdzić zgłoszenie
report-contact-explain = Czasem mamy jeszcze pytanie. Jeśli zostawią Państwo imię i nazwisko, adres e-mail lub numer telefonu, możemy do Państwa zadzwonić albo napisać e-mail. Te dane widzi tylko nasz zespół. Nigdy nie mówimy tej osobie, kto złożył zgłoszenie.
report-contact-no = Nie, zgłaszam anonimowo
report-contact-yes = Tak, zgadzam się na kontakt
report-contact-fields-hint = Proszę wypełnić tylko wtedy, gdy wybrali Państwo powyżej „tak”.
report-contact-name = Imię i nazwisko
report-contact-email = Adres e-mail
report-contact-phone = Numer telefonu
report-check-send-text = Czy wszystko się zgadza? W takim razie proszę wysłać zgłoszenie.
report-received-title = Otrzymaliśmy Państwa zgłoszenie
report-receipt-label = Państwa kod:
report-receipt-keep = Proszę zapisać ten kod albo zrobić mu zdjęcie. Zobaczą go Państwo tylko raz. Dzięki temu kodowi mogą Państwo później sprawdzić, czy mamy do Państwa pytanie.
report-next-title = Co dzieje się teraz?
report-next-text = Nasz zespół sprawdzi Państwa zgłoszenie w ciągu kilku dni roboczych. Nie dowiedzą się Państwo, co z nim zrobimy. Podali nam Państwo swoje dane? Wtedy możemy się z Państwem skontaktować.
report-expired-title = Państwa zgłoszenie nie jest już przechowywane
report-expired-text = Niewysłane zgłoszenie przechowujemy przez dwie godziny. Ten czas minął albo jeszcze Państwo nie zaczęli. Proszę zacząć od nowa.
report-error-prefix = Błąd
report-error-summary = Wystąpił problem
report-error-no-kind = Proszę wybrać, co Państwa zdaniem się dzieje.
report-error-too-long = Maksymalna liczba znaków: { $max }.
report-error-not-a-choice = Proszę wybrać jedną z odpowiedzi.
report-error-characters = Ta odpowiedź zawiera znaki, których nie możemy zapisać.
report-error-contact-choice = Proszę wybrać, czy możemy się z Państwem skontaktować.
report-error-contact-missing = Proszę wpisać imię i nazwisko, adres e-mail lub numer telefonu. Albo wybrać zgłoszenie anonimowe.
report-error-email = Proszę wpisać adres e-mail, na przykład name@example.com.
report-error-phone = Proszę wpisać numer telefonu, na przykład 06 12345678.
report-return-link = Proszę wrócić później ze swoim kodem
report-return-title = Powrót do zgłoszenia
report-return-intro = Proszę wpisać kod, który otrzymali Państwo po wysłaniu zgłoszenia. Wtedy zobaczą Państwo, czy mamy do Państwa pytanie.
report-return-none = Nie mamy teraz do Państwa pytania. Proszę sprawdzić ponownie później.
report-return-from-team = Pytanie od naszego zespołu
report-return-from-you = Państwa odpowiedź
report-return-answer = Państwa odpowiedź
report-return-thanks = Dziękujemy. Otrzymaliśmy Państwa odpowiedź.
report-error-code = Nie znamy tego kodu. Proszę sprawdzić 16 cyfr.
report-error-answer-empty = Proszę wpisać odpowiedź.

## Photos or files with a report (optional)
report-evidence-row = Zdjęcia lub pliki
report-evidence-none = Brak
report-evidence-add-link = Dodaj
report-evidence-title = Dodaj zdjęcia lub pliki
report-evidence-intro = Mają Państwo zdjęcie lub plik PDF, który pokazuje, czego dotyczy Państwa zgłoszenie? Wtedy mogą Państwo wysłać go razem ze zgłoszeniem. Nie muszą Państwo tego robić. Mogą Państwo wysłać 3 pliki. Każdy plik może mieć maksymalnie 10 MB.
report-evidence-warning-label = Uwaga:
report-evidence-people = Zdjęcie osoby zawiera dane osobowe. Proszę wysyłać takie zdjęcie tylko wtedy, gdy pokazuje, czego dotyczy Państwa zgłoszenie.
report-evidence-cleaned = Usuwamy ze zdjęcia ukryte dane, takie jak miejsce i czas zrobienia zdjęcia. Pliki może zobaczyć tylko nasz zespół.
report-evidence-added = Państwa pliki
report-evidence-numbered = Plik { $n }
report-evidence-photo = zdjęcie
report-evidence-pdf = plik PDF
report-evidence-remove = Usuń
report-evidence-full = Dodali Państwo 3 pliki. Więcej nie można. Chcą Państwo wysłać inny plik? Proszę najpierw usunąć jeden plik.
report-evidence-choose = Wybierz plik
report-evidence-hint = Zdjęcie (JPG, PNG lub WebP) albo plik PDF, maksymalnie 10 MB.
report-evidence-add = Dodaj plik
report-evidence-done = Gotowe, powrót do Państwa zgłoszenia
report-evidence-error-none = Proszę wybrać plik.
report-evidence-error-size = Plik jest większy niż 10 MB. Proszę wybrać mniejszy plik.
report-evidence-error-type = Nie możemy zapisać tego rodzaju pliku. Proszę wybrać zdjęcie (JPG, PNG lub WebP) albo plik PDF.
report-evidence-error-unreadable = Nie możemy otworzyć tego pliku. Może jest uszkodzony albo zdjęcie jest za duże. Proszę wybrać inny plik.
report-evidence-error-many = Mają Państwo już 3 pliki. Proszę najpierw usunąć jeden plik.
report-evidence-error-busy = Teraz jest bardzo duży ruch. Państwa zgłoszenie zostało zapisane. Proszę za minutę spróbować ponownie dodać plik.

## E-mail to a reporter (only that a question is waiting; never the question itself)
mail-question-subject = Mamy do Państwa pytanie
mail-question-body = Nasz zespół ma pytanie dotyczące Państwa zgłoszenia. Pytanie można przeczytać na naszej stronie internetowej. Proszę wejść na stronę { $url } i wpisać tam swój kod. To kod, który otrzymali Państwo po wysłaniu zgłoszenia.
mail-question-privacy = Nie wpisujemy pytania do e-maila. Dzięki temu Państwa zgłoszenie pozostaje poufne. Prosimy nie odpowiadać na tego e-maila. Nie czytamy odpowiedzi.

# The report form when the database cannot be reached, and when many reports start at once.
report-outage-title = Teraz występuje krótka awaria
report-outage-kept = Twoje odpowiedzi nie zginęły. To, co wpisałeś wcześniej, jest zapisane.
report-outage-typed = To, co właśnie wpisałeś, nadal tu jest. Kliknij Spróbuj ponownie, aby to wysłać.
report-outage-wait = Spróbuj ponownie za minutę.
report-outage-retry = Spróbuj ponownie
report-code-unavailable = Teraz nie możemy sprawdzić kodów. Twój kod nie jest błędny. Spróbuj ponownie za minutę.
report-busy-title = Chwileczkę
report-busy-text = Teraz wiele osób zaczyna zgłoszenie w tym samym czasie. Dlatego przejdziesz dalej za kilka sekund.
report-busy-wait = Poczekaj { $seconds } sekund. Potem kliknij Dalej.
report-busy-working = Twoja przeglądarka jest przez chwilę zajęta. Przejdziesz dalej sam.
report-busy-done = Gotowe. Przechodzisz dalej.
report-busy-later = Wolisz później? Przejdź do strony głównej.

## Resultaten van de controles (openbare cijfers per jaar)
results-title = Wyniki kontroli
results-lead = Ile zgłoszeń otrzymała gmina? Co się z nimi stało? Tutaj widzą Państwo liczby za każdy rok.
results-privacy = Tylko liczymy. Nie ma tu nic o jednej osobie. Jeśli liczba jest mniejsza niż 5, piszemy: mniej niż 5.
results-year = Rok
results-so-far = { $year } (do tej pory)
results-received = Otrzymane zgłoszenia
results-investigated = Zgłoszenia, które doprowadziły do dochodzenia
results-share = Odsetek zbadanych
results-outcomes-title = Jaki był wynik?
results-outcomes-intro = To są zgłoszenia, które zostały zakończone. Zgłoszenie może mieć więcej niż jeden wynik, na przykład zwrot pieniędzy i karę pieniężną. Wtedy to zgłoszenie jest liczone przy obu wynikach.
results-outcome = Wynik
results-fewer-than-five = mniej niż 5
results-outcome-no_action = Bez konsekwencji
results-outcome-warning = Ostrzeżenie
results-outcome-repayment = Zwrot pieniędzy
results-outcome-fine = Kara pieniężna
results-outcome-measure = Sankcja: przez pewien czas niższy zasiłek (maatregel)
results-outcome-benefit_ended = Zasiłek wstrzymany
results-outcome-criminal_report = Zawiadomienie policji
results-outcome-referred = Przekazane do innej organizacji
results-more = Przeczytaj, jak kontrolujemy
results-themes = Tematy, które kontrolujemy w tym roku
results-table = Zgłoszenia według roku
results-outcomes-table = Wyniki według roku
results-index-link = Wyniki kontroli
