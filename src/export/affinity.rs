//! The affinity diagram as the team left it on the wall: every group an island with its name,
//! groups nested in their parent's island, demanded-quality cards inside. SVG for HTML and an
//! indented outline for Markdown, both from the deployment tree.

use std::fmt::Write as _;

use super::html::escape;
use super::md;
use super::svg::{FONT, PALETTE, cells, header, text_width};
use crate::model::Project;
use crate::model::tree::{Node, Tree};

/// One island: a group with its sub-groups and cards.
#[derive(Debug, Default)]
struct Island {
    title: String,
    islands: Vec<Island>,
    cards: Vec<String>,
}

/// The islands of the project, top level first; unplaced qualities form an island of their own.
fn islands(project: &Project, zh: bool) -> Vec<Island> {
    let tree = Tree::build(project);
    // The open islands from the top level down to the current one.
    let mut open: Vec<Island> = Vec::new();
    let mut done: Vec<Island> = Vec::new();
    let close_to = |open: &mut Vec<Island>, done: &mut Vec<Island>, depth: usize| {
        while open.len() > depth {
            let island = open.pop().expect("non-empty");
            match open.last_mut() {
                Some(parent) => parent.islands.push(island),
                None => done.push(island),
            }
        }
    };
    for row in &tree.rows {
        match row.node {
            Node::Group(g) => {
                close_to(&mut open, &mut done, row.depth);
                let title = project
                    .groups
                    .get(g)
                    .map(|g| g.title.clone())
                    .unwrap_or_default();
                open.push(Island {
                    title: format!("{} {title}", row.numbering()),
                    ..Island::default()
                });
            }
            Node::Quality(q) => {
                close_to(&mut open, &mut done, row.depth);
                if let (Some(q), Some(island)) = (project.qualities.get(q), open.last_mut()) {
                    island.cards.push(format!("{} {}", q.id, q.text));
                }
            }
        }
    }
    close_to(&mut open, &mut done, 0);
    if !tree.unplaced.is_empty() {
        done.push(Island {
            title: if zh { "未归类" } else { "not yet grouped" }.into(),
            islands: vec![],
            cards: tree
                .unplaced
                .iter()
                .filter_map(|q| project.qualities.get(*q))
                .map(|q| format!("{} {}", q.id, q.text))
                .collect(),
        });
    }
    done
}

