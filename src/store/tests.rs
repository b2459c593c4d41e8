//! Tests of loading and saving project files.

use super::*;
use crate::model::*;

fn sample() -> Project {
    let mut p = Project::new(Meta::new("热水器"));
    let k = Competitor {
        id: CompetitorId(1),
        name: "A牌".into(),
        order: 0,
    };
    p.apply(Edit::Put(Entity::Competitor(k))).unwrap();
    let mut r = Remark::new(RemarkId(1), "洗澡时水温忽冷忽热 \"真烦\"\n第二行");
    r.scene.set("where", "浴室");
    r.source = Source::Questionnaire(Some(QuestionKind::Trouble));
    p.apply(Edit::Put(Entity::Remark(r))).unwrap();
    let mut q = Quality::new(QualityId(1), "水温稳定");
    q.planning.importance = Some(4.6);
    q.planning.competitors.insert(CompetitorId(1), 4.0);
    q.planning.sales_point = SalesPoint::Strong;
    p.apply(Edit::Put(Entity::Quality(q))).unwrap();
    p
}

#[test]
fn text_round_trips_and_chinese_stays_readable() {
    let p = sample();
    let text = to_ron(&p).unwrap();
    assert!(text.contains("水温稳定"), "{text}");
    assert!(text.contains("importance: 4.6"), "{text}");
    let back = from_ron(&text, Path::new("x.ron")).unwrap();
    assert_eq!(back, p);
    assert_eq!(to_ron(&back).unwrap(), text);
}

#[test]
fn syntax_errors_name_line_and_column() {
    let text = to_ron(&sample())
        .unwrap()
        .replace("importance: 4.6", "importance: lots");
    let err = from_ron(&text, Path::new("p.ron")).unwrap_err().to_string();
    let line = text.lines().position(|l| l.contains("lots")).unwrap() + 1;
    assert!(err.starts_with(&format!("p.ron:{line}:")), "{err}");
}

#[test]
fn unknown_fields_list_the_expected_ones() {
    let text = to_ron(&sample()).unwrap().replace("theme:", "theem:");
    let err = from_ron(&text, Path::new("p.ron")).unwrap_err().to_string();
    assert!(
        err.contains("unknown field 'theem'") && err.contains("theme"),
        "{err}"
    );
}

#[test]
fn newer_formats_are_refused_by_version() {
    let text = to_ron(&sample())
        .unwrap()
        .replace("format: 1", "format: 99");
    let err = from_ron(&text, Path::new("p.ron")).unwrap_err();
    assert!(matches!(err, StoreError::TooNew { found: 99, .. }), "{err}");
}

#[test]
fn save_keeps_a_backup_and_replaces_atomically() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    let mut p = sample();
    save(&p, &path).unwrap();
    let first = fs::read(&path).unwrap();
    p.meta.title = "new".into();
    save(&p, &path).unwrap();
    assert_eq!(fs::read(backup_path(&path)).unwrap(), first);
    assert_eq!(load(&path).unwrap(), p);
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn a_checked_save_refuses_a_file_changed_since_it_was_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    save(&sample(), &path).unwrap();
    let (mut p, stamp) = load_stamped(&path).unwrap();
    // Touched without change: still the same file.
    fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(SystemTime::now() + std::time::Duration::from_secs(60))
        .unwrap();
    p.meta.title = "mine".into();
    let stamp = save_checked(&p, &path, Some(&stamp)).unwrap().unwrap();
    // Changed by someone else: refused, their file kept.
    let theirs = to_ron(&sample()).unwrap().replace("热水器", "theirs");
    fs::write(&path, &theirs).unwrap();
    p.meta.title = "mine again".into();
    let err = save_checked(&p, &path, Some(&stamp)).unwrap_err();
    assert!(matches!(err, StoreError::ChangedOnDisk { .. }), "{err}");
    assert_eq!(fs::read_to_string(&path).unwrap(), theirs);
}

#[test]
fn a_save_without_change_keeps_the_backup_of_the_last_real_change() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    let mut p = sample();
    save(&p, &path).unwrap();
    let first = fs::read(&path).unwrap();
    p.meta.title = "changed".into();
    save(&p, &path).unwrap();
    save(&p, &path).unwrap();
    assert_eq!(fs::read(backup_path(&path)).unwrap(), first);
}

#[cfg(unix)]
#[test]
fn a_read_only_file_is_never_replaced() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    save(&sample(), &path).unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).unwrap();
    let before = fs::read(&path).unwrap();
    let mut p = sample();
    p.meta.title = "changed".into();
    let err = save(&p, &path).unwrap_err();
    assert!(matches!(err, StoreError::ReadOnlyFile { .. }), "{err}");
    assert!(err.to_string().contains("read-only"), "{err}");
    assert_eq!(fs::read(&path).unwrap(), before);
    assert_eq!(
        fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o444
    );
}

