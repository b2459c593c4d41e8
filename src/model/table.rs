//! A list of records kept sorted by id: the shape projects are saved in (small diffs, readable files)
//! and quick enough to search by binary search at any size a workshop reaches.

use serde::{Deserialize, Serialize};

/// A record that carries its own id.
pub trait Record {
    type Id: Copy + Ord + std::fmt::Display;
    fn id(&self) -> Self::Id;
}

/// Records sorted by id. The file may hold them in any order or with duplicates (validation reports
/// those); every edit keeps the list sorted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Table<T>(Vec<T>);

impl<T> Default for Table<T> {
    fn default() -> Self {
        Table(Vec::new())
    }
}

impl<T: Record> Table<T> {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }

    /// The records for changes that keep their ids (an id changed here breaks the order).
    pub fn iter_mut(&mut self) -> std::slice::IterMut<'_, T> {
        self.0.iter_mut()
    }

    pub fn ids(&self) -> impl Iterator<Item = T::Id> + '_ {
        self.0.iter().map(Record::id)
    }

    fn position(&self, id: T::Id) -> Result<usize, usize> {
        self.0.binary_search_by(|r| r.id().cmp(&id))
    }

    pub fn get(&self, id: T::Id) -> Option<&T> {
        self.position(id).ok().map(|i| &self.0[i])
    }

    pub fn get_mut(&mut self, id: T::Id) -> Option<&mut T> {
        self.position(id).ok().map(|i| &mut self.0[i])
    }

    pub fn contains(&self, id: T::Id) -> bool {
        self.position(id).is_ok()
    }

    /// Inserts or replaces the record with this id; returns the record it replaced.
    pub fn put(&mut self, record: T) -> Option<T> {
        match self.position(record.id()) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i], record)),
            Err(i) => {
                self.0.insert(i, record);
                None
            }
        }
    }

    pub fn remove(&mut self, id: T::Id) -> Option<T> {
        self.position(id).ok().map(|i| self.0.remove(i))
    }

    /// Sorts by id after loading. Duplicates stay (next to each other) so that nothing in the
    /// file is dropped before the user has seen the problem.
    pub fn sort(&mut self) {
        self.0.sort_by_key(Record::id);
    }

    /// Ids that occur more than once (the table must be sorted).
    pub fn duplicates(&self) -> Vec<T::Id> {
        let mut dups = Vec::new();
        for w in self.0.windows(2) {
            if w[0].id() == w[1].id() && dups.last() != Some(&w[0].id()) {
                dups.push(w[0].id());
            }
        }
        dups
    }

    /// The largest id present, for choosing the next one.
    pub fn max_id(&self) -> Option<T::Id> {
        self.0.last().map(Record::id)
    }
}

impl<'a, T> IntoIterator for &'a Table<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<T: Record> FromIterator<T> for Table<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut t = Table(iter.into_iter().collect());
        t.0.sort_by_key(Record::id);
        t
    }
}
