//! One iterative pass over the DOM that turns text into blocks.
//!
//! Text accumulates in a buffer owned by the nearest *boundary* element
//! (paragraphs, headings, list items, containers, table rows). Entering or
//! leaving a boundary flushes the buffer as one or more blocks, so a run of
//! text between two block children of a `<div>` is its own block. Inline
//! elements only add text (and link spans, and their class hints over the
//! stretch they cover). `<br><br>` splits a block; single `<br>`s split it
//! only when they separate several short lines (a poem, an address).
//!
//! Every element entered gets a record (parent, hints, landmarks); a
//! block's evidence is the union over its owner's ancestor records, worked
//! out once per record after the walk.

use std::borrow::Cow;
use std::sync::Arc;

use crate::blocks::{Block, DomEvidence, Hints, Landmarks};

use super::dom::{Data, Dom, NONE};
use super::hints;
use super::meta::Collector;
use super::names::{ElementName, NameTable};
use super::tags::Role;
use crate::params::{
    BR_SHORT_LINE_CHARS, BR_SPLIT_MIN_BREAKS, BYLINE_BLOCK_MAX_WORDS, CELL_LOOKAHEAD_NODES,
    HOLDER_LEAD, HOLDER_MIN_SHARE, PROSE_MIN_CHARS, WRAPPER_SHARE,
};

/// Elements that structure the article's text rather than wrap it.
const STRUCTURES: Landmarks = Landmarks::LIST
    .union(Landmarks::TABLE)
    .union(Landmarks::BLOCKQUOTE)
    .union(Landmarks::PRE);
/// Hints that outweigh a `CONTENT` hint on the same block.
const CANCEL_CONTENT: Hints = AGAINST_PROSE
    .union(Hints::COMMENT)
    .union(Hints::CAPTION)
    .union(Hints::SHARE);
/// Hints that a wrapper of the article keeps.
const POSITIVE_HINTS: Hints = Hints::CONTENT;
/// Landmarks that a wrapper of the article keeps: the positive and the
/// merely descriptive ones.
const NEUTRAL_LANDMARKS: Landmarks = Landmarks::ARTICLE
    .union(Landmarks::MAIN)
    .union(Landmarks::LIST)
    .union(Landmarks::TABLE)
    .union(Landmarks::BLOCKQUOTE)
    .union(Landmarks::PRE);
/// Evidence that counts a block's prose down when looking for the article.
const AGAINST_PROSE: Hints = Hints::RELATED
    .union(Hints::SIDEBAR)
    .union(Hints::PROMO)
    .union(Hints::NAVIGATION)
    .union(Hints::FOOTER)
    .union(Hints::NEWSLETTER)
    .union(Hints::COOKIE)
    .union(Hints::AD);
const LANDMARKS_AGAINST_PROSE: Landmarks = Landmarks::NAV
    .union(Landmarks::FOOTER)
    .union(Landmarks::ASIDE)
    .union(Landmarks::DIALOG)
    .union(Landmarks::HIDDEN);

/// An element the walk entered.
struct Rec {
    parent: u32,
    /// The nearest boundary ancestor.
    container: u32,
    node: u32,
    depth: u16,
    /// The element's heading level and list-item flag (from its tag), kept
    /// here for when the DOM is gone.
    heading: u8,
    list_item: bool,
    hints: Hints,
    landmarks: Landmarks,
}

/// A block before its evidence is resolved.
struct Pending {
    /// The block's text: `texts[start..end]` of the walk.
    start: u32,
    end: u32,
    line: u32,
    owner: u32,
    link_chars: u32,
    /// Hints of inline elements covering most of the block.
    inline_hints: Hints,
    cells: u16,
}

/// An inline element with hints that is still open.
struct OpenSpan {
    generation: u32,
    start: u32,
    hints: Hints,
}

/// What leaving an element must undo.
#[derive(Clone, Copy)]
struct Frame {
    rec: u32,
    actions: u8,
}

const OWNER: u8 = 1;
const LINK: u8 = 2;
const CELL: u8 = 4;
const SPAN: u8 = 8;
const PRE: u8 = 16;
const HEAD: u8 = 32;
const BODY: u8 = 64;
const EMPHASIS: u8 = 128;

/// The text of the paragraph being read, with what is known about its parts.
#[derive(Default)]
struct Buffer {
    /// Visible text: spaces collapsed, `\n` for each `<br>` (and for source
    /// line breaks in preformatted text).
    text: String,
    /// A space is due before the next visible character.
    space: bool,
    /// The text is preformatted: one block per line.
    pre: bool,
    /// Byte ranges of link text.
    links: Vec<(u32, u32)>,
    /// Byte ranges covered by inline elements with hints.
    spans: Vec<(u32, u32, Hints)>,
    /// Byte ranges set in italics (`<em>`, `<i>`).
    emphasis: Vec<(u32, u32)>,
    /// (byte offset, source line) where text nodes start.
    lines: Vec<(u32, u32)>,
    /// Counts flushes, so that open spans know whether they started in this
    /// buffer.
    generation: u32,
    /// Table cells whose text is in the buffer, not counting the open one,
    /// and where that one's text starts.
    filled_cells: u16,
    cell_start: usize,
}

