# Helder – site-wide texts in Tigrinya. Dutch (nl) is the leading language.

## Site
site-title = Helder – { $municipality }
site-product = ስራሕን እቶትን
page-title = { $page } – { $municipality }
skip-link = ብቐጥታ ናብ ትሕዝቶ ኺዱ
language-switcher-label = ቋንቋ ምረጹ
footer-nav-label = ብዛዕባ እዚ መርበብ ሓበሬታ
footer-owner = እዚ መርበብ ሓበሬታ ናይ { $municipality } እዩ።
print-page = ነዚ ገጽ ሕተሙ

## Home
home-title = ማሕበራዊ ሓገዝ ክትቅበሉ ከለኹም፡ መሰላትኩምን ግዴታታትኩምን
home-lead = ካብ { $municipality } ማሕበራዊ ሓገዝ (bijstand) ትቕበሉ ዶ? ወይ ድማ ንምርካቡ ትሓቱ ኣለኹም? ኣብዚ እንታይ ክትገብሩ ከም ዘለኩምን ካባና እንታይ ክትጽበዩ ከም እትኽእሉን ከተንብቡ ትኽእሉ ኢኹም።
home-offer-title = ኣብዚ መርበብ ሓበሬታ እንታይ ክትረኽቡ ትኽእሉ?
home-offer-rights = ብዛዕባ መሰላትኩምን ግዴታታትኩምን መብርሂ፣ ብቐሊል ቃላት።
home-offer-languages = ተመሳሳሊ መብርሂ ብኻልኦት ቋንቋታት።
home-offer-report = ሓደ ሰብ ሕግታት ማሕበራዊ ሓገዝ ከም ዘይሕሉ እንተ ጠርጢርኩም፡ ንምሕባሩ ዝኸውን ቅጥዒ። ስምኩም ክትህቡ ኣየድልየኩምን።
home-doubt-title = ትጠራጠሩ ዶ?
home-doubt-text = ገለ ነገር ክትሕብሩና ከም ዘለኩም ርግጸኛታት ኣይኮንኩምን? ሕተቱና። ሕቶ ምሕታት ዋጋ የብሉን። ከምኡ ጌርኩም ድሒሩ ዝመጽእ ጸገም ትከላኸሉ።
home-doubt-contact = ከመይ ጌርኩም ክትረኽቡና ትኽእሉ

## Not found
not-found-title = እቲ ገጽ ኣይተረኽበን
not-found-intro = እዚ ገጽ የለን። ምናልባት እቲ ኣድራሻ ብጌጋ ተጻሒፉ ይኸውን። ወይ ድማ እቲ ገጽ ናብ ካልእ ቦታ ተቐይሩ ይኸውን።
not-found-home-link = ናብ መበገሲ ገጽ ኺዱ

## Accessibility
accessibility-title = ተበጻሕነት
accessibility-intro = { $municipality } ኩሉ ሰብ ነዚ መርበብ ሓበሬታ ክጥቀመሉ ይደሊ፣ ዓይንኹም ወይ እዝንኹም እንተ ደኺሙ፡ ወይ ምንባብ እንተ ኣጸገመኩም እውን። እዚ መግለጺ ብዛዕባ እዚ መርበብ ሓበሬታ እዩ፣ ብዛዕባ ማሕበራዊ ሓገዝኩም ዝገልጽን ቅጥዒ ምሕባር ዘለዎን፡ ብዛዕባ { $website } ግን ኣይኮነን።
accessibility-status-title = እዚ መርበብ ሓበሬታ ክሳብ ክንደይ ተበጻሒ እዩ?
accessibility-status-text =
    ደረጃ ናይዚ መርበብ ሓበሬታ: C – ቀዳሞት ስጉምትታት ተወሲዶም። ሞዴል መንግስቲ ሆላንድ ከምዚ ኢሉ ይሰምዮ።

    እዚ ማለት: ነቲ መርበብ ሓበሬታ ባዕልና ንፍትኖ፣ ብቐጻሊ ድማ ነመሓይሾ። ግን ናጻ ክኢላ ገና ኣይመርመሮን። ስለዚ እቲ መርበብ ሓበሬታ ንኹሉ ጠለባት የማልእ እንተ ኾይኑ ገና ብርግጽ ኣይንፈልጥን። ደረጃ A ወይ B ድሕሪ ከምዚ ዝበለ መጽናዕቲ ጥራይ እዩ ዝከኣል።

    እቲ ናጻ መጽናዕቲ ተመዲቡ ኣሎ። ካብ ደገ ምምሕዳር ከተማ ዝመጽእ ክኢላ፡ ብቐዋሚ ኣገባብ ንኹሉ ጠለባት ክፍትሽ እዩ። ነቲ ውጽኢት ኣብዚ ገጽ ክንዝርግሖ ኢና።
