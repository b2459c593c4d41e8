//! The "what next" line: the first thing left to do at or after the current step, and the key
//! that does it (the step's own key when it is here, the step number when it is further on).

use crate::tui::action::Command;
use crate::tui::app::{App, Step};
use crate::tui::strings::{S, fill};

fn key(app: &App, c: Command) -> String {
    app.key_name(c)
}

/// The key that goes to a step.
fn step_key(app: &App, step: Step) -> String {
    key(app, Command::STEPS[step.index()])
}

/// What is left to do, step by step: (the step it is done on, what, how on that step).
fn todo(app: &App) -> Vec<(Step, String, String)> {
    let p = app.progress();
    let mut out = Vec::new();
    let add = fill(app.t(S::HowAdd), &[&key(app, Command::Add)]);
    if p.remarks == 0 {
        out.push((
            Step::Remarks,
            app.t(S::NextNoRemarks).to_string(),
            add.clone(),
        ));
    }
    if p.remarks_without_item > 0 {
        let what = fill(app.t(S::NextRemarksWithoutItem), &[&p.remarks_without_item]);
        out.push((Step::Items, what, add.clone()));
    }
    if p.items_without_quality > 0 {
        let what = fill(
            app.t(S::NextItemsWithoutQuality),
            &[&p.items_without_quality],
        );
        out.push((Step::Qualities, what, add.clone()));
    }
    if p.unplaced > 0 {
        let what = fill(app.t(S::NextUnplaced), &[&p.unplaced]);
        let how = fill(
            app.t(S::HowIsland),
            &[&key(app, Command::Mark), &key(app, Command::MakeIsland)],
        );
        out.push((Step::Affinity, what, how));
    }
    if p.qualities > 0 {
        let incomplete = app.plan().matrix.incomplete().count();
        if incomplete > 0 {
            let what = fill(app.t(S::NextIncomplete), &[&incomplete]);
            let how = fill(app.t(S::HowType), &[&key(app, Command::Edit)]);
            out.push((Step::Planning, what, how));
        }
        if p.characteristics == 0 {
            out.push((Step::Hoq, app.t(S::NextNoCharacteristics).to_string(), add));
        } else if p.qualities_without_relationship > 0 {
            let what = fill(
                app.t(S::NextUnrelated),
                &[&p.qualities_without_relationship],
            );
            let how = fill(app.t(S::HowRelate), &[&key(app, Command::HoqCycle)]);
            out.push((Step::Hoq, what, how));
        }
    }
    out
}

/// The line for the current step; none when nothing is left from here on but the report.
pub fn line(app: &App) -> Option<String> {
    // Merge conflicts come first on every step: the project is not finished while any is left.
    let conflicts = app.progress().conflicts;
    if conflicts > 0 {
        let what = fill(app.t(S::NextConflicts), &[&conflicts]);
        let press = fill(app.t(S::HowPress), &[&key(app, Command::Conflicts)]);
        return Some(format!("{what} — {press}"));
    }
    let here = app.step.index();
    let found = todo(app)
        .into_iter()
        .find(|(step, _, _)| step.index() >= here);
    match found {
        Some((step, what, how)) if step == app.step => Some(format!("{what} — {how}")),
        Some((step, what, _)) => {
            let press = fill(app.t(S::HowPress), &[&step_key(app, step)]);
            Some(format!("{what} — {press}"))
        }
        None if app.step == Step::Report => None,
        None => Some(fill(app.t(S::NextReport), &[&step_key(app, Step::Report)])),
    }
}
