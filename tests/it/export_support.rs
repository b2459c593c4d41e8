//! What the export and report tests share: a project full of hostile and Chinese text, the
//! sample projects, and running `gemba report` and `gemba export`.

use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};

use calamine::Data;

use crate::{Scratch, gemba, import};

pub const HOSTILE: &str = "<script>alert(1)</script>";
pub const FORMULA: &str = "=HYPERLINK(\"http://x\",\"click\")";
pub const CHINESE: &str = "洗澡时水温忽冷忽热，很烦";

/// A sample project of the repository (`projects/NAME`).
pub fn sample_project(name: &str) -> PathBuf {
    crate::root().join("projects").join(name)
}

/// Writes the report of `project` to `out`, in the format its extension names.
pub fn report(project: impl AsRef<OsStr>, out: impl AsRef<OsStr>) {
    report_with(project, out, &[]);
}

/// Writes the report with more arguments (`--force`, `--lang zh`, …), which must succeed.
pub fn report_with(project: impl AsRef<OsStr>, out: impl AsRef<OsStr>, args: &[&str]) {
    gemba()
        .arg("report")
        .arg(project)
        .arg("-o")
        .arg(out)
        .args(args)
        .assert()
        .success();
}

/// Writes a report in a text format (HTML, Markdown) and reads it back.
pub fn report_text(project: impl AsRef<OsStr>, out: &Path) -> String {
    report(project, out);
    fs::read_to_string(out).unwrap()
}

/// A CSS selector, for reading HTML reports and exports.
pub fn sel(css: &str) -> scraper::Selector {
    scraper::Selector::parse(css).unwrap()
}

/// The first row of a sheet, as text.
pub fn header_of(sheet: &calamine::Range<Data>) -> Vec<String> {
    sheet
        .rows()
        .next()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .unwrap_or_default()
}

/// A project with hostile and Chinese text in remarks and qualities, and planning values.
pub fn project(s: &Scratch) -> PathBuf {
    let p = s.project("e.ron");
    let remarks = s.write(
        "r.csv",
        &format!(
            "text,respondent,segment\n\"{}\",C-1,家庭\n\"{}\",C-2,家庭\n{CHINESE},C-3,租客\n",
            HOSTILE,
            FORMULA.replace('"', "\"\"")
        ),
    );
    import("remarks", &p, &remarks);
    let planning = s.write(
        "p.csv",
        &format!(
            "group,quality,importance,current,competitor:甲,target,sales_point\n\
             安全 / 点火,\"{}\",4.6,3.6,4.0,5.0,◎\n\
             安全 / 点火,{CHINESE},4.5,4.0,4.0,4.5,\n\
             舒适,\"{}\",3,3,3,4,○\n\
             舒适,incomplete row,3,,3,4,\n",
            HOSTILE,
            FORMULA.replace('"', "\"\"")
        ),
    );
    import("planning", &p, &planning);
    p
}

/// A table exported to standard output, which must succeed.
pub fn export(project: &Path, table: &str, format: &str) -> String {
    let out = gemba()
        .arg("export")
        .arg(project)
        .args(["--table", table, "--format", format])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}
