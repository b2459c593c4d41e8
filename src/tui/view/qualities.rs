//! The Qualities step: items on the left; on the right the statements written from the selected
//! item, and below them the selected (or currently typed) statement's wording hints.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use super::{draw_list, id_row, theme};
use crate::model::Quality;
use crate::tui::app::{App, Focus, Mode, Slot};
use crate::tui::hints;
use crate::tui::strings::{self, Lang, S};
use crate::tui::widgets::fit;

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(35), Constraint::Percentage(65)]).areas(area);
    let t = theme(app);
    let slot = app.current_slot();
    let item = match slot {
        Some(Slot::Item(i)) => app.project.items.get(i),
        _ => None,
    };
    // The selected item in full with the remarks it came from, above its statements; on tall
    // screens the remarks' own words too, for rewriting close to the customer.
    let inner_w = right.width.saturating_sub(2).max(1) as usize;
    let mut lines: Vec<Line> = Vec::new();
    if let Some(i) = item {
        let from: Vec<String> = i.remarks.iter().map(|r| r.to_string()).collect();
        let mut spans = vec![
            Span::styled(format!("{} ", i.id), t.id()),
            Span::raw(i.text.clone()),
        ];
        if !from.is_empty() {
            spans.push(Span::styled(format!("  ← {}", from.join(", ")), t.dim()));
        }
        lines.push(Line::from(spans));
        if right.height >= 30 {
            for r in i
                .remarks
                .iter()
                .filter_map(|r| app.project.remarks.get(*r))
                .take(4)
            {
                lines.push(Line::from(vec![
                    Span::styled(format!("  {} ", r.id), t.id()),
                    Span::styled(fit(&r.text, inner_w.saturating_sub(8)), t.dim()),
                ]));
            }
        }
    }
    let item_rows = if lines.is_empty() {
        0
    } else {
        let rows: usize = lines
            .iter()
            .map(|l| l.width().div_ceil(inner_w).max(1))
            .sum();
        rows.min(6) as u16 + 2
    };
    let [item_area, list_area, hint_area] = Layout::vertical([
        Constraint::Length(item_rows),
        Constraint::Percentage(45),
        Constraint::Percentage(55),
    ])
    .areas(right);
    if !lines.is_empty() {
        frame.render_widget(
            Paragraph::new(lines).wrap(Wrap { trim: false }).block(
                Block::bordered()
                    .title(Line::styled(format!(" {} ", app.t(S::LabelItem)), t.dim())),
            ),
            item_area,
        );
    }
    let browsing = matches!(app.mode, Mode::Browse);
    // A statement being written belongs to the right pane wherever the keyboard was.
    let typing = matches!(
        &app.mode,
        Mode::Input(crate::tui::app::Input {
            target: crate::tui::app::Target::NewQuality(_)
                | crate::tui::app::Target::EditQuality(_),
            ..
        })
    );

    let slots = app.slot_rows();
    let selected = slot.and_then(|s| slots.iter().position(|x| *x == s));
    let counts = |s: Slot| app.qualities_of(s).len();
    let empty = if app.project.items.is_empty() {
        app.t(S::NoItemsAtAll)
    } else {
        app.t(S::NoMatch)
    };
    draw_list(
        app,
        frame,
        left,
        format!("{} ({})", app.t(S::PaneItems), app.project.items.len()),
        slots.len(),
        selected,
        browsing && app.qualities_focus == Focus::Left,
        empty,
        |i, width| {
            let n = counts(slots[i]);
            let note = if n > 0 {
                format!("×{n}")
            } else {
                String::new()
            };
            match slots[i] {
                Slot::Item(id) => {
                    let text = app
                        .project
                        .items
                        .get(id)
                        .map(|x| x.text.as_str())
                        .unwrap_or("");
                    id_row(app, id.to_string(), text, note, width)
                }
                Slot::Team => id_row(app, "+".into(), app.t(S::TeamAdded), note, width),
            }
        },
    );

    let qs = slot.map(|s| app.qualities_of(s)).unwrap_or_default();
    let qsel = app.current_quality();
    let selected = qsel.and_then(|s| qs.iter().position(|q| q.id == s));
    let title = match slot {
        Some(Slot::Item(i)) => format!("{} ← {i} ({})", app.t(S::PaneQualities), qs.len()),
        _ => format!("{} ({})", app.t(S::PaneQualities), qs.len()),
    };
    draw_list(
        app,
        frame,
        list_area,
        title,
        qs.len(),
        selected,
        (browsing && app.qualities_focus == Focus::Right) || typing,
        app.t(S::NoQualities),
        |i, width| {
            let q = qs[i];
            id_row(app, q.id.to_string(), &q.text, kano_note(app, q), width)
        },
    );
    draw_hints(
        app,
        qsel.and_then(|q| app.project.qualities.get(q)),
        frame,
        hint_area,
    );
}