/// Whether `word`, the start of a link's text, is glued to a label before
/// it, a lowercase letter against a capital ("Leggi anche" + "Siccità,
/// ..."): a card's label and its headline, set apart on screen by their
/// style.
fn opens_glued_link(text: &str, word: &str) -> bool {
    text.chars().next_back().is_some_and(char::is_lowercase)
        && word.chars().next().is_some_and(char::is_uppercase)
}

impl Buffer {
    fn push_text(&mut self, text: &str, line: u32, in_link: bool, pre: bool) {
        let mut first = None;
        if pre {
            self.pre = true;
            if self.space && !self.text.is_empty() {
                self.text.push(' ');
            }
            self.space = false;
            if text.is_empty() {
                return;
            }
            first = Some(self.text.len());
            self.text.push_str(text);
        } else {
            for (i, word) in text.split(is_collapsible).enumerate() {
                if i > 0 && !self.text.is_empty() && !self.text.ends_with('\n') {
                    self.space = true;
                }
                if word.is_empty() {
                    continue;
                }
                let link_joins_space = in_link
                    && self
                        .links
                        .last()
                        .is_some_and(|&(_, end)| end as usize == self.text.len());
                // Text that goes on a link is no new link's start.
                if i == 0
                    && in_link
                    && !self.space
                    && !link_joins_space
                    && opens_glued_link(&self.text, word)
                {
                    self.space = true;
                }
                if self.space {
                    if first.is_none() && link_joins_space {
                        first = Some(self.text.len());
                    }
                    self.text.push(' ');
                    self.space = false;
                }
                if first.is_none() {
                    first = Some(self.text.len());
                }
                if word.contains(is_invisible) {
                    self.text.extend(word.chars().filter(|&c| !is_invisible(c)));
                } else {
                    self.text.push_str(word);
                }
            }
        }
        let Some(start) = first else { return };
        let (start, end) = (start as u32, self.text.len() as u32);
        if self.lines.last().is_none_or(|&(_, l)| l != line) {
            self.lines.push((start, line));
        }
        if in_link {
            match self.links.last_mut() {
                Some(last) if last.1 == start => last.1 = end,
                _ => self.links.push((start, end)),
            }
        }
    }

    fn line_break(&mut self) {
        self.space = false;
        if !self.text.is_empty() || self.pre {
            self.text.push('\n');
        }
    }

    /// A separator between table cells.
    fn separate(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.space = true;
        }
    }

    /// A table cell opens: its text joins the row's.
    fn open_cell(&mut self) {
        self.filled_cells = self.filled_cells();
        self.cell_start = self.text.len();
        self.separate();
    }

    /// Whether one italic range holds all the buffer's visible text.
    fn all_in_italics(&self) -> bool {
        let text = self.text.as_str();
        let start = (text.len() - text.trim_start().len()) as u32;
        let end = text.trim_end().len() as u32;
        start < end && self.emphasis.iter().any(|&(a, b)| a <= start && b >= end)
    }

    /// How many table cells hold the buffer's text.
    fn filled_cells(&self) -> u16 {
        let open_cell_filled = self
            .text
            .get(self.cell_start..)
            .is_some_and(|text| !text.trim().is_empty());
        self.filled_cells
            .saturating_add(u16::from(open_cell_filled))
    }

    fn reset(&mut self) {
        self.text.clear();
        self.space = false;
        self.pre = false;
        self.links.clear();
        self.spans.clear();
        self.emphasis.clear();
        self.lines.clear();
        (self.filled_cells, self.cell_start) = (0, 0);
        self.generation = self.generation.wrapping_add(1);
    }
}

/// White space that HTML collapses (the no-break space too: pages use it
/// for layout, and the text stage treats it as a space).
fn is_collapsible(c: char) -> bool {
    c.is_whitespace()
}

/// Characters dropped from text: zero-width space and byte-order mark.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200b}' | '\u{feff}')
}

/// Joiners, which shape the characters beside them (emoji sequences) and
/// are kept there, but alone make no text: page builders' spacer
/// paragraphs hold a lone U+200D.
fn is_joiner(c: char) -> bool {
    matches!(c, '\u{200c}' | '\u{200d}' | '\u{2060}')
}

pub(crate) struct Walk<'d> {
    dom: &'d Dom,
    recs: Vec<Rec>,
    pending: Vec<Pending>,
    /// The pending blocks' texts, end to end: one allocation while the DOM
    /// is still there, rather than one per block.
    texts: String,
    buffer: Buffer,
    /// Records of the open boundary elements, innermost last.
    owners: Vec<u32>,
    open_spans: Vec<OpenSpan>,
    /// Where the open `<em>` and `<i>` elements start: (buffer
    /// generation, byte offset).
    open_emphasis: Vec<(u32, u32)>,
    /// A picture stands between the last block and the text being read.
    picture_before: bool,
    current: u32,
    in_link: u32,
    pre: u32,
    /// Open table cells that hold a value, whose one paragraph element
    /// (a word processor's `<td><p>`) is no block of its own.
    value_cells: u32,
    head: u32,
    body: u32,
    scratch: String,
    pub meta: Collector,
}

