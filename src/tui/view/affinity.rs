//! The Affinity step: unplaced cards on the left, the tree of islands on the right (or the
//! deployment table), and the step's overlays. Rows come from the app's cached row list; only
//! the rows that fit are turned into lines.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::popup::{centered, clear};
use super::{Theme, draw_list, theme, window};
use crate::method::arrange;
use crate::model::tree::Node;
use crate::model::{Origin, QualityId};
use crate::tui::action::Command as C;
use crate::tui::app::affinity::{NameFor, NameForm, Popup, Proposal, TraceLine};
use crate::tui::app::{App, Focus, Mode};
use crate::tui::strings::{S, fill};
use crate::tui::widgets::{fit, pad, wrap};

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
                    let wording = !crate::method::wording::check(title).is_empty();
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

/// Draws the open overlay of the step.
pub fn draw_popup(app: &App, popup: &Popup, frame: &mut Frame, area: Rect) {
    match popup {
        Popup::Name(form) => name_form(app, form, frame, area),
        Popup::MoveTo(p) => {
            let choices = app.move_choices(p);
            let what: Vec<String> = p
                .nodes
                .iter()
                .take(4)
                .map(|n| crate::tui::app::affinity::node_id(*n).to_string())
                .collect();
            let mut what = what.join(", ");
            if p.nodes.len() > 4 {
                what.push_str(", …");
            }
            let labels: Vec<String> = choices.into_iter().map(|(l, _)| l).collect();
            let r = box_area(area, 72, height_of(labels.len()).saturating_add(5));
            let inner = framed(
                app,
                frame,
                r,
                &fill(app.t(S::AffMoveTitle), &[&what]),
                app.t(S::PickKeys),
            );
            let [filter_row, _, list] = Layout::vertical([
                Constraint::Length(1),
                Constraint::Length(1),
                Constraint::Min(1),
            ])
            .areas(inner);
            let t = theme(app);
            frame.render_widget(Span::styled("› ", t.accent()), filter_row);
            let field = Rect::new(
                filter_row.x + 2,
                filter_row.y,
                filter_row.width.saturating_sub(2),
                1,
            );
            if let Some(pos) = p.filter.render(field, frame.buffer_mut(), Style::new()) {
                frame.set_cursor_position(pos);
            }
            let lines: Vec<Line> = labels.iter().map(|l| Line::raw(l.clone())).collect();
            list_lines(app, frame, list, lines, p.selected, 1);
            if labels.is_empty() {
                frame.render_widget(Line::styled(app.t(S::NoMatch), t.dim()), list);
            }
        }
        Popup::Duplicates { pairs, selected } => {
            let t = theme(app);
            let r = box_area(
                area,
                100,
                height_of(pairs.len()).saturating_mul(2).saturating_add(2),
            );
            let inner = framed(
                app,
                frame,
                r,
                &fill(app.t(S::AffDupTitle), &[&pairs.len()]),
                app.t(S::AffDupKeys),
            );
            let w = inner.width as usize;
            let text = |q: QualityId| {
                app.project
                    .qualities
                    .get(q)
                    .map(|q| q.text.clone())
                    .unwrap_or_default()
            };
            let mut lines = Vec::new();
            for (a, b, sim) in pairs {
                let pct = format!("{:>3.0}% ", sim * 100.0);
                let pw = pct.width();
                let idw = a.to_string().len().max(b.to_string().len()).max(3) + 1;
                lines.push(Line::from(vec![
                    Span::styled(pct, t.warn()),
                    Span::styled(format!("{:<idw$}", a.to_string()), t.id()),
                    Span::raw(fit(&text(*a), w.saturating_sub(pw + idw))),
                ]));
                lines.push(Line::from(vec![
                    Span::raw(" ".repeat(pw)),
                    Span::styled(format!("{:<idw$}", b.to_string()), t.id()),
                    Span::raw(fit(&text(*b), w.saturating_sub(pw + idw))),
                ]));
            }
            list_lines(app, frame, inner, lines, *selected, 2);
        }
        Popup::Suggestions {
            proposals,
            selected,
        } => suggestions(app, proposals, *selected, frame, area),
        Popup::ConfirmDelete { question, .. } => {
            let t = theme(app);
            let w = 72.min(area.width.saturating_sub(4));
            let lines: Vec<Line> = wrap(question, w.saturating_sub(2) as usize)
                .into_iter()
                .map(|l| Line::styled(l, t.warn()))
                .collect();
            let r = box_area(area, w, height_of(lines.len()));
            let inner = framed(
                app,
                frame,
                r,
                app.t(S::ShDelete),
                app.t(S::AffAskDeleteKeys),
            );
            frame.render_widget(Paragraph::new(lines), inner);
        }
        Popup::Working(n) => {
            let r = box_area(area, 60, 3);
            let inner = framed(app, frame, r, "gemba", app.t(S::AffWorkingKeys));
            frame.render_widget(
                Paragraph::new(fill(app.t(S::AffWorking), &[n])).wrap(Wrap { trim: true }),
                inner,
            );
        }
        Popup::Trace {
            subject,
            lines,
            scroll,
        } => {
            let t = theme(app);
            let r = box_area(area, 100, height_of(lines.len()).saturating_add(3));
            let head = match subject {
                crate::model::EntityId::Group(g) => {
                    app.project.groups.get(*g).map(|g| g.title.clone())
                }
                crate::model::EntityId::Quality(q) => {
                    app.project.qualities.get(*q).map(|q| q.text.clone())
                }
                crate::model::EntityId::Remark(r) => {
                    app.project.remarks.get(*r).map(|r| r.text.clone())
                }
                _ => None,
            }
            .unwrap_or_default();
            let inner = framed(
                app,
                frame,
                r,
                &fill(app.t(S::AffTraceTitle), &[subject, &head]),
                app.t(S::AffTraceKeys),
            );
            let w = inner.width as usize;
            let mut out: Vec<Line> = Vec::new();
            if lines.is_empty() {
                out.push(Line::styled(app.t(S::AffTraceNothing), t.dim()));
            }
            for l in lines {
                match l {
                    TraceLine::Heading(s, n) => {
                        out.push(Line::styled(format!("{} ({n})", app.t(*s)), t.accent()))
                    }
                    TraceLine::Entry(id, text) => {
                        let id = format!("  {id:<5} ");
                        let iw = id.width();
                        out.push(Line::from(vec![
                            Span::styled(id, t.id()),
                            Span::raw(fit(text, w.saturating_sub(iw))),
                        ]));
                    }
                }
            }
            let max = height_of(out.len()).saturating_sub(inner.height);
            frame.render_widget(Paragraph::new(out).scroll(((*scroll).min(max), 0)), inner);
        }
    }
}

