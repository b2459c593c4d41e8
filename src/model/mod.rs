//! The project: everything a workshop produces, keyed by typed ids. No UI, no files here.

pub mod conflict;
pub mod count;
pub mod edit;
pub mod group;
pub mod hoq;
pub mod id;
pub mod item;
pub mod judgement;
pub mod number;
pub mod people;
pub mod planning;
pub mod printable;
pub mod quality;
pub mod remark;
pub mod rule;
pub mod saaty;
pub mod survey;
pub mod table;
pub mod text;
pub mod tree;
pub mod unique;
pub mod validate;

use std::fmt;

use serde::{Deserialize, Serialize};

pub use count::{count, plural};
pub use edit::{Edit, EditError, Entity, EntityId};
pub use group::Group;
pub use hoq::{
    Characteristic, Correlation, CorrelationKey, Direction, RelationScale, Relationship,
    RelationshipKey, Roof, Strength,
};
pub use id::{
    CharacteristicId, CompetitorId, GroupId, IdParseError, ItemId, QualityId, RemarkId,
    RespondentId, SegmentId,
};
pub use item::Item;
pub use judgement::{Judgement, JudgementKey};
pub use people::{Respondent, Segment};
pub use planning::{Competitor, Planning, SalesPoint, Scale};
pub use quality::{Kano, Origin, Quality};
pub use remark::{QuestionKind, Remark, Scene, Source};
pub use survey::{ImportanceSource, Question, Reply, Response, ResponseKey, SatisfactionSource};
pub use table::{Record, Table};
pub use validate::Problem;

/// The version of the file format this build writes. Older versions are migrated on load.
pub const FORMAT: u32 = 1;

fn is_zero(v: &u32) -> bool {
    *v == 0
}

/// What the project is about and how it rates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub title: String,
    /// The product or service studied ("chair").
    #[serde(default)]
    pub theme: String,
    /// The theme made concrete ("living-room chair for a family").
    #[serde(default)]
    pub scope: String,
    #[serde(default)]
    pub scale: Scale,
    /// Decimal places shown on screens and in rounded exports.
    #[serde(default = "default_precision")]
    pub precision: u8,
    /// Where the planning matrix takes importance from.
    #[serde(default, skip_serializing_if = "ImportanceSource::is_direct")]
    pub importance: ImportanceSource,
    /// Where the planning matrix takes current and competitor satisfaction from.
    #[serde(default, skip_serializing_if = "SatisfactionSource::is_direct")]
    pub satisfaction: SatisfactionSource,
    /// The random-index table AHP consistency ratios rest on (`saaty::RI_TABLE_NAME`);
    /// recorded once the project holds pairwise judgements.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ri_table: Option<String>,
    /// The numbers behind ◎ ○ △ in the House of Quality.
    #[serde(default, skip_serializing_if = "RelationScale::is_default")]
    pub relation_scale: RelationScale,
    /// The language of reports and survey forms; none follows the project's own text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<Language>,
}

/// A language gemba writes reports and forms in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    En,
    Zh,
}

impl Language {
    /// Reads `en`, `zh` and the usual spellings of them (`English`, `zh-CN`, `中文`).
    pub fn parse(text: &str) -> Option<Language> {
        let t = text.trim().to_lowercase();
        if t.starts_with("zh") || t == "chinese" || t == "中文" || t == "cn" {
            Some(Language::Zh)
        } else if t.starts_with("en") || t == "english" || t == "英文" {
            Some(Language::En)
        } else {
            None
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Zh => "zh",
        }
    }
}

fn default_precision() -> u8 {
    2
}

impl Meta {
    pub fn new(title: impl Into<String>) -> Self {
        Meta {
            title: title.into(),
            theme: String::new(),
            scope: String::new(),
            scale: Scale::default(),
            precision: default_precision(),
            importance: ImportanceSource::Direct,
            satisfaction: SatisfactionSource::Direct,
            ri_table: None,
            relation_scale: RelationScale::NineThreeOne,
            language: None,
        }
    }
}