impl<'d> Walk<'d> {
    pub fn new(dom: &'d Dom) -> Self {
        Walk {
            dom,
            recs: Vec::with_capacity(dom.element_count()),
            pending: Vec::new(),
            texts: String::new(),
            buffer: Buffer::default(),
            owners: Vec::new(),
            open_spans: Vec::new(),
            open_emphasis: Vec::new(),
            picture_before: false,
            current: NONE,
            in_link: 0,
            pre: 0,
            value_cells: 0,
            head: 0,
            body: 0,
            scratch: String::new(),
            meta: Collector::default(),
        }
    }

    /// Walks the whole document, and keeps what resolving the blocks'
    /// evidence needs from the DOM, so that the DOM can go first.
    pub fn run(mut self) -> Walked {
        self.walk();
        let names = NameTable::build(
            self.dom,
            self.recs.iter().map(|r| (r.parent, r.node)),
            self.pending.iter().map(|p| p.owner),
        );
        Walked {
            recs: self.recs,
            pending: self.pending,
            texts: self.texts,
            names: Arc::new(names),
            meta: self.meta,
        }
    }

    /// Iterative: the explicit `frames` stack is as deep as the DOM, the
    /// call stack stays flat.
    fn walk(&mut self) {
        let dom = self.dom;
        let mut frames: Vec<Frame> = Vec::new();
        let mut next = dom.node(0).first_child;
        while next != NONE {
            let id = next;
            let descend = self.enter(id, &mut frames);
            let first_child = dom.node(id).first_child;
            if descend && first_child != NONE {
                next = first_child;
                continue;
            }
            if descend {
                let frame = frames.pop().expect("entered elements have frames");
                self.leave(frame);
            }
            // Climb until a node has a next sibling.
            let mut node = id;
            next = NONE;
            loop {
                let n = dom.node(node);
                if n.next != NONE {
                    next = n.next;
                    break;
                }
                if n.parent == NONE || n.parent == 0 {
                    break;
                }
                let frame = frames.pop().expect("open parents have frames");
                self.leave(frame);
                node = n.parent;
            }
        }
        while let Some(frame) = frames.pop() {
            self.leave(frame);
        }
        // Text outside any boundary (there is always `<html>`, but be safe).
        if self.owners.is_empty() && !self.buffer.text.is_empty() && !self.recs.is_empty() {
            self.owners.push(0);
            self.flush();
        }
    }

