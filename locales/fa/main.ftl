# Helder – site-wide texts in Farsi. Dutch (nl) is the leading language:
# every key there must also exist here (a test checks this).

## Site
site-title = Helder – { $municipality }
site-product = کار و درآمد
page-title = { $page } – { $municipality }
skip-link = رفتن مستقیم به محتوا
language-switcher-label = یک زبان انتخاب کنید
footer-nav-label = دربارهٔ این وب‌سایت
footer-owner = این وب‌سایت متعلق به { $municipality } است.
print-page = چاپ این صفحه

## Home
home-title = حقوق و وظایف شما وقتی کمک‌هزینه می‌گیرید
home-lead = آیا از { $municipality } کمک‌هزینهٔ اجتماعی (bijstand) می‌گیرید؟ یا برای آن درخواست می‌دهید؟ اینجا می‌خوانید که چه کارهایی باید انجام دهید و چه انتظاری می‌توانید از ما داشته باشید.
home-offer-title = در این وب‌سایت چه چیزهایی پیدا می‌کنید؟
home-offer-rights = توضیح حقوق و وظایف شما، با زبانی ساده.
home-offer-languages = همین توضیحات به زبان‌های دیگر.
home-offer-report = فرمی برای گزارش دادن، اگر گمان می‌کنید کسی بدون حق کمک‌هزینه می‌گیرد. می‌توانید این کار را بدون نام خود انجام دهید.
home-doubt-title = مطمئن نیستید؟
home-doubt-text = مطمئن نیستید که باید چیزی را به ما اطلاع دهید یا نه؟ از ما بپرسید. پرسیدن برای شما هزینه‌ای ندارد. این‌طور از مشکلات بعدی جلوگیری می‌کنید.
home-doubt-contact = چگونه با ما تماس بگیرید

## Not found
not-found-title = صفحه پیدا نشد
not-found-intro = این صفحه وجود ندارد. شاید نشانی اشتباه تایپ شده است. یا صفحه جابه‌جا شده است.
not-found-home-link = رفتن به صفحهٔ اصلی

## Accessibility
accessibility-title = دسترس‌پذیری
accessibility-intro = { $municipality } می‌خواهد همه بتوانند از این وب‌سایت استفاده کنند. حتی اگر بینایی یا شنوایی شما ضعیف است، یا خواندن برایتان سخت است.
accessibility-standard-title = این وب‌سایت با کدام استاندارد مطابقت دارد؟
accessibility-standard-text =
    ما این وب‌سایت را طبق استاندارد WCAG 2.2، سطح AA، می‌سازیم. این استاندارد اروپایی برای وب‌سایت‌هایی است که همه می‌توانند از آن‌ها استفاده کنند. نهادهای دولتی در هلند باید آن را رعایت کنند.

    وب‌سایت روی تلفن، تبلت و رایانه کار می‌کند. می‌توانید همه‌چیز را با صفحه‌کلید انجام دهید. وب‌سایت بدون JavaScript هم کار می‌کند.
accessibility-status-title = تا کجا پیش رفته‌ایم؟
accessibility-status-text =
    ما هر نسخهٔ جدید وب‌سایت را به‌صورت خودکار و دستی آزمایش می‌کنیم. به رنگ، اندازهٔ حروف، عنوان‌ها و ترتیب متن توجه می‌کنیم.

    این وب‌سایت جدید است. یک بررسی مستقل بعداً انجام می‌شود. بعد از آن، نتیجه را اینجا می‌خوانید.
accessibility-problems-title = چیزی درست کار نمی‌کند؟
accessibility-problems-text =
    چیزی هست که نمی‌توانید بخوانید یا از آن استفاده کنید؟ دوست داریم بدانیم. به ما بگویید در کدام صفحه بود و چه مشکلی پیش آمد.

    ما ظرف 5 روز کاری پاسخ می‌دهیم. در صورت نیاز، اطلاعات را به شکل دیگری دریافت می‌کنید، مثلاً روی کاغذ.
