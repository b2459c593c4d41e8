//! Drawing. `view` reads the app and draws a frame; it changes nothing. Lists build only the rows
//! that fit on screen.

pub(crate) mod affinity;
mod conflicts;
mod deployment;
mod help;
mod hoq;
mod importing;
mod items;
mod next;
mod people;
mod popup;
mod present;
mod qualities;
mod remarks;
mod report;
mod status;
mod stepbar;

mod ahp;
mod charts;
mod kano;
mod planning;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::app::{App, Input, Mode, Step, Target};
use super::strings::S;
use super::widgets::fit;

pub use help::help_lines;

/// Styles that read on dark and light backgrounds: named ANSI colours of medium brightness and
/// reverse video for the selection. Without colour (NO_COLOR) only bold, underline, dim and
/// reverse are used.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    fn fg(&self, c: Color) -> Style {
        if self.color {
            Style::new().fg(c)
        } else {
            Style::new()
        }
    }
    pub fn accent(&self) -> Style {
        self.fg(Color::Magenta).add_modifier(Modifier::BOLD)
    }
    pub fn id(&self) -> Style {
        self.fg(Color::Blue)
    }
    pub fn dim(&self) -> Style {
        Style::new().add_modifier(Modifier::DIM)
    }
    pub fn error(&self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }
    pub fn ok(&self) -> Style {
        self.fg(Color::Green)
    }
    pub fn warn(&self) -> Style {
        self.fg(Color::Magenta)
    }
    pub fn selected(&self, focused: bool) -> Style {
        if focused {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
        }
    }
    pub fn bar(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }
    pub fn border(&self, focused: bool) -> Style {
        if focused { self.accent() } else { Style::new() }
    }
}

pub fn theme(app: &App) -> Theme {
    Theme { color: app.color }
}

/// Draws the whole screen.
pub fn view(app: &App, frame: &mut Frame) {
    let area = frame.area();
    let entry = matches!(app.mode, Mode::Input(_));
    let [bar, body, entry_area, status_area, keys_area] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(if entry { 1 } else { 0 }),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    stepbar::draw(app, frame, bar);
    match app.step {
        Step::Remarks => remarks::draw(app, frame, body),
        Step::Items => items::draw(app, frame, body),
        Step::Qualities => qualities::draw(app, frame, body),
        Step::Affinity => affinity::draw(app, frame, body),
        Step::Planning => planning::draw(app, frame, body),
        Step::Report => report::draw(app, frame, body),
        Step::Hoq => hoq::draw(app, frame, body),
    }
    if let Mode::Input(inp) = &app.mode {
        draw_entry(app, inp, frame, entry_area);
    }
    status::draw(app, frame, status_area, keys_area);
    match &app.mode {
        Mode::Picker(p) => popup::picker(app, p, frame, area),
        Mode::Scene(s) => popup::scene(app, s, frame, area),
        Mode::Ask(q) => popup::ask(app, q, frame, area),
        Mode::Help { scroll, back } => {
            match back.as_deref() {
                Some(Mode::People(p)) => people::draw(app, p, frame, area),
                Some(Mode::Conflicts(c)) => conflicts::draw(app, c, frame, area),
                _ => {}
            }
            help::draw(app, *scroll, frame, area)
        }
        Mode::Affinity(p) => affinity::draw_popup(app, p, frame, area),
        Mode::Plan(m) => planning::draw_modal(app, m, frame, area),
        Mode::Hoq(m) => hoq::draw_modal(app, m, frame, area),
        Mode::Present(p) => present::draw(app, p, frame, area),
        Mode::People(p) => people::draw(app, p, frame, area),
        Mode::Conflicts(c) => conflicts::draw(app, c, frame, area),
        Mode::Import(d) => importing::draw(app, d, frame, area),
        Mode::Settings(f) => {
            let labels: Vec<&str> = crate::tui::app::settings::FIELDS
                .iter()
                .map(|s| app.t(*s))
                .collect();
            popup::draw_form(
                app,
                app.t(S::SettingsTitle),
                &labels,
                &f.fields,
                f.focus,
                frame,
                area,
            )
        }
        _ => {}
    }
}

/// The label of an open input: what is being entered, with its id and inherited fields.
fn entry_label(app: &App, inp: &Input) -> String {
    match &inp.target {
        Target::NewRemark(t) => {
            let mut s = format!(
                "{} {} · {}",
                app.t(S::NewRemark),
                app.project.next_remark_id(),
                app.t(super::strings::source(t.source))
            );
            if let Some(p) = t.respondent.and_then(|p| app.project.respondents.get(p)) {
                s.push_str(&format!(" · {}", p.label));
            }
            s
        }
        Target::EditRemark(id) => format!("{} {id}", app.t(S::EditRemark)),
        Target::NewItem(r) => {
            let mut s = format!("{} {}", app.t(S::NewItem), app.project.next_item_id());
            if let Some(r) = r {
                s.push_str(&format!(" ← {r}"));
            }
            s
        }
        Target::EditItem(id) => format!("{} {id}", app.t(S::EditItem)),
        Target::NewQuality(_) => {
            format!("{} {}", app.t(S::NewQuality), app.project.next_quality_id())
        }
        Target::EditQuality(id) => format!("{} {id}", app.t(S::EditQuality)),
        Target::Tags(id) => format!("{} {id}", app.t(S::EditTags)),
        Target::RemarkTags(id) => format!("{} {id}", app.t(S::EditTags)),
        Target::Search => app.t(S::Search).to_string(),
        Target::ReportFolder => app.t(S::ReportFolderLabel).to_string(),
    }
}

