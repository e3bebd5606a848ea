# Helder – error pages in Polish. Dutch (nl) is the leading language.

error-home-link = Przejdź do strony głównej
error-retry-link = Spróbuj ponownie
error-code = Kod błędu { $status }

error-400-title = To zapytanie jest nieprawidłowe
error-400-text = Nie mogliśmy odczytać Państwa zapytania. Może adres jest błędny. Albo coś poszło nie tak podczas wysyłania.
error-400-next = Proszę wrócić przyciskiem „Wstecz” w przeglądarce. Potem proszę spróbować ponownie.

error-403-title = Brak dostępu
error-403-text = Nie mogą Państwo oglądać tej strony. Albo nie mogą Państwo tego zrobić.
error-403-next = Proszę wrócić przyciskiem „Wstecz” w przeglądarce. Albo przejść do strony głównej.

error-404-title = Nie znaleziono strony
error-404-text = Ta strona nie istnieje. Może adres został źle wpisany. Albo strona została przeniesiona.
error-404-next = Proszę sprawdzić adres. Albo zacząć od strony głównej.

error-405-title = Tak nie można tego zrobić
error-405-text = Ta strona nie może przyjąć takiego zapytania.
error-405-next = Proszę wrócić przyciskiem „Wstecz” w przeglądarce. Albo przejść do strony głównej.

error-408-title = To trwało za długo
error-408-text = Wysyłanie trwało za długo. Dlatego przestaliśmy czekać.
error-408-next = Proszę sprawdzić, czy internet działa. Potem proszę wrócić i spróbować ponownie.

error-413-title = To, co Państwo wysłali, jest za duże
error-413-text = Wysłali Państwo za dużo tekstu albo za duży plik. Nie możemy tego przyjąć.
error-413-next = Proszę wrócić przyciskiem „Wstecz” w przeglądarce. Proszę skrócić tekst albo wybrać mniejszy plik. Potem proszę spróbować ponownie.

error-414-title = Adres jest za długi
error-414-text = Adres tej strony jest za długi. Nie możemy go odczytać.
error-414-next = Proszę przejść do strony głównej. Tam proszę poszukać tej strony.

error-415-title = Formularz nie dotarł prawidłowo
error-415-text = Formularz został wysłany w inny sposób, niż oczekujemy. Dlatego nie możemy go odczytać.
error-415-next = Proszę wrócić do formularza. Proszę wysłać go ponownie.

error-422-title = Coś w formularzu się nie zgadza
error-422-text = Nie mogliśmy odczytać wszystkiego, co Państwo wpisali.
error-422-next = Proszę wrócić przyciskiem „Wstecz” w przeglądarce. Proszę sprawdzić odpowiedzi. Potem proszę wysłać formularz ponownie.

error-429-title = Proszę chwilę poczekać
error-429-text = Wysłali Państwo dużo w krótkim czasie.
error-429-next = Proszę odczekać minutę. Potem proszę spróbować ponownie.

error-431-title = Przeglądarka wysłała za dużo
error-431-text = Przeglądarka wysłała za dużo dodatkowych danych, na przykład plików cookie. Dlatego nie możemy odczytać tego zapytania.
error-431-next = Proszę usunąć pliki cookie tej strony w przeglądarce. Potem proszę spróbować ponownie.

error-500-title = Coś poszło nie tak
error-500-text = Coś poszło nie tak po naszej stronie. To nie jest Państwa wina.
error-500-next = Proszę spróbować ponownie za kilka minut. Nadal nie działa? Proszę skontaktować się z gminą.

error-503-title = Strona chwilowo nie działa
error-503-text = Część strony w tej chwili nie działa. To nie jest Państwa wina.
error-503-next = Proszę spróbować ponownie za minutę.

error-4xx-title = Tego zapytania nie można wykonać
error-4xx-text = Nie mogliśmy wykonać tego zapytania.
error-4xx-next = Proszę wrócić przyciskiem „Wstecz” w przeglądarce. Potem proszę spróbować ponownie.

error-5xx-title = Coś poszło nie tak
error-5xx-text = Coś poszło nie tak po naszej stronie. To nie jest Państwa wina.
error-5xx-next = Proszę spróbować ponownie za kilka minut. Nadal nie działa? Proszę skontaktować się z gminą.
