//! `import transcript`: an interview written down as speaker turns ("Q:"/"A:", "访谈者：/受访者：",
//! "Anna: …", "**Anna:** …", with or without a timestamp before the name). The customer's turns
//! are cut into sentences, fillers ("um", "嗯", "就是说") are taken out, and each sentence that is
//! left becomes a candidate remark of source interview from the customer as respondent, for the
//! facilitator to accept, edit or drop on the Remarks step.

use std::collections::HashMap;
use std::path::Path;

use super::{Plan, RowError, id_range};
use crate::model::*;

/// Reads the file to import as text, in any encoding every import reads (UTF-8 with or without a
/// byte-order mark, UTF-16, GBK/GB18030), or the one given; invisible characters are taken out.
pub fn read_text(path: &Path, encoding: Option<super::source::Encoding>) -> Result<String, String> {
    super::source::read_text(path, encoding)
        .map(|d| d.text)
        .map_err(|problems| {
            let said: Vec<String> = problems.iter().map(ToString::to_string).collect();
            format!("{}: {}", path.display(), said.join("; "))
        })
}

/// A sentence of the customer's that may become a remark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// 1-based line of the file where the sentence starts.
    pub line: u64,
    pub text: String,
}

/// Someone who speaks in the transcript.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    pub label: String,
    pub turns: usize,
    /// Turns holding a question.
    pub questions: usize,
}

/// What a transcript holds for the project: whose words they are and the sentences kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cut {
    /// Everyone who speaks, in order of their first turn.
    pub speakers: Vec<Speaker>,
    /// The customer: the speaker whose turns are kept.
    pub customer: String,
    pub candidates: Vec<Candidate>,
    /// Sentences of the customer's left out as fillers or too short to be a remark.
    pub dropped: usize,
}

/// Labels that say the speaker asks the questions.
const INTERVIEWER: [&str; 13] = [
    "q",
    "i",
    "问",
    "interviewer",
    "moderator",
    "facilitator",
    "访谈者",
    "采访者",
    "主持人",
    "访问者",
    "访谈员",
    "调研员",
    "提问",
];

/// Labels that say the speaker is the customer.
const CUSTOMER: [&str; 15] = [
    "a",
    "r",
    "访谈对象",
    "答",
    "customer",
    "respondent",
    "interviewee",
    "user",
    "participant",
    "受访者",
    "被访者",
    "用户",
    "顾客",
    "客户",
    "回答",
];

fn role(label: &str, list: &[&str]) -> bool {
    let l = label.to_lowercase();
    list.contains(&l.as_str())
}

/// `[00:01:23]`, `(01:23)`, `00:01:23.5` at the start of `s`: the rest after it, or `s`.
fn strip_timestamp(s: &str) -> &str {
    let (open, body) = match s.chars().next() {
        Some(c @ ('[' | '(')) => (Some(c), &s[1..]),
        _ => (None, s),
    };
    let bytes = body.as_bytes();
    let mut i = 0;
    let mut groups = 0;
    loop {
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        if i == start || i - start > 2 {
            return s;
        }
        groups += 1;
        if i < bytes.len() && bytes[i] == b':' && groups < 3 {
            i += 1;
        } else {
            break;
        }
    }
    if groups < 2 {
        return s;
    }
    if i < bytes.len() && (bytes[i] == b'.' || bytes[i] == b',') {
        let f = i + 1;
        let mut j = f;
        while j < bytes.len() && bytes[j].is_ascii_digit() {
            j += 1;
        }
        if j > f {
            i = j;
        }
    }
    if let Some(o) = open {
        let close = if o == '[' { b']' } else { b')' };
        if bytes.get(i) != Some(&close) {
            return s;
        }
        i += 1;
    }
    let rest = &body[i..];
    // A time that is the text itself ("10:30 is when I ride") is no stamp: a name must follow.
    if !rest.is_empty() && !rest.starts_with([' ', '\t', '\u{3000}', '-', '–']) && open.is_none()
    {
        return s;
    }
    rest.trim_start_matches([' ', '\t', '\u{3000}', '-', '–'])
}

