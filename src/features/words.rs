//! The word pass: one scan over a block's bytes that counts its words,
//! their case, digits and stop words, hashes them for repetition, gathers
//! the lexicon's cues and counts sentence ends. Everything word-based in a
//! block's features comes from this one pass, which is most of the time
//! spent on text.

use std::hash::Hasher;

use rustc_hash::FxHasher;

use super::window::{WINDOW, Window};
use crate::lang::phrases::{self, PHRASES, PhraseSite};
use crate::lang::{self, Cues, Language, Lexicon, WordInfo};

/// What the word pass finds in a block.
#[derive(Debug, Default, Clone, Copy)]
pub struct WordStats {
    /// Words, except those of scripts written without spaces.
    pub words: u32,
    /// Words that are stop words of the page's language.
    pub stopwords: u32,
    /// Words with a cased letter; of them, those that start with a capital,
    /// and those of two or more capitals and no small letter.
    pub cased: u32,
    pub capitalised: u32,
    pub all_caps: u32,
    /// Characters of words; of them, digits and characters of scripts
    /// written without spaces.
    pub alnum_chars: u32,
    pub digits: u32,
    pub unspaced_chars: u32,
    /// Hash of the lowercase words in order; [`EMPTY_KEY`] when there are none.
    pub key: u64,
    /// Cues of the block's words: phrase and date cues of any word, the
    /// opening cue of the first word only, the closing cue of the last.
    pub cues: Cues,
    /// The block has what an address needs: '@', "://", "www." or an
    /// address ending such as ".com" after a dot.
    pub may_hold_address: bool,
    /// The block may have "ookie" or "OOKIE", which a cookie notice needs:
    /// an ASCII word has it, or a word with other letters has a 'k'.
    pub may_say_cookie: bool,
    /// The block has a '/', which a photo credit needs, or a '|', which
    /// some credits part their names with instead.
    pub has_slash: bool,
    pub has_pipe: bool,
    /// Words that alone are lone-word phrases ([`Cues::PHRASE_LONE`]),
    /// and their characters.
    pub lone_phrase_words: u32,
    pub lone_phrase_chars: u32,
    /// The first word is such a word, and a colon or a bar may follow it:
    /// then it is a label ("Advertise: ...", "Sponsored | ..."), which
    /// counts whatever its share.
    pub may_open_with_label: bool,
    /// The cues of the block's first word.
    pub first_word_cues: Cues,
    /// The block has a colon: ':', or the wide '：' of Chinese and
    /// Japanese.
    pub has_colon: bool,
    /// The block has a tab or two spaces in a row, which part the cells of
    /// a table row.
    pub cell_gap: bool,
    /// The block's last word ends a picture agency's name
    /// ([`Cues::AGENCY_END`]).
    pub ends_with_agency_word: bool,
    /// The block is all ASCII.
    pub ascii: bool,
    /// Sentence-ending marks, as [`super::ends_sentence_at`] and
    /// [`super::is_wide_stop`] tell them.
    pub sentence_ends: u32,
    /// The block has a date shape without a [`Cues::DATE`] word: numbers
    /// joined as in "2019-11-20", "4/10/19", "4.10.19" or "10:30"; a time
    /// such as "5pm" or "5 a.m."; or a word mixing ASCII and other
    /// letters, in which the date pattern's ASCII word edges may see a
    /// word of its own.
    pub date_shape: bool,
    /// The block has a triangle pointing up or down ('▲', '▼'), which
    /// widgets put before a change.
    pub up_or_down: bool,
    /// The block has the dotted capital 'İ', whose two bytes lowercase to
    /// the one of "i": phrase sites' byte offsets do not hold in it.
    pub dotted_capital_i: bool,
}

impl WordStats {
    /// Whether the phrase search can find anything in the block: some word
    /// (or glyph) cues a phrase, or its lone-word phrases may make up
    /// enough of it to count.
    pub fn may_hold_phrase(&self) -> bool {
        self.cues
            .intersects(Cues::PHRASE | Cues::PHRASE_OPENING | Cues::PHRASE_CLOSING)
            || self.may_open_with_label
            || self.lone_phrase_words > 0
                && PHRASES.lone_words_may_count(
                    self.lone_phrase_words,
                    self.lone_phrase_chars,
                    self.alnum_chars,
                )
    }

    /// Whether the date pattern can find anything in the block.
    pub fn may_hold_date(&self) -> bool {
        self.cues.contains(Cues::DATE) || self.date_shape
    }
}

/// The most phrase sites noted in a block: bounds the memory a huge block
/// of cue words takes (see [`Pass::note_site`]).
const MAX_SITES: usize = 2 * crate::params::PHRASE_MAX_BYTES;

/// The key of a block without words.
pub const EMPTY_KEY: u64 = 0;

/// A one in each byte, and the top bit of each byte: the masks of the
/// eight-bytes-at-a-time tests.
const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = ONES * 0x80;

/// One word's counts, and its entry in the lexicon.
struct Word {
    hash: u64,
    info: WordInfo,
    upper: u32,
    lower: u32,
    unspaced: u32,
    first_upper: bool,
}

