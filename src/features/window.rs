//! Sixty-four bytes of a block at a time, sorted into classes as bit
//! masks: the word pass then finds words, counts their letters and spots
//! the marks it cares about with bit operations instead of byte by byte.

/// Bytes in a window; bit `k` of each mask is about byte `k`.
pub const WINDOW: usize = 64;

/// A window of a block: its bytes, zero past the block's end, and which of
/// them are capitals, small letters, digits, non-ASCII bytes and marks.
/// A zero byte is in no class, so the padding ends words and finds nothing.
pub struct Window {
    /// Eight more zero bytes than the window holds, so that a word's last
    /// chunk can always be read eight bytes at a time.
    bytes: [u8; WINDOW + 8],
    pub upper: u64,
    pub lower: u64,
    pub digit: u64,
    /// Every byte of a non-ASCII character.
    pub non_ascii: u64,
    /// The bytes the word pass looks at one by one: '@', ':', '/', '-',
    /// '.' (addresses, dates, labels), '!' and '?' (sentence ends), 'k'
    /// or 'K' (cookie notices), '|' (credits), and tabs and the first of
    /// two spaces in a row (table cells; a pair split across the
    /// sixteen-byte parts that the window is sorted in goes unseen).
    pub marks: u64,
}

impl Window {
    /// The window of `block` that starts at byte `at`.
    #[inline]
    pub fn new(block: &[u8], at: usize) -> Window {
        let mut bytes = [0u8; WINDOW + 8];
        let rest = &block[at..];
        let parts = if let Some(full) = rest.first_chunk::<WINDOW>() {
            bytes[..WINDOW].copy_from_slice(full);
            WINDOW / PART
        } else {
            bytes[..rest.len()].copy_from_slice(rest);
            // Most blocks are short lines: the zeros past them are in no
            // class, so their parts need no sorting.
            rest.len().div_ceil(PART)
        };
        let (upper, lower, digit, non_ascii, marks) = classify(&bytes, parts);
        Window {
            bytes,
            upper,
            lower,
            digit,
            non_ascii,
            marks,
        }
    }

    /// ASCII letters and digits.
    #[inline]
    pub fn alnum(&self) -> u64 {
        self.upper | self.lower | self.digit
    }

    /// Eight bytes from byte `at` (below [`WINDOW`]), little-endian.
    #[inline]
    pub fn chunk(&self, at: usize) -> u64 {
        let at = at & (WINDOW - 1);
        u64::from_le_bytes(self.bytes[at..at + 8].try_into().expect("eight bytes"))
    }
}

/// Bytes sorted at once: a window is sorted a part at a time, and only
/// its parts that hold bytes of the block.
const PART: usize = 16;

/// The masks of a window: capitals, small letters, digits, non-ASCII and
/// marks, in that order.
type Masks = (u64, u64, u64, u64, u64);

/// Sorts the first `parts` parts of the window, sixteen bytes at a time
/// with SSE2; the masks of the others are zero.
#[cfg(target_arch = "x86_64")]
#[inline]
fn classify(bytes: &[u8; WINDOW + 8], parts: usize) -> Masks {
    // SAFETY: SSE2 is part of the x86-64 baseline: every x86-64 processor
    // has it.
    unsafe { classify_sse2(bytes, parts) }
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse2")]
#[inline]
fn classify_sse2(bytes: &[u8; WINDOW + 8], parts: usize) -> Masks {
    use std::arch::x86_64::*;

    // Whether each byte is in `lo..lo + n`: shifting the range to the
    // bottom of the signed bytes turns it into one signed comparison.
    #[target_feature(enable = "sse2")]
    #[inline]
    fn in_range(v: __m128i, lo: u8, n: u8) -> __m128i {
        let shifted = _mm_add_epi8(v, _mm_set1_epi8(0x80u8.wrapping_sub(lo) as i8));
        _mm_cmplt_epi8(shifted, _mm_set1_epi8(0x80u8.wrapping_add(n) as i8))
    }
    let mut masks = [0u64; 5];
    for (i, part) in bytes[..parts * PART].chunks_exact(PART).enumerate() {
        // SAFETY: `part` holds sixteen bytes, and the load needs no alignment.
        let v = unsafe { _mm_loadu_si128(part.as_ptr().cast()) };
        let dash_dot_slash = in_range(v, b'-', 3);
        let colon = _mm_cmpeq_epi8(v, _mm_set1_epi8(b':' as i8));
        let at = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'@' as i8));
        let bang = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'!' as i8));
        let question = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'?' as i8));
        let tab = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'\t' as i8));
        let pipe = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'|' as i8));
        // 'k' and 'K' differ in the 0x20 bit only.
        let k = _mm_cmpeq_epi8(
            _mm_or_si128(v, _mm_set1_epi8(0x20)),
            _mm_set1_epi8(b'k' as i8),
        );
        let marks = _mm_or_si128(
            _mm_or_si128(_mm_or_si128(dash_dot_slash, colon), _mm_or_si128(at, k)),
            _mm_or_si128(_mm_or_si128(bang, question), _mm_or_si128(tab, pipe)),
        );
        let spaces = _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(b' ' as i8))) as u32;
        masks[4] |= u64::from(spaces & spaces >> 1) << (16 * i);
        for (mask, lanes) in masks.iter_mut().zip([
            in_range(v, b'A', 26),
            in_range(v, b'a', 26),
            in_range(v, b'0', 10),
            v,
            marks,
        ]) {
            *mask |= ((_mm_movemask_epi8(lanes) as u32) as u64) << (16 * i);
        }
    }
    (masks[0], masks[1], masks[2], masks[3], masks[4])
}

