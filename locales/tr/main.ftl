# Helder – site-wide texts in Turkish. Dutch (nl) is the leading language:
# every key there must also exist here (a test checks this).

## Site
site-title = Helder – { $municipality }
site-product = İş ve gelir
page-title = { $page } – { $municipality }
skip-link = Doğrudan içeriğe geç
language-switcher-label = Bir dil seçin
footer-nav-label = Bu web sitesi hakkında
footer-owner = Bu web sitesi { $municipality } tarafından sunulmaktadır.
print-page = Bu sayfayı yazdır

## Home
home-title = Sosyal yardım alırken haklarınız ve yükümlülükleriniz
home-lead = { $municipality } size sosyal yardım (bijstand) ödüyor mu? Ya da sosyal yardım için başvuru mu yapıyorsunuz? Burada ne yapmanız gerektiğini ve bizden neler bekleyebileceğinizi okuyabilirsiniz.
home-offer-title = Bu web sitesinde neler bulabilirsiniz?
home-offer-rights = Haklarınız ve yükümlülükleriniz hakkında sade bir dille açıklamalar.
home-offer-languages = Aynı açıklamalar başka dillerde de var.
home-offer-report = Birinin hakkı olmadan yardım aldığını düşünüyorsanız, bunu bildirmek için bir form. Adınızı vermeden bildirebilirsiniz.
home-doubt-title = Emin değil misiniz?
home-doubt-text = Bir şeyi bize bildirmeniz gerekip gerekmediğinden emin değil misiniz? Bize sorun. Soru sormak size hiçbir şeye mal olmaz. Böylece ileride sorun yaşamazsınız.
home-doubt-contact = Bize nasıl ulaşırsınız

## Not found
not-found-title = Sayfa bulunamadı
not-found-intro = Bu sayfa yok. Belki adres yanlış yazıldı. Ya da sayfanın yeri değişti.
not-found-home-link = Ana sayfaya git

## Accessibility
accessibility-title = Erişilebilirlik
accessibility-intro = { $municipality }, bu web sitesini herkesin kullanabilmesini istiyor; iyi göremeseniz, iyi duyamasanız ya da okumakta zorlansanız bile. Bu açıklama, sosyal yardımınızla ilgili bilgilerin ve bildirim formunun bulunduğu bu web sitesi hakkındadır; { $website } hakkında değildir.
accessibility-status-title = Bu web sitesi ne kadar erişilebilir?
accessibility-status-text =
    Bu web sitesinin durumu: C – ilk önlemler alındı. Hollanda devletinin modeli bu durumu böyle adlandırır.

    Bu şu anlama gelir: Web sitesini kendimiz test ediyoruz ve sürekli iyileştiriyoruz. Ama bağımsız bir uzman web sitesini henüz incelemedi. Bu yüzden web sitesinin bütün kurallara uyup uymadığını henüz kesin olarak bilmiyoruz. A ya da B durumu ancak böyle bir incelemeden sonra mümkündür.

    Bağımsız inceleme planlandı. Belediyenin dışından bir uzman, sabit bir yönteme göre bütün kuralları kontrol edecek. Sonucu bu sayfada yayınlayacağız.
accessibility-tested-title = Web sitesini nasıl test ediyoruz?
accessibility-tested-text =
    WCAG 2.2 standardına, AA seviyesine uyuyoruz. WCAG, web siteleri için bir kurallar listesidir. Bu kurallar sayesinde engelli kişiler de bir web sitesini iyi kullanabilir. Avrupa standardı EN 301 549 de aynı kuralları kullanır. Hollanda'daki kamu kurumları bu standarda uymak zorundadır.

    Web sitesinin her yeni sürümünü, yayına girmeden önce otomatik olarak test ediyoruz:

    - Herkese açık her sayfayı, 8 dilin hepsinde, axe-core programıyla kontrol ediyoruz. Bunu telefon gibi dar bir ekranda (320 piksel genişlik) ve bir bilgisayar ekranında (1280 piksel genişlik) yapıyoruz.
    - Her sayfa türünün HTML kodunu html-validate programıyla kontrol ediyoruz.
    - Formları yalnızca klavyeyle kullanıyoruz: bildirim formu, bildiriminizin koduyla geri geldiğiniz sayfa ve çalışanların girişi. Her adımda bilerek bir hata yapıyoruz. İmlecin hemen hata mesajına gidip gitmediğini ve hatanın hangi alana ait olduğunun açık olup olmadığını kontrol ediyoruz.
    - Her sayfa ve her form JavaScript olmadan da çalışır.
    - Arapça ve Farsça sağdan sola okunur. Bu sayfaları ekran görüntüleriyle de kontrol ediyoruz.

    Henüz yapmadığımız şey: bir uzmanın, ekran okuyucu gibi yardımcı araçlar kullanan kişilerle birlikte yaptığı bir test. Ekran okuyucu, ekrandaki metni sesli okuyan bir programdır.

    Son test tarihi: { $date }.
