# Helder – site-wide texts in Arabic. Dutch (nl) is the leading language:
# every key there must also exist here (a test checks this).

## Site
site-title = Helder – { $municipality }
site-product = العمل والدخل
page-title = { $page } – { $municipality }
skip-link = انتقل مباشرة إلى المحتوى
language-switcher-label = اختر لغة
footer-nav-label = عن هذا الموقع
footer-owner = هذا الموقع تابع لـ { $municipality }.
print-page = اطبع هذه الصفحة

## Home
home-title = حقوقك وواجباتك عندما تحصل على إعانة
home-lead = هل تحصل على المساعدة الاجتماعية (bijstand) من { $municipality }؟ أو هل تطلبها الآن؟ هنا تقرأ ما يجب عليك فعله، وما يمكنك أن تنتظره منّا.
home-offer-title = ماذا تجد في هذا الموقع؟
home-offer-rights = شرح لحقوقك وواجباتك، بكلمات بسيطة.
home-offer-languages = الشرح نفسه بلغات أخرى.
home-offer-report = استمارة للإبلاغ إذا كنت تظن أن شخصًا ما يحصل على إعانة لا يحق له. يمكنك ذلك دون ذكر اسمك.
home-doubt-title = هل أنت غير متأكد؟
home-doubt-text = لا تعرف إن كان عليك أن تبلغنا بشيء؟ اسألنا. السؤال لا يكلّفك شيئًا. وهكذا تتجنّب المشاكل لاحقًا.
home-doubt-contact = كيف تتواصل معنا

## Not found
not-found-title = الصفحة غير موجودة
not-found-intro = هذه الصفحة غير موجودة. ربما كُتب العنوان بشكل خاطئ. أو نُقلت الصفحة إلى مكان آخر.
not-found-home-link = اذهب إلى الصفحة الرئيسية

## Accessibility
accessibility-title = سهولة الاستخدام للجميع
accessibility-intro = تريد { $municipality } أن يستطيع الجميع استخدام هذا الموقع، حتى لو كان نظرك أو سمعك ضعيفًا، أو كانت القراءة صعبة عليك. هذا البيان يخصّ هذا الموقع، بما فيه من شرح عن مساعدتك الاجتماعية ومن استمارة الإبلاغ، ولا يخصّ { $website }.
accessibility-status-title = ما مدى سهولة استخدام هذا الموقع؟
accessibility-status-text =
    وضع هذا الموقع هو: C – اتُّخذت الخطوات الأولى. هكذا يسمّي النموذجُ الحكومي الهولندي هذا الوضع.

    هذا يعني: نحن نختبر الموقع بأنفسنا، ونحسّنه باستمرار. لكن لم يفحص الموقعَ بعدُ خبيرٌ مستقل. لذلك لا نعرف بعدُ بشكل أكيد إن كان الموقع يلبّي كل الشروط. لا يمكن الحصول على الوضع A أو B إلا بعد فحص كهذا.

    الفحص المستقل مخطّط له. سيفحص خبير من خارج البلدية كل الشروط، حسب طريقة ثابتة. وسننشر النتيجة في هذه الصفحة.
accessibility-tested-title = كيف نختبر الموقع؟
accessibility-tested-text =
    نلتزم بمعيار WCAG 2.2، المستوى AA. معيار WCAG هو قائمة شروط للمواقع الإلكترونية. بفضل هذه الشروط يستطيع الأشخاص ذوو الإعاقة أيضًا أن يستخدموا الموقع جيدًا. المعيار الأوروبي EN 301 549 يستخدم الشروط نفسها. ويجب على الجهات الحكومية في هولندا أن تلتزم به.

    نختبر كل نسخة جديدة من الموقع بشكل آلي، قبل أن تُنشر:

    - نفحص كل صفحة عامة، بكل اللغات الثماني، ببرنامج axe-core. نفعل ذلك على شاشة ضيقة مثل شاشة الهاتف (عرضها 320 بكسل)، وعلى شاشة كمبيوتر (عرضها 1280 بكسل).
    - نفحص كود HTML لكل نوع من الصفحات ببرنامج html-validate.
    - نستخدم الاستمارات بلوحة المفاتيح فقط: استمارة الإبلاغ، والصفحة التي تعود إليها برمز بلاغك، وتسجيل دخول الموظفين. في كل خطوة نرتكب خطأً عن قصد. ونتحقق من أن المؤشر ينتقل فورًا إلى رسالة الخطأ، ومن أنه واضح بأي خانة يتعلق الخطأ.
    - كل صفحة وكل استمارة تعمل أيضًا دون JavaScript.
    - العربية والفارسية تُقرآن من اليمين إلى اليسار. لذلك نفحص هذه الصفحات أيضًا بلقطات شاشة.

    ما لم نفعله بعد: اختبار يقوم به خبير مع أشخاص يستخدمون وسائل مساعدة، مثل قارئ الشاشة. قارئ الشاشة برنامج يقرأ النص الموجود على الشاشة بصوت عالٍ.

    تاريخ آخر اختبار: { $date }.
