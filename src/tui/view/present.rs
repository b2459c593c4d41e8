//! The presentation view: the whole screen for one record, so a room can read it from the back.
//! The text is shown in full, wrapped, bold and, when there is room, double-spaced; the trace
//! below says where it came from and where it went.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::remarks::scene_text;
use super::theme;
use crate::model::EntityId;
use crate::model::tree::group_path_text;
use crate::tui::app::App;
use crate::tui::app::present::Present;
use crate::tui::strings::{self, S, fill};
use crate::tui::widgets::{fit, wrap};

pub fn draw(app: &App, p: &Present, frame: &mut Frame, area: Rect) {
    let t = theme(app);
    frame.render_widget(Clear, area);
    let Some(id) = p.current() else { return };
    // A column that reads well: the full width on a small screen, about 60% on a wide one.
    let w = if area.width <= 90 {
        area.width
    } else {
        (area.width * 3 / 5).max(88)
    };
    let col = Rect::new(area.x + (area.width - w) / 2, area.y, w, area.height);
    let block = Block::bordered()
        .border_style(t.accent())
        .title(Line::styled(
            format!(
                " {} · {} ",
                app.t(S::HelpPresent),
                fill(app.t(S::PresentPosition), &[&(p.at + 1), &p.list.len()])
            ),
            t.accent(),
        ));
    let inner = block.inner(col);
    frame.render_widget(block, col);
    let width = inner.width.saturating_sub(4) as usize;
    let (text, trace) = content(app, id, width);
    let mut lines: Vec<Line> = vec![Line::styled(format!("{id}"), t.id()), Line::default()];
    let wrapped = wrap(&text, width);
    // Double spacing makes the statement stand out when it leaves room for the trace.
    let spaced = wrapped.len() * 2 + trace.len() + 4 <= inner.height as usize;
    for (i, l) in wrapped.into_iter().enumerate() {
        if spaced && i > 0 {
            lines.push(Line::default());
        }
        lines.push(Line::styled(l, t.accent().add_modifier(Modifier::BOLD)));
    }
    lines.push(Line::default());
    lines.extend(trace);
    let keys = app.t(S::PresentKeys);
    let body = Rect::new(
        inner.x + 2,
        inner.y + 1,
        inner.width.saturating_sub(4),
        inner.height.saturating_sub(2),
    );
    // On a tall screen the record sits a third of the way down rather than at the top.
    let top = (body.height as usize).saturating_sub(lines.len()) / 3;
    let body = Rect::new(
        body.x,
        body.y + top as u16,
        body.width,
        body.height - top as u16,
    );
    frame.render_widget(Paragraph::new(lines), body);
    let bottom = Rect::new(
        inner.x + 2,
        inner.y + inner.height.saturating_sub(1),
        body.width,
        1,
    );
    frame.render_widget(
        Line::styled(fit(keys, bottom.width as usize), t.dim()),
        bottom,
    );
}

/// The record's text and its trace lines.
fn content(app: &App, id: EntityId, width: usize) -> (String, Vec<Line<'static>>) {
    let t = theme(app);
    let p = &app.project;
    let label = |s: S, v: String| {
        Line::from(vec![
            Span::styled(format!("{}: ", app.t(s)), t.dim()),
            Span::raw(fit(&v, width.saturating_sub(12))),
        ])
    };
    let linked = |arrow: &str, id: String, text: &str| {
        Line::from(vec![
            Span::styled(format!("  {arrow} {id} "), t.id()),
            Span::raw(fit(text, width.saturating_sub(id.len() + 6))),
        ])
    };
    let mut trace = Vec::new();
    let text = match id {
        EntityId::Remark(r) => {
            let Some(r) = p.remarks.get(r) else {
                return (String::new(), trace);
            };
            trace.push(label(
                S::LabelSource,
                app.t(strings::source(r.source)).into(),
            ));
            if let Some(who) = r.respondent.and_then(|x| p.respondents.get(x)) {
                trace.push(label(S::LabelRespondent, who.label.clone()));
            }
            if !r.scene.is_empty() {
                trace.push(label(S::LabelScene, scene_text(app, &r.scene)));
            }
            for i in p.items.iter().filter(|i| i.remarks.contains(&r.id)) {
                trace.push(linked("→", i.id.to_string(), &i.text));
                for q in p.qualities.iter().filter(|q| q.items.contains(&i.id)) {
                    trace.push(linked("  →", q.id.to_string(), &q.text));
                }
            }
            r.text.clone()
        }
        EntityId::Item(i) => {
            let Some(i) = p.items.get(i) else {
                return (String::new(), trace);
            };
            for r in i.remarks.iter().filter_map(|r| p.remarks.get(*r)) {
                trace.push(linked("←", r.id.to_string(), &r.text));
            }
            for q in p.qualities.iter().filter(|q| q.items.contains(&i.id)) {
                trace.push(linked("→", q.id.to_string(), &q.text));
            }
            i.text.clone()
        }
        EntityId::Quality(q) => {
            let Some(q) = p.qualities.get(q) else {
                return (String::new(), trace);
            };
            let island = group_path_text(p, q.group);
            if !island.is_empty() {
                trace.push(label(S::PresentIsland, island));
            }
            let mut kind = vec![
                app.t(strings::kano(q.kano)).to_string(),
                app.t(strings::origin(q.origin)).to_string(),
            ];
            if let Some(w) = app.plan().matrix.row(q.id).and_then(|r| r.relative) {
                kind.push(format!("{} {w:.1}", app.t(S::ColRelative)));
            }
            trace.push(label(S::LabelKano, kind.join(" · ")));
            for i in q.items.iter().filter_map(|i| p.items.get(*i)) {
                trace.push(linked("←", i.id.to_string(), &i.text));
                for r in i.remarks.iter().filter_map(|r| p.remarks.get(*r)) {
                    trace.push(linked("  ←", r.id.to_string(), &r.text));
                }
            }
            q.text.clone()
        }
        _ => String::new(),
    };
    (text, trace)
}
