//! The report's first page, for the reader who reads nothing else: what the workshop was about,
//! who spoke, what matters most and how far we are from it, the technical levers, the trade-offs
//! in the roof, how much of what customers said made it through, and what is still open.

use std::fmt::Write as _;

use super::report::Block;
use super::table::{Cell, Table};
use crate::method::hoq::House;
use crate::method::planning::Matrix;
use crate::method::trace::{Coverage, Trace};
use crate::model::tree::Tree;
use crate::model::{EntityId, Project, Roof, SalesPoint};

/// How many demanded qualities and characteristics the first page names.
pub const TOP: usize = 5;

fn tr(zh: bool, en: &'static str, zh_text: &'static str) -> &'static str {
    if zh { zh_text } else { en }
}

fn words(zh: bool, n: usize, en_one: &str, en_many: &str, zh_unit: &str) -> String {
    if zh {
        format!("{n} {zh_unit}")
    } else if n == 1 {
        format!("1 {en_one}")
    } else {
        format!("{n} {en_many}")
    }
}

/// Remarks that reach a demanded quality with a weight (a complete planning row).
pub fn remarks_reaching_weight(project: &Project, matrix: &Matrix) -> usize {
    let trace = Trace::build(project);
    project
        .remarks
        .iter()
        .filter(|r| {
            trace
                .outcomes(EntityId::Remark(r.id))
                .into_iter()
                .any(|e| matches!(e, EntityId::Quality(q) if matrix.row(q).is_some_and(|row| row.relative.is_some())))
        })
        .count()
}

