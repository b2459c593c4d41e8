//! Pure computation behind the method: planning weights, wording hints, Kano classification, AHP
//! priorities. Nothing here knows about terminals or files, so everything can be tested directly.

pub mod affinity;
pub mod ahp;
pub mod arrange;
pub mod diff;
pub mod hierarchy;
pub mod hoq;
pub mod hoq_audit;
pub mod inputs;
pub mod kano;
pub mod merge;
pub mod planning;
pub mod progress;
pub mod rank;
pub mod settle;
pub mod survey;
pub mod targets;
pub mod trace;
pub mod wording;
