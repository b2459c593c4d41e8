//! The whole workshop in one document: theme, who spoke, the voice of the customer, the deployment
//! table, the planning matrix with its charts, and a traceability appendix. Built once as blocks,
//! then written as HTML (one self-contained file), Markdown or an XLSX workbook.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::table::{Cell, Table};
use super::{Options, TableKind, html, md, svg, xlsx};
use crate::method::planning::Matrix;
use crate::model::tree::Tree;
use crate::model::{Project, Source};

/// A part of the report.
#[derive(Debug, Clone)]
pub enum Block {
    Heading(String),
    Paragraph(String),
    Table {
        sheet: &'static str,
        table: Table,
    },
    /// A chart: SVG for HTML, text bars for Markdown.
    Chart {
        svg: String,
        text: String,
    },
    /// A table only the workbook and Markdown hold in full; the printed HTML says where it is.
    SheetOnly {
        sheet: &'static str,
        table: Table,
    },
    /// A table only the printed HTML shows: a shorter form of the SheetOnly table before it.
    /// With a `band` column, consecutive rows sharing its value print under one full-width row
    /// holding it, and the column itself is left out.
    Printed {
        table: Table,
        band: Option<usize>,
    },
    /// Short lines under group headings, printed small: the compact appendix of the HTML report.
    Appendix {
        title: String,
        groups: Vec<(String, Vec<Line>)>,
    },
    /// Where a printed report starts a new page (after the first page).
    PageBreak,
    /// A chart only the workbook draws, natively, from the cells of one of its sheets.
    WorkbookChart(xlsx::SheetChart),
    /// A drawing: SVG for HTML; for Markdown its Markdown-ready stand-in (user text escaped),
    /// which may be empty where a table of the same content follows.
    Figure {
        svg: String,
        markdown: String,
    },
}

/// One line of the appendix: an id, the text, and who said it.
#[derive(Debug, Clone)]
pub struct Line {
    pub id: String,
    pub text: String,
    pub who: String,
}

/// Report wording in the project's language.
struct Words {
    zh: bool,
}

impl Words {
    fn t(&self, en: &'static str, zh: &'static str) -> &'static str {
        if self.zh { zh } else { en }
    }
}

/// Whether reports and forms are written in Chinese: the project's language when it sets one,
/// else whether its title, theme or scope holds CJK characters.
pub fn is_chinese(project: &Project) -> bool {
    let m = &project.meta;
    if let Some(l) = m.language {
        return l == crate::model::Language::Zh;
    }
    [&m.title, &m.theme, &m.scope]
        .iter()
        .any(|t| t.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)))
}

fn source_name(s: Source, w: &Words) -> String {
    use crate::model::QuestionKind as Q;
    let zh = match s {
        Source::Questionnaire(None) => "问卷",
        Source::Questionnaire(Some(Q::Scene)) => "问卷：使用场面",
        Source::Questionnaire(Some(Q::Purchase)) => "问卷：购买关注",
        Source::Questionnaire(Some(Q::Wish)) => "问卷：希望",
        Source::Questionnaire(Some(Q::Trouble)) => "问卷：困扰",
        Source::Interview => "访谈",
        Source::Complaint => "投诉",
        Source::Observation => "观察",
        Source::Internal => "内部信息",
        Source::Simulated => "模拟顾客",
        Source::Other => "其他",
    };
    if w.zh { zh.to_string() } else { s.key() }
}

/// What a report holds besides the project itself.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReportOptions<'a> {
    pub tables: Options,
    /// Chinese or English; the project's own language when not given.
    pub chinese: Option<bool>,
    /// An older version of the project and what to call it, for a "what changed" section.
    pub since: Option<(&'a Project, &'a str)>,
}

pub fn build(project: &Project, options: Options) -> Vec<Block> {
    build_with(
        project,
        ReportOptions {
            tables: options,
            ..ReportOptions::default()
        },
    )
}