pub fn blocks(project: &Project, zh: bool) -> Vec<Block> {
    let m = &project.meta;
    let mut out = vec![Block::Heading(tr(zh, "At a glance", "概要").into())];
    let mut intro = String::new();
    if !m.theme.is_empty() {
        let _ = write!(intro, "{}{}", tr(zh, "Theme: ", "主题："), m.theme);
    }
    if !m.scope.is_empty() {
        let sep = if intro.is_empty() {
            ""
        } else {
            tr(zh, ". ", "。")
        };
        let _ = write!(
            intro,
            "{sep}{}{}",
            tr(zh, "Scope: ", "主题具体化："),
            m.scope
        );
    }
    if !intro.is_empty() {
        out.push(Block::Paragraph(intro));
    }

    // Who spoke.
    let segments: Vec<String> = project
        .segments
        .iter()
        .map(|s| {
            let n = project
                .remarks
                .iter()
                .filter(|r| project.remark_segment(r) == Some(s.id))
                .count();
            format!("{} ({n})", s.name)
        })
        .collect();
    let mut spoke = format!(
        "{}{}{}",
        words(zh, project.remarks.len(), "remark", "remarks", "条原始资料"),
        tr(zh, " from ", "，来自 "),
        words(
            zh,
            project.respondents.len(),
            "respondent",
            "respondents",
            "位受访者"
        ),
    );
    if !segments.is_empty() {
        let _ = write!(
            spoke,
            "{}{}",
            tr(zh, " in the segments ", "，客户细分："),
            segments.join(tr(zh, ", ", "、"))
        );
    }
    spoke.push_str(tr(zh, ".", "。"));
    out.push(Block::Paragraph(spoke));

    let tree = Tree::build(project);
    let matrix = Matrix::compute_with_tree(project, &tree);

    // What matters most, and the distance from us to the best competitor and to our target.
    let heavy: Vec<_> = matrix
        .by_weight()
        .into_iter()
        .filter(|r| r.relative.is_some())
        .take(TOP)
        .collect();
    if !heavy.is_empty() {
        let mut t = Table {
            title: tr(zh, "Top demanded qualities", "最重要的要求质量").into(),
            headers: [
                tr(zh, "rank", "排序"),
                tr(zh, "demanded quality", "要求质量"),
                tr(zh, "weight %", "权重 %"),
                tr(zh, "sales point", "卖点"),
                tr(zh, "us", "本公司"),
                tr(zh, "best competitor", "最强竞争对手"),
                tr(zh, "its rating", "其评价"),
                tr(zh, "target", "企划质量"),
                tr(zh, "to target", "距目标"),
            ]
            .map(String::from)
            .to_vec(),
            rows: vec![],
        };
        for r in heavy {
            let Some(q) = project.qualities.get(r.quality) else {
                continue;
            };
            let p = &q.planning;
            let best = project
                .competitors_in_order()
                .into_iter()
                .filter_map(|c| p.competitors.get(&c.id).map(|v| (c, *v)))
                .fold(
                    None::<(&crate::model::Competitor, f64)>,
                    |best, (c, v)| match best {
                        Some((_, b)) if b >= v => best,
                        _ => Some((c, v)),
                    },
                );
            t.rows.push(vec![
                r.rank.map_or(Cell::Empty, |k| Cell::Count(k as u64)),
                Cell::Text(format!("{} {}", q.id, q.text)),
                Cell::number(r.relative),
                match p.sales_point {
                    SalesPoint::None => Cell::Empty,
                    sp => Cell::Symbol(sp.symbol(), sp.factor()),
                },
                Cell::number(p.current),
                best.map_or(Cell::Empty, |(c, _)| Cell::Text(c.name.clone())),
                Cell::number(best.map(|(_, v)| v)),
                Cell::number(p.target),
                Cell::number(p.target.zip(p.current).map(|(t, c)| t - c)),
            ]);
        }
        out.push(Block::Table {
            sheet: "top-qualities",
            table: t,
        });
    }

    // The technical levers.
    let house = House::compute(project, &matrix);
    let mut levers: Vec<_> = house.columns.iter().filter(|c| c.rank.is_some()).collect();
    levers.sort_by_key(|c| c.rank);
    if !levers.is_empty() {
        let mut t = Table {
            title: tr(zh, "Top characteristics", "最重要的质量特性").into(),
            headers: [
                tr(zh, "rank", "排序"),
                tr(zh, "characteristic", "质量特性"),
                tr(zh, "share %", "相对重要度 %"),
                tr(zh, "ours", "本公司"),
                tr(zh, "target", "目标值"),
                tr(zh, "unit", "单位"),
            ]
            .map(String::from)
            .to_vec(),
            rows: vec![],
        };
        for c in levers.into_iter().take(TOP) {
            let Some(ch) = project.characteristics.get(c.characteristic) else {
                continue;
            };
            t.rows.push(vec![
                c.rank.map_or(Cell::Empty, |k| Cell::Count(k as u64)),
                Cell::Text(format!("{} {} {}", ch.id, ch.name, ch.direction.symbol())),
                Cell::number(c.relative),
                Cell::number(ch.ours),
                Cell::number(ch.target),
                Cell::text_or_empty(ch.unit.clone()),
            ]);
        }
        out.push(Block::Table {
            sheet: "top-characteristics",
            table: t,
        });
    }

    // Trade-offs to settle: the conflicts of the roof, strongest first.
    let mut conflicts = super::house::roof_table(project, zh);
    conflicts.rows.retain(|r| {
        matches!(&r[2], Cell::Text(s) if matches!(Roof::parse(s), Some(Roof::Negative | Roof::StrongNegative)))
    });
    if !conflicts.rows.is_empty() {
        conflicts.title = tr(zh, "Conflicts in the roof", "屋顶中的冲突").into();
        out.push(Block::Table {
            sheet: "conflicts",
            table: conflicts,
        });
    }

    // How much of what customers said made it through.
    let coverage = Coverage::measure(project);
    if coverage.remarks > 0 {
        let weighted = remarks_reaching_weight(project, &matrix);
        let share = weighted as f64 / coverage.remarks as f64 * 100.0;
        out.push(Block::Paragraph(if zh {
            format!(
                "覆盖率：{} 条原始资料中有 {weighted} 条（{share:.0}%）追溯到有权重的要求质量，{} 条追溯到展开表。",
                coverage.remarks, coverage.remarks_reaching_tree
            )
        } else {
            format!(
                "Coverage: {weighted} of {} remarks ({share:.0}%) reach a weighted demanded quality; {} reach the deployment tree.",
                coverage.remarks, coverage.remarks_reaching_tree
            )
        }));
    }

    // What is still open.
    let mut open: Vec<String> = Vec::new();
    let mut note = |n: usize, en_one: &str, en_many: &str, zh_text: &str| {
        if n > 0 {
            open.push(if zh {
                format!("{n} {zh_text}")
            } else if n == 1 {
                format!("1 {en_one}")
            } else {
                format!("{n} {en_many}")
            });
        }
    };
    note(
        coverage.remarks_without_item.len(),
        "remark without a requirement item",
        "remarks without a requirement item",
        "条原始资料未提取要求项目",
    );
    note(
        coverage.items_without_quality.len(),
        "item without a demanded quality",
        "items without a demanded quality",
        "个要求项目未转换为要求质量",
    );
    note(
        coverage.unplaced_qualities.len(),
        "demanded quality not placed in a group",
        "demanded qualities not placed in a group",
        "个要求质量未归入分组",
    );
    note(
        coverage.empty_groups.len(),
        "empty group",
        "empty groups",
        "个分组为空",
    );
    note(
        matrix.incomplete().count(),
        "planning row incomplete",
        "planning rows incomplete",
        "行企划数据不完整",
    );
    if !project.characteristics.is_empty() {
        let unrelated = matrix
            .rows
            .iter()
            .filter(|r| {
                !project
                    .relationships
                    .iter()
                    .any(|rel| rel.quality == r.quality)
            })
            .count();
        note(
            unrelated,
            "demanded quality with no characteristic related",
            "demanded qualities with no characteristic related",
            "个要求质量没有关联的质量特性",
        );
        note(
            project
                .characteristics
                .iter()
                .filter(|c| c.target.is_none())
                .count(),
            "characteristic without a target",
            "characteristics without a target",
            "个质量特性没有目标值",
        );
    }
    out.push(Block::Paragraph(if open.is_empty() {
        tr(zh, "Nothing is incomplete.", "没有未完成的部分。").into()
    } else {
        format!(
            "{}{}{}",
            tr(zh, "Still incomplete: ", "尚未完成："),
            open.join(tr(zh, "; ", "；")),
            tr(zh, ".", "。")
        )
    }));
    out.push(Block::PageBreak);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(name: &str) -> Project {
        crate::store::load(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("projects")
                .join(name),
        )
        .unwrap()
    }

    fn table<'a>(blocks: &'a [Block], sheet: &str) -> &'a Table {
        blocks
            .iter()
            .find_map(|b| match b {
                Block::Table { sheet: s, table } if *s == sheet => Some(table),
                _ => None,
            })
            .unwrap_or_else(|| panic!("no {sheet}"))
    }

    fn paragraphs(blocks: &[Block]) -> Vec<&str> {
        blocks
            .iter()
            .filter_map(|b| match b {
                Block::Paragraph(p) => Some(p.as_str()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn the_first_page_names_the_heaviest_qualities_with_the_best_competitor() {
        let p = sample("bike-light.en.ron");
        let blocks = blocks(&p, false);
        let top = table(&blocks, "top-qualities");
        assert_eq!(top.rows.len(), TOP);
        let weights: Vec<f64> = top.rows.iter().map(|r| r[2].as_number().unwrap()).collect();
        assert!(weights.windows(2).all(|w| w[0] >= w[1]), "{weights:?}");
        let matrix = Matrix::compute(&p);
        let heaviest = matrix.by_weight()[0].quality;
        assert!(matches!(&top.rows[0][1], Cell::Text(t) if t.starts_with(&format!("{heaviest} "))));
        // The best competitor is the one rated highest on that quality.
        let q = p.qualities.get(heaviest).unwrap();
        let best = q
            .planning
            .competitors
            .values()
            .copied()
            .fold(f64::MIN, f64::max);
        assert_eq!(top.rows[0][6].as_number(), Some(best));
        let gap = q.planning.target.unwrap() - q.planning.current.unwrap();
        assert_eq!(top.rows[0][8].as_number(), Some(gap));
        // Conflicts only, both sides named.
        let conflicts = table(&blocks, "conflicts");
        assert!(!conflicts.rows.is_empty());
        for r in &conflicts.rows {
            assert!(
                matches!(&r[2], Cell::Text(s) if s == "−" || s == "−−"),
                "{r:?}"
            );
        }
        let text = paragraphs(&blocks).join("\n");
        assert!(text.contains("36 remarks from 10 respondents"), "{text}");
        assert!(
            text.contains("(100%) reach a weighted demanded quality"),
            "{text}"
        );
        assert!(matches!(blocks.last(), Some(Block::PageBreak)));
    }

    #[test]
    fn what_is_incomplete_is_named_and_counted() {
        let mut p = sample("bike-light.en.ron");
        let before = paragraphs(&blocks(&p, false)).join("\n");
        assert!(!before.contains("without a target"), "{before}");
        let c = p.characteristics.ids().next().unwrap();
        p.characteristics.get_mut(c).unwrap().target = None;
        let q = p.qualities.ids().next().unwrap();
        p.qualities.get_mut(q).unwrap().planning.target = None;
        let after = paragraphs(&blocks(&p, false)).join("\n");
        assert!(
            after.contains("1 characteristic without a target"),
            "{after}"
        );
        assert!(after.contains("1 planning row incomplete"), "{after}");
        // A remark that now reaches only an unweighted quality lowers the coverage.
        assert!(!after.contains("(100%) reach a weighted"), "{after}");
        let zh = paragraphs(&blocks(&p, true)).join("\n");
        assert!(
            zh.contains("尚未完成") && zh.contains("1 个质量特性没有目标值"),
            "{zh}"
        );
    }
}
