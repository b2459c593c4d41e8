//! `gemba set` for the fields the first record commands left to the screens: items, competitors,
//! segments, respondents, planning values, roof cells, the relation scale, orders, a remark's
//! segment and tags, a quality's items and dismissed hints. Each option is read back from the
//! saved file; each bad value is refused naming the record and the field, file unchanged.

use std::path::Path;

use gemba::model::hoq::Roof;
use gemba::model::rule::Rule;
use gemba::model::table::{Record, Table};
use gemba::model::{
    CharacteristicId, CorrelationKey, GroupId, ItemId, Project, RelationScale, RemarkId,
    RespondentId, SalesPoint,
};

use crate::cliset::{q, refused, sample, set};
use crate::{Scratch, load_project, open_elsewhere};

fn id<T: std::str::FromStr>(text: &str) -> T
where
    T::Err: std::fmt::Debug,
{
    text.parse().unwrap()
}

/// The record `id` of one table of the project as saved in `p`.
fn saved<T: Record + Clone>(p: &Path, table: impl Fn(&Project) -> &Table<T>, id: &str) -> T
where
    T::Id: std::str::FromStr,
    <T::Id as std::str::FromStr>::Err: std::fmt::Debug,
{
    let project = load_project(p);
    let record = table(&project).get(self::id(id));
    record
        .unwrap_or_else(|| panic!("no {id} in {}", p.display()))
        .clone()
}

#[test]
fn set_item_changes_text_and_remark_links() {
    let s = Scratch::new();
    let p = sample(&s);
    set(
        &p,
        &[
            "item",
            "I3",
            "--text",
            "雾里别人看得见我",
            "--remarks",
            "R4, R3,R4",
        ],
    );
    let i = saved(&p, |x| &x.items, "I3");
    assert_eq!(i.text, "雾里别人看得见我");
    assert_eq!(
        i.remarks,
        [id::<RemarkId>("R4"), id("R3")],
        "in order, once each"
    );
    set(&p, &["item", "I3", "--remarks", "none"]);
    let i = saved(&p, |x| &x.items, "I3");
    assert!(i.remarks.is_empty());
    assert_eq!(i.text, "雾里别人看得见我", "a field not given is kept");
    refused(
        &p,
        &["item", "I3", "--remarks", "R3,R999"],
        "I3 remarks: there is no remark R999",
    );
    refused(
        &p,
        &["item", "I3", "--remarks", "Q1"],
        "I3 remarks: 'Q1' is not a remark id",
    );
    refused(
        &p,
        &["item", "I3", "--text", " "],
        "item I3: has an empty text",
    );
    refused(&p, &["item", "I999", "--text", "x"], "no item I999");
    refused(&p, &["item", "I3"], "no field of I3");
}

#[test]
fn set_competitor_renames_and_reorders_and_refuses_a_clash() {
    let s = Scratch::new();
    let p = sample(&s);
    set(
        &p,
        &[
            "competitor",
            "Beacon Duo",
            "--name",
            "Beacon Trio",
            "--order",
            "2",
        ],
    );
    let k = saved(&p, |x| &x.competitors, "K2");
    assert_eq!((k.name.as_str(), k.order), ("Beacon Trio", 2));
    set(&p, &["competitor", "K2", "--order", "0"]);
    assert_eq!(saved(&p, |x| &x.competitors, "K2").order, 0);
    refused(
        &p,
        &["competitor", "K2", "--name", "Helio City 400"],
        "competitor K2: the name 'Helio City 400' is used by another competitor",
    );
    refused(
        &p,
        &["competitor", "K2", "--name", ""],
        "competitor K2: has an empty name",
    );
    refused(&p, &["competitor", "K2", "--order", "-1"], "K2 order: '-1'");
    refused(
        &p,
        &["competitor", "Nobody", "--name", "x"],
        "no competitor 'Nobody'",
    );
}

#[test]
fn set_segment_renames_and_weighs_and_segment_weight_still_works() {
    let s = Scratch::new();
    let p = sample(&s);
    set(
        &p,
        &["segment", "S1", "--name", "Commuters", "--weight", "2"],
    );
    let seg = saved(&p, |x| &x.segments, "S1");
    assert_eq!((seg.name.as_str(), seg.weight), ("Commuters", Some(2.0)));
    set(&p, &["segment", "Commuters", "--weight", "none"]);
    assert_eq!(saved(&p, |x| &x.segments, "S1").weight, None);
    set(&p, &["segment-weight", "S1", "0.7"]);
    assert_eq!(saved(&p, |x| &x.segments, "S1").weight, Some(0.7));
    refused(
        &p,
        &["segment", "S1", "--name", "Leisure riders"],
        "segment S1: the name 'Leisure riders' is used by another segment",
    );
    refused(
        &p,
        &["segment", "S1", "--weight", "-1"],
        "S1 weight: -1 is below 0",
    );
    refused(&p, &["segment", "S1", "--weight", "heavy"], "S1 weight");
    refused(&p, &["segment", "S9", "--name", "x"], "no segment 'S9'");
}

