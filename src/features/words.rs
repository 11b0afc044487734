//! The word pass: one scan over a block's bytes that counts its words,
//! their case, digits and stop words, hashes them for repetition, and
//! gathers the lexicon's cues. Everything word-based in a block's features
//! comes from this one pass, which is most of the time spent on text.

use std::hash::Hasher;

use rustc_hash::FxHasher;

use crate::lang::{self, Cues, Language, WordInfo};

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
    /// The block has what an address needs: '@', ':', a dot before a
    /// letter, or "www" before a dot.
    pub may_hold_address: bool,
    /// The block has a 'k' or 'K', which "cookie" needs.
    pub has_k: bool,
}

/// The key of a block without words.
pub const EMPTY_KEY: u64 = 0;

/// Byte table: the class of an ASCII byte in the low bits, and flags for
/// the bytes that prefilters look for.
const CLASS: u8 = 0b111;
const SEPARATOR: u8 = 0;
const LOWER: u8 = 1;
const UPPER: u8 = 2;
const DIGIT: u8 = 3;
const NON_ASCII: u8 = 4;
const AT_OR_COLON: u8 = 1 << 4;
const LETTER_K: u8 = 1 << 5;

static BYTES: [u8; 256] = {
    let mut table = [SEPARATOR; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = match byte {
            b'a'..=b'z' => LOWER,
            b'A'..=b'Z' => UPPER,
            b'0'..=b'9' => DIGIT,
            b'@' | b':' => AT_OR_COLON,
            0x80..=0xff => NON_ASCII,
            _ => SEPARATOR,
        };
        if byte == b'k' || byte == b'K' {
            table[b] |= LETTER_K;
        }
        b += 1;
    }
    table
};

/// Runs the word pass over `text` for a page in `language`.
pub fn scan(text: &str, language: &Language, buffer: &mut String) -> WordStats {
    let bytes = text.as_bytes();
    let len = bytes.len();
    let mut stats = WordStats::default();
    let mut seen = 0u8;
    let mut key = FxHasher::default();
    let mut any_word = false;
    let mut last_cues = Cues::empty();
    let mut i = 0;
    while i < len {
        let entry = BYTES[bytes[i] as usize];
        seen |= entry;
        let first_upper = match entry & CLASS {
            SEPARATOR => {
                i += 1;
                continue;
            }
            NON_ASCII => {
                let c = char_at(text, i);
                if !lang::is_word_char(c) {
                    i += c.len_utf8();
                    continue;
                }
                c.is_uppercase()
            }
            class => class == UPPER,
        };
        let start = i;
        if start > 0 && bytes[start - 1] == b'.' && bytes[start].is_ascii_alphabetic() {
            stats.may_hold_address = true;
        }
        let mut hash = lang::WORD_HASH_SEED;
        let (mut upper, mut lower, mut unspaced) = (0u32, 0u32, 0u32);
        let (mut ascii, mut sigma) = (true, false);
        while i < len {
            let byte = bytes[i];
            let entry = BYTES[byte as usize];
            seen |= entry;
            match entry & CLASS {
                LOWER => lower += 1,
                UPPER => upper += 1,
                DIGIT => stats.digits += 1,
                NON_ASCII => {
                    let c = char_at(text, i);
                    if !lang::is_word_char(c) {
                        break;
                    }
                    ascii = false;
                    // Most letters are lowercase: ask that first, numbers
                    // last. The hash takes the letter's lower case.
                    if c.is_lowercase() {
                        lower += 1;
                        hash = hash_char(hash, c);
                    } else {
                        if c.is_uppercase() {
                            upper += 1;
                            // Σ lowercases by its place in the word.
                            sigma |= c == 'Σ';
                        } else if is_unspaced_script(c) {
                            unspaced += 1;
                        } else if c.is_numeric() {
                            stats.digits += 1;
                        }
                        hash = c.to_lowercase().fold(hash, hash_char);
                    }
                    stats.alnum_chars += 1;
                    i += c.len_utf8();
                    continue;
                }
                _ => break,
            }
            // ASCII letters lowercase by setting one bit; digits have it set.
            hash = lang::word_hash_step(hash, byte | 0x20);
            stats.alnum_chars += 1;
            i += 1;
        }
        let word = &text[start..i];
        if word.ends_with("www") && bytes.get(i) == Some(&b'.') {
            stats.may_hold_address = true;
        }
        let info: WordInfo = if ascii {
            lang::look_up_ascii(hash, word.as_bytes())
        } else if sigma {
            let lowercase = lang::lowercase(word, buffer);
            hash = lang::word_hash(lowercase);
            lang::look_up_hashed(hash, lowercase)
        } else {
            lang::look_up_verified(hash, |stored| stored == lang::lowercase(word, buffer))
        };
        key.write_u64(hash);
        if !any_word {
            stats.cues |= info.cues & Cues::PHRASE_OPENING;
            any_word = true;
        }
        stats.cues |= info.cues & (Cues::PHRASE | Cues::DATE);
        last_cues = info.cues;
        if unspaced > 0 {
            stats.unspaced_chars += unspaced;
            continue;
        }
        stats.words += 1;
        if upper + lower > 0 {
            stats.cased += 1;
            stats.capitalised += first_upper as u32;
            stats.all_caps += (lower == 0 && upper >= 2) as u32;
        }
        stats.stopwords += language.lists(info) as u32;
    }
    stats.cues |= last_cues & Cues::PHRASE_CLOSING;
    stats.may_hold_address |= seen & AT_OR_COLON != 0;
    stats.has_k = seen & LETTER_K != 0;
    stats.key = if any_word {
        key.finish() | 1
    } else {
        EMPTY_KEY
    };
    stats
}

/// Feeds a character's UTF-8 bytes to a word hash.
#[inline]
fn hash_char(hash: u64, c: char) -> u64 {
    c.encode_utf8(&mut [0; 4])
        .bytes()
        .fold(hash, lang::word_hash_step)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn english() -> &'static Language {
        lang::by_code("en").unwrap()
    }

    fn scan_en(text: &str) -> WordStats {
        scan(text, english(), &mut String::new())
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
        assert!(scan_en("COOKIES").has_k);
        assert!(!scan_en("no such letter").has_k);
    }
}