#[test]
fn temp_files_left_by_a_killed_save_of_this_project_are_cleaned_up() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    let old = SystemTime::now() - 2 * STALE_TEMP_AFTER;
    let make = |name: &str, when: Option<SystemTime>| {
        let p = dir.path().join(name);
        fs::write(&p, "partial").unwrap();
        if let Some(t) = when {
            fs::File::options()
                .write(true)
                .open(&p)
                .unwrap()
                .set_modified(t)
                .unwrap();
        }
        p
    };
    let left = make(".gemba-p.ron-a1B2c3.tmp", Some(old));
    let running = make(".gemba-p.ron-x9Y8z7.tmp", None);
    let other = make(".gemba-q.ron-a1B2c3.tmp", Some(old));
    let backup_tmp = make(".gemba-p.ron.bak-a1B2c3.tmp", Some(old));
    let recovery_tmp = make(".gemba-p.ron.recover.2-a1B2c3.tmp", Some(old));
    let other_name = make(".gemba-p.ron-x-a1B2c3.tmp", Some(old));
    let other_suffix = make(".gemba-p.ron.backup-a1B2c3.tmp", Some(old));
    let not_ours = make("notes-p.ron-a1.tmp", Some(old));
    save(&sample(), &path).unwrap();
    for gone in [left, backup_tmp, recovery_tmp] {
        assert!(!gone.exists(), "{}", gone.display());
    }
    for kept in [running, other, other_name, other_suffix, not_ours] {
        assert!(kept.exists(), "{}", kept.display());
    }
}

#[cfg(unix)]
#[test]
fn saving_through_a_link_writes_the_file_it_points_to() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("shared")).unwrap();
    let target = dir.path().join("shared/p.ron");
    save(&sample(), &target).unwrap();
    let first = fs::read(&target).unwrap();
    let link = dir.path().join("p.ron");
    std::os::unix::fs::symlink("shared/p.ron", &link).unwrap();
    let mut p = sample();
    p.meta.title = "through the link".into();
    save(&p, &link).unwrap();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(load(&target).unwrap(), p);
    assert_eq!(fs::read(backup_path(&target)).unwrap(), first);
    assert!(!backup_path(&link).exists());
    // A link to a link, and an absolute one, too.
    let link2 = dir.path().join("q.ron");
    std::os::unix::fs::symlink(&link, &link2).unwrap();
    save(&sample(), &link2).unwrap();
    assert!(
        fs::symlink_metadata(&link2)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(load(&target).unwrap(), sample());
}

#[cfg(unix)]
#[test]
fn saved_files_are_readable_by_others_as_before() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    save(&sample(), &path).unwrap();
    assert_eq!(
        fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o644
    );
    fs::set_permissions(&path, fs::Permissions::from_mode(0o664)).unwrap();
    save(&sample(), &path).unwrap();
    assert_eq!(
        fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o664
    );
}

/// Writing where a folder stands, or below a folder that is not there: the error names the file
/// asked for and why, never the temporary file, and leaves nothing behind.
#[test]
fn a_write_that_cannot_happen_names_the_file_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("out.md");
    fs::create_dir(&folder).unwrap();
    let err = write_atomic(&folder, b"x").unwrap_err().to_string();
    assert_eq!(
        err,
        format!("cannot write {}: it is a folder", folder.display())
    );
    let deep = dir.path().join("a/b/c.md");
    let err = write_atomic(&deep, b"x").unwrap_err().to_string();
    assert_eq!(
        err,
        format!(
            "cannot write {}: the folder {} does not exist",
            deep.display(),
            dir.path().join("a/b").display()
        )
    );
    let names: Vec<_> = fs::read_dir(dir.path()).unwrap().flatten().collect();
    assert_eq!(names.len(), 1, "{names:?}");
    assert!(fs::read_dir(&folder).unwrap().next().is_none());
}

/// Survey answers and pairwise judgements are each one sorted line in the file.
#[test]
fn responses_and_judgements_are_one_sorted_line_each() {
    let p = crate::model::survey::tests::surveyed();
    let text = to_ron(&p).unwrap();
    let a = text.find(r#"("Q1", "P1", Importance(4.0)),"#).expect(&text);
    let b = text
        .find(r#"("Q2", "P1", Functional(MustBe)),"#)
        .expect(&text);
    assert!(a < b);
    assert!(text.contains(r#"("G1", "Q2", "Q1", 3.0),"#), "{text}");
    let back = from_ron(&text, std::path::Path::new("x.ron")).unwrap();
    assert_eq!(back, p);
    assert!(crate::model::validate::validate(&back).is_empty());
}

/// A remark's candidate flag is in the file only while set.
#[test]
fn a_candidate_flag_is_written_only_when_set_and_old_files_keep_their_bytes() {
    let path = std::path::Path::new("sample.ron");
    let text = std::fs::read_to_string("projects/bike-light.en.ron").unwrap();
    let mut p = from_ron(&text, path).unwrap();
    let canonical = to_ron(&p).unwrap();
    assert!(!canonical.contains("candidate"));
    let first = p.remarks.ids().next().unwrap();
    let mut r = p.remarks.get(first).unwrap().clone();
    r.candidate = true;
    p.apply(Edit::Put(Entity::Remark(r))).unwrap();
    let marked = to_ron(&p).unwrap();
    assert_eq!(marked.matches("candidate: true").count(), 1);
    let back = from_ron(&marked, path).unwrap();
    assert!(back.remarks.get(first).unwrap().candidate);
    // Accepting clears the flag, and the file is the old file again.
    let mut r = back.remarks.get(first).unwrap().clone();
    r.candidate = false;
    let mut back = back;
    back.apply(Edit::Put(Entity::Remark(r))).unwrap();
    assert_eq!(to_ron(&back).unwrap(), canonical);
}
