//! Typing into a cell of the planning table: reading and checking what is typed, storing it as
//! one edit, and where Enter, Tab and the arrows go next.

use super::{Col, PlanMode, move_row, source_name};
use crate::model::{Edit, Entity, Planning, QualityId, SalesPoint, Scale};
use crate::tui::action::{Action, Command};
use crate::tui::app::{App, Mode};
use crate::tui::strings::{S, fill};
use crate::tui::widgets::text_input::{TextEdit, TextInput};

/// A value typed into a cell.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum CellValue {
    Rating(Option<f64>),
    SalesPoint(SalesPoint),
}

/// Reads what was typed into a cell, checking it against the scale. Empty clears a rating.
pub fn parse_cell(col: Col, text: &str, scale: Scale) -> Result<CellValue, String> {
    let t = text.trim();
    if col == Col::SalesPoint {
        return SalesPoint::parse(t).map(CellValue::SalesPoint);
    }
    if t.is_empty() {
        return Ok(CellValue::Rating(None));
    }
    match crate::model::number::parse_number(t) {
        Ok(v) if scale.contains(v) => Ok(CellValue::Rating(Some(v))),
        _ => Err(t.to_string()),
    }
}

pub(super) fn set_cell(p: &mut Planning, col: Col, v: CellValue) {
    match (col, v) {
        (Col::Importance, CellValue::Rating(v)) => p.importance = v,
        (Col::Current, CellValue::Rating(v)) => p.current = v,
        (Col::Target, CellValue::Rating(v)) => p.target = v,
        (Col::Competitor(c), CellValue::Rating(v)) => match v {
            Some(v) => {
                p.competitors.insert(c, v);
            }
            None => {
                p.competitors.remove(&c);
            }
        },
        (Col::SalesPoint, CellValue::SalesPoint(s)) => p.sales_point = s,
        _ => {}
    }
}

/// The text a cell starts with when editing begins with Enter.
fn cell_text(p: &Planning, col: Col) -> String {
    let num = |v: Option<f64>| v.map(|v| format!("{v}")).unwrap_or_default();
    match col {
        Col::Importance => num(p.importance),
        Col::Current => num(p.current),
        Col::Competitor(c) => num(p.competitors.get(&c).copied()),
        Col::Target => num(p.target),
        Col::SalesPoint => format!("{}", p.sales_point.factor()),
        _ => String::new(),
    }
}

fn col_label(app: &App, col: Col) -> String {
    match col {
        Col::Importance => app.t(S::ColImportance).to_string(),
        Col::Current => app.t(S::ColCurrent).to_string(),
        Col::Competitor(c) => app
            .project
            .competitors
            .get(c)
            .map_or_else(|| c.to_string(), |x| x.name.clone()),
        Col::Target => app.t(S::ColTarget).to_string(),
        Col::Ratio => app.t(S::ColRatio).to_string(),
        Col::SalesPoint => app.t(S::ColSalesPoint).to_string(),
        Col::Absolute => app.t(S::ColAbsolute).to_string(),
        Col::Relative => app.t(S::ColRelative).to_string(),
        Col::Cumulative => app.t(S::ColCumulative).to_string(),
    }
}

/// Why a cell cannot be typed into, if it cannot.
fn locked(app: &App, col: Col) -> Option<String> {
    let meta = &app.project.meta;
    match col {
        Col::Importance if !meta.importance.is_direct() => Some(fill(
            app.t(S::ImportanceFromSource),
            &[&app.t(source_name(meta.importance))],
        )),
        Col::Current | Col::Competitor(_) if !meta.satisfaction.is_direct() => {
            Some(app.t(S::SatisfactionFromSurvey).to_string())
        }
        Col::Ratio | Col::Absolute | Col::Relative | Col::Cumulative => {
            Some(app.t(S::ComputedColumn).to_string())
        }
        _ => None,
    }
}

pub(super) fn start_edit(app: &mut App, first: Option<char>) {
    if app.refuse_read_only() {
        return;
    }
    let Some(q) = app.plan_quality() else {
        return;
    };
    let col = app.plan_col();
    if let Some(why) = locked(app, col) {
        app.error(why);
        return;
    }
    let text = match first {
        Some(c) => c.to_string(),
        None => app
            .project
            .qualities
            .get(q)
            .map(|x| cell_text(&x.planning, col))
            .unwrap_or_default(),
    };
    app.plan.sel = Some(q);
    app.mode = Mode::Plan(PlanMode::Cell {
        quality: q,
        col,
        field: TextInput::new(text),
        fresh: first.is_none(),
    });
}

