//! The Affinity step: unplaced cards on the left, the tree of islands on the right (or the
//! deployment table), with the wording hints of the selected island's name below the tree. Rows
//! come from the app's cached row list; only the rows that fit are turned into lines. The step's
//! overlays are drawn in the modules below.

mod name_form;
mod overlays;
mod suggestions;

pub use overlays::draw_popup;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::{Theme, draw_list, theme};
use crate::method::arrange;
use crate::model::tree::Node;
use crate::model::{Origin, QualityId};
use crate::tui::action::Command as C;
use crate::tui::app::affinity::{NameFor, NameForm};
use crate::tui::app::{App, Focus, Mode};
use crate::tui::strings::{S, fill};
use crate::tui::widgets::{fit, pad};

/// The keys shown in the key line of the step.
pub const KEY_HINTS: &[(C, S)] = &[
    (C::Mark, S::ShMark),
    (C::MakeIsland, S::ShIsland),
    (C::Nest, S::ShNest),
    (C::MoveTo, S::ShMoveTo),
    (C::Suggest, S::ShSuggest),
    (C::Duplicates, S::ShDuplicates),
    (C::Trace, S::ShTrace),
    (C::Table, S::ShTable),
    (C::Undo, S::ShUndo),
    (C::Help, S::ShHelp),
];

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    if app.affinity.table {
        super::deployment::draw(app, frame, area);
        return;
    }
    let rows = app.affinity_rows();
    let left_w = split_width(
        area.width,
        area.height.saturating_sub(2),
        (rows.unplaced.len(), rows.unplaced_width),
        (rows.tree.len(), rows.tree_width),
    );
    let [left, right] =
        Layout::horizontal([Constraint::Length(left_w), Constraint::Min(0)]).areas(area);
    let t = theme(app);
    let browsing = matches!(app.mode, Mode::Browse);
    let marked = &app.affinity.marked;

    let card = app.affinity_card();
    let selected = card.and_then(|c| rows.unplaced.iter().position(|q| *q == c));
    let marked_n = marked.len();
    let mut title = format!("{} ({})", app.t(S::AffUnplaced), rows.unplaced.len());
    if marked_n > 0 {
        title.push_str(&format!(" · {}", fill(app.t(S::AffMarked), &[&marked_n])));
    }
    let empty = if app.project.qualities.is_empty() {
        app.t(S::AffNoQualities)
    } else {
        app.t(S::AffAllPlaced)
    };
    draw_list(
        app,
        frame,
        left,
        title,
        rows.unplaced.len(),
        selected,
        browsing && app.affinity.focus == Focus::Left,
        empty,
        |i, width| card_line(app, t, rows.unplaced[i], 0, width),
    );

    let node = app.affinity_node();
    let selected = node.and_then(|n| rows.tree_index(n));
    // The wording hints of the selected island's name, below the tree.
    let hints = match (app.affinity.focus, node) {
        (Focus::Right, Some(Node::Group(g))) => {
            let title = app
                .project
                .groups
                .get(g)
                .map(|g| g.title.clone())
                .unwrap_or_default();
            app.name_form_hints(&NameForm {
                purpose: NameFor::Rename(g),
                field: crate::tui::widgets::text_input::TextInput::new(title),
                back: None,
            })
        }
        _ => Vec::new(),
    };
    let right = if hints.is_empty() || right.height < 12 {
        right
    } else {
        let h = height_of(hints.len()).saturating_add(2).min(5);
        let [tree, below] =
            Layout::vertical([Constraint::Min(3), Constraint::Length(h)]).areas(right);
        let lines: Vec<Line> = hints
            .iter()
            .map(|(rule, msg, _)| {
                let head = match rule {
                    Some(n) => format!("{} {n} ", app.t(S::LabelRule)),
                    None => "! ".to_string(),
                };
                let w = (below.width as usize).saturating_sub(2 + head.width());
                Line::from(vec![Span::styled(head, t.warn()), Span::raw(fit(msg, w))])
            })
            .collect();
        let keys: Vec<String> = app
            .keymap
            .keys(C::Rename)
            .first()
            .map(|k| format!("{k} {}", app.t(S::ShRename)))
            .into_iter()
            .collect();
        let block = Block::bordered()
            .title(Line::styled(
                format!(" {} ", app.t(S::AffNameHints)),
                t.dim(),
            ))
            .title_bottom(Line::styled(format!(" {} ", keys.join("")), t.dim()));
        frame.render_widget(Paragraph::new(lines).block(block), below);
        tree
    };
    let placed = rows
        .all
        .iter()
        .filter(|r| matches!(r.node, crate::model::tree::Node::Quality(_)))
        .count();
    let mut title = format!("{} ({})", app.t(S::AffIslands), app.project.groups.len());
    // With no islands yet, "0 cards placed" says nothing; leaving it out keeps the pane narrow.
    if !rows.tree.is_empty() {
        title.push_str(&format!(" · {}", fill(app.t(S::AffPlaced), &[&placed])));
    }
    draw_list(
        app,
        frame,
        right,
        title,
        rows.tree.len(),
        selected,
        browsing && app.affinity.focus != Focus::Left,
        app.t(S::AffNoIslands),
        |i, width| {
            let line = &rows.tree[i];
            let mark = if marked.contains(&line.node) {
                "*"
            } else {
                " "
            };
            let arrow = match line.open {
                Some(true) => "▾",
                Some(false) => "▸",
                None if matches!(line.node, Node::Group(_)) => "·",
                None => " ",
            };
            let head = format!("{mark}{}{arrow} {} ", "  ".repeat(line.depth), line.number);
            let head_w = head.width();
            match line.node {
                Node::Quality(q) => {
                    let mut l = card_line(app, t, q, head_w, width);
                    l.spans.insert(0, Span::styled(head, t.dim()));
                    l
                }
                Node::Group(g) => {
                    let title = app
                        .project
                        .groups
                        .get(g)
                        .map(|g| g.title.as_str())
                        .unwrap_or("");
                    let c = rows.counts.get(&g).copied().unwrap_or_default();
                    let flag = if c.groups == 0 {
                        arrange::size_flag(c.cards).map(|f| match f {
                            arrange::SizeFlag::Empty => app.t(S::AffFlagEmpty),
                            arrange::SizeFlag::Few => app.t(S::AffFlagFew),
                            arrange::SizeFlag::Many => app.t(S::AffFlagMany),
                        })
                    } else {
                        None
                    };
                    let mut note = format!(" ×{}", c.leaves);
                    if let Some(f) = flag {
                        note.push_str(&format!(" !{f}"));
                    }
                    let wording = !crate::tui::hints::check(title).is_empty();
                    if wording {
                        note.push_str(&format!(" !{}", app.t(S::AffFlagName)));
                    }
                    let id = format!("{g} ");
                    let note_w = note.width().min(width / 3);
                    let text_w = width.saturating_sub(head_w + id.width() + note_w);
                    let note_style = if flag.is_some() || wording {
                        t.warn()
                    } else {
                        t.dim()
                    };
                    Line::from(vec![
                        Span::styled(head, t.dim()),
                        Span::styled(id, t.id()),
                        Span::styled(pad(title, text_w), t.accent()),
                        Span::styled(fit(&note, note_w), note_style),
                    ])
                }
            }
        },
    );
}

