//! The lock file beside a project open for editing: `name.ron.lock`, a few lines of RON saying
//! which process on which computer holds it, for whom and since when. It keeps two editors (or an
//! editor and an import) from writing over each other's work. A lock whose process is gone (on
//! this computer) is stale and is taken over.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{StoreError, sibling};

/// Who holds a lock.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockInfo {
    pub pid: u32,
    pub host: String,
    pub user: String,
    /// When the lock was taken, as UTC text (`2026-11-26 13:30:00 UTC`).
    pub since: String,
}

impl std::fmt::Display for LockInfo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} on {} (process {}) since {}",
            self.user, self.host, self.pid, self.since
        )
    }
}

impl LockInfo {
    /// This process, now.
    pub fn mine() -> LockInfo {
        LockInfo {
            pid: std::process::id(),
            host: host_name(),
            user: user_name(),
            since: utc_now(),
        }
    }

    fn is_mine(&self) -> bool {
        self.pid == std::process::id() && self.host == host_name()
    }

    /// Whether the holder is known to be gone: a process on this computer that no longer runs.
    /// A lock from another computer is never judged stale.
    pub fn is_stale(&self) -> bool {
        self.host == host_name() && !process_alive(self.pid)
    }
}

/// A held lock; dropping it removes the lock file if it is still this one.
#[derive(Debug)]
pub struct Lock {
    path: PathBuf,
    info: LockInfo,
}

impl Lock {
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        // Another process may have taken it over (judging this one gone): leave theirs alone.
        if read(&self.path).is_some_and(|i| i == self.info) {
            let _ = fs::remove_file(&self.path);
        }
    }
}

/// The outcome of asking for a project's lock.
#[derive(Debug)]
pub enum Acquired {
    /// Nobody held it.
    Fresh(Lock),
    /// A stale lock (its process is gone) was replaced; here is who held it.
    TookOver(Lock, LockInfo),
    /// Someone else holds it; `None` when the lock file cannot be read.
    Held(Option<LockInfo>),
}

/// The lock file of a project: `name.ron.lock`.
pub fn lock_path(project: &Path) -> PathBuf {
    sibling(&super::resolve(project), ".lock")
}

/// Takes the lock of the project at `path` for this process.
pub fn acquire(path: &Path) -> Result<Acquired, StoreError> {
    let lock = lock_path(path);
    let mut took_over = None;
    // Two rounds at most: one to find a stale lock, one to take its place.
    for _ in 0..2 {
        match create(&lock) {
            Ok(l) => {
                return Ok(match took_over {
                    Some(old) => Acquired::TookOver(l, old),
                    None => Acquired::Fresh(l),
                });
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                let holder = read(&lock);
                match holder {
                    Some(h) if h.is_mine() => {
                        // This process holds it already (a second window on the same file).
                        return Ok(Acquired::Held(Some(h)));
                    }
                    Some(h) if h.is_stale() && took_over.is_none() => {
                        fs::remove_file(&lock).map_err(|source| StoreError::Io {
                            path: lock.clone(),
                            source,
                        })?;
                        took_over = Some(h);
                    }
                    other => return Ok(Acquired::Held(other)),
                }
            }
            Err(source) => return Err(StoreError::Io { path: lock, source }),
        }
    }
    Ok(Acquired::Held(read(&lock)))
}

/// Who holds the project's lock, if a live process (or an unreadable lock file) does. Stale
/// locks and this process's own lock count as free.
pub fn holder(path: &Path) -> Option<Option<LockInfo>> {
    let lock = lock_path(path);
    if !lock.exists() {
        return None;
    }
    match read(&lock) {
        Some(h) if h.is_stale() || h.is_mine() => None,
        other => Some(other),
    }
}

fn create(lock: &Path) -> std::io::Result<Lock> {
    let info = LockInfo::mine();
    let text = ron::ser::to_string_pretty(&info, ron::ser::PrettyConfig::new().indentor("    "))
        .map_err(std::io::Error::other)?;
    let mut f = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(lock)?;
    let written = f
        .write_all(format!("{text}\n").as_bytes())
        .and_then(|_| f.sync_all());
    if let Err(e) = written {
        let _ = fs::remove_file(lock);
        return Err(e);
    }
    Ok(Lock {
        path: lock.to_path_buf(),
        info,
    })
}