accessibility-tested-title = ነቲ መርበብ ሓበሬታ ብኸመይ ንፍትኖ?
accessibility-tested-text =
    መዐቀኒ WCAG 2.2፣ ደረጃ AA ንኽተል። WCAG ንመርበባት ሓበሬታ ዝኸውን ዝርዝር ጠለባት እዩ። ብሰንኪ እዞም ጠለባት፡ ስንክልና ዘለዎም ሰባት እውን ንመርበብ ሓበሬታ ብጽቡቕ ክጥቀሙሉ ይኽእሉ። ኤውሮጳዊ መዐቀኒ EN 301 549 ተመሳሳሊ ጠለባት ይጥቀም። ኣብ ሆላንድ ዘለዋ መንግስታዊ ትካላት ክኽተልኦ ኣለወን።

    ነፍሲ ወከፍ ሓድሽ ስሪት ናይዚ መርበብ ሓበሬታ፡ ቅድሚ ናብ ኢንተርነት ምውጽኡ ብኣውቶማቲክ ንፍትኖ:

    - ነፍሲ ወከፍ ህዝባዊ ገጽ፡ ብኹለን 8 ቋንቋታት፡ ብፕሮግራም axe-core ንፍትሾ። ነዚ ኣብ ከም ናይ ተሌፎን ዝበለ ጸቢብ ስክሪን (320 ፒክሰል ስፍሓት)፡ ከምኡ እውን ኣብ ስክሪን ኮምፒዩተር (1280 ፒክሰል ስፍሓት) ንገብሮ።
    - ኮድ HTML ናይ ነፍሲ ወከፍ ዓይነት ገጽ ብፕሮግራም html-validate ንፍትሾ።
    - ነቶም ቅጥዕታት ብኪቦርድ ጥራይ ንጥቀመሎም: ቅጥዒ ምሕባር፣ እቲ ብኮድ ምሕባርኩም እትምለስሉ ገጽ፣ ከምኡ እውን ምእታው ሰራሕተኛታት። ኣብ ነፍሲ ወከፍ ስጉምቲ ብፍላጥ ጌጋ ንገብር። እቲ ጠቋሚ (cursor) ብቕጽበት ናብ መልእኽቲ ጌጋ ይኸይድ እንተ ኾይኑ፡ ከምኡ እውን እቲ ጌጋ ናይ ኣየናይ ቦታ ምዃኑ ንጹር እንተ ኾይኑ ንርኢ።
    - ነፍሲ ወከፍ ገጽን ነፍሲ ወከፍ ቅጥዕን ብዘይ JavaScript እውን ይሰርሕ።
    - ዓረብኛን ፋርስን ካብ የማን ናብ ጸጋም እዮም ዝንበቡ። ስለዚ ነዞም ገጻት ብስእሊ ስክሪን እውን ንፍትሾም።

    ገና ዘይገበርናዮ: ክኢላ ምስ ሓገዝቲ መሳርሒ ከም ኣንባቢ ስክሪን ዝጥቀሙ ሰባት ብሓባር ዝገብሮ ፈተነ። ኣንባቢ ስክሪን ነቲ ኣብ ስክሪን ዘሎ ጽሑፍ ብድምጺ ዘንብብ ፕሮግራም እዩ።

    ናይ መወዳእታ ፈተነ: { $date }።
accessibility-problems-title = ገና ብግቡእ ዘይሰርሕ እንታይ ኣሎ?
accessibility-problems-text =
    እዞም ዝስዕቡ ጸገማት ንፈልጦም ኢና። ብዛዕባኦም እንታይ ከም እንገብር እውን ኣብ ታሕቲ ከተንብቡ ትኽእሉ ኢኹም።

    - እቲ ትርጉማት ገና ብሰብ ኣደ-ቋንቋኡ ዝኾነ ኣይተመርመረን። እቲ ናይ ሆላንድኛ ጽሑፍ እዩ መወከሲ። ሕጂ ነቲ ትርጉማት የመርምርዎ ኣለዉ። ርግጸኛታት ኣይኮንኩምን ዶ? ነቲ ናይ ሆላንድኛ ጽሑፍ ኣንብቡ ወይ ደውሉልና።
    - ኣብቶም ብእንግሊዝኛ፣ ብቱርክኛ፣ ብፖሎኛን ብሶማልኛን ዘለዉ ገጻት፡ ሆላንድኛ ኣስማት ሕጋጋት፣ ትካላትን ቅጥዕታትን ኣለዉ። እዞም ኣስማት ኩሉ ግዜ ከም ሆላንድኛ ኣይተመልከቱን። ስለዚ ኣንባቢ ስክሪን ብዘይግቡእ ድምጺ ከንብቦም ይኽእል። ኣብዚ ንሰርሕ ኣለና። ሓደ ስም ኣይተረድኣኩምን ዶ? ደውሉልና፣ ክንገልጸልኩም ኢና።
    - እቶም ፊልምታት ኣብ ስክሪን ዝርአ ጽሑፍ ኣለዎም። ምሉእ ጽሑፍ ናይ ነፍሲ ወከፍ ፊልም ድማ ኣብ ትሕቲ እቲ ፊልም ኣሎ። ግን ፍሉይ ድምጻዊ መግለጺ የብሎምን። ድምጻዊ መግለጺ ኣብቲ ስእሊ እንታይ ከም ዝርአ ዝገልጽ ድምጺ እዩ። ገለ ነገር ሓሊፉኩም ዶ? ነቲ ኣብ ትሕቲ ፊልም ዘሎ ጽሑፍ ኣንብቡ ወይ ደውሉልና።
    - እቲ ናጻ መጽናዕቲ ገና ኣይተገብረን። ተመዲቡ ኣሎ። ነቲ ውጽኢት ኣብዚ ገጽ ክንዝርግሖ ኢና።
