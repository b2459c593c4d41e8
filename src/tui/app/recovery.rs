//! Recovery files: the work a crash left behind. A recovery file is only removed once the user
//! chose to recover it (and saved, or quit without saving) or to discard it; one kept for a later
//! decision is never written over, so this session's work goes to the next free numbered file.

use std::fs;
use std::path::PathBuf;

use crate::model::Project;
use crate::store;

use super::{App, Question, modified, same_content};
use crate::tui::strings::{S, fill};

/// A recovery file offered at start.
#[derive(Debug, Clone, PartialEq)]
pub struct Recovery {
    pub project: Project,
    pub path: PathBuf,
    /// The project file was written after the recovery file (an import, a git pull): recovering
    /// replaces those changes.
    pub project_changed: bool,
}

impl App {
    /// The questions for the recovery files beside the project, first file first. Each one is
    /// kept untouched until the user answers; one that cannot be read is kept and reported.
    pub(super) fn recovery_questions(&mut self) -> Vec<Question> {
        let mut questions = Vec::new();
        for rec in store::recovery_files(&self.path) {
            match store::load(&rec) {
                // Nothing in it that the project does not hold: there is nothing to decide.
                Ok(p) if self.saved.as_ref().is_some_and(|s| same_content(s, &p)) => {
                    let _ = fs::remove_file(&rec);
                }
                Ok(project) => {
                    let project_changed = matches!(
                        (modified(&rec), modified(&self.path)),
                        (Some(r), Some(p)) if p > r
                    );
                    self.undecided.push(rec.clone());
                    questions.push(Question::Recover(Box::new(Recovery {
                        project,
                        path: rec,
                        project_changed,
                    })));
                }
                Err(e) => {
                    self.undecided.push(rec.clone());
                    self.error(fill(
                        S::RecoveryUnreadable.get(self.lang),
                        &[&rec.display(), &e.to_string()],
                    ));
                }
            }
        }
        questions
    }

    /// Where this session writes its own recovery file: the usual one unless that waits for a
    /// decision, then the first numbered one that does not.
    pub fn recovery_file(&self) -> PathBuf {
        (1..)
            .map(|n| store::numbered_recovery_path(&self.path, n))
            .find(|p| !self.undecided.contains(p))
            .expect("fewer undecided recovery files than numbers")
    }

    /// The user chose to recover `r`: its content becomes the project (unsaved).
    pub(super) fn recover(&mut self, r: Recovery) {
        self.project = r.project;
        self.remark_sel = self.project.remarks.ids().next();
        self.changed();
        self.undecided.retain(|p| *p != r.path);
        self.info(fill(self.t(S::Recovered), &[&r.path.display()]));
        self.recovered.push(r.path);
    }

    /// The user chose to discard the recovery file at `path`.
    pub(super) fn discard_recovery(&mut self, path: &PathBuf) {
        self.undecided.retain(|p| p != path);
        let _ = fs::remove_file(path);
        self.info(self.t(S::RecoveryDiscarded));
    }

    /// The work in this session's recovery file and in the files the user recovered from is now
    /// saved, or the user chose to drop it: those files go. Undecided ones stay.
    pub(super) fn drop_own_recovery(&mut self) {
        let own = self.recovery_file();
        for p in self.recovered.drain(..).chain([own]) {
            if !self.undecided.contains(&p) {
                let _ = fs::remove_file(&p);
            }
        }
    }

    /// Whether recovery files wait for a decision (offered again at the next start).
    pub fn recovery_undecided(&self) -> bool {
        !self.undecided.is_empty()
    }
}
