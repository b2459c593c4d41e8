//! The House of Quality drawn as a house: demanded qualities with their weights on the left, the
//! characteristics across the top under the roof of their correlations, the relationships ◎ ○ △
//! in the matrix, and technical importance, benchmarks, targets and difficulty underneath, as SVG;
//! the roof also as a table, since Markdown and spreadsheets cannot draw it.

use std::collections::HashMap;
use std::fmt::Write as _;

use super::html::escape;
use super::svg::{FONT, PALETTE, fit, header, short_number, text_width};
use super::table::{Cell, Table};
use crate::method::hoq::{House, characteristics_in_order};
use crate::method::planning::Matrix;
use crate::model::tree::Tree;
use crate::model::{Characteristic, Project, RelationshipKey, Roof, Strength};

/// Cells a quality's label may take before it is cut (the full text stays in a tooltip).
const QUALITY_CELLS: usize = 52;
/// Cells a characteristic's name may take, written upwards above its column.
const NAME_CELLS: usize = 30;

fn tr(zh: bool, en: &'static str, zh_text: &'static str) -> &'static str {
    if zh { zh_text } else { en }
}

/// A row under the matrix: its label and one text per column.
struct Summary {
    label: String,
    values: Vec<String>,
}

/// Everything the drawing and the text show, computed once.
struct Layout<'a> {
    /// (label, weight text) per demanded quality, in tree order.
    rows: Vec<(String, String, crate::model::QualityId)>,
    columns: Vec<&'a Characteristic>,
    summaries: Vec<Summary>,
    /// (low column, high column, roof) per correlation of two shown columns.
    roof: Vec<(usize, usize, Roof)>,
}

fn layout(project: &Project, zh: bool) -> Layout<'_> {
    let precision = usize::from(project.meta.precision);
    let tree = Tree::build(project);
    let matrix = Matrix::compute_with_tree(project, &tree);
    let house = House::compute(project, &matrix);
    let columns: Vec<&Characteristic> = characteristics_in_order(project)
        .into_iter()
        .filter_map(|c| project.characteristics.get(c))
        .collect();
    let index: HashMap<_, usize> = columns.iter().enumerate().map(|(j, c)| (c.id, j)).collect();
    let rows = tree
        .qualities_in_order()
        .into_iter()
        .filter_map(|q| project.qualities.get(q))
        .map(|q| {
            let weight = matrix
                .row(q.id)
                .and_then(|r| r.relative)
                .map(|v| short_number(v, precision))
                .unwrap_or_default();
            (format!("{} {}", q.id, q.text), weight, q.id)
        })
        .collect();
    let num = |v: Option<f64>| v.map(|v| short_number(v, 2)).unwrap_or_default();
    let mut summaries = vec![
        Summary {
            label: tr(zh, "technical importance", "技术重要度").into(),
            values: house
                .columns
                .iter()
                .map(|c| short_number(c.technical, precision))
                .collect(),
        },
        Summary {
            label: tr(zh, "share %", "相对重要度 %").into(),
            values: house
                .columns
                .iter()
                .map(|c| c.relative.map_or(String::new(), |v| short_number(v, 1)))
                .collect(),
        },
        Summary {
            label: tr(zh, "rank", "排序").into(),
            values: house
                .columns
                .iter()
                .map(|c| c.rank.map_or(String::new(), |r| r.to_string()))
                .collect(),
        },
        Summary {
            label: tr(zh, "ours", "本公司").into(),
            values: columns.iter().map(|c| num(c.ours)).collect(),
        },
    ];
    for k in project.competitors_in_order() {
        summaries.push(Summary {
            label: k.name.clone(),
            values: columns
                .iter()
                .map(|c| num(c.competitors.get(&k.id).copied()))
                .collect(),
        });
    }
    summaries.push(Summary {
        label: tr(zh, "target", "目标值").into(),
        values: columns.iter().map(|c| num(c.target)).collect(),
    });
    summaries.push(Summary {
        label: tr(zh, "difficulty", "难度").into(),
        values: columns
            .iter()
            .map(|c| c.difficulty.map_or(String::new(), |d| d.to_string()))
            .collect(),
    });
    let roof = project
        .correlations
        .iter()
        .filter_map(|c| {
            let (a, b) = (*index.get(&c.a)?, *index.get(&c.b)?);
            (a != b).then_some((a.min(b), a.max(b), c.roof))
        })
        .collect();
    Layout {
        rows,
        columns,
        summaries,
        roof,
    }
}

