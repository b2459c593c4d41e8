//! The Affinity step's overlays: moving cards, near-duplicates, deleting, work in progress and
//! the trace of a record, with the boxes, frames and paged lists every overlay of the step uses.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::height_of;
use super::name_form::name_form;
use super::suggestions::suggestions;
use crate::model::QualityId;
use crate::tui::app::App;
use crate::tui::app::affinity::{Popup, TraceLine};
use crate::tui::strings::{S, fill};
use crate::tui::view::popup::{centered, clear};
use crate::tui::view::{theme, window};
use crate::tui::widgets::{fit, wrap};

/// Draws the open overlay of the step.
pub fn draw_popup(app: &App, popup: &Popup, frame: &mut Frame, area: Rect) {
    match popup {
        Popup::Name(form) => name_form(app, form, frame, area),
        Popup::MoveTo(p) => {
            let choices = app.move_choices(p);
            let what: Vec<String> = p
                .nodes
                .iter()
                .take(4)
                .map(|n| crate::tui::app::affinity::node_id(*n).to_string())
                .collect();
            let mut what = what.join(", ");
            if p.nodes.len() > 4 {
                what.push_str(", …");
            }
            let labels: Vec<String> = choices.into_iter().map(|(l, _)| l).collect();
            let r = box_area(area, 72, height_of(labels.len()).saturating_add(5));
            let inner = framed(
                app,
                frame,
                r,
                &fill(app.t(S::AffMoveTitle), &[&what]),
                app.t(S::PickKeys),
            );
            let [filter_row, _, list] = Layout::vertical([
                Constraint::Length(1),
                Constraint::Length(1),
                Constraint::Min(1),
            ])
            .areas(inner);
            let t = theme(app);
            frame.render_widget(Span::styled("› ", t.accent()), filter_row);
            let field = Rect::new(
                filter_row.x + 2,
                filter_row.y,
                filter_row.width.saturating_sub(2),
                1,
            );
            if let Some(pos) = p.filter.render(field, frame.buffer_mut(), Style::new()) {
                frame.set_cursor_position(pos);
            }
            let lines: Vec<Line> = labels.iter().map(|l| Line::raw(l.clone())).collect();
            list_lines(app, frame, list, lines, p.selected, 1);
            if labels.is_empty() {
                frame.render_widget(Line::styled(app.t(S::NoMatch), t.dim()), list);
            }
        }
        Popup::Duplicates { pairs, selected } => {
            let t = theme(app);
            let r = box_area(
                area,
                100,
                height_of(pairs.len()).saturating_mul(2).saturating_add(2),
            );
            let inner = framed(
                app,
                frame,
                r,
                &fill(app.t(S::AffDupTitle), &[&pairs.len()]),
                app.t(S::AffDupKeys),
            );
            let w = inner.width as usize;
            let text = |q: QualityId| {
                app.project
                    .qualities
                    .get(q)
                    .map(|q| q.text.clone())
                    .unwrap_or_default()
            };
            let mut lines = Vec::new();
            for (a, b, sim) in pairs {
                let pct = format!("{:>3.0}% ", sim * 100.0);
                let pw = pct.width();
                let idw = a.to_string().len().max(b.to_string().len()).max(3) + 1;
                lines.push(Line::from(vec![
                    Span::styled(pct, t.warn()),
                    Span::styled(format!("{:<idw$}", a.to_string()), t.id()),
                    Span::raw(fit(&text(*a), w.saturating_sub(pw + idw))),
                ]));
                lines.push(Line::from(vec![
                    Span::raw(" ".repeat(pw)),
                    Span::styled(format!("{:<idw$}", b.to_string()), t.id()),
                    Span::raw(fit(&text(*b), w.saturating_sub(pw + idw))),
                ]));
            }
            list_lines(app, frame, inner, lines, *selected, 2);
        }
        Popup::Suggestions {
            proposals,
            selected,
        } => suggestions(app, proposals, *selected, frame, area),
        Popup::ConfirmDelete { question, .. } => {
            let t = theme(app);
            let w = 72.min(area.width.saturating_sub(4));
            let lines: Vec<Line> = wrap(question, w.saturating_sub(2) as usize)
                .into_iter()
                .map(|l| Line::styled(l, t.warn()))
                .collect();
            let r = box_area(area, w, height_of(lines.len()));
            let inner = framed(
                app,
                frame,
                r,
                app.t(S::ShDelete),
                app.t(S::AffAskDeleteKeys),
            );
            frame.render_widget(Paragraph::new(lines), inner);
        }
        Popup::Working(n) => {
            let r = box_area(area, 60, 3);
            let inner = framed(app, frame, r, "gemba", app.t(S::AffWorkingKeys));
            frame.render_widget(
                Paragraph::new(fill(app.t(S::AffWorking), &[n])).wrap(Wrap { trim: true }),
                inner,
            );
        }
        Popup::Trace {
            subject,
            lines,
            scroll,
        } => {
            let t = theme(app);
            let r = box_area(area, 100, height_of(lines.len()).saturating_add(3));
            let head = match subject {
                crate::model::EntityId::Group(g) => {
                    app.project.groups.get(*g).map(|g| g.title.clone())
                }
                crate::model::EntityId::Quality(q) => {
                    app.project.qualities.get(*q).map(|q| q.text.clone())
                }
                crate::model::EntityId::Remark(r) => {
                    app.project.remarks.get(*r).map(|r| r.text.clone())
                }
                _ => None,
            }
            .unwrap_or_default();
            let inner = framed(
                app,
                frame,
                r,
                &fill(app.t(S::AffTraceTitle), &[subject, &head]),
                app.t(S::AffTraceKeys),
            );
            let w = inner.width as usize;
            let mut out: Vec<Line> = Vec::new();
            if lines.is_empty() {
                out.push(Line::styled(app.t(S::AffTraceNothing), t.dim()));
            }
            for l in lines {
                match l {
                    TraceLine::Heading(s, n) => {
                        out.push(Line::styled(format!("{} ({n})", app.t(*s)), t.accent()))
                    }
                    TraceLine::Entry(id, text) => {
                        let id = format!("  {id:<5} ");
                        let iw = id.width();
                        out.push(Line::from(vec![
                            Span::styled(id, t.id()),
                            Span::raw(fit(text, w.saturating_sub(iw))),
                        ]));
                    }
                }
            }
            let max = height_of(out.len()).saturating_sub(inner.height);
            frame.render_widget(Paragraph::new(out).scroll(((*scroll).min(max), 0)), inner);
        }
    }
}

