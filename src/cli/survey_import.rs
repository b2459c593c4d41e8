//! `import survey`: a wide survey export read through a map, a map guessed from its header, or
//! a dry run that shows what the import would add.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, anyhow};
use clap::Args;

use super::{Outcome, apply_import, load, read_input};
use crate::import::ImportError;
use crate::import::survey::{self, SurveyMap, guess, map};

#[derive(Debug, Args)]
pub struct ImportSurveyArgs {
    /// The project file (.ron) to add to.
    pub path: PathBuf,
    /// The survey export: a workbook (.xlsx, .xls, .ods) or CSV in UTF-8, UTF-16 or GBK.
    #[arg(long)]
    pub from: PathBuf,
    /// The map (RON) of the export's columns; with --guess, where to write one (default:
    /// the export's name with .map.ron).
    #[arg(long, value_name = "MAP.ron", required_unless_present = "guess")]
    pub map: Option<PathBuf>,
    /// Write a starting map guessed from the header and stop; an existing map file is kept
    /// unless --force.
    #[arg(long, conflicts_with = "dry_run")]
    pub guess: bool,
    /// Print what would be added (counts per kind, the first rows, problems); change nothing.
    #[arg(long)]
    pub dry_run: bool,
}

fn nothing(from: &Path) -> String {
    format!("{}: nothing was imported", from.display())
}

fn read_map(path: &Path) -> Result<SurveyMap> {
    let text = read_input(path)?;
    map::parse(&text).map_err(|e| anyhow!("{}:{e}", path.display()))
}

/// `--sheet` (the common import option) comes before the map's `sheet`; `--encoding` is for a CSV.
pub(super) fn import_survey(
    a: &ImportSurveyArgs,
    input: &super::InputArgs,
    force: bool,
) -> Result<Outcome> {
    let project = load(&a.path)?;
    if a.guess {
        return write_guess(a, input, &project, force);
    }
    let map_path = a
        .map
        .as_deref()
        .context("give the map with --map MAP.ron")?;
    let map = read_map(map_path).with_context(|| nothing(&a.from))?;
    let sheet_name = input.sheet.as_deref().or(map.sheet.as_deref());
    let sheet = survey::read_sheet(&a.from, sheet_name, input.encoding)
        .with_context(|| nothing(&a.from))?;
    if a.dry_run {
        return dry_run(a, &project, &sheet, &map);
    }
    let plan = survey::plan(&project, &sheet, &map);
    apply_import(&a.path, &a.from, project, plan)
}

fn dry_run(
    a: &ImportSurveyArgs,
    project: &crate::model::Project,
    sheet: &survey::Sheet,
    map: &SurveyMap,
) -> Result<Outcome> {
    let r = survey::read(project, sheet, map);
    sayln!(
        "dry run: {} of {}, nothing was changed",
        crate::model::count(r.rows, "row", "rows"),
        a.from.display()
    );
    let lines = r.counts.lines();
    if !lines.is_empty() {
        sayln!("would add:");
        for l in lines {
            sayln!("  {l}");
        }
    }
    if !r.preview.is_empty() {
        sayln!("first rows:");
        for l in &r.preview {
            sayln!("  {l}");
        }
    }
    if !r.ignored.is_empty() {
        sayln!("columns the map leaves out: {}", r.ignored.join(", "));
    }
    if r.problems.is_empty() {
        return Ok(Outcome::Ok);
    }
    Err(anyhow::Error::new(ImportError::Rows(r.problems)))
        .context(format!("{}: the import would be refused", a.from.display()))
}

fn write_guess(
    a: &ImportSurveyArgs,
    input: &super::InputArgs,
    project: &crate::model::Project,
    force: bool,
) -> Result<Outcome> {
    let out = a.map.clone().unwrap_or_else(|| {
        let stem = a.from.file_stem().unwrap_or_default().to_string_lossy();
        a.from.with_file_name(format!("{stem}.map.ron"))
    });
    let same = |other: &Path| {
        out == other
            || std::fs::canonicalize(&out)
                .is_ok_and(|o| std::fs::canonicalize(other).is_ok_and(|x| o == x))
    };
    if same(&a.path) || same(&a.from) {
        anyhow::bail!(
            "--map {}: give a new file for the guessed map, not the project or the export",
            out.display()
        );
    }
    if out.exists() && !force {
        anyhow::bail!(
            "{} already exists; add --force to replace it, or give another file with --map",
            out.display()
        );
    }
    let sheet = survey::read_sheet(&a.from, input.sheet.as_deref(), input.encoding)
        .with_context(|| format!("{}: no map was written", a.from.display()))?;
    let mut map = guess::guess(project, &sheet);
    map.sheet = input.sheet.clone();
    let from = a.from.file_name().unwrap_or_default().to_string_lossy();
    crate::store::write_atomic(&out, guess::to_file(&map, &from).as_bytes())?;
    let sheet = sheet.with_header_rows(map.header_rows);
    let columns = |p: &str| survey::map::matching(&sheet.header, p);
    let grid_columns: usize = map.grids.iter().map(|g| columns(&g.columns)).sum();
    sayln!("wrote {}, a map guessed from the header:", out.display());
    sayln!("  respondent: {}", map.respondent);
    if let Some(s) = &map.segment {
        sayln!("  segment: {s}");
    }
    if !map.attributes.is_empty() {
        sayln!("  attributes: {}", map.attributes.join(", "));
    }
    sayln!(
        "  {}, {} ({}), {}",
        crate::model::count(map.open.len(), "open question", "open questions"),
        crate::model::count(map.grids.len(), "rating grid", "rating grids"),
        crate::model::count(grid_columns, "column", "columns"),
        crate::model::count(map.kano.len(), "Kano pair", "Kano pairs")
    );
    sayln!(
        "check it, then: gemba import survey {} --from {} --map {} --dry-run",
        a.path.display(),
        a.from.display(),
        out.display()
    );
    Ok(Outcome::Ok)
}
