//! HTML to blocks: one block per paragraph-level unit, each carrying its
//! DOM evidence ([`DomEvidence`](super::DomEvidence)), plus the metadata
//! the page states about itself ([`PageMeta`](super::PageMeta)).
//!
//! * [`strip`]: scripts and styles are emptied before tokenizing (half
//!   the bytes of a news page, read by nobody).
//! * [`dom`]: html5ever builds a small arena DOM; a guard in front of its
//!   tree builder caps nesting depth (deeply nested input is otherwise
//!   quadratic in html5ever).
//! * [`walk`]: one iterative pass turns the DOM into blocks: paragraphs,
//!   headings, list items, table rows (cells joined by a space), lines of
//!   preformatted text, and runs of text directly inside containers.
//! * [`hints`]: class, id, itemprop and role attributes as hints and
//!   landmarks.
//! * [`meta`]: title, byline, date and JSON-LD `articleBody`.
//!
//! `Block::line` is the 1-based source line (as html5ever's tokenizer
//! counts it) of the first visible character of the block's text.

mod dom;
mod hints;
mod meta;
mod names;
mod strip;
mod tags;
mod walk;

pub use names::ElementName;

use super::Page;

/// Parses an HTML document into blocks and metadata.
pub fn parse(input: &str) -> Page<'static> {
    let dom = dom::parse(input);
    let walked = walk::Walk::new(&dom).run();
    // The DOM is the bulk of the memory; evidence is resolved without it.
    drop(dom);
    let (blocks, collector) = walked.finish();
    Page {
        blocks,
        meta: collector.finish(),
    }
}

/// The visible text of an HTML fragment, one block a line (for JSON-LD
/// `articleBody` that carries markup or character references).
pub(crate) fn plain_text(html: &str) -> String {
    let dom = dom::parse(html);
    let walked = walk::Walk::new(&dom).run();
    drop(dom);
    let (blocks, _) = walked.finish();
    let mut out = String::with_capacity(html.len());
    for block in blocks {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&block.text);
    }
    out
}

#[cfg(test)]
mod tests;
