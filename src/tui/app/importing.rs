//! Importing remarks on the Remarks step: `I` asks for a file (plain text, CSV or an interview
//! transcript), shows what the import would add (the same plan as `gemba import … --dry-run`)
//! and imports it on Enter as one undoable edit; Esc changes nothing. Candidates cut from a
//! transcript are accepted here one by one (`y`) or all shown at once (`Y`), and `c` shows only
//! them.

use std::path::{Path, PathBuf};

use crate::import::{self, transcript};
use crate::model::{Edit, Entity, RemarkId, Source};
use crate::tui::action::{Action, Command};
use crate::tui::keymap::KeyContext;
use crate::tui::strings::{S, fill};
use crate::tui::widgets::text_input::TextInput;

use super::{App, Mode, Step};

/// What kind of file an import reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Transcript,
    Csv,
    Text,
}

/// What the import of one file would do.
#[derive(Debug, Clone, PartialEq)]
pub struct Preview {
    pub path: PathBuf,
    /// None when the file could not be read.
    pub kind: Option<Kind>,
    /// The edit to apply; none when the file is refused.
    pub edit: Option<Edit>,
    /// Lines saying what would be added (already in the interface's language).
    pub lines: Vec<String>,
    /// What would be added, one line each: "line 7  text" for a transcript.
    pub rows: Vec<String>,
    /// Why nothing can be imported.
    pub problems: Vec<String>,
    /// Who speaks in a transcript of two or more speakers: a digit chooses the customer.
    pub speakers: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ImportDialog {
    /// Typing the file's path.
    Path(TextInput),
    Preview(Box<Preview>),
}

impl ImportDialog {
    pub fn key_context(&self) -> KeyContext {
        match self {
            ImportDialog::Path(_) => KeyContext::Text,
            ImportDialog::Preview(_) => KeyContext::Prompt,
        }
    }
}

/// The Remarks step's import and candidate commands; false for any other command.
pub fn command(app: &mut App, cmd: Command) -> bool {
    if app.step != Step::Remarks {
        return false;
    }
    match cmd {
        Command::Import => {
            if !app.refuse_read_only() {
                app.mode = Mode::Import(ImportDialog::Path(TextInput::new("")));
            }
        }
        Command::Candidates => {
            app.candidates_only = !app.candidates_only;
            let n = app.project.remarks.iter().filter(|r| r.candidate).count();
            if app.candidates_only {
                app.info(fill(app.t(S::CandidatesShown), &[&n]));
            } else {
                app.info(app.t(S::CandidatesAll));
            }
        }
        Command::Accept => accept(app),
        Command::AcceptAll => accept_all(app),
        _ => return false,
    }
    true
}

/// Clears the candidate mark of the selected remark; the selection moves on to the next
/// candidate, so `y y y` goes through them.
fn accept(app: &mut App) {
    let Some(id) = app.current_remark(Step::Remarks) else {
        app.error(app.t(S::NoRemarkSelected));
        return;
    };
    let Some(r) = app.project.remarks.get(id).cloned() else {
        return;
    };
    if !r.candidate {
        app.info(fill(app.t(S::NotCandidate), &[&id]));
        return;
    }
    let rows: Vec<RemarkId> = app
        .remark_rows(Step::Remarks)
        .iter()
        .map(|r| r.id)
        .collect();
    let at = rows.iter().position(|x| *x == id).unwrap_or(0);
    let mut accepted = r;
    accepted.candidate = false;
    if app.commit(
        Edit::Put(Entity::Remark(accepted)),
        fill(app.t(S::DoAccept), &[&id]),
    ) {
        let next = rows[at..]
            .iter()
            .chain(rows[..at].iter().rev())
            .copied()
            .find(|x| app.project.remarks.get(*x).is_some_and(|r| r.candidate));
        if let Some(next) = next {
            app.remark_sel = Some(next);
        }
        app.info(fill(app.t(S::Accepted), &[&id]));
    }
}

/// Accepts every candidate the list shows (the filter applies) as one edit.
fn accept_all(app: &mut App) {
    let edits: Vec<Edit> = app
        .remark_rows(Step::Remarks)
        .into_iter()
        .filter(|r| r.candidate)
        .map(|r| {
            let mut r = r.clone();
            r.candidate = false;
            Edit::Put(Entity::Remark(r))
        })
        .collect();
    if edits.is_empty() {
        app.info(app.t(S::NoCandidates));
        return;
    }
    let n = edits.len();
    if app.commit(Edit::Batch(edits), fill(app.t(S::DoAcceptAll), &[&n])) {
        app.info(fill(app.t(S::AcceptedAll), &[&n]));
    }
}

pub fn update(app: &mut App, action: Action) {
    let Mode::Import(dialog) = &mut app.mode else {
        return;
    };
    match dialog {
        ImportDialog::Path(field) => match action {
            Action::Cmd(Command::Cancel) => {
                app.mode = Mode::Browse;
                app.info(app.t(S::NothingImported));
            }
            Action::Text(e) => field.edit(&e),
            Action::Paste(s) => field.insert_str(s.trim()),
            Action::Confirm => {
                let typed = field.value().trim().to_string();
                if typed.is_empty() {
                    app.error(app.t(S::ImportNoPath));
                    return;
                }
                let p = preview(app, &typed, None);
                app.mode = Mode::Import(ImportDialog::Preview(Box::new(p)));
            }
            _ => {}
        },
        ImportDialog::Preview(p) => match action {
            Action::Cmd(Command::Cancel) | Action::Answer('n') => {
                app.mode = Mode::Browse;
                app.info(app.t(S::NothingImported));
            }
            Action::Answer(c) if c.is_ascii_digit() => {
                let n = c.to_digit(10).unwrap_or(0) as usize;
                if let Some(label) = n.checked_sub(1).and_then(|i| p.speakers.get(i)) {
                    let (label, path) = (label.clone(), p.path.display().to_string());
                    let again = preview(app, &path, Some(&label));
                    app.mode = Mode::Import(ImportDialog::Preview(Box::new(again)));
                }
            }
            Action::Confirm | Action::Answer('y') => {
                let Some(edit) = p.edit.clone() else {
                    // Refused: back to the path to try another file.
                    let path = p.path.display().to_string();
                    app.mode = Mode::Import(ImportDialog::Path(TextInput::new(path)));
                    return;
                };
                let name = file_name(&p.path);
                let first = first_remark(&edit);
                let n = count_remarks(&edit);
                app.mode = Mode::Browse;
                if app.commit(edit, fill(app.t(S::DoImport), &[&name])) {
                    if let Some(id) = first {
                        app.remark_sel = Some(id);
                        app.unlinked_sel = false;
                    }
                    app.info(fill(app.t(S::Imported), &[&n, &name]));
                }
            }
            _ => {}
        },
    }
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into(),
    )
}