accessibility-problems-title = ما الذي لا يعمل جيدًا بعد؟
accessibility-problems-text =
    نعرف المشكلات التالية. وتقرأ تحتها أيضًا ما نفعله بشأنها.

    - لم يراجع الترجماتِ بعدُ شخصٌ لغتُه الأم هي لغة الترجمة. النص الهولندي هو الأساس. نحن الآن نطلب مراجعة الترجمات. هل أنت غير متأكد؟ اقرأ النص الهولندي أو اتصل بنا.
    - في الصفحات باللغات الإنجليزية والتركية والبولندية والصومالية توجد أسماء هولندية لقوانين ومنظمات واستمارات. هذه الأسماء ليست دائمًا مُعلَّمة بأنها هولندية. لذلك قد ينطقها قارئ الشاشة بصوت غير مناسب. نحن نعمل على ذلك. لا تفهم اسمًا؟ اتصل بنا، ونشرحه لك.
    - للأفلام ترجمة مكتوبة على الشاشة. والنص الكامل لكل فيلم موجود أيضًا تحت الفيلم. لكن لا يوجد وصف صوتي منفصل. الوصف الصوتي هو صوت يحكي ما يظهر في الصورة. هل فاتك شيء؟ اقرأ النص تحت الفيلم أو اتصل بنا.
    - الفحص المستقل لم يُجرَ بعد. وهو مخطّط له. وسننشر النتيجة في هذه الصفحة.
accessibility-contact-title = هل هناك شيء لا تستطيع قراءته أو استخدامه؟
accessibility-contact-text = أخبرنا بذلك. قل لنا في أي صفحة كان، وما الذي لم يعمل. تواصل مع { $municipality }.
accessibility-contact-phone = الهاتف
accessibility-contact-hours = أوقات التواصل
accessibility-contact-address = العنوان
accessibility-contact-website = الموقع
accessibility-contact-answer = نردّ عليك خلال 5 أيام عمل. وإذا لزم الأمر، تحصل على المعلومات بطريقة أخرى، مثلًا على الورق أو بالهاتف.
accessibility-complaint-title = هل أنت غير راضٍ؟
accessibility-complaint-text =
    هل أنت غير راضٍ عن طريقة تعاملنا مع سؤالك أو مشكلتك؟ أو لم نردّ عليك في الوقت المناسب؟ عندها قدّم أولًا شكوى إلى { $municipality }.

    هل ما زلت غير راضٍ بعد ذلك؟ عندها يمكنك أن تلجأ إلى أمين المظالم الوطني. هل لبلديتك أمين مظالم خاص بها؟ عندها تلجأ إليه. تقديم الشكوى مجاني.
accessibility-date = أُعدّ هذا البيان في { $date }.
accessibility-model = يتبع هذا البيان نموذج Digitoegankelijk (على الموقع digitoegankelijk.nl).

