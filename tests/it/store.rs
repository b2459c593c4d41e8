//! Keeping a team's work: the lock against a second writer, and what commands refuse.

use std::fs;

use gemba::store;
use predicates::prelude::*;

use crate::{Scratch, gemba, import, lock_as, open_elsewhere};

#[test]
fn commands_that_write_refuse_a_project_open_elsewhere_unless_forced() {
    let s = Scratch::new();
    let p = s.project("p.ron");
    let from = s.write("r.txt", "the lid rattles\n");
    // This test process stands in for a gemba that has the project open.
    open_elsewhere(&p);
    let before = fs::read(&p).unwrap();
    gemba()
        .args(["import", "remarks"])
        .arg(&p)
        .arg("--from")
        .arg(&from)
        .assert()
        .failure()
        .stderr(predicate::str::contains("is open in gemba by"))
        .stderr(predicate::str::contains(format!(
            "process {}",
            std::process::id()
        )))
        .stderr(predicate::str::contains("--force"));
    gemba()
        .args(["set", "kano-types"])
        .arg(&p)
        .assert()
        .failure()
        .stderr(predicate::str::contains("is open in gemba by"));
    assert_eq!(fs::read(&p).unwrap(), before);
    gemba()
        .args(["import", "remarks"])
        .arg(&p)
        .arg("--from")
        .arg(&from)
        .arg("--force")
        .assert()
        .success()
        .stderr(predicate::str::contains("writing anyway"));
    assert_eq!(store::load(&p).unwrap().remarks.len(), 1);
    assert!(
        store::lock::lock_path(&p).exists(),
        "the holder's lock stays"
    );
}

#[cfg(unix)]
#[test]
fn a_lock_left_by_a_process_that_is_gone_is_taken_over() {
    let s = Scratch::new();
    let p = s.project("p.ron");
    let from = s.write("r.txt", "the lid rattles\n");
    let mut child = std::process::Command::new("true").spawn().unwrap();
    let gone = child.id();
    child.wait().unwrap();
    lock_as(&p, gone);
    gemba()
        .args(["import", "remarks"])
        .arg(&p)
        .arg("--from")
        .arg(&from)
        .assert()
        .success()
        .stderr(predicate::str::contains("took over the lock"));
    assert_eq!(store::load(&p).unwrap().remarks.len(), 1);
    assert!(!store::lock::lock_path(&p).exists(), "released at the end");
}

#[test]
fn ids_never_wrap_around_so_an_import_never_replaces_a_record() {
    let s = Scratch::new();
    let p = s.project("p.ron");
    let mut project = store::load(&p).unwrap();
    for id in [1, u32::MAX] {
        let r = gemba::model::Remark::new(gemba::model::RemarkId(id), "said before");
        project
            .apply(gemba::model::Edit::Put(gemba::model::Entity::Remark(r)))
            .unwrap();
    }
    store::save(&project, &p).unwrap();
    gemba().arg("check").arg(&p).assert().success();
    let before = fs::read(&p).unwrap();
    let from = s.write("r.txt", "first new\nsecond new\n");
    gemba()
        .args(["import", "remarks"])
        .arg(&p)
        .arg("--from")
        .arg(&from)
        .assert()
        .failure()
        .stderr(predicate::str::contains("no new remark id is left"))
        .stderr(predicate::str::contains("nothing was imported"));
    assert_eq!(fs::read(&p).unwrap(), before);
}

#[test]
fn new_leaves_an_earlier_backup_of_that_name_alone() {
    let s = Scratch::new();
    let bak = s.write("x.ron.bak", "the only copy of last year's project\n");
    gemba()
        .arg("new")
        .arg(s.path("x.ron"))
        .args(["--title", "x"])
        .assert()
        .success();
    assert_eq!(
        fs::read_to_string(&bak).unwrap(),
        "the only copy of last year's project\n"
    );
    store::load(&s.path("x.ron")).unwrap();
}

