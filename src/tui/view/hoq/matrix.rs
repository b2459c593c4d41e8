//! The relationship matrix: demanded qualities (rows, with their weights) and quality
//! characteristics (columns), the technical importance underneath. Only the rows and columns
//! that fit are built; the columns scroll to keep the cursor in view.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::super::window;
use super::{block, center, direction_unit, num, right};
use crate::model::RelationshipKey;
use crate::tui::action::Command as C;
use crate::tui::app::App;
use crate::tui::strings::{S, fill};
use crate::tui::widgets::columns::{self, Bound};
use crate::tui::widgets::{fit, pad};

/// Narrowest characteristic column: room for "1234.5", "↑ IPX" and a name cut to "Beam th…".
const COL_MIN: usize = 8;
/// Width of the weight column.
const WEIGHT_W: usize = 6;

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let t = super::super::theme(app);
    let d = app.hoq();
    let (row_sel, col_sel) = app.hoq_cursor();
    let p = &app.project;
    let cols = d.columns();
    let inner_w = area.width.saturating_sub(2) as usize;
    // Widths shared out by what the columns hold (widgets::columns): the quality text as wide
    // as the widest on screen down to a useful minimum, each characteristic as wide as its
    // name (up to a share of the width) down to COL_MIN, below which the columns scroll.
    let rows_h = (area.height as usize).saturating_sub(2 + 3 + 4);
    let label_want = window(d.rows.len(), row_sel, rows_h)
        .map(|i| {
            let (q, _) = d.rows[i];
            let text = p.qualities.get(q).map_or("", |x| x.text.as_str());
            format!("{q} {text}").width()
        })
        .max()
        .unwrap_or(0)
        .max(app.t(S::HoqQuality).width())
        .max(
            [S::HoqTechnical, S::HoqRelative, S::HoqRank, S::HoqTarget]
                .iter()
                .map(|s| app.t(*s).width())
                .max()
                .unwrap_or(0)
                .saturating_sub(WEIGHT_W + 1),
        );
    let label = Bound::soft(
        label_want.min((inner_w / 3).max(24)),
        label_want,
        Some(0.35),
    );
    let fixed = [label, Bound::Hard(WEIGHT_W)];
    let bounds: Vec<Bound> = cols
        .iter()
        .enumerate()
        .map(|(j, id)| {
            let c = p.characteristics.get(*id);
            let name = c.map_or(0, |c| c.name.width());
            let du = c.map_or(0, |c| direction_unit(c).width());
            let t = d
                .house
                .columns
                .get(j)
                .map_or(0, |h| format!("{:.1}", h.technical).width());
            let want = name.max(du).max(t).max(COL_MIN);
            Bound::soft(COL_MIN.max(du).max(t), want, Some(0.2))
        })
        .collect();
    let shown = columns::window(&fixed, &bounds, col_sel.unwrap_or(0), inner_w, 1);
    let first = shown.start;
    let mut all = fixed.to_vec();
    all.extend_from_slice(&bounds[shown.clone()]);
    let shared = columns::widths(&all, inner_w, 1);
    let label_w = shared[0];
    // The weight column takes its blank in front; each characteristic likewise.
    let weight_w = shared.get(1).copied().unwrap_or(WEIGHT_W) + 1;
    let col_w: Vec<usize> = shared.iter().skip(2).map(|w| w + 1).collect();
    let shown: Vec<(usize, usize)> = shown.zip(col_w).collect();
    let mut block = block(app, S::HoqViewMatrix);
    if !cols.is_empty() {
        let range = fill(
            app.t(S::HoqColumns),
            &[
                &(first + 1),
                &(first + shown.len()).min(cols.len()),
                &cols.len(),
            ],
        );
        block = block.title_bottom(Line::styled(format!(" {range} "), t.dim()).right_aligned());
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = inner.width as usize;
    let mut lines: Vec<Line> = Vec::new();

    // What the cursor is on, in full.
    let detail = match (app.hoq_quality(), app.hoq_characteristic()) {
        (q, Some(c)) => {
            let ch = p.characteristics.get(c);
            let mut s = ch.map_or_else(
                || c.to_string(),
                |x| format!("{} {} {}", x.id, x.name, x.direction.symbol()),
            );
            if let Some(x) = ch.filter(|x| !x.unit.is_empty()) {
                s.push_str(&format!(" [{}]", x.unit));
            }
            if let Some(q) = q.and_then(|q| p.qualities.get(q)) {
                let cell = p
                    .relationships
                    .get(RelationshipKey {
                        quality: q.id,
                        characteristic: c,
                    })
                    .map_or("·", |r| r.strength.symbol());
                s = format!("{} {} × {s}: {cell}", q.id, q.text);
            }
            s
        }
        (_, None) => {
            let key = app
                .keymap
                .keys(C::Add)
                .first()
                .map(|k| k.to_string())
                .unwrap_or_default();
            fill(app.t(S::HoqNoCharacteristics), &[&key])
        }
    };
    lines.push(Line::styled(fit(&detail, width), t.accent()));

    // Header: names, then direction and unit.
    let mut names = vec![
        Span::styled(pad(app.t(S::HoqQuality), label_w), t.dim()),
        Span::styled(right(app.t(S::HoqWeight), weight_w), t.dim()),
    ];
    let mut units = vec![Span::raw(" ".repeat(label_w + weight_w))];
    for &(j, col_w) in &shown {
        let Some(c) = p.characteristics.get(cols[j]) else {
            continue;
        };
        let style = if Some(j) == col_sel {
            t.accent().add_modifier(Modifier::BOLD)
        } else {
            Style::new()
        };
        names.push(Span::raw(" "));
        names.push(Span::styled(pad(&c.name, col_w - 1), style));
        let du = direction_unit(c);
        units.push(Span::raw(" "));
        units.push(Span::styled(center(&du, col_w - 1), t.dim()));
    }
    lines.push(Line::from(names));
    lines.push(Line::from(units));

    // The matrix: as many rows as fit above the four summary lines.
    let footer = 4;
    let body_h = (inner.height as usize).saturating_sub(lines.len() + footer);
    if d.rows.is_empty() {
        lines.push(Line::styled(fit(app.t(S::HoqEmptyRows), width), t.dim()));
    }
    for i in window(d.rows.len(), row_sel, body_h) {
        let (q, w) = d.rows[i];
        let text = p.qualities.get(q).map_or("", |x| x.text.as_str());
        let on_row = Some(i) == row_sel;
        // A row no characteristic strongly realises stands out (the audit lists it).
        let flagged = d.audit.no_strong.contains(&q);
        let row_style = match (on_row, flagged) {
            (true, false) => Style::new().add_modifier(Modifier::BOLD),
            (true, true) => t.warn().add_modifier(Modifier::BOLD),
            (false, true) => t.warn(),
            (false, false) => Style::new(),
        };
        let label = format!("{q} {text}");
        let mut spans = vec![
            Span::styled(pad(&label, label_w), row_style),
            Span::styled(right(&num(w), weight_w), t.dim()),
        ];
        for &(j, col_w) in &shown {
            let key = RelationshipKey {
                quality: q,
                characteristic: cols[j],
            };
            let sym = p
                .relationships
                .get(key)
                .map_or(if on_row { "·" } else { "" }, |r| r.strength.symbol());
            spans.push(Span::raw(" "));
            let style = if on_row && Some(j) == col_sel {
                t.selected(true)
            } else {
                Style::new()
            };
            spans.push(Span::styled(center(sym, col_w - 1), style));
        }
        lines.push(Line::from(spans));
    }

    // The summary, pinned to the bottom.
    let body_end = (inner.height as usize).saturating_sub(footer);
    while lines.len() < body_end {
        lines.push(Line::default());
    }
    let summary = |label: S, value: &dyn Fn(usize) -> String| {
        let mut spans = vec![Span::styled(
            pad(app.t(label), label_w + weight_w),
            t.accent(),
        )];
        for &(j, col_w) in &shown {
            spans.push(Span::raw(" "));
            spans.push(Span::raw(right(&value(j), col_w - 1)));
        }
        Line::from(spans)
    };
    let h = &d.house.columns;
    lines.push(summary(S::HoqTechnical, &|j| {
        format!("{:.1}", h[j].technical)
    }));
    lines.push(summary(S::HoqRelative, &|j| num(h[j].relative)));
    lines.push(summary(S::HoqRank, &|j| {
        h[j].rank.map_or_else(|| "–".into(), |r| r.to_string())
    }));
    lines.push(summary(S::HoqTarget, &|j| {
        p.characteristics
            .get(cols[j])
            .and_then(|c| c.target)
            .map_or_else(String::new, |v| format!("{v}"))
    }));
    lines.truncate(inner.height as usize);
    frame.render_widget(Paragraph::new(lines), inner);
}
