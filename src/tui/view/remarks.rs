//! The Remarks step: the list of remarks and the details of the selected one.

use std::collections::HashMap;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::{draw_list, field_line, id_row, split, theme};
use crate::model::{Remark, RemarkId, Scene};
use crate::tui::app::{App, Mode, Step};
use crate::tui::strings::{self, S};

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let (list_area, detail_area) = split(area, 7, 40);
    let rows = app.remark_rows(Step::Remarks);
    let sel = app.current_remark(Step::Remarks);
    let selected = sel.and_then(|s| rows.iter().position(|r| r.id == s));
    let counts = item_counts(app);
    let title = if app.candidates_only {
        format!(
            "{} ({}) · {}",
            app.t(S::PaneRemarks),
            rows.len(),
            app.t(S::PaneCandidates)
        )
    } else {
        format!("{} ({})", app.t(S::PaneRemarks), rows.len())
    };
    let empty = if app.project.remarks.is_empty() {
        app.t(S::NoRemarks)
    } else if app.candidates_only && app.filter(Step::Remarks).is_empty() {
        app.t(S::NoCandidatesLeft)
    } else {
        app.t(S::NoMatch)
    };
    draw_list(
        app,
        frame,
        list_area,
        title,
        rows.len(),
        selected,
        matches!(app.mode, Mode::Browse),
        empty,
        |i, width| {
            let r = rows[i];
            let note = remark_note(app, r, counts.get(&r.id).copied().unwrap_or(0), width);
            id_row(app, r.id.to_string(), &r.text, note, width)
        },
    );
    let remark = sel.and_then(|s| app.project.remarks.get(s));
    details(app, remark, frame, detail_area);
}

pub fn item_counts(app: &App) -> HashMap<RemarkId, usize> {
    let mut m = HashMap::new();
    for i in &app.project.items {
        for r in &i.remarks {
            *m.entry(*r).or_insert(0) += 1;
        }
    }
    m
}

/// The right-hand note of a remark row: respondent, and on wide screens source and item count.
fn remark_note(app: &App, r: &Remark, items: usize, width: usize) -> String {
    let mut parts = Vec::new();
    if r.candidate {
        parts.push(app.t(S::CandidateMark).to_string());
    }
    if let Some(p) = r.respondent.and_then(|p| app.project.respondents.get(p)) {
        parts.push(p.label.clone());
    }
    if width >= 90 {
        parts.push(app.t(strings::source(r.source)).to_string());
    }
    if items > 0 {
        parts.push(format!("{}×{items}", app.t(S::LabelItems)));
    }
    parts.join(" · ")
}

pub fn scene_text(app: &App, scene: &Scene) -> String {
    let parts: Vec<String> = scene
        .parts()
        .iter()
        .filter_map(|(name, v)| v.map(|v| format!("{}: {v}", app.t(strings::scene_field(name)))))
        .collect();
    if parts.is_empty() {
        "—".into()
    } else {
        parts.join("; ")
    }
}

fn details(app: &App, remark: Option<&Remark>, frame: &mut Frame, area: Rect) {
    let t = theme(app);
    let block = Block::bordered().title(Line::styled(
        format!(" {} ", app.t(S::PaneDetails)),
        t.dim(),
    ));
    let Some(r) = remark else {
        frame.render_widget(block, area);
        return;
    };
    let p = &app.project;
    let respondent = r
        .respondent
        .and_then(|id| p.respondents.get(id))
        .map(|x| format!("{} {}", x.id, x.label))
        .unwrap_or_else(|| "—".into());
    let segment = p
        .remark_segment(r)
        .and_then(|id| p.segments.get(id))
        .map(|x| format!("{} {}", x.id, x.name))
        .unwrap_or_else(|| "—".into());
    let items: Vec<String> = app
        .items_of(r.id)
        .iter()
        .map(|i| i.id.to_string())
        .collect();
    let mut lines = vec![
        field_line(app, S::LabelText, format!("{} {}", r.id, r.text)),
        field_line(
            app,
            S::LabelSource,
            app.t(strings::source(r.source)).to_string(),
        ),
        Line::from(
            [
                field_line(app, S::LabelRespondent, respondent).spans,
                vec![ratatui::text::Span::raw("   ")],
                field_line(app, S::LabelSegment, segment).spans,
            ]
            .concat(),
        ),
        field_line(app, S::LabelScene, scene_text(app, &r.scene)),
    ];
    if !r.tags.is_empty() {
        lines.push(field_line(app, S::LabelTags, r.tags.join(", ")));
    }
    if r.candidate {
        // Right under the text, so it shows on a small screen too.
        let accept = app.key_name(crate::tui::action::Command::Accept);
        lines.insert(
            1,
            field_line(
                app,
                S::LabelCandidate,
                crate::tui::strings::fill(app.t(S::CandidateNote), &[&accept]),
            ),
        );
    }
    if !items.is_empty() {
        lines.push(field_line(app, S::LabelItems, items.join(", ")));
    }

    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        area,
    );
}
