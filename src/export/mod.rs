//! Tables for people who never open a terminal. A table is built once from the project as
//! headers and typed cells, then written in any format; formats never compute anything.

pub mod affinity;
pub mod changes;
pub mod csv;
pub mod deployment;
pub mod form;
pub mod hoq;
pub mod house;
pub mod html;
pub mod items;
pub mod json;
pub mod kano_chart;
pub mod md;
pub mod method;
pub mod number;
pub mod planning;
pub mod qualities;
pub mod raster;
pub mod report;
pub mod summary;
pub mod svg;
pub mod table;
pub mod trace;
pub mod voc;
pub mod xlsx;

use std::fmt;
use std::str::FromStr;

pub use table::{Cell, Table};

use crate::model::Project;

/// The tables a project can export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableKind {
    Voc,
    Items,
    Qualities,
    Deployment,
    Planning,
    Trace,
    Survey,
    Kano,
    Ahp,
    AhpConsistency,
    Hoq,
}

/// Choices that change what a table shows.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Show respondents' attributes (age band, …) in the voice-of-customer table.
    pub include_respondents: bool,
}

impl TableKind {
    pub const ALL: [TableKind; 11] = [
        TableKind::Voc,
        TableKind::Items,
        TableKind::Qualities,
        TableKind::Deployment,
        TableKind::Planning,
        TableKind::Trace,
        TableKind::Survey,
        TableKind::Kano,
        TableKind::Ahp,
        TableKind::AhpConsistency,
        TableKind::Hoq,
    ];

    pub fn name(self) -> &'static str {
        match self {
            TableKind::Voc => "voc",
            TableKind::Items => "items",
            TableKind::Qualities => "qualities",
            TableKind::Deployment => "deployment",
            TableKind::Planning => "planning",
            TableKind::Trace => "trace",
            TableKind::Survey => "survey",
            TableKind::Kano => "kano",
            TableKind::Ahp => "ahp",
            TableKind::AhpConsistency => "ahp-consistency",
            TableKind::Hoq => "hoq",
        }
    }

    pub fn build(self, project: &Project, options: Options) -> Table {
        match self {
            TableKind::Voc => voc::table(project, options.include_respondents),
            TableKind::Items => items::table(project),
            TableKind::Qualities => qualities::table(project),
            TableKind::Deployment => deployment::table(project),
            TableKind::Planning => planning::table(project),
            TableKind::Trace => trace::table(project),
            TableKind::Survey => method::survey(project),
            TableKind::Kano => method::kano(project),
            TableKind::Ahp => method::ahp(project),
            TableKind::AhpConsistency => method::ahp_consistency(project),
            TableKind::Hoq => hoq::table(project),
        }
    }
}

/// The file formats tables are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Csv,
    Html,
    Xlsx,
    Json,
    /// Graphviz, for the trace graph only.
    Dot,
}

impl Format {
    pub const ALL: [Format; 6] = [
        Format::Markdown,
        Format::Csv,
        Format::Html,
        Format::Xlsx,
        Format::Json,
        Format::Dot,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Csv => "csv",
            Format::Html => "html",
            Format::Xlsx => "xlsx",
            Format::Json => "json",
            Format::Dot => "dot",
        }
    }

    /// Whether the output is text that can go to a terminal.
    pub fn is_text(self) -> bool {
        self != Format::Xlsx
    }

    /// Writes a table; `precision` is the number of decimals where the format rounds.
    pub fn render(self, table: &Table, sheet: &str, precision: u8) -> Result<Vec<u8>, String> {
        Ok(match self {
            Format::Markdown => md::render(table, precision).into_bytes(),
            Format::Csv => csv::render(table).into_bytes(),
            Format::Html => html::render(table, precision).into_bytes(),
            Format::Json => json::render(table).into_bytes(),
            Format::Dot => return Err("dot is a graph format: use it with --table trace".into()),
            Format::Xlsx => {
                xlsx::render(&[(sheet, table)], precision).map_err(|e| e.to_string())?
            }
        })
    }
}

/// Writes one table of a project in a format.
pub fn export(
    project: &Project,
    kind: TableKind,
    format: Format,
    options: Options,
) -> Result<Vec<u8>, String> {
    if format == Format::Dot {
        return match kind {
            TableKind::Trace => Ok(trace::dot(project).into_bytes()),
            _ => Err(format!(
                "dot is a graph format: use it with --table trace, not --table {kind}"
            )),
        };
    }
    export_in(project, kind, format, options, None)
}

/// Writes one table of a project in a format, its headers and gemba's own words in a language
/// where the format is for reading (Markdown, HTML, XLSX); CSV and JSON keep their column names,
/// which imports and scripts rely on, but name Kano types in that language as the screens do.
pub fn export_in(
    project: &Project,
    kind: TableKind,
    format: Format,
    options: Options,
    language: Option<crate::model::Language>,
) -> Result<Vec<u8>, String> {
    if format == Format::Dot {
        return export(project, kind, format, options);
    }
    let mut table = kind.build(project, options);
    if let Some(l) = language
        && matches!(format, Format::Markdown | Format::Html | Format::Xlsx)
    {
        table = report::localize_export(table, kind, project, l == crate::model::Language::Zh);
    } else if let Some(l) = language {
        report::name_kano_types(&mut table, l == crate::model::Language::Zh);
    }
    format.render(&table, kind.name(), project.meta.precision)
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
