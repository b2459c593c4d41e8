//! The command line: clap definitions and the non-interactive subcommands. Each subcommand loads
//! the project, works through the core, and writes files atomically.

mod analysis;

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::export::{Format, TableKind};
use crate::import::{self, ImportError, RowError};
use crate::method::planning::Matrix;
use crate::method::trace::Coverage;
use crate::model::tree::Tree;
use crate::model::validate::validate;
use crate::model::{EntityId, Meta, Project, QualityId, Source};
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
    /// Read remarks, a planning table, survey answers or pairwise judgements (all or nothing).
    #[command(subcommand)]
    Import(ImportCommand),
    /// Suggest islands of close meaning, with names and near-duplicates: for the unplaced cards
    /// of a project, or for any list of remarks in a CSV file. Nothing is changed.
    Suggest(SuggestArgs),
    /// Write a survey form (VOC questionnaire, rating or Kano form) as md, html or a fillable csv.
    Survey(analysis::SurveyArgs),
    /// Change settings or values in one step: importance-source, satisfaction-source, kano-types,
    /// targets.
    #[command(subcommand)]
    Set(analysis::SetCommand),
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
}

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Remarks from plain text (one per line) or CSV (a `text` column and optional source,
    /// respondent, segment, who, where, when, why, what, how, tags).
    Remarks(ImportRemarksArgs),
    /// A planning table as written by `export --table planning --format csv`.
    Planning(ImportPlanningArgs),
    /// Survey answers: CSV with respondent,segment,quality,question,answer (a prompt column is
    /// ignored). question: importance, satisfaction, satisfaction:<competitor>, kano-functional,
    /// kano-dysfunctional, or voc-scene|voc-purchase|voc-wish|voc-trouble (added as remarks);
    /// quality: id or exact text. Rows with an empty answer are skipped.
    Responses(analysis::ImportFileArgs),
    /// AHP judgements: CSV with a,b,value, where a and b are sibling qualities or groups (ids or
    /// exact texts) and a is value times as important as b (1/9 … 9, 1/3 accepted).
    Pairwise(analysis::ImportFileArgs),
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
    /// The file's format; by default CSV for a .csv file, else plain text.
    #[arg(long, value_enum)]
    pub format: Option<RemarksFormat>,
    /// Source of remarks that do not name one, e.g. interview, complaint, questionnaire:wish.
    #[arg(long, default_value = "other", value_parser = clap::builder::ValueParser::new(parse_source))]
    pub source: Source,
}

#[derive(Debug, Args)]
pub struct ImportPlanningArgs {
    /// The project file (.ron) to update.
    pub path: PathBuf,
    /// The CSV file to read.
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
    match s.trim().parse::<f64>() {
        Ok(x) if (0.0..=1.0).contains(&x) => Ok(x),
        _ => Err(format!("'{s}' is not a number from 0 to 1")),
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
        (Some(Command::Open(a)), _) => open(&a.path, a.read_only, a.lang),
        (Some(Command::New(a)), _) => new(&a),
        (Some(Command::Check(a)), _) => check(&a.path),
        (Some(Command::Show(a)), _) => show(&a.path),
        (Some(Command::Export(a)), _) => export(&a),
        (Some(Command::Report(a)), _) => report(&a),
        (Some(Command::Completions { shell }), _) => {
            use clap::CommandFactory;
            clap_complete::generate(shell, &mut Cli::command(), "gemba", &mut std::io::stdout());
            Ok(Outcome::Ok)
        }
        (Some(Command::Man), _) => {
            use clap::CommandFactory;
            clap_mangen::Man::new(Cli::command()).render(&mut std::io::stdout())?;
            Ok(Outcome::Ok)
        }
        (Some(Command::Import(ImportCommand::Remarks(a))), _) => import_remarks(&a),
        (Some(Command::Import(ImportCommand::Planning(a))), _) => import_planning(&a),
        (Some(Command::Suggest(a)), _) => suggest(&a),
        (Some(Command::Import(ImportCommand::Responses(a))), _) => analysis::import_responses(&a),
        (Some(Command::Import(ImportCommand::Pairwise(a))), _) => analysis::import_pairwise(&a),
        (Some(Command::Survey(a)), _) => analysis::survey(&a),
        (Some(Command::Set(c)), _) => analysis::set(&c),
        (None, Some(path)) => open(&path, cli.read_only, cli.lang),
        (None, None) => {
            use clap::CommandFactory;
            Cli::command().print_help()?;
            Ok(Outcome::Ok)
        }
    }
}

