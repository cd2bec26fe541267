//! Small maps with text keys: a step's (feelings by persona, metric values, custom lanes'
//! text) and the lanes the person showed or hid. The pairs are in the order given, each key
//! once, the last value given winning as when reading any JSON object. Each holds a handful:
//! a list is searched as quickly as a B-tree at that size, keeps the file's order for the
//! export, and its code is a fraction of a B-tree's in the wasm.

#[derive(Clone, Debug, PartialEq)]
pub struct Pairs<V>(Vec<(String, V)>);

impl<V> Default for Pairs<V> {
    fn default() -> Self {
        Pairs(Vec::new())
    }
}

impl<V> Pairs<V> {
    pub fn get(&self, key: &str) -> Option<&V> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(k, _)| k)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> std::slice::Iter<'_, (String, V)> {
        self.0.iter()
    }

    /// Sets `key`'s value, in its place, or at the end when it is new.
    pub fn insert(&mut self, key: String, value: V) {
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some(pair) => pair.1 = value,
            None => self.0.push((key, value)),
        }
    }

    /// Keeps the pairs for which `keep` holds, in their order.
    pub fn retain(&mut self, keep: impl FnMut(&(String, V)) -> bool) {
        self.0.retain(keep);
    }
}

/// The pairs of `pairs` in their order, a repeated key keeping only its last value (in
/// linear time: a file may repeat a key 100,000 times).
pub fn pairs_of<V>(pairs: impl Iterator<Item = (String, V)>) -> Pairs<V> {
    let mut all: Vec<(String, V)> = pairs.collect();
    let mut seen = super::id_set::IdSet::default();
    let last: Vec<bool> = all
        .iter()
        .rev()
        .map(|(k, _)| seen.insert(k.as_str()))
        .collect();
    let mut kept = last.into_iter().rev();
    all.retain(|_| kept.next() == Some(true));
    Pairs(all)
}

impl<V> IntoIterator for Pairs<V> {
    type Item = (String, V);
    type IntoIter = std::vec::IntoIter<(String, V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a, V> IntoIterator for &'a Pairs<V> {
    type Item = &'a (String, V);
    type IntoIter = std::slice::Iter<'a, (String, V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(pairs: &[(&str, f64)]) -> Pairs<f64> {
        pairs_of(pairs.iter().map(|(k, v)| (k.to_string(), *v)))
    }

    #[test]
    fn keeps_the_file_order_and_each_keys_last_value() {
        let p = of(&[("nps", 1.0), ("csat", 2.0), ("nps", 3.0), ("ces", 4.0)]);
        assert_eq!(p.keys().collect::<Vec<_>>(), ["csat", "nps", "ces"]);
        assert_eq!(p.get("nps"), Some(&3.0));
        assert_eq!(p.get("fcr"), None);
        assert!(p.contains_key("ces") && !p.contains_key("Ces"));
        assert!(of(&[]).is_empty());
        let mut q = p.clone();
        q.retain(|(k, _)| k != "nps");
        assert_eq!(q.keys().collect::<Vec<_>>(), ["csat", "ces"]);
        q.insert("ces".into(), 5.0);
        q.insert("nps".into(), 6.0);
        assert_eq!(
            q.iter().cloned().collect::<Vec<_>>(),
            [
                ("csat".to_string(), 2.0),
                ("ces".to_string(), 5.0),
                ("nps".to_string(), 6.0)
            ]
        );
    }

    #[test]
    fn a_key_repeated_100000_times_keeps_its_last_value() {
        let p = pairs_of((0..100_000).map(|i| ((i % 3).to_string(), i as f64)));
        assert_eq!(p.keys().collect::<Vec<_>>(), ["1", "2", "0"]);
        assert_eq!(p.get("0"), Some(&99_999.0));
    }
}
