//! Boilerplate phrases (the lists in `phrases.txt`, matched all at once by an
//! Aho-Corasick automaton). What counts is how much of a block the phrases
//! cover, so "Share" alone is boilerplate while a sentence that mentions
//! sharing is not.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use rustc_hash::FxHashMap;

use super::Cues;
use super::date_pattern::{MONTHS, RELATIVE_DAYS, RELATIVE_TIME_WORDS, WEEKDAYS};

/// What a boilerplate phrase says about the block it is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
#[repr(u8)]
pub enum PhraseKind {
    /// Menus, search, skip links, breadcrumbs.
    Navigation,
    /// Share, like, follow, print, e-mail buttons.
    Share,
    /// Subscribe, newsletter, log in, sign up, apps.
    Subscribe,
    /// Advertising labels and ad slots.
    Advertising,
    /// Headers of lists of other stories.
    Related,
    /// Comment sections, counts and forms.
    Comments,
    /// Privacy, cookies, terms, contact.
    Legal,
    /// Copyright notices, which open a page's footer.
    Copyright,
    /// Photo and video credits and caption labels.
    Credit,
    /// "By ...", "Published ...", "Updated ...", reading time.
    Byline,
    /// Credit lines after the last paragraph: "Reporting by ...", "Source: ...".
    EndCredit,
    /// Author bio headers.
    AuthorBio,
}

impl PhraseKind {
    /// Every kind, in declaration order.
    pub const ALL: [PhraseKind; 12] = [
        PhraseKind::Navigation,
        PhraseKind::Share,
        PhraseKind::Subscribe,
        PhraseKind::Advertising,
        PhraseKind::Related,
        PhraseKind::Comments,
        PhraseKind::Legal,
        PhraseKind::Copyright,
        PhraseKind::Credit,
        PhraseKind::Byline,
        PhraseKind::EndCredit,
        PhraseKind::AuthorBio,
    ];

    pub fn name(self) -> &'static str {
        match self {
            PhraseKind::Navigation => "navigation",
            PhraseKind::Share => "share",
            PhraseKind::Subscribe => "subscribe",
            PhraseKind::Advertising => "advertising",
            PhraseKind::Related => "related",
            PhraseKind::Comments => "comments",
            PhraseKind::Legal => "legal",
            PhraseKind::Copyright => "copyright",
            PhraseKind::Credit => "credit",
            PhraseKind::Byline => "byline",
            PhraseKind::EndCredit => "end-credit",
            PhraseKind::AuthorBio => "author-bio",
        }
    }

    /// Headers that open a section which is not the article: what follows
    /// them is other stories, comments or an author's bio.
    pub fn opens_other_section(self) -> bool {
        matches!(
            self,
            PhraseKind::Related | PhraseKind::Comments | PhraseKind::AuthorBio
        )
    }
}

/// The phrase lists, by kind (see the file's header for its format).
const PHRASE_DATA: &str = include_str!("phrases.txt");

fn kind_named(name: &str) -> Option<PhraseKind> {
    PhraseKind::ALL.into_iter().find(|k| k.name() == name)
}

/// One phrase of the lists.
#[derive(Debug, Clone, Copy)]
struct Phrase {
    kind: PhraseKind,
    /// Counts only at the start of a block ("By ...", "Source: ...").
    opening_only: bool,
    /// Counts only at the end of a block ("... says:").
    closing_only: bool,
    /// Ends with a colon: a label such as "Photo:" or "Related:".
    label: bool,
    /// One plain word ("popular", "share"): evidence only when it makes up
    /// most of its block, since in a sentence it is just a word.
    lone_word: bool,
}

