//! The Report step: choose what to write (the full report and any tables), the format and the
//! folder, then write the files one by one, showing progress; Esc stops what is left.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};

use super::{App, Input, Mode, Question, Target};
use crate::export::{self, Format, Options, TableKind, report};
use crate::tui::action::Command;
use crate::tui::strings::{S, fill};
use crate::tui::widgets::text_input::TextInput;

/// A line of the list: the full report or one table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    Report,
    Table(TableKind),
}

impl Entry {
    pub fn all() -> Vec<Entry> {
        let mut v = vec![Entry::Report];
        v.extend(TableKind::ALL.iter().map(|t| Entry::Table(*t)));
        v
    }
}

/// The formats offered, in the order `f` cycles through them.
pub const FORMATS: [Format; 5] = [
    Format::Html,
    Format::Xlsx,
    Format::Markdown,
    Format::Csv,
    Format::Json,
];

#[derive(Debug, Clone, PartialEq)]
pub struct Job {
    pub entry: Entry,
    pub path: PathBuf,
}

/// One line of the log under the list.
#[derive(Debug, Clone, PartialEq)]
pub struct Written {
    pub text: String,
    pub error: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ReportState {
    pub cursor: usize,
    pub chosen: Vec<bool>,
    pub format: usize,
    /// Where files go; none means beside the project file.
    pub folder: Option<PathBuf>,
    pub include_respondents: bool,
    pub jobs: VecDeque<Job>,
    pub total: usize,
    pub log: Vec<Written>,
    /// Files that exist: a second `write` overwrites them.
    pub confirm: Vec<PathBuf>,
}

impl Default for ReportState {
    fn default() -> Self {
        let entries = Entry::all();
        ReportState {
            cursor: 0,
            // The full report is what most people want.
            chosen: entries.iter().map(|e| *e == Entry::Report).collect(),
            format: 0,
            folder: None,
            include_respondents: false,
            jobs: VecDeque::new(),
            total: 0,
            log: Vec::new(),
            confirm: Vec::new(),
        }
    }
}

impl ReportState {
    pub fn format(&self) -> Format {
        FORMATS[self.format % FORMATS.len()]
    }

    pub fn busy(&self) -> bool {
        !self.jobs.is_empty()
    }
}

/// The folder files go to.
pub fn folder(app: &App) -> PathBuf {
    app.report
        .folder
        .clone()
        .unwrap_or_else(|| match app.path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        })
}

/// The file an entry is written to, in the chosen format (the full report falls back to HTML
/// for formats that cannot hold a whole document).
pub fn target(app: &App, entry: Entry) -> PathBuf {
    let stem = app
        .path
        .file_stem()
        .map_or("gemba".into(), |s| s.to_string_lossy().into_owned());
    let format = app.report.format();
    let name = match entry {
        Entry::Report => {
            let ext = match format {
                Format::Markdown => "md",
                Format::Xlsx => "xlsx",
                _ => "html",
            };
            format!("{stem}-report.{ext}")
        }
        Entry::Table(t) => format!("{stem}-{}.{}", t.name(), format.name()),
    };
    folder(app).join(name)
}

/// The files the current choices would write.
pub fn planned(app: &App) -> Vec<Job> {
    Entry::all()
        .into_iter()
        .zip(&app.report.chosen)
        .filter(|(_, c)| **c)
        .map(|(entry, _)| Job {
            entry,
            path: target(app, entry),
        })
        .collect()
}

/// Handles a command on the Report step; false when it is not one of this step's.
pub fn command(app: &mut App, cmd: Command) -> bool {
    let n = Entry::all().len();
    match cmd {
        Command::Up => app.report.cursor = app.report.cursor.saturating_sub(1),
        Command::Down => app.report.cursor = (app.report.cursor + 1).min(n - 1),
        Command::First => app.report.cursor = 0,
        Command::Last => app.report.cursor = n - 1,
        Command::ReportToggle => {
            let c = app.report.cursor;
            app.report.chosen[c] = !app.report.chosen[c];
            app.report.confirm.clear();
            app.report.log.clear();
        }
        Command::ReportFormat => {
            app.report.format = (app.report.format + 1) % FORMATS.len();
            app.report.confirm.clear();
            app.report.log.clear();
        }
        Command::ReportRespondents => {
            app.report.include_respondents = !app.report.include_respondents
        }
        Command::ReportFolder => {
            let field = TextInput::new(folder(app).display().to_string());
            app.mode = Mode::Input(Input {
                target: Target::ReportFolder,
                field,
            });
        }
        Command::ReportWrite => write(app),
        Command::Cancel if app.report.busy() => {
            let left = app.report.jobs.len();
            app.report.jobs.clear();
            app.info(fill(app.t(S::ReportStopped), &[&left]));
        }
        _ => return false,
    }
    true
}

