//! `gemba diff`: what changed between two versions of a project, for a reviewer, as text,
//! Markdown or JSON; against git's HEAD when only one file is given; and as git's external diff
//! driver so `git diff` shows the same summary.

use std::path::{Path, PathBuf};
use std::process::Command as Process;

use anyhow::{Context, Result, bail};
use clap::{Args, ValueEnum};

use super::Outcome;
use crate::method::diff::{Diff, FieldChange, Moved, RecordChange};
use crate::method::merge::{Prefer, merge as merge_projects};
use crate::model::{Meta, Project};
use crate::store;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum DiffFormat {
    #[default]
    Text,
    Md,
    Json,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The earlier version; alone, the file is compared with its version in git's HEAD.
    pub before: PathBuf,
    /// The later version.
    pub after: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t)]
    pub format: DiffFormat,
}

/// The seven arguments git gives an external diff driver (`diff.gemba.command`).
#[derive(Debug, Args)]
pub struct GitDiffArgs {
    pub path: PathBuf,
    pub old_file: PathBuf,
    pub old_hex: String,
    pub old_mode: String,
    pub new_file: PathBuf,
    pub new_hex: String,
    pub new_mode: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PreferSide {
    Ours,
    Theirs,
}

#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The common ancestor (git's %O).
    pub base: PathBuf,
    /// Our version (git's %A).
    pub ours: PathBuf,
    /// Their version (git's %B).
    pub theirs: PathBuf,
    /// Where to write the merge (as a git merge driver: %A).
    #[arg(short, long)]
    pub output: PathBuf,
    /// Settle fields changed differently on both sides with this side's value; without it both
    /// values are kept in the project's conflicts (which `gemba check` lists) and the exit code
    /// is 1.
    #[arg(long, value_enum)]
    pub prefer: Option<PreferSide>,
}

/// Merges by id and writes the result; exit 1 when conflicts are left in it.
pub fn merge(args: &MergeArgs) -> Result<Outcome> {
    let (base, ours, theirs) = (load(&args.base)?, load(&args.ours)?, load(&args.theirs)?);
    let prefer = match args.prefer {
        None => Prefer::Neither,
        Some(PreferSide::Ours) => Prefer::Ours,
        Some(PreferSide::Theirs) => Prefer::Theirs,
    };
    let m = merge_projects(&base, &ours, &theirs, prefer).map_err(anyhow::Error::msg)?;
    // Every error of saving already names the file.
    store::save(&m.project, &args.output)?;
    for (old, new) in &m.renumbered {
        tell!("renumbered their {old} as {new} (both sides added {old})");
    }
    for id in &m.kept {
        tell!("kept {id}: deleted on one side, still used on the other");
    }
    for c in &m.conflicts {
        let how = match prefer {
            Prefer::Ours => "took ours",
            Prefer::Theirs => "took theirs",
            Prefer::Neither => "kept both in conflicts",
        };
        tell!(
            "conflict in {} {}: ours “{}”, theirs “{}”: {how}",
            c.record,
            c.field,
            c.ours,
            c.theirs
        );
    }
    if prefer == Prefer::Neither && !m.conflicts.is_empty() {
        tell!(
            "{}: set the value you want in each record, then settle it with `gemba set conflict {} RECORD FIELD --settled` (or ! in the screens)",
            crate::model::count(m.conflicts.len(), "conflict left", "conflicts left"),
            args.output.display()
        );
        return Ok(Outcome::Problems);
    }
    Ok(Outcome::Ok)
}

pub fn diff(args: &DiffArgs) -> Result<Outcome> {
    let (a, b, names) = match &args.after {
        Some(after) => (
            load(&args.before)?,
            load(after)?,
            (
                args.before.display().to_string(),
                after.display().to_string(),
            ),
        ),
        None => (
            from_head(&args.before)?,
            load(&args.before)?,
            (
                format!("HEAD:{}", args.before.display()),
                args.before.display().to_string(),
            ),
        ),
    };
    print(&Diff::between(&a, &b), &names, args.format)
}

/// git's text converter (`diff.gemba.textconv`): one line per field, so `git log -p` shows a
/// change field by field.
pub fn git_textconv(path: &Path) -> Result<Outcome> {
    let p = load(path)?;
    print!(
        "{}",
        crate::model::printable::printable(&crate::method::diff::flat_listing(&p))
    );
    Ok(Outcome::Ok)
}

/// git's external diff driver: the same summary, an added or deleted file against an empty one.
pub fn git_diff(args: &GitDiffArgs) -> Result<Outcome> {
    let side = |p: &Path| -> Result<Project> {
        if p == Path::new("/dev/null") {
            Ok(Project::new(Meta::new("")))
        } else {
            load(p)
        }
    };
    let names = (
        format!("a/{}", args.path.display()),
        format!("b/{}", args.path.display()),
    );
    let diff = Diff::between(&side(&args.old_file)?, &side(&args.new_file)?);
    print(&diff, &names, DiffFormat::Text)
}

