//! Keys to actions. Browsing keys come from a table of commands that a user file may patch;
//! text entry, questions and the help overlay use fixed keys.

use std::collections::BTreeMap;
use std::fmt;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::{Action, Command, Section};
use super::strings::{Lang, S};
use super::widgets::text_input::TextEdit;

/// A key with its modifiers, normalised so `K` and `shift-k` are the same chord.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyChord {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

impl KeyChord {
    pub fn from_event(ev: &KeyEvent) -> KeyChord {
        let mut mods =
            ev.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        let code = match ev.code {
            KeyCode::Char(c) => {
                // The shift is already in the character.
                mods.remove(KeyModifiers::SHIFT);
                if mods.contains(KeyModifiers::CONTROL) {
                    KeyCode::Char(c.to_ascii_lowercase())
                } else {
                    KeyCode::Char(c)
                }
            }
            KeyCode::BackTab => {
                mods.remove(KeyModifiers::SHIFT);
                KeyCode::BackTab
            }
            other => other,
        };
        KeyChord { code, mods }
    }

    /// Reads `a`, `K`, `?`, `ctrl-s`, `alt-x`, `shift-tab`, `enter`, `f1`, `pagedown`, `space`, ….
    pub fn parse(text: &str) -> Result<KeyChord, String> {
        let bad = || format!("'{text}' is not a key (try a, K, ctrl-s, shift-tab, enter, f1)");
        let mut mods = KeyModifiers::NONE;
        let mut rest = text.trim();
        loop {
            let lower = rest.to_ascii_lowercase();
            let (m, len) = if lower.starts_with("ctrl-") {
                (KeyModifiers::CONTROL, 5)
            } else if lower.starts_with("alt-") {
                (KeyModifiers::ALT, 4)
            } else if lower.starts_with("shift-") && rest.chars().count() > 6 {
                (KeyModifiers::SHIFT, 6)
            } else {
                break;
            };
            mods |= m;
            rest = &rest[len..];
        }
        let lower = rest.to_ascii_lowercase();
        let code = match lower.as_str() {
            "enter" | "return" => KeyCode::Enter,
            "esc" | "escape" => KeyCode::Esc,
            "tab" if mods.contains(KeyModifiers::SHIFT) => {
                mods.remove(KeyModifiers::SHIFT);
                KeyCode::BackTab
            }
            "tab" => KeyCode::Tab,
            "backtab" => KeyCode::BackTab,
            "backspace" => KeyCode::Backspace,
            "delete" | "del" => KeyCode::Delete,
            "insert" => KeyCode::Insert,
            "up" => KeyCode::Up,
            "down" => KeyCode::Down,
            "left" => KeyCode::Left,
            "right" => KeyCode::Right,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            "pageup" => KeyCode::PageUp,
            "pagedown" => KeyCode::PageDown,
            "space" => KeyCode::Char(' '),
            f if f.len() > 1 && f.starts_with('f') && f[1..].parse::<u8>().is_ok() => {
                let n: u8 = f[1..].parse().map_err(|_| bad())?;
                if !(1..=24).contains(&n) {
                    return Err(bad());
                }
                KeyCode::F(n)
            }
            _ => {
                let mut chars = rest.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => {
                        let c = if mods.contains(KeyModifiers::SHIFT) {
                            mods.remove(KeyModifiers::SHIFT);
                            c.to_ascii_uppercase()
                        } else {
                            c
                        };
                        if mods.contains(KeyModifiers::CONTROL) {
                            KeyCode::Char(c.to_ascii_lowercase())
                        } else {
                            KeyCode::Char(c)
                        }
                    }
                    _ => return Err(bad()),
                }
            }
        };
        Ok(KeyChord { code, mods })
    }
}

impl fmt::Display for KeyChord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.mods.contains(KeyModifiers::CONTROL) {
            f.write_str("Ctrl-")?;
        }
        if self.mods.contains(KeyModifiers::ALT) {
            f.write_str("Alt-")?;
        }
        if self.mods.contains(KeyModifiers::SHIFT) {
            f.write_str("Shift-")?;
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("Space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::Enter => f.write_str("Enter"),
            KeyCode::Esc => f.write_str("Esc"),
            KeyCode::Tab => f.write_str("Tab"),
            KeyCode::BackTab => f.write_str("Shift-Tab"),
            KeyCode::Backspace => f.write_str("Backspace"),
            KeyCode::Delete => f.write_str("Delete"),
            KeyCode::Insert => f.write_str("Insert"),
            KeyCode::Up => f.write_str("↑"),
            KeyCode::Down => f.write_str("↓"),
            KeyCode::Left => f.write_str("←"),
            KeyCode::Right => f.write_str("→"),
            KeyCode::Home => f.write_str("Home"),
            KeyCode::End => f.write_str("End"),
            KeyCode::PageUp => f.write_str("PageUp"),
            KeyCode::PageDown => f.write_str("PageDown"),
            KeyCode::F(n) => write!(f, "F{n}"),
            other => write!(f, "{other:?}"),
        }
    }
}

