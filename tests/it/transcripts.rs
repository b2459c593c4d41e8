//! Interview transcripts through the binary: a Chinese and an English two-person interview become
//! candidate remarks of the sample projects; refusals leave the project byte for byte.

use std::fs;

use predicates::str::contains;

use crate::{Scratch, gemba, load_project, open_elsewhere, refused, root};
use gemba::model::Source;

fn transcript(name: &str) -> String {
    root()
        .join("tests/data/transcripts")
        .join(name)
        .display()
        .to_string()
}

#[test]
fn a_chinese_interview_becomes_candidate_remarks_of_the_water_heater_project() {
    let s = Scratch::new();
    let p = s.sample("water-heater.zh.ron");
    let before = load_project(&p);
    let from = transcript("water-heater.zh.txt");
    let path = p.display().to_string();
    let bytes = fs::read(&p).unwrap();
    gemba()
        .args(["import", "transcript", &path, "--from", &from, "--dry-run"])
        .assert()
        .success()
        .stdout(contains(
            "customer: 受访者 (10 turns); left out: 访谈者 (10 turns)",
        ))
        .stdout(contains(
            "15 remarks added as candidates (R40–R54) from P12 '受访者'",
        ))
        .stdout(contains("  line 7: 厨房一开水龙头，卫生间的水马上就凉了。"))
        .stdout(contains("  line 20: 要是能用手机提前预热就好了"))
        .stdout(contains("1 sentence left out as fillers or too short"))
        .stdout(contains("was not changed"));
    assert_eq!(fs::read(&p).unwrap(), bytes, "a dry run changes nothing");
    gemba()
        .args(["import", "transcript", &path, "--from", &from])
        .assert()
        .success()
        .stdout(contains("saved"));
    let after = load_project(&p);
    assert_eq!(after.remarks.len(), before.remarks.len() + 15);
    let who = after
        .respondents
        .iter()
        .find(|r| r.label == "受访者")
        .expect("the customer became a respondent");
    let new: Vec<_> = after
        .remarks
        .iter()
        .filter(|r| before.remarks.get(r.id).is_none())
        .collect();
    assert!(
        new.iter()
            .all(|r| r.candidate && r.source == Source::Interview && r.respondent == Some(who.id))
    );
    assert_eq!(
        new[0].text,
        "我们家用的是燃气的，十三升，装了差不多五年了。"
    );
    assert!(
        !new.iter()
            .any(|r| r.text.starts_with('嗯') || r.text.contains("那个，"))
    );
    assert!(after.remarks.iter().filter(|r| r.candidate).count() == 15);
    // The candidates are written in the file, the old remarks unchanged.
    let text = fs::read_to_string(&p).unwrap();
    assert_eq!(text.matches("candidate: true").count(), 15);
    // Accepted from the command line too.
    gemba()
        .args(["set", "remark", &path, "R40", "--accept"])
        .assert()
        .success()
        .stdout(contains("R40: set candidate"));
    let text = fs::read_to_string(&p).unwrap();
    assert_eq!(text.matches("candidate: true").count(), 14);
    assert!(!load_project(&p).remarks.get(new[0].id).unwrap().candidate);
}

