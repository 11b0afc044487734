//! Language data: stop-word lists (compiled in from `stopwords/*.txt`), the
//! quick detection that picks one of them, the boilerplate phrases in
//! [`phrases`] and the dates in [`dates`].

// Shared with build.rs, which compiles its pattern; the library reads the
// word lists (and tests the pattern).
#[cfg_attr(not(test), allow(dead_code))]
mod date_pattern;
pub mod dates;
pub mod phrases;
pub mod script_table;
mod word_table;

use word_table::WordTable;

use std::collections::hash_map::Entry;
use std::sync::{LazyLock, OnceLock};

use rustc_hash::FxHashMap;

use crate::params;

/// A language the scorer knows the stop words of.
#[derive(Debug)]
pub struct Language {
    /// ISO 639-1 code, or `"und"` when no list fits the page.
    pub code: &'static str,
    pub name: &'static str,
    /// Bit of this language in [`Lexicon`] masks; 0 for `und`.
    bit: u32,
    /// What this language's stop-word densities are multiplied by to read
    /// on the scale of the others: see
    /// [`STOP_DENSITY_SCALES`](params::STOP_DENSITY_SCALES).
    pub stop_density_scale: f32,
}

impl Language {
    /// Whether stop-word density means anything for this language.
    pub fn has_stopwords(&self) -> bool {
        self.bit != 0
    }

    /// Whether `lowercase_word` is one of this language's stop words.
    pub fn is_stopword(&self, lowercase_word: &str) -> bool {
        self.bit != 0 && self.lists(look_up(lowercase_word))
    }
}

/// The language used when no list fits: stop-word features are then off and
/// length and punctuation decide.
pub static UNDETERMINED: Language = Language {
    code: "und",
    name: "undetermined",
    bit: 0,
    stop_density_scale: 1.0,
};

macro_rules! languages {
    ($($code:literal $name:literal),* $(,)?) => {
        const SOURCES: &[(&str, &str, &str)] = &[
            $(($code, $name, include_str!(concat!("stopwords/", $code, ".txt"))),)*
        ];
    };
}

languages! {
    "en" "English", "de" "German", "es" "Spanish", "fr" "French", "it" "Italian",
    "pt" "Portuguese", "nl" "Dutch", "sv" "Swedish", "da" "Danish", "nb" "Norwegian",
    "fi" "Finnish", "pl" "Polish", "cs" "Czech", "ru" "Russian", "uk" "Ukrainian",
    "tr" "Turkish", "ro" "Romanian", "hu" "Hungarian", "id" "Indonesian", "el" "Greek",
    "sl" "Slovenian", "hr" "Croatian", "bg" "Bulgarian", "ca" "Catalan", "sk" "Slovak",
}

static LANGUAGES: LazyLock<Vec<Language>> = LazyLock::new(|| {
    SOURCES
        .iter()
        .enumerate()
        .map(|(i, &(code, name, _))| Language {
            code,
            name,
            bit: 1 << i,
            stop_density_scale: params::STOP_DENSITY_SCALES
                .iter()
                .find(|&&(c, _)| c == code)
                .map_or(1.0, |&(_, scale)| scale),
        })
        .collect()
});

bitflags::bitflags! {
    /// What a word of the lexicon tells beyond stop words: cheap word-level
    /// tests that spare most blocks the phrase and date searches, which
    /// cannot match a block that lacks the word they need.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
    pub struct Cues: u8 {
        /// A boilerplate phrase needs this word somewhere in the block.
        const PHRASE = 1 << 0;
        /// A phrase that must open its block starts with this word.
        const PHRASE_OPENING = 1 << 1;
        /// A phrase that must close its block ends with this word.
        const PHRASE_CLOSING = 1 << 2;
        /// A date may need this word (a month, a weekday, "yesterday",
        /// "ago"); other dates have shapes the word pass notes.
        const DATE = 1 << 3;
        /// The word ends a pair of adjacent words that cues a phrase: see
        /// [`Lexicon::is_phrase_pair`].
        const PHRASE_PAIR = 1 << 4;
        /// A label phrase ("more:") is this word before a colon.
        const PHRASE_COLON = 1 << 5;
        /// This word alone is a phrase that counts only when it makes up
        /// most of its block ("share", "popular"): a long block with few
        /// such words and no other cue need not be searched.
        const PHRASE_LONE = 1 << 6;
        /// A picture agency's name ends with this word ("AP", "Images"): a
        /// block ending with it may close with a photo credit.
        const AGENCY_END = 1 << 7;
        /// The cues of a word that phrases of one word are found from
        /// (see [`phrases::PhraseSite`]).
        const PHRASE_WORD = Self::PHRASE.bits()
            | Self::PHRASE_OPENING.bits()
            | Self::PHRASE_CLOSING.bits()
            | Self::PHRASE_COLON.bits()
            | Self::PHRASE_LONE.bits();
    }
}

