//! Pages for things that are not there (unknown paths and unknown languages), the 429 page,
//! and the page for any other error status.

mod missing;
mod page;
pub use missing::{NotFound, TOO_MANY_REQUESTS_SEGMENT, TooManyRequests};
pub use page::{
    ERROR_SEGMENT, ErrorDetails, ErrorPage, STATUS_PARAM, error_key, requested_status,
    worth_retrying,
};
