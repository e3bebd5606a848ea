//! A new information page as an editor asks for it: its web address (slug), Dutch title, kind
//! and place in the list. Parse, don't validate: a [`Slug`] or [`NewPage`] that exists is
//! valid, and every way the form can be wrong is a [`Problem`] naming its field.

/// The most characters of a title (the editor's own limit).
pub const MAX_TITLE: usize = 200;
/// The shortest and longest slug.
pub const SLUG_MIN: usize = 3;
pub const SLUG_MAX: usize = 60;
/// Highest position in a list; more is a typing error, not a real order.
pub const MAX_ORDER: i32 = 100_000;

/// Path segments the editor's own routes use where a page's slug stands
/// (`/team/inhoud/{slug}`): a page by that name could never be reached.
pub const RESERVED: &[&str] = &["nieuw", "buiten-gebruik", "inhoud", "verouderd"];

/// A page's web address: lower-case a–z, 0–9 and single hyphens, 3 to 60 characters, no
/// hyphen at either end, not a reserved segment.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Slug(String);

impl Slug {
    pub fn parse(text: &str) -> Result<Slug, SlugProblem> {
        let len = text.chars().count();
        if len < SLUG_MIN {
            return Err(SlugProblem::TooShort);
        }
        if len > SLUG_MAX {
            return Err(SlugProblem::TooLong);
        }
        if !text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            return Err(SlugProblem::Characters);
        }
        if text.starts_with('-') || text.ends_with('-') || text.contains("--") {
            return Err(SlugProblem::Hyphens);
        }
        if RESERVED.contains(&text) {
            return Err(SlugProblem::Reserved);
        }
        Ok(Slug(text.to_owned()))
    }

    /// A slug made from a title: accents dropped (ë → e, ß → ss), anything else that is not a
    /// letter or digit becomes one hyphen, cut at a hyphen to fit. `None` when nothing usable
    /// is left (a title of signs, or too short).
    pub fn propose(title: &str) -> Option<Slug> {
        let mut out = String::new();
        for c in title.chars().flat_map(char::to_lowercase) {
            match fold(c) {
                Some(plain) => out.push_str(plain),
                None if c.is_ascii_alphanumeric() => out.push(c),
                None => {
                    if !out.is_empty() && !out.ends_with('-') {
                        out.push('-');
                    }
                }
            }
        }
        let mut slug = out.trim_end_matches('-').to_owned();
        if slug.len() > SLUG_MAX {
            // Cut at the last hyphen that fits, so no word is broken in two when possible.
            let cut = slug[..=SLUG_MAX]
                .rfind('-')
                .filter(|&i| i >= SLUG_MIN)
                .unwrap_or(SLUG_MAX);
            slug.truncate(cut);
            slug = slug.trim_end_matches('-').to_owned();
        }
        Slug::parse(&slug).ok()
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Slug {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The plain letters of an accented one (Dutch, German, French, Turkish, Polish cover the
/// titles editors write); `None` for anything else.
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'č' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'ę' | 'ě' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ı' => "i",
        'ĳ' => "ij",
        'ł' => "l",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => "o",
        'œ' => "oe",
        'ř' => "r",
        'ś' | 'š' | 'ş' => "s",
        'ß' => "ss",
        'ù' | 'ú' | 'û' | 'ü' | 'ů' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'ğ' => "g",
        _ => return None,
    })
}

/// Why a slug is not one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlugProblem {
    TooShort,
    TooLong,
    /// Something other than a–z, 0–9 and hyphens.
    Characters,
    /// A hyphen at the start or end, or two in a row.
    Hyphens,
    Reserved,
    /// Another page of the organisation has it (also a retired page or a variant).
    Taken,
}

/// What the form sent, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewPageForm {
    pub title: String,
    pub slug: String,
    pub kind: String,
    pub order: String,
}

/// A field of the form and what is wrong with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    TitleMissing,
    TitleTooLong,
    Slug(SlugProblem),
    /// Left empty, and the title gives no usable slug either.
    SlugNotProposed,
    KindMissing,
    OrderNotANumber,
}