/// What the lexicon knows about one lowercase word.
#[derive(Debug, Clone, Copy, Default)]
pub struct WordInfo {
    /// The languages (bits, as in [`Language`]) that list it as a stop word.
    pub languages: u32,
    pub cues: Cues,
}

impl WordInfo {
    /// The info as the lexicon of the language with `language_bit` stores
    /// it: whether that language lists the word, in the low bit, and the
    /// cues above ([`word_table::VALUE_BITS`] bits in all).
    fn pack_for(self, language_bit: u32) -> u32 {
        u32::from(self.languages & language_bit != 0) | u32::from(self.cues.bits()) << 1
    }
}

// A value in a language's lexicon: a stop-word bit and the cues.
const _: () = assert!(word_table::VALUE_BITS == 1 + Cues::all().bits().count_ones());

impl Language {
    /// Whether a word with this lexicon entry is one of this language's
    /// stop words.
    pub fn lists(&self, info: WordInfo) -> bool {
        info.languages & self.bit != 0
    }
}

/// A page language's stop words and cue words, keyed by [`word_hash`]:
/// one look-up per word serves stop-word density and the prefilters, and
/// the hash is computed while the word is read.
///
/// Only hashes are stored, and of them only tags (see [`WordTable`]). No
/// two lexicon words share a hash (building the lexicon checks), and
/// another word passes for a lexicon word about once in four million
/// words: at worst, a word is taken for a stop word, or for a cue, which
/// only lets a block through to a phrase search. Comparing the words
/// would cost a second memory read per word for little.
pub struct Lexicon {
    entries: WordTable,
    /// The language's bit, which a stop word's [`WordInfo`] carries.
    bit: u32,
    /// [`pair_key`]s of the adjacent words that cue phrases.
    pairs: &'static rustc_hash::FxHashSet<u64>,
    /// The longest word, in bytes: longer words skip the look-up.
    longest: usize,
    /// For a language of Latin, Greek or Cyrillic letters, the cue words of
    /// the scripts from Hebrew to Ethiopic, which its own lexicon leaves
    /// out: a page in English may label its teasers in Urdu or Bengali
    /// ("یہ بھی پڑھیں:"). Such words are rare on its pages, so a second
    /// look-up for them costs little.
    other_scripts: Option<&'static Lexicon>,
}

impl Lexicon {
    /// The lexicon of `language` (by its bit): the words of `words` that
    /// `keep` keeps.
    fn of(words: &'static LexiconWords, bit: u32, keep: impl Fn(&LexiconWord) -> bool) -> Lexicon {
        let kept: Vec<&LexiconWord> = words.words.iter().filter(|w| keep(w)).collect();
        Lexicon {
            entries: WordTable::new(
                &kept
                    .iter()
                    .map(|w| (w.hash, w.info.pack_for(bit)))
                    .collect::<Vec<_>>(),
            ),
            bit,
            pairs: &words.pairs,
            longest: kept.iter().map(|w| w.len).max().unwrap_or(0),
            other_scripts: None,
        }
    }

    /// What the lexicon knows about a word of `len` bytes, one of the
    /// scripts of [`script_table::RANGE`], whose lowercase form has the
    /// [`word_hash`] `hash`: [`Self::get`], and if that knows nothing,
    /// the cue words of those scripts.
    pub fn get_other_script(&self, hash: u64, len: usize) -> WordInfo {
        let info = self.get(hash, len);
        match self.other_scripts {
            Some(other) if info.cues.is_empty() => WordInfo {
                cues: other.get(hash, len).cues,
                ..info
            },
            _ => info,
        }
    }

    /// What the lexicon knows about a word of `len` bytes whose lowercase
    /// form has the [`word_hash`] `hash`.
    #[inline]
    pub fn get(&self, hash: u64, len: usize) -> WordInfo {
        if len > self.longest {
            return WordInfo::default();
        }
        let packed = self.entries.get(hash);
        WordInfo {
            languages: (packed & 1).wrapping_neg() & self.bit,
            cues: Cues::from_bits_retain((packed >> 1) as u8),
        }
    }

