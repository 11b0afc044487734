//! Arbitrary UTF-8 through `clean` as HTML: raw-text stripping, the
//! depth-guarded html5ever parse, the DOM walk, hints, `<head>` and JSON-LD
//! metadata, then scoring and classification.
#![no_main]

use boilerstrip::{InputKind, Options, clean};
use boilerstrip_fuzz::check;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|html: &str| {
    let options = Options {
        kind: InputKind::Html,
        ..Options::default()
    };
    let cleaned = clean(html, &options);
    check(&cleaned, false);
    assert_eq!(cleaned.kind, InputKind::Html);
});