/// All phrases in one automaton, matched ignoring ASCII case.
pub struct Phrases {
    automaton: AhoCorasick,
    phrases: Vec<Phrase>,
    /// First characters of the phrases without a letter or digit ("©"),
    /// which no word cues.
    wordless_starts: Vec<char>,
    /// A wordless phrase starts with an ASCII character, which the word
    /// pass does not look at: every block must be searched.
    always_search: bool,
    /// The most non-space characters a one-word lone-word phrase has
    /// beside its word ("share»" has one).
    lone_word_extra_chars: u32,
    /// Each phrase of up to [`WHOLE_BLOCK_MAX_BYTES`], in ASCII lower
    /// case, and the index of the first listed that way.
    whole_blocks: FxHashMap<Box<[u8]>, usize>,
}

/// The longest block looked up whole among the phrases; longer phrases are
/// rare, and longer blocks are seldom one phrase.
const WHOLE_BLOCK_MAX_BYTES: usize = 48;

/// The phrases of `phrases.txt`, each as its text and what it means.
fn phrase_list() -> Vec<(&'static str, Phrase)> {
    let mut kind = None;
    let mut list = Vec::new();
    for line in PHRASE_DATA.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            kind = Some(kind_named(name).unwrap_or_else(|| panic!("unknown phrase kind {name}")));
            continue;
        }
        let kind = kind.expect("phrases.txt starts with a [kind] header");
        let (opening_only, phrase) = match line.strip_prefix('^') {
            Some(rest) => (true, rest),
            None => (false, line),
        };
        let (closing_only, phrase) = match phrase.strip_suffix('$') {
            Some(rest) => (true, rest),
            None => (false, phrase),
        };
        list.push((
            phrase,
            Phrase {
                kind,
                opening_only,
                closing_only,
                label: phrase.ends_with(':'),
                lone_word: !phrase.contains(' ')
                    && !phrase.ends_with(':')
                    && !opening_only
                    && !closing_only,
            },
        ));
    }
    list
}

/// The phrases as written in the lists, for tests.
#[cfg(test)]
pub(crate) fn patterns() -> Vec<&'static str> {
    phrase_list()
        .into_iter()
        .map(|(pattern, _)| pattern)
        .collect()
}

pub static PHRASES: LazyLock<Phrases> = LazyLock::new(|| {
    let (patterns, phrases): (Vec<&str>, Vec<Phrase>) = phrase_list().into_iter().unzip();
    let automaton = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        // A contiguous NFA builds in a fraction of a DFA's time (which
        // dominated cleaning a single small page) and searches the short
        // blocks phrases are looked for in nearly as fast.
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        // ASCII folding on the block itself saves lowercasing every block;
        // the lists' non-ASCII letters are lowercase, as text mostly is.
        .ascii_case_insensitive(true)
        .build(&patterns)
        .expect("phrase automaton");
    let wordless_starts: Vec<char> = patterns
        .iter()
        .filter(|p| super::words_of(p).next().is_none())
        .filter_map(|p| p.chars().next())
        .collect();
    let lone_word_extra_chars = patterns
        .iter()
        .zip(&phrases)
        .filter(|(_, phrase)| phrase.lone_word)
        .filter_map(|(pattern, _)| {
            let mut words = super::words_of(pattern);
            match (words.next(), words.next()) {
                (Some(word), None) => {
                    Some((non_space_chars(pattern) - word.chars().count()) as u32)
                }
                _ => None,
            }
        })
        .max()
        .unwrap_or(0);
    let mut whole_blocks = FxHashMap::default();
    for (index, pattern) in patterns.iter().enumerate() {
        if pattern.len() <= WHOLE_BLOCK_MAX_BYTES {
            let folded = pattern.to_ascii_lowercase().into_bytes().into_boxed_slice();
            whole_blocks.entry(folded).or_insert(index);
        }
    }
    Phrases {
        automaton,
        phrases,
        always_search: wordless_starts.iter().any(char::is_ascii),
        wordless_starts,
        lone_word_extra_chars,
        whole_blocks,
    }
});

