//! The sections of the report after its first page, in order.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::super::table::{Cell, Table};
use super::super::{Options, TableKind, md, svg, xlsx};
use super::words::{localize, scene_in_one_cell};
use super::{Block, Line, Words, source_name};
use crate::method::planning::Matrix;
use crate::model::tree::Tree;
use crate::model::{Project, Source};

/// Who spoke and what they said: segments, respondents, sources and remarks; the affinity
/// diagram and the deployment table.
pub(super) fn people_and_voice(
    project: &Project,
    w: &Words,
    options: Options,
    out: &mut Vec<Block>,
) {
    // Who spoke: counts per segment; respondents' attributes only when asked for.
    // Printed, who spoke and where their words came from stand side by side: two short tables.
    let mut people = vec![Block::Heading(
        w.t("Segments and respondents", "客户细分与受访者").into(),
    )];
    let mut seg = Table {
        title: w.t("Segments", "客户细分").into(),
        headers: vec![],
        rows: vec![],
    };
    seg.headers = [
        w.t("segment", "细分"),
        w.t("weight", "权重"),
        w.t("respondents", "受访者"),
        w.t("remarks", "原始资料"),
    ]
    .map(String::from)
    .to_vec();
    for s in &project.segments {
        let respondents = project
            .respondents
            .iter()
            .filter(|p| p.segment == Some(s.id))
            .count();
        let remarks = project
            .remarks
            .iter()
            .filter(|r| project.remark_segment(r) == Some(s.id))
            .count();
        seg.rows.push(vec![
            Cell::text(s.name.clone()),
            Cell::number(s.weight),
            Cell::Count(respondents as u64),
            Cell::Count(remarks as u64),
        ]);
    }
    let unsegmented = project
        .remarks
        .iter()
        .filter(|r| project.remark_segment(r).is_none())
        .count();
    if unsegmented > 0 {
        seg.rows.push(vec![
            Cell::text(w.t("(no segment)", "（未分细分）")),
            Cell::Empty,
            Cell::Empty,
            Cell::Count(unsegmented as u64),
        ]);
    }
    people.push(Block::Table {
        sheet: "segments",
        table: seg,
    });
    if options.include_respondents {
        let mut t = Table {
            title: w.t("Respondents", "受访者").into(),
            headers: vec![],
            rows: vec![],
        };
        t.headers = [
            w.t("respondent", "受访者"),
            w.t("segment", "细分"),
            w.t("attributes", "属性"),
        ]
        .map(String::from)
        .to_vec();
        for p in &project.respondents {
            let segment = p
                .segment
                .and_then(|s| project.segments.get(s))
                .map(|s| s.name.clone())
                .unwrap_or_default();
            let attrs: Vec<String> = p
                .attributes
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect();
            t.rows.push(vec![
                Cell::text(p.label.clone()),
                Cell::text_or_empty(segment),
                Cell::text_or_empty(attrs.join("; ")),
            ]);
        }
        people.push(Block::Table {
            sheet: "respondents",
            table: t,
        });
    } else {
        people.push(Block::Paragraph(format!(
            "{} {}",
            project.respondents.len(),
            w.t(
                "respondents (attributes are left out of this report).",
                "位受访者（本报告不含受访者属性）。"
            )
        )));
    }

    // The voice of the customer: where remarks came from, then every remark.
    let mut voice = vec![Block::Heading(
        w.t("Voice of the customer", "顾客之声").into(),
    )];
    let mut by_source: BTreeMap<usize, usize> = BTreeMap::new();
    for r in &project.remarks {
        let rank = Source::ALL.iter().position(|s| *s == r.source).unwrap_or(0);
        *by_source.entry(rank).or_default() += 1;
    }
    let mut sources = Table {
        title: w.t("Remarks by source", "按来源统计的原始资料").into(),
        headers: [w.t("source", "来源"), w.t("remarks", "条数")]
            .map(String::from)
            .to_vec(),
        rows: by_source
            .into_iter()
            .map(|(k, n)| {
                vec![
                    Cell::Text(source_name(Source::ALL[k], w)),
                    Cell::Count(n as u64),
                ]
            })
            .collect(),
    };
    sources.rows.push(vec![
        Cell::text(w.t("total", "合计")),
        Cell::Count(project.remarks.len() as u64),
    ]);
    voice.push(Block::Table {
        sheet: "sources",
        table: sources,
    });
    let voc = TableKind::Voc.build(
        project,
        Options {
            include_respondents: false,
        },
    );
    voice.push(Block::SheetOnly {
        sheet: "voc",
        table: localize(scene_in_one_cell(voc, w), w.t("Remarks", "原始资料"), w),
    });
    out.push(Block::Beside(vec![people, voice]));

    if let (Some(svg), Some(markdown)) = (
        super::super::affinity::svg(project, w.zh),
        super::super::affinity::outline(project, w.zh),
    ) {
        out.push(Block::Heading(w.t("Affinity diagram", "亲和图").into()));
        let pictured = picture("affinity", w.t("Affinity diagram", "亲和图"), &svg, w);
        out.push(Block::Figure { svg, markdown });
        out.push(pictured);
    }
    out.push(Block::Heading(
        w.t("Demanded-quality deployment table", "要求质量展开表")
            .into(),
    ));
    let deployment = TableKind::Deployment.build(project, options);
    out.push(Block::SheetOnly {
        sheet: "deployment",
        table: localize(deployment, w.t("Deployment table", "展开表"), w),
    });
}

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