accessibility-contact-title = ከተንብብዎ ወይ ክትጥቀምሉ ዘይትኽእሉ ነገር ኣሎ ድዩ?
accessibility-contact-text = ንገሩና። ኣብ የናይ ገጽ ምንባሩን እንታይ ከም ዝተጋገየን ንገሩና። ምስ { $municipality } ርክብ ግበሩ።
accessibility-contact-phone = ተሌፎን
accessibility-contact-hours = ሰዓታት ርክብ
accessibility-contact-address = ኣድራሻ
accessibility-contact-website = መርበብ ሓበሬታ
accessibility-contact-answer = ኣብ ውሽጢ 5 መዓልቲ ስራሕ ንምልሰልኩም። እንተ ኣድልዩ፡ ነቲ ሓበሬታ ብኻልእ መንገዲ ክትረኽብዎ ኢኹም፣ ንኣብነት ብወረቐት ወይ ብተሌፎን።
accessibility-complaint-title = ዕጉባት ኣይኮንኩምን ዶ?
accessibility-complaint-text =
    ንሕቶኹም ወይ ንጸገምኩም ብዝሓዝናዮ መንገዲ ዕጉባት ኣይኮንኩምን ዶ? ወይ ብግዜኡ ኣይመለስናልኩምን? ሽዑ ቅድም ናብ { $municipality } ጥርዓን ኣቕርቡ።

    ድሕሪኡ እውን ዕጉባት ኣይኮንኩምን ዶ? ሽዑ ናብ ሃገራዊ ቤት ጽሕፈት ጥርዓን ክትከዱ ትኽእሉ ኢኹም። ምምሕዳር ከተማኹም ናይ ባዕሉ ቤት ጽሕፈት ጥርዓን ኣለዎ ዶ? ሽዑ ናብኡ ኢኹም እትኸዱ። ጥርዓን ምቕራብ ብናጻ እዩ።
accessibility-date = እዚ መግለጺ ኣብ { $date } ተዳልዩ።
accessibility-model = እዚ መግለጺ ሞዴል Digitoegankelijk (digitoegankelijk.nl) ይኽተል።

## Privacy
privacy-title = ብሕትውና
privacy-intro = { $municipality } ንውልቃዊ ሓበሬታኹም ብጥንቃቐ ይሕዞ። ኣብዚ እዚ መርበብ ሓበሬታ ኣየናይ ሓበሬታ ከም ዝጥቀምን ስለምንታይን ከተንብቡ ትኽእሉ ኢኹም።
privacy-who-title = መን እዩ ሓላፍነት ዘለዎ?
privacy-who-text = { $municipality } ንዚ መርበብ ሓበሬታን ኣብዚ ንእትመልእዎ ሓበሬታን ሓላፍነት ኣለዎ። ንሕና ንሓፈሻዊ ሕጊ ምክልኻል ውልቃዊ ሓበሬታ (GDPR፣ ብሆላንድኛ: AVG) ንኽተል። እዚ ንብሕትውናኹም ዝከላኸል ሕጊ እዩ።
privacy-data-title = ኣየናይ ሓበሬታ ንዕቅብ?
privacy-data-text =
    ገጻት ጥራይ እንተ ኣንቢብኩም፡ ብዛዕባኹም ዋላ ሓንቲ ኣይንዕቅብን።

    ናይ IP ኣድራሻኹም ኣይንዕቅብን። እዚ ኣድራሻ ናይ ኢንተርነት መራኸቢኹም እዩ። ኣብ መዝገባት ስርሓትና እውን ኣይንዕቅቦን።

    ጸብጻብ እንተ ኣቕሪብኩም፡ እቲ ባዕልኹም ዝመላእኩምዎ ጥራይ ኢና እንዕቅብ። ስምኩም ክትህቡ ኣየድልየኩምን።

    ምስ ጸብጻብኩም ስእሊ ወይ ፋይል PDF ትሰዱ ዶ? ሽዑ ምስቲ ጸብጻብ ንዕቅቦ። ካብ ስእሊ ቅድም ሕቡእ ሓበሬታ ነወግድ፣ ከም እቲ ስእሊ ዝተላዕለሉ ቦታ። ነቶም ፋይላት እቲ ንጸብጻባት ዝከታተል ጉጅለ ጥራይ እዩ ክርእዮም ዝኽእል። ምስ ሓበሬታ ናይቲ ጸብጻብ ብሓባር ንድምስሶም።