    /// Whether two adjacent words, by their [`word_hash`]es, cue a phrase
    /// (the second word carries [`Cues::PHRASE_PAIR`]). A hash collision
    /// only lets a block through to the phrase search.
    #[inline]
    pub fn is_phrase_pair(&self, first: u64, second: u64) -> bool {
        self.pairs.contains(&pair_key(first, second))
    }
}

/// Every lexicon word of every language by its hash, which detection
/// reads.
fn every_word() -> &'static FxHashMap<u64, WordInfo> {
    static EVERY: LazyLock<FxHashMap<u64, WordInfo>> =
        LazyLock::new(|| WORDS.words.iter().map(|w| (w.hash, w.info)).collect());
    &EVERY
}

/// The lexicon of a page in `language`: its stop words and the cue words
/// of its own script and of Latin letters, which boilerplate of any page
/// may be in ("Share", "Facebook"). A scan looks up every word of the page, and a
/// table a quarter the size of every language's stays in the nearest cache.
pub fn lexicon_of(language: &Language) -> &'static Lexicon {
    static BY_LANGUAGE: [OnceLock<Lexicon>; 33] = [const { OnceLock::new() }; 33];
    // Bit 0 is the undetermined language's, which has no stop words.
    let index = if language.bit == 0 {
        32
    } else {
        language.bit.trailing_zeros() as usize
    };
    BY_LANGUAGE[index].get_or_init(|| {
        let script = WORDS.script_of(language);
        let mut lexicon = Lexicon::of(&WORDS, language.bit, |word| {
            word.info.languages & language.bit != 0
                || !word.info.cues.is_empty()
                    && (language.bit == 0
                        || matches!(word.script, Script::Latin | Script::None)
                        || word.script == script)
        });
        if language.bit != 0 && script != Script::Other {
            lexicon.other_scripts = Some(other_scripts_cues());
        }
        lexicon
    })
}

/// The cue words of the scripts that [`Script::Other`] stands for, and no
/// language's stop words.
fn other_scripts_cues() -> &'static Lexicon {
    static CUES: OnceLock<Lexicon> = OnceLock::new();
    CUES.get_or_init(|| {
        Lexicon::of(&WORDS, 0, |word| {
            !word.info.cues.is_empty() && word.script == Script::Other
        })
    })
}

/// Every lexicon word, and the pairs of words that cue phrases.
struct LexiconWords {
    words: Vec<LexiconWord>,
    pairs: rustc_hash::FxHashSet<u64>,
    /// The phrase lists as read to cue them, which the phrase search is
    /// built from.
    phrases: Vec<phrases::ListedPhrase>,
}

/// Every phrase of the lists with its cue, in order.
fn listed_phrases() -> &'static [phrases::ListedPhrase] {
    &WORDS.phrases
}

/// One lexicon word: its hash, what the lexicon knows of it, its length
/// in bytes and its script.
struct LexiconWord {
    hash: u64,
    info: WordInfo,
    len: usize,
    script: Script,
}

impl LexiconWords {
    /// The script of `language`'s stop words.
    fn script_of(&self, language: &Language) -> Script {
        self.words
            .iter()
            .find(|w| w.info.languages & language.bit != 0)
            .map_or(Script::None, |w| w.script)
    }
}

/// The script of a word, told by its first letter, as far as choosing a
/// language's cue words needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Script {
    /// No letter: signs and digits ("©").
    None,
    Latin,
    Greek,
    Cyrillic,
    /// Any other: the scripts of Chinese, Japanese and Korean among them.
    Other,
}

pub(crate) fn script(word: &str) -> Script {
    match word.chars().find(|c| c.is_alphabetic()) {
        None => Script::None,
        Some('\0'..='\u{24f}' | '\u{1e00}'..='\u{1eff}') => Script::Latin,
        Some('\u{370}'..='\u{3ff}' | '\u{1f00}'..='\u{1fff}') => Script::Greek,
        Some('\u{400}'..='\u{52f}') => Script::Cyrillic,
        Some(_) => Script::Other,
    }
}

/// Hash of a lowercase word, the lexicon's key: its UTF-8 bytes eight at
/// a time (see [`WordHash`]), which costs a word of news text one or two
/// multiplications.
pub fn word_hash(lowercase_word: &str) -> u64 {
    hash_chunks(lowercase_word.as_bytes(), |chunk| chunk)
}

/// The [`word_hash`] of an ASCII letters-and-digits word in lower case,
/// without lowercasing a copy.
fn ascii_word_hash(word: &str) -> u64 {
    hash_chunks(word.as_bytes(), lowercase_alnum_chunk)
}