accessibility-problems-title = Henüz iyi çalışmayan ne var?
accessibility-problems-text =
    Bu sorunları biliyoruz. Aşağıda bunlar için ne yaptığımızı da okuyabilirsiniz.

    - Çevirileri henüz anadili o dil olan biri kontrol etmedi. Esas olan Hollandaca metindir. Çevirileri şu anda kontrol ettiriyoruz. Emin değil misiniz? Hollandaca metni okuyun ya da bizi arayın.
    - İngilizce, Türkçe, Lehçe ve Somalice sayfalarda yasaların, kurumların ve formların Hollandaca adları geçiyor. Bu adlar her zaman Hollandaca olarak işaretlenmemiştir. Bu yüzden bir ekran okuyucu onları yanlış bir sesle okuyabilir. Bunun üzerinde çalışıyoruz. Bir adı anlamadınız mı? Bizi arayın, size açıklayalım.
    - Filmlerde altyazı var. Her filmin metninin tamamı filmin altında da yer alıyor. Ama ayrı bir sesli betimleme yok. Sesli betimleme, görüntüde ne olduğunu anlatan bir sestir. Bir şeyi mi kaçırdınız? Filmin altındaki metni okuyun ya da bizi arayın.
    - Bağımsız inceleme henüz yapılmadı. İnceleme planlandı. Sonucu bu sayfada yayınlayacağız.
accessibility-contact-title = Okuyamadığınız ya da kullanamadığınız bir şey mi var?
accessibility-contact-text = Bunu bize bildirin. Hangi sayfada olduğunu ve neyin yanlış gittiğini söyleyin. { $municipality } ile iletişime geçin.
accessibility-contact-phone = Telefon
accessibility-contact-hours = Ulaşabileceğiniz saatler
accessibility-contact-address = Adres
accessibility-contact-website = Web sitesi
accessibility-contact-answer = 5 iş günü içinde cevap veririz. Gerekirse bilgiyi başka bir şekilde, örneğin kâğıt üzerinde ya da telefonla alırsınız.
accessibility-complaint-title = Memnun değil misiniz?
accessibility-complaint-text =
    Sorunuzu ya da sorununuzu ele alış şeklimizden memnun değil misiniz? Ya da size zamanında cevap vermedik mi? O zaman önce { $municipality } kurumuna şikâyette bulunun.

    Bundan sonra da memnun değil misiniz? O zaman Ulusal Ombudsman'a (Nationale ombudsman) başvurabilirsiniz. Belediyenizin kendi ombudsman'ı var mı? O zaman o ombudsman'a başvurursunuz. Şikâyette bulunmak ücretsizdir.
accessibility-date = Bu açıklama { $date } tarihinde hazırlandı.
accessibility-model = Bu açıklama, Digitoegankelijk modelini (digitoegankelijk.nl) izler.

