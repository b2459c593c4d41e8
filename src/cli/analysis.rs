//! Subcommands for surveys, Kano and AHP: survey forms, importing answers and pairwise
//! judgements, project settings, and the survey/AHP lines of `show`.

use std::path::PathBuf;

use anyhow::{Result, bail};
use clap::{Args, Subcommand, ValueEnum};

use super::{Outcome, load, write_output};
use crate::export::form::{self, Lang};
use crate::import;
use crate::method::targets;
use crate::model::{Edit, EntityId, ImportanceSource, Question, SatisfactionSource};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormKind {
    /// The four open VOC questions about the theme, with respondent fields.
    Voc,
    /// Importance and satisfaction (ours and each competitor's) for every quality.
    Rating,
    /// The functional and dysfunctional Kano question for every quality.
    Kano,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormFormat {
    /// Printable Markdown.
    Md,
    /// A printable HTML page.
    Html,
    /// One row per answer, to fill in and read back with `gemba import responses`.
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    En,
    Zh,
}

#[derive(Debug, Args)]
pub struct SurveyArgs {
    /// The project file (.ron).
    pub path: PathBuf,
    /// Which form.
    #[arg(long, value_enum)]
    pub kind: FormKind,
    /// Output format; the CSV form is filled in (respondent, segment, answer) and imported with
    /// `gemba import responses`.
    #[arg(long, value_enum, default_value = "md")]
    pub format: FormFormat,
    /// The form's language; by default Chinese when the project's title, theme or scope holds
    /// Chinese characters, else English.
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// Write to this file instead of standard output.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Overwrite the output file if it exists.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct ImportFileArgs {
    /// The project file (.ron) to add to.
    pub path: PathBuf,
    /// The CSV or workbook (.xlsx) to read.
    #[arg(long)]
    pub from: PathBuf,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportanceArg {
    /// The importance entered for each quality.
    Direct,
    /// The mean of the survey's importance ratings (segment-weighted when segments carry weights).
    Survey,
    /// The AHP global priority of each quality, in percent.
    Ahp,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SatisfactionArg {
    /// Current and competitor satisfaction as entered for each quality.
    Direct,
    /// The means of the survey's satisfaction ratings.
    Survey,
}

/// Project settings; each change is saved at once.
#[derive(Debug, Subcommand)]
pub enum SetCommand {
    /// Where the planning matrix takes importance from: direct, survey or ahp.
    ImportanceSource {
        /// The project file (.ron).
        path: PathBuf,
        #[arg(value_enum)]
        source: ImportanceArg,
    },
    /// Where the planning matrix takes current and competitor satisfaction from: direct or
    /// survey.
    SatisfactionSource {
        /// The project file (.ron).
        path: PathBuf,
        #[arg(value_enum)]
        source: SatisfactionArg,
    },
    /// Write each surveyed quality's Kano category into its Kano type.
    ///
    /// All six categories are written as they are: attractive, one-dimensional, must-be,
    /// indifferent, reverse, questionable. Qualities without Kano answers keep their type.
    KanoTypes {
        /// The project file (.ron).
        path: PathBuf,
    },
    /// The project's title.
    Title {
        /// The project file (.ron).
        path: PathBuf,
        value: String,
    },
    /// The product or service studied.
    Theme {
        /// The project file (.ron).
        path: PathBuf,
        value: String,
    },
    /// The theme made concrete (who uses it, where).
    Scope {
        /// The project file (.ron).
        path: PathBuf,
        value: String,
    },
    /// The rating scale, as lowest-highest: 1-5, 1-7, 1-10. Refused, naming them, while ratings
    /// or survey answers lie outside the new scale.
    Scale {
        /// The project file (.ron).
        path: PathBuf,
        value: String,
    },
    /// Decimal places shown on screens and in rounded exports (0 to 6).
    Precision {
        /// The project file (.ron).
        path: PathBuf,
        value: String,
    },
    /// The language of reports, forms and `show`: en, zh or auto (follow the project's text).
    Lang {
        /// The project file (.ron).
        path: PathBuf,
        value: String,
    },
    /// A segment's weight when survey means are combined (0 or more; none for equal weight).
    SegmentWeight {
        /// The project file (.ron).
        path: PathBuf,
        /// The segment's id (S2) or exact name.
        segment: String,
        /// The weight, or none to count the segment like every other.
        #[arg(allow_hyphen_values = true)]
        weight: String,
    },
    /// Set planned levels (targets) by a rule: best-competitor, current-plus or scale-max.
    ///
    /// Targets are kept on the rating scale and set as one edit. Rows the rule has nothing to
    /// start from (no competitor ratings, no current satisfaction) are left as they are and listed.
    Targets {
        /// The project file (.ron).
        path: PathBuf,
        #[arg(value_enum)]
        rule: TargetArg,
        /// The step for current-plus.
        #[arg(long, default_value_t = 1.0)]
        by: f64,
        /// Only these qualities (ids, or exact texts without commas; repeat or separate by commas);
        /// all by default.
        #[arg(long = "quality", value_delimiter = ',')]
        qualities: Vec<String>,
    },
    /// One demanded quality's text, Kano type, origin, tags, island, items, order or dismissed
    /// wording hints.
    Quality(super::records::QualityArgs),
    /// One island's title, parent or order.
    Group(super::records::GroupArgs),
    /// One remark's text, source, respondent, segment, tags or scene (5W1H).
    Remark(super::records::RemarkArgs),
    /// One characteristic's name, unit, direction, target, difficulty, measured values or order.
    Characteristic(super::records::CharacteristicArgs),
    /// One item's text or the remarks it was drawn from.
    Item(super::fields::ItemArgs),
    /// One competitor's name or position in the planning table.
    Competitor(super::fields::CompetitorArgs),
    /// One segment's name or weight.
    Segment(super::fields::SegmentArgs),
    /// One respondent's label, segment or attributes.
    Respondent(super::fields::RespondentArgs),
    /// One quality's planning values: importance, current and competitor satisfaction, planned
    /// level, sales point.
    Planning(super::fields::PlanningArgs),
    /// One cell of the House of Quality matrix: how strongly a characteristic realises a
    /// demanded quality.
    Relationship(super::fields::RelationshipArgs),
    /// One cell of the House of Quality roof: how two characteristics pull on each other.
    Correlation(super::fields::CorrelationArgs),
    /// One merge conflict left by `gemba merge` (or all with --all): --settled keeps the value
    /// the record holds now and removes the entry.
    Conflict(super::fields::ConflictArgs),
    /// The numbers behind ◎ ○ △ in the House of Quality: 9-3-1 or 5-3-1.
    RelationScale {
        /// The project file (.ron).
        path: PathBuf,
        value: String,
    },
}

impl SetCommand {
    /// The project file the change writes.
    pub fn path(&self) -> &std::path::Path {
        match self {
            SetCommand::ImportanceSource { path, .. }
            | SetCommand::SatisfactionSource { path, .. }
            | SetCommand::KanoTypes { path }
            | SetCommand::Targets { path, .. }
            | SetCommand::Title { path, .. }
            | SetCommand::Theme { path, .. }
            | SetCommand::Scope { path, .. }
            | SetCommand::Scale { path, .. }
            | SetCommand::Precision { path, .. }
            | SetCommand::Lang { path, .. }
            | SetCommand::SegmentWeight { path, .. }
            | SetCommand::RelationScale { path, .. } => path,
            SetCommand::Quality(a) => &a.path,
            SetCommand::Group(a) => &a.path,
            SetCommand::Remark(a) => &a.path,
            SetCommand::Characteristic(a) => &a.path,
            SetCommand::Item(a) => &a.path,
            SetCommand::Competitor(a) => &a.path,
            SetCommand::Segment(a) => &a.path,
            SetCommand::Respondent(a) => &a.path,
            SetCommand::Planning(a) => &a.path,
            SetCommand::Correlation(a) => &a.path,
            SetCommand::Relationship(a) => &a.path,
            SetCommand::Conflict(a) => &a.path,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TargetArg {
    /// The best competitor's satisfaction.
    BestCompetitor,
    /// Current satisfaction plus --by.
    CurrentPlus,
    /// The top of the rating scale.
    ScaleMax,
}

pub fn survey(a: &SurveyArgs) -> Result<Outcome> {
    let project = load(&a.path)?;
    let lang = match a.lang {
        Some(LangArg::En) => Lang::En,
        Some(LangArg::Zh) => Lang::Zh,
        None => Lang::of(&project),
    };
    let kind = match a.kind {
        FormKind::Voc => form::Kind::Voc,
        FormKind::Rating => form::Kind::Rating,
        FormKind::Kano => form::Kind::Kano,
    };
    if kind != form::Kind::Voc && project.qualities.is_empty() {
        bail!(
            "{} has no demanded qualities yet; the rating and Kano forms ask about qualities",
            a.path.display()
        );
    }
    let output = match a.format {
        FormFormat::Md => form::Output::Markdown,
        FormFormat::Html => form::Output::Html,
        FormFormat::Csv => form::Output::Csv,
    };
    let text = form::render(&project, kind, lang, output);
    write_output(a.output.as_deref(), a.force, text.as_bytes())?;
    Ok(Outcome::Ok)
}

pub fn import_responses(a: &ImportFileArgs, input: &super::InputArgs) -> Result<Outcome> {
    let project = load(&a.path)?;
    let table = super::exchange::read_table(&a.from, input)?;
    let plan = import::responses::plan_table(&project, &table);
    super::exchange::apply_table(&a.path, &a.from, project, &table, plan)
}

pub fn import_pairwise(a: &ImportFileArgs, input: &super::InputArgs) -> Result<Outcome> {
    let project = load(&a.path)?;
    let table = super::exchange::read_table(&a.from, input)?;
    let plan = import::pairwise::plan_table(&project, &table);
    super::exchange::apply_table(&a.path, &a.from, project, &table, plan)
}

pub fn set(c: &SetCommand) -> Result<Outcome> {
    let path = c.path();
    let mut project = load(path)?;
    let mut meta = project.meta.clone();
    let simple = match super::records::edit(&project, c)? {
        Some(found) => Some(found),
        None => super::settings::edit(&project, c)?,
    };
    if let Some((edit, message)) = simple {
        project
            .apply(edit)
            .map_err(|e| anyhow::anyhow!("{e}; nothing was changed"))?;
        super::save(&project, path)?;
        sayln!("{message}");
        sayln!("saved {}", path.display());
        return Ok(Outcome::Ok);
    }
    let (edit, message) = match c {
        SetCommand::ImportanceSource { source, .. } => {
            meta.importance = match source {
                ImportanceArg::Direct => ImportanceSource::Direct,
                ImportanceArg::Survey => ImportanceSource::Survey,
                ImportanceArg::Ahp => ImportanceSource::Ahp,
            };
            let m = format!("importance now comes from {}", meta.importance.describe());
            (Edit::SetMeta(meta), m)
        }
        SetCommand::SatisfactionSource { source, .. } => {
            meta.satisfaction = match source {
                SatisfactionArg::Direct => SatisfactionSource::Direct,
                SatisfactionArg::Survey => SatisfactionSource::Survey,
            };
            let m = format!(
                "satisfaction now comes from {}",
                meta.satisfaction.describe()
            );
            (Edit::SetMeta(meta), m)
        }
        SetCommand::KanoTypes { .. } => {
            let (edit, n) = crate::method::survey::adopt_kano_types(&project);
            (edit, format!("{n} Kano types changed"))
        }
        SetCommand::Targets {
            rule,
            by,
            qualities,
            ..
        } => {
            let mut ids = Vec::new();
            for q in qualities {
                ids.push(
                    import::responses::find_quality(&project, q.trim())
                        .map_err(anyhow::Error::msg)?,
                );
            }
            let rule = match rule {
                TargetArg::BestCompetitor => targets::Rule::BestCompetitor,
                TargetArg::CurrentPlus => targets::Rule::CurrentPlus(*by),
                TargetArg::ScaleMax => targets::Rule::ScaleMax,
            };
            let (edit, skipped) = targets::edit(&project, &ids, rule);
            let n = match &edit {
                Edit::Batch(e) => e.len(),
                _ => 1,
            };
            let mut m = format!("{} changed", crate::model::count(n, "target", "targets"));
            if !skipped.is_empty() {
                let names: Vec<String> = skipped.iter().map(ToString::to_string).collect();
                m.push_str(&format!(
                    "; left as they were (nothing to start from): {}",
                    names.join(", ")
                ));
            }
            (edit, m)
        }
        _ => unreachable!("settings and records are handled above"),
    };
    project.apply(edit)?;
    super::save(&project, path)?;
    sayln!("{message}");
    sayln!("saved {}", path.display());
    Ok(Outcome::Ok)
}

/// Where the records of a file start, found in one pass so that `check` can point at every one
/// of many thousands of problems without reading the file again for each.
pub struct Lines<'a> {
    /// `id: "R1"` and the starts of one-line tuples (`("Q1", "C2",`), by their text.
    starts: std::collections::HashMap<&'a str, usize>,
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut starts = std::collections::HashMap::new();
        for (i, line) in text.lines().enumerate() {
            let l = line.trim_start();
            if let Some(rest) = l.strip_prefix("id: \"") {
                if let Some(end) = rest.find('"') {
                    starts.entry(&l[..5 + end + 1]).or_insert(i + 1);
                }
            } else if l.starts_with('(') {
                // Every prefix ending at a comma or an opening parenthesis: the keys below are
                // such prefixes.
                for (j, c) in l.char_indices().skip(1) {
                    if c == ',' || c == '(' {
                        starts.entry(&l[..=j]).or_insert(i + 1);
                    }
                }
            }
        }
        Lines { starts }
    }

    /// The line of a record: its `id` line, or for a survey answer, judgement, matrix cell or
    /// roof cell its one-line tuple.
    pub fn of(&self, id: EntityId) -> Option<usize> {
        let keys: Vec<String> = match id {
            EntityId::Response(k) => {
                let q = match k.question {
                    Question::Competitor(c) => format!("Competitor(\"{c}\","),
                    q => format!("{q:?}("),
                };
                vec![format!("(\"{}\", \"{}\", {q}", k.quality, k.respondent)]
            }
            EntityId::Judgement(k) => {
                let parent = k
                    .parent
                    .map_or_else(|| "None".to_string(), |g| format!("\"{g}\""));
                vec![
                    format!("({parent}, \"{}\", \"{}\",", k.low, k.high),
                    format!("({parent}, \"{}\", \"{}\",", k.high, k.low),
                ]
            }
            EntityId::Relationship(k) => {
                vec![format!("(\"{}\", \"{}\",", k.quality, k.characteristic)]
            }
            EntityId::Correlation(k) => vec![
                format!("(\"{}\", \"{}\",", k.low, k.high),
                format!("(\"{}\", \"{}\",", k.high, k.low),
            ],
            other => vec![format!("id: \"{other}\"")],
        };
        keys.iter()
            .filter_map(|k| self.starts.get(k.as_str()).copied())
            .min()
    }
}
