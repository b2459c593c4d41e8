//! The Items step: remarks on the left, the selected remark's items on the right, and the trace
//! of the selected item (its remarks and the qualities drawn from it).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::remarks::item_counts;
use super::{draw_list, id_row, theme};
use crate::tui::app::{App, Focus, Input, Mode, RemarkRow, Step, Target};
use crate::tui::strings::S;
use crate::tui::widgets::{fit, wrap_clamped};

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(40), Constraint::Percentage(60)]).areas(area);
    let t = theme(app);
    let trace_rows = if area.height >= 30 { 10 } else { 6 };
    let sel_remark = app
        .current_remark(Step::Items)
        .and_then(|r| app.project.remarks.get(r));
    // The selected remark in full (up to four lines, then an ellipsis), above its items; the
    // list on the left shows it cut.
    let inner_w = right.width.saturating_sub(2).max(1) as usize;
    let remark_lines = sel_remark.map_or(Vec::new(), |r| {
        wrap_clamped(&format!("{} {}", r.id, r.text), inner_w, 4)
    });
    let remark_rows = if remark_lines.is_empty() {
        0
    } else {
        remark_lines.len() as u16 + 2
    };
    let [remark_area, items_area, trace_area] = Layout::vertical([
        Constraint::Length(remark_rows),
        Constraint::Min(3),
        Constraint::Length(trace_rows),
    ])
    .areas(right);
    if let Some(r) = sel_remark {
        let id = r.id.to_string();
        let lines: Vec<Line> = remark_lines
            .iter()
            .enumerate()
            .map(|(i, l)| match l.strip_prefix(id.as_str()) {
                Some(rest) if i == 0 => Line::from(vec![
                    Span::styled(id.clone(), t.id()),
                    Span::raw(rest.to_string()),
                ]),
                _ => Line::raw(l.clone()),
            })
            .collect();
        frame.render_widget(
            Paragraph::new(lines).block(Block::bordered().title(Line::styled(
                format!(" {} ", app.t(S::LabelRemark)),
                t.dim(),
            ))),
            remark_area,
        );
    }
    let browsing = matches!(app.mode, Mode::Browse);

    let rows = app.item_step_rows();
    let row = app.current_row();
    let selected = row.and_then(|s| rows.iter().position(|r| *r == s));
    let counts = item_counts(app);
    let unlinked = app.items_in(RemarkRow::Unlinked).len();
    let empty = if app.project.remarks.is_empty() {
        app.t(S::NoRemarks)
    } else {
        app.t(S::NoMatch)
    };
    let remark_count = app.remark_rows(Step::Items).len();
    draw_list(
        app,
        frame,
        left,
        format!("{} ({remark_count})", app.t(S::PaneRemarks)),
        rows.len(),
        selected,
        browsing && app.items_focus == Focus::Left,
        empty,
        |i, width| {
            let (id, text, n, candidate) = match rows[i] {
                RemarkRow::Remark(r) => {
                    let remark = app.project.remarks.get(r);
                    let text = remark.map(|x| x.text.as_str()).unwrap_or("");
                    let candidate = remark.is_some_and(|x| x.candidate);
                    (
                        r.to_string(),
                        text,
                        counts.get(&r).copied().unwrap_or(0),
                        candidate,
                    )
                }
                RemarkRow::Unlinked => ("+".to_string(), app.t(S::UnlinkedItems), unlinked, false),
            };
            // A candidate not yet accepted on the Remarks step says so here too.
            let note = match (candidate, n) {
                (true, 0) => app.t(S::CandidateMark).to_string(),
                (true, n) => format!("{} · ×{n}", app.t(S::CandidateMark)),
                (false, 0) => String::new(),
                (false, n) => format!("×{n}"),
            };
            id_row(app, id, text, note, width)
        },
    );

    let items = row.map(|r| app.items_in(r)).unwrap_or_default();
    let item_sel = app.current_item();
    let selected = item_sel.and_then(|s| items.iter().position(|i| i.id == s));
    let title = match row {
        Some(RemarkRow::Remark(r)) => format!("{} ← {r} ({})", app.t(S::PaneItems), items.len()),
        Some(RemarkRow::Unlinked) => format!("{} ({})", app.t(S::PaneItems), items.len()),
        None => app.t(S::PaneItems).to_string(),
    };
    let empty = if row.is_some() {
        app.t(S::NoItems)
    } else {
        app.t(S::NoRemarkSelected)
    };
    draw_list(
        app,
        frame,
        items_area,
        title,
        items.len(),
        selected,
        (browsing && app.items_focus == Focus::Right)
            || matches!(
                &app.mode,
                Mode::Input(Input {
                    target: Target::NewItem(_) | Target::EditItem(_),
                    ..
                })
            ),
        empty,
        |i, width| {
            let it = items[i];
            let others = it.remarks.len().saturating_sub(1);
            let note = if others > 0 {
                format!("+{others} {}", app.t(S::LabelRemarks))
            } else {
                String::new()
            };
            id_row(app, it.id.to_string(), &it.text, note, width)
        },
    );

    // Trace of the selected item.
    let block =
        Block::bordered().title(Line::styled(format!(" {} ", app.t(S::PaneTrace)), t.dim()));
    let inner_w = trace_area.width.saturating_sub(2) as usize;
    let mut lines = Vec::new();
    if let Some(item) = item_sel.and_then(|i| app.project.items.get(i)) {
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", item.id), t.id()),
            Span::raw(item.text.clone()),
        ]));
        for r in &item.remarks {
            let text = app
                .project
                .remarks
                .get(*r)
                .map(|x| x.text.as_str())
                .unwrap_or("");
            lines.push(Line::from(vec![
                Span::styled(format!("  ← {r} "), t.id()),
                Span::raw(fit(text, inner_w.saturating_sub(8))),
            ]));
        }
        for q in app
            .project
            .qualities
            .iter()
            .filter(|q| q.items.contains(&item.id))
        {
            lines.push(Line::from(vec![
                Span::styled(format!("  → {} ", q.id), t.id()),
                Span::raw(fit(&q.text, inner_w.saturating_sub(8))),
            ]));
        }
    }
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        trace_area,
    );
}
