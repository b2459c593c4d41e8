//! The AHP view of the Planning step: the children of one group compared pairwise on Saaty's
//! scale, with the priorities, λmax, CI and CR they give, and the global priorities.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme;
use crate::method::ahp::{AhpError, CR_LIMIT};
use crate::model::tree::Node;
use crate::tui::app::{App, Derived, SAATY_STEPS, ahp_current, judgement, pairs};
use crate::tui::strings::{S, fill};
use crate::tui::widgets::{fit, pad};

use crate::tui::app::saaty_text;

fn node_text(app: &App, d: &Derived, n: Node) -> String {
    let number = d.numbers.get(&n).cloned().unwrap_or_default();
    match n {
        Node::Group(g) => format!(
            "{number} {}",
            app.project
                .groups
                .get(g)
                .map(|g| g.title.as_str())
                .unwrap_or("")
        ),
        Node::Quality(q) => format!(
            "{q} {}",
            app.project
                .qualities
                .get(q)
                .map(|q| q.text.as_str())
                .unwrap_or("")
        ),
    }
}

/// A node as its tree number (groups) or id (qualities), for messages.
fn short(d: &Derived, n: Node) -> String {
    match n {
        Node::Group(_) => d.numbers.get(&n).cloned().unwrap_or_else(|| n.to_string()),
        Node::Quality(q) => q.to_string(),
    }
}

