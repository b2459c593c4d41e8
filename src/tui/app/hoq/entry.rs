//! The text entries and the question of the House of Quality step: opening them, the keys while
//! they are open, and checking and storing what was typed as one edit.

use crate::model::number::parse_number;
use crate::model::{
    Characteristic, CharacteristicId, Edit, Entity, EntityId, Relationship, Strength,
};
use crate::tui::action::{Action, Command};
use crate::tui::app::{App, Mode};
use crate::tui::strings::{S, fill};
use crate::tui::widgets::text_input::TextInput;

use super::{HoqField, HoqMode, name_of, no_columns};

/// A value as the entry starts with it: empty when there is none.
pub fn number_text(v: Option<f64>) -> String {
    v.map(|v| format!("{v}")).unwrap_or_default()
}

/// Opens a text entry for the selected characteristic (which may be none for a new one).
pub fn open(app: &mut App, f: impl Fn(Option<&Characteristic>) -> Option<(HoqField, String)>) {
    if app.refuse_read_only() {
        return;
    }
    let c = app
        .hoq_characteristic()
        .and_then(|c| app.project.characteristics.get(c));
    match f(c) {
        Some((what, text)) => open_with(app, what, text),
        None => no_columns(app),
    }
}

pub fn open_with(app: &mut App, what: HoqField, text: String) {
    if app.refuse_read_only() {
        return;
    }
    app.mode = Mode::Hoq(HoqMode::Entry {
        what,
        field: TextInput::new(text),
    });
}

/// What a field is called in its entry's title and in messages about it:
/// "Our value of C1 Beam throw".
pub fn label(app: &App, what: HoqField) -> String {
    match what {
        HoqField::Name(None) => app.t(S::NewCharacteristic).to_string(),
        HoqField::Name(Some(c)) => fill(app.t(S::RenameCharacteristic), &[&name_of(app, c)]),
        HoqField::Unit(c) => fill(app.t(S::UnitOf), &[&name_of(app, c)]),
        HoqField::Target(c) => fill(app.t(S::HoqTargetOf), &[&name_of(app, c)]),
        HoqField::Ours(c) => fill(app.t(S::HoqOursOf), &[&name_of(app, c)]),
        HoqField::Competitor(c, k) => {
            let who = app
                .project
                .competitors
                .get(k)
                .map_or_else(|| k.to_string(), |x| x.name.clone());
            fill(app.t(S::HoqCompetitorOf), &[&who, &name_of(app, c)])
        }
        HoqField::Difficulty(c) => fill(app.t(S::HoqDifficultyOf), &[&name_of(app, c)]),
        HoqField::Derive(q) => {
            let text = app
                .project
                .qualities
                .get(q)
                .map_or_else(|| q.to_string(), |x| format!("{} {}", x.id, x.text));
            fill(app.t(S::HoqDeriveAsk), &[&text])
        }
    }
}

/// Keys while an entry or question of the step is open.
pub fn modal(app: &mut App, action: Action) {
    let Mode::Hoq(mode) = &app.mode else { return };
    match mode.clone() {
        HoqMode::ConfirmDelete(c) => match action {
            Action::Answer('y') => {
                app.mode = Mode::Browse;
                let what = fill(app.t(S::DoDeleteCharacteristic), &[&name_of(app, c)]);
                let edit = app.project.delete(EntityId::Characteristic(c));
                app.commit(edit, what);
            }
            Action::Answer('n') | Action::Cmd(Command::Cancel) => app.mode = Mode::Browse,
            _ => {}
        },
        HoqMode::Entry { what, mut field } => {
            match action {
                Action::Text(e) => field.edit(&e),
                Action::Paste(s) => field.insert_str(&s),
                Action::Cmd(Command::Cancel) => {
                    app.mode = Mode::Browse;
                    return;
                }
                Action::Confirm => {
                    if store(app, what, field.value()) {
                        app.mode = Mode::Browse;
                    }
                    return;
                }
                _ => return,
            }
            app.mode = Mode::Hoq(HoqMode::Entry { what, field });
        }
    }
}

/// Reads a measured or target value: empty clears it; a refusal names the field and says why.
fn read_value(app: &App, what: HoqField, text: &str) -> Result<Option<f64>, String> {
    if text.is_empty() {
        return Ok(None);
    }
    parse_number(text).map(Some).map_err(|_| {
        let msg = if text.contains(',') {
            S::HoqNumberComma
        } else {
            S::HoqNotANumber
        };
        fill(app.t(msg), &[&label(app, what), &text])
    })
}

