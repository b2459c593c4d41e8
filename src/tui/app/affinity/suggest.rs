//! Suggestions for the Affinity step: near-duplicate cards (step A), islands for the unplaced
//! cards (worked out off the UI thread for many cards) and the next level up (step D).

use super::*;

pub(super) fn duplicates(app: &mut App) {
    let project = &app.project;
    let ids: Vec<QualityId> = project.qualities.ids().collect();
    let texts: Vec<&str> = project.qualities.iter().map(|q| q.text.as_str()).collect();
    let pairs: Vec<(QualityId, QualityId, f64)> =
        affinity::near_duplicates(&texts, DUPLICATE_SIMILARITY)
            .into_iter()
            .map(|(a, b, s)| (ids[a], ids[b], s))
            .collect();
    if pairs.is_empty() {
        app.info(app.t(S::AffNoDuplicates));
        return;
    }
    app.mode = Mode::Affinity(Popup::Duplicates { pairs, selected: 0 });
}

/// Suggestions for these cards and texts; none when cancelled.
pub(super) fn proposals_for(
    cards: &[QualityId],
    texts: &[String],
    cancel: &AtomicBool,
) -> Option<Vec<Proposal>> {
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    // Suggestions that fail give none, as cancelled ones do.
    let s = crate::tui::guard::contained(|| {
        affinity::suggest_until(&refs, &SuggestOptions::default(), cancel)
    })??;
    Some(
        s.clusters
            .into_iter()
            .map(|i| Proposal {
                cards: i.members.iter().map(|&m| cards[m]).collect(),
                islands: Vec::new(),
                name: i.name,
                draft: i.draft,
                cohesion: i.cohesion,
            })
            .collect(),
    )
}

pub(super) fn text_of(p: &Project, q: QualityId) -> String {
    p.qualities
        .get(q)
        .map(|q| q.text.clone())
        .unwrap_or_default()
}

/// With the tree focused: suggests the next level up, grouping the top-level islands by how
/// close their cards are (step D).
pub(super) fn suggest_level(app: &mut App) {
    let rows = app.affinity_rows();
    let mut tops: Vec<GroupId> = Vec::new();
    let mut members: Vec<Vec<usize>> = Vec::new();
    let mut cards: Vec<QualityId> = Vec::new();
    for r in &rows.all {
        match r.node {
            Node::Group(g) if r.depth == 0 => {
                tops.push(g);
                members.push(Vec::new());
            }
            Node::Quality(q) => {
                if let Some(m) = members.last_mut() {
                    m.push(cards.len());
                    cards.push(q);
                }
            }
            Node::Group(_) => {}
        }
    }
    if tops.len() < 2 {
        app.info(app.t(S::AffNothingToGroup));
        return;
    }
    let texts: Vec<String> = cards.iter().map(|q| text_of(&app.project, *q)).collect();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let Some(s) = crate::tui::guard::contained(|| {
        affinity::suggest_groups(&refs, &members, &SuggestOptions::default())
    }) else {
        app.info(app.t(S::AffNoProposals));
        return;
    };
    let proposals = s
        .clusters
        .into_iter()
        .map(|i| Proposal {
            cards: i
                .members
                .iter()
                .flat_map(|&m| members[m].iter().map(|&c| cards[c]))
                .collect(),
            islands: i.members.iter().map(|&m| tops[m]).collect(),
            name: i.name,
            draft: i.draft,
            cohesion: i.cohesion,
        })
        .collect();
    show_proposals(app, proposals);
}

pub(super) fn suggest(app: &mut App) {
    if app.refuse_read_only() {
        return;
    }
    if app.affinity.focus != Focus::Left {
        suggest_level(app);
        return;
    }
    let cards = app.affinity_rows().unplaced.clone();
    if cards.is_empty() {
        app.info(app.t(S::AffNothingUnplaced));
        return;
    }
    let texts: Vec<String> = cards.iter().map(|q| text_of(&app.project, *q)).collect();
    if cards.len() < BACKGROUND_FROM {
        let proposals = proposals_for(&cards, &texts, &AtomicBool::new(false)).unwrap_or_default();
        show_proposals(app, proposals);
        return;
    }
    let (tx, rx) = mpsc::channel();
    let n = cards.len();
    let cancel = Arc::new(AtomicBool::new(false));
    let stop = cancel.clone();
    std::thread::spawn(move || {
        if let Some(p) = proposals_for(&cards, &texts, &stop) {
            let _ = tx.send(p);
        }
    });
    app.affinity.job = Some(Job { rx, cancel });
    app.mode = Mode::Affinity(Popup::Working(n));
}

pub(super) fn show_proposals(app: &mut App, proposals: Vec<Proposal>) {
    if proposals.is_empty() {
        app.mode = Mode::Browse;
        app.info(app.t(S::AffNoProposals));
        return;
    }
    app.mode = Mode::Affinity(Popup::Suggestions {
        proposals,
        selected: 0,
    });
}
