//! Project files: RON text that people can read, review and diff. Saving is deterministic and
//! atomic and keeps the previous file as a backup; loading names file:line:column on any error and
//! migrates older formats.

use std::fs;
use std::hash::{Hash, Hasher};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use ron::extensions::Extensions;
use serde::Deserialize;

use crate::model::{FORMAT, Project};

pub mod lock;
pub use lock::{Acquired, Lock, LockInfo};

/// Why a project file could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A file could not be written; the reason speaks of the file and folder the user named,
    /// never of the temporary file the write goes through.
    #[error("cannot write {path}: {reason}")]
    Write { path: PathBuf, reason: String },
    #[error("{path}:{line}:{column}: {message}")]
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error(
        "{path}: written in file format {found}, but this build of gemba reads formats 1 to {FORMAT}; \
         use a newer gemba"
    )]
    TooNew { path: PathBuf, found: u32 },
    #[error("{path}: unknown file format {found} (this build reads formats 1 to {FORMAT})")]
    UnknownFormat { path: PathBuf, found: u32 },
    #[error("{path}: {message}")]
    Serialize { path: PathBuf, message: String },
    #[error(
        "{path} is read-only (its permissions forbid writing), so it was not replaced; make it \
         writable to save (chmod u+w)"
    )]
    ReadOnlyFile { path: PathBuf },
    #[error(
        "{path} changed on disk since it was read (another program, a git checkout?); \
         not saved, so that those changes are not lost"
    )]
    ChangedOnDisk { path: PathBuf },
}

/// What a project file looked like when it was last read or written: enough to notice that
/// someone else changed it since.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    modified: Option<SystemTime>,
    len: u64,
    hash: u64,
}

impl Stamp {
    /// The file as it is now; none if it does not exist or cannot be read.
    pub fn of(path: &Path) -> Option<Stamp> {
        let meta = fs::metadata(path).ok()?;
        let bytes = fs::read(path).ok()?;
        Some(Stamp {
            modified: meta.modified().ok(),
            len: meta.len(),
            hash: hash(&bytes),
        })
    }
}

fn hash(bytes: &[u8]) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut h);
    h.finish()
}

/// Whether the file at `path` differs from what `known` recorded (none: there was no file).
/// Time and size are looked at first; the content is read only when one of them moved, so a
/// file touched but not changed (a checkout of the same content) does not count.
pub fn changed_on_disk(path: &Path, known: Option<&Stamp>) -> bool {
    let Some(known) = known else {
        return path.exists();
    };
    let Ok(meta) = fs::metadata(path) else {
        // Gone (moved away, branch without it): a save would simply write it again.
        return false;
    };
    if meta.modified().ok() == known.modified && meta.len() == known.len {
        return false;
    }
    fs::read(path).map_or(true, |b| hash(&b) != known.hash)
}

/// Saves like [`save`], but refuses with [`StoreError::ChangedOnDisk`] when the file is no longer
/// what `known` recorded; returns the stamp of the file written.
pub fn save_checked(
    project: &Project,
    path: &Path,
    known: Option<&Stamp>,
) -> Result<Option<Stamp>, StoreError> {
    if changed_on_disk(path, known) {
        return Err(StoreError::ChangedOnDisk {
            path: path.to_path_buf(),
        });
    }
    save(project, path)?;
    Ok(Stamp::of(path))
}

/// The file a path names, following symbolic links (a link to a missing file gives the
/// missing target); any other path as it is.
pub fn resolve(path: &Path) -> PathBuf {
    let mut p = path.to_path_buf();
    // A bounded walk: a loop of links ends here and the write then fails with the system's error.
    for _ in 0..40 {
        match fs::symlink_metadata(&p) {
            Ok(m) if m.file_type().is_symlink() => match fs::read_link(&p) {
                Ok(target) => {
                    p = match p.parent() {
                        Some(dir) if target.is_relative() => dir.join(target),
                        _ => target,
                    };
                }
                Err(_) => return p,
            },
            _ => return p,
        }
    }
    p
}

fn options() -> ron::Options {
    ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME)
}