pub fn build_with(project: &Project, report: ReportOptions) -> Vec<Block> {
    let options = report.tables;
    let w = Words {
        zh: report.chinese.unwrap_or_else(|| is_chinese(project)),
    };
    let m = &project.meta;
    let mut out = vec![Block::Heading(m.title.clone())];
    // The first page stands alone; the sections after it hold the detail.
    out.extend(super::summary::blocks(project, w.zh));
    if let Some((old, name)) = report.since {
        out.extend(super::changes::blocks(old, project, name, w.zh));
    }

    // Who spoke: counts per segment; respondents' attributes only when asked for.
    out.push(Block::Heading(
        w.t("Segments and respondents", "客户细分与受访者").into(),
    ));
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
    out.push(Block::Table {
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
        out.push(Block::Table {
            sheet: "respondents",
            table: t,
        });
    } else {
        out.push(Block::Paragraph(format!(
            "{} {}",
            project.respondents.len(),
            w.t(
                "respondents (attributes are left out of this report).",
                "位受访者（本报告不含受访者属性）。"
            )
        )));
    }

    // The voice of the customer: where remarks came from, then every remark.
    out.push(Block::Heading(
        w.t("Voice of the customer", "顾客之声").into(),
    ));
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
                    Cell::Text(source_name(Source::ALL[k], &w)),
                    Cell::Count(n as u64),
                ]
            })
            .collect(),
    };
    sources.rows.push(vec![
        Cell::text(w.t("total", "合计")),
        Cell::Count(project.remarks.len() as u64),
    ]);
    out.push(Block::Table {
        sheet: "sources",
        table: sources,
    });
    let voc = TableKind::Voc.build(
        project,
        Options {
            include_respondents: false,
        },
    );
    out.push(Block::SheetOnly {
        sheet: "voc",
        table: localize(scene_in_one_cell(voc, &w), w.t("Remarks", "原始资料"), &w),
    });

    if let (Some(svg), Some(markdown)) = (
        super::affinity::svg(project, w.zh),
        super::affinity::outline(project, w.zh),
    ) {
        out.push(Block::Heading(w.t("Affinity diagram", "亲和图").into()));
        out.push(Block::Figure { svg, markdown });
    }
    out.push(Block::Heading(
        w.t("Demanded-quality deployment table", "要求质量展开表")
            .into(),
    ));
    let deployment = TableKind::Deployment.build(project, options);
    out.push(Block::SheetOnly {
        sheet: "deployment",
        table: localize(deployment, w.t("Deployment table", "展开表"), &w),
    });

    // The planning matrix and its charts.
    out.push(Block::Heading(w.t("Planning matrix", "品质企划表").into()));
    let tree = Tree::build(project);
    let matrix = Matrix::compute_with_tree(project, &tree);
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
            *h == "current" || *h == "target" || h.starts_with(super::planning::COMPETITOR_PREFIX)
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
    let planning = localize(raw, w.t("Planning matrix", "品质企划表"), &w);
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
        out.push(Block::Figure {
            svg: svg::benchmark(title, scale, &labels, &series),
            markdown: format!("#{}", md::render(&table, m.precision)),
        });
    }

    // Survey, Kano and AHP results, where the project has them.
    use crate::model::Question;
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
            table: localize(t, w.t("Survey means", "调查均值"), &w),
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
            table: localize(t, w.t("Kano classification", "Kano 分类"), &w),
        });
        if let Some(svg) = super::kano_chart::svg(project, w.zh) {
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
            table: localize(t, w.t("Local and global weights", "局部与全局权重"), &w),
        });
        let t = TableKind::AhpConsistency.build(project, options);
        out.push(Block::Table {
            sheet: "ahp-consistency",
            table: localize(t, w.t("Consistency", "一致性"), &w),
        });
    }

    if !project.characteristics.is_empty() {
        out.push(Block::Heading(w.t("House of Quality", "质量屋").into()));
        if let Some(svg) = super::house::svg(project, w.zh) {
            out.push(Block::Figure {
                svg,
                markdown: String::new(),
            });
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
                &w,
            ),
        });
        let roof = super::house::roof_table(project, w.zh);
        if !roof.rows.is_empty() {
            out.push(Block::Table {
                sheet: "roof",
                table: roof,
            });
        }
    }

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
             table; survey means and Kano coefficients; the relationship matrix; the trace from \
             quality through item to remark) are in the workbook: gemba report PROJECT -o FILE.xlsx \
             (and in the Markdown report).",
            "完整的表格（每条原始资料及其来源、细分与 5W1H 使用场面；展开表；调查均值与 Kano 系数；\
             关系矩阵；要求质量 ← 要求项目 ← 原始资料的追溯）见本报告的工作簿版本（每张表一个工作表）\
             和纯文本版本。",
        )
        .into(),
    ));
    out.push(remarks_by_quality(project, &tree, &w));
    out
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

