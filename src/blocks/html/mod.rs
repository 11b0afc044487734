//! HTML to blocks (placeholder until the DOM stage lands): tags are
//! stripped and the text is treated as lines.

use std::borrow::Cow;

use super::{Block, Page};

pub fn parse(input: &str) -> Page<'static> {
    let doc = scraper::Html::parse_document(input);
    let text: String = doc.root_element().text().collect::<Vec<_>>().join("\n");
    let blocks = super::text::parse(&text)
        .blocks
        .into_iter()
        .map(|b| Block {
            text: Cow::Owned(b.text.into_owned()),
            ..b
        })
        .collect();
    Page {
        blocks,
        meta: Default::default(),
    }
}
