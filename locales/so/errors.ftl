# Helder – error pages in Somali. Dutch (nl) is the leading language.

error-home-link = Tag bogga hore
error-retry-link = Mar kale isku day
error-code = Koodhka khaladka { $status }

error-400-title = Codsigan sax ma aha
error-400-text = Ma akhriyi karin codsigaaga. Waxaa laga yaabaa in cinwaanku khaldan yahay. Ama wax baa khaldamay markii la dirayay.
error-400-next = Dib ugu noqo badhanka dib-u-noqoshada ee browser-kaaga. Kadib mar kale isku day.

error-403-title = Fasax ma lihid
error-403-text = Looma oggola inaad boggan aragto. Ama looma oggola inaad tan samayso.
error-403-next = Dib ugu noqo badhanka dib-u-noqoshada ee browser-kaaga. Ama tag bogga hore.

error-404-title = Bogga lama helin
error-404-text = Boggan ma jiro. Waxaa laga yaabaa in cinwaanka si khalad ah loo qoray. Ama boggii meel kale ayaa loo raray.
error-404-next = Hubi in cinwaanku sax yahay. Ama ka bilow bogga hore.

error-405-title = Tan sidan looma samayn karo
error-405-text = Boggani ma aqbali karo codsi noocan ah.
error-405-next = Dib ugu noqo badhanka dib-u-noqoshada ee browser-kaaga. Ama tag bogga hore.

error-408-title = Waqti badan ayay qaadatay
error-408-text = Diritaanku waqti aad u badan ayuu qaatay. Sidaas darteed waan joojinnay sugitaanka.
error-408-next = Hubi in internetkaagu shaqaynayo. Kadib dib u noqo oo mar kale isku day.

error-413-title = Waxa aad dirtay aad ayuu u weyn yahay
error-413-text = Waxaad dirtay qoraal aad u badan ama fayl aad u weyn. Ma aqbali karno.
error-413-next = Dib ugu noqo badhanka dib-u-noqoshada ee browser-kaaga. Qoraalkaaga gaabi ama dooro fayl ka yar. Kadib mar kale isku day.

error-414-title = Cinwaanku aad ayuu u dheer yahay
error-414-text = Cinwaanka boggan aad ayuu u dheer yahay. Ma akhriyi karno.
error-414-next = Tag bogga hore. Halkaas ka raadi bogga.

error-415-title = Foomku si sax ah uma iman
error-415-text = Foomka waxaa loo diray si aynaan filayn. Sidaas darteed ma akhriyi karno.
error-415-next = Dib ugu noqo foomka. Mar kale dir.

error-422-title = Wax baa foomka ku khaldan
error-422-text = Ma akhriyi karin wax kasta oo aad buuxisay.
error-422-next = Dib ugu noqo badhanka dib-u-noqoshada ee browser-kaaga. Hubi jawaabahaaga. Kadib foomka mar kale dir.

error-429-title = Fadlan wax yar sug
error-429-text = Waxyaabo badan ayaad dirtay waqti gaaban gudihiis.
error-429-next = Sug hal daqiiqo. Kadib mar kale isku day.

error-431-title = Browser-kaagu wax badan ayuu soo diray
error-431-text = Browser-kaagu xog dheeraad ah oo aad u badan ayuu soo diray, sida cookies. Sidaas darteed ma akhriyi karno codsigan.
error-431-next = Browser-kaaga ka tirtir cookies-ka boggan. Kadib mar kale isku day.

error-500-title = Wax baa khaldamay
error-500-text = Wax baa dhinacayaga ka khaldamay. Ma aha khaladkaaga.
error-500-next = Mar kale isku day dhowr daqiiqo kadib. Weli ma shaqaynayo? Markaas la xiriir dowladda hoose.

error-503-title = Boggu hadda ma shaqaynayo
error-503-text = Qayb ka mid ah bogga hadda ma shaqaynayso. Ma aha khaladkaaga.
error-503-next = Mar kale isku day hal daqiiqo kadib.

error-4xx-title = Codsigan lama fulin karo
error-4xx-text = Ma fulin karin codsigan.
error-4xx-next = Dib ugu noqo badhanka dib-u-noqoshada ee browser-kaaga. Kadib mar kale isku day.

error-5xx-title = Wax baa khaldamay
error-5xx-text = Wax baa dhinacayaga ka khaldamay. Ma aha khaladkaaga.
error-5xx-next = Mar kale isku day dhowr daqiiqo kadib. Weli ma shaqaynayo? Markaas la xiriir dowladda hoose.
