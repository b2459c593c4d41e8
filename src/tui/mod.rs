//! The terminal app for workshops: remarks → requirement items → demanded qualities, live.
//!
//! Elm-style: [`app::App`] is the state, [`action::Action`] what the user asks for,
//! [`app::update`] the one place state changes and [`view::view`] draws it. Keys become actions
//! through [`keymap::Keymap`]; every UI string lives in [`strings`].

pub mod action;
pub mod app;
pub mod config;
pub mod guard;
pub mod hints;
pub mod keymap;
pub mod strings;
pub mod view;
pub mod widgets;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use anyhow::Context;
use ratatui::crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste, Event};
use ratatui::crossterm::execute;

use crate::model::Project;

pub use app::{App, Settings, update};
pub use strings::Lang;

/// How the terminal app was asked to open a project.
#[derive(Debug, Clone, Default)]
pub struct TuiOptions {
    /// Show everything, change nothing.
    pub read_only: bool,
    /// The UI language; when none, the config file and then the locale decide.
    pub language: Option<Lang>,
    /// Read-only, reloading whenever the file is saved (a second terminal on the projector).
    pub follow: bool,
}

/// The in-memory project the panic hook writes out. Kept up to date by the event loop after
/// every change (changes come at typing speed, so a copy per change is cheap).
pub struct Rescue {
    slot: Mutex<Option<(PathBuf, Project, Lang)>>,
}

impl Rescue {
    pub const fn new() -> Self {
        Rescue {
            slot: Mutex::new(None),
        }
    }

    /// Keeps a copy of the project, where it belongs and the language to report in.
    pub fn keep(&self, path: &Path, project: &Project, lang: Lang) {
        self.keep_to(&crate::store::recovery_path(path), project, lang);
    }

    /// Keeps a copy of the project, the recovery file it goes to and the language to report in.
    pub fn keep_to(&self, recovery_file: &Path, project: &Project, lang: Lang) {
        if let Ok(mut slot) = self.slot.lock() {
            *slot = Some((recovery_file.to_path_buf(), project.clone(), lang));
        }
    }

    pub fn clear(&self) {
        if let Ok(mut slot) = self.slot.lock() {
            *slot = None;
        }
    }

    /// Writes the kept project to its recovery file and returns the message to print; what the
    /// panic hook calls. Never blocks: if the lock is held (a panic while updating it), nothing
    /// is written.
    pub fn write(&self) -> Option<(Result<PathBuf, String>, Lang)> {
        let slot = self.slot.try_lock().ok()?;
        let (rec, project, lang) = slot.as_ref()?;
        Some((
            app::write_recovery_to(project, rec).map_err(|e| e.to_string()),
            *lang,
        ))
    }
}

impl Default for Rescue {
    fn default() -> Self {
        Rescue::new()
    }
}

static RESCUE: Rescue = Rescue::new();

/// How often the event loop looks whether the project file changed on disk.
const DISK_CHECK_EVERY: Duration = Duration::from_secs(2);
/// How often a following screen looks for a new save: soon enough that the room sees it at once.
const FOLLOW_CHECK_EVERY: Duration = Duration::from_millis(300);

/// The message printed after a crash: where the unsaved work went.
pub fn rescue_message(result: &Result<PathBuf, String>, lang: Lang) -> String {
    match result {
        Ok(p) => strings::fill(strings::S::RescueWritten.get(lang), &[&p.display()]),
        Err(e) => strings::fill(strings::S::RescueFailed.get(lang), &[e]),
    }
}

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // Contained work that failed is caught; the workshop goes on, on the screen as it was.
        if guard::containing() {
            return;
        }
        ratatui::restore();
        let _ = execute!(std::io::stdout(), DisableBracketedPaste);
        if let Some((result, lang)) = RESCUE.write() {
            let _ = writeln!(std::io::stderr(), "{}", rescue_message(&result, lang));
        }
        previous(info);
    }));
}

/// The settings the app starts with: language from the option, the config file or the locale;
/// keys from the defaults patched by the user's keymap file; colour unless NO_COLOR is set.
pub fn settings(options: &TuiOptions) -> (Settings, Vec<String>) {
    let cfg = config::load();
    let lang = options
        .language
        .or(cfg.lang)
        .or_else(|| Lang::from_locale(|k| std::env::var(k).ok()))
        .unwrap_or_default();
    let color = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    (
        Settings {
            read_only: options.read_only,
            lang,
            keymap: cfg.keymap,
            color,
        },
        cfg.problems,
    )
}

