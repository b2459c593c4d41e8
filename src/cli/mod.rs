//! The command line: clap definitions and the non-interactive subcommands. Each subcommand loads
//! the project, works through the core, and writes files atomically.

/// Messages for a person go through these: control characters in a project's text (a pasted
/// escape sequence) are shown escaped instead of acting on the terminal.
macro_rules! say {
    ($($arg:tt)*) => {
        print!("{}", $crate::model::printable::printable(&format!($($arg)*)))
    };
}
macro_rules! sayln {
    ($($arg:tt)*) => {
        println!("{}", $crate::model::printable::printable(&format!($($arg)*)))
    };
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
mod project;
mod records;
mod review;
mod reviews;
mod settings;
mod show;
mod suggest;
mod survey_import;

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
    Suggest(SuggestArgs),
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
pub struct ImportArgs {
    /// Write even when the project is open in gemba elsewhere (what is saved there later
    /// replaces this import).
    #[arg(long, global = true)]
    pub force: bool,
    /// When the import is refused, write every problem to FILE, one a line (the message shows
    /// the first few of each kind).
    #[arg(long, global = true, value_name = "FILE")]
    pub problems: Option<PathBuf>,
    #[command(flatten)]
    pub input: InputArgs,
    #[command(subcommand)]
    pub command: ImportCommand,
}

/// How every import reads its file: a text file (CSV) in any encoding, or a sheet of a workbook
/// (.xlsx, .xlsm, .xls, .ods; by extension).
#[derive(Debug, Clone, Default, Args)]
pub struct InputArgs {
    /// The text encoding of a CSV or text file: utf-8, utf-16le, utf-16be, gbk or gb18030
    /// (default: found from the byte-order mark or the bytes).
    #[arg(long, global = true, value_parser = clap::builder::ValueParser::new(
        |s: &str| s.parse::<crate::import::source::Encoding>()))]
    pub encoding: Option<crate::import::source::Encoding>,
    /// The sheet of a workbook to read (default: the first).
    #[arg(long, global = true, value_name = "NAME")]
    pub sheet: Option<String>,
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