fn pretty() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new()
        .indentor("    ")
        .struct_names(false)
        .extensions(Extensions::IMPLICIT_SOME)
}

/// The project as file text. Same project, same bytes.
pub fn to_ron(project: &Project) -> Result<String, ron::Error> {
    let mut text = options().to_string_pretty(project, pretty())?;
    text.push('\n');
    Ok(text)
}

/// Just enough of a file to learn its format version.
#[derive(Deserialize)]
struct FormatPeek {
    format: u32,
}

/// Reads a project from file text; `path` is used in messages only.
pub fn from_ron(text: &str, path: &Path) -> Result<Project, StoreError> {
    let syntax = |e: ron::error::SpannedError| StoreError::Syntax {
        path: path.to_path_buf(),
        line: e.span.start.line,
        column: e.span.start.col,
        message: describe(&e.code),
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Learn the version first so a newer file is refused with that reason, not a field error.
    if let Ok(peek) = options().from_str::<FormatPeek>(text) {
        if peek.format > FORMAT {
            return Err(StoreError::TooNew {
                path: path.to_path_buf(),
                found: peek.format,
            });
        }
        if peek.format == 0 {
            return Err(StoreError::UnknownFormat {
                path: path.to_path_buf(),
                found: 0,
            });
        }
        // Formats older than FORMAT are migrated here, one step at a time, when they exist.
    }
    let mut project: Project = options().from_str(text).map_err(syntax)?;
    normalize(&mut project);
    Ok(project)
}

/// Brings a loaded project into the in-memory invariants: sorted tables, id counters that cover
/// every id present, text without invisible characters (which every edit also removes).
pub fn normalize(project: &mut Project) {
    project.clean_text();
    project.normalize();
}

/// RON's error, worded for someone editing the file by hand.
fn describe(code: &ron::Error) -> String {
    use ron::Error as E;
    match code {
        E::MissingStructField { field, outer } => match outer {
            Some(o) => format!("'{o}' is missing its field '{field}'"),
            None => format!("missing field '{field}'"),
        },
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => {
            let place = outer
                .as_deref()
                .map(|o| format!(" in '{o}'"))
                .unwrap_or_default();
            format!(
                "unknown field '{found}'{place}; expected one of: {}",
                expected.join(", ")
            )
        }
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => {
            let place = outer
                .as_deref()
                .map(|o| format!(" for '{o}'"))
                .unwrap_or_default();
            format!(
                "unknown value '{found}'{place}; expected one of: {}",
                expected.join(", ")
            )
        }
        other => other.to_string(),
    }
}

/// Reads and parses a project file.
pub fn load(path: &Path) -> Result<Project, StoreError> {
    load_stamped(path).map(|(p, _)| p)
}

/// Reads and parses a project file, with the stamp of the very bytes read, to check before
/// saving that nobody changed the file since (see [`save_checked`]).
pub fn load_stamped(path: &Path) -> Result<(Project, Stamp), StoreError> {
    let meta = fs::metadata(path).map_err(io(path))?;
    let bytes = fs::read(path).map_err(|source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let stamp = Stamp {
        modified: meta.modified().ok(),
        len: meta.len(),
        hash: hash(&bytes),
    };
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let good = std::str::from_utf8(good).unwrap_or_default();
            let line = good.matches('\n').count() + 1;
            let column = good.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            return Err(StoreError::Syntax {
                path: path.to_path_buf(),
                line,
                column,
                message: "the file is not valid UTF-8 text".into(),
            });
        }
    };
    from_ron(&text, path).map(|p| (p, stamp))
}

/// The backup kept beside a project file: `name.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    sibling(path, ".bak")
}

/// The crash-recovery file beside a project file: `name.ron.recover`.
pub fn recovery_path(path: &Path) -> PathBuf {
    sibling(path, ".recover")
}