## Privacy
privacy-title = الخصوصية
privacy-intro = تتعامل { $municipality } مع بياناتك بعناية. هنا تقرأ ما البيانات التي يستخدمها هذا الموقع، ولماذا.
privacy-who-title = من المسؤول؟
privacy-who-text = { $municipality } هي المسؤولة عن هذا الموقع وعن البيانات التي تكتبها هنا. نحن نلتزم باللائحة العامة لحماية البيانات (AVG). هذا هو القانون الذي يحمي خصوصيتك.
privacy-data-title = ما البيانات التي نحتفظ بها؟
privacy-data-text =
    إذا كنت تقرأ الصفحات فقط، فلا نحتفظ بأي شيء عنك.

    لا نحتفظ بعنوان IP الخاص بك. هذا هو عنوان اتصالك بالإنترنت. ولا نحتفظ به في ملفات السجلّ لدينا أيضًا.

    هل تقدّم بلاغًا؟ عندها نحتفظ فقط بما تكتبه أنت بنفسك. لا يلزمك أن تذكر اسمك.

    هل ترسل مع بلاغك صورة أو ملف PDF؟ عندها نحتفظ به مع البلاغ. من الصورة نزيل أولًا البيانات المخفية، مثل المكان الذي التُقطت فيه. فقط الفريق الذي يعالج البلاغات يستطيع أن يرى الملفات. نحذف الملفات مع بيانات البلاغ.
privacy-no-tracking-title = لا ملفات تعريف ارتباط (cookies) لتتبّعك
privacy-no-tracking-text =
    لا يستخدم هذا الموقع ملفات تعريف الارتباط (cookies) لتتبّعك. ولا نقيس من يزور الموقع.

    كل شيء يأتي من الخادم الخاص بنا. لا تذهب أي بيانات إلى شركات أخرى، مثل Google أو Facebook.
privacy-rights-title = حقوقك
privacy-rights-text =
    يحق لك أن تسأل ما البيانات التي لدينا عنك. ويحق لك أيضًا أن تطلب تصحيح البيانات أو حذفها.

    هل لا توافق على طريقة تعاملنا مع بياناتك؟ عندها يمكنك تقديم شكوى إلى هيئة حماية البيانات الهولندية (Autoriteit Persoonsgegevens).
privacy-contact-title = هل لديك أسئلة عن الخصوصية؟
privacy-contact-text = تواصل مع مسؤول حماية البيانات في { $municipality }. تجد بيانات التواصل على موقع البلدية.

## Navigation
service-nav-label = القائمة الرئيسية
nav-life-events = يتغيّر شيء في حياتك
breadcrumbs-label = أنت هنا
breadcrumbs-home = الرئيسية
home-start-duty = ما الذي يجب أن تبلغنا به؟
home-start-duty-text = التغييرات التي تبلغنا بها. ولماذا هذا مهم.
home-start-events-text = هل ستسكن مع شريك، أو تنتقل إلى بيت آخر، أو تبدأ عملًا؟ اقرأ ما يجب عليك فعله.

## Rights and duties
topics-title = الحقوق والواجبات
topics-lead = هنا تقرأ ما يجب عليك فعله عندما تحصل على المساعدة الاجتماعية (bijstand). وما يمكنك أن تنتظره منّا.
topics-group-start = ابدأ من هنا
topics-group-duties = ما الذي يجب أن تبلغنا به؟
topics-group-mistake = إذا حدث خطأ
topics-group-rights = حقوقك والمساعدة المتاحة لك
topics-group-about = عن عمليات التحقق، وللجهات الشريكة
page-updated = آخر تحديث: { $date }.
page-checked = رُوجع وفق القانون بتاريخ: { $date }.
printed-from = هذا النص مأخوذ من { $url }
translation-aid = هذه الترجمة للمساعدة فقط. النص الهولندي هو النص الرسمي.
translation-read-dutch = اقرأ النص الهولندي.
translation-missing = هذه الصفحة غير مترجمة بعد. أنت تقرأ النص الهولندي.
translation-outdated = تغيّر النص الهولندي. لم يتم تحديث هذه الترجمة بعد.
page-withdrawn = تم سحب هذه الصفحة في { $date }.

