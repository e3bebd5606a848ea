//! Staff sessions and CSRF. One middleware for every `/{lang}/team/…` request: it finds the
//! session behind the cookie (ending it after the idle timeout), refuses a POST whose `csrf`
//! field does not match, refuses languages staff pages are not offered in, and marks every
//! response `no-store`.

use super::{shared::StaffBody, shared::TeamError};
use crate::{cookies, pages::Refusal, state::AppState, storage::StoredSession, tenancy::Here};
use axum::{
    body::{Body, to_bytes},
    extract::{FromRequestParts, Request, State},
    http::{HeaderValue, Method, StatusCode, header, request::Parts},
    middleware::Next,
    response::{IntoResponse, Response},
};
use chrono::Utc;
use helder_app::staff::{CSRF_FIELD, StaffSession, staff_language};
use helder_domain::{languages::Language, staff::Role, tenants::TenantId};
use subtle::ConstantTimeEq;

pub const SESSION_COOKIE: &str = "helder_team";
/// The log-in and set-password forms' CSRF token, before there is a session.
pub const LOGIN_CSRF_COOKIE: &str = "helder_team_csrf";
/// A device that logged in before (signed; see `tokens::DeviceToken`): it grants nothing but
/// attempts of its own during a flood of log-ins.
pub const DEVICE_COOKIE: &str = "helder_team_device";
/// Largest staff form (urlencoded): a page text in a non-Latin script grows up to nine times.
pub const STAFF_FORM_LIMIT: usize = 1024 * 1024;

/// The session found for this request (also while the second factor is still due).
#[derive(Debug, Clone)]
pub struct Session {
    pub token_hash: String,
    pub stored: StoredSession,
}

impl Session {
    pub fn staff(&self) -> StaffSession {
        StaffSession {
            user_id: self.stored.user.id,
            email: self.stored.user.email.clone(),
            name: self.stored.user.display_name.clone(),
            role: self.stored.user.role,
            csrf: self.stored.csrf_token.clone(),
        }
    }
}

fn same(a: &str, b: &str) -> bool {
    !a.is_empty() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

pub async fn staff_requests(
    State((state, body)): State<(AppState, StaffBody)>,
    request: Request,
    next: Next,
) -> Response {
    let lang = Language::from_path(request.uri().path()).unwrap_or_else(Language::default_language);
    let mut staff = None;
    let mut response = match checked(&state, lang, request, body).await {
        Ok(request) => {
            staff = request.extensions().get::<StaffSession>().cloned();
            next.run(request).await
        }
        Err(response) => response,
    };
    // An error page shows the staff navigation of the person it refused.
    if let Some(staff) = staff.filter(|_| response.status().as_u16() >= 400) {
        response.extensions_mut().insert(staff);
    }
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    // Staff pages are nobody's search result.
    headers.insert(
        "x-robots-tag",
        HeaderValue::from_static("noindex, nofollow"),
    );
    response
}

async fn checked(
    state: &AppState,
    lang: Language,
    mut request: Request,
    body: StaffBody,
) -> Result<Request, Response> {
    if !staff_language(lang) {
        return Err(TeamError::NotFound.into_response());
    }
    let session = match cookies::read(request.headers(), SESSION_COOKIE) {
        Some(token) => {
            let here = request.extensions().get::<Here>();
            find(state, &cookies::token_hash(&token), here).await?
        }
        None => None,
    };
    if request.method() == Method::POST {
        let expected = match &session {
            Some(s) => Some(s.stored.csrf_token.clone()),
            None => cookies::read(request.headers(), LOGIN_CSRF_COOKIE),
        };
        // A film upload is read by its handler, which checks the token (the form's first
        // field) before it reads any file; the body is passed on untouched.
        let multipart = request
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.trim_start().starts_with("multipart/form-data"));
        if multipart && body == StaffBody::Upload {
            if let Some(expected) = expected {
                request
                    .extensions_mut()
                    .insert(crate::media::CsrfExpected(expected));
            }
            return finish(state, lang, request, session).await;
        }
        let (parts, body) = request.into_parts();
        let Ok(bytes) = to_bytes(body, STAFF_FORM_LIMIT).await else {
            return Err(StatusCode::PAYLOAD_TOO_LARGE.into_response());
        };
        let sent = form_urlencoded::parse(&bytes)
            .find(|(k, _)| k == CSRF_FIELD)
            .map(|(_, v)| v.into_owned())
            .unwrap_or_default();
        if !expected.is_some_and(|e| same(&e, &sent)) {
            tracing::warn!("staff POST refused: CSRF token missing or wrong");
            return Err(csrf_refused(session.as_ref()));
        }
        request = Request::from_parts(parts, Body::from(bytes));
    }
    finish(state, lang, request, session).await
}

