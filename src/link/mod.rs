//! Linking: facts made of the entities, quantities and dates found
//! before, each pointing to its evidence.

pub mod event;
pub mod role;
pub mod target;

/// A builder of the automata that report every match of a few cue words
/// in a sentence: a DFA without a prefilter. The bytes a prefilter would
/// skip to are common in Vietnamese (the lead bytes of its letters), and
/// skipping to them costs more than stepping over every byte.
fn scanner() -> aho_corasick::AhoCorasickBuilder {
    let mut b = aho_corasick::AhoCorasick::builder();
    b.kind(Some(aho_corasick::AhoCorasickKind::DFA)).prefilter(false);
    b
}
