# Helder – site-wide texts in Somali. Dutch (nl) is the leading language.

## Site
site-title = Helder – { $municipality }
site-product = Shaqo iyo dakhli
page-title = { $page } – { $municipality }
skip-link = Toos ugu gudub qoraalka
language-switcher-label = Dooro luqad
footer-nav-label = Ku saabsan boggan
footer-owner = Boggan waxaa leh { $municipality }.
print-page = Daabac boggan

## Home
home-title = Xuquuqdaada iyo waajibaadkaaga marka aad gargaar hesho
home-lead = Ma ka heshaa gargaarka bulshada (bijstand) { $municipality }? Mise waad codsanaysaa? Halkan waxaad ka akhrin kartaa waxa ay tahay inaad samayso iyo waxa aad naga filan karto.
home-offer-title = Maxaad ka helaysaa boggan?
home-offer-rights = Sharaxaad ku saabsan xuquuqdaada iyo waajibaadkaaga, oo erayo fudud ku qoran.
home-offer-languages = Isla sharaxaaddaas oo luqado kale ku qoran.
home-offer-report = Foom aad ku soo sheegi karto haddii aad u malaynayso in qof uusan raacin xeerarka gargaarka bulshada. Uma baahnid inaad magacaaga bixiso.
home-doubt-title = Shaki ma qabtaa?
home-doubt-text = Ma hubtid in ay tahay inaad wax noo soo sheegto? Na weydii. Su'aal weydiintu waxba kaama kacayso. Sidaas ayaad dhibaato dambe kaga hortagaysaa.
home-doubt-contact = Sida aad nala soo xiriiri karto

## Not found
not-found-title = Bogga lama helin
not-found-intro = Boggan ma jiro. Waxaa laga yaabaa in cinwaanka si khalad ah loo qoray. Ama boggii meel kale ayaa loo raray.
not-found-home-link = Tag bogga hore

## Accessibility
accessibility-title = Helitaan fudud
accessibility-intro = { $municipality } waxay rabtaa in qof walba isticmaali karo boggan, xitaa haddii aragtidaadu ama maqalkaagu liito, ama akhrisku kugu adag yahay. Bayaankan wuxuu ku saabsan yahay boggan, oo leh sharaxaad ku saabsan gargaarkaaga iyo foomka warbixinta, kumana saabsana { $website }.
accessibility-status-title = Intee in le'eg ayuu boggan u fudud yahay?
accessibility-status-text =
    Heerka boggan waa: C – tallaabooyinkii ugu horreeyay waa la qaaday. Sidaas ayuu u yaqaan qaabka dowladda Nederland.

    Taas macnaheedu waa: boggan annaga ayaa tijaabinna, si joogto ah ayaanna u hagaajinnaa. Laakiin khabiir madax-bannaan weli ma baarin boggan. Sidaas darteed weli si hubaal ah uma ogin in boggu buuxiyo dhammaan shuruudaha. Heerka A ama B waxa uu suurtagal noqonayaa oo keliya baaritaan noocaas ah kadib.

    Baaritaanka madax-bannaan waa la qorsheeyay. Khabiir ka yimid meel ka baxsan dowladda hoose ayaa markaas hubin doona dhammaan shuruudaha, isagoo raacaya hab go'an. Natiijada boggan ayaan ku daabici doonnaa.
accessibility-tested-title = Sidee baan u tijaabinnaa boggan?
accessibility-tested-text =
    Waxaan raacnaa heerka WCAG 2.2, darajada AA. WCAG waa liis shuruudo ah oo loogu talagalay bogagga internetka. Shuruudahaas awgood, dadka naafada ah ayaa sidoo kale si fiican u isticmaali kara bog. Heerka Yurub ee EN 301 549 wuxuu isticmaalaa isla shuruudahaas. Hay'adaha dowladda ee Nederland waa inay raacaan.

    Nooc kasta oo cusub oo boggan ah waxaan si toos ah u tijaabinnaa, ka hor inta aan la daabicin:

    - Bog kasta oo dadweynaha u furan, dhammaan 8-da luqadood, waxaan ku hubinnaa barnaamijka axe-core. Taas waxaan ku samaynaa shaashad cidhiidhi ah sida tan taleefanka (ballac 320 pixel), iyo shaashadda kombiyuutarka (ballac 1280 pixel).
    - Koodhka HTML ee nooc kasta oo bog ah waxaan ku hubinnaa barnaamijka html-validate.
    - Foomamka waxaan ku isticmaalnaa kiiboodhka oo keliya: foomka warbixinta, bogga aad ku soo laabato adigoo wata koodhka warbixintaada, iyo gelitaanka shaqaalaha. Tallaabo kasta waxaan si ula kac ah u samaynaa khalad. Waxaan hubinnaa in cursor-ku isla markiiba u boodo fariinta khaladka, iyo in ay caddahay meesha khaladku ku jiro.
    - Bog kasta iyo foom kasta wuxuu sidoo kale shaqeeyaa JavaScript la'aan.
    - Carabiga iyo Faarsiga waxaa laga akhriyaa midig ilaa bidix. Sidaas darteed boggaggaas waxaan sidoo kale ku hubinnaa sawirro shaashadda ah.

    Waxa aanan weli samayn: tijaabo uu khabiir la sameeyo dad isticmaala qalab caawimo, sida akhriyaha shaashadda. Akhriyaha shaashaddu waa barnaamij si cod ah u akhriya qoraalka shaashadda ku jira.

    Tijaabadii ugu dambaysay: { $date }.