/// Opens the project at `path` in the terminal app and runs until the user quits.
pub fn run(path: &Path, options: TuiOptions) -> anyhow::Result<()> {
    let (settings, problems) = settings(&options);
    let mut app =
        App::start(path, settings).with_context(|| format!("cannot open {}", path.display()))?;
    if options.follow {
        app.follow();
    }
    if !problems.is_empty() {
        let mut text = problems.join("; ");
        if let Some(s) = &app.status {
            text = format!("{}; {text}", s.text);
        }
        app.error(text);
    }
    install_panic_hook();
    let mut terminal = ratatui::try_init().context("cannot set up the terminal")?;
    let _ = execute!(std::io::stdout(), EnableBracketedPaste);
    let result = event_loop(&mut terminal, &mut app);
    let _ = execute!(std::io::stdout(), DisableBracketedPaste);
    ratatui::restore();
    let result = finish(&mut app, result);
    RESCUE.clear();
    result
}

/// What happens to the recovery files when the app ends. A clean end with nothing unsaved
/// removes this session's own recovery file only: files kept for a later decision stay. An
/// error ends the app like a panic does: unsaved work is kept, and the message says where.
pub fn finish(app: &mut App, result: anyhow::Result<()>) -> anyhow::Result<()> {
    match result {
        Ok(()) => {
            if !app.is_dirty() && !app.read_only {
                let _ = std::fs::remove_file(app.recovery_file());
            }
            Ok(())
        }
        Err(e) => {
            // An error ends the app like a panic does: keep the work, say where.
            let saved = if app.is_dirty() && !app.read_only {
                app.write_recovery().ok()
            } else {
                None
            };
            match saved {
                Some(p) => Err(e.context(format!(
                    "the terminal app stopped; unsaved work was written to {}",
                    p.display()
                ))),
                None => Err(e),
            }
        }
    }
}

/// Turns a key event into an action through the app's keymap and applies it; key releases and
/// repeats are ignored.
pub fn handle_key(app: &mut App, key: &event::KeyEvent) {
    if let Some(action) = app.keymap.translate(app.key_context(), key) {
        update(app, action);
    }
}

/// Applies one terminal event: keys through the keymap, a bracketed paste as one paste. What the
/// event loop does with every event, and what tests send.
pub fn handle_event(app: &mut App, ev: &Event) {
    match ev {
        Event::Key(key) => handle_key(app, key),
        Event::Paste(text) => update(app, action::Action::Paste(text.clone())),
        _ => {}
    }
}

fn event_loop(terminal: &mut ratatui::DefaultTerminal, app: &mut App) -> anyhow::Result<()> {
    let mut written = app.generation;
    let mut kept = u64::MAX;
    let mut last_write = Instant::now();
    let mut last_disk_check = Instant::now();
    loop {
        if app.generation != kept {
            RESCUE.keep_to(&app.recovery_file(), &app.project, app.lang);
            kept = app.generation;
        }
        terminal.draw(|f| view::view(app, f))?;
        if app.quit {
            return Ok(());
        }
        // Work done in the background (affinity suggestions) shows up without a key press.
        if app.tick() {
            continue;
        }
        // Queued work (a report being written) goes on between draws, so progress shows and
        // keys such as Esc still reach the app.
        let wait = if app.busy() {
            Duration::ZERO
        } else if app.working() {
            Duration::from_millis(100)
        } else if app.follow {
            FOLLOW_CHECK_EVERY
        } else {
            Duration::from_millis(500)
        };
        if event::poll(wait)? {
            // Take everything that is waiting (a burst of resizes draws once).
            loop {
                handle_event(app, &event::read()?);
                if app.quit || !event::poll(Duration::ZERO)? {
                    break;
                }
            }
        }
        if app.busy() {
            app.work();
        }
        // Someone else changing the file (another program, a git checkout) is noticed soon, not
        // only at the next save.
        let every = if app.follow {
            FOLLOW_CHECK_EVERY
        } else {
            DISK_CHECK_EVERY
        };
        if last_disk_check.elapsed() >= every {
            app.check_disk();
            last_disk_check = Instant::now();
        }
        // Autosave to the recovery file: after edits, at most every AUTOSAVE_AFTER.
        if app.autosave_due(written, last_write.elapsed()) {
            if let Err(e) = app.write_recovery() {
                app.error(e.to_string());
            }
            written = app.generation;
            last_write = Instant::now();
        }
    }
}

#[cfg(test)]
mod test_support;

#[cfg(test)]
mod items_tests;
#[cfg(test)]
mod keys_tests;
#[cfg(test)]
mod qualities_tests;
#[cfg(test)]
mod recovery_tests;
#[cfg(test)]
mod remarks_tests;
#[cfg(test)]
mod report_tests;
#[cfg(test)]
mod snapshot_tests;

#[cfg(test)]
mod planning_tests;

#[cfg(test)]
mod fields_tests;
#[cfg(test)]
mod workshop_tests;

#[cfg(test)]
mod hoq_tests;

#[cfg(test)]
mod store_tests;

#[cfg(test)]
mod import_tests;

#[cfg(test)]
mod conflicts_tests;
