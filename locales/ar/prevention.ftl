# الوقاية (الموضوع 17): الاختبار الذاتي، و«هل كانت هذه المعلومات واضحة؟»، والسؤال دون ذكر الاسم.
# لغة بسيطة: جمل قصيرة وكلمات عادية.

prevention-error-summary = هناك مشكلة

## الاختبار الذاتي «هل تعرف ما يجب أن تبلغنا به؟»
selfcheck-title = هل تعرف ما يجب أن تبلغنا به؟
selfcheck-lead = اختبر في بضع دقائق ما تعرفه عن واجباتك عندما تحصل على المساعدة الاجتماعية.
selfcheck-how = ستقرأ مواقف قصيرة، عددها { $total }. في كل موقف تختار: نعم، أو لا، أو لا أعرف. بعد ذلك ترى الجواب الصحيح فورًا.
selfcheck-private = لا نحتفظ بأي شيء عنك. نحن نعدّ فقط كم مرة يُعطى كل جواب. هكذا نعرف أي القواعد يجب أن نشرحها بشكل أفضل.
selfcheck-start = ابدأ الاختبار
selfcheck-progress = السؤال { $number } من { $total }
selfcheck-answer-yes = نعم
selfcheck-answer-no = لا
selfcheck-answer-unknown = لا أعرف
selfcheck-continue = اعرض الجواب
selfcheck-error-choose = اختر نعم، أو لا، أو لا أعرف
selfcheck-explanation-title = الجواب عن السؤال { $number } من { $total }
selfcheck-you-answered = جوابك: { $answer }.
selfcheck-right = هذا صحيح.
selfcheck-wrong = هذا غير صحيح.
selfcheck-now-you-know = الآن تعرف ذلك.
selfcheck-read-more = اقرأ المزيد:
selfcheck-next = السؤال التالي
selfcheck-to-result = اعرض نتيجتك
selfcheck-result-title = نتيجتك
selfcheck-result-score = عدد الأجوبة التي عرفتها: { $knew } من { $total }.
selfcheck-to-read = اقرأ المزيد عن هذا
selfcheck-doubt-title = هل أنت غير متأكد؟ اسألنا
selfcheck-doubt-text = لا تعرف بشكل أكيد إن كان عليك أن تبلغنا بشيء؟ اسألنا. يمكنك أن تسأل دائمًا. ويمكنك أيضًا أن تطرح سؤالًا دون ذكر اسمك.
selfcheck-ask-link = اطرح سؤالًا دون ذكر اسمك
selfcheck-again = أعد الاختبار

## هل كانت هذه المعلومات واضحة؟
feedback-question = هل كانت هذه المعلومات واضحة؟
feedback-yes = نعم
feedback-no = لا
feedback-thanks = شكرًا لك على جوابك
feedback-thanks-text = بجوابك نجعل معلوماتنا أفضل. لا نحتفظ بأي شيء عنك.
feedback-comment-title = ما الذي لم يكن واضحًا؟
feedback-comment-hint = هذا ليس إلزاميًا. لا تكتب اسمًا أو بيانات أخرى عنك. فقط كتّاب هذا الموقع يقرؤون هذا.
feedback-comment-send = أرسل
feedback-back = العودة إلى { $page }
feedback-error-unavailable = لا نستطيع الآن حفظ ملاحظتك. حاول مرة أخرى لاحقًا.

## اطرح سؤالًا دون ذكر اسمك
ask-title = اطرح سؤالًا دون ذكر اسمك
ask-lead = هل أنت غير متأكد من أمر إعانتك أو مما يجب أن تبلغنا به؟ اطرح سؤالك. لا يلزمك أن تذكر اسمك.
ask-promise-title = من يقرأ سؤالك؟
ask-promise-advisor = مستشار من قسم التواصل مع العملاء يقرأ سؤالك ويجيب عنه.
ask-promise-not-team = الفريق الذي يحقق في البلاغات عن الاحتيال لا يستطيع أن يرى سؤالك. السؤال ليس بلاغًا أبدًا.
ask-promise-no-name = لا نسألك من أنت. ولا تكتب في سؤالك اسمًا أو عنوانًا أو رقم خدمة المواطن.
ask-promise-deleted = نحذف سؤالك والجواب بعد أن تقرأ الجواب، وإذا لم تقرأه فبعد مدة.
ask-question-label = سؤالك
ask-question-hint = اكتب بكلماتك الخاصة ما تريد أن تعرفه. يمكنك أن تكتب بلغتك. لا يزيد عدد الأحرف على { $max }.
ask-email-label = عنوان البريد الإلكتروني (اختياري)
ask-email-hint = فقط إذا كنت تريد رسالة عندما يصبح الجواب جاهزًا. لا يوجد في هذه الرسالة أي شيء آخر.
ask-continue = متابعة
ask-read-link = هل لديك رمز؟ اقرأ الجواب عن سؤالك
ask-check-title = تحقّق من سؤالك
ask-check-no-email = لا يوجد عنوان بريد إلكتروني
ask-check-promise = عندما ترسل السؤال، تحصل على رمز. بهذا الرمز تقرأ الجواب لاحقًا.
ask-change = غيّر سؤالك
ask-send = أرسل سؤالك
ask-error-empty = اكتب سؤالك
ask-error-email = اكتب عنوان بريد إلكتروني صحيحًا، مثل name@example.com، أو اتركه فارغًا
ask-error-unavailable = لا نستطيع الآن إرسال سؤالك. نصّك موجود في الأسفل. حاول مرة أخرى بعد بضع دقائق.
ask-received-title = تم إرسال سؤالك
ask-code-label = رمزك هو:
ask-code-keep = اكتب هذا الرمز أو التقط له صورة. لن ترى الرمز إلا مرة واحدة. دون الرمز لا تستطيع أن تقرأ الجواب.
ask-email-will-tell = ستصلك رسالة بالبريد الإلكتروني عندما يصبح الجواب جاهزًا.
ask-read-title = اقرأ الجواب عن سؤالك
ask-code-hint = الرمز المكوّن من 16 رقمًا الذي حصلت عليه عندما أرسلت السؤال.
ask-read-button = اقرأ الجواب
ask-error-code = لا نعرف هذا الرمز. تحقّق من أنك نقلت الرمز بشكل صحيح.
ask-error-code-unavailable = لا نستطيع الآن التحقق من الرموز. حاول مرة أخرى بعد بضع دقائق.
ask-your-question = سؤالك
ask-asked-on = طُرح في { $date }
ask-answer-title = جوابنا
ask-answer-deleted = نحذف سؤالك وهذا الجواب بعد { $days } يومًا من أول مرة قرأت فيها الجواب. هل تريد أن تحتفظ به؟ اكتبه إذن أو التقط له صورة.
ask-not-yet = لم نُجب عن سؤالك بعد. انظر مرة أخرى بعد بضعة أيام.
ask-another = اطرح سؤالًا آخر

mail-answer-subject = الجواب عن سؤالك جاهز
mail-answer-body = الجواب عن سؤالك جاهز. اقرأه برمزك على { $url }
mail-answer-privacy = لا يوجد في هذا البريد الإلكتروني سؤالك ولا الجواب. هكذا يبقى سؤالك خاصًا بك.
