//! The real binary in a real terminal (tmux): a workshop from an empty file to a saved project,
//! Chinese included, with undo and redo on the way.

use std::path::Path;
use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

use crate::Scratch;

/// A tmux session running one command, killed when dropped. Each has its own tmux server (`-L`),
/// so a session that ends (gemba quit or was killed) never takes another test's server with it.
pub(crate) struct Terminal {
    pub(crate) name: String,
}

impl Terminal {
    pub(crate) fn start(command: &str) -> Terminal {
        let ok = Command::new("tmux")
            .arg("-V")
            .output()
            .is_ok_and(|o| o.status.success());
        assert!(
            ok,
            "tmux is needed for the end-to-end tests (apt-get install tmux)"
        );
        let name = format!("gemba-e2e-{}-{}", std::process::id(), rand_suffix());
        let status = Command::new("tmux")
            .args(["-L", &name])
            .args([
                "-u",
                "new-session",
                "-d",
                "-s",
                &name,
                "-x",
                "100",
                "-y",
                "30",
            ])
            .arg(command)
            .env("LANG", "C.UTF-8")
            .env("NO_COLOR", "1")
            .status()
            .unwrap();
        assert!(status.success());
        Terminal { name }
    }

    pub(crate) fn screen(&self) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.name])
            .args(["capture-pane", "-p", "-t", &self.name])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Waits until the screen shows `text` (the app redraws asynchronously).
    pub(crate) fn wait_for(&self, text: &str) {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "the screen never showed {text:?}:\n{screen}"
            );
            sleep(Duration::from_millis(50));
        }
    }

    /// Types keys (tmux key names such as Enter, Escape, C-s, or literal text).
    pub(crate) fn keys(&self, keys: &[&str]) {
        for k in keys {
            let status = Command::new("tmux")
                .args(["-L", &self.name])
                .args(["send-keys", "-t", &self.name])
                .arg(k)
                .status()
                .unwrap();
            assert!(status.success());
            sleep(Duration::from_millis(60));
        }
    }

    pub(crate) fn alive(&self) -> bool {
        Command::new("tmux")
            .args(["-L", &self.name])
            .args(["has-session", "-t", &self.name])
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    }
}

impl Drop for Terminal {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.name])
            .args(["kill-session", "-t", &self.name])
            .stderr(std::process::Stdio::null())
            .status();
    }
}

fn rand_suffix() -> u64 {
    use std::hash::{BuildHasher, RandomState};
    RandomState::new().hash_one(Instant::now())
}

pub(crate) fn gemba_command(path: &Path) -> String {
    format!("'{}' '{}'", env!("CARGO_BIN_EXE_gemba"), path.display())
}

#[test]
fn a_workshop_from_an_empty_file_to_a_saved_project() {
    let s = Scratch::new();
    let path = s.path("workshop.ron");
    let t = Terminal::start(&gemba_command(&path));
    t.wait_for("does not exist.");
    t.keys(&["y"]);
    t.wait_for("Remarks (0)");
    t.keys(&[
        "a",
        "the water warms up fast",
        "Enter",
        "洗澡时水温忽冷忽热",
        "Enter",
        "Escape",
    ]);
    t.wait_for("Remarks (2)");
    t.wait_for("洗澡时水温忽冷忽热");
    t.keys(&["2"]);
    t.wait_for("Items ← R2");
    t.keys(&["a", "hot water arrives quickly", "Enter", "Escape"]);
    t.wait_for("I1   hot water arrives quickly");
    t.keys(&["3"]);
    t.wait_for("Demanded qualities ← I1");
    t.keys(&["a", "hot water reaches the tap quickly", "Enter", "Escape"]);
    t.wait_for("Q1   hot water reaches the tap quickly");
    t.keys(&["u"]);
    t.wait_for("Undone");
    t.wait_for("Demanded qualities ← I1 (0)");
    t.keys(&["C-r"]);
    t.wait_for("Q1   hot water reaches the tap quickly");
    t.keys(&["C-s"]);
    t.wait_for("Saved");
    t.keys(&["q"]);
    let start = Instant::now();
    while t.alive() && start.elapsed() < Duration::from_secs(10) {
        sleep(Duration::from_millis(50));
    }
    assert!(!t.alive(), "gemba did not quit:\n{}", t.screen());

    let project = gemba::store::load(&path).unwrap();
    let remarks: Vec<&str> = project.remarks.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(remarks, ["the water warms up fast", "洗澡时水温忽冷忽热"]);
    let items: Vec<(&str, Vec<String>)> = project
        .items
        .iter()
        .map(|i| {
            (
                i.text.as_str(),
                i.remarks.iter().map(ToString::to_string).collect(),
            )
        })
        .collect();
    assert_eq!(
        items,
        [("hot water arrives quickly", vec!["R2".to_string()])]
    );
    let qualities: Vec<(&str, Vec<String>)> = project
        .qualities
        .iter()
        .map(|q| {
            (
                q.text.as_str(),
                q.items.iter().map(ToString::to_string).collect(),
            )
        })
        .collect();
    assert_eq!(
        qualities,
        [("hot water reaches the tap quickly", vec!["I1".to_string()])]
    );
    assert!(gemba::model::validate::validate(&project).is_empty());
}

/// Two real processes: a facilitator's edits saved by one gemba show on a second one opened with
/// `--follow`, which keeps its place, changes nothing and holds no lock.
#[test]
fn a_following_screen_shows_every_save_of_another_process() {
    let s = Scratch::new();
    let path = s.project("follow.ron");
    let first = s.write("first.txt", "the lid leaks when pouring\n");
    crate::gemba()
        .args(["import", "remarks"])
        .arg(&path)
        .arg("--from")
        .arg(&first)
        .args(["--format", "text"])
        .assert()
        .success();
    let command = format!(
        "'{}' open --follow '{}'",
        env!("CARGO_BIN_EXE_gemba"),
        path.display()
    );
    let t = Terminal::start(&command);
    t.wait_for("R1   the lid leaks when pouring");
    t.wait_for("read-only");
    // The follower holds no lock: the facilitator's tools write freely.
    let more = s.write("more.txt", "烧水时声音太大\nthe handle gets hot\n");
    crate::gemba()
        .args(["import", "remarks"])
        .arg(&path)
        .arg("--from")
        .arg(&more)
        .args(["--format", "text"])
        .assert()
        .success();
    t.wait_for("R2   烧水时声音太大");
    t.wait_for("R3   the handle gets hot");
    // Nothing typed on the follower changes the file.
    let before = std::fs::read(&path).unwrap();
    t.keys(&["a", "x", "Enter", "q"]);
    sleep(Duration::from_millis(400));
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(!t.alive() || t.screen().contains("Read-only"));
}
