//! `gemba import`: its arguments (how every import reads its file, and one command per kind of
//! file) and the dispatch to each import under the project's lock.

use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use clap::{Args, Subcommand, ValueEnum};

use super::{
    Outcome, analysis, exchange, parse_source, reviews, settings, survey_import, write_lock,
};
use crate::model::Source;

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

/// Runs an import: the list of problems goes to a new file, and a project the import writes is
/// locked while it does.
pub(super) fn run(a: ImportArgs) -> Result<Outcome> {
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
