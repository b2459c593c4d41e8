//! The AHP view: pairwise judgements of sibling groups on Saaty's scale, set with the arrows or
//! typed.

use super::{Derived, PlanMode};
use crate::model::tree::Node;
use crate::model::{Edit, EntityId, GroupId, Project};
use crate::tui::action::{Action, Command};
use crate::tui::app::{App, Mode, PAGE};
use crate::tui::strings::{S, fill};
use crate::tui::widgets::text_input::TextInput;

/// The positions of Saaty's scale from "a is 9 times as important" to "b is".
pub const SAATY_STEPS: [f64; 17] = [
    9.0,
    8.0,
    7.0,
    6.0,
    5.0,
    4.0,
    3.0,
    2.0,
    1.0,
    1.0 / 2.0,
    1.0 / 3.0,
    1.0 / 4.0,
    1.0 / 5.0,
    1.0 / 6.0,
    1.0 / 7.0,
    1.0 / 8.0,
    1.0 / 9.0,
];

/// A judgement as people say it: 3, 1/3, 1.
pub fn saaty_text(v: f64) -> String {
    let r = |x: f64| (x * 100.0).round() / 100.0;
    if v >= 1.0 - 1e-9 {
        format!("{}", r(v))
    } else {
        format!("1/{}", r(1.0 / v))
    }
}

/// The step of the scale closest to a value.
pub fn saaty_step(v: f64) -> usize {
    let mut best = 8;
    for (i, s) in SAATY_STEPS.iter().enumerate() {
        if (s.ln() - v.ln()).abs() < (SAATY_STEPS[best].ln() - v.ln()).abs() {
            best = i;
        }
    }
    best
}

/// The pairs of a set, (i, j) with i < j, in row order.
pub fn pairs(n: usize) -> Vec<(usize, usize)> {
    (0..n)
        .flat_map(|i| (i + 1..n).map(move |j| (i, j)))
        .collect()
}

/// The set shown in the AHP view: the chosen one, else the first that can be compared.
pub fn ahp_current(app: &App, d: &Derived) -> Option<usize> {
    let sets = d.ahp_sets();
    if sets.is_empty() {
        return None;
    }
    Some(
        app.plan
            .ahp_set
            .and_then(|p| sets.iter().position(|s| s.parent == p))
            .unwrap_or(0),
    )
}

/// The stored judgement of a pair, as "a is v times as important as b".
pub fn judgement(project: &Project, parent: Option<GroupId>, a: Node, b: Node) -> Option<f64> {
    project.judgement(parent, a, b)
}

pub(super) fn ahp_browse(app: &mut App, cmd: Command) -> bool {
    let d = app.plan();
    let sets = d.ahp_sets();
    let Some(at) = ahp_current(app, &d) else {
        return false;
    };
    let set = sets[at];
    let n_pairs = set.needed();
    match cmd {
        Command::Up | Command::PageUp | Command::First => {
            let step = match cmd {
                Command::Up => 1,
                Command::PageUp => PAGE,
                _ => usize::MAX,
            };
            app.plan.ahp_pair = app.plan.ahp_pair.min(n_pairs - 1).saturating_sub(step);
        }
        Command::Down | Command::PageDown | Command::Last => {
            let step = match cmd {
                Command::Down => 1,
                Command::PageDown => PAGE,
                _ => n_pairs,
            };
            app.plan.ahp_pair = (app.plan.ahp_pair.saturating_add(step)).min(n_pairs - 1);
        }
        Command::PlanGroupNext | Command::PlanGroupPrev => {
            let k = sets.len();
            let to = if cmd == Command::PlanGroupNext {
                (at + 1) % k
            } else {
                (at + k - 1) % k
            };
            app.plan.ahp_set = Some(sets[to].parent);
            app.plan.ahp_pair = 0;
        }
        Command::Edit => {
            if app.refuse_read_only() {
                return true;
            }
            let (i, j) = pairs(set.children.len())[app.plan.ahp_pair.min(n_pairs - 1)];
            let (a, b) = (set.children[i], set.children[j]);
            let text = judgement(&app.project, set.parent, a, b)
                .map(saaty_text)
                .unwrap_or_default();
            app.plan.ahp_set = Some(set.parent);
            app.mode = Mode::Plan(PlanMode::Judge {
                a,
                b,
                field: TextInput::new(text),
            });
        }
        Command::Left | Command::Right | Command::Delete => {
            if app.refuse_read_only() {
                return true;
            }
            let (i, j) = pairs(set.children.len())[app.plan.ahp_pair.min(n_pairs - 1)];
            let (a, b, parent) = (set.children[i], set.children[j], set.parent);
            let now = judgement(&app.project, parent, a, b);
            let what = fill(app.t(S::DoJudge), &[&a, &b]);
            app.plan.ahp_set = Some(parent);
            let edit = if cmd == Command::Delete {
                let Some(_) = now else { return true };
                Edit::Remove(EntityId::Judgement(crate::model::JudgementKey {
                    parent,
                    low: a.min(b),
                    high: a.max(b),
                }))
            } else {
                // Left leans towards a (more important), right towards b, one step of the
                // scale at a time from where the pair stands (an unjudged pair from "equal").
                let step = now.map_or(8, saaty_step);
                let to = if cmd == Command::Left {
                    step.saturating_sub(1)
                } else {
                    (step + 1).min(SAATY_STEPS.len() - 1)
                };
                match app.project.judge(a, b, SAATY_STEPS[to]) {
                    Ok(e) => e,
                    Err(e) => {
                        app.error(fill(app.t(S::Refused), &[&e]));
                        return true;
                    }
                }
            };
            app.commit(edit, what);
        }
        _ => return false,
    }
    true
}

/// Typing a judgement: how many times `a` is as important as `b`.
pub(super) fn judge(app: &mut App, action: Action, a: Node, b: Node, mut field: TextInput) {
    match action {
        Action::Text(e) => {
            field.edit(&e);
            app.mode = Mode::Plan(PlanMode::Judge { a, b, field });
        }
        Action::Paste(s) => {
            field.insert_str(&s);
            app.mode = Mode::Plan(PlanMode::Judge { a, b, field });
        }
        Action::Confirm => {
            let edit = crate::method::ahp::parse_value(field.value())
                .and_then(|v| app.project.judge(a, b, v));
            match edit {
                Ok(edit) => {
                    let what = fill(app.t(S::DoJudge), &[&a, &b]);
                    if app.commit(edit, what) {
                        app.mode = Mode::Browse;
                    }
                }
                Err(e) => app.error(e),
            }
        }
        Action::Cmd(Command::Cancel) => app.mode = Mode::Browse,
        _ => {}
    }
}
