//! Dates and times in a block: how much of it they cover, and where.
//!
//! The pattern ([`date_pattern`](super::date_pattern)) is compiled into a
//! forward and a reverse DFA by `build.rs` and loaded here without copying.
//! Compiling it takes some 0.3 s (over a second unoptimised), longer than
//! cleaning a thousand pages; a plain DFA also searches about five times
//! faster than the lazy one a regex builds at run time.

use std::ops::Range;
use std::sync::LazyLock;

use regex_automata::dfa::dense::DFA;
use regex_automata::dfa::regex::Regex;

use super::phrases::non_space_chars;

/// Bytes that a DFA may be read from: its state identifiers are `u32`s.
#[repr(C, align(4))]
struct Aligned<B: ?Sized>(B);

static FORWARD: &Aligned<[u8]> = &Aligned(*include_bytes!(concat!(
    env!("OUT_DIR"),
    "/date_forward.dfa"
)));
static REVERSE: &Aligned<[u8]> = &Aligned(*include_bytes!(concat!(
    env!("OUT_DIR"),
    "/date_reverse.dfa"
)));

/// Loads a DFA that `build.rs` wrote, without the check of every
/// transition that [`DFA::from_bytes`] makes: that check cost more than
/// the date searches of a 2 MB page. The test `automata_are_valid` makes
/// it on every test run.
fn load(bytes: &'static [u8]) -> DFA<&'static [u32]> {
    // SAFETY: the bytes come straight from `DFA::to_bytes_*_endian` in
    // `build.rs`, for this target's endianness, by the one version of
    // regex-automata in Cargo.lock (a build dependency and a dependency
    // alike): a serialisation that the crate vouches for, which is all
    // that `from_bytes_unchecked` asks.
    unsafe { DFA::from_bytes_unchecked(bytes) }
        .expect("date automaton")
        .0
}

static DATE: LazyLock<Regex<DFA<&'static [u32]>>> =
    LazyLock::new(|| Regex::builder().build_from_dfas(load(&FORWARD.0), load(&REVERSE.0)));

/// The share of `text`'s non-space characters that dates and times cover,
/// and the span from the first to the last of them. A range of dates
/// ("March 21 – April 19") covers nothing: it gives a season, a run or a
/// term, never when the page was written. A time after a date ("17/06/2025
/// - 08:10") is no range: it says when on that day.
pub fn find_dates(text: &str) -> Option<(f32, Range<usize>)> {
    let mut covered = 0usize;
    let mut span: Option<Range<usize>> = None;
    // The last date and its characters, while it may still open a range.
    let mut last: Option<(Range<usize>, usize)> = None;
    for m in DATE.find_iter(text) {
        if m.is_empty() {
            continue;
        }
        let chars = non_space_chars(&text[m.range()]);
        match last {
            Some((ref first, first_chars))
                if is_range_joiner(&text[first.end..m.start()])
                    && !is_time_after_date(&text[first.clone()], &text[m.range()]) =>
            {
                covered -= first_chars;
                last = None;
            }
            _ => {
                covered += chars;
                last = Some((m.range(), chars));
            }
        }
        span = Some(match span {
            None => m.range(),
            Some(s) => s.start..m.end(),
        });
    }
    let span = span?;
    let total = non_space_chars(text).max(1);
    Some(((covered as f32 / total as f32).min(1.0), span))
}

/// Whether a date match is only a time of day: "08:10", "9.30 am",
/// "14:05:30"; two or three groups of one or two digits, not a dotted date
/// ("17.06.2025").
fn is_clock_time(date: &str) -> bool {
    let digits = date
        .trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == ' ' || c == '.')
        .trim_end();
    let groups = digits.split([':', '.']);
    (2..=3).contains(&groups.clone().count())
        && groups
            .into_iter()
            .all(|g| (1..=2).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether `second` is a time of day and `first` a date without one.
fn is_time_after_date(first: &str, second: &str) -> bool {
    is_clock_time(second) && !first.contains(':') && !is_clock_time(first)
}

/// What stands between the two ends of a range of dates.
fn is_range_joiner(between: &str) -> bool {
    matches!(between.trim(), "-" | "–" | "—" | "to" | "until" | "through")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn automata_are_valid() {
        // What `load` skips: every transition of both automata checked.
        for bytes in [&FORWARD.0, &REVERSE.0] {
            DFA::from_bytes(bytes).expect("a valid date automaton");
        }
    }

    #[test]
    fn dates_are_found() {
        let (coverage, span) = find_dates("Published October 4, 2017 11:23 am").unwrap();
        assert!(coverage > 0.6);
        assert_eq!(
            &"Published October 4, 2017 11:23 am"[span],
            "October 4, 2017 11:23 am"
        );
        assert!(find_dates("8 seconds ago").is_some());
        // Relative times in other languages, in the teaser lists that
        // print them: the whole line is a date.
        for line in [
            "prije 30 minuta",
            "Pred 3 urami",
            "před 5 minutami",
            "há 2 horas",
            "acum 3 ore",
            "преди 2 часа",
            "2 godziny temu",
            "3 ore fa",
            "5 minuten geleden",
            "2 timmar sedan",
            "2 tuntia sitten",
            "2 saat önce",
            "2 часа назад",
            "5 хвилин тому",
            "3 jam yang lalu",
        ] {
            let (coverage, _) = find_dates(line).expect(line);
            assert!(coverage > 0.99, "{line}: {coverage}");
        }
        // A time of day written with a full stop, as British papers
        // print the times of a live report.
        assert!(find_dates("16.40 GMT").is_some_and(|(coverage, _)| coverage > 0.99));
        assert!(find_dates("It rose 16.40 per cent").is_none());
        // An opener inside a word opens nothing.
        assert!(find_dates("sempre 2 dias").is_none());
        assert!(find_dates("2019-11-20T10:00:00Z").is_some());
        assert!(find_dates("The mayor spoke to reporters").is_none());
        // A date and the time of day after it make a date line; a range of
        // times is no date.
        for line in [
            "Castellbrú, 17/06/2025 - 08:10",
            "Updated: March 4, 2024 – 9.30 am",
        ] {
            assert!(find_dates(line).unwrap().0 > 0.5, "{line}");
        }
        assert_eq!(find_dates("14:00 - 16:00").unwrap().0, 0.0);
        for time in ["08:10", "9.30 am", "14:05:30"] {
            assert!(is_clock_time(time), "{time}");
        }
        for date in ["17.06.2025", "2025", "17/06/2025", "March 4"] {
            assert!(!is_clock_time(date), "{date}");
        }
        // A range of dates is no date line.
        for line in ["Aries (March 21 – April 19)", "On view June 3 to August 30"] {
            assert_eq!(
                find_dates(line).map(|(coverage, _)| coverage),
                Some(0.0),
                "{line}"
            );
        }
        // Dutch, Nordic and Catalan months and weekdays.
        for line in [
            "vr 14 maart 2025 om 06:30",
            "Vrijdag 14 maart",
            "14. marts 2025",
            "Söndag 3 augusti 2025",
            "3 de febrer de 2025",
            "12 de juliol",
        ] {
            let (coverage, _) = find_dates(line).expect(line);
            assert!(coverage > 0.6, "{line}: {coverage}");
        }
        // Italian weekdays, some ending in a letter past ASCII ("venerdì"):
        // the day's line is a date from end to end.
        for line in [
            "Venerdì 17 ottobre",
            "Domenica 19 ottobre 2025",
            "lunedì, 3 marzo",
        ] {
            let (coverage, _) = find_dates(line).expect(line);
            assert!(coverage > 0.99, "{line}: {coverage}");
        }
        assert!(crate::lang::is_weekday_name("Venerdì"));
    }

    /// The compiled automata find what the pattern finds, match for match,
    /// on every text of the fixtures.
    #[test]
    fn the_compiled_automata_match_the_pattern() {
        let pattern = regex::Regex::new(&super::super::date_pattern::pattern()).unwrap();
        let mut matches = 0;
        let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
        for entry in std::fs::read_dir(fixtures).unwrap() {
            let Ok(text) = std::fs::read_to_string(entry.unwrap().path().join("input.txt")) else {
                continue;
            };
            for line in text.lines() {
                let expected: Vec<_> = pattern.find_iter(line).map(|m| m.range()).collect();
                let found: Vec<_> = DATE.find_iter(line).map(|m| m.range()).collect();
                assert_eq!(found, expected, "{line:?}");
                matches += found.len();
            }
        }
        assert!(matches > 100, "{matches}");
    }
}