/// The second-factor rule and the session in the request, after the CSRF check.
async fn finish(
    state: &AppState,
    lang: Language,
    mut request: Request,
    session: Option<Session>,
) -> Result<Request, Response> {
    if let Some(session) = session {
        // The lead requires a second factor: without one, only the account page (to set it
        // up) and logging out are open.
        if session.stored.verified && session.stored.user.totp_secret.is_none() {
            let rest = request
                .uri()
                .path()
                .splitn(4, '/')
                .nth(3)
                .unwrap_or_default()
                .to_owned();
            let open = matches!(
                rest.as_str(),
                "account"
                    | "account/tweede-stap"
                    | "account/tweede-stap/nieuw"
                    | "uitloggen"
                    | "uitloggen-overal"
            );
            let organisation = &session.stored.user.organisation;
            if !open && state.db.require_totp(organisation).await.unwrap_or(false) {
                return Err(super::shared::see_other(&format!(
                    "{}?tweede-stap=nodig",
                    helder_app::staff::team_href(lang, "account")
                )));
            }
        }
        if session.stored.verified {
            request.extensions_mut().insert(session.staff());
        }
        request.extensions_mut().insert(session);
    }
    Ok(request)
}

/// The session behind a token hash, unless it idled out or its person was disabled.
async fn find(
    state: &AppState,
    token_hash: &str,
    here: Option<&Here>,
) -> Result<Option<Session>, Response> {
    let now = Utc::now();
    let stored = match state.db.session(token_hash).await {
        Ok(stored) => stored,
        Err(error) => {
            return Err(TeamError::Storage(error).into_response());
        }
    };
    let Some(stored) = stored else {
        return Ok(None);
    };
    // A session counts only on the hosts of its own organisation's municipalities.
    if here.is_some_and(|Here(place)| place.organisation != stored.user.organisation) {
        return Ok(None);
    }
    if !stored.user.active || stored.last_seen_at + state.team.idle < now {
        let _ = state.db.delete_session(token_hash).await;
        return Ok(None);
    }
    // Written at most once a minute: reading a page should not mean writing every time.
    if now - stored.last_seen_at > chrono::Duration::seconds(60) {
        let _ = state.db.touch_session(token_hash, now).await;
    }
    Ok(Some(Session {
        token_hash: token_hash.to_owned(),
        stored,
    }))
}

pub(crate) fn csrf_refused(session: Option<&Session>) -> Response {
    let mut response = Refusal::answer(StatusCode::FORBIDDEN, "team-csrf-refused");
    if let Some(staff) = session.filter(|s| s.stored.verified).map(Session::staff) {
        response.extensions_mut().insert(staff);
    }
    response
}

/// A signed-in person (second factor done) for a handler; otherwise the log-in page.
#[derive(Debug, Clone)]
pub struct Staff {
    pub session: StaffSession,
    pub token_hash: String,
    pub has_totp: bool,
    pub present: bool,
    /// The person's organisation: everything they read or change is its own.
    pub organisation: TenantId,
}

impl Staff {
    /// `Ok` when the role allows it, otherwise 403.
    pub fn require(&self, allowed: impl Fn(Role) -> bool) -> Result<(), TeamError> {
        if allowed(self.session.role) {
            Ok(())
        } else {
            Err(TeamError::Forbidden)
        }
    }

    pub fn actor(&self) -> crate::storage::Actor {
        crate::storage::Actor {
            id: Some(self.session.user_id),
            name: self.session.email.clone(),
            organisation: self.organisation.clone(),
        }
    }

    /// All of the organisation's reports, or one municipality's.
    pub fn within<'a>(&'a self, municipality: Option<&'a str>) -> crate::storage::Within<'a> {
        crate::storage::Within {
            organisation: &self.organisation,
            municipality,
        }
    }
}

/// The rejection when there is no usable session: the log-in page for this language.
pub struct SignIn(Language);

impl IntoResponse for SignIn {
    fn into_response(self) -> Response {
        super::shared::see_other(&helder_app::staff::team_href(self.0, "inloggen"))
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Staff {
    type Rejection = SignIn;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let lang = Language::from_path(parts.uri.path()).unwrap_or_else(Language::default_language);
        let session = parts
            .extensions
            .get::<Session>()
            .filter(|s| s.stored.verified)
            .ok_or(SignIn(lang))?;
        Ok(Staff {
            session: session.staff(),
            token_hash: session.token_hash.clone(),
            has_totp: session.stored.user.totp_secret.is_some(),
            present: session.stored.user.present,
            organisation: session.stored.user.organisation.clone(),
        })
    }
}

impl<S: Send + Sync> axum::extract::OptionalFromRequestParts<S> for Staff {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &S,
    ) -> Result<Option<Self>, Self::Rejection> {
        Ok(
            <Staff as FromRequestParts<S>>::from_request_parts(parts, state)
                .await
                .ok(),
        )
    }
}
