# ምክልኻል (ጉዳይ 17)፦ ናይ ባዕልኹም ፈተና፣ «እዚ ሓበሬታ ንጹር ነይሩ ዶ?»ን ስምኩም ከይሃብኩም ዝሕተት ሕቶን።
# ቀሊል ቋንቋ፦ ሓጸርቲ ምሉኣት ሓሳባት፣ ልሙዳት ቃላት።

prevention-error-summary = ጸገም ኣሎ

## ናይ ባዕልኹም ፈተና «እንታይ ክትሕብሩና ከም ዘለኩም ትፈልጡ ዶ?»
selfcheck-title = እንታይ ክትሕብሩና ከም ዘለኩም ትፈልጡ ዶ?
selfcheck-lead = ማሕበራዊ ሓገዝ ክትቅበሉ ከለኹም ብዛዕባ ግዴታታትኩም እንታይ ከም እትፈልጡ ኣብ ሒደት ደቓይቕ ፈትኑ።
selfcheck-how = { $total } ሓጸርቲ ኩነታት ክትርእዩ ኢኹም። ኣብ ነፍሲ ወከፍ ኩነታት ትመርጹ፦ እወ፣ ኣይፋል ወይ ኣይፈልጥን። ድሕሪኡ ነቲ ቅኑዕ መልሲ ብቕጽበት ትርእይዎ።
selfcheck-private = ብዛዕባኹም ዋላ ሓንቲ ኣይንዕቅብን። ነፍሲ ወከፍ መልሲ ክንደይ ግዜ ከም ዝወሃብ ጥራይ ኢና እንቖጽር። ከምኡ ጌርና ኣየኖት ሕግታት ብዝሓሸ ከነብርሆም ከም ዘለና ንርኢ።
selfcheck-start = ፈተና ጀምሩ
selfcheck-progress = ሕቶ { $number } ካብ { $total }
selfcheck-answer-yes = እወ
selfcheck-answer-no = ኣይፋል
selfcheck-answer-unknown = ኣይፈልጥን
selfcheck-continue = መልሲ ርኣዩ
selfcheck-error-choose = እወ፣ ኣይፋል ወይ ኣይፈልጥን ምረጹ
selfcheck-explanation-title = መልሲ ሕቶ { $number } ካብ { $total }
selfcheck-you-answered = መልስኹም፦ { $answer }።
selfcheck-right = እዚ ቅኑዕ እዩ።
selfcheck-wrong = እዚ ቅኑዕ ኣይኮነን።
selfcheck-now-you-know = ሕጂ ትፈልጥዎ ኢኹም።
selfcheck-read-more = ተወሳኺ ኣንብቡ፦
selfcheck-next = ዝቕጽል ሕቶ
selfcheck-to-result = ውጽኢትኩም ርኣዩ
selfcheck-result-title = ውጽኢትኩም
selfcheck-result-score = ካብ { $total } መልስታት { $knew } ፈሊጥኩም።
selfcheck-to-read = ብዛዕባ እዚ ተወሳኺ ኣንብቡ
selfcheck-doubt-title = ትጠራጠሩ ዶ? ሕተቱና
selfcheck-doubt-text = ገለ ነገር ክትሕብሩና ከም ዘለኩም ርግጸኛታት ኣይኮንኩምን? ሕተቱና። ኩሉ ግዜ ክትሓቱ ትኽእሉ ኢኹም። ስምኩም ከይሃብኩም እውን ሕቶ ክትሓቱ ትኽእሉ ኢኹም።
selfcheck-ask-link = ስምኩም ከይሃብኩም ሕቶ ሕተቱ
selfcheck-again = ፈተና እንደገና ግበሩ

## እዚ ሓበሬታ ንጹር ነይሩ ዶ?
feedback-question = እዚ ሓበሬታ ንጹር ነይሩ ዶ?
feedback-yes = እወ
feedback-no = ኣይፋል
feedback-thanks = ስለ መልስኹም የቐንየልና
feedback-thanks-text = ብመልስኹም ሓበሬታና ነመሓይሽ። ብዛዕባኹም ዋላ ሓንቲ ኣይንዕቅብን።
feedback-comment-title = እንታይ ዘይንጹር ነይሩ?
feedback-comment-hint = እዚ ግዴታ ኣይኮነን። ስም ወይ ካልእ ብዛዕባኹም ዝኸውን ሓበሬታ ኣይትጽሓፉ። ነዚ ዘንብቡ ጸሓፍቲ እዚ መርበብ ሓበሬታ ጥራይ እዮም።
feedback-comment-send = ስደዱ
feedback-back = ናብ { $page } ተመለሱ
feedback-error-unavailable = ሕጂ ርእይቶኹም ክንዕቅቦ ኣይንኽእልን ኢና። ደሓር እንደገና ፈትኑ።