/// Eight ASCII letters and digits (or zero bytes) in lower case: letters
/// carry bit 0x40 and digits do not, so shifting that bit onto 0x20
/// lowercases the letters only.
#[inline]
pub fn lowercase_alnum_chunk(chunk: u64) -> u64 {
    const LETTER_BITS: u64 = 0x4040_4040_4040_4040;
    chunk | ((chunk & LETTER_BITS) >> 1)
}

/// The [`WordHash`] of `bytes`, each chunk passed through `fold` first.
#[inline]
fn hash_chunks(bytes: &[u8], fold: impl Fn(u64) -> u64) -> u64 {
    let mut hash = WordHash::default();
    let mut at = 0;
    while at < bytes.len() {
        hash.add(fold(load_chunk(bytes, at, bytes.len())));
        at += 8;
    }
    hash.finish(bytes.len())
}

/// [`word_hash`] fed by hand, for a scan that reads the chunks itself and
/// learns the word's length only at its end.
#[derive(Default)]
pub struct WordHash(u64);

impl WordHash {
    // The multiplier of rustc-hash: odd, so multiplying by it never maps
    // two values to one, and one chunk of a given length never collides
    // with another.
    const K: u64 = 0xf135_7aea_2e62_a9c5;

    /// Adds the next eight bytes of the word (fewer at its end, the rest
    /// zero), as [`load_chunk`] reads them.
    #[inline]
    pub fn add(&mut self, chunk: u64) {
        self.0 = (self.0.rotate_left(26) ^ chunk).wrapping_mul(Self::K);
    }

    /// The hash of the word of `len` bytes added.
    #[inline]
    pub fn finish(self, len: usize) -> u64 {
        (self.0.rotate_left(26) ^ len as u64).wrapping_mul(Self::K)
    }
}

/// Bytes `at..end` of `bytes`, at most eight, little-endian, zero above.
#[inline]
pub fn load_chunk(bytes: &[u8], at: usize, end: usize) -> u64 {
    let rest = &bytes[at..];
    let chunk = match (rest.first_chunk::<8>(), bytes.last_chunk::<8>()) {
        (Some(eight), _) => u64::from_le_bytes(*eight),
        // Near the end of a block (the last word of every line), read its
        // last eight bytes and shift out those before `at`.
        (None, Some(last)) if !rest.is_empty() => {
            u64::from_le_bytes(*last) >> (8 * (8 - rest.len()))
        }
        _ => rest
            .iter()
            .rev()
            .fold(0, |chunk, &b| chunk << 8 | u64::from(b)),
    };
    let taken = end - at;
    if taken >= 8 {
        chunk
    } else {
        chunk & ((1u64 << (8 * taken)) - 1)
    }
}

pub(crate) fn pair_key(first: u64, second: u64) -> u64 {
    (first.rotate_left(32) ^ second).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// What the lexicon knows about a lowercase word.
pub fn look_up(lowercase_word: &str) -> WordInfo {
    every_word()
        .get(&word_hash(lowercase_word))
        .copied()
        .unwrap_or_default()
}

static WORDS: LazyLock<LexiconWords> = LazyLock::new(|| {
    // Built with the words, to check that no two share a hash. The stop
    // words are borrowed from the lists, the cue words from the cue list:
    // no word is copied.
    type Entries<'a> = FxHashMap<u64, (&'a str, WordInfo)>;
    let mut entries: Entries = FxHashMap::default();
    fn add<'a>(entries: &mut Entries<'a>, word: &'a str, info: WordInfo) {
        match entries.entry(word_hash(word)) {
            Entry::Occupied(mut occupied) => {
                let (stored, entry) = occupied.get_mut();
                assert_eq!(*stored, word, "two lexicon words share a hash");
                entry.languages |= info.languages;
                entry.cues |= info.cues;
            }
            Entry::Vacant(vacant) => {
                vacant.insert((word, info));
            }
        }
    }
    for (i, &(_, _, list)) in SOURCES.iter().enumerate() {
        for word in list
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            let languages = 1u32 << i;
            add(
                &mut entries,
                word,
                WordInfo {
                    languages,
                    cues: Cues::empty(),
                },
            );
        }
    }
    // So far the entries are the stop words.
    let is_stop_word = |word: &str| entries.contains_key(&word_hash(word));
    let cue_list = phrases::cue_list(is_stop_word);
    for (word, cues) in &cue_list.words {
        add(
            &mut entries,
            &cue_list.text[word.clone()],
            WordInfo {
                languages: 0,
                cues: *cues,
            },
        );
    }
    let pairs = cue_list.pairs.iter().copied().collect();
    LexiconWords {
        words: entries
            .into_iter()
            .map(|(hash, (word, info))| LexiconWord {
                hash,
                info,
                len: word.len(),
                script: script(word),
            })
            .collect(),
        pairs,
        phrases: cue_list.phrases,
    }
});

