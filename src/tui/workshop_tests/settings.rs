//! Project settings on screen: title, theme, scope, language and scale set, refused and undone.

use super::super::app::Mode;
use super::super::strings::Lang;
use super::super::test_support::{keys, type_text};
use super::status;
use crate::model::*;

fn sample_app(lang: Lang) -> super::super::App {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("projects/bike-light.en.ron");
    super::super::test_support::app(crate::store::load(&path).unwrap(), lang)
}

#[test]
fn title_theme_scope_and_language_are_set_on_screen_and_undone_as_one() {
    let mut a = sample_app(Lang::En);
    let before = a.project.meta.clone();
    keys(&mut a, ",");
    assert!(matches!(a.mode, Mode::Settings(_)));
    keys(&mut a, "ctrl-u");
    type_text(&mut a, "自行车灯 workshop");
    keys(&mut a, "tab ctrl-u");
    type_text(&mut a, "bike light");
    keys(&mut a, "tab ctrl-u");
    type_text(&mut a, "front light for winter commuters");
    keys(&mut a, "tab tab tab tab ctrl-u");
    type_text(&mut a, "zh");
    keys(&mut a, "enter");
    assert_eq!(a.mode, Mode::Browse);
    let m = &a.project.meta;
    assert_eq!(m.title, "自行车灯 workshop");
    assert_eq!(m.scope, "front light for winter commuters");
    assert_eq!(m.language, Some(Language::Zh));
    assert!(crate::export::report::is_chinese(&a.project));
    keys(&mut a, "u");
    assert_eq!(a.project.meta, before);
}

#[test]
fn a_scale_that_would_leave_ratings_outside_is_refused_naming_them() {
    let mut a = sample_app(Lang::En);
    keys(&mut a, ", tab tab tab tab ctrl-u");
    type_text(&mut a, "4");
    keys(&mut a, "enter");
    // The form stays open, the reason names the qualities in the way.
    assert!(matches!(a.mode, Mode::Settings(_)));
    let s = status(&a);
    assert!(
        s.contains("outside the new scale 1–4") && s.contains('Q'),
        "{s}"
    );
    assert_eq!(a.project.meta.scale, Scale { min: 1, max: 5 });
    // A wider scale is fine.
    keys(&mut a, "ctrl-u");
    type_text(&mut a, "7");
    keys(&mut a, "enter");
    assert_eq!(a.project.meta.scale, Scale { min: 1, max: 7 });
}

#[test]
fn wrong_numbers_and_languages_name_the_field() {
    for (lang, field_keys, typed, want) in [
        (
            Lang::En,
            "tab tab tab tab tab",
            "2.5",
            "Decimal places: '2.5' is not a whole number from 0 to 6",
        ),
        (
            Lang::Zh,
            "tab tab tab",
            "-1",
            "尺度最小值：“-1”不是 0 到 100 之间的整数",
        ),
        (
            Lang::En,
            "tab tab tab tab tab tab",
            "fr",
            "Report language: 'fr' is not en, zh or auto",
        ),
    ] {
        let mut a = sample_app(lang);
        let before = a.project.clone();
        keys(&mut a, ",");
        keys(&mut a, field_keys);
        keys(&mut a, "ctrl-u");
        type_text(&mut a, typed);
        keys(&mut a, "enter");
        assert_eq!(status(&a), want);
        assert!(matches!(a.mode, Mode::Settings(_)));
        keys(&mut a, "esc");
        assert_eq!(a.project, before);
    }
}
