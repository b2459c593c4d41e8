//! The merge conflicts view: one row per conflict (record, field, ours, theirs) over the whole
//! screen, then the last message and the keys.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear};

use super::{theme, window};
use crate::tui::action::Command;
use crate::tui::app::App;
use crate::tui::app::conflicts::Conflicts;
use crate::tui::strings::{S, fill};
use crate::tui::widgets::{fit, pad};

pub fn draw(app: &App, v: &Conflicts, frame: &mut Frame, area: Rect) {
    let t = theme(app);
    frame.render_widget(Clear, area);
    let list = &app.project.conflicts;
    let block = Block::bordered()
        .border_style(t.accent())
        .title(Line::styled(
            format!(" {} ", fill(app.t(S::ConflictsTitle), &[&list.len()])),
            t.accent(),
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [rows, status, keys] = Layout::vertical([
        Constraint::Min(2),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(inner);

    // Record and field are short; the two values share what is left.
    let w = rows.width as usize;
    let rec_w = 8.min(w / 4);
    let field_w = 18.min(w / 4);
    let value_w = w.saturating_sub(rec_w + field_w + 3) / 2;
    let cells = |a: &str, b: &str, c: &str, d: &str| {
        format!(
            "{} {} {} {}",
            pad(&fit(a, rec_w), rec_w),
            pad(&fit(b, field_w), field_w),
            pad(&fit(c, value_w), value_w),
            fit(d, value_w)
        )
    };
    let mut lines = vec![Line::styled(
        cells(
            app.t(S::ConflictsRecord),
            app.t(S::ConflictsField),
            app.t(S::ConflictsOurs),
            app.t(S::ConflictsTheirs),
        ),
        t.accent(),
    )];
    if list.is_empty() {
        lines.push(Line::styled(app.t(S::ConflictsNone), t.dim()));
    }
    let sel = v.sel.min(list.len().saturating_sub(1));
    for i in window(
        list.len(),
        Some(sel),
        rows.height.saturating_sub(1) as usize,
    ) {
        let c = &list[i];
        let text = pad(&cells(&c.record, &c.field, &c.ours, &c.theirs), w);
        lines.push(if i == sel {
            Line::styled(text, t.selected(true))
        } else {
            Line::from(Span::raw(text))
        });
    }
    frame.render_widget(ratatui::widgets::Paragraph::new(lines), rows);

    if let Some(s) = &app.status {
        let style = if s.error { t.error() } else { t.ok() };
        frame.render_widget(
            Line::styled(fit(&s.text, status.width as usize), style),
            status,
        );
    }
    let hint = fill(
        app.t(S::ConflictsKeys),
        &[
            &app.key_name(Command::Edit),
            &app.key_name(Command::SettleConflict),
            &app.key_name(Command::TakeTheirs),
            &app.key_name(Command::Undo),
        ],
    );
    frame.render_widget(Line::styled(fit(&hint, keys.width as usize), t.dim()), keys);
}
