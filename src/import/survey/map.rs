//! The map that says what each column of a wide survey export holds, written by a person in RON.
//!
//! ```ron
//! (
//!     respondent: "ID",
//!     segment: "Region",
//!     attributes: ["Age", "Gender"],
//!     open: [(column: "Q5", kind: wish), (column: "Q6", kind: trouble)],
//!     grids: [
//!         (columns: "Q3_*", measure: importance),
//!         (columns: "Q4_*", measure: satisfaction),
//!         (columns: "Q6_*", measure: competitor("BrandX")),
//!     ],
//!     qualities: ["Q1", "Q2", "Q3"],
//!     kano: [(functional: "Q7", dysfunctional: "Q8", quality: "Q2")],
//! )
//! ```
//!
//! A column is named by its header text (case and surrounding space do not matter); one `*` in a
//! name matches any text, so `"Q3_*"` is every column of a grid. A grid column's quality is, in
//! this order: the grid's own `qualities` by position, the map's `qualities` by the number the
//! `*` stands for (`Q3_2` is the second), or the `*` text as a quality id or exact quality text
//! (`"How important: *"` matches "How important: bright beam").

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::QuestionKind;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SurveyMap {
    /// The worksheet of an XLSX file (default: the first).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    /// Rows under the header that hold no answers (Qualtrics writes the question text and
    /// import ids there).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub skip: usize,
    /// How many rows make the header (SurveyMonkey writes 2: each question's text over its
    /// first column, and a grid's rows in the row below); their texts are joined with " - ".
    #[serde(default, skip_serializing_if = "below_two")]
    pub header_rows: usize,
    /// The column holding each respondent's id or label.
    pub respondent: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub segment: Option<String>,
    /// Columns kept as respondent attributes (age band, gender), under their header text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attributes: Vec<String>,
    /// Open questions: each answer becomes a remark of the respondent.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub open: Vec<Open>,
    /// Rating grids: one column per quality.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub grids: Vec<Grid>,
    /// The quality of the `*` number n in every grid: `qualities[n-1]`, an id or exact text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub qualities: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kano: Vec<KanoPair>,
    /// Rating words and the numbers they stand for, e.g. {"Very important": 5, "非常重要": 5}.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub labels: BTreeMap<String, f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Open {
    /// A column, or a pattern for several columns of the same kind.
    pub column: String,
    pub kind: OpenKind,
}

/// The question an open answer replied to: one of the four VOC questions, or any other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OpenKind {
    Scene,
    Purchase,
    Wish,
    Trouble,
    Free,
}

impl OpenKind {
    pub const ALL: [OpenKind; 5] = [
        Self::Scene,
        Self::Purchase,
        Self::Wish,
        Self::Trouble,
        Self::Free,
    ];