/// The highest id ever issued of each kind, so deleted ids are never handed out again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Issued {
    pub segment: u32,
    pub respondent: u32,
    pub remark: u32,
    pub item: u32,
    pub quality: u32,
    pub group: u32,
    pub competitor: u32,
    #[serde(skip_serializing_if = "is_zero")]
    pub characteristic: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Project {
    pub format: u32,
    pub meta: Meta,
    #[serde(default)]
    pub issued: Issued,
    #[serde(default)]
    pub segments: Table<Segment>,
    #[serde(default)]
    pub respondents: Table<Respondent>,
    #[serde(default)]
    pub competitors: Table<Competitor>,
    #[serde(default)]
    pub remarks: Table<Remark>,
    #[serde(default)]
    pub items: Table<Item>,
    #[serde(default)]
    pub groups: Table<Group>,
    #[serde(default)]
    pub qualities: Table<Quality>,
    /// Survey answers, one per quality, respondent and question.
    #[serde(default, skip_serializing_if = "Table::is_empty")]
    pub responses: Table<Response>,
    /// AHP pairwise comparisons between siblings of the tree.
    #[serde(default, skip_serializing_if = "Table::is_empty")]
    pub judgements: Table<Judgement>,
    /// House of Quality columns.
    #[serde(default, skip_serializing_if = "Table::is_empty")]
    pub characteristics: Table<Characteristic>,
    /// House of Quality matrix cells.
    #[serde(default, skip_serializing_if = "Table::is_empty")]
    pub relationships: Table<Relationship>,
    /// House of Quality roof cells.
    #[serde(default, skip_serializing_if = "Table::is_empty")]
    pub correlations: Table<Correlation>,
    /// Fields a merge found changed differently on both sides, with both values.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<conflict::Conflict>,
}

macro_rules! next_id_fns {
    ($($fn_name:ident, $field:ident, $id:ident);* $(;)?) => {
        $(
            /// The id the next new record of this kind gets (never one used before).
            pub fn $fn_name(&self) -> $id {
                $id::fresh(self.issued.$field, 0)
            }
        )*
    };
}

impl Project {
    pub fn new(meta: Meta) -> Self {
        Project {
            format: FORMAT,
            meta,
            issued: Issued::default(),
            segments: Table::new(),
            respondents: Table::new(),
            competitors: Table::new(),
            remarks: Table::new(),
            items: Table::new(),
            groups: Table::new(),
            qualities: Table::new(),
            responses: Table::new(),
            judgements: Table::new(),
            characteristics: Table::new(),
            relationships: Table::new(),
            correlations: Table::new(),
            conflicts: Vec::new(),
        }
    }

    next_id_fns!(
        next_segment_id, segment, SegmentId;
        next_respondent_id, respondent, RespondentId;
        next_remark_id, remark, RemarkId;
        next_item_id, item, ItemId;
        next_quality_id, quality, QualityId;
        next_group_id, group, GroupId;
        next_competitor_id, competitor, CompetitorId;
        next_characteristic_id, characteristic, CharacteristicId;
    );

    /// Sorted tables and id counters that cover every id present: what a project read from a
    /// file (or built from values) needs before it is used.
    pub fn normalize(&mut self) {
        self.segments.sort();
        self.respondents.sort();
        self.competitors.sort();
        self.remarks.sort();
        self.items.sort();
        self.groups.sort();
        self.qualities.sort();
        self.responses.sort();
        self.judgements.sort();
        self.characteristics.sort();
        self.relationships.sort();
        self.correlations.sort();
        self.cover_issued();
    }

    /// Raises the issued counters to cover every id present (files written by hand may lack them).
    pub fn cover_issued(&mut self) {
        fn up<T: Record>(counter: &mut u32, table: &Table<T>, num: impl Fn(T::Id) -> u32) {
            if let Some(id) = table.max_id() {
                *counter = (*counter).max(num(id));
            }
        }
        let i = &mut self.issued;
        up(&mut i.segment, &self.segments, |x| x.0);
        up(&mut i.respondent, &self.respondents, |x| x.0);
        up(&mut i.remark, &self.remarks, |x| x.0);
        up(&mut i.item, &self.items, |x| x.0);
        up(&mut i.quality, &self.qualities, |x| x.0);
        up(&mut i.group, &self.groups, |x| x.0);
        up(&mut i.competitor, &self.competitors, |x| x.0);
        up(&mut i.characteristic, &self.characteristics, |x| x.0);
    }

    /// The segment a remark belongs to: its respondent's, else its own.
    pub fn remark_segment(&self, remark: &Remark) -> Option<SegmentId> {
        remark
            .respondent
            .and_then(|p| self.respondents.get(p))
            .and_then(|p| p.segment)
            .or(remark.segment)
    }

    pub fn competitor_by_name(&self, name: &str) -> Option<&Competitor> {
        self.competitors.iter().find(|c| c.name == name)
    }

    pub fn segment_by_name(&self, name: &str) -> Option<&Segment> {
        self.segments.iter().find(|s| s.name == name)
    }

    pub fn respondent_by_label(&self, label: &str) -> Option<&Respondent> {
        self.respondents.iter().find(|r| r.label == label)
    }
}

impl fmt::Display for Scene {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        for (name, value) in self.parts() {
            if let Some(v) = value {
                if !first {
                    f.write_str("; ")?;
                }
                write!(f, "{name}: {v}")?;
                first = false;
            }
        }
        Ok(())
    }
}