fn remarks_of(edit: &Edit) -> Vec<&crate::model::Remark> {
    match edit {
        Edit::Batch(edits) => edits.iter().flat_map(remarks_of).collect(),
        Edit::Put(Entity::Remark(r)) => vec![r],
        _ => Vec::new(),
    }
}

fn first_remark(edit: &Edit) -> Option<RemarkId> {
    remarks_of(edit).first().map(|r| r.id)
}

fn count_remarks(edit: &Edit) -> usize {
    remarks_of(edit).len()
}

/// Where a typed path points: as typed (with `~/` for the home folder), else beside the project.
fn resolve(app: &App, typed: &str) -> PathBuf {
    let typed = typed.trim_matches(['"', '\'']);
    // A file dropped on a terminal arrives with its spaces escaped ("my\ notes.txt").
    let unescaped;
    let typed = if !Path::new(typed).exists() && typed.contains("\\ ") {
        unescaped = typed.replace("\\ ", " ");
        unescaped.as_str()
    } else {
        typed
    };
    let path = match typed.strip_prefix("~/") {
        Some(rest) => {
            std::env::var_os("HOME").map_or_else(|| typed.into(), |h| Path::new(&h).join(rest))
        }
        None => PathBuf::from(typed),
    };
    if path.is_relative() && !path.exists() {
        let beside = app.path.parent().map(|d| d.join(&path));
        if let Some(b) = beside.filter(|b| b.exists()) {
            return b;
        }
    }
    path
}

