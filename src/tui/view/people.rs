//! The segments-and-respondents view: two lists side by side over the whole screen, the effect
//! of the segment weights on the survey's importance means below them, then the line being typed
//! or the question asked, the last message and the keys.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::{theme, window};
use crate::method::survey::weight_effect;
use crate::model::EntityId;
use crate::tui::app::App;
use crate::tui::app::people::{Pane, People, Prompt};
use crate::tui::strings::{S, fill};
use crate::tui::widgets::{fit, pad};

pub fn draw(app: &App, p: &People, frame: &mut Frame, area: Rect) {
    let t = theme(app);
    frame.render_widget(Clear, area);
    let block = Block::bordered()
        .border_style(t.accent())
        .title(Line::styled(
            format!(" {} ", app.t(S::PeopleTitle)),
            t.accent(),
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [lists, means, entry, status, keys] = Layout::vertical([
        Constraint::Min(3),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(inner);
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(40), Constraint::Percentage(60)]).areas(lists);
    segments(app, p, frame, left);
    respondents(app, p, frame, right);

    let effect = match weight_effect(&app.project) {
        Some((w, u, n)) => {
            let prec = usize::from(app.project.meta.precision);
            fill(
                app.t(S::PeopleMeans),
                &[&n, &format!("{w:.prec$}"), &format!("{u:.prec$}")],
            )
        }
        None => app.t(S::PeopleNoRatings).to_string(),
    };
    frame.render_widget(
        Line::styled(fit(&effect, means.width as usize), t.dim()),
        means,
    );

    if let Some((prompt, field)) = &p.prompt {
        let label = match prompt {
            Prompt::NewSegment => app.t(S::PeopleNewSegment).to_string(),
            Prompt::NewRespondent => app.t(S::PeopleNewRespondent).to_string(),
            Prompt::Rename(id) => fill(app.t(S::PeopleRename), &[&app.person_name(*id)]),
            Prompt::Weight(s) => fill(
                app.t(S::PeopleSetWeight),
                &[&app.person_name(EntityId::Segment(*s))],
            ),
            Prompt::Attribute(r) => fill(
                app.t(S::PeopleSetAttribute),
                &[&app.person_name(EntityId::Respondent(*r))],
            ),
        };
        let label = format!("{}: ", fit(&label, entry.width as usize / 2));
        let lw = unicode_width::UnicodeWidthStr::width(label.as_str()) as u16;
        let [l, f] = Layout::horizontal([Constraint::Length(lw), Constraint::Min(1)]).areas(entry);
        frame.render_widget(Span::styled(label, t.accent()), l);
        if let Some(pos) = field.render(f, frame.buffer_mut(), t.bar()) {
            frame.set_cursor_position(pos);
        }
    } else if let Some(id) = p.confirm {
        let q = crate::tui::app::delete_question(app, id);
        frame.render_widget(Line::styled(fit(&q, entry.width as usize), t.warn()), entry);
    }
    if let Some(s) = &app.status {
        let style = if s.error { t.error() } else { t.ok() };
        frame.render_widget(
            Line::styled(fit(&s.text, status.width as usize), style),
            status,
        );
    }
    frame.render_widget(
        Line::styled(fit(app.t(S::PeopleKeys), keys.width as usize), t.dim()),
        keys,
    );
}

fn segments(app: &App, p: &People, frame: &mut Frame, area: Rect) {
    let t = theme(app);
    let focused = p.pane == Pane::Segments;
    let block = Block::bordered()
        .border_style(t.border(focused))
        .title(format!(
            " {} · {} ",
            app.t(S::PeopleSegments),
            app.t(S::PeopleWeight)
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let ids = app.segment_ids();
    let sel = app.people_segment();
    let total: f64 = app
        .project
        .segments
        .iter()
        .map(|s| s.weight.unwrap_or(1.0))
        .sum();
    let w = inner.width as usize;
    let mut lines = Vec::new();
    if ids.is_empty() {
        lines.push(Line::styled(app.t(S::PeopleNothing), t.dim()));
    }
    // One line per segment, then the counts of the selected one.
    let rows = window(
        ids.len(),
        sel.and_then(|s| ids.iter().position(|x| *x == s)),
        inner.height.saturating_sub(1) as usize,
    );
    for s in rows.map(|i| ids[i]) {
        let Some(seg) = app.project.segments.get(s) else {
            continue;
        };
        let weight = match seg.weight {
            Some(v) => {
                let share = if total > 0.0 { v / total * 100.0 } else { 0.0 };
                format!("×{v} {share:.0}%")
            }
            None => app.t(S::PeopleEqual).to_string(),
        };
        let mark = if p.marked == Some(EntityId::Segment(s)) {
            "» "
        } else {
            ""
        };
        let ww = unicode_width::UnicodeWidthStr::width(weight.as_str());
        let name = pad(
            &fit(&format!("{mark}{s} {}", seg.name), w.saturating_sub(ww + 1)),
            w.saturating_sub(ww),
        );
        let style = if Some(s) == sel {
            t.selected(focused)
        } else {
            ratatui::style::Style::new()
        };
        lines.push(Line::styled(format!("{name}{weight}"), style));
    }
    if let Some(s) = sel {
        let people = app
            .project
            .respondents
            .iter()
            .filter(|r| r.segment == Some(s))
            .count();
        let remarks = app
            .project
            .remarks
            .iter()
            .filter(|r| app.project.remark_segment(r) == Some(s))
            .count();
        let text = fill(app.t(S::PeopleCounts), &[&people, &remarks]);
        let y = inner.y + inner.height.saturating_sub(1);
        frame.render_widget(
            Line::styled(fit(&text, w), t.dim()),
            Rect::new(inner.x, y, inner.width, 1),
        );
    }
    frame.render_widget(
        Paragraph::new(lines),
        Rect {
            height: inner.height.saturating_sub(1),
            ..inner
        },
    );
}

fn respondents(app: &App, p: &People, frame: &mut Frame, area: Rect) {
    let t = theme(app);
    let focused = p.pane == Pane::Respondents;
    let block = Block::bordered()
        .border_style(t.border(focused))
        .title(format!(" {} ", app.t(S::PeopleRespondents)));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let ids = app.respondent_ids();
    let sel = app.people_respondent();
    let w = inner.width as usize;
    let mut lines = Vec::new();
    if ids.is_empty() {
        lines.push(Line::styled(app.t(S::PeopleNothing), t.dim()));
    }
    let rows = window(
        ids.len(),
        sel.and_then(|s| ids.iter().position(|x| *x == s)),
        inner.height.saturating_sub(1) as usize,
    );
    for r in rows.map(|i| ids[i]) {
        let Some(person) = app.project.respondents.get(r) else {
            continue;
        };
        let segment = person
            .segment
            .and_then(|s| app.project.segments.get(s))
            .map_or_else(|| app.t(S::PeopleNoSegment).to_string(), |s| s.name.clone());
        let attrs: Vec<String> = person
            .attributes
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        let mark = if p.marked == Some(EntityId::Respondent(r)) {
            "» "
        } else {
            ""
        };
        let text = format!(
            "{mark}{r} {} [{segment}] {}",
            person.label,
            attrs.join(", ")
        );
        let style = if Some(r) == sel {
            t.selected(focused)
        } else {
            ratatui::style::Style::new()
        };
        lines.push(Line::styled(pad(&fit(&text, w), w), style));
    }
    if let Some(r) = sel {
        let answers = app
            .project
            .responses
            .iter()
            .filter(|x| x.respondent == r)
            .count();
        let remarks = app
            .project
            .remarks
            .iter()
            .filter(|x| x.respondent == Some(r))
            .count();
        let text = fill(app.t(S::PeopleAnswers), &[&answers, &remarks]);
        let y = inner.y + inner.height.saturating_sub(1);
        frame.render_widget(
            Line::styled(fit(&text, w), t.dim()),
            Rect::new(inner.x, y, inner.width, 1),
        );
    }
    frame.render_widget(
        Paragraph::new(lines),
        Rect {
            height: inner.height.saturating_sub(1),
            ..inner
        },
    );
}