/// Which fixed key set applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyContext {
    /// Browsing a step: the command table, limited to the sections that apply there.
    Browse(&'static [Section]),
    /// Typing into an input, a picker's filter or a form.
    Text,
    /// A question answered with a letter.
    Prompt,
    /// The help overlay.
    Help,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keymap {
    bindings: Vec<(Command, Vec<KeyChord>)>,
}

impl Default for Keymap {
    fn default() -> Self {
        let bindings = Command::ALL
            .iter()
            .map(|c| {
                let keys = c
                    .default_keys()
                    .iter()
                    .map(|k| KeyChord::parse(k).expect("default keys parse"))
                    .collect();
                (*c, keys)
            })
            .collect();
        Keymap { bindings }
    }
}

impl Keymap {
    /// The defaults with the commands named in `patch` rebound; everything else stays.
    /// All unknown names and bad keys are reported together and nothing is changed for them.
    pub fn patched(patch: &BTreeMap<String, Vec<String>>) -> (Keymap, Vec<String>) {
        let mut map = Keymap::default();
        let mut problems = Vec::new();
        for (name, keys) in patch {
            let Some(cmd) = Command::from_name(name) else {
                problems.push(format!("unknown command '{name}' in the keymap"));
                continue;
            };
            let mut chords = Vec::new();
            let mut ok = true;
            for k in keys {
                match KeyChord::parse(k) {
                    Ok(c) => chords.push(c),
                    Err(e) => {
                        problems.push(format!("{name}: {e}"));
                        ok = false;
                    }
                }
            }
            if ok && let Some(slot) = map.bindings.iter_mut().find(|(c, _)| *c == cmd) {
                slot.1 = chords;
            }
        }
        problems.extend(map.conflicts());
        (map, problems)
    }

    /// Keys bound to two commands that can be active at the same time (the step-specific
    /// sections exclude each other; everything else is active everywhere).
    pub fn conflicts(&self) -> Vec<String> {
        let exclusive = |s: Section| {
            matches!(
                s,
                Section::Remarks
                    | Section::Items
                    | Section::Qualities
                    | Section::Affinity
                    | Section::Planning
                    | Section::Hoq
                    | Section::Report
                    | Section::Present
                    | Section::People
                    | Section::Conflicts
            )
        };
        let mut out = Vec::new();
        for (i, (a, ka)) in self.bindings.iter().enumerate() {
            for (b, kb) in &self.bindings[i + 1..] {
                let (sa, sb) = (a.section(), b.section());
                if exclusive(sa) && exclusive(sb) && sa != sb {
                    continue;
                }
                for k in ka.iter().filter(|k| kb.contains(k)) {
                    out.push(format!(
                        "key {k} is bound to both '{}' and '{}'; '{}' wins",
                        a.name(),
                        b.name(),
                        a.name()
                    ));
                }
            }
        }
        out
    }

    pub fn keys(&self, cmd: Command) -> &[KeyChord] {
        self.bindings
            .iter()
            .find(|(c, _)| *c == cmd)
            .map_or(&[], |(_, k)| k.as_slice())
    }

    /// The keys of a command as text, e.g. "u, Ctrl-z".
    pub fn keys_text(&self, cmd: Command) -> String {
        let keys: Vec<String> = self.keys(cmd).iter().map(|k| k.to_string()).collect();
        keys.join(", ")
    }

    pub fn bindings(&self) -> &[(Command, Vec<KeyChord>)] {
        &self.bindings
    }

    /// The bindings for help and docs: commands with the same description (the step digits)
    /// share one line with all their keys.
    pub fn help_rows(&self) -> Vec<(Section, S, Vec<KeyChord>)> {
        let mut rows: Vec<(Section, S, Vec<KeyChord>)> = Vec::new();
        for (cmd, keys) in &self.bindings {
            match rows.last_mut() {
                Some((sec, desc, k)) if *sec == cmd.section() && *desc == cmd.describe() => {
                    k.extend(keys.iter().copied())
                }
                _ => rows.push((cmd.section(), cmd.describe(), keys.clone())),
            }
        }
        rows
    }

    /// The action a key press means in a context; releases and repeats of other kinds are ignored
    /// by the caller (only `KeyEventKind::Press` reaches here).
    pub fn translate(&self, ctx: KeyContext, ev: &KeyEvent) -> Option<Action> {
        if ev.kind != KeyEventKind::Press {
            return None;
        }
        let chord = KeyChord::from_event(ev);
        let ctrl = chord.mods.contains(KeyModifiers::CONTROL);
        match ctx {
            KeyContext::Browse(sections) => Some(
                self.bindings
                    .iter()
                    .filter(|(c, _)| sections.contains(&c.section()))
                    .find(|(_, keys)| keys.contains(&chord))
                    .map_or(Action::Unbound, |(c, _)| Action::Cmd(*c)),
            ),
            KeyContext::Prompt => Some(match chord.code {
                KeyCode::Esc => Action::Cmd(Command::Cancel),
                KeyCode::Char('c') if ctrl => Action::Cmd(Command::Cancel),
                KeyCode::Enter => Action::Confirm,
                KeyCode::Char(c) if !ctrl => Action::Answer(c.to_ascii_lowercase()),
                _ => Action::Unbound,
            }),
            KeyContext::Help => Some(match chord.code {
                KeyCode::Up => Action::Cmd(Command::Up),
                KeyCode::Down => Action::Cmd(Command::Down),
                KeyCode::PageUp => Action::Cmd(Command::PageUp),
                KeyCode::PageDown => Action::Cmd(Command::PageDown),
                _ => Action::Cmd(Command::Cancel),
            }),
            KeyContext::Text => Some(match chord.code {
                KeyCode::Enter => Action::Confirm,
                KeyCode::Esc => Action::Cmd(Command::Cancel),
                KeyCode::Tab => Action::NextField,
                KeyCode::BackTab => Action::PrevField,
                KeyCode::Up => Action::Cmd(Command::Up),
                KeyCode::Down => Action::Cmd(Command::Down),
                KeyCode::PageUp => Action::Cmd(Command::PageUp),
                KeyCode::PageDown => Action::Cmd(Command::PageDown),
                KeyCode::Left => Action::Text(TextEdit::Left),
                KeyCode::Right => Action::Text(TextEdit::Right),
                KeyCode::Home => Action::Text(TextEdit::Home),
                KeyCode::End => Action::Text(TextEdit::End),
                KeyCode::Backspace => Action::Text(TextEdit::Backspace),
                KeyCode::Delete => Action::Text(TextEdit::Delete),
                KeyCode::Char('a') if ctrl => Action::Text(TextEdit::Home),
                KeyCode::Char('e') if ctrl => Action::Text(TextEdit::End),
                KeyCode::Char('u') if ctrl => Action::Text(TextEdit::ClearToStart),
                KeyCode::Char('k') if ctrl => Action::Text(TextEdit::ClearToEnd),
                KeyCode::Char('w') if ctrl => Action::Text(TextEdit::DeleteWord),
                KeyCode::Char('h') if ctrl => Action::Text(TextEdit::Backspace),
                KeyCode::Char('t') if ctrl => Action::ApplyFirstHint,
                KeyCode::Char('c') if ctrl => Action::Cmd(Command::Cancel),
                KeyCode::Char(_) if ctrl || chord.mods.contains(KeyModifiers::ALT) => {
                    Action::Unbound
                }
                KeyCode::Char(c) => Action::Text(TextEdit::Insert(c)),
                _ => Action::Unbound,
            }),
        }
    }

    /// The fixed keys of text entry, for help and docs: (keys, description).
    pub fn text_keys() -> [(&'static str, S); 6] {
        [
            ("Enter", S::TxtConfirm),
            ("Esc, Ctrl-c", S::TxtCancel),
            ("←, →, Home, End", S::TxtMove),
            ("Backspace, Delete", S::TxtDelete),
            ("Tab, Shift-Tab, ↑, ↓", S::TxtField),
            ("Ctrl-t", S::TxtApply),
        ]
    }

    /// The list of keys as Markdown (docs/keys.md is this text for the default keymap).
    pub fn markdown(&self, lang: Lang) -> String {
        let mut out = String::from(
            "# Keys\n\n\
             The default keys of the terminal UI. Press `?` in the app for the same list.\n\n\
             To change keys, create `keys.ron` in gemba's config folder (on Linux \
             `~/.config/gemba/keys.ron`, on macOS `~/Library/Application Support/gemba/keys.ron`, \
             on Windows `%APPDATA%\\gemba\\config\\keys.ron`) naming only the commands to rebind:\n\n\
             ```ron\n{\n    \"undo\": [\"u\", \"ctrl-z\"],\n    \"kano\": [\"K\"],\n}\n```\n\n\
             Keys are written `a`, `K`, `?`, `ctrl-s`, `alt-x`, `shift-tab`, `enter`, `esc`, `tab`, \
             `up`, `pagedown`, `home`, `delete`, `space`, `f1`. Commands not named keep their keys.\n",
        );
        let mut section = None;
        for (cmd, keys) in &self.bindings {
            if section != Some(cmd.section()) {
                section = Some(cmd.section());
                out.push_str(&format!(
                    "\n## {}\n\n| command | keys | what it does |\n|---|---|---|\n",
                    cmd.section().title().get(lang)
                ));
            }
            let keys: Vec<String> = keys.iter().map(|k| format!("`{k}`")).collect();
            out.push_str(&format!(
                "| {} | {} | {} |\n",
                cmd.name(),
                keys.join(" ").replace('|', "\\|"),
                cmd.describe().get(lang)
            ));
        }
        out.push_str(&format!(
            "\n## {}\n\n| keys | what it does |\n|---|---|\n",
            S::HelpText.get(lang)
        ));
        for (keys, desc) in Keymap::text_keys() {
            out.push_str(&format!("| {keys} | {} |\n", desc.get(lang)));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    const ALL: &[Section] = &[
        Section::Global,
        Section::Move,
        Section::Edit,
        Section::Remarks,
    ];

    #[test]
    fn chords_parse_and_print() {
        for (text, shown) in [
            ("ctrl-s", "Ctrl-s"),
            ("K", "K"),
            ("shift-k", "K"),
            ("shift-tab", "Shift-Tab"),
            ("f1", "F1"),
            ("?", "?"),
            ("space", "Space"),
        ] {
            assert_eq!(KeyChord::parse(text).unwrap().to_string(), shown, "{text}");
        }
        assert!(KeyChord::parse("ctrl-").is_err());
        assert!(KeyChord::parse("hyper-q").is_err());
        assert!(KeyChord::parse("f99").is_err());
    }

    #[test]
    fn presses_become_commands_and_releases_are_ignored() {
        let map = Keymap::default();
        let ctx = KeyContext::Browse(ALL);
        let ctrl_z = press(KeyCode::Char('z'), KeyModifiers::CONTROL);
        assert_eq!(
            map.translate(ctx, &ctrl_z),
            Some(Action::Cmd(Command::Undo))
        );
        let mut release = ctrl_z;
        release.kind = KeyEventKind::Release;
        assert_eq!(map.translate(ctx, &release), None);
        let backtab = press(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert_eq!(
            map.translate(ctx, &backtab),
            Some(Action::Cmd(Command::PrevStep))
        );
        // x means nothing on Remarks, unlink on Items.
        let x = press(KeyCode::Char('x'), KeyModifiers::NONE);
        assert_eq!(map.translate(ctx, &x), Some(Action::Unbound));
        let items = KeyContext::Browse(&[Section::Global, Section::Items]);
        assert_eq!(map.translate(items, &x), Some(Action::Cmd(Command::Unlink)));
        // In text entry letters are text.
        let q = press(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(
            map.translate(KeyContext::Text, &q),
            Some(Action::Text(TextEdit::Insert('q')))
        );
    }

    #[test]
    fn a_patch_rebinds_only_what_it_names() {
        let patch: BTreeMap<String, Vec<String>> =
            ron::from_str(r#"{ "quit": ["Q", "ctrl-q"], "nonsense": ["x"], "save": ["hyper-s"] }"#)
                .unwrap();
        let (map, problems) = Keymap::patched(&patch);
        assert_eq!(map.keys_text(Command::Quit), "Q, Ctrl-q");
        assert_eq!(map.keys_text(Command::Undo), "u, Ctrl-z");
        assert_eq!(map.keys_text(Command::Save), "Ctrl-s");
        assert_eq!(problems.len(), 2, "{problems:?}");
        let ctx = KeyContext::Browse(ALL);
        let q = press(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(map.translate(ctx, &q), Some(Action::Unbound));
        let shift_q = press(KeyCode::Char('Q'), KeyModifiers::SHIFT);
        assert_eq!(
            map.translate(ctx, &shift_q),
            Some(Action::Cmd(Command::Quit))
        );
    }

    #[test]
    fn the_defaults_have_no_conflicts_and_a_patch_reports_them() {
        assert_eq!(Keymap::default().conflicts(), Vec::<String>::new());
        let patch: BTreeMap<String, Vec<String>> =
            ron::from_str(r#"{ "kano": ["a"], "link": ["k"] }"#).unwrap();
        let (_, problems) = Keymap::patched(&patch);
        assert_eq!(
            problems,
            ["key a is bound to both 'add' and 'kano'; 'add' wins"]
        );
    }

    #[test]
    fn docs_keys_md_matches_the_default_keymap() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/keys.md");
        let want = Keymap::default().markdown(Lang::En);
        if std::env::var_os("GEMBA_WRITE_DOCS").is_some() {
            std::fs::write(&path, &want).unwrap();
        }
        let have = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            have == want,
            "docs/keys.md differs from the keymap; regenerate it with \
             GEMBA_WRITE_DOCS=1 cargo test --lib docs_keys_md"
        );
    }
}
