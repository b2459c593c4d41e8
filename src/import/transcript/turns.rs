//! Speaker turns of a transcript: which lines open a turn (a label and a colon, after an optional
//! timestamp), whose label names a role, and each turn's lines with their line numbers.

use std::collections::HashMap;

use crate::import::RowError;

/// Labels that say the speaker asks the questions.
pub(super) const INTERVIEWER: [&str; 13] = [
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

pub(super) fn role(label: &str, list: &[&str]) -> bool {
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
pub(super) struct Turn {
    pub(super) speaker: String,
    pub(super) lines: Vec<(u64, String)>,
}

/// Lines that carry no words of anyone: markdown headings and rules.
fn is_markup(line: &str) -> bool {
    let t = line.trim();
    t.starts_with('#') || (!t.is_empty() && t.chars().all(|c| matches!(c, '-' | '*' | '=' | '_')))
}

pub(super) fn turns(text: &str) -> Result<Vec<Turn>, RowError> {
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
pub(super) fn joined(turn: &Turn) -> (String, Vec<(usize, u64)>) {
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

/// Whether a turn asks something.
pub(super) fn asks(turn: &Turn) -> bool {
    turn.lines.iter().any(|(_, l)| l.contains(['?', '？']))
}
