//! The keys line of the Planning step: what typing into a cell takes (and why it would be
//! refused), and the keys that matter on each view.

use super::header_long;
use crate::tui::action::Command;
use crate::tui::app::{App, Col, PlanMode, PlanView};
use crate::tui::strings::{S, fill};

/// The keys line while typing into a cell.
pub fn cell_keys(app: &App, col: Col) -> String {
    let scale = app.project.meta.scale;
    let what = if col == Col::SalesPoint {
        app.t(S::SalesPointValues).to_string()
    } else {
        fill(app.t(S::ScaleIs), &[&scale.min, &scale.max])
    };
    format!("{} · {what}", app.t(S::CellKeys))
}

/// The keys line of the Planning step's entries and overlays.
pub fn mode_keys(app: &App, mode: &PlanMode) -> String {
    match mode {
        PlanMode::Cell { col, field, .. } => {
            // Say at once when what is typed will be refused.
            let scale = app.project.meta.scale;
            match crate::tui::app::parse_cell(*col, field.value(), scale) {
                Err(e) if *col != Col::SalesPoint => fill(
                    app.t(S::CellOutOfScale),
                    &[&header_long(app, *col), &scale.min, &scale.max, &e],
                ),
                Err(e) => e,
                Ok(_) => cell_keys(app, *col),
            }
        }
        PlanMode::Name { .. } | PlanMode::TargetStep { .. } | PlanMode::Judge { .. } => {
            app.t(S::EditKeys).to_string()
        }
        // The overlays show their own keys.
        PlanMode::Competitors { .. } | PlanMode::ConfirmRemove(_) | PlanMode::Targets => {
            String::new()
        }
    }
}

/// The keys that matter on the current view of the Planning step.
pub fn key_list(app: &App) -> &'static [(Command, S)] {
    use Command as C;
    match app.plan.view {
        PlanView::Table => &[
            (C::Edit, S::ShEdit),
            (C::PlanSalesPoint, S::ShSalesPoint),
            (C::PlanMark, S::ShMark),
            (C::PlanTargets, S::ShTargets),
            (C::PlanSort, S::ShSort),
            (C::PlanCompetitors, S::ShCompetitors),
            (C::PlanCharts, S::ShCharts),
            (C::PlanKanoView, S::ShKanoView),
            (C::PlanAhpView, S::ShAhpView),
            (C::PlanSource, S::ShSource),
            (C::Undo, S::ShUndo),
            (C::Help, S::ShHelp),
        ],
        PlanView::Pareto | PlanView::Benchmark => &[
            (C::PlanCharts, S::ShCharts),
            (C::PlanNextView, S::ShView),
            (C::Cancel, S::ShPlanTable),
            (C::Help, S::ShHelp),
            (C::Quit, S::ShQuit),
        ],
        PlanView::Kano => &[
            (C::Edit, S::ShAdopt),
            (C::PlanKanoAdoptAll, S::ShAdoptAll),
            (C::PlanKanoType, S::ShKano),
            (C::PlanNextView, S::ShView),
            (C::Cancel, S::ShPlanTable),
            (C::Undo, S::ShUndo),
            (C::Help, S::ShHelp),
        ],
        PlanView::Ahp => &[
            (C::Left, S::ShJudge),
            (C::PlanGroupNext, S::ShGroup),
            (C::Delete, S::ShClear),
            (C::PlanSource, S::ShSource),
            (C::Cancel, S::ShPlanTable),
            (C::Undo, S::ShUndo),
            (C::Help, S::ShHelp),
        ],
    }
}