## Privacy
privacy-title = Gizlilik
privacy-intro = { $municipality }, bilgilerinizi özenle kullanır. Burada bu web sitesinin hangi bilgileri kullandığını ve nedenini okuyabilirsiniz.
privacy-who-title = Kim sorumlu?
privacy-who-text = Bu web sitesinden ve burada yazdığınız bilgilerden { $municipality } sorumludur. Genel Veri Koruma Tüzüğü'ne (AVG) uyarız. Bu, gizliliğinizi koruyan yasadır.
privacy-data-title = Hangi bilgileri saklıyoruz?
privacy-data-text =
    Sadece sayfaları okuyorsanız, sizinle ilgili hiçbir şey saklamayız.

    IP adresinizi saklamayız. Bu, internet bağlantınızın adresidir. Kayıt dosyalarımızda (log) da saklamayız.

    Bir bildirim mi yapıyorsunuz? O zaman sadece sizin yazdıklarınızı saklarız. Adınızı vermek zorunda değilsiniz.

    Bir fotoğraf ya da PDF dosyası da mı gönderiyorsunuz? O zaman bunu bildiriminizle birlikte saklarız. Fotoğraftaki gizli bilgileri önce çıkarırız, örneğin fotoğrafın çekildiği yeri. Dosyaları sadece bildirimlerle ilgilenen ekip görebilir. Dosyaları, bildirimin bilgileriyle birlikte sileriz.
privacy-no-tracking-title = Sizi takip eden çerez yok
privacy-no-tracking-text =
    Bu web sitesi sizi takip etmek için çerez (cookie) kullanmaz. Web sitesini kimin ziyaret ettiğini ölçmeyiz.

    Her şey kendi sunucumuzdan gelir. Google veya Facebook gibi başka şirketlere hiçbir bilgi gitmez.
privacy-rights-title = Haklarınız
privacy-rights-text =
    Hakkınızda hangi bilgilere sahip olduğumuzu sorabilirsiniz. Bilgilerin düzeltilmesini ya da silinmesini de isteyebilirsiniz.

    Bilgilerinizi kullanma şeklimize katılmıyor musunuz? O zaman Hollanda Veri Koruma Kurumu'na (Autoriteit Persoonsgegevens) şikâyette bulunabilirsiniz.
privacy-contact-title = Gizlilikle ilgili sorularınız mı var?
privacy-contact-text = { $municipality } bünyesindeki veri koruma görevlisiyle iletişime geçin. İletişim bilgilerini belediyenin web sitesinde bulabilirsiniz.

## Navigation
service-nav-label = Ana menü
nav-life-events = Hayatınızda bir şey değişiyor
breadcrumbs-label = Buradasınız
breadcrumbs-home = Ana sayfa
home-start-duty = Neleri bildirmeniz gerekir?
home-start-duty-text = Bize bildirdiğiniz değişiklikler. Ve bunun neden önemli olduğu.
home-start-events-text = Biriyle birlikte mi yaşamaya başlıyorsunuz, taşınıyor musunuz ya da iş mi buldunuz? Ne yapmanız gerektiğini okuyun.

## Rights and duties
topics-title = Haklar ve yükümlülükler
topics-lead = Burada sosyal yardım (bijstand) alırken ne yapmanız gerektiğini okuyabilirsiniz. Ve bizden neler bekleyebileceğinizi.
topics-group-start = Buradan başlayın
topics-group-duties = Neleri bildirmeniz gerekir?
topics-group-mistake = Bir şeyler yanlış giderse
topics-group-rights = Haklarınız ve destek
topics-group-about = Kontroller hakkında ve ortak kuruluşlar için
page-updated = Güncelleme tarihi: { $date }.
page-checked = Mevzuata göre kontrol tarihi: { $date }.
printed-from = Bu metin şu adresten alınmıştır: { $url }
translation-aid = Bu çeviri size yardımcı olmak içindir. Resmî metin Hollandaca metindir.
translation-read-dutch = Hollandaca metni okuyun.
translation-missing = Bu sayfa henüz çevrilmedi. Hollandaca metni okuyorsunuz.
translation-outdated = Hollandaca metin değişti. Bu çeviri henüz güncellenmedi.
page-withdrawn = Bu sayfa { $date } tarihinde geri çekildi.

