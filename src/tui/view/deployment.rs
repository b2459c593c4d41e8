//! The deployment table of the Affinity step: the tree as a table with one column per level,
//! numbered 1 / 1.1 / 1.1.1, leaves and qualities added by the team marked, unplaced cards last.
//! A row's text starts in the column of its level and may run on into the empty columns to its
//! right. Only the rows that fit are built.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::theme;
use crate::model::Origin;
use crate::model::tree::Node;
use crate::tui::app::App;
use crate::tui::strings::{S, fill};
use crate::tui::widgets::{fit, pad};

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let t = theme(app);
    let rows = app.affinity_rows();
    let total = rows.all.len() + rows.unplaced.len();
    let block = Block::bordered()
        .border_style(t.accent())
        .title(Line::styled(
            format!(
                " {} · {} ",
                app.t(S::AffTableTitle),
                fill(app.t(S::AffTableLevels), &[&rows.levels])
            ),
            t.accent(),
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.height < 2 || inner.width < 10 {
        return;
    }
    if total == 0 {
        frame.render_widget(
            Paragraph::new(Line::styled(app.t(S::AffNoQualities), t.dim())),
            inner,
        );
        return;
    }
    let width = inner.width as usize;
    let levels = rows.levels.max(1);
    let num_w = rows
        .all
        .iter()
        .map(|r| r.numbering().len())
        .max()
        .unwrap_or(1)
        .max(app.t(S::AffColNumber).width())
        + 1;
    let id_w = 5;
    let kind_w = [S::AffColKind, S::AffLeaf, S::AffGroup, S::AffUnplacedKind]
        .iter()
        .map(|s| app.t(*s).width())
        .max()
        .unwrap_or(4)
        + 1;
    let origin_w = [S::AffColOrigin, S::AffTeamMark]
        .iter()
        .map(|s| app.t(*s).width())
        .max()
        .unwrap_or(4);
    let text_w = width.saturating_sub(num_w + id_w + kind_w + origin_w + 1);
    let step = (text_w / levels).clamp(2, 40);

    let mut header = pad(app.t(S::AffColNumber), num_w);
    header.push_str(&pad(app.t(S::AffColId), id_w));
    let mut levels_head = String::new();
    for l in 0..levels {
        let label = fill(app.t(S::AffColLevel), &[&(l + 1)]);
        levels_head.push_str(&pad(&label, step));
    }
    header.push_str(&pad(&levels_head, text_w));
    header.push(' ');
    header.push_str(&pad(app.t(S::AffColKind), kind_w));
    header.push_str(&pad(app.t(S::AffColOrigin), origin_w));
    frame.render_widget(
        Line::styled(header, t.accent()),
        Rect::new(inner.x, inner.y, inner.width, 1),
    );

    let body = Rect::new(inner.x, inner.y + 1, inner.width, inner.height - 1);
    let sel = app.affinity.table_sel.min(total - 1);
    let range = super::window(total, Some(sel), body.height as usize);
    for (k, i) in range.enumerate() {
        let (number, node, depth) = match rows.all.get(i) {
            Some(r) => (r.numbering(), r.node, r.depth),
            None => (
                String::new(),
                Node::Quality(rows.unplaced[i - rows.all.len()]),
                0,
            ),
        };
        let unplaced = i >= rows.all.len();
        let (id, text, kind, team) = match node {
            Node::Group(g) => (
                g.to_string(),
                app.project
                    .groups
                    .get(g)
                    .map(|g| g.title.clone())
                    .unwrap_or_default(),
                S::AffGroup,
                false,
            ),
            Node::Quality(q) => {
                let quality = app.project.qualities.get(q);
                (
                    q.to_string(),
                    quality.map(|q| q.text.clone()).unwrap_or_default(),
                    if unplaced {
                        S::AffUnplacedKind
                    } else {
                        S::AffLeaf
                    },
                    quality.is_some_and(|q| q.origin == Origin::Team),
                )
            }
        };
        let indent = (depth.min(levels - 1) * step).min(text_w);
        let mut cells = format!("{}{}", " ".repeat(indent), text);
        cells = pad(&cells, text_w);
        let text_style = match node {
            Node::Group(_) => t.accent(),
            Node::Quality(_) => ratatui::style::Style::new(),
        };
        let mut line = Line::from(vec![
            Span::styled(pad(&number, num_w), t.dim()),
            Span::styled(pad(&id, id_w), t.id()),
            Span::styled(cells, text_style),
            Span::raw(" "),
            Span::styled(
                pad(app.t(kind), kind_w),
                if unplaced { t.warn() } else { t.dim() },
            ),
            Span::styled(
                fit(if team { app.t(S::AffTeamMark) } else { "" }, origin_w),
                t.ok(),
            ),
        ]);
        if i == sel {
            line = line.patch_style(t.selected(true));
        }
        frame.render_widget(line, Rect::new(body.x, body.y + k as u16, body.width, 1));
    }
}