## Search
search-title = البحث
search-label = ابحث في هذا الموقع
search-button = ابحث
search-empty = اكتب كلمة واحدة أو أكثر. مثلًا: إيجار، عمل أو عطلة.
search-no-words = لم نجد أي كلمات في بحثك. اكتب كلمة واحدة أو أكثر.
search-failed = البحث لا يعمل الآن. حاول مرة أخرى لاحقًا.
search-none = لا توجد نتائج لـ «{ $query }».
search-count = عدد النتائج لـ «{ $query }»: { $count }.
search-count-one = نتيجة واحدة لـ «{ $query }».
search-help-title = نصائح
search-help-words = استخدم كلمات أخرى أو كلمات أقل.
search-help-spelling = تحقّق من الإملاء.
search-help-browse = اطّلع على كل المواضيع.

## Films
films-title = أفلام
films-lead = أفلام قصيرة تشرح الأمور. مع ترجمة مكتوبة على الشاشة، والنص تحت الفيلم.
films-index-link = شاهد الأفلام التي تشرح الأمور.
film-watch = شاهد الفيلم: { $title }
film-download = نزّل الفيلم.
film-transcript = نص الفيلم

## 429
too-many-title = يرجى الانتظار قليلاً
too-many-text = لقد أرسلت الكثير في وقت قصير. انتظر دقيقة واحدة. ثم حاول مرة أخرى.

## Report
report-title = الإبلاغ عن اشتباه في احتيال
report-intro-signal = هل تظن أن شخصًا ما يحصل على المساعدة الاجتماعية (bijstand) دون أن يكون له حق فيها؟ عندها يمكنك أن تبلغ عن ذلك هنا. البلاغ إشارة فقط. وهو ليس دليلًا.
report-intro-team = يطّلع فريقنا على كل بلاغ بعناية. أحيانًا نبحث في الوضع أكثر. وأحيانًا لا نفعل شيئًا، لأن المؤشرات قليلة جدًا.
report-intro-outcome = لن نخبرك بما نفعله ببلاغك. هذا لحماية خصوصية الشخص الآخر.
report-intro-harm = الاتهام الكاذب قد يسبّب ضررًا كبيرًا لشخص ما. أبلغ فقط عمّا تعتقد حقًا أنه صحيح.
report-intro-facts = الحقائق تساعدنا أكثر من أي شيء. اكتب ما رأيته أو سمعته بنفسك. وليس رأيك في الأمر.
report-anonymous-title = يمكنك الإبلاغ دون ذكر اسمك
report-anonymous-text = لا يلزمك أن تذكر اسمك. لا نحتفظ بعنوان IP الخاص بك. في النهاية تحصل على رمز. بهذا الرمز يمكنك أن تتحقق لاحقًا إن كان لدينا سؤال.
report-start = ابدأ البلاغ
report-progress = الخطوة { $step } من { $total }
report-back = رجوع
report-continue = متابعة
report-send = أرسل البلاغ
report-change = تغيير
report-dont-know = لا أعرف
report-optional = كل الأسئلة اختيارية. لا تعرف شيئًا؟ اتركه فارغًا.
report-honeypot = اترك هذا الحقل فارغًا
report-step-soort = ما الذي تظن أنه يحدث؟
report-kinds-hint = اختر جوابًا واحدًا أو أكثر.
report-step-persoon = عن مَن بلاغك؟
report-step-situatie = ماذا رأيت؟
report-step-hoe-weet-u-het = كيف تعرف هذا؟
report-step-contact = هل يمكننا أن نسألك شيئًا؟
report-step-controleren = تحقّق من بلاغك
report-contact-explain = أحيانًا يكون لدينا سؤال آخر. هل تترك اسمًا أو عنوان بريد إلكتروني أو رقم هاتف؟ عندها يمكننا أن نتصل بك أو نرسل إليك بريدًا إلكترونيًا. فريقنا فقط يرى هذه البيانات. لا نخبر الشخص أبدًا بمن قدّم البلاغ.
report-contact-no = لا، أبلغ دون ذكر اسمي
report-contact-yes = نعم، يمكنكم التواصل معي
report-contact-fields-hint = املأ هذه الحقول فقط إذا اخترت «نعم» في الأعلى.
report-contact-name = الاسم
report-contact-email = عنوان البريد الإلكتروني
report-contact-phone = رقم الهاتف
report-check-send-text = هل كل شيء صحيح؟ إذن أرسل بلاغك.
report-received-title = استلمنا بلاغك
report-receipt-label = رمزك:
report-receipt-keep = اكتب هذا الرمز أو التقط له صورة. لن تراه إلا مرة واحدة. بهذا الرمز يمكنك أن تتحقق لاحقًا إن كان لدينا سؤال لك.
report-next-title = ماذا يحدث الآن؟
report-next-text = يطّلع فريقنا على بلاغك خلال بضعة أيام عمل. لن نخبرك بما نفعله به. هل أعطيتنا بياناتك؟ عندها قد نتواصل معك.
report-expired-title = لم يعد بلاغك محفوظًا
report-expired-text = نحتفظ بالبلاغ الذي لم يُرسَل بعد لمدة ساعتين. انتهت هذه المدة، أو أنك لم تبدأ بعد. ابدأ من جديد.
report-error-prefix = خطأ
report-error-summary = هناك مشكلة
report-error-no-kind = اختر ما تظن أنه يحدث.
report-error-too-long = استخدم عددًا من الأحرف لا يزيد على { $max }.
report-error-not-a-choice = اختر أحد الأجوبة.
report-error-characters = يحتوي هذا الجواب على أحرف أو رموز لا نستطيع حفظها.
report-error-contact-choice = اختر هل يمكننا التواصل معك أم لا.
report-error-contact-missing = اكتب اسمًا أو عنوان بريد إلكتروني أو رقم هاتف. أو اختر الإبلاغ دون ذكر اسمك.
report-error-email = اكتب عنوان بريد إلكتروني مثل name@example.com.
report-error-phone = اكتب رقم هاتف، مثلًا 06 12345678.
report-return-link = عُد لاحقًا برمزك
report-return-title = العودة إلى بلاغك
report-return-intro = اكتب الرمز الذي حصلت عليه عندما أرسلت بلاغك. عندها ترى إن كان لدينا سؤال لك.
report-return-none = ليس لدينا سؤال لك الآن. تحقّق مرة أخرى لاحقًا من فضلك.
report-return-from-team = سؤال من فريقنا
report-return-from-you = جوابك
report-return-answer = جوابك
report-return-thanks = شكرًا لك. استلمنا جوابك.
report-error-code = لا نعرف هذا الرمز. تحقّق من الأرقام الـ16.
report-error-answer-empty = اكتب جوابًا.

