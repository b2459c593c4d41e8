//! gemba killed (SIGKILL: no handler runs) while it writes: during an import, during a save from
//! the screens, and while the screens write the recovery file. Whenever it dies, the project file
//! holds either what it held before or the whole new project, and the next start opens it.
//!
//! A few moments are tried in a normal run; `GEMBA_KILL_RUNS=200 cargo test --test it kill`
//! tries that many, spread over the write (see docs/file-format.md).

use std::fs;
use std::path::Path;
use std::process::Command;
use std::thread::sleep;
use std::time::Duration;

use gemba::store;

use crate::e2e::{Terminal, gemba_command};
use crate::{Scratch, gemba};

/// Delays after the write begins, in microseconds.
fn moments() -> Vec<u64> {
    let runs: u64 = std::env::var("GEMBA_KILL_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(4);
    // Spread over 0–40 ms, where the writes of a sample project happen.
    (0..runs).map(|i| i * 40_000 / runs.max(1)).collect()
}

fn kill(pid: u32) {
    // SAFETY: sending a signal to a process this test started.
    unsafe {
        libc::kill(pid as libc::pid_t, libc::SIGKILL);
    }
}

/// Kills a process run by tmux and waits until its parent has reaped it: until then it still
/// counts as alive, and its lock as held.
fn kill_in_terminal(pid: u32) {
    kill(pid);
    let start = std::time::Instant::now();
    // SAFETY: signal 0 only asks whether the process exists.
    while unsafe { libc::kill(pid as libc::pid_t, 0) } == 0 {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "process {pid} lingers"
        );
        sleep(Duration::from_millis(20));
    }
}

/// The project must load and be the old file or hold the new text.
fn old_or_new(path: &Path, old: &[u8], new_text: &str) -> bool {
    let bytes = fs::read(path).unwrap();
    let project =
        store::load(path).unwrap_or_else(|e| panic!("a killed write broke the file: {e}"));
    if bytes == old {
        return false;
    }
    assert!(
        project.remarks.iter().any(|r| r.text == new_text),
        "the file changed but does not hold the new remark"
    );
    true
}

#[test]
fn an_import_killed_at_any_moment_leaves_the_old_or_the_new_project() {
    let s = Scratch::new();
    let mut csv = String::from("text,respondent\n");
    for i in 0..20_000 {
        csv.push_str(&format!("remark {i},P{i}\n"));
    }
    csv.push_str("the last remark,P-last\n");
    let from = s.write("many.csv", &csv);
    for (n, us) in moments().into_iter().enumerate() {
        let path = s.path(&format!("p{n}.ron"));
        fs::copy("projects/bike-light.en.ron", &path).unwrap();
        let old = fs::read(&path).unwrap();
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_gemba"))
            .args(["import", "remarks"])
            .arg(&path)
            .arg("--from")
            .arg(&from)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // Most of an import is reading and checking; the write is at its end.
        sleep(Duration::from_micros(150_000 + us * 5));
        kill(child.id());
        let _ = child.wait();
        old_or_new(&path, &old, "the last remark");
        // The lock of the killed process is no obstacle to the next import.
        gemba()
            .args(["import", "remarks"])
            .arg(&path)
            .arg("--from")
            .arg(s.write("one.txt", "one more\n"))
            .assert()
            .success();
    }
}

fn pane_pid(t: &Terminal) -> u32 {
    let out = Command::new("tmux")
        .args([
            "-L",
            &t.name,
            "display-message",
            "-p",
            "-t",
            &t.name,
            "#{pane_pid}",
        ])
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).trim().parse().unwrap()
}

#[test]
fn a_save_from_the_screens_killed_at_any_moment_leaves_the_old_or_the_new_project() {
    let s = Scratch::new();
    for (n, us) in moments().into_iter().enumerate() {
        let path = s.path(&format!("w{n}.ron"));
        fs::copy("projects/bike-light.en.ron", &path).unwrap();
        let old = fs::read(&path).unwrap();
        let t = Terminal::start(&format!("exec {}", gemba_command(&path)));
        t.wait_for("Remarks (");
        t.keys(&["a", "typed before the kill", "Enter", "Escape"]);
        t.wait_for("typed before the kill");
        let pid = pane_pid(&t);
        t.keys(&["C-s"]);
        sleep(Duration::from_micros(us));
        kill_in_terminal(pid);
        old_or_new(&path, &old, "typed before the kill");
        // The next start opens it: the lock of the killed process is taken over.
        let again = Terminal::start(&format!("exec {}", gemba_command(&path)));
        again.wait_for("Remarks (");
        let screen = again.screen();
        assert!(!screen.contains("cannot be read"), "{screen}");
        assert!(!screen.contains("is open in gemba"), "{screen}");
    }
}

#[test]
fn a_recovery_file_killed_while_written_never_costs_the_project() {
    let s = Scratch::new();
    for (n, us) in moments().into_iter().enumerate() {
        let path = s.path(&format!("r{n}.ron"));
        fs::copy("projects/bike-light.en.ron", &path).unwrap();
        let old = fs::read(&path).unwrap();
        let t = Terminal::start(&format!("exec {}", gemba_command(&path)));
        t.wait_for("Remarks (");
        t.keys(&["a", "kept in the recovery file", "Enter", "Escape"]);
        t.wait_for("kept in the recovery file");
        let pid = pane_pid(&t);
        // The recovery file is written two seconds after an edit.
        sleep(Duration::from_millis(1_950) + Duration::from_micros(us * 2));
        kill_in_terminal(pid);
        // The project file was never touched.
        assert_eq!(fs::read(&path).unwrap(), old);
        let recovery = store::recovery_path(&path);
        let again = Terminal::start(&format!("exec {}", gemba_command(&path)));
        if recovery.exists() {
            // A recovery file present is whole, and offered.
            let kept = store::load(&recovery)
                .unwrap_or_else(|e| panic!("a killed write broke the recovery file: {e}"));
            assert!(
                kept.remarks
                    .iter()
                    .any(|r| r.text == "kept in the recovery file")
            );
            again.wait_for("A recovery file");
            again.keys(&["y"]);
            // The sample's 36 remarks and the one typed.
            again.wait_for("Remarks (37)");
        } else {
            again.wait_for("Remarks (");
            assert!(!again.screen().contains("A recovery file"));
        }
    }
}