pub fn entry_keys(inp: &Input) -> S {
    match inp.target {
        Target::NewRemark(_) | Target::NewItem(_) | Target::NewQuality(_) => S::EntryKeys,
        Target::Search => S::SearchKeys,
        _ => S::EditKeys,
    }
}

fn draw_entry(app: &App, inp: &Input, frame: &mut Frame, area: Rect) {
    let t = theme(app);
    let label = entry_label(app, inp);
    let label_w = (area.width as usize * 2 / 5).max(8);
    let label = format!("{}: ", fit(&label, label_w.saturating_sub(2)));
    let lw = unicode_width::UnicodeWidthStr::width(label.as_str()) as u16;
    let [l, field] = Layout::horizontal([Constraint::Length(lw), Constraint::Min(1)]).areas(area);
    frame.render_widget(Span::styled(label, t.accent()), l);
    let pos = inp.field.render(field, frame.buffer_mut(), Style::new());
    if let Some(pos) = pos {
        frame.set_cursor_position(pos);
    }
}

/// The rows of a list that fit in `height`, paging so the selection stays visible.
pub fn window(len: usize, selected: Option<usize>, height: usize) -> std::ops::Range<usize> {
    if height == 0 {
        return 0..0;
    }
    let sel = selected.unwrap_or(0).min(len.saturating_sub(1));
    let start = (sel / height) * height;
    start..(start + height).min(len)
}

/// A bordered list of rows; `row(i, width)` builds row `i` (only visible rows are built).
#[allow(clippy::too_many_arguments)]
pub fn draw_list<'a>(
    app: &App,
    frame: &mut Frame,
    area: Rect,
    title: String,
    len: usize,
    selected: Option<usize>,
    focused: bool,
    empty: &str,
    row: impl Fn(usize, usize) -> Line<'a>,
) {
    let t = theme(app);
    let block = Block::bordered()
        .border_style(t.border(focused))
        .title(Line::styled(format!(" {title} "), t.border(focused)));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if len == 0 {
        // Wrapped by cell width: a full-width "。" at a line's end must not spill over the
        // border, as it does with the paragraph's own wrapping.
        let lines: Vec<Line> = crate::tui::widgets::wrap(empty, inner.width as usize)
            .into_iter()
            .map(|l| Line::styled(l, t.dim()))
            .collect();
        frame.render_widget(Paragraph::new(lines), inner);
        return;
    }
    let range = window(len, selected, inner.height as usize);
    let width = inner.width as usize;
    for (k, i) in range.enumerate() {
        let mut line = row(i, width);
        if Some(i) == selected {
            line = line.patch_style(t.selected(focused));
            // Fill the whole row so the selection reads as a bar.
            let w = line.width();
            if w < width {
                line.push_span(Span::raw(" ".repeat(width - w)));
            }
        }
        let r = Rect::new(inner.x, inner.y + k as u16, inner.width, 1);
        frame.render_widget(line, r);
    }
}

/// A row: id, text cut to fit, and an optional right-hand note.
pub fn id_row<'a>(app: &App, id: String, text: &str, note: String, width: usize) -> Line<'a> {
    let t = theme(app);
    let idw = id.len().max(4);
    let note_w = if note.is_empty() {
        0
    } else {
        (unicode_width::UnicodeWidthStr::width(note.as_str()) + 1).min(width / 3)
    };
    let text_w = width.saturating_sub(idw + 1 + note_w);
    let mut spans = vec![
        Span::styled(format!("{id:<idw$} "), t.id()),
        Span::raw(super::widgets::pad(text, text_w)),
    ];
    if note_w > 0 {
        spans.push(Span::styled(
            format!(" {}", fit(&note, note_w - 1)),
            t.dim(),
        ));
    }
    Line::from(spans)
}

/// Labelled detail lines: "Label: value".
pub fn field_line<'a>(app: &App, label: S, value: String) -> Line<'a> {
    let t = theme(app);
    Line::from(vec![
        Span::styled(format!("{}: ", app.t(label)), t.accent()),
        Span::raw(value),
    ])
}

/// Splits a step's body into a main and a side area: side by side when wide, stacked when not.
pub fn split(area: Rect, side_rows: u16, side_percent: u16) -> (Rect, Rect) {
    if area.width >= 120 {
        let [a, b] = Layout::horizontal([
            Constraint::Percentage(100 - side_percent),
            Constraint::Percentage(side_percent),
        ])
        .areas(area);
        (a, b)
    } else {
        let [a, b] =
            Layout::vertical([Constraint::Min(3), Constraint::Length(side_rows)]).areas(area);
        (a, b)
    }
}