impl Problem {
    /// The form field it belongs to (its id and name).
    pub fn field(self) -> &'static str {
        match self {
            Problem::TitleMissing | Problem::TitleTooLong => "titel",
            Problem::Slug(_) | Problem::SlugNotProposed => "adres",
            Problem::KindMissing => "soort",
            Problem::OrderNotANumber => "volgorde",
        }
    }

    /// Its message in `editing.ftl`.
    pub fn message_key(self) -> &'static str {
        match self {
            Problem::TitleMissing => "edit-new-error-title",
            Problem::TitleTooLong => "edit-new-error-title-long",
            Problem::Slug(SlugProblem::TooShort) => "edit-new-error-slug-short",
            Problem::Slug(SlugProblem::TooLong) => "edit-new-error-slug-long",
            Problem::Slug(SlugProblem::Characters) => "edit-new-error-slug-characters",
            Problem::Slug(SlugProblem::Hyphens) => "edit-new-error-slug-hyphens",
            Problem::Slug(SlugProblem::Reserved) => "edit-new-error-slug-reserved",
            Problem::Slug(SlugProblem::Taken) => "edit-new-error-slug-taken",
            Problem::SlugNotProposed => "edit-new-error-slug-none",
            Problem::KindMissing => "edit-new-error-kind",
            Problem::OrderNotANumber => "edit-new-error-order",
        }
    }
}

/// A page to create: every field checked. `order` is `None` when left empty (then it goes
/// after the last page of its kind).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPage {
    pub title: String,
    pub slug: Slug,
    pub kind: String,
    pub order: Option<i32>,
}

