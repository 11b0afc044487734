//! Boilerplate phrases (the lists in `phrases.txt`), found where the words
//! that cue them stand. What counts is how much of a block the phrases
//! cover, so "Share" alone is boilerplate while a sentence that mentions
//! sharing is not.

use std::ops::Range;
use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};
use smallvec::SmallVec;

use super::Cues;
use super::date_pattern::{
    DOTTED_TIME_ENDINGS, MONTHS, RELATIVE_DAYS, RELATIVE_TIME_CLOSERS, RELATIVE_TIME_OPENERS,
    RELATIVE_TIME_WORDS, WEEKDAYS,
};

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
    /// Said only in boilerplate ("delivered to your inbox", "if you buy
    /// something through"): it speaks for its whole block, however little
    /// of it it covers.
    whole_block: bool,
}

impl Phrase {
    /// Whether the phrase, found at `range` of `text`, stands where it
    /// must: at the start of its block or at its end, as its block's
    /// `edges` ([`block_edges`]) have them. A credit opens its sentence
    /// ("... next spring. Additional reporting by ..."): after a word in
    /// small letters that ends no clause it is part of another one ("a
    /// working group reporting by January").
    fn fits(
        &self,
        text: &str,
        range: std::ops::Range<usize>,
        (opening_at, closing_at): (usize, usize),
    ) -> bool {
        (!self.opening_only || range.start <= opening_at)
            && (!self.closing_only || range.end >= closing_at)
            && !(self.kind == PhraseKind::EndCredit
                && !self.whole_block
                && inside_a_clause(text, range.start))
    }
}

/// Whether byte `at` of `text` stands inside a clause: after a word in
/// small letters that no mark closes ("a working group | reporting by").
fn inside_a_clause(text: &str, at: usize) -> bool {
    text[..at]
        .split_whitespace()
        .next_back()
        .is_some_and(|word| {
            word.starts_with(char::is_lowercase) && !word.ends_with(crate::params::CLAUSE_END_MARKS)
        })
}

/// The phrases, found from the words that cue them: the word pass notes
/// where a cue word (or pair, or glyph) stands, and each phrase it cues is
/// compared with the text there. A block is read once, by the word pass,
/// however many phrases there are.
pub struct Phrases {
    phrases: Vec<Phrase>,
    /// Each phrase as listed, compared ignoring ASCII case.
    texts: Vec<&'static str>,
    /// For each [`PhraseSite::key`], the phrases it cues: their index and
    /// the byte offset of the cue in them.
    cued: FxHashMap<u64, Vec<(u32, u32)>>,
    /// The same for the phrases said only in boilerplate, which are looked
    /// for all through a block too long for the others.
    cued_whole_block: FxHashMap<u64, Vec<(u32, u32)>>,
    /// First characters of the phrases without a letter or digit ("©"),
    /// which no word cues.
    wordless_starts: Vec<char>,
    /// The most non-space characters a one-word lone-word phrase has
    /// beside its word ("share»" has one).
    lone_word_extra_chars: u32,
}

/// Where a word, pair of words or glyph that cues phrases stands in a
/// block: the key of what it is ([`word_key`], [`pair_key`] or
/// [`glyph_key`]), and the byte at which the word (the second of a pair)
/// or glyph starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhraseSite {
    pub key: u64,
    pub start: usize,
}

/// The site key of a word, by its [`super::word_hash`].
pub fn word_key(hash: u64) -> u64 {
    hash
}

/// The site key of two adjacent words, by their [`super::word_hash`]es.
pub fn pair_key(first: u64, second: u64) -> u64 {
    super::pair_key(first, second)
}

/// The site key of a glyph that starts a wordless phrase.
pub fn glyph_key(c: char) -> u64 {
    super::word_hash(c.encode_utf8(&mut [0; 4]))
}

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
        let (whole_block, line) = match line.strip_prefix('!') {
            Some(rest) => (true, rest),
            None => (false, line),
        };
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
                // "WATCH | ...": some sites part a label with a bar, and
                // some with a full stop ("LEES OOK. ...") where it opens.
                label: phrase.ends_with(':')
                    || phrase.ends_with(" |")
                    || opening_only && phrase.ends_with('.'),
                // A phrase said only in boilerplate counts alone.
                lone_word: !phrase.contains(' ')
                    && !phrase.ends_with(':')
                    && !opening_only
                    && !closing_only
                    && !whole_block,
                whole_block,
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
    // Read and cued once, with the lexicon (see [`cue_list`]).
    let list = super::listed_phrases();
    let mut cued: FxHashMap<u64, Vec<(u32, u32)>> = FxHashMap::default();
    let mut cued_whole_block: FxHashMap<u64, Vec<(u32, u32)>> = FxHashMap::default();
    let mut wordless_starts = Vec::new();
    for (index, listed) in list.iter().enumerate() {
        if let Some(c) = listed.glyph {
            // The word pass looks only at non-ASCII signs.
            assert!(
                !c.is_ascii(),
                "the wordless phrase {:?} starts with ASCII",
                listed.pattern
            );
            wordless_starts.push(c);
        }
        let site = (index as u32, listed.offset);
        cued.entry(listed.key).or_default().push(site);
        if listed.phrase.whole_block {
            cued_whole_block.entry(listed.key).or_default().push(site);
        }
    }
    let lone_word_extra_chars = list
        .iter()
        .filter(|listed| listed.phrase.lone_word)
        .filter_map(|listed| {
            let mut words = super::words_of(listed.pattern);
            match (words.next(), words.next()) {
                (Some(word), None) => {
                    Some((non_space_chars(listed.pattern) - word.chars().count()) as u32)
                }
                _ => None,
            }
        })
        .max()
        .unwrap_or(0);
    Phrases {
        phrases: list.iter().map(|listed| listed.phrase).collect(),
        texts: list.iter().map(|listed| listed.pattern).collect(),
        cued,
        cued_whole_block,
        wordless_starts,
        lone_word_extra_chars,
    }
});

/// What cues one phrase: a word, a pair of adjacent words (each where it
/// stands in the lowercase words of [`CueList::text`]) or a glyph.
enum Cued {
    Word(Range<usize>),
    Pair(Range<usize>, Range<usize>),
    Glyph(char),
}

/// The cue of one phrase, what the lexicon marks its word with, and the
/// byte offset in the phrase of the word (the second of a pair) or glyph.
struct PhraseCue {
    what: Cued,
    role: Cues,
    offset: usize,
}

/// The cue of a phrase. A phrase matches on word edges, so every word of
/// it is a word of the block it is found in, and its words follow each
/// other there too (the first word of the block for a phrase that must
/// open it, the last for one that must close it). So a phrase of several
/// words is cued by one pair of adjacent words (the pair ending in its
/// rarest word: not a stop word, one that cues other phrases already, then
/// the longest), a label such as "more:" by its word before a colon, a
/// phrase without words by its first character, and any other phrase by
/// its word, which tells whether that phrase is a lone word (see
/// [`Cues::PHRASE_LONE`]).
fn phrase_cue(
    pattern: &str,
    phrase: &Phrase,
    is_stop_word: impl Fn(&str) -> bool,
    is_cue_word: impl Fn(&str) -> bool,
    lowered: &mut String,
) -> PhraseCue {
    // Each word's offset in `pattern` and where its lower case stands in
    // `lowered`, which holds the words of all the phrases: the cue names
    // its words there, so that no word is copied out.
    let words: SmallVec<[(usize, Range<usize>); 8]> = super::words_of(pattern)
        .map(|w| {
            (
                w.as_ptr() as usize - pattern.as_ptr() as usize,
                push_lowercase_word(w, lowered),
            )
        })
        .collect();
    let text = |k: usize| &lowered[words[k].1.clone()];
    let word = |k: usize, role: Cues| PhraseCue {
        what: Cued::Word(words[k].1.clone()),
        role,
        offset: words[k].0,
    };
    let opens_with_word = pattern.starts_with(super::is_word_char);
    if words.is_empty() {
        let first = pattern.chars().next().expect("phrases are not empty");
        return PhraseCue {
            what: Cued::Glyph(first),
            role: Cues::PHRASE,
            offset: 0,
        };
    }
    if phrase.opening_only && opens_with_word {
        word(0, Cues::PHRASE_OPENING)
    } else if phrase.closing_only {
        word(words.len() - 1, Cues::PHRASE_CLOSING)
    } else if words.len() >= 2 {
        // A word that cues other phrases already costs the lexicon
        // nothing more.
        let rarity = |k: usize| {
            let rare = !is_stop_word(text(k));
            (rare && is_cue_word(text(k)), rare, text(k).len())
        };
        let second = (1..words.len())
            .max_by_key(|&k| rarity(k))
            .expect("two words or more");
        PhraseCue {
            what: Cued::Pair(words[second - 1].1.clone(), words[second].1.clone()),
            role: Cues::PHRASE_PAIR,
            offset: words[second].0,
        }
    } else {
        let label = pattern.strip_suffix(':') == Some(text(0));
        let role = if label {
            Cues::PHRASE_COLON
        } else if phrase.lone_word {
            Cues::PHRASE_LONE
        } else {
            Cues::PHRASE
        };
        word(0, role)
    }
}

/// Pushes `word` in lower case, as `str::to_lowercase` has it: byte by
/// byte for an ASCII word (most phrase words), as it is when each of its
/// characters is its own lower case (most words of other scripts).
/// Returns where it stands in `out`.
fn push_lowercase_word(word: &str, out: &mut String) -> Range<usize> {
    let from = out.len();
    if word.is_ascii() {
        out.push_str(word);
        out[from..].make_ascii_lowercase();
    } else if word.chars().all(super::is_own_lower_case) {
        out.push_str(word);
    } else {
        out.push_str(&word.to_lowercase());
    }
    from..out.len()
}

/// What the phrase and date searches need, for the lexicon to cue (see
/// [`phrase_cue`]).
pub(crate) struct CueList {
    /// The lowercase words of the phrases and date words, one after
    /// another, which `words` name by their place.
    pub text: String,
    pub words: Vec<(Range<usize>, Cues)>,
    /// The [`pair_key`]s of adjacent words that cue a phrase together; the
    /// second word carries [`Cues::PHRASE_PAIR`].
    pub pairs: Vec<u64>,
    /// Every phrase of the lists, in order, with the site key of its cue:
    /// what [`PHRASES`] is built from, so that the lists are read and
    /// their words lowercased once.
    pub phrases: Vec<ListedPhrase>,
}

/// One phrase of the lists and where the word pass finds it from.
pub(crate) struct ListedPhrase {
    pattern: &'static str,
    phrase: Phrase,
    /// The [`PhraseSite::key`] of its cue.
    key: u64,
    /// The byte offset of the cue in the phrase.
    offset: u32,
    /// The cue is this glyph: the phrase has no word.
    glyph: Option<char>,
}

/// Picture agencies and wire services that credit photos. The last word
/// of each cues [`Cues::AGENCY_END`].
const PICTURE_AGENCIES: &[&str] = &[
    "ap",
    "afp",
    "reuters",
    "getty",
    "getty images",
    "epa",
    "epa-efe",
    "efe",
    "bloomberg",
    "shutterstock",
    "alamy",
    "pa",
    "pa images",
    "pa wire",
    "dpa",
    "anp",
    "xinhua",
    "tass",
    "sputnik",
    "nurphoto",
    "sipa",
    "yonhap",
    "kyodo",
    "imago",
    "zuma",
    "rex",
    "corbis",
    "istock",
    "stocksy",
    "stocksy united",
    "adobe stock",
    "ap images",
    "the associated press",
    "associated press",
    "afp via getty images",
    // Wire services that credit stories on a line of their own.
    "aa",
    "dha",
    "iha",
    "anadolu",
    "bernama",
    "hina",
    "tanjug",
];

/// Whether `name` is a listed picture agency, in any case.
pub fn is_picture_agency(name: &[u8]) -> bool {
    PICTURE_AGENCIES
        .iter()
        .any(|a| name.eq_ignore_ascii_case(a.as_bytes()))
}

