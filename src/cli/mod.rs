//! The command line: clap definitions and the non-interactive subcommands. Each subcommand loads
//! the project, works through the core, and writes files atomically.

/// Messages for a person go through these: control characters in a project's text (a pasted
/// escape sequence) are shown escaped instead of acting on the terminal.
/// A closed standard output ends the printing, not the command (see `write_lock`).
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let raw = format!($($arg)*);
        let _ = write!(std::io::stdout(), "{}", $crate::model::printable::printable(&raw));
    }};
}
macro_rules! sayln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let raw = format!($($arg)*);
        let _ = writeln!(std::io::stdout(), "{}", $crate::model::printable::printable(&raw));
    }};
}
macro_rules! tell {
    ($($arg:tt)*) => {
        eprintln!("{}", $crate::model::printable::printable(&format!($($arg)*)))
    };
}

mod add;
mod analysis;
mod exchange;
mod fields;
mod import_command;
mod project;
mod records;
mod review;
mod reviews;
mod settings;
mod show;
mod suggest;
mod survey_import;

pub use import_command::{
    ImportArgs, ImportCommand, ImportPlanningArgs, ImportRelationshipsArgs, ImportRemarksArgs,
    ImportReviewsArgs, ImportTranscriptArgs, InputArgs, RemarksFormat,
};
pub use show::summary;

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::export::{Format, TableKind};
use crate::import::{self, ImportError, RowError};
use crate::model::tree::Tree;
use crate::model::{Project, QualityId, Source};
use crate::store;
use crate::tui::strings::Lang;

/// Customer-needs elicitation in the QFD tradition: from raw customer remarks to a weighted,
/// targeted demanded-quality table.
#[derive(Debug, Parser)]
#[command(name = "gemba", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// A project file to open in the workshop screens (created if it does not exist yet).
    pub path: Option<PathBuf>,
    /// Show everything, change nothing (for reviewers).
    #[arg(long)]
    pub read_only: bool,
    /// The language of the screens: en or zh (default: the config file, then the locale).
    #[arg(long, value_parser = clap::builder::ValueParser::new(|s: &str| s.parse::<Lang>()))]
    pub lang: Option<Lang>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Open a project in the workshop screens.
    Open(OpenArgs),
    /// Create a new, empty project file.
    New(NewArgs),
    /// Load and validate a project; exit 1 and list every problem if it is not valid.
    Check(PathArg),
    /// Print a summary: counts per workflow step, incomplete planning rows, the top weights.
    Show(PathArg),
    /// Write a table of the project as Markdown, CSV, HTML, XLSX or JSON.
    Export(ExportArgs),
    /// Write the whole workshop as one document: HTML, Markdown or XLSX (by the file's extension).
    Report(ReportArgs),
    /// Read remarks, reviews, interview transcripts, survey exports and answers, respondents,
    /// planning tables, pairwise judgements or the House of Quality, from CSV, text or a workbook
    /// (all or nothing).
    Import(ImportArgs),
    /// Suggest islands of close meaning, with names and near-duplicates: for the unplaced cards
    /// of a project, or for any list of remarks in a CSV file. Nothing is changed.
    Suggest(suggest::SuggestArgs),
    /// Write a survey form (VOC questionnaire, rating or Kano form) as md, html or a fillable csv.
    Survey(analysis::SurveyArgs),
    /// Change settings or values in one step: title, theme, scope, scale, precision, lang,
    /// segment-weight, relation-scale, importance-source, satisfaction-source, kano-types,
    /// targets, and the fields of one quality, planning row, group, remark, item, segment,
    /// respondent, competitor, characteristic, matrix cell or roof cell; settle a merge conflict.
    Set(SetArgs),
    /// Create one record with the next free id and print it: remark, item, quality, group,
    /// segment, respondent, competitor or characteristic.
    Add(add::AddArgs),
    /// What changed between two versions of a project, by id: records, fields, tree moves,
    /// weights and rankings. With one file, against its version in git's HEAD.
    Diff(review::DiffArgs),
    /// Merge two versions of a project by id (usable as a git merge driver): additions of both
    /// sides kept, clashing ids renumbered, conflicts listed.
    Merge(review::MergeArgs),
    /// git's external diff driver (set `diff.gemba.command` to `gemba git-diff`); see
    /// docs/review.md.
    #[command(hide = true)]
    GitDiff(review::GitDiffArgs),
    /// git's text converter (set `diff.gemba.textconv` to `gemba git-textconv`): one line per
    /// field, for `git log -p`; see docs/review.md.
    #[command(hide = true)]
    GitTextconv(PathArg),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `gemba man > gemba.1`.
    Man,
}

#[derive(Debug, Args)]
pub struct OpenArgs {
    /// The project file (.ron); offered to be created if it does not exist.
    pub path: PathBuf,
    /// Show everything, change nothing (for reviewers).
    #[arg(long)]
    pub read_only: bool,
    /// The language of the screens: en or zh (default: the config file, then the locale).
    #[arg(long, value_parser = clap::builder::ValueParser::new(|s: &str| s.parse::<Lang>()))]
    pub lang: Option<Lang>,
    /// Read-only, showing every save of the file at once (a second terminal on the projector
    /// while the facilitator works elsewhere).
    #[arg(long)]
    pub follow: bool,
}

