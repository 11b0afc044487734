//! Copies: a long block made of the text of shorter blocks near it, as
//! when a page prints its article a second time in one piece, as some app
//! and AMP renderings do. The text is already on the page in its own
//! blocks, so the copy only adds the same words again.

use std::hash::Hasher;

use rustc_hash::{FxHashSet, FxHasher};

use super::Features;
use crate::blocks::{Block, Landmarks};
use crate::params;

/// Marks the blocks that are copies of shorter blocks near them.
///
/// A shorter block counts as part of a long one when a snippet from its
/// middle is in it: its ends may differ (a list number, a caption glued
/// on). Only long blocks are looked at, and they are few: on the 22 MB
/// development text this adds under 3% to the time.
pub fn mark(blocks: &[Block<'_>], features: &mut [Features]) {
    let long: Vec<usize> = (0..blocks.len())
        .filter(|&i| features[i].chars >= params::COPY_MIN_CHARS)
        .collect();
    if long.is_empty() {
        return;
    }
    // The snippets of the blocks near long ones, taken when first needed.
    let mut snippets: Vec<Option<Option<u64>>> = vec![None; blocks.len()];
    for i in long {
        let chars = features[i].chars;
        let near =
            i.saturating_sub(params::COPY_REACH)..(i + params::COPY_REACH + 1).min(blocks.len());
        let parts_near = near
            .clone()
            .filter(|&j| (params::COPY_PART_MIN_CHARS..chars).contains(&features[j].chars));
        // Indexing the block costs its length: first make sure that the
        // blocks near it could make up a copy at all (a lone huge line has
        // none).
        let (count, total) = parts_near.clone().fold((0, 0u64), |(n, sum), j| {
            (n + 1, sum + u64::from(features[j].chars))
        });
        if count < params::COPY_MIN_PARTS || (total as f32) < params::COPY_MIN_SHARE * chars as f32
        {
            continue;
        }
        let windows = snippet_windows(blocks[i].text.as_bytes());
        // Blocks with the same text count once.
        let mut counted = FxHashSet::default();
        let (parts, covered) = parts_near
            .filter_map(|j| {
                let snippet =
                    snippets[j].get_or_insert_with(|| middle_snippet(blocks[j].text.as_bytes()));
                snippet.map(|snippet| (j, snippet))
            })
            .filter(|(_, snippet)| windows.contains(snippet) && counted.insert(*snippet))
            .fold((0, 0u64), |(n, sum), (j, _)| {
                (n + 1, sum + u64::from(features[j].chars))
            });
        features[i].copies_neighbours = parts >= params::COPY_MIN_PARTS
            && covered as f32 >= params::COPY_MIN_SHARE * chars as f32;
    }
}

/// Marks the pull quotes: blocks set apart (in HTML, in a block quote,
/// figure or aside; in scraped text, opening with quotation marks and
/// indented or closing with them too) of
/// [`params::PULL_QUOTE_MIN_WORDS`] to [`params::PULL_QUOTE_MAX_WORDS`]
/// words, whose text (without its quotation marks) stands in a longer
/// block within [`params::PULL_QUOTE_REACH`] blocks, or, in scraped text,
/// lines of one sentence without marks that a paragraph within
/// [`params::PLAIN_PULL_QUOTE_REACH`] blocks holds whole; and the line under
/// one that names its speaker, after a dash ("— Dana Whitlock, student
/// regent") or as a name and a role without one, or, in HTML, set apart
/// with it (a `<cite>`). Few blocks are
/// set apart so, or are short lines of one sentence, and only they are
/// searched for.
pub fn mark_pull_quotes(blocks: &[Block<'_>], features: &mut [Features]) {
    let set_apart = Landmarks::BLOCKQUOTE | Landmarks::FIGURE | Landmarks::ASIDE;
    for i in 0..blocks.len() {
        let apart = match &blocks[i].dom {
            Some(dom) => dom.landmarks.intersects(set_apart),
            // Scraped text indents much (cells, list items, quotes): a
            // line in quotation marks is worth searching for. Unindented,
            // the marks must close the line too: a paragraph of the
            // article goes on past them ("“...,” she said."). British
            // papers set pull quotes in single marks.
            None => {
                let text = &blocks[i].text;
                !blocks[i].bullet
                    && text.starts_with(['“', '"', '«', '„', '‘'])
                    && (blocks[i].indent >= params::INDENT_FROM
                        || text.ends_with(['”', '"', '»', '“', '’']))
            }
        };
        // In scraped text, a line of one sentence without marks may be a
        // pull quote too, set farther from its source; not a question,
        // which a subheading may ask and a comment repeat.
        let plain_line = !apart
            && blocks[i].dom.is_none()
            && !blocks[i].bullet
            && features[i].sentence_ends == 1
            && features[i].ends_sentence
            && !super::ends_with_question(&blocks[i].text)
            && features[i].words <= params::PLAIN_PULL_QUOTE_MAX_WORDS;
        if !(apart || plain_line)
            || !(params::PULL_QUOTE_MIN_WORDS..=params::PULL_QUOTE_MAX_WORDS)
                .contains(&features[i].words)
        {
            continue;
        }
        let quote = blocks[i]
            .text
            .trim_matches(|c: char| !c.is_alphanumeric())
            .as_bytes();
        // A searcher costs its needle's length to set up: search for the
        // quote's first bytes, then read on where they stand.
        let probe = &quote[..quote.len().min(params::PULL_QUOTE_PROBE_BYTES)];
        let finder = memchr::memmem::Finder::new(probe);
        let reach = if plain_line {
            params::PLAIN_PULL_QUOTE_REACH
        } else {
            params::PULL_QUOTE_REACH
        };
        // In single marks, a line under its source is a pull quote; one
        // above it is a subheading that quotes the section it heads
        // ("‘I love the work’").
        let single_marks = blocks[i].dom.is_none() && blocks[i].text.starts_with('‘');
        let below = if single_marks { i } else { i + reach };
        let near = i.saturating_sub(reach)..(below + 1).min(blocks.len());
        features[i].quotes_neighbour = near.into_iter().any(|j| {
            let text = blocks[j].text.as_bytes();
            j != i
                && text.len() > blocks[i].text.len()
                && finds_quote(&finder, text, |at| {
                    text[at..].starts_with(quote)
                        // A plain line must repeat a whole sentence, not
                        // the end of one.
                        && (!plain_line || opens_sentence(text, at))
                })
        });
        // Its speaker: a short line after it that opens with a dash, or in
        // HTML one set apart with it (a `<cite>` in the quote).
        if features[i].quotes_neighbour
            && let Some(next) = blocks.get(i + 1)
            && features[i + 1].words <= params::PULL_QUOTE_SPEAKER_MAX_WORDS
            && match &next.dom {
                Some(dom) => dom.landmarks.intersects(set_apart) && !features[i + 1].ends_sentence,
                // "— Ada Brill, orchard club", or without the dash: a name
                // and a role, no sentence.
                None => {
                    next.text.starts_with(['—', '–', '-'])
                        || next.text.starts_with(char::is_uppercase)
                            && next.text.contains(", ")
                            && !features[i + 1].ends_sentence
                }
            }
        {
            features[i + 1].quotes_neighbour = true;
        }
    }
}

/// Whether `probe` (the searcher's needle) stands in `text` at a byte
/// that `holds` takes, trying each place from the left as
/// `Finder::find_iter` would, without the copy of the searcher that it
/// makes for each of the many short texts searched.
fn finds_quote(probe: &memchr::memmem::Finder, text: &[u8], holds: impl Fn(usize) -> bool) -> bool {
    let mut from = 0;
    while let Some(found) = text.get(from..).and_then(|rest| probe.find(rest)) {
        let at = from + found;
        if holds(at) {
            return true;
        }
        // Past the whole probe: `find_iter` takes no overlapping places.
        from = at + probe.needle().len().max(1);
    }
    false
}

/// Whether a sentence of `text` opens at byte `at`: at its start, or after
/// a sentence's end and a space.
fn opens_sentence(text: &[u8], at: usize) -> bool {
    let before = text[..at].trim_ascii_end();
    let spaced = before.len() < at;
    before.is_empty()
        || spaced
            && [&b"."[..], b"!", b"?", b"\"", "\u{201d}".as_bytes()]
                .iter()
                .any(|end| before.ends_with(end))
}

/// The hash of [`params::COPY_SNIPPET_BYTES`] bytes from the middle of
/// `text`: from its first anchor there, or else its last anchor before;
/// `None` when it has none.
fn middle_snippet(text: &[u8]) -> Option<u64> {
    let len = params::COPY_SNIPPET_BYTES;
    let last = text.len().checked_sub(len)?;
    let middle = (text.len() / 2)
        .saturating_sub(len / 2)
        .clamp(1, last.max(1));
    (middle..=last)
        .find(|&at| is_anchor(text, at))
        .or_else(|| (1..middle).rev().find(|&at| is_anchor(text, at)))
        .map(|at| hash(&text[at..at + len]))
}

/// The hashes of the snippets of `text` that start at its anchors.
fn snippet_windows(text: &[u8]) -> FxHashSet<u64> {
    let len = params::COPY_SNIPPET_BYTES;
    let Some(last) = text.len().checked_sub(len) else {
        return FxHashSet::default();
    };
    let mut windows = FxHashSet::with_capacity_and_hasher(
        text.len() / params::COPY_ANCHOR_SPACING,
        Default::default(),
    );
    windows.extend(
        memchr::memchr_iter(b' ', &text[..last])
            .map(|space| space + 1)
            .filter(|&at| is_anchor(text, at))
            .map(|at| hash(&text[at..at + len])),
    );
    windows
}

/// Snippets start at anchors: word starts picked by their first two bytes,
/// about one in [`params::COPY_ANCHOR_SPACING`] bytes. A copy and its parts
/// agree on them, as they depend on the text alone, and a long block has
/// a few times fewer of them than of words to index.
#[inline]
fn is_anchor(text: &[u8], at: usize) -> bool {
    text[at - 1] == b' '
        && (u32::from(text[at]) * 31 + u32::from(text.get(at + 1).copied().unwrap_or(0)))
            % params::COPY_ANCHOR_ONE_IN
            == 0
}

fn hash(bytes: &[u8]) -> u64 {
    let mut hasher = FxHasher::default();
    hasher.write(bytes);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang;

    fn copies(lines: &[&str]) -> Vec<bool> {
        let text = lines.join("\n");
        let blocks: Vec<Block<'_>> = crate::blocks::text::lines(&text).map(Block::from).collect();
        let page = crate::blocks::Page {
            blocks,
            meta: Default::default(),
        };
        let features = super::super::compute(&page, lang::by_code("en").unwrap());
        features.iter().map(|f| f.copies_neighbours).collect()
    }

    const PARAGRAPHS: [&str; 6] = [
        "The council met on Tuesday evening to decide the fate of the old harbour bridge, which has been closed to traffic since the spring floods.",
        "Engineers told the meeting that repairs would cost more than a new bridge, and that the old one could not be made safe for lorries again.",
        "Several residents spoke against demolition, saying the bridge was the oldest iron structure in the county and a part of the town's history.",
        "The mayor proposed keeping the bridge for people on foot and building a new road crossing a little further upstream, near the ferry slip.",
        "A vote on the proposal is expected next month, after a public consultation that will run through the whole of the summer holidays.",
        "Until then, buses will keep using the diversion through the industrial estate, which adds about fifteen minutes to every journey.",
    ];

    #[test]
    fn an_article_printed_again_in_one_piece_is_a_copy() {
        // Glued without spaces, and with list numbers the copy lacks.
        let glued = PARAGRAPHS.concat();
        let numbered: Vec<String> = PARAGRAPHS
            .iter()
            .enumerate()
            .map(|(i, p)| format!("{}. {p}", i + 1))
            .collect();
        let mut lines: Vec<&str> = numbered.iter().map(String::as_str).collect();
        lines.push("Share this story");
        lines.push(&glued);
        let found = copies(&lines);
        assert_eq!(found.iter().filter(|&&c| c).count(), 1, "{found:?}");
        assert!(found[lines.len() - 1]);
    }

    #[test]
    fn a_long_paragraph_sharing_text_with_a_few_blocks_is_not() {
        let long = PARAGRAPHS.join(" ");
        // Two thirds of it in two blocks: too few parts for a copy.
        let first = PARAGRAPHS[..2].join(" ");
        let second = PARAGRAPHS[2..4].join(" ");
        let found = copies(&[&first, &long, &second, "Comments are closed."]);
        assert!(found.iter().all(|&c| !c), "{found:?}");
        // The same long text twice: neither copy is made of shorter blocks.
        assert!(copies(&[&long, &long]).iter().all(|&c| !c));
    }
}