privacy-no-tracking-title = ንዓኹም ዝከታተሉ cookies የለዉን
privacy-no-tracking-text =
    እዚ መርበብ ሓበሬታ ንዓኹም ንምክትታል cookies ኣይጥቀምን። መን ነዚ መርበብ ሓበሬታ ከም ዝበጽሖ ኣይንቆጽርን።

    ኩሉ ካብ ናይ ባዕልና ሰርቨር እዩ ዝመጽእ። ዋላ ሓደ ሓበሬታ ናብ ካልኦት ትካላት፣ ከም Google ወይ Facebook፣ ኣይለኣኽን።
privacy-rights-title = መሰላትኩም
privacy-rights-text =
    ብዛዕባኹም ኣየናይ ሓበሬታ ከም ዘለና ክትሓቱ ትኽእሉ ኢኹም። ሓበሬታ ክእረም ወይ ክድምሰስ እውን ክትሓቱ ትኽእሉ ኢኹም።

    ብኣተሓሕዛና ሓበሬታኹም እንተ ዘይተሰማማዕኩም፡ ናብ ሆላንዳዊ ሰልጣን ምክልኻል ውልቃዊ ሓበሬታ (Autoriteit Persoonsgegevens) ጥርዓን ከተቕርቡ ትኽእሉ ኢኹም።
privacy-contact-title = ብዛዕባ ብሕትውና ሕቶ ኣለኩም ዶ?
privacy-contact-text = ምስ ሓላፊ ምክልኻል ውልቃዊ ሓበሬታ ናይ { $municipality } ርክብ ግበሩ። ኣድራሻታት ኣብ መርበብ ሓበሬታ ናይቲ ምምሕዳር ከተማ ክትረኽብዎ ትኽእሉ ኢኹም።

## Navigation
service-nav-label = ቀንዲ ዝርዝር
nav-life-events = ኣብ ህይወትኩም ገለ ነገር ይቕየር
breadcrumbs-label = ኣብዚ ኣለኹም
breadcrumbs-home = መበገሲ ገጽ
home-start-duty = እንታይ ክትሕብሩና ኣለኩም?
home-start-duty-text = ንዓና ክትሕብሩና ዘለኩም ለውጥታት። ስለምንታይ ኣገዳሲ ምዃኑ ድማ።
home-start-events-text = ብሓባር ክትነብሩ፣ ገዛ ክትቕይሩ ወይ ስራሕ ክትጅምሩ ዲኹም? እንታይ ክትገብሩ ከም ዘለኩም ኣንብቡ።

## Rights and duties
topics-title = መሰላትን ግዴታታትን
topics-lead = ኣብዚ ማሕበራዊ ሓገዝ ክትቅበሉ ከለኹም እንታይ ክትገብሩ ከም ዘለኩም ከተንብቡ ትኽእሉ ኢኹም። ካባና እንታይ ክትጽበዩ ከም እትኽእሉ ድማ።
topics-group-start = ኣብዚ ጀምሩ
topics-group-duties = እንታይ ክትሕብሩና ኣለኩም?
topics-group-mistake = ገለ ነገር እንተ ተጋግዩ
topics-group-rights = መሰላትኩምን ሓገዝን
topics-group-about = ብዛዕባ ምርመራታትን ንመሻርኽቲ ትካላትን
page-updated = ኣብ { $date } ተሓዲሱ።
page-checked = ምስ ሕጊ ዝተረጋገጸሉ ዕለት፦ { $date }።
printed-from = እዚ ጽሑፍ ካብ { $url } እዩ ዝመጽእ
translation-aid = እዚ ትርጉም ሓጋዚ ጥራይ እዩ። ወግዓዊ ጽሑፍ እቲ ናይ ሆላንድኛ እዩ።
translation-read-dutch = ነቲ ናይ ሆላንድኛ ጽሑፍ ኣንብቡ።
translation-missing = እዚ ገጽ ገና ኣይተተርጎመን። ነቲ ናይ ሆላንድኛ ጽሑፍ ኢኹም ተንብቡ ዘለኹም።
translation-outdated = እቲ ናይ ሆላንድኛ ጽሑፍ ተቐዪሩ እዩ። እዚ ትርጉም ገና ኣይተመሓየሸን።
page-withdrawn = እዚ ገጽ ብ { $date } ተሰሒቡ።

