//! Tests of the Items step (2): splitting a remark into items, linking and unlinking remarks,
//! and items left without a remark.

use super::app::{Focus, Step};
use super::strings::Lang;
use super::test_support::{app, english, keys, screen, type_text};
use crate::model::*;

#[test]
fn items_split_a_remark_and_link_to_further_remarks() {
    let mut a = app(english(), Lang::En);
    keys(&mut a, "2 down a");
    // The keyboard stays on the remarks, so after the entry Down goes to the next remark.
    assert_eq!(a.items_focus, Focus::Left);
    type_text(&mut a, "fits in a pot");
    keys(&mut a, "enter");
    type_text(&mut a, "light to carry");
    keys(&mut a, "enter esc");
    let items: Vec<&str> = a
        .items_of(RemarkId(2))
        .iter()
        .map(|i| i.text.as_str())
        .collect();
    assert_eq!(
        items,
        ["small when packed", "fits in a pot", "light to carry"]
    );
    assert_eq!(a.current_item(), Some(ItemId(4)));
    // Link I4 to R1 through the picker, filtering by typing.
    keys(&mut a, "l");
    type_text(&mut a, "wind");
    keys(&mut a, "enter");
    assert_eq!(
        a.project.items.get(ItemId(4)).unwrap().remarks,
        vec![RemarkId(2), RemarkId(1)]
    );
    // Unlink it from R2 again.
    keys(&mut a, "x");
    assert_eq!(
        a.project.items.get(ItemId(4)).unwrap().remarks,
        vec![RemarkId(1)]
    );
    keys(&mut a, "u u");
    assert_eq!(
        a.project.items.get(ItemId(4)).unwrap().remarks,
        vec![RemarkId(2)]
    );
}

#[test]
fn items_left_without_a_remark_stay_reachable_on_the_items_step() {
    let mut a = app(english(), Lang::En);
    // Deleting R1 leaves I1 without a remark.
    keys(&mut a, "d y 2");
    assert!(a.project.items.get(ItemId(1)).unwrap().remarks.is_empty());
    keys(&mut a, "end");
    assert_eq!(a.current_row(), Some(super::app::RemarkRow::Unlinked));
    assert_eq!(a.current_remark(Step::Items), None);
    assert_eq!(a.current_item(), Some(ItemId(1)));
    assert!(screen(&a, 80, 24).contains("(items without"));
    // An item written there has no remark either.
    keys(&mut a, "a");
    type_text(&mut a, "free item");
    keys(&mut a, "enter esc");
    assert!(a.project.items.get(ItemId(3)).unwrap().remarks.is_empty());
    // Link I1 to R2: it moves under R2.
    keys(&mut a, "right home l enter");
    assert_eq!(
        a.project.items.get(ItemId(1)).unwrap().remarks,
        [RemarkId(2)]
    );
    assert_eq!(a.items_in(super::app::RemarkRow::Unlinked).len(), 1);
}
