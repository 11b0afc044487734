//! Arbitrary UTF-8 through `clean` as scraped text: line splitting, bullets,
//! language detection, features, scoring and classification.
#![no_main]

use boilerstrip::{InputKind, Options, clean};
use boilerstrip_fuzz::check;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let options = Options {
        kind: InputKind::Text,
        ..Options::default()
    };
    let cleaned = clean(text, &options);
    check(&cleaned, false);
    assert_eq!(cleaned.kind, InputKind::Text);
    // Each paragraph is one input line with its white space collapsed.
    assert!(cleaned.paragraphs.len() <= text.split('\n').count());
    let body_bytes: usize = cleaned.paragraphs.iter().map(String::len).sum();
    assert!(body_bytes <= text.len(), "body longer than the input");
});