pub(crate) fn cue_list(is_stop_word: impl Fn(&str) -> bool) -> CueList {
    let mut list = CueList {
        text: String::new(),
        words: Vec::new(),
        pairs: Vec::new(),
        phrases: Vec::new(),
    };
    let phrases = phrase_list();
    // The words that cue phrases of one word, or that open or close the
    // phrases that must open or close a block (the words `phrase_cue`
    // picks for them), and the date and agency words: a phrase of several
    // words is best cued by a pair that ends in one of them, which the
    // lexicon holds anyway.
    let mut cue_words: FxHashSet<String> = FxHashSet::default();
    for (pattern, phrase) in &phrases {
        let mut words = super::words_of(pattern);
        let word = if phrase.opening_only && pattern.starts_with(super::is_word_char) {
            words.next()
        } else if phrase.closing_only {
            words.last()
        } else {
            words.next().filter(|_| words.next().is_none())
        };
        if let Some(word) = word {
            cue_words.insert(word.to_lowercase());
        }
    }
    cue_words.extend(fixed_cue_words().map(|w| w.to_lowercase()));
    for (pattern, phrase) in phrases {
        let cue = phrase_cue(
            pattern,
            &phrase,
            &is_stop_word,
            |word| cue_words.contains(word),
            &mut list.text,
        );
        if let Cued::Pair(_, second) = &cue.what {
            cue_words.insert(list.text[second.clone()].to_owned());
        }
        let hash = |range: &Range<usize>| super::word_hash(&list.text[range.clone()]);
        let (key, glyph) = match cue.what {
            Cued::Word(word) => {
                let key = word_key(hash(&word));
                list.words.push((word, cue.role));
                (key, None)
            }
            Cued::Pair(first, second) => {
                let key = pair_key(hash(&first), hash(&second));
                list.words.push((second, cue.role));
                list.pairs.push(key);
                (key, None)
            }
            Cued::Glyph(c) => (glyph_key(c), Some(c)),
        };
        list.phrases.push(ListedPhrase {
            pattern,
            phrase,
            key,
            offset: cue.offset as u32,
            glyph,
        });
    }
    // Every date the pattern finds holds one of these words, or a shape
    // the word pass notes itself (digits around "-", "/", "." or ":", a
    // number before "am" or "pm").
    for word in date_words() {
        let range = push_lowercase_word(word, &mut list.text);
        list.words.push((range, Cues::DATE));
    }
    for word in agency_ends() {
        let range = push_lowercase_word(word, &mut list.text);
        list.words.push((range, Cues::AGENCY_END));
    }
    list
}

/// The words of the date patterns' word lists.
fn date_words() -> impl Iterator<Item = &'static str> {
    [
        MONTHS,
        WEEKDAYS,
        RELATIVE_DAYS,
        RELATIVE_TIME_WORDS,
        RELATIVE_TIME_OPENERS,
        RELATIVE_TIME_CLOSERS,
        DOTTED_TIME_ENDINGS,
    ]
    .into_iter()
    .flatten()
    .flat_map(|w| super::words_of(w))
}

/// The last word of each picture agency's name.
fn agency_ends() -> impl Iterator<Item = &'static str> {
    PICTURE_AGENCIES
        .iter()
        .filter_map(|agency| super::words_of(agency).last())
}

/// The words the lexicon cues whatever the phrases: dates' and agencies'.
fn fixed_cue_words() -> impl Iterator<Item = &'static str> {
    date_words().chain(agency_ends())
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
    /// A phrase of this kind is one said only in boilerplate, which speaks
    /// for the whole block.
    pub whole_block: bool,
}

impl PhraseMatch {
    /// A match of `kind` that a rule finds for a whole block, as a phrase
    /// said only in boilerplate does: a call to follow the site, a shop's
    /// button.
    pub fn whole_block(kind: PhraseKind) -> Self {
        PhraseMatch {
            kind,
            coverage: 1.0,
            opening: true,
            label: false,
            closing: false,
            whole_block: true,
        }
    }

    /// How much of the block the match speaks for: all of it for a phrase
    /// said only in boilerplate; its coverage, or more for a label such as
    /// "Photo:" or "Related:", or a block opening with "Copyright".
    pub fn strength(&self) -> f32 {
        if self.whole_block || (self.label && self.kind == PhraseKind::Related) {
            // "Related: ...", "Read more: ...": the label makes all that
            // follows it a teaser.
            1.0
        } else if self.label || (self.opening && self.kind == PhraseKind::Copyright) {
            self.coverage.max(crate::params::LABEL_COVERAGE)
        } else {
            self.coverage
        }
    }
}

impl Phrases {
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
    /// `None` when no phrase counts. Every word, pair and glyph of `text`
    /// is looked at: [`Self::find_at`] is the fast way, with the sites
    /// that the word pass notes.
    pub fn find(&self, text: &str) -> Option<PhraseMatch> {
        let mut sites = Vec::new();
        let mut buffer = String::new();
        let mut previous = None;
        for word in super::words_of(text) {
            let start = word.as_ptr() as usize - text.as_ptr() as usize;
            let hash = super::word_hash(super::lowercase(word, &mut buffer));
            sites.push(PhraseSite {
                key: word_key(hash),
                start,
            });
            if let Some(first) = previous {
                sites.push(PhraseSite {
                    key: pair_key(first, hash),
                    start,
                });
            }
            previous = Some(hash);
        }
        for (start, c) in text.char_indices().filter(|&(_, c)| self.cues_glyph(c)) {
            sites.push(PhraseSite {
                key: glyph_key(c),
                start,
            });
        }
        self.find_at(text, &sites)
    }

    /// [`Self::find`], given the `sites` of the cues in `text` (in any
    /// order; sites that cue nothing are skipped). Each phrase a site cues
    /// is compared with the text where it would stand, and counts if it
    /// stands there on word edges. Of overlapping phrases, the one that
    /// starts first counts, and of those the longest (then the first
    /// listed), as a search from the left takes them.
    pub fn find_at(&self, text: &str, sites: &[PhraseSite]) -> Option<PhraseMatch> {
        self.find_cued(text, sites, &self.cued)
    }

    /// [`Self::find_at`] for the phrases said only in boilerplate alone.
    pub fn find_whole_block_at(&self, text: &str, sites: &[PhraseSite]) -> Option<PhraseMatch> {
        self.find_cued(text, sites, &self.cued_whole_block)
            .filter(|m| m.whole_block)
    }

    fn find_cued(
        &self,
        text: &str,
        sites: &[PhraseSite],
        phrases_cued: &FxHashMap<u64, Vec<(u32, u32)>>,
    ) -> Option<PhraseMatch> {
        let bytes = text.as_bytes();
        // (start, end, phrase index) of each phrase found.
        let mut found: SmallVec<[(usize, usize, usize); 8]> = SmallVec::new();
        for site in sites {
            let Some(cued) = phrases_cued.get(&site.key) else {
                continue;
            };
            for &(index, offset) in cued {
                let (index, offset) = (index as usize, offset as usize);
                let phrase = &self.texts[index];
                let Some(start) = site.start.checked_sub(offset) else {
                    continue;
                };
                let end = start + phrase.len();
                let end = if bytes
                    .get(start..end)
                    .is_some_and(|there| reads_as(there, phrase))
                {
                    Some(end)
                } else {
                    // "Photo : ...": French sets a space before a label's colon.
                    phrase.strip_suffix(':').and_then(|word| {
                        // The spaced colon first: most words have none.
                        let end = colon_ends(bytes, start + word.len())?;
                        bytes
                            .get(start..start + word.len())
                            .is_some_and(|there| reads_as(there, word))
                            .then_some(end)
                    })
                };
                if let Some(end) = end.filter(|&end| at_word_edges(text, start, end)) {
                    found.push((start, end, index));
                }
            }
        }
        if found.is_empty() {
            return None;
        }
        // A phrase out of its place ("^article content$" opening "Article
        // content continues below") hides no phrase it overlaps.
        let edges = block_edges(text);
        found.retain(|&mut (start, end, index)| self.phrases[index].fits(text, start..end, edges));
        self.tally(text, edges, from_the_left(&mut found))
    }

    /// The phrase match that the phrases found at `matches` (pattern index
    /// and byte range, left to right) make of `text`, whose
    /// [`block_edges`] are `edges`. Each stands on word edges and where
    /// it must ([`Phrase::fits`]): the callers keep no others.
    fn tally(
        &self,
        text: &str,
        edges: (usize, usize),
        matches: impl Iterator<Item = (usize, std::ops::Range<usize>)>,
    ) -> Option<PhraseMatch> {
        let (opening_at, closing_at) = edges;
        const KINDS: usize = PhraseKind::ALL.len();
        let mut covered = [0usize; KINDS];
        let mut covered_by_lone_words = [0usize; KINDS];
        let (mut opens, mut labels, mut closes) = ([false; KINDS], [false; KINDS], [false; KINDS]);
        let mut whole_block = [false; KINDS];
        let mut any = false;
        for (pattern, range) in matches {
            let phrase = self.phrases[pattern];
            let (at_open, at_close) = (range.start <= opening_at, range.end >= closing_at);
            any = true;
            let k = phrase.kind as usize;
            let chars = non_space_chars(&text[range.clone()]);
            // "Actualizado: ...", "Photo: ...", "ALSO READ | ...": a phrase
            // that opens the block and is followed by a colon or a bar is a
            // label, whatever its list says; so is one with a hyphen glued
            // to it, as Hindi pages print "ये भी पढ़ें- ...", or a spaced
            // dash after it ("Publicité – Jardinerie ..."). Armenian sets
            // its comma ('՝') where other languages set the colon.
            let after = &text[range.end..];
            let label = at_open
                && (phrase.label
                    || after.trim_start().starts_with([':', '：', '|', '՝'])
                    || after.starts_with("- ")
                    || after
                        .strip_prefix([' ', '\u{a0}'])
                        .and_then(|rest| rest.strip_prefix(['–', '—']))
                        .is_some_and(|rest| rest.starts_with(char::is_whitespace)));
            if phrase.lone_word && !label {
                covered_by_lone_words[k] += chars;
            } else {
                covered[k] += chars;
            }
            opens[k] |= at_open;
            labels[k] |= label;
            closes[k] |= at_close;
            whole_block[k] |= phrase.whole_block && !in_bracketed_aside(text, range.clone());
        }
        if !any {
            return None;
        }
        let total = non_space_chars(text).max(1);
        for (k, lone) in covered_by_lone_words.iter().enumerate() {
            let with_lone = covered[k] + lone;
            if with_lone as f32 >= crate::params::LONE_WORD_MIN_COVERAGE * total as f32
                || (k == PhraseKind::Copyright as usize
                    && opens[k]
                    && *lone > 0
                    && is_copyright_holder_line(text))
            {
                covered[k] = with_lone;
            }
        }
        // "Sign up for the Retail Rundown newsletter and get ...": a call to
        // sign up that opens the block and names what it offers speaks for
        // all of it, as a phrase said only in boilerplate does.
        let subscribe = PhraseKind::Subscribe as usize;
        if opens[subscribe] && covered[subscribe] > 0 && covered_by_lone_words[subscribe] > 0 {
            whole_block[subscribe] = true;
        }
        // A kind with a phrase said only in boilerplate speaks for all of
        // the block, however little it covers; then a label that opens it
        // ("Tags: ... Ratings" is tags, whatever the words after it).
        // Of equal ranks the first kind wins.
        let rank = |k: usize| {
            let any = covered[k] > 0;
            (whole_block[k] && any, labels[k] && any, covered[k])
        };
        let mut index = 0;
        for k in 1..KINDS {
            if rank(k) > rank(index) {
                index = k;
            }
        }
        let best = covered[index];
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
            whole_block: whole_block[index],
        })
    }
}

/// Whether `range` of `text` stands inside brackets after some words of
/// the block: "These went in this month (seed links are affiliate links):"
/// is a sentence with an aside, not a disclosure, whatever the aside says.
fn in_bracketed_aside(text: &str, range: std::ops::Range<usize>) -> bool {
    let (before, after) = (&text[..range.start], &text[range.end..]);
    let Some(open) = before.rfind('(') else {
        return false;
    };
    !before[open..].contains(')')
        && before[..open].chars().any(char::is_alphabetic)
        && after
            .find(')')
            .is_some_and(|close| !after[..close].contains('('))
}

/// "Copyright HARMATTAN.": a notice naming only its holder, one word after
/// "Copyright", closed by a full stop as a sentence is; a subheading such
/// as "Copyright law" has no stop.
fn is_copyright_holder_line(text: &str) -> bool {
    text.trim_end().ends_with('.') && text.split_whitespace().count() == 2
}

