//! The roof: how each pair of characteristics pulls on each other (++ + − −−). Drawn as a
//! triangle above the column names when each column gets room for a readable name, as a list of
//! pairs otherwise; the conflicts (− and −−) follow with the demanded qualities each side serves.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::super::{theme, window};
use super::block;
use crate::model::{CharacteristicId, Roof};
use crate::tui::app::App;
use crate::tui::app::hoq::pairs;
use crate::tui::strings::{S, fill};
use crate::tui::widgets::{fit, pad};

/// Narrowest column of the triangle; below it the roof is a list.
pub const TRIANGLE_COL_MIN: usize = 12;
/// Widest column of the triangle.
const TRIANGLE_COL_MAX: usize = 18;

fn roof_of(app: &App, a: CharacteristicId, b: CharacteristicId) -> Option<Roof> {
    app.project
        .correlations
        .get(crate::model::CorrelationKey {
            low: a.min(b),
            high: a.max(b),
        })
        .map(|c| c.roof)
}

fn name(app: &App, c: CharacteristicId) -> String {
    app.project
        .characteristics
        .get(c)
        .map_or_else(|| c.to_string(), |x| format!("{} {}", x.id, x.name))
}

/// The demanded qualities a characteristic has a cell with, in the order of the rows.
fn serves(app: &App, c: CharacteristicId) -> Vec<String> {
    app.hoq()
        .rows
        .iter()
        .filter(|(q, _)| {
            app.project
                .relationships
                .get(crate::model::RelationshipKey {
                    quality: *q,
                    characteristic: c,
                })
                .is_some()
        })
        .map(|(q, _)| q.to_string())
        .collect()
}

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let t = theme(app);
    let block = block(app, S::HoqViewRoof);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = inner.width as usize;
    let height = inner.height as usize;
    let cols = app.hoq().columns();
    let all = pairs(&cols);
    let sel = app.roof_pair();
    let mut lines: Vec<Line> = Vec::new();
    let symbol = |r: Option<Roof>| r.map_or("·", Roof::symbol);

    // The selected pair in full.
    let detail = match sel {
        Some((i, j)) => format!(
            "{} ↔ {}: {}",
            name(app, cols[i]),
            name(app, cols[j]),
            symbol(roof_of(app, cols[i], cols[j]))
        ),
        None => app.t(S::HoqRoofNeedsTwo).to_string(),
    };
    lines.push(Line::styled(fit(&detail, width), t.accent()));

    let n = cols.len();
    let cw = (width / n.max(1)).min(TRIANGLE_COL_MAX);
    let triangle = n >= 2 && cw >= TRIANGLE_COL_MIN && n + 4 <= height;
    app.hoq.roof_triangle.set(triangle);
    if triangle {
        // Pair (i, j) sits above the middle of columns i and j, j − i rows above the names.
        for level in (1..n).rev() {
            let mut spans: Vec<Span> = Vec::new();
            let mut x = 0;
            for i in 0..n - level {
                let j = i + level;
                let sym = symbol(roof_of(app, cols[i], cols[j]));
                let mid = (i + j) * cw / 2 + (cw - 1) / 2;
                let start = mid.saturating_sub(sym.width() / 2);
                if start < x {
                    continue;
                }
                spans.push(Span::raw(" ".repeat(start - x)));
                let style = if sel == Some((i, j)) {
                    t.selected(true)
                } else if sym == "·" {
                    t.dim()
                } else {
                    Style::new()
                };
                spans.push(Span::styled(sym.to_string(), style));
                x = start + sym.width();
            }
            lines.push(Line::from(spans));
        }
        let mut names: Vec<Span> = Vec::new();
        for (k, c) in cols.iter().enumerate() {
            let on = sel.is_some_and(|(i, j)| i == k || j == k);
            let style = if on {
                t.accent().add_modifier(Modifier::BOLD)
            } else {
                Style::new()
            };
            let label = name(app, *c);
            names.push(Span::styled(
                pad(&super::center(&label, cw - 1), cw - 1),
                style,
            ));
            names.push(Span::raw(" "));
        }
        lines.push(Line::from(names));
    } else if n >= 2 {
        // A list of every pair, half the room; the conflicts get the rest.
        // A third of a short screen, half of a tall one: the conflicts need their room too.
        let free = height.saturating_sub(lines.len());
        let list_h = if height < 30 { free / 3 } else { free / 2 }.max(3);
        let sel_k = sel.and_then(|s| all.iter().position(|p| *p == s));
        let name_w = width.saturating_sub(6) / 2;
        for k in window(all.len(), sel_k, list_h) {
            let (i, j) = all[k];
            let sym = symbol(roof_of(app, cols[i], cols[j]));
            let style = if Some(k) == sel_k {
                t.selected(true)
            } else {
                Style::new()
            };
            lines.push(Line::from(vec![
                Span::styled(pad(&name(app, cols[i]), name_w), style),
                Span::styled(super::center(sym, 4), style),
                Span::styled(pad(&name(app, cols[j]), name_w), style),
            ]));
        }
        lines.push(Line::styled(
            fill(
                app.t(S::HoqPairs),
                &[&(sel_k.map_or(0, |k| k + 1)), &all.len()],
            ),
            t.dim(),
        ));
    }

    // The conflicts, each with the qualities either side serves.
    lines.push(Line::default());
    lines.push(Line::styled(app.t(S::HoqConflicts).to_string(), t.accent()));
    let conflicts: Vec<(usize, usize, Roof)> = all
        .iter()
        .filter_map(|&(i, j)| {
            let r = roof_of(app, cols[i], cols[j])?;
            matches!(r, Roof::Negative | Roof::StrongNegative).then_some((i, j, r))
        })
        .collect();
    if conflicts.is_empty() {
        lines.push(Line::styled(fit(app.t(S::HoqNoConflicts), width), t.dim()));
    }
    let serves_line = |c: CharacteristicId| {
        let qs = serves(app, c);
        let what = if qs.is_empty() {
            app.t(S::HoqServesNothing).to_string()
        } else {
            fill(app.t(S::HoqServes), &[&qs.join(" ")])
        };
        let id = c.to_string();
        format!("    {id} {what}")
    };
    // Three lines a conflict when they all fit, else two (both sides' qualities on one line),
    // and what still does not fit is counted by pair.
    let room = height.saturating_sub(lines.len());
    let per = if conflicts.len() * 3 <= room { 3 } else { 2 };
    let fits = if conflicts.len() * per <= room {
        conflicts.len()
    } else {
        room.saturating_sub(1) / per
    };
    for &(i, j, r) in &conflicts[..fits] {
        let on = sel == Some((i, j));
        let style = if on {
            Style::new().add_modifier(Modifier::BOLD)
        } else {
            Style::new()
        };
        let head = format!(
            "{} {} ↔ {}",
            r.symbol(),
            name(app, cols[i]),
            name(app, cols[j])
        );
        lines.push(Line::styled(fit(&head, width), style));
        if per == 3 {
            lines.push(Line::styled(fit(&serves_line(cols[i]), width), t.dim()));
            lines.push(Line::styled(fit(&serves_line(cols[j]), width), t.dim()));
        } else {
            let both = format!(
                "{} · {}",
                serves_line(cols[i]),
                serves_line(cols[j]).trim_start()
            );
            lines.push(Line::styled(fit(&both, width), t.dim()));
        }
    }
    if fits < conflicts.len() {
        let rest: Vec<String> = conflicts[fits..]
            .iter()
            .map(|&(i, j, _)| format!("{}~{}", cols[i], cols[j]))
            .collect();
        let more = fill(app.t(S::HoqAuditMore), &[&rest.len(), &rest.join(" ")]);
        lines.push(Line::styled(fit(&more, width), t.dim()));
    }
    lines.truncate(height);
    frame.render_widget(Paragraph::new(lines), inner);
}