impl ImportCommand {
    /// The project file the import writes.
    pub fn path(&self) -> &Path {
        match self {
            ImportCommand::Remarks(a) => &a.path,
            ImportCommand::Planning(a) => &a.path,
            ImportCommand::Responses(a)
            | ImportCommand::Respondents(a)
            | ImportCommand::Pairwise(a)
            | ImportCommand::Characteristics(a) => &a.path,
            ImportCommand::Relationships(a) => &a.path,
            ImportCommand::Reviews(a) => &a.path,
            ImportCommand::Survey(a) => &a.path,
            ImportCommand::Transcript(a) => &a.path,
        }
    }
    /// Whether the command may write the project (a dry run or a guessed map does not, so it
    /// needs no lock: the project may be open elsewhere).
    pub fn writes(&self) -> bool {
        !match self {
            ImportCommand::Survey(a) => a.dry_run || a.guess,
            ImportCommand::Transcript(a) => a.dry_run,
            ImportCommand::Reviews(a) => a.dry_run,
            _ => false,
        }
    }
    /// The file the import reads.
    pub fn from(&self) -> &Path {
        match self {
            ImportCommand::Remarks(a) => &a.from,
            ImportCommand::Planning(a) => &a.from,
            ImportCommand::Responses(a)
            | ImportCommand::Respondents(a)
            | ImportCommand::Pairwise(a)
            | ImportCommand::Characteristics(a) => &a.from,
            ImportCommand::Relationships(a) => &a.from,
            ImportCommand::Reviews(a) => &a.from,
            ImportCommand::Survey(a) => &a.from,
            ImportCommand::Transcript(a) => &a.from,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Remarks from plain text (one per line) or CSV (a `text` column and optional source,
    /// respondent, segment, who, where, when, why, what, how, tags).
    Remarks(ImportRemarksArgs),
    /// Reviews or complaints: a text column (text, review, comment, content, 评论, 内容 …) and
    /// optional rating, date, channel and product (评分, 日期, 渠道, 产品); the rating, channel and
    /// product become tags, the date the scene's "when". Near-duplicates are reported.
    Reviews(ImportReviewsArgs),
    /// An interview transcript (text or Markdown) of speaker turns ("Q:"/"A:",
    /// "Interviewer:"/"Customer:", "访谈者："/"受访者：", "Name: "): the customer's sentences, with
    /// fillers left out, become candidate remarks of source interview from the customer as
    /// respondent, to accept, edit or drop on the Remarks step.
    Transcript(ImportTranscriptArgs),
    /// A planning table as written by `export --table planning --format csv`.
    Planning(ImportPlanningArgs),
    /// Survey answers: CSV with respondent,segment,quality,question,answer (a prompt column is
    /// ignored). question: importance, satisfaction, satisfaction:<competitor>, kano-functional,
    /// kano-dysfunctional, or voc-scene|voc-purchase|voc-wish|voc-trouble (added as remarks);
    /// quality: id or exact text. Rows with an empty answer are skipped.
    Responses(analysis::ImportFileArgs),
    /// Respondents: CSV with label and optional segment (name or id) and segment_weight; every
    /// other column is an attribute (age band, gender, region). A known label is updated.
    Respondents(analysis::ImportFileArgs),
    /// AHP judgements: CSV with a,b,value, where a and b are sibling qualities or groups (ids or
    /// exact texts) and a is value times as important as b (1/9 … 9, 1/3 accepted).
    Pairwise(analysis::ImportFileArgs),
    /// House of Quality characteristics: CSV with name and optional id, unit, direction
    /// (max/min/nominal), ours, competitor:<name>, target, difficulty (1–5); no id adds one.
    Characteristics(analysis::ImportFileArgs),
    /// The House of Quality matrix: CSV with a quality column (id or exact text) and one column
    /// per characteristic (id or name) holding ◎ ○ △ or a value of the scale; blank clears. The
    /// CSV of `export --table hoq` reads back as it is (its weight and summary rows are skipped).
    Relationships(ImportRelationshipsArgs),
    /// A wide survey export (a workbook, or CSV in any encoding), one row per respondent, read
    /// through a map (RON) of its columns: respondent, segment, attributes, open questions (added
    /// as remarks), rating grids (importance, satisfaction, competitor) and Kano pairs. --guess
    /// writes a starting map from the header; --dry-run shows what would be added.
    Survey(survey_import::ImportSurveyArgs),
}

#[derive(Debug, Args)]
pub struct ImportRelationshipsArgs {
    /// The project file (.ron) to update.
    pub path: PathBuf,
    /// The CSV or workbook (.xlsx) to read.
    #[arg(long)]
    pub from: PathBuf,
    /// The numbers behind ◎ ○ △: 9-3-1 or 5-3-1 (sets the project's scale; default: keep it).
    #[arg(long, value_parser = clap::builder::ValueParser::new(parse_relation_scale))]
    pub scale: Option<crate::model::RelationScale>,
}

fn parse_relation_scale(s: &str) -> Result<crate::model::RelationScale, String> {
    match s.trim() {
        "9-3-1" | "931" => Ok(crate::model::RelationScale::NineThreeOne),
        "5-3-1" | "531" => Ok(crate::model::RelationScale::FiveThreeOne),
        _ => Err(format!(
            "'{s}' is not a relationship scale; use 9-3-1 or 5-3-1"
        )),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RemarksFormat {
    Text,
    Csv,
}

#[derive(Debug, Args)]
pub struct ImportRemarksArgs {
    /// The project file (.ron) to add to.
    pub path: PathBuf,
    /// The file to read.
    #[arg(long)]
    pub from: PathBuf,
    /// The file's format; by default CSV for a .csv file, else plain text (a workbook such as
    /// .xlsx is always read as a table).
    #[arg(long, value_enum)]
    pub format: Option<RemarksFormat>,
    /// Source of remarks that do not name one, e.g. interview, complaint, questionnaire:wish.
    #[arg(long, default_value = "other", value_parser = clap::builder::ValueParser::new(parse_source))]
    pub source: Source,
}

#[derive(Debug, Args)]
pub struct ImportReviewsArgs {
    /// The project file (.ron) to add to.
    pub path: PathBuf,
    /// The CSV or workbook to read.
    #[arg(long)]
    pub from: PathBuf,
    /// The column holding the text, when it has none of the usual names.
    #[arg(long, value_name = "COLUMN")]
    pub text_column: Option<String>,
    /// review (source other, tagged review), complaint, or any remark source.
    #[arg(long, default_value = "review")]
    pub source: String,
    /// Leave out reviews whose text is nearly that of a remark or an earlier review.
    #[arg(long)]
    pub skip_duplicates: bool,
    /// The cosine similarity (0–1) from which two texts are near-duplicates.
    #[arg(long, default_value_t = 0.9, value_parser = parse_threshold)]
    pub threshold: f64,
    /// Show what would be imported and every problem; change nothing.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct ImportTranscriptArgs {
    /// The project file (.ron) to add to.
    pub path: PathBuf,
    /// The transcript to read (.txt or .md; UTF-8, UTF-16 or GBK).
    #[arg(long)]
    pub from: PathBuf,
    /// The customer's label in the transcript (needed when more than one person answers, or
    /// nobody clearly asks the questions).
    #[arg(long, value_name = "LABEL")]
    pub speaker: Option<String>,
    /// The respondent the remarks are from (found by label or added); default: the customer's
    /// label.
    #[arg(long, value_name = "LABEL")]
    pub respondent: Option<String>,
    /// Show the candidate remarks with their line numbers and change nothing.
    #[arg(long)]
    pub dry_run: bool,
}

fn parse_threshold(s: &str) -> Result<f64, String> {
    match s.trim().parse::<f64>() {
        Ok(t) if (0.0..=1.0).contains(&t) && t > 0.0 => Ok(t),
        _ => Err(format!(
            "'{s}' is not a similarity; give a number above 0 and at most 1"
        )),
    }
}

#[derive(Debug, Args)]
pub struct ImportPlanningArgs {
    /// The project file (.ron) to update.
    pub path: PathBuf,
    /// The CSV or workbook (.xlsx) to read.
    #[arg(long)]
    pub from: PathBuf,
    /// Add competitors named by `competitor:<name>` columns that the project does not have yet
    /// (a project without competitors takes them from the header anyway).
    #[arg(long)]
    pub add_competitors: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SuggestFormat {
    /// Readable islands and duplicate pairs (the default for a project).
    Text,
    /// One row per card, in input order, with its cluster number (the default for --csv).
    Csv,
    /// An array of clusters with their names and members.
    Json,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("input").required(true).args(["path", "csv"])))]
#[command(group(clap::ArgGroup::new("cut").args(["clusters", "island_size"])))]
pub struct SuggestArgs {
    /// The project file (.ron) whose unplaced cards to group.
    pub path: Option<PathBuf>,
    /// Group the remarks of this CSV file instead of a project's cards.
    #[arg(long, value_name = "FILE")]
    pub csv: Option<PathBuf>,
    /// The CSV column holding the remarks.
    #[arg(long, default_value = "text")]
    pub text_column: String,
    /// Cut into exactly this many clusters.
    #[arg(long, value_name = "K", value_parser = parse_count)]
    pub clusters: Option<usize>,
    /// Cut into islands of about this many cards (at most N + N/2) [default: 5].
    #[arg(long, value_name = "N", value_parser = parse_count)]
    pub island_size: Option<usize>,
    /// Pairs of cards at least this similar (cosine, 0–1) are listed as near-duplicates.
    #[arg(long, value_name = "SIMILARITY", default_value_t = 0.8, value_parser = parse_share)]
    pub duplicates: f64,
    /// Output format; by default text for a project and csv for --csv.
    #[arg(long, value_enum)]
    pub format: Option<SuggestFormat>,
}

fn parse_count(s: &str) -> Result<usize, String> {
    match s.trim().parse::<usize>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err(format!("'{s}' is not a whole number of at least 1")),
    }
}

fn parse_share(s: &str) -> Result<f64, String> {
    match crate::model::number::parse_number(s) {
        Ok(x) if (0.0..=1.0).contains(&x) => Ok(x),
        Ok(_) => Err(format!("'{s}' is not a number from 0 to 1")),
        Err(e) => Err(format!("{e}; give a number from 0 to 1")),
    }
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
        (Some(Command::Import(a)), _) => {
            if let Some(list) = &a.problems {
                // The list replaces its file: never the project or the file being read.
                let same = |other: &Path| {
                    list == other
                        || std::fs::canonicalize(list)
                            .is_ok_and(|l| std::fs::canonicalize(other).is_ok_and(|o| l == o))
                };
                if same(a.command.path()) || same(a.command.from()) {
                    bail!(
                        "--problems {}: give a new file for the list of problems, not the project \
                         or the file being imported",
                        list.display()
                    );
                }
            }
            let _lock = if a.command.writes() {
                write_lock(a.command.path(), a.force)?
            } else {
                None
            };
            let input = &a.input;
            let result = match a.command {
                ImportCommand::Remarks(a) => exchange::import_remarks(&a, input),
                ImportCommand::Reviews(a) => reviews::import_reviews(&a, input),
                ImportCommand::Planning(a) => exchange::import_planning(&a, input),
                ImportCommand::Characteristics(a) => exchange::import_characteristics(&a, input),
                ImportCommand::Relationships(a) => exchange::import_relationships(&a, input),
                ImportCommand::Responses(a) => analysis::import_responses(&a, input),
                ImportCommand::Pairwise(a) => analysis::import_pairwise(&a, input),
                ImportCommand::Respondents(a) => settings::import_respondents(&a, input),
                ImportCommand::Survey(s) => survey_import::import_survey(&s, input, a.force),
                ImportCommand::Transcript(a) => exchange::import_transcript(&a, input),
            };
            exchange::list_problems(result, a.problems.as_deref())
        }
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