/// A box of at most `w`×`h` cells in the middle of the screen, leaving a margin.
pub(super) fn box_area(area: Rect, w: u16, h: u16) -> Rect {
    centered(
        area,
        w.min(area.width.saturating_sub(4)),
        h.saturating_add(2).min(area.height.saturating_sub(2)),
    )
}

/// Clears `r`, draws a titled frame with the keys at the bottom and returns the inside.
pub(super) fn framed(app: &App, frame: &mut Frame, r: Rect, title: &str, keys: &str) -> Rect {
    let t = theme(app);
    clear(frame, r);
    let w = (r.width as usize).saturating_sub(4);
    let block = Block::bordered()
        .border_style(t.accent())
        .title(Line::styled(format!(" {} ", fit(title, w)), t.accent()))
        .title_bottom(Line::styled(format!(" {} ", fit(keys, w)), t.dim()));
    let inner = block.inner(r);
    frame.render_widget(block, r);
    inner
}

/// Draws entries of `per` lines each, paged so the selected entry shows, highlighting it.
pub(super) fn list_lines(
    app: &App,
    frame: &mut Frame,
    area: Rect,
    lines: Vec<Line>,
    sel: usize,
    per: usize,
) {
    let t = theme(app);
    let entries = lines.len() / per.max(1);
    let fit_entries = (area.height as usize / per).max(1);
    let range = window(entries, Some(sel), fit_entries);
    let mut y = area.y;
    for e in range {
        for k in 0..per {
            if y >= area.y + area.height {
                return;
            }
            let Some(line) = lines.get(e * per + k) else {
                continue;
            };
            let mut line = line.clone();
            if e == sel {
                line = line.patch_style(t.selected(true));
                let w = line.width();
                if w < area.width as usize {
                    line.push_span(Span::raw(" ".repeat(area.width as usize - w)));
                }
            }
            frame.render_widget(line, Rect::new(area.x, y, area.width, 1));
            y += 1;
        }
    }
}