/// What the phrase and date searches need, for the lexicon to cue. A
/// phrase matches on word edges, so every word of it is a word of the block
/// it is found in, and its words follow each other there too (the first
/// word of the block for a phrase that must open it, the last for one that
/// must close it). So a phrase of several words is cued by one pair of
/// adjacent words (the pair ending in its rarest word: not a stop word,
/// then the longest), a label such as "more:" by its word before a colon,
/// and any other phrase by its word, which tells whether that phrase is a lone
/// word (see [`Cues::PHRASE_LONE`]).
pub(crate) struct CueList {
    pub words: Vec<(String, Cues)>,
    /// Adjacent words that cue a phrase together; the second word carries
    /// [`Cues::PHRASE_PAIR`].
    pub pairs: Vec<(String, String)>,
}

pub(crate) fn cue_list(is_stop_word: impl Fn(&str) -> bool) -> CueList {
    let words_of =
        |text: &str| -> Vec<String> { super::words_of(text).map(str::to_lowercase).collect() };
    let rarity = |w: &String| (!is_stop_word(w), w.len());
    let mut list = CueList {
        words: Vec::new(),
        pairs: Vec::new(),
    };
    for (pattern, phrase) in phrase_list() {
        let mut words = words_of(pattern);
        let opens_with_word = pattern.starts_with(|c: char| c.is_alphanumeric());
        if phrase.opening_only && opens_with_word {
            list.words
                .extend(words.into_iter().next().map(|w| (w, Cues::PHRASE_OPENING)));
        } else if phrase.closing_only {
            list.words
                .extend(words.pop().map(|w| (w, Cues::PHRASE_CLOSING)));
        } else if words.len() >= 2 {
            let second = (1..words.len())
                .max_by_key(|&k| rarity(&words[k]))
                .expect("two words or more");
            list.words.push((words[second].clone(), Cues::PHRASE_PAIR));
            list.pairs
                .push((words[second - 1].clone(), words[second].clone()));
        } else if let Some(word) = words.pop() {
            let label = pattern.strip_suffix(':') == Some(word.as_str());
            let cue = if label {
                Cues::PHRASE_COLON
            } else if phrase.lone_word {
                Cues::PHRASE_LONE
            } else {
                Cues::PHRASE
            };
            list.words.push((word, cue));
        }
    }
    // Every date the pattern finds holds one of these words, or a shape
    // the word pass notes itself (digits around "-", "/", "." or ":", a
    // number before "am" or "pm").
    let date_words = [MONTHS, WEEKDAYS, RELATIVE_DAYS, RELATIVE_TIME_WORDS].concat();
    for words in date_words.iter().map(|w| words_of(w)) {
        list.words
            .extend(words.into_iter().map(|w| (w, Cues::DATE)));
    }
    list
}

/// The strongest phrase found in a block: its kind and the share of the
/// block's characters that boilerplate phrases of that kind cover.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PhraseMatch {
    pub kind: PhraseKind,
    pub coverage: f32,
    /// A phrase of this kind opens the block ("Copyright ...", "By ...").
    pub opening: bool,
    /// ... and is a label ending in a colon ("Photo: ...", "Related: ...").
    pub label: bool,
    /// A phrase of this kind closes the block ("... says:").
    pub closing: bool,
}

impl PhraseMatch {
    /// How much of the block the match speaks for: its coverage, or more
    /// for a label such as "Photo:" or "Related:", or a block opening with
    /// "Copyright", which speak for the whole block.
    pub fn strength(&self) -> f32 {
        if self.label || (self.opening && self.kind == PhraseKind::Copyright) {
            self.coverage.max(crate::params::LABEL_COVERAGE)
        } else {
            self.coverage
        }
    }
}

impl Phrases {
    /// Whether [`Self::find`] may find a phrase in a block, given whether
    /// its words and glyphs cue one (see [`cue_list`] and
    /// [`Self::cues_glyph`]): most blocks are ruled out without a search.
    pub fn may_match(&self, cued: bool) -> bool {
        cued || self.always_search
    }