/// Column names and fixed words of a table as a reader of the report says them.
fn localize(mut table: Table, title: &str, w: &Words) -> Table {
    table.title = title.to_string();
    let machine_names = table.headers.clone();
    if let Some(c) = table.column("source") {
        for row in &mut table.rows {
            if let Some(Cell::Text(t)) = row.get_mut(c)
                && let Some(source) = Source::parse(t)
            {
                *t = source_name(source, w);
            }
        }
    }
    name_kano_types(&mut table, w.zh);
    for h in &mut table.headers {
        let label = match h.as_str() {
            "id" => w.t("id", "编号"),
            "text" => w.t("text", "内容"),
            "source" => w.t("source", "来源"),
            "respondent" => w.t("respondent", "受访者"),
            "segment" => w.t("segment", "细分"),
            "scene" => w.t("scene", "使用场面"),
            "who" => w.t("who", "谁"),
            "where" => w.t("where", "哪里"),
            "when" => w.t("when", "何时"),
            "why" => w.t("why", "为何"),
            "what" => w.t("what", "什么"),
            "how" => w.t("how", "如何"),
            "tags" => w.t("tags", "标签"),
            "items" => w.t("items", "要求项目"),
            "qualities" => w.t("qualities", "要求质量"),
            "number" => w.t("no.", "序号"),
            "kind" => w.t("kind", "类型"),
            "origin" => w.t("origin", "提出方"),
            "group" => w.t("group", "分组"),
            "quality" => w.t("demanded quality", "要求质量"),
            "importance" => w.t("importance", "重要度"),
            "current" => w.t("current (us)", "本公司现状"),
            "target" => w.t("target", "企划质量"),
            "sales_point" => w.t("sales point", "卖点"),
            "improvement_ratio" => w.t("improvement ratio", "水平提高率"),
            "absolute_weight" => w.t("absolute weight", "绝对权重"),
            "relative_weight" => w.t("relative weight %", "相对权重 %"),
            "cumulative_weight" => w.t("cumulative %", "累计 %"),
            "category" => w.t("category", "类别"),
            "kano" => w.t("Kano type", "Kano 类型"),
            "local_weight" => w.t("local weight", "局部权重"),
            "global_weight" => w.t("global weight", "全局权重"),
            "question" => w.t("question", "问题"),
            "mean" => w.t("mean", "均值"),
            "sd" => w.t("spread (sd)", "标准差"),
            "weight" => w.t("weight %", "权重 %"),
            "better" => w.t("better", "满意系数"),
            "worse" => w.t("worse", "不满意系数"),
            "n" => w.t("n", "阶数"),
            "lambda_max" => w.t("lambda_max", "最大特征值"),
            "ci" => w.t("ci", "一致性指标"),
            "cr" => w.t("cr", "一致性比率"),
            other => {
                if let Some(name) = other.strip_prefix(super::planning::COMPETITOR_PREFIX) {
                    *h = name.to_string();
                } else if let Some(level) = other.strip_prefix("level ") {
                    *h = if w.zh {
                        format!("第{level}层")
                    } else {
                        other.to_string()
                    };
                }
                continue;
            }
        };
        *h = label.to_string();
    }
    // Formulas name columns by header; follow the renaming.
    for cell in table.rows.iter_mut().flatten() {
        if let Cell::Formula { expr, .. } = cell {
            for (old, new) in machine_names.iter().zip(&table.headers) {
                *expr = expr
                    .replace(&format!("{{{old}}}"), &format!("{{{new}}}"))
                    .replace(&format!("{{{old}:"), &format!("{{{new}:"));
            }
        }
    }
    // Fixed words gemba itself writes: only in the columns (and House of Quality label rows) that
    // hold them, so a user's text that happens to read "target" is left alone.
    if w.zh {
        let fixed = |name: &str| machine_names.iter().position(|h| h == name);
        // Kano categories through the classes' own names, whatever classes there are.
        if let Some(c) = fixed("category") {
            for row in &mut table.rows {
                if let Some(Cell::Text(t)) = row.get_mut(c)
                    && let Some(class) = crate::method::kano::Class::ALL
                        .iter()
                        .find(|k| k.name() == t.as_str())
                {
                    *t = class.name_zh().to_string();
                }
            }
        }
        let (kind, origin, label) = (fixed("kind"), fixed("origin"), fixed("quality"));
        for row in &mut table.rows {
            let label_row = matches!(row.first(), Some(Cell::Empty));
            for (i, cell) in row.iter_mut().enumerate() {
                let own = Some(i) == kind || Some(i) == origin || (label_row && Some(i) == label);
                let Cell::Text(t) = cell else { continue };
                if !own {
                    continue;
                }
                let zh = match t.as_str() {
                    "group" => "分组",
                    "quality" => "要求质量",
                    "unplaced quality" => "未归类的要求质量",
                    "customer" => "顾客",
                    "added by team" => "团队补充",
                    "technical importance" => "技术重要度",
                    "relative %" => "相对重要度 %",
                    "rank" => "排序",
                    "unit" => "单位",
                    "direction" => "方向",
                    "ours" => "本公司",
                    "target" => "目标值",
                    "difficulty" => "难度",
                    _ => continue,
                };
                *t = zh.to_string();
            }
        }
    }
    table
}