/// A count of rows as a height (a screen never shows more than this many anyway).
fn height_of(n: usize) -> u16 {
    n.min(1000) as u16
}

/// A box of at most `w`×`h` cells in the middle of the screen, leaving a margin.
fn box_area(area: Rect, w: u16, h: u16) -> Rect {
    centered(
        area,
        w.min(area.width.saturating_sub(4)),
        h.saturating_add(2).min(area.height.saturating_sub(2)),
    )
}

/// Clears `r`, draws a titled frame with the keys at the bottom and returns the inside.
fn framed(app: &App, frame: &mut Frame, r: Rect, title: &str, keys: &str) -> Rect {
    let t = theme(app);
    clear(frame, r);
    let w = (r.width as usize).saturating_sub(4);
    let block = Block::bordered()
        .border_style(t.accent())
        .title(Line::styled(format!(" {} ", fit(title, w)), t.accent()))
        .title_bottom(Line::styled(format!(" {} ", fit(keys, w)), t.dim()));
    let inner = block.inner(r);
    frame.render_widget(block, r);
    inner
}

/// Draws entries of `per` lines each, paged so the selected entry shows, highlighting it.
fn list_lines(app: &App, frame: &mut Frame, area: Rect, lines: Vec<Line>, sel: usize, per: usize) {
    let t = theme(app);
    let entries = lines.len() / per.max(1);
    let fit_entries = (area.height as usize / per).max(1);
    let range = window(entries, Some(sel), fit_entries);
    let mut y = area.y;
    for e in range {
        for k in 0..per {
            if y >= area.y + area.height {
                return;
            }
            let Some(line) = lines.get(e * per + k) else {
                continue;
            };
            let mut line = line.clone();
            if e == sel {
                line = line.patch_style(t.selected(true));
                let w = line.width();
                if w < area.width as usize {
                    line.push_span(Span::raw(" ".repeat(area.width as usize - w)));
                }
            }
            frame.render_widget(line, Rect::new(area.x, y, area.width, 1));
            y += 1;
        }
    }
}

