//! Pure computation on a project: nothing here draws or reads files.

pub mod affinity;
pub mod planning;
