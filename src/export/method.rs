//! Tables computed from survey answers and pairwise judgements: survey statistics, Kano
//! classification, AHP weights and AHP consistency.

use super::table::{Cell, Table};
use crate::import::responses::question_name;
use crate::method::hierarchy::Priorities;
use crate::method::kano::Class;
use crate::method::survey::Survey;
use crate::model::tree::{Node, Tree, group_path_text};
use crate::model::{Project, Question};

/// A count: shown without decimals, a number to spreadsheets and JSON.
/// `id,quality,question,n,mean,sd`: every rating question asked about each quality, in tree order.
pub fn survey(project: &Project) -> Table {
    let survey = Survey::compute(project);
    let tree = Tree::build(project);
    let mut rows = Vec::new();
    for id in tree.qualities_in_order() {
        let Some(q) = project.qualities.get(id) else {
            continue;
        };
        let range = (id, Question::Importance)..=(id, Question::Dysfunctional);
        for ((_, question), stat) in survey.ratings.range(range) {
            rows.push(vec![
                Cell::text(id.to_string()),
                Cell::text(q.text.clone()),
                Cell::text(question_name(project, *question)),
                Cell::Count(stat.n as u64),
                Cell::number(stat.mean),
                Cell::number(stat.sd),
            ]);
        }
    }
    let how = if survey.weighted {
        "segment-weighted means"
    } else {
        "means over respondents"
    };
    Table {
        title: format!("Survey ratings — {} ({how})", project.meta.title),
        headers: ["id", "quality", "question", "n", "mean", "sd"]
            .map(String::from)
            .to_vec(),
        rows,
    }
}

/// `id,quality,A,O,M,I,R,Q,category,better,worse`: qualities with paired Kano answers.
pub fn kano(project: &Project) -> Table {
    let survey = Survey::compute(project);
    let tree = Tree::build(project);
    let rows = tree
        .qualities_in_order()
        .into_iter()
        .filter_map(|id| {
            let q = project.qualities.get(id)?;
            let k = survey.kano.get(&id).filter(|k| k.tally.total() > 0)?;
            let mut cells = vec![Cell::text(id.to_string()), Cell::text(q.text.clone())];
            cells.extend(
                Class::ALL
                    .iter()
                    .map(|c| Cell::Count(u64::from(k.tally.count(*c)))),
            );
            cells.push(k.category().map_or(Cell::Empty, |c| Cell::text(c.name())));
            cells.push(Cell::number(k.tally.better()));
            cells.push(Cell::number(k.tally.worse()));
            Some(cells)
        })
        .collect();
    Table {
        title: format!("Kano classification — {}", project.meta.title),
        headers: [
            "id", "quality", "A", "O", "M", "I", "R", "Q", "category", "better", "worse",
        ]
        .map(String::from)
        .to_vec(),
        rows,
    }
}

/// `id,quality,group,local_weight,global_weight`: every group and quality of the tree in order;
/// a group's row carries its title in `quality`. `group` is the path of the group it hangs in.
pub fn ahp(project: &Project) -> Table {
    let tree = Tree::build(project);
    let pr = Priorities::compute_with_tree(project, &tree);
    let rows = tree
        .rows
        .iter()
        .filter_map(|row| {
            let (id, text, parent) = match row.node {
                Node::Group(g) => {
                    let g = project.groups.get(g)?;
                    (g.id.to_string(), g.title.clone(), g.parent)
                }
                Node::Quality(q) => {
                    let q = project.qualities.get(q)?;
                    (q.id.to_string(), q.text.clone(), q.group)
                }
            };
            Some(vec![
                Cell::Text(id),
                Cell::Text(text),
                Cell::text_or_empty(group_path_text(project, parent)),
                Cell::number(pr.local.get(&row.node).copied()),
                Cell::number(pr.global.get(&row.node).copied()),
            ])
        })
        .collect();
    Table {
        title: format!("AHP priorities — {}", project.meta.title),
        headers: ["id", "quality", "group", "local_weight", "global_weight"]
            .map(String::from)
            .to_vec(),
        rows,
    }
}

/// `group,n,lambda_max,ci,cr`: each compared sibling set (`top` for the top-level groups);
/// numbers stay empty while a set's comparisons are incomplete.
pub fn ahp_consistency(project: &Project) -> Table {
    let pr = Priorities::compute(project);
    let rows = pr
        .sets
        .iter()
        .filter(|s| s.result.is_some())
        .map(|s| {
            let a = s.ahp();
            vec![
                Cell::text(
                    s.parent
                        .map_or_else(|| "top".to_string(), |g| g.to_string()),
                ),
                Cell::Count(s.children.len() as u64),
                Cell::number(a.map(|a| a.lambda_max)),
                Cell::number(a.map(|a| a.ci)),
                Cell::number(a.and_then(|a| a.cr)),
            ]
        })
        .collect();
    let ri = project
        .meta
        .ri_table
        .clone()
        .unwrap_or_else(|| crate::model::saaty::RI_TABLE_NAME.to_string());
    Table {
        title: format!("AHP consistency — {} (RI: {ri})", project.meta.title),
        headers: ["group", "n", "lambda_max", "ci", "cr"]
            .map(String::from)
            .to_vec(),
        rows,
    }
}
