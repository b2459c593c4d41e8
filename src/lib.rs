//! gemba: customer-needs elicitation in the QFD tradition.
//!
//! The core (`model`, `method`, `store`, `import`, `export`) has no terminal dependency; the binary
//! adds the command line on top.

pub mod cli;
pub mod export;
pub mod import;
pub mod method;
pub mod model;
pub mod store;
pub mod tui;