#[test]
fn set_respondent_changes_label_segment_and_attributes() {
    let s = Scratch::new();
    let p = sample(&s);
    // R1 is P1's remark; naming P1's own segment on it is allowed and kept.
    set(&p, &["remark", "R1", "--segment", "S1"]);
    assert_eq!(saved(&p, |x| &x.remarks, "R1").segment, Some(id("S1")));
    set(
        &p,
        &[
            "respondent",
            "C-01",
            "--label",
            "C-11",
            "--segment",
            "Leisure riders",
            "--attr",
            "age band=",
            "--attr",
            "region = north",
        ],
    );
    let project = load_project(&p);
    let r = project.respondents.get(id::<RespondentId>("P1")).unwrap();
    assert_eq!(r.label, "C-11");
    assert_eq!(r.segment, Some(id("S2")));
    assert_eq!(
        r.attributes.get("region").map(String::as_str),
        Some("north")
    );
    assert!(!r.attributes.contains_key("age band"));
    assert!(
        r.attributes.contains_key("commute"),
        "attributes not named are kept"
    );
    // The remark follows its respondent rather than disagreeing with it.
    assert_eq!(
        project.remarks.get(id::<RemarkId>("R1")).unwrap().segment,
        None
    );
    set(&p, &["respondent", "P1", "--segment", "none"]);
    assert_eq!(saved(&p, |x| &x.respondents, "P1").segment, None);
    refused(
        &p,
        &["respondent", "P1", "--label", "C-02"],
        "respondent P1: the label 'C-02' is used by another respondent",
    );
    refused(
        &p,
        &["respondent", "P1", "--segment", "S9"],
        "P1 segment: no segment 'S9'",
    );
    refused(
        &p,
        &["respondent", "P1", "--attr", "region"],
        "P1 attributes: 'region'",
    );
    refused(
        &p,
        &["respondent", "P1", "--attr", "=x"],
        "P1 attributes: '=x'",
    );
}

#[test]
fn set_remark_changes_segment_and_tags_under_the_respondent_rule() {
    let s = Scratch::new();
    let p = sample(&s);
    set(
        &p,
        &[
            "remark",
            "R19",
            "--segment",
            "Leisure riders",
            "--tags",
            "rain， night",
        ],
    );
    let r = saved(&p, |x| &x.remarks, "R19");
    assert_eq!(r.segment, Some(id("S2")));
    assert_eq!(r.tags, ["rain", "night"]);
    set(&p, &["remark", "R19", "--segment", "none", "--tags", ""]);
    let r = saved(&p, |x| &x.remarks, "R19");
    assert_eq!((r.segment, r.tags.len()), (None, 0));
    // R1's respondent P1 belongs to S1: the remark cannot claim another segment.
    refused(
        &p,
        &["remark", "R1", "--segment", "S2"],
        "R1 segment: the remark's respondent P1",
    );
    refused(
        &p,
        &["remark", "R19", "--segment", "S9"],
        "R19 segment: no segment 'S9'",
    );
}