/// Stores a cell value as one edit; false (with the reason in the status line) when refused.
fn store_cell(app: &mut App, q: QualityId, col: Col, text: &str) -> bool {
    let scale = app.project.meta.scale;
    let v = match parse_cell(col, text, scale) {
        Ok(v) => v,
        Err(e) => {
            let msg = if col == Col::SalesPoint {
                e
            } else {
                fill(
                    app.t(S::CellOutOfScale),
                    &[&col_label(app, col), &scale.min, &scale.max, &e],
                )
            };
            app.error(msg);
            return false;
        }
    };
    let Some(mut x) = app.project.qualities.get(q).cloned() else {
        return false;
    };
    set_cell(&mut x.planning, col, v);
    let what = fill(app.t(S::DoSetCell), &[&col_label(app, col), &q]);
    app.commit(Edit::Put(Entity::Quality(x)), what)
}

pub(super) fn clear_cell(app: &mut App) {
    if app.refuse_read_only() {
        return;
    }
    let (Some(q), col) = (app.plan_quality(), app.plan_col()) else {
        return;
    };
    if let Some(why) = locked(app, col) {
        app.error(why);
        return;
    }
    let text = if col == Col::SalesPoint { "1" } else { "" };
    store_cell(app, q, col, text);
}

pub(super) fn cell(
    app: &mut App,
    action: Action,
    quality: QualityId,
    col: Col,
    mut field: TextInput,
    fresh: bool,
) {
    let keep = |app: &mut App, field: TextInput| {
        app.mode = Mode::Plan(PlanMode::Cell {
            quality,
            col,
            field,
            fresh: false,
        })
    };
    // Moves after a stored value: (rows, columns, keep typing in the new cell).
    let (rows, cols, again) = match action {
        Action::Text(TextEdit::Left) => (0, -1, false),
        Action::Text(TextEdit::Right) => (0, 1, false),
        // The first key typed into a cell just opened replaces its value, as in a spreadsheet;
        // every later one edits what is there (so 3 . 5 over 3.0 gives 3.5).
        Action::Text(TextEdit::Insert(c)) if fresh => {
            field.set(c.to_string());
            return keep(app, field);
        }
        Action::Paste(s) if fresh => {
            field.set(s);
            return keep(app, field);
        }
        Action::Text(e) => {
            field.edit(&e);
            return keep(app, field);
        }
        Action::Paste(s) => {
            field.insert_str(&s);
            return keep(app, field);
        }
        Action::Cmd(Command::Cancel) => {
            app.mode = Mode::Browse;
            return;
        }
        Action::Confirm => (1, 0, false),
        Action::NextField => (0, 1, true),
        Action::PrevField => (0, -1, true),
        Action::Cmd(Command::Up) => (-1, 0, false),
        Action::Cmd(Command::Down) => (1, 0, false),
        _ => return,
    };
    if !store_cell(app, quality, col, field.value()) {
        return;
    }
    app.mode = Mode::Browse;
    if rows != 0 {
        move_row(app, rows);
    }
    if cols == 0 {
        return;
    }
    let all = app.plan().columns();
    let at = app.plan.col.min(all.len() - 1);
    if !again {
        app.plan.col = at.saturating_add_signed(cols).min(all.len() - 1);
        return;
    }
    // Tab goes to the next cell that can be typed into, on to the next row's first one after
    // the last of a row (Shift-Tab back likewise), so a row is entered without arrows.
    let open: Vec<usize> = (0..all.len())
        .filter(|&i| all[i].is_input() && locked(app, all[i]).is_none())
        .collect();
    let next = if cols > 0 {
        open.iter().find(|&&i| i > at).map(|&i| (0, i))
    } else {
        open.iter().rev().find(|&&i| i < at).map(|&i| (0, i))
    };
    let next = next.or_else(|| {
        let wrap = if cols > 0 { open.first() } else { open.last() };
        wrap.map(|&i| (cols.signum(), i))
    });
    let Some((row_step, to)) = next else { return };
    if row_step != 0 {
        let d = app.plan();
        let here = d.qualities.iter().position(|q| *q == quality);
        let there = here.and_then(|k| k.checked_add_signed(row_step));
        // Past the last (or before the first) row: stay on the stored cell.
        let Some(&q) = there.and_then(|k| d.qualities.get(k)) else {
            return;
        };
        app.plan.sel = Some(q);
    }
    app.plan.col = to;
    start_edit(app, None);
}
