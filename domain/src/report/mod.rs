//! Reporting a suspicion of benefit fraud: the questionnaire as data, the answers a reporter
//! gives, the chosen kinds, the steps of the form and the receipt code.

pub mod answers;
pub mod channel;
pub mod evidence;
pub mod flow;
pub mod kinds;
pub mod questionnaire;
pub mod receipt;