    /// Whether lone-word phrases can cover their share of a block (see
    /// [`crate::params::LONE_WORD_MIN_COVERAGE`]) when its only cues are
    /// `words` lone words of `word_chars` characters in all, among
    /// `alnum_chars` letters and digits. Each such phrase is one of those
    /// words with at most `lone_word_extra_chars` more, and the
    /// block has at least `alnum_chars` non-space characters.
    pub fn lone_words_may_count(&self, words: u32, word_chars: u32, alnum_chars: u32) -> bool {
        let most = word_chars + words * self.lone_word_extra_chars;
        most as f32 >= crate::params::LONE_WORD_MIN_COVERAGE * alnum_chars as f32
    }

    /// Whether a phrase without words ("©") starts with the character `c`,
    /// which is not a letter or digit.
    #[inline]
    pub fn cues_glyph(&self, c: char) -> bool {
        self.wordless_starts.contains(&c)
    }

    /// The kind whose phrases cover most of `text`, with that coverage;
    /// `None` when no phrase counts.
    pub fn find(&self, text: &str) -> Option<PhraseMatch> {
        // A block that is one phrase and nothing else, as menu items and
        // labels are, is settled by a look-up: the search would find just
        // that phrase, from the block's first byte to its last.
        if let Some(pattern) = self.whole_block_phrase(text) {
            return self.tally(text, std::iter::once((pattern, 0..text.len())));
        }
        let matches = self
            .automaton
            .find_iter(text)
            .map(|m| (m.pattern().as_usize(), m.range()));
        self.tally(text, matches)
    }

    /// The phrase that `text` is, ignoring ASCII case, if any; of equal
    /// phrases, the first listed, as the search reports.
    fn whole_block_phrase(&self, text: &str) -> Option<usize> {
        let mut lowercase = [0u8; WHOLE_BLOCK_MAX_BYTES];
        let folded = lowercase.get_mut(..text.len())?;
        for (to, from) in folded.iter_mut().zip(text.as_bytes()) {
            *to = from.to_ascii_lowercase();
        }
        self.whole_blocks.get(&*folded).copied()
    }

    /// The phrase match that the phrases found at `matches` (pattern index
    /// and byte range, left to right) make of `text`.
    fn tally(
        &self,
        text: &str,
        matches: impl Iterator<Item = (usize, std::ops::Range<usize>)>,
    ) -> Option<PhraseMatch> {
        let opening_at = text.len()
            - text
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .len();
        let closing_at = text.trim_end().len();
        const KINDS: usize = PhraseKind::ALL.len();
        let mut covered = [0usize; KINDS];
        let mut covered_by_lone_words = [0usize; KINDS];
        let (mut opens, mut labels, mut closes) = ([false; KINDS], [false; KINDS], [false; KINDS]);
        let mut any = false;
        for (pattern, range) in matches {
            let phrase = self.phrases[pattern];
            let (at_open, at_close) = (range.start == opening_at, range.end == closing_at);
            if (phrase.opening_only && !at_open)
                || (phrase.closing_only && !at_close)
                || !at_word_edges(text, range.start, range.end)
            {
                continue;
            }
            any = true;
            let k = phrase.kind as usize;
            let chars = non_space_chars(&text[range.clone()]);
            // "Actualizado: ...", "Photo: ...": a phrase that opens the block
            // and is followed by a colon is a label, whatever its list says.
            let label = at_open
                && (phrase.label || text[range.end..].trim_start().starts_with([':', '：']));
            if phrase.lone_word && !label {
                covered_by_lone_words[k] += chars;
            } else {
                covered[k] += chars;
            }
            opens[k] |= at_open;
            labels[k] |= label;
            closes[k] |= at_close;
        }
        if !any {
            return None;
        }
        let total = non_space_chars(text).max(1);
        for (k, lone) in covered_by_lone_words.iter().enumerate() {
            let with_lone = covered[k] + lone;
            if with_lone as f32 >= crate::params::LONE_WORD_MIN_COVERAGE * total as f32 {
                covered[k] = with_lone;
            }
        }
        let (index, &best) = covered
            .iter()
            .enumerate()
            .max_by_key(|&(i, &c)| (c, std::cmp::Reverse(i)))
            .expect("kinds are not empty");
        if best == 0 {
            // Only lone words, too few to count.
            return None;
        }
        Some(PhraseMatch {
            kind: PhraseKind::ALL[index],
            coverage: (best as f32 / total as f32).min(1.0),
            opening: opens[index],
            label: labels[index],
            closing: closes[index],
        })
    }
}