/// Runs the word pass over `text` for a page in `language`.
///
/// The block is read a [`Window`] at a time. Words of ASCII letters and
/// digits, most words of most pages, are found, hashed and counted from
/// the window's masks. Words with other letters, words that run on past
/// the window and non-ASCII signs take the character-by-character path.
/// The marks ('@', ':', '/', '-', '.', 'k') are looked at where they are.
/// The [`PhraseSite`]s of the block's phrase cues are put in `sites`.
pub fn scan(
    text: &str,
    language: &Language,
    buffer: &mut String,
    sites: &mut Vec<PhraseSite>,
) -> WordStats {
    let bytes = text.as_bytes();
    sites.clear();
    let mut pass = Pass::new(language, sites);
    let mut at = 0;
    while at < bytes.len() {
        let window = Window::new(bytes, at);
        pass.look_at_marks(text, at, window.marks);
        pass.non_ascii |= window.non_ascii != 0;
        let alnum = window.alnum();
        let mut todo = (alnum & !(alnum << 1)) | window.non_ascii;
        // The bytes of the window's ASCII words, counted once at its end.
        let mut word_bytes = 0u64;
        let mut next = at + WINDOW;
        while todo != 0 {
            let offset = todo.trailing_zeros() as usize;
            let start = at + offset;
            let end = if window.non_ascii >> offset & 1 == 0 {
                let len = (!(alnum >> offset)).trailing_zeros() as usize;
                let after = offset + len;
                if after == WINDOW && offset > 0 {
                    // The word may go on past the window: read it in the
                    // next one, which starts with it.
                    next = start;
                    break;
                }
                if after < WINDOW
                    && (window.non_ascii >> after & 1 == 0
                        || !lang::is_word_char(char_at(text, start + len)))
                {
                    word_bytes |= (u64::MAX >> (WINDOW - len)) << offset;
                    pass.window_word(&window, offset, len, start, bytes);
                    start + len
                } else {
                    pass.other_word(text, start, buffer)
                }
            } else {
                let c = char_at(text, start);
                if lang::is_word_char(c) {
                    pass.other_word(text, start, buffer)
                } else {
                    let end = lang::end_of_repeats(bytes, start, c.len_utf8());
                    pass.wide_colon |= c == '：';
                    pass.stats.up_or_down |= matches!(c, '▲' | '▼');
                    if PHRASES.cues_glyph(c) {
                        pass.stats.cues |= Cues::PHRASE;
                        for at in (start..end).step_by(c.len_utf8()) {
                            pass.note_site(phrases::glyph_key(c), at);
                        }
                    }
                    if super::is_wide_stop(c) {
                        pass.stats.sentence_ends += ((end - start) / c.len_utf8()) as u32;
                    }
                    end
                }
            };
            if end >= at + WINDOW {
                next = end;
                break;
            }
            todo &= u64::MAX << (end - at);
        }
        pass.stats.alnum_chars += word_bytes.count_ones();
        pass.stats.digits += (word_bytes & window.digit).count_ones();
        at = next;
    }
    pass.finish()
}

/// The word pass's running state over one block.
struct Pass<'l> {
    stats: WordStats,
    sites: &'l mut Vec<PhraseSite>,
    language: &'l Language,
    lexicon: &'static Lexicon,
    key: FxHasher,
    any_word: bool,
    first_word_lone: bool,
    last_cues: Cues,
    previous_hash: Option<u64>,
    non_ascii: bool,
    colon: bool,
    wide_colon: bool,
}

