//! The Kano Better/Worse scatter: one labelled point per demanded quality with Kano answers,
//! |Worse| across (how much it hurts when missing), Better up (how much it delights when present),
//! the four quadrants named. SVG for HTML; Markdown gets the numbers in the Kano table.

use std::fmt::Write as _;

use super::html::escape;
use super::svg::{FONT, PALETTE, header, label_lines, text_width};
use crate::method::kano::Class;
use crate::method::survey::Survey;
use crate::model::Project;
use crate::model::tree::Tree;

/// (label, full text, |worse|, better) per quality, in tree order.
pub fn points(project: &Project) -> Vec<(String, String, f64, f64)> {
    let survey = Survey::compute(project);
    Tree::build(project)
        .qualities_in_order()
        .into_iter()
        .filter_map(|id| {
            let q = project.qualities.get(id)?;
            let k = survey.kano.get(&id)?;
            let (better, worse) = (k.tally.better()?, k.tally.worse()?);
            Some((
                id.to_string(),
                format!("{} {}", q.id, q.text),
                worse.abs(),
                better,
            ))
        })
        .collect()
}

/// Where the plot starts, and its side: small enough to print legibly in half a page's width,
/// beside the benchmark chart.
const LEFT: f64 = 56.0;
const TOP: f64 = 40.0;
const SIZE: f64 = 280.0;
/// The font size of the points' labels, and the height a line of a label takes.
const LABEL: f64 = 12.0;
const LABEL_H: f64 = 13.0;
/// Cells a line of a point's label may take; a label takes at most two lines, so that a reader
/// can tell one quality from another by its words and not only by its id.
const LABEL_CELLS: usize = 28;