/// One self-contained HTML page: no scripts, no network, charts inline.
pub fn to_html(blocks: &[Block], precision: u8, chinese: bool) -> String {
    let title = blocks.iter().find_map(|b| match b {
        Block::Heading(h) => Some(h.as_str()),
        _ => None,
    });
    let mut body = String::new();
    let mut first = true;
    // A page break is the next heading's to make: an empty element of its own, pushed past the
    // foot of a full page by the margin above it, printed a blank page.
    let mut new_page = false;
    // The paragraphs and charts that follow a wide table share its landscape pages, where the
    // table's last page has room for them, instead of starting a portrait page each.
    let mut landscape = false;
    for (i, b) in blocks.iter().enumerate() {
        let wide_class = |on: bool| if on { " class=\"wide\"" } else { "" };
        match b {
            Block::Heading(h) if first => {
                let _ = writeln!(body, "<h1>{}</h1>", html::escape(h));
                first = false;
            }
            // A section whose tables are all in the workbook only has no heading in print.
            Block::Heading(_)
                if blocks[i + 1..]
                    .iter()
                    .find(|b| !matches!(b, Block::SheetOnly { .. }))
                    .is_none_or(|b| matches!(b, Block::Heading(_))) => {}
            Block::Heading(h) => {
                // A heading goes onto the landscape page of the wide table it introduces;
                // the change of page would otherwise leave it alone at the foot of the last.
                let next = blocks[i + 1..]
                    .iter()
                    .find(|b| !matches!(b, Block::SheetOnly { .. }));
                let wide = match next {
                    Some(Block::Table { table, .. }) => html::prints_wide(table, None),
                    Some(Block::Printed { table, band }) => html::prints_wide(table, *band),
                    _ => false,
                };
                let classes: Vec<&str> = [(wide, "wide"), (new_page, "new-page")]
                    .into_iter()
                    .filter_map(|(on, name)| on.then_some(name))
                    .collect();
                new_page = false;
                landscape = wide;
                let class = if classes.is_empty() {
                    String::new()
                } else {
                    format!(" class=\"{}\"", classes.join(" "))
                };
                let _ = writeln!(body, "<h2{class}>{}</h2>", html::escape(h));
            }
            Block::Paragraph(p) => {
                let _ = writeln!(body, "<p{}>{}</p>", wide_class(landscape), html::escape(p));
            }
            Block::Table { table, .. } | Block::Printed { table, band: None } => {
                // The caption travels with its table, also onto a landscape page.
                landscape = html::is_wide(table);
                let class = wide_class(landscape);
                let _ = writeln!(
                    body,
                    "<section{class}>\n<h3>{}</h3>\n{}</section>",
                    html::escape(&table.title),
                    html::table_element(table, precision)
                );
            }
            Block::Printed {
                table,
                band: Some(band),
            } => {
                landscape = html::prints_wide(table, Some(*band));
                let class = wide_class(landscape);
                let _ = writeln!(
                    body,
                    "<section{class}>\n<h3>{}</h3>\n{}</section>",
                    html::escape(&table.title),
                    html::banded_table_element(table, *band, precision)
                );
            }
            Block::Chart { svg, .. } | Block::Figure { svg, .. } => {
                let _ = writeln!(body, "<figure{}>\n{svg}</figure>", wide_class(landscape));
            }
            Block::PageBreak => new_page = true,
            Block::WorkbookChart(_) => {}
            Block::SheetOnly { .. } => {}
            Block::Appendix { title, groups } => {
                let _ = writeln!(
                    body,
                    "<section class=\"appendix\">\n<h2>{}</h2>",
                    html::escape(title)
                );
                for (heading, lines) in groups {
                    let _ = writeln!(body, "<h4>{}</h4>\n<ul>", html::escape(heading));
                    for l in lines {
                        let who = if l.who.is_empty() {
                            String::new()
                        } else {
                            format!(" <span class=\"who\">{}</span>", html::escape(&l.who))
                        };
                        let _ = writeln!(
                            body,
                            "<li><b>{}</b> {}{who}</li>",
                            html::escape(&l.id),
                            html::escape(&l.text)
                        );
                    }
                    body.push_str("</ul>\n");
                }
                body.push_str("</section>\n");
            }
        }
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n<style>\n{style}figure{{margin:1rem 0;break-inside:avoid}}\nfigure svg{{max-width:100%;height:auto}}\nh2{{break-before:auto;border-bottom:1px solid #ccc;padding-bottom:.2rem}}\n.appendix{{font-size:.85rem}}\n.appendix h4{{margin:.5em 0 .1em;break-after:avoid}}\n.appendix ul{{list-style:none;margin:0;padding:0}}\n.appendix li{{margin:0;padding-left:1.5em;text-indent:-1.5em;break-inside:avoid}}\n.appendix .who{{color:#666}}\n@media print{{.appendix{{font-size:7.5pt;column-count:2;column-gap:6mm}}.appendix h2{{column-span:all}}table{{font-size:8pt}}h2{{break-after:avoid}}.new-page{{break-before:page}}figure svg{{max-height:225mm;width:auto}}figure.wide svg{{max-height:160mm}}}}\n</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        lang = if chinese { "zh-CN" } else { "en" },
        title = html::escape(title.unwrap_or("gemba")),
        style = html::STYLE,
    )
}

/// Markdown that pastes cleanly; charts become text bars.
pub fn to_markdown(blocks: &[Block], precision: u8) -> String {
    let mut out = String::new();
    let mut first = true;
    for b in blocks {
        match b {
            Block::Heading(h) => {
                let h = md::inline(h);
                let _ = writeln!(out, "{} {h}\n", if first { "#" } else { "##" });
                first = false;
            }
            Block::Paragraph(p) => {
                let _ = writeln!(out, "{}\n", md::inline(p));
            }
            Block::Table { table, .. } | Block::SheetOnly { table, .. } => {
                // The table renderer writes its title as a level-2 heading; a report nests it one deeper.
                let _ = writeln!(out, "#{}", md::render(table, precision));
            }
            Block::Chart { text, .. } => {
                let text = crate::model::printable::without_controls(text);
                let _ = writeln!(out, "```text\n{text}```\n");
            }
            Block::PageBreak => out.push_str("* * *\n\n"),
            // Markdown holds the full tables the appendix and printed forms stand in for.
            Block::Appendix { .. } | Block::Printed { .. } | Block::WorkbookChart(_) => {}
            Block::Figure { markdown, .. } => {
                if !markdown.is_empty() {
                    let _ = writeln!(out, "{markdown}");
                }
            }
        }
    }
    out
}

/// A workbook with one sheet per table of the report.
pub fn to_xlsx(blocks: &[Block], precision: u8) -> Result<Vec<u8>, String> {
    let sheets: Vec<(&str, &Table)> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::Table { sheet, table } | Block::SheetOnly { sheet, table } => {
                Some((*sheet, table))
            }
            _ => None,
        })
        .collect();
    let charts: Vec<xlsx::SheetChart> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::WorkbookChart(c) => Some(c.clone()),
            _ => None,
        })
        .collect();
    xlsx::render_with_charts(&sheets, &charts, precision).map_err(|e| e.to_string())
}