#[test]
fn an_english_interview_becomes_candidate_remarks_of_the_bike_light_project() {
    let s = Scratch::new();
    let p = s.sample("bike-light.en.ron");
    let before = load_project(&p);
    let from = transcript("bike-light.en.txt");
    let path = p.display().to_string();
    gemba()
        .args(["import", "transcript", &path, "--from", &from, "--dry-run"])
        .assert()
        .success()
        .stdout(contains("customer: Customer (10 turns); left out: Interviewer (10 turns)"))
        .stdout(contains(
            "  line 9: The battery says 10 hours on the box, but on full power it lasts maybe 3.5 hours.",
        ))
        .stdout(contains("  line 10: So I never know if it will die halfway home."))
        .stdout(contains("2 sentences left out"));
    gemba()
        .args([
            "import",
            "transcript",
            &path,
            "--from",
            &from,
            "--respondent",
            "C-07",
        ])
        .assert()
        .success();
    let after = load_project(&p);
    let who = after
        .respondents
        .iter()
        .find(|r| r.label == "C-07")
        .unwrap();
    let new: Vec<_> = after
        .remarks
        .iter()
        .filter(|r| before.remarks.get(r.id).is_none())
        .collect();
    assert_eq!(new.len(), 14);
    assert!(
        new.iter()
            .all(|r| r.candidate && r.source == Source::Interview && r.respondent == Some(who.id))
    );
    assert!(
        new.iter()
            .any(|r| r.text == "Everything else I own is USB-C.")
    );
    assert!(!new.iter().any(|r| r.text == "Yeah." || r.text == "Sure."));
    // The project still checks clean.
    gemba().args(["check", &path]).assert().success();
}

#[test]
fn refused_transcripts_leave_the_project_byte_for_byte() {
    let s = Scratch::new();
    let p = s.sample("bike-light.en.ron");
    let path = p.display().to_string();
    let none = s.write("notes.txt", "The light is too dim.\nIt needs USB-C.\n");
    refused(
        &p,
        &[
            "import",
            "transcript",
            &path,
            "--from",
            none.to_str().unwrap(),
        ],
        "no speaker turns found",
    );
    let asks = s.write("asks.md", "**Q:** What do you ride?\n**Q:** And when?\n");
    refused(
        &p,
        &[
            "import",
            "transcript",
            &path,
            "--from",
            asks.to_str().unwrap(),
        ],
        "only the interviewer speaks",
    );
    let three = s.write(
        "three.txt",
        "Interviewer: What do you use?\nAnna: A clip-on light.\nBen: A dynamo.\nInterviewer: Why?\nAnna: It was cheap.\nBen: It never runs out.\n",
    );
    refused(
        &p,
        &[
            "import",
            "transcript",
            &path,
            "--from",
            three.to_str().unwrap(),
        ],
        "the speakers are Interviewer (2 turns), Anna (2 turns), Ben (2 turns)",
    );
    refused(
        &p,
        &[
            "import",
            "transcript",
            &path,
            "--from",
            three.to_str().unwrap(),
            "--speaker",
            "Carl",
        ],
        "no speaker is labelled 'Carl'",
    );
    let latin1 = s.path("latin1.txt");
    fs::write(&latin1, b"Q: Caf\xe9?\nA: Oui.\n").unwrap();
    refused(
        &p,
        &[
            "import",
            "transcript",
            &path,
            "--from",
            latin1.to_str().unwrap(),
        ],
        "line 1: the file is neither UTF-8 nor GBK/GB18030 text",
    );
    // The one named works, with CRLF and a byte-order mark.
    let crlf = s.write(
        "ben.txt",
        &format!(
            "\u{feff}{}",
            fs::read_to_string(&three).unwrap().replace('\n', "\r\n")
        ),
    );
    gemba()
        .args([
            "import",
            "transcript",
            &path,
            "--from",
            crlf.to_str().unwrap(),
            "--speaker",
            "ben",
            "--dry-run",
        ])
        .assert()
        .success()
        .stdout(contains("  line 3: A dynamo."))
        .stdout(contains("  line 6: It never runs out."));
}

/// The dry-run output printed in docs/transcripts.md after `$ COMMAND`, up to the fence.
fn documented(command: &str) -> String {
    let doc = fs::read_to_string(root().join("docs/transcripts.md")).unwrap();
    let start = doc
        .find(&format!("$ {command}\n"))
        .unwrap_or_else(|| panic!("docs/transcripts.md shows `{command}`"));
    let rest = &doc[start + command.len() + 3..];
    rest[..rest.find("```").unwrap()].to_string()
}