## ስምኩም ከይሃብኩም ሕቶ ምሕታት
ask-title = ስምኩም ከይሃብኩም ሕቶ ሕተቱ
ask-lead = ብዛዕባ ሓገዝኩም ወይ እንታይ ክትሕብሩና ከም ዘለኩም ትጠራጠሩ ዶ? ሕቶኹም ሕተቱ። ስምኩም ክትህቡ ኣየድልየኩምን።
ask-promise-title = ሕቶኹም መን የንብቦ?
ask-promise-advisor = ሓደ ኣማኻሪ ካብ ክፍሊ ርክብ ምስ ተገልገልቲ ንሕቶኹም የንብቦን ይምልሶን።
ask-promise-not-team = እቲ ብዛዕባ ምትላል ዝቐርቡ ጸብጻባት ዝምርምር ጉጅለ ንሕቶኹም ክርእዮ ኣይክእልን። ሕቶ ፈጺሙ ጸብጻብ ኣይኮነን።
ask-promise-no-name = መን ምዃንኩም ኣይንሓተኩምን። ኣብ ሕቶኹም ስም፣ ኣድራሻ ወይ ቁጽሪ ዜጋ እውን ኣይትጽሓፉ።
ask-promise-deleted = ነቲ መልሲ ምስ ኣንበብኩምዎ፡ ሕቶኹምን መልስን ንድምስሶ። እንተ ዘይኮይኑ ድማ ድሕሪ ሓደ እዋን።
ask-question-label = ሕቶኹም
ask-question-hint = እንታይ ክትፈልጡ ከም እትደልዩ ብናይ ባዕልኹም ቃላት ጽሓፉ። ብቋንቋኹም ክትጽሕፉ ትኽእሉ ኢኹም። ልዕሊ { $max } ፊደላት ኣይትጠቐሙ።
ask-email-label = ኢመይል ኣድራሻ (ግዴታ ኣይኮነን)
ask-email-hint = እቲ መልሲ ምስ ተዳለወ መልእኽቲ ክበጽሐኩም እንተ ደሊኹም ጥራይ። ኣብቲ መልእኽቲ ካልእ ነገር የለን።
ask-continue = ቀጽሉ
ask-read-link = ድሮ ኮድ ኣለኩም ዶ? መልሲ ሕቶኹም ኣንብቡ
ask-check-title = ሕቶኹም ኣረጋግጹ
ask-check-no-email = ኢመይል ኣድራሻ የለን
ask-check-promise = ነቲ ሕቶ ምስ ሰደድኩም፡ ኮድ ትረኽቡ። በቲ ኮድ ድሒርኩም ነቲ መልሲ ተንብብዎ።
ask-change = ሕቶኹም ቀይሩ
ask-send = ሕቶኹም ስደዱ
ask-error-empty = ሕቶኹም ጽሓፉ
ask-error-email = ከም name@example.com ዝበለ ቅኑዕ ኢመይል ኣድራሻ ጽሓፉ፣ ወይ ባዶ ግደፍዎ
ask-error-unavailable = ሕጂ ሕቶኹም ክንሰዶ ኣይንኽእልን ኢና። ጽሑፍኩም ኣብ ታሕቲ ኣሎ። ድሕሪ ሒደት ደቓይቕ እንደገና ፈትኑ።
ask-received-title = ሕቶኹም ተላኢኹ ኣሎ
ask-code-label = ኮድኩም፦
ask-code-keep = ነዚ ኮድ ጽሓፍዎ ወይ ስእሊ ኣልዕሉሉ። ነቲ ኮድ ሓንሳብ ጥራይ ኢኹም ትርእይዎ። ብዘይ እቲ ኮድ ነቲ መልሲ ከተንብብዎ ኣይትኽእሉን።
ask-email-will-tell = እቲ መልሲ ምስ ተዳለወ ኢመይል ክበጽሐኩም እዩ።
ask-read-title = መልሲ ሕቶኹም ኣንብቡ
ask-code-hint = ነቲ ሕቶ ምስ ሰደድኩም ዝረኸብኩምዎ 16 ኣሃዛት ዘለዎ ኮድ።
ask-read-button = መልሲ ኣንብቡ
ask-error-code = ነዚ ኮድ ኣይንፈልጦን። ነቲ ኮድ ብቕኑዕ ከም ዝቐዳሕኩምዎ ኣረጋግጹ።
ask-error-code-unavailable = ሕጂ ኮዳት ክንፍትሽ ኣይንኽእልን ኢና። ድሕሪ ሒደት ደቓይቕ እንደገና ፈትኑ።
ask-your-question = ሕቶኹም
ask-asked-on = ዝተሓተተሉ ዕለት፦ { $date }
ask-answer-title = መልስና
ask-answer-deleted = ነቲ መልሲ ንመጀመርታ ግዜ ካብ ዘንበብኩምሉ { $days } መዓልቲ ምስ ሓለፈ፡ ሕቶኹምን እዚ መልስን ንድምስሶ። ክትዕቅብዎ ትደልዩ ዶ? ሽዑ ጽሓፍዎ ወይ ስእሊ ኣልዕሉሉ።
ask-not-yet = ሕቶኹም ገና መልሲ ኣይረኸበን። ድሕሪ ሒደት መዓልትታት እንደገና ርኣዩ።
ask-another = ካልእ ሕቶ ሕተቱ

