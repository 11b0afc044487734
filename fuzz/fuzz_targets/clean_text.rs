//! Arbitrary UTF-8 through `clean` as scraped text: line splitting, bullets,
//! language detection, features, scoring and classification.
#![no_main]

use boilerstrip::InputKind;
use boilerstrip_fuzz::clean_as;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let cleaned = clean_as(text, InputKind::Text);
    // Each paragraph is one input line with its white space collapsed.
    // Lines end at '\n', or at '\r' in text that has no '\n'.
    let breaks = if text.contains('\n') { '\n' } else { '\r' };
    assert!(cleaned.paragraphs.len() <= text.split(breaks).count());
    let body_bytes: usize = cleaned.paragraphs.iter().map(String::len).sum();
    assert!(body_bytes <= text.len(), "body longer than the input");
});
