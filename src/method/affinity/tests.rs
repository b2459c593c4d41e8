//! Affinity suggestions on small hand-made cases and the labelled sets in tests/data.

use super::*;

const ENGLISH: [&str; 12] = [
    "The battery runs flat after twenty minutes",
    "Battery life is far too short",
    "I wish the battery lasted longer between charges",
    "Battery drains quickly on the max setting",
    "The motor noise is very loud",
    "It is so loud the dog hides from the noise",
    "Too much noise, my neighbours complain about the loud whine",
    "Loud high-pitched noise when the brush spins",
    "The dust bin is awkward to empty",
    "Emptying the dust bin makes a mess",
    "Dust flies everywhere when I empty the bin",
    "The bin is small and I empty the dust constantly",
];

const CHINESE: [&str; 12] = [
    "电池续航太短，骑二十公里就没电",
    "希望电池续航再长一点",
    "冬天电池续航掉得厉害",
    "电池续航不够上下班用",
    "刹车不灵，下坡很危险",
    "刹车有异响，刹车距离也长",
    "雨天刹车打滑",
    "希望刹车更灵敏一些",
    "座椅太硬，骑久了屁股疼",
    "座椅坐着不舒服",
    "座椅高度不能调节",
    "座椅皮面容易开裂",
];

fn groups(a: &[usize]) -> Vec<Vec<usize>> {
    let mut g: Vec<Vec<usize>> = Vec::new();
    for c in 0..=a.iter().copied().max().unwrap_or(0) {
        g.push((0..a.len()).filter(|&i| a[i] == c).collect());
    }
    g
}

fn three_topics() -> Vec<Vec<usize>> {
    vec![vec![0, 1, 2, 3], vec![4, 5, 6, 7], vec![8, 9, 10, 11]]
}

#[test]
fn english_three_topics_come_out_as_three_clusters() {
    let s = suggest(
        &ENGLISH,
        &SuggestOptions {
            cut: Cut::Clusters(3),
            ..Default::default()
        },
    );
    assert_eq!(groups(&s.assignment), three_topics());
    assert_eq!(s.clusters.len(), 3);
    assert!(
        s.clusters[0].name.to_lowercase().contains("battery"),
        "{}",
        s.clusters[0].name
    );
    assert!(
        s.clusters[1].name.to_lowercase().contains("noise")
            || s.clusters[1].name.to_lowercase().contains("loud")
    );
    assert!(
        s.clusters[2].name.to_lowercase().contains("dust")
            || s.clusters[2].name.to_lowercase().contains("bin")
    );
}

#[test]
fn chinese_three_topics_come_out_as_three_clusters() {
    let s = suggest(
        &CHINESE,
        &SuggestOptions {
            cut: Cut::Clusters(3),
            ..Default::default()
        },
    );
    assert_eq!(groups(&s.assignment), three_topics());
    assert!(
        s.clusters[0].name.contains("电池续航"),
        "{}",
        s.clusters[0].name
    );
    assert!(
        s.clusters[1].name.contains("刹车"),
        "{}",
        s.clusters[1].name
    );
    assert!(
        s.clusters[2].name.contains("座椅"),
        "{}",
        s.clusters[2].name
    );
}

/// Remarks in two languages meet on what they are about: the English and the Chinese battery
/// remarks share the facet their words name (battery, 电池), the other topics stay apart.
#[test]
fn mixed_languages_cluster_by_topic() {
    let mut texts: Vec<&str> = ENGLISH.to_vec();
    texts.extend(CHINESE);
    let s = suggest(
        &texts,
        &SuggestOptions {
            cut: Cut::Clusters(5),
            ..Default::default()
        },
    );
    let battery: Vec<usize> = (0..4).chain(12..16).collect();
    let expected = vec![
        battery,
        vec![4, 5, 6, 7],
        vec![8, 9, 10, 11],
        vec![16, 17, 18, 19],
        vec![20, 21, 22, 23],
    ];
    assert_eq!(groups(&s.assignment), expected);
}