## Search
search-title = ድለያ
search-label = ኣብዚ መርበብ ሓበሬታ ድለዩ
search-button = ድለዩ
search-empty = ሓደ ወይ ልዕሊኡ ቃላት ጽሓፉ። ንኣብነት: ክራይ፣ ስራሕ ወይ ዕረፍቲ።
search-no-words = ኣብቲ ዝደለኹምዎ ዋላ ሓደ ቃል ክንረክብ ኣይከኣልናን። ሓደ ወይ ልዕሊኡ ቃላት ጽሓፉ።
search-failed = ሕጂ ምድላይ ኣይከኣልን። ደሓር እንደገና ፈትኑ።
search-none = ን‘{ $query }’ ዋላ ሓደ ውጽኢት የለን።
search-count = ን‘{ $query }’ { $count } ውጽኢታት።
search-count-one = ን‘{ $query }’ 1 ውጽኢት።
search-help-title = ምኽርታት
search-help-words = ካልእ ወይ ውሑድ ቃላት ተጠቐሙ።
search-help-spelling = ኣጻሕፋ ቃላት ኣረጋግጹ።
search-help-browse = ኩሎም ኣርእስትታት ርኣዩ።

## Films
films-title = ፊልምታት
films-lead = መብርሂ ዝህቡ ሓጸርቲ ፊልምታት። ምስ ንኡስ ጽሑፍን ኣብ ትሕቲኦም ዘሎ ጽሑፍን።
films-index-link = ነቶም መብርሂ ዝህቡ ፊልምታት ርኣዩ።
film-watch = ነዚ ፊልም ርኣዩ: { $title }
film-download = ነቲ ፊልም ኣውርዱ።
film-transcript = ጽሑፍ ናይቲ ፊልም

## 429
too-many-title = በጃኹም ቁሩብ ተጸበዩ
too-many-text = ኣብ ሓጺር ግዜ ብዙሕ ልኢኽኩም። ሓንቲ ደቒቕ ተጸበዩ። ድሕሪኡ እንደገና ፈትኑ።