accessibility-problems-title = Maxaa weli si fiican u shaqayn waayay?
accessibility-problems-text =
    Dhibaatooyinkan waan ognahay. Hoos waxaad sidoo kale ka akhrisan kartaa waxa aan ka qabanayno.

    - Turjumaadaha weli ma hubin qof luqadda u leh luqadda hooyo. Qoraalka af-Holandiga ah ayaa ah kan la raaco. Hadda turjumaadaha waa la hubinayaa. Ma hubtid? Akhri qoraalka af-Holandiga ah ama na soo wac.
    - Bogagga Ingiriisiga, Turkiga, Boolishka iyo Soomaaliga waxaa ku jira magacyo af-Holandi ah oo sharciyo, hay'ado iyo foomam ah. Magacyadaas had iyo jeer looma calaamadeeyo inay yihiin af-Holandi. Sidaas darteed akhriyaha shaashaddu waxa laga yaabaa inuu cod khaldan ku akhriyo. Arrintan waan ka shaqaynaynaa. Magac ma fahmin? Na soo wac, waan kuu sharxaynaa.
    - Filimada waxay leeyihiin qoraal hoose. Qoraalka buuxa ee filim kasta wuxuu sidoo kale ku yaal filimka hoostiisa. Laakiin ma jiro sharaxaad cod ah oo gaar ah: cod sheegaya waxa sawirka ka muuqda. Wax ma kaa dhaafay? Akhri qoraalka filimka hoostiisa ama na soo wac.
    - Baaritaanka madax-bannaan weli lama samayn. Waa la qorsheeyay. Natiijada boggan ayaan ku daabici doonnaa.
