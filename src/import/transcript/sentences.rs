//! A customer's turn cut into sentences, and each sentence tidied into a remark: fillers taken
//! out, reply words and scraps dropped.

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
pub(super) fn sentences(text: &str) -> Vec<(usize, String)> {
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
pub(super) fn tidy(sentence: &str) -> Option<String> {
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