accessibility-contact-title = تماس
accessibility-contact-text = با { $municipality } تماس بگیرید. به ما زنگ بزنید یا برای ما بنویسید. اطلاعات تماس را در وب‌سایت شهرداری پیدا می‌کنید.

## Privacy
privacy-title = حریم خصوصی
privacy-intro = { $municipality } با اطلاعات شما با دقت رفتار می‌کند. اینجا می‌خوانید این وب‌سایت از چه اطلاعاتی استفاده می‌کند و چرا.
privacy-who-title = چه کسی مسئول است؟
privacy-who-text = { $municipality } مسئول این وب‌سایت و اطلاعاتی است که شما اینجا وارد می‌کنید. ما به مقررات عمومی حفاظت از داده‌ها (AVG) پایبندیم. این قانونی است که از حریم خصوصی شما محافظت می‌کند.
privacy-data-title = چه اطلاعاتی را نگه می‌داریم؟
privacy-data-text =
    اگر فقط صفحه‌ها را می‌خوانید، هیچ اطلاعاتی دربارهٔ شما نگه نمی‌داریم.

    نشانی IP شما را نگه نمی‌داریم. این نشانی اتصال اینترنت شماست. در فایل‌های گزارش (لاگ) خود هم آن را نگه نمی‌داریم.

    گزارشی می‌دهید؟ در این صورت فقط چیزی را نگه می‌داریم که خودتان می‌نویسید. لازم نیست نام خود را بدهید.
privacy-no-tracking-title = بدون کوکی برای دنبال کردن شما
privacy-no-tracking-text =
    این وب‌سایت از کوکی (cookie) برای دنبال کردن شما استفاده نمی‌کند. ما اندازه نمی‌گیریم چه کسی از وب‌سایت بازدید می‌کند.

    همه‌چیز از سرور خود ما می‌آید. هیچ اطلاعاتی به شرکت‌های دیگر، مانند Google یا Facebook، فرستاده نمی‌شود.
privacy-rights-title = حقوق شما
privacy-rights-text =
    می‌توانید بپرسید چه اطلاعاتی از شما نزد ماست. همچنین می‌توانید بخواهید اطلاعات اصلاح یا پاک شود.

    با نحوهٔ رفتار ما با اطلاعاتتان موافق نیستید؟ در این صورت می‌توانید به سازمان حفاظت از داده‌های هلند (Autoriteit Persoonsgegevens) شکایت کنید.
privacy-contact-title = سؤالی دربارهٔ حریم خصوصی دارید؟
privacy-contact-text = با مسئول حفاظت از داده‌های { $municipality } تماس بگیرید. اطلاعات تماس را در وب‌سایت شهرداری پیدا می‌کنید.

## Navigation
service-nav-label = منوی اصلی
nav-life-events = چیزی در زندگی شما تغییر می‌کند
breadcrumbs-label = شما اینجا هستید
breadcrumbs-home = صفحهٔ اصلی
home-start-duty = چه چیزهایی را باید اطلاع دهید؟
home-start-duty-text = تغییراتی که به ما اطلاع می‌دهید. و اینکه چرا این کار مهم است.
home-start-events-text = می‌خواهید با کسی زیر یک سقف زندگی کنید، اسباب‌کشی کنید یا کار پیدا کرده‌اید؟ بخوانید چه باید بکنید.