impl<'l> Pass<'l> {
    fn new(language: &'l Language, sites: &'l mut Vec<PhraseSite>) -> Pass<'l> {
        Pass {
            stats: WordStats::default(),
            sites,
            language,
            lexicon: lang::lexicon_of(language),
            key: FxHasher::default(),
            any_word: false,
            first_word_lone: false,
            last_cues: Cues::empty(),
            previous_hash: None,
            non_ascii: false,
            colon: false,
            wide_colon: false,
        }
    }

    /// Notes what the marks at the set bits of `marks`, in the window at
    /// byte `at`, tell. Windows overlap only on words, where the one mark
    /// is 'k', whose note is a flag: so no count counts a mark twice.
    fn look_at_marks(&mut self, text: &str, at: usize, mut marks: u64) {
        let bytes = text.as_bytes();
        while marks != 0 {
            let i = at + marks.trailing_zeros() as usize;
            marks &= marks - 1;
            let stats = &mut self.stats;
            match bytes[i] {
                // "ookie" is what a cookie notice needs, in any word.
                b'k' | b'K' => {
                    stats.may_say_cookie |= i >= 2
                        && (bytes[i - 2..].starts_with(b"ookie")
                            || bytes[i - 2..].starts_with(b"OOKIE"));
                }
                b'@' => stats.may_hold_address = true,
                b'\t' | b' ' => stats.cell_gap = true,
                b'|' => stats.has_pipe = true,
                b'!' | b'?' => stats.sentence_ends += super::ends_sentence_at(text, i) as u32,
                joiner => {
                    if joins_date_numbers(bytes, i) {
                        stats.date_shape = true;
                    }
                    match joiner {
                        b':' => {
                            self.colon = true;
                            stats.may_hold_address |= bytes[i + 1..].starts_with(b"//");
                        }
                        b'/' => stats.has_slash = true,
                        b'.' => {
                            stats.sentence_ends += super::ends_sentence_at(text, i) as u32;
                            stats.may_hold_address |=
                                super::starts_with_address_ending(&bytes[i..])
                                    || bytes[..i].ends_with(b"www");
                        }
                        _ => {}
                    }
                }
            }
        }
    }

    /// The ASCII word of `len` bytes at `offset` in `window`, byte `start`
    /// of the block: hashed lowercase from the window's chunks, its case
    /// read off the masks. Its characters and digits are counted with the
    /// rest of the window's words.
    #[inline]
    fn window_word(
        &mut self,
        window: &Window,
        offset: usize,
        len: usize,
        start: usize,
        bytes: &[u8],
    ) {
        let lowercase = lang::lowercase_alnum_chunk;
        let mut hash = lang::WordHash::default();
        let mut done = 0;
        while len - done > 8 {
            hash.add(lowercase(window.chunk(offset + done)));
            done += 8;
        }
        let last = window.chunk(offset + done) & (u64::MAX >> (8 * (8 - (len - done))));
        hash.add(lowercase(last));
        let hash = hash.finish(len);
        let info = self.lexicon.get(hash, len);
        let word = (u64::MAX >> (WINDOW - len)) << offset;
        let (upper, lower) = (window.upper & word, window.lower & word);
        if window.digit >> offset & 1 != 0 && before_am_or_pm(bytes, start, start + len) {
            self.stats.date_shape = true;
        }
        self.add(hash, info, start, len as u32, bytes, start + len);
        let stats = &mut self.stats;
        stats.words += 1;
        if upper | lower != 0 {
            stats.cased += 1;
            stats.capitalised += (upper >> offset & 1) as u32;
            stats.all_caps += (lower == 0 && upper & (upper - 1) != 0) as u32;
        }
        stats.stopwords += self.language.lists(info) as u32;
    }

    /// The word at `start` that the window cannot take: one with non-ASCII
    /// letters, or one that runs past the window. Returns where it ends.
    /// A non-ASCII character at `start` is a letter or digit.
    fn other_word(&mut self, text: &str, start: usize, buffer: &mut String) -> usize {
        let bytes = text.as_bytes();
        let chars_before = self.stats.alnum_chars;
        // Only a word that starts in ASCII may be all ASCII.
        let run = (bytes[start] < 0x80).then(|| ascii_run(bytes, start));
        let (word, end) = match run {
            Some(run)
                if bytes.get(run.end).is_none_or(|&b| b < 0x80)
                    || !lang::is_word_char(char_at(text, run.end)) =>
            {
                let end = run.end;
                (
                    ascii_word(bytes, start, run, self.lexicon, &mut self.stats),
                    end,
                )
            }
            _ => {
                self.non_ascii = true;
                unicode_word(text, start, self.lexicon, buffer, &mut self.stats)
            }
        };
        if bytes[start].is_ascii_digit() && before_am_or_pm(bytes, start, end) {
            self.stats.date_shape = true;
        }
        let chars = self.stats.alnum_chars - chars_before;
        self.add(word.hash, word.info, start, chars, bytes, end);
        let stats = &mut self.stats;
        if word.unspaced > 0 {
            stats.unspaced_chars += word.unspaced;
            return end;
        }
        stats.words += 1;
        if word.upper + word.lower > 0 {
            stats.cased += 1;
            stats.capitalised += word.first_upper as u32;
            stats.all_caps += (word.lower == 0 && word.upper >= 2) as u32;
        }
        stats.stopwords += self.language.lists(word.info) as u32;
        end
    }

    /// What every word adds, whatever path found it: its hash to the key,
    /// and its cues and their sites. It starts at byte `start`; `chars`
    /// are its characters; it ends at byte `end` of `bytes`.
    #[inline(always)]
    fn add(
        &mut self,
        hash: u64,
        info: WordInfo,
        start: usize,
        chars: u32,
        bytes: &[u8],
        end: usize,
    ) {
        self.key.write_u64(hash);
        if !self.any_word {
            self.stats.cues |= info.cues & Cues::PHRASE_OPENING;
            self.stats.first_word_cues = info.cues;
            self.first_word_lone = info.cues.contains(Cues::PHRASE_LONE);
            self.any_word = true;
        }
        // Most words cue nothing.
        if !info.cues.is_empty() {
            self.stats.cues |= info.cues & (Cues::PHRASE | Cues::DATE);
            if info.cues.intersects(Cues::PHRASE_WORD) {
                self.note_site(phrases::word_key(hash), start);
            }
            if info.cues.contains(Cues::PHRASE_LONE) {
                self.stats.lone_phrase_words += 1;
                self.stats.lone_phrase_chars += chars;
            }
            let pair = self
                .previous_hash
                .filter(|&first| {
                    info.cues.contains(Cues::PHRASE_PAIR)
                        && self.lexicon.is_phrase_pair(first, hash)
                })
                .map(|first| phrases::pair_key(first, hash));
            if let Some(key) = pair {
                self.note_site(key, start);
            }
            if pair.is_some()
                || info.cues.contains(Cues::PHRASE_COLON)
                    && phrases::colon_ends(bytes, end).is_some()
            {
                self.stats.cues |= Cues::PHRASE;
            }
        }
        self.previous_hash = Some(hash);
        self.last_cues = info.cues;
    }

    /// Notes a phrase cue with `key` at byte `start`. A block short enough
    /// for the phrase search has fewer sites than [`MAX_SITES`]: at most
    /// two per word (its own and its pair's) and one per glyph.
    fn note_site(&mut self, key: u64, start: usize) {
        if self.sites.len() < MAX_SITES {
            self.sites.push(PhraseSite { key, start });
        }
    }

    fn finish(self) -> WordStats {
        let mut stats = self.stats;
        stats.cues |= self.last_cues & Cues::PHRASE_CLOSING;
        stats.ends_with_agency_word = self.last_cues.contains(Cues::AGENCY_END);
        stats.ascii = !self.non_ascii;
        // A colon is ':' or the non-ASCII '：'; a bar marks a label too.
        stats.may_open_with_label =
            self.first_word_lone && (self.colon || stats.has_pipe || self.non_ascii);
        stats.has_colon = self.colon || self.wide_colon;
        stats.key = if self.any_word {
            self.key.finish() | 1
        } else {
            EMPTY_KEY
        };
        stats
    }
}

/// A run of ASCII letters and digits: where it ends, the hash of its
/// lowercase form, and its letters.
struct AsciiRun {
    end: usize,
    hash: u64,
    letters: u32,
    lower: u32,
    has_k: bool,
}

