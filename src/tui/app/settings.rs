//! The project settings form (`,` on every step): title, theme, scope, rating scale, precision
//! and the language of reports and forms, stored as one undoable edit of the project's meta.

use crate::model::{Edit, Language, Meta, Scale};
use crate::tui::action::{Action, Command};
use crate::tui::strings::{S, fill};
use crate::tui::widgets::text_input::TextInput;

use super::{App, Mode};

/// The fields of the form, in order.
pub const FIELDS: [S; 7] = [
    S::SetTitle,
    S::SetTheme,
    S::SetScope,
    S::SetScaleMin,
    S::SetScaleMax,
    S::SetPrecision,
    S::SetLanguage,
];

#[derive(Debug, Clone, PartialEq)]
pub struct SettingsForm {
    pub fields: [TextInput; 7],
    pub focus: usize,
}

/// Opens the form on the project's current settings.
pub fn open(app: &mut App) {
    if app.refuse_read_only() {
        return;
    }
    let m = &app.project.meta;
    let fields = [
        m.title.clone(),
        m.theme.clone(),
        m.scope.clone(),
        m.scale.min.to_string(),
        m.scale.max.to_string(),
        m.precision.to_string(),
        m.language.map_or_else(
            || app.t(S::LanguageAuto).to_string(),
            |l| l.code().to_string(),
        ),
    ]
    .map(TextInput::new);
    app.mode = Mode::Settings(SettingsForm { fields, focus: 0 });
}

/// The settings the form holds, or the field that is wrong and why.
fn read(app: &App, form: &SettingsForm) -> Result<Meta, (usize, String)> {
    let v = |i: usize| form.fields[i].value().trim().to_string();
    let whole = |i: usize, max: u8| -> Result<u8, (usize, String)> {
        v(i).parse::<u8>()
            .ok()
            .filter(|n| *n <= max)
            .ok_or_else(|| {
                (
                    i,
                    fill(app.t(S::SetNotWhole), &[&app.t(FIELDS[i]), &v(i), &max]),
                )
            })
    };
    let mut meta = app.project.meta.clone();
    meta.title = v(0);
    if meta.title.is_empty() {
        return Err((0, app.t(S::SetNoTitle).to_string()));
    }
    meta.theme = v(1);
    meta.scope = v(2);
    meta.scale = Scale {
        min: whole(3, 100)?,
        max: whole(4, 100)?,
    };
    meta.precision = whole(5, 6)?;
    let lang = v(6);
    meta.language = if lang.is_empty() || lang == app.t(S::LanguageAuto) || lang == "auto" {
        None
    } else {
        Some(Language::parse(&lang).ok_or_else(|| (6, fill(app.t(S::SetBadLanguage), &[&lang])))?)
    };
    Ok(meta)
}

pub fn update(app: &mut App, action: Action) {
    let Mode::Settings(form) = &mut app.mode else {
        return;
    };
    if super::edit_form(&mut form.fields, &mut form.focus, &action) {
        return;
    }
    match action {
        Action::Cmd(Command::Cancel) => app.mode = Mode::Browse,
        Action::Confirm => {
            let form = form.clone();
            match read(app, &form) {
                Err((field, why)) => {
                    if let Mode::Settings(f) = &mut app.mode {
                        f.focus = field;
                    }
                    app.error(why);
                }
                Ok(meta) if meta == app.project.meta => app.mode = Mode::Browse,
                Ok(meta) => {
                    // A refusal (ratings outside a new scale) keeps the form open to fix it.
                    if app.commit(Edit::SetMeta(meta), app.t(S::DoSetSettings).to_string()) {
                        app.mode = Mode::Browse;
                        app.info(app.t(S::SettingsSaved));
                    }
                }
            }
        }
        _ => {}
    }
}