fn load(path: &Path) -> Result<Project> {
    store::load(path).with_context(|| format!("cannot read {}", path.display()))
}

/// The file as git's HEAD has it.
fn from_head(path: &Path) -> Result<Project> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path.file_name().context("not a file name")?;
    let out = Process::new("git")
        .arg("-C")
        .arg(dir)
        .arg("show")
        .arg(format!("HEAD:./{}", name.to_string_lossy()))
        .output()
        .context("cannot run git to read the version in HEAD")?;
    if !out.status.success() {
        bail!(
            "git has no version of {} in HEAD: {}",
            path.display(),
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    let text = String::from_utf8(out.stdout).context("the version in HEAD is not UTF-8")?;
    let label = PathBuf::from(format!("HEAD:{}", path.display()));
    Ok(store::from_ron(&text, &label)?)
}

fn print(d: &Diff, names: &(String, String), format: DiffFormat) -> Result<Outcome> {
    let text = match format {
        DiffFormat::Json => {
            let value = crate::export::number::tidy_json(serde_json::to_value(d)?);
            serde_json::to_string_pretty(&value)? + "\n"
        }
        DiffFormat::Text => render(d, names, false),
        DiffFormat::Md => render(d, names, true),
    };
    say!("{text}");
    Ok(Outcome::Ok)
}

fn pct(v: Option<f64>) -> String {
    v.map_or("—".into(), |v| format!("{v:.2} %"))
}

fn rank(v: Option<usize>) -> String {
    v.map_or("—".into(), |r| r.to_string())
}

fn field(f: &FieldChange) -> String {
    format!("{}: {} → {}", f.field, cut(&f.before), cut(&f.after))
}

/// Long texts shortened so a change reads on one line.
fn cut(s: &str) -> String {
    const MAX: usize = 70;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        let head: String = s.chars().take(MAX - 1).collect();
        format!("{head}…")
    }
}

/// The summary as plain text or Markdown: one line per change, grouped by kind.
pub fn render(d: &Diff, names: &(String, String), md: bool) -> String {
    let mut out = String::new();
    let heading = |out: &mut String, t: &str| {
        if md {
            out.push_str(&format!("\n## {t}\n\n"));
        } else {
            out.push_str(&format!("\n{t}\n"));
        }
    };
    let item = |out: &mut String, mark: &str, text: &str| {
        if md {
            out.push_str(&format!("- {mark} {text}\n"));
        } else {
            out.push_str(&format!("  {mark} {text}\n"));
        }
    };
    if md {
        out.push_str(&format!("# gemba diff: {} → {}\n", names.0, names.1));
    } else {
        out.push_str(&format!("gemba diff {} → {}\n", names.0, names.1));
    }
    if d.is_empty() {
        out.push_str("\nNo differences.\n");
        return out;
    }
    if !d.settings.is_empty() {
        heading(&mut out, "Settings");
        for f in &d.settings {
            item(&mut out, "~", &field(f));
        }
    }
    for s in &d.sections {
        let count = |pick: fn(&RecordChange) -> bool| s.changes.iter().filter(|c| pick(c)).count();
        let added = count(|c| matches!(c, RecordChange::Added { .. }));
        let removed = count(|c| matches!(c, RecordChange::Removed { .. }));
        let changed = count(|c| matches!(c, RecordChange::Changed { .. }));
        let mut title = s.kind.to_string();
        title.replace_range(..1, &title[..1].to_uppercase());
        heading(
            &mut out,
            &format!("{title} (added {added}, removed {removed}, changed {changed})"),
        );
        for c in &s.changes {
            match c {
                RecordChange::Added { id, text } => {
                    item(&mut out, "+", &format!("{id} {}", cut(text)))
                }
                RecordChange::Removed { id, text } => {
                    item(&mut out, "-", &format!("{id} {}", cut(text)))
                }
                RecordChange::Changed { id, text, fields } => {
                    let lead = if text.is_empty() {
                        id.clone()
                    } else {
                        format!("{id} {}", cut(text))
                    };
                    item(&mut out, "~", &lead);
                    for f in fields {
                        let pad = if md { "  - " } else { "      " };
                        out.push_str(&format!("{pad}{}\n", field(f)));
                    }
                }
            }
        }
    }
    let moved = |out: &mut String, title: &str, list: &[Moved]| {
        if list.is_empty() {
            return;
        }
        heading(out, title);
        for m in list {
            item(
                out,
                "→",
                &format!(
                    "{} {}: {} → {} (rank {} → {})",
                    m.id,
                    cut(&m.text),
                    pct(m.before),
                    pct(m.after),
                    rank(m.rank_before),
                    rank(m.rank_after)
                ),
            );
        }
    };
    moved(&mut out, "Planning weights that moved", &d.weights);
    moved(&mut out, "Technical importance that moved", &d.technical);
    out
}
