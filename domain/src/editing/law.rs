//! What an editor records about the law behind a page: its legal basis, the day it was last
//! checked against the law (readers see it), and the sources. Parse, don't validate: a
//! [`PageLawInput`] that exists can be stored as it is.

use chrono::NaiveDate;

/// Longest legal basis and source notes an editor may store.
pub const MAX_BASIS: usize = 500;
pub const MAX_NOTES: usize = 20_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageLawInput {
    pub legal_basis: String,
    /// None: not checked yet (the field left empty).
    pub checked_on: Option<NaiveDate>,
    pub source_notes: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PageLawError {
    #[error("the check date is not a day, or lies after today")]
    Date,
    #[error("the legal basis or the notes are too long")]
    TooLong,
}

impl PageLawError {
    /// Its message in the editors' Fluent files.
    pub fn message_key(self) -> &'static str {
        match self {
            PageLawError::Date => "edit-law-error-date",
            PageLawError::TooLong => "edit-law-error-long",
        }
    }
}

impl PageLawInput {
    /// The form's fields as typed; `today` in the municipality's time zone.
    pub fn parse(
        basis: &str,
        checked: &str,
        notes: &str,
        today: NaiveDate,
    ) -> Result<PageLawInput, PageLawError> {
        // One line: the basis is shown in a summary row.
        let legal_basis = basis.split_whitespace().collect::<Vec<_>>().join(" ");
        let source_notes = notes.replace("\r\n", "\n").trim().to_owned();
        if legal_basis.chars().count() > MAX_BASIS || source_notes.chars().count() > MAX_NOTES {
            return Err(PageLawError::TooLong);
        }
        let checked = checked.trim();
        let checked_on = if checked.is_empty() {
            None
        } else {
            let day =
                NaiveDate::parse_from_str(checked, "%Y-%m-%d").map_err(|_| PageLawError::Date)?;
            if day > today {
                return Err(PageLawError::Date);
            }
            Some(day)
        };
        Ok(PageLawInput {
            legal_basis,
            checked_on,
            source_notes,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()
    }

    #[test]
    fn a_good_form_parses() {
        let law = PageLawInput::parse(
            " Participatiewet\n art. 17  lid 1 ",
            "2026-12-07",
            "a\r\nb\n",
            today(),
        )
        .unwrap();
        assert_eq!(law.legal_basis, "Participatiewet art. 17 lid 1");
        assert_eq!(law.checked_on, Some(today()));
        assert_eq!(law.source_notes, "a\nb");
        let empty = PageLawInput::parse("", "", "", today()).unwrap();
        assert_eq!(empty.checked_on, None);
    }

    #[test]
    fn bad_dates_and_long_texts_are_refused() {
        for date in ["2026-12-08", "7-12-2026", "gisteren", "2026-02-30"] {
            assert_eq!(
                PageLawInput::parse("x", date, "", today()),
                Err(PageLawError::Date),
                "{date}"
            );
        }
        let long = "a".repeat(MAX_BASIS + 1);
        assert_eq!(
            PageLawInput::parse(&long, "", "", today()),
            Err(PageLawError::TooLong)
        );
        let notes = "b".repeat(MAX_NOTES + 1);
        assert_eq!(
            PageLawInput::parse("", "", &notes, today()),
            Err(PageLawError::TooLong)
        );
    }
}