/// The run of ASCII letters and digits at `start`, read eight bytes at a
/// time: each chunk is tested, counted and hashed at once.
#[inline]
fn ascii_run(bytes: &[u8], start: usize) -> AsciiRun {
    let mut hash = lang::WordHash::default();
    let (mut letters, mut lower, mut has_k) = (0u32, 0u32, false);
    let mut at = start;
    loop {
        // Past the end, `load_chunk` reads zeros, which end the run.
        let chunk = lang::load_chunk(bytes, at, bytes.len());
        let others = !ascii_alnum_bytes(chunk) & HIGH;
        let taken = if others == 0 {
            8
        } else {
            (others.trailing_zeros() / 8) as usize
        };
        if taken == 0 {
            break;
        }
        let kept = if taken == 8 {
            u64::MAX
        } else {
            (1u64 << (8 * taken)) - 1
        };
        let chunk = chunk & kept;
        // Letters have the 0x40 bit, lowercase letters 0x20 too, digits
        // only 0x20; so setting 0x20 in every byte lowercases the word.
        let letter_bits = chunk & (ONES * 0x40);
        let lower_bits = letter_bits & (chunk << 1);
        // At most one bit a byte: a multiplication sums them.
        letters += ((letter_bits >> 6).wrapping_mul(ONES) >> 56) as u32;
        lower += ((lower_bits >> 6).wrapping_mul(ONES) >> 56) as u32;
        let lowercase = chunk | ((ONES * 0x20) & kept);
        has_k |= has_byte(lowercase, b'k');
        hash.add(lowercase);
        at += taken;
        if taken < 8 {
            break;
        }
    }
    AsciiRun {
        end: at,
        hash: hash.finish(at - start),
        letters,
        lower,
        has_k,
    }
}

/// The ASCII word `bytes[start..run.end]`, which is the whole `run`: its
/// counts and its entry in the lexicon.
#[inline]
fn ascii_word(
    bytes: &[u8],
    start: usize,
    run: AsciiRun,
    lexicon: &Lexicon,
    stats: &mut WordStats,
) -> Word {
    let length = (run.end - start) as u32;
    stats.alnum_chars += length;
    stats.digits += length - run.letters;
    // "ookie" has a 'k': only a word with one is searched.
    if run.has_k {
        let word = &bytes[start..run.end];
        stats.may_say_cookie |= word.windows(5).any(|w| w == b"ookie" || w == b"OOKIE");
    }
    Word {
        hash: run.hash,
        info: lexicon.get(run.hash, run.end - start),
        upper: run.letters - run.lower,
        lower: run.lower,
        unspaced: 0,
        first_upper: bytes[start].is_ascii_uppercase(),
    }
}

/// The top bit of each byte of `chunk` that is an ASCII letter or digit,
/// found for all eight bytes at once: `t + (0x80 - lo)` sets a byte's top
/// bit when its low seven bits `t` are at least `lo`, and no sum carries
/// into the next byte.
#[inline]
fn ascii_alnum_bytes(chunk: u64) -> u64 {
    let in_range = |t: u64, lo: u8, hi: u8| {
        let at_least_lo = t + ONES * (0x80 - lo) as u64;
        let above_hi = t + ONES * (0x7f - hi) as u64;
        at_least_lo & !above_hi & HIGH
    };
    let low7 = chunk & !HIGH;
    let digits = in_range(low7, b'0', b'9');
    let letters = in_range(low7 | (ONES * 0x20), b'a', b'z');
    // Bytes with the top bit set are not ASCII.
    (digits | letters) & !chunk
}

/// Whether the word `bytes[start..end]`, which starts with a digit, starts
/// a time such as "5pm", "11 a.m." or "5 AM": one or two digits, then
/// (after spaces, if the word ends there) "am" or "pm", with or without a
/// dot after the "a" or "p".
fn before_am_or_pm(bytes: &[u8], start: usize, end: usize) -> bool {
    let digits = bytes[start..end]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    if digits > 2 {
        return false;
    }
    let mut at = start + digits;
    if at == end {
        while matches!(bytes.get(at), Some(b' ' | b'\t')) {
            at += 1;
        }
    }
    if !matches!(bytes.get(at), Some(b'a' | b'A' | b'p' | b'P')) {
        return false;
    }
    let m = if bytes.get(at + 1) == Some(&b'.') {
        at + 2
    } else {
        at + 1
    };
    matches!(bytes.get(m), Some(b'm' | b'M'))
}

/// Whether the '-', '/', '.' or ':' at byte `at` joins numbers as dates
/// and times do: "2019-11-20" (four digits, two, then another '-'),
/// "4/10/19" and "4.10.19" (one or two digits, then another '/' or '.'),
/// "10:30" (two digits after the ':'), and "14. 3. 2025" as Czech, Slovak
/// and Croatian pages print dates (a day, a month, then four digits).
fn joins_date_numbers(bytes: &[u8], at: usize) -> bool {
    let digit = |k: usize| bytes.get(k).is_some_and(u8::is_ascii_digit);
    let joiner = |k: usize| matches!(bytes.get(k), Some(b'.' | b'/'));
    if at == 0 || !digit(at - 1) {
        return false;
    }
    if bytes[at] == b'.' && bytes.get(at + 1) == Some(&b' ') {
        let month = at + 2 + (at + 2..at + 4).take_while(|&k| digit(k)).count();
        return month > at + 2
            && bytes.get(month) == Some(&b'.')
            && bytes.get(month + 1) == Some(&b' ')
            && (month + 2..month + 6).all(digit);
    }
    if !digit(at + 1) {
        return false;
    }
    match bytes[at] {
        b'-' => {
            at >= 4 && (at - 4..at).all(digit) && digit(at + 2) && bytes.get(at + 3) == Some(&b'-')
        }
        b':' => digit(at + 2),
        _ => joiner(at + 2) || digit(at + 2) && joiner(at + 3),
    }
}

/// Whether one of the eight bytes of `chunk` is `byte` (the classic
/// has-zero-byte test on `chunk ^ byte`; zero bytes of a short chunk never
/// match a letter).
#[inline]
fn has_byte(chunk: u64, byte: u8) -> bool {
    let x = chunk ^ (ONES * byte as u64);
    x.wrapping_sub(ONES) & !x & HIGH != 0
}