#[test]
fn the_worked_examples_in_the_docs_are_what_the_binary_prints() {
    for (sample, copy, command) in [
        (
            "water-heater.zh.ron",
            "wh.ron",
            "gemba import transcript wh.ron --from tests/data/transcripts/water-heater.zh.txt --dry-run",
        ),
        (
            "bike-light.en.ron",
            "bike.ron",
            "gemba import transcript bike.ron --from tests/data/transcripts/bike-light.en.txt --respondent C-07 --dry-run",
        ),
    ] {
        let s = Scratch::new();
        fs::copy(root().join("projects").join(sample), s.path(copy)).unwrap();
        let data = s.path("tests/data");
        fs::create_dir_all(&data).unwrap();
        fs::create_dir_all(data.join("transcripts")).unwrap();
        for name in ["water-heater.zh.txt", "bike-light.en.txt"] {
            fs::copy(
                root().join("tests/data/transcripts").join(name),
                data.join("transcripts").join(name),
            )
            .unwrap();
        }
        let args: Vec<&str> = command.split_whitespace().skip(1).collect();
        let out = gemba()
            .current_dir(s.path(""))
            .args(&args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{command}");
        assert_eq!(String::from_utf8(out.stdout).unwrap(), documented(command));
    }
}

#[test]
fn a_project_open_elsewhere_is_imported_into_only_with_force_but_a_dry_run_reads_it() {
    let s = Scratch::new();
    let p = s.sample("bike-light.en.ron");
    let path = p.display().to_string();
    open_elsewhere(&p);
    let from = transcript("bike-light.en.txt");
    refused(
        &p,
        &["import", "transcript", &path, "--from", &from],
        "is open in gemba by",
    );
    gemba()
        .args(["import", "transcript", &path, "--from", &from, "--dry-run"])
        .assert()
        .success()
        .stdout(contains("14 remarks added as candidates"));
    gemba()
        .args(["import", "--force", "transcript", &path, "--from", &from])
        .assert()
        .success();
    assert_eq!(
        load_project(&p)
            .remarks
            .iter()
            .filter(|r| r.candidate)
            .count(),
        14
    );
}

/// A transcript saved by a Chinese editor in GBK, or as UTF-16, comes in as a UTF-8 one does.
#[test]
fn a_gbk_or_utf16_transcript_comes_in_as_utf8_does() {
    let s = Scratch::new();
    let text = "访谈者：平时怎么用热水器？\r\n受访者：冬天洗澡要等很久热水才来。水温忽冷忽热。\r\n";
    let (gbk, _, bad) = encoding_rs::GBK.encode(text);
    assert!(!bad);
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    for (name, bytes) in [("gbk.txt", gbk.into_owned()), ("utf16.txt", utf16)] {
        let p = s.project(&format!("{name}.ron"));
        let from = s.path(name);
        fs::write(&from, bytes).unwrap();
        gemba()
            .args(["import", "transcript"])
            .arg(&p)
            .arg("--from")
            .arg(&from)
            .assert()
            .success();
        let texts: Vec<String> = crate::load_project(&p)
            .remarks
            .iter()
            .map(|r| r.text.clone())
            .collect();
        assert_eq!(
            texts,
            ["冬天洗澡要等很久热水才来。", "水温忽冷忽热。"],
            "{name}"
        );
    }
}

/// `gemba show` says how many candidates from a transcript still wait to be accepted.
#[test]
fn show_counts_the_candidates_still_to_accept() {
    let s = Scratch::new();
    let p = s.sample("bike-light.en.ron");
    gemba()
        .args(["import", "transcript"])
        .arg(&p)
        .arg("--from")
        .arg(root().join("tests/data/transcripts/bike-light.en.txt"))
        .assert()
        .success();
    gemba()
        .arg("show")
        .arg(&p)
        .assert()
        .success()
        .stdout(contains("14 candidates to accept"));
    gemba()
        .args(["set", "remark"])
        .arg(&p)
        .args(["R37", "--accept"])
        .assert()
        .success();
    gemba()
        .arg("show")
        .arg(&p)
        .assert()
        .success()
        .stdout(contains("13 candidates to accept"));
}
