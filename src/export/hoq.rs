//! The House of Quality as a table: one row per demanded quality with its weight and a symbol in
//! each characteristic's column (◎ ○ △; CSV and JSON give the number), then the characteristics'
//! technical importance, share and specification rows underneath.

use super::table::{Cell, Table};
use crate::method::hoq::{House, characteristics_in_order};
use crate::method::planning::Matrix;
use crate::model::Project;
use crate::model::tree::Tree;

pub fn table(project: &Project) -> Table {
    let tree = Tree::build(project);
    let matrix = Matrix::compute_with_tree(project, &tree);
    let house = House::compute(project, &matrix);
    let columns = characteristics_in_order(project);
    let scale = project.meta.relation_scale;
    let mut headers = vec![
        "id".to_string(),
        "quality".to_string(),
        "weight".to_string(),
    ];
    headers.extend(
        columns
            .iter()
            .filter_map(|c| project.characteristics.get(*c))
            .map(|c| format!("{} {}", c.id, c.name)),
    );
    let mut rows = Vec::new();
    for q in tree
        .qualities_in_order()
        .into_iter()
        .filter_map(|q| project.qualities.get(q))
    {
        let mut cells = vec![
            Cell::text(q.id.to_string()),
            Cell::text(q.text.clone()),
            Cell::number(matrix.row(q.id).and_then(|r| r.relative)),
        ];
        for c in &columns {
            let key = crate::model::RelationshipKey {
                quality: q.id,
                characteristic: *c,
            };
            cells.push(match project.relationships.get(key) {
                Some(r) => Cell::Symbol(r.strength.symbol().into(), scale.value(r.strength)),
                None => Cell::Empty,
            });
        }
        rows.push(cells);
    }
    let summary = |label: &str, values: Vec<Cell>| {
        let mut cells = vec![Cell::Empty, Cell::text(label), Cell::Empty];
        cells.extend(values);
        cells
    };
    let specs: Vec<&crate::model::Characteristic> = columns
        .iter()
        .filter_map(|c| project.characteristics.get(*c))
        .collect();
    rows.push(summary(
        "technical importance",
        house
            .columns
            .iter()
            .map(|c| Cell::number(Some(c.technical)))
            .collect(),
    ));
    rows.push(summary(
        "relative %",
        house
            .columns
            .iter()
            .map(|c| Cell::number(c.relative))
            .collect(),
    ));
    rows.push(summary(
        "rank",
        house
            .columns
            .iter()
            .map(|c| c.rank.map_or(Cell::Empty, |r| Cell::Count(r as u64)))
            .collect(),
    ));
    rows.push(summary(
        "unit",
        specs
            .iter()
            .map(|c| Cell::text_or_empty(c.unit.clone()))
            .collect(),
    ));
    rows.push(summary(
        "direction",
        specs
            .iter()
            .map(|c| Cell::text(c.direction.symbol()))
            .collect(),
    ));
    rows.push(summary(
        "ours",
        specs.iter().map(|c| Cell::number(c.ours)).collect(),
    ));
    for k in project.competitors_in_order() {
        rows.push(summary(
            &k.name,
            specs
                .iter()
                .map(|c| Cell::number(c.competitors.get(&k.id).copied()))
                .collect(),
        ));
    }
    rows.push(summary(
        "target",
        specs.iter().map(|c| Cell::number(c.target)).collect(),
    ));
    rows.push(summary(
        "difficulty",
        specs
            .iter()
            .map(|c| {
                c.difficulty
                    .map_or(Cell::Empty, |d| Cell::Count(u64::from(d)))
            })
            .collect(),
    ));
    Table {
        title: format!("House of Quality ({scale}) — {}", project.meta.title),
        headers,
        rows,
    }
}