/// All languages with stop-word lists.
pub fn all() -> &'static [Language] {
    &LANGUAGES
}

/// The language with this ISO 639-1 code, if it has a list.
pub fn by_code(code: &str) -> Option<&'static Language> {
    LANGUAGES.iter().find(|l| l.code.eq_ignore_ascii_case(code))
}

/// Picks the language whose stop words cover most of the sampled words.
/// `texts` should favour prose (long blocks); at most
/// [`params::LANGUAGE_SAMPLE_WORDS`] words are read.
pub fn detect<'a>(texts: impl Iterator<Item = &'a str>) -> &'static Language {
    let mut hits = [0u32; 32];
    let mut words = 0usize;
    let mut buffer = String::new();
    let every = every_word();
    'outer: for text in texts {
        for word in words_of(text) {
            words += 1;
            let mask = if word.is_ascii() {
                every
                    .get(&ascii_word_hash(word))
                    .map_or(0, |info| info.languages)
            } else {
                look_up(lowercase(word, &mut buffer)).languages
            };
            let mut bits = mask;
            while bits != 0 {
                hits[bits.trailing_zeros() as usize] += 1;
                bits &= bits - 1;
            }
            if words >= params::LANGUAGE_SAMPLE_WORDS {
                break 'outer;
            }
        }
    }
    let (best, &count) = hits
        .iter()
        .enumerate()
        .max_by_key(|&(i, &count)| (count, std::cmp::Reverse(i)))
        .expect("hits is not empty");
    // A language whose stop words run thin (Turkish, at a third of most
    // languages' density) needs fewer of them. Finnish, scaled mildly, is
    // not relaxed: Estonian pages would pass for Finnish.
    let scale = LANGUAGES[best].stop_density_scale;
    let share = if scale >= params::THIN_STOPWORDS_MIN_SCALE {
        count as f32 * scale
    } else {
        count as f32
    };
    if words == 0 || share < words as f32 * params::LANGUAGE_MIN_STOPWORD_SHARE {
        &UNDETERMINED
    } else {
        &LANGUAGES[best]
    }
}

/// Word tokens: maximal runs of alphanumeric characters.
pub fn words_of(text: &str) -> Words<'_> {
    Words { text, at: 0 }
}

/// The iterator of [`words_of`]: reads bytes through a table, and decodes
/// a character only at a non-ASCII byte, since most text is mostly ASCII.
pub struct Words<'a> {
    text: &'a str,
    at: usize,
}

/// Byte classes for [`Words`]: an ASCII letter or digit, another ASCII
/// byte, or the first byte of a non-ASCII character.
const SEPARATOR: u8 = 0;
const ALNUM: u8 = 1;
const NON_ASCII: u8 = 2;
static BYTE_CLASS: [u8; 256] = {
    let mut table = [SEPARATOR; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        if byte.is_ascii_alphanumeric() {
            table[b] = ALNUM;
        } else if byte >= 0x80 {
            table[b] = NON_ASCII;
        }
        b += 1;
    }
    table
};

impl<'a> Words<'a> {
    /// The character at byte `i` (a char boundary) and its length.
    #[inline]
    fn char_at(&self, i: usize) -> (char, usize) {
        let c = self.text[i..].chars().next().expect("i is a char boundary");
        (c, c.len_utf8())
    }
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        let bytes = self.text.as_bytes();
        let len = bytes.len();
        let mut i = self.at;
        loop {
            while i < len && BYTE_CLASS[bytes[i] as usize] == SEPARATOR {
                i += 1;
            }
            if i >= len {
                self.at = len;
                return None;
            }
            if BYTE_CLASS[bytes[i] as usize] == ALNUM {
                break;
            }
            let (c, width) = self.char_at(i);
            if is_word_char(c) {
                break;
            }
            i = end_of_repeats(bytes, i, width);
        }
        let start = i;
        loop {
            while i < len && BYTE_CLASS[bytes[i] as usize] == ALNUM {
                i += 1;
            }
            if i >= len || BYTE_CLASS[bytes[i] as usize] == SEPARATOR {
                break;
            }
            let (c, width) = self.char_at(i);
            if !is_word_char(c) {
                break;
            }
            i += width;
        }
        self.at = i;
        Some(&self.text[start..i])
    }
}

