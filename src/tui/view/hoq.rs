//! The House of Quality step: the relationship matrix of demanded qualities (rows, with their
//! weights) and quality characteristics (columns), the technical importance underneath. Only the
//! rows and columns that fit are built; the columns scroll to keep the cursor in view.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::popup::{centered, clear};
use super::{theme, window};
use crate::model::RelationshipKey;
use crate::tui::action::Command as C;
use crate::tui::app::App;
use crate::tui::app::hoq::{HoqField, HoqMode};
use crate::tui::strings::{S, fill};
use crate::tui::widgets::columns::{self, Bound};
use crate::tui::widgets::{fit, pad, wrap};

pub const KEY_HINTS: &[(C, S)] = &[
    (C::HoqCycle, S::ShCycle),
    (C::Add, S::ShAdd),
    (C::Edit, S::ShRename),
    (C::Delete, S::ShDelete),
    (C::HoqUnit, S::ShUnit),
    (C::HoqTarget, S::ShTargetValue),
    (C::HoqDirection, S::ShDirection),
    (C::HoqScale, S::ShScale),
    (C::HoqColumnLeft, S::ShMoveColumn),
    (C::Undo, S::ShUndo),
    (C::Help, S::ShHelp),
];

/// Narrowest characteristic column: room for "1234.5", "↑ IPX" and a name cut to "Beam th…".
const COL_MIN: usize = 8;
/// Width of the weight column.
const WEIGHT_W: usize = 6;

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

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let t = theme(app);
    let d = app.hoq();
    let (row_sel, col_sel) = app.hoq_cursor();
    let p = &app.project;
    let title = fill(app.t(S::HoqTitle), &[&p.meta.relation_scale]);
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
    let mut block = Block::bordered()
        .border_style(t.border(true))
        .title(Line::styled(format!(" {title} "), t.accent()));
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
        let row_style = if on_row {
            Style::new().add_modifier(Modifier::BOLD)
        } else {
            Style::new()
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
            let label = match what {
                HoqField::Name(None) => app.t(S::NewCharacteristic).to_string(),
                HoqField::Name(Some(c)) => fill(app.t(S::RenameCharacteristic), &[&name(*c)]),
                HoqField::Unit(c) => fill(app.t(S::UnitOf), &[&name(*c)]),
                HoqField::Target(c) => fill(app.t(S::TargetOf), &[&name(*c)]),
            };
            let r = centered(area, 56.min(area.width.saturating_sub(2)), 3);
            clear(frame, r);
            let block = Block::bordered()
                .border_style(t.accent())
                .title(Line::styled(
                    fit(&format!(" {label} "), r.width.saturating_sub(2) as usize),
                    t.accent(),
                ))
                .title_bottom(Line::styled(format!(" {} ", app.t(S::EditKeys)), t.dim()));
            let inner = block.inner(r);
            frame.render_widget(block, r);
            if let Some(pos) = field.render(inner, frame.buffer_mut(), Style::new()) {
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