    fn enter(&mut self, id: u32, frames: &mut Vec<Frame>) -> bool {
        let dom = self.dom;
        let element = match dom.data(id) {
            Data::Text(text) => {
                if self.head == 0 {
                    let pre = self.pre > 0;
                    self.buffer
                        .push_text(text, dom.node(id).line, self.in_link > 0, pre);
                }
                return false;
            }
            Data::Element(e) => e,
            Data::Other => return false,
        };
        let tag = element.tag;
        match tag.role {
            Role::Skip => {
                if &*element.local == "img" && self.head == 0 && self.buffer.text.is_empty() {
                    self.picture_before = true;
                }
                return false;
            }
            Role::Script => {
                if element
                    .attr("type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
                {
                    self.meta.json_ld(&dom.child_text(id));
                }
                return false;
            }
            Role::Meta => {
                if &*element.local == "meta" {
                    self.meta.meta(element);
                }
                return false;
            }
            Role::Title => {
                if self.head > 0 {
                    self.meta.title(&dom.child_text(id));
                }
                return false;
            }
            Role::Break => {
                if self.head == 0 {
                    self.buffer.line_break();
                }
                return false;
            }
            Role::Rule => {
                if self.head == 0 {
                    self.flush();
                }
                return false;
            }
            _ if self.head > 0 => return false,
            _ => {}
        }

        let in_heading = tag.heading != 0
            || matches!(tag.role, Role::Inline | Role::Link)
                && self.recs[self.current as usize].heading != 0;
        let mut info = hints::read(element, in_heading, &mut self.scratch);
        if self.pre > 0 {
            // In code, classes name what a highlighter colours: a
            // "synComment" is a comment in the code, not a reader's.
            info.hints = Hints::empty();
        }
        // A button inside a paragraph (a glossary term that opens its
        // definition) is a word of the paragraph's sentence; one inside a
        // heading (an accordion's question that opens its answer) is the
        // heading's text.
        let in_paragraph_or_heading = || {
            self.owners.last().is_some_and(|&owner| {
                let owner = &self.recs[owner as usize];
                owner.heading != 0
                    || matches!(dom.data(owner.node), Data::Element(e) if &*e.local == "p")
            })
        };
        let boundary = match tag.role {
            Role::Boundary if self.value_cells > 0 => false,
            Role::Boundary if &*element.local == "button" && in_paragraph_or_heading() => false,
            Role::Boundary | Role::Row | Role::Pre => true,
            Role::Cell => self.cell_holds_blocks(id),
            _ => false,
        };
        if !boundary && info.landmarks.contains(Landmarks::HIDDEN) {
            // Hidden inline text is not part of any visible paragraph.
            return false;
        }
        let below_body = self.body > 0;
        let rec = self.recs.len() as u32;
        self.recs.push(Rec {
            parent: self.current,
            container: self.owners.last().copied().unwrap_or(NONE),
            node: id,
            depth: frames.len().min(u16::MAX as usize) as u16,
            heading: tag.heading,
            list_item: tag.list_item,
            hints: if below_body {
                info.hints
            } else {
                Hints::empty()
            },
            landmarks: tag.landmark | info.landmarks,
        });
        let mut actions = 0;
        if boundary {
            self.flush();
            self.owners.push(rec);
            actions |= OWNER;
        }
        match tag.role {
            Role::Head => {
                self.head += 1;
                actions |= HEAD;
            }
            Role::Link if info.href && is_permalink_mark(dom, id, element) => return false,
            // A heading that links to its own section ("#where-to-plant")
            // is no link to another page: its words stay the heading's.
            Role::Link
                if info.href
                    && in_heading
                    && element.attr("href").is_some_and(|h| h.starts_with('#')) => {}
            Role::Link if info.href => {
                self.in_link += 1;
                actions |= LINK;
                if self.meta.rel_author.is_none()
                    && element
                        .attr("rel")
                        .is_some_and(|r| r.split_ascii_whitespace().any(|r| r == "author"))
                {
                    let text = dom.text_of(id, 200);
                    if !text.trim().is_empty() {
                        self.meta.rel_author = Some(text);
                    }
                }
            }
            Role::Cell if !boundary => {
                self.buffer.open_cell();
                self.value_cells += 1;
                actions |= CELL;
            }
            Role::Pre => {
                self.pre += 1;
                actions |= PRE;
            }
            _ => {}
        }
        if &*element.local == "body" {
            self.body += 1;
            actions |= BODY;
        } else if self.meta.time_datetime.is_none()
            && &*element.local == "time"
            && let Some(datetime) = element.attr("datetime")
            && !datetime.trim().is_empty()
        {
            self.meta.time_datetime = Some(datetime.trim().to_owned());
        }
        if matches!(&*element.local, "em" | "i") {
            let at = (self.buffer.generation, self.buffer.text.len() as u32);
            self.open_emphasis.push(at);
            actions |= EMPHASIS;
        }
        if !boundary && below_body && !info.hints.is_empty() {
            self.open_spans.push(OpenSpan {
                generation: self.buffer.generation,
                start: self.buffer.text.len() as u32,
                hints: info.hints,
            });
            actions |= SPAN;
        }
        frames.push(Frame { rec, actions });
        self.current = rec;
        true
    }

    fn leave(&mut self, frame: Frame) {
        let a = frame.actions;
        if a & EMPHASIS != 0
            && let Some((generation, start)) = self.open_emphasis.pop()
            && generation == self.buffer.generation
        {
            let end = self.buffer.text.len() as u32;
            self.buffer.emphasis.push((start, end));
        }
        if a & SPAN != 0
            && let Some(span) = self.open_spans.pop()
            && !self.buffer.text.is_empty()
        {
            let start = if span.generation == self.buffer.generation {
                span.start
            } else {
                0
            };
            self.buffer
                .spans
                .push((start, self.buffer.text.len() as u32, span.hints));
        }
        if a & OWNER != 0 {
            self.flush();
            self.owners.pop();
        }
        if a & LINK != 0 {
            self.in_link -= 1;
        }
        if a & CELL != 0 {
            self.buffer.separate();
            self.value_cells -= 1;
        }
        if a & PRE != 0 {
            self.pre -= 1;
        }
        if a & HEAD != 0 {
            self.head -= 1;
        }
        if a & BODY != 0 {
            self.body -= 1;
        }
        self.current = self.recs[frame.rec as usize].parent;
    }

    /// Whether a table cell holds block elements (a layout table) rather
    /// than a value: a table, code, or two block elements. One paragraph
    /// element around the value is how word processors write every cell.
    /// Looks at a bounded number of descendants.
    fn cell_holds_blocks(&self, cell: u32) -> bool {
        let dom = self.dom;
        let mut seen = 0;
        let mut blocks = 0;
        let mut id = dom.node(cell).first_child;
        while id != NONE && seen < CELL_LOOKAHEAD_NODES {
            seen += 1;
            let node = dom.node(id);
            if let Data::Element(e) = dom.data(id) {
                match e.tag.role {
                    Role::Row | Role::Cell | Role::Pre => return true,
                    Role::Boundary if blocks > 0 => return true,
                    Role::Boundary if node.first_child != NONE => {
                        blocks += 1;
                        id = node.first_child;
                        continue;
                    }
                    Role::Boundary => blocks += 1,
                    Role::Skip | Role::Script => {}
                    _ if node.first_child != NONE => {
                        id = node.first_child;
                        continue;
                    }
                    _ => {}
                }
            }
            // Next in document order within the cell.
            let mut up = id;
            id = NONE;
            while up != cell && up != NONE {
                let n = dom.node(up);
                if n.next != NONE {
                    id = n.next;
                    break;
                }
                up = n.parent;
            }
        }
        false
    }

    /// Turns the buffer into blocks owned by the innermost open boundary.
    fn flush(&mut self) {
        if self.buffer.text.is_empty() || self.owners.is_empty() {
            self.buffer.reset();
            return;
        }
        let owner = *self.owners.last().expect("checked");
        let len = self.buffer.text.len() as u32;
        // A paragraph all in italics right under a picture is its caption,
        // though no `<figcaption>` says so.
        if std::mem::take(&mut self.picture_before) && self.buffer.all_in_italics() {
            self.recs[owner as usize].landmarks |= Landmarks::FIGCAPTION;
        }
        for span in &self.open_spans {
            let start = if span.generation == self.buffer.generation {
                span.start
            } else {
                0
            };
            if start < len {
                self.buffer.spans.push((start, len, span.hints));
            }
        }
        // 1 outside tables; a layout table's row of one cell has 1 too.
        let cells = self.buffer.filled_cells().max(1);
        let text = std::mem::take(&mut self.buffer.text);
        let mut pieces: Vec<(usize, usize, bool)> = Vec::new();
        if self.buffer.pre {
            let mut start = 0;
            for (at, _) in text.match_indices('\n') {
                pieces.push((start, at, true));
                start = at + 1;
            }
            pieces.push((start, text.len(), true));
        } else {
            split_breaks(&text, &mut pieces);
        }
        // Pieces come in order, so one sweep finds the spans and lines of
        // them all (a `<pre>` or a `<br>`-separated run can have tens of
        // thousands of pieces).
        self.buffer
            .spans
            .sort_unstable_by_key(|&(start, _, _)| start);
        let mut sweep = Sweep::default();
        for (start, end, collapse) in pieces {
            self.emit(&text, (start, end), collapse, (owner, cells), &mut sweep);
        }
        self.buffer.text = text;
        self.buffer.reset();
    }

    fn emit(
        &mut self,
        text: &str,
        (start, end): (usize, usize),
        collapse: bool,
        (owner, cells): (u32, u16),
        sweep: &mut Sweep,
    ) {
        let piece = &text[start..end];
        let trimmed_start = piece.len() - piece.trim_start().len();
        let piece = piece.trim();
        // Preformatted text keeps its invisible characters: a line of only
        // those, or of joiners, is no line.
        if piece.is_empty() || piece.chars().all(|c| is_joiner(c) || is_invisible(c)) {
            return;
        }
        let (start, end) = (start + trimmed_start, start + trimmed_start + piece.len());
        let text_start = self.texts.len();
        if collapse {
            for word in piece.split(char::is_whitespace).filter(|w| !w.is_empty()) {
                if self.texts.len() > text_start {
                    self.texts.push(' ');
                }
                self.texts.push_str(word);
            }
        } else {
            self.texts.push_str(piece);
        }
        // Links follow one another in the text, so they are sorted by start
        // and by end alike.
        let links = &self.buffer.links;
        let first = links.partition_point(|&(_, b)| b as usize <= start);
        let mut link_chars = 0u32;
        for &(a, b) in links[first..]
            .iter()
            .take_while(|&&(a, _)| (a as usize) < end)
        {
            let (a, b) = ((a as usize).max(start), (b as usize).min(end));
            if a < b {
                link_chars += text[a..b].chars().count() as u32;
            }
        }
        // Spans may nest: those begun before the piece's end and not yet
        // ended are the only ones that can cover it.
        let spans = &self.buffer.spans;
        while sweep.next_span < spans.len() && (spans[sweep.next_span].0 as usize) < end {
            sweep.open_spans.push(sweep.next_span);
            sweep.next_span += 1;
        }
        sweep.open_spans.retain(|&i| spans[i].1 as usize > start);
        let mut inline_hints = Hints::empty();
        for &i in &sweep.open_spans {
            let (a, b, h) = spans[i];
            let (a, b) = ((a as usize).max(start), (b as usize).min(end));
            if a < b && (b - a) * 2 >= end - start {
                inline_hints |= h;
            }
        }
        let lines = &self.buffer.lines;
        let at = lines.partition_point(|&(o, _)| o as usize <= start);
        let line = match at.checked_sub(1).map(|i| lines[i]) {
            Some((offset, line)) if self.buffer.pre => {
                // Newlines since the text node began, counted once each.
                let offset = offset as usize;
                if sweep.line_base != offset || sweep.counted_to > start {
                    (sweep.line_base, sweep.counted_to, sweep.newlines) = (offset, offset, 0);
                }
                let counted = &text.as_bytes()[sweep.counted_to..start];
                sweep.newlines += memchr::memchr_iter(b'\n', counted).count() as u32;
                sweep.counted_to = start;
                line + sweep.newlines
            }
            Some((_, line)) => line,
            None => lines.first().map_or_else(
                || self.dom.node(self.recs[owner as usize].node).line,
                |&(_, l)| l,
            ),
        };
        self.pending.push(Pending {
            start: text_start as u32,
            end: self.texts.len() as u32,
            line: line.max(1),
            owner,
            link_chars,
            inline_hints,
            cells,
        });
    }
}

/// Whether a link is a heading's permalink: a sign ("¶", "#", "§") that
/// points into the page. Its sign is no word of the heading.
fn is_permalink_mark(dom: &Dom, id: u32, element: &super::dom::Element) -> bool {
    element
        .attr("href")
        .is_some_and(|href| href.starts_with('#'))
        && matches!(dom.text_of(id, 8).trim(), "¶" | "#" | "§" | "🔗")
}

/// Where [`Walk::flush`] has got to in a buffer's spans and lines.
#[derive(Default)]
struct Sweep {
    /// The first span (by start) not yet begun.
    next_span: usize,
    /// Spans begun and not known to have ended.
    open_spans: Vec<usize>,
    /// Newlines counted in preformatted text from `line_base` to `counted_to`.
    line_base: usize,
    counted_to: usize,
    newlines: u32,
}

/// A walked document, without the DOM.
pub(crate) struct Walked {
    recs: Vec<Rec>,
    pending: Vec<Pending>,
    texts: String,
    names: Arc<NameTable>,
    meta: Collector,
}

/// A `<figure>` that holds a `<blockquote>` is a quote, and its
/// `<figcaption>` says who said it ("— A parent at the pantry"): the
/// quote's own words, not a picture's caption. Such figures and captions
/// stand for block quotes.
fn mark_quote_figures(recs: &mut [Rec]) {
    let mut quote_figure: Vec<bool> = Vec::new();
    for r in 0..recs.len() {
        if !recs[r].landmarks.contains(Landmarks::BLOCKQUOTE) {
            continue;
        }
        // The nearest figure, unless another quote stands between (whose
        // own search covers the rest of the way up).
        let mut up = recs[r].parent;
        while up != NONE {
            let ancestor = &recs[up as usize];
            if ancestor.landmarks.contains(Landmarks::FIGURE) {
                quote_figure.resize(recs.len(), false);
                quote_figure[up as usize] = true;
            }
            if ancestor
                .landmarks
                .intersects(Landmarks::FIGURE | Landmarks::BLOCKQUOTE)
            {
                break;
            }
            up = ancestor.parent;
        }
    }
    if quote_figure.is_empty() {
        return;
    }
    for r in 0..recs.len() {
        let parent = recs[r].parent;
        let caption_of_quote = recs[r].landmarks.contains(Landmarks::FIGCAPTION)
            && parent != NONE
            && quote_figure[parent as usize];
        if quote_figure[r] || caption_of_quote {
            let landmarks = &mut recs[r].landmarks;
            landmarks.remove(Landmarks::FIGURE | Landmarks::FIGCAPTION);
            landmarks.insert(Landmarks::BLOCKQUOTE);
        }
    }
}

/// An element's landmarks: its parent's and its own, and an `<article>`
/// inside another is a nested one. A `<footer>` inside a quote says who
/// is quoted, so it is no page footer.
fn inherit_landmarks(parent: Landmarks, mut own: Landmarks) -> Landmarks {
    if parent.contains(Landmarks::BLOCKQUOTE) {
        own.remove(Landmarks::FOOTER);
    }
    let nested = parent.contains(Landmarks::ARTICLE) && own.contains(Landmarks::ARTICLE);
    let mut landmarks = parent | own;
    landmarks.set(
        Landmarks::NESTED_ARTICLE,
        nested || parent.contains(Landmarks::NESTED_ARTICLE),
    );
    landmarks
}

impl Walked {
    /// Resolves every pending block's evidence and metadata.
    pub fn finish(mut self) -> (Vec<Block<'static>>, Collector) {
        mark_quote_figures(&mut self.recs);
        let n = self.recs.len();
        let mut hints = vec![Hints::empty(); n];
        let mut landmarks = vec![Landmarks::empty(); n];
        // Records are in document order, so parents come first.
        for r in 0..n {
            let rec = &self.recs[r];
            let (ph, pl) = match rec.parent {
                NONE => (Hints::empty(), Landmarks::empty()),
                parent => (hints[parent as usize], landmarks[parent as usize]),
            };
            hints[r] = ph | rec.hints;
            landmarks[r] = inherit_landmarks(pl, rec.landmarks);
        }
        // Wrappers around the article say nothing against it: their
        // negative hints and landmarks are dropped, and inheritance is
        // worked out again.
        let (wrappers, also_inside) = self.content_wrappers(&hints, &landmarks);
        if wrappers.iter().any(|&w| w) {
            for r in 0..n {
                let rec = &self.recs[r];
                let (mut own_h, mut own_l) = (rec.hints, rec.landmarks);
                if wrappers[r] {
                    own_h &= POSITIVE_HINTS;
                    own_l &= NEUTRAL_LANDMARKS;
                }
                let (ph, pl) = match rec.parent {
                    NONE => (Hints::empty(), Landmarks::empty()),
                    parent => (hints[parent as usize], landmarks[parent as usize]),
                };
                hints[r] = ph | own_h;
                landmarks[r] = inherit_landmarks(pl, own_l);
            }
        }
        if let Some(top) = wrappers.iter().rposition(|&w| w) {
            let inside = self.subtrees(std::iter::once(top).chain(also_inside.iter().copied()));
            // The parent's subtree holds the article's element and the
            // siblings beside it (a paywalled part, a box).
            let parent = self.recs[top].parent;
            let near = if parent == NONE {
                inside.clone()
            } else {
                self.subtrees([parent as usize])
            };
            for r in 0..n {
                if !inside[r] {
                    landmarks[r] |= Landmarks::OUTSIDE_CONTENT;
                }
                if !near[r] {
                    landmarks[r] |= Landmarks::FAR_FROM_CONTENT;
                }
            }
        }
        let mut blocks = Vec::with_capacity(self.pending.len());
        for pb in &self.pending {
            let text = &self.texts[pb.start as usize..pb.end as usize];
            let rec = &self.recs[pb.owner as usize];
            let heading = rec.heading;
            let mut block_hints = hints[pb.owner as usize] | pb.inline_hints;
            // A caption, a teaser or a comment inside the article's body
            // is a caption, a teaser or a comment.
            if block_hints.intersects(CANCEL_CONTENT) {
                block_hints.remove(Hints::CONTENT);
            }
            if heading == 1 && self.meta.first_h1.is_none() {
                self.meta.first_h1 = Some(text.to_owned());
            }
            if self.meta.byline_block.is_none()
                && block_hints.intersects(Hints::BYLINE | Hints::AUTHOR)
                && text.split_whitespace().count() <= BYLINE_BLOCK_MAX_WORDS
            {
                self.meta.byline_block = Some(text.to_owned());
            }
            let dom = Some(Box::new(DomEvidence {
                link_chars: pb.link_chars,
                cells: pb.cells,
                landmarks: landmarks[pb.owner as usize],
                hints: block_hints,
                heading,
                container: rec.container,
                depth: rec.depth,
                element: ElementName::new(&self.names, pb.owner),
            }));
            blocks.push(Block {
                text: Cow::Owned(text.to_owned()),
                line: pb.line,
                indent: 0,
                bullet: rec.list_item,
                written_marker: None,
                dom,
            });
        }
        (blocks, self.meta)
    }

