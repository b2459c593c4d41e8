//! The roof of the House of Quality: how each pair of characteristics pulls on each other
//! (++ + − −−), chosen pair by pair, each change one edit.

use crate::model::{CharacteristicId, Correlation, CorrelationKey, Edit, Entity, EntityId, Roof};
use crate::tui::action::Command;
use crate::tui::app::{App, PAGE};
use crate::tui::strings::{S, fill};

use super::step;

/// Every pair of characteristics (i < j in display order), ordered by i then j.
pub fn pairs(columns: &[CharacteristicId]) -> Vec<(usize, usize)> {
    let n = columns.len();
    (0..n)
        .flat_map(|i| (i + 1..n).map(move |j| (i, j)))
        .collect()
}

/// The next correlation when cycling a pair: blank → ++ → + → − → −− → blank.
pub fn next_roof(r: Option<Roof>) -> Option<Roof> {
    match r {
        None => Some(Roof::StrongPositive),
        Some(Roof::StrongPositive) => Some(Roof::Positive),
        Some(Roof::Positive) => Some(Roof::Negative),
        Some(Roof::Negative) => Some(Roof::StrongNegative),
        Some(Roof::StrongNegative) => None,
    }
}

pub fn key(a: CharacteristicId, b: CharacteristicId) -> CorrelationKey {
    CorrelationKey {
        low: a.min(b),
        high: a.max(b),
    }
}

impl App {
    /// The pair under the roof cursor, as column indices.
    pub fn roof_pair(&self) -> Option<(usize, usize)> {
        let p = pairs(&self.hoq().columns());
        (!p.is_empty()).then(|| p[self.hoq.pair.min(p.len() - 1)])
    }

    /// The correlation of the selected pair, if any.
    pub fn roof_cell(&self) -> Option<(CorrelationKey, Option<Roof>)> {
        let (i, j) = self.roof_pair()?;
        let cols = self.hoq().columns();
        let k = key(cols[i], cols[j]);
        Some((k, self.project.correlations.get(k).map(|c| c.roof)))
    }
}

/// Commands of the roof view; false leaves the command to the rest of the step.
pub fn browse(app: &mut App, cmd: Command) -> bool {
    let cols = app.hoq().columns();
    let all = pairs(&cols);
    let n = all.len();
    let at = app.hoq.pair.min(n.saturating_sub(1));
    // The first pair of the characteristic before or after the selected one.
    let jump = |by: isize| -> usize {
        let Some(&(i, _)) = all.get(at) else { return 0 };
        let target = (i as isize + by).clamp(0, cols.len().saturating_sub(2) as isize) as usize;
        all.iter().position(|p| p.0 == target).unwrap_or(at)
    };
    if app.hoq.roof_triangle.get()
        && let Some(&here) = all.get(at)
    {
        // A page on the triangle is as many rows as it has, up or down.
        let (one, times) = match cmd {
            Command::PageUp => (Command::Up, PAGE),
            Command::PageDown => (Command::Down, PAGE),
            c => (c, 1),
        };
        let mut to = Some(here);
        for _ in 0..times {
            to = to.and_then(|p| on_triangle(p, cols.len(), one));
        }
        if let Some(to) = to {
            app.hoq.pair = all.iter().position(|p| *p == to).unwrap_or(at);
            return true;
        }
    }
    match cmd {
        Command::Up => app.hoq.pair = step(at, -1, n),
        Command::Down => app.hoq.pair = step(at, 1, n),
        Command::PageUp => app.hoq.pair = step(at, -(PAGE as isize), n),
        Command::PageDown => app.hoq.pair = step(at, PAGE as isize, n),
        Command::First => app.hoq.pair = 0,
        Command::Last => app.hoq.pair = n.saturating_sub(1),
        Command::Left => app.hoq.pair = jump(-1),
        Command::Right => app.hoq.pair = jump(1),
        Command::HoqCycle | Command::Edit => match app.roof_cell() {
            Some((k, r)) => set(app, k, next_roof(r)),
            None => app.info(app.t(S::HoqRoofNeedsTwo)),
        },
        Command::HoqClear => {
            if let Some((k, Some(_))) = app.roof_cell() {
                set(app, k, None);
            }
        }
        _ => return false,
    }
    true
}

/// Where an arrow goes on the triangle, where pair (i, j) sits j − i rows above the names,
/// midway between columns i and j: Up and Down climb and descend the diagonal of column i (at
/// the right edge Up leans in towards the apex), Left and Right keep to the row. None for the
/// other commands, which work as on the list.
fn on_triangle((i, j): (usize, usize), n: usize, cmd: Command) -> Option<(usize, usize)> {
    Some(match cmd {
        Command::Up if j + 1 < n => (i, j + 1),
        Command::Up if i > 0 => (i - 1, j),
        Command::Down if j > i + 1 => (i, j - 1),
        Command::Left if i > 0 => (i - 1, j - 1),
        Command::Right if j + 1 < n => (i + 1, j + 1),
        Command::Up | Command::Down | Command::Left | Command::Right => (i, j),
        _ => return None,
    })
}

fn set(app: &mut App, k: CorrelationKey, roof: Option<Roof>) {
    let symbol = roof.map_or("·", Roof::symbol);
    let what = fill(app.t(S::DoSetCorrelation), &[&k, &symbol]);
    let edit = match roof {
        Some(roof) => Edit::Put(Entity::Correlation(Correlation {
            a: k.low,
            b: k.high,
            roof,
        })),
        None => Edit::Remove(EntityId::Correlation(k)),
    };
    app.commit(edit, what);
}
