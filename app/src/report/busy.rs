//! The report form's pages for hard moments: the database cannot be reached (the answers are
//! safe; try again), and too many reports are being started at once (wait a moment).

use super::form::{Outage, StartTicket};
use crate::{
    errors::NotFound,
    i18n::{t, t_args, use_language},
    layout::PageHeading,
};
use helder_domain::report::flow::REPORT_SEGMENT;
use leptos::prelude::*;

/// The page's script: finds the proof of work and sends the form (see the file).
const START_TICKET_SCRIPT: &str = include_str!("start_ticket.js");

/// Instead of a report page while the database cannot be reached (status 503). Says that
/// nothing is lost, and offers to send the answers just typed again.
#[component]
pub fn ReportOutage(outage: Outage) -> impl IntoView {
    let lang = use_language();
    let title = t(lang, "report-outage-title");
    let retry = match outage.retry_action {
        Some(action) => {
            let fields = outage
                .fields
                .into_iter()
                .map(|(name, value)| view! { <input type="hidden" name=name value=value /> })
                .collect_view();
            view! {
                <p class="hl-body">{t(lang, "report-outage-typed")}</p>
                <form method="post" action=action>
                    {fields}
                    <button class="hl-button" type="submit">{t(lang, "report-outage-retry")}</button>
                </form>
            }
            .into_any()
        }
        None => view! {
            <p class="hl-body">
                <a class="hl-button" href="">{t(lang, "report-outage-retry")}</a>
            </p>
        }
        .into_any(),
    };
    view! {
        <PageHeading text=title />
        <div class="hl-notice hl-notice--warning" role="alert">
            <p class="hl-body">{t(lang, "report-outage-kept")}</p>
        </div>
        <p class="hl-body">{t(lang, "report-outage-wait")}</p>
        {retry}
    }
}

/// `/{lang}/melden/wachten`, shown in answer to a start while too many reports are being
/// started: the browser's script proves a little work and goes on by itself; without
/// JavaScript the person presses the button after the wait.
#[component]
pub fn ReportWaiting(state: super::form::FormState) -> impl IntoView {
    let lang = use_language();
    let Some(StartTicket { ticket, wait, bits }) = state.start_ticket.clone() else {
        return view! { <NotFound /> }.into_any();
    };
    let challenge = ticket.split('.').nth(1).unwrap_or_default().to_owned();
    let title = t(lang, "report-busy-title");
    let wait_text = t_args(lang, "report-busy-wait", &[("seconds", &wait.to_string())]);
    view! {
        <PageHeading text=title />
        <p class="hl-body">{t(lang, "report-busy-text")}</p>
        <form
            method="post"
            action=format!("/{}/{REPORT_SEGMENT}/start", lang.code)
            id="hl-start-ticket"
            data-challenge=challenge
            data-bits=bits.to_string()
            data-working=t(lang, "report-busy-working")
            data-done=t(lang, "report-busy-done")
        >
            <input type="hidden" name="ticket" value=ticket />
            <input type="hidden" name="nonce" value="" />
            <p class="hl-body" id="hl-start-status" role="status">{wait_text}</p>
            <button class="hl-button" type="submit">{t(lang, "report-continue")}</button>
        </form>
        <script inner_html=START_TICKET_SCRIPT></script>
        <p class="hl-body">
            <a href=format!("/{}/", lang.code)>{t(lang, "report-busy-later")}</a>
        </p>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_script_has_no_markup_that_ends_it_early() {
        let script = super::START_TICKET_SCRIPT;
        assert!(
            !script.contains("</"),
            "nothing can close the script element"
        );
        assert!(script.contains("data-challenge") && script.contains("data-bits"));
    }
}