#[cfg(unix)]
#[test]
fn a_read_only_project_is_not_replaced_by_an_import() {
    use std::os::unix::fs::PermissionsExt;
    let s = Scratch::new();
    let p = s.project("p.ron");
    fs::set_permissions(&p, fs::Permissions::from_mode(0o444)).unwrap();
    let before = fs::read(&p).unwrap();
    let from = s.write("r.txt", "the lid rattles\n");
    gemba()
        .args(["import", "remarks"])
        .arg(&p)
        .arg("--from")
        .arg(&from)
        .assert()
        .failure()
        .stderr(predicate::str::contains("is read-only"));
    assert_eq!(fs::read(&p).unwrap(), before);
    assert_eq!(
        fs::metadata(&p).unwrap().permissions().mode() & 0o777,
        0o444
    );
}

/// Runs an import that must fail; returns its error text.
fn import_fails(kind: &str, p: &std::path::Path, from: &std::path::Path) -> String {
    let out = gemba()
        .args(["import", kind])
        .arg(p)
        .arg("--from")
        .arg(from)
        .assert()
        .failure();
    String::from_utf8_lossy(&out.get_output().stderr).into_owned()
}

#[test]
fn numbers_with_thousands_separators_are_refused_never_misread() {
    let s = Scratch::new();
    let p = s.path("p.ron");
    fs::copy(crate::root().join("projects/bike-light.en.ron"), &p).unwrap();
    let before = fs::read(&p).unwrap();
    // Characteristics: "1,000" grams was read as 1.0.
    let from = s.write(
        "c.csv",
        "name,unit,ours,target\nWeight,g,\"1,000\",\"4,000\"\n",
    );
    let err = import_fails("characteristics", &p, &from);
    assert!(err.contains("line 2, column 'ours'"), "{err}");
    assert!(err.contains("'1,000' is ambiguous"), "{err}");
    assert!(err.contains("column 'target'"), "{err}");
    // The planning table: an importance of "4,000" was read as 4.
    let out = gemba()
        .arg("export")
        .arg(&p)
        .args(["--table", "planning", "--format", "csv"])
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let (header, rows) = crate::parse_csv(&text);
    let col = header.iter().position(|h| h == "importance").unwrap();
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(&header).unwrap();
    for (i, row) in rows.iter().enumerate() {
        let mut row = row.clone();
        if i == 0 {
            row[col] = "4,000".into();
        }
        w.write_record(&row).unwrap();
    }
    let from = s.path("planning.csv");
    fs::write(&from, w.into_inner().unwrap()).unwrap();
    let err = import_fails("planning", &p, &from);
    assert!(err.contains("line 2, column 'importance'"), "{err}");
    assert!(err.contains("ambiguous"), "{err}");
    assert_eq!(fs::read(&p).unwrap(), before);
    // An unambiguous decimal comma is fine.
    let from = s.write(
        "c.csv",
        "name,unit,ours,target\nWeight,g,\"3,5\",\"4,25\"\n",
    );
    import("characteristics", &p, &from);
    let project = store::load(&p).unwrap();
    let c = project
        .characteristics
        .iter()
        .find(|c| c.name == "Weight")
        .unwrap();
    assert_eq!((c.ours, c.target), (Some(3.5), Some(4.25)));
}

/// Text someone pasted: terminal escapes (clear the screen, set the window title), a NUL, and
/// HTML and a link that would run script in a Markdown viewer.
const ESCAPES: &str = "clear\u{1b}[2J\u{1b}]0;pwned\u{7} nul\0 end";
const MARKUP: &str = "<img src=x onerror=alert(1)> [x](javascript:alert(1))";