/// Every recovery file beside a project, the usual one first: `name.ron.recover`, then
/// `name.ron.recover.2`, `.3`, … (written while an earlier one waited for a decision).
pub fn recovery_files(path: &Path) -> Vec<PathBuf> {
    let first = recovery_path(path);
    let mut found: Vec<(u32, PathBuf)> = Vec::new();
    if first.exists() {
        found.push((1, first.clone()));
    }
    let prefix = format!(
        "{}.",
        first.file_name().unwrap_or_default().to_string_lossy()
    );
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    if let Ok(entries) = fs::read_dir(dir) {
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if let Some(n) = name
                .strip_prefix(&prefix)
                .and_then(|n| n.parse::<u32>().ok())
                && n >= 2
            {
                found.push((n, first.with_file_name(&name)));
            }
        }
    }
    found.sort();
    found.into_iter().map(|(_, p)| p).collect()
}

/// The `n`th recovery file of a project: 1 is `name.ron.recover`, 2 `name.ron.recover.2`, …
pub fn numbered_recovery_path(path: &Path, n: u32) -> PathBuf {
    if n <= 1 {
        recovery_path(path)
    } else {
        sibling(path, &format!(".recover.{n}"))
    }
}

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

/// Saves atomically: the text goes to a temporary file in the same folder, is synced, and replaces
/// the target by rename; the previous file is first copied to the backup. A symbolic link is
/// followed: the file it points to is replaced (and backed up beside it), the link stays.
pub fn save(project: &Project, path: &Path) -> Result<(), StoreError> {
    let path = &resolve(path);
    let text = to_ron(project).map_err(|e| StoreError::Serialize {
        path: path.to_path_buf(),
        message: e.to_string(),
    })?;
    refuse_read_only(path)?;
    remove_stale_temp_files(path);
    if path.exists() {
        let old = fs::read(path).map_err(io(path))?;
        // Nothing changed: the backup keeps the version before the last real change.
        if old == text.as_bytes() {
            return Ok(());
        }
        write_atomic(&backup_path(path), &old)?;
    }
    write_atomic(path, text.as_bytes())
}

/// Writes a new project file where none exists; refuses to replace a file (and leaves any
/// backup lying there alone).
pub fn create(project: &Project, path: &Path) -> Result<(), StoreError> {
    let text = to_ron(project).map_err(|e| StoreError::Serialize {
        path: path.to_path_buf(),
        message: e.to_string(),
    })?;
    let cannot = |source: std::io::Error| StoreError::Write {
        path: path.to_path_buf(),
        reason: why_not_written(path, folder(path), &source),
    };
    let mut f = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| match e.kind() {
            // Someone else's file: the caller says so in its own words.
            std::io::ErrorKind::AlreadyExists => io(path)(e),
            _ => cannot(e),
        })?;
    let written = f.write_all(text.as_bytes()).and_then(|_| f.sync_all());
    if let Err(source) = written {
        drop(f);
        let _ = fs::remove_file(path);
        return Err(cannot(source));
    }
    Ok(())
}

/// A file whose permissions forbid writing is someone's decision: never replace it.
fn refuse_read_only(path: &Path) -> Result<(), StoreError> {
    match fs::metadata(path) {
        Ok(m) if m.permissions().readonly() => Err(StoreError::ReadOnlyFile {
            path: path.to_path_buf(),
        }),
        _ => Ok(()),
    }
}

/// How old a temporary file must be before it is taken for one left by a killed save rather
/// than one being written right now.
const STALE_TEMP_AFTER: std::time::Duration = std::time::Duration::from_secs(15 * 60);

/// The name start of the temporary files of saves of `path`: `.gemba-NAME-`.
fn temp_prefix(path: &Path) -> String {
    format!(
        ".gemba-{}-",
        path.file_name().unwrap_or_default().to_string_lossy()
    )
}