fn name_form(app: &App, form: &NameForm, frame: &mut Frame, area: Rect) {
    let t = theme(app);
    let title = match &form.purpose {
        NameFor::Island(cards) => fill(app.t(S::AffNameIsland), &[&cards.len()]),
        NameFor::Rename(g) => fill(app.t(S::AffNameRename), &[g]),
        NameFor::Nest(groups) => fill(app.t(S::AffNameNest), &[&groups.len()]),
        NameFor::Split(g, cards) => fill(app.t(S::AffNameSplit), &[&cards.len(), g]),
        NameFor::Team(Some(g)) => fill(app.t(S::AffNameTeamIn), &[g]),
        NameFor::Team(None) => app.t(S::AffNameTeam).to_string(),
        NameFor::EditCard(q) => fill(app.t(S::AffNameCard), &[q]),
        NameFor::Proposal(i) => fill(app.t(S::AffNameProposal), &[&(i + 1)]),
    };
    let w = 76.min(area.width.saturating_sub(4));
    let inner_w = w.saturating_sub(2) as usize;
    let hints = app.name_form_hints(form);
    let mut lines: Vec<Line> = Vec::new();
    if form.field.value().trim().is_empty() {
        // What is being typed: an island's name, a quality the team adds, or a card's text.
        let rule = match form.purpose {
            NameFor::Team(_) => S::AffTeamRule,
            NameFor::EditCard(_) => S::AffCardRule,
            _ => S::AffNameRule,
        };
        for part in wrap(app.t(rule), inner_w) {
            lines.push(Line::styled(part, t.dim()));
        }
    } else if hints.is_empty() {
        lines.push(Line::styled(app.t(S::NoHints), t.ok()));
    }
    for (rule, msg, suggestion) in &hints {
        let head = match rule {
            Some(n) => format!("{} {n} ", app.t(S::LabelRule)),
            None => "! ".to_string(),
        };
        let indent = head.width();
        for (k, part) in wrap(msg, inner_w.saturating_sub(indent))
            .into_iter()
            .enumerate()
        {
            let lead = if k == 0 {
                Span::styled(head.clone(), t.warn())
            } else {
                Span::raw(" ".repeat(indent))
            };
            lines.push(Line::from(vec![lead, Span::raw(part)]));
        }
        if let Some(s) = suggestion {
            lines.push(Line::from(vec![
                Span::styled(format!("  → {}: ", app.t(S::LabelSuggestion)), t.dim()),
                Span::styled(fit(s, inner_w.saturating_sub(12)), t.ok()),
            ]));
        }
    }
    let h = height_of(lines.len())
        .saturating_add(2)
        .min(area.height.saturating_sub(6));
    let r = centered(area, w, h.saturating_add(2));
    let keys = format!("{} · {}", app.t(S::EditKeys), app.t(S::HintKeys));
    let inner = framed(app, frame, r, &title, &keys);
    let [field_row, _, hint_area] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(0),
    ])
    .areas(inner);
    frame.render_widget(Span::styled("› ", t.accent()), field_row);
    let field = Rect::new(
        field_row.x + 2,
        field_row.y,
        field_row.width.saturating_sub(2),
        1,
    );
    if let Some(pos) = form.field.render(field, frame.buffer_mut(), Style::new()) {
        frame.set_cursor_position(pos);
    }
    frame.render_widget(Paragraph::new(lines), hint_area);
}

fn suggestions(app: &App, proposals: &[Proposal], sel: usize, frame: &mut Frame, area: Rect) {
    let t = theme(app);
    let r = box_area(area, 110, area.height);
    let level = proposals.iter().any(|p| !p.islands.is_empty());
    let title = if level {
        let islands: usize = proposals.iter().map(|p| p.islands.len()).sum();
        fill(
            app.t(S::AffSuggestLevelTitle),
            &[&proposals.len(), &islands],
        )
    } else {
        let cards: usize = proposals.iter().map(|p| p.cards.len()).sum();
        fill(app.t(S::AffSuggestTitle), &[&proposals.len(), &cards])
    };
    let inner = framed(app, frame, r, &title, app.t(S::AffSuggestKeys));
    let sel = sel.min(proposals.len().saturating_sub(1));
    let Some(current) = proposals.get(sel) else {
        return;
    };
    // The list above, the selected proposal's cards below.
    let shown: Vec<(String, String)> = if level {
        current
            .islands
            .iter()
            .map(|g| {
                let title = app.project.groups.get(*g).map(|g| g.title.clone());
                (g.to_string(), title.unwrap_or_default())
            })
            .collect()
    } else {
        current
            .cards
            .iter()
            .map(|q| {
                let text = app.project.qualities.get(*q).map(|q| q.text.clone());
                (q.to_string(), text.unwrap_or_default())
            })
            .collect()
    };
    let detail_h = height_of(shown.len())
        .saturating_add(1)
        .min(inner.height / 2);
    let [list, detail] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(detail_h)]).areas(inner);
    let w = list.width as usize;
    let lines: Vec<Line> = proposals
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let n = format!("{:>3}. ", i + 1);
            let draft = if p.draft {
                format!(" · {}", app.t(S::AffDraftName))
            } else {
                String::new()
            };
            let note = format!(
                "{draft} ×{} · {}",
                if level {
                    p.islands.len()
                } else {
                    p.cards.len()
                },
                fill(app.t(S::AffCohesion), &[&format!("{:.2}", p.cohesion)])
            );
            let text_w = w.saturating_sub(n.width() + note.width());
            Line::from(vec![
                Span::styled(n, t.dim()),
                Span::styled(pad(&p.name, text_w), t.accent()),
                Span::styled(note, t.dim()),
            ])
        })
        .collect();
    list_lines(app, frame, list, lines, sel, 1);
    let mut out = vec![Line::styled(
        fit(
            &fill(
                app.t(if level {
                    S::AffProposalIslands
                } else {
                    S::AffProposalCards
                }),
                &[&(sel + 1)],
            ),
            detail.width as usize,
        ),
        t.dim(),
    )];
    for (id, text) in &shown {
        let id = format!("  {id:<5} ");
        let iw = id.width();
        out.push(Line::from(vec![
            Span::styled(id, t.id()),
            Span::raw(fit(text, (detail.width as usize).saturating_sub(iw))),
        ]));
    }
    frame.render_widget(Paragraph::new(out), detail);
}
