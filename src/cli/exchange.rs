//! Commands that move tables in and out: export, report, import of remarks and planning tables.

use std::path::Path;

use anyhow::{Context, Result, bail};

use super::{
    ExportArgs, ImportPlanningArgs, ImportRemarksArgs, InputArgs, Outcome, RemarksFormat,
    ReportArgs, apply_import, load, write_output,
};
use crate::import::{self, ImportError, Table, source};
use crate::model::{Language, count};

/// Refuses a project that fails validation: tables and reports from it would show wrong
/// numbers (a NaN rating, a quality counted twice, a tree with a cycle) as if they were right.
fn valid(project: &crate::model::Project, path: &std::path::Path, what: &str) -> Result<()> {
    let problems = crate::model::validate::validate(project);
    if !problems.is_empty() {
        bail!(
            "{}: {}; no {what} was written: run `gemba check {}` for the list",
            path.display(),
            crate::model::count(problems.len(), "problem", "problems"),
            path.display()
        );
    }
    Ok(())
}

pub(super) fn export(a: &ExportArgs) -> Result<Outcome> {
    let project = load(&a.path)?;
    valid(&project, &a.path, "export")?;
    if !a.format.is_text() && a.output.is_none() {
        bail!(
            "{} is a binary format: give a file with -o FILE.{}",
            a.format,
            a.format
        );
    }
    let options = crate::export::Options {
        include_respondents: a.include_respondents,
    };
    let bytes = crate::export::export_in(&project, a.table, a.format, options, a.lang)
        .map_err(anyhow::Error::msg)?;
    write_output(a.output.as_deref(), a.force, &bytes)?;
    Ok(Outcome::Ok)
}

pub(super) fn report(a: &ReportArgs) -> Result<Outcome> {
    use crate::export::report;
    let ext = a
        .output
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_lowercase();
    if !["html", "htm", "md", "xlsx"].contains(&ext.as_str()) {
        bail!(
            "{}: the report's format comes from its extension: use .html, .md or .xlsx",
            a.output.display()
        );
    }
    if a.output.exists() && !a.force {
        bail!(
            "{} already exists; add --force to overwrite it",
            a.output.display()
        );
    }
    let project = load(&a.path)?;
    valid(&project, &a.path, "report")?;
    let options = crate::export::Options {
        include_respondents: a.include_respondents,
    };
    let old = a.since.as_deref().map(load).transpose()?;
    let since_name = a
        .since
        .as_deref()
        .and_then(|p| p.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let chinese = a
        .lang
        .map_or_else(|| report::is_chinese(&project), |l| l == Language::Zh);
    let blocks = report::build_with(
        &project,
        report::ReportOptions {
            tables: options,
            chinese: Some(chinese),
            since: old.as_ref().map(|o| (o, since_name.as_str())),
        },
    );
    let precision = project.meta.precision;
    let bytes = match ext.as_str() {
        "md" => report::to_markdown(&blocks, precision).into_bytes(),
        "xlsx" => {
            let book = report::to_xlsx_noting(&blocks, precision).map_err(anyhow::Error::msg)?;
            if let Some((_, c)) = book.missing_glyphs.first() {
                let sheets: Vec<&str> = book.missing_glyphs.iter().map(|(s, _)| *s).collect();
                tell!(
                    "warning: no font on this computer has '{c}': the workbook's pictures ({}) may lack text; the HTML report shows them in full",
                    sheets.join(", ")
                );
            }
            book.bytes
        }
        _ => report::to_html(&blocks, precision, chinese).into_bytes(),
    };
    write_output(Some(&a.output), true, &bytes)?;
    Ok(Outcome::Ok)
}

/// Reads the file an import reads: a CSV or text file in any encoding, or a sheet of a workbook.
pub(super) fn read_table(from: &Path, input: &InputArgs) -> Result<Table> {
    let options = source::Options {
        encoding: input.encoding,
        sheet: input.sheet.clone(),
    };
    source::read_table(from, &options)
        .map_err(ImportError::Rows)
        .with_context(|| format!("{}: nothing was imported", from.display()))
}

/// How the file was read, when a person would want to know: an encoding other than UTF-8, and
/// invisible characters taken out.
fn read_notes(encoding: Option<source::Encoding>, removed: usize) -> Vec<String> {
    let mut notes = Vec::new();
    if let Some(e) = encoding.filter(|e| *e != source::Encoding::Utf8) {
        notes.push(format!("read as {e} text"));
    }
    if removed > 0 {
        notes.push(format!(
            "{} removed (zero-width, byte-order marks, control characters)",
            crate::model::count(removed, "invisible character", "invisible characters")
        ));
    }
    notes
}

pub(super) fn import_transcript(
    a: &super::ImportTranscriptArgs,
    input: &InputArgs,
) -> Result<Outcome> {
    if let Some(sheet) = &input.sheet {
        bail!("--sheet '{sheet}' is for workbooks; a transcript is a text file");
    }
    let project = load(&a.path)?;
    let text =
        import::transcript::read_text(&a.from, input.encoding).map_err(anyhow::Error::msg)?;
    let planned = import::transcript::plan(
        &project,
        &text,
        a.speaker.as_deref(),
        a.respondent.as_deref(),
    );
    let plan = match planned {
        Ok((plan, cut)) => {
            let others: Vec<String> = cut
                .speakers
                .iter()
                .filter(|s| s.label != cut.customer)
                .map(|s| format!("{} ({})", s.label, count(s.turns, "turn", "turns")))
                .collect();
            let customer = cut.speakers.iter().find(|s| s.label == cut.customer);
            sayln!(
                "customer: {} ({}); left out: {}",
                cut.customer,
                count(customer.map_or(0, |s| s.turns), "turn", "turns"),
                if others.is_empty() {
                    "nobody".to_string()
                } else {
                    others.join(", ")
                }
            );
            if a.dry_run {
                // Checked against the project as the import would be, so a dry run that passes
                // means the import will.
                project
                    .clone()
                    .apply(plan.edit.clone())
                    .map_err(ImportError::Edit)
                    .with_context(|| format!("{}: nothing would be imported", a.from.display()))?;
                for line in &plan.summary {
                    sayln!("{line}");
                }
                if cut.dropped > 0 {
                    sayln!(
                        "{} left out as fillers or too short",
                        count(cut.dropped, "sentence", "sentences")
                    );
                }
                for c in &cut.candidates {
                    sayln!("  line {}: {}", c.line, c.text);
                }
                sayln!("dry run: {} was not changed", a.path.display());
                return Ok(Outcome::Ok);
            }
            Ok(plan)
        }
        Err(e) => Err(e),
    };
    apply_import(&a.path, &a.from, project, plan)
}

/// Applies a plan made from `table`: problems numbered by its lines or rows, and the summary
/// saying how the file was read.
pub(super) fn apply_table(
    path: &Path,
    from: &Path,
    project: crate::model::Project,
    table: &Table,
    plan: Result<import::Plan, Vec<import::RowError>>,
) -> Result<Outcome> {
    let plan = import::located(table, plan).map(|mut p| {
        if let Some(sheet) = &table.sheet {
            p.summary.push(format!("read from sheet '{sheet}'"));
        }
        p.summary.extend(read_notes(table.encoding, table.removed));
        p
    });
    apply_import(path, from, project, plan)
}

pub(super) fn import_remarks(a: &ImportRemarksArgs, input: &InputArgs) -> Result<Outcome> {
    let project = load(&a.path)?;
    let is_table = source::is_workbook(&a.from)
        || match a.format {
            Some(f) => f == RemarksFormat::Csv,
            None => a
                .from
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("csv")),
        };
    if is_table {
        let table = read_table(&a.from, input)?;
        let plan = import::remarks::plan_table(&project, &table, a.source);
        return apply_table(&a.path, &a.from, project, &table, plan);
    }
    if let Some(sheet) = &input.sheet {
        bail!(
            "{}: --sheet '{sheet}' is for workbooks (.xlsx, .xlsm, .xls, .ods); this is a text file",
            a.from.display()
        );
    }
    let decoded = source::read_text(&a.from, input.encoding)
        .map_err(ImportError::Rows)
        .with_context(|| format!("{}: nothing was imported", a.from.display()))?;
    let plan = import::remarks::plan_text(&project, &decoded.text, a.source).map(|mut p| {
        p.summary
            .extend(read_notes(Some(decoded.encoding), decoded.removed));
        p
    });
    apply_import(&a.path, &a.from, project, plan)
}