## Rights and duties
topics-title = حقوق و وظایف
topics-lead = اینجا می‌خوانید وقتی کمک‌هزینهٔ اجتماعی (bijstand) می‌گیرید، چه کارهایی باید انجام دهید. و چه انتظاری می‌توانید از ما داشته باشید.
topics-group-start = از اینجا شروع کنید
topics-group-duties = چه چیزهایی را باید اطلاع دهید؟
topics-group-mistake = اگر اشتباهی پیش بیاید
topics-group-rights = حقوق شما و کمک به شما
topics-group-about = دربارهٔ بررسی‌ها، و برای سازمان‌های همکار
page-updated = آخرین به‌روزرسانی: { $date }.
page-checked = بررسی‌شده با قانون در تاریخ: { $date }.
printed-from = این متن از { $url } است
translation-aid = این ترجمه فقط برای کمک است. متن هلندی متن رسمی است.
translation-read-dutch = متن هلندی را بخوانید.
translation-missing = این صفحه هنوز ترجمه نشده است. شما متن هلندی را می‌خوانید.
translation-outdated = متن هلندی تغییر کرده است. این ترجمه هنوز به‌روز نشده است.
page-withdrawn = این صفحه در تاریخ { $date } پس گرفته شد.

## Search
search-title = جستجو
search-label = در این وب‌سایت جستجو کنید
search-button = جستجو
search-empty = یک یا چند کلمه بنویسید. مثلاً: اجاره، کار یا تعطیلات.
search-no-words = در جستجوی شما هیچ کلمه‌ای پیدا نکردیم. یک یا چند کلمه بنویسید.
search-failed = جستجو الان کار نمی‌کند. لطفاً بعداً دوباره امتحان کنید.
search-none = برای «{ $query }» نتیجه‌ای پیدا نشد.
search-count = { $count } نتیجه برای «{ $query }».
search-count-one = 1 نتیجه برای «{ $query }».
search-help-title = راهنمایی
search-help-words = از کلمه‌های دیگر یا کلمه‌های کمتر استفاده کنید.
search-help-spelling = املای کلمه‌ها را بررسی کنید.
search-help-browse = همهٔ موضوع‌ها را ببینید.

## Films
films-title = فیلم‌ها
films-lead = فیلم‌های کوتاه با توضیح. با زیرنویس، و متن فیلم در پایین آن.
films-index-link = فیلم‌های توضیحی را ببینید.
film-watch = فیلم را ببینید: { $title }
film-download = فیلم را دانلود کنید.
film-transcript = متن فیلم

## 429
too-many-title = لطفاً کمی صبر کنید
too-many-text = شما در مدت کوتاهی موارد زیادی فرستاده‌اید. یک دقیقه صبر کنید. سپس دوباره امتحان کنید.