#[test]
fn island_size_cut_keeps_islands_small_and_topics_apart() {
    for texts in [&ENGLISH, &CHINESE] {
        for size in [2, 3, 4] {
            let s = suggest(
                texts,
                &SuggestOptions {
                    cut: Cut::IslandSize(size),
                    ..Default::default()
                },
            );
            let max = SuggestOptions::max_island(size);
            for island in &s.clusters {
                assert!(island.members.len() <= max, "{size}: {island:?}");
                // No island mixes topics (each topic is four consecutive cards).
                let topic = island.members[0] / 4;
                assert!(island.members.iter().all(|&m| m / 4 == topic), "{island:?}");
            }
        }
        // With islands of about five, each topic of four is one island.
        let s = suggest(texts, &SuggestOptions::default());
        assert_eq!(groups(&s.assignment), three_topics());
    }
}

#[test]
fn names_are_statements_and_cohesion_is_a_number() {
    for texts in [
        &ENGLISH[..],
        &CHINESE[..],
        &["噪音大", "噪音大", "声音大"][..],
    ] {
        let s = suggest(texts, &SuggestOptions::default());
        for island in &s.clusters {
            assert!(!island.name.is_empty());
            // A name is one statement, never a list of words.
            assert!(!island.name.contains('、') && !island.name.contains(", "));
            assert!(island.cohesion.is_finite() && (0.0..=1.0).contains(&island.cohesion));
        }
    }
}

#[test]
fn assignment_and_members_agree() {
    let s = suggest(
        &ENGLISH,
        &SuggestOptions {
            cut: Cut::IslandSize(2),
            ..Default::default()
        },
    );
    assert_eq!(s.assignment.len(), ENGLISH.len());
    for (c, island) in s.clusters.iter().enumerate() {
        for &m in &island.members {
            assert_eq!(s.assignment[m], c);
        }
    }
    let total: usize = s.clusters.iter().map(|i| i.members.len()).sum();
    assert_eq!(total, ENGLISH.len());
}

#[test]
fn empty_one_and_identical_inputs() {
    let s = suggest(&[], &SuggestOptions::default());
    assert!(s.clusters.is_empty() && s.assignment.is_empty());

    let s = suggest(&["The lid leaks"], &SuggestOptions::default());
    assert_eq!(s.assignment, [0]);
    assert_eq!(s.clusters[0].members, [0]);
    // One card shares nothing: its own statement is the draft name.
    assert!(s.clusters[0].draft);
    assert_eq!(s.clusters[0].cohesion, 0.0);

    let same = ["水温忽冷忽热"; 4];
    let s = suggest(&same, &SuggestOptions::default());
    assert_eq!(s.assignment, [0, 0, 0, 0]);
    assert!((s.clusters[0].cohesion - 1.0).abs() < 1e-5);
    // Identical cards: the shared statement is the card itself, so the name is a draft.
    assert!(s.clusters[0].draft);
    let s = suggest(
        &same,
        &SuggestOptions {
            cut: Cut::Clusters(2),
            ..Default::default()
        },
    );
    assert_eq!(s.clusters.len(), 2);

    // Texts without any terms: no NaN anywhere, each card alone.
    let blank = ["", "的", "the and of"];
    let s = suggest(&blank, &SuggestOptions::default());
    assert_eq!(s.assignment, [0, 1, 2]);
    assert!(s.clusters.iter().all(|i| i.cohesion == 0.0));
    assert!(near_duplicates(&blank, 0.5).is_empty());
}

#[test]
fn near_duplicates_are_found_and_ordered() {
    let texts = [
        "The battery runs out too fast",
        "the battery runs out too fast!",
        "Battery runs out fast on cold mornings",
        "The lid is hard to open",
        "电池不耐用",
        "电池不耐用。",
    ];
    let d = near_duplicates(&texts, 0.8);
    let pairs: Vec<(usize, usize)> = d.iter().map(|&(a, b, _)| (a, b)).collect();
    assert!(pairs.contains(&(0, 1)) && pairs.contains(&(4, 5)), "{d:?}");
    assert!(!pairs.iter().any(|&(a, b)| a == 3 || b == 3));
    assert!(d.windows(2).all(|w| w[0].2 >= w[1].2));
    assert!(d.iter().all(|&(a, b, s)| a < b && (0.8..=1.0).contains(&s)));
    // A lower threshold finds the paraphrase too; 1.0 only the exact repeats.
    assert!(
        near_duplicates(&texts, 0.5)
            .iter()
            .any(|&(a, b, _)| (a, b) == (0, 2))
    );
    assert_eq!(near_duplicates(&texts, 1.0).len(), 2);
}

