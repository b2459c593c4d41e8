//! `import transcript`: an interview written down as speaker turns ("Q:"/"A:", "访谈者：/受访者：",
//! "Anna: …", "**Anna:** …", with or without a timestamp before the name). The customer's turns
//! are cut into sentences, fillers ("um", "嗯", "就是说") are taken out, and each sentence that is
//! left becomes a candidate remark of source interview from the customer as respondent, for the
//! facilitator to accept, edit or drop on the Remarks step.

mod sentences;
mod turns;

use std::path::Path;

use super::{Plan, RowError, id_range};
use crate::model::*;
use sentences::{sentences, tidy};
pub use turns::has_turns;
use turns::{INTERVIEWER, Turn, asks, joined, role, turns};

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
mod tests;
