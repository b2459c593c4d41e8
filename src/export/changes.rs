//! "What changed" for a report made with `--since OLD.ron`: the records added, removed and changed
//! per kind, and the weights that moved most. Short on purpose; `gemba diff` has the detail.

use super::report::Block;
use super::table::{Cell, Table};
use crate::method::diff::{Diff, Moved, RecordChange};
use crate::model::Project;

/// How many moved weights (and characteristic shares) the section lists.
pub const TOP_MOVED: usize = 5;

fn tr(zh: bool, en: &'static str, zh_text: &'static str) -> &'static str {
    if zh { zh_text } else { en }
}

/// A kind of record as the diff names it, in the report's language.
fn kind_name(kind: &'static str, zh: bool) -> &'static str {
    if !zh {
        return kind;
    }
    match kind {
        "segments" => "客户细分",
        "respondents" => "受访者",
        "competitors" => "竞争对手",
        "remarks" => "原始资料",
        "items" => "要求项目",
        "groups" => "分组",
        "qualities" => "要求质量",
        "survey answers" => "调查回答",
        "judgements" => "AHP 判断",
        "characteristics" => "质量特性",
        "relationships" => "关系",
        "correlations" => "相关",
        _ => "其他记录",
    }
}

/// The heaviest movers first.
fn top(moved: &[Moved]) -> Vec<&Moved> {
    let mut v: Vec<&Moved> = moved.iter().collect();
    let size = |m: &Moved| (m.after.unwrap_or(0.0) - m.before.unwrap_or(0.0)).abs();
    v.sort_by(|a, b| size(b).total_cmp(&size(a)).then_with(|| a.id.cmp(&b.id)));
    v.truncate(TOP_MOVED);
    v
}

fn moved_table(title: &str, what: &str, moved: &[Moved], zh: bool) -> Table {
    Table {
        title: title.into(),
        headers: vec![
            what.into(),
            tr(zh, "before %", "之前 %").into(),
            tr(zh, "now %", "现在 %").into(),
            tr(zh, "change", "变化").into(),
            tr(zh, "rank before", "之前排序").into(),
            tr(zh, "rank now", "现在排序").into(),
        ],
        rows: top(moved)
            .into_iter()
            .map(|m| {
                vec![
                    Cell::Text(format!("{} {}", m.id, m.text)),
                    Cell::number(m.before),
                    Cell::number(m.after),
                    Cell::number(Some(m.after.unwrap_or(0.0) - m.before.unwrap_or(0.0))),
                    m.rank_before.map_or(Cell::Empty, |r| Cell::Count(r as u64)),
                    m.rank_after.map_or(Cell::Empty, |r| Cell::Count(r as u64)),
                ]
            })
            .collect(),
    }
}

/// The section, `since` naming the older version (its file) for the heading.
pub fn blocks(old: &Project, new: &Project, since: &str, zh: bool) -> Vec<Block> {
    let d = Diff::between(old, new);
    let mut out = vec![Block::Heading(format!(
        "{}{since}",
        tr(zh, "What changed since ", "自此版本以来的变化：")
    ))];
    if d.is_empty() {
        out.push(Block::Paragraph(
            tr(zh, "Nothing changed.", "没有变化。").into(),
        ));
        return out;
    }
    if !d.settings.is_empty() {
        let fields: Vec<&str> = d.settings.iter().map(|f| f.field.as_str()).collect();
        out.push(Block::Paragraph(format!(
            "{}{}",
            tr(zh, "Settings changed: ", "设置有变化："),
            fields.join(", ")
        )));
    }
    if !d.sections.is_empty() {
        let mut t = Table {
            title: tr(
                zh,
                "Records added, removed and changed",
                "新增、删除和修改的记录",
            )
            .into(),
            headers: [
                tr(zh, "kind", "类型"),
                tr(zh, "added", "新增"),
                tr(zh, "removed", "删除"),
                tr(zh, "changed", "修改"),
            ]
            .map(String::from)
            .to_vec(),
            rows: vec![],
        };
        for s in &d.sections {
            let count = |f: fn(&RecordChange) -> bool| {
                Cell::Count(s.changes.iter().filter(|c| f(c)).count() as u64)
            };
            t.rows.push(vec![
                Cell::text(kind_name(s.kind, zh)),
                count(|c| matches!(c, RecordChange::Added { .. })),
                count(|c| matches!(c, RecordChange::Removed { .. })),
                count(|c| matches!(c, RecordChange::Changed { .. })),
            ]);
        }
        out.push(Block::Table {
            sheet: "changes",
            table: t,
        });
    }
    if !d.weights.is_empty() {
        out.push(Block::Table {
            sheet: "moved-weights",
            table: moved_table(
                tr(zh, "Weights that moved most", "变化最大的权重"),
                tr(zh, "demanded quality", "要求质量"),
                &d.weights,
                zh,
            ),
        });
    }
    if !d.technical.is_empty() {
        out.push(Block::Table {
            sheet: "moved-technical",
            table: moved_table(
                tr(
                    zh,
                    "Technical importance that moved most",
                    "变化最大的技术重要度",
                ),
                tr(zh, "characteristic", "质量特性"),
                &d.technical,
                zh,
            ),
        });
    }
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

    #[test]
    fn counts_per_kind_and_the_weights_that_moved_most() {
        let old = sample("bike-light.en.ron");
        let mut new = old.clone();
        // One quality becomes much more important; one characteristic loses its name.
        let q = new.qualities.ids().nth(3).unwrap();
        new.qualities.get_mut(q).unwrap().planning.importance = Some(5.0);
        new.qualities.get_mut(q).unwrap().planning.current = Some(1.0);
        let c = new.characteristics.ids().next().unwrap();
        new.characteristics.get_mut(c).unwrap().name = "renamed".into();
        let blocks = blocks(&old, &new, "old.ron", false);
        assert!(matches!(&blocks[0], Block::Heading(h) if h == "What changed since old.ron"));
        let counts = table(&blocks, "changes");
        let row = |kind: &str| {
            counts
                .rows
                .iter()
                .find(|r| r[0] == Cell::text(kind))
                .unwrap_or_else(|| panic!("{kind}: {counts:?}"))
                .clone()
        };
        assert_eq!(
            row("qualities")[1..],
            [Cell::Count(0), Cell::Count(0), Cell::Count(1)]
        );
        assert_eq!(row("characteristics")[3], Cell::Count(1));
        let moved = table(&blocks, "moved-weights");
        assert!(moved.rows.len() <= TOP_MOVED);
        assert!(matches!(&moved.rows[0][0], Cell::Text(t) if t.starts_with(&format!("{q} "))));
        let zh = super::blocks(&old, &new, "old.ron", true);
        let counts = table(&zh, "changes");
        assert!(counts.rows.iter().any(|r| r[0] == Cell::text("要求质量")));
        assert!(
            super::blocks(&old, &old, "old.ron", false)
                .iter()
                .any(|b| matches!(b, Block::Paragraph(p) if p == "Nothing changed."))
        );
    }
}