/// Sets the folder typed into the input; offers to create one that does not exist.
pub fn set_folder(app: &mut App, text: &str) {
    let path = PathBuf::from(text);
    if path.is_dir() {
        app.report.folder = Some(path);
        app.report.confirm.clear();
    } else if path.exists() {
        app.error(fill(app.t(S::ReportNotAFolder), &[&text]));
    } else {
        app.mode = Mode::Ask(Question::CreateFolder(path));
    }
}

/// The answer to `Question::CreateFolder`: yes creates the folder (and any missing above it),
/// chooses it and writes the chosen files there.
pub fn create_folder(app: &mut App, path: PathBuf, yes: bool) {
    if !yes {
        app.info(fill(app.t(S::ReportFolderKept), &[&folder(app).display()]));
        return;
    }
    match std::fs::create_dir_all(&path) {
        Ok(()) => {
            app.report.folder = Some(path);
            app.report.confirm.clear();
            write(app);
        }
        Err(e) => app.error(fill(app.t(S::ReportCreateFailed), &[&path.display(), &e])),
    }
}

fn write(app: &mut App) {
    if app.report.busy() {
        return;
    }
    let jobs = planned(app);
    if jobs.is_empty() {
        app.error(app.t(S::ReportNothing));
        return;
    }
    let existing: Vec<PathBuf> = jobs
        .iter()
        .filter(|j| j.path.exists())
        .map(|j| j.path.clone())
        .collect();
    if !existing.is_empty() && app.report.confirm != existing {
        let names: Vec<String> = existing.iter().map(|p| file_name(p)).collect();
        app.error(fill(
            app.t(S::ReportExists),
            &[
                &names.join(", "),
                &app.keymap.keys_text(Command::ReportWrite),
            ],
        ));
        app.report.confirm = existing;
        return;
    }
    app.report.confirm.clear();
    app.report.total = jobs.len();
    app.report.log.clear();
    app.report.jobs = jobs.into();
}

fn file_name(p: &Path) -> String {
    p.file_name().map_or_else(
        || p.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Writes the next file of the queue; the event loop calls this between draws so progress shows.
pub fn work(app: &mut App) {
    let Some(job) = app.report.jobs.pop_front() else {
        return;
    };
    let options = Options {
        include_respondents: app.report.include_respondents,
    };
    // A report that fails to build is a line in the log, not the end of the workshop.
    let built = crate::tui::guard::contained(|| match job.entry {
        Entry::Report => {
            let blocks = report::build(&app.project, options);
            let p = app.project.meta.precision;
            match job.path.extension().and_then(|e| e.to_str()) {
                Some("md") => Ok(report::to_markdown(&blocks, p).into_bytes()),
                Some("xlsx") => report::to_xlsx(&blocks, p),
                _ => Ok(report::to_html(&blocks, p, report::is_chinese(&app.project)).into_bytes()),
            }
        }
        // Tables speak the language of the report beside them: headers in the formats for
        // reading, Kano types in all (CSV and JSON keep their column names).
        Entry::Table(t) => {
            let lang = if report::is_chinese(&app.project) {
                crate::model::Language::Zh
            } else {
                crate::model::Language::En
            };
            export::export_in(&app.project, t, app.report.format(), options, Some(lang))
        }
    });
    let bytes = built.unwrap_or_else(|| Err(app.t(S::ReportBuildFailed).to_string()));
    // A failure to write already names the file; one to build the bytes does not.
    let result = bytes
        .map_err(|e| format!("{}: {e}", job.path.display()))
        .and_then(|b| {
            let len = b.len();
            crate::store::write_atomic(&job.path, &b)
                .map(|()| len)
                .map_err(|e| e.to_string())
        });
    let line = match result {
        Ok(len) => Written {
            text: format!("✓ {} ({})", job.path.display(), size(len)),
            error: false,
        },
        Err(e) => Written {
            text: format!("✗ {e}"),
            error: true,
        },
    };
    app.report.log.push(line);
    if app.report.jobs.is_empty() {
        let failed = app.report.log.iter().filter(|l| l.error).count();
        if failed == 0 {
            app.info(fill(
                app.t(S::ReportDone),
                &[&app.report.log.len(), &folder(app).display()],
            ));
        } else {
            app.error(fill(app.t(S::ReportFailed), &[&failed]));
        }
    }
}

fn size(bytes: usize) -> String {
    if bytes < 1024 {
        format!("{bytes} B")
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    }
}

#[cfg(test)]
mod tests;