pub(super) fn import_planning(a: &ImportPlanningArgs, input: &InputArgs) -> Result<Outcome> {
    let project = load(&a.path)?;
    let table = read_table(&a.from, input)?;
    let plan = import::planning::plan_table(&project, &table, a.add_competitors);
    apply_table(&a.path, &a.from, project, &table, plan)
}

pub(super) fn import_characteristics(
    a: &super::analysis::ImportFileArgs,
    input: &InputArgs,
) -> Result<Outcome> {
    let project = load(&a.path)?;
    let table = read_table(&a.from, input)?;
    let plan = import::hoq::plan_characteristics_table(&project, &table);
    apply_table(&a.path, &a.from, project, &table, plan)
}

pub(super) fn import_relationships(
    a: &super::ImportRelationshipsArgs,
    input: &InputArgs,
) -> Result<Outcome> {
    let project = load(&a.path)?;
    let table = read_table(&a.from, input)?;
    let scale = a.scale.unwrap_or(project.meta.relation_scale);
    let plan = import::hoq::plan_relationships_table(&project, &table, scale);
    apply_table(&a.path, &a.from, project, &table, plan)
}

/// A refused import shows a few problems of each kind; with `--problems FILE` every one of them is
/// written there (atomically, so a reader never sees half a list), and the message says where.
pub(super) fn list_problems(
    result: Result<Outcome>,
    file: Option<&std::path::Path>,
) -> Result<Outcome> {
    let Err(e) = result else { return result };
    let Some(ImportError::Rows(rows)) = e.chain().find_map(|c| c.downcast_ref::<ImportError>())
    else {
        return Err(e);
    };
    let note = match file {
        Some(file) => match crate::store::write_atomic(file, import::full_list(rows).as_bytes()) {
            Ok(()) => format!("every problem is listed in {}", file.display()),
            Err(w) => format!("the list of problems was not written: {w}"),
        },
        None if import::hidden(rows) > 0 => {
            "to list every problem, add --problems FILE".to_string()
        }
        None => return Err(e),
    };
    let summary = ImportError::Rows(rows.clone()).to_string();
    Err(anyhow::anyhow!("{e}: {summary}\n{note}"))
}
