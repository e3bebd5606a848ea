//! The staff pages of prevention: the advisors' questions (`/team/vragen`, advisors only),
//! "which duties are least known" (`/team/kennis`, editors and leads) and the readers'
//! feedback with the FAQ suggestions (`/team/reacties`, editors only). The server checks
//! the role; these pages only draw what they are given.

use crate::{
    i18n::{t, t_args, use_language},
    layout::{ErrorSummary, PageHeading, field_aria},
    rights::library::topic_href,
    staff::{CsrfField, Municipalities, MunicipalitySelect, StaffTable, staff_session, team_href},
    statistics::chart::{Bar, BarChart},
};
use helder_domain::{
    languages::{LANGUAGES, Language},
    prevention::knowledge::{KnowledgeRow, Share},
};
use leptos::prelude::*;

pub const QUESTIONS_SEGMENT: &str = "vragen";
pub const KNOWLEDGE_SEGMENT: &str = "kennis";
pub const FEEDBACK_SEGMENT: &str = "reacties";

fn language_name(code: &str) -> String {
    LANGUAGES
        .iter()
        .find(|l| l.code == code)
        .map(|l| l.name.to_owned())
        .unwrap_or_else(|| code.to_owned())
}

fn csrf() -> String {
    staff_session().map(|s| s.csrf).unwrap_or_default()
}

/// One row of the advisors' queue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueRow {
    pub id: i64,
    pub municipality: String,
    pub lang: String,
    pub asked: String,
    pub excerpt: String,
    pub overdue: bool,
    pub answered: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionQueue {
    pub municipalities: Municipalities,
    pub rows: Vec<QueueRow>,
    pub answer_days: i64,
}