/// The end of the run of copies of the `width`-byte character at byte
/// `at`: rules drawn with one symbol ("━━━━", "••••") are read at the
/// speed of a byte comparison rather than a character at a time.
#[inline]
pub fn end_of_repeats(bytes: &[u8], at: usize, width: usize) -> usize {
    // The run is where each byte equals the byte one character before it;
    // whole characters of it are copies of the first.
    const STRIDE: usize = 32;
    let mut k = at + width;
    // Most signs stand alone.
    if bytes.get(k) != Some(&bytes[at]) {
        return k;
    }
    while k + STRIDE <= bytes.len() && bytes[k..k + STRIDE] == bytes[k - width..k - width + STRIDE]
    {
        k += STRIDE;
    }
    while k < bytes.len() && bytes[k] == bytes[k - width] {
        k += 1;
    }
    at + (k - at) / width * width
}

/// `char::is_alphanumeric`, with fast answers for the scripts and symbol
/// blocks common in news text.
#[inline]
pub fn is_word_char(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphanumeric(),
        // Latin-1 and Latin Extended letters, Greek and Cyrillic letters:
        // the bulk of non-ASCII text in European languages.
        '\u{c0}'..='\u{24f}' => c != '×' && c != '÷',
        '\u{386}' | '\u{388}'..='\u{38a}' | '\u{38c}' | '\u{38e}'..='\u{3a1}' => true,
        '\u{3a3}'..='\u{3f5}' | '\u{3f7}'..='\u{481}' | '\u{48a}'..='\u{52f}' => true,
        // Curly quotes, dashes, bullets; arrows, mathematical and technical
        // signs; box drawing, shapes and dingbats, which some pages draw
        // rules with.
        '\u{2000}'..='\u{206f}' | '\u{2190}'..='\u{245f}' | '\u{2500}'..='\u{2775}' => false,
        // Kana, CJK ideographs and Hangul syllables: letters throughout.
        '\u{3041}'..='\u{3096}' | '\u{30a1}'..='\u{30fa}' | '\u{30fc}'..='\u{30ff}' => true,
        '\u{4e00}'..='\u{9fff}' | '\u{ac00}'..='\u{d7a3}' => true,
        _ => is_other_word_char(c),
    }
}

/// [`is_word_char`] for the rest of Unicode, out of line to keep that one
/// small. The scripts from Hebrew to Ethiopic are settled by a table:
/// their look-up in Unicode's full tables costs hundreds of instructions a
/// character.
#[inline(never)]
fn is_other_word_char(c: char) -> bool {
    if script_table::contains(c) {
        script_table::is_word_char(c)
    } else {
        c.is_alphanumeric()
    }
}

/// Whether `c` is a number ("7", "٣", "७", "½"), as [`char::is_numeric`]
/// tells, but quicker for the scripts of [`script_table::RANGE`].
pub fn is_number(c: char) -> bool {
    if script_table::contains(c) {
        script_table::is_number(c)
    } else {
        c.is_numeric()
    }
}

/// Whether `c` is surely its own lower case: it is no capital and none of
/// the 31 title-case letters ("ǅ", "ᾈ"), as the tests check for every
/// `char`. (A few capitals are their own lower case too: "ϒ".)
#[inline]
pub(super) fn is_own_lower_case(c: char) -> bool {
    !c.is_uppercase()
        && !matches!(
            c,
            '\u{1c5}'
                | '\u{1c8}'
                | '\u{1cb}'
                | '\u{1f2}'
                | '\u{1f88}'..='\u{1f8f}'
                | '\u{1f98}'..='\u{1f9f}'
                | '\u{1fa8}'..='\u{1faf}'
                | '\u{1fbc}'
                | '\u{1fcc}'
                | '\u{1ffc}'
        )
}

/// `word` in lower case, borrowing when it already is (the common case).
pub fn lowercase<'a>(word: &'a str, buffer: &'a mut String) -> &'a str {
    if word
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    {
        return word;
    }
    // So are most words of other scripts, and of scripts without case.
    if !word.is_ascii() && word.chars().all(is_own_lower_case) {
        return word;
    }
    buffer.clear();
    if word.is_ascii() {
        buffer.push_str(word);
        buffer.make_ascii_lowercase();
    } else if word.contains('Σ') {
        // Whole-string lowercasing knows the Greek final sigma.
        buffer.push_str(&word.to_lowercase());
    } else {
        for c in word.chars() {
            push_lowercase(c, buffer);
        }
    }
    buffer
}

/// Pushes the small form of `c` for word look-ups. The dotted capital İ
/// becomes "i", as Turkish and Azerbaijani write it, not "i" with a
/// combining dot: "İLGİLİ" reads as "ilgili".
pub fn push_lowercase(c: char, buffer: &mut String) {
    if c == 'İ' {
        buffer.push('i');
    } else {
        buffer.extend(c.to_lowercase());
    }
}

