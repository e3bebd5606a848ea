# Ka-hortag (arrinta 17): imtixaanka naftaada, "Macluumaadkani ma caddaa?" iyo su'aal aan magac lahayn.
# Luqad fudud (B1): jumlado gaagaaban, erayo caadi ah.

prevention-error-summary = Dhibaato ayaa jirta

## Imtixaanka "Ma ogtahay waxa ay tahay inaad noo soo sheegto?"
selfcheck-title = Ma ogtahay waxa ay tahay inaad noo soo sheegto?
selfcheck-lead = Dhowr daqiiqo gudahood ku imtixaan waxa aad ka ogtahay waajibaadkaaga marka aad hesho gargaarka bulshada (bijstand).
selfcheck-how = Waxaad arki doontaa { $total } xaaladood oo gaagaaban. Xaalad kasta waxaad dooranaysaa: haa, maya ama ma aqaan. Kadib isla markiiba waxaad arkaysaa jawaabta saxda ah.
selfcheck-private = Waxba kaama kaydinno. Waxaan tirinnaa oo keliya inta jeer ee jawaab kasta la bixiyo. Sidaas ayaan ku ogaanaa xeerarka ay tahay inaan si fiican u sharaxno.
selfcheck-start = Bilow imtixaanka
selfcheck-progress = Su'aasha { $number } ee { $total }
selfcheck-answer-yes = Haa
selfcheck-answer-no = Maya
selfcheck-answer-unknown = Ma aqaan
selfcheck-continue = Eeg jawaabta
selfcheck-error-choose = Dooro haa, maya ama ma aqaan
selfcheck-explanation-title = Jawaabta su'aasha { $number } ee { $total }
selfcheck-you-answered = Waxaad ku jawaabtay: { $answer }.
selfcheck-right = Taasi waa sax.
selfcheck-wrong = Taasi sax ma aha.
selfcheck-now-you-know = Hadda waad ogtahay.
selfcheck-read-more = Wax badan ka akhri:
selfcheck-next = Su'aasha xigta
selfcheck-to-result = Eeg natiijadaada
selfcheck-result-title = Natiijadaada
selfcheck-result-score = Waxaad ogayd { $knew } ka mid ah { $total } jawaabood.
selfcheck-to-read = Wax badan ka akhri arrintan
selfcheck-doubt-title = Shaki ma qabtaa? Na weydii
selfcheck-doubt-text = Ma hubtid in ay tahay inaad wax noo soo sheegto? Na weydii. Had iyo jeer waad na weydiin kartaa. Waxaad kaloo weydiin kartaa su'aal adigoon magacaaga bixin.
selfcheck-ask-link = Weydii su'aal adigoon magacaaga bixin
selfcheck-again = Mar kale samee imtixaanka

## Macluumaadkani ma caddaa?
feedback-question = Macluumaadkani ma caddaa?
feedback-yes = Haa
feedback-no = Maya
feedback-thanks = Waad ku mahadsan tahay jawaabtaada
feedback-thanks-text = Jawaabtaada waxaan ku hagaajinaynaa macluumaadkayaga. Waxba kaama kaydinno.
feedback-comment-title = Maxaa aan caddayn?
feedback-comment-hint = Tani waajib ma aha. Ha qorin magac ama xog kale oo adiga kugu saabsan. Kuwa qora boggan oo keliya ayaa akhriya tan.
feedback-comment-send = Dir
feedback-back = Ku noqo { $page }
feedback-error-unavailable = Hadda ma kaydin karno faalladaada. Fadlan mar dambe isku day.