/// Whether `name` can be a speaker's name: short, no sentence punctuation, not a number.
fn is_name(name: &str) -> bool {
    let chars = name.chars().count();
    let words = name.split_whitespace().count();
    chars > 0
        && chars <= 24
        && words <= 3
        && !name.starts_with(|c: char| c.is_ascii_digit())
        && !name.contains([
            '。', '，', ',', '.', '!', '?', '！', '？', ';', '；', '"', '“', '”', '(', ')', '（',
            '）', '[', ']', '…', '*', '#', '>', '、',
        ])
}

/// A line's speaker label and the text after it, if the line opens a turn.
fn label(line: &str) -> Option<(String, &str)> {
    let s = strip_timestamp(line.trim());
    let (name, rest) = if let Some(inner) = s.strip_prefix("**") {
        // **Anna:** text  or  **Anna**: text
        let end = inner.find("**")?;
        let (head, tail) = (&inner[..end], &inner[end + 2..]);
        if let Some(n) = head.strip_suffix([':', '：']) {
            (n, tail)
        } else {
            let tail = tail.trim_start();
            let tail = tail.strip_prefix(':').or_else(|| tail.strip_prefix('：'))?;
            (head, tail)
        }
    } else {
        // The first colon outside brackets: "Mia (00:01:02): …".
        let mut depth = 0i32;
        let (at, colon) = s.char_indices().find(|&(_, c)| {
            match c {
                '(' | '[' | '（' => depth += 1,
                ')' | ']' | '）' => depth -= 1,
                _ => {}
            }
            depth == 0 && matches!(c, ':' | '：')
        })?;
        (&s[..at], &s[at + colon.len_utf8()..])
    };
    // "https://…" is an address, not Anna.
    if rest.starts_with("//") {
        return None;
    }
    let name = strip_timestamp_after(name.trim());
    is_name(name).then(|| (name.to_string(), rest.trim()))
}

/// `Anna [00:01:23]` → `Anna`.
fn strip_timestamp_after(name: &str) -> &str {
    if let Some(at) = name.rfind(['[', '(']) {
        let stamp = &name[at..];
        if strip_timestamp(stamp).is_empty() {
            return name[..at].trim_end();
        }
    }
    name
}

/// Whether a text reads as speaker turns: some label names a role ("Q", "访谈者") or opens two
/// lines or more. A list of remarks with a colon here and there does not.
pub fn has_turns(text: &str) -> bool {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for l in text.lines() {
        if let Some((name, _)) = label(l.trim_start_matches('\u{feff}')) {
            if role(&name, &INTERVIEWER) || role(&name, &CUSTOMER) {
                return true;
            }
            *counts.entry(name.to_lowercase()).or_default() += 1;
        }
    }
    counts.values().any(|n| *n >= 2)
}

/// One speaker's turn: the lines it spans, each with its line number.
struct Turn {
    speaker: String,
    lines: Vec<(u64, String)>,
}

/// Lines that carry no words of anyone: markdown headings and rules.
fn is_markup(line: &str) -> bool {
    let t = line.trim();
    t.starts_with('#') || (!t.is_empty() && t.chars().all(|c| matches!(c, '-' | '*' | '=' | '_')))
}