/// Where a phrase that must open `text` may start at the latest (its
/// first letter or digit: a phrase of signs, "©" or "(c)", may stand before
/// it), and where one that must close it may end at the earliest (a phrase
/// may close it before a last mark, "Copied!").
fn block_edges(text: &str) -> (usize, usize) {
    let opening_at = text.len()
        - text
            .trim_start_matches(|c: char| !super::is_word_char(c))
            .len();
    let closing_at = text
        .trim_end_matches(|c: char| !super::is_word_char(c))
        .len();
    (opening_at, closing_at)
}

/// Phrases found at (start, end, index), possibly overlapping, as a search
/// from the left takes them: the first to start, and of those the longest
/// (then the first listed); then the first to start after it, and so on.
/// Sorted in place, not moved: the list is a few hundred bytes long.
fn from_the_left(
    found: &mut [(usize, usize, usize)],
) -> impl Iterator<Item = (usize, std::ops::Range<usize>)> + '_ {
    found.sort_unstable_by_key(|&(start, end, index)| (start, std::cmp::Reverse(end), index));
    let mut taken_to = 0;
    found
        .iter()
        .copied()
        .filter(move |&(start, end, _)| {
            let free = start >= taken_to;
            if free {
                taken_to = end;
            }
            free
        })
        .map(|(start, end, index)| (index, start..end))
}

pub(super) fn non_space_chars(text: &str) -> usize {
    // ASCII white space as `char::is_whitespace` has it is tab to carriage
    // return, and space: counted eight bytes at a time, while seeing
    // whether any byte is not ASCII.
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    let (chunks, tail) = text.as_bytes().as_chunks::<8>();
    let (mut spaces, mut any_high) = (0usize, 0u64);
    for chunk in chunks {
        let chunk = u64::from_le_bytes(*chunk);
        any_high |= chunk & HIGH;
        // For bytes below 0x80 no sum carries into the next byte: `+ (0x80
        // - n)` sets a byte's top bit when it is at least n, and `+ 0x7f`
        // when it is not zero.
        // (A byte at or above 0x80 sends the text to the path below, so
        // what carries out of it does not matter, but the sums may wrap.)
        let tab_to_return =
            chunk.wrapping_add(ONES * (0x80 - 9)) & !chunk.wrapping_add(ONES * (0x80 - 14));
        let space = !(chunk ^ (ONES * 0x20)).wrapping_add(ONES * 0x7f);
        spaces += ((tab_to_return | space) & HIGH).count_ones() as usize;
    }
    for &b in tail {
        any_high |= u64::from(b & 0x80);
        spaces += usize::from(matches!(b, b'\t'..=b'\r' | b' '));
    }
    if any_high == 0 {
        text.len() - spaces
    } else {
        text.chars().filter(|c| !c.is_whitespace()).count()
    }
}

/// Where a colon at byte `at` of `bytes` ends, right there or after one
/// space: French typography sets a space (often a no-break one) before it.
pub(crate) fn colon_ends(bytes: &[u8], at: usize) -> Option<usize> {
    let rest = bytes.get(at..)?;
    [
        &b":"[..],
        b" :",
        "\u{a0}:".as_bytes(),
        "\u{202f}:".as_bytes(),
    ]
    .into_iter()
    .find(|spelling| rest.starts_with(spelling))
    .map(|spelling| at + spelling.len())
}

/// Whether `there`, bytes of a block, is the lowercase `phrase` in any
/// case: ASCII first, then letter by letter for other scripts
/// ("Материалы по теме", "Über den Autor"), whose capitals take as many
/// bytes as their small letters.
#[inline]
fn reads_as(there: &[u8], phrase: &str) -> bool {
    // Most sites that a phrase's word cues read otherwise from the first
    // byte on: two ASCII bytes that differ even when case is ignored settle
    // it, as the letter-by-letter reading lowercases `there` and would
    // need them equal too.
    if let (Some(&first), Some(&wanted)) = (there.first(), phrase.as_bytes().first())
        && first.is_ascii()
        && wanted.is_ascii()
        && !first.eq_ignore_ascii_case(&wanted)
    {
        return false;
    }
    there.eq_ignore_ascii_case(phrase.as_bytes())
        || !there.is_ascii()
            && std::str::from_utf8(there).is_ok_and(|there| {
                there
                    .chars()
                    .flat_map(char::to_lowercase)
                    .eq(phrase.chars())
            })
}