## Report
report-title = ጥርጣረ ምትላል ምሕባር
report-intro-signal = ሓደ ሰብ ዘይግብኦ ማሕበራዊ ሓገዝ (bijstand) ይቕበል ኣሎ ኢልኩም ትሓስቡ ዶ? ሽዑ ኣብዚ ክትሕብሩ ትኽእሉ ኢኹም። ጸብጻብ ምልክት ጥራይ እዩ። መርትዖ ኣይኮነን።
report-intro-team = ጉጅለና ነፍሲ ወከፍ ጸብጻብ ብጥንቃቐ ይርእዮ። ሓሓሊፍና ነቲ ኩነታት ብዝያዳ ንምርምሮ። ሓሓሊፍና ድማ ዋላ ሓንቲ ኣይንገብርን፣ እኹል ምልክታት ስለ ዘየለ።
report-intro-outcome = ብጸብጻብኩም እንታይ ከም እንገብር ኣይክንሕብረኩምን ኢና። እዚ ብሕትውና ናይቲ ካልእ ሰብ ንምሕላው እዩ።
report-intro-harm = ናይ ሓሶት ክሲ ንሓደ ሰብ ብዙሕ ጉድኣት ከስዕበሉ ይኽእል። ብሓቂ ቅኑዕ እዩ ኢልኩም እትኣምንዎ ጥራይ ሓብሩ።
report-intro-facts = ዝያዳ ዝሕግዘና ሓቅታት እዩ። ባዕልኹም ዝረኣኹምዎ ወይ ዝሰማዕኩምዎ ጽሓፉ። ርእይቶኹም ኣይኮነን።
report-anonymous-title = ስምኩም ከይሃብኩም ክትሕብሩ ትኽእሉ ኢኹም
report-anonymous-text = ስምኩም ክትህቡ ኣየድልየኩምን። ናይ IP ኣድራሻኹም ኣይንዕቅብን። ኣብ መወዳእታ ሓደ ኮድ ትረኽቡ። በቲ ኮድ ድሒርኩም ሕቶ እንተ ኣሎና ክትርእዩ ትኽእሉ ኢኹም።
report-start = ጸብጻብ ጀምሩ
report-progress = ስጉምቲ { $step } ካብ { $total }
report-back = ንድሕሪት
report-continue = ቀጽሉ
report-send = ጸብጻብ ስደዱ
report-change = ቀይሩ
report-dont-know = ኣይፈልጥን
report-optional = ኩሎም ሕቶታት ብድሌትኩም እዮም። ገለ ነገር ኣይትፈልጡን ዶ? ሽዑ ባዶ ግደፍዎ።
report-honeypot = ነዚ ቦታ ባዶ ግደፍዎ
report-step-soort = እንታይ ይኸውን ኣሎ ኢልኩም ትሓስቡ?
report-kinds-hint = ሓደ ወይ ልዕሊኡ መልስታት ምረጹ።
report-step-persoon = ጸብጻብኩም ብዛዕባ መን እዩ?
report-step-situatie = እንታይ ርኢኹም?
report-step-hoe-weet-u-het = ነዚ ብኸመይ ፈሊጥኩምዎ?
report-step-contact = ገለ ክንሓተኩም ንኽእል ዶ?
report-step-controleren = ጸብጻብኩም ኣረጋግጹ
report-contact-explain = ሓሓሊፍና ካልእ ሕቶ ይህልወና። ስም፣ ኢመይል ኣድራሻ ወይ ቁጽሪ ተሌፎን ትገድፉ ዶ? ሽዑ ክንድውለልኩም ወይ ኢመይል ክንሰደልኩም ንኽእል። ነዚ ሓበሬታ ጉጅለና ጥራይ እዩ ዝርእዮ። ነቲ ሰብ መን ከም ዝሓበረ ፈጺምና ኣይንነግሮን።
report-contact-no = ኣይፋል፣ ስመይ ከይሃብኩ እሕብር ኣለኹ
report-contact-yes = እወ፣ ክትረኽቡኒ ትኽእሉ ኢኹም
report-contact-fields-hint = ኣብ ላዕሊ «እወ» እንተ መሪጽኩም ጥራይ ምልእዎ።
report-contact-name = ስም
report-contact-email = ኢመይል ኣድራሻ
report-contact-phone = ቁጽሪ ተሌፎን
report-check-send-text = ኩሉ ቅኑዕ ድዩ? ሽዑ ጸብጻብኩም ስደዱ።
report-received-title = ጸብጻብኩም ተቐቢልናዮ ኣለና
report-receipt-label = ኮድኩም:
report-receipt-keep = ነዚ ኮድ ጽሓፍዎ ወይ ስእሊ ኣልዕሉሉ። ሓንሳብ ጥራይ ኢኹም ትርእይዎ። በዚ ኮድ ድሒርኩም ንዓኹም ዝኸውን ሕቶ እንተ ኣሎና ክትርእዩ ትኽእሉ ኢኹም።
report-next-title = ሕጂ እንታይ ይኸውን?
report-next-text = ጉጅለና ኣብ ውሽጢ ሒደት መዓልትታት ስራሕ ንጸብጻብኩም ይርእዮ። ብእኡ እንታይ ከም እንገብር ኣይክንሕብረኩምን ኢና። ሓበሬታኹም ሂብኩምና ዶ? ሽዑ ምናልባት ክንረኽበኩም ንኽእል ኢና።
report-expired-title = ጸብጻብኩም ደጊም ኣይተዓቀበን
report-expired-text = ገና ዘይተላእከ ጸብጻብ ንኽልተ ሰዓት ንዕቅቦ። እቲ ግዜ ሓሊፉ እዩ፣ ወይ ድማ ገና ኣይጀመርኩምን ኔርኩም። እንደገና ጀምሩ።
report-error-prefix = ጌጋ
report-error-summary = ጸገም ኣሎ
report-error-no-kind = እንታይ ይኸውን ኣሎ ኢልኩም ከም እትሓስቡ ምረጹ።
report-error-too-long = ልዕሊ { $max } ፊደላት ኣይትጠቐሙ።
report-error-not-a-choice = ካብቶም መልስታት ሓደ ምረጹ።
report-error-characters = እዚ መልሲ ክንዕቅቦም ዘይንኽእል ፊደላት ወይ ምልክታት ሒዙ ኣሎ።
report-error-contact-choice = ክንረኽበኩም ንኽእል ዶ ኣይንኽእልን ምረጹ።
report-error-contact-missing = ስም፣ ኢመይል ኣድራሻ ወይ ቁጽሪ ተሌፎን ጽሓፉ። ወይ ድማ ስምኩም ከይሃብኩም ምሕባር ምረጹ።
report-error-email = ከም name@example.com ዝበለ ኢመይል ኣድራሻ ጽሓፉ።
report-error-phone = ቁጽሪ ተሌፎን ጽሓፉ፣ ንኣብነት 06 12345678።
report-return-link = ድሒርኩም ብኮድኩም ተመለሱ
report-return-title = ናብ ጸብጻብኩም ተመለሱ
report-return-intro = ጸብጻብኩም ምስ ሰደድኩም ዝረኸብኩምዎ ኮድ ጽሓፉ። ሽዑ ንዓኹም ዝኸውን ሕቶ እንተ ኣሎና ክትርእዩ ትኽእሉ ኢኹም።
report-return-none = ሕጂ ንዓኹም ዝኸውን ሕቶ የብልናን። በጃኹም ድሒርኩም እንደገና ርኣዩ።
report-return-from-team = ሕቶ ካብ ጉጅለና
report-return-from-you = መልስኹም
report-return-answer = መልስኹም
report-return-thanks = የቐንየልና። መልስኹም ተቐቢልናዮ ኣለና።
report-error-code = ነዚ ኮድ ኣይንፈልጦን። ነቶም 16 ኣሃዛት ኣረጋግጹ።
report-error-answer-empty = መልሲ ጽሓፉ።