fn name_of(c: &Characteristic) -> String {
    if c.unit.is_empty() {
        format!("{} {}", c.id, c.name)
    } else {
        format!("{} {} ({})", c.id, c.name, c.unit)
    }
}

fn roof_colour(r: Roof) -> &'static str {
    match r {
        Roof::StrongPositive | Roof::Positive => PALETTE[0],
        Roof::Negative | Roof::StrongNegative => PALETTE[4],
    }
}

/// The house as SVG; `None` when the project has no characteristics.
pub fn svg(project: &Project, zh: bool) -> Option<String> {
    let l = layout(project, zh);
    let n = l.columns.len();
    if n == 0 {
        return None;
    }
    let (label_size, value_size) = (11.0, 10.0);
    let widest_value = l
        .summaries
        .iter()
        .flat_map(|s| &s.values)
        .chain(l.rows.iter().map(|r| &r.1))
        .map(|v| text_width(v, value_size))
        .fold(0.0, f64::max);
    let col_w = (widest_value + 8.0).max(26.0);
    let label_w = l
        .rows
        .iter()
        .map(|r| fit(&r.0, QUALITY_CELLS))
        .chain(l.summaries.iter().map(|s| fit(&s.label, QUALITY_CELLS)))
        .map(|t| text_width(&t, label_size))
        .fold(120.0, f64::max)
        + 12.0;
    let weight_w = col_w.max(text_width("100.0", value_size) + 10.0);
    let names_h = l
        .columns
        .iter()
        .map(|c| text_width(&fit(&name_of(c), NAME_CELLS), label_size))
        .chain([text_width(tr(zh, "weight %", "权重 %"), label_size)])
        .fold(0.0, f64::max)
        + 10.0;
    let left = 12.0;
    let x0 = left + label_w + weight_w;
    let roof_h = n as f64 * col_w / 2.0;
    let base = 30.0 + roof_h;
    let names_bottom = base + names_h;
    let dir_h = 16.0;
    let matrix_top = names_bottom + dir_h;
    let row_h = 20.0;
    let matrix_bottom = matrix_top + row_h * l.rows.len() as f64;
    let summary_bottom = matrix_bottom + row_h * l.summaries.len() as f64;
    let legend_y = summary_bottom + 20.0;
    let title = tr(zh, "House of Quality", "质量屋");
    let width = (x0 + col_w * n as f64 + 12.0).max(text_width(title, 13.0) + 24.0);
    let height = legend_y + 12.0;
    let mut s = header(width, height, title);
    let cx = |j: usize| x0 + col_w * (j as f64 + 0.5);
    let line = |s: &mut String, x1: f64, y1: f64, x2: f64, y2: f64, colour: &str| {
        let _ = writeln!(
            s,
            "<line x1=\"{x1:.1}\" y1=\"{y1:.1}\" x2=\"{x2:.1}\" y2=\"{y2:.1}\" stroke=\"{colour}\"/>"
        );
    };

    // The roof: a triangle over the columns, a diamond per pair of columns.
    let apex = (x0 + col_w * n as f64 / 2.0, base - roof_h);
    let _ = writeln!(
        s,
        "<polygon class=\"roof\" points=\"{x0:.1},{base:.1} {:.1},{:.1} {:.1},{base:.1}\" fill=\"#fafafa\" stroke=\"#888\"/>",
        apex.0,
        apex.1,
        x0 + col_w * n as f64
    );
    for k in 1..n {
        let x = x0 + col_w * k as f64;
        let up_right = (n - k) as f64 * col_w / 2.0;
        let up_left = k as f64 * col_w / 2.0;
        line(&mut s, x, base, x + up_right, base - up_right, "#ccc");
        line(&mut s, x, base, x - up_left, base - up_left, "#ccc");
    }
    for &(i, j, r) in &l.roof {
        let x = x0 + col_w * (i + j + 1) as f64 / 2.0;
        let y = base - col_w * (j - i) as f64 / 2.0;
        let _ = writeln!(
            s,
            "<text class=\"corr\" x=\"{x:.1}\" y=\"{:.1}\" font-size=\"13\" font-weight=\"700\" text-anchor=\"middle\" fill=\"{}\" {FONT}>{}<title>{} × {}: {}</title></text>",
            y + 4.5,
            roof_colour(r),
            r.symbol(),
            escape(&name_of(l.columns[i])),
            escape(&name_of(l.columns[j])),
            r.symbol()
        );
    }

    // Characteristic names, written upwards so each fits over its narrow column.
    for (j, c) in l.columns.iter().enumerate() {
        let (x, y) = (cx(j) + 4.0, names_bottom - 4.0);
        let _ = writeln!(
            s,
            "<text class=\"characteristic\" x=\"{x:.1}\" y=\"{y:.1}\" font-size=\"{label_size}\" transform=\"rotate(-90 {x:.1} {y:.1})\" {FONT}>{}<title>{}</title></text>",
            escape(&fit(&name_of(c), NAME_CELLS)),
            escape(&name_of(c))
        );
        let _ = writeln!(
            s,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"{label_size}\" text-anchor=\"middle\" {FONT}>{}</text>",
            cx(j),
            matrix_top - 4.0,
            c.direction.symbol()
        );
    }
    let (wx, wy) = (left + label_w + weight_w / 2.0 + 4.0, names_bottom - 4.0);
    let _ = writeln!(
        s,
        "<text x=\"{wx:.1}\" y=\"{wy:.1}\" font-size=\"{label_size}\" transform=\"rotate(-90 {wx:.1} {wy:.1})\" {FONT}>{}</text>",
        tr(zh, "weight %", "权重 %")
    );

    // Grid: rows of qualities, then the summary rows, separated by a heavier line.
    let right = x0 + col_w * n as f64;
    for k in 0..=n {
        let x = x0 + col_w * k as f64;
        line(&mut s, x, names_bottom, x, summary_bottom, "#bbb");
    }
    let rows_total = l.rows.len() + l.summaries.len();
    for r in 0..=rows_total {
        let y = matrix_top + row_h * r as f64;
        let colour = if r == l.rows.len() { "#555" } else { "#ddd" };
        line(&mut s, left, y, right, y, colour);
    }
    let text_row = |s: &mut String, y: f64, label: &str, weight: &str| {
        let _ = writeln!(
            s,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"{label_size}\" {FONT}>{}<title>{}</title></text>",
            left + 2.0,
            y,
            escape(&fit(label, QUALITY_CELLS)),
            escape(label)
        );
        if !weight.is_empty() {
            let _ = writeln!(
                s,
                "<text x=\"{:.1}\" y=\"{y:.1}\" font-size=\"{value_size}\" text-anchor=\"end\" {FONT}>{weight}</text>",
                x0 - 6.0
            );
        }
    };
    for (i, (label, weight, q)) in l.rows.iter().enumerate() {
        let y = matrix_top + row_h * i as f64;
        text_row(&mut s, y + 14.0, label, weight);
        for (j, c) in l.columns.iter().enumerate() {
            let key = RelationshipKey {
                quality: *q,
                characteristic: c.id,
            };
            if let Some(r) = project.relationships.get(key) {
                relationship(&mut s, cx(j), y + row_h / 2.0, r.strength);
            }
        }
    }
    for (i, sum) in l.summaries.iter().enumerate() {
        let y = matrix_bottom + row_h * i as f64 + 14.0;
        text_row(&mut s, y, &sum.label, "");
        for (j, v) in sum.values.iter().enumerate() {
            let _ = writeln!(
                s,
                "<text x=\"{:.1}\" y=\"{y:.1}\" font-size=\"{value_size}\" text-anchor=\"middle\" {FONT}>{}</text>",
                cx(j),
                escape(v)
            );
        }
    }
    let scale = project.meta.relation_scale;
    let legend = format!(
        "◎ {} ○ {} △ {}   ++ {}  + {}  − {}  −− {}   ↑ {}  ↓ {}",
        scale.value(Strength::Strong),
        scale.value(Strength::Medium),
        scale.value(Strength::Weak),
        tr(zh, "strong support", "强正相关"),
        tr(zh, "support", "正相关"),
        tr(zh, "conflict", "负相关"),
        tr(zh, "strong conflict", "强负相关"),
        tr(zh, "larger is better", "望大"),
        tr(zh, "smaller is better", "望小"),
    );
    let _ = writeln!(
        s,
        "<text x=\"{left:.1}\" y=\"{legend_y:.1}\" font-size=\"10\" fill=\"#555\" {FONT}>{}</text>",
        escape(&legend)
    );
    s.push_str("</svg>\n");
    Some(s)
}