/// The kind of a file: CSV by extension, a transcript by extension (.md) or by its speaker turns,
/// else one remark a line.
fn kind_of(path: &Path, text: &str) -> Kind {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_lowercase();
    match ext.as_str() {
        "csv" => Kind::Csv,
        "md" | "markdown" => Kind::Transcript,
        _ if transcript::has_turns(text) => Kind::Transcript,
        _ => Kind::Text,
    }
}

/// Reads and plans the import of `typed`, for the preview; `speaker` names a transcript's
/// customer (by default gemba tells them from the interviewer).
pub fn preview(app: &App, typed: &str, speaker: Option<&str>) -> Preview {
    let path = resolve(app, typed);
    let mut p = Preview {
        path: path.clone(),
        kind: None,
        edit: None,
        lines: Vec::new(),
        rows: Vec::new(),
        problems: Vec::new(),
        speakers: Vec::new(),
    };
    let text = match transcript::read_text(&path, None) {
        Ok(t) => t,
        Err(e) => {
            p.problems.push(e);
            return p;
        }
    };
    let kind = kind_of(&path, &text);
    p.kind = Some(kind);
    if kind == Kind::Transcript {
        let all = transcript::speakers(&text).unwrap_or_default();
        if all.len() > 1 {
            p.speakers = all.into_iter().map(|s| s.label).collect();
        }
    }
    let project = &app.project;
    let planned = match kind {
        Kind::Transcript => transcript::plan(project, &text, speaker, None).map(|(plan, cut)| {
            let customer = cut.speakers.iter().find(|s| s.label == cut.customer);
            let others: Vec<String> = cut
                .speakers
                .iter()
                .filter(|s| s.label != cut.customer)
                .map(|s| s.label.clone())
                .collect();
            p.lines.push(fill(
                app.t(S::ImportCustomer),
                &[
                    &cut.customer,
                    &customer.map_or(0, |s| s.turns),
                    &others.join(", "),
                ],
            ));
            if cut.dropped > 0 {
                p.lines.push(fill(app.t(S::ImportDropped), &[&cut.dropped]));
            }
            p.rows = cut
                .candidates
                .iter()
                .map(|c| format!("{:>4}  {}", c.line, c.text))
                .collect();
            plan
        }),
        Kind::Csv => import::remarks::plan_csv(project, &text, Source::Other),
        Kind::Text => import::remarks::plan_text(project, &text, Source::Other),
    };
    let plan = match planned {
        Ok(plan) => plan,
        Err(rows) => {
            p.lines.clear();
            p.rows.clear();
            p.problems = rows.iter().map(|e| e.to_string()).collect();
            return p;
        }
    };
    // Checked against the project as it is, so what the preview offers will apply.
    if let Err(e) = project.clone().apply(plan.edit.clone()) {
        p.problems = e.problems.iter().map(|x| x.to_string()).collect();
        p.lines.clear();
        p.rows.clear();
        return p;
    }
    let remarks = remarks_of(&plan.edit);
    let ids = match (remarks.first(), remarks.last()) {
        (Some(a), Some(b)) if a.id != b.id => format!("{}–{}", a.id, b.id),
        (Some(a), _) => a.id.to_string(),
        _ => String::new(),
    };
    let head = match kind {
        Kind::Transcript => fill(app.t(S::ImportCandidates), &[&remarks.len(), &ids]),
        _ => fill(app.t(S::ImportRemarks), &[&remarks.len(), &ids]),
    };
    p.lines.insert(0, head);
    let respondents = match &plan.edit {
        Edit::Batch(edits) => edits
            .iter()
            .filter(|e| matches!(e, Edit::Put(Entity::Respondent(_))))
            .count(),
        _ => 0,
    };
    if respondents > 0 {
        p.lines
            .push(fill(app.t(S::ImportRespondents), &[&respondents]));
    }
    if p.rows.is_empty() {
        p.rows = remarks.iter().map(|r| r.text.clone()).collect();
    }
    p.edit = Some(plan.edit);
    p
}