fn turns(text: &str) -> Result<Vec<Turn>, RowError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let text = text.replace("\r\n", "\n");
    // A lone CR ends a line too (old Mac files), so line numbers match what an editor shows.
    let lines: Vec<String> = text
        .split(['\n', '\r'])
        .map(|l| crate::model::text::visible(l).into_owned())
        .collect();
    // A label opens a turn when it names a role or begins two lines or more: "Note: the price …"
    // once inside an answer is part of that answer.
    let mut counts: HashMap<String, usize> = HashMap::new();
    for l in &lines {
        if let Some((name, _)) = label(l) {
            *counts.entry(name.to_lowercase()).or_default() += 1;
        }
    }
    let speaking = |name: &str| {
        role(name, &INTERVIEWER)
            || role(name, &CUSTOMER)
            || counts.get(&name.to_lowercase()).copied().unwrap_or(0) >= 2
    };
    let any = counts.keys().any(|n| speaking(n));
    let mut turns: Vec<Turn> = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let number = i as u64 + 1;
        if is_markup(l) {
            continue;
        }
        match label(l) {
            Some((name, rest)) if !any || speaking(&name) => {
                // The same speaker's label spelled differently ("Anna" / "anna") is one speaker.
                let speaker = turns
                    .iter()
                    .find(|t| t.speaker.to_lowercase() == name.to_lowercase())
                    .map_or(name, |t| t.speaker.clone());
                turns.push(Turn {
                    speaker,
                    lines: vec![(number, rest.to_string())],
                });
            }
            _ => {
                // Before the first turn: a title, a date, who was there.
                if let Some(t) = turns.last_mut()
                    && !l.trim().is_empty()
                {
                    t.lines.push((number, l.trim().to_string()));
                }
            }
        }
    }
    if turns.is_empty() {
        return Err(RowError::file(
            "no speaker turns found: each turn starts with a label and a colon, like \"Q:\" and \
             \"A:\", \"Interviewer:\" and \"Customer:\", \"访谈者：\" and \"受访者：\", or a name \
             (\"Anna: …\")",
        ));
    }
    Ok(turns)
}

/// A turn's text as one string, with where each of its lines starts in it.
fn joined(turn: &Turn) -> (String, Vec<(usize, u64)>) {
    let mut text = String::new();
    let mut starts = Vec::new();
    for (line, part) in &turn.lines {
        if part.is_empty() {
            continue;
        }
        // Words wrapped over two lines need a space between them; Chinese needs none.
        if text.ends_with(|c: char| c.is_ascii_alphanumeric() || ",.;:!?".contains(c)) {
            text.push(' ');
        }
        starts.push((text.len(), *line));
        text.push_str(part);
    }
    (text, starts)
}

/// Short words after which a full stop ends no sentence.
const ABBREVIATIONS: [&str; 14] = [
    "mr", "mrs", "ms", "dr", "prof", "st", "vs", "etc", "e.g", "i.e", "approx", "jr", "sr", "cf",
];

/// Whether the full stop at `i` ends a sentence: followed by a space, a quote or the end, and not
/// after an abbreviation or an initial ("Dr. Li", "e.g. this", "J. Smith"); "3.5" never is.
fn ends_at_period(chars: &[(usize, char)], i: usize) -> bool {
    match chars.get(i + 1).map(|c| c.1) {
        None => return true,
        Some(c) if c.is_whitespace() || "\"'”’)）".contains(c) || !c.is_ascii() => {}
        Some('.') => return false,
        _ => return false,
    }
    let mut j = i;
    while j > 0 && (chars[j - 1].1.is_ascii_alphabetic() || chars[j - 1].1 == '.') {
        j -= 1;
    }
    let word: String = chars[j..i].iter().map(|c| c.1).collect();
    let lower = word.to_lowercase();
    if ABBREVIATIONS.contains(&lower.as_str()) {
        return false;
    }
    if word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase()) {
        return false;
    }
    // "No. 5" is a number, "I said no." ends a sentence.
    if lower == "no" {
        let next = chars[i + 1..].iter().find(|c| !c.1.is_whitespace());
        return !next.is_some_and(|c| c.1.is_ascii_digit());
    }
    true
}