/// ◎ two rings, ○ one ring, △ a triangle: drawn, so no font can lose them; the symbol is the title.
fn relationship(s: &mut String, x: f64, y: f64, strength: Strength) {
    let colour = PALETTE[0];
    let shape = match strength {
        Strength::Strong => format!(
            "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"6\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.4\"/><circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"2.8\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.4\"/>"
        ),
        Strength::Medium => format!(
            "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"6\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.4\"/>"
        ),
        Strength::Weak => format!(
            "<polygon points=\"{:.1},{:.1} {:.1},{:.1} {:.1},{:.1}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.4\"/>",
            x,
            y - 6.0,
            x - 6.0,
            y + 5.0,
            x + 6.0,
            y + 5.0
        ),
    };
    let _ = writeln!(
        s,
        "<g class=\"rel\" data-symbol=\"{sym}\">{shape}<title>{sym}</title></g>",
        sym = strength.symbol()
    );
}

/// The roof as a table: every correlation with both characteristics named, conflicts (− and −−)
/// first, so the trade-offs the team must settle are read before the support.
pub fn roof_table(project: &Project, zh: bool) -> Table {
    let l = layout(project, zh);
    let mut pairs = l.roof.clone();
    pairs.sort_by_key(|&(i, j, r)| (roof_rank(r), i, j));
    Table {
        title: tr(
            zh,
            "Roof: how characteristics pull on each other",
            "屋顶：质量特性之间的相关",
        )
        .into(),
        headers: [
            tr(zh, "characteristic", "质量特性"),
            tr(zh, "characteristic", "质量特性"),
            tr(zh, "correlation", "相关"),
            tr(zh, "meaning", "含义"),
        ]
        .map(String::from)
        .to_vec(),
        rows: pairs
            .into_iter()
            .map(|(i, j, r)| {
                vec![
                    Cell::Text(name_of(l.columns[i])),
                    Cell::Text(name_of(l.columns[j])),
                    Cell::text(r.symbol()),
                    Cell::text(roof_meaning(r, zh)),
                ]
            })
            .collect(),
    }
}

