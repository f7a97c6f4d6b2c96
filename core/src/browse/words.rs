//! An index of the words of every seminar, so that a search looks at each
//! distinct word once instead of at every seminar's whole text.
//!
//! Search terms never hold white space, so a term occurs in a text exactly
//! when it occurs inside one of the text's white-space-separated words. The
//! index keeps every distinct word once, in one buffer, and for each word
//! the seminars that hold it. A term is found by scanning that buffer (a few
//! hundred kilobytes even for 100,000 seminars of templated text, against
//! over 100 megabytes of text), and the seminars of each word it occurs in
//! are marked in a bit set.

use memchr::memmem::Finder;
use rustc_hash::FxHashMap;

/// A set of seminar positions, one bit each.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bits {
    words: Vec<u64>,
}

impl Bits {
    /// An empty set for positions below `len`.
    pub fn new(len: usize) -> Self {
        Bits {
            words: vec![0; len.div_ceil(64)],
        }
    }

    /// Adds a position.
    pub fn insert(&mut self, i: usize) {
        self.words[i / 64] |= 1 << (i % 64);
    }

    /// Whether a position is in the set.
    pub fn contains(&self, i: usize) -> bool {
        self.words
            .get(i / 64)
            .is_some_and(|word| word & (1 << (i % 64)) != 0)
    }

    /// Keeps only the positions also in `other`.
    pub fn intersect(&mut self, other: &Bits) {
        self.words
            .iter_mut()
            .zip(&other.words)
            .for_each(|(a, b)| *a &= b);
    }

    /// The positions in the set, ascending.
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.words.iter().enumerate().flat_map(|(w, &word)| {
            let mut rest = word;
            std::iter::from_fn(move || {
                (rest != 0).then(|| {
                    let bit = rest.trailing_zeros() as usize;
                    rest &= rest - 1;
                    w * 64 + bit
                })
            })
        })
    }
}

/// Every distinct word of a list of texts, and which texts hold it.
#[derive(Clone, Debug, Default)]
pub struct WordIndex {
    /// The distinct words, each followed by a line break, so that a term
    /// (which holds no white space) never matches across two words.
    words: String,
    /// Word `w` starts at `word_at[w]`; one more entry marks the end.
    word_at: Vec<u32>,
    /// The texts holding word `w`, ascending: `texts[texts_at[w]..texts_at[w + 1]]`.
    texts_at: Vec<u32>,
    texts: Vec<u32>,
    len: usize,
}

/// Builds a [`WordIndex`] a few texts at a time, so that the work can be
/// spread over idle moments. It reads the texts twice: first to find the
/// words and count the texts of each ([`WordIndexBuilder::count`]), then to
/// place each text in the lists of its words ([`WordIndexBuilder::place`]).
/// Reading once would mean keeping every text's words until the end and
/// turning them into lists then, two copies of the index at once: about
/// 4 MB more at the app's busiest moment for 10,000 seminars.
#[derive(Debug, Default)]
pub struct WordIndexBuilder {
    ids: FxHashMap<Box<str>, u32>,
    words: String,
    word_at: Vec<u32>,
    /// First how many texts hold each word, then where each word's next
    /// text goes.
    counts: Vec<u32>,
    /// The text (counted from 1) each word was last seen in, so that a word
    /// counts once per text.
    last: Vec<u32>,
    counted: usize,
    placed: usize,
    texts_at: Vec<u32>,
    texts: Vec<u32>,
    buffer: String,
}

impl WordIndexBuilder {
    /// A builder with no text yet.
    pub fn new() -> Self {
        WordIndexBuilder::default()
    }

    /// How many texts the first reading has counted.
    pub fn counted(&self) -> usize {
        self.counted
    }

    /// How many texts the second reading has placed.
    pub fn placed(&self) -> usize {
        self.placed
    }

    /// Reads the next text in the first reading; `write` appends it to an
    /// empty buffer.
    pub fn count(&mut self, write: impl FnOnce(&mut String)) {
        let mut buffer = std::mem::take(&mut self.buffer);
        buffer.clear();
        write(&mut buffer);
        self.counted += 1;
        let text = self.counted as u32;
        for word in buffer.split_whitespace() {
            let id = match self.ids.get(word) {
                Some(&id) => id,
                None => {
                    let id = self.word_at.len() as u32;
                    self.word_at.push(self.words.len() as u32);
                    self.words.push_str(word);
                    self.words.push('\n');
                    self.ids.insert(word.into(), id);
                    self.counts.push(0);
                    self.last.push(0);
                    id
                }
            } as usize;
            if self.last[id] != text {
                self.last[id] = text;
                self.counts[id] += 1;
            }
        }
        self.buffer = buffer;
    }

    /// Reads the next text again, in the same order, after every text was
    /// counted: places it in the lists of its words.
    pub fn place(&mut self, write: impl FnOnce(&mut String)) {
        if self.placed == 0 {
            self.start_placing();
        }
        let mut buffer = std::mem::take(&mut self.buffer);
        buffer.clear();
        write(&mut buffer);
        let text = self.placed as u32;
        self.placed += 1;
        for word in buffer.split_whitespace() {
            let Some(&id) = self.ids.get(word) else {
                continue;
            };
            let id = id as usize;
            // `last` counted texts from 1; here it holds the text plus two,
            // so that nothing left from the first reading matches.
            if self.last[id] != text + 2 {
                self.last[id] = text + 2;
                if let Some(slot) = self.texts.get_mut(self.counts[id] as usize) {
                    *slot = text;
                }
                self.counts[id] += 1;
            }
        }
        self.buffer = buffer;
    }

