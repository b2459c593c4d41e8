//! `import survey --guess`: a starting map from the header and the values under it, for a person
//! to check and edit. Guesses are by header wording (English and Chinese) and by what the cells
//! hold; what cannot be guessed is left for the person (and the import then says what is missing).

use std::collections::{BTreeMap, BTreeSet};

use super::map::{Grid, KanoPair, Measure, Open, OpenKind, SurveyMap};
use super::sheet::Sheet;
use crate::model::Project;

fn has(header: &str, words: &[&str]) -> bool {
    let h = header.to_lowercase();
    words.iter().any(|w| h.contains(w))
}

const RESPONDENT: [&str; 10] = [
    "respondent",
    "response id",
    "responseid",
    "受访者",
    "编号",
    "答卷",
    "序号",
    "user id",
    "用户id",
    "participant",
];
const SEGMENT: [&str; 9] = [
    "segment", "region", "market", "地区", "区域", "细分", "分组", "人群", "城市",
];
const ATTRIBUTE: [&str; 12] = [
    "age",
    "gender",
    "sex",
    "income",
    "occupation",
    "education",
    "年龄",
    "性别",
    "收入",
    "职业",
    "学历",
    "婚姻",
];

/// Rating words a form commonly offers, and their number on a 1–5 scale.
const LABELS: [(&str, f64); 21] = [
    ("very important", 5.0),
    ("important", 4.0),
    ("somewhat important", 3.0),
    ("not very important", 2.0),
    ("not at all important", 1.0),
    ("very satisfied", 5.0),
    ("satisfied", 4.0),
    ("neutral", 3.0),
    ("dissatisfied", 2.0),
    ("very dissatisfied", 1.0),
    ("非常重要", 5.0),
    ("重要", 4.0),
    ("一般", 3.0),
    ("不重要", 2.0),
    ("非常不重要", 1.0),
    ("非常满意", 5.0),
    ("满意", 4.0),
    ("不满意", 2.0),
    ("非常不满意", 1.0),
    ("比较满意", 4.0),
    ("比较重要", 4.0),
];

/// Which side of a Kano pair a header's wording asks: functional (true) or dysfunctional.
fn kano_side(header: &str) -> Option<bool> {
    let h = header.to_lowercase();
    let en_if = h.starts_with("if ") || h.contains(" if ");
    let zh_if = ["如果", "若", "假如"].iter().any(|w| h.contains(w));
    let en_not = [
        "does not have",
        "doesn't have",
        "did not have",
        "didn't have",
        "lacks",
        "without",
        " no ",
        " not ",
    ];
    let zh_not = ["没有", "不具备", "不能", "不提供", "不带", "无法"];
    if (en_if && en_not.iter().any(|w| h.contains(w)))
        || (zh_if && zh_not.iter().any(|w| h.contains(w)))
    {
        Some(false)
    } else if en_if || zh_if {
        Some(true)
    } else {
        None
    }
}

/// A grid column's prefix and number: "Q3_12" is ("Q3_", 12). The prefix must end in a
/// separator or a letter so "Q12" alone is not a grid of "Q".
fn numbered(header: &str) -> Option<(String, usize)> {
    let h = header.trim();
    let digits = h.len() - h.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || digits == h.len() {
        return None;
    }
    let (prefix, n) = h.split_at(h.len() - digits);
    let last = prefix.chars().last()?;
    if !matches!(last, '_' | '.' | '-' | '#' | '：' | ':') {
        return None;
    }
    Some((prefix.to_string(), n.parse().ok()?))
}