/// A match stands on word edges when no letter, digit or underscore
/// touches it from outside where its own edge is a letter or digit: an
/// underscore joins the words of a name in code ("by_city").
fn at_word_edges(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let first = text[start..].chars().next();
    let last = text[..end].chars().next_back();
    let touches = |outside: Option<char>, inside: Option<char>| matches!((outside, inside), (Some(o), Some(i)) if (o == '_' || super::is_word_char(o)) && super::is_word_char(i));
    !touches(before, first) && !touches(after, last)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(text: &str) -> Option<PhraseKind> {
        PHRASES.find(text).map(|m| m.kind)
    }

    /// A credit opens its sentence, or follows a name; inside another
    /// sentence its words credit no one.
    #[test]
    fn a_credit_opens_its_sentence() {
        for credit in [
            "Additional reporting by Jane Doe.",
            "The pool reopens in May. Additional reporting by Jane Doe.",
            "The Corvane Press contributed to this report.",
        ] {
            assert_eq!(kind(credit), Some(PhraseKind::EndCredit), "{credit}");
        }
        let sentence = "Night shifts will be reviewed by a working group reporting by January.";
        assert_eq!(kind(sentence), None);
    }

    /// An underscore joins the words of a name in code: no phrase
    /// matches inside one.
    #[test]
    fn no_phrase_matches_inside_a_name_in_code() {
        assert_eq!(kind("By Jane Doe"), Some(PhraseKind::Byline));
        for text in [">>> by_city = {}", "share_count = 0", "read_more_link()"] {
            assert_eq!(kind(text), None, "{text}");
        }
    }

    /// A phrase of several words is cued by a pair that ends in a word
    /// other phrases are cued by already, which costs the lexicon no
    /// entry; without one, by its longest word that is not a stop word.
    #[test]
    fn a_pair_cue_ends_in_a_word_that_cues_others_already() {
        let phrase = Phrase {
            kind: PhraseKind::Subscribe,
            opening_only: false,
            closing_only: false,
            label: false,
            lone_word: false,
            whole_block: false,
        };
        let is_stop_word = |w: &str| w == "our";
        let second_word = |known: &[&str]| {
            let mut lowered = String::new();
            match phrase_cue(
                "join our telegram channel",
                &phrase,
                is_stop_word,
                |w| known.contains(&w),
                &mut lowered,
            )
            .what
            {
                Cued::Pair(_, second) => lowered[second].to_owned(),
                _ => panic!("a phrase of four words is cued by a pair"),
            }
        };
        assert_eq!(second_word(&[]), "telegram");
        assert_eq!(second_word(&["channel"]), "channel");
        assert_eq!(second_word(&["our"]), "telegram");
    }

    #[test]
    fn short_labels_are_fully_covered() {
        for (text, expected) in [
            ("ADVERTISEMENT", PhraseKind::Advertising),
            ("Leave a Reply", PhraseKind::Comments),
            ("Lascia un commento Annulla risposta", PhraseKind::Comments),
            ("You May Also Like", PhraseKind::Related),
            ("Want more stories like this?", PhraseKind::Related),
            ("Explore further", PhraseKind::Related),
            ("Most read in world news", PhraseKind::Related),
            ("You are here: HomeNewsMarkets", PhraseKind::Navigation),
            ("Related post: Pickled Sprouts", PhraseKind::Related),
            ("ABOUT THE AUTHOR", PhraseKind::AuthorBio),
            ("Share on Facebook", PhraseKind::Share),
            ("Sign up for our newsletter", PhraseKind::Subscribe),
            ("Get breaking news alerts", PhraseKind::Subscribe),
            ("Meet your inbox", PhraseKind::Subscribe),
            (
                "Printer-friendly version E-mail this story",
                PhraseKind::Share,
            ),
            ("Was this helpful?", PhraseKind::Share),
            ("Reader Comments", PhraseKind::Comments),
            (
                "This episode is supported by Corliss Farm Supply, serving growers since 1961.",
                PhraseKind::Advertising,
            ),
            (
                "The views expressed in this article are the author's own and do not \
                 necessarily reflect the views of the Ledger or its editorial board.",
                PhraseKind::Legal,
            ),
            ("Tried this recipe? Tag us on Instagram", PhraseKind::Share),
            (
                "ये भी पढ़ें: पुराने शहर में सीवर लाइन का काम फिर अटका",
                PhraseKind::Related,
            ),
            (
                "Seguí leyendo: Explotó una garrafa en una casa",
                PhraseKind::Related,
            ),
            ("Originally Posted by MollyOnTheCut", PhraseKind::Comments),
            ("Re: Two years, one rusty narrowboat", PhraseKind::Comments),
            (
                "Last edited by MollyOnTheCut; 9th March 2025 at 20:31. Reason: typo",
                PhraseKind::Comments,
            ),
            ("อ่านข่าวที่เกี่ยวข้อง", PhraseKind::Related),
            ("اخبار مرتبط", PhraseKind::Related),
            ("برچسب‌ها:", PhraseKind::Navigation),
            (
                "Читайте також: У місті подорожчає проїзд у маршрутках",
                PhraseKind::Related,
            ),
            (
                "Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися новини міста!",
                PhraseKind::Subscribe,
            ),
            ("Refresh   Auto-update on", PhraseKind::Navigation),
            (
                "Get an email when a food, car or household product recall affects families here.",
                PhraseKind::Subscribe,
            ),
            ("Table of contents", PhraseKind::Navigation),
            ("Copy code", PhraseKind::Share),
            ("View this post on Instagram", PhraseKind::Share),
            ("Cet article est réservé aux abonnés", PhraseKind::Subscribe),
            ("קראו עוד: הרכבת הקלה לא תגיע", PhraseKind::Related),
            // A phrase said only in boilerplate outweighs one that covers more.
            (
                "By signing up you agree to our Terms of Use and Privacy Policy.",
                PhraseKind::Subscribe,
            ),
        ] {
            let m = PHRASES.find(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(m.kind, expected, "{text}");
            assert!(m.strength() > 0.5, "{text}: {}", m.strength());
        }
    }

    #[test]
    fn a_related_label_speaks_for_its_whole_line() {
        let m = PHRASES
            .find("Related: Is It Better to Exercise in the Morning or at Night?")
            .expect("a related label");
        assert_eq!((m.kind, m.strength()), (PhraseKind::Related, 1.0));
        // Other labels count for what they cover, or the label's share.
        let m = PHRASES
            .find("Photo: Jane Doe for the Ledger")
            .expect("a credit label");
        assert!(m.strength() < 1.0, "{m:?}");
    }

    #[test]
    fn a_phrase_with_a_hyphen_glued_to_it_or_a_spaced_dash_is_a_label() {
        let m = PHRASES
            .find("ये भी पढ़ें- मंडी में ई-नीलामी शुरू, पहले ही दिन सर्वर ठप")
            .expect("a related label");
        assert!(m.label, "{m:?}");
        // A hyphen set apart from the words is no label's.
        let m = PHRASES
            .find("ये भी पढ़ें - मंडी में ई-नीलामी शुरू, पहले ही दिन सर्वर ठप")
            .expect("related words");
        assert!(!m.label, "{m:?}");
        // A spaced dash is, as a colon would be.
        for text in [
            "Publicité – Jardinerie des Trois Ponts : tout pour vos buis, -15 % cette semaine",
            "Anzeige — Jetzt Gartenmöbel im Angebot sichern und bis zu 30 Prozent sparen",
        ] {
            let m = PHRASES.find(text).expect("an ad's label");
            assert!(m.label && m.kind == PhraseKind::Advertising, "{m:?}");
        }
    }

    #[test]
    fn phrases_with_an_apostrophe_come_with_both_apostrophes() {
        let patterns = patterns();
        for pattern in patterns.iter().filter(|p| p.contains('\'')) {
            let curly = pattern.replace('\'', "’");
            assert!(
                patterns.contains(&curly.as_str()),
                "{pattern} has no {curly}"
            );
        }
        assert_eq!(
            PHRASES
                .find("We’re a nonprofit, and our stories are free to read.")
                .map(|m| m.kind),
            Some(PhraseKind::Subscribe)
        );
    }

    #[test]
    fn greek_phrases_come_with_and_without_accents() {
        let unaccented = |pattern: &str| -> String {
            pattern
                .chars()
                .map(|c| match c {
                    'ά' => 'α',
                    'έ' => 'ε',
                    'ή' => 'η',
                    'ί' | 'ϊ' | 'ΐ' => 'ι',
                    'ό' => 'ο',
                    'ύ' | 'ϋ' | 'ΰ' => 'υ',
                    'ώ' => 'ω',
                    c => c,
                })
                .collect()
        };
        let patterns = patterns();
        for pattern in &patterns {
            let bare = unaccented(pattern);
            assert!(patterns.contains(&bare.as_str()), "{pattern} has no {bare}");
        }
        // Capitals drop the accents.
        assert_eq!(
            PHRASES.find("ΔΙΑΦΗΜΙΣΗ").map(|m| m.kind),
            Some(PhraseKind::Advertising)
        );
    }

    /// Every phrase in several guises and every line of the fixtures:
    /// what the cued look-ups find is what a search for every phrase
    /// finds, with every match on word edges, taken from the left.
    #[test]
    fn cued_look_ups_find_what_a_full_search_finds() {
        use aho_corasick::AhoCorasick;
        // Each label also with a space before its colon, as French sets
        // it (the spaces `colon_ends` knows); the spellings after the first
        // stand for the same phrase.
        let mut spellings = Vec::new();
        let mut phrase_of = Vec::new();
        for (index, pattern) in patterns().into_iter().enumerate() {
            spellings.push(pattern.to_owned());
            phrase_of.push(index);
            if let Some(word) = pattern.strip_suffix(':') {
                for space in [" ", "\u{a0}", "\u{202f}"] {
                    spellings.push(format!("{word}{space}:"));
                    phrase_of.push(index);
                }
            }
        }
        let search = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(&spellings)
            .unwrap();
        // Case folded letter by letter, where that keeps the byte offsets
        // (as `reads_as` compares).
        let folded = |text: &str| -> String {
            text.chars()
                .map(|c| {
                    let mut small = c.to_lowercase();
                    match (small.next(), small.next()) {
                        (Some(s), None) if s.len_utf8() == c.len_utf8() => s,
                        _ => c,
                    }
                })
                .collect()
        };
        let full_search = |text: &str| {
            let mut all: SmallVec<[_; 8]> = search
                .find_overlapping_iter(&folded(text))
                .filter(|m| at_word_edges(text, m.start(), m.end()))
                .map(|m| (m.start(), m.end(), phrase_of[m.pattern().as_usize()]))
                .collect();
            if all.is_empty() {
                return None;
            }
            let edges = block_edges(text);
            all.retain(|&mut (start, end, index)| {
                PHRASES.phrases[index].fits(text, start..end, edges)
            });
            PHRASES.tally(text, edges, from_the_left(&mut all))
        };
        let mut texts = Vec::new();
        for pattern in patterns() {
            texts.extend([
                pattern.to_owned(),
                pattern.to_ascii_uppercase(),
                pattern.to_uppercase(),
                format!("{pattern} "),
                format!("Words first, then {pattern}, and more words"),
                format!("{pattern}: {pattern} and {pattern}"),
                format!("{pattern} : {pattern}\u{a0}: more"),
            ]);
        }
        let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        for entry in std::fs::read_dir(fixtures).unwrap() {
            if let Ok(text) = std::fs::read_to_string(entry.unwrap().path().join("input.txt")) {
                texts.extend(text.lines().map(str::to_owned));
            }
        }
        let mut found = 0;
        for text in &texts {
            let expected = full_search(text);
            found += expected.is_some() as usize;
            assert_eq!(PHRASES.find(text), expected, "{text:?}");
        }
        assert!(found > 3000, "{found}");
    }

    #[test]
    fn a_notice_may_name_only_its_holder() {
        for text in ["Copyright HARMATTAN.", "Copyright Lanternpress."] {
            let m = PHRASES.find(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(m.kind, PhraseKind::Copyright, "{text}");
        }
        for text in ["Copyright infringement", "Copyright protects authors."] {
            let m = PHRASES.find(text);
            assert!(m.is_none_or(|m| m.coverage < 0.5), "{text}: {m:?}");
        }
    }

    #[test]
    fn a_sign_before_the_first_letter_opens_the_block() {
        let m = PHRASES
            .find("© 2019 Example Media, LLC. All rights reserved. Example Media is the owner of its trademarks and designs.")
            .unwrap();
        assert_eq!(m.kind, PhraseKind::Copyright);
        assert!(m.opening, "{m:?}");
        assert!(m.strength() >= crate::params::LABEL_COVERAGE, "{m:?}");
        // Mid-block, it opens nothing.
        let m = PHRASES.find(
            "The photos are © 2019 Example Media and may be shared with credit to the photographer.",
        );
        assert!(m.is_none_or(|m| !m.opening), "{m:?}");
    }

    #[test]
    fn calls_to_action_are_found() {
        for (text, kind) in [
            (
                "Get our weekly California Inc. newsletter",
                PhraseKind::Subscribe,
            ),
            (
                "Like this story? Share it with a friend!",
                PhraseKind::Share,
            ),
            (
                "Also on example.com Ministers meet again on Monday",
                PhraseKind::Related,
            ),
            ("Tell us what YOU think...", PhraseKind::Comments),
            ("Next Up In Science & Health", PhraseKind::Related),
            (
                "Transcribed by the show's volunteers.",
                PhraseKind::EndCredit,
            ),
        ] {
            let m = PHRASES.find(text).unwrap();
            assert_eq!(m.kind, kind, "{text}");
            assert!(m.opening, "{text}: {m:?}");
        }
        // Mid-sentence, "get our" opens nothing.
        let m = PHRASES.find("We did not get our money back until May.");
        assert!(m.is_none(), "{m:?}");
    }

    /// Authors' contact lines are their bio's; print-edition notes close
    /// the article as credit lines do; "Above:" and "From left:" open
    /// captions.
    #[test]
    fn contact_lines_print_notes_and_caption_labels_have_their_kinds() {
        for (text, expected) in [
            (
                "Above: the new diving board at the town pool.",
                PhraseKind::Credit,
            ),
            (
                "From left: Ada Quill and Troy Smith at the opening.",
                PhraseKind::Credit,
            ),
            (
                "Have a tip? Jo Park may be reached at jo@example.org.",
                PhraseKind::AuthorBio,
            ),
            (
                "This article appears in the Winter 2024 issue of Harbour Life.",
                PhraseKind::EndCredit,
            ),
            (
                "A version of this article appears in print on March 3, 2025, Section B, Page 4.",
                PhraseKind::EndCredit,
            ),
            ("Buy at Vinora — $16.99", PhraseKind::Advertising),
            (
                "For more information, please contact the parks office at 555-0100.",
                PhraseKind::EndCredit,
            ),
            ("Like Comment Share", PhraseKind::Share),
            ("Like Reply Report", PhraseKind::Share),
            (
                "These takeaways were generated with the help of AI and reviewed by an editor.",
                PhraseKind::EndCredit,
            ),
            ("Enjoyed this article? Tell a friend.", PhraseKind::Share),
            (
                "Darllenwch hefyd: Cyngor yn codi treth y cyngor",
                PhraseKind::Related,
            ),
            ("HYSBYSEB", PhraseKind::Advertising),
            ("Tagiau: Addysg Cyngor", PhraseKind::Navigation),
            (
                "Прочитајте повеќе: ЗЕЛС бара итна исплата на блок дотациите",
                PhraseKind::Related,
            ),
            ("Ознаки: Собрание Буџет Ребаланс", PhraseKind::Navigation),
            ("Pānuitia anō:", PhraseKind::Related),
            ("Chanzo: MUNAMA", PhraseKind::EndCredit),
            ("Haberin Özeti", PhraseKind::Related),
            (
                "A message from this week’s sponsor",
                PhraseKind::Advertising,
            ),
            ("మూలం: ప్రాంతీయ వాతావరణ కేంద్రం", PhraseKind::EndCredit),
            ("Mada: Mafuta Nishati Bei Uchumi", PhraseKind::Navigation),
            (
                "Jiunge na chaneli yetu ya WhatsApp upate habari zote papo hapo.",
                PhraseKind::Subscribe,
            ),
            (
                "பொறுப்புத் துறப்பு: இந்தச் செய்தி அதிகாரப்பூர்வ அறிவிப்பு",
                PhraseKind::Legal,
            ),
            (
                "He mea tautoko tēnei kaupapa e Te Māngai Pāho.",
                PhraseKind::EndCredit,
            ),
            ("Warar la xiriira", PhraseKind::Related),
            ("මෙයත් කියවන්න: වැව් රක්ෂිතය", PhraseKind::Related),
            ("දැන්වීම", PhraseKind::Advertising),
            (
                "Shuningdek o'qing: Farg'onada yangi bekatlar",
                PhraseKind::Related,
            ),
            (
                "Ẹ ka èyí náà: Ìjọba fẹ́ dín owó ajílẹ̀ kù",
                PhraseKind::Related,
            ),
            (
                "Оқи отырыңыз: «Оңтүстік Арыстаны» жаңа бапкер тағайындады",
                PhraseKind::Related,
            ),
            ("Declared interests", PhraseKind::EndCredit),
            (
                "Reference: Osei K, et al. Once-weekly velipant. J Headache Ther. 2025;14(3):201-212.",
                PhraseKind::EndCredit,
            ),
            (
                "Ilovamizni yuklab oling va yangiliklardan birinchi bo'lib xabardor bo'ling!",
                PhraseKind::Subscribe,
            ),
            (
                "Ներբեռնեք «Արարատյան Լուր» հավելվածը և ստացեք թարմ լուրերն առաջինը",
                PhraseKind::Subscribe,
            ),
        ] {
            assert_eq!(kind(text), Some(expected), "{text}");
        }
        // Armenian's comma after an opening phrase makes it a label.
        let armenian = PHRASES.find("Կարդացեք նաև՝ Ծիրանի գինը Երևանի շուկաներում նվազել է");
        assert!(armenian.is_some_and(|m| m.label), "{armenian:?}");
    }

    /// A bar or a full stop after an opening phrase makes it a label, as a
    /// colon does; the labels, prompts, offers and credits of news sites in
    /// many languages speak for their whole lines.
    #[test]
    fn labels_prompts_offers_and_credits_of_news_sites() {
        assert_kinds(
            &[
                (
                    "Also Read | Power Demand Hits Record 9,840 MW As Heatwave Tightens Grip",
                    PhraseKind::Related,
                ),
                (
                    "ALSO READ | Learner killed by taxi while walking to school",
                    PhraseKind::Related,
                ),
                (
                    "By providing an email address. I agree with the Terms of Use and \
                     acknowledge that I have read the Privacy Policy.",
                    PhraseKind::Subscribe,
                ),
                (
                    "(Only the headline and picture of this report may have been reworked by \
                     the Herald staff; the rest of the content is auto-generated from a \
                     syndicated feed.)",
                    PhraseKind::EndCredit,
                ),
                ("About the coach", PhraseKind::AuthorBio),
                ("Improve this question", PhraseKind::Comments),
                ("Register to keep reading", PhraseKind::Subscribe),
                (
                    "Did someone forward you this email? Sign up for The Daybreak.",
                    PhraseKind::Subscribe,
                ),
                (
                    "All people charged with crimes are presumed innocent until proven guilty.",
                    PhraseKind::Legal,
                ),
                (
                    "All people appearing in court are presumed innocent until proven guilty. \
                     Court lists are published in the public interest.",
                    PhraseKind::Legal,
                ),
                (
                    "The log is compiled from public records. All persons listed are presumed \
                     innocent. Charges are allegations only.",
                    PhraseKind::Legal,
                ),
                (
                    "Comments have been closed on this article for legal reasons.",
                    PhraseKind::Comments,
                ),
                (
                    "This transcript was generated automatically and may contain errors.",
                    PhraseKind::Legal,
                ),
                (
                    "Povezano: Gradsko vijeće usvojilo rebalans proračuna",
                    PhraseKind::Related,
                ),
                (
                    "The show is independent and listener-funded. If you enjoy it, please \
                     rate and review us wherever you listen.",
                    PhraseKind::Subscribe,
                ),
            ],
            1.0,
        );
        for (text, expected) in [
            (
                "Previous: Ask the Coach: Do I need a rest week?",
                PhraseKind::Navigation,
            ),
            ("More newsletters from the Ledger", PhraseKind::Subscribe),
            (
                "Artikel ini telah tayang di Warta Kota dengan judul Banjir surut.",
                PhraseKind::EndCredit,
            ),
            (
                "With files from Maxime Richard and Morning Tide",
                PhraseKind::EndCredit,
            ),
            (
                "Header image: a fisherman pulls his boat ashore in March. — Photo by author",
                PhraseKind::Credit,
            ),
        ] {
            let m = PHRASES.find(text).expect(text);
            assert_eq!(m.kind, expected, "{text}");
            assert!(m.opening && (m.label || m.coverage > 0.3), "{text}: {m:?}");
        }
        // A full stop after an opening label, in Flemish papers; boxes'
        // headers and paywall prompts in Spanish, Dutch and German.
        assert_kinds(
            &[
                (
                    "LEES OOK. Heemkundige kring brengt honderden luchtfoto's samen",
                    PhraseKind::Related,
                ),
                ("Bekijk ook", PhraseKind::Related),
                ("Meer video's", PhraseKind::Related),
                ("Mirá también", PhraseKind::Related),
                ("Más información", PhraseKind::Related),
                ("Hazte suscriptor", PhraseKind::Subscribe),
                (
                    "Al suscribirte aceptás los Términos y Condiciones y la Política de Privacidad.",
                    PhraseKind::Subscribe,
                ),
                ("Schon Abonnent? Hier anmelden", PhraseKind::Subscribe),
                (
                    "Our community members are treated to special offers, promotions and \
                     adverts from us and our partners. You can check out at any time.",
                    PhraseKind::Subscribe,
                ),
                ("קראו גם: הנחל שחזר לזרום במרכז העיר", PhraseKind::Related),
            ],
            1.0,
        );
        assert_kinds(
            &[
                ("¿Ya eres suscriptor? Inicia sesión", PhraseKind::Subscribe),
                ("Já é assinante? Iniciar sessão", PhraseKind::Subscribe),
                ("Noch kein Abo?", PhraseKind::Subscribe),
                ("Er du allerede abonnent?", PhraseKind::Subscribe),
            ],
            0.9,
        );
        // Boxes' headers, paywall offers, app prompts, betting odds' fine
        // print and partnership credits of news sites.
        assert_kinds(
            &[
                (
                    "LÄS ÄVEN: Experten: Det här ska du göra först",
                    PhraseKind::Related,
                ),
                ("Dans la même rubrique", PhraseKind::Related),
                ("Sélection de la rédaction", PhraseKind::Related),
                ("Je m'abonne", PhraseKind::Subscribe),
                ("Kies een abonnement", PhraseKind::Subscribe),
                (
                    "Join Eastwind Today's WhatsApp channel for the latest news from the region.",
                    PhraseKind::Subscribe,
                ),
                (
                    "Follow Mframa News on WhatsApp to get the latest news straight to your phone!",
                    PhraseKind::Subscribe,
                ),
                (
                    "* I understand and agree that registration on or use of this site \
                     constitutes agreement to its user agreement and privacy policy.",
                    PhraseKind::Subscribe,
                ),
                (
                    "Odds from Boltline Bet, correct at time of publishing and subject to change.",
                    PhraseKind::Advertising,
                ),
            ],
            1.0,
        );
        assert_eq!(
            kind("This story was produced in partnership with the Port Calloway Herald."),
            Some(PhraseKind::EndCredit)
        );
        // Comment threads, players' stand-ins, ad breaks, donation boxes
        // and podcast prompts.
        assert_kinds(
            &[
                ("Vstoupit do diskuze (58 příspěvků)", PhraseKind::Comments),
                (
                    "Odpovědět Líbí se mi 12 Nelíbí se mi 31",
                    PhraseKind::Comments,
                ),
                ("Sdílet Uložit Kopírovat odkaz", PhraseKind::Share),
                (
                    "Media playback is unsupported on your device",
                    PhraseKind::Navigation,
                ),
                ("Story continues", PhraseKind::Advertising),
                (
                    "Artiklen fortsætter efter annoncen",
                    PhraseKind::Advertising,
                ),
                (
                    "Artikkeli jatkuu mainoksen jälkeen",
                    PhraseKind::Advertising,
                ),
                (
                    "Článok pokračuje pod video reklamou",
                    PhraseKind::Advertising,
                ),
                ("La suite après cette publicité", PhraseKind::Advertising),
                (
                    "Something went wrong, please try again later.",
                    PhraseKind::Subscribe,
                ),
                ("Cancel", PhraseKind::Navigation),
                (
                    "Catch all the latest news, breaking news and India news on Desh \
                     Chronicle. Download the Desh Chronicle app for live updates and more.",
                    PhraseKind::Subscribe,
                ),
                ("—WITH A REPORT FROM JOANNA VILLARIN", PhraseKind::EndCredit),
                (
                    "Subscribe now to read the latest news in your city and across Canada.",
                    PhraseKind::Subscribe,
                ),
                (
                    "You can save this article by registering for free here. Or sign-in if \
                     you have an account.",
                    PhraseKind::Subscribe,
                ),
                (
                    "THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY",
                    PhraseKind::Subscribe,
                ),
                ("Recommended from Editorial", PhraseKind::Related),
                ("Réagir", PhraseKind::Comments),
                (
                    "Vous devez être connecté pour réagir à cet article. Se connecter",
                    PhraseKind::Comments,
                ),
                (
                    "Vous avez repéré une erreur ? Signalez-la-nous",
                    PhraseKind::Navigation,
                ),
                (
                    "Catch all the Business News, Market News and Latest News Updates on The \
                     Udyog Mirror. Download The Udyog Mirror News App.",
                    PhraseKind::Subscribe,
                ),
                (
                    "Gosta de ler o Diário Bússola? Assine já por 1€ no primeiro mês e leia sem \
                     limites.",
                    PhraseKind::Subscribe,
                ),
                ("Lưu", PhraseKind::Navigation),
                (
                    "Support independent local journalism",
                    PhraseKind::Subscribe,
                ),
                ("نسخه چاپی | ارسال به دوستان | A+ A-", PhraseKind::Share),
                ("Następny film za 5 s", PhraseKind::Navigation),
                ("Još iz rubrike Hrvatska", PhraseKind::Related),
                (
                    "BACA: Penduduk kampung diminta berwaspada selepas gajah liar dikesan",
                    PhraseKind::Related,
                ),
                ("Gambar: Aminah Yusof", PhraseKind::Credit),
                (
                    "Disclaimer: The views and recommendations made above are those of \
                     individual analysts, and not of the site.",
                    PhraseKind::Legal,
                ),
                (
                    "Support for this story comes from Cottonwood Ridge Credit Union. Learn \
                     more at cottonwoodridgecu.example.",
                    PhraseKind::Advertising,
                ),
                ("Jetzt für 1 € testen", PhraseKind::Subscribe),
                (
                    "Sie sind bereits Abonnentin oder Abonnent? Hier anmelden",
                    PhraseKind::Subscribe,
                ),
                (
                    "Voit perua tilauksen milloin tahansa. Lue tietosuojaseloste.",
                    PhraseKind::Subscribe,
                ),
                (
                    "تابعوا آخر الأخبار عبر قناتنا على تيليغرام اشترك الآن",
                    PhraseKind::Subscribe,
                ),
                (
                    "This story was written by the Local Democracy Reporting Service, which \
                     is funded by SBN and provides news about local councils.",
                    PhraseKind::EndCredit,
                ),
                (
                    "Local Democracy Reporting is public interest journalism funded by the \
                     Aotearoa Regional News Fund.",
                    PhraseKind::EndCredit,
                ),
                (
                    "Already a supporter? Log in to remove this message.",
                    PhraseKind::Subscribe,
                ),
                (
                    "Every contribution, big or small, helps us do that.",
                    PhraseKind::Subscribe,
                ),
                (
                    "Alle Artikel aus Ihrer Region. 3 Monate für je 1 €, danach 9,99 € monatlich. \
                     Jederzeit kündbar.",
                    PhraseKind::Subscribe,
                ),
                ("Weiterlesen mit OT Plus", PhraseKind::Subscribe),
                (
                    "🎙️ Listen to our podcast: new episodes every Tuesday, wherever you get your \
                     podcasts.",
                    PhraseKind::Subscribe,
                ),
                (
                    "Follow BBT Loddonshire on Facebook, X and Instagram. Send your story ideas \
                     to the newsroom.",
                    PhraseKind::Share,
                ),
            ],
            0.5,
        );
        assert_kinds(
            &[
                (
                    "Вижте още: Обходният път ще бъде готов година по-късно",
                    PhraseKind::Related,
                ),
                (
                    "Прочетете също: Кметът: Няма да допуснем нови закъснения",
                    PhraseKind::Related,
                ),
                (
                    "Hazte suscriptor y accede sin límites a los análisis de cada partido.",
                    PhraseKind::Subscribe,
                ),
                (
                    "Léigh freisin: Líon na scoláirí ag an leibhéal is airde",
                    PhraseKind::Related,
                ),
                (
                    "By clicking Sign Up, you agree to our User Agreement and Privacy Policy.",
                    PhraseKind::Subscribe,
                ),
                (
                    "➡️ Únete al canal de WhatsApp de El Mensajero y recibe las noticias del día",
                    PhraseKind::Subscribe,
                ),
                ("© RIPRODUZIONE RISERVATA", PhraseKind::Copyright),
                ("Continua depois da publicidade", PhraseKind::Advertising),
                (
                    "Bli abonnent for å lese hele saken. Første måned for 1 kr.",
                    PhraseKind::Subscribe,
                ),
                (
                    "Get the latest news from across the Highlands on our dedicated page.",
                    PhraseKind::Subscribe,
                ),
            ],
            1.0,
        );
        for (text, expected) in [
            (
                "Με πληροφορίες από το Περιφερειακό Πρακτορείο Ειδήσεων",
                PhraseKind::EndCredit,
            ),
            ("Image source, Harriet Oduya", PhraseKind::Credit),
            (
                "Ngư dân kéo lưới trên bãi biển sáng sớm. Ảnh: Hữu Phước",
                PhraseKind::Credit,
            ),
        ] {
            assert_eq!(PHRASES.find(text).map(|m| m.kind), Some(expected), "{text}");
        }
        // "Story continues" opening a sentence is the sentence's.
        let m = PHRASES.find("Story continues to unfold as the council meets again.");
        assert!(m.is_none_or(|m| m.strength() < 1.0), "{m:?}");
        let m = PHRASES.find("Más información sobre el corte en la web de la empresa.");
        assert!(m.is_none_or(|m| m.strength() < 1.0), "{m:?}");
        // Without the bar, the words are a sentence's.
        let m = PHRASES.find("Also read the minister's letter before the vote.");
        assert!(m.is_none_or(|m| m.strength() < 1.0), "{m:?}");
    }

    /// Asserts that phrases of the given kind make up at least
    /// `min_strength` of each text.
    fn assert_kinds(cases: &[(&str, PhraseKind)], min_strength: f32) {
        for &(text, expected) in cases {
            let m = PHRASES.find(text).expect(text);
            assert_eq!(m.kind, expected, "{text}");
            assert!(m.strength() >= min_strength, "{text}: {m:?}");
        }
    }

    #[test]
    fn copyright_notices_in_other_languages() {
        use PhraseKind::Copyright;
        assert_kinds(
            &[
                (
                    "Copyright © 2025 Stadtbote Verlag. Alle Rechte vorbehalten.",
                    Copyright,
                ),
                (
                    "© 2025 Diario del Valle. Todos los derechos reservados.",
                    Copyright,
                ),
                (
                    "© 2025 Le Courrier du Port. Tous droits réservés.",
                    Copyright,
                ),
                (
                    "Copyright ⓒ 2025 강변일보. 무단전재 및 재배포 금지",
                    Copyright,
                ),
            ],
            0.55,
        );
    }

    /// In scripts written without spaces, a phrase is found where
    /// punctuation or a space parts it from the text, and not inside a run
    /// of letters.
    #[test]
    fn phrases_in_scripts_without_spaces_stand_apart() {
        assert_kinds(
            &[
                ("関連記事", PhraseKind::Related),
                ("写真：北桟橋を出る渡し船", PhraseKind::Credit),
                ("相关阅读", PhraseKind::Related),
                ("责任编辑：王明", PhraseKind::EndCredit),
            ],
            0.5,
        );
        let m = PHRASES.find("島の住民が撮った写真を市が展示した。");
        assert!(m.is_none(), "{m:?}");
    }

    #[test]
    fn related_headers_in_other_languages() {
        for header in [
            "Você pode gostar...",
            "También te puede interesar",
            "Vous aimerez aussi",
            "Potrebbe interessarti",
            "Das könnte dich auch interessieren",
            "Материалы по теме",
            "Читайте также:",
            "Ces articles peuvent vous intéresser",
            "Documents relacionats",
        ] {
            let m = PHRASES.find(header).unwrap();
            assert_eq!(m.kind, PhraseKind::Related, "{header}");
            assert!(m.coverage > 0.8, "{header}: {m:?}");
        }
    }

    /// The common chaff of pages in other languages, one kind at a time.
    #[test]
    fn boilerplate_lines_in_other_languages() {
        use PhraseKind::*;
        assert_kinds(
            &[
                ("War dieser Artikel hilfreich?", Share),
                ("Us ha estat útil aquesta informació?   Sí   No", Share),
                ("Visualizza su Facebook", Share),
                ("Mi piace · Commenta · Condividi", Share),
                ("37 condivisioni", Share),
                ("Kopieren", Share),
                ("Lyt til artiklen", Navigation),
                ("Ver esta publicación en Instagram", Share),
                (
                    "Detta är en Plus-artikel. Du läser den som prenumerant.",
                    Subscribe,
                ),
                ("Tämä artikkeli on tarkoitettu tilaajille.", Subscribe),
                ("Seguinos en Google News para no perderte nada", Subscribe),
                ("Annonsen fortsetter under", Advertising),
                (
                    "Este artículo contiene enlaces de afiliado. Si compras, recibimos una comisión.",
                    Advertising,
                ),
                (
                    "Dieser Artikel dient ausschließlich der allgemeinen Information.",
                    Legal,
                ),
                (
                    "Las consultas pueden ser editadas por extensión y claridad.",
                    AuthorBio,
                ),
                ("Einzelnachweise", EndCredit),
                ("Artykuł dostępny w ramach subskrypcji", Subscribe),
                (
                    "A Facebook-tartalom megtekintéséhez engedélyezze a közösségi médiás sütiket.",
                    Legal,
                ),
                (
                    "Contenido externo de X. Al cargarlo aceptas su política de privacidad.",
                    Legal,
                ),
                ("Ir para o conteúdo", Navigation),
                ("Sie sind hier: Startseite", Navigation),
                ("Schlagwörter", Navigation),
                ("Imprimir", Share),
                ("Suivez-nous", Share),
                ("Inscreva-se", Subscribe),
                ("Newsletter abonnieren", Subscribe),
                ("Реклама", Advertising),
                (
                    "Прочетете още: Ремонтът на ул. „Кокиче“ продължава",
                    Related,
                ),
                ("Сподели:", Share),
                ("Коментари (12)", Comments),
                (
                    "ასევე წაიკითხეთ: რუსთაველის ქუჩაზე ახალი შუქნიშანი",
                    Related,
                ),
                ("यो पनि पढ्नुहोस्", Related),
                (
                    "გამოიწერეთ ჩვენი Facebook გვერდი და პირველებმა შეიტყვეთ ახალი ამბები",
                    Subscribe,
                ),
                ("Preberite še: Javorska knjižnica je pretesna", Related),
                ("Lasi arī: Kalnmalas vidusskolā atklāj sporta zāli", Related),
                ("BASAHIN: Mahabang pila sa mga health center", Related),
                ("Կարդացեք նաև", Related),
                ("Lestu einnig: Foreldrar langþreyttir á biðinni", Related),
                ("Lexo edhe: Vera pa ujë në lagjet periferike", Related),
                ("हेही वाचा: नळजोडांना बसणार स्मार्ट मीटर", Related),
                ("Öll réttindi áskilin", Copyright),
                (
                    "Journal reference: Brannigan O, Tveit M. Winter rye.",
                    EndCredit,
                ),
                ("Visas tiesības aizsargātas", Copyright),
                ("Lahat ng karapatan ay nakalaan", Copyright),
                ("Contenido patrocinado", Advertising),
                ("Mais lidas", Related),
                ("Lo más leído", Related),
                ("Meistgelesen", Related),
                ("I più letti", Related),
                ("Deixe seu comentário", Comments),
                ("Ответить", Comments),
                ("Política de privacidade", Legal),
                ("Nutzungsbedingungen", Legal),
                ("Foto: Reprodução", Credit),
                ("Sobre o autor", AuthorBio),
                ("Über mich", AuthorBio),
                ("Najczęściej czytane", Related),
                ("Související články", Related),
                ("Wszelkie prawa zastrzeżone.", Copyright),
                ("Läs också: Hemtjänsten får nya lokaler", Related),
                ("Loe ka: Vallavolikogu kinnitas eelarve", Related),
                ("Les eisini: Svimjihøllin stongd í tvær vikur", Related),
                ("Fotografije: Jan Mlakar", Credit),
                ("Fotogalerija", Credit),
                (
                    "Daugiau informacijos: Inga Mažeikienė, tel. 8 400 00217",
                    EndCredit,
                ),
                ("Informaciją parengė Komunikacijos skyrius", EndCredit),
                ("Media contact: Dana Whitlock, 555-0100", EndCredit),
                ("Kommentaarid (2)", Comments),
                ("Jaga", Share),
                ("Baca Juga: Jembatan gantung putus diterjang arus", Related),
                ("Tüm hakları saklıdır.", Copyright),
                ("Διαβάστε επίσης", Related),
                ("اقرأ أيضاً", Related),
                ("مشاركة فيسبوك تويتر واتساب تيليغرام طباعة", Share),
                ("الوسوم: المجلس البلدي الماء", Navigation),
                ("أخبار ذات صلة", Related),
                ("أضف تعليقك", Comments),
                (
                    "Soma pia: Wakulima wa pamba Tarangu walalamikia malipo",
                    Related,
                ),
                ("Shiriki", Share),
                ("Tangazo", Advertising),
                (
                    "© 2025 MwangaLeo Media Ltd. Haki zote zimehifadhiwa.",
                    Copyright,
                ),
                ("Reproducir", Navigation),
                (
                    "Únete a nuestro canal de WhatsApp 📲 y recibe las noticias al momento.",
                    Subscribe,
                ),
                ("Fotogallery: il Teatro Civico dopo il restauro", Related),
                ("延伸閱讀", Related),
                ("あわせて読みたい", Related),
                (
                    "Čítajte aj: Na Hurbanovej ulici pribudne nový prechod",
                    Related,
                ),
                ("Všetky práva vyhradené.", Copyright),
                ("ENDS", Navigation),
                ("இதையும் படிக்க: செங்கோட்டூரில் சாக்கடைப் பணி", Related),
                ("விளம்பரம்", Advertising),
                ("یہ بھی پڑھیں: سبزکوٹ میں ہیضے کے کیسز میں اضافہ", Related),
                ("جملہ حقوق محفوظ ہیں", Copyright),
                ("Comments have been disabled on this article.", Comments),
                (
                    "Got a story? Email our newsdesk at newsdesk@site.example or call us.",
                    Subscribe,
                ),
                (
                    "This transcript has been edited for length and clarity. It may not \
                     exactly match the audio of the video.",
                    Legal,
                ),
                (
                    "Taip pat skaitykite: Nuo rugsėjo brangsta maitinimas",
                    Related,
                ),
                ("Прочитајте још: Од понедељка измене на линијама", Related),
                ("Сва права задржана.", Copyright),
                ("Visos teisės saugomos.", Copyright),
                ("Republish this story", Share),
                ("Republishing guidelines", Legal),
                ("More case studies", Related),
                ("Sponsor message", Advertising),
                ("Read the full transcript of this episode", Navigation),
                ("Related resources", Related),
                (
                    "You are free to republish our stories online or in print, as long \
                     as you follow these rules:",
                    Legal,
                ),
                ("You have 1 free article remaining this month.", Subscribe),
                ("Book a demo", Advertising),
                ("有料会員限定", Subscribe),
                (
                    "Pročitajte i: Upisi u gradske vrtiće počinju 19. svibnja",
                    Related,
                ),
                ("Najčitanije", Related),
                ("Podijeli", Share),
                ("Oglas", Advertising),
                ("Sva prava pridržana.", Copyright),
                ("Berita berkaitan", Related),
                ("Kongsi", Share),
                ("Iklan", Advertising),
                (
                    "Sertai saluran Telegram kami untuk mendapatkan berita terkini setiap hari.",
                    Subscribe,
                ),
                ("আরও পড়ুন: চরবেলায় পৌরকর পরিশোধে ছাড়", Related),
                ("ট্যাগ: চরবেলা পৌরসভা জলাবদ্ধতা", Navigation),
                ("Assista: conheça por dentro a nova UBS", Related),
                (
                    "Siga o canal do Portal Sabiá e receba as principais notícias da região.",
                    Subscribe,
                ),
                (
                    "This article is for information only and is not investment advice.",
                    Legal,
                ),
                ("SCROLL TO CONTINUE WITH CONTENT", Advertising),
                ("Quảng cáo", Advertising),
                ("Tin liên quan", Related),
                ("Etichete: baraj, arheologie", Navigation),
                ("Címkék: bánya, múzeum", Navigation),
                ("Urmărește-ne pe Google News", Subscribe),
                ("Kövesse a Jelenidőt a Google Hírekben is!", Subscribe),
                (
                    "Läs vidare för 1 kr första månaden. Ingen bindningstid – avsluta när du vill.",
                    Subscribe,
                ),
                ("Den här artikeln ingår i Kvällsblixten Plus", Subscribe),
                ("Kapcsolódó", Related),
                ("Vă recomandăm", Related),
                ("Afspil video", Navigation),
                ("Vis mere", Navigation),
                ("Show more", Navigation),
                ("Copied!", Share),
                ("Vis mer", Navigation),
                ("Katso video", Navigation),
                ("skip past newsletter promotion", Subscribe),
                ("after newsletter promotion", Subscribe),
                ("Veja mais notícias da região", Related),
                ("Mais assistidos", Related),
                ("QUIZ", Related),
                ("OUR PICK", Advertising),
                ("Open an Account", Advertising),
                ("Save this story", Share),
                ("Diğer ilgili haberler", Related),
                ("Fehler melden", Navigation),
                ("Signaler une erreur", Navigation),
                ("Partager cet article", Share),
                ("Sie sind bereits Abonnent? Hier anmelden", Subscribe),
                ("Suscríbete por 1 €", Subscribe),
                ("Témata: porodnice, Brno", Navigation),
            ],
            0.6,
        );
    }

    /// Links and stand-ins of a site's own tools, around any article.
    #[test]
    fn site_tools_and_stand_ins() {
        use PhraseKind::*;
        assert_kinds(
            &[
                ("Report a typo", Navigation),
                ("Send us a news tip", Navigation),
                ("Keywords", Navigation),
                ("တဂ်များ:  မြစ်ကမ်းပြင်  စည်ပင်သာယာရေး", Navigation),
                ("Roinn an scéal seo Facebook X WhatsApp", Share),
                ("မျှဝေရန်  Facebook  Viber  Telegram", Share),
                ("اعلان", Advertising),
                ("ڕیکلام", Advertising),
                ("Pariwara", Advertising),
                ("DOKAMBAROTRA", Advertising),
                ("ବିଜ୍ଞାପନ", Advertising),
                ("Loading...", Navigation),
                ("About me", AuthorBio),
                (
                    "Write to Ana at PO Box 12. Letters may be edited for length and clarity.",
                    AuthorBio,
                ),
                ("Check price", Advertising),
                ("Find a table", Advertising),
                ("Next match odds", Advertising),
                ("Shop the look", Advertising),
                (
                    "The Daily Briefing newsletter provides all the news you need to start your day. Sign up here.",
                    Subscribe,
                ),
                ("Autoplay", Navigation),
                ("Medical disclaimer", Legal),
                ("Legal disclaimer", Legal),
                ("Haftungsausschluss", Legal),
                ("Aviso legal", Legal),
                ("Descargo de responsabilidad", Legal),
                ("Clause de non-responsabilité", Legal),
                ("Esclusione di responsabilità", Legal),
                ("Isenção de responsabilidade", Legal),
                ("Onderwerpen: Storm · Weer · Westerhaven", Navigation),
                ("Eerdere berichten laden", Navigation),
                ("Bu haberi paylaş", Share),
                ("Stampa la ricetta Salva su Pinterest", Share),
                (
                    "Hai provato questa ricetta? Lascia un voto qui sotto e taggami su Instagram!",
                    Share,
                ),
                (
                    "Suscríbete a Diario Vega Alta y accede a todas las noticias y la hemeroteca.",
                    Subscribe,
                ),
                (
                    "Questo post contiene link di affiliazione: se acquisti tramite questi link \
                     potrei ricevere una piccola commissione.",
                    Advertising,
                ),
                ("Tempo di preparazione: 20 minuti", Byline),
                ("Tempo di cottura: 45 minuti", Byline),
                ("Porzioni: 8 fette", Byline),
                ("Difficoltà: Facile", Byline),
                ("Temps de préparation : 15 minutes", Byline),
                ("Portions : 8 parts", Byline),
                ("Auteur : Maëlle Kerbrat", Byline),
                ("Vorbereitungszeit 30 Minuten", Byline),
                ("Tiempo de cocción: 40 minutos", Byline),
                ("Tempo de preparo: 20 minutos", Byline),
                ("Porções: 12 fatias", Byline),
                (
                    "【摘要】新修订的实施办法将每台电梯补贴上限提高到25万元",
                    Byline,
                ),
                ("（編輯：劉明哲）1140612", EndCredit),
                ("本文由中央社授權刊登，未經同意不得轉載。", Copyright),
                ("關鍵字：溪口魚市場 歷史建築 漁港", Navigation),
                ("上一則：北濱區夜市週末試辦行人徒步區", Navigation),
                ("更多新聞", Related),
                (
                    "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter",
                    Navigation,
                ),
                (
                    "Знайшли помилку? Виділіть її та натисніть Ctrl+Enter",
                    Navigation,
                ),
                ("Оцените материал:", Share),
                (
                    "Dit premium artikel is gratis voor je gedeeld door een abonnee. \
                     Word abonnee voor € 1,- per week.",
                    Subscribe,
                ),
                (
                    "Ao se cadastrar, você concorda com a Política de Privacidade.",
                    Subscribe,
                ),
                ("فوٹو: صدائے چنار", Credit),
                ("0+ VOTES SO FAR", Navigation),
                (
                    "WATCH | Truckers race across the ice before the road closes:",
                    Related,
                ),
                (
                    "READ | Council blames old pipes for the water outage",
                    Related,
                ),
                (
                    "Hai letto 3 dei 5 articoli gratuiti di questo mese.",
                    Subscribe,
                ),
                ("Dalsza część artykułu pod materiałem wideo", Advertising),
                ("Noticia relacionada", Related),
                (
                    "Audio generated from the text of this story. Listen to more stories on our app.",
                    Advertising,
                ),
                (
                    "When you buy a book using a link on this page, we receive a commission.",
                    Legal,
                ),
                (
                    "Disclosure: The Harbor Trust has been a financial supporter of the Ledger.",
                    Legal,
                ),
                (
                    "This story was originally published by Grid Desk and is republished here \
                     as part of a news partnership.",
                    EndCredit,
                ),
                ("Catégorie : Dessert", Navigation),
                ("Étiquettes : far breton, pruneaux", Navigation),
                (
                    "Cet article contient des liens affiliés : si vous achetez via ces liens, \
                     je touche une petite commission.",
                    Advertising,
                ),
                (
                    "*Werbung: Dieser Beitrag enthält Affiliate-Links.",
                    Advertising,
                ),
                (
                    "Heb je een tip of foto's van stormschade? Mail naar de redactie.",
                    AuthorBio,
                ),
                ("Get the latest news on the go: download our app", Subscribe),
                (
                    "Download on the App Store   Get it on Google Play",
                    Subscribe,
                ),
                (
                    "Live updates: Tessford train derailment, evacuations",
                    Related,
                ),
                (
                    "Must be 18 or older to play. Play responsibly. Problem gambling helpline: 1-800-555-0199.",
                    Advertising,
                ),
                (
                    "Odds via Bluecrest Sportsbook. Odds subject to change. 21+.",
                    Advertising,
                ),
                ("21+. Gambling problem? Call 1-800-555-0177.", Advertising),
                ("Presented by", Advertising),
                (
                    "Want to reach 24,000 Ledger AM readers? Advertise with us.",
                    Advertising,
                ),
                ("View this email in your browser", Subscribe),
                (
                    "You are receiving this email because you signed up for Ledger AM.",
                    Subscribe,
                ),
                (
                    "Did someone forward this to you? Sign up for Ledger AM, free every weekday.",
                    Subscribe,
                ),
                ("Forward to a friend", Subscribe),
                (
                    "Tags: Pinot Noir, Red Wine, Oregon, Tasting Room, Ratings",
                    Navigation,
                ),
                (
                    "Sign up for VBN's Retail Rundown newsletter and get the week's biggest store stories every Friday.",
                    Subscribe,
                ),
                ("Reservations powered by Tablewise", Advertising),
                ("Subscribe to continue reading", Subscribe),
                ("18+ T&Cs apply. Please gamble responsibly.", Advertising),
                ("We have more newsletters Show me", Subscribe),
                ("Poll", Comments),
                ("Best alternatives", Related),
                ("Why you can trust us", AuthorBio),
                ("Play Video", Navigation),
                (
                    "Now playing: Patch 1.4 Overview: Every Change You Need to Know",
                    Navigation,
                ),
                ("Map: Location of the Quarry Road fire", Credit),
                ("Interactive: Kit Merriwether/Sextant", Credit),
                ("Quick quiz", Navigation),
                ("Check answer", Navigation),
                ("Related explainers", Related),
                ("Chart: Rents by neighbourhood", Credit),
                // A footnote's link back to its mark.
                (
                    "Haverstoke Mercury, 17 June 1802, p. 3. The copy is easier to read. ↩",
                    EndCredit,
                ),
                ("Footnotes", EndCredit),
                ("Advertiser Disclosure", Legal),
                (
                    "Horoscopes are intended for entertainment purposes only.",
                    Legal,
                ),
                (
                    "An arrest or charge is not a conviction. All suspects are presumed innocent until proven guilty in a court of law.",
                    Legal,
                ),
                (
                    "All persons arrested are presumed innocent until proven guilty in a court of law.",
                    Legal,
                ),
                ("Member FDIC. Equal Housing Lender.", Legal),
                (
                    "Editorial disclosure: All reviews are prepared by our staff. Opinions \
                     expressed therein are solely those of the reviewer.",
                    Legal,
                ),
                (
                    "This press release contains forward-looking statements, including \
                     statements about next year's sales.",
                    Legal,
                ),
                ("Share and Enjoy:", Share),
                ("Continua após a publicidade", Advertising),
                ("Report this ad", Advertising),
                (
                    "We may earn commission from links in this article.",
                    Advertising,
                ),
                (
                    "Dieser Artikel erschien zuerst bei der Rundschau.",
                    EndCredit,
                ),
                ("Live radar", Navigation),
                ("Kursdaten verzögert um 15 Min.", Navigation),
                ("View post on LinkedIn", Share),
                (
                    "Quality journalism costs money. Support us and help keep our reporting free.",
                    Subscribe,
                ),
                (
                    "Vous lisez un article gratuit. Pour tout lire, abonnez-vous.",
                    Subscribe,
                ),
                (
                    "Mit der Anmeldung akzeptieren Sie unsere Datenschutzhinweise.",
                    Subscribe,
                ),
                (
                    "We check over 250 million products every day for the best prices",
                    Advertising,
                ),
                (
                    "To support the paper, order your copy from our bookshop. Delivery charges may apply.",
                    Advertising,
                ),
                (
                    "Op dit artikel is reageren uitgeschakeld. Lees hier ons reactiebeleid.",
                    Comments,
                ),
                (
                    "Transparenzhinweis: Ein Investor ist Gesellschafter des Verlags.",
                    Legal,
                ),
                (
                    "A defendant is innocent unless proven guilty. Read our court reporting policy.",
                    Legal,
                ),
                ("Ask the expert", Navigation),
                ("Listen on Spotify | Apple Podcasts | 28 min", Share),
                ("Dit artikel is alleen voor abonnees.", Subscribe),
                ("Unlock with Premium — from £29 a month", Subscribe),
                ("NUESTRA SELECCIÓN", Advertising),
                (
                    "La revista puede recibir una comisión por las compras realizadas.",
                    Advertising,
                ),
                (
                    "Este artículo no sustituye la consulta con un profesional sanitario.",
                    Legal,
                ),
                ("LIVE TV", Navigation),
                ("Podcast", Navigation),
                ("Submit your event at ourpaper.example/events", Navigation),
                (
                    "Du har läst den fria delen av artikeln. Bli prenumerant för att läsa vidare.",
                    Subscribe,
                ),
                (
                    "Tento článek je exkluzivně pro předplatitele. Zbývá vám dočíst 62 % článku.",
                    Subscribe,
                ),
                (
                    "Please log in, or sign up for a new account and purchase a subscription to continue reading.",
                    Subscribe,
                ),
                ("Google News पर हमें फॉलो करें", Subscribe),
                ("Zuletzt bearbeitet: 30. März 2025", Byline),
                ("(एजेंसी इनपुट के साथ)", EndCredit),
                ("इसे भी पढ़ें", Related),
                (
                    "Tweet this: Robots come to 400 family farms https://example.com/t/Rk29",
                    Share,
                ),
                ("Advertisement · Scroll to continue", Advertising),
                (
                    "Disclaimer: The desk does not provide investment advice.",
                    Legal,
                ),
                (
                    "Este artículo no constituye asesoramiento financiero.",
                    Legal,
                ),
                ("Zukunftsgerichtete Aussagen", Legal),
                (
                    "※ 본 기사는 특정 가상자산에 대한 투자 권유가 아닙니다.",
                    Legal,
                ),
                (
                    "Captura: la opción Olvidar aparece al mantener pulsada la red.",
                    Credit,
                ),
                (
                    "Apoya el periodismo estudiantil: hazte socio desde 3 euros al mes.",
                    Subscribe,
                ),
                (
                    "Disclaimer: de redactie geeft geen beleggingsadvies.",
                    Legal,
                ),
            ],
            0.6,
        );
        // In a sentence, the word is the sentence's.
        let m = PHRASES.find("Crews spent the morning loading sandbags onto trucks.");
        assert!(m.is_none_or(|m| m.strength() < 0.2), "{m:?}");
    }

    /// "Read more" and "see also" in other languages: alone, or as the
    /// label of a teaser, they mark the whole block.
    #[test]
    fn read_more_labels_in_other_languages() {
        use PhraseKind::Related;
        assert_kinds(
            &[
                ("Weiterlesen", Related),
                ("Lire la suite", Related),
                ("Подробнее", Related),
                (
                    "Leia mais: Câmara de Serra Alta aprova nova ciclovia",
                    Related,
                ),
                ("Zie ook: Veerdienst vaart weer", Related),
                ("Kapcsolódó cikk: Rekordtermést vártak a dombokon", Related),
                ("Le puede interesar: Derrumbe en la vía al norte", Related),
                // A summary box above the article repeats it.
                ("Ce qu’il faut retenir", Related),
                ("Das Wichtigste in Kürze", Related),
                ("Seguir leyendo: La cosecha llega antes este año", Related),
                (
                    "MIRA ESTO: VIDEO | Vecinos denuncian cortes de agua",
                    Related,
                ),
                ("Đọc thêm: Nông dân bắt đầu thu hoạch sớm", Related),
                (
                    "Get the latest: Follow our live coverage of the vote",
                    Related,
                ),
                (
                    "(Leggi anche su: Il ponte di Valdoria riapre a marzo – FOTO)",
                    Related,
                ),
            ],
            crate::params::LABEL_COVERAGE,
        );
    }

    #[test]
    fn a_label_may_have_a_space_before_its_colon() {
        for text in [
            "Photo : Stéphane Bourgeois",
            "Photo\u{a0}: Stéphane Bourgeois",
            "Credit\u{202f}: Ville de Rivière-Claire",
        ] {
            let m = PHRASES.find(text).expect(text);
            assert_eq!(m.kind, PhraseKind::Credit, "{text}");
            assert!(m.label && m.opening, "{text}: {m:?}");
        }
        // A colon further on is no label's.
        assert_eq!(PHRASES.find("Photo album : the summer of 1962"), None);
    }

    #[test]
    fn feed_buttons_embed_notices_and_writer_notes() {
        assert_kinds(
            &[
                ("Show more updates", PhraseKind::Navigation),
                // A gallery's pager.
                ("Previous | Next", PhraseKind::Navigation),
                ("‹ Anterior | Siguiente ›", PhraseKind::Navigation),
                ("Weitere Einträge laden", PhraseKind::Navigation),
                ("Afficher plus de publications", PhraseKind::Navigation),
                ("Từ khóa: thanh long, nông sản", PhraseKind::Navigation),
                ("Voir ce post sur X", PhraseKind::Share),
                (
                    "Externer Inhalt: Beim Laden werden Daten an X übermittelt.",
                    PhraseKind::Share,
                ),
                ("Chia sẻ Facebook Zalo Sao chép link", PhraseKind::Share),
                ("Column continues below", PhraseKind::Advertising),
                (
                    "Temas: Arte Exposiciones Valencia Museos",
                    PhraseKind::Navigation,
                ),
                ("Tag: Ottavia Brenna cantautrici", PhraseKind::Navigation),
                (
                    "This audio is generated by an AI tool.",
                    PhraseKind::Navigation,
                ),
                ("Jetzt testen", PhraseKind::Subscribe),
                ("Bereits Abonnent? Hier anmelden", PhraseKind::Subscribe),
                (
                    "(The writer is a climate researcher based in Pune. Views are personal.)",
                    PhraseKind::AuthorBio,
                ),
            ],
            crate::params::LABEL_COVERAGE,
        );
    }

    #[test]
    fn phrases_in_other_scripts_match_in_any_case() {
        assert_kinds(
            &[
                ("Фото", PhraseKind::Credit),
                ("Фото: личный архив", PhraseKind::Credit),
                ("Текст: Анна Соколова", PhraseKind::Byline),
                // Capitals beyond ASCII match the phrase's small letters.
                ("ÜBER DEN AUTOR", PhraseKind::AuthorBio),
            ],
            0.6,
        );
    }

    #[test]
    fn overlapping_phrases_count_from_the_left() {
        // "Share on Facebook" and "Facebook" overlap: the longer one that
        // starts first counts, so the whole block is one share phrase.
        let m = PHRASES.find("Share on Facebook").unwrap();
        assert_eq!(m.kind, PhraseKind::Share);
        assert_eq!(m.coverage, 1.0);
        // "Subscribe to our newsletter" stands here only inside a longer
        // word, so it hides neither "subscribe" nor "newsletters".
        let m = PHRASES.find("Subscribe to our Newsletters").unwrap();
        assert_eq!(m.kind, PhraseKind::Subscribe);
        assert!(m.coverage > 0.75, "{m:?}");
        // "Article content" must close its block to count: here it hides
        // nothing of "content continues below".
        let m = PHRASES.find("Article content continues below").unwrap();
        assert_eq!(m.kind, PhraseKind::Advertising);
    }

    #[test]
    fn non_space_characters_are_counted_as_char_has_them() {
        let ascii = [
            "a", " ", "\t", "\n", "\r", "\u{b}", "\u{c}", "\u{8}", "\u{e}", "\u{1f}", "!", "\u{7f}",
        ];
        let other = ["é", "\u{a0}", "\u{3000}"];
        let all: Vec<&str> = ascii.iter().chain(&other).copied().collect();
        let mut state = 7u32;
        for pieces in [&ascii[..], &all[..]] {
            for len in 0..40 {
                for _ in 0..50 {
                    let text: String = (0..len)
                        .map(|_| {
                            state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                            pieces[(state >> 16) as usize % pieces.len()]
                        })
                        .collect();
                    let expected = text.chars().filter(|c| !c.is_whitespace()).count();
                    assert_eq!(non_space_chars(&text), expected, "{text:?}");
                }
            }
        }
    }

    #[test]
    fn widget_labels_are_phrases_and_sentences_with_their_words_are_not() {
        for (text, expected) in [
            ("Image copyright Reuters", PhraseKind::Credit),
            ("Christopher Tays Submitted photo", PhraseKind::Credit),
            ("Close", PhraseKind::Navigation),
            ("Back to Gallery", PhraseKind::Navigation),
            ("Featured Video", PhraseKind::Navigation),
            ("Print Recipe Pin Recipe Save", PhraseKind::Share),
            (
                "Follow me on Twitter or LinkedIn. Check out my website.",
                PhraseKind::Share,
            ),
            ("Jon Marsh contributed reporting.", PhraseKind::EndCredit),
            (
                "This story first appeared in Canopy Notes.",
                PhraseKind::EndCredit,
            ),
            ("This column is not legal advice.", PhraseKind::Legal),
            ("Tempo de leitura: 2 minutos", PhraseKind::Byline),
            ("Popular on Harbor Gazette", PhraseKind::Related),
            ("Topics", PhraseKind::Navigation),
            (
                "Please check the opt-in box to subscribe.",
                PhraseKind::Subscribe,
            ),
            ("Thanks for signing up!", PhraseKind::Subscribe),
            (
                "There was an error processing your subscription.",
                PhraseKind::Subscribe,
            ),
            (
                "JavaScript is required to load the comments.",
                PhraseKind::Comments,
            ),
        ] {
            let m = PHRASES.find(text).expect(text);
            assert_eq!(m.kind, expected, "{text}");
            assert!(m.coverage >= 0.4, "{text}: {m:?}");
        }
        // "Close" is a button only on a line of its own.
        for text in ["Close the door behind you.", "Polls close at eight"] {
            assert_eq!(PHRASES.find(text), None, "{text}");
        }
    }

    #[test]
    fn a_phrase_said_only_in_boilerplate_speaks_for_its_block() {
        for text in [
            "If you buy something through a link in this post, the site may get a small fee.",
            "The best stories of the week, picked by our editors and delivered to your inbox every Friday.",
            "Markets before the bell, every weekday morning: get the free daily newsletter.",
            "Let our news meet you before work: the stories that matter most to the city, delivered weekday mornings.",
            "Keep the conversation civil and on topic, please. We reserve the right to remove any comment that is rude, hateful or off-topic, without notice.",
            "Comments stay open for a week after each story is published, and a moderator reads them before they appear. Please enable JavaScript to view the comments powered by Disqus.",
            "Subscribe to the Harbour Ledger and stay ahead of every council vote, ferry timetable change and school board decision.",
            "This document is subject to copyright. Apart from fair dealing for private study or research, no part may be reproduced without written permission. The content is provided for information only.",
            "Have a tip? Ada Quill may be reached at ada@example.org. Follow her on the town's forum for more.",
            "Get every council vote, ferry change and school board decision right in your inbox.",
            "This article was co-authored by Ada Quill. Ada Quill is a horticulturist and the founder of a small nursery that grows ferns.",
            "Get highlights of the week's most important science news delivered to your email inbox",
            "This explainer is part of Foundations, our series on the core ideas behind current research. Read the rest of the series.",
            "Follow us on Google News to get the town's headlines with the rest of your news every day.",
            "Har du tips om denne saken? Send oss en e-post eller ring tipstelefonen.",
            "Suscríbete aquí para recibir directo en tu correo nuestras newsletters sobre noticias del día.",
            "Únete a nuestro canal ¡EL CENZONTLE ya está en WhatsApp!, desde tu dispositivo móvil entérate.",
            "By giving us your email, you are agreeing to receive the Daily and accept our Terms of Use.",
            "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.",
            "This story is available exclusively to Insider subscribers. Become an Insider and start reading now, with a free week of every story, newsletter and podcast.",
            "By clicking Sign Up, you accept our Terms of Service. You can opt-out at any time by visiting our page.",
            "Great! Check your inbox and click the link to confirm your subscription to our weekly letter about queues, retries and the engineers who keep them running at night.",
            "The Backpressure is a free newsletter about queues, retries and the systems that fall over at night.",
            "This article is exclusive to TRIAGE+ subscribers, who get our daily analysis of the companies reshaping medicine.",
            "Unlock this article — and get daily analysis of the companies and technologies reshaping medicine — by subscribing.",
            "Ακολουθήστε την Ηχώ του Κόλπου στο Google News και μάθετε πρώτοι όλες τις ειδήσεις της πόλης και της περιφέρειας.",
            "Urmărește Gazeta de Vest și pe Google News pentru cele mai noi știri din oraș.",
            "Jatka lukemista tilaamalla Järvilehti. Ensimmäinen kuukausi 1 €, sen jälkeen 19,90 €/kk.",
            "Quote data delayed at least 15 minutes. Powered by a market data provider.",
            "Zuletzt geändert von Gleisbauer_HB am Di 19. Nov 2024, 21:15, insgesamt 1-mal geändert.",
            "Dernière édition par Bérangère_du_Lot le mer. 22 janv. 2025 22:03, édité 1 fois.",
            "Ultima modifica di fibula_lover il 14/03/2025, 18:02, modificato 1 volta in totale.",
            "Última edición por astro_tafi el 03 Mar 2025, 23:41, editado 2 veces en total.",
            "Join the Herald's Telegram channel here and get the latest breaking news delivered to you every morning and evening.",
            "Stories like this one exist because listeners like you support them. Our reporters cover 22 counties, and our news is free for everyone.",
            "Join the Kestlebury Live WhatsApp community to get the latest news straight to your phone. Click here to join.",
            "This coverage is supported in part by a community foundation. Our funders have no say in what we publish.",
            "Få de viktigste nyhetene fra fylket rett i innboksen hver morgen, helt gratis.",
            "Sumate al canal de WhatsApp de El Heraldo del Valle y recibí las noticias más importantes de la provincia cada mañana en tu teléfono.",
            "Ved å melde deg på godtar du våre vilkår og vår personvernerklæring.",
            "Cada domingo, un reportaje largo en tu correo, sin coste alguno.",
            "Abonnez-vous gratuitement pour recevoir les prochaines lettres et soutenir ce travail.",
            "Cet article est public, n'hésitez pas à le partager avec vos proches et vos voisins.",
            "Alle Angaben ohne Gewähr; dieser Beitrag ist keine Anlageberatung und keine Aufforderung zum Kauf.",
            "Cet article, écrit à partir des comptes publiés par l'entreprise, ne constitue pas un conseil en investissement ni une recommandation d'achat.",
            "View this post on Instagram. The company's dancers at their first rehearsal of the season, in the new studio by the river.",
        ] {
            let m = PHRASES.find(text).expect(text);
            assert!(m.whole_block, "{text}");
            assert!(m.coverage < 0.4, "{text}: {m:?}");
            assert_eq!(m.strength(), 1.0, "{text}");
        }
        let disclaimer = "*These statements have not been evaluated by the Food and Drug \
                          Administration. This product is not intended to diagnose, treat, \
                          cure, or prevent any disease.";
        let m = PHRASES.find(disclaimer).unwrap();
        assert_eq!((m.kind, m.whole_block), (PhraseKind::Legal, true));
        // In brackets after the sentence's words, such a phrase is an aside;
        // alone in brackets, it is the block.
        let m = PHRASES.find(
            "June is not too late. These went in this month (seed links are affiliate links):",
        );
        assert!(m.is_none_or(|m| !m.whole_block), "{m:?}");
        let m = PHRASES
            .find("(This post contains affiliate links.)")
            .unwrap();
        assert!(m.whole_block, "{m:?}");
        // A health page's disclaimer names itself; a service that is no
        // stand-in for a doctor is news.
        let m = PHRASES
            .find("Dieser Artikel ersetzt keinen Arztbesuch und dient nur der Information.")
            .unwrap();
        assert!(m.whole_block, "{m:?}");
        let m = PHRASES.find("Der Notdienst der Apotheken ersetzt keinen Arztbesuch.");
        assert!(m.is_none_or(|m| !m.whole_block), "{m:?}");
        // Mid-sentence, "subscribe to" is prose.
        let m = PHRASES.find("Readers who subscribe to the paper get the crossword a day early.");
        assert!(m.is_none_or(|m| !m.whole_block), "{m:?}");
        // An ordinary phrase in a sentence speaks for what it covers.
        let m = PHRASES
            .find("Readers were told to sign up before the end of the month, or lose access.")
            .unwrap();
        assert!(!m.whole_block);
        assert_eq!(m.strength(), m.coverage);
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