accessibility-contact-title = Ma jiraa wax aadan akhrin karin ama aadan isticmaali karin?
accessibility-contact-text = Noo sheeg. Noo sheeg bogga uu ahaa iyo waxa khaldamay. La xiriir { $municipality }.
accessibility-contact-phone = Taleefan
accessibility-contact-hours = Saacadaha lagu heli karo
accessibility-contact-address = Cinwaan
accessibility-contact-website = Bogga internetka
accessibility-contact-answer = Waxaan kaaga jawaabnaa 5 maalmood oo shaqo gudahood. Haddii loo baahdo, macluumaadka waxaad ku heli kartaa hab kale, tusaale ahaan warqad ahaan ama taleefanka.
accessibility-complaint-title = Kuma qanacsanid?
accessibility-complaint-text =
    Kuma qanacsanid sida aan ula dhaqannay su'aashaada ama dhibaatadaada? Mise waqtigii kuguma jawaabin? Markaas marka hore cabasho u gudbi { $municipality }.

    Weli kuma qanacsanid kadib? Markaas waxaad u tegi kartaa Nationale ombudsman (hay'adda qaran ee cabashooyinka). Dowladdaada hoose ma leedahay ombudsman u gaar ah? Markaas ombudsman-kaas ayaad u tagaysaa. Cabasho gudbintu waa bilaash.
accessibility-date = Bayaankan waxaa la diyaariyay { $date }.
accessibility-model = Bayaankan wuxuu raacayaa qaabka Digitoegankelijk (digitoegankelijk.nl).

## Privacy
privacy-title = Xogta gaarka ah
privacy-intro = { $municipality } si taxaddar leh ayay ula dhaqantaa xogtaada. Halkan waxaad ka akhrin kartaa xogta uu boggan isticmaalo iyo sababta.
privacy-who-title = Yaa mas'uul ah?
privacy-who-text = { $municipality } ayaa mas'uul ka ah boggan iyo xogta aad halkan ku qorto. Waxaan raacnaa Xeerka Guud ee Ilaalinta Xogta (GDPR, af-Holandi: AVG). Kani waa sharciga ilaaliya xogtaada gaarka ah.
privacy-data-title = Xogtee ayaan kaydinnaa?
privacy-data-text =
    Haddii aad bogag oo keliya akhrisato, waxba kaama kaydinno.

    Ma kaydinno cinwaankaaga IP. Kani waa cinwaanka xiriirkaaga internetka. Xitaa kuma kaydinno faylasha diiwaanka (log files).

    Ma soo gudbinaysaa warbixin? Markaas waxaan kaydinnaa oo keliya waxa aad adigu buuxiso. Uma baahnid inaad magacaaga bixiso.

    Ma la diraysaa sawir ama fayl PDF ah? Markaas waxaan la kaydinnaa warbixintaada. Sawirka marka hore waxaan ka saarnaa xogta qarsoon, sida meesha sawirka laga qaaday. Kooxda ka shaqaysa warbixinnada oo keliya ayaa arki karta faylasha. Faylasha waxaan tirtirnaa marka aan tirtirno xogta warbixinta.
privacy-no-tracking-title = Ma jiraan cookies kula socda
privacy-no-tracking-text =
    Boggan uma isticmaalo cookies si uu kuula socdo. Ma tirinno cidda booqata boggan.

    Wax walba waxay ka yimaadaan server-kayaga. Xog uma tagto shirkado kale, sida Google ama Facebook.
privacy-rights-title = Xuquuqdaada
privacy-rights-text =
    Waxaad na weydiin kartaa xogta aan kaa hayno. Waxaad sidoo kale codsan kartaa in xog la saxo ama la tirtiro.

    Haddii aadan ku raacsanayn sida aan xogtaada ula dhaqanno, waxaad cabasho u gudbin kartaa Hay'adda Ilaalinta Xogta ee Nederland (Autoriteit Persoonsgegevens).
privacy-contact-title = Su'aalo ma ka qabtaa xogta gaarka ah?
privacy-contact-text = La xiriir sarkaalka ilaalinta xogta ee { $municipality }. Faahfaahinta waxaad ka helaysaa bogga internetka ee dowladda hoose.

## Navigation
service-nav-label = Liiska ugu weyn
nav-life-events = Wax ayaa isbeddelaya noloshaada
breadcrumbs-label = Halkan ayaad joogtaa
breadcrumbs-home = Bogga hore
home-start-duty = Maxaa ay tahay inaad noo sheegto?
home-start-duty-text = Isbeddellada aad noo soo sheegayso. Iyo sababta ay muhiim u tahay.
home-start-events-text = Ma qof ayaad la noolaanaysaa, ma guuraysaa mise shaqo ayaad heshay? Akhri waxa ay tahay inaad samayso.

## Rights and duties
topics-title = Xuquuqda iyo waajibaadka
topics-lead = Halkan waxaad ka akhrin kartaa waxa ay tahay inaad samayso marka aad hesho gargaarka bulshada. Iyo waxa aad naga filan karto.
topics-group-start = Halkan ka bilow
topics-group-duties = Maxaa ay tahay inaad noo sheegto?
topics-group-mistake = Haddii wax khaldamaan
topics-group-rights = Xuquuqdaada iyo caawimaad
topics-group-about = Ku saabsan hubinta, iyo hay'adaha nala shaqeeya
page-updated = La cusbooneysiiyay { $date }.
page-checked = Waxaa lagu hubiyay sharciga { $date }.
printed-from = Qoraalkan wuxuu ka yimid { $url }
translation-aid = Turjumaaddan waa caawimaad. Qoraalka rasmiga ahi waa kan af-Holandiga ah.
translation-read-dutch = Akhri qoraalka af-Holandiga ah.
translation-missing = Boggan weli lama turjumin. Waxaad akhrinaysaa qoraalka af-Holandiga ah.
translation-outdated = Qoraalka af-Holandiga ah wuu isbeddelay. Turjumaaddan weli lama cusboonaysiin.
page-withdrawn = Boggan waxaa la joojiyay { $date }.

## Search
search-title = Raadin
search-label = Ka raadi boggan
search-button = Raadi
search-empty = Qor hal eray ama ka badan. Tusaale ahaan: kiro, shaqo ama fasax.
search-no-words = Kuma aanan helin wax erayo ah raadintaada. Qor hal eray ama ka badan.
search-failed = Raadintu hadda ma shaqaynayso. Fadlan mar dambe isku day.
search-none = Natiijo looma helin ‘{ $query }’.
search-count = { $count } natiijo ayaa loo helay ‘{ $query }’.
search-count-one = 1 natiijo ayaa loo helay ‘{ $query }’.
search-help-title = Talooyin
search-help-words = Isticmaal erayo kale ama erayo ka yar.
search-help-spelling = Hubi higgaadda.
search-help-browse = Eeg dhammaan mowduucyada.

## Films
films-title = Filimo
films-lead = Filimo gaagaaban oo wax sharxaya. Waxay leeyihiin qoraal hoose, qoraalka oo dhanna hoostooda ayuu ku qoran yahay.
films-index-link = Daawo filimada sharaxaadda ah.
film-watch = Daawo filimka: { $title }
film-download = Soo deji filimka.
film-transcript = Qoraalka filimka

## 429
too-many-title = Fadlan wax yar sug
too-many-text = Waxyaabo badan ayaad dirtay waqti gaaban gudihiis. Sug hal daqiiqo. Kadib mar kale isku day.

## Report
report-title = Soo sheeg tuhun khiyaano
report-intro-signal = Ma u malaynaysaa in qof helo gargaarka bulshada (bijstand) isagoo aan xaq u lahayn? Markaas halkan waad ka soo sheegi kartaa. Warbixintu waa calaamad oo keliya. Ma aha caddayn.
report-intro-team = Kooxdayadu si taxaddar leh ayay u eegtaa warbixin kasta. Mararka qaarkood xaaladda si dheeraad ah ayaan u baarnaa. Mararka qaarkood waxba ma samayno, sababtoo ah calaamado ku filan ma jiraan.
report-intro-outcome = Kuuma sheegi doonno waxa aan ku samayno warbixintaada. Taasi waa si loo ilaaliyo xogta gaarka ah ee qofka kale.
report-intro-harm = Eedayn been ah waxay qof u geysan kartaa dhibaato weyn. Soo sheeg oo keliya waxa aad runtii aaminsan tahay inay run yihiin.
report-intro-facts = Xaqiiqooyinka ayaa sida ugu badan na caawiya. Qor waxa aad adigu aragtay ama maqashay. Ma aha waxa aad ka fikirto.
report-anonymous-title = Waxaad soo sheegi kartaa adigoon magacaaga bixin
report-anonymous-text = Uma baahnid inaad magacaaga bixiso. Ma kaydinno cinwaankaaga IP. Dhammaadka waxaad heli doontaa kood. Koodhkaas waxaad mar dambe ku eegi kartaa haddii aan su'aal qabno.
report-start = Bilow warbixinta
report-progress = Tallaabada { $step } ee { $total }
report-back = Dib u noqo
report-continue = Sii wad
report-send = Dir warbixinta
report-change = Beddel
report-dont-know = Ma aqaan
report-optional = Dhammaan su'aaluhu waa ikhtiyaari. Wax ma taqaanid? Markaas bannaan u dhaaf.
report-honeypot = Meeshan bannaan u dhaaf
report-step-soort = Maxaad u malaynaysaa inay dhacayso?
report-kinds-hint = Dooro hal jawaab ama ka badan.
report-step-persoon = Yaa ay ku saabsan tahay warbixintaadu?
report-step-situatie = Maxaad aragtay?
report-step-hoe-weet-u-het = Sidee baad tan ku ogaatay?
report-step-contact = Ma ku weydiin karnaa wax?
report-step-controleren = Hubi warbixintaada
report-contact-explain = Mararka qaarkood su'aal kale ayaan qabnaa. Ma noo dhaafaysaa magac, cinwaan iimayl ama lambar taleefan? Markaas waan ku soo wici karnaa ama iimayl ayaan kuu soo diri karnaa. Xogtan kooxdayada oo keliya ayaa aragta. Weligeen uma sheegno qofka cidda warbixinta soo gudbisay.
report-contact-no = Maya, waxaan soo sheegayaa anigoon magacayga bixin
report-contact-yes = Haa, waad ila soo xiriiri kartaan
report-contact-fields-hint = Buuxi oo keliya haddii aad kor ku dooratay haa.
report-contact-name = Magac
report-contact-email = Cinwaanka iimaylka
report-contact-phone = Lambarka taleefanka
report-check-send-text = Wax walba ma saxan yihiin? Markaas dir warbixintaada.
report-received-title = Warbixintaada waan helnay
report-receipt-label = Koodhkaaga:
report-receipt-keep = Koodhkan qor ama sawir ka qaad. Hal mar oo keliya ayaad arkaysaa. Koodhka waxaad mar dambe ku eegi kartaa haddii aan su'aal kuu qabno.
report-next-title = Maxaa hadda dhacaya?
report-next-text = Kooxdayadu waxay eegaysaa warbixintaada dhowr maalmood oo shaqo gudahood. Kuuma sheegi doonno waxa aan ku samayno. Ma na siisay xogtaada? Markaas waxaa laga yaabaa inaan kula soo xiriirno.
report-expired-title = Warbixintaada hadda lama hayo
report-expired-text = Warbixin aan weli la dirin waxaan kaydinnaa laba saacadood. Waqtigaas waa dhammaaday, ama weli ma aadan bilaabin. Mar kale bilow.
report-error-prefix = Khalad
report-error-summary = Dhibaato ayaa jirta
report-error-no-kind = Dooro waxa aad u malaynayso inay dhacayso.
report-error-too-long = Isticmaal ugu badnaan { $max } xaraf.
report-error-not-a-choice = Dooro mid ka mid ah jawaabaha.
report-error-characters = Jawaabtan waxaa ku jira xarfo aannaan kaydin karin.
report-error-contact-choice = Dooro haddii aan kula soo xiriiri karno iyo in kale.
report-error-contact-missing = Qor magac, cinwaan iimayl ama lambar taleefan. Ama dooro inaad soo sheegto adigoon magacaaga bixin.
report-error-email = Qor cinwaan iimayl sida name@example.com.
report-error-phone = Qor lambar taleefan, tusaale ahaan 06 12345678.
report-return-link = Mar dambe ku soo noqo koodhkaaga
report-return-title = Dib ugu soo noqo warbixintaada
report-return-intro = Qor koodhka aad heshay markii aad dirtay warbixintaada. Markaas waxaad arkaysaa haddii aan su'aal kuu qabno.
report-return-none = Hadda su'aal kuuma qabno. Fadlan mar dambe dib u eeg.
report-return-from-team = Su'aal ka timid kooxdayada
report-return-from-you = Jawaabtaada
report-return-answer = Jawaabtaada
report-return-thanks = Mahadsanid. Jawaabtaada waan helnay.
report-error-code = Koodhkan ma naqaanno. Hubi 16-ka lambar.
report-error-answer-empty = Qor jawaab.

## Photos or files with a report (optional)
report-evidence-row = Sawirro ama faylal
report-evidence-none = Waxba
report-evidence-add-link = Ku dar
report-evidence-title = Ku dar sawirro ama faylal
report-evidence-intro = Ma haysaa sawir ama fayl PDF ah oo muujinaya waxa ay warbixintaadu ku saabsan tahay? Markaas waad la diri kartaa warbixintaada. Khasab ma aha. Waxaad diri kartaa 3 fayl. Fayl kasta wuxuu noqon karaa ugu badnaan 10 MB.
report-evidence-warning-label = Fiiro gaar ah:
report-evidence-people = Sawir uu qof ku jiro waxaa ku jira xog shakhsi ah. Sawir noocaas ah dir oo keliya haddii uu muujinayo waxa ay warbixintaadu ku saabsan tahay.
report-evidence-cleaned = Sawirka waxaan ka saarnaa xogta qarsoon, sida meesha iyo waqtiga sawirka la qaaday. Faylasha kooxdayada oo keliya ayaa arki karta.
report-evidence-added = Faylashaada
report-evidence-numbered = Faylka { $n }
report-evidence-photo = sawir
report-evidence-pdf = fayl PDF ah
report-evidence-remove = Ka saar
report-evidence-full = Waxaad ku dartay 3 fayl. Wax ka badan ma dari kartid. Ma rabtaa inaad dirto fayl kale? Markaas marka hore ka saar fayl.
report-evidence-choose = Dooro fayl
report-evidence-hint = Sawir (JPG, PNG ama WebP) ama fayl PDF ah, ugu badnaan 10 MB.
report-evidence-add = Ku dar fayl
report-evidence-done = Waa dhammaatay, dib ugu noqo warbixintaada
report-evidence-error-none = Dooro fayl.
report-evidence-error-size = Faylku wuu ka weyn yahay 10 MB. Dooro fayl ka yar.
report-evidence-error-type = Fayl noocan ah ma kaydin karno. Dooro sawir (JPG, PNG ama WebP) ama fayl PDF ah.
report-evidence-error-unreadable = Ma furi karno faylkan. Waxaa laga yaabaa inuu faylku xumaaday, ama sawirku aad u weyn yahay. Dooro fayl kale.
report-evidence-error-many = Waxaad hore u haysataa 3 fayl. Marka hore ka saar fayl.
report-evidence-error-busy = Hadda mashquul badan ayaa jira. Warbixintaada waa la kaydiyay. Isku day inaad faylka mar kale ku darto daqiiqad kadib.

## E-mail to a reporter (only that a question is waiting; never the question itself)
mail-question-subject = Su'aal ayaan kuu qabnaa
mail-question-body = Kooxdayadu su'aal ayay ka qabtaa warbixintaada. Su'aasha waxaad ka akhrin kartaa websaydhkayaga. Tag { $url } oo halkaas ku qor koodhkaaga. Waa koodhka aad heshay markii aad dirtay warbixintaada.
mail-question-privacy = Su'aasha kuma qorno iimaylka. Sidaas ayay warbixintaadu sir ku ahaanaysaa. Fadlan ha ka jawaabin iimaylkan. Ma akhrino jawaabaha.

# The report form when the database cannot be reached, and when many reports start at once.
report-outage-title = Hadda cillad yar ayaa jirta
report-outage-kept = Jawaabahaagu ma lumin. Wixii aad hore u buuxisay waa la kaydiyay.
report-outage-typed = Wixii aad hadda buuxisay weli halkan ayay yaallaan. Guji Isku day mar kale si aad u dirto.
report-outage-wait = Isku day mar kale daqiiqad kadib.
report-outage-retry = Isku day mar kale
report-code-unavailable = Hadda ma hubin karno koodhadhka. Koodhkaagu khalad ma aha. Isku day mar kale daqiiqad kadib.
report-busy-title = Fadlan in yar sug
report-busy-text = Hadda dad badan ayaa isku mar bilaabaya warbixin. Sidaas darteed waxaad sii wadi doontaa dhowr ilbiriqsi kadib.
report-busy-wait = Sug { $seconds } ilbiriqsi. Kadib guji Sii wad.
report-busy-working = Browser-kaagu wax yar buu mashquul yahay. Si iskiis ah ayaad u sii wadi doontaa.
report-busy-done = Waa dhammaatay. Hadda waad sii wadaysaa.
report-busy-later = Ma doorbidaysaa goor dambe? Tag bogga hore.

## Resultaten van de controles (openbare cijfers per jaar)
results-title = Natiijooyinka hubinta
results-lead = Imisa warbixin ayay dowladda hoose heshay? Maxaase ku dhacay? Halkan waxaad ku aragtaa tirooyinka sannad kasta.
results-privacy = Waxaan kaliya tirinnaa. Halkan waxba kama qorna hal qof. Haddii tiro ka yar tahay 5, waxaa lagu qoraa: wax ka yar 5.
results-year = Sannad
results-so-far = { $year } (ilaa hadda)
results-received = Warbixinnada la helay
results-investigated = Warbixinnada keenay baaritaan
results-share = Qaybta la baaray
results-outcomes-title = Maxaa ka soo baxay?
results-outcomes-intro = Kuwani waa warbixinnada la dhammeeyay. Warbixin waxay yeelan kartaa wax ka badan hal natiijo, tusaale ahaan lacag la celiyo iyo ganaax. Markaas warbixintaas waxaa lagu tiriyaa labadaba.
results-outcome = Natiijo
results-fewer-than-five = wax ka yar 5
results-outcome-no_action = Cawaaqib ma leh
results-outcome-warning = Digniin
results-outcome-repayment = Lacag la celiyay
results-outcome-fine = Ganaax
results-outcome-measure = Tallaabo: muddo caawimaad yar (maatregel)
results-outcome-benefit_ended = Caawimaadda waa la joojiyay
results-outcome-criminal_report = Dacwad loo gudbiyay booliska
results-outcome-referred = Waxaa loo gudbiyay hay'ad kale
results-more = Akhri sida aan u hubinno
results-themes = Mowduucyada aan sannadkan hubinno
results-table = Warbixinnada sannad kasta
results-outcomes-table = Natiijooyinka sannad kasta
results-index-link = Natiijooyinka hubinta