/// The word that starts at `start` and holds a non-ASCII letter or digit:
/// its counts, its lower case looked up in the lexicon, and where it ends.
fn unicode_word(
    text: &str,
    start: usize,
    lexicon: &Lexicon,
    buffer: &mut String,
    stats: &mut WordStats,
) -> (Word, usize) {
    // Most such words are Cyrillic, Greek, Latin-1 or Han, kana or Hangul:
    // read them without decoding every character or building their lower
    // case in `buffer`.
    if let Some(found) = common_unicode_word(text, start, lexicon, stats) {
        return found;
    }
    any_unicode_word(text, start, lexicon, buffer, stats)
}

/// [`unicode_word`] for a word of ASCII letters and digits, the letters
/// of [`two_byte_letter`] and the three-byte letters of scripts written
/// without spaces; `None`, having counted nothing, for a word with any
/// other letter or digit.
///
/// Their lower case goes straight into the hash, which is
/// [`lang::word_hash`] of the lowercase word.
#[inline]
fn common_unicode_word(
    text: &str,
    start: usize,
    lexicon: &Lexicon,
    stats: &mut WordStats,
) -> Option<(Word, usize)> {
    let bytes = text.as_bytes();
    let mut lowercase = ChunkedHash::default();
    let (mut upper, mut lower, mut digits, mut unspaced) = (0u32, 0u32, 0u32, 0u32);
    let (mut ascii, mut k) = (false, false);
    let mut first_upper = false;
    let mut chars = 0u32;
    let mut at = start;
    while let Some(&b) = bytes.get(at) {
        let is_upper;
        if b < 0x80 {
            if !b.is_ascii_alphanumeric() {
                break;
            }
            ascii = true;
            k |= b | 0x20 == b'k';
            digits += b.is_ascii_digit() as u32;
            lower += b.is_ascii_lowercase() as u32;
            is_upper = b.is_ascii_uppercase();
            lowercase.push(u64::from(b.to_ascii_lowercase()), 1);
            at += 1;
        } else if let Some((capital, small)) = two_byte_letter(two_byte_code(bytes, at)) {
            is_upper = capital;
            lower += !capital as u32;
            // The UTF-8 of `small`, first byte lowest.
            let encoded = u64::from(0xc0 | small >> 6) | u64::from(0x80 | small & 0x3f) << 8;
            lowercase.push(encoded, 2);
            at += 2;
        } else {
            let c = char_at(text, at);
            if !lang::is_word_char(c) {
                break;
            }
            // Letters of scripts without spaces have no case.
            if c.len_utf8() != 3 || !is_unspaced_script(c) {
                return None;
            }
            is_upper = false;
            unspaced += 1;
            let encoded = bytes[at..at + 3]
                .iter()
                .rev()
                .fold(0, |chunk, &b| chunk << 8 | u64::from(b));
            lowercase.push(encoded, 3);
            at += 3;
        }
        if chars == 0 {
            first_upper = is_upper;
        }
        chars += 1;
        upper += is_upper as u32;
    }
    let len = lowercase.len;
    let hash = lowercase.finish();
    stats.alnum_chars += chars;
    stats.digits += digits;
    stats.date_shape |= ascii;
    stats.may_say_cookie |= k;
    let word = Word {
        hash,
        info: lexicon.get(hash, len),
        upper,
        lower,
        unspaced,
        first_upper,
    };
    Some((word, at))
}

/// The code point of the character at `bytes[at]`, when it is two bytes
/// long; otherwise a code point that no two-byte character has.
#[inline]
fn two_byte_code(bytes: &[u8], at: usize) -> u32 {
    match bytes[at..] {
        [lead @ 0xc0..=0xdf, next, ..] => u32::from(lead & 0x1f) << 6 | u32::from(next & 0x3f),
        _ => 0,
    }
}

/// [`lang::WordHash`] fed a few bytes at a time.
#[derive(Default)]
struct ChunkedHash {
    hash: lang::WordHash,
    chunk: u64,
    filled: u32,
    len: usize,
}

impl ChunkedHash {
    /// Adds the `n` bytes (one to seven) of `value`, first byte lowest.
    #[inline]
    fn push(&mut self, value: u64, n: u32) {
        // Bytes past the chunk's eighth fall off here, and start the next.
        self.chunk |= value << (8 * self.filled);
        self.filled += n;
        self.len += n as usize;
        if self.filled >= 8 {
            self.hash.add(self.chunk);
            self.filled -= 8;
            self.chunk = value >> (8 * (n - self.filled));
        }
    }

    #[inline]
    fn finish(mut self) -> u64 {
        if self.filled > 0 {
            self.hash.add(self.chunk);
        }
        self.hash.finish(self.len)
    }
}

/// Whether the two-byte character `code` is a capital, and its lower
/// case (itself for a small letter), for the letters whose case a range
/// and an offset tell: Latin-1, basic Greek but Σ (which lowercases by
/// its place in the word) and most Cyrillic. `None` for any other
/// character. Each lower case is again two bytes long.
#[inline]
fn two_byte_letter(code: u32) -> Option<(bool, u32)> {
    // Basic Cyrillic first: most such letters are.
    if (0x400..=0x45f).contains(&code) {
        return Some(match code {
            0x400..=0x40f => (true, code + 0x50),
            0x410..=0x42f => (true, code + 0x20),
            _ => (false, code),
        });
    }
    let capital = |offset: u32| Some((true, code + offset));
    let small = Some((false, code));
    match code {
        0xc0..=0xde if code != 0xd7 => capital(0x20),
        0xdf..=0xff if code != 0xf7 => small,
        0x391..=0x3a1 | 0x3a4..=0x3a9 => capital(0x20),
        0x3ac..=0x3ce => small,
        // Capitals and small letters in turn.
        0x460..=0x481 | 0x48a..=0x4bf | 0x4d0..=0x52f if code.is_multiple_of(2) => capital(1),
        0x460..=0x481 | 0x48a..=0x4bf | 0x4d0..=0x52f => small,
        _ => None,
    }
}

