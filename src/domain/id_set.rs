//! A set of ids.

use std::borrow::Cow;

use rustc_hash::{FxHashMap, FxHashSet};

/// A set of ids that outlives the journey they came from (the phases collapsed, the personas
/// hidden). Its ids are `Cow`s, not `String`s: Leptos keeps such a set of event names, so
/// this one adds no layout of hash table to the wasm.
pub type OwnedIds = FxHashSet<Cow<'static, str>>;

/// A set of ids, kept as a map from each id to 0. The app's maps of ids to a `usize` are
/// there anyway, and a set of its own added hashbrown's code for one more layout of table
/// to the wasm.
#[derive(Default)]
pub struct IdSet<'a>(FxHashMap<&'a str, usize>);

impl<'a> IdSet<'a> {
    /// Adds `id`; true when it was not in the set yet.
    pub fn insert(&mut self, id: &'a str) -> bool {
        self.0.insert(id, 0).is_none()
    }

    pub fn contains(&self, id: &str) -> bool {
        self.0.contains_key(id)
    }

    /// How many ids the set holds.
    pub fn count(&self) -> usize {
        self.0.len()
    }
}

impl<'a> FromIterator<&'a str> for IdSet<'a> {
    fn from_iter<I: IntoIterator<Item = &'a str>>(ids: I) -> Self {
        IdSet(ids.into_iter().map(|id| (id, 0)).collect())
    }
}