/// The question of a header that names a question and then one of its rows: the text up to and
/// with the separator ("How important - " of "How important - Bright beam").
fn question_part(header: &str) -> Option<String> {
    let h = header.trim();
    // "5(亮度足够)": the row in brackets after the question's number (问卷星 by number).
    for (open, close) in [('(', ')'), ('（', '）')] {
        if let (Some(body), Some(at)) = (h.strip_suffix(close), h.find(open)) {
            let start = at + open.len_utf8();
            if at > 0 && start < body.len() {
                return Some(format!("{}*{close}", &h[..start]));
            }
        }
    }
    let at = ["—", " - ", "--"]
        .iter()
        .filter_map(|s| h.find(s).map(|i| i + s.len()))
        .min()
        .or_else(|| {
            h.rfind([':', '：'])
                .map(|i| i + h[i..].chars().next().map_or(1, char::len_utf8))
        })?;
    (at < h.len() && at > 0).then(|| format!("{}*", &h[..at]))
}

fn is_number(v: &str) -> bool {
    crate::model::number::parse_number(v).is_ok()
}

/// Guesses a map for the sheet. Qualities come from the project when it has enough of them (in
/// id order); otherwise placeholders Q1, Q2, … that the import will name if they are wrong.
pub fn guess(project: &Project, sheet: &Sheet) -> SurveyMap {
    // SurveyMonkey: blank header cells after a question, and "Response" under its questions.
    let two_rows = sheet.header.iter().any(String::is_empty)
        && sheet.rows.first().is_some_and(|r| {
            r.cells
                .iter()
                .any(|c| ["response", "open-ended response"].contains(&c.to_lowercase().as_str()))
        });
    let joined;
    let sheet = if two_rows {
        joined = sheet.with_header_rows(2);
        &joined
    } else {
        sheet
    };
    let header = &sheet.header;
    // Qualtrics puts the question text and a row of {"ImportId": …} under the header.
    let skip = sheet
        .rows
        .iter()
        .take(3)
        .rposition(|r| r.cells.iter().any(|c| c.contains("\"ImportId\"")))
        .map_or(0, |i| i + 1);
    let rows = &sheet.rows[skip..];
    let values = |c: usize| -> Vec<&str> {
        rows.iter()
            .map(|r| r.get(c))
            .filter(|v| !v.is_empty())
            .collect()
    };
    let mut used = vec![false; header.len()];
    let mut map = SurveyMap {
        skip,
        header_rows: if two_rows { 2 } else { 0 },
        ..SurveyMap::default()
    };

    // The respondent: a column named like one, else the first column with a distinct value in
    // every row.
    let respondent = header
        .iter()
        .position(|h| h.trim().eq_ignore_ascii_case("id") || has(h, &RESPONDENT))
        .or_else(|| {
            (0..header.len()).find(|&c| {
                let v = values(c);
                v.len() == rows.len()
                    && !v.is_empty()
                    && v.iter().collect::<BTreeSet<_>>().len() == v.len()
            })
        })
        .unwrap_or(0);
    used[respondent] = true;
    map.respondent = header.get(respondent).cloned().unwrap_or_default();

    if let Some(c) = (0..header.len()).find(|&c| !used[c] && has(&header[c], &SEGMENT)) {
        used[c] = true;
        map.segment = Some(header[c].clone());
    }
    for c in 0..header.len() {
        if !used[c] && has(&header[c], &ATTRIBUTE) && header[c].chars().count() <= 20 {
            used[c] = true;
            map.attributes.push(header[c].clone());
        }
    }

    // Grids: two or more columns sharing a prefix before a number.
    let mut prefixes: BTreeMap<String, Vec<(usize, usize)>> = BTreeMap::new();
    for (c, h) in header.iter().enumerate() {
        if let (false, Some((p, n))) = (used[c], numbered(h)) {
            prefixes.entry(format!("{p}*")).or_default().push((c, n));
        }
    }
    // Or sharing the question before a dash or colon: "3、重视程度—亮度足够" (the * then stands
    // for the quality's text).
    let mut texts: BTreeMap<String, Vec<(usize, usize)>> = BTreeMap::new();
    for (c, h) in header.iter().enumerate() {
        if let (false, None, Some(p)) = (used[c], numbered(h), question_part(h)) {
            texts.entry(p).or_default().push((c, 0));
        }
    }
    let mut grids: Vec<(usize, String, Vec<usize>)> = prefixes
        .into_iter()
        .chain(texts)
        .filter(|(_, cols)| cols.len() >= 2)
        .map(|(p, cols)| (cols[0].0, p, cols.iter().map(|(c, _)| *c).collect()))
        .collect();
    grids.sort();
    let mut largest = 0;
    let mut words: BTreeSet<String> = BTreeSet::new();
    let mut rating_grids = 0;
    for (_, prefix, cols) in &grids {
        let cells: Vec<&str> = cols.iter().flat_map(|&c| values(c)).collect();
        let kano = !cells.is_empty()
            && cells
                .iter()
                .all(|v| !is_number(v) && super::kano_answer(v).is_ok());
        if kano {
            continue; // Kano grids pair up below
        }
        for &c in cols {
            used[c] = true;
        }
        for v in cells.iter().filter(|v| !is_number(v)) {
            words.insert(v.trim().to_string());
        }
        let sample = &header[cols[0]];
        let measure = if has(sample, &["importan", "重要", "重视"]) {
            Measure::Importance
        } else if has(sample, &["satisf", "满意"]) {
            Measure::Satisfaction
        } else {
            match rating_grids {
                0 => Measure::Importance,
                1 => Measure::Satisfaction,
                n => Measure::Competitor(format!("Competitor {}", n - 1)),
            }
        };
        rating_grids += 1;
        largest = largest.max(
            cols.iter()
                .filter_map(|&c| numbered(&header[c]))
                .map(|(_, n)| n)
                .max()
                .unwrap_or(0),
        );
        map.grids.push(Grid {
            columns: prefix.clone(),
            measure,
            qualities: Vec::new(),
        });
    }
    if largest > 0 {
        let ids: Vec<String> = project.qualities.iter().map(|q| q.id.to_string()).collect();
        map.qualities = if ids.len() >= largest {
            ids[..largest].to_vec()
        } else {
            (1..=largest).map(|n| format!("Q{n}")).collect()
        };
    }
    for w in &words {
        if let Some((_, v)) = LABELS.iter().find(|(k, _)| k.eq_ignore_ascii_case(w)) {
            map.labels.insert(w.clone(), *v);
        }
    }

    // Kano pairs: by wording, else by cells that are all Kano answers; in header order, each
    // functional column pairs with the next dysfunctional one.
    let mut pending: Option<usize> = None;
    for c in 0..header.len() {
        if used[c] {
            continue;
        }
        let cells = values(c);
        let answers = !cells.is_empty()
            && cells
                .iter()
                .all(|v| !is_number(v) && super::kano_answer(v).is_ok());
        // Without wording, columns of Kano answers alternate functional, dysfunctional.
        let side = kano_side(&header[c]).or_else(|| answers.then_some(pending.is_none()));
        match (side, pending) {
            (Some(true), _) => pending = Some(c),
            (Some(false), Some(f)) => {
                used[f] = true;
                used[c] = true;
                let quality = project
                    .qualities
                    .iter()
                    .find(|q| !q.text.is_empty() && header[f].contains(q.text.as_str()))
                    .map(|q| q.id.to_string());
                map.kano.push(KanoPair {
                    functional: header[f].clone(),
                    dysfunctional: header[c].clone(),
                    quality,
                });
                pending = None;
            }
            _ => {}
        }
    }

    // Open questions: columns of mostly longer, varied text.
    for c in 0..header.len() {
        if used[c] {
            continue;
        }
        let cells = values(c);
        if cells.is_empty() {
            continue;
        }
        let texty = cells.iter().filter(|v| !is_number(v)).count() * 10 >= cells.len() * 9;
        let long = cells.iter().map(|v| v.chars().count()).sum::<usize>() >= 6 * cells.len();
        // A choice column repeats a handful of answers; people's own words rarely repeat.
        let distinct = cells.iter().collect::<BTreeSet<_>>().len();
        let varied = distinct * 5 >= cells.len() || distinct >= 12;
        // Times and dates are long, varied text too, but nobody's words.
        let digits = cells
            .iter()
            .flat_map(|v| v.chars())
            .filter(char::is_ascii_digit)
            .count();
        let chars: usize = cells.iter().map(|v| v.chars().count()).sum();
        let when = has(&header[c], &["time", "date", "时间", "日期"]) || digits * 2 > chars;
        if texty && long && varied && !when {
            let h = &header[c];
            let kind = if has(
                h,
                &[
                    "wish", "great", "improve", "hope", "希望", "愿望", "期待", "改进",
                ],
            ) {
                OpenKind::Wish
            } else if has(
                h,
                &[
                    "trouble",
                    "problem",
                    "complain",
                    "dissatisf",
                    "bother",
                    "annoy",
                    "困扰",
                    "不满",
                    "问题",
                    "抱怨",
                ],
            ) {
                OpenKind::Trouble
            } else if has(h, &["buy", "purchase", "购买", "选购"]) {
                OpenKind::Purchase
            } else if has(
                h,
                &[
                    "scene",
                    "situation",
                    "when you use",
                    "场景",
                    "场合",
                    "使用时",
                ],
            ) {
                OpenKind::Scene
            } else {
                OpenKind::Free
            };
            used[c] = true;
            map.open.push(Open {
                column: h.clone(),
                kind,
            });
        }
    }
    map
}