/// The workshop screens; without a terminal (output piped to a file or a program), the summary.
fn open(path: &Path, read_only: bool, language: Option<Lang>) -> Result<Outcome> {
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        eprintln!(
            "not a terminal: printing the summary (`gemba show`) instead of opening the screens"
        );
        return show(path);
    }
    crate::tui::run(
        path,
        crate::tui::TuiOptions {
            read_only,
            language,
        },
    )?;
    Ok(Outcome::Ok)
}

fn load(path: &Path) -> Result<Project> {
    Ok(store::load(path)?)
}

fn new(a: &NewArgs) -> Result<Outcome> {
    if a.path.exists() {
        bail!(
            "{} already exists; gemba new never overwrites a file",
            a.path.display()
        );
    }
    let mut meta = Meta::new(a.title.trim());
    meta.theme = a.theme.trim().to_string();
    meta.scope = a.scope.trim().to_string();
    let project = Project::new(meta);
    let problems = validate(&project);
    if let Some(p) = problems.first() {
        bail!("{p}");
    }
    // create_new: refuse to replace a file that appeared since the check above.
    fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&a.path)
        .with_context(|| format!("cannot create {}", a.path.display()))?;
    store::save(&project, &a.path)?;
    let _ = fs::remove_file(store::backup_path(&a.path));
    println!("created {}", a.path.display());
    Ok(Outcome::Ok)
}

/// The line of a record in the file text, for pointing at a problem.
fn line_of(text: &str, id: EntityId) -> Option<usize> {
    if let Some(line) = analysis::line_of_row(text, id) {
        return Some(line);
    }
    let needle = format!("id: \"{id}\"");
    text.lines()
        .position(|l| l.trim_start().starts_with(&needle))
        .map(|i| i + 1)
}

fn check(path: &Path) -> Result<Outcome> {
    let project = match store::load(path) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{e}");
            return Ok(Outcome::Problems);
        }
    };
    let problems = validate(&project);
    if problems.is_empty() {
        println!("{}: valid ({})", path.display(), counts_line(&project));
        print!("{}", coverage_report(&project));
        return Ok(Outcome::Ok);
    }
    let text = fs::read_to_string(path).unwrap_or_default();
    for p in &problems {
        match p.subject.and_then(|id| line_of(&text, id)) {
            Some(line) => eprintln!("{}:{line}: {p}", path.display()),
            None => eprintln!("{}: {p}", path.display()),
        }
    }
    eprintln!("{} problems", problems.len());
    Ok(Outcome::Problems)
}

/// Where the workflow has gaps: these are not errors, but work left to do.
fn coverage_report(project: &Project) -> String {
    let c = Coverage::measure(project);
    let mut s = String::new();
    if let Some(share) = c.share() {
        let _ = writeln!(
            s,
            "coverage: {} of {} remarks ({share:.0}%) reach a quality placed in the tree",
            c.remarks_reaching_tree, c.remarks
        );
    }
    let list = |ids: &[EntityId]| {
        let shown: Vec<String> = ids.iter().take(12).map(ToString::to_string).collect();
        let more = if ids.len() > 12 {
            format!(" … and {} more", ids.len() - 12)
        } else {
            String::new()
        };
        format!("{}{more}", shown.join(", "))
    };
    for (what, ids) in [
        ("remarks with no item", &c.remarks_without_item),
        ("items with no quality", &c.items_without_quality),
        ("qualities not placed in the tree", &c.unplaced_qualities),
        ("empty groups", &c.empty_groups),
    ] {
        if !ids.is_empty() {
            let _ = writeln!(s, "  {} {what}: {}", ids.len(), list(ids));
        }
    }
    s
}

fn counts_line(p: &Project) -> String {
    format!(
        "{} remarks, {} items, {} qualities, {} groups",
        p.remarks.len(),
        p.items.len(),
        p.qualities.len(),
        p.groups.len()
    )
}

