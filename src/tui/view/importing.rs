//! The import dialog of the Remarks step: the file's path, then the preview of what it adds.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Block;

use super::popup::{centered, clear};
use super::theme;
use crate::tui::app::App;
use crate::tui::app::importing::{ImportDialog, Kind, Preview};
use crate::tui::strings::{S, fill};
use crate::tui::widgets::fit;

pub fn draw(app: &App, dialog: &ImportDialog, frame: &mut Frame, area: Rect) {
    match dialog {
        ImportDialog::Path(field) => {
            let t = theme(app);
            let r = centered(area, 76.min(area.width.saturating_sub(4)), 4);
            clear(frame, r);
            let block = Block::bordered()
                .border_style(t.accent())
                .title(Line::styled(
                    format!(" {} ", app.t(S::ImportTitle)),
                    t.accent(),
                ))
                .title_bottom(Line::styled(
                    format!(" {} ", app.t(S::ImportPathKeys)),
                    t.dim(),
                ));
            let inner = block.inner(r);
            frame.render_widget(block, r);
            if inner.height < 2 {
                return;
            }
            let w = inner.width as usize;
            frame.render_widget(
                Line::styled(fit(app.t(S::ImportPathLabel), w), t.dim()),
                Rect::new(inner.x, inner.y, inner.width, 1),
            );
            frame.render_widget(
                Span::styled("› ", t.accent()),
                Rect::new(inner.x, inner.y + 1, 2, 1),
            );
            let fr = Rect::new(inner.x + 2, inner.y + 1, inner.width.saturating_sub(2), 1);
            if let Some(pos) = field.render(fr, frame.buffer_mut(), Style::new()) {
                frame.set_cursor_position(pos);
            }
        }
        ImportDialog::Preview(p) => preview(app, p, frame, area),
    }
}

fn preview(app: &App, p: &Preview, frame: &mut Frame, area: Rect) {
    let t = theme(app);
    let content = usize::from(!p.speakers.is_empty())
        + if p.edit.is_none() {
            p.problems.len() + 1
        } else {
            p.lines.len() + 1 + p.rows.len()
        };
    let r = centered(
        area,
        100.min(area.width.saturating_sub(4)),
        area.height
            .saturating_sub(4)
            .min(30)
            .min(content as u16 + 2),
    );
    clear(frame, r);
    let name = p.path.file_name().map_or_else(
        || p.path.display().to_string(),
        |n| n.to_string_lossy().into(),
    );
    let kind = p.kind.map(|k| match k {
        Kind::Transcript => S::ImportKindTranscript,
        Kind::Csv => S::ImportKindCsv,
        Kind::Text => S::ImportKindText,
    });
    let refused = p.edit.is_none();
    let keys = if refused {
        S::ImportRefusedKeys
    } else {
        S::ImportPreviewKeys
    };
    let title = match kind {
        Some(kind) => format!("{} · {name} · {}", app.t(S::ImportTitle), app.t(kind)),
        None => format!("{} · {name}", app.t(S::ImportTitle)),
    };
    let block = Block::bordered()
        .border_style(t.accent())
        .title(Line::styled(
            format!(" {} ", fit(&title, (r.width as usize).saturating_sub(4))),
            t.accent(),
        ))
        .title_bottom(Line::styled(format!(" {} ", app.t(keys)), t.dim()));
    let inner = block.inner(r);
    frame.render_widget(block, r);
    let w = inner.width as usize;
    let mut lines: Vec<Line> = Vec::new();
    let mut choose = None;
    if !p.speakers.is_empty() {
        let list: Vec<String> = p
            .speakers
            .iter()
            .enumerate()
            .map(|(i, s)| format!("{} {s}", i + 1))
            .collect();
        let keys = format!("1–{}", p.speakers.len().min(9));
        choose = Some(Line::styled(
            fit(
                &fill(app.t(S::ImportSpeakers), &[&keys, &list.join(" · ")]),
                w,
            ),
            t.accent(),
        ));
    }
    if refused {
        lines.push(Line::styled(fit(app.t(S::ImportRefused), w), t.error()));
        lines.extend(
            p.problems
                .iter()
                .map(|e| Line::styled(fit(&format!("  {e}"), w), t.error())),
        );
        lines.extend(choose);
    } else {
        lines.extend(p.lines.iter().map(|l| Line::styled(fit(l, w), t.ok())));
        lines.extend(choose);
        lines.push(Line::raw(""));
        let room = (inner.height as usize).saturating_sub(lines.len());
        let shown = if p.rows.len() > room {
            room.saturating_sub(1)
        } else {
            p.rows.len()
        };
        lines.extend(p.rows.iter().take(shown).map(|l| Line::raw(fit(l, w))));
        if shown < p.rows.len() {
            lines.push(Line::styled(
                fit(&fill(app.t(S::MoreRows), &[&(p.rows.len() - shown)]), w),
                t.dim(),
            ));
        }
    }
    for (k, line) in lines.into_iter().take(inner.height as usize).enumerate() {
        frame.render_widget(line, Rect::new(inner.x, inner.y + k as u16, inner.width, 1));
    }
}