    /// The remark's question kind; a free question is a questionnaire remark of no VOC kind.
    pub fn question(self) -> Option<QuestionKind> {
        match self {
            Self::Scene => Some(QuestionKind::Scene),
            Self::Purchase => Some(QuestionKind::Purchase),
            Self::Wish => Some(QuestionKind::Wish),
            Self::Trouble => Some(QuestionKind::Trouble),
            Self::Free => None,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Self::Scene => "scene",
            Self::Purchase => "purchase",
            Self::Wish => "wish",
            Self::Trouble => "trouble",
            Self::Free => "free",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Grid {
    /// A pattern such as "Q3_*", or one column.
    pub columns: String,
    pub measure: Measure,
    /// The qualities of the grid's columns in order, when they differ from the map's `qualities`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub qualities: Vec<String>,
}

/// What a grid rates.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Measure {
    Importance,
    /// Satisfaction with our product.
    Satisfaction,
    /// Satisfaction with a competitor's product, by the competitor's name.
    Competitor(String),
}

impl Measure {
    pub fn describe(&self) -> String {
        match self {
            Measure::Importance => "importance".into(),
            Measure::Satisfaction => "satisfaction".into(),
            Measure::Competitor(c) => format!("satisfaction with {c}"),
        }
    }
}

/// A Kano question pair about one quality; with patterns ("Q7_*" and "Q8_*") a whole grid of
/// pairs, matched by what the `*` stands for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KanoPair {
    pub functional: String,
    pub dysfunctional: String,
    /// The quality (id or exact text); for patterns, found as for grids when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quality: Option<String>,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

fn below_two(n: &usize) -> bool {
    *n < 2
}

/// Reads a map; `Some(x)` and plain `x` are both accepted for optional fields. The error names
/// the line and column in the map file.
pub fn parse(text: &str) -> Result<SurveyMap, String> {
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(text)
        .map_err(|e| {
            // Say what a person wrote, not what the program calls it.
            [
                ("`SurveyMap`", "the map"),
                ("enum `OpenKind`", "an open question's kind"),
                ("enum `Measure`", "a grid's measure"),
                ("`Open`", "an open question"),
                ("`Grid`", "a grid"),
                ("`KanoPair`", "a Kano pair"),
            ]
            .iter()
            .fold(e.to_string(), |m, (from, to)| m.replace(from, to))
        })
}

/// Writes a map as RON a person can edit (the header-comment is added by the caller).
pub fn write(map: &SurveyMap) -> String {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(false)
        .depth_limit(2)
        .indentor("    ".to_string());
    ron::ser::to_string_pretty(map, config).unwrap_or_default()
}

/// How one header cell fits a column name or pattern: none, or the text the `*` stands for
/// (empty without a `*`). Case and surrounding space are ignored.
pub fn matches(pattern: &str, header: &str) -> Option<String> {
    let p = pattern.trim().to_lowercase();
    let h = header.trim().to_lowercase();
    match p.split_once('*') {
        None => (p == h).then(String::new),
        Some((head, tail)) => {
            let ok = h.len() >= head.len() + tail.len() && h.starts_with(head) && h.ends_with(tail);
            // Take the original header's characters, not the lower-cased ones (quality text).
            let original = header.trim();
            ok.then(|| {
                let start = original
                    .char_indices()
                    .nth(head.chars().count())
                    .map_or(original.len(), |(i, _)| i);
                let end = original
                    .char_indices()
                    .nth(original.chars().count() - tail.chars().count())
                    .map_or(original.len(), |(i, _)| i);
                original[start..end.max(start)].trim().to_string()
            })
        }
    }
}

/// How many header cells fit a name or pattern.
pub fn matching(header: &[String], pattern: &str) -> usize {
    header
        .iter()
        .filter(|h| matches(pattern, h).is_some())
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_map_reads_with_or_without_some() {
        let map = parse(
            r#"(
                respondent: "ID",
                segment: "Region",
                attributes: ["Age"],
                open: [(column: "Q5", kind: wish), (column: "Q9", kind: free)],
                grids: [
                    (columns: "Q3_*", measure: importance),
                    (columns: "Q6_*", measure: competitor("BrandX")),
                ],
                qualities: ["Q1", "Q2"],
                kano: [(functional: "Q7", dysfunctional: "Q8", quality: Some("Q2"))],
                labels: {"Very important": 5},
            )"#,
        )
        .unwrap();
        assert_eq!(map.segment.as_deref(), Some("Region"));
        assert_eq!(map.open[1].kind, OpenKind::Free);
        assert_eq!(map.grids[1].measure, Measure::Competitor("BrandX".into()));
        assert_eq!(map.kano[0].quality.as_deref(), Some("Q2"));
        assert_eq!(parse(&write(&map)).unwrap(), map);
        let e = parse("(respondent: \"ID\", colour: 1)").unwrap_err();
        assert!(e.starts_with("1:20"), "{e}");
        assert!(e.contains("field named `colour` in the map"), "{e}");
        let e = parse("(respondent: \"ID\", open: [(column: \"Q5\", kind: wishes)])").unwrap_err();
        assert!(
            e.contains("variant named `wishes` in an open question's kind, expected one of"),
            "{e}"
        );
    }

    #[test]
    fn patterns_give_the_text_of_the_star() {
        assert_eq!(matches("Q3_*", "q3_12").as_deref(), Some("12"));
        assert_eq!(matches("Q3_*", "Q4_1"), None);
        assert_eq!(matches(" ID ", "id").as_deref(), Some(""));
        assert_eq!(
            matches("How important: *", "How important: Bright Beam").as_deref(),
            Some("Bright Beam")
        );
        assert_eq!(matches("重要性-*", "重要性-续航").as_deref(), Some("续航"));
        assert_eq!(matches("Q*_a", "Q_a").as_deref(), Some(""));
    }
}
