//! The audit flags of the house (method::hoq_audit): demanded qualities that no characteristic
//! strongly realises, characteristics that realise nothing, characteristics that only restate a
//! demanded quality; with the keys that mend them.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::super::{theme, window};
use super::block;
use crate::tui::action::Command as C;
use crate::tui::app::App;
use crate::tui::strings::{S, fill};
use crate::tui::widgets::{fit, wrap};

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let t = theme(app);
    let block = block(app, S::HoqViewAudit);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = inner.width as usize;
    let height = inner.height as usize;
    let d = app.hoq();
    let a = &d.audit;
    let p = &app.project;
    let quality = |q: crate::model::QualityId| {
        p.qualities
            .get(q)
            .map_or_else(|| q.to_string(), |x| format!("{} {}", x.id, x.text))
    };
    let characteristic = |c: crate::model::CharacteristicId| {
        p.characteristics
            .get(c)
            .map_or_else(|| c.to_string(), |x| format!("{} {}", x.id, x.name))
    };
    let key = |cmd: C| {
        app.keymap
            .keys(cmd)
            .first()
            .map(|k| k.to_string())
            .unwrap_or_default()
    };
    let mut lines: Vec<Line> = Vec::new();
    if a.is_empty() {
        for l in wrap(app.t(S::HoqAuditClean), width) {
            lines.push(Line::styled(l, t.ok()));
        }
    }
    let sections = [
        !a.no_strong.is_empty(),
        !a.unrelated.is_empty(),
        !a.restates.is_empty(),
    ]
    .iter()
    .filter(|x| **x)
    .count()
    .max(1);
    // Each section gets its share of the lines; what does not fit is counted, by id.
    let share = (height / sections).saturating_sub(3).max(1);
    let flag = app
        .audit_quality()
        .and_then(|q| a.no_strong.iter().position(|x| *x == q));
    let mut section = |title: String,
                       items: Vec<String>,
                       ids: Vec<String>,
                       selected: Option<usize>,
                       hint: Option<String>| {
        lines.push(Line::styled(fit(&title, width), t.warn()));
        // What fits, from the page holding the selection; the rest is counted by id.
        let room = if items.len() > share {
            share.saturating_sub(1).max(1)
        } else {
            items.len()
        };
        let shown = window(items.len(), selected, room);
        for k in shown.clone() {
            let style = if Some(k) == selected {
                t.selected(true)
            } else {
                Style::new()
            };
            lines.push(Line::styled(fit(&format!("  {}", items[k]), width), style));
        }
        let rest: Vec<&str> = (0..items.len())
            .filter(|k| !shown.contains(k))
            .map(|k| ids[k].as_str())
            .collect();
        if !rest.is_empty() {
            let more = fill(app.t(S::HoqAuditMore), &[&rest.len(), &rest.join(" ")]);
            lines.push(Line::styled(fit(&format!("  {more}"), width), t.dim()));
        }
        if let Some(h) = hint {
            lines.push(Line::styled(fit(&format!("  {h}"), width), t.dim()));
        }
        lines.push(Line::default());
    };
    if !a.no_strong.is_empty() {
        section(
            fill(app.t(S::HoqAuditNoStrong), &[&a.no_strong.len()]),
            a.no_strong.iter().map(|q| quality(*q)).collect(),
            a.no_strong.iter().map(|q| q.to_string()).collect(),
            flag,
            Some(fill(app.t(S::HoqAuditDerive), &[&key(C::HoqDerive)])),
        );
    }
    if !a.unrelated.is_empty() {
        section(
            fill(app.t(S::HoqAuditUnrelated), &[&a.unrelated.len()]),
            a.unrelated.iter().map(|c| characteristic(*c)).collect(),
            a.unrelated.iter().map(|c| c.to_string()).collect(),
            None,
            None,
        );
    }
    if !a.restates.is_empty() {
        section(
            fill(app.t(S::HoqAuditRestates), &[&a.restates.len()]),
            a.restates
                .iter()
                .map(|(c, q)| format!("{} ≈ {}", characteristic(*c), quality(*q)))
                .collect(),
            a.restates.iter().map(|(c, _)| c.to_string()).collect(),
            None,
            Some(fill(app.t(S::HoqAuditRename), &[&key(C::Edit)])),
        );
    }
    lines.truncate(height);
    frame.render_widget(Paragraph::new(lines), inner);
}
