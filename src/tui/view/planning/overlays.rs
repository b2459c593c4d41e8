//! The overlays of the Planning step: the competitor list and its name entry, the questions
//! before removing a competitor or setting targets, and the entries for a judgement or a step.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph};

use crate::tui::action::Command;
use crate::tui::app::{App, PlanMode};
use crate::tui::strings::{S, fill};
use crate::tui::view::popup::{centered, clear};
use crate::tui::view::theme;
use crate::tui::widgets::{fit, pad};

/// The overlays of the Planning step.
pub fn draw_modal(app: &App, mode: &PlanMode, frame: &mut Frame, area: Rect) {
    let t = theme(app);
    match mode {
        PlanMode::Cell { .. } => {}
        PlanMode::Competitors { sel } => competitors(app, *sel, frame, area),
        PlanMode::Name { competitor, field } => {
            competitors(app, usize::MAX, frame, area);
            let label = match competitor {
                Some(c) => fill(app.t(S::RenameCompetitor), &[c]),
                None => app.t(S::NewCompetitor).to_string(),
            };
            let r = centered(area, 50.min(area.width.saturating_sub(2)), 3);
            clear(frame, r);
            let block = Block::bordered()
                .border_style(t.accent())
                .title(Line::styled(format!(" {label} "), t.accent()))
                .title_bottom(Line::styled(format!(" {} ", app.t(S::EditKeys)), t.dim()));
            let inner = block.inner(r);
            frame.render_widget(block, r);
            if let Some(pos) = field.render(inner, frame.buffer_mut(), Style::new()) {
                frame.set_cursor_position(pos);
            }
        }
        PlanMode::ConfirmRemove(c) => {
            let name = app
                .project
                .competitors
                .get(*c)
                .map_or_else(|| c.to_string(), |x| format!("{} {}", x.id, x.name));
            question(
                app,
                &fill(app.t(S::AskRemoveCompetitor), &[&name]),
                frame,
                area,
            );
        }
        PlanMode::Targets => {
            let n = app.plan.marked.len();
            let rows = if n == 0 {
                app.plan_quality()
                    .map(|q| q.to_string())
                    .unwrap_or_default()
            } else {
                fill(app.t(S::MarkedCount), &[&n])
            };
            question(app, &fill(app.t(S::AskTargets), &[&rows]), frame, area);
        }
        PlanMode::Judge { a, b, field } => {
            let title = fill(app.t(S::JudgePrompt), &[a, b]);
            let r = centered(area, 56.min(area.width.saturating_sub(2)), 3);
            clear(frame, r);
            let block = Block::bordered()
                .border_style(t.accent())
                .title(Line::styled(
                    fit(&format!(" {title} "), r.width as usize),
                    t.accent(),
                ))
                .title_bottom(Line::styled(format!(" {} ", app.t(S::EditKeys)), t.dim()));
            let inner = block.inner(r);
            frame.render_widget(block, r);
            if let Some(pos) = field.render(inner, frame.buffer_mut(), Style::new()) {
                frame.set_cursor_position(pos);
            }
        }
        PlanMode::TargetStep { field } => {
            let r = centered(area, 50.min(area.width.saturating_sub(2)), 3);
            clear(frame, r);
            let block = Block::bordered()
                .border_style(t.accent())
                .title(Line::styled(
                    format!(" {} ", app.t(S::TargetStepPrompt)),
                    t.accent(),
                ))
                .title_bottom(Line::styled(format!(" {} ", app.t(S::EditKeys)), t.dim()));
            let inner = block.inner(r);
            frame.render_widget(block, r);
            if let Some(pos) = field.render(inner, frame.buffer_mut(), Style::new()) {
                frame.set_cursor_position(pos);
            }
        }
    }
}

fn question(app: &App, text: &str, frame: &mut Frame, area: Rect) {
    let t = theme(app);
    let w = 60.min(area.width.saturating_sub(2));
    let lines = crate::tui::widgets::wrap(text, w.saturating_sub(4) as usize);
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

/// The list of competitors with their keys.
fn competitors(app: &App, sel: usize, frame: &mut Frame, area: Rect) {
    let t = theme(app);
    let list = app.project.competitors_in_order();
    let h = (list.len() as u16 + 4).clamp(6, area.height.saturating_sub(2).max(6));
    let r = centered(area, 60.min(area.width.saturating_sub(2)), h);
    clear(frame, r);
    let keys = [
        (Command::Add, S::ShAdd),
        (Command::Edit, S::ShRename),
        (Command::Delete, S::ShDelete),
        (Command::PlanMoveUp, S::ShMoveUp),
        (Command::PlanMoveDown, S::ShMoveDown),
        (Command::Cancel, S::ShClose),
    ];
    let keys = crate::tui::view::status::key_labels(app, &keys);
    let block = Block::bordered()
        .border_style(t.accent())
        .title(Line::styled(
            format!(" {} ", app.t(S::CompetitorsTitle)),
            t.accent(),
        ));
    let inner = block.inner(r);
    frame.render_widget(block, r);
    let [list_area, keys_area] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(inner);
    if list.is_empty() {
        frame.render_widget(Line::styled(app.t(S::NoCompetitors), t.dim()), list_area);
    }
    let range = crate::tui::view::window(list.len(), Some(sel), list_area.height as usize);
    for (k, i) in range.enumerate() {
        let c = list[i];
        let mut line = Line::raw(pad(
            &format!("{:>2}. {} {}", i + 1, c.id, c.name),
            list_area.width as usize,
        ));
        if i == sel {
            line = line.style(t.selected(true));
        }
        frame.render_widget(
            line,
            Rect::new(list_area.x, list_area.y + k as u16, list_area.width, 1),
        );
    }
    frame.render_widget(
        Line::styled(fit(&keys.join(" · "), keys_area.width as usize), t.dim()),
        keys_area,
    );
}