impl NewPage {
    /// Checks the form: `kinds` are the kinds a page may have, `taken` says whether the
    /// organisation has a page by that slug already. Every problem is named, in form order.
    pub fn parse(
        form: &NewPageForm,
        kinds: &[&str],
        taken: impl Fn(&Slug) -> bool,
    ) -> Result<NewPage, Vec<Problem>> {
        let mut problems = Vec::new();
        let title = form.title.trim();
        if title.is_empty() {
            problems.push(Problem::TitleMissing);
        } else if title.chars().count() > MAX_TITLE {
            problems.push(Problem::TitleTooLong);
        }
        let typed = form.slug.trim();
        let slug = if typed.is_empty() {
            // No proposal from a missing title: that problem is named already.
            match Slug::propose(title) {
                Some(slug) => Some(slug),
                None if title.is_empty() => None,
                None => {
                    problems.push(Problem::SlugNotProposed);
                    None
                }
            }
        } else {
            match Slug::parse(typed) {
                Ok(slug) => Some(slug),
                Err(problem) => {
                    problems.push(Problem::Slug(problem));
                    None
                }
            }
        };
        let slug = slug.filter(|slug| {
            let free = !taken(slug);
            if !free {
                problems.push(Problem::Slug(SlugProblem::Taken));
            }
            free
        });
        let kind = form.kind.trim();
        if !kinds.contains(&kind) {
            problems.push(Problem::KindMissing);
        }
        let order = match form.order.trim() {
            "" => None,
            typed => match typed.parse::<i32>() {
                Ok(n) if (0..=MAX_ORDER).contains(&n) => Some(n),
                _ => {
                    problems.push(Problem::OrderNotANumber);
                    None
                }
            },
        };
        match slug {
            Some(slug) if problems.is_empty() => Ok(NewPage {
                title: title.to_owned(),
                slug,
                kind: kind.to_owned(),
                order,
            }),
            _ => Err(problems),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KINDS: &[&str] = &["duty", "right"];

    fn form(title: &str, slug: &str, kind: &str, order: &str) -> NewPageForm {
        NewPageForm {
            title: title.into(),
            slug: slug.into(),
            kind: kind.into(),
            order: order.into(),
        }
    }

    #[test]
    fn slugs_follow_the_rules() {
        let longest = "a".repeat(60);
        for good in ["abc", "wat-moet-ik-doen", "regel-2025", longest.as_str()] {
            assert_eq!(Slug::parse(good).map(|s| s.to_string()), Ok(good.into()));
        }
        assert_eq!(Slug::parse("ab"), Err(SlugProblem::TooShort));
        assert_eq!(Slug::parse(&"a".repeat(61)), Err(SlugProblem::TooLong));
        for bad in ["Hoofdletter", "met spatie", "één", "a_b", "a/b"] {
            assert_eq!(Slug::parse(bad), Err(SlugProblem::Characters), "{bad}");
        }
        for bad in ["-abc", "abc-", "a--b"] {
            assert_eq!(Slug::parse(bad), Err(SlugProblem::Hyphens), "{bad}");
        }
        assert_eq!(Slug::parse("nieuw"), Err(SlugProblem::Reserved));
    }

    #[test]
    fn a_slug_is_proposed_from_the_title() {
        let propose = |t: &str| Slug::propose(t).map(|s| s.to_string());
        assert_eq!(
            propose("Geld voor een ééndaagse cursus").as_deref(),
            Some("geld-voor-een-eendaagse-cursus")
        );
        assert_eq!(
            propose("Coöperatie & café!").as_deref(),
            Some("cooperatie-cafe")
        );
        assert_eq!(propose("  Straße 12  ").as_deref(), Some("strasse-12"));
        assert_eq!(propose("Nieuw").as_deref(), None, "reserved");
        assert_eq!(propose("?!").as_deref(), None);
        let long = "Een heel lange titel die veel te lang is voor een webadres van zestig tekens";
        let slug = propose(long).unwrap();
        assert!(slug.len() <= SLUG_MAX && !slug.ends_with('-'), "{slug}");
        assert_eq!(
            slug,
            "een-heel-lange-titel-die-veel-te-lang-is-voor-een-webadres"
        );
    }

    #[test]
    fn a_good_form_is_a_new_page() {
        let page = NewPage::parse(&form(" Hulp bij schulden ", "", "right", ""), KINDS, |_| {
            false
        })
        .unwrap();
        assert_eq!(page.slug.as_str(), "hulp-bij-schulden");
        assert_eq!(page.title, "Hulp bij schulden");
        assert_eq!(page.order, None);
        let page =
            NewPage::parse(&form("Hulp", "hulp-nu", "duty", "25"), KINDS, |_| false).unwrap();
        assert_eq!((page.slug.as_str(), page.order), ("hulp-nu", Some(25)));
    }

    #[test]
    fn every_problem_is_named_with_its_field() {
        let problems =
            NewPage::parse(&form("", "A B", "onbekend", "tien"), KINDS, |_| false).unwrap_err();
        assert_eq!(
            problems,
            [
                Problem::TitleMissing,
                Problem::Slug(SlugProblem::Characters),
                Problem::KindMissing,
                Problem::OrderNotANumber
            ]
        );
        let fields: Vec<_> = problems.iter().map(|p| p.field()).collect();
        assert_eq!(fields, ["titel", "adres", "soort", "volgorde"]);
        assert_eq!(
            NewPage::parse(&form("Hulp", "", "duty", "-1"), KINDS, |_| false).unwrap_err(),
            [Problem::OrderNotANumber]
        );
        assert_eq!(
            NewPage::parse(&form("!!", "", "duty", ""), KINDS, |_| false).unwrap_err(),
            [Problem::SlugNotProposed]
        );
        assert_eq!(
            NewPage::parse(&form(&"x".repeat(201), "abc", "duty", ""), KINDS, |_| false)
                .unwrap_err(),
            [Problem::TitleTooLong]
        );
    }

    #[test]
    fn a_taken_slug_is_refused_also_when_proposed() {
        let taken = |s: &Slug| s.as_str() == "kostendeler";
        assert_eq!(
            NewPage::parse(&form("Kostendeler", "", "duty", ""), KINDS, taken).unwrap_err(),
            [Problem::Slug(SlugProblem::Taken)]
        );
        assert_eq!(
            NewPage::parse(&form("Iets", "kostendeler", "duty", ""), KINDS, taken).unwrap_err(),
            [Problem::Slug(SlugProblem::Taken)]
        );
    }
}