/// Whether `name` is a temporary file of a write of the project `file` or of its backup or
/// recovery files: `.gemba-FILE-x1Y2z3.tmp`, `.gemba-FILE.bak-….tmp`, `.gemba-FILE.recover-….tmp`,
/// `.gemba-FILE.recover.2-….tmp`. The random part is letters and digits only, so a project named
/// `FILE-x` or `FILE.backup` never matches.
fn is_own_temp(name: &str, file: &str) -> bool {
    let Some(rest) = name
        .strip_prefix(".gemba-")
        .and_then(|r| r.strip_prefix(file))
        .and_then(|r| r.strip_suffix(".tmp"))
    else {
        return false;
    };
    let rest = rest
        .strip_prefix(".bak")
        .or_else(|| {
            rest.strip_prefix(".recover")
                .map(|r| match r.strip_prefix('.') {
                    Some(n) => n.trim_start_matches(|c: char| c.is_ascii_digit()),
                    None => r,
                })
        })
        .unwrap_or(rest);
    rest.strip_prefix('-').is_some_and(|random| {
        !random.is_empty() && random.chars().all(|c| c.is_ascii_alphanumeric())
    })
}

/// Removes temporary files that writes of this project (and its backup and recovery files) left
/// behind when killed: only gemba's own, only ones untouched for a while.
fn remove_stale_temp_files(path: &Path) {
    let dir = folder(path);
    let file = path.file_name().unwrap_or_default().to_string_lossy();
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let now = SystemTime::now();
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if !is_own_temp(&name, &file) {
            continue;
        }
        let old = e
            .metadata()
            .ok()
            .filter(|m| m.is_file())
            .and_then(|m| m.modified().ok())
            .and_then(|t| now.duration_since(t).ok())
            .is_some_and(|age| age >= STALE_TEMP_AFTER);
        if old {
            let _ = fs::remove_file(e.path());
        }
    }
}

fn folder(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

fn io(path: &Path) -> impl Fn(std::io::Error) -> StoreError + '_ {
    move |source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Writes bytes so that the file is either wholly old or wholly new, even after a crash. Through
/// a symbolic link, the file it points to is written and the link kept.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let path = &resolve(path);
    refuse_read_only(path)?;
    let dir = folder(path);
    let cannot = |source: std::io::Error| StoreError::Write {
        path: path.to_path_buf(),
        reason: why_not_written(path, dir, &source),
    };
    let prefix = temp_prefix(path);
    let mut tmp = tempfile::Builder::new()
        .prefix(&prefix)
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(cannot)?;
    // Through the plain file: the temporary file's own writer adds its name to every error.
    tmp.as_file_mut().write_all(bytes).map_err(cannot)?;
    match_permissions(tmp.path(), path).map_err(cannot)?;
    tmp.as_file().sync_all().map_err(cannot)?;
    tmp.persist(path).map_err(|e| cannot(e.error))?;
    // Make the rename itself durable where the platform allows syncing a folder.
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Why `path` could not be written into `dir`, said of the folders the user named: a missing
/// folder or a file in the way is found by looking, the rest comes from the system.
fn why_not_written(path: &Path, dir: &Path, e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    if let Some(there) = dir.ancestors().find(|a| a.exists()) {
        if !there.is_dir() {
            return format!("{} is a file, not a folder", there.display());
        }
        if there != dir {
            return format!("the folder {} does not exist", dir.display());
        }
    }
    if path.is_dir() {
        return "it is a folder".to_string();
    }
    match e.kind() {
        ErrorKind::PermissionDenied => {
            format!("no permission to write in the folder {}", dir.display())
        }
        ErrorKind::ReadOnlyFilesystem => {
            format!("the folder {} is on a read-only disk", dir.display())
        }
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => {
            "the disk is full (or the quota used up)".to_string()
        }
        // The system's words, without the temporary file's name that tempfile appends to the
        // errors of creating it.
        _ => {
            let text = e.to_string();
            match text.split_once(" at path \"") {
                Some((reason, _)) => reason.to_string(),
                None => text,
            }
        }
    }
}

/// Temporary files are private to their owner; the saved file keeps the permissions of the file
/// it replaces, or the usual ones for a new document.
#[cfg(unix)]
fn match_permissions(tmp: &Path, target: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let permissions = match fs::metadata(target) {
        Ok(m) => m.permissions(),
        Err(_) => fs::Permissions::from_mode(0o644),
    };
    fs::set_permissions(tmp, permissions)
}

#[cfg(not(unix))]
fn match_permissions(_tmp: &Path, _target: &Path) -> std::io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests;
