//! The user's config folder: `config.ron` (the UI language) and `keys.ron` (keys that replace
//! the default keys of the commands they name).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::keymap::Keymap;
use super::strings::Lang;

/// `config.ron`: `(lang: "zh")`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    lang: String,
}

#[derive(Debug, Default)]
pub struct Config {
    pub lang: Option<Lang>,
    pub keymap: Keymap,
    /// What was wrong with the files, to show once at startup.
    pub problems: Vec<String>,
}

/// gemba's config folder (e.g. ~/.config/gemba on Linux).
pub fn dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "gemba").map(|d| d.config_dir().to_path_buf())
}

pub fn load() -> Config {
    match dir() {
        Some(d) => load_from(&d),
        None => Config::default(),
    }
}

/// Reads the config files in `dir`; missing files mean defaults.
pub fn load_from(dir: &Path) -> Config {
    let mut cfg = Config::default();
    let config = dir.join("config.ron");
    if let Ok(text) = std::fs::read_to_string(&config) {
        match ron::from_str::<File>(&text) {
            Ok(f) => {
                let l = f.lang;
                if !l.trim().is_empty() {
                    match Lang::parse(&l) {
                        Some(l) => cfg.lang = Some(l),
                        None => cfg.problems.push(format!(
                            "{}: unknown language '{l}' (en or zh)",
                            config.display()
                        )),
                    }
                }
            }
            Err(e) => cfg.problems.push(format!("{}: {e}", config.display())),
        }
    }
    let keys = dir.join("keys.ron");
    if let Ok(text) = std::fs::read_to_string(&keys) {
        match ron::from_str::<BTreeMap<String, Vec<String>>>(&text) {
            Ok(patch) => {
                let (map, problems) = Keymap::patched(&patch);
                cfg.keymap = map;
                cfg.problems.extend(
                    problems
                        .into_iter()
                        .map(|p| format!("{}: {p}", keys.display())),
                );
            }
            Err(e) => cfg.problems.push(format!("{}: {e}", keys.display())),
        }
    }
    cfg
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::action::Command;

    #[test]
    fn files_in_the_config_folder_set_language_and_patch_keys() {
        let dir = tempfile::tempdir().unwrap();
        let cfg = load_from(dir.path());
        assert_eq!(cfg.lang, None);
        assert_eq!(cfg.keymap, Keymap::default());
        std::fs::write(dir.path().join("config.ron"), r#"(lang: "zh")"#).unwrap();
        std::fs::write(dir.path().join("keys.ron"), r#"{ "kano": ["K"] }"#).unwrap();
        let cfg = load_from(dir.path());
        assert_eq!(cfg.lang, Some(Lang::Zh));
        assert_eq!(cfg.keymap.keys_text(Command::Kano), "K");
        assert_eq!(cfg.keymap.keys_text(Command::Quit), "q, Ctrl-c");
        assert!(cfg.problems.is_empty(), "{:?}", cfg.problems);
        std::fs::write(dir.path().join("keys.ron"), "{ oops").unwrap();
        let cfg = load_from(dir.path());
        assert_eq!(cfg.problems.len(), 1);
        assert!(cfg.problems[0].contains("keys.ron"), "{:?}", cfg.problems);
    }
}
