//! Arbitrary bytes through `clean_bytes` with kind Auto: gzip, charset
//! detection and decoding, kind sniffing, then the text or HTML pipeline.
//! The first byte's low bit turns on `explain`; the explained result must
//! then match the plain one.
#![no_main]

use boilerstrip::{InputError, InputKind, Options, clean_bytes};
use boilerstrip_fuzz::check;
use libfuzzer_sys::fuzz_target;

/// A small size limit keeps each run's cost bounded: a timeout should mean
/// superlinear work, not a gzip stream that inflates to the 128 MiB default.
const MAX_BYTES: usize = 1 << 20;

fuzz_target!(|data: &[u8]| {
    let Some((&first, bytes)) = data.split_first() else {
        return;
    };
    let explain = first & 1 == 1;
    let options = Options {
        kind: InputKind::Auto,
        explain,
        max_bytes: MAX_BYTES,
        ..Options::default()
    };
    match clean_bytes(bytes, &options) {
        Ok(cleaned) => {
            check(&cleaned, explain);
            if explain {
                let plain = clean_bytes(bytes, &Options { explain: false, ..options }).unwrap();
                assert_eq!(plain.paragraphs, cleaned.paragraphs, "explain changed the body");
                assert_eq!(
                    (&plain.title, &plain.byline, &plain.date),
                    (&cleaned.title, &cleaned.byline, &cleaned.date),
                    "explain changed the metadata"
                );
            }
        }
        // Only gzip can fail as gzip or grow past the limit.
        Err(InputError::BadGzip(_) | InputError::TooLarge { .. }) => {
            assert!(bytes.starts_with(&[0x1f, 0x8b]), "gzip error on non-gzip input");
        }
        Err(InputError::NotText) => {}
    }
});
