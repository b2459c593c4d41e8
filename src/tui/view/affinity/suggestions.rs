//! The suggested islands: the list of proposals with their cohesion, and the cards or islands of
//! the selected one below it.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::height_of;
use super::overlays::{box_area, framed, list_lines};
use crate::tui::app::App;
use crate::tui::app::affinity::Proposal;
use crate::tui::strings::{S, fill};
use crate::tui::view::theme;
use crate::tui::widgets::{fit, pad};

pub(super) fn suggestions(
    app: &App,
    proposals: &[Proposal],
    sel: usize,
    frame: &mut Frame,
    area: Rect,
) {
    let t = theme(app);
    let r = box_area(area, 110, area.height);
    let level = proposals.iter().any(|p| !p.islands.is_empty());
    let title = if level {
        let islands: usize = proposals.iter().map(|p| p.islands.len()).sum();
        fill(
            app.t(S::AffSuggestLevelTitle),
            &[&proposals.len(), &islands],
        )
    } else {
        let cards: usize = proposals.iter().map(|p| p.cards.len()).sum();
        fill(app.t(S::AffSuggestTitle), &[&proposals.len(), &cards])
    };
    let inner = framed(app, frame, r, &title, app.t(S::AffSuggestKeys));
    let sel = sel.min(proposals.len().saturating_sub(1));
    let Some(current) = proposals.get(sel) else {
        return;
    };
    // The list above, the selected proposal's cards below.
    let shown: Vec<(String, String)> = if level {
        current
            .islands
            .iter()
            .map(|g| {
                let title = app.project.groups.get(*g).map(|g| g.title.clone());
                (g.to_string(), title.unwrap_or_default())
            })
            .collect()
    } else {
        current
            .cards
            .iter()
            .map(|q| {
                let text = app.project.qualities.get(*q).map(|q| q.text.clone());
                (q.to_string(), text.unwrap_or_default())
            })
            .collect()
    };
    let detail_h = height_of(shown.len())
        .saturating_add(1)
        .min(inner.height / 2);
    let [list, detail] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(detail_h)]).areas(inner);
    let w = list.width as usize;
    let lines: Vec<Line> = proposals
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let n = format!("{:>3}. ", i + 1);
            let draft = if p.draft {
                format!(" · {}", app.t(S::AffDraftName))
            } else {
                String::new()
            };
            let note = format!(
                "{draft} ×{} · {}",
                if level {
                    p.islands.len()
                } else {
                    p.cards.len()
                },
                fill(app.t(S::AffCohesion), &[&format!("{:.2}", p.cohesion)])
            );
            let text_w = w.saturating_sub(n.width() + note.width());
            Line::from(vec![
                Span::styled(n, t.dim()),
                Span::styled(pad(&p.name, text_w), t.accent()),
                Span::styled(note, t.dim()),
            ])
        })
        .collect();
    list_lines(app, frame, list, lines, sel, 1);
    let mut out = vec![Line::styled(
        fit(
            &fill(
                app.t(if level {
                    S::AffProposalIslands
                } else {
                    S::AffProposalCards
                }),
                &[&(sel + 1)],
            ),
            detail.width as usize,
        ),
        t.dim(),
    )];
    for (id, text) in &shown {
        let id = format!("  {id:<5} ");
        let iw = id.width();
        out.push(Line::from(vec![
            Span::styled(id, t.id()),
            Span::raw(fit(text, (detail.width as usize).saturating_sub(iw))),
        ]));
    }
    frame.render_widget(Paragraph::new(out), detail);
}