/// The map as a file: a few comment lines on what to check, then the RON.
pub fn to_file(map: &SurveyMap, from: &str) -> String {
    let mut out = format!(
        "// A map for `gemba import survey … --from {from}`, guessed from its header.\n\
         // Check every line: the grids' measures (importance, satisfaction, competitor(\"Name\")),\n\
         // the qualities each grid column rates, the open questions' kinds (scene, purchase,\n\
         // wish, trouble, free) and the Kano pairs' qualities. Then try it with --dry-run.\n"
    );
    out.push_str(&super::map::write(map));
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grid_prefixes() {
        assert_eq!(numbered("Q3_12"), Some(("Q3_".into(), 12)));
        assert_eq!(numbered("Q12"), None);
        assert_eq!(numbered("12"), None);
        assert_eq!(numbered("重要性:3"), Some(("重要性:".into(), 3)));
    }

    #[test]
    fn question_parts() {
        assert_eq!(
            question_part("3、您对以下方面的重视程度—亮度足够").as_deref(),
            Some("3、您对以下方面的重视程度—*")
        );
        assert_eq!(
            question_part("How important - Bright beam").as_deref(),
            Some("How important - *")
        );
        assert_eq!(question_part("Rate: glare").as_deref(), Some("Rate:*"));
        assert_eq!(question_part("5(亮度足够)").as_deref(), Some("5(*)"));
        assert_eq!(
            question_part("满意度（续航）").as_deref(),
            Some("满意度（*）")
        );
        assert_eq!(question_part("(note)"), None);
        assert_eq!(question_part("Age"), None);
        assert_eq!(question_part("Note:"), None);
    }

    #[test]
    fn kano_wording() {
        assert_eq!(
            kano_side("If the lamp has a timer, how do you feel?"),
            Some(true)
        );
        assert_eq!(
            kano_side("If the lamp does not have a timer, how do you feel?"),
            Some(false)
        );
        assert_eq!(kano_side("如果台灯有定时功能，您觉得？"), Some(true));
        assert_eq!(kano_side("如果台灯没有定时功能，您觉得？"), Some(false));
        assert_eq!(kano_side("如果没有定时功能，您觉得？"), Some(false));
        assert_eq!(kano_side("Age"), None);
    }
}