/// Survey, Kano and AHP results where the project has them; empty where it has none.
pub(super) fn survey(project: &Project, w: &Words, options: Options) -> Vec<Block> {
    use crate::model::Question;
    let mut out = Vec::new();
    let rated = project.responses.iter().any(|r| {
        !matches!(
            r.reply.question(),
            Question::Functional | Question::Dysfunctional
        )
    });
    let kano = project.responses.iter().any(|r| {
        matches!(
            r.reply.question(),
            Question::Functional | Question::Dysfunctional
        )
    });
    if rated || kano {
        out.push(Block::Heading(w.t("Survey results", "调查结果").into()));
    }
    if rated {
        let t = TableKind::Survey.build(project, options);
        out.push(Block::SheetOnly {
            sheet: "survey",
            table: localize(t, w.t("Survey means", "调查均值"), w),
        });
    }
    if kano {
        let t = TableKind::Kano.build(project, options);
        if let (Some(worse), Some(better)) = (t.column("worse"), t.column("better")) {
            out.push(Block::WorkbookChart(xlsx::SheetChart {
                sheet: "kano",
                kind: xlsx::ChartKind::Scatter,
                title: w
                    .t(
                        "Kano: Better and Worse coefficients",
                        "Kano：满意系数与不满意系数",
                    )
                    .into(),
                labels: worse,
                series: vec![better],
                x_title: w
                    .t(
                        "Worse: dissatisfaction when missing",
                        "不满意系数：缺少时不满意的程度",
                    )
                    .into(),
                y_title: w
                    .t(
                        "Better: satisfaction when present",
                        "满意系数：具备时满意的程度",
                    )
                    .into(),
            }));
        }
        out.push(Block::SheetOnly {
            sheet: "kano",
            table: localize(t, w.t("Kano classification", "Kano 分类"), w),
        });
        if let Some(svg) = super::super::kano_chart::svg(project, w.zh) {
            out.push(Block::Figure {
                svg,
                markdown: String::new(),
            });
        }
    }
    if !project.judgements.is_empty() {
        out.push(Block::Heading(w.t("AHP priorities", "AHP 优先级").into()));
        let t = TableKind::Ahp.build(project, options);
        out.push(Block::SheetOnly {
            sheet: "ahp",
            table: localize(t, w.t("Local and global weights", "局部与全局权重"), w),
        });
        let t = TableKind::AhpConsistency.build(project, options);
        out.push(Block::Table {
            sheet: "ahp-consistency",
            table: localize(t, w.t("Consistency", "一致性"), w),
        });
    }
    out
}

/// A drawing as a picture on a sheet of the workbook.
fn picture(sheet: &'static str, title: &str, svg: &str, w: &Words) -> Block {
    Block::WorkbookPicture(xlsx::SheetPicture {
        sheet,
        title: title.into(),
        svg: svg.into(),
        no_font_note: w
            .t(
                "The computer that wrote this workbook had no font for some of this picture's \
                 characters, so some of its text may be missing; the HTML report \
                 (gemba report … -o report.html) shows the drawing in full.",
                "生成本工作簿的电脑缺少图中部分文字的字体，图中文字可能缺失；\
                 HTML 报告（gemba report … -o report.html）中的图完整。",
            )
            .into(),
    })
}

/// The House of Quality: the drawing, and its content as tables for Markdown and the workbook.
pub(super) fn house(project: &Project, w: &Words, options: Options, out: &mut Vec<Block>) {
    if !project.characteristics.is_empty() {
        out.push(Block::Heading(w.t("House of Quality", "质量屋").into()));
        let drawn = super::super::house::svg(project, w.zh);
        let roof_drawn = drawn.is_some();
        if let Some(svg) = drawn {
            let pictured = picture("house", w.t("House of Quality", "质量屋"), &svg, w);
            out.push(Block::Figure {
                svg,
                markdown: String::new(),
            });
            out.push(pictured);
        }
        let t = TableKind::Hoq.build(project, options);
        out.push(Block::SheetOnly {
            sheet: "hoq",
            table: localize(
                t,
                w.t(
                    "Relationships and technical importance",
                    "关系矩阵与技术重要度",
                ),
                w,
            ),
        });
        // Printed, the house draws the roof and the first page lists its conflicts; the roof
        // as a table is for Markdown and the workbook.
        let roof = super::super::house::roof_table(project, w.zh);
        if !roof.rows.is_empty() {
            out.push(if roof_drawn {
                Block::SheetOnly {
                    sheet: "roof",
                    table: roof,
                }
            } else {
                Block::Table {
                    sheet: "roof",
                    table: roof,
                }
            });
        }
    }
}

