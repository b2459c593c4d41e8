//! The map resolved against an export's header: which column is the respondent, which columns
//! are open questions, and which question about which quality each rating or Kano column asks.
//! Problems of the map (a column the header lacks, an unknown quality, a column used twice) are
//! all found here, before any row is read.

use std::collections::HashMap;

use super::map::{self, Measure, OpenKind, SurveyMap};
use super::sheet::{Sheet, Unit};
use crate::import::RowError;
use crate::import::responses::find_quality;
use crate::model::*;

/// A rating or Kano column: which question about which quality.
pub(super) struct Asked {
    pub(super) column: usize,
    pub(super) quality: QualityId,
    pub(super) question: Question,
    /// Index into `Counts::ratings`, for ratings.
    pub(super) measure: usize,
}

/// The map resolved against the header.
pub(super) struct Columns {
    pub(super) respondent: usize,
    pub(super) segment: Option<usize>,
    pub(super) attributes: Vec<usize>,
    pub(super) open: Vec<(usize, OpenKind)>,
    pub(super) asked: Vec<Asked>,
    /// (functional, dysfunctional) positions in `asked`.
    pub(super) pairs: Vec<(usize, usize)>,
    pub(super) competitors: Vec<Competitor>,
    pub(super) measures: Vec<Measure>,
    pub(super) ignored: Vec<String>,
}

/// Finds the columns of a name or pattern: (position, text of the `*`).
fn find(sheet: &Sheet, pattern: &str) -> Vec<(usize, String)> {
    sheet
        .header
        .iter()
        .enumerate()
        .filter_map(|(i, h)| map::matches(pattern, h).map(|s| (i, s)))
        .collect()
}

/// A problem with the map's use of the header.
fn at_header(sheet: &Sheet, name: &str, message: impl Into<String>) -> RowError {
    let message = message.into();
    match sheet.unit {
        Unit::Line => RowError::at(sheet.header_at, Some(name), message),
        Unit::Row => RowError::file(format!(
            "row {}, column '{name}': {message}",
            sheet.header_at
        )),
    }
}

struct Resolver<'a> {
    project: &'a Project,
    sheet: &'a Sheet,
    map: &'a SurveyMap,
    /// Which map entry took each header column.
    used: Vec<Option<String>>,
    problems: Vec<RowError>,
}

impl Resolver<'_> {
    /// Claims columns for a map entry; a column claimed twice is a problem.
    fn claim(&mut self, columns: &[(usize, String)], by: &str) {
        for (i, _) in columns {
            match &self.used[*i] {
                Some(other) => {
                    let name = self.sheet.header[*i].clone();
                    self.problems.push(at_header(
                        self.sheet,
                        &name,
                        format!("the map uses this column twice: for {other} and for {by}"),
                    ));
                }
                None => self.used[*i] = Some(by.to_string()),
            }
        }
    }

    /// Exactly one column of this name.
    fn one(&mut self, name: &str, by: &str) -> Option<usize> {
        let found = find(self.sheet, name);
        match found.as_slice() {
            [] => {
                self.problems.push(at_header(
                    self.sheet,
                    name,
                    format!(
                        "the map names this column for {by}, but the header has no such column"
                    ),
                ));
                None
            }
            [(i, _)] => {
                self.claim(&found, by);
                Some(*i)
            }
            many => {
                let at: Vec<String> = many.iter().map(|(i, _)| (i + 1).to_string()).collect();
                self.problems.push(at_header(
                    self.sheet,
                    name,
                    format!(
                        "the map names this column for {by}, but columns {} all fit it",
                        at.join(", ")
                    ),
                ));
                None
            }
        }
    }

    /// At least one column of a name or pattern.
    fn some(&mut self, pattern: &str, by: &str) -> Vec<(usize, String)> {
        let found = find(self.sheet, pattern);
        if found.is_empty() {
            self.problems.push(at_header(
                self.sheet,
                pattern,
                format!("the map names this for {by}, but no column of the header fits it"),
            ));
        }
        self.claim(&found, by);
        found
    }

    /// The quality of the `k`th column of a grid whose `*` stood for `star`.
    fn quality(
        &mut self,
        column: usize,
        k: usize,
        star: &str,
        own: &[String],
    ) -> Option<QualityId> {
        let name = self.sheet.header[column].clone();
        let text = if !own.is_empty() {
            match own.get(k) {
                Some(t) => t.clone(),
                None => {
                    self.problems.push(at_header(
                        self.sheet,
                        &name,
                        format!(
                            "this is column {} of its grid, but the grid lists {}",
                            k + 1,
                            crate::model::count(own.len(), "quality", "qualities")
                        ),
                    ));
                    return None;
                }
            }
        } else if let (false, Ok(n)) = (self.map.qualities.is_empty(), star.parse::<usize>()) {
            match n.checked_sub(1).and_then(|i| self.map.qualities.get(i)) {
                Some(t) => t.clone(),
                None => {
                    self.problems.push(at_header(
                        self.sheet,
                        &name,
                        format!(
                            "this column is number {n}, but the map's qualities list {}",
                            crate::model::count(self.map.qualities.len(), "quality", "qualities")
                        ),
                    ));
                    return None;
                }
            }
        } else if star.is_empty() {
            self.problems.push(at_header(
                self.sheet,
                &name,
                "which quality this column rates is not said: give the grid's qualities, the \
                 map's qualities, or a pattern whose * is the quality",
            ));
            return None;
        } else {
            star.to_string()
        };
        match find_quality(self.project, text.trim()) {
            Ok(q) => Some(q),
            Err(e) => {
                self.problems.push(at_header(self.sheet, &name, e));
                None
            }
        }
    }
}

