//! The report sections drawn straight from tables: voice of the customer, survey results, house.

use std::collections::BTreeMap;

use super::super::table::{Cell, Table};
use super::super::{Options, TableKind, xlsx};
use super::words::{localize, scene_in_one_cell};
use super::{Block, Words, source_name};
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