/// The summary printed by `show`.
pub fn summary(project: &Project) -> String {
    let mut s = String::new();
    let m = &project.meta;
    let _ = writeln!(s, "{}", m.title);
    if !m.theme.is_empty() || !m.scope.is_empty() {
        let _ = writeln!(
            s,
            "  theme: {}{}",
            m.theme,
            if m.scope.is_empty() {
                String::new()
            } else {
                format!(" — {}", m.scope)
            }
        );
    }
    let _ = writeln!(s, "  rating scale {}", m.scale);
    let tree = Tree::build(project);
    let matrix = Matrix::compute_with_tree(project, &tree);
    let linked_remarks = project
        .remarks
        .iter()
        .filter(|r| project.items.iter().any(|i| i.remarks.contains(&r.id)))
        .count();
    let linked_items = project
        .items
        .iter()
        .filter(|i| project.qualities.iter().any(|q| q.items.contains(&i.id)))
        .count();
    let complete = matrix.rows.iter().filter(|r| r.is_complete()).count();
    let _ = writeln!(s, "\nWorkflow");
    let _ = writeln!(
        s,
        "  1 remarks     {:>5}  from {} respondents in {} segments; {} led to items",
        project.remarks.len(),
        project.respondents.len(),
        project.segments.len(),
        linked_remarks
    );
    let _ = writeln!(
        s,
        "  2 items       {:>5}  {} rewritten as qualities",
        project.items.len(),
        linked_items
    );
    let _ = writeln!(
        s,
        "  3 qualities   {:>5}  {} placed, {} unplaced",
        project.qualities.len(),
        project.qualities.len() - tree.unplaced.len(),
        tree.unplaced.len()
    );
    let _ = writeln!(
        s,
        "  4 affinity    {:>5}  groups; the tree is {} levels deep",
        project.groups.len(),
        tree.depth()
    );
    let _ = writeln!(
        s,
        "  5 planning    {:>5}  of {} rows complete; {} competitors",
        complete,
        matrix.rows.len(),
        project.competitors.len()
    );
    s.push_str(&analysis::summary(project, &tree));
    let incomplete: Vec<_> = matrix.incomplete().collect();
    if !incomplete.is_empty() {
        let _ = writeln!(s, "\nIncomplete planning rows ({})", incomplete.len());
        for r in incomplete.iter().take(20) {
            let text = project
                .qualities
                .get(r.quality)
                .map_or("", |q| q.text.as_str());
            let gaps: Vec<String> = r.gaps.iter().map(ToString::to_string).collect();
            let _ = writeln!(
                s,
                "  {:<5} {} — {}",
                r.quality.to_string(),
                text,
                gaps.join(", ")
            );
        }
        if incomplete.len() > 20 {
            let _ = writeln!(s, "  … and {} more", incomplete.len() - 20);
        }
    }
    let top = matrix.by_weight();
    if !top.is_empty() {
        let p = usize::from(m.precision);
        let _ = writeln!(s, "\nTop weights (relative %, cumulative %)");
        for r in top.iter().take(5) {
            let text = project
                .qualities
                .get(r.quality)
                .map_or("", |q| q.text.as_str());
            let _ = writeln!(
                s,
                "  {:>2}. {:<5} {:>6.p$} {:>6.p$}  {}",
                r.rank.unwrap_or(0),
                r.quality.to_string(),
                r.relative.unwrap_or(0.0),
                r.cumulative.unwrap_or(0.0),
                text
            );
        }
    }
    s
}

fn show(path: &Path) -> Result<Outcome> {
    let project = load(path)?;
    print!("{}", summary(&project));
    let problems = validate(&project);
    if !problems.is_empty() {
        println!(
            "\n{} problems; run `gemba check {}` for the list",
            problems.len(),
            path.display()
        );
    }
    Ok(Outcome::Ok)
}

/// Writes text to a new file (or stdout when no path is given), atomically.
fn write_output(output: Option<&Path>, force: bool, bytes: &[u8]) -> Result<()> {
    match output {
        None => {
            use std::io::Write;
            let mut out = std::io::stdout().lock();
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
            eprintln!("wrote {}", path.display());
        }
    }
    Ok(())
}

fn export(a: &ExportArgs) -> Result<Outcome> {
    let project = load(&a.path)?;
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
    let bytes =
        crate::export::export(&project, a.table, a.format, options).map_err(anyhow::Error::msg)?;
    write_output(a.output.as_deref(), a.force, &bytes)?;
    Ok(Outcome::Ok)
}