fn kano_note(app: &App, q: &Quality) -> String {
    let mut parts = Vec::new();
    if q.kano != crate::model::Kano::Unclassified {
        parts.push(app.t(strings::kano(q.kano)).to_string());
    }
    if q.origin == crate::model::Origin::Team {
        parts.push(app.t(S::OriginTeam).to_string());
    }
    parts.join(" · ")
}

fn draw_hints(app: &App, quality: Option<&Quality>, frame: &mut Frame, area: Rect) {
    let t = theme(app);
    let focused = matches!(app.mode, Mode::Browse) && app.qualities_focus == Focus::Hints;
    let block = Block::bordered()
        .border_style(t.border(focused))
        .title(Line::styled(
            format!(" {} ", app.t(S::PaneHints)),
            t.border(focused),
        ));
    let typing = matches!(
        &app.mode,
        Mode::Input(crate::tui::app::Input {
            target: crate::tui::app::Target::NewQuality(_)
                | crate::tui::app::Target::EditQuality(_),
            ..
        })
    );
    let mut lines: Vec<Line> = Vec::new();
    // Where the selected hint starts and ends (in lines), to scroll it into view.
    let mut sel_span: Option<(usize, usize)> = None;
    if let (Some(q), false) = (quality, typing) {
        let tags = if q.tags.is_empty() {
            "—".to_string()
        } else {
            q.tags.join(", ")
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{}: ", app.t(S::LabelKano)), t.accent()),
            Span::raw(app.t(strings::kano(q.kano)).to_string()),
            Span::styled(format!("  {}: ", app.t(S::LabelOrigin)), t.accent()),
            Span::raw(app.t(strings::origin(q.origin)).to_string()),
            Span::styled(format!("  {}: ", app.t(S::LabelTags)), t.accent()),
            Span::raw(tags),
        ]));
    }
    let subject = app.hint_subject();
    let checked = app.checked_hints();
    let failed = checked.is_none();
    let list = checked.unwrap_or_default();
    if subject
        .as_ref()
        .is_some_and(|(_, text)| !text.trim().is_empty())
    {
        if failed {
            lines.push(Line::styled(app.t(S::HintsFailed), t.warn()));
        } else if list.is_empty() {
            lines.push(Line::styled(app.t(S::NoHints), t.ok()));
        }
        for (k, (hint, dismissed)) in list.iter().enumerate() {
            let sel = focused && k == app.hint_sel.min(list.len() - 1);
            let mut head = vec![
                Span::styled(
                    format!("{} {} ", app.t(S::LabelRule), hint.rule.number()),
                    t.warn(),
                ),
                Span::styled(format!("{}: ", rule_title(hint, app.lang)), t.accent()),
                Span::raw(hint_message(hint, app.lang).to_string()),
            ];
            if *dismissed {
                head.push(Span::styled(
                    format!(" ({})", app.t(S::LabelDismissed)),
                    t.dim(),
                ));
            }
            let first = lines.len();
            let mut line = Line::from(head);
            if *dismissed {
                line = line.patch_style(t.dim());
            }
            if sel {
                line = line.patch_style(t.selected(true));
            }
            lines.push(line);
            if let Some(s) = &hint.suggestion {
                lines.push(Line::from(vec![
                    Span::styled(format!("  → {}: ", app.t(S::LabelSuggestion)), t.dim()),
                    Span::styled(s.clone(), t.ok()),
                ]));
            }
            if sel {
                sel_span = Some((first, lines.len()));
            }
        }
    }
    let inner = block.inner(area);
    let scroll = sel_span.map_or(0, |(from, to)| {
        // Rows each line takes once wrapped (an estimate: wrapping at words may add a row).
        let rows = |ls: &[Line]| -> usize {
            ls.iter()
                .map(|l| l.width().div_ceil(inner.width.max(1) as usize).max(1))
                .sum()
        };
        let end = rows(&lines[..to]);
        let start = rows(&lines[..from]);
        end.saturating_sub(inner.height as usize).min(start)
    });
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false })
            .scroll((scroll as u16, 0)),
        area,
    );
}

fn rule_title(hint: &hints::Hint, lang: Lang) -> &str {
    match lang {
        Lang::En => hint.rule.title(),
        Lang::Zh => hint.rule.title_zh(),
    }
}

fn hint_message(hint: &hints::Hint, lang: Lang) -> &str {
    match lang {
        Lang::En => &hint.message,
        Lang::Zh => &hint.message_zh,
    }
}