/// Cuts text into sentences at 。！？；!?; and full stops, with the byte offset of each.
fn sentences(text: &str) -> Vec<(usize, String)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    let end_of = |k: usize| chars.get(k).map_or(text.len(), |c| c.0);
    while i < chars.len() {
        let c = chars[i].1;
        let boundary = match c {
            '。' | '！' | '？' | '；' | '!' | '?' | ';' | '…' => true,
            '.' => ends_at_period(&chars, i),
            _ => false,
        };
        if !boundary {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() && "。！？!?.…\"'”’)）」』".contains(chars[j].1) {
            j += 1;
        }
        out.push((chars[start].0, text[chars[start].0..end_of(j)].to_string()));
        start = j;
        i = j;
    }
    if start < chars.len() {
        out.push((chars[start].0, text[chars[start].0..].to_string()));
    }
    out.into_iter()
        .map(|(at, s)| {
            let lead = s.len() - s.trim_start().len();
            (at + lead, s.trim().to_string())
        })
        .filter(|(_, s)| !s.is_empty())
        .collect()
}

/// Words that open a clause and say nothing; English ones only as whole words.
const FILLERS_EN: [&str; 10] = [
    "you know", "um", "umm", "uh", "uhh", "er", "erm", "hmm", "well,", "like,",
];
const FILLERS_ZH: [&str; 8] = ["就是说", "嗯", "啊", "呃", "额", "哦", "那个，", "那个,"];

/// Takes fillers off the start of a clause; true when one was taken.
fn strip_fillers(clause: &mut String) -> bool {
    let mut any = false;
    loop {
        let t = clause.trim_start();
        let mut cut = None;
        for f in FILLERS_EN {
            // Compared byte for byte: lower-casing may change the length of other letters.
            if t.get(..f.len()).is_some_and(|p| p.eq_ignore_ascii_case(f)) {
                let after = &t[f.len()..];
                if f.ends_with(',') || !after.starts_with(|c: char| c.is_alphanumeric()) {
                    cut = Some(f.len());
                    break;
                }
            }
        }
        if cut.is_none() {
            cut = FILLERS_ZH
                .iter()
                .find(|f| t.starts_with(*f))
                .map(|f| f.len());
        }
        let Some(n) = cut else { break };
        *clause = t[n..]
            .trim_start_matches([',', '，', '、', ' ', '…', '-', '—'])
            .to_string();
        any = true;
    }
    any
}

/// Words that say nothing as a clause of their own ("那个，孩子…", "Well, it …").
const CLAUSE_FILLERS: [&str; 7] = ["那个", "就是", "然后", "well", "like", "so", "i mean"];

/// Whole sentences that are only a reply word or a courtesy.
const ALONE: [&str; 38] = [
    "ok",
    "okay",
    "yeah",
    "yes",
    "yep",
    "no",
    "nope",
    "right",
    "sure",
    "mm",
    "mhm",
    "uh-huh",
    "i see",
    "exactly",
    "true",
    "thanks",
    "thank you",
    "you're welcome",
    "嗯",
    "嗯嗯",
    "啊",
    "对",
    "对的",
    "对对",
    "对对对",
    "是的",
    "是",
    "好的",
    "好",
    "哦",
    "没错",
    "行",
    "可以",
    "不客气",
    "谢谢",
    "谢谢您",
    "不用谢",
    "没事",
];

