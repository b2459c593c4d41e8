//! The form that names an island or a proposal, adds a team's quality or edits a card's text,
//! with the wording hints of what is typed.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::height_of;
use super::overlays::framed;
use crate::tui::app::App;
use crate::tui::app::affinity::{NameFor, NameForm};
use crate::tui::strings::{S, fill};
use crate::tui::view::popup::centered;
use crate::tui::view::theme;
use crate::tui::widgets::{fit, wrap};

pub(super) fn name_form(app: &App, form: &NameForm, frame: &mut Frame, area: Rect) {
    let t = theme(app);
    let title = match &form.purpose {
        NameFor::Island(cards) => fill(app.t(S::AffNameIsland), &[&cards.len()]),
        NameFor::Rename(g) => fill(app.t(S::AffNameRename), &[g]),
        NameFor::Nest(groups) => fill(app.t(S::AffNameNest), &[&groups.len()]),
        NameFor::Split(g, cards) => fill(app.t(S::AffNameSplit), &[&cards.len(), g]),
        NameFor::Team(Some(g)) => fill(app.t(S::AffNameTeamIn), &[g]),
        NameFor::Team(None) => app.t(S::AffNameTeam).to_string(),
        NameFor::EditCard(q) => fill(app.t(S::AffNameCard), &[q]),
        NameFor::Proposal(i) => fill(app.t(S::AffNameProposal), &[&(i + 1)]),
    };
    let w = 76.min(area.width.saturating_sub(4));
    let inner_w = w.saturating_sub(2) as usize;
    let hints = app.name_form_hints(form);
    let mut lines: Vec<Line> = Vec::new();
    if form.field.value().trim().is_empty() {
        // What is being typed: an island's name, a quality the team adds, or a card's text.
        let rule = match form.purpose {
            NameFor::Team(_) => S::AffTeamRule,
            NameFor::EditCard(_) => S::AffCardRule,
            _ => S::AffNameRule,
        };
        for part in wrap(app.t(rule), inner_w) {
            lines.push(Line::styled(part, t.dim()));
        }
    } else if hints.is_empty() {
        lines.push(Line::styled(app.t(S::NoHints), t.ok()));
    }
    for (rule, msg, suggestion) in &hints {
        let head = match rule {
            Some(n) => format!("{} {n} ", app.t(S::LabelRule)),
            None => "! ".to_string(),
        };
        let indent = head.width();
        for (k, part) in wrap(msg, inner_w.saturating_sub(indent))
            .into_iter()
            .enumerate()
        {
            let lead = if k == 0 {
                Span::styled(head.clone(), t.warn())
            } else {
                Span::raw(" ".repeat(indent))
            };
            lines.push(Line::from(vec![lead, Span::raw(part)]));
        }
        if let Some(s) = suggestion {
            lines.push(Line::from(vec![
                Span::styled(format!("  → {}: ", app.t(S::LabelSuggestion)), t.dim()),
                Span::styled(fit(s, inner_w.saturating_sub(12)), t.ok()),
            ]));
        }
    }
    let h = height_of(lines.len())
        .saturating_add(2)
        .min(area.height.saturating_sub(6));
    let r = centered(area, w, h.saturating_add(2));
    let keys = format!("{} · {}", app.t(S::EditKeys), app.t(S::HintKeys));
    let inner = framed(app, frame, r, &title, &keys);
    let [field_row, _, hint_area] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(0),
    ])
    .areas(inner);
    frame.render_widget(Span::styled("› ", t.accent()), field_row);
    let field = Rect::new(
        field_row.x + 2,
        field_row.y,
        field_row.width.saturating_sub(2),
        1,
    );
    if let Some(pos) = form.field.render(field, frame.buffer_mut(), Style::new()) {
        frame.set_cursor_position(pos);
    }
    frame.render_widget(Paragraph::new(lines), hint_area);
}