/// [`unicode_word`] for any word, its lower case built in `buffer`.
fn any_unicode_word(
    text: &str,
    start: usize,
    lexicon: &Lexicon,
    buffer: &mut String,
    stats: &mut WordStats,
) -> (Word, usize) {
    let mut word = Word {
        hash: 0,
        info: WordInfo::default(),
        upper: 0,
        lower: 0,
        unspaced: 0,
        first_upper: false,
    };
    buffer.clear();
    let mut sigma = false;
    let mut end = start;
    for c in text[start..].chars() {
        if !lang::is_word_char(c) {
            break;
        }
        if end == start {
            word.first_upper = c.is_uppercase();
        }
        end += c.len_utf8();
        stats.alnum_chars += 1;
        if c.is_ascii() {
            stats.date_shape = true;
            stats.may_say_cookie |= c == 'k' || c == 'K';
            match c {
                'a'..='z' => word.lower += 1,
                'A'..='Z' => word.upper += 1,
                _ => stats.digits += 1,
            }
            buffer.push(c.to_ascii_lowercase());
        // Most letters are lowercase: ask that first, numbers last.
        } else if c.is_lowercase() {
            word.lower += 1;
            buffer.push(c);
        } else {
            if c.is_uppercase() {
                word.upper += 1;
                // Σ lowercases by its place in the word: see below.
                sigma |= c == 'Σ';
                stats.dotted_capital_i |= c == 'İ';
            } else if is_unspaced_script(c) {
                word.unspaced += 1;
            } else if lang::is_number(c) {
                stats.digits += 1;
            }
            if lang::script_table::contains(c) {
                // Uncased: it lowercases to itself.
                buffer.push(c);
            } else {
                lang::push_lowercase(c, buffer);
            }
        }
    }
    if sigma {
        *buffer = text[start..end].to_lowercase();
    }
    word.hash = lang::word_hash(buffer);
    // Words of scripts without spaces take the common path, which looks
    // them up in the page's lexicon alone.
    let other_script = text[start..]
        .chars()
        .next()
        .is_some_and(|c| lang::script_table::contains(c) && !is_unspaced_script(c));
    word.info = if other_script {
        lexicon.get_other_script(word.hash, buffer.len())
    } else {
        lexicon.get(word.hash, buffer.len())
    };
    (word, end)
}

/// The character at byte `i`, a char boundary.
#[inline]
fn char_at(text: &str, i: usize) -> char {
    text[i..].chars().next().expect("i is a char boundary")
}

/// Han, kana, Thai and similar scripts, written without spaces between words.
fn is_unspaced_script(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0EFF      // Thai, Lao
        | 0x1000..=0x109F    // Myanmar
        | 0x3040..=0x30FF    // Hiragana, Katakana
        | 0x3400..=0x4DBF    // CJK Extension A
        | 0x4E00..=0x9FFF    // CJK Unified Ideographs
        | 0xAC00..=0xD7AF    // Hangul syllables (spaced, but long words)
        | 0xF900..=0xFAFF
        | 0x20000..=0x2FFFF)
}

