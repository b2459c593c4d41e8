//! The one integration-test binary: the real `gemba` binary driven through its command line, the
//! golden examples from the method reference, and property tests of the core.

mod cli;
mod cli_tables;
mod cliadd;
mod cliconflicts;
mod clifields;
mod cliset;
mod counts;
mod e2e;
mod export_numbers;
mod export_print;
mod export_report;
mod export_support;
mod export_tables;
mod export_xlsx;
mod golden;
mod hoq;
mod imports;
mod kill;
mod people;
mod props;
mod review;
mod robust;
mod safety;
mod sources;
mod store;
mod suggest;
mod survey;
mod survey_docs;
mod survey_forms;
mod survey_props;
mod survey_wide;
mod survey_wide_export;
mod transcripts;
mod tui;

use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The built binary, ready for arguments.
pub fn gemba() -> Command {
    Command::cargo_bin("gemba").expect("the gemba binary is built for tests")
}

/// A folder for one test's files, removed when dropped.
pub struct Scratch {
    dir: tempfile::TempDir,
}

impl Default for Scratch {
    fn default() -> Self {
        Self::new()
    }
}

impl Scratch {
    pub fn new() -> Self {
        Scratch {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Writes a file and returns its path.
    pub fn write(&self, name: &str, text: &str) -> PathBuf {
        let p = self.path(name);
        fs::write(&p, text).expect("write test file");
        p
    }

    /// A copy of a sample project from projects/, under the same name, so the samples never
    /// change.
    pub fn sample(&self, name: &str) -> PathBuf {
        let p = self.path(name);
        fs::copy(root().join("projects").join(name), &p).expect("copy a sample project");
        p
    }

    /// A new project made by `gemba new`.
    pub fn project(&self, name: &str) -> PathBuf {
        let p = self.path(name);
        gemba()
            .arg("new")
            .arg(&p)
            .args(["--title", "Test 测试"])
            .assert()
            .success();
        p
    }
}

/// The repository root (where projects/ and ../shared are found).
/// `gemba import KIND PROJECT --from FILE`, which must succeed.
pub fn import(kind: &str, project: impl AsRef<OsStr>, from: impl AsRef<OsStr>) {
    gemba()
        .args(["import", kind])
        .arg(project)
        .arg("--from")
        .arg(from)
        .assert()
        .success();
}

/// The fenced code blocks of a page of the docs, in order.
pub fn doc_blocks(page: &str) -> Vec<String> {
    let text = fs::read_to_string(root().join(page)).unwrap();
    let mut blocks = Vec::new();
    let mut open: Option<String> = None;
    for line in text.lines() {
        match (&mut open, line.starts_with("```")) {
            (None, true) => open = Some(String::new()),
            (Some(b), true) => {
                blocks.push(std::mem::take(b));
                open = None;
            }
            (Some(b), false) => {
                b.push_str(line);
                b.push('\n');
            }
            (None, false) => {}
        }
    }
    blocks
}

pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A reference file from the method's worked examples, without its `#` comment lines.
pub fn reference(name: &str) -> String {
    let path = root().join("../shared/reference").join(name);
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Parses CSV text into a header and rows of strings.
pub fn parse_csv(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let headers = r
        .headers()
        .expect("csv header")
        .iter()
        .map(String::from)
        .collect();
    let rows = r
        .records()
        .map(|rec| rec.expect("csv row").iter().map(String::from).collect())
        .collect();
    (headers, rows)
}

/// A project file read back through the library.
pub fn load_project(path: &Path) -> gemba::model::Project {
    gemba::store::load(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Marks a project as open in gemba by the process `pid`, as its lock file would.
pub fn lock_as(project: &Path, pid: u32) {
    let info = gemba::store::LockInfo {
        pid,
        ..gemba::store::LockInfo::mine()
    };
    fs::write(
        gemba::store::lock::lock_path(project),
        ron::ser::to_string_pretty(&info, Default::default()).unwrap(),
    )
    .unwrap();
}

/// Marks a project as open in gemba elsewhere, by a process that is running (this test's own).
pub fn open_elsewhere(project: &Path) {
    lock_as(project, std::process::id());
}

/// Runs a command that must fail with `message` and checks the project file did not change.
pub fn refused(project: &Path, args: &[&str], message: &str) {
    let before = fs::read(project).unwrap();
    gemba()
        .args(args)
        .assert()
        .failure()
        .stderr(predicates::str::contains(message));
    assert_eq!(
        fs::read(project).unwrap(),
        before,
        "the project file changed"
    );
}