/// Every quality back to the customers' words, and the compact appendix.
pub(super) fn trace(project: &Project, w: &Words, tree: &Tree, out: &mut Vec<Block>) {
    // Traceability: every quality back to the customers' words.
    out.push(Block::Heading(w.t("Traceability", "追溯").into()));
    let mut trace = Table {
        title: w
            .t(
                "Demanded quality ← requirement item ← remark",
                "要求质量 ← 要求项目 ← 原始资料",
            )
            .into(),
        headers: [
            w.t("quality", "要求质量"),
            w.t("item", "要求项目"),
            w.t("remark", "原始资料"),
            w.t("respondent", "受访者"),
        ]
        .map(String::from)
        .to_vec(),
        rows: vec![],
    };
    for qid in tree.qualities_in_order() {
        let Some(q) = project.qualities.get(qid) else {
            continue;
        };
        let quality = Cell::Text(format!("{} {}", q.id, q.text));
        if q.items.is_empty() {
            trace
                .rows
                .push(vec![quality.clone(), Cell::Empty, Cell::Empty, Cell::Empty]);
        }
        for i in q.items.iter().filter_map(|i| project.items.get(*i)) {
            let item = Cell::Text(format!("{} {}", i.id, i.text));
            if i.remarks.is_empty() {
                trace.rows.push(vec![
                    quality.clone(),
                    item.clone(),
                    Cell::Empty,
                    Cell::Empty,
                ]);
            }
            for r in i.remarks.iter().filter_map(|r| project.remarks.get(*r)) {
                let who = r
                    .respondent
                    .and_then(|p| project.respondents.get(p))
                    .map(|p| p.label.clone())
                    .unwrap_or_default();
                trace.rows.push(vec![
                    quality.clone(),
                    item.clone(),
                    Cell::Text(format!("{} {}", r.id, r.text)),
                    Cell::text_or_empty(who),
                ]);
            }
        }
    }
    out.push(Block::SheetOnly {
        sheet: "trace",
        table: trace,
    });
    out.push(Block::Paragraph(
        w.t(
            "The full tables (every remark with its source, segment and 5W1H scene; the deployment \
             table; survey means and Kano coefficients; the relationship matrix and the roof as \
             tables; the trace from quality through item to remark) are in the workbook: \
             gemba report PROJECT -o FILE.xlsx (and in the Markdown report).",
            "完整的表格（每条原始资料及其来源、细分与 5W1H 使用场面；展开表；调查均值与 Kano 系数；\
             关系矩阵与屋顶的表格；要求质量 ← 要求项目 ← 原始资料的追溯）见本报告的工作簿版本（每张表一个工作表）\
             和纯文本版本。",
        )
        .into(),
    ));
    out.push(remarks_by_quality(project, tree, w));
}

/// Every remark on one line under each demanded quality it reaches (through its items), then the
/// remarks that reach none: who said what, without the columns a manager does not read.
fn remarks_by_quality(project: &Project, tree: &Tree, w: &Words) -> Block {
    let line = |r: &crate::model::Remark| Line {
        id: r.id.to_string(),
        text: r.text.clone(),
        who: r
            .respondent
            .and_then(|p| project.respondents.get(p))
            .map(|p| p.label.clone())
            .unwrap_or_default(),
    };
    let mut reached = std::collections::BTreeSet::new();
    let mut groups = Vec::new();
    for qid in tree.qualities_in_order() {
        let Some(q) = project.qualities.get(qid) else {
            continue;
        };
        let mut lines = Vec::new();
        let mut seen = std::collections::BTreeSet::new();
        for i in q.items.iter().filter_map(|i| project.items.get(*i)) {
            for r in i.remarks.iter().filter_map(|r| project.remarks.get(*r)) {
                if seen.insert(r.id) {
                    reached.insert(r.id);
                    lines.push(line(r));
                }
            }
        }
        let heading = format!("{} {} ({})", q.id, q.text, lines.len());
        groups.push((heading, lines));
    }
    let rest: Vec<Line> = project
        .remarks
        .iter()
        .filter(|r| !reached.contains(&r.id))
        .map(line)
        .collect();
    if !rest.is_empty() {
        let heading = format!(
            "{} ({})",
            w.t("Reaching no demanded quality", "未关联到要求质量"),
            rest.len()
        );
        groups.push((heading, rest));
    }
    Block::Appendix {
        title: format!(
            "{} ({} {})",
            w.t(
                "Appendix: remarks by demanded quality",
                "附录：按要求质量归类的原始资料"
            ),
            project.remarks.len(),
            w.t("remarks", "条")
        ),
        groups,
    }
}
