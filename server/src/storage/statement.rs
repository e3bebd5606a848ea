//! One statement with its parameters, run on either backend. Most writes are a single
//! `INSERT`, `UPDATE` or `DELETE` whose only difference between the backends is the pool or
//! connection type; this runs them from one place instead of spelling the binds out per call.

use crate::storage::database::{Database, StorageError};
use crate::storage::tx::Tx;
use chrono::{DateTime, Utc};
use sqlx::encode::IsNull;
use sqlx::error::BoxDynError;
use sqlx::query::{Query, QueryAs, QueryScalar};
use sqlx::{Encode, FromRow, Type, postgres::PgRow, sqlite::SqliteRow};

/// A value bound to a `$n` placeholder, in order. `Some` binds the same SQL type as the plain
/// value, so an optional column takes either.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Param<'a> {
    Int(Option<i64>),
    /// A 32-bit integer stays one (PostgreSQL's INTEGER columns, such as version numbers).
    Int32(Option<i32>),
    Bool(bool),
    Text(Option<&'a str>),
    Time(Option<DateTime<Utc>>),
}

impl From<i64> for Param<'_> {
    fn from(v: i64) -> Self {
        Param::Int(Some(v))
    }
}
impl From<Option<i64>> for Param<'_> {
    fn from(v: Option<i64>) -> Self {
        Param::Int(v)
    }
}
impl From<i32> for Param<'_> {
    fn from(v: i32) -> Self {
        Param::Int32(Some(v))
    }
}
impl From<bool> for Param<'_> {
    fn from(v: bool) -> Self {
        Param::Bool(v)
    }
}
impl<'a> From<&'a str> for Param<'a> {
    fn from(v: &'a str) -> Self {
        Param::Text(Some(v))
    }
}
impl<'a> From<&'a String> for Param<'a> {
    fn from(v: &'a String) -> Self {
        Param::Text(Some(v))
    }
}
impl<'a> From<Option<&'a str>> for Param<'a> {
    fn from(v: Option<&'a str>) -> Self {
        Param::Text(v)
    }
}
impl<'a> From<&'a Option<String>> for Param<'a> {
    fn from(v: &'a Option<String>) -> Self {
        Param::Text(v.as_deref())
    }
}
impl From<DateTime<Utc>> for Param<'_> {
    fn from(v: DateTime<Utc>) -> Self {
        Param::Time(Some(v))
    }
}
impl From<Option<DateTime<Utc>>> for Param<'_> {
    fn from(v: Option<DateTime<Utc>>) -> Self {
        Param::Time(v)
    }
}

// A parameter binds as the value it holds: `produces` names that value's SQL type, so
// PostgreSQL sees the same parameter types as with the plain values.
impl<'q, DB> Encode<'q, DB> for Param<'q>
where
    DB: sqlx::Database,
    Option<i64>: Encode<'q, DB> + Type<DB>,
    Option<i32>: Encode<'q, DB> + Type<DB>,
    bool: Encode<'q, DB> + Type<DB>,
    Option<&'q str>: Encode<'q, DB> + Type<DB>,
    Option<DateTime<Utc>>: Encode<'q, DB> + Type<DB>,
{
    fn encode_by_ref(
        &self,
        buf: &mut <DB as sqlx::Database>::ArgumentBuffer<'q>,
    ) -> Result<IsNull, BoxDynError> {
        match *self {
            Param::Int(v) => v.encode(buf),
            Param::Int32(v) => v.encode(buf),
            Param::Bool(v) => v.encode(buf),
            Param::Text(v) => v.encode(buf),
            Param::Time(v) => v.encode(buf),
        }
    }

    fn produces(&self) -> Option<DB::TypeInfo> {
        Some(match self {
            Param::Int(_) => <Option<i64> as Type<DB>>::type_info(),
            Param::Int32(_) => <Option<i32> as Type<DB>>::type_info(),
            Param::Bool(_) => <bool as Type<DB>>::type_info(),
            Param::Text(_) => <Option<&str> as Type<DB>>::type_info(),
            Param::Time(_) => <Option<DateTime<Utc>> as Type<DB>>::type_info(),
        })
    }
}