pub(super) fn non_space_chars(text: &str) -> usize {
    if text.is_ascii() {
        // ASCII white space as `char::is_whitespace` has it: tab to
        // carriage return, and space.
        let spaces = text
            .bytes()
            .filter(|b| matches!(b, b'\t'..=b'\r' | b' '))
            .count();
        text.len() - spaces
    } else {
        text.chars().filter(|c| !c.is_whitespace()).count()
    }
}

/// A match stands on word edges when no letter or digit touches it from
/// outside where its own edge is a letter or digit.
fn at_word_edges(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let first = text[start..].chars().next();
    let last = text[..end].chars().next_back();
    let touches = |outside: Option<char>, inside: Option<char>| matches!((outside, inside), (Some(o), Some(i)) if o.is_alphanumeric() && i.is_alphanumeric());
    !touches(before, first) && !touches(after, last)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(text: &str) -> Option<PhraseKind> {
        PHRASES.find(text).map(|m| m.kind)
    }

    #[test]
    fn short_labels_are_fully_covered() {
        for (text, expected) in [
            ("ADVERTISEMENT", PhraseKind::Advertising),
            ("Leave a Reply", PhraseKind::Comments),
            ("You May Also Like", PhraseKind::Related),
            ("ABOUT THE AUTHOR", PhraseKind::AuthorBio),
            ("Share on Facebook", PhraseKind::Share),
            ("Sign up for our newsletter", PhraseKind::Subscribe),
        ] {
            let m = PHRASES.find(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(m.kind, expected, "{text}");
            assert!(m.coverage > 0.5, "{text}: {}", m.coverage);
        }
    }

    #[test]
    fn a_block_that_is_one_phrase_is_found_as_the_search_finds_it() {
        let search = |text: &str| {
            let matches = PHRASES
                .automaton
                .find_iter(text)
                .map(|m| (m.pattern().as_usize(), m.range()));
            PHRASES.tally(text, matches)
        };
        let mut looked_up = 0;
        for pattern in patterns() {
            for text in [
                pattern.to_owned(),
                pattern.to_ascii_uppercase(),
                pattern.to_uppercase(),
                format!("{pattern} "),
            ] {
                looked_up += PHRASES.whole_block_phrase(&text).is_some() as usize;
                assert_eq!(PHRASES.find(&text), search(&text), "{text:?}");
            }
        }
        assert!(looked_up > 1000, "{looked_up}");
    }

    #[test]
    fn phrases_match_whole_words_only() {
        assert_eq!(kind("Shareholders met in Adelaide"), None);
        assert_eq!(kind("The roads were icy"), None);
    }

    #[test]
    fn a_sentence_mentioning_a_phrase_has_low_coverage() {
        // A lone word ("subscribe") does not count in a sentence at all.
        let lone = "Readers who subscribe to the paper were told about the change on Monday.";
        assert_eq!(PHRASES.find(lone), None);
        let m = PHRASES
            .find("Readers were told to sign up before the end of the month, or lose access.")
            .unwrap();
        assert!(m.coverage > 0.0 && m.coverage < 0.2, "{m:?}");
    }
}
