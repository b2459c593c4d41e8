//! Commands about a project as a whole: open the screens, create, check, summarise.

use std::fmt::Write as _;
use std::fs;
use std::io::ErrorKind;
use std::path::Path;

use anyhow::{Result, bail};

use super::{NewArgs, Outcome, load};
use crate::method::trace::Coverage;
use crate::model::validate::validate;
use crate::model::{EntityId, Meta, Project};
use crate::store;
use crate::tui::strings::Lang;

/// The workshop screens; without a terminal (output piped to a file or a program), the summary.
pub(super) fn open(
    path: &Path,
    read_only: bool,
    language: Option<Lang>,
    follow: bool,
) -> Result<Outcome> {
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        tell!("not a terminal: printing the summary (`gemba show`) instead of opening the screens");
        return show(path);
    }
    crate::tui::run(
        path,
        crate::tui::TuiOptions {
            read_only: read_only || follow,
            language,
            follow,
        },
    )?;
    Ok(Outcome::Ok)
}

pub(super) fn new(a: &NewArgs) -> Result<Outcome> {
    if a.path.exists() {
        bail!(
            "{} already exists; gemba new never overwrites a file",
            a.path.display()
        );
    }
    let mut meta = Meta::new(a.title.as_str());
    meta.theme = a.theme.clone();
    meta.scope = a.scope.clone();
    meta.clean_text();
    for t in [&mut meta.title, &mut meta.theme, &mut meta.scope] {
        *t = t.trim().to_string();
    }
    let project = Project::new(meta);
    let problems = validate(&project);
    if let Some(p) = problems.first() {
        bail!("{p}");
    }
    // Created in place: never replaces a file that appeared since the check above, and leaves
    // a backup of an earlier project of that name alone.
    store::create(&project, &a.path).map_err(|e| match e {
        store::StoreError::Io { source, .. } if source.kind() == ErrorKind::AlreadyExists => {
            anyhow::anyhow!(
                "{} already exists; gemba new never overwrites a file",
                a.path.display()
            )
        }
        // Every other error names the file and why.
        e => e.into(),
    })?;
    sayln!("created {}", a.path.display());
    Ok(Outcome::Ok)
}

pub(super) fn check(path: &Path) -> Result<Outcome> {
    let project = match store::load(path) {
        Ok(p) => p,
        Err(e) => {
            tell!("{e}");
            return Ok(Outcome::Problems);
        }
    };
    let problems = validate(&project);
    if problems.is_empty() {
        sayln!("{}: valid ({})", path.display(), counts_line(&project));
        say!("{}", coverage_report(&project));
        return Ok(Outcome::Ok);
    }
    let text = fs::read_to_string(path).unwrap_or_default();
    let lines = super::analysis::Lines::new(&text);
    for p in &problems {
        match p.subject.and_then(|id| lines.of(id)) {
            Some(line) => tell!("{}:{line}: {p}", path.display()),
            None => tell!("{}: {p}", path.display()),
        }
    }
    tell!(
        "{}",
        crate::model::count(problems.len(), "problem", "problems")
    );
    Ok(Outcome::Problems)
}

/// Where the workflow has gaps: these are not errors, but work left to do.
pub(super) fn coverage_report(project: &Project) -> String {
    let c = Coverage::measure(project);
    let mut s = String::new();
    if let Some(share) = c.share() {
        let _ = writeln!(
            s,
            "coverage: {} of {} ({share:.0}%) {} a quality placed in the tree",
            c.remarks_reaching_tree,
            crate::model::count(c.remarks, "remark", "remarks"),
            crate::model::plural(c.remarks_reaching_tree, "reaches", "reach")
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
    for (one, many, ids) in [
        (
            "remark with no item",
            "remarks with no item",
            &c.remarks_without_item,
        ),
        (
            "item with no quality",
            "items with no quality",
            &c.items_without_quality,
        ),
        (
            "quality not placed in the tree",
            "qualities not placed in the tree",
            &c.unplaced_qualities,
        ),
        ("empty group", "empty groups", &c.empty_groups),
    ] {
        if !ids.is_empty() {
            let what = crate::model::count(ids.len(), one, many);
            let _ = writeln!(s, "  {what}: {}", list(ids));
        }
    }
    s
}

pub(super) fn counts_line(p: &Project) -> String {
    format!(
        "{}, {}, {}, {}",
        crate::model::count(p.remarks.len(), "remark", "remarks"),
        crate::model::count(p.items.len(), "item", "items"),
        crate::model::count(p.qualities.len(), "quality", "qualities"),
        crate::model::count(p.groups.len(), "group", "groups")
    )
}

pub(super) fn show(path: &Path) -> Result<Outcome> {
    let project = load(path)?;
    say!("{}", super::show::summary(&project));
    let problems = validate(&project);
    if !problems.is_empty() {
        sayln!(
            "\n{}; run `gemba check {}` for the list",
            crate::model::count(problems.len(), "problem", "problems"),
            path.display()
        );
        // Said on stderr too, and in the exit status, for a script that reads only the summary.
        tell!(
            "{}: {}; the figures above may be wrong",
            path.display(),
            crate::model::count(problems.len(), "problem", "problems")
        );
        return Ok(Outcome::Problems);
    }
    Ok(Outcome::Ok)
}
