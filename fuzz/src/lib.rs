//! Invariants shared by the fuzz targets: what must hold for the output of
//! any input, however malformed.

use boilerstrip::{Cleaned, InputKind, Label, Options, clean};

/// Cleans `input` as `kind` and checks the result, as the per-kind targets
/// do.
pub fn clean_as(input: &str, kind: InputKind) -> Cleaned {
    let options = Options {
        kind,
        ..Options::default()
    };
    let cleaned = clean(input, &options);
    check(&cleaned, false);
    assert_eq!(cleaned.kind, kind);
    cleaned
}

/// Checks a cleaned page. `explain` is whether it was cleaned with
/// `Options::explain`.
pub fn check(cleaned: &Cleaned, explain: bool) {
    assert_ne!(cleaned.kind, InputKind::Auto, "kind left unresolved");
    assert!(!cleaned.language.is_empty(), "empty language code");
    for p in &cleaned.paragraphs {
        assert!(!p.trim().is_empty(), "blank paragraph {p:?}");
        assert!(!p.contains(['\n', '\r']), "line break in paragraph {p:?}");
    }
    for (what, field) in [
        ("title", &cleaned.title),
        ("byline", &cleaned.byline),
        ("date", &cleaned.date),
    ] {
        if let Some(s) = field {
            assert!(!s.trim().is_empty(), "blank {what} {s:?}");
        }
    }
    if explain {
        // One report per block; the body blocks are the paragraphs.
        let body = cleaned.blocks.iter().filter(|b| b.label == Label::Body).count();
        assert_eq!(body, cleaned.paragraphs.len(), "body blocks != paragraphs");
        assert!(cleaned.blocks.iter().all(|b| b.line >= 1), "block line 0");
        assert!(cleaned.explain().starts_with("# kind "));
    } else {
        assert!(cleaned.blocks.is_empty(), "block reports without explain");
    }
}