    /// Which records lie in the subtree of any of `roots`; records are in
    /// document order, so parents come first.
    fn subtrees(&self, roots: impl IntoIterator<Item = usize>) -> Vec<bool> {
        let mut marked = vec![false; self.recs.len()];
        for r in roots {
            marked[r] = true;
        }
        for r in 1..self.recs.len() {
            let parent = self.recs[r].parent;
            if parent != NONE && marked[parent as usize] {
                marked[r] = true;
            }
        }
        marked
    }

    /// Marks the elements that wrap the page's main text: starting from the
    /// root, step into the child holding most of the prose for as long as it
    /// holds at least [`WRAPPER_SHARE`] of its parent's. Prose is text
    /// outside links, in blocks of some length, counted down where the
    /// block's own evidence is against it; wrapper hints apply to every
    /// block below them alike, so they do not move the shares.
    /// Also returns the siblings of the innermost wrapper that hold the
    /// article's text too.
    fn content_wrappers(
        &self,
        hints: &[Hints],
        landmarks: &[Landmarks],
    ) -> (Vec<bool>, Vec<usize>) {
        let n = self.recs.len();
        // Prose below each element, and (Readability's candidate score) the
        // paragraphs each element holds as their container (in full) or the
        // container's container (by half).
        let mut mass = vec![0f32; n];
        let mut holds = vec![0f32; n];
        for pb in &self.pending {
            let chars = self.texts[pb.start as usize..pb.end as usize]
                .chars()
                .count() as u32;
            let own = chars.saturating_sub(pb.link_chars);
            if own < PROSE_MIN_CHARS {
                continue;
            }
            let o = pb.owner as usize;
            let h = hints[o] | pb.inline_hints;
            let mut weight = 1.0;
            if h.contains(Hints::COMMENT) {
                weight *= 0.2;
            }
            if h.intersects(AGAINST_PROSE) || landmarks[o].intersects(LANDMARKS_AGAINST_PROSE) {
                weight *= 0.5;
            }
            if h.contains(Hints::CONTENT) {
                weight *= 2.0;
            }
            mass[o] += own as f32 * weight;
            let points = weight * (1.0 + (own as f32 / 100.0).min(3.0));
            let container = self.recs[o].container;
            if container != NONE {
                holds[container as usize] += points;
                let outer = self.recs[container as usize].container;
                if outer != NONE {
                    holds[outer as usize] += points / 2.0;
                }
            }
        }
        // `best`: the best paragraph holder in each subtree.
        let own_mass = mass.clone();
        let mut best = holds.clone();
        let mut heaviest = vec![NONE; n];
        for r in (0..n).rev() {
            let parent = self.recs[r].parent;
            if parent != NONE {
                let parent = parent as usize;
                mass[parent] += mass[r];
                best[parent] = best[parent].max(best[r]);
                if heaviest[parent] == NONE || mass[r] > mass[heaviest[parent] as usize] {
                    heaviest[parent] = r as u32;
                }
            }
        }
        // Children of each element, for the tie-break below.
        let mut first_child = vec![NONE; n];
        let mut next_sibling = vec![NONE; n];
        for r in (0..n).rev() {
            let parent = self.recs[r].parent;
            if parent != NONE {
                next_sibling[r] = first_child[parent as usize];
                first_child[parent as usize] = r as u32;
            }
        }
        let mut wrappers = vec![false; n];
        let Some(mut r) = (0..n).find(|&r| self.recs[r].parent == NONE) else {
            return (wrappers, Vec::new());
        };
        // Lists, tables and quotes are the article's own structures, never
        // wrappers around it; nor is a paragraph.
        let is_wrapper = |c: usize| {
            own_mass[c] < 0.5 * mass[c] && !self.recs[c].landmarks.intersects(STRUCTURES)
        };
        loop {
            wrappers[r] = true;
            if mass[r] <= 0.0 || heaviest[r] == NONE {
                break;
            }
            let child = heaviest[r] as usize;
            if !is_wrapper(child) {
                break;
            }
            if mass[child] >= WRAPPER_SHARE * mass[r] {
                r = child;
                continue;
            }
            // No child holds most of the prose: step into the one holding
            // by far the best block of paragraphs (the article among
            // teasers or comments), if it has a fair share of the prose.
            let (mut first, mut second) = (NONE, holds[r]);
            let mut c = first_child[r];
            while c != NONE {
                let b = best[c as usize];
                if first == NONE || b > best[first as usize] {
                    if first != NONE {
                        second = second.max(best[first as usize]);
                    }
                    first = c;
                } else {
                    second = second.max(b);
                }
                c = next_sibling[c as usize];
            }
            if first != NONE
                && is_wrapper(first as usize)
                && best[first as usize] >= HOLDER_LEAD * second
                && mass[first as usize] >= HOLDER_MIN_SHARE * mass[r]
            {
                r = first as usize;
                continue;
            }
            break;
        }
        // Paragraphs beside the article's element (a lead or summary kept
        // apart from the body) belong to it too; so does a sibling of the
        // same tag and class (the body's first part, split from the rest
        // by an ad's slot).
        let label = |c: usize| self.names.label(c as u32).map(|(text, _)| text);
        let classed = label(r).filter(|text| text.contains('.'));
        let mut also_inside = Vec::new();
        let parent = self.recs[r].parent;
        if parent != NONE {
            let mut c = first_child[parent as usize];
            while c != NONE {
                let c_ = c as usize;
                let twin = classed.is_some() && label(c_) == classed;
                if c_ != r && mass[c_] > 0.0 && (own_mass[c_] >= 0.5 * mass[c_] || twin) {
                    also_inside.push(c_);
                }
                c = next_sibling[c_];
            }
        }
        (wrappers, also_inside)
    }
}

/// Splits text at `<br>` marks: two or more in a row always split; single
/// ones split only when they separate several short lines, and are spaces
/// otherwise.
fn split_breaks(text: &str, pieces: &mut Vec<(usize, usize, bool)>) {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    let mut segments: Vec<(usize, usize)> = Vec::new();
    while i < bytes.len() {
        if bytes[i] == b'\n' && i + 1 < bytes.len() && bytes[i + 1] == b'\n' {
            segments.push((start, i));
            while i < bytes.len() && bytes[i] == b'\n' {
                i += 1;
            }
            start = i;
        } else {
            i += 1;
        }
    }
    segments.push((start, bytes.len()));
    for (start, end) in segments {
        let segment = &text[start..end];
        let breaks = segment.matches('\n').count();
        let lines_are_short = breaks >= BR_SPLIT_MIN_BREAKS && {
            let short = segment
                .split('\n')
                .filter(|l| l.chars().count() <= BR_SHORT_LINE_CHARS)
                .count();
            short * 3 >= (breaks + 1) * 2
        };
        if breaks > 0 && lines_are_short {
            let mut s = start;
            for (at, _) in segment.match_indices('\n') {
                pieces.push((s, start + at, true));
                s = start + at + 1;
            }
            pieces.push((s, end, true));
        } else {
            // Single breaks become spaces when the piece is collapsed.
            pieces.push((start, end, true));
        }
    }
}