// Only asked for when a value does not say its own type (see `produces`).
impl<DB> Type<DB> for Param<'_>
where
    DB: sqlx::Database,
    String: Type<DB>,
{
    fn type_info() -> DB::TypeInfo {
        <String as Type<DB>>::type_info()
    }
}

type Arguments<'q, DB> = <DB as sqlx::Database>::Arguments<'q>;

/// `sqlx::query(sql)` with `params` bound in order; the backend is inferred from where it
/// runs (a pool, a unit of work or a raw transaction).
pub(crate) fn query<'q, DB>(sql: &'q str, params: &[Param<'q>]) -> Query<'q, DB, Arguments<'q, DB>>
where
    DB: sqlx::Database,
    Param<'q>: Encode<'q, DB> + Type<DB>,
{
    params.iter().fold(sqlx::query(sql), |q, p| q.bind(*p))
}

/// `sqlx::query_as(sql)` with `params` bound in order.
pub(crate) fn query_as<'q, DB, O>(
    sql: &'q str,
    params: &[Param<'q>],
) -> QueryAs<'q, DB, O, Arguments<'q, DB>>
where
    DB: sqlx::Database,
    Param<'q>: Encode<'q, DB> + Type<DB>,
    O: for<'r> FromRow<'r, DB::Row>,
{
    params.iter().fold(sqlx::query_as(sql), |q, p| q.bind(*p))
}

/// `sqlx::query_scalar(sql)` with `params` bound in order.
pub(crate) fn query_scalar<'q, DB, O>(
    sql: &'q str,
    params: &[Param<'q>],
) -> QueryScalar<'q, DB, O, Arguments<'q, DB>>
where
    DB: sqlx::Database,
    Param<'q>: Encode<'q, DB> + Type<DB>,
    (O,): for<'r> FromRow<'r, DB::Row>,
{
    params
        .iter()
        .fold(sqlx::query_scalar(sql), |q, p| q.bind(*p))
}

impl Database {
    /// Runs one statement outside a unit of work; how many rows it touched.
    pub(crate) async fn run(&self, sql: &str, params: &[Param<'_>]) -> Result<u64, StorageError> {
        let n = on_pool!(self, pool => query(sql, params).execute(pool).await?.rows_affected());
        Ok(n)
    }

    /// [`Database::run`] for a write whose row count does not matter.
    pub(crate) async fn write(&self, sql: &str, params: &[Param<'_>]) -> Result<(), StorageError> {
        self.run(sql, params).await.map(drop)
    }
}

impl Database {
    /// Every row of a query, as `O`.
    pub(crate) async fn fetch_all<O>(
        &self,
        sql: &str,
        params: &[Param<'_>],
    ) -> Result<Vec<O>, StorageError>
    where
        O: Rowed,
    {
        Ok(on_pool!(self, pool => query_as(sql, params).fetch_all(pool).await?))
    }

    /// The row of a query, as `O`, when there is one.
    pub(crate) async fn fetch_optional<O>(
        &self,
        sql: &str,
        params: &[Param<'_>],
    ) -> Result<Option<O>, StorageError>
    where
        O: Rowed,
    {
        Ok(on_pool!(self, pool => query_as(sql, params).fetch_optional(pool).await?))
    }
}

/// A type read from a row on either backend.
pub(crate) trait Rowed:
    for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin
{
}

impl<O> Rowed for O where
    O: for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin
{
}

impl Tx {
    /// Runs one statement inside this unit of work; how many rows it touched.
    pub(crate) async fn run(
        &mut self,
        sql: &str,
        params: &[Param<'_>],
    ) -> Result<u64, StorageError> {
        let n = on_tx!(self, conn => query(sql, params).execute(&mut *conn).await?.rows_affected());
        Ok(n)
    }

    /// [`Tx::run`] for a write whose row count does not matter.
    pub(crate) async fn write(
        &mut self,
        sql: &str,
        params: &[Param<'_>],
    ) -> Result<(), StorageError> {
        self.run(sql, params).await.map(drop)
    }
}