/// A sentence as a remark: fillers out at each clause start, reply words and scraps dropped.
fn tidy(sentence: &str) -> Option<String> {
    let mut clauses: Vec<(String, String)> = Vec::new();
    let mut current = String::new();
    for c in sentence.chars() {
        if matches!(c, ',' | '，' | '、') {
            clauses.push((std::mem::take(&mut current), c.to_string()));
        } else {
            current.push(c);
        }
    }
    clauses.push((current, String::new()));
    let mut out = String::new();
    let mut stripped = false;
    for (i, (mut clause, sep)) in clauses.into_iter().enumerate() {
        stripped |= strip_fillers(&mut clause);
        // "那个，" and "Well," are fillers as a clause of their own; "Yeah, …" and "对，…" are
        // only a reply word before the sentence.
        let bare = clause.trim().to_lowercase();
        if !sep.is_empty()
            && (CLAUSE_FILLERS.contains(&bare.as_str())
                || (i == 0 && ALONE.contains(&bare.as_str())))
        {
            stripped = true;
            continue;
        }
        let words = clause.trim();
        if words.is_empty() || words.chars().all(|c| !c.is_alphanumeric()) {
            // A clause that was only a filler goes with its comma, but the sentence keeps its
            // final punctuation.
            if sep.is_empty() && !out.is_empty() {
                let end: String = words.chars().filter(|c| !c.is_whitespace()).collect();
                out = out.trim_end_matches([',', '，', '、', ' ']).to_string();
                out.push_str(&end);
            }
            continue;
        }
        if out.ends_with(',') {
            out.push(' ');
        }
        out.push_str(words);
        out.push_str(&sep);
    }
    let mut out = out
        .trim()
        .trim_end_matches([',', '，', '、'])
        .trim_end()
        .to_string();
    // A clause-list ending in ; reads as a sentence of its own.
    if let Some(s) = out.strip_suffix('；') {
        out = format!("{s}。");
    } else if let Some(s) = out.strip_suffix(';') {
        out = format!("{s}.");
    }
    let core: String = out
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    let tokens = core
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
        .filter(|w| !w.is_empty());
    if ALONE.contains(&core.as_str()) || tokens.clone().all(|w| ALONE.contains(&w)) {
        return None;
    }
    let cjk = core
        .chars()
        .filter(|c| !c.is_ascii() && c.is_alphanumeric())
        .count();
    let words = core
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .count();
    if cjk + 2 * words < 3 {
        return None;
    }
    if stripped && let Some(first) = out.chars().next() {
        out = first.to_uppercase().chain(out.chars().skip(1)).collect();
    }
    Some(out)
}

/// Whether a turn asks something.
fn asks(turn: &Turn) -> bool {
    turn.lines.iter().any(|(_, l)| l.contains(['?', '？']))
}

/// Everyone who speaks in a transcript, in order of their first turn (to choose the customer).
pub fn speakers(text: &str) -> Result<Vec<Speaker>, RowError> {
    turns(text).map(|t| tally(&t))
}

fn tally(turns: &[Turn]) -> Vec<Speaker> {
    let mut speakers: Vec<Speaker> = Vec::new();
    for t in turns {
        let at = match speakers.iter().position(|s| s.label == t.speaker) {
            Some(i) => i,
            None => {
                speakers.push(Speaker {
                    label: t.speaker.clone(),
                    turns: 0,
                    questions: 0,
                });
                speakers.len() - 1
            }
        };
        speakers[at].turns += 1;
        speakers[at].questions += usize::from(asks(t));
    }
    speakers
}