## Photos or files with a report (optional)
report-evidence-row = ስእልታት ወይ ፋይላት
report-evidence-none = የለን
report-evidence-add-link = ወስኹ
report-evidence-title = ስእልታት ወይ ፋይላት ወስኹ
report-evidence-intro = ጸብጻብኩም ብዛዕባ እንታይ ምዃኑ ዘርኢ ስእሊ ወይ ፋይል PDF ኣለኩም ዶ? ሽዑ ምስ ጸብጻብኩም ክትሰድዎ ትኽእሉ ኢኹም። ግዴታ ኣይኮነን። 3 ፋይላት ክትሰዱ ትኽእሉ ኢኹም። ነፍሲ ወከፍ ፋይል ክሳብ 10 MB ክኸውን ይኽእል።
report-evidence-warning-label = ኣስተውዕሉ:
report-evidence-people = ስእሊ ናይ ሓደ ሰብ ውልቃዊ ሓበሬታ ሒዙ ኣሎ። ከምዚ ዝበለ ስእሊ፡ ጸብጻብኩም ብዛዕባ እንታይ ምዃኑ ዘርኢ እንተ ኾይኑ ጥራይ ስደዱ።
report-evidence-cleaned = ካብ ስእሊ ሕቡእ ሓበሬታ ነወግድ፣ ከም እቲ ስእሊ ዝተላዕለሉ ቦታን ግዜን። ነቶም ፋይላት ጉጅለና ጥራይ እዩ ክርእዮም ዝኽእል።
report-evidence-added = ፋይላትኩም
report-evidence-numbered = ፋይል { $n }
report-evidence-photo = ስእሊ
report-evidence-pdf = ፋይል PDF
report-evidence-remove = ኣወግዱ
report-evidence-full = 3 ፋይላት ወሲኽኩም ኣለኹም። ካብዚ ንላዕሊ ኣይከኣልን። ካልእ ፋይል ክትሰዱ ትደልዩ ዶ? ሽዑ ቅድም ሓደ ፋይል ኣወግዱ።
report-evidence-choose = ፋይል ምረጹ
report-evidence-hint = ስእሊ (JPG, PNG ወይ WebP) ወይ ፋይል PDF፣ ክሳብ 10 MB።
report-evidence-add = ፋይል ወስኹ
report-evidence-done = ተወዲኡ፣ ናብ ጸብጻብኩም ተመለሱ
report-evidence-error-none = ፋይል ምረጹ።
report-evidence-error-size = እቲ ፋይል ካብ 10 MB ይዓቢ። ዝነኣሰ ፋይል ምረጹ።
report-evidence-error-type = ከምዚ ዓይነት ፋይል ክንዕቅቦ ኣይንኽእልን ኢና። ስእሊ (JPG, PNG ወይ WebP) ወይ ፋይል PDF ምረጹ።
report-evidence-error-unreadable = ነዚ ፋይል ክንከፍቶ ኣይንኽእልን ኢና። ምናልባት ተበላሽዩ ይኸውን፣ ወይ እቲ ስእሊ ኣዝዩ ዓቢ ይኸውን። ካልእ ፋይል ምረጹ።
report-evidence-error-many = ድሮ 3 ፋይላት ኣለዉኹም። ቅድም ሓደ ፋይል ኣወግዱ።
report-evidence-error-busy = ሕጂ ኣዝዩ ብዙሕ ጽዕነት ኣሎ። ጸብጻብኩም ተዓቂቡ ኣሎ። ድሕሪ ሓደ ደቒቕ ነቲ ፋይል ደጊምኩም ክትውስኽዎ ፈትኑ።

## E-mail to a reporter (only that a question is waiting; never the question itself)
mail-question-subject = ንዓኹም ዝኸውን ሕቶ ኣሎና
mail-question-body = ጉጅለና ብዛዕባ ጸብጻብኩም ሕቶ ኣለዎ። ነቲ ሕቶ ኣብ ወብሳይትና ከተንብብዎ ትኽእሉ ኢኹም። ናብ { $url } ኪዱ እሞ ኣብኡ ኮድኩም ጽሓፉ። እዚ ኮድ ጸብጻብኩም ምስ ሰደድኩም ዝረኸብኩምዎ እዩ።
mail-question-privacy = ነቲ ሕቶ ኣብ ኢመይል ኣይንጽሕፎን ኢና። ከምዚ ጸብጻብኩም ምስጢር ኮይኑ ይተርፍ። በጃኹም ነዚ ኢመይል ኣይትመልሱሉ። መልስታት ኣየንብብን ኢና።

