//! The lexicon's table: word hashes to what the lexicon knows of each word,
//! looked up without a branch, in as little memory as can be.
//!
//! Every word of a page is looked up, so the table must stay in the
//! processor's nearest cache, and whether a word is in the lexicon is as
//! good as random, so a look-up must not branch on it. Here a key has two
//! buckets of two slots each (cuckoo hashing); all four slots are read,
//! and the value is taken from the one whose tag matches by masking. A
//! slot is four bytes: a value of [`VALUE_BITS`] bits, and above it a tag,
//! the rest of the key's low half. Buckets of two let the table fill to
//! [`MAX_LOAD`] of its slots, where single slots stop short of half.

/// How many low bits of a slot hold its value: a stop-word bit and eight
/// cue bits.
pub const VALUE_BITS: u32 = 9;

/// Slots per bucket: the two share eight bytes, read together.
const BUCKET: usize = 2;

/// The share of its slots a table is sized to fill at most, as (numerator,
/// denominator); two-slot buckets with two choices fill to nearly nine
/// tenths before insertions fail.
const MAX_LOAD: (usize, usize) = (5, 6);

pub struct WordTable {
    /// Tag above the value; zero when empty.
    slots: Box<[u32]>,
    /// log2 of the number of buckets.
    bits: u32,
}

/// How many times an insertion may move other keys before the table
/// grows instead.
const MAX_MOVES: usize = 500;

impl WordTable {
    /// A table holding `entries`, whose keys are distinct hashes and whose
    /// values are non-zero and fit in [`VALUE_BITS`] bits.
    ///
    /// A key that is not in the table passes for one that is when its tag
    /// matches the tag in one of its four slots: about one key in two
    /// million.
    pub fn new(entries: &[(u64, u32)]) -> WordTable {
        assert!(
            entries
                .iter()
                .all(|&(_, value)| value != 0 && value >> VALUE_BITS == 0),
            "values must be non-zero and fit in {VALUE_BITS} bits"
        );
        let slots = (entries.len() * MAX_LOAD.1)
            .div_ceil(MAX_LOAD.0)
            .max(2 * BUCKET);
        let fewest = (slots / BUCKET).next_power_of_two().trailing_zeros();
        // Hashes that do not fit a table sixteen times that size are not
        // hashes: stop before eating memory.
        (fewest..fewest + 4)
            .find_map(|bits| WordTable::try_build(entries, bits))
            .expect("keys that collide in any table size")
    }

    fn try_build(entries: &[(u64, u32)], bits: u32) -> Option<WordTable> {
        let mut table = WordTable {
            slots: vec![0; BUCKET << bits].into_boxed_slice(),
            bits,
        };
        let mut keys: Vec<Option<u64>> = vec![None; BUCKET << bits];
        for &(key, value) in entries {
            let mut moving = (key, value);
            // Where the key moving was last put: it goes on to its other
            // bucket from there.
            let mut from = usize::MAX;
            let mut placed = false;
            for step in 0..MAX_MOVES {
                let buckets = table.places(moving.0);
                let bucket = if from / BUCKET == buckets[0] {
                    buckets[1]
                } else {
                    buckets[0]
                };
                let free = buckets
                    .iter()
                    .flat_map(|&b| b * BUCKET..(b + 1) * BUCKET)
                    .find(|&slot| keys[slot].is_none());
                let slot = free.unwrap_or(bucket * BUCKET + step % BUCKET);
                let displaced = keys[slot].map(|k| (k, value_of(table.slots[slot])));
                keys[slot] = Some(moving.0);
                table.slots[slot] = tag(moving.0) << VALUE_BITS | moving.1;
                match displaced {
                    None => {
                        placed = true;
                        break;
                    }
                    Some(next) => {
                        moving = next;
                        from = slot;
                    }
                }
            }
            if !placed {
                return None;
            }
        }
        // Two keys with one tag in one bucket would mix their values.
        let exact = entries.iter().all(|&(key, value)| table.get(key) == value);
        exact.then_some(table)
    }

    /// The two buckets of `key`: its top bits, and the top bits of it mixed
    /// again (keys are hashes, but need not be good ones).
    #[inline]
    fn places(&self, key: u64) -> [usize; 2] {
        let remixed = key.wrapping_mul(0x9e37_79b9_7f4a_7c15);
        [
            (key >> (64 - self.bits)) as usize,
            (remixed >> (64 - self.bits)) as usize,
        ]
    }

    /// The value of `key`; zero when the table does not hold it.
    #[inline]
    pub fn get(&self, key: u64) -> u32 {
        let [first, second] = self.places(key);
        let tag = tag(key);
        let of = |slot: u32| {
            let matches = slot >> VALUE_BITS == tag;
            value_of(slot) & u32::from(matches).wrapping_neg()
        };
        let bucket = |b: usize| {
            let pair = &self.slots[b * BUCKET..(b + 1) * BUCKET];
            of(pair[0]) | of(pair[1])
        };
        bucket(first) | bucket(second)
    }

    /// The table's size in bytes.
    #[cfg(test)]
    pub(super) fn bytes(&self) -> usize {
        self.slots.len() * std::mem::size_of::<u32>()
    }
}

/// What a slot keeps of its key: the bits of the key's low half that the
/// value leaves; the key's top bits are its first place.
#[inline]
fn tag(key: u64) -> u32 {
    key as u32 >> VALUE_BITS
}

#[inline]
fn value_of(slot: u32) -> u32 {
    slot & ((1 << VALUE_BITS) - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_key_and_nothing_else() {
        // Keys spread like hashes, and keys alike in all but a few bits.
        let mut keys: Vec<u64> = (1..=5000u64)
            .map(|i| i.wrapping_mul(0x9e37_79b9_7f4a_7c15))
            .collect();
        keys.extend((1..=3000u64).map(|i| i << 40 | i));
        let value = |k: u64| (k >> 17) as u32 & 0x1ff | 1;
        let entries: Vec<(u64, u32)> = keys.iter().map(|&k| (k, value(k))).collect();
        let table = WordTable::new(&entries);
        for &(key, value) in &entries {
            assert_eq!(table.get(key), value);
        }
        // Other keys spread like hashes (splitmix64): a tag matches about
        // one in four million of them, so none of 20,000.
        let mut state = 0u64;
        let mut random = || {
            state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let mut z = state;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            z ^ (z >> 31)
        };
        for _ in 0..20_000 {
            let other = random();
            if !keys.contains(&other) {
                assert_eq!(table.get(other), 0, "{other:#x}");
            }
        }
        assert_eq!(WordTable::new(&[]).get(5), 0);
    }

    #[test]
    fn stays_small() {
        let entries: Vec<(u64, u32)> = (1..=700u64)
            .map(|i| (i.wrapping_mul(0x9e37_79b9_7f4a_7c15), 1))
            .collect();
        // 700 entries fill 840 slots at most: 1024 it is.
        assert_eq!(WordTable::new(&entries).bytes(), 1024 * 4);
        // Buckets of two fill well past half their slots: 3,400 keys in
        // 4,096 slots.
        let entries: Vec<(u64, u32)> = (1..=3400u64)
            .map(|i| (i.wrapping_mul(0x9e37_79b9_7f4a_7c15), 1))
            .collect();
        assert_eq!(WordTable::new(&entries).bytes(), 4096 * 4);
    }
}
