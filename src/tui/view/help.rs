//! The help overlay: every command with its keys, generated from the keymap in use.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::popup::centered;
use super::theme;
use crate::tui::action::Section;
use crate::tui::app::{App, Mode};
use crate::tui::keymap::Keymap;
use crate::tui::strings::S;
use crate::tui::widgets::wrap;

/// The help text as (keys, description) lines grouped under section titles, descriptions
/// wrapped to `width` cells.
pub fn help_lines(app: &App, width: u16) -> Vec<Line<'static>> {
    let t = theme(app);
    let mut lines = Vec::new();
    let mut section = None;
    for (sec, desc, keys) in ordered_rows(app) {
        if section != Some(sec) {
            section = Some(sec);
            if !lines.is_empty() {
                lines.push(Line::default());
            }
            lines.push(Line::styled(app.t(sec.title()).to_string(), t.accent()));
        }
        let keys: Vec<String> = keys.iter().map(|k| k.to_string()).collect();
        row(&mut lines, &keys.join(", "), app.t(desc), width, t);
    }
    lines.push(Line::default());
    lines.push(Line::styled(app.t(S::HelpText).to_string(), t.accent()));
    for (keys, desc) in Keymap::text_keys() {
        row(&mut lines, keys, app.t(desc), width, t);
    }
    lines
}

/// The keymap's rows with this step's own keys first, then the keys of every screen, then the
/// other steps' keys: help opens on what the facilitator can do here.
fn ordered_rows(app: &App) -> Vec<(Section, S, Vec<crate::tui::keymap::KeyChord>)> {
    let here = if from_people(app) {
        &[Section::People][..]
    } else if from_conflicts(app) {
        &[Section::Conflicts][..]
    } else {
        app.step.sections()
    };
    let rank = |s: Section| match s {
        Section::Global | Section::Move | Section::Edit => 1,
        s if here.contains(&s) => 0,
        _ => 2,
    };
    let mut rows = app.keymap.help_rows();
    rows.sort_by_key(|(s, _, _)| rank(*s));
    rows
}

/// Whether help was opened over the segments-and-respondents view.
fn from_people(app: &App) -> bool {
    matches!(&app.mode, Mode::Help { back: Some(b), .. } if matches!(**b, Mode::People(_)))
}

/// Whether help was opened over the merge conflicts view.
fn from_conflicts(app: &App) -> bool {
    matches!(&app.mode, Mode::Help { back: Some(b), .. } if matches!(**b, Mode::Conflicts(_)))
}

const KEY_W: usize = 18;

/// One command: its keys, then the description wrapped beside them.
fn row(lines: &mut Vec<Line<'static>>, keys: &str, desc: &str, width: u16, t: super::Theme) {
    let keys_w = unicode_width::UnicodeWidthStr::width(keys).max(KEY_W);
    let indent = keys_w + 3;
    let parts = wrap(desc, (width as usize).saturating_sub(indent).max(10));
    for (i, part) in parts.into_iter().enumerate() {
        let head = if i == 0 {
            format!("  {keys:<KEY_W$} ")
        } else {
            " ".repeat(indent)
        };
        lines.push(Line::from(vec![
            Span::styled(head, t.id()),
            Span::raw(part),
        ]));
    }
}

pub fn draw(app: &App, scroll: u16, frame: &mut Frame, area: Rect) {
    let t = theme(app);
    let r = centered(
        area,
        area.width.saturating_sub(4).min(100),
        area.height.saturating_sub(2),
    );
    let lines = help_lines(app, r.width.saturating_sub(2));
    let max_scroll = (lines.len() as u16).saturating_sub(r.height.saturating_sub(2));
    super::popup::clear(frame, r);
    frame.render_widget(
        Paragraph::new(lines)
            .scroll((scroll.min(max_scroll), 0))
            .block(
                Block::bordered()
                    .border_style(t.accent())
                    .title(Line::styled(
                        format!(
                            " {} ",
                            crate::tui::strings::fill(
                                app.t(S::HelpTitle),
                                &[&app.t(if from_people(app) {
                                    S::PeopleTitle
                                } else if from_conflicts(app) {
                                    S::HelpConflicts
                                } else {
                                    app.step.title()
                                })]
                            )
                        ),
                        t.accent(),
                    )),
            ),
        r,
    );
}
