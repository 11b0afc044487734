//! boilerstrip keeps the article body of a web page and drops the rest:
//! menus, bylines, captions, advertising labels, share prompts, lists of
//! other stories, author bios, comments and footers.
//!
//! It reads two kinds of input through one scoring core:
//!
//! * **scraped text**: a page already rendered to plain text, one block per
//!   line (the output of `w3m -dump`, `lynx -dump`, a crawler's text field);
//! * **HTML**: raw pages in any charset, parsed with html5ever.
//!
//! ```
//! use boilerstrip::{clean, Options};
//!
//! let page = "Home | World | Sports\n\
//!             Storm Closes Harbour\n\
//!             By Ana Ruiz\n\
//!             The harbour was closed on Tuesday after a storm tore two ferries \
//!             from their moorings and left the pier without power for the night.\n\
//!             Officials said that it would reopen once the damage had been \
//!             assessed, which they expected to take at least a week.\n\
//!             Share on Facebook\n\
//!             © 2024 Coast Herald. All rights reserved.\n";
//! let cleaned = clean(page, &Options::default());
//! assert_eq!(cleaned.paragraphs.len(), 2);
//! assert!(cleaned.paragraphs[0].starts_with("The harbour was closed"));
//! assert_eq!(cleaned.title.as_deref(), Some("Storm Closes Harbour"));
//! assert_eq!(cleaned.byline.as_deref(), Some("Ana Ruiz"));
//! ```
//!
//! The pipeline has one module per stage:
//! [`input`] (bytes to text, kind sniffing) → [`blocks`] (lines or DOM
//! blocks) → [`features`] (numbers per block) → [`score`] (a score with its
//! reasons) → [`classify`] (neighbours, main region, title/byline/date) →
//! [`Cleaned`]. Every tuned constant lives in [`params`]. On the evaluation
//! side, [`metrics`] computes the benchmark's accuracy figures, [`diff`]
//! renders what differs from a hand-cleaned text, and [`evaluate`] runs both
//! over a directory of fixtures.

// Module docs name the private modules that do the work; they are read
// with `cargo doc --document-private-items`.
#![allow(rustdoc::private_intra_doc_links)]

pub mod blocks;
pub mod classify;
mod cleaned;
pub mod diff;
pub mod evaluate;
pub mod features;
pub mod input;
pub mod lang;
pub mod metrics;
pub mod params;
pub mod score;

pub use cleaned::{BlockReport, Cleaned, Label};
pub use input::{InputError, InputKind};

/// How to clean a page.
#[derive(Debug, Clone)]
pub struct Options {
    /// Which kind of input this is; [`InputKind::Auto`] sniffs the content.
    pub kind: InputKind,
    /// Keep per-block features and scoring reasons in [`Cleaned::blocks`]
    /// (what `--explain` prints). Off by default: it costs memory.
    pub explain: bool,
    /// Force the language (ISO 639-1 code such as `"de"`) instead of
    /// detecting it from the page.
    pub language: Option<String>,
    /// Refuse inputs larger than this many bytes (after gzip decompression).
    pub max_bytes: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            kind: InputKind::Auto,
            explain: false,
            language: None,
            max_bytes: params::DEFAULT_MAX_BYTES,
        }
    }
}

/// Cleans a page that is already text (scraped text or decoded HTML).
///
/// ```
/// use boilerstrip::{clean, InputKind, Options};
///
/// let html = "<html><head><title>Quiet Night | Town Crier</title></head><body>\
///             <nav><a href='/'>Home</a> <a href='/news'>News</a></nav>\
///             <article><h1>Quiet Night</h1>\
///             <p>Nothing at all happened in the town last night, the police \
///             said on Monday, for the first time in what they believe is a \
///             decade of keeping records.</p></article>\
///             <footer>Copyright 2024 Town Crier</footer></body></html>";
/// let options = Options { kind: InputKind::Html, ..Options::default() };
/// let cleaned = clean(html, &options);
/// assert_eq!(cleaned.title.as_deref(), Some("Quiet Night"));
/// assert_eq!(cleaned.paragraphs.len(), 1);
/// assert!(cleaned.body().starts_with("Nothing at all happened"));
/// ```
pub fn clean(input: &str, options: &Options) -> Cleaned {
    let kind = match options.kind {
        InputKind::Auto => input::sniff_kind(input),
        kind => kind,
    };
    let forced = options.language.as_deref();
    match kind {
        InputKind::Html => {
            let page = blocks::html::parse(input);
            let texts = || page.blocks.iter().map(|b| b.text.as_ref());
            let language = features::page_language(texts, forced);
            classify::run(page.blocks.into_iter(), page.meta, kind, language, options)
        }
        _ => {
            let input = blocks::text::with_newlines(input);
            let input = input.as_ref();
            // Lines are read twice, lazily: a sample for the language, then
            // window by window for classification.
            let texts = || blocks::text::lines(input).map(|line| line.text);
            let language = features::page_language(texts, forced);
            let meta = blocks::PageMeta::default();
            let lines = blocks::text::lines(input).map(blocks::Block::from);
            classify::run(lines, meta, kind, language, options)
        }
    }
}

/// Cleans raw bytes: undoes gzip, detects the charset, decodes, and cleans.
///
/// Fails only when the bytes cannot be read as a page at all (a corrupt gzip
/// stream, or binary data that is not text).
///
/// ```
/// use boilerstrip::{clean_bytes, Options};
///
/// // Latin-1 bytes: "café" with é as 0xE9.
/// let bytes = b"<p>We met at the caf\xe9 on the corner, where the coffee was \
///               strong and the owner remembered every regular by name.</p>";
/// let cleaned = clean_bytes(bytes, &Options::default()).unwrap();
/// assert!(cleaned.body().contains("café"));
/// ```
pub fn clean_bytes(bytes: &[u8], options: &Options) -> Result<Cleaned, InputError> {
    let decoded = input::decode(bytes, options.kind, options.max_bytes)?;
    let options = Options {
        kind: decoded.kind,
        ..options.clone()
    };
    Ok(clean(&decoded.text, &options))
}
