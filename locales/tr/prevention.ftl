# Önleme (konu 17): öz test, "Bu bilgi anlaşılır mıydı?" ve adınızı vermeden soru.
# Sade dil (B1): kısa cümleler, günlük kelimeler, "siz".

prevention-error-summary = Bir sorun var

## Öz test "Neleri bildirmeniz gerektiğini biliyor musunuz?"
selfcheck-title = Neleri bildirmeniz gerektiğini biliyor musunuz?
selfcheck-lead = Sosyal yardım (bijstand) alırken yükümlülükleriniz hakkında ne bildiğinizi birkaç dakikada test edin.
selfcheck-how = { $total } kısa durum göreceksiniz. Her durum için şunlardan birini seçersiniz: evet, hayır ya da bilmiyorum. Sonra doğru cevabı hemen görürsünüz.
selfcheck-private = Sizinle ilgili hiçbir şey saklamayız. Sadece her cevabın kaç kez verildiğini sayarız. Böylece hangi kuralları daha iyi açıklamamız gerektiğini görürüz.
selfcheck-start = Teste başla
selfcheck-progress = Soru { $number } / { $total }
selfcheck-answer-yes = Evet
selfcheck-answer-no = Hayır
selfcheck-answer-unknown = Bilmiyorum
selfcheck-continue = Cevaba bak
selfcheck-error-choose = Evet, hayır ya da bilmiyorum seçin
selfcheck-explanation-title = Soru { $number } / { $total } için cevap
selfcheck-you-answered = Cevabınız: { $answer }.
selfcheck-right = Bu doğru.
selfcheck-wrong = Bu doğru değil.
selfcheck-now-you-know = Artık biliyorsunuz.
selfcheck-read-more = Daha fazlasını okuyun:
selfcheck-next = Sonraki soru
selfcheck-to-result = Sonucunuza bakın
selfcheck-result-title = Sonucunuz
selfcheck-result-score = { $total } cevaptan { $knew } tanesini bildiniz.
selfcheck-to-read = Bu konuda daha fazlasını okuyun
selfcheck-doubt-title = Emin değil misiniz? Bize sorun
selfcheck-doubt-text = Bir şeyi bize bildirmeniz gerekip gerekmediğinden emin değil misiniz? Bize sorun. Soru sormak her zaman serbesttir. Adınızı vermeden de soru sorabilirsiniz.
selfcheck-ask-link = Adınızı vermeden soru sorun
selfcheck-again = Testi yeniden yapın

## Bu bilgi anlaşılır mıydı?
feedback-question = Bu bilgi anlaşılır mıydı?
feedback-yes = Evet
feedback-no = Hayır
feedback-thanks = Cevabınız için teşekkür ederiz
feedback-thanks-text = Cevabınızla bilgilerimizi daha iyi hale getiriyoruz. Sizinle ilgili hiçbir şey saklamayız.
feedback-comment-title = Ne anlaşılır değildi?
feedback-comment-hint = Bunu doldurmak zorunlu değildir. Adınızı ya da kendinizle ilgili başka bilgiler yazmayın. Bunu sadece bu web sitesinin yazarları okur.
feedback-comment-send = Gönder
feedback-back = Geri dön: { $page }
feedback-error-unavailable = Şu anda yorumunuzu kaydedemiyoruz. Lütfen daha sonra tekrar deneyin.