fn hostile_project(s: &Scratch) -> std::path::PathBuf {
    use gemba::model::*;
    let mut p = Project::new(Meta::new("stove"));
    p.meta.title = format!("title {ESCAPES}");
    let mut put = |e: Entity| p.apply(Edit::Put(e)).unwrap();
    put(Entity::Remark(Remark::new(RemarkId(1), ESCAPES)));
    put(Entity::Remark(Remark::new(RemarkId(2), MARKUP)));
    let mut q = Quality::new(QualityId(1), format!("quality {ESCAPES}"));
    q.planning.importance = Some(4.0);
    q.planning.current = Some(3.0);
    q.planning.target = Some(4.0);
    put(Entity::Quality(q));
    put(Entity::Quality(Quality::new(QualityId(2), MARKUP)));
    let path = s.path("hostile.ron");
    let mut project = p;
    // Two segments with the same name: a problem `check` reports, quoting the name.
    for id in [1, 2] {
        project.segments.put(Segment {
            id: SegmentId(id),
            name: format!("seg {ESCAPES}"),
            weight: None,
        });
    }
    store::save(&project, &path).unwrap();
    path
}

fn no_controls(what: &str, bytes: &[u8]) {
    for bad in [0x1b_u8, 0, 7] {
        assert!(!bytes.contains(&bad), "{what} holds byte {bad:#x}");
    }
}

#[test]
fn what_gemba_prints_shows_control_characters_escaped() {
    let s = Scratch::new();
    let p = hostile_project(&s);
    // The duplicate names make it invalid: `show` says so in its exit status.
    let out = gemba().arg("show").arg(&p).assert().code(1);
    let shown = out.get_output().stdout.clone();
    no_controls("show", &shown);
    assert!(String::from_utf8_lossy(&shown).contains("\\x1b[2J"));
    let out = gemba().arg("check").arg(&p).assert().failure();
    let err = out.get_output().stderr.clone();
    no_controls("check", &err);
    assert!(
        String::from_utf8_lossy(&err).contains("seg clear\\x1b[2J"),
        "{}",
        String::from_utf8_lossy(&err)
    );
    // An import error naming a file whose name holds an escape (the file's own control
    // characters are taken out as it is read).
    let from = s.write(
        "r\u{1b}[2J.csv",
        &format!("text,source\nhello,\"{ESCAPES}\"\n"),
    );
    let out = gemba()
        .args(["import", "remarks"])
        .arg(&p)
        .arg("--from")
        .arg(&from)
        .assert()
        .failure();
    let err = out.get_output().stderr.clone();
    no_controls("import error", &err);
    assert!(
        String::from_utf8_lossy(&err).contains("\\x1b"),
        "{}",
        String::from_utf8_lossy(&err)
    );
}

#[test]
fn exports_drop_control_characters_and_markdown_shows_markup_as_text() {
    let s = Scratch::new();
    let p = hostile_project(&s);
    // Exports are written from valid projects only: without the second segment of that name.
    let mut valid = store::load(&p).unwrap();
    valid.segments.remove(gemba::model::SegmentId(2));
    store::save(&valid, &p).unwrap();
    let export = |table: &str, format: &str| {
        let out = gemba()
            .arg("export")
            .arg(&p)
            .args(["--table", table, "--format", format])
            .assert()
            .success();
        out.get_output().stdout.clone()
    };
    for (table, format) in [
        ("voc", "md"),
        ("qualities", "md"),
        ("planning", "md"),
        ("voc", "csv"),
        ("qualities", "csv"),
        ("trace", "dot"),
    ] {
        let bytes = export(table, format);
        no_controls(&format!("{table} {format}"), &bytes);
        let text = String::from_utf8(bytes).unwrap();
        if format == "md" {
            assert!(!text.contains("<img"), "{text}");
            assert!(!text.contains("[x](javascript"), "{text}");
        }
    }
    let voc = String::from_utf8(export("voc", "md")).unwrap();
    assert!(voc.contains("&lt;img src=x onerror=alert(1)&gt;"), "{voc}");
    assert!(voc.contains("\\[x\\](javascript:alert(1))"), "{voc}");
    // The Markdown report: headings and paragraphs too.
    let report = s.path("r.md");
    gemba()
        .arg("report")
        .arg(&p)
        .arg("-o")
        .arg(&report)
        .assert()
        .success();
    let bytes = fs::read(&report).unwrap();
    no_controls("report", &bytes);
    let text = String::from_utf8(bytes).unwrap();
    assert!(
        !text.contains("<img") && !text.contains("[x](javascript"),
        "{text}"
    );
}
