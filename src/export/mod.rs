//! Tables for people who never open a terminal. A table is built once from the project as
//! headers and typed cells, then written in any format; formats never compute anything.

pub mod csv;
pub mod deployment;
pub mod md;
pub mod planning;
pub mod table;

use std::fmt;
use std::str::FromStr;

pub use table::{Cell, Table};

use crate::model::Project;

/// The tables a project can export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableKind {
    Deployment,
    Planning,
}

impl TableKind {
    pub const ALL: [TableKind; 2] = [TableKind::Deployment, TableKind::Planning];

    pub fn name(self) -> &'static str {
        match self {
            TableKind::Deployment => "deployment",
            TableKind::Planning => "planning",
        }
    }

    pub fn build(self, project: &Project) -> Table {
        match self {
            TableKind::Deployment => deployment::table(project),
            TableKind::Planning => planning::table(project),
        }
    }
}

/// The file formats tables are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Csv,
}

impl Format {
    pub const ALL: [Format; 2] = [Format::Markdown, Format::Csv];

    pub fn name(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Csv => "csv",
        }
    }

    /// Writes a table; `precision` is the number of decimals where the format rounds.
    pub fn render(self, table: &Table, precision: u8) -> String {
        match self {
            Format::Markdown => md::render(table, precision),
            Format::Csv => csv::render(table),
        }
    }
}

fn unknown(what: &str, given: &str, valid: impl Iterator<Item = &'static str>) -> String {
    let valid: Vec<&str> = valid.collect();
    format!("unknown {what} '{given}'; valid: {}", valid.join(", "))
}

impl FromStr for TableKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Self::ALL
            .into_iter()
            .find(|t| t.name() == s)
            .ok_or_else(|| unknown("table", s, Self::ALL.iter().map(|t| t.name())))
    }
}

impl FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let s = if s == "markdown" { "md" } else { s };
        Self::ALL
            .into_iter()
            .find(|f| f.name() == s)
            .ok_or_else(|| unknown("format", s, Self::ALL.iter().map(|f| f.name())))
    }
}

impl fmt::Display for TableKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
