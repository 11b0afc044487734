//! Which characters of the scripts from Hebrew to Ethiopic (U+0590 to
//! U+137F) are letters or digits, and which are numbers, one bit each.
//!
//! Unicode's full tables answer for these scripts slowly (hundreds of
//! instructions a character), and Hebrew, Arabic or Indic text is made of
//! little else. The
//! bits are Rust's own answers ([`char::is_alphanumeric`],
//! [`char::is_numeric`]), written out here so that nothing is computed at
//! start-up; a test checks them against the standard library for every
//! character, and fails when a new Unicode version moves one.

/// Hebrew, Arabic (with Persian's), Syriac, Thaana, N'Ko, Devanagari,
/// Bengali and the other scripts of India, Sinhala, Thai, Lao, Tibetan,
/// Myanmar, Georgian, Hangul's letters and Ethiopic. None of their
/// characters is a title-case letter, so those that are neither capitals
/// nor small letters lowercase to themselves.
pub const RANGE: std::ops::Range<u32> = 0x590..0x1380;

/// Whether `c` is in [`RANGE`].
#[inline]
pub fn contains(c: char) -> bool {
    RANGE.contains(&u32::from(c))
}

/// Whether `c`, in [`RANGE`], is a letter or a digit.
#[inline]
pub fn is_word_char(c: char) -> bool {
    bit(&WORD_CHARS, c)
}

/// Whether `c`, in [`RANGE`], is a number.
#[inline]
pub fn is_number(c: char) -> bool {
    bit(&NUMBERS, c)
}

fn bit(bits: &[u64], c: char) -> bool {
    let at = (u32::from(c) - RANGE.start) as usize;
    bits[at / 64] >> (at % 64) & 1 != 0
}

const WORD_CHARS: [u64; 56] = [
    0x00b6bfff00000000,
    0x0000000787ffffff,
    0xffffffffffff07ff,
    0xffffffffc3fffeff,
    0xffffffffffffffff,
    0x00009fffe1fe1fef,
    0xe000ffffffffffff,
    0xffffffffffffffff,
    0xffff0003ffffffff,
    0xffff043007ffffff,
    0xffff00001ffffcff,
    0xfeffffff07ff01ff,
    0x03ffffffffff0080,
    0xffffffff03f8fff0,
    0xdfffefffffffffff,
    0x9feffffeffcfffe1,
    0x599fe3c5fdfffff9,
    0x87ee13f3ffcfb080,
    0x1987c36dfdfffff9,
    0xbfee003fffc05e02,
    0x1bbfe3edfdfffffb,
    0x9fee1e00ffcf0001,
    0x199fe3edfdfffff9,
    0xc7ec00feffcfb0c0,
    0x1dc7c3ffc718d63d,
    0xdfff0007ffc00081,
    0x1ddfe3fffdfffffd,
    0xdfef7f00ffcf3760,
    0x1ddfe3effdfffffd,
    0xdfff000effcf7060,
    0x5ddfe7fffffffffd,
    0xffeefdffffcffff0,
    0x807f2ffbfffffc7f,
    0xfffe000cffc0ff5f,
    0x207f07ffffffffff,
    0xf7d60000000003ff,
    0x205f3bffffafffff,
    0x000100000000f3ff,
    0xfeff000fffff0000,
    0xff0ffffe1fffffff,
    0x00001ffffffffeff,
    0xffff000000000000,
    0x03fff97fffffffff,
    0xffffffffffffffff,
    0x20bfffffffff3fff,
    0xfffff7ffffffffff,
    0xffffffffffffffff,
    0xffffffffffffffff,
    0xffffffffffffffff,
    0xffffffffffffffff,
    0x3dffffffffffffff,
    0x3dffffffffff3d7f,
    0xff3d7f3dffffffff,
    0xffffffffffffff7f,
    0xffffffffffffff3d,
    0x00001ffffe0007ff,
];
const NUMBERS: [u64; 56] = [
    0x0000000000000000,
    0x0000000000000000,
    0x0000000000000000,
    0x0000000003ff0000,
    0x0000000000000000,
    0x000003ff00000000,
    0x0000000000000000,
    0x0000000000000000,
    0x03ff000000000000,
    0x0000000000000000,
    0x0000000000000000,
    0x0000000000000000,
    0x0000000000000000,
    0x0000000000000000,
    0x0000000000000000,
    0x00000000ffc00000,
    0x0000000000000000,
    0x000003f0ffc00000,
    0x0000000000000000,
    0x00000000ffc00000,
    0x0000000000000000,
    0x00000000ffc00000,
    0x0000000000000000,
    0x000000fcffc00000,
    0x0000000000000000,
    0x00000007ffc00000,
    0x0000000000000000,
    0x00007f00ffc00000,
    0x0000000000000000,
    0x00000000ffc00000,
    0x0000000000000000,
    0x000001ffffc07f00,
    0x0000000000000000,
    0x00000000ffc00000,
    0x0000000000000000,
    0x00000000000003ff,
    0x0000000000000000,
    0x00000000000003ff,
    0x0000000fffff0000,
    0x0000000000000000,
    0x0000000000000000,
    0x0000000000000000,
    0x03ff000000000000,
    0x0000000000000000,
    0x00000000000003ff,
    0x0000000000000000,
    0x0000000000000000,
    0x0000000000000000,
    0x0000000000000000,
    0x0000000000000000,
    0x0000000000000000,
    0x0000000000000000,
    0x0000000000000000,
    0x0000000000000000,
    0x0000000000000000,
    0x00001ffffe000000,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bits_are_the_standard_library_answers() {
        for c in RANGE.filter_map(char::from_u32) {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_number(c), c.is_numeric(), "{c:?}");
        }
    }

    #[test]
    fn uncased_characters_lowercase_to_themselves() {
        // The word pass copies such characters without lowercasing them.
        for c in RANGE.filter_map(char::from_u32) {
            if !c.is_uppercase() {
                assert!(c.to_lowercase().eq([c]), "{c:?}");
            }
        }
    }
}