#[test]
fn set_planning_changes_each_value_and_keeps_the_others() {
    let s = Scratch::new();
    let p = sample(&s);
    set(
        &p,
        &[
            "planning",
            "Q3",
            "--importance",
            "4",
            "--ours",
            "3.5",
            "--competitor",
            "Beacon Duo=4",
            "--competitor",
            "K3=none",
            "--planned",
            "5",
            "--sales-point",
            "1.2",
        ],
    );
    let pl = saved(&p, |x| &x.qualities, "Q3").planning;
    assert_eq!(
        (pl.importance, pl.current, pl.target),
        (Some(4.0), Some(3.5), Some(5.0))
    );
    assert_eq!(pl.competitors.get(&id("K2")), Some(&4.0));
    assert_eq!(
        pl.competitors.get(&id("K1")),
        Some(&4.5),
        "a competitor not named is kept"
    );
    assert!(!pl.competitors.contains_key(&id("K3")));
    assert_eq!(pl.sales_point, SalesPoint::Moderate);
    for (given, wanted) in [
        ("1.5", SalesPoint::Strong),
        ("1.3", SalesPoint::Custom(1.3)),
        ("none", SalesPoint::None),
    ] {
        set(&p, &["planning", "Q3", "--sales-point", given]);
        assert_eq!(
            saved(&p, |x| &x.qualities, "Q3").planning.sales_point,
            wanted
        );
    }
    set(
        &p,
        &["planning", "Q3", "--target", "none", "--importance", "none"],
    );
    let pl = saved(&p, |x| &x.qualities, "Q3").planning;
    assert_eq!(
        (pl.importance, pl.target, pl.current),
        (None, None, Some(3.5))
    );

    refused(
        &p,
        &["planning", "Q3", "--importance", "6"],
        "quality Q3: importance 6 is outside",
    );
    refused(
        &p,
        &["planning", "Q3", "--ours", "0"],
        "quality Q3: current 0 is outside",
    );
    refused(
        &p,
        &["planning", "Q3", "--planned", "much"],
        "Q3 target 'much'",
    );
    refused(
        &p,
        &["planning", "Q3", "--competitor", "K1=9"],
        "quality Q3: competitor K1 9",
    );
    refused(
        &p,
        &["planning", "Q3", "--competitor", "Nobody=3"],
        "Q3 competitor: no competitor",
    );
    refused(
        &p,
        &["planning", "Q3", "--sales-point", "2.5"],
        "Q3 sales point: sales point 2.5",
    );
    refused(
        &p,
        &["planning", "Q3", "--sales-point", "big"],
        "Q3 sales point",
    );
    refused(&p, &["planning", "Q3"], "no field of Q3");
}

#[test]
fn orders_are_set_on_qualities_groups_and_characteristics() {
    let s = Scratch::new();
    let p = sample(&s);
    set(&p, &["quality", "Q3", "--order", "7"]);
    set(&p, &["group", "G2", "--order", "4"]);
    set(&p, &["characteristic", "C2", "--order", "9"]);
    let project = load_project(&p);
    assert_eq!(project.qualities.get(q(3)).unwrap().order, 7);
    assert_eq!(project.groups.get(id::<GroupId>("G2")).unwrap().order, 4);
    assert_eq!(
        project
            .characteristics
            .get(id::<CharacteristicId>("C2"))
            .unwrap()
            .order,
        9
    );
    refused(
        &p,
        &["quality", "Q3", "--order", "first"],
        "Q3 order: 'first'",
    );
    refused(&p, &["group", "G2", "--order", "-2"], "G2 order: '-2'");
    refused(
        &p,
        &["characteristic", "C2", "--order", "1.5"],
        "C2 order: '1.5'",
    );
}

#[test]
fn a_quality_dismisses_and_restores_hints_and_takes_its_items() {
    let s = Scratch::new();
    let p = sample(&s);
    set(
        &p,
        &[
            "quality",
            "Q3",
            "--dismiss",
            "Concrete, no-negation,5",
            "--items",
            "I1,I9",
        ],
    );
    let qq = saved(&p, |x| &x.qualities, "Q3");
    assert_eq!(
        qq.dismissed,
        [Rule::NoNegation, Rule::Concrete],
        "sorted, once each"
    );
    assert_eq!(qq.items, [id::<ItemId>("I1"), id("I9")]);
    set(
        &p,
        &[
            "quality",
            "Q3",
            "--undismiss",
            "NoNegation",
            "--dismiss",
            "8",
        ],
    );
    let qq = saved(&p, |x| &x.qualities, "Q3");
    assert_eq!(qq.dismissed, [Rule::Concrete, Rule::StateNotWish]);
    set(&p, &["quality", "Q3", "--undismiss", "all", "--items", ""]);
    let qq = saved(&p, |x| &x.qualities, "Q3");
    assert!(qq.dismissed.is_empty() && qq.items.is_empty());
    refused(
        &p,
        &["quality", "Q3", "--dismiss", "polite"],
        "Q3 dismissed: 'polite'",
    );
    refused(
        &p,
        &["quality", "Q3", "--undismiss", ","],
        "Q3 dismissed: no wording rule",
    );
    refused(
        &p,
        &["quality", "Q3", "--items", "I999"],
        "Q3 items: there is no item I999",
    );
}

