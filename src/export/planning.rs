//! The planning matrix as a table: one row per leaf quality, with the header names scripts and
//! spreadsheets rely on (and `import planning` reads back).

use super::table::{Cell, Table};
use crate::method::planning::Matrix;
use crate::model::Project;
use crate::model::tree::group_path_text;

/// The column that holds a competitor's satisfaction.
pub const COMPETITOR_PREFIX: &str = "competitor:";

// The computed columns as spreadsheet formulas (see `Cell::Formula`), the same arithmetic as
// `method::planning`: an incomplete row stays blank and out of the sums.
const RATIO: &str =
    r#"IF(AND(ISNUMBER({current}),{current}>0,ISNUMBER({target})),{target}/{current},"")"#;
const ABSOLUTE: &str = r#"IF(AND(ISNUMBER({importance}),ISNUMBER({improvement_ratio})),{importance}*{improvement_ratio}*{sales_point},"")"#;
const RELATIVE: &str =
    r#"IF(ISNUMBER({absolute_weight}),{absolute_weight}/SUM({absolute_weight:all})*100,"")"#;
// Heavier rows first; ties in table order, as in `method::planning`.
const CUMULATIVE: &str = r#"IF(ISNUMBER({relative_weight}),SUMIF({relative_weight:all},">"&{relative_weight})+{relative_weight}*COUNTIF({relative_weight:upto},{relative_weight}),"")"#;

pub fn table(project: &Project) -> Table {
    let tree = crate::model::tree::Tree::build(project);
    let matrix = Matrix::compute_with_tree(project, &tree);
    // The values the matrix used: survey means or AHP priorities where the project says so.
    let inputs = crate::method::inputs::effective(project, &tree);
    let mut headers: Vec<String> = ["id", "group", "quality", "importance", "current"]
        .map(String::from)
        .to_vec();
    // Competitors in table order, the order the team arranged them in.
    let competitors = project.competitors_in_order();
    headers.extend(
        competitors
            .iter()
            .map(|c| format!("{COMPETITOR_PREFIX}{}", c.name)),
    );
    headers.extend(
        [
            "target",
            "sales_point",
            "improvement_ratio",
            "absolute_weight",
            "relative_weight",
            "cumulative_weight",
        ]
        .map(String::from),
    );
    let rows = matrix
        .rows
        .iter()
        .filter_map(|row| {
            let q = project.qualities.get(row.quality)?;
            let p = inputs.get(&q.id)?;
            let mut cells = vec![
                Cell::text(q.id.to_string()),
                Cell::text(group_path_text(project, q.group)),
                Cell::text(q.text.clone()),
                Cell::number(p.importance),
                Cell::number(p.current),
            ];
            cells.extend(
                competitors
                    .iter()
                    .map(|c| Cell::number(p.competitors.get(&c.id).copied())),
            );
            cells.extend([
                Cell::number(p.target),
                Cell::Symbol(p.sales_point.symbol(), p.sales_point.factor()),
                Cell::formula(RATIO, row.ratio),
                Cell::formula(ABSOLUTE, row.absolute),
                Cell::formula(RELATIVE, row.relative),
                Cell::formula(CUMULATIVE, row.cumulative),
            ]);
            Some(cells)
        })
        .collect();
    Table {
        title: format!(
            "Planning matrix — {} (importance: {}; satisfaction: {})",
            project.meta.title,
            project.meta.importance.describe(),
            project.meta.satisfaction.describe()
        ),
        headers,
        rows,
    }
}