## Photos or files with a report (optional)
report-evidence-row = صور أو ملفات
report-evidence-none = لا يوجد
report-evidence-add-link = إضافة
report-evidence-title = إضافة صور أو ملفات
report-evidence-intro = هل لديك صورة أو ملف PDF يُظهر موضوع بلاغك؟ عندها يمكنك أن ترسله مع بلاغك. لا يلزمك ذلك. يمكنك أن ترسل 3 ملفات. يمكن أن يكون حجم كل ملف 10 MB على الأكثر.
report-evidence-warning-label = تنبيه:
report-evidence-people = صورة الشخص فيها بيانات شخصية. أرسل مثل هذه الصورة فقط إذا كانت تُظهر موضوع بلاغك.
report-evidence-cleaned = نزيل البيانات المخفية من الصورة، مثل المكان والوقت الذي التُقطت فيه الصورة. فريقنا فقط يستطيع أن يرى الملفات.
report-evidence-added = ملفاتك
report-evidence-numbered = الملف { $n }
report-evidence-photo = صورة
report-evidence-pdf = ملف PDF
report-evidence-remove = حذف
report-evidence-full = لقد أضفت 3 ملفات. لا يمكن إضافة المزيد. هل تريد أن ترسل ملفًا آخر؟ عندها احذف ملفًا أولًا.
report-evidence-choose = اختر ملفًا
report-evidence-hint = صورة (JPG, PNG أو WebP) أو ملف PDF، حجمه 10 MB على الأكثر.
report-evidence-add = إضافة ملف
report-evidence-done = تم، العودة إلى بلاغك
report-evidence-error-none = اختر ملفًا.
report-evidence-error-size = حجم الملف أكبر من 10 MB. اختر ملفًا أصغر.
report-evidence-error-type = لا نستطيع حفظ هذا النوع من الملفات. اختر صورة (JPG, PNG أو WebP) أو ملف PDF.
report-evidence-error-unreadable = لا نستطيع فتح هذا الملف. ربما هو تالف، أو الصورة كبيرة جدًا. اختر ملفًا آخر.
report-evidence-error-many = لديك 3 ملفات بالفعل. احذف ملفًا أولًا.
report-evidence-error-busy = هناك ضغط كبير الآن. بلاغك محفوظ. حاول أن تضيف الملف مرة أخرى بعد دقيقة.