fn report(a: &ReportArgs) -> Result<Outcome> {
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
    let options = crate::export::Options {
        include_respondents: a.include_respondents,
    };
    let blocks = report::build(&project, options);
    let precision = project.meta.precision;
    let bytes = match ext.as_str() {
        "md" => report::to_markdown(&blocks, precision).into_bytes(),
        "xlsx" => report::to_xlsx(&blocks, precision).map_err(anyhow::Error::msg)?,
        _ => report::to_html(&blocks, precision, report::is_chinese(&project)).into_bytes(),
    };
    write_output(Some(&a.output), true, &bytes)?;
    Ok(Outcome::Ok)
}

fn read_input(path: &Path) -> Result<String> {
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
fn apply_import(
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
    store::save(&project, path)?;
    for line in plan.summary {
        println!("{line}");
    }
    println!("saved {}", path.display());
    Ok(Outcome::Ok)
}

fn import_remarks(a: &ImportRemarksArgs) -> Result<Outcome> {
    let project = load(&a.path)?;
    let text = read_input(&a.from)?;
    let is_csv = match a.format {
        Some(f) => f == RemarksFormat::Csv,
        None => a
            .from
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("csv")),
    };
    let plan = if is_csv {
        import::remarks::plan_csv(&project, &text, a.source)
    } else {
        import::remarks::plan_text(&project, &text, a.source)
    };
    apply_import(&a.path, &a.from, project, plan)
}

fn import_planning(a: &ImportPlanningArgs) -> Result<Outcome> {
    let project = load(&a.path)?;
    let text = read_input(&a.from)?;
    let plan = import::planning::plan(&project, &text, a.add_competitors);
    apply_import(&a.path, &a.from, project, plan)
}