## Search
search-title = Arama
search-label = Bu web sitesinde arayın
search-button = Ara
search-empty = Bir ya da birkaç kelime yazın. Örneğin: kira, iş veya tatil.
search-no-words = Aramanızda hiçbir kelime bulamadık. Bir ya da birkaç kelime yazın.
search-failed = Arama şu anda çalışmıyor. Lütfen daha sonra tekrar deneyin.
search-none = ‘{ $query }’ için sonuç bulunamadı.
search-count = ‘{ $query }’ için { $count } sonuç bulundu.
search-count-one = ‘{ $query }’ için 1 sonuç bulundu.
search-help-title = İpuçları
search-help-words = Başka kelimeler ya da daha az kelime kullanın.
search-help-spelling = Yazımı kontrol edin.
search-help-browse = Tüm konulara bakın.

## Films
films-title = Filmler
films-lead = Konuları açıklayan kısa filmler. Altyazılı ve metni altında.
films-index-link = Açıklayıcı filmleri izleyin.
film-watch = Filmi izleyin: { $title }
film-download = Filmi indirin.
film-transcript = Filmin metni

## 429
too-many-title = Lütfen biraz bekleyin
too-many-text = Kısa sürede çok fazla gönderim yaptınız. Bir dakika bekleyin. Sonra tekrar deneyin.

## Report
report-title = Dolandırıcılık şüphesi bildirin
report-intro-signal = Birinin hakkı olmadığı halde sosyal yardım (bijstand) aldığını mı düşünüyorsunuz? O zaman bunu burada bildirebilirsiniz. Bir bildirim sadece bir işarettir. Kanıt değildir.
report-intro-team = Ekibimiz her bildirimi dikkatle inceler. Bazen durumu daha ayrıntılı araştırırız. Bazen hiçbir şey yapmayız, çünkü yeterli belirti yoktur.
report-intro-outcome = Bildiriminizle ne yaptığımızı size söylemeyiz. Bu, diğer kişinin gizliliğini korumak içindir.
report-intro-harm = Haksız bir suçlama birine çok zarar verebilir. Sadece gerçekten doğru olduğunu düşündüğünüz şeyleri bildirin.
report-intro-facts = Bize en çok gerçekler yardımcı olur. Kendiniz gördüğünüz ya da duyduğunuz şeyleri yazın. Ne düşündüğünüzü değil.
report-anonymous-title = Adınızı vermeden bildirebilirsiniz
report-anonymous-text = Adınızı vermek zorunda değilsiniz. IP adresinizi saklamayız. Sonunda bir kod alırsınız. Bu kodla daha sonra bir sorumuz olup olmadığına bakabilirsiniz.
report-start = Bildirime başla
report-progress = Adım { $step } / { $total }
report-back = Geri
report-continue = Devam
report-send = Bildirimi gönder
report-change = Değiştir
report-dont-know = Bilmiyorum
report-optional = Tüm sorular isteğe bağlıdır. Bir şeyi bilmiyor musunuz? O zaman boş bırakın.
report-honeypot = Bu alanı boş bırakın
report-step-soort = Sizce ne oluyor?
report-kinds-hint = Bir ya da birden fazla cevap seçin.
report-step-persoon = Bildiriminiz kim hakkında?
report-step-situatie = Ne gördünüz?
report-step-hoe-weet-u-het = Bunu nereden biliyorsunuz?
report-step-contact = Size bir şey sorabilir miyiz?
report-step-controleren = Bildiriminizi kontrol edin
report-contact-explain = Bazen ek bir sorumuz olur. Bir ad, e-posta adresi ya da telefon numarası bırakır mısınız? O zaman sizi arayabilir ya da size e-posta gönderebiliriz. Bu bilgileri sadece ekibimiz görür. Bildirimi kimin yaptığını o kişiye asla söylemeyiz.
report-contact-no = Hayır, adımı vermeden bildiriyorum
report-contact-yes = Evet, benimle iletişime geçebilirsiniz
report-contact-fields-hint = Sadece yukarıda evet seçtiyseniz doldurun.
report-contact-name = Ad
report-contact-email = E-posta adresi
report-contact-phone = Telefon numarası
report-check-send-text = Her şey doğru mu? O zaman bildiriminizi gönderin.
report-received-title = Bildiriminiz alındı
report-receipt-label = Kodunuz:
report-receipt-keep = Bu kodu bir yere yazın ya da fotoğrafını çekin. Kodu sadece bir kez görürsünüz. Bu kodla daha sonra size bir sorumuz olup olmadığına bakabilirsiniz.
report-next-title = Şimdi ne olacak?
report-next-text = Ekibimiz bildiriminizi birkaç iş günü içinde inceler. Bildiriminizle ne yaptığımızı size söylemeyiz. Bize bilgilerinizi verdiniz mi? O zaman sizinle iletişime geçebiliriz.
report-expired-title = Bildiriminiz artık saklanmıyor
report-expired-text = Henüz gönderilmemiş bir bildirimi iki saat saklarız. Bu süre doldu ya da henüz başlamamıştınız. Lütfen yeniden başlayın.
report-error-prefix = Hata
report-error-summary = Bir sorun var
report-error-no-kind = Sizce ne olduğunu seçin.
report-error-too-long = En fazla { $max } karakter kullanın.
report-error-not-a-choice = Cevaplardan birini seçin.
report-error-characters = Bu cevapta saklayamadığımız karakterler var.
report-error-contact-choice = Sizinle iletişime geçip geçemeyeceğimizi seçin.
report-error-contact-missing = Bir ad, e-posta adresi ya da telefon numarası yazın. Ya da adınızı vermeden bildirmeyi seçin.
report-error-email = name@example.com gibi bir e-posta adresi yazın.
report-error-phone = Bir telefon numarası yazın, örneğin 06 12345678.
report-return-link = Kodunuzla daha sonra geri gelin
report-return-title = Bildiriminize geri dönün
report-return-intro = Bildiriminizi gönderdiğinizde aldığınız kodu yazın. O zaman size bir sorumuz olup olmadığını görürsünüz.
report-return-none = Şu anda size bir sorumuz yok. Lütfen daha sonra tekrar bakın.
report-return-from-team = Ekibimizden soru
report-return-from-you = Cevabınız
report-return-answer = Cevabınız
report-return-thanks = Teşekkür ederiz. Cevabınızı aldık.
report-error-code = Bu kodu tanımıyoruz. Kodun 16 rakamını kontrol edin.
report-error-answer-empty = Bir cevap yazın.