/// The key [`scan`] gives `text`, made from its words alone, for the few
/// blocks whose copies are looked up without part of their text. A
/// second call of [`scan`] would change how the compiler inlines the hot
/// one.
pub fn key_of(text: &str, buffer: &mut String) -> u64 {
    let mut key = FxHasher::default();
    let mut any_word = false;
    for word in lang::words_of(text) {
        key.write_u64(lang::word_hash(lang::lowercase(word, buffer)));
        any_word = true;
    }
    if any_word {
        key.finish() | 1
    } else {
        EMPTY_KEY
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn english() -> &'static Language {
        lang::by_code("en").unwrap()
    }

    fn scan_en(text: &str) -> WordStats {
        scan(text, english(), &mut String::new(), &mut Vec::new())
    }

    #[test]
    fn ascii_alnum_bytes_agrees_with_the_byte_test_in_any_company() {
        // Each byte value beside every other, so a carry between bytes
        // would show.
        for a in 0..=255u8 {
            for b in 0..=255u8 {
                let chunk = u64::from_le_bytes([a, b, a, b, b, a, b, a]);
                let found = ascii_alnum_bytes(chunk).to_le_bytes();
                for (byte, flag) in [a, b, a, b, b, a, b, a].iter().zip(found) {
                    assert_eq!(flag == 0x80, byte.is_ascii_alphanumeric(), "{a} {b}");
                    assert!(flag == 0 || flag == 0x80);
                }
            }
        }
        for (text, start, end) in [
            (&b"word"[..], 0, 4),
            (b"eightish", 0, 8),
            (b"Seventeen Letters!", 10, 17),
            (b"seventeenletters!", 0, 16),
            (b"x caf\xc3\xa9", 2, 5),
        ] {
            let run = ascii_run(text, start);
            assert_eq!(run.end, end);
            let word = std::str::from_utf8(&text[start..end]).unwrap();
            assert_eq!(run.hash, lang::word_hash(&word.to_ascii_lowercase()));
            let letters = word.bytes().filter(u8::is_ascii_alphabetic).count();
            assert_eq!(run.letters as usize, letters);
        }
    }

    #[test]
    fn two_byte_letters_have_the_case_and_lower_case_of_the_standard_library() {
        let mut letters = 0;
        for c in ('\u{80}'..='\u{7ff}').chain(['\u{20}', 'a', '\u{800}', '東']) {
            let mut utf8 = [0; 4];
            let code = two_byte_code(c.encode_utf8(&mut utf8).as_bytes(), 0);
            assert_eq!(code, if c.len_utf8() == 2 { c as u32 } else { 0 }, "{c}");
            let Some((capital, small)) = two_byte_letter(code) else {
                continue;
            };
            letters += 1;
            assert!(
                lang::is_word_char(c) && c != 'Σ' && !is_unspaced_script(c),
                "{c}"
            );
            assert_eq!(c.is_uppercase(), capital, "{c}");
            assert_eq!(c.is_lowercase(), !capital, "{c}");
            let lowercase: Vec<char> = c.to_lowercase().collect();
            assert_eq!(lowercase, [char::from_u32(small).unwrap()], "{c}");
            assert_eq!(lowercase[0].len_utf8(), 2, "{c}");
        }
        assert_eq!(letters, 400);
    }

    #[test]
    fn the_common_letters_path_agrees_with_the_general_one() {
        // Letters the fast path takes, and its edges: letters it leaves
        // to the general path (Σ, İ, Ǆ, ŉ, µ, Arabic and Devanagari
        // letters and digits, a letter of four bytes) and signs that end
        // words.
        let pool: Vec<char> = "aZk9K0 ÀÞßÿ×÷ΑΩΣσςάΆЀЏАЯабяѐџѠѡҊҋӀӁӂӐӑԯ\
             İıǄǅǆŉµªºⅫ١अ०ๆ๑ก北東京の한글ー・ゝ𠀀\u{301}\u{e31}—»…-.'"
            .chars()
            .collect();
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        let lexicon = lang::lexicon_of(english());
        let mut taken = 0;
        for _ in 0..200_000 {
            let length = 1 + next(12);
            let text: String = (0..length).map(|_| pool[next(pool.len())]).collect();
            let Some(start) = text.find(|c: char| lang::is_word_char(c)) else {
                continue;
            };
            let mut fast_stats = WordStats::default();
            let Some((fast, fast_end)) =
                common_unicode_word(&text, start, lexicon, &mut fast_stats)
            else {
                continue;
            };
            taken += 1;
            let mut stats = WordStats::default();
            let (word, end) =
                any_unicode_word(&text, start, lexicon, &mut String::new(), &mut stats);
            assert_eq!(fast_end, end, "{text:?}");
            assert_eq!(
                (
                    fast.hash,
                    fast.upper,
                    fast.lower,
                    fast.unspaced,
                    fast.first_upper
                ),
                (
                    word.hash,
                    word.upper,
                    word.lower,
                    word.unspaced,
                    word.first_upper
                ),
                "{text:?}"
            );
            assert_eq!(fast.info.languages, word.info.languages, "{text:?}");
            assert_eq!(fast.info.cues, word.info.cues, "{text:?}");
            assert_eq!(format!("{fast_stats:?}"), format!("{stats:?}"), "{text:?}");
        }
        assert!(taken > 50_000, "{taken}");
    }

    #[test]
    fn unspaced_letters_have_no_case() {
        for c in ('\u{800}'..='\u{ffff}').filter(|&c| is_unspaced_script(c)) {
            if lang::is_word_char(c) {
                assert!(!c.is_lowercase() && !c.is_uppercase(), "{c}");
                assert!(c.to_lowercase().eq([c]), "{c}");
            }
        }
    }

    #[test]
    fn counts_words_case_and_stop_words() {
        let s = scan_en("The NASA probe said 42 things about Zoë’s café.");
        // The, NASA, probe, said, 42, things, about, Zoë, s, café
        assert_eq!(s.words, 10);
        assert_eq!(s.cased, 9);
        assert_eq!(s.capitalised, 3);
        assert_eq!(s.all_caps, 1);
        assert_eq!(s.digits, 2);
        assert!(s.stopwords >= 3, "{}", s.stopwords);
    }

    #[test]
    fn a_key_made_from_the_words_alone_is_the_scans() {
        for text in [
            "Why not just use logrotate?",
            "Scheduling it with cron",
            "Zoë’s café: the 2nd time — in Москва",
            "Ǆemal and İstanbul",
            " -- ",
        ] {
            assert_eq!(
                key_of(text, &mut String::new()),
                scan_en(text).key,
                "{text}"
            );
        }
    }

    #[test]
    fn keys_ignore_case_spacing_and_punctuation() {
        let a = scan_en("Breaking: Zoë WINS the Race");
        let b = scan_en("breaking  zoë wins the race!");
        let c = scan_en("breaking zoë wins a race");
        assert_eq!(a.key, b.key);
        assert_ne!(a.key, c.key);
        assert_eq!(scan_en(" -- ").key, EMPTY_KEY);
    }

    #[test]
    fn the_hash_is_that_of_the_lowercase_word() {
        for word in [
            "Zoë",
            "ΣΟΦΙΑΣ",
            "Ǆemal",
            "İstanbul",
            "Москва",
            "東京",
            "naïve",
        ] {
            let lowercase = lang::lowercase(word, &mut String::new()).to_owned();
            let mut key = FxHasher::default();
            key.write_u64(lang::word_hash(&lowercase));
            assert_eq!(scan_en(word).key, key.finish() | 1, "{word}");
        }
    }

    #[test]
    fn a_block_is_ascii_only_without_any_other_character() {
        assert!(scan_en("A plain line.").ascii);
        // Other letters inside a word that starts in ASCII count too.
        for text in ["Ein café", "été", "x — y"] {
            assert!(!scan_en(text).ascii, "{text}");
        }
    }

    #[test]
    fn sentence_ends_are_counted_where_they_stand() {
        // "3.5" and the first dot of "U.S." end nothing; each "…" does.
        let s = scan_en("One. Two! Three? 3.5 U.S. end…… 终。");
        assert_eq!(s.sentence_ends, 7);
        // A long block, so that marks fall in several windows.
        let long = "A sentence that ends here. ".repeat(20);
        assert_eq!(scan_en(&long).sentence_ends, 20);
    }

    #[test]
    fn unspaced_scripts_are_counted_apart() {
        let s = scan_en("北京市政府 said");
        assert_eq!(s.words, 1);
        assert_eq!(s.unspaced_chars, 5);
    }

    #[test]
    fn cues_come_from_the_right_words() {
        assert!(scan_en("Share this story").cues.contains(Cues::PHRASE));
        assert!(!scan_en("The bridge will close").cues.contains(Cues::PHRASE));
        assert!(scan_en("Monday").cues.contains(Cues::DATE));
        let by = lang::look_up("by").cues;
        assert!(by.contains(Cues::PHRASE_OPENING), "{by:?}");
        assert!(scan_en("By Jane Doe").cues.contains(Cues::PHRASE_OPENING));
        assert!(!scan_en("Notes by Jane").cues.contains(Cues::PHRASE_OPENING));
        assert!(scan_en("Michael Lane, AP").ends_with_agency_word);
        assert!(scan_en("At the harbour. Getty Images").ends_with_agency_word);
        assert!(!scan_en("AP reported it first").ends_with_agency_word);
    }

    /// Every phrase in several guises, dates of every shape, and every
    /// line of the fixtures: wherever a search finds something, the cues
    /// must have let the block through, and their sites must find it.
    #[test]
    fn cues_never_hide_a_phrase_or_a_date() {
        let mut texts: Vec<String> = Vec::new();
        for pattern in crate::lang::phrases::patterns() {
            let mut chars = pattern.chars();
            let capitalised: String = chars
                .next()
                .into_iter()
                .flat_map(char::to_uppercase)
                .chain(chars)
                .collect();
            texts.extend([
                pattern.to_owned(),
                pattern.to_uppercase(),
                format!("{capitalised} and then some more words"),
                format!("Several words, then {pattern}"),
                format!("«{pattern}»"),
                // Lone words: as a label, and making up half of a block.
                format!("{capitalised}: then the words of a label"),
                format!("{capitalised} : then the words of a label"),
                format!("{pattern} {pattern}! and {pattern}, Then other"),
            ]);
        }
        for date in [
            "5pm",
            "5 p.m. today",
            "10:30",
            "2019-11-20T10:00:00Z",
            "3/4/2019",
            "4.10.19",
            "Oct. 4, 2017",
            "4th October",
            "10 de março",
            "März 2019",
            "hace 3 horas",
            "il y a 3 heures",
            "vor 3 Stunden",
            "Yesterday",
            "MONDAY",
            "2 hours ago",
            "an hour ago",
            "5 amazing things",
            "just now",
            "aujourd'hui",
            "Zoë, Monday",
        ] {
            texts.push(date.to_owned());
        }
        let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        for entry in std::fs::read_dir(fixtures).unwrap() {
            let input = entry.unwrap().path().join("input.txt");
            if let Ok(text) = std::fs::read_to_string(input) {
                texts.extend(text.lines().map(str::to_owned));
            }
        }
        let mut phrases = 0;
        let mut sites = Vec::new();
        // A page's lexicon cues the words of its own script and Latin ones:
        // each text is read as a page in a language of its script.
        let language_of = |text: &str| {
            use crate::lang::Script;
            let mut scripts = crate::lang::words_of(text)
                .map(crate::lang::script)
                .filter(|s| !matches!(s, Script::Latin | Script::None));
            let first = scripts.next();
            match first.filter(|&s| scripts.all(|other| other == s)) {
                _ if first.is_none() => english(),
                Some(Script::Greek) => crate::lang::by_code("el").unwrap(),
                Some(Script::Cyrillic) => crate::lang::by_code("ru").unwrap(),
                _ => &crate::lang::UNDETERMINED,
            }
        };
        for text in &texts {
            let language = language_of(text);
            let stats = scan(text, language, &mut String::new(), &mut sites);
            let found = PHRASES.find(text);
            if found.is_some() {
                phrases += 1;
                assert!(stats.may_hold_phrase(), "phrase hidden in {text:?}");
            }
            // The sites the pass notes find what looking at every word finds.
            assert_eq!(PHRASES.find_at(text, &sites), found, "{text:?}");
            if crate::lang::dates::find_dates(text).is_some() {
                assert!(stats.may_hold_date(), "date hidden in {text:?}");
            }
        }
        assert!(phrases > 2000, "{phrases}");
    }

    #[test]
    fn only_numbers_joined_as_in_dates_are_date_shapes() {
        for text in [
            "at 10:30",
            "11 a.m.",
            "12PM",
            "2019-11-20",
            "4/10/2019",
            "04.10.19",
            "4/1.19",
            "14. 3. 2025",
        ] {
            assert!(scan_en(text).date_shape, "{text}");
        }
        for text in [
            "3.5 per cent",
            "a 2-1 win",
            "15 people",
            "123 am",
            "9/11",
            "1:0",
            "5 apples",
            "201-11-20",
            "since 1. 1. 20",
            "version 1. 2. 3",
        ] {
            assert!(!scan_en(text).date_shape, "{text}");
        }
    }

    #[test]
    fn address_and_cookie_prefilters_let_their_blocks_through() {
        for text in [
            "mail me@x.org",
            "see https://a.b",
            "example.com",
            "www.",
            "a www. b",
        ] {
            assert!(scan_en(text).may_hold_address, "{text}");
        }
        assert!(!scan_en("A sentence. Another one").may_hold_address);
        assert!(!scan_en("A U.S. sentence: another one").may_hold_address);
        for text in ["COOKIES", "Cookie-Einstellungen", "cookiesé", "Kéks"] {
            assert!(scan_en(text).may_say_cookie, "{text}");
        }
        for text in ["no such letter", "Kookaburras know it", "oOkIe"] {
            assert!(!scan_en(text).may_say_cookie, "{text}");
        }
    }
}