/// Reads a transcript and cuts out the customer's sentences. `speaker` names the customer; without
/// it the interviewer is the speaker labelled as one (Q, Interviewer, 访谈者, …) or, failing that,
/// the one who asks most, and the customer is the one other speaker.
pub fn cut(text: &str, speaker: Option<&str>) -> Result<Cut, Vec<RowError>> {
    let turns = turns(text).map_err(|e| vec![e])?;
    let speakers = tally(&turns);
    let list = |speakers: &[Speaker]| {
        let names: Vec<String> = speakers
            .iter()
            .map(|s| {
                format!(
                    "{} ({})",
                    s.label,
                    crate::model::count(s.turns, "turn", "turns")
                )
            })
            .collect();
        names.join(", ")
    };
    let customer = match speaker {
        Some(want) => {
            let want = want.trim();
            match speakers
                .iter()
                .find(|s| s.label.to_lowercase() == want.to_lowercase())
            {
                Some(s) => s.label.clone(),
                None => {
                    return Err(vec![RowError::file(format!(
                        "no speaker is labelled '{want}'; the speakers are {}",
                        list(&speakers)
                    ))]);
                }
            }
        }
        None => {
            let labelled: Vec<&Speaker> = speakers
                .iter()
                .filter(|s| role(&s.label, &INTERVIEWER))
                .collect();
            let interviewer: Option<&str> = if !labelled.is_empty() {
                None
            } else {
                // The one who asks most, if one clearly does.
                let mut by_questions: Vec<&Speaker> = speakers.iter().collect();
                by_questions.sort_by_key(|s| std::cmp::Reverse(s.questions));
                match by_questions.as_slice() {
                    [one, two, ..] if one.questions > two.questions => Some(one.label.as_str()),
                    [_, _, ..] => {
                        return Err(vec![RowError::file(format!(
                            "cannot tell who the interviewer is; name the customer with \
                             --speaker LABEL; the speakers are {}",
                            list(&speakers)
                        ))]);
                    }
                    _ => None,
                }
            };
            let others: Vec<&Speaker> = speakers
                .iter()
                .filter(|s| !role(&s.label, &INTERVIEWER) && Some(s.label.as_str()) != interviewer)
                .collect();
            match others.as_slice() {
                [one] => one.label.clone(),
                [] => {
                    return Err(vec![RowError::file(format!(
                        "only the interviewer speaks ({}): there are no customer's words to \
                         import",
                        list(&speakers)
                    ))]);
                }
                _ => {
                    return Err(vec![RowError::file(format!(
                        "more than one speaker besides the interviewer; name the customer with \
                         --speaker LABEL; the speakers are {}",
                        list(&speakers)
                    ))]);
                }
            }
        }
    };
    let mut candidates = Vec::new();
    let mut dropped = 0;
    for t in turns.iter().filter(|t| t.speaker == customer) {
        let (text, starts) = joined(t);
        for (at, s) in sentences(&text) {
            let line = starts
                .iter()
                .rev()
                .find(|(start, _)| *start <= at)
                .map_or(t.lines[0].0, |(_, l)| *l);
            match tidy(&s) {
                Some(text) => candidates.push(Candidate { line, text }),
                None => dropped += 1,
            }
        }
    }
    if candidates.is_empty() {
        return Err(vec![RowError::file(format!(
            "{}'s turns hold no sentence to keep (only fillers and short replies)",
            customer
        ))]);
    }
    Ok(Cut {
        speakers,
        customer,
        candidates,
        dropped,
    })
}

/// The import: the customer's sentences as candidate remarks of source interview, from the
/// respondent labelled `respondent` (default: the customer's label), found or added.
pub fn plan(
    project: &Project,
    text: &str,
    speaker: Option<&str>,
    respondent: Option<&str>,
) -> Result<(Plan, Cut), Vec<RowError>> {
    let cut = cut(text, speaker)?;
    let label = respondent
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .unwrap_or(&cut.customer);
    let mut edits = Vec::new();
    let mut summary = Vec::new();
    let who = match project.respondents.iter().find(|r| r.label == label) {
        Some(r) => r.id,
        None => {
            let id = RespondentId::fresh(project.issued.respondent, 0);
            edits.push(Edit::Put(Entity::Respondent(Respondent {
                id,
                label: label.to_string(),
                segment: None,
                attributes: Default::default(),
            })));
            summary.push(format!("respondent {id} '{label}' added"));
            id
        }
    };
    let mut ids = Vec::new();
    for (n, c) in cut.candidates.iter().enumerate() {
        let mut r = Remark::new(RemarkId::fresh(project.issued.remark, n), c.text.clone());
        r.source = Source::Interview;
        r.respondent = Some(who);
        r.candidate = true;
        ids.push(r.id);
        edits.push(Edit::Put(Entity::Remark(r)));
    }
    summary.insert(
        0,
        format!(
            "{} added as candidates ({}) from {who} '{label}'",
            crate::model::count(ids.len(), "remark", "remarks"),
            id_range(&ids)
        ),
    );
    Ok((
        Plan {
            edit: Edit::Batch(edits),
            summary,
        },
        cut,
    ))
}

#[cfg(test)]
#[path = "transcript_tests.rs"]
mod tests;