    /// Between the readings: where each word's list starts, and room for
    /// every list.
    fn start_placing(&mut self) {
        let mut at = 0u32;
        self.texts_at = Vec::with_capacity(self.counts.len() + 1);
        for count in self.counts.iter_mut() {
            self.texts_at.push(at);
            at += *count;
            *count = *self.texts_at.last().unwrap_or(&0);
        }
        self.texts_at.push(at);
        self.texts = vec![0; at as usize];
        self.last.iter_mut().for_each(|l| *l = 0);
        self.words.shrink_to_fit();
    }

    /// The finished index (every counted text must have been placed).
    pub fn finish(mut self) -> WordIndex {
        if self.placed == 0 {
            self.start_placing();
        }
        self.word_at.push(self.words.len() as u32);
        WordIndex {
            words: self.words,
            word_at: self.word_at,
            texts_at: self.texts_at,
            texts: self.texts,
            len: self.counted,
        }
    }
}

impl WordIndex {
    /// Indexes `len` texts; `write(i, buffer)` appends text `i` to an empty buffer.
    pub fn new(len: usize, mut write: impl FnMut(usize, &mut String)) -> Self {
        let mut builder = WordIndexBuilder::new();
        for i in 0..len {
            builder.count(|out| write(i, out));
        }
        for i in 0..len {
            builder.place(|out| write(i, out));
        }
        builder.finish()
    }

    /// How many distinct words the texts hold.
    pub fn word_count(&self) -> usize {
        self.word_at.len().saturating_sub(1)
    }

    /// The texts that hold every term (terms already folded, without white
    /// space); `None` when there is no term, which every text matches.
    pub fn matching(&self, terms: &[String]) -> Option<Bits> {
        // The longest term first: it is usually the rarest.
        let mut terms: Vec<&String> = terms.iter().filter(|t| !t.is_empty()).collect();
        // A handful of terms: an insertion sort, rather than another copy
        // of the library's sort in the download.
        for i in 1..terms.len() {
            let mut j = i;
            while j > 0 && terms[j - 1].len() < terms[j].len() {
                terms.swap(j - 1, j);
                j -= 1;
            }
        }
        let mut found: Option<Bits> = None;
        for term in terms {
            let holding = self.holding(term);
            match &mut found {
                Some(all) => all.intersect(&holding),
                None => found = Some(holding),
            }
        }
        found
    }

    /// The texts in which `term` occurs.
    fn holding(&self, term: &str) -> Bits {
        let mut bits = Bits::new(self.len);
        let finder = Finder::new(term.as_bytes());
        let bytes = self.words.as_bytes();
        let mut from = 0;
        while let Some(offset) = finder.find(&bytes[from..]) {
            let at = (from + offset) as u32;
            // The word holding byte `at`; the search goes on after it.
            let w = self.word_at.partition_point(|&start| start <= at) - 1;
            let texts = &self.texts[self.texts_at[w] as usize..self.texts_at[w + 1] as usize];
            texts.iter().for_each(|&i| bits.insert(i as usize));
            from = self.word_at[w + 1] as usize;
        }
        bits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(texts: &[&str]) -> WordIndex {
        WordIndex::new(texts.len(), |i, out| out.push_str(texts[i]))
    }

    fn found(index: &WordIndex, terms: &[&str]) -> Vec<usize> {
        let terms: Vec<String> = terms.iter().map(|t| t.to_string()).collect();
        index
            .matching(&terms)
            .map(|bits| bits.iter().collect())
            .unwrap_or_default()
    }

    #[test]
    fn terms_match_inside_words_and_every_term_must_match() {
        let index = index(&[
            "low-carbon industry",
            "carbon markets",
            "adaptation\nmarkets",
        ]);
        assert_eq!(index.word_count(), 5);
        assert_eq!(found(&index, &["carbon"]), vec![0, 1]);
        assert_eq!(found(&index, &["arb", "market"]), vec![1]);
        assert_eq!(found(&index, &["markets", "ada"]), vec![2]);
        assert_eq!(found(&index, &["nmar"]), Vec::<usize>::new());
        assert!(index.matching(&[]).is_none());
    }

    #[test]
    fn chinese_matches_by_substring() {
        let index = index(&["全国碳市场建设", "碳达峰 碳中和"]);
        assert_eq!(found(&index, &["碳市场"]), vec![0]);
        assert_eq!(found(&index, &["碳"]), vec![0, 1]);
    }

    #[test]
    fn building_in_steps_gives_the_same_index() {
        let texts = ["a b c", "b c d", "", "d d e"];
        let whole = index(&texts);
        let mut builder = WordIndexBuilder::new();
        for text in texts {
            builder.count(|out| out.push_str(text));
        }
        assert_eq!(builder.counted(), 4);
        for text in texts {
            builder.place(|out| out.push_str(text));
        }
        assert_eq!(builder.placed(), 4);
        let stepped = builder.finish();
        for term in ["a", "b", "c", "d", "e", "x"] {
            assert_eq!(found(&stepped, &[term]), found(&whole, &[term]), "{term}");
        }
        assert_eq!(found(&stepped, &["d"]), vec![1, 3]);
    }

    #[test]
    fn bit_sets_list_their_members_in_order() {
        let mut bits = Bits::new(200);
        for i in [199, 0, 64, 63, 130] {
            bits.insert(i);
        }
        assert_eq!(bits.iter().collect::<Vec<_>>(), vec![0, 63, 64, 130, 199]);
        assert!(bits.contains(130) && !bits.contains(131) && !bits.contains(5000));
        let mut other = Bits::new(200);
        other.insert(64);
        other.insert(5);
        bits.intersect(&other);
        assert_eq!(bits.iter().collect::<Vec<_>>(), vec![64]);
    }
}
