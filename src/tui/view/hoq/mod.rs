//! The House of Quality step: the relationship matrix (`matrix`), the technical benchmark
//! (`bench`), the roof of correlations (`roof`) and the audit flags (`audit`), one at a time in
//! the same frame; and the entries and question of the step.

mod audit;
mod bench;
mod matrix;
mod roof;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::popup::{centered, clear};
use super::theme;
use crate::tui::action::Command as C;
use crate::tui::app::App;
use crate::tui::app::hoq::{HoqField, HoqMode, HoqView, label};
use crate::tui::strings::{S, fill};
use crate::tui::widgets::{fit, pad, wrap};

/// The keys the status line offers, by view.
pub fn key_list(app: &App) -> &'static [(C, S)] {
    match app.hoq.view {
        HoqView::Matrix => &[
            (C::HoqCycle, S::ShCycle),
            (C::Add, S::ShAdd),
            (C::HoqDerive, S::ShDerive),
            (C::Edit, S::ShRename),
            (C::Delete, S::ShDelete),
            (C::HoqView, S::ShView),
            (C::HoqUnit, S::ShUnit),
            (C::HoqTarget, S::ShTargetValue),
            (C::HoqDirection, S::ShDirection),
            (C::HoqScale, S::ShScale),
            (C::HoqColumnLeft, S::ShMoveColumn),
            (C::Undo, S::ShUndo),
            (C::Help, S::ShHelp),
        ],
        HoqView::Benchmark => &[
            (C::Edit, S::ShEdit),
            (C::HoqClear, S::ShClear),
            (C::HoqView, S::ShView),
            (C::Add, S::ShAdd),
            (C::Undo, S::ShUndo),
            (C::Help, S::ShHelp),
        ],
        HoqView::Roof => &[
            (C::HoqCycle, S::ShCycle),
            (C::HoqClear, S::ShClear),
            (C::HoqView, S::ShView),
            (C::Undo, S::ShUndo),
            (C::Help, S::ShHelp),
        ],
        HoqView::Audit => &[
            (C::HoqDerive, S::ShDerive),
            (C::HoqView, S::ShView),
            (C::Cancel, S::ShBackToMatrix),
            (C::Help, S::ShHelp),
        ],
    }
}

/// The direction and unit of a characteristic: "↑ lm".
fn direction_unit(c: &crate::model::Characteristic) -> String {
    if c.unit.is_empty() {
        c.direction.symbol().to_string()
    } else {
        format!("{} {}", c.direction.symbol(), c.unit)
    }
}

/// The text right-aligned in `width` cells.
fn right(text: &str, width: usize) -> String {
    let s = fit(text, width);
    format!("{}{s}", " ".repeat(width.saturating_sub(s.width())))
}

/// The text centred in `width` cells.
fn center(text: &str, width: usize) -> String {
    let s = fit(text, width);
    let left = width.saturating_sub(s.width()) / 2;
    pad(&format!("{}{s}", " ".repeat(left)), width)
}

fn num(v: Option<f64>) -> String {
    v.map(|v| format!("{v:.1}")).unwrap_or_else(|| "–".into())
}

/// A measured value as typed: "45", "3.4"; a dash for none.
fn value(v: Option<f64>) -> String {
    v.map(|v| format!("{v}")).unwrap_or_else(|| "–".into())
}

/// The frame of every view: the scale, the view and how many audit flags are up.
fn block(app: &App, view: S) -> Block<'static> {
    let t = theme(app);
    let mut title = format!(
        "{} · {}",
        fill(app.t(S::HoqTitle), &[&app.project.meta.relation_scale]),
        app.t(view)
    );
    let flags = app.hoq().audit.len();
    if flags > 0 {
        title.push_str(" · ");
        title.push_str(&fill(app.t(S::HoqFlags), &[&flags]));
    }
    Block::bordered()
        .border_style(t.border(true))
        .title(Line::styled(format!(" {title} "), t.accent()))
}

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    match app.hoq.view {
        HoqView::Matrix => matrix::draw(app, frame, area),
        HoqView::Benchmark => bench::draw(app, frame, area),
        HoqView::Roof => roof::draw(app, frame, area),
        HoqView::Audit => audit::draw(app, frame, area),
    }
}

/// The entry and question overlays of the step.
pub fn draw_modal(app: &App, mode: &HoqMode, frame: &mut Frame, area: Rect) {
    let t = theme(app);
    let name = |c: crate::model::CharacteristicId| {
        app.project
            .characteristics
            .get(c)
            .map_or_else(|| c.to_string(), |x| format!("{} {}", x.id, x.name))
    };
    match mode {
        HoqMode::Entry { what, field } => {
            let mut label = label(app, *what);
            if matches!(
                what,
                HoqField::Target(_)
                    | HoqField::Ours(_)
                    | HoqField::Competitor(..)
                    | HoqField::Difficulty(_)
            ) {
                label = format!("{label} {}", app.t(S::HoqEmptyClears));
            }
            // As wide as the question wants, from 64 up to 96 cells, within the screen.
            let want = (label.width() + 4).clamp(64, 96) as u16;
            let w = want.min(area.width.saturating_sub(2));
            // A long question wraps above the field rather than being cut.
            let lines = wrap(&label, w.saturating_sub(2) as usize);
            let r = centered(area, w, lines.len() as u16 + 3);
            clear(frame, r);
            let block = Block::bordered()
                .border_style(t.accent())
                .title_bottom(Line::styled(format!(" {} ", app.t(S::EditKeys)), t.dim()));
            let inner = block.inner(r);
            frame.render_widget(block, r);
            let n = lines.len() as u16;
            frame.render_widget(
                Paragraph::new(
                    lines
                        .into_iter()
                        .map(|l| Line::styled(l, t.accent()))
                        .collect::<Vec<_>>(),
                ),
                Rect { height: n, ..inner },
            );
            let input = Rect {
                y: inner.y + n,
                height: 1,
                ..inner
            };
            if let Some(pos) = field.render(input, frame.buffer_mut(), Style::new()) {
                frame.set_cursor_position(pos);
            }
        }
        HoqMode::ConfirmDelete(c) => {
            let cells = app
                .project
                .relationships
                .iter()
                .filter(|r| r.characteristic == *c)
                .count();
            let text = fill(app.t(S::AskDeleteCharacteristic), &[&name(*c), &cells]);
            let w = 60.min(area.width.saturating_sub(2));
            let lines = wrap(&text, w.saturating_sub(4) as usize);
            let r = centered(area, w, lines.len() as u16 + 2);
            clear(frame, r);
            let block = Block::bordered().border_style(t.accent());
            let inner = block.inner(r);
            frame.render_widget(block, r);
            frame.render_widget(
                Paragraph::new(lines.into_iter().map(Line::raw).collect::<Vec<_>>()),
                inner,
            );
        }
    }
}
