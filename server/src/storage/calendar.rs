//! An organisation's own closing days, which working days leave out besides the public
//! holidays.

use crate::storage::database::{Database, StorageError};
use chrono::NaiveDate;
use helder_domain::{
    calendar::{Calendar, ClosingDay},
    tenants::TenantId,
};

impl Database {
    /// `organisation`'s closing days, earliest first.
    pub async fn closing_days(
        &self,
        organisation: &TenantId,
    ) -> Result<Vec<ClosingDay>, StorageError> {
        let rows: Vec<(String, String)> = self
            .fetch_all(
                "SELECT day, reason FROM closing_days WHERE organisation = $1 ORDER BY day",
                &[organisation.as_str().into()],
            )
            .await?;
        rows.into_iter()
            .map(|(day, reason)| {
                let day = NaiveDate::parse_from_str(&day, "%Y-%m-%d")
                    .map_err(|_| StorageError::Corrupt(format!("closing_days.day {day:?}")))?;
                Ok(ClosingDay { day, reason })
            })
            .collect()
    }

    /// The working days of `organisation`.
    pub async fn calendar(&self, organisation: &TenantId) -> Result<Calendar, StorageError> {
        let days = self.closing_days(organisation).await?;
        Ok(Calendar::with_closing_days(days.into_iter().map(|d| d.day)))
    }

    /// Adds a closing day; false when the organisation already closes that day.
    pub async fn add_closing_day(
        &self,
        organisation: &TenantId,
        closing: &ClosingDay,
    ) -> Result<bool, StorageError> {
        let day = closing.day.format("%Y-%m-%d").to_string();
        let added = self
            .run(
                "INSERT INTO closing_days (organisation, day, reason) VALUES ($1, $2, $3) \
                 ON CONFLICT (organisation, day) DO NOTHING",
                &[
                    organisation.as_str().into(),
                    day.as_str().into(),
                    closing.reason.as_str().into(),
                ],
            )
            .await?;
        Ok(added > 0)
    }

    /// Removes a closing day; false when there was none.
    pub async fn remove_closing_day(
        &self,
        organisation: &TenantId,
        day: NaiveDate,
    ) -> Result<bool, StorageError> {
        let day = day.format("%Y-%m-%d").to_string();
        let removed = self
            .run(
                "DELETE FROM closing_days WHERE organisation = $1 AND day = $2",
                &[organisation.as_str().into(), day.as_str().into()],
            )
            .await?;
        Ok(removed > 0)
    }
}