## Weydii su'aal adigoon magacaaga bixin
ask-title = Weydii su'aal adigoon magacaaga bixin
ask-lead = Shaki ma ka qabtaa gargaarkaaga ama waxa ay tahay inaad noo soo sheegto? Weydii su'aashaada. Uma baahnid inaad magacaaga bixiso.
ask-promise-title = Yaa akhriya su'aashaada?
ask-promise-advisor = La-taliye ka tirsan qaybta Xiriirka Macaamiisha (Klantcontact) ayaa akhriya su'aashaada oo ka jawaaba.
ask-promise-not-team = Kooxda baarta warbixinnada khiyaanada ma arki karto su'aashaada. Su'aal weligeed ma aha warbixin.
ask-promise-no-name = Ma weydiinno cidda aad tahay. Sidoo kale ha ku qorin su'aashaada magac, cinwaan ama lambarka adeegga muwaadinka (BSN).
ask-promise-deleted = Su'aashaada iyo jawaabta waan tirtirnaa marka aad akhrido jawaabta, haddii kale waqti kadib.
ask-question-label = Su'aashaada
ask-question-hint = Erayadaada ku qor waxa aad rabto inaad ogaato. Waxaad ku qori kartaa luqaddaada. Ugu badnaan { $max } xaraf.
ask-email-label = Cinwaanka iimaylka (ikhtiyaari)
ask-email-hint = Oo keliya haddii aad rabto fariin marka jawaabtu diyaar noqoto. Fariintaas wax kale kuma jiraan.
ask-continue = Sii wad
ask-read-link = Kood ma haysataa? Akhri jawaabta su'aashaada
ask-check-title = Hubi su'aashaada
ask-check-no-email = Cinwaan iimayl ma jiro
ask-check-promise = Marka aad dirto su'aasha, waxaad heli doontaa kood. Koodhkaas ayaad mar dambe ku akhrinaysaa jawaabta.
ask-change = Beddel su'aashaada
ask-send = Dir su'aashaada
ask-error-empty = Qor su'aashaada
ask-error-email = Qor cinwaan iimayl oo sax ah, sida name@example.com, ama bannaan u dhaaf
ask-error-unavailable = Hadda ma diri karno su'aashaada. Qoraalkaagu hoos ayuu yaal. Isku day mar kale dhowr daqiiqo kadib.
ask-received-title = Su'aashaada waa la diray
ask-code-label = Koodhkaagu waa:
ask-code-keep = Koodhkan qor ama sawir ka qaad. Koodhka hal mar oo keliya ayaad arkaysaa. Koodhka la'aantiis ma akhrin kartid jawaabta.
ask-email-will-tell = Waxaad heli doontaa iimayl marka jawaabtu diyaar noqoto.
ask-read-title = Akhri jawaabta su'aashaada
ask-code-hint = Koodhka 16-ka lambar ah ee aad heshay markii aad dirtay su'aasha.
ask-read-button = Akhri jawaabta
ask-error-code = Koodhkan ma naqaanno. Hubi inaad koodhka si sax ah u qortay.
ask-error-code-unavailable = Hadda ma hubin karno koodhadhka. Isku day mar kale dhowr daqiiqo kadib.
ask-your-question = Su'aashaada
ask-asked-on = La weydiiyay { $date }
ask-answer-title = Jawaabtayada
ask-answer-deleted = Su'aashaada iyo jawaabtan waxaan tirtirnaa { $days } maalmood kadib markii ugu horreysay ee aad akhriday jawaabta. Ma rabtaa inaad kaydiso? Markaas qor ama sawir ka qaad.
ask-not-yet = Su'aashaada weli lagama jawaabin. Fadlan dib u eeg dhowr maalmood kadib.
ask-another = Weydii su'aal kale

mail-answer-subject = Jawaabta su'aashaada waa diyaar
mail-answer-body = Jawaabta su'aashaada waa diyaar. Ku akhri koodhkaaga halkan: { $url }
mail-answer-privacy = Iimaylkan kuma jiraan su'aashaada iyo jawaabta. Sidaas ayay su'aashaadu adiga kuu gaar ahaanaysaa.

## Bayaanka xogta gaarka ah
privacy-prevention-title = Imtixaanka, faallooyinka iyo su'aalaha aan magac lahayn
privacy-prevention-text =
    Ma samaynaysaa imtixaanka "Ma ogtahay waxa ay tahay inaad noo soo sheegto?", mise waxaad noo sheegaysaa in bog uu caddaa iyo in kale? Markaas waxaan tirinnaa oo keliya jawaabtaada. Ma naqaanno cidda ay jawaabtu ka timid. Imtixaanku jawaabahaaga wuxuu ku kaydiyaa cookie ku jirta qalabkaaga gaarka ah, muddo laba saacadood ah.

    Ma qortaa waxa aan caddayn? Markaas qoraalkaas waxaan kaydinnaa magacaaga la'aantiis, waqti go'an kadibna waan tirtirnaa. Kuwa qora boggan oo keliya ayaa akhriya.

    Ma weydiinaysaa su'aal adigoon magacaaga bixin? Markaas su'aasha iyo jawaabta waan tirtirnaa wax yar kadib marka aad akhrido jawaabta. Bogga jawaabta waxaa ku qoran inta aan kaydinayno. Ma bixinaysaa cinwaan iimayl? Markaas hal fariin oo keliya ayaan u dirnaa: in jawaabtu diyaar tahay. Intaas kadib cinwaanka ma sii kaydinno.
