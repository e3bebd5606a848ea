//! "Was deze informatie duidelijk?" under every information page, and the pages after an
//! answer: thanks after "yes"; after "no" an optional "what was unclear?".

use super::{Problem, error_summary, field_error, title};
use crate::{
    i18n::{t, use_language},
    layout::{PageTitle, field_aria},
    report::form::HONEYPOT_FIELD,
    rights::library::topic_href,
};
use helder_domain::{languages::Language, prevention::feedback::MAX_COMMENT};
use leptos::prelude::*;

/// `/{lang}/rechten-en-plichten/{slug}/duidelijk`: where the answer is sent.
pub fn feedback_href(lang: Language, slug: &str) -> String {
    format!("{}/duidelijk", topic_href(lang, slug))
}

/// `/{lang}/rechten-en-plichten/{slug}/opmerking`: where the comment is sent.
pub fn comment_href(lang: Language, slug: &str) -> String {
    format!("{}/opmerking", topic_href(lang, slug))
}

/// The question under a page: two buttons in one plain form.
#[component]
pub fn PageFeedbackForm(slug: String) -> impl IntoView {
    let lang = use_language();
    view! {
        <form class="hl-feedback hl-no-print" method="post" action=feedback_href(lang, &slug)>
            <fieldset class="hl-fieldset">
                <legend class="hl-fieldset__legend hl-heading-s">{t(lang, "feedback-question")}</legend>
                <div class="hl-button-group">
                    <button class="hl-button hl-button--secondary" type="submit" name="antwoord" value="ja">{t(lang, "feedback-yes")}</button>
                    <button class="hl-button hl-button--secondary" type="submit" name="antwoord" value="nee">{t(lang, "feedback-no")}</button>
                </div>
            </fieldset>
        </form>
    }
}

/// What the feedback page shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FeedbackStep {
    /// After "yes", or after the comment was sent.
    Thanks,
    /// After "no": the optional comment, as typed, with its problems.
    Comment {
        text: String,
        problems: Vec<Problem>,
    },
}

/// The page after an answer.
#[component]
pub fn FeedbackPage(slug: String, page_title: String, step: FeedbackStep) -> impl IntoView {
    let lang = use_language();
    let back = view! {
        <p class="hl-body">
            <a href=topic_href(lang, &slug)>{crate::i18n::t_args(lang, "feedback-back", &[("page", &page_title)])}</a>
        </p>
    };
    match step {
        FeedbackStep::Thanks => view! {
            <PageTitle text=t(lang, "feedback-thanks") />
            <div class="hl-panel" role="status">
                <h1 class="hl-heading-l">{t(lang, "feedback-thanks")}</h1>
                <p class="hl-body">{t(lang, "feedback-thanks-text")}</p>
            </div>
            {back}
        }
        .into_any(),
        FeedbackStep::Comment { text, problems } => {
            let heading = t(lang, "feedback-comment-title");
            let (invalid, described) = field_aria("opmerking", true, !problems.is_empty());
            view! {
                <PageTitle text=title(lang, &heading, &problems) />
                {error_summary(lang, &problems)}
                <form method="post" action=comment_href(lang, &slug) novalidate=true>
                    <div class="hl-form-group">
                        <h1 class="hl-label-wrapper">
                            <label class="hl-label hl-heading-l" for="opmerking">{heading.clone()}</label>
                        </h1>
                        <p class="hl-hint" id="opmerking-hint">{t(lang, "feedback-comment-hint")}</p>
                        {field_error(lang, &problems, "opmerking")}
                        <textarea class="hl-textarea" id="opmerking" name="opmerking" rows="5" maxlength=MAX_COMMENT.to_string()
                            aria-invalid=invalid aria-describedby=described>{text}</textarea>
                    </div>
                    <div class="hl-honeypot" aria-hidden="true">
                        <label for=HONEYPOT_FIELD>{t(lang, "report-honeypot")}</label>
                        <input type="text" id=HONEYPOT_FIELD name=HONEYPOT_FIELD tabindex="-1" autocomplete="off" />
                    </div>
                    <button class="hl-button" type="submit">{t(lang, "feedback-comment-send")}</button>
                </form>
                {back}
            }
            .into_any()
        }
    }
}
