//! Overlays: pickers, the scene form and questions.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::{theme, window};
use crate::model::Scene;
use crate::tui::app::{App, PickFor, Picker, Question, SceneForm};
use crate::tui::strings::{self, S, fill};
use crate::tui::widgets::text_input::TextInput;
use crate::tui::widgets::{fit, pad};

/// A rectangle of at most `w`×`h` in the middle of `area`.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

/// Clears the area of an overlay. A wide character just left of it would spill into its border,
/// so such a character is blanked too.
pub fn clear(frame: &mut Frame, r: Rect) {
    frame.render_widget(Clear, r);
    if r.x == 0 {
        return;
    }
    let buf = frame.buffer_mut();
    for y in r.y..r.y + r.height {
        if let Some(cell) = buf.cell_mut((r.x - 1, y))
            && unicode_width::UnicodeWidthStr::width(cell.symbol()) > 1
        {
            cell.set_symbol(" ");
        }
    }
}

pub fn picker(app: &App, p: &Picker, frame: &mut Frame, area: Rect) {
    let t = theme(app);
    let choices = app.choices(p);
    let title = match p.purpose {
        PickFor::Source(r) => format!("{} · {r}", app.t(S::PickSource)),
        PickFor::Respondent(r) => format!("{} · {r}", app.t(S::PickRespondent)),
        PickFor::Segment(r) => format!("{} · {r}", app.t(S::PickSegment)),
        PickFor::Link(i) => format!("{} · {i}", app.t(S::PickRemarkToLink)),
        PickFor::LinkItem(q) => format!("{} · {q}", app.t(S::PickItemToLink)),
    };
    let h = (choices.len() as u16 + 5)
        .max(7)
        .min(area.height.saturating_sub(2));
    let r = centered(area, 64.min(area.width.saturating_sub(4)), h);
    clear(frame, r);
    let block = Block::bordered()
        .border_style(t.accent())
        .title(Line::styled(
            format!(" {} ", fit(&title, (r.width as usize).saturating_sub(4))),
            t.accent(),
        ))
        .title_bottom(Line::styled(format!(" {} ", app.t(S::PickKeys)), t.dim()));
    let inner = block.inner(r);
    frame.render_widget(block, r);
    let [filter_row, _, list] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(inner);
    let label = "› ";
    frame.render_widget(Span::styled(label, t.accent()), filter_row);
    let field = Rect::new(
        filter_row.x + 2,
        filter_row.y,
        filter_row.width.saturating_sub(2),
        1,
    );
    if let Some(pos) = p.filter.render(field, frame.buffer_mut(), Style::new()) {
        frame.set_cursor_position(pos);
    }
    let sel = p.selected.min(choices.len().saturating_sub(1));
    let range = window(choices.len(), Some(sel), list.height as usize);
    for (k, i) in range.enumerate() {
        let mut line = Line::raw(pad(&choices[i].0, list.width as usize));
        if i == sel {
            line = line.style(t.selected(true));
        }
        frame.render_widget(line, Rect::new(list.x, list.y + k as u16, list.width, 1));
    }
    if choices.is_empty() {
        frame.render_widget(Line::styled(app.t(S::NoMatch), t.dim()), list);
    }
}

pub fn scene(app: &App, form: &SceneForm, frame: &mut Frame, area: Rect) {
    let labels: Vec<&str> = Scene::FIELDS
        .iter()
        .map(|f| app.t(strings::scene_field(f)))
        .collect();
    let title = format!("{} · {}", app.t(S::EditScene), form.remark);
    draw_form(app, &title, &labels, &form.fields, form.focus, frame, area);
}

/// A form of labelled one-line fields, the focused one with the cursor.
pub fn draw_form(
    app: &App,
    title: &str,
    labels: &[&str],
    fields: &[TextInput],
    focus: usize,
    frame: &mut Frame,
    area: Rect,
) {
    let t = theme(app);
    let r = centered(
        area,
        76.min(area.width.saturating_sub(4)),
        fields.len() as u16 + 2,
    );
    clear(frame, r);
    let block = Block::bordered()
        .border_style(t.accent())
        .title(Line::styled(format!(" {title} "), t.accent()))
        .title_bottom(Line::styled(format!(" {} ", app.t(S::FormKeys)), t.dim()));
    let inner = block.inner(r);
    frame.render_widget(block, r);
    let label_w = labels
        .iter()
        .map(|l| unicode_width::UnicodeWidthStr::width(*l))
        .max()
        .unwrap_or(5)
        + 2;
    for (k, (name, field)) in labels.iter().zip(fields).enumerate() {
        if k as u16 >= inner.height {
            break;
        }
        let y = inner.y + k as u16;
        let focused = k == focus;
        let style = if focused { t.accent() } else { t.dim() };
        let label = pad(&format!("{name}:"), label_w);
        frame.render_widget(
            Span::styled(label, style),
            Rect::new(inner.x, y, label_w as u16, 1),
        );
        let fr = Rect::new(
            inner.x + label_w as u16,
            y,
            inner.width.saturating_sub(label_w as u16),
            1,
        );
        let pos = field.render(fr, frame.buffer_mut(), Style::new());
        if focused && let Some(pos) = pos {
            frame.set_cursor_position(pos);
        }
    }
}

pub fn ask(app: &App, q: &Question, frame: &mut Frame, area: Rect) {
    let t = theme(app);
    let text = match q {
        Question::QuitUnsaved => app.t(S::AskQuitUnsaved).to_string(),
        Question::Recover(r) => fill(
            app.t(if r.project_changed {
                S::AskRecoverChanged
            } else {
                S::AskRecover
            }),
            &[&r.path.display()],
        ),
        Question::Create => fill(app.t(S::AskCreate), &[&app.path.display()]),
        Question::Delete(id) => crate::tui::app::delete_question(app, *id),
        Question::CreateFolder(p) => fill(app.t(S::AskCreateFolder), &[&p.display()]),
        Question::Locked(h) => fill(
            app.t(S::AskLocked),
            &[&app.path.display(), &App::lock_holder_text(h)],
        ),
        Question::ChangedOnDisk => fill(app.t(S::AskChangedOnDisk), &[&app.path.display()]),
    };
    let w = 60.min(area.width.saturating_sub(4));
    // Wrapping at word boundaries may need one line more than the width alone says.
    let lines = (unicode_width::UnicodeWidthStr::width(text.as_str()) as u16)
        .div_ceil(w.saturating_sub(2).max(1))
        + 1;
    let r = centered(area, w, lines + 2);
    clear(frame, r);
    frame.render_widget(
        Paragraph::new(text)
            .wrap(Wrap { trim: true })
            .block(Block::bordered().border_style(t.accent()).title(" gemba ")),
        r,
    );
}