mail-answer-subject = መልሲ ሕቶኹም ተዳልዩ ኣሎ
mail-answer-body = መልሲ ሕቶኹም ተዳልዩ ኣሎ። ብኮድኩም ኣብ { $url } ኣንብብዎ
mail-answer-privacy = ኣብዚ ኢመይል ሕቶኹምን መልስን የለን። ከምዚ ሕቶኹም ናይ ባዕልኹም ኮይኑ ይተርፍ።

## መግለጺ ብሕትውና
privacy-prevention-title = ናይ ባዕልኹም ፈተና፣ ርእይቶታትን ስምኩም ከይሃብኩም ዝሕተቱ ሕቶታትን
privacy-prevention-text =
    ናይ ባዕልኹም ፈተና «እንታይ ክትሕብሩና ከም ዘለኩም ትፈልጡ ዶ?» ትገብሩ ዶ፣ ወይ ሓደ ገጽ ንጹር እንተ ነይሩ ትሕብሩና ዶ? ሽዑ መልስኹም ጥራይ ኢና እንቖጽር። እቲ መልሲ ካብ መን ከም ዝመጸ ኣይንፈልጥን። እቲ ፈተና ንመልስታትኩም ንኽልተ ሰዓት ኣብ ናይ ባዕልኹም መሳርሒ ኣብ ዘሎ ኩኪ (ንእሽቶ ፋይል) ይዕቅቦም።

    እንታይ ዘይንጹር ከም ዝነበረ ትጽሕፉ ዶ? ሽዑ ነቲ ጽሑፍ ብዘይ ስምኩም ንዕቅቦ፣ ድሕሪ ዝተወሰነ ግዜ ድማ ንድምስሶ። ነቲ ጽሑፍ ዘንብቡ ጸሓፍቲ እዚ መርበብ ሓበሬታ ጥራይ እዮም።

    ስምኩም ከይሃብኩም ሕቶ ትሓቱ ዶ? ሽዑ ነቲ መልሲ ምስ ኣንበብኩምዎ፡ ድሕሪ ቁሩብ ግዜ ነቲ ሕቶን መልስን ንድምስሶ። ክንደይ ግዜ ከም እንዕቅቦም ኣብቲ መልሲ ዘለዎ ገጽ ተጻሒፉ ኣሎ። ኢመይል ኣድራሻ ትህቡ ዶ? ሽዑ ናብኡ ሓደ መልእኽቲ ጥራይ ንሰድድ፦ እቲ መልሲ ከም ዝተዳለወ። ድሕሪኡ ነቲ ኣድራሻ ደጊም ኣይንዕቅቦን።