#[test]
fn unplaced_cards_of_a_project() {
    use crate::model::{Edit, Entity, Group, GroupId, Meta, Quality};
    let mut p = Project::new(Meta::new("t"));
    p.apply(Edit::Put(Entity::Group(Group {
        id: GroupId(1),
        title: "placed".into(),
        parent: None,
        order: 0,
    })))
    .unwrap();
    for (i, t) in ENGLISH.iter().enumerate() {
        let mut q = Quality::new(QualityId(i as u32 + 1), *t);
        if i == 0 {
            q.group = Some(GroupId(1));
        }
        p.apply(Edit::Put(Entity::Quality(q))).unwrap();
    }
    let s = suggest_unplaced(&p, &SuggestOptions::default(), 0.8);
    let all: Vec<QualityId> = s.islands.iter().flat_map(|i| i.qualities.clone()).collect();
    assert_eq!(all.len(), 11);
    assert!(!all.contains(&QualityId(1)));
    assert!(
        s.islands
            .iter()
            .any(|i| i.qualities == [QualityId(2), QualityId(3), QualityId(4)])
    );
}

#[test]
fn cancelling_gives_nothing_and_not_cancelling_gives_the_suggestion() {
    let opts = SuggestOptions::default();
    let cancel = AtomicBool::new(true);
    assert_eq!(suggest_until(&ENGLISH, &opts, &cancel), None);
    assert_eq!(suggest_until(&[], &opts, &cancel), None);
    let go = AtomicBool::new(false);
    assert_eq!(
        suggest_until(&ENGLISH, &opts, &go),
        Some(suggest(&ENGLISH, &opts))
    );
    // Cancelled from another thread while running: either finished or None, never a panic.
    let texts: Vec<String> = (0..3000)
        .map(|i| format!("word{} word{}", i % 97, i % 89))
        .collect();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let flag = AtomicBool::new(false);
    std::thread::scope(|s| {
        let h = s.spawn(|| suggest_until(&refs, &opts, &flag));
        flag.store(true, Ordering::Relaxed);
        let r = h.join().unwrap();
        assert!(r.is_none() || r.unwrap().assignment.len() == refs.len());
    });
}

#[test]
fn thirteen_close_cards_give_no_island_of_seven() {
    let texts: Vec<String> = (0..13)
        .map(|i| format!("kettle boils water quickly variant{}", i % 3))
        .collect();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let s = suggest(&refs, &SuggestOptions::default());
    let sizes: Vec<usize> = s.clusters.iter().map(|c| c.members.len()).collect();
    assert!(sizes.iter().all(|&n| n <= 6), "{sizes:?}");
    assert!(sizes.len() >= 3, "{sizes:?}");
}

#[test]
fn next_level_makes_several_groups_never_one_over_all() {
    let texts = ["kettle boils fast"; 12];
    let islands: Vec<Vec<usize>> = (0..6).map(|i| vec![2 * i, 2 * i + 1]).collect();
    let s = suggest_groups(&texts, &islands, &SuggestOptions::default());
    assert!(s.clusters.len() >= 2, "{:?}", s.assignment);
    for g in &s.clusters {
        assert!(g.members.len() <= MAX_GROUP);
    }
    // Four loosely related islands still split.
    let islands: Vec<Vec<usize>> = (0..4).map(|i| vec![2 * i, 2 * i + 1]).collect();
    let s = suggest_groups(&texts[..8], &islands, &SuggestOptions::default());
    assert!(s.clusters.len() >= 2, "{:?}", s.assignment);
}