/// `gemba suggest`: islands for a project's unplaced cards or for the rows of a CSV file.
fn suggest(a: &SuggestArgs) -> Result<Outcome> {
    use crate::export::table::neutralize;
    use crate::method::affinity::{self, Cut, SuggestOptions};
    use serde_json::json;

    let cut = match (a.clusters, a.island_size) {
        (Some(k), _) => Cut::Clusters(k),
        (None, n) => Cut::IslandSize(n.unwrap_or(affinity::DEFAULT_ISLAND_SIZE)),
    };
    let opts = SuggestOptions {
        cut,
        ..Default::default()
    };
    let mut out = String::new();
    if let Some(file) = &a.csv {
        let text = read_input(file)?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        let mut reader = ::csv::ReaderBuilder::new()
            .flexible(true)
            .from_reader(text.as_bytes());
        let headers: Vec<String> = reader
            .headers()
            .with_context(|| format!("{}: cannot read the header", file.display()))?
            .iter()
            .map(|h| h.trim().to_string())
            .collect();
        if headers.iter().all(String::is_empty) {
            bail!(
                "{}: the file is empty; expected a header row with a '{}' column",
                file.display(),
                a.text_column
            );
        }
        let Some(col) = headers
            .iter()
            .position(|h| h.eq_ignore_ascii_case(a.text_column.trim()))
        else {
            bail!(
                "{}: no column '{}'; the columns found are: {}",
                file.display(),
                a.text_column,
                headers.join(", ")
            );
        };
        let mut rows: Vec<String> = Vec::new();
        for record in reader.records() {
            let record = record.with_context(|| format!("{}: malformed CSV", file.display()))?;
            rows.push(record.get(col).unwrap_or("").trim().to_string());
        }
        if rows.is_empty() {
            bail!(
                "{}: the file has a header but no rows to group",
                file.display()
            );
        }
        if rows.len() > affinity::MAX_TEXTS {
            bail!(
                "{}: {} rows; suggestions take at most {} at a time (memory grows with the square \
                 of the number); split the file, e.g. by segment or source",
                file.display(),
                rows.len(),
                affinity::MAX_TEXTS
            );
        }
        let texts: Vec<&str> = rows.iter().map(String::as_str).collect();
        let s = affinity::suggest(&texts, &opts);
        match a.format.unwrap_or(SuggestFormat::Csv) {
            SuggestFormat::Csv => {
                let mut w = ::csv::Writer::from_writer(Vec::new());
                w.write_record(["text", "cluster"])?;
                for (t, c) in texts.iter().zip(&s.assignment) {
                    w.write_record([neutralize(t), (c + 1).to_string()])?;
                }
                out = String::from_utf8(w.into_inner()?)?;
            }
            SuggestFormat::Json => {
                let clusters: Vec<_> = s
                    .clusters
                    .iter()
                    .enumerate()
                    .map(|(c, i)| {
                        let members: Vec<_> = i
                            .members
                            .iter()
                            .map(|&m| json!({ "row": m + 1, "text": texts[m] }))
                            .collect();
                        json!({ "cluster": c + 1, "name": i.name, "cohesion": i.cohesion, "members": members })
                    })
                    .collect();
                out = serde_json::to_string_pretty(&clusters)? + "\n";
            }
            SuggestFormat::Text => {
                for (c, i) in s.clusters.iter().enumerate() {
                    let _ = writeln!(
                        out,
                        "{}. {}  ({} cards, cohesion {:.2})",
                        c + 1,
                        i.name,
                        i.members.len(),
                        i.cohesion
                    );
                    for &m in &i.members {
                        let _ = writeln!(out, "   row {:<5} {}", m + 1, texts[m]);
                    }
                }
                let dups = affinity::near_duplicates(&texts, a.duplicates);
                let _ = writeln!(
                    out,
                    "\nNear-duplicates (similarity ≥ {:.2}): {}",
                    a.duplicates,
                    dups.len()
                );
                for (x, y, sim) in dups {
                    let _ = writeln!(
                        out,
                        "  rows {} and {}  {sim:.2}  {} | {}",
                        x + 1,
                        y + 1,
                        texts[x],
                        texts[y]
                    );
                }
            }
        }
    } else if let Some(path) = &a.path {
        if a.text_column != "text" {
            bail!("--text-column applies to --csv input; a project's cards are its qualities");
        }
        let project = load(path)?;
        let unplaced = Tree::build(&project).unplaced.len();
        if unplaced > affinity::MAX_TEXTS {
            bail!(
                "{}: {unplaced} unplaced cards; suggestions take at most {} at a time",
                path.display(),
                affinity::MAX_TEXTS
            );
        }
        let s = affinity::suggest_unplaced(&project, &opts, a.duplicates);
        let text_of = |q: QualityId| project.qualities.get(q).map_or("", |q| q.text.as_str());
        match a.format.unwrap_or(SuggestFormat::Text) {
            SuggestFormat::Text => {
                let cards: usize = s.islands.iter().map(|i| i.qualities.len()).sum();
                let _ = writeln!(
                    out,
                    "{cards} unplaced cards in {} suggested islands",
                    s.islands.len()
                );
                for (c, i) in s.islands.iter().enumerate() {
                    let _ = writeln!(
                        out,
                        "\n{}. {}  ({} cards, cohesion {:.2})",
                        c + 1,
                        i.name,
                        i.qualities.len(),
                        i.cohesion
                    );
                    for &q in &i.qualities {
                        let _ = writeln!(out, "   {:<6} {}", q.to_string(), text_of(q));
                    }
                }
                let _ = writeln!(
                    out,
                    "\nNear-duplicates (similarity ≥ {:.2}): {}",
                    a.duplicates,
                    s.duplicates.len()
                );
                for &(x, y, sim) in &s.duplicates {
                    let _ = writeln!(
                        out,
                        "  {x} and {y}  {sim:.2}  {} | {}",
                        text_of(x),
                        text_of(y)
                    );
                }
            }
            SuggestFormat::Csv => {
                let mut w = ::csv::Writer::from_writer(Vec::new());
                w.write_record(["id", "text", "cluster"])?;
                for (c, i) in s.islands.iter().enumerate() {
                    for &q in &i.qualities {
                        w.write_record([
                            q.to_string(),
                            neutralize(text_of(q)),
                            (c + 1).to_string(),
                        ])?;
                    }
                }
                out = String::from_utf8(w.into_inner()?)?;
            }
            SuggestFormat::Json => {
                let islands: Vec<_> = s
                    .islands
                    .iter()
                    .enumerate()
                    .map(|(c, i)| {
                        let members: Vec<_> = i
                            .qualities
                            .iter()
                            .map(|&q| json!({ "id": q.to_string(), "text": text_of(q) }))
                            .collect();
                        json!({ "cluster": c + 1, "name": i.name, "cohesion": i.cohesion, "members": members })
                    })
                    .collect();
                let dups: Vec<_> = s
                    .duplicates
                    .iter()
                    .map(|&(x, y, sim)| json!({ "a": x.to_string(), "b": y.to_string(), "similarity": sim }))
                    .collect();
                out = serde_json::to_string_pretty(
                    &json!({ "islands": islands, "duplicates": dups }),
                )? + "\n";
            }
        }
    }
    write_output(None, false, out.as_bytes())?;
    Ok(Outcome::Ok)
}
