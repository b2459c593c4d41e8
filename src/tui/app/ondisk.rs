//! The project file as others see it: the lock that keeps a second editor out, and noticing
//! when the file changed on disk (another program, a git checkout) so that neither side's work
//! is written over silently.

use crate::store::{self, Acquired, LockInfo, Stamp};
use crate::tui::strings::{S, fill};

use super::{App, Mode, Question, same_content};

impl App {
    /// Takes the project's lock; when someone else holds it, the question to ask instead of
    /// anything else (recovery files belong to the holder then).
    pub(super) fn take_lock(&mut self) -> Option<Question> {
        match store::lock::acquire(&self.path) {
            Ok(Acquired::Fresh(l)) => self.lock = Some(l),
            Ok(Acquired::TookOver(l, old)) => {
                self.info(fill(self.t(S::LockTakenOver), &[&old]));
                self.lock = Some(l);
            }
            Ok(Acquired::Held(holder)) => return Some(Question::Locked(holder)),
            // A folder where no lock can be written (read-only media): edit, but say so.
            Err(e) => self.error(fill(self.t(S::LockFailed), &[&e])),
        }
        None
    }

    /// The answer to [`Question::Locked`]: `r` opens read-only, anything else quits.
    pub(super) fn answer_locked(&mut self, answer: Option<char>) {
        if answer == Some('r') {
            self.read_only = true;
            self.info(self.t(S::OpenedReadOnly));
            self.next_question();
        } else {
            self.quit = true;
        }
    }

    /// Looks whether the project file changed on disk since it was read or saved, and asks what
    /// to do if it did; the event loop calls this now and then. Never interrupts typing or
    /// another question, and asks once per change.
    pub fn check_disk(&mut self) {
        if self.follow {
            // Following: every save shows at once, whatever is open on this screen.
            if store::changed_on_disk(&self.path, self.disk.as_ref()) {
                self.reload();
            }
            return;
        }
        if self.mode != Mode::Browse || !store::changed_on_disk(&self.path, self.disk.as_ref()) {
            return;
        }
        let now = Stamp::of(&self.path);
        if now.is_some() && now == self.disk_told {
            return;
        }
        self.disk_told = now;
        self.mode = Mode::Ask(Question::ChangedOnDisk);
    }

    /// The answer to [`Question::ChangedOnDisk`].
    pub(super) fn answer_changed(&mut self, answer: Option<char>) {
        match answer {
            Some('r') => self.reload(),
            Some('k') => {
                // Told, and chose to write over it: the file's version becomes the backup.
                self.disk = Stamp::of(&self.path);
                if self.save() {
                    self.info(fill(
                        self.t(S::SavedOverChanged),
                        &[&store::backup_path(&store::resolve(&self.path)).display()],
                    ));
                }
            }
            None => {
                self.disk_told = Stamp::of(&self.path);
                self.info(self.t(S::DiskChangeLater));
            }
            Some(_) => self.mode = Mode::Ask(Question::ChangedOnDisk),
        }
    }

    /// Replaces the in-memory project with the file on disk. Unsaved work goes to a recovery
    /// file first (kept and offered at the next start); if that cannot be written, nothing is
    /// reloaded.
    fn reload(&mut self) {
        let (project, stamp) = match store::load_stamped(&self.path) {
            Ok(loaded) => loaded,
            Err(e) => {
                self.disk_told = Stamp::of(&self.path);
                self.error(fill(self.t(S::ReloadFailed), &[&e]));
                return;
            }
        };
        let mut kept = None;
        if self.dirty && !same_content(&self.project, &project) {
            match self.write_recovery() {
                Ok(p) => {
                    self.undecided.push(p.clone());
                    kept = Some(p);
                }
                Err(e) => {
                    self.error(fill(self.t(S::ReloadFailed), &[&e]));
                    return;
                }
            }
        }
        self.disk = Some(stamp);
        self.disk_told = None;
        self.saved = Some(project.clone());
        self.project = project;
        self.undo.clear();
        self.redo.clear();
        self.dirty = false;
        self.generation += 1;
        // A following screen keeps its place; selections of records that went fall back to the
        // first row by themselves.
        if !self.follow {
            self.remark_sel = self.project.remarks.ids().next();
        }
        match kept {
            Some(p) => self.info(fill(self.t(S::ReloadedKept), &[&p.display()])),
            None => self.info(self.t(S::Reloaded)),
        }
    }

    /// Turns this app into a follower: read-only, no lock, no recovery files, reloading on
    /// every save of the file.
    pub fn follow(&mut self) {
        self.follow = true;
        self.read_only = true;
        self.lock = None;
        if matches!(self.mode, Mode::Ask(Question::Locked(_))) {
            self.mode = Mode::Browse;
        }
        self.info(self.t(S::Following));
    }

    /// Who holds the lock, for the question.
    pub fn lock_holder_text(holder: &Option<LockInfo>) -> String {
        holder
            .as_ref()
            .map_or_else(|| "?".to_string(), ToString::to_string)
    }
}