/// Sorts the bytes one by one, where SSE2 is not at hand.
#[cfg(not(target_arch = "x86_64"))]
#[inline]
fn classify(bytes: &[u8; WINDOW + 8], parts: usize) -> Masks {
    classify_bytewise(&bytes[..parts * PART])
}

/// The plain definition of each mask.
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
fn classify_bytewise(bytes: &[u8]) -> Masks {
    let mut masks = (0, 0, 0, 0, 0);
    for (k, &b) in bytes.iter().enumerate() {
        let second_space = bytes.get(k + 1) == Some(&b' ') && (k + 1) % PART != 0;
        let bit = 1u64 << k;
        match b {
            b'A'..=b'Z' => masks.0 |= bit,
            b'a'..=b'z' => masks.1 |= bit,
            b'0'..=b'9' => masks.2 |= bit,
            0x80..=0xff => masks.3 |= bit,
            _ => {}
        }
        if matches!(
            b,
            b'@' | b':' | b'/' | b'-' | b'.' | b'!' | b'?' | b'k' | b'K' | b'\t' | b'|'
        ) || b == b' ' && second_space
        {
            masks.4 |= bit;
        }
    }
    masks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_value_lands_in_its_class_at_every_position() {
        for b in 0..=255u8 {
            for k in 0..WINDOW {
                let mut bytes = [b'~'; WINDOW + 8];
                bytes[WINDOW..].fill(0);
                bytes[k] = b;
                let expected = classify_bytewise(&bytes[..WINDOW]);
                assert_eq!(classify(&bytes, WINDOW / PART), expected, "byte {b} at {k}");
                let window = Window::new(&bytes[..WINDOW], 0);
                assert_eq!(window.alnum() >> k & 1 == 1, b.is_ascii_alphanumeric());
                assert_eq!(window.marks >> k & 1 == 1, b"@:/-.!?kK\t|".contains(&b));
            }
        }
    }

    #[test]
    fn a_window_of_any_length_sorts_as_its_bytes_padded_with_zeros() {
        let sample = b"aZ9 .k@\xd0\x96:!/-?\t  ";
        let block: Vec<u8> = (0..WINDOW + 20).map(|i| sample[i % sample.len()]).collect();
        for len in 0..=block.len() {
            for at in [0, len.min(3), len] {
                let window = Window::new(&block[..len], at);
                let mut padded = [0u8; WINDOW];
                let rest = &block[at..len.min(at + WINDOW)];
                padded[..rest.len()].copy_from_slice(rest);
                let masks = (
                    window.upper,
                    window.lower,
                    window.digit,
                    window.non_ascii,
                    window.marks,
                );
                assert_eq!(masks, classify_bytewise(&padded), "{len} {at}");
            }
        }
    }

    #[test]
    fn a_short_window_reads_zeros_past_the_block() {
        let window = Window::new(b"xx Ab9", 3);
        assert_eq!(window.upper, 0b001);
        assert_eq!(window.lower, 0b010);
        assert_eq!(window.digit, 0b100);
        assert_eq!(window.chunk(0), u64::from_le_bytes(*b"Ab9\0\0\0\0\0"));
        assert_eq!(window.chunk(WINDOW - 1), 0);
    }
}