pub fn draw(app: &App, d: &Derived, frame: &mut Frame, area: Rect) {
    let t = theme(app);
    let sets = d.ahp_sets();
    let Some(at) = ahp_current(app, d) else {
        frame.render_widget(Line::styled(app.t(S::NoAhpSets), t.dim()), area);
        return;
    };
    let set = sets[at];
    let n = set.children.len();
    let all_pairs = pairs(n);
    // The pairs take what they need, leaving the results at least n + 4 lines.
    let result_h = (n as u16 + 4).min(area.height / 2 + 2);
    let list_h = (all_pairs.len() as u16)
        .min(area.height.saturating_sub(1 + result_h))
        .max(2);
    let [head, list, _, results] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(list_h),
        Constraint::Length(1),
        Constraint::Min(0),
    ])
    .areas(area);

    // Which set.
    let parent = match set.parent {
        Some(g) => node_text(app, d, Node::Group(g)),
        None => app.t(S::AhpTopLevel).to_string(),
    };
    let head_text = fill(
        app.t(S::AhpSetHead),
        &[&parent, &(at + 1), &sets.len(), &set.judged, &set.needed()],
    );
    frame.render_widget(
        Line::styled(fit(&head_text, head.width as usize), t.accent()),
        head,
    );

    // The pairs: a ← 9 … 1 … 9 → b, the judgement marked.
    let strip_w = SAATY_STEPS.len() * 2 - 1;
    let value_w = 11;
    let side = (list.width as usize).saturating_sub(strip_w + value_w + 4) / 2;
    let sel = app.plan.ahp_pair.min(all_pairs.len().saturating_sub(1));
    let range = super::window(all_pairs.len(), Some(sel), list.height as usize);
    for (k, p) in range.enumerate() {
        let (i, j) = all_pairs[p];
        let (a, b) = (set.children[i], set.children[j]);
        let v = judgement(&app.project, set.parent, a, b);
        let at_step = v.map(crate::tui::app::planning_saaty_step);
        let selected = p == sel;
        let mut spans = vec![Span::styled(
            pad(&node_text(app, d, a), side),
            if selected {
                t.accent()
            } else {
                ratatui::style::Style::new()
            },
        )];
        spans.push(Span::raw(" "));
        for (s, step) in SAATY_STEPS.iter().enumerate() {
            let label = if *step >= 1.0 {
                format!("{}", *step as u32)
            } else {
                format!("{}", (1.0 / step).round() as u32)
            };
            let style = if at_step == Some(s) {
                t.accent().add_modifier(Modifier::REVERSED)
            } else {
                t.dim()
            };
            spans.push(Span::styled(label, style));
            if s + 1 < SAATY_STEPS.len() {
                spans.push(Span::raw(" "));
            }
        }
        spans.push(Span::raw(" "));
        spans.push(Span::styled(
            pad(&node_text(app, d, b), side),
            if selected {
                t.accent()
            } else {
                ratatui::style::Style::new()
            },
        ));
        let value = match v {
            Some(v) => format!(" {:>4} : {:<4}", saaty_text(v), saaty_text(1.0 / v)),
            None => format!(" {}", app.t(S::NotJudged)),
        };
        spans.push(Span::styled(value, t.id()));
        let mut line = Line::from(spans);
        if selected {
            line = line.patch_style(ratatui::style::Style::new().add_modifier(Modifier::BOLD));
            frame.render_widget(
                Span::styled("▶", t.accent()),
                Rect::new(list.x, list.y + k as u16, 1, 1),
            );
        }
        let r = Rect::new(
            list.x + 1,
            list.y + k as u16,
            list.width.saturating_sub(1),
            1,
        );
        frame.render_widget(line, r);
    }

    // The results.
    let mut lines = Vec::new();
    match (&set.result, set.ahp()) {
        (_, Some(a)) => {
            let name_w = (results.width as usize).saturating_sub(36).max(10);
            for (c, w) in set.children.iter().zip(&a.weights) {
                let bar = "█".repeat((w * 12.0).round() as usize);
                let global = d
                    .priorities
                    .global
                    .get(c)
                    .map_or("–".to_string(), |g| format!("{g:.3}"));
                lines.push(Line::from(vec![
                    Span::raw(pad(&node_text(app, d, *c), name_w)),
                    Span::styled(format!(" {w:.3} "), t.id()),
                    Span::styled(pad(&bar, 12), t.ok()),
                    Span::raw(format!(" {} {global}", app.t(S::AhpGlobal))),
                ]));
            }
            let cr = a.cr.map_or("–".to_string(), |c| format!("{c:.3}"));
            lines.push(Line::styled(
                format!(
                    "λmax {:.3} · CI {:.3} · CR {cr} · RI {:.2}",
                    a.lambda_max, a.ci, a.ri
                ),
                t.accent(),
            ));
            if !a.acceptable() {
                let worst = set.worst.map_or(String::new(), |(x, y)| {
                    fill(app.t(S::AhpWorst), &[&short(d, x), &short(d, y)])
                });
                lines.push(Line::styled(
                    fill(
                        app.t(S::AhpInconsistent),
                        &[&cr, &format!("{CR_LIMIT:.2}"), &worst],
                    ),
                    t.error(),
                ));
            } else {
                lines.push(Line::styled(app.t(S::AhpConsistent), t.ok()));
            }
        }
        (Some(Err(AhpError::MissingPairs(m))), _) => {
            lines.push(Line::styled(
                fill(app.t(S::AhpMissing), &[&m.len()]),
                t.warn(),
            ));
        }
        (Some(Err(e)), _) => lines.push(Line::styled(e.to_string(), t.error())),
        _ => lines.push(Line::styled(app.t(S::AhpNoJudgements), t.dim())),
    }
    if set.stale > 0 {
        lines.push(Line::styled(
            fill(app.t(S::AhpStale), &[&set.stale]),
            t.warn(),
        ));
    }
    lines.push(Line::styled(app.t(S::AhpKeys), t.dim()));
    let lines: Vec<Line> = lines
        .into_iter()
        .map(|l| {
            let text: String = l.spans.iter().map(|s| s.content.as_ref()).collect();
            if unicode_width::UnicodeWidthStr::width(text.as_str()) > results.width as usize
                && l.spans.len() == 1
            {
                Line::styled(fit(&text, results.width as usize), l.spans[0].style)
            } else {
                l
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), results);
}