#[test]
fn islands_group_into_the_next_level() {
    // Six islands: two about power, two about sound, two about the dust bin.
    let texts = [
        "battery runtime short",
        "battery runtime drains",
        "battery charging slow",
        "battery charging hours",
        "motor noise loud",
        "motor noise whine",
        "fan noise loud",
        "fan noise rattle",
        "dust bin small",
        "dust bin full",
        "dust bin messy emptying",
        "dust bin emptying spills",
    ];
    let islands: Vec<Vec<usize>> = (0..6).map(|i| vec![2 * i, 2 * i + 1]).collect();
    let s = suggest_groups(
        &texts,
        &islands,
        &SuggestOptions {
            cut: Cut::Clusters(3),
            ..Default::default()
        },
    );
    assert_eq!(s.assignment, [0, 0, 1, 1, 2, 2]);
    assert!(
        s.clusters[0].name.to_lowercase().contains("battery"),
        "{}",
        s.clusters[0].name
    );
    assert!(
        s.clusters[1].name.to_lowercase().contains("noise"),
        "{}",
        s.clusters[1].name
    );
    assert!(
        s.clusters[2].name.to_lowercase().contains("dust bin"),
        "{}",
        s.clusters[2].name
    );
    // About two islands per group gives the same three groups.
    let s = suggest_groups(
        &texts,
        &islands,
        &SuggestOptions {
            cut: Cut::IslandSize(2),
            ..Default::default()
        },
    );
    assert_eq!(s.assignment, [0, 0, 1, 1, 2, 2]);
    assert!(
        s.clusters
            .iter()
            .all(|c| c.cohesion > 0.0 && c.cohesion.is_finite())
    );
    // No islands, one island, an empty island.
    assert_eq!(
        suggest_groups(&texts, &[], &SuggestOptions::default()),
        Suggestion::default()
    );
    let s = suggest_groups(&texts, &[vec![0, 1]], &SuggestOptions::default());
    assert_eq!(s.assignment, [0]);
    let s = suggest_groups(
        &texts,
        &[vec![0, 1], vec![], vec![2]],
        &SuggestOptions::default(),
    );
    assert_eq!(s.assignment.len(), 3);
    assert_ne!(s.assignment[1], s.assignment[0]);
}

#[test]
fn largest_island_for_a_size() {
    assert_eq!(SuggestOptions::max_island(5), 7);
    assert_eq!(SuggestOptions::max_island(4), 6);
    assert_eq!(SuggestOptions::max_island(1), 1);
    assert_eq!(SuggestOptions::max_island(0), 1);
}

use proptest::prelude::*;

fn any_texts() -> impl Strategy<Value = Vec<String>> {
    // English words, Chinese characters, stop characters, digits, punctuation and blanks.
    prop::collection::vec("[a-z A-Z0-9,.!'水温热器稳定电池的了是很不]{0,24}", 0..40)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_input_gives_a_complete_partition_without_nan(
        texts in any_texts(),
        k in 1usize..8,
        size in 1usize..8,
    ) {
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        for cut in [Cut::Clusters(k), Cut::IslandSize(size)] {
            let s = suggest(&refs, &SuggestOptions { cut, ..Default::default() });
            prop_assert_eq!(s.assignment.len(), refs.len());
            let mut seen = vec![false; refs.len()];
            for (c, island) in s.clusters.iter().enumerate() {
                prop_assert!(!island.members.is_empty());
                prop_assert!(!island.name.is_empty());
                prop_assert!(island.cohesion.is_finite());
                for &m in &island.members {
                    prop_assert!(!seen[m]);
                    seen[m] = true;
                    prop_assert_eq!(s.assignment[m], c);
                }
                if let Cut::IslandSize(n) = cut {
                    let max = SuggestOptions::max_island_of(n, refs.len());
                    prop_assert!(island.members.len() <= max);
                }
            }
            prop_assert!(seen.iter().all(|&x| x));
            if let Cut::Clusters(k) = cut {
                prop_assert_eq!(s.clusters.len(), k.min(refs.len()));
            }
        }
        for (a, b, sim) in near_duplicates(&refs, 0.8) {
            prop_assert!(a < b && (0.8 - 1e-6..=1.0).contains(&sim));
        }
    }
}

/// A need names one island: the one that speaks most of it. Another island on the same need
/// looks for a name of its own.
#[test]
fn a_need_names_one_island_only() {
    let texts = [
        "After a year battery is toast. It dies after one room.",
        "Battery life is good, 120 m² on a single charge.",
        "Batteries need to be replaceable without a screwdriver.",
        "Upstairs it runs out of battery and I carry it down.",
        "The battery indicator jumps from 80% to 20%.",
        "Battery percentage in the app is wrong.",
        "The battery icon blinks red all the time.",
        "It never shows the real charge.",
    ];
    let corpus = Corpus::build(&texts);
    let islands = vec![vec![4, 5, 6, 7], vec![0, 1, 2, 3]];
    let named = named_islands(&corpus, &texts, islands.clone(), &islands);
    // The second island speaks of the battery in every card, the first in three of four.
    assert_eq!(named[1].name, "The battery lasts long");
    assert_ne!(named[0].name, "The battery lasts long");
}