/// The width of the unplaced pane out of `width`, given (rows, widest line) of each pane and the
/// rows that fit (`height`). Each pane asks for its widest line plus borders, so cards show their
/// whole text where there is room; what is left, or what is missing, is shared by what each pane
/// holds (visible rows × width asked). Neither pane goes below a minimum: 35 % of the width,
/// at least 22 cells (less for an empty pane, which only shows its title and a message).
pub fn split_width(width: u16, height: u16, unplaced: (usize, usize), tree: (usize, usize)) -> u16 {
    let w = width as usize;
    // An empty pane only shows a short message, so it may be narrower.
    // An empty pane shows only its title and a short message: 22 cells hold the unplaced
    // pane's title, 26 the tree's and its hint in four lines.
    let min = |rows: usize, empty: usize| {
        let share = if rows == 0 {
            empty
        } else {
            (w * 35 / 100).max(22)
        };
        share.min(w / 2)
    };
    let rows = |n: usize| n.min(height.max(1) as usize);
    let need = |(n, widest): (usize, usize)| if n == 0 { 0 } else { widest + 2 };
    let (need_l, need_r) = (need(unplaced), need(tree));
    let area_l = rows(unplaced.0) * need_l;
    let area_r = rows(tree.0) * need_r;
    let left = if area_l + area_r == 0 {
        w / 2
    } else if need_l + need_r <= w {
        need_l + (w - need_l - need_r) * area_l / (area_l + area_r)
    } else {
        w * area_l / (area_l + area_r)
    };
    left.clamp(min(unplaced.0, 22), w - min(tree.0, 26)) as u16
}

/// A card: mark, id, text and, for a card the team added, a note saying so. `used` cells are
/// taken by what the caller puts in front.
fn card_line(app: &App, t: Theme, q: QualityId, used: usize, width: usize) -> Line<'static> {
    let Some(quality) = app.project.qualities.get(q) else {
        return Line::default();
    };
    let mark = if used == 0 {
        if app.affinity.marked.contains(&Node::Quality(q)) {
            "*"
        } else {
            " "
        }
    } else {
        ""
    };
    let id = format!("{mark}{q} ");
    let note = if quality.origin == Origin::Team {
        format!(" +{}", app.t(S::AffTeamMark))
    } else {
        String::new()
    };
    let note_w = note.width().min(width / 3);
    let text_w = width.saturating_sub(used + id.width() + note_w);
    Line::from(vec![
        Span::styled(id, t.id()),
        Span::raw(pad(&quality.text, text_w)),
        Span::styled(fit(&note, note_w), t.ok()),
    ])
}

/// A count of rows as a height (a screen never shows more than this many anyway).
fn height_of(n: usize) -> u16 {
    n.min(1000) as u16
}