#[test]
fn roof_cells_and_the_relation_scale_are_set() {
    let s = Scratch::new();
    let p = sample(&s);
    let key = CorrelationKey {
        low: id("C1"),
        high: id("C2"),
    };
    // A lone `--` ends clap's options, so the strongest negative is written `-- --`.
    set(&p, &["correlation", "C2", "C1", "--", "--"]);
    assert_eq!(
        load_project(&p).correlations.get(key).map(|c| c.roof),
        Some(Roof::StrongNegative)
    );
    set(&p, &["correlation", "C2", "C1", "strong-positive"]);
    assert_eq!(
        load_project(&p).correlations.get(key).map(|c| c.roof),
        Some(Roof::StrongPositive)
    );
    set(&p, &["correlation", "C1", "C2", "-"]);
    assert_eq!(
        load_project(&p).correlations.get(key).map(|c| c.roof),
        Some(Roof::Negative)
    );
    set(&p, &["correlation", "C1", "C2", "none"]);
    assert!(load_project(&p).correlations.get(key).is_none());
    refused(
        &p,
        &["correlation", "C1", "C2", "none"],
        "C1~C2 roof: the cell is already blank",
    );
    refused(&p, &["correlation", "C1", "C2", "±"], "C1~C2 roof: '±'");
    refused(&p, &["correlation", "C1", "C1", "+"], "C1 roof");
    refused(
        &p,
        &["correlation", "C1", "C99", "+"],
        "no characteristic C99",
    );

    set(&p, &["relation-scale", "5-3-1"]);
    assert_eq!(
        load_project(&p).meta.relation_scale,
        RelationScale::FiveThreeOne
    );
    set(&p, &["relation-scale", "9-3-1"]);
    assert_eq!(
        load_project(&p).meta.relation_scale,
        RelationScale::NineThreeOne
    );
    refused(&p, &["relation-scale", "3-2-1"], "relation scale: '3-2-1'");
}

#[test]
fn a_matrix_cell_is_set_by_word_symbol_or_scale_value_and_cleared() {
    use gemba::model::hoq::Strength;
    use gemba::model::{QualityId, RelationshipKey};
    let s = Scratch::new();
    let p = sample(&s);
    let key = RelationshipKey {
        quality: id::<QualityId>("Q1"),
        characteristic: id("C8"),
    };
    let cell = |p: &std::path::Path| load_project(p).relationships.get(key).map(|r| r.strength);
    assert_eq!(cell(&p), None);
    for (given, wanted) in [
        ("medium", Strength::Medium),
        ("△", Strength::Weak),
        ("9", Strength::Strong),
    ] {
        set(&p, &["relationship", "Q1", "C8", given]);
        assert_eq!(cell(&p), Some(wanted), "{given}");
    }
    set(&p, &["relationship", "Q1", "C8", "none"]);
    assert_eq!(cell(&p), None);
    refused(
        &p,
        &["relationship", "Q1", "C8", "none"],
        "Q1×C8 relationship: the cell is already blank",
    );
    refused(
        &p,
        &["relationship", "Q1", "C8", "7"],
        "Q1×C8 relationship: '7' is not a strength",
    );
    refused(
        &p,
        &["relationship", "Q99", "C8", "strong"],
        "no quality Q99",
    );
    refused(
        &p,
        &["relationship", "Q1", "C99", "strong"],
        "no characteristic C99",
    );
}

#[test]
fn the_new_commands_refuse_a_project_open_elsewhere() {
    let s = Scratch::new();
    let p = sample(&s);
    open_elsewhere(&p);
    for args in [
        &["item", "I3", "--text", "x"][..],
        &["competitor", "K1", "--name", "x"],
        &["segment", "S1", "--name", "x"],
        &["respondent", "P1", "--label", "x"],
        &["planning", "Q3", "--importance", "3"],
        &["relationship", "Q1", "C8", "strong"],
        &["correlation", "C1", "C2", "+"],
        &["relation-scale", "5-3-1"],
        &["conflict", "--all", "--settled"],
    ] {
        refused(&p, args, "is open in gemba by");
    }
}

#[test]
fn a_planning_value_the_matrix_takes_from_the_survey_is_kept_and_said_to_be_unused() {
    use predicates::str::contains;
    let s = Scratch::new();
    let p = s.sample("water-heater.zh.ron");
    set(&p, &["importance-source", "survey"]);
    set(&p, &["planning", "Q2", "--importance", "4"]).stdout(contains(
        "importance now comes from survey means, so the value is kept but not used",
    ));
    assert_eq!(
        saved(&p, |x| &x.qualities, "Q2").planning.importance,
        Some(4.0)
    );
    set(&p, &["planning", "Q2", "--planned", "5"]).stdout(
        predicates::prelude::PredicateBooleanExt::not(contains("kept but not used")),
    );
}
