//! Accuracy figures: the article-extraction benchmark's metric (word 4-gram
//! shingles, precision and recall averaged over pages, F1 of the averages)
//! and, beside it, bag-of-words F1 and the exact-match rate.
//!
//! ```
//! use boilerstrip::metrics::{score_page, summarise};
//!
//! let page = score_page("one two three four five", "one two three four five six");
//! assert_eq!(page.recall, Some(1.0));
//! assert!((page.precision.unwrap() - 2.0 / 3.0).abs() < 1e-9);
//! let total = summarise(&[page]);
//! assert!((total.f1 - 0.8).abs() < 1e-9);
//! ```

use regex::Regex;
use rustc_hash::FxHashMap;
use std::sync::LazyLock;
use unicode_normalization::UnicodeNormalization;

/// Shingle length of the benchmark metric.
pub const SHINGLE: usize = 4;

/// Scores of one page.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct PageScore {
    /// Shingle precision; `None` when the prediction is empty (and the
    /// reference is not), so that it does not count in the average.
    pub precision: Option<f64>,
    /// Shingle recall; `None` when the reference is empty (and the
    /// prediction is not).
    pub recall: Option<f64>,
    /// F1 of these two (0 when either is missing).
    pub f1: f64,
    /// F1 of the word multisets.
    pub bag_f1: f64,
    /// The two texts have the same words in the same order.
    pub exact: bool,
    /// Shingles in both, only predicted (leaked boilerplate), only expected
    /// (lost body).
    pub shared: usize,
    pub only_predicted: usize,
    pub only_expected: usize,
}

/// Totals over pages, the benchmark's way.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Summary {
    pub pages: usize,
    /// Mean precision over pages with a non-empty prediction.
    pub precision: f64,
    /// Mean recall over pages with a non-empty reference.
    pub recall: f64,
    /// Harmonic mean of the two means (not a mean of per-page F1).
    pub f1: f64,
    pub bag_f1: f64,
    /// Share of pages whose words match exactly.
    pub exact: f64,
}

/// A maximal run of word characters as the benchmark's scorer (Python's
/// `\w`) sees them: letters and numbers by general category, and the
/// underscore. Combining marks are not word characters there, so a Hindi
/// vowel sign or a Hebrew point splits a word, and it must here too.
static TOKEN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\p{L}\p{N}_]+").expect("valid token pattern"));

/// Word tokens as the benchmark defines them: NFC, soft hyphens removed,
/// maximal runs of word characters.
pub fn tokens(text: &str) -> Vec<String> {
    let normalised: String = text.nfc().filter(|&c| c != '\u{ad}').collect();
    TOKEN
        .find_iter(&normalised)
        .map(|m| m.as_str().to_owned())
        .collect()
}

fn shingles(tokens: &[String]) -> FxHashMap<&[String], usize> {
    let mut counts = FxHashMap::default();
    if tokens.is_empty() {
        return counts;
    }
    if tokens.len() <= SHINGLE {
        counts.insert(tokens, 1);
        return counts;
    }
    for window in tokens.windows(SHINGLE) {
        *counts.entry(window).or_insert(0) += 1;
    }
    counts
}

fn bag(tokens: &[String]) -> FxHashMap<&str, usize> {
    let mut counts = FxHashMap::default();
    for t in tokens {
        *counts.entry(t.as_str()).or_insert(0) += 1;
    }
    counts
}

/// (shared, only in `predicted`, only in `expected`) of two multisets.
fn overlap<K: std::hash::Hash + Eq>(
    expected: &FxHashMap<K, usize>,
    predicted: &FxHashMap<K, usize>,
) -> (usize, usize, usize) {
    let shared: usize = predicted
        .iter()
        .map(|(k, &n)| n.min(expected.get(k).copied().unwrap_or(0)))
        .sum();
    let total_predicted: usize = predicted.values().sum();
    let total_expected: usize = expected.values().sum();
    (shared, total_predicted - shared, total_expected - shared)
}

/// Scores one predicted text against its reference.
pub fn score_page(expected: &str, predicted: &str) -> PageScore {
    let (e, p) = (tokens(expected), tokens(predicted));
    let (tp, fp, fn_) = overlap(&shingles(&e), &shingles(&p));
    let identical = fp == 0 && fn_ == 0;
    let ratio = |num: usize, den: usize| (den > 0).then(|| num as f64 / den as f64);
    let precision = if identical {
        Some(1.0)
    } else {
        ratio(tp, tp + fp)
    };
    let recall = if identical {
        Some(1.0)
    } else {
        ratio(tp, tp + fn_)
    };
    let (btp, bfp, bfn) = overlap(&bag(&e), &bag(&p));
    let bag_f1 = if bfp == 0 && bfn == 0 {
        1.0
    } else {
        2.0 * btp as f64 / (2 * btp + bfp + bfn) as f64
    };
    PageScore {
        precision,
        recall,
        f1: harmonic(precision.unwrap_or(0.0), recall.unwrap_or(0.0)),
        bag_f1,
        exact: e == p,
        shared: tp,
        only_predicted: fp,
        only_expected: fn_,
    }
}

fn harmonic(a: f64, b: f64) -> f64 {
    if a + b > 0.0 {
        2.0 * a * b / (a + b)
    } else {
        0.0
    }
}

fn mean(values: impl Iterator<Item = f64>) -> f64 {
    let (sum, n) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    if n == 0 { 0.0 } else { sum / n as f64 }
}

/// Averages page scores the benchmark's way.
pub fn summarise(pages: &[PageScore]) -> Summary {
    let precision = mean(pages.iter().filter_map(|p| p.precision));
    let recall = mean(pages.iter().filter_map(|p| p.recall));
    Summary {
        pages: pages.len(),
        precision,
        recall,
        f1: harmonic(precision, recall),
        bag_f1: mean(pages.iter().map(|p| p.bag_f1)),
        exact: mean(pages.iter().map(|p| if p.exact { 1.0 } else { 0.0 })),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_follow_the_benchmark() {
        assert_eq!(
            tokens("It’s a co\u{ad}op, 2019—ok_go!"),
            ["It", "s", "a", "coop", "2019", "ok_go"]
        );
        // NFD "é" becomes one NFC character inside the word.
        assert_eq!(tokens("cafe\u{301} noir"), ["café", "noir"]);
    }

    #[test]
    fn empty_against_empty_is_perfect() {
        let s = score_page("", "");
        assert_eq!(
            (s.precision, s.recall, s.exact),
            (Some(1.0), Some(1.0), true)
        );
    }

    #[test]
    fn empty_prediction_has_no_precision() {
        let s = score_page("some words of the body here", "");
        assert_eq!((s.precision, s.recall), (None, Some(0.0)));
        let total = summarise(&[s, score_page("a b c d e", "a b c d e")]);
        assert_eq!(total.precision, 1.0);
        assert_eq!(total.recall, 0.5);
    }

    #[test]
    fn short_texts_are_one_shingle() {
        let s = score_page("Hello world", "hello world");
        assert_eq!(s.shared, 0);
        let s = score_page("Hello world", "Hello, world!");
        assert_eq!(s.precision, Some(1.0));
    }

    #[test]
    fn repeated_shingles_count_as_a_multiset() {
        let s = score_page("a b c d a b c d", "a b c d");
        assert_eq!(s.shared, 1);
        assert_eq!(s.only_expected, 4);
        assert_eq!(s.only_predicted, 0);
    }
}
