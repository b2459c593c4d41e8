//! Checks of a House of Quality that point at gaps in the matrix (METHOD.md section 8): a demanded
//! quality that no characteristic strongly realises, a characteristic that realises nothing, and a
//! characteristic that only repeats a demanded quality in other words instead of naming a
//! measurable property.

use std::collections::HashSet;

use crate::model::{CharacteristicId, Project, QualityId, Strength};

/// What the audit found, each list in the order of the rows and columns given.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Audit {
    /// Demanded qualities without a strong ◎ relationship.
    pub no_strong: Vec<QualityId>,
    /// Characteristics with no relationship at all.
    pub unrelated: Vec<CharacteristicId>,
    /// A characteristic whose name is nearly the text of a demanded quality.
    pub restates: Vec<(CharacteristicId, QualityId)>,
}

impl Audit {
    pub fn len(&self) -> usize {
        self.no_strong.len() + self.unrelated.len() + self.restates.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Names at least this similar (Dice coefficient of character pairs) count as nearly equal.
pub const RESTATE_SIMILARITY: f64 = 0.8;

/// Audits the rows (demanded qualities) and columns (characteristics) shown in the house.
pub fn audit(project: &Project, rows: &[QualityId], columns: &[CharacteristicId]) -> Audit {
    let strong: HashSet<QualityId> = project
        .relationships
        .iter()
        .filter(|r| r.strength == Strength::Strong && columns.contains(&r.characteristic))
        .map(|r| r.quality)
        .collect();
    let related: HashSet<CharacteristicId> = project
        .relationships
        .iter()
        .filter(|r| rows.contains(&r.quality))
        .map(|r| r.characteristic)
        .collect();
    let mut restates = Vec::new();
    for c in columns {
        let Some(name) = project.characteristics.get(*c).map(|c| c.name.as_str()) else {
            continue;
        };
        let best = rows
            .iter()
            .filter_map(|q| {
                let text = project.qualities.get(*q)?.text.as_str();
                Some((*q, similarity(name, text)))
            })
            .filter(|(_, s)| *s >= RESTATE_SIMILARITY)
            .max_by(|a, b| a.1.total_cmp(&b.1));
        if let Some((q, _)) = best {
            restates.push((*c, q));
        }
    }
    Audit {
        no_strong: rows
            .iter()
            .filter(|q| !strong.contains(q))
            .copied()
            .collect(),
        unrelated: columns
            .iter()
            .filter(|c| !related.contains(c))
            .copied()
            .collect(),
        restates,
    }
}

/// Letters and digits only, lower case: "Run-time." and "run time" read the same.
fn normalize(text: &str) -> Vec<char> {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// How alike two texts are, 0 to 1: the Dice coefficient of their neighbouring character pairs
/// after `normalize`, so it works the same for words and for Chinese characters.
pub fn similarity(a: &str, b: &str) -> f64 {
    let (a, b) = (normalize(a), normalize(b));
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    if a == b {
        return 1.0;
    }
    let pairs = |s: &[char]| -> Vec<(char, char)> {
        if s.len() == 1 {
            vec![(s[0], '\0')]
        } else {
            s.windows(2).map(|w| (w[0], w[1])).collect()
        }
    };
    let (pa, mut pb) = (pairs(&a), pairs(&b));
    let total = pa.len() + pb.len();
    let mut shared = 0;
    for p in &pa {
        if let Some(k) = pb.iter().position(|x| x == p) {
            pb.swap_remove(k);
            shared += 1;
        }
    }
    2.0 * shared as f64 / total as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    fn project() -> (Project, Vec<QualityId>, Vec<CharacteristicId>) {
        let mut p = Project::new(Meta::new("audit"));
        let texts = [
            "The light runs a whole week",
            "The beam reaches far",
            "易于安装",
        ];
        let mut rows = Vec::new();
        for (i, t) in texts.iter().enumerate() {
            let q = QualityId(i as u32 + 1);
            p.apply(Edit::Put(Entity::Quality(Quality::new(q, *t))))
                .unwrap();
            rows.push(q);
        }
        let names = [
            "Runtime",
            "Beam throw",
            "Mass",
            "the light runs a whole-week!",
            "易于安装。",
        ];
        let mut cols = Vec::new();
        for (i, n) in names.iter().enumerate() {
            let c = CharacteristicId(i as u32 + 1);
            p.apply(Edit::Put(Entity::Characteristic(Characteristic::new(
                c, *n,
            ))))
            .unwrap();
            cols.push(c);
        }
        let rel = |q: u32, c: u32, strength| {
            Edit::Put(Entity::Relationship(Relationship {
                quality: QualityId(q),
                characteristic: CharacteristicId(c),
                strength,
            }))
        };
        p.apply(rel(1, 1, Strength::Strong)).unwrap();
        p.apply(rel(2, 2, Strength::Medium)).unwrap();
        p.apply(rel(1, 4, Strength::Weak)).unwrap();
        (p, rows, cols)
    }

    #[test]
    fn qualities_without_a_strong_relationship_are_flagged() {
        let (mut p, rows, cols) = project();
        let a = audit(&p, &rows, &cols);
        // Q2 has only a medium cell, Q3 none.
        assert_eq!(a.no_strong, [QualityId(2), QualityId(3)]);
        p.apply(Edit::Put(Entity::Relationship(Relationship {
            quality: QualityId(2),
            characteristic: CharacteristicId(3),
            strength: Strength::Strong,
        })))
        .unwrap();
        assert_eq!(audit(&p, &rows, &cols).no_strong, [QualityId(3)]);
        // A strong cell in a column not in the house does not count.
        assert_eq!(
            audit(&p, &rows, &cols[..2]).no_strong,
            [QualityId(2), QualityId(3)]
        );
    }

    #[test]
    fn characteristics_without_any_relationship_are_flagged() {
        let (p, rows, cols) = project();
        let a = audit(&p, &rows, &cols);
        assert_eq!(a.unrelated, [CharacteristicId(3), CharacteristicId(5)]);
        // Cells of rows outside the house do not count either.
        assert_eq!(
            audit(&p, &rows[1..], &cols).unrelated,
            [
                CharacteristicId(1),
                CharacteristicId(3),
                CharacteristicId(4),
                CharacteristicId(5)
            ]
        );
    }

    #[test]
    fn a_characteristic_that_restates_a_quality_is_flagged_in_both_languages() {
        let (p, rows, cols) = project();
        let a = audit(&p, &rows, &cols);
        assert_eq!(
            a.restates,
            [
                (CharacteristicId(4), QualityId(1)),
                (CharacteristicId(5), QualityId(3))
            ]
        );
        assert_eq!(a.len(), 2 + 2 + 2);
        assert!(!a.is_empty());
    }

    #[test]
    fn similarity_reads_letters_and_digits_only() {
        assert_eq!(similarity("Run time.", "run-time"), 1.0);
        assert_eq!(similarity("", "x"), 0.0);
        assert!(similarity("Beam throw", "The beam reaches far") < RESTATE_SIMILARITY);
        assert!(similarity("Runtime", "The light runs a whole week") < 0.5);
        // One typo in a long name is still nearly equal.
        assert!(similarity("The beam reaches far", "The beam reeches far") >= RESTATE_SIMILARITY);
        assert!(similarity("加热时间", "加热时间短") >= RESTATE_SIMILARITY);
        assert!(similarity("加热时间", "待机功耗") == 0.0);
    }
}