pub(super) fn resolve(
    project: &Project,
    sheet: &Sheet,
    map: &SurveyMap,
) -> Result<Columns, Vec<RowError>> {
    let mut r = Resolver {
        project,
        sheet,
        map,
        used: vec![None; sheet.header.len()],
        problems: Vec::new(),
    };
    let respondent = r.one(&map.respondent, "the respondent");
    let segment = map.segment.as_ref().and_then(|s| r.one(s, "the segment"));
    let attributes: Vec<usize> = map
        .attributes
        .iter()
        .filter_map(|a| r.one(a, "an attribute"))
        .collect();
    let mut open = Vec::new();
    for o in &map.open {
        let by = format!("an open question ({})", o.kind.key());
        for (i, _) in r.some(&o.column, &by) {
            open.push((i, o.kind));
        }
    }
    let mut competitors: Vec<Competitor> = Vec::new();
    let mut measures: Vec<Measure> = Vec::new();
    let mut asked: Vec<Asked> = Vec::new();
    let mut taken: HashMap<(QualityId, Question), usize> = HashMap::new();
    let mut add = |r: &mut Resolver, a: Asked| {
        if let Some(first) = taken.insert((a.quality, a.question), a.column) {
            let name = sheet.header[a.column].clone();
            r.problems.push(at_header(
                sheet,
                &name,
                format!(
                    "column '{}' already asks {} about {}",
                    sheet.header[first],
                    a.question.key(),
                    a.quality
                ),
            ));
        }
        asked.push(a);
        asked.len() - 1
    };
    for g in &map.grids {
        let question = match &g.measure {
            Measure::Importance => Question::Importance,
            Measure::Satisfaction => Question::Satisfaction,
            Measure::Competitor(name) => {
                let name = name.trim();
                let id = match project.competitor_by_name(name) {
                    Some(c) => c.id,
                    None => match competitors.iter().find(|c| c.name == name) {
                        Some(c) => c.id,
                        None => {
                            let c = Competitor {
                                id: CompetitorId::fresh(
                                    project.issued.competitor,
                                    competitors.len(),
                                ),
                                name: name.to_string(),
                                order: (project.competitors.len() + competitors.len()) as u32,
                            };
                            competitors.push(c.clone());
                            c.id
                        }
                    },
                };
                Question::Competitor(id)
            }
        };
        let measure = match measures.iter().position(|m| *m == g.measure) {
            Some(i) => i,
            None => {
                measures.push(g.measure.clone());
                measures.len() - 1
            }
        };
        let by = format!("the {} grid", g.measure.describe());
        for (k, (i, star)) in r.some(&g.columns, &by).into_iter().enumerate() {
            if let Some(quality) = r.quality(i, k, &star, &g.qualities) {
                add(
                    &mut r,
                    Asked {
                        column: i,
                        quality,
                        question,
                        measure,
                    },
                );
            }
        }
    }
    let mut pairs = Vec::new();
    for p in &map.kano {
        let f = r.some(&p.functional, "a Kano functional question");
        let d = r.some(&p.dysfunctional, "a Kano dysfunctional question");
        for (k, (fi, star)) in f.iter().enumerate() {
            let fname = sheet.header[*fi].clone();
            // The dysfunctional partner: the only one, or the one whose * stands for the same.
            let partner = if d.len() == 1 && f.len() == 1 {
                Some(d[0].0)
            } else {
                d.iter().find(|(_, s)| s == star).map(|(i, _)| *i)
            };
            let Some(di) = partner else {
                r.problems.push(at_header(
                    sheet,
                    &fname,
                    format!(
                        "no dysfunctional column pairs with this one ('{}' with * = '{star}')",
                        p.dysfunctional
                    ),
                ));
                continue;
            };
            let quality = match &p.quality {
                Some(q) if f.len() == 1 => match find_quality(project, q.trim()) {
                    Ok(q) => Some(q),
                    Err(e) => {
                        r.problems.push(at_header(sheet, &fname, e));
                        None
                    }
                },
                None if f.len() == 1 && !p.functional.contains('*') => {
                    r.problems.push(at_header(
                        sheet,
                        &fname,
                        "which quality this Kano pair asks about is not said; add quality: \"Q…\" \
                         (an id or the exact text) to the pair",
                    ));
                    None
                }
                _ => r.quality(*fi, k, star, &[]),
            };
            let Some(quality) = quality else { continue };
            let a = add(
                &mut r,
                Asked {
                    column: *fi,
                    quality,
                    question: Question::Functional,
                    measure: 0,
                },
            );
            let b = add(
                &mut r,
                Asked {
                    column: di,
                    quality,
                    question: Question::Dysfunctional,
                    measure: 0,
                },
            );
            pairs.push((a, b));
        }
    }
    let mut problems = r.problems;
    let ignored = sheet
        .header
        .iter()
        .zip(&r.used)
        .filter(|(_, u)| u.is_none())
        .map(|(h, _)| h.clone())
        .collect();
    match respondent {
        Some(respondent) if problems.is_empty() => Ok(Columns {
            respondent,
            segment,
            attributes,
            open,
            asked,
            pairs,
            competitors,
            measures,
            ignored,
        }),
        _ => {
            if problems.is_empty() {
                problems.push(RowError::file("the map names no respondent column"));
            }
            Err(problems)
        }
    }
}