fn read(lock: &Path) -> Option<LockInfo> {
    let text = fs::read_to_string(lock).ok()?;
    ron::from_str(&text).ok()
}

#[cfg(unix)]
fn process_alive(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return false;
    };
    if pid <= 0 {
        return false;
    }
    // Signal 0 checks existence only; EPERM means it exists but belongs to someone else.
    // SAFETY: kill with signal 0 sends nothing and touches no memory.
    let r = unsafe { libc::kill(pid, 0) };
    r == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

#[cfg(not(unix))]
fn process_alive(_pid: u32) -> bool {
    // No cheap check here: never judge a lock stale.
    true
}

#[cfg(unix)]
fn host_name() -> String {
    let mut buf = [0u8; 256];
    // SAFETY: the buffer is valid for its length; gethostname writes at most that many bytes.
    let r = unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len()) };
    if r == 0 {
        let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
        let name = String::from_utf8_lossy(&buf[..end]).into_owned();
        if !name.is_empty() {
            return name;
        }
    }
    std::env::var("HOSTNAME").unwrap_or_else(|_| "unknown".into())
}

#[cfg(not(unix))]
fn host_name() -> String {
    std::env::var("COMPUTERNAME").unwrap_or_else(|_| "unknown".into())
}

fn user_name() -> String {
    ["USER", "LOGNAME", "USERNAME"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
        .unwrap_or_else(|| "unknown".into())
}

fn utc_now() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    utc_text(secs)
}

/// Seconds since 1970 as `YYYY-MM-DD hh:mm:ss UTC` (the civil-from-days algorithm).
fn utc_text(secs: u64) -> String {
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02} UTC",
        rem / 3600,
        rem / 60 % 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_text_is_the_calendar_date() {
        assert_eq!(utc_text(0), "1970-01-01 00:00:00 UTC");
        assert_eq!(utc_text(951_782_400), "2000-02-29 00:00:00 UTC");
        assert_eq!(utc_text(1_795_701_000), "2026-11-26 13:50:00 UTC");
    }

    #[test]
    fn a_lock_is_exclusive_readable_and_released() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.ron");
        let Acquired::Fresh(lock) = acquire(&path).unwrap() else {
            panic!("not fresh");
        };
        let text = fs::read_to_string(lock_path(&path)).unwrap();
        assert!(
            text.contains(&format!("pid: {}", std::process::id())),
            "{text}"
        );
        // This process asking again (a second window) is told it is held.
        assert!(matches!(acquire(&path).unwrap(), Acquired::Held(Some(_))));
        drop(lock);
        assert!(!lock_path(&path).exists());
    }

    #[cfg(unix)]
    #[test]
    fn a_lock_of_a_gone_process_is_taken_over_and_a_live_one_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.ron");
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let gone = child.id();
        child.wait().unwrap();
        let write = |pid: u32| {
            let info = LockInfo {
                pid,
                ..LockInfo::mine()
            };
            fs::write(lock_path(&path), ron::to_string(&info).unwrap()).unwrap();
        };
        write(gone);
        assert_eq!(holder(&path), None);
        match acquire(&path).unwrap() {
            Acquired::TookOver(_, old) => assert_eq!(old.pid, gone),
            other => panic!("{other:?}"),
        }
        // The parent of this test process is alive (and not this process).
        let parent = std::os::unix::process::parent_id();
        write(parent);
        assert!(matches!(holder(&path), Some(Some(h)) if h.pid == parent));
        assert!(matches!(acquire(&path).unwrap(), Acquired::Held(Some(h)) if h.pid == parent));
        // Another computer's lock is never judged stale.
        let far = LockInfo {
            pid: gone,
            host: "elsewhere".into(),
            ..LockInfo::mine()
        };
        fs::write(lock_path(&path), ron::to_string(&far).unwrap()).unwrap();
        assert!(matches!(acquire(&path).unwrap(), Acquired::Held(Some(_))));
    }
}