#[derive(Debug, Args)]
pub struct PathArg {
    /// The project file (.ron).
    pub path: PathBuf,
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// Where to create the project file; an existing file is never overwritten.
    pub path: PathBuf,
    /// The project's title.
    #[arg(long)]
    pub title: String,
    /// The product or service studied.
    #[arg(long, default_value = "")]
    pub theme: String,
    /// The theme made concrete (who uses it, where).
    #[arg(long, default_value = "")]
    pub scope: String,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The project file (.ron).
    pub path: PathBuf,
    /// Which table: voc, items, qualities, deployment, planning, trace, survey, kano, ahp or
    /// ahp-consistency.
    #[arg(long, value_parser = clap::builder::ValueParser::new(|s: &str| s.parse::<TableKind>()))]
    pub table: TableKind,
    /// Output format: md, csv, html, xlsx (needs -o), json, or dot (trace only).
    #[arg(long, default_value = "md", value_parser = clap::builder::ValueParser::new(|s: &str| s.parse::<Format>()))]
    pub format: Format,
    /// Write to this file instead of standard output.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Overwrite the output file if it exists.
    #[arg(long)]
    pub force: bool,
    /// Include respondents' attributes (age band, …), which are left out by default.
    #[arg(long)]
    pub include_respondents: bool,
    /// Language of the words gemba writes: en or zh in Markdown, HTML and XLSX headers (CSV and JSON keep their column names; Kano types are named in the language).
    #[arg(long, value_parser = clap::builder::ValueParser::new(|s: &str| crate::model::Language::parse(s).ok_or_else(|| format!("unknown language '{s}'; valid: en, zh"))))]
    pub lang: Option<crate::model::Language>,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The project file (.ron).
    pub path: PathBuf,
    /// The report file: .html (one self-contained page), .md or .xlsx.
    #[arg(short, long)]
    pub output: PathBuf,
    /// Overwrite the report file if it exists.
    #[arg(long)]
    pub force: bool,
    /// Include a table of respondents with their attributes (left out by default).
    #[arg(long)]
    pub include_respondents: bool,
    /// Language of the words gemba writes: en or zh (default: the project's language).
    #[arg(long, value_parser = clap::builder::ValueParser::new(|s: &str| crate::model::Language::parse(s).ok_or_else(|| format!("unknown language '{s}'; valid: en, zh"))))]
    pub lang: Option<crate::model::Language>,
    /// An older version of the project: adds a short "what changed" section.
    #[arg(long, value_name = "OLD.ron")]
    pub since: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// Write even when the project is open in gemba elsewhere (what is saved there later
    /// replaces this change).
    #[arg(long, global = true)]
    pub force: bool,
    #[command(subcommand)]
    pub command: analysis::SetCommand,
}

fn parse_source(s: &str) -> Result<Source, String> {
    Source::parse(s).ok_or_else(|| {
        let valid: Vec<String> = Source::ALL.iter().map(|s| s.key()).collect();
        format!("'{s}' is not a source; use one of {}", valid.join(", "))
    })
}

/// What `run` tells `main` to exit with, beyond errors.
pub enum Outcome {
    Ok,
    /// The command ran but found problems (e.g. `check` on an invalid project).
    Problems,
}

pub fn run(cli: Cli) -> Result<Outcome> {
    match (cli.command, cli.path) {
        (Some(Command::Open(a)), _) => project::open(&a.path, a.read_only, a.lang, a.follow),
        (Some(Command::New(a)), _) => project::new(&a),
        (Some(Command::Check(a)), _) => project::check(&a.path),
        (Some(Command::Show(a)), _) => project::show(&a.path),
        (Some(Command::Export(a)), _) => exchange::export(&a),
        (Some(Command::Report(a)), _) => exchange::report(&a),
        (Some(Command::Completions { shell }), _) => {
            use clap::CommandFactory;
            clap_complete::generate(shell, &mut Cli::command(), "gemba", &mut std::io::stdout());
            Ok(Outcome::Ok)
        }
        (Some(Command::Diff(a)), _) => review::diff(&a),
        (Some(Command::Merge(a)), _) => review::merge(&a),
        (Some(Command::GitDiff(a)), _) => review::git_diff(&a),
        (Some(Command::GitTextconv(a)), _) => review::git_textconv(&a.path),
        (Some(Command::Man), _) => {
            use clap::CommandFactory;
            clap_mangen::Man::new(Cli::command()).render(&mut std::io::stdout())?;
            Ok(Outcome::Ok)
        }
        (Some(Command::Import(a)), _) => import_command::run(a),
        (Some(Command::Suggest(a)), _) => suggest::suggest(&a),
        (Some(Command::Survey(a)), _) => analysis::survey(&a),
        (Some(Command::Add(a)), _) => {
            let _lock = write_lock(a.command.path(), a.force)?;
            add::add(&a.command)
        }
        (Some(Command::Set(a)), _) => {
            let _lock = write_lock(a.command.path(), a.force)?;
            analysis::set(&a.command)
        }
        (None, Some(path)) => project::open(&path, cli.read_only, cli.lang, false),
        (None, None) => {
            use clap::CommandFactory;
            Cli::command().print_help()?;
            Ok(Outcome::Ok)
        }
    }
}