/// A table of `gemba export` in a language: headers and gemba's own words translated, the
/// title named in that language. For the formats people read (Markdown, HTML, XLSX).
/// Kano types and categories (the `kano` and `category` columns) by their names in the
/// language asked for; `Kano::parse` reads either name back.
pub fn name_kano_types(table: &mut Table, zh: bool) {
    let kano_columns: Vec<usize> = ["kano", "category"]
        .iter()
        .filter_map(|c| table.column(c))
        .collect();
    for c in kano_columns {
        for row in &mut table.rows {
            if let Some(Cell::Text(t)) = row.get_mut(c)
                && let Some(k) = crate::model::Kano::parse(t)
            {
                *t = k.name(zh).to_string();
            }
        }
    }
}

pub fn localize_export(table: Table, kind: TableKind, project: &Project, zh: bool) -> Table {
    let w = Words { zh };
    let name = match kind {
        TableKind::Voc => w.t("Voice of the customer", "原始资料"),
        TableKind::Items => w.t("Requirement items", "要求项目"),
        TableKind::Qualities => w.t("Demanded qualities", "要求质量"),
        TableKind::Deployment => w.t("Deployment table", "展开表"),
        TableKind::Planning => w.t("Planning matrix", "品质企划表"),
        TableKind::Trace => w.t("Trace", "追溯"),
        TableKind::Survey => w.t("Survey means", "调查均值"),
        TableKind::Kano => w.t("Kano classification", "Kano 分类"),
        TableKind::Ahp => w.t("AHP weights", "AHP 局部与全局权重"),
        TableKind::AhpConsistency => w.t("AHP consistency", "AHP 一致性"),
        TableKind::Hoq => w.t("House of Quality", "质量屋"),
    };
    localize(table, &format!("{name} — {}", project.meta.title), &w)
}