## E-mail to a reporter (only that a question is waiting; never the question itself)
mail-question-subject = لدينا سؤال لك
mail-question-body = لدى فريقنا سؤال عن بلاغك. يمكنك أن تقرأ السؤال على موقعنا. اذهب إلى { $url } واكتب رمزك هناك. هذا هو الرمز الذي حصلت عليه عندما أرسلت بلاغك.
mail-question-privacy = لا نكتب السؤال في البريد الإلكتروني. هكذا يبقى بلاغك سريًا. لا ترد على هذا البريد من فضلك. نحن لا نقرأ الردود.

# The report form when the database cannot be reached, and when many reports start at once.
report-outage-title = يوجد عطل مؤقت الآن
report-outage-kept = إجاباتك لم تضِع. ما ملأته من قبل محفوظ.
report-outage-typed = ما ملأته الآن لا يزال هنا. انقر على حاول مرة أخرى لإرساله.
report-outage-wait = حاول مرة أخرى بعد دقيقة.
report-outage-retry = حاول مرة أخرى
report-code-unavailable = لا يمكننا التحقق من الرموز الآن. رمزك ليس خطأ. حاول مرة أخرى بعد دقيقة.
report-busy-title = انتظر لحظة من فضلك
report-busy-text = يبدأ كثير من الناس بلاغًا في الوقت نفسه الآن. لذلك ستتابع بعد بضع ثوانٍ.
report-busy-wait = انتظر { $seconds } ثانية. ثم انقر على متابعة.
report-busy-working = متصفحك مشغول للحظة. ستتابع تلقائيًا.
report-busy-done = تم. ستتابع الآن.
report-busy-later = تفضّل لاحقًا؟ اذهب إلى الصفحة الرئيسية.

## Resultaten van de controles (openbare cijfers per jaar)
results-title = نتائج عمليات التحقق
results-lead = كم عدد البلاغات التي تلقّتها البلدية؟ وماذا حدث لها؟ هنا ترى الأرقام لكل سنة.
results-privacy = نحن نعدّ فقط. لا يوجد هنا شيء عن شخص واحد. إذا كان العدد أقل من 5، يُكتب: أقل من 5.
results-year = السنة
results-so-far = { $year } (حتى الآن)
results-received = البلاغات المستلمة
results-investigated = البلاغات التي أدّت إلى تحقيق
results-share = نسبة ما تم التحقيق فيه
results-outcomes-title = ماذا كانت النتيجة؟
results-outcomes-intro = هذه هي البلاغات التي انتهى العمل عليها. قد يكون للبلاغ أكثر من نتيجة واحدة، مثلًا إعادة دفع المال وغرامة. عندها يُحسب هذا البلاغ في النتيجتين.
results-outcome = النتيجة
results-fewer-than-five = أقل من 5
results-outcome-no_action = بلا عواقب
results-outcome-warning = تحذير
results-outcome-repayment = إعادة دفع المال
results-outcome-fine = غرامة
results-outcome-measure = إجراء: إعانة أقل لفترة (maatregel)
results-outcome-benefit_ended = توقّف الإعانة
results-outcome-criminal_report = بلاغ لدى الشرطة
results-outcome-referred = أُرسل إلى منظمة أخرى
results-more = اقرأ كيف نتحقق
results-themes = المواضيع التي نتحقق منها هذا العام
results-table = البلاغات لكل سنة
results-outcomes-table = النتائج لكل سنة
results-index-link = نتائج عمليات التحقق