/// The scatter, or `None` when no quality has Kano answers.
pub fn svg(project: &Project, zh: bool) -> Option<String> {
    let pts = points(project);
    if pts.is_empty() {
        return None;
    }
    let (left, top, size) = (LEFT, TOP, SIZE);
    let width = left + size + 24.0 + text_width(&"x".repeat(LABEL_CELLS), LABEL);
    let mut height = top + size + 48.0;
    let x = |v: f64| left + size * v.clamp(0.0, 1.0);
    let y = |v: f64| top + size * (1.0 - v.clamp(0.0, 1.0));
    let title = if zh {
        "Kano：满意系数与不满意系数"
    } else {
        "Kano: Better and Worse coefficients"
    };
    // The header comes last: labels pushed down below the plot make the drawing taller.
    let mut s = String::new();
    // Quadrants, named as the classes they stand for.
    let quadrant = |c: Class| if zh { c.name_zh() } else { c.name() };
    let _ = writeln!(
        s,
        "<rect x=\"{left:.1}\" y=\"{top:.1}\" width=\"{size:.1}\" height=\"{size:.1}\" fill=\"none\" stroke=\"#888\"/>\
         <line x1=\"{:.1}\" y1=\"{top:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"#bbb\" stroke-dasharray=\"4 3\"/>\
         <line x1=\"{left:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"#bbb\" stroke-dasharray=\"4 3\"/>",
        x(0.5),
        x(0.5),
        top + size,
        y(0.5),
        left + size,
        y(0.5)
    );
    for (c, qx, qy) in [
        (Class::A, 0.25, 0.97),
        (Class::O, 0.75, 0.97),
        (Class::I, 0.25, 0.03),
        (Class::M, 0.75, 0.03),
    ] {
        let _ = writeln!(
            s,
            "<text class=\"quadrant\" x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" fill=\"#999\" text-anchor=\"middle\" {FONT}>{}</text>",
            x(qx),
            y(qy) + 4.0,
            escape(quadrant(c))
        );
    }
    // Axes.
    for t in [0.0, 0.25, 0.5, 0.75, 1.0] {
        let _ = writeln!(
            s,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"middle\" {FONT}>{t}</text><text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"end\" {FONT}>{t}</text>",
            x(t),
            top + size + 14.0,
            left - 4.0,
            y(t) + 3.0
        );
    }
    let (xl, yl) = if zh {
        (
            "不满意系数（绝对值）：缺少时不满意的程度",
            "满意系数：具备时满意的程度",
        )
    } else {
        (
            "|Worse|: dissatisfaction when missing",
            "Better: satisfaction when present",
        )
    };
    let _ = writeln!(
        s,
        "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" text-anchor=\"middle\" {FONT}>{xl}</text>",
        left + size / 2.0,
        top + size + 32.0
    );
    let (yx, yy) = (16.0, top + size / 2.0);
    let _ = writeln!(
        s,
        "<text x=\"{yx:.1}\" y=\"{yy:.1}\" font-size=\"12\" text-anchor=\"middle\" transform=\"rotate(-90 {yx:.1} {yy:.1})\" {FONT}>{yl}</text>"
    );
    // Points with their labels; a label that would sit on a dot or an earlier label moves down.
    // Every dot counts as taken, so no label covers another quality's point.
    // Taken boxes: (left, top, width, height).
    let mut placed: Vec<(f64, f64, f64, f64)> = pts
        .iter()
        .map(|(_, _, w, b)| (x(*w) - 4.0, y(*b) - 4.0, 8.0, 8.0))
        .collect();
    for (id, text, w, b) in &pts {
        let (px, py) = (x(*w), y(*b));
        let lines = label_lines(text, LABEL_CELLS);
        let lw = lines
            .iter()
            .map(|l| text_width(l, LABEL))
            .fold(0.0, f64::max);
        let lh = LABEL_H * lines.len() as f64;
        let lx = px + 6.0;
        // The first line's baseline sits a little below the dot's centre.
        let mut ly = py + 4.0;
        let top_of = |baseline: f64| baseline - LABEL_H + 3.0;
        while placed.iter().any(|(ox, oy, ow, oh)| {
            lx < ox + ow && *ox < lx + lw && top_of(ly) < oy + oh && *oy < top_of(ly) + lh
        }) {
            ly += LABEL_H;
        }
        placed.push((lx, top_of(ly), lw, lh));
        height = height.max(top_of(ly) + lh + 4.0);
        let _ = write!(
            s,
            "<g class=\"kano-point\" data-id=\"{id}\"><circle cx=\"{px:.1}\" cy=\"{py:.1}\" r=\"3.5\" fill=\"{}\"/>",
            PALETTE[0],
        );
        for (k, line) in lines.iter().enumerate() {
            let _ = write!(
                s,
                "<text x=\"{lx:.1}\" y=\"{:.1}\" font-size=\"{LABEL}\" {FONT}>{}</text>",
                ly + LABEL_H * k as f64,
                escape(line)
            );
        }
        let _ = writeln!(
            s,
            "<title>{}: {} {b:.2}, {} −{w:.2}</title></g>",
            escape(text),
            if zh { "满意系数" } else { "Better" },
            if zh { "不满意系数" } else { "Worse" },
        );
    }
    s.push_str("</svg>\n");
    Some(header(width, height, title) + &s)
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

    #[test]
    fn every_quality_with_kano_answers_is_a_labelled_point_where_its_coefficients_put_it() {
        let p = sample("bike-light.en.ron");
        let pts = points(&p);
        assert!(!pts.is_empty());
        let svg = svg(&p, false).unwrap();
        let doc = Html::parse_fragment(&svg);
        let sel = |s: &str| Selector::parse(s).unwrap();
        let groups: Vec<_> = doc.select(&sel("g.kano-point")).collect();
        assert_eq!(groups.len(), pts.len());
        for ((id, _, w, b), g) in pts.iter().zip(&groups) {
            assert_eq!(g.value().attr("data-id"), Some(id.as_str()));
            let c = g.select(&sel("circle")).next().unwrap();
            let cx: f64 = c.value().attr("cx").unwrap().parse().unwrap();
            let cy: f64 = c.value().attr("cy").unwrap().parse().unwrap();
            assert!((cx - (LEFT + SIZE * w)).abs() < 0.1);
            assert!((cy - (TOP + SIZE * (1.0 - b))).abs() < 0.1);
            let label: String = g.select(&sel("text")).next().unwrap().text().collect();
            assert!(label.starts_with(&format!("{id} ")), "{label}");
        }
        let quadrants: Vec<String> = doc
            .select(&sel("text.quadrant"))
            .map(|t| t.text().collect())
            .collect();
        assert_eq!(quadrants.len(), 4);
        // No project without Kano answers gets an empty chart.
        let mut none = p.clone();
        none.responses = Default::default();
        assert!(super::svg(&none, false).is_none());
    }

    /// The words of a point's label: its lines joined, as a reader reads them.
    fn label_of(g: scraper::ElementRef) -> Vec<String> {
        let sel = Selector::parse("text").unwrap();
        g.select(&sel).map(|t| t.text().collect()).collect()
    }

    #[test]
    fn labels_say_enough_of_the_quality_to_tell_it_apart() {
        for (name, zh) in [("bike-light.en.ron", false), ("water-heater.zh.ron", true)] {
            let p = sample(name);
            let svg = svg(&p, zh).unwrap();
            let doc = Html::parse_fragment(&svg);
            let groups: Vec<_> = doc
                .select(&Selector::parse("g.kano-point").unwrap())
                .collect();
            for ((_, text, _, _), g) in points(&p).iter().zip(&groups) {
                let lines = label_of(*g);
                assert!((1..=2).contains(&lines.len()), "{lines:?}");
                for line in &lines {
                    assert!(super::super::svg::cells(line) <= LABEL_CELLS, "{line}");
                }
                // The lines read as the start of the quality's text, or all of it.
                let shown = lines.join(" ");
                let kept = shown.trim_end_matches('…');
                let squeeze = |t: &str| t.split_whitespace().collect::<String>();
                assert!(
                    squeeze(text).starts_with(&squeeze(kept)),
                    "{shown} / {text}"
                );
                let full = super::super::svg::cells(text);
                assert!(
                    super::super::svg::cells(kept) >= full.min(LABEL_CELLS + 8),
                    "{name}: '{shown}' says too little of '{text}'"
                );
            }
        }
    }

    #[test]
    fn labels_never_sit_on_each_other() {
        let p = sample("water-heater.zh.ron");
        let svg = svg(&p, true).unwrap();
        let doc = Html::parse_fragment(&svg);
        let sel = Selector::parse("g.kano-point text").unwrap();
        let boxes: Vec<(f64, f64, f64)> = doc
            .select(&sel)
            .map(|t| {
                let x: f64 = t.value().attr("x").unwrap().parse().unwrap();
                let y: f64 = t.value().attr("y").unwrap().parse().unwrap();
                let text: String = t.text().collect();
                (x, y, text_width(&text, LABEL))
            })
            .collect();
        for (i, a) in boxes.iter().enumerate() {
            for b in &boxes[..i] {
                let overlap_x = a.0 < b.0 + b.2 && b.0 < a.0 + a.2;
                assert!(!(overlap_x && (a.1 - b.1).abs() < LABEL_H), "{a:?} {b:?}");
            }
        }
    }
}