/// Conflicts first, strongest first.
fn roof_rank(r: Roof) -> u8 {
    match r {
        Roof::StrongNegative => 0,
        Roof::Negative => 1,
        Roof::StrongPositive => 2,
        Roof::Positive => 3,
    }
}

pub(super) fn roof_meaning(r: Roof, zh: bool) -> &'static str {
    match r {
        Roof::StrongPositive => tr(zh, "strong support", "强正相关"),
        Roof::Positive => tr(zh, "support", "正相关"),
        Roof::Negative => tr(zh, "conflict", "负相关"),
        Roof::StrongNegative => tr(zh, "strong conflict", "强负相关"),
    }
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

    fn attr(e: &scraper::ElementRef, name: &str) -> f64 {
        e.value().attr(name).unwrap().parse().unwrap()
    }

    /// The element's own text, without its tooltip.
    fn own_text(e: &scraper::ElementRef) -> String {
        e.children()
            .filter_map(|c| c.value().as_text().map(|t| t.to_string()))
            .collect()
    }

    #[test]
    fn the_house_draws_every_relationship_and_correlation_and_fits_chinese_text() {
        for (file, zh) in [("water-heater.zh.ron", true), ("bike-light.en.ron", false)] {
            let p = sample(file);
            let svg = svg(&p, zh).unwrap();
            let doc = Html::parse_fragment(&svg);
            let sel = |s: &str| Selector::parse(s).unwrap();
            assert_eq!(
                doc.select(&sel("g.rel")).count(),
                p.relationships.len(),
                "{file}"
            );
            let corr: Vec<_> = doc.select(&sel("text.corr")).collect();
            assert_eq!(corr.len(), p.correlations.len(), "{file}");
            assert!(
                corr.iter()
                    .any(|c| own_text(c) == "−" || own_text(c) == "−−")
            );
            let names: Vec<_> = doc.select(&sel("text.characteristic")).collect();
            assert_eq!(names.len(), p.characteristics.len());
            // Written upwards, each name ends below the roof.
            let roof = doc.select(&sel("polygon.roof")).next().unwrap();
            let base: f64 = roof
                .value()
                .attr("points")
                .unwrap()
                .split([',', ' '])
                .nth(1)
                .unwrap()
                .parse()
                .unwrap();
            for n in &names {
                let top = attr(n, "y") - text_width(&own_text(n), 11.0);
                assert!(top >= base, "{file}: {} runs into the roof", own_text(n));
            }
            // Quality labels end before the weight column.
            let x0 = doc
                .select(&sel("line"))
                .filter(|l| attr(l, "x1") == attr(l, "x2"))
                .map(|l| attr(&l, "x1"))
                .fold(f64::MAX, f64::min);
            let labels: Vec<_> = doc
                .select(&sel("text"))
                .filter(|t| t.value().attr("x") == Some("14.0"))
                .collect();
            assert!(labels.len() > p.qualities.len(), "{file}");
            for l in &labels {
                let right = attr(l, "x") + text_width(&own_text(l), 11.0);
                assert!(
                    right + text_width("100.0", 10.0) <= x0,
                    "{file}: {}",
                    own_text(l)
                );
            }
            // Every quality's and characteristic's id appears.
            let text: String = doc.root_element().text().collect();
            assert!(
                p.qualities
                    .iter()
                    .all(|q| text.contains(&format!("{} ", q.id)))
            );
        }
    }

    #[test]
    fn the_roof_table_lists_conflicts_first_with_both_sides_named() {
        let p = sample("water-heater.zh.ron");
        let t = roof_table(&p, true);
        assert_eq!(t.rows.len(), p.correlations.len());
        let ranks: Vec<u8> = t
            .rows
            .iter()
            .map(|r| match &r[2] {
                Cell::Text(s) => roof_rank(Roof::parse(s).unwrap()),
                _ => panic!(),
            })
            .collect();
        assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "{ranks:?}");
        assert!(matches!(&t.rows[0][3], Cell::Text(m) if m.contains("负相关")));
        assert!(matches!(&t.rows[0][0], Cell::Text(n) if n.starts_with('C')));
    }
}
