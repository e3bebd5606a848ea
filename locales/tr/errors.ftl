# Helder – error pages in Turkish. Dutch (nl) is the leading language.

error-home-link = Ana sayfaya git
error-retry-link = Tekrar deneyin
error-code = Hata kodu { $status }

error-400-title = Bu istek doğru değil
error-400-text = İsteğinizi okuyamadık. Belki adres yanlış. Ya da gönderirken bir sorun oldu.
error-400-next = Tarayıcınızın geri düğmesiyle geri gidin. Sonra tekrar deneyin.

error-403-title = Erişim yok
error-403-text = Bu sayfayı görme izniniz yok. Ya da bunu yapma izniniz yok.
error-403-next = Tarayıcınızın geri düğmesiyle geri gidin. Ya da ana sayfaya gidin.

error-404-title = Sayfa bulunamadı
error-404-text = Bu sayfa yok. Belki adres yanlış yazıldı. Ya da sayfanın yeri değişti.
error-404-next = Adresin doğru olup olmadığına bakın. Ya da ana sayfadan başlayın.

error-405-title = Bu iş bu şekilde yapılamaz
error-405-text = Bu sayfa bu tür bir isteği kabul edemez.
error-405-next = Tarayıcınızın geri düğmesiyle geri gidin. Ya da ana sayfaya gidin.

error-408-title = Çok uzun sürdü
error-408-text = Gönderme çok uzun sürdü. Bu yüzden beklemeyi bıraktık.
error-408-next = İnternetinizin çalışıp çalışmadığına bakın. Sonra geri gidin ve tekrar deneyin.

error-413-title = Gönderdiğiniz şey çok büyük
error-413-text = Çok fazla metin ya da çok büyük bir dosya gönderdiniz. Bunu kabul edemiyoruz.
error-413-next = Tarayıcınızın geri düğmesiyle geri gidin. Metninizi kısaltın ya da daha küçük bir dosya seçin. Sonra tekrar deneyin.

error-414-title = Adres çok uzun
error-414-text = Bu sayfanın adresi çok uzun. Onu okuyamıyoruz.
error-414-next = Ana sayfaya gidin. Sayfayı oradan bulun.

error-415-title = Form doğru ulaşmadı
error-415-text = Form beklediğimizden farklı bir şekilde gönderildi. Bu yüzden onu okuyamıyoruz.
error-415-next = Forma geri dönün. Formu tekrar gönderin.

error-422-title = Formda bir şey doğru değil
error-422-text = Doldurduğunuz her şeyi okuyamadık.
error-422-next = Tarayıcınızın geri düğmesiyle geri gidin. Cevaplarınızı kontrol edin. Sonra formu tekrar gönderin.

error-429-title = Lütfen biraz bekleyin
error-429-text = Kısa sürede çok fazla gönderim yaptınız.
error-429-next = Bir dakika bekleyin. Sonra tekrar deneyin.

error-431-title = Tarayıcınız çok fazla veri gönderdi
error-431-text = Tarayıcınız çerezler gibi çok fazla ek veri gönderdi. Bu yüzden bu isteği okuyamıyoruz.
error-431-next = Tarayıcınızda bu web sitesinin çerezlerini silin. Sonra tekrar deneyin.

error-500-title = Bir sorun oldu
error-500-text = Bizim tarafımızda bir sorun oldu. Bu sizin hatanız değil.
error-500-next = Birkaç dakika sonra tekrar deneyin. Yine olmuyor mu? O zaman belediyeyle iletişime geçin.

error-503-title = Web sitesi şu anda çalışmıyor
error-503-text = Web sitesinin bir bölümü şu anda çalışmıyor. Bu sizin hatanız değil.
error-503-next = Bir dakika sonra tekrar deneyin.

error-4xx-title = Bu istek yapılamıyor
error-4xx-text = Bu isteği yerine getiremedik.
error-4xx-next = Tarayıcınızın geri düğmesiyle geri gidin. Sonra tekrar deneyin.

error-5xx-title = Bir sorun oldu
error-5xx-text = Bizim tarafımızda bir sorun oldu. Bu sizin hatanız değil.
error-5xx-next = Birkaç dakika sonra tekrar deneyin. Yine olmuyor mu? O zaman belediyeyle iletişime geçin.
