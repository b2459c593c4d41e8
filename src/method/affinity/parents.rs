//! The next level up holds no parent over a single island (METHOD.md step D: a group gathers
//! islands of close meaning, so one island alone is no group): every parent takes 2 to
//! [`MAX_GROUP`](super::MAX_GROUP) islands once there are four or more.

use super::MAX_GROUP;

/// Moves lone islands until every group holds 2 to `MAX_GROUP` islands: a lone island joins the
/// nearest group with room (another lone island included, so two leftovers pair); when joining
/// would leave one group over everything, or no group has room, it takes the nearest island of
/// the nearest group instead. `dist(i, j)` is the distance between islands `i` and `j`.
/// Groups are numbered again in order of their first island. Fewer than four islands are left
/// as they are: they cannot make two groups of two.
pub(super) fn without_lone_islands(assignment: &mut [usize], dist: impl Fn(usize, usize) -> f32) {
    let m = assignment.len();
    if m < 4 {
        return;
    }
    // At most one move per island: each move removes a lone group or fills one.
    for _ in 0..m {
        let count = assignment.iter().max().map_or(0, |g| g + 1);
        let size = |g: usize, a: &[usize]| a.iter().filter(|&&x| x == g).count();
        let Some(lone) = (0..m).find(|&i| size(assignment[i], assignment) == 1) else {
            break;
        };
        let own = assignment[lone];
        let groups = (0..count).filter(|&g| g != own && size(g, assignment) > 0);
        let mean = |g: usize| -> f32 {
            let ms: Vec<usize> = (0..m).filter(|&i| assignment[i] == g).collect();
            ms.iter().map(|&i| dist(lone, i)).sum::<f32>() / ms.len() as f32
        };
        let mut near: Vec<(f32, usize)> = groups.map(|g| (mean(g), g)).collect();
        near.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        let live = (0..count).filter(|&g| size(g, assignment) > 0).count();
        let room = near
            .iter()
            .find(|&&(_, g)| size(g, assignment) < MAX_GROUP)
            .map(|&(_, g)| g);
        match room {
            Some(g) if live > 2 => assignment[lone] = g,
            _ => {
                // Take the closest island of the nearest group that can spare one.
                let Some(&(_, g)) = near.iter().find(|&&(_, g)| size(g, assignment) > 2) else {
                    break;
                };
                let closest = (0..m)
                    .filter(|&i| assignment[i] == g)
                    .min_by(|&a, &b| dist(lone, a).total_cmp(&dist(lone, b)).then(a.cmp(&b)))
                    .expect("a group with islands");
                assignment[closest] = own;
            }
        }
    }
    // Number the groups again by their first island.
    let mut map: Vec<Option<usize>> = vec![None; m];
    let mut next = 0;
    for g in assignment.iter_mut() {
        let new = *map[*g].get_or_insert_with(|| {
            next += 1;
            next - 1
        });
        *g = new;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sizes(a: &[usize]) -> Vec<usize> {
        let n = a.iter().max().map_or(0, |g| g + 1);
        (0..n)
            .map(|g| a.iter().filter(|&&x| x == g).count())
            .collect()
    }

    /// Islands on a line: the distance is how far apart their positions are.
    fn line(pos: &[f32]) -> impl Fn(usize, usize) -> f32 + '_ {
        move |i, j| (pos[i] - pos[j]).abs()
    }

    #[test]
    fn a_lone_island_joins_its_nearest_group() {
        let pos = [0.0, 0.1, 0.2, 5.0, 5.1, 1.0];
        let mut a = vec![0, 0, 0, 1, 1, 2];
        without_lone_islands(&mut a, line(&pos));
        assert_eq!(a, [0, 0, 0, 1, 1, 0]);
    }

    #[test]
    fn two_leftovers_pair() {
        let pos = [0.0, 0.1, 10.0, 10.1, 20.0, 20.2];
        let mut a = vec![0, 0, 1, 1, 2, 3];
        without_lone_islands(&mut a, line(&pos));
        assert_eq!(a, [0, 0, 1, 1, 2, 2]);
    }

    #[test]
    fn a_full_group_lends_an_island_and_one_group_never_takes_all() {
        // Six close islands fill a group; the seventh takes the nearest of them.
        let pos = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 3.0];
        let mut a = vec![0, 0, 0, 0, 0, 0, 1];
        without_lone_islands(&mut a, line(&pos));
        assert_eq!(sizes(&a), [5, 2]);
        assert_eq!(a[5], a[6]);
        // Four islands split 3 + 1 become 2 + 2, never one group of four.
        let pos = [0.0, 0.1, 0.2, 3.0];
        let mut a = vec![0, 0, 0, 1];
        without_lone_islands(&mut a, line(&pos));
        assert_eq!(sizes(&a), [2, 2]);
    }

    /// The labelled remark sets: every parent of the next level holds 2 to 6 islands (before,
    /// 3 of 21 Chinese and 5 of 24 English parents held one).
    #[test]
    fn every_parent_of_the_labelled_sets_holds_two_to_six_islands() {
        use crate::method::affinity::{SuggestOptions, labelled_tests::islands_of, suggest_groups};
        for file in ["ebike.zh.csv", "vacuum.en.csv"] {
            let (texts, s) = islands_of(file);
            let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
            let islands: Vec<Vec<usize>> = s.clusters.iter().map(|c| c.members.clone()).collect();
            let up = suggest_groups(&refs, &islands, &SuggestOptions::default());
            assert!(up.clusters.len() >= 2, "{file}");
            for g in &up.clusters {
                assert!(
                    (2..=MAX_GROUP).contains(&g.members.len()),
                    "{file}: {:?}",
                    g.members
                );
            }
        }
    }
}