## Photos or files with a report (optional)
report-evidence-row = Fotoğraflar veya dosyalar
report-evidence-none = Yok
report-evidence-add-link = Ekle
report-evidence-title = Fotoğraf veya dosya ekleyin
report-evidence-intro = Bildiriminizin ne hakkında olduğunu gösteren bir fotoğrafınız ya da PDF dosyanız var mı? O zaman bunu bildiriminizle birlikte gönderebilirsiniz. Bu zorunlu değildir. 3 dosya gönderebilirsiniz. Her dosya en fazla 10 MB olabilir.
report-evidence-warning-label = Dikkat:
report-evidence-people = Bir kişinin fotoğrafında kişisel bilgiler vardır. Böyle bir fotoğrafı sadece bildiriminizin ne hakkında olduğunu gösteriyorsa gönderin.
report-evidence-cleaned = Fotoğraftaki gizli bilgileri çıkarırız, örneğin fotoğrafın çekildiği yeri ve zamanı. Dosyaları sadece ekibimiz görebilir.
report-evidence-added = Dosyalarınız
report-evidence-numbered = Dosya { $n }
report-evidence-photo = fotoğraf
report-evidence-pdf = PDF dosyası
report-evidence-remove = Kaldır
report-evidence-full = 3 dosya eklediniz. Daha fazla ekleyemezsiniz. Başka bir dosya mı göndermek istiyorsunuz? O zaman önce bir dosyayı kaldırın.
report-evidence-choose = Bir dosya seçin
report-evidence-hint = En fazla 10 MB büyüklüğünde bir fotoğraf (JPG, PNG veya WebP) ya da PDF dosyası.
report-evidence-add = Dosya ekle
report-evidence-done = Tamam, bildiriminize geri dönün
report-evidence-error-none = Bir dosya seçin.
report-evidence-error-size = Dosya 10 MB'tan büyük. Daha küçük bir dosya seçin.
report-evidence-error-type = Bu tür bir dosyayı saklayamayız. Bir fotoğraf (JPG, PNG veya WebP) ya da PDF dosyası seçin.
report-evidence-error-unreadable = Bu dosyayı açamıyoruz. Belki dosya bozuk ya da fotoğraf çok büyük. Başka bir dosya seçin.
report-evidence-error-many = Zaten 3 dosyanız var. Önce bir dosyayı kaldırın.
report-evidence-error-busy = Şu anda sistem çok yoğun. Bildiriminiz saklandı. Dosyayı bir dakika sonra tekrar eklemeyi deneyin.