## Report
report-title = گزارش شک به تقلب
report-intro-signal = فکر می‌کنید کسی کمک‌هزینهٔ اجتماعی (bijstand) می‌گیرد، در حالی که حق آن را ندارد؟ در این صورت می‌توانید اینجا آن را گزارش دهید. گزارش فقط یک نشانه است. مدرک نیست.
report-intro-team = تیم ما هر گزارش را با دقت بررسی می‌کند. گاهی وضعیت را بیشتر بررسی می‌کنیم. گاهی هیچ کاری نمی‌کنیم، چون نشانه‌های کافی وجود ندارد.
report-intro-outcome = شما باخبر نمی‌شوید که ما با گزارش شما چه می‌کنیم. این کار برای حفظ حریم خصوصی شخص دیگر است.
report-intro-harm = یک اتهام نادرست می‌تواند به کسی آسیب زیادی بزند. فقط چیزی را گزارش دهید که واقعاً فکر می‌کنید درست است.
report-intro-facts = واقعیت‌ها بیشتر از همه به ما کمک می‌کنند. چیزی را بنویسید که خودتان دیده یا شنیده‌اید. نه نظر خودتان را.
report-anonymous-title = می‌توانید بدون نام گزارش دهید
report-anonymous-text = لازم نیست نام خود را بدهید. ما نشانی IP شما را نگه نمی‌داریم. در پایان یک کد می‌گیرید. با این کد می‌توانید بعداً ببینید که آیا ما سؤالی داریم.
report-start = شروع گزارش
report-progress = مرحلهٔ { $step } از { $total }
report-back = بازگشت
report-continue = ادامه
report-send = ارسال گزارش
report-change = تغییر
report-dont-know = نمی‌دانم
report-optional = پاسخ دادن به همهٔ سؤال‌ها اختیاری است. چیزی را نمی‌دانید؟ آن را خالی بگذارید.
report-honeypot = این قسمت را خالی بگذارید
report-step-soort = فکر می‌کنید چه اتفاقی در جریان است؟
report-kinds-hint = یک یا چند پاسخ را انتخاب کنید.
report-step-persoon = گزارش شما دربارهٔ چه کسی است؟
report-step-situatie = چه چیزی دیده‌اید؟
report-step-hoe-weet-u-het = این را از کجا می‌دانید؟
report-step-contact = اجازه می‌دهید از شما سؤالی بپرسیم؟
report-step-controleren = گزارش خود را بررسی کنید
report-contact-explain = گاهی سؤال دیگری داریم. آیا نام، نشانی ایمیل یا شمارهٔ تلفن می‌گذارید؟ در این صورت می‌توانیم به شما زنگ بزنیم یا ایمیل بفرستیم. فقط تیم ما این اطلاعات را می‌بیند. ما هرگز به آن شخص نمی‌گوییم چه کسی گزارش داده است.
report-contact-no = نه، بدون نام گزارش می‌دهم
report-contact-yes = بله، می‌توانید با من تماس بگیرید
report-contact-fields-hint = فقط اگر در بالا «بله» را انتخاب کرده‌اید، این قسمت‌ها را پر کنید.
report-contact-name = نام
report-contact-email = نشانی ایمیل
report-contact-phone = شمارهٔ تلفن
report-check-send-text = همه‌چیز درست است؟ در این صورت گزارش خود را ارسال کنید.
report-received-title = گزارش شما دریافت شد
report-receipt-label = کد شما:
report-receipt-keep = این کد را یادداشت کنید یا از آن عکس بگیرید. آن را فقط یک بار می‌بینید. با این کد می‌توانید بعداً ببینید که آیا ما سؤالی از شما داریم.
report-next-title = حالا چه اتفاقی می‌افتد؟
report-next-text = تیم ما ظرف چند روز کاری گزارش شما را بررسی می‌کند. شما باخبر نمی‌شوید که ما با آن چه می‌کنیم. اطلاعات خود را به ما داده‌اید؟ در این صورت شاید با شما تماس بگیریم.
report-expired-title = گزارش شما دیگر نگه داشته نمی‌شود
report-expired-text = گزارشی را که هنوز ارسال نشده است، دو ساعت نگه می‌داریم. این زمان تمام شده است، یا شما هنوز شروع نکرده بودید. دوباره شروع کنید.
report-error-prefix = خطا
report-error-summary = مشکلی وجود دارد
report-error-no-kind = انتخاب کنید که فکر می‌کنید چه اتفاقی در جریان است.
report-error-too-long = حداکثر { $max } حرف بنویسید.
report-error-not-a-choice = یکی از پاسخ‌ها را انتخاب کنید.
report-error-characters = این پاسخ حروف یا نشانه‌هایی دارد که نمی‌توانیم آن‌ها را ذخیره کنیم.
report-error-contact-choice = انتخاب کنید که آیا می‌توانیم با شما تماس بگیریم یا نه.
report-error-contact-missing = یک نام، نشانی ایمیل یا شمارهٔ تلفن وارد کنید. یا گزارش بدون نام را انتخاب کنید.
report-error-email = یک نشانی ایمیل مانند name@example.com وارد کنید.
report-error-phone = یک شمارهٔ تلفن وارد کنید، مثلاً 06 12345678.
report-return-link = بعداً با کد خود برگردید
report-return-title = بازگشت به گزارش شما
report-return-intro = کدی را که هنگام ارسال گزارش گرفتید وارد کنید. در این صورت می‌بینید که آیا ما سؤالی از شما داریم.
report-return-none = ما الان سؤالی از شما نداریم. لطفاً بعداً دوباره نگاه کنید.
report-return-from-team = سؤال از طرف تیم ما
report-return-from-you = پاسخ شما
report-return-answer = پاسخ شما
report-return-thanks = از شما متشکریم. پاسخ شما را دریافت کردیم.
report-error-code = این کد را نمی‌شناسیم. 16 رقم کد را بررسی کنید.
report-error-answer-empty = یک پاسخ بنویسید.