/// `/{lang}/team/vragen`: open questions oldest first, then answered ones.
#[component]
pub fn QuestionQueuePage(data: QuestionQueue) -> impl IntoView {
    let lang = use_language();
    let several = data.municipalities.several();
    let open = data.rows.iter().filter(|r| r.answered.is_none()).count();
    let rows = data
        .rows
        .iter()
        .map(|r| {
            let status = match (&r.answered, r.overdue) {
                (Some(at), _) => t_args(lang, "advice-answered-on", &[("date", at)]),
                (None, true) => t(lang, "advice-overdue"),
                (None, false) => t(lang, "advice-open"),
            };
            let status_class = if r.overdue { "hl-tag hl-tag--red" } else { "hl-tag" };
            view! {
                <tr>
                    <td><a href=team_href(lang, &format!("{QUESTIONS_SEGMENT}/{}", r.id))>{t_args(lang, "advice-question-number", &[("id", &r.id.to_string())])}</a></td>
                    <td>{r.asked.clone()}</td>
                    {several.then(|| view! { <td>{r.municipality.clone()}</td> })}
                    <td lang=r.lang.clone()>{language_name(&r.lang)}</td>
                    <td><span class=status_class>{status}</span></td>
                    <td>{r.excerpt.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    let table = if several {
        view! {
            <StaffTable caption="advice-queue-caption" headers=&["advice-col-question", "advice-col-asked", "team-municipality", "advice-col-lang", "advice-col-status", "advice-col-text"]>
                {rows}
            </StaffTable>
        }
        .into_any()
    } else {
        view! {
            <StaffTable caption="advice-queue-caption" headers=&["advice-col-question", "advice-col-asked", "advice-col-lang", "advice-col-status", "advice-col-text"]>
                {rows}
            </StaffTable>
        }
        .into_any()
    };
    view! {
        <PageHeading text=t(lang, "advice-queue-title") />
        <p class="hl-body">{t(lang, "advice-queue-intro")}</p>
        <p class="hl-body">{t_args(lang, "advice-queue-count", &[("count", &open.to_string()), ("days", &data.answer_days.to_string())])}</p>
        <form method="get" action=team_href(lang, QUESTIONS_SEGMENT) class="hl-filter">
            <MunicipalitySelect municipalities=data.municipalities.clone() />
            {several.then(|| view! { <button class="hl-button hl-button--secondary" type="submit">{t(lang, "team-filter")}</button> })}
        </form>
        {table}
    }
}

/// One question for an advisor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionDetail {
    pub id: i64,
    pub municipality: String,
    pub lang: String,
    pub asked: String,
    pub body: String,
    pub overdue: bool,
    /// The answer, its language, who gave it and when.
    pub answer: Option<(String, String, String, String)>,
    pub read: Option<String>,
    /// Typed answer and language, with problems, when the form came back.
    pub typed: String,
    pub typed_lang: String,
    pub problems: Vec<(String, String)>,
    /// "The suggestion was sent to the editors."
    pub suggested: bool,
}

/// `/{lang}/team/vragen/{id}`
#[component]
pub fn QuestionDetailPage(data: QuestionDetail) -> impl IntoView {
    let lang = use_language();
    let token = csrf();
    let action = |rest: &str| team_href(lang, &format!("{QUESTIONS_SEGMENT}/{}/{rest}", data.id));
    let asked_lang = Language::from_code(&data.lang).unwrap_or_else(Language::default_language);
    let question_box = view! {
        <div class="hl-answer-box hl-pre-wrap" lang=asked_lang.code dir=asked_lang.dir().as_str()>{data.body.clone()}</div>
    };
    let facts = view! {
        <dl class="hl-summary">
            <div class="hl-summary__row"><dt class="hl-summary__key">{t(lang, "advice-col-asked")}</dt><dd class="hl-summary__value">{data.asked.clone()}</dd></div>
            <div class="hl-summary__row"><dt class="hl-summary__key">{t(lang, "team-municipality")}</dt><dd class="hl-summary__value">{data.municipality.clone()}</dd></div>
            <div class="hl-summary__row"><dt class="hl-summary__key">{t(lang, "advice-col-lang")}</dt><dd class="hl-summary__value" lang=data.lang.clone()>{language_name(&data.lang)}</dd></div>
        </dl>
    };
    let body = match data.answer.clone() {
        Some((text, answer_lang, by, at)) => {
            let answer_lang_v =
                Language::from_code(&answer_lang).unwrap_or_else(Language::default_language);
            let read = data
                .read
                .clone()
                .map(|at| t_args(lang, "advice-read-on", &[("date", &at)]))
                .unwrap_or_else(|| t(lang, "advice-not-read"));
            let invalid_q = data.problems.iter().any(|(f, _)| f == "faq-question");
            let invalid_a = data.problems.iter().any(|(f, _)| f == "faq-answer");
            let (q_inv, q_desc) = field_aria("faq-question", true, invalid_q);
            let (a_inv, a_desc) = field_aria("faq-answer", false, invalid_a);
            view! {
                <h2 class="hl-heading-m">{t(lang, "advice-answer-title")}</h2>
                <p class="hl-caption">{t_args(lang, "advice-answered-by", &[("name", &by), ("date", &at)])} " · " {read}</p>
                <div class="hl-answer-box hl-pre-wrap" lang=answer_lang_v.code dir=answer_lang_v.dir().as_str()>{text.clone()}</div>
                {data.suggested.then(|| view! { <div class="hl-notice" role="status"><p>{t(lang, "advice-faq-sent")}</p></div> })}
                <h2 class="hl-heading-m">{t(lang, "advice-faq-title")}</h2>
                <p class="hl-body">{t(lang, "advice-faq-intro")}</p>
                <form method="post" action=action("veelgestelde-vraag") novalidate=true>
                    <CsrfField token=token.clone() />
                    <div class="hl-form-group">
                        <label class="hl-label" for="faq-question">{t(lang, "advice-faq-question")}</label>
                        <p class="hl-hint" id="faq-question-hint">{t(lang, "advice-faq-hint")}</p>
                        {invalid_q.then(|| view! { <p class="hl-error-message" id="faq-question-error">{t(lang, "advice-error-empty")}</p> })}
                        <textarea class="hl-textarea" id="faq-question" name="faq-question" rows="4" aria-invalid=q_inv aria-describedby=q_desc>{data.body.clone()}</textarea>
                    </div>
                    <div class="hl-form-group">
                        <label class="hl-label" for="faq-answer">{t(lang, "advice-faq-answer")}</label>
                        {invalid_a.then(|| view! { <p class="hl-error-message" id="faq-answer-error">{t(lang, "advice-error-empty")}</p> })}
                        <textarea class="hl-textarea" id="faq-answer" name="faq-answer" rows="6" aria-invalid=a_inv aria-describedby=a_desc>{text}</textarea>
                    </div>
                    <input type="hidden" name="faq-lang" value=answer_lang />
                    <button class="hl-button hl-button--secondary" type="submit">{t(lang, "advice-faq-send")}</button>
                </form>
            }
            .into_any()
        }
        None => {
            let invalid = data.problems.iter().any(|(f, _)| f == "answer");
            let (inv, desc) = field_aria("answer", true, invalid);
            let message = data
                .problems
                .iter()
                .find(|(f, _)| f == "answer")
                .map(|(_, m)| m.clone());
            let chosen = if data.typed_lang.is_empty() {
                data.lang.clone()
            } else {
                data.typed_lang.clone()
            };
            let options: Vec<String> = if data.lang == "nl" {
                vec!["nl".into()]
            } else {
                vec![data.lang.clone(), "nl".into()]
            };
            let radios = options
                .into_iter()
                .enumerate()
                .map(|(i, code)| {
                    let id = if i == 0 { "answer-lang".to_owned() } else { format!("answer-lang-{code}") };
                    view! {
                        <div class="hl-radio">
                            <input class="hl-radio__input" type="radio" id=id.clone() name="answer-lang" value=code.clone() checked=chosen == code />
                            <label class="hl-radio__label" for=id>{language_name(&code)}</label>
                        </div>
                    }
                })
                .collect_view();
            view! {
                {data.overdue.then(|| view! { <p><span class="hl-tag hl-tag--red">{t(lang, "advice-overdue")}</span></p> })}
                <form method="post" action=action("antwoord") novalidate=true>
                    <CsrfField token=token.clone() />
                    <fieldset class="hl-fieldset">
                        <legend class="hl-fieldset__legend">{t(lang, "advice-answer-lang")}</legend>
                        {radios}
                    </fieldset>
                    <div class="hl-form-group">
                        <label class="hl-label hl-heading-m" for="answer">{t(lang, "advice-answer-label")}</label>
                        <p class="hl-hint" id="answer-hint">{t(lang, "advice-answer-hint")}</p>
                        {message.map(|m| view! { <p class="hl-error-message" id="answer-error">{m}</p> })}
                        <textarea class="hl-textarea" id="answer" name="answer" rows="10" aria-invalid=inv aria-describedby=desc>{data.typed.clone()}</textarea>
                    </div>
                    <button class="hl-button" type="submit">{t(lang, "advice-answer-send")}</button>
                </form>
            }
            .into_any()
        }
    };
    view! {
        <ErrorSummary problems=data.problems.clone() />
        <p class="hl-back"><a href=team_href(lang, QUESTIONS_SEGMENT)>{t(lang, "advice-back")}</a></p>
        <PageHeading text=t_args(lang, "advice-question-number", &[("id", &data.id.to_string())]) />
        {facts}
        {question_box}
        {body}
    }
}

/// `/{lang}/team/kennis`: the table and chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnowledgeView {
    pub municipalities: Municipalities,
    /// With the Dutch situation as the question's text, and the title of its page.
    pub rows: Vec<(KnowledgeRow, String, String)>,
    pub quarters: Vec<String>,
    pub langs: Vec<String>,
    pub baseline_source: String,
}

fn share_text(lang: Language, share: Option<&Share>) -> String {
    match share {
        None => "–".to_owned(),
        Some(s) => match s.percent() {
            Some(p) => format!("{p}%"),
            None if s.answered == 0 => "–".to_owned(),
            None => t_args(
                lang,
                "knowledge-too-few",
                &[("count", &s.answered.to_string())],
            ),
        },
    }
}

#[component]
pub fn KnowledgePage(data: KnowledgeView) -> impl IntoView {
    let lang = use_language();
    let chart = BarChart {
        id: "hl-knowledge".into(),
        title: t(lang, "knowledge-chart-title"),
        description: t(lang, "knowledge-chart-desc"),
        bars: data
            .rows
            .iter()
            .filter_map(|(r, _, _)| {
                r.total.percent().map(|p| Bar {
                    label: r.number.to_string(),
                    value: p,
                })
            })
            .collect(),
    };
    let has_chart = !chart.bars.is_empty();
    let has_answers = !data.quarters.is_empty();
    let rows = data
        .rows
        .iter()
        .map(|(r, text, title)| {
            view! {
                <tr>
                    <td>{r.number}</td>
                    <td>{text.clone()} <br /><a href=topic_href(Language::default_language(), &r.page)>{t_args(lang, "knowledge-page-link", &[("page", title)])}</a></td>
                    <td class="hl-numeric">{r.total.answered}</td>
                    <td class="hl-numeric">{share_text(lang, Some(&r.total))}</td>
                    <td class="hl-numeric">{r.baseline.map(|b| format!("{b}%")).unwrap_or_else(|| "–".into())}</td>
                    <td class="hl-numeric">{r.dont_know}</td>
                </tr>
            }
        })
        .collect_view();
    let quarter_heads = data
        .quarters
        .iter()
        .map(|q| view! { <th scope="col" class="hl-numeric">{q.clone()}</th> })
        .collect_view();
    let quarter_rows = data
        .rows
        .iter()
        .map(|(r, _, _)| {
            let cells = data.quarters.iter().map(|q| view! { <td class="hl-numeric">{share_text(lang, r.by_quarter.get(q))}</td> }).collect_view();
            view! { <tr><th scope="row">{r.number}</th>{cells}</tr> }
        })
        .collect_view();
    let lang_heads = data
        .langs
        .iter()
        .map(
            |l| view! { <th scope="col" class="hl-numeric" lang=l.clone()>{language_name(l)}</th> },
        )
        .collect_view();
    let lang_rows = data
        .rows
        .iter()
        .map(|(r, _, _)| {
            let cells = data
                .langs
                .iter()
                .map(|l| view! { <td class="hl-numeric">{share_text(lang, r.by_lang.get(l))}</td> })
                .collect_view();
            view! { <tr><th scope="row">{r.number}</th>{cells}</tr> }
        })
        .collect_view();
    let quarter_caption = t(lang, "knowledge-by-quarter");
    let quarter_label = quarter_caption.clone();
    let lang_caption = t(lang, "knowledge-by-language");
    let lang_label = lang_caption.clone();
    view! {
        <PageHeading text=t(lang, "knowledge-title") />
        <p class="hl-body">{t(lang, "knowledge-intro")}</p>
        <p class="hl-body">{t(lang, "knowledge-private")}</p>
        <form method="get" action=team_href(lang, KNOWLEDGE_SEGMENT) class="hl-filter">
            <MunicipalitySelect municipalities=data.municipalities.clone() />
            {data.municipalities.several().then(|| view! { <button class="hl-button hl-button--secondary" type="submit">{t(lang, "team-filter")}</button> })}
        </form>
        <StaffTable caption="knowledge-table-caption" visible_caption=true
            headers=&["knowledge-col-number", "knowledge-col-question", "knowledge-col-answers", "knowledge-col-share", "knowledge-col-baseline", "knowledge-col-dont-know"]
            numeric=&["knowledge-col-answers", "knowledge-col-share", "knowledge-col-baseline", "knowledge-col-dont-know"]>
            {rows}
        </StaffTable>
        <p class="hl-hint">{t_args(lang, "knowledge-baseline-source", &[("source", &data.baseline_source)])}</p>
        {has_chart.then(|| view! {
            <figure class="hl-stats-figure">
                <div class="hl-chart-wrap" inner_html=chart.to_svg()></div>
                <figcaption class="hl-hint">{t(lang, "knowledge-chart-caption")}</figcaption>
            </figure>
        })}
        {has_answers.then(|| view! {
        <section class="hl-table-wrap" aria-label=quarter_label tabindex="0">
            <table class="hl-table">
                <caption class="hl-heading-m">{quarter_caption}</caption>
                <thead><tr><th scope="col">{t(lang, "knowledge-col-number")}</th>{quarter_heads}</tr></thead>
                <tbody>{quarter_rows}</tbody>
            </table>
        </section>
        <section class="hl-table-wrap" aria-label=lang_label tabindex="0">
            <table class="hl-table">
                <caption class="hl-heading-m">{lang_caption}</caption>
                <thead><tr><th scope="col">{t(lang, "knowledge-col-number")}</th>{lang_heads}</tr></thead>
                <tbody>{lang_rows}</tbody>
            </table>
        </section>
        })}
    }
}

/// `/{lang}/team/reacties`: what readers said, and the advisors' FAQ suggestions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedbackView {
    pub municipalities: Municipalities,
    /// Slug, title, "yes", "no".
    pub pages: Vec<(String, String, i64, i64)>,
    /// Page title, language, municipality, date, text.
    pub comments: Vec<(String, String, String, String, String)>,
    /// Id, language, question, answer, date.
    pub suggestions: Vec<(i64, String, String, String, String)>,
    pub retain_days: i64,
}

#[component]
pub fn ReaderFeedbackPage(data: FeedbackView) -> impl IntoView {
    let lang = use_language();
    let token = csrf();
    let several = data.municipalities.several();
    let pages = data
        .pages
        .iter()
        .map(|(slug, title, clear, unclear)| {
            view! {
                <tr>
                    <td><a href=topic_href(Language::default_language(), slug)>{title.clone()}</a></td>
                    <td class="hl-numeric">{*unclear}</td>
                    <td class="hl-numeric">{*clear}</td>
                </tr>
            }
        })
        .collect_view();
    let comments = data
        .comments
        .iter()
        .map(|(title, code, municipality, date, body)| {
            let l = Language::from_code(code).unwrap_or_else(Language::default_language);
            view! {
                <tr>
                    <td>{date.clone()}</td>
                    <td>{title.clone()}</td>
                    <td>{language_name(code)}{several.then(|| format!(" · {municipality}"))}</td>
                    <td class="hl-pre-wrap" lang=l.code dir=l.dir().as_str()>{body.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    let suggestions = data
        .suggestions
        .iter()
        .map(|(id, code, question, answer, date)| {
            let l = Language::from_code(code).unwrap_or_else(Language::default_language);
            let action = team_href(lang, &format!("{FEEDBACK_SEGMENT}/voorstel/{id}/afgehandeld"));
            view! {
                <div class="hl-answer-box">
                    <p class="hl-caption">{date.clone()} " · " {language_name(code)}</p>
                    <div lang=l.code dir=l.dir().as_str()>
                        <p class="hl-body"><strong class="hl-pre-wrap">{question.clone()}</strong></p>
                        <p class="hl-body hl-pre-wrap">{answer.clone()}</p>
                    </div>
                    <form method="post" action=action>
                        <CsrfField token=token.clone() />
                        <button class="hl-button hl-button--secondary hl-button--small" type="submit">{t(lang, "feedback-suggestion-done")}</button>
                    </form>
                </div>
            }
        })
        .collect_view();
    let no_suggestions = data.suggestions.is_empty();
    view! {
        <PageHeading text=t(lang, "feedback-staff-title") />
        <p class="hl-body">{t(lang, "feedback-staff-intro")}</p>
        <form method="get" action=team_href(lang, FEEDBACK_SEGMENT) class="hl-filter">
            <MunicipalitySelect municipalities=data.municipalities.clone() />
            {several.then(|| view! { <button class="hl-button hl-button--secondary" type="submit">{t(lang, "team-filter")}</button> })}
        </form>
        <StaffTable caption="feedback-pages-caption" visible_caption=true
            headers=&["feedback-col-page", "feedback-col-no", "feedback-col-yes"]
            numeric=&["feedback-col-no", "feedback-col-yes"]>
            {pages}
        </StaffTable>
        <StaffTable caption="feedback-comments-caption" visible_caption=true
            headers=&["feedback-col-date", "feedback-col-page", "feedback-col-lang", "feedback-col-comment"]>
            {comments}
        </StaffTable>
        <p class="hl-hint">{t_args(lang, "feedback-comments-kept", &[("days", &data.retain_days.to_string())])}</p>
        <h2 class="hl-heading-m">{t(lang, "feedback-suggestions-title")}</h2>
        <p class="hl-body">{t(lang, "feedback-suggestions-intro")}</p>
        {no_suggestions.then(|| view! { <p class="hl-body">{t(lang, "feedback-suggestions-none")}</p> })}
        {suggestions}
    }
}