## E-mail to a reporter (only that a question is waiting; never the question itself)
mail-question-subject = Size bir sorumuz var
mail-question-body = Ekibimizin bildiriminizle ilgili bir sorusu var. Soruyu web sitemizde okuyabilirsiniz. { $url } adresine gidin ve orada kodunuzu yazın. Bu, bildiriminizi gönderdiğinizde aldığınız koddur.
mail-question-privacy = Soruyu e-postaya yazmıyoruz. Böylece bildiriminiz gizli kalır. Lütfen bu e-postayı yanıtlamayın. Yanıtları okumuyoruz.

# The report form when the database cannot be reached, and when many reports start at once.
report-outage-title = Şu anda kısa bir arıza var
report-outage-kept = Cevaplarınız kaybolmadı. Daha önce doldurduklarınız saklandı.
report-outage-typed = Az önce doldurduklarınız hâlâ burada. Göndermek için Tekrar dene'ye tıklayın.
report-outage-wait = Bir dakika sonra tekrar deneyin.
report-outage-retry = Tekrar dene
report-code-unavailable = Şu anda kodları kontrol edemiyoruz. Kodunuz yanlış değil. Bir dakika sonra tekrar deneyin.
report-busy-title = Biraz bekleyin
report-busy-text = Şu anda birçok kişi aynı anda bildirim başlatıyor. Bu yüzden birkaç saniye sonra devam edeceksiniz.
report-busy-wait = { $seconds } saniye bekleyin. Sonra Devam'a tıklayın.
report-busy-working = Tarayıcınız kısa bir süre meşgul. Kendiliğinden devam edeceksiniz.
report-busy-done = Tamam. Şimdi devam ediyorsunuz.
report-busy-later = Daha sonra mı? Ana sayfaya gidin.

## Resultaten van de controles (openbare cijfers per jaar)
results-title = Kontrollerin sonuçları
results-lead = Belediye kaç ihbar aldı? Bu ihbarlara ne oldu? Burada her yılın rakamlarını görürsünüz.
results-privacy = Biz sadece sayarız. Burada tek bir kişi hakkında hiçbir şey yoktur. Bir sayı 5'ten küçükse şöyle yazar: 5'ten az.
results-year = Yıl
results-so-far = { $year } (şimdiye kadar)
results-received = Alınan ihbarlar
results-investigated = Soruşturmaya yol açan ihbarlar
results-share = Soruşturulan pay
results-outcomes-title = Sonuç ne oldu?
results-outcomes-intro = Bunlar işlemi bitmiş ihbarlardır. Bir ihbarın birden fazla sonucu olabilir, örneğin paranın geri ödenmesi ve para cezası. O zaman bu ihbar ikisinde de sayılır.
results-outcome = Sonuç
results-fewer-than-five = 5'ten az
results-outcome-no_action = Sonuç yok
results-outcome-warning = Uyarı
results-outcome-repayment = Para geri ödendi
results-outcome-fine = Para cezası
results-outcome-measure = Yaptırım: bir süre daha az yardım (maatregel)
results-outcome-benefit_ended = Sosyal yardım durduruldu
results-outcome-criminal_report = Polise suç duyurusu
results-outcome-referred = Başka bir kuruma iletildi
results-more = Nasıl kontrol ettiğimizi okuyun
results-themes = Bu yıl kontrol ettiğimiz konular
results-table = Yıllara göre ihbarlar
results-outcomes-table = Yıllara göre sonuçlar
results-index-link = Kontrollerin sonuçları