/// Holds the project's lock while a command writes it. A project open in gemba elsewhere is
/// refused unless `force`; a lock left by a process that is gone is taken over.
fn write_lock(path: &Path, force: bool) -> Result<Option<store::Lock>> {
    // A command that writes a project must finish and let go of its lock even when whoever
    // reads its output has gone (`gemba add … | head -1`): a closed pipe would otherwise kill it
    // on its "saved" line and leave the lock file behind.
    #[cfg(unix)]
    // SAFETY: the command line runs on one thread; SIG_IGN is a valid disposition for SIGPIPE.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_IGN);
    }
    match store::lock::acquire(path)? {
        store::Acquired::Fresh(l) => Ok(Some(l)),
        store::Acquired::TookOver(l, old) => {
            tell!(
                "took over the lock of {old}: that process is no longer running ({})",
                l.path().display()
            );
            Ok(Some(l))
        }
        store::Acquired::Held(holder) => {
            let who = holder.map_or_else(
                || "another program (the lock file cannot be read)".to_string(),
                |h| h.to_string(),
            );
            if force {
                tell!(
                    "{} is open in gemba by {who}; writing anyway (--force)",
                    path.display()
                );
                Ok(None)
            } else {
                bail!(
                    "{} is open in gemba by {who} (lock file {}); nothing was changed. Close it \
                     there first, or add --force to write anyway (a later save there would \
                     replace this change)",
                    path.display(),
                    store::lock::lock_path(path).display()
                )
            }
        }
    }
}

thread_local! {
    /// What each project file looked like when this command read it, so that its save refuses
    /// to replace a file another program changed meanwhile.
    static READ: std::cell::RefCell<Vec<(PathBuf, store::Stamp)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

pub(super) fn load(path: &Path) -> Result<Project> {
    let (project, stamp) = store::load_stamped(path)?;
    READ.with(|r| r.borrow_mut().push((path.to_path_buf(), stamp)));
    Ok(project)
}

/// Saves a project this command loaded; refuses if the file changed on disk since.
pub(super) fn save(project: &Project, path: &Path) -> Result<()> {
    let known = READ.with(|r| {
        r.borrow()
            .iter()
            .rev()
            .find(|(p, _)| p == path)
            .map(|(_, s)| s.clone())
    });
    store::save_checked(project, path, known.as_ref())?;
    Ok(())
}

/// Writes text to a new file (or stdout when no path is given), atomically.
pub(super) fn write_output(output: Option<&Path>, force: bool, bytes: &[u8]) -> Result<()> {
    match output {
        None => {
            use std::io::{IsTerminal, Write};
            let mut out = std::io::stdout().lock();
            // Shown on a terminal, text from the project never acts on it (an HTML export holding
            // a pasted escape sequence, say); into a pipe or file it goes as it is.
            let shown;
            let bytes = match std::str::from_utf8(bytes) {
                Ok(text) if out.is_terminal() => {
                    shown = crate::model::printable::printable(text).into_owned();
                    shown.as_bytes()
                }
                _ => bytes,
            };
            out.write_all(bytes)?;
            out.flush()?;
        }
        Some(path) => {
            if path.exists() && !force {
                bail!(
                    "{} already exists; add --force to overwrite it",
                    path.display()
                );
            }
            store::write_atomic(path, bytes)?;
            tell!("wrote {}", path.display());
        }
    }
    Ok(())
}

pub(super) fn read_input(path: &Path) -> Result<String> {
    let bytes = fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    String::from_utf8(bytes).map_err(|e| {
        let line = e.as_bytes()[..e.utf8_error().valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1;
        anyhow::anyhow!(
            "{}: line {line}: the file is not valid UTF-8 text",
            path.display()
        )
    })
}

/// Applies an import plan to the project file, or reports every row error with nothing changed.
pub(super) fn apply_import(
    path: &Path,
    from: &Path,
    mut project: Project,
    plan: Result<import::Plan, Vec<RowError>>,
) -> Result<Outcome> {
    let plan = plan
        .map_err(ImportError::Rows)
        .with_context(|| format!("{}: nothing was imported", from.display()))?;
    project
        .apply(plan.edit)
        .map_err(ImportError::Edit)
        .with_context(|| format!("{}: nothing was imported", from.display()))?;
    save(&project, path)?;
    for line in plan.summary {
        sayln!("{line}");
    }
    sayln!("saved {}", path.display());
    Ok(Outcome::Ok)
}