## E-mail to a reporter (only that a question is waiting; never the question itself)
mail-question-subject = ما از شما سؤالی داریم
mail-question-body = تیم ما درباره گزارش شما سؤالی دارد. سؤال را می‌توانید در وب‌سایت ما بخوانید. به { $url } بروید و کد خود را آنجا وارد کنید. این همان کدی است که هنگام ارسال گزارش گرفتید.
mail-question-privacy = ما سؤال را در ایمیل نمی‌نویسیم. به این ترتیب گزارش شما محرمانه می‌ماند. لطفاً به این ایمیل پاسخ ندهید. ما پاسخ‌ها را نمی‌خوانیم.

# The report form when the database cannot be reached, and when many reports start at once.
report-outage-title = الان یک اختلال کوتاه وجود دارد
report-outage-kept = پاسخ‌های شما از بین نرفته است. آنچه قبلاً پر کردید ذخیره شده است.
report-outage-typed = آنچه همین حالا پر کردید هنوز اینجاست. برای ارسال آن روی دوباره امتحان کنید کلیک کنید.
report-outage-wait = یک دقیقه دیگر دوباره امتحان کنید.
report-outage-retry = دوباره امتحان کنید
report-code-unavailable = الان نمی‌توانیم کدها را بررسی کنیم. کد شما اشتباه نیست. یک دقیقه دیگر دوباره امتحان کنید.
report-busy-title = لطفاً کمی صبر کنید
report-busy-text = الان افراد زیادی همزمان گزارشی را شروع می‌کنند. برای همین چند ثانیه دیگر ادامه می‌دهید.
report-busy-wait = { $seconds } ثانیه صبر کنید. سپس روی ادامه کلیک کنید.
report-busy-working = مرورگر شما کمی مشغول است. خودبه‌خود ادامه می‌دهید.
report-busy-done = تمام شد. الان ادامه می‌دهید.
report-busy-later = ترجیح می‌دهید بعداً؟ به صفحه اصلی بروید.

## Resultaten van de controles (openbare cijfers per jaar)
results-title = نتایج بررسی‌ها
results-lead = شهرداری چند گزارش دریافت کرد؟ و با آن‌ها چه شد؟ اینجا آمار هر سال را می‌بینید.
results-privacy = ما فقط می‌شماریم. اینجا هیچ چیزی دربارهٔ یک فرد نیست. اگر عددی کمتر از 5 باشد، نوشته می‌شود: کمتر از 5.
results-year = سال
results-so-far = { $year } (تا کنون)
results-received = گزارش‌های دریافت‌شده
results-investigated = گزارش‌هایی که به تحقیق انجامید
results-share = سهم تحقیق‌شده
results-outcomes-title = نتیجه چه شد؟
results-outcomes-intro = این‌ها گزارش‌هایی هستند که کارشان تمام شده است. هر گزارش یک نتیجه دارد.
results-outcome = نتیجه
results-fewer-than-five = کمتر از 5
results-outcome-no_action = بدون پیامد
results-outcome-repayment = بازپرداخت پول
results-outcome-measure = اقدام: مدتی کمک‌هزینهٔ کمتر (maatregel)
results-outcome-benefit_ended = قطع کمک‌هزینه
results-outcome-criminal_report = شکایت به پلیس
results-more = بخوانید چگونه بررسی می‌کنیم
results-themes = موضوعاتی که امسال بررسی می‌کنیم
results-table = گزارش‌ها در هر سال
results-outcomes-table = نتایج در هر سال
results-index-link = نتایج بررسی‌ها