/// Breaks text into lines of at most `max` cells: Latin words stay whole where they fit,
/// Chinese breaks between any two characters.
pub(super) fn wrap(text: &str, max: usize) -> Vec<String> {
    let max = max.max(2);
    let mut lines = Vec::new();
    let mut line = String::new();
    // Tokens: a Latin word with the space before it, or a single wide character.
    let mut tokens: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        let wide = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0) > 1;
        if wide || c == ' ' {
            if !word.is_empty() {
                tokens.push(std::mem::take(&mut word));
            }
            if wide {
                tokens.push(c.to_string());
            } else {
                word.push(' ');
            }
        } else {
            word.push(c);
        }
    }
    if !word.is_empty() {
        tokens.push(word);
    }
    for token in tokens {
        if cells(&line) + cells(&token) <= max {
            line.push_str(&token);
            continue;
        }
        if !line.trim().is_empty() {
            lines.push(line.trim_end().to_string());
        }
        line = token.trim_start().to_string();
        // A word longer than a line is cut where the line ends.
        while cells(&line) > max {
            let mut head = String::new();
            for c in line.chars() {
                if cells(&head) + unicode_width::UnicodeWidthChar::width(c).unwrap_or(0) > max {
                    break;
                }
                head.push(c);
            }
            line = line[head.len()..].to_string();
            lines.push(head);
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}

const COLUMN_W: f64 = 250.0;
const GAP: f64 = 10.0;
const PAD: f64 = 5.0;
const LINE_H: f64 = 13.0;
const SIZE: f64 = 11.0;
/// The space between two cards of one island.
const CARD_GAP: f64 = 3.0;

fn max_cells(width: f64) -> usize {
    ((width - 2.0 * PAD) / text_width("x", SIZE)).floor() as usize
}

/// Height of an island drawn `width` wide.
fn height(island: &Island, width: f64) -> f64 {
    let title = wrap(&island.title, max_cells(width)).len() as f64 * LINE_H + PAD;
    let inner = width - 2.0 * PAD;
    let nested: f64 = island.islands.iter().map(|i| height(i, inner) + PAD).sum();
    let cards: f64 = island
        .cards
        .iter()
        .map(|c| wrap(c, max_cells(inner)).len() as f64 * LINE_H + PAD + CARD_GAP)
        .sum();
    PAD + title + nested + cards + PAD
}

fn draw(s: &mut String, island: &Island, x: f64, y: f64, width: f64, depth: usize) {
    let h = height(island, width);
    let fill = ["#eef3fa", "#f6f9fd", "#ffffff"][depth.min(2)];
    let _ = writeln!(
        s,
        "<rect class=\"island\" x=\"{x:.1}\" y=\"{y:.1}\" width=\"{width:.1}\" height=\"{h:.1}\" rx=\"6\" fill=\"{fill}\" stroke=\"{}\"/>",
        PALETTE[0]
    );
    let mut at = y + PAD;
    for line in wrap(&island.title, max_cells(width)) {
        at += LINE_H;
        let _ = writeln!(
            s,
            "<text class=\"island-name\" x=\"{:.1}\" y=\"{:.1}\" font-size=\"{SIZE}\" font-weight=\"600\" {FONT}>{}</text>",
            x + PAD,
            at - 3.0,
            escape(&line)
        );
    }
    at += PAD;
    let inner = width - 2.0 * PAD;
    for child in &island.islands {
        draw(s, child, x + PAD, at, inner, depth + 1);
        at += height(child, inner) + PAD;
    }
    for card in &island.cards {
        let lines = wrap(card, max_cells(inner));
        let ch = lines.len() as f64 * LINE_H + PAD;
        let _ = writeln!(
            s,
            "<rect class=\"card\" x=\"{:.1}\" y=\"{at:.1}\" width=\"{inner:.1}\" height=\"{ch:.1}\" fill=\"#fffbe6\" stroke=\"#c9b458\"/>",
            x + PAD
        );
        for (k, line) in lines.iter().enumerate() {
            let _ = writeln!(
                s,
                "<text class=\"card-text\" x=\"{:.1}\" y=\"{:.1}\" font-size=\"{SIZE}\" {FONT}>{}</text>",
                x + PAD + 4.0,
                at + LINE_H * (k as f64 + 1.0),
                escape(line)
            );
        }
        at += ch + CARD_GAP;
    }
}

/// The diagram as SVG; `None` when the project has no demanded qualities.
pub fn svg(project: &Project, zh: bool) -> Option<String> {
    let all = islands(project, zh);
    if all.is_empty() {
        return None;
    }
    let per_row = all.len().clamp(1, 4);
    let width = GAP + (COLUMN_W + GAP) * per_row as f64;
    let top = 30.0;
    let mut rows_h = Vec::new();
    for row in all.chunks(per_row) {
        rows_h.push(row.iter().map(|i| height(i, COLUMN_W)).fold(0.0, f64::max));
    }
    let total = top + rows_h.iter().map(|h| h + GAP).sum::<f64>();
    let title = if zh { "亲和图" } else { "Affinity diagram" };
    let mut s = header(width, total, title);
    let mut y = top;
    for (row, h) in all.chunks(per_row).zip(&rows_h) {
        for (k, island) in row.iter().enumerate() {
            draw(
                &mut s,
                island,
                GAP + (COLUMN_W + GAP) * k as f64,
                y,
                COLUMN_W,
                0,
            );
        }
        y += h + GAP;
    }
    s.push_str("</svg>\n");
    Some(s)
}

/// The diagram as a nested Markdown list: groups in bold, cards under them, user text escaped.
pub fn outline(project: &Project, zh: bool) -> Option<String> {
    fn walk(out: &mut String, island: &Island, depth: usize) {
        let indent = "  ".repeat(depth);
        let _ = writeln!(out, "{indent}- **{}**", md::inline(&island.title));
        for i in &island.islands {
            walk(out, i, depth + 1);
        }
        for c in &island.cards {
            let _ = writeln!(out, "{indent}  - {}", md::inline(c));
        }
    }
    let all = islands(project, zh);
    if all.is_empty() {
        return None;
    }
    let mut out = String::new();
    for i in &all {
        walk(&mut out, i, 0);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::{Html, Selector};

    fn sample(name: &str) -> Project {
        crate::store::load(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("projects")
                .join(name),
        )
        .unwrap()
    }

    fn num(e: &scraper::ElementRef, a: &str) -> f64 {
        e.value().attr(a).unwrap().parse().unwrap()
    }

    #[test]
    fn wrapping_keeps_words_and_breaks_chinese_anywhere() {
        assert_eq!(wrap("the light stays on", 10), ["the light", "stays on"]);
        assert_eq!(
            wrap("洗澡时水温忽冷忽热", 8),
            ["洗澡时水", "温忽冷忽", "热"]
        );
        assert_eq!(wrap("Q1 淋浴水温", 6), ["Q1 淋", "浴水温"]);
        assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        for l in wrap("Q3 两处同时用水时淋浴水温依然平稳 and more words", 12) {
            assert!(cells(&l) <= 12, "{l}");
        }
    }

    #[test]
    fn every_group_is_an_island_holding_its_cards_inside_it() {
        for (file, zh) in [("water-heater.zh.ron", true), ("bike-light.en.ron", false)] {
            let p = sample(file);
            let svg = svg(&p, zh).unwrap();
            let doc = Html::parse_fragment(&svg);
            let sel = |s: &str| Selector::parse(s).unwrap();
            let islands: Vec<_> = doc.select(&sel("rect.island")).collect();
            let tree = Tree::build(&p);
            let extra = usize::from(!tree.unplaced.is_empty());
            assert_eq!(islands.len(), p.groups.len() + extra, "{file}");
            assert_eq!(doc.select(&sel("rect.card")).count(), p.qualities.len());
            let text: String = doc.root_element().text().collect();
            for g in &p.groups {
                assert!(
                    text.contains(g.title.chars().next().unwrap()),
                    "{}",
                    g.title
                );
            }
            // Cards lie inside some island, and every line of text inside its card.
            for card in doc.select(&sel("rect.card")) {
                let (x, y) = (num(&card, "x"), num(&card, "y"));
                assert!(islands.iter().any(|i| {
                    x >= num(i, "x")
                        && y >= num(i, "y")
                        && x + num(&card, "width") <= num(i, "x") + num(i, "width")
                        && y + num(&card, "height") <= num(i, "y") + num(i, "height")
                }));
            }
            for t in doc.select(&sel("text.card-text")) {
                let own: String = t.text().collect();
                let right = num(&t, "x") + text_width(&own, SIZE);
                assert!(
                    doc.select(&sel("rect.card")).any(|c| {
                        num(&t, "x") > num(&c, "x")
                            && right <= num(&c, "x") + num(&c, "width")
                            && num(&t, "y") > num(&c, "y")
                            && num(&t, "y") <= num(&c, "y") + num(&c, "height")
                    }),
                    "{file}: {own}"
                );
            }
        }
    }

    #[test]
    fn the_outline_nests_cards_under_their_groups() {
        let p = sample("water-heater.zh.ron");
        let o = outline(&p, true).unwrap();
        assert_eq!(
            o.lines()
                .filter(|l| l.trim_start().starts_with("- Q"))
                .count(),
            p.qualities.len()
        );
        assert!(
            o.lines().any(|l| l.starts_with("  - **")),
            "nested groups are indented:\n{o}"
        );
    }
}
