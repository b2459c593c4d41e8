//! The technical benchmark of the House of Quality: a row per characteristic with its unit,
//! direction, our and each competitor's measured value, the target and the difficulty, each
//! edited in place as one edit.

use crate::model::{CompetitorId, Project};
use crate::tui::action::Command;
use crate::tui::app::{App, PAGE};

use super::entry::{self, number_text};
use super::{HoqField, direction, no_columns, step};

/// A column of the benchmark table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BenchField {
    Name,
    Unit,
    Direction,
    Ours,
    Competitor(CompetitorId),
    Target,
    Difficulty,
}

/// The columns in the order shown: competitors in the order of the planning table.
pub fn fields(project: &Project) -> Vec<BenchField> {
    let mut v = vec![
        BenchField::Name,
        BenchField::Unit,
        BenchField::Direction,
        BenchField::Ours,
    ];
    v.extend(
        project
            .competitors_in_order()
            .into_iter()
            .map(|c| BenchField::Competitor(c.id)),
    );
    v.extend([BenchField::Target, BenchField::Difficulty]);
    v
}

impl App {
    /// The benchmark column under the cursor and its index.
    pub fn bench_field(&self) -> (usize, BenchField) {
        let f = fields(&self.project);
        let i = self.hoq.field.min(f.len() - 1);
        (i, f[i])
    }
}

/// The entry for a field of the selected characteristic; none for the direction, which cycles.
fn entry_for(app: &App, f: BenchField) -> Option<(HoqField, String)> {
    let c = app
        .hoq_characteristic()
        .and_then(|c| app.project.characteristics.get(c))?;
    let id = c.id;
    Some(match f {
        BenchField::Name => (HoqField::Name(Some(id)), c.name.clone()),
        BenchField::Unit => (HoqField::Unit(id), c.unit.clone()),
        BenchField::Direction => return None,
        BenchField::Ours => (HoqField::Ours(id), number_text(c.ours)),
        BenchField::Competitor(k) => (
            HoqField::Competitor(id, k),
            number_text(c.competitors.get(&k).copied()),
        ),
        BenchField::Target => (HoqField::Target(id), number_text(c.target)),
        BenchField::Difficulty => (
            HoqField::Difficulty(id),
            c.difficulty.map(|d| d.to_string()).unwrap_or_default(),
        ),
    })
}

/// Commands of the benchmark view; false leaves the command to the rest of the step.
pub fn browse(app: &mut App, cmd: Command) -> bool {
    let cols = app.hoq().house.columns.len();
    let n = fields(&app.project).len();
    match cmd {
        Command::Up => app.hoq.col = step(app.hoq.col, -1, cols),
        Command::Down => app.hoq.col = step(app.hoq.col, 1, cols),
        Command::PageUp => app.hoq.col = step(app.hoq.col, -(PAGE as isize), cols),
        Command::PageDown => app.hoq.col = step(app.hoq.col, PAGE as isize, cols),
        Command::Left => app.hoq.field = step(app.hoq.field, -1, n),
        Command::Right => app.hoq.field = step(app.hoq.field, 1, n),
        Command::First => app.hoq.field = 0,
        Command::Last => app.hoq.field = n - 1,
        Command::Edit | Command::HoqCycle => {
            let (_, f) = app.bench_field();
            if f == BenchField::Direction {
                direction(app);
            } else {
                match entry_for(app, f) {
                    Some((what, text)) => entry::open_with(app, what, text),
                    None => no_columns(app),
                }
            }
        }
        Command::HoqClear => {
            let (_, f) = app.bench_field();
            if app.refuse_read_only() {
                return true;
            }
            if let Some((what, _)) = entry_for(app, f)
                && !matches!(what, HoqField::Name(_))
            {
                entry::store(app, what, "");
            }
        }
        _ => return false,
    }
    true
}
