//! Arbitrary UTF-8 through `clean` as HTML: raw-text stripping, the
//! depth-guarded html5ever parse, the DOM walk, hints, `<head>` and JSON-LD
//! metadata, then scoring and classification.
#![no_main]

use boilerstrip::InputKind;
use boilerstrip_fuzz::clean_as;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|html: &str| {
    clean_as(html, InputKind::Html);
});