# The report form when the database cannot be reached, and when many reports start at once.
report-outage-title = ሕጂ ንእሽቶ ጸገም ኣሎ
report-outage-kept = መልስታትኩም ኣይጠፍኡን። ቅድሚ ሕጂ ዝመላእኩምዎ ተዓቂቡ ኣሎ።
report-outage-typed = ሕጂ ዝመላእኩምዎ ገና ኣብዚ ኣሎ። ንምልኣኽ ደጊምኩም ፈትኑ ጠውቑ።
report-outage-wait = ድሕሪ ሓደ ደቒቕ ደጊምኩም ፈትኑ።
report-outage-retry = ደጊምኩም ፈትኑ
report-code-unavailable = ሕጂ ኮዳት ክንፍትሽ ኣይንኽእልን ኢና። ኮድኩም ጌጋ ኣይኮነን። ድሕሪ ሓደ ደቒቕ ደጊምኩም ፈትኑ።
report-busy-title = በጃኹም ቁሩብ ጽንሑ
report-busy-text = ሕጂ ብዙሓት ሰባት ብሓደ እዋን ጸብጻብ ይጅምሩ ኣለዉ። ስለዚ ድሕሪ ቁሩብ ካልኢታት ክትቅጽሉ ኢኹም።
report-busy-wait = { $seconds } ካልኢት ተጸበዩ። ድሕሪኡ ቀጽሉ ጠውቑ።
report-busy-working = መርበብኩም ንቁሩብ እዋን ስራሕ ኣለዎ። ባዕልኹም ክትቅጽሉ ኢኹም።
report-busy-done = ተወዲኡ። ሕጂ ትቕጽሉ ኣለኹም።
report-busy-later = ደሓር ትመርጹ? ናብ መበገሲ ገጽ ኪዱ።

## Resultaten van de controles (openbare cijfers per jaar)
results-title = ውጽኢት ምርመራታት
results-lead = እቲ ምምሕዳር ከተማ ክንደይ ጸብጻባት ተቐቢሉ? እንታይከ ኣጋጢምዎም? ኣብዚ ናይ ነፍሲ ወከፍ ዓመት ቁጽርታት ትረኽቡ።
results-privacy = ንሕና ንቖጽር ጥራይ። ኣብዚ ብዛዕባ ሓደ ሰብ ዝኾነ ነገር የለን። ቁጽሪ ካብ 5 ዝነኣሰ እንተኾይኑ፡ ካብ 5 ዝውሕድ ይጽሓፍ።
results-year = ዓመት
results-so-far = { $year } (ክሳብ ሕጂ)
results-received = ዝተቐበልናዮም ጸብጻባት
results-investigated = ናብ መርመራ ዘምርሑ ጸብጻባት
results-share = ዝተመርመረ ክፋል
results-outcomes-title = ውጽኢቱ እንታይ ነበረ?
results-outcomes-intro = እዚኣቶም ዝተዛዘሙ ጸብጻባት እዮም። ሓደ ጸብጻብ ካብ ሓደ ንላዕሊ ውጽኢት ክህልዎ ይኽእል፡ ንኣብነት ገንዘብ ምምላስን ናይ ገንዘብ መቕጻዕትን። ሽዑ እቲ ጸብጻብ ኣብ ክልቲኦም ይቑጸር።
results-outcome = ውጽኢት
results-fewer-than-five = ካብ 5 ዝውሕድ
results-outcome-no_action = ሳዕቤን የብሉን
results-outcome-warning = መጠንቀቕታ
results-outcome-repayment = ገንዘብ ምምላስ
results-outcome-fine = ናይ ገንዘብ መቕጻዕቲ
results-outcome-measure = ስጉምቲ፡ ንግዜኡ ዝወሓደ ሓገዝ (maatregel)
results-outcome-benefit_ended = ሓገዝ ደው ኢሉ
results-outcome-criminal_report = ናብ ፖሊስ ክሲ
results-outcome-referred = ናብ ካልእ ትካል ተሰዲዱ
results-more = ከመይ ከም እንምርምር ኣንብቡ
results-themes = ኣብዚ ዓመት እንምርምሮም ኣርእስትታት
results-table = ጸብጻባት ብዓመት
results-outcomes-table = ውጽኢታት ብዓመት
results-index-link = ውጽኢት ምርመራታት
