//! The help overlay: every command with its keys, generated from the keymap in use.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::popup::centered;
use super::theme;
use crate::tui::app::App;
use crate::tui::keymap::Keymap;
use crate::tui::strings::S;

/// The help text as (keys, description) lines grouped under section titles.
pub fn help_lines(app: &App) -> Vec<Line<'static>> {
    let t = theme(app);
    let mut lines = Vec::new();
    let mut section = None;
    let key_w = 18;
    for (sec, desc, keys) in app.keymap.help_rows() {
        if section != Some(sec) {
            section = Some(sec);
            if !lines.is_empty() {
                lines.push(Line::default());
            }
            lines.push(Line::styled(app.t(sec.title()).to_string(), t.accent()));
        }
        let keys: Vec<String> = keys.iter().map(|k| k.to_string()).collect();
        let keys = keys.join(", ");
        lines.push(Line::from(vec![
            Span::styled(format!("  {:<key_w$} ", keys), t.id()),
            Span::raw(app.t(desc).to_string()),
        ]));
    }
    lines.push(Line::default());
    lines.push(Line::styled(app.t(S::HelpText).to_string(), t.accent()));
    for (keys, desc) in Keymap::text_keys() {
        lines.push(Line::from(vec![
            Span::styled(format!("  {:<key_w$} ", keys), t.id()),
            Span::raw(app.t(desc).to_string()),
        ]));
    }
    lines
}

pub fn draw(app: &App, scroll: u16, frame: &mut Frame, area: Rect) {
    let t = theme(app);
    let r = centered(
        area,
        area.width.saturating_sub(4).min(100),
        area.height.saturating_sub(2),
    );
    let lines = help_lines(app);
    let max_scroll = (lines.len() as u16).saturating_sub(r.height.saturating_sub(2));
    super::popup::clear(frame, r);
    frame.render_widget(
        Paragraph::new(lines)
            .scroll((scroll.min(max_scroll), 0))
            .block(
                Block::bordered()
                    .border_style(t.accent())
                    .title(Line::styled(
                        format!(" {} ", app.t(S::HelpTitle)),
                        t.accent(),
                    )),
            ),
        r,
    );
}