/// The six scene columns (who, where, when, why, what, how) as one "scene" cell of labelled
/// lines: a reader sees the scene together, and the table keeps room for the remark.
fn scene_in_one_cell(mut table: Table, w: &Words) -> Table {
    let columns: Vec<(usize, &str)> = crate::model::Scene::FIELDS
        .iter()
        .filter_map(|f| table.column(f).map(|c| (c, *f)))
        .collect();
    let Some(&(first, _)) = columns.first() else {
        return table;
    };
    let label = |f: &str| match f {
        "who" => w.t("who", "谁"),
        "where" => w.t("where", "哪里"),
        "when" => w.t("when", "何时"),
        "why" => w.t("why", "为何"),
        "what" => w.t("what", "什么"),
        _ => w.t("how", "如何"),
    };
    let sep = w.t(": ", "：");
    for row in &mut table.rows {
        let lines: Vec<String> = columns
            .iter()
            .filter_map(|&(c, f)| match row.get(c) {
                Some(Cell::Text(t)) => Some(format!("{}{sep}{t}", label(f))),
                _ => None,
            })
            .collect();
        row[first] = Cell::text_or_empty(lines.join("\n"));
        for &(c, _) in columns.iter().skip(1).rev() {
            row.remove(c);
        }
    }
    table.headers[first] = "scene".into();
    for &(c, _) in columns.iter().skip(1).rev() {
        table.headers.remove(c);
    }
    table
}