/// Whether `word` names a day of the week, in any case ("Monday",
/// "SATURDAY", "Thurs"); the three-letter forms are left out, being
/// words too ("Sat", "Sun", "Wed").
pub fn is_weekday_name(word: &str) -> bool {
    word.len() > 3
        && date_pattern::WEEKDAYS
            .iter()
            .any(|day| day.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_lexicon_fits_the_nearest_cache() {
        // The word pass looks every word up: 32 KB is a first-level data
        // cache, and the table must leave room in it for the rest.
        for language in all() {
            let size = lexicon_of(language).entries.bytes();
            assert!(size <= 16 * 1024, "{}: {size}", language.code);
        }
        // So does the undetermined language's, which holds the cue words
        // of every script.
        let size = lexicon_of(&UNDETERMINED).entries.bytes();
        assert!(size <= 16 * 1024, "und: {size}");
        // Each keeps its own stop words, and every language's cue words.
        let (en, de) = (by_code("en").unwrap(), by_code("de").unwrap());
        let the = word_hash("the");
        assert!(en.lists(lexicon_of(en).get(the, 3)));
        assert!(!de.lists(lexicon_of(de).get(the, 3)));
        assert!(de.lists(lexicon_of(de).get(word_hash("und"), 3)));
        let share = look_up("share").cues;
        assert!(!share.is_empty());
        assert_eq!(lexicon_of(de).get(word_hash("share"), 5).cues, share);
    }

    #[test]
    fn a_language_lexicon_cues_words_of_its_script_and_latin_ones() {
        let (pl, ru) = (by_code("pl").unwrap(), by_code("ru").unwrap());
        let cues =
            |language, word: &str| lexicon_of(language).get(word_hash(word), word.len()).cues;
        for word in ["share", "facebook"] {
            assert!(
                !cues(pl, word).is_empty() && !cues(ru, word).is_empty(),
                "{word}"
            );
        }
        assert!(cues(pl, "поделиться").is_empty());
        assert!(!cues(ru, "поделиться").is_empty());
        assert!(cues(ru, "シェア").is_empty());
        assert!(!cues(&UNDETERMINED, "シェア").is_empty());
    }

    #[test]
    fn chunks_are_the_bytes_asked_for_at_every_offset() {
        let text: Vec<u8> = (1..=20).collect();
        for len in 0..=text.len() {
            let bytes = &text[..len];
            for at in 0..=len {
                for end in at..=len.min(at + 8) {
                    let mut expected = [0u8; 8];
                    expected[..end - at].copy_from_slice(&bytes[at..end]);
                    let chunk = load_chunk(bytes, at, end);
                    assert_eq!(chunk, u64::from_le_bytes(expected), "{len} {at} {end}");
                }
            }
        }
    }

    #[test]
    fn words_are_runs_of_letters_and_digits() {
        let words: Vec<&str> = words_of("«Zoë’s» 3,5 km—naïve… ΣΟΦΙΑ, 東京").collect();
        assert_eq!(
            words,
            ["Zoë", "s", "3", "5", "km", "naïve", "ΣΟΦΙΑ", "東京"]
        );
        assert_eq!(words_of("").count(), 0);
        assert_eq!(words_of(" -- ").count(), 0);
    }

    #[test]
    fn words_are_the_alphanumeric_runs_wherever_the_text_starts() {
        // The words as `char::is_alphanumeric` splits them, from every
        // character of a text that mixes scripts, signs and their runs.
        let text = "Abcdefghijklmnop,q  ÉTÉ12345678x\tNaïvetés—«Ωmega» ━━━ ...\
                    2019-11-20 wordsplitting9 z";
        for start in 0..text.len() {
            let Some(text) = text.get(start..) else {
                continue;
            };
            let expected: Vec<&str> = text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            assert_eq!(words_of(text).collect::<Vec<_>>(), expected, "{text:?}");
        }
    }

    #[test]
    fn runs_of_one_symbol_end_at_the_last_whole_copy() {
        let rule = "━".repeat(40);
        for (text, at, end) in [
            (format!("{rule}x"), 0, 120),
            (format!("a{rule}"), 1, 121),
            // "━" and "┃" share their first two bytes.
            ("━━┃━".to_owned(), 0, 6),
            ("••".to_owned(), 0, 6),
        ] {
            let width = text[at..].chars().next().unwrap().len_utf8();
            assert_eq!(end_of_repeats(text.as_bytes(), at, width), end, "{text}");
        }
        let text = format!("{rule}word{rule}━ two");
        let words: Vec<&str> = words_of(&text).collect();
        assert_eq!(words, ["word", "two"]);
    }

    #[test]
    fn word_characters_are_the_alphanumeric_ones() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_number(c), c.is_numeric(), "{c:?}");
        }
    }

    #[test]
    fn ascii_words_hash_as_their_lower_case() {
        for word in [
            "the",
            "The",
            "THE",
            "Covid19",
            "x",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
        ] {
            assert_eq!(
                ascii_word_hash(word),
                word_hash(&word.to_ascii_lowercase()),
                "{word}"
            );
        }
    }

    #[test]
    fn lowercase_letters_are_their_own_lower_case() {
        // The word pass hashes a lowercase letter as it is, and `lowercase`
        // borrows a word of small letters and other characters.
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            if c.is_lowercase() {
                assert!(c.to_lowercase().eq([c]), "{c:?}");
            }
            if is_own_lower_case(c) {
                assert!(c.to_lowercase().eq([c]), "{c:?}");
            }
        }
        let mut buffer = String::new();
        assert_eq!(lowercase("материалы", &mut buffer), "материалы");
        assert_eq!(lowercase("Материалы", &mut buffer), "материалы");
        assert_eq!(lowercase("ΣΟΦΙΑ", &mut buffer), "σοφια");
    }

    #[test]
    fn every_list_loads_and_is_lowercase() {
        for &(code, _, list) in SOURCES {
            let words: Vec<&str> = list
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .collect();
            assert!(words.len() >= 100, "{code} has only {} words", words.len());
            for w in words {
                assert_eq!(w, w.to_lowercase(), "{code}: {w}");
            }
        }
    }

    #[test]
    fn detects_common_languages() {
        let samples = [
            (
                "en",
                "The council said that it would not be able to open the new school before the end of the year.",
            ),
            (
                "de",
                "Der Rat sagte, dass er die neue Schule nicht vor dem Ende des Jahres eröffnen könne, weil noch Geld fehlt.",
            ),
            (
                "es",
                "El consejo dijo que no podría abrir la nueva escuela antes del final del año, porque todavía falta dinero.",
            ),
            (
                "fr",
                "Le conseil a dit qu'il ne pourrait pas ouvrir la nouvelle école avant la fin de l'année, faute d'argent.",
            ),
            (
                "sl",
                "Svet je sporočil, da nove šole ne bo mogel odpreti pred koncem leta, ker še vedno ni denarja za opremo.",
            ),
            (
                "hr",
                "Vijeće je objavilo da novu školu neće moći otvoriti prije kraja godine jer još uvijek nema novca za opremu.",
            ),
            (
                "bg",
                "Съветът съобщи, че новото училище няма да бъде открито преди края на годината, защото все още няма пари.",
            ),
            (
                "ca",
                "El consell va dir que no podria obrir la nova escola abans del final de l'any, perquè encara hi falten diners.",
            ),
            (
                "ru",
                "Совет сообщил, что новую школу не удастся открыть до конца года, потому что на оборудование ещё нет денег.",
            ),
            // Slovak and Czech share many short words; each has its own.
            (
                "sk",
                "Rada uviedla, že novú školu nebude možné otvoriť pred koncom roka, pretože na vybavenie ešte nie sú peniaze.",
            ),
            (
                "cs",
                "Rada uvedla, že novou školu nebude možné otevřít před koncem roku, protože na vybavení ještě nejsou peníze.",
            ),
        ];
        for (code, text) in samples {
            assert_eq!(detect(std::iter::once(text)).code, code, "{text}");
        }
    }

    #[test]
    fn turkish_is_detected_from_its_few_stop_words() {
        // One stop word ("bir", "ve") in some twenty words: under the share
        // other languages need.
        let text = "Basketbol Süper Ligi'nin 24. haftasında Tuzlakent Basket, kendi \
                    sahasında Karaçam Spor'u uzatmaya giden nefes kesici bir maçın \
                    ardından 97-93 yendi. Ev sahibi ekip son çeyrekte farkı kapattı ve \
                    uzatmada öne geçti.";
        assert_eq!(detect(std::iter::once(text)).code, "tr");
    }

    #[test]
    fn text_without_known_words_is_undetermined() {
        assert_eq!(
            detect(std::iter::once("北京市政府周一表示，新学校将于明年开学。")).code,
            "und"
        );
        assert_eq!(detect(std::iter::empty()).code, "und");
    }
}
