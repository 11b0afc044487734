//! Which characters of the scripts from Devanagari to Ethiopic (U+0900 to
//! U+137F) are letters or digits, and which are numbers, one bit each.
//!
//! Unicode's full tables answer for these scripts slowly (hundreds of
//! instructions a character), and Indic text is made of little else. The
//! bits are Rust's own answers ([`char::is_alphanumeric`],
//! [`char::is_numeric`]), written out here so that nothing is computed at
//! start-up; a test checks them against the standard library for every
//! character, and fails when a new Unicode version moves one.

/// Devanagari, Bengali and the other scripts of India, Sinhala, Thai, Lao,
/// Tibetan, Myanmar, Georgian, Hangul's letters and Ethiopic. None of their
/// characters is a title-case letter, so those that are neither capitals
/// nor small letters lowercase to themselves.
pub const RANGE: std::ops::Range<u32> = 0x900..0x1380;

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

const WORD_CHARS: [u64; 42] = [
    0xefffffffffffffff,
    0xfffeffcfffe1dfff,
    0xe3c5fdfffff99fef,
    0x13f3ffcfb080599f,
    0xc36dfdfffff987ee,
    0x003fffc05e021987,
    0xe3edfdfffffbbfee,
    0x1e00ffcf00011bbf,
    0xe3edfdfffff99fee,
    0x00feffcfb0c0199f,
    0xc3ffc718d63dc7ec,
    0x0007ffc000811dc7,
    0xe3fffdfffffddfff,
    0x7f00ffcf37601ddf,
    0xe3effdfffffddfef,
    0x000effcf70601ddf,
    0xe7fffffffffddfff,
    0xfdffffcffff05ddf,
    0x2ffbfffffc7fffee,
    0x000cffc0ff5f807f,
    0x07fffffffffffffe,
    0x0000000003ff207f,
    0x3bffffaffffff7d6,
    0x00000000f3ff205f,
    0x000fffff00000001,
    0xfffe1ffffffffeff,
    0x1ffffffffeffff0f,
    0x0000000000000000,
    0xf97fffffffffffff,
    0xffffffffffff03ff,
    0xffffffff3fffffff,
    0xf7ffffffffff20bf,
    0xffffffffffffffff,
    0xffffffffffffffff,
    0xffffffffffffffff,
    0xffffffffffffffff,
    0xffffffffffffffff,
    0xffffffff3d7f3dff,
    0x7f3dffffffff3dff,
    0xffffffffff7fff3d,
    0xffffffffff3dffff,
    0x1ffffe0007ffffff,
];
const NUMBERS: [u64; 42] = [
    0x0000000000000000,
    0x0000ffc000000000,
    0x0000000000000000,
    0x03f0ffc000000000,
    0x0000000000000000,
    0x0000ffc000000000,
    0x0000000000000000,
    0x0000ffc000000000,
    0x0000000000000000,
    0x00fcffc000000000,
    0x0000000000000000,
    0x0007ffc000000000,
    0x0000000000000000,
    0x7f00ffc000000000,
    0x0000000000000000,
    0x0000ffc000000000,
    0x0000000000000000,
    0x01ffffc07f000000,
    0x0000000000000000,
    0x0000ffc000000000,
    0x0000000000000000,
    0x0000000003ff0000,
    0x0000000000000000,
    0x0000000003ff0000,
    0x000fffff00000000,
    0x0000000000000000,
    0x0000000000000000,
    0x0000000000000000,
    0x0000000000000000,
    0x00000000000003ff,
    0x0000000003ff0000,
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
    0x1ffffe0000000000,
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