## Adınızı vermeden soru sorun
ask-title = Adınızı vermeden soru sorun
ask-lead = Sosyal yardımınız ya da neleri bildirmeniz gerektiği konusunda emin değil misiniz? Sorunuzu sorun. Adınızı vermek zorunda değilsiniz.
ask-promise-title = Sorunuzu kim okur?
ask-promise-advisor = Müşteri İletişimi (Klantcontact) bölümünden bir danışman sorunuzu okur ve cevaplar.
ask-promise-not-team = Dolandırıcılık bildirimlerini araştıran ekip sorunuzu göremez. Bir soru asla bir bildirim değildir.
ask-promise-no-name = Kim olduğunuzu sormayız. Sorunuza ad, adres ya da vatandaşlık hizmet numarası (BSN) da yazmayın.
ask-promise-deleted = Cevabı okuduğunuzda sorunuzu ve cevabı sileriz. Okumazsanız bir süre sonra sileriz.
ask-question-label = Sorunuz
ask-question-hint = Ne öğrenmek istediğinizi kendi kelimelerinizle yazın. Kendi dilinizde yazabilirsiniz. En fazla { $max } karakter.
ask-email-label = E-posta adresi (zorunlu değil)
ask-email-hint = Sadece cevap hazır olduğunda bir mesaj almak istiyorsanız. Bu mesajda başka hiçbir şey yazmaz.
ask-continue = Devam
ask-read-link = Zaten bir kodunuz var mı? Sorunuzun cevabını okuyun
ask-check-title = Sorunuzu kontrol edin
ask-check-no-email = E-posta adresi yok
ask-check-promise = Soruyu gönderdiğinizde bir kod alırsınız. Bu kodla cevabı daha sonra okursunuz.
ask-change = Sorunuzu değiştirin
ask-send = Sorunuzu gönderin
ask-error-empty = Sorunuzu yazın
ask-error-email = name@example.com gibi geçerli bir e-posta adresi yazın ya da boş bırakın
ask-error-unavailable = Şu anda sorunuzu gönderemiyoruz. Metniniz aşağıda duruyor. Birkaç dakika sonra tekrar deneyin.
ask-received-title = Sorunuz gönderildi
ask-code-label = Kodunuz:
ask-code-keep = Bu kodu bir yere yazın ya da fotoğrafını çekin. Kodu sadece bir kez görürsünüz. Kod olmadan cevabı okuyamazsınız.
ask-email-will-tell = Cevap hazır olduğunda bir e-posta alacaksınız.
ask-read-title = Sorunuzun cevabını okuyun
ask-code-hint = Soruyu gönderdiğinizde aldığınız 16 rakamlı kod.
ask-read-button = Cevabı oku
ask-error-code = Bu kodu tanımıyoruz. Kodu doğru yazıp yazmadığınızı kontrol edin.
ask-error-code-unavailable = Şu anda kodları kontrol edemiyoruz. Birkaç dakika sonra tekrar deneyin.
ask-your-question = Sorunuz
ask-asked-on = Sorulduğu tarih: { $date }
ask-answer-title = Cevabımız
ask-answer-deleted = Sorunuzu ve bu cevabı, cevabı ilk okuduğunuz günden { $days } gün sonra sileriz. Saklamak mı istiyorsunuz? O zaman bir yere yazın ya da fotoğrafını çekin.
ask-not-yet = Sorunuz henüz cevaplanmadı. Birkaç gün sonra tekrar bakın.
ask-another = Başka bir soru sorun

mail-answer-subject = Sorunuzun cevabı hazır
mail-answer-body = Sorunuzun cevabı hazır. Kodunuzla { $url } adresinde okuyun
mail-answer-privacy = Bu e-postada sorunuz ve cevabı yer almaz. Böylece sorunuz size ait kalır.

## Gizlilik bildirimi
privacy-prevention-title = Öz test, yorumlar ve adınızı vermeden sorulan sorular
privacy-prevention-text =
    "Neleri bildirmeniz gerektiğini biliyor musunuz?" öz testini mi yapıyorsunuz ya da bir sayfanın anlaşılır olup olmadığını mı söylüyorsunuz? O zaman sadece cevabınızı sayarız. Cevabın kimden geldiğini bilmeyiz. Öz test, cevaplarınızı iki saat boyunca kendi cihazınızdaki bir çerezde (cookie) saklar.

    Neyin anlaşılır olmadığını mı yazıyorsunuz? O zaman bu metni adınız olmadan saklarız ve belirli bir süre sonra sileriz. Bunu sadece bu web sitesinin yazarları okur.

    Adınızı vermeden soru mu soruyorsunuz? O zaman siz cevabı okuduktan kısa bir süre sonra soruyu ve cevabı sileriz. Ne kadar süre sakladığımız, cevabın olduğu sayfada yazar. Bir e-posta adresi mi veriyorsunuz? O zaman bu adrese tek bir mesaj göndeririz: cevabın hazır olduğunu. Ondan sonra adresi artık saklamayız.
