//! The planning-matrix section: the matrix by group, its weights chart and Pareto, the benchmark.

use std::fmt::Write as _;

use super::super::table::{Cell, Table};
use super::super::{Options, TableKind, md, svg, xlsx};
use super::words::localize;
use super::{Block, Words};
use crate::method::planning::Matrix;
use crate::model::Project;
use crate::model::tree::Tree;

/// The planning matrix, printed by group, with the weights chart; returns the benchmark chart,
/// which the caller places.
pub(super) fn planning(
    project: &Project,
    w: &Words,
    options: Options,
    tree: &Tree,
    out: &mut Vec<Block>,
) -> Option<Block> {
    let m = &project.meta;
    // The planning matrix and its charts.
    out.push(Block::Heading(w.t("Planning matrix", "品质企划表").into()));
    let matrix = Matrix::compute_with_tree(project, tree);
    let raw = TableKind::Planning.build(project, options);
    let at = |name: &str| raw.column(name);
    let weights_chart = at("id")
        .zip(at("relative_weight"))
        .map(|(id, weight)| xlsx::SheetChart {
            sheet: "planning",
            kind: xlsx::ChartKind::Columns,
            title: w.t("Relative weight (%)", "相对权重（%）").into(),
            labels: id,
            series: vec![weight],
            x_title: w.t("demanded quality", "要求质量").into(),
            y_title: "%".into(),
        });
    // Our satisfaction, each competitor's and the target: the benchmark chart of the report.
    let rated: Vec<usize> = raw
        .headers
        .iter()
        .enumerate()
        .filter(|(_, h)| {
            *h == "current"
                || *h == "target"
                || h.starts_with(super::super::planning::COMPETITOR_PREFIX)
        })
        .map(|(i, _)| i)
        .collect();
    let benchmark_chart = at("id").map(|id| xlsx::SheetChart {
        sheet: "planning",
        kind: xlsx::ChartKind::Lines,
        title: w.t("Competitor benchmark", "竞争对手比较").into(),
        labels: id,
        series: rated,
        x_title: w.t("demanded quality", "要求质量").into(),
        y_title: w.t("satisfaction", "满意度").into(),
    });
    let planning = localize(raw, w.t("Planning matrix", "品质企划表"), w);
    // Printed, each group's own name heads its rows: a group column (or worse, the full path,
    // shown in the affinity diagram) made every row of the widest table several lines high and
    // the matrix three pages long. The workbook keeps the path.
    let mut printed = planning.clone();
    printed.title = format!(
        "{}{}",
        planning.title,
        w.t(
            " (by group; the full path in the workbook)",
            "（按分组列出，完整路径见工作簿）"
        )
    );
    for row in &mut printed.rows {
        let group = match row.first() {
            Some(Cell::Text(id)) => project
                .qualities
                .iter()
                .find(|q| q.id.to_string() == *id)
                .and_then(|q| q.group)
                .and_then(|g| project.groups.get(g))
                .map(|g| g.title.clone()),
            _ => None,
        };
        if let (Some(group), Some(cell @ Cell::Text(_))) = (group, row.get_mut(1)) {
            *cell = Cell::Text(group);
        }
    }
    out.push(Block::SheetOnly {
        sheet: "planning",
        table: planning,
    });
    out.push(Block::Printed {
        table: printed,
        band: Some(1),
    });
    if !matrix.rows.is_empty() {
        out.extend(weights_chart.map(Block::WorkbookChart));
        if !project.competitors.is_empty() {
            out.extend(benchmark_chart.map(Block::WorkbookChart));
        }
    }
    let incomplete = matrix.incomplete().count();
    if incomplete > 0 {
        out.push(Block::Paragraph(format!(
            "{incomplete} {}",
            w.t(
                "rows are incomplete and left out of the weights.",
                "行数据不完整，未计入权重。"
            )
        )));
    }
    let heavy: Vec<(String, f64)> = matrix
        .by_weight()
        .iter()
        .map(|r| (r.quality.to_string(), r.relative.unwrap_or(0.0)))
        .collect();
    if !heavy.is_empty() {
        let title = w.t(
            "Relative weights (%) with cumulative line",
            "相对权重（%）与累计线",
        );
        let mut text = String::new();
        let max = heavy.iter().map(|h| h.1).fold(0.0, f64::max).max(1e-9);
        let mut cum = 0.0;
        for (id, v) in &heavy {
            cum += v;
            let bar = "█".repeat(((v / max) * 30.0).round() as usize);
            let _ = writeln!(text, "{id:<5} {bar:<30} {v:>5.1}%  {cum:>5.1}%");
        }
        out.push(Block::Chart {
            svg: svg::pareto(title, &heavy),
            text,
        });
    }
    if !project.competitors.is_empty() && !matrix.rows.is_empty() {
        let labels: Vec<String> = matrix
            .rows
            .iter()
            .filter_map(|r| project.qualities.get(r.quality))
            .map(|q| format!("{} {}", q.id, q.text))
            .collect();
        let qualities: Vec<_> = matrix
            .rows
            .iter()
            .filter_map(|r| project.qualities.get(r.quality))
            .collect();
        let mut series: Vec<(String, Vec<Option<f64>>)> = vec![(
            w.t("us", "本公司").to_string(),
            qualities.iter().map(|q| q.planning.current).collect(),
        )];
        for c in project.competitors_in_order() {
            series.push((
                c.name.clone(),
                qualities
                    .iter()
                    .map(|q| q.planning.competitors.get(&c.id).copied())
                    .collect(),
            ));
        }
        series.push((
            w.t("target", "企划质量").to_string(),
            qualities.iter().map(|q| q.planning.target).collect(),
        ));
        let scale = (f64::from(m.scale.min), f64::from(m.scale.max));
        let title = w.t("Competitor benchmark", "竞争对手比较");
        // In Markdown the chart is a table: a row per quality, a column per series.
        let mut headers = vec![w.t("demanded quality", "要求质量").to_string()];
        headers.extend(series.iter().map(|(name, _)| name.clone()));
        let rows = labels
            .iter()
            .enumerate()
            .map(|(i, label)| {
                let mut row = vec![Cell::Text(label.clone())];
                row.extend(
                    series
                        .iter()
                        .map(|(_, values)| values[i].map_or(Cell::Empty, Cell::Number)),
                );
                row
            })
            .collect();
        let table = Table {
            title: title.to_string(),
            headers,
            rows,
        };
        return Some(Block::Figure {
            svg: svg::benchmark(title, scale, &labels, &series),
            markdown: format!("#{}", md::render(&table, m.precision)),
        });
    }
    None
}