/// Reads a difficulty: a whole number from 1 to 5, or empty to clear it.
fn read_difficulty(app: &App, what: HoqField, text: &str) -> Result<Option<u8>, String> {
    if text.is_empty() {
        return Ok(None);
    }
    match parse_number(text) {
        Ok(v) if v.fract() == 0.0 && (1.0..=5.0).contains(&v) => Ok(Some(v as u8)),
        _ => Err(fill(
            app.t(S::HoqDifficultyRange),
            &[&label(app, what), &text],
        )),
    }
}

/// A new characteristic placed after the last column.
fn new_characteristic(app: &App, name: &str) -> Characteristic {
    let id = app.project.next_characteristic_id();
    let order = app
        .project
        .characteristics
        .iter()
        .map(|c| c.order)
        .max()
        .map_or(0, |o| o + 1);
    let mut c = Characteristic::new(id, name);
    c.order = order;
    c
}

/// Stores what was typed; false (with a message) when it cannot be stored.
pub(super) fn store(app: &mut App, what: HoqField, text: &str) -> bool {
    let text = text.trim().to_string();
    let existing = |app: &App, c: CharacteristicId| app.project.characteristics.get(c).cloned();
    let (edit, desc, id) = match what {
        HoqField::Name(_) | HoqField::Derive(_) if text.is_empty() => {
            app.error(app.t(S::EmptyText));
            return false;
        }
        HoqField::Derive(q) => {
            // The characteristic and its strong cell come and go together.
            let c = new_characteristic(app, &text);
            let desc = fill(app.t(S::DoDeriveCharacteristic), &[&text, &q]);
            let cell = Relationship {
                quality: q,
                characteristic: c.id,
                strength: Strength::Strong,
            };
            let id = c.id;
            let edits = vec![
                Edit::Put(Entity::Characteristic(c)),
                Edit::Put(Entity::Relationship(cell)),
            ];
            (Edit::Batch(edits), desc, id)
        }
        HoqField::Name(id) => {
            let (c, desc) = match id.and_then(|c| existing(app, c)) {
                Some(mut c) => {
                    c.name = text;
                    let desc = fill(app.t(S::DoRenameCharacteristic), &[&c.id]);
                    (c, desc)
                }
                None => {
                    let c = new_characteristic(app, &text);
                    (c, fill(app.t(S::DoAddCharacteristic), &[&text]))
                }
            };
            let id = c.id;
            (Edit::Put(Entity::Characteristic(c)), desc, id)
        }
        HoqField::Unit(id)
        | HoqField::Target(id)
        | HoqField::Ours(id)
        | HoqField::Competitor(id, _)
        | HoqField::Difficulty(id) => {
            let Some(mut c) = existing(app, id) else {
                return true;
            };
            let result = match what {
                HoqField::Unit(_) => {
                    c.unit = text.clone();
                    Ok(())
                }
                HoqField::Target(_) => read_value(app, what, &text).map(|v| c.target = v),
                HoqField::Ours(_) => read_value(app, what, &text).map(|v| c.ours = v),
                HoqField::Competitor(_, k) => read_value(app, what, &text).map(|v| match v {
                    Some(v) => {
                        c.competitors.insert(k, v);
                    }
                    None => {
                        c.competitors.remove(&k);
                    }
                }),
                HoqField::Difficulty(_) => {
                    read_difficulty(app, what, &text).map(|v| c.difficulty = v)
                }
                HoqField::Name(_) | HoqField::Derive(_) => unreachable!("handled above"),
            };
            if let Err(msg) = result {
                app.error(msg);
                return false;
            }
            let desc = match what {
                HoqField::Unit(_) => fill(app.t(S::DoSetUnit), &[&c.id]),
                _ => {
                    let shown = if text.is_empty() {
                        "–"
                    } else {
                        text.as_str()
                    };
                    fill(app.t(S::DoSetBenchmark), &[&label(app, what), &shown])
                }
            };
            let id = c.id;
            (Edit::Put(Entity::Characteristic(c)), desc, id)
        }
    };
    if !app.commit(edit, desc) {
        return false;
    }
    if let Some(j) = app.hoq().columns().iter().position(|c| *c == id) {
        app.hoq.col = j;
    }
    true
}
