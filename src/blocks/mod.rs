//! Stage 2: a page becomes a sequence of blocks. Scraped text gives one block
//! per non-blank line ([`text`]); HTML gives one block per paragraph-level
//! element, carrying what the DOM knows about it ([`html`]). Everything after
//! this stage is the same code for both.

pub mod html;
pub mod text;

use std::borrow::Cow;

use bitflags::bitflags;

/// One paragraph-level unit of a page.
#[derive(Debug, Clone)]
pub struct Block<'a> {
    /// The block's text, trimmed, without a leading list bullet.
    pub text: Cow<'a, str>,
    /// 1-based line of the input where the block starts.
    pub line: u32,
    /// Leading white space of a text line (0 for HTML).
    pub indent: u16,
    /// Whether the block is a list item (a bullet glyph in text, `<li>` in HTML).
    pub bullet: bool,
    /// The bullet glyph of a text line that starts with it ("– Name",
    /// "* Note"): the page's author wrote it, where the glyphs a text
    /// browser draws stand after an indent ('-' and '*', which no browser
    /// draws, are the author's after one too). The output keeps it; the
    /// features, like those of any list item, read the text without it.
    /// `None` for other blocks and for HTML.
    pub written_marker: Option<char>,
    /// What the DOM says about the block; `None` for scraped text.
    pub dom: Option<Box<DomEvidence>>,
}

/// Metadata a page states about itself (HTML `<head>`, JSON-LD); empty for
/// scraped text, where title, byline and date are found among the blocks.
#[derive(Debug, Clone, Default)]
pub struct PageMeta {
    /// The headline, without a " | Site Name" suffix.
    pub title: Option<String>,
    pub byline: Option<String>,
    pub date: Option<String>,
    /// JSON-LD `articleBody`, whitespace-normalised and lowercased; used as
    /// evidence for blocks, never as the output.
    pub article_body: Option<String>,
}

/// A page as blocks, plus what it says about itself.
#[derive(Debug, Clone, Default)]
pub struct Page<'a> {
    pub blocks: Vec<Block<'a>>,
    pub meta: PageMeta,
}

bitflags! {
    /// Structural regions a block sits in: elements (`<nav>`, `<aside>`...),
    /// ARIA roles, and hidden elements (`hidden`, `aria-hidden="true"`,
    /// inline `display: none`, screen-reader-only classes).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
    pub struct Landmarks: u32 {
        const NAV = 1 << 0;
        const HEADER = 1 << 1;
        const FOOTER = 1 << 2;
        const ASIDE = 1 << 3;
        const FORM = 1 << 4;
        const FIGURE = 1 << 5;
        const FIGCAPTION = 1 << 6;
        const ARTICLE = 1 << 7;
        const MAIN = 1 << 8;
        const HIDDEN = 1 << 9;
        const BUTTON = 1 << 10;
        const BLOCKQUOTE = 1 << 11;
        const TABLE = 1 << 12;
        const PRE = 1 << 13;
        const ADDRESS = 1 << 14;
        const LIST = 1 << 15;
        /// `<dialog>`, `role="dialog"`: pop-ups, consent and sign-up boxes.
        const DIALOG = 1 << 16;
        /// Outside the element that holds most of the page's prose (found
        /// the way Readability finds its top candidate).
        const OUTSIDE_CONTENT = 1 << 17;
        /// Inside an `<article>` that is itself inside another: by HTML's
        /// meaning an item of its own within the outer one (a teaser card,
        /// a comment), not the outer article's text.
        const NESTED_ARTICLE = 1 << 18;
        /// Outside even the parent of that element: not a paywalled part
        /// or a box beside the article's text, but a section of the page
        /// after or around the article (a video, teasers to read next).
        const FAR_FROM_CONTENT = 1 << 19;
    }
}

bitflags! {
    /// What class names, ids, ARIA roles and itemprops of the block and its
    /// ancestors hint at.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
    pub struct Hints: u32 {
        const COMMENT = 1 << 0;
        const SHARE = 1 << 1;
        const RELATED = 1 << 2;
        const SIDEBAR = 1 << 3;
        const PROMO = 1 << 4;
        const BYLINE = 1 << 5;
        const CAPTION = 1 << 6;
        const NEWSLETTER = 1 << 7;
        const COOKIE = 1 << 8;
        const NAVIGATION = 1 << 9;
        const FOOTER = 1 << 10;
        const AD = 1 << 11;
        const META = 1 << 12;
        /// article, content, story, entry, post-body, articleBody...
        const CONTENT = 1 << 13;
        const TITLE = 1 << 14;
        const AUTHOR = 1 << 15;
        /// header, masthead: the page's or the article's header.
        const HEADER = 1 << 16;
        /// dek, standfirst, chapô: the summary under the headline.
        const STANDFIRST = 1 << 17;
        /// factbox, faktaruta: the article's key facts in a box.
        const FACT_BOX = 1 << 18;
    }
}

/// The DOM's evidence about one HTML block.
#[derive(Debug, Clone, Default)]
pub struct DomEvidence {
    /// Characters of the block's text that sit inside links.
    pub link_chars: u32,
    /// Table cells whose text the block joins (1 outside tables).
    pub cells: u16,
    pub landmarks: Landmarks,
    pub hints: Hints,
    /// 1 to 6 for `h1`..`h6`, 0 otherwise.
    pub heading: u8,
    /// Index of the block's nearest container element (its parent for a
    /// `p`), shared by blocks that are siblings in the DOM.
    pub container: u32,
    /// Depth of the element in the DOM.
    pub depth: u16,
    /// The block element's name and ancestors, in a table its page's
    /// blocks share (see [`Self::tag`], [`Self::path`]).
    pub element: html::ElementName,
}

impl DomEvidence {
    /// The block element's tag name.
    pub fn tag(&self) -> &str {
        self.element.tag()
    }

    /// Ancestor path for `--explain`, e.g. `body>div#main>article>p`; made
    /// on request, since only `--explain` reads it.
    pub fn path(&self) -> String {
        self.element.path()
    }
}

/// Glyphs that start a list item in scraped text.
pub(crate) const BULLETS: &[char] = &[
    '•', '◦', '▪', '▫', '‣', '⁃', '○', '●', '□', '■', '☆', '★', '◆', '◇', '·', '-', '*', '–',
];
