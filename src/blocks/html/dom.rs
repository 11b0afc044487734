//! A small arena DOM that html5ever builds, and the depth guard in front of
//! its tree builder.
//!
//! Our own sink instead of `scraper`'s: it keeps only what the block walk
//! needs (names, attributes, text, source lines), classifies each element
//! once at creation, and tells the depth guard how deep the tree has grown.
//!
//! **Deep nesting.** html5ever's tree builder scans its stack of open
//! elements for many start tags (closing an open `<p>`, list items, scope
//! checks), so a document nested N deep costs O(N²): 100,000 nested `<div>`,
//! `<ul>` or `<blockquote>` take about 30 s, `<div><span>` pairs 14 s, while
//! `<span>`, `<a>`, `<b><i>` or `<p>` alone stay linear (about 40 ms). The
//! guard therefore drops start tags (but never their text) once the
//! insertion point is [`MAX_DEPTH`] deep; no real page comes near that.

use std::borrow::Cow;
use std::cell::{Cell, Ref, RefCell};

use html5ever::TokenizerResult;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use html5ever::tree_builder::{
    ElementFlags, NodeOrText, QuirksMode, TreeBuilder, TreeBuilderOpts, TreeSink,
};
use html5ever::{Attribute, QualName};

use super::tags::{self, Role, Tag};

/// No node (a null link).
pub(crate) const NONE: u32 = u32::MAX;

/// Start tags met when the tree is this deep are dropped (their content is
/// kept). Real pages stay under ~100 levels.
pub(crate) const MAX_DEPTH: u32 = 512;

pub(crate) struct Node {
    pub parent: u32,
    pub first_child: u32,
    pub last_child: u32,
    pub prev: u32,
    pub next: u32,
    /// 1-based source line: of the start tag for elements, of the first
    /// visible character for text.
    pub line: u32,
    /// Depth when the node was inserted (guard bookkeeping only: a node
    /// moved later keeps its old value).
    pub depth: u32,
    pub data: Data,
}

pub(crate) enum Data {
    Document,
    Element(Element),
    Text(StrTendril),
    /// Comments, processing instructions, template fragments.
    Other,
}

pub(crate) struct Element {
    pub name: QualName,
    pub attrs: Vec<Attribute>,
    pub tag: Tag,
    /// Text inside is never read (scripts other than JSON-LD, styles,
    /// form controls), so it is not stored.
    drops_text: bool,
    template_contents: u32,
    annotation_xml: bool,
}

impl Element {
    /// The value of an attribute without a namespace.
    pub fn attr(&self, local: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|a| &*a.name.local == local)
            .map(|a| &*a.value)
    }
}

/// The parsed document: node 0 is the document.
pub(crate) struct Dom {
    pub nodes: Vec<Node>,
}

impl Dom {
    pub fn node(&self, id: u32) -> &Node {
        &self.nodes[id as usize]
    }

    pub fn element(&self, id: u32) -> Option<&Element> {
        match &self.nodes[id as usize].data {
            Data::Element(e) => Some(e),
            _ => None,
        }
    }

    /// The concatenated text of a node's text children (for `<title>`,
    /// `<script>`).
    pub fn child_text(&self, id: u32) -> String {
        let mut out = String::new();
        let mut child = self.node(id).first_child;
        while child != NONE {
            if let Data::Text(t) = &self.node(child).data {
                out.push_str(t);
            }
            child = self.node(child).next;
        }
        out
    }
}

impl Dom {
    /// The text under a node, in document order, up to about `limit` bytes
    /// (for `rel=author` links).
    pub fn text_of(&self, id: u32, limit: usize) -> String {
        let mut out = String::new();
        let mut stack = vec![id];
        while let Some(n) = stack.pop() {
            if out.len() >= limit {
                break;
            }
            let node = self.node(n);
            match &node.data {
                Data::Text(t) => out.push_str(t),
                Data::Element(e)
                    if matches!(
                        e.tag.role,
                        super::tags::Role::Skip | super::tags::Role::Script
                    ) => {}
                _ => {
                    let mut child = node.last_child;
                    while child != NONE {
                        stack.push(child);
                        child = self.node(child).prev;
                    }
                }
            }
        }
        out.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

/// Parses a document into the arena.
pub(crate) fn parse(input: &str) -> Dom {
    let sink = Sink {
        nodes: RefCell::new(Vec::with_capacity(input.len() / 40 + 16)),
        line: Cell::new(1),
        insertion_depth: Cell::new(0),
    };
    sink.push(Data::Document);
    let guard = Guard {
        builder: TreeBuilder::new(sink, TreeBuilderOpts::default()),
    };
    let tokenizer = Tokenizer::new(guard, TokenizerOpts::default());
    let queue = BufferQueue::default();
    queue.push_back(StrTendril::from_slice(&super::strip::strip_raw_text(input)));
    // Other results (a script to run, a `<meta charset>` seen) only pause
    // the tokenizer.
    while !matches!(tokenizer.feed(&queue), TokenizerResult::Done) {}
    tokenizer.end();
    let guard = &tokenizer.sink;
    Dom {
        nodes: guard.builder.sink.nodes.take(),
    }
}

/// Passes tokens to the tree builder, dropping start tags once the tree is
/// [`MAX_DEPTH`] deep (see the module docs).
struct Guard {
    builder: TreeBuilder<u32, Sink>,
}

impl TokenSink for Guard {
    type Handle = u32;

    fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<u32> {
        if let Token::TagToken(tag) = &token
            && tag.kind == TagKind::StartTag
            && self.builder.sink.insertion_depth.get() >= MAX_DEPTH
            && !tags::guard_must_keep(&tag.name)
            && !tags::is_void(&tag.name)
        {
            return TokenSinkResult::Continue;
        }
        self.builder.process_token(token, line_number)
    }

    fn end(&self) {
        self.builder.end()
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.builder
            .adjusted_current_node_present_but_not_in_html_namespace()
    }
}

struct Sink {
    nodes: RefCell<Vec<Node>>,
    line: Cell<u32>,
    /// Depth of the node the tree builder last inserted into: the size of
    /// its stack of open elements, near enough (it lags behind end tags
    /// until the next insertion).
    insertion_depth: Cell<u32>,
}

impl Sink {
    fn push(&self, data: Data) -> u32 {
        let mut nodes = self.nodes.borrow_mut();
        let id = nodes.len() as u32;
        nodes.push(Node {
            parent: NONE,
            first_child: NONE,
            last_child: NONE,
            prev: NONE,
            next: NONE,
            line: if matches!(data, Data::Text(_)) {
                0
            } else {
                self.line.get()
            },
            depth: 0,
            data,
        });
        id
    }

    fn new_text(&self, text: StrTendril) -> u32 {
        let line = visible_line(&text, self.line.get());
        let id = self.push(Data::Text(text));
        self.nodes.borrow_mut()[id as usize].line = line;
        id
    }

    /// Adds `text` to a text node, noting the line of its first visible
    /// character.
    fn extend_text(nodes: &mut [Node], id: u32, text: &str, line: u32) {
        let node = &mut nodes[id as usize];
        if let Data::Text(t) = &mut node.data {
            if node.line == 0 {
                node.line = visible_line(text, line);
            }
            t.push_slice(text);
        }
    }

    fn detach(nodes: &mut [Node], id: u32) {
        let (parent, prev, next) = {
            let n = &nodes[id as usize];
            (n.parent, n.prev, n.next)
        };
        if parent == NONE {
            return;
        }
        if prev != NONE {
            nodes[prev as usize].next = next;
        } else {
            nodes[parent as usize].first_child = next;
        }
        if next != NONE {
            nodes[next as usize].prev = prev;
        } else {
            nodes[parent as usize].last_child = prev;
        }
        let n = &mut nodes[id as usize];
        n.parent = NONE;
        n.prev = NONE;
        n.next = NONE;
    }

    fn append_child(&self, nodes: &mut [Node], parent: u32, child: u32) {
        let last = nodes[parent as usize].last_child;
        let depth = nodes[parent as usize].depth + 1;
        {
            let c = &mut nodes[child as usize];
            c.parent = parent;
            c.prev = last;
            c.next = NONE;
            c.depth = depth;
        }
        if last != NONE {
            nodes[last as usize].next = child;
        } else {
            nodes[parent as usize].first_child = child;
        }
        nodes[parent as usize].last_child = child;
        self.note_insertion(nodes, child);
    }

    fn insert_before(&self, nodes: &mut [Node], sibling: u32, child: u32) {
        let (parent, prev, depth) = {
            let s = &nodes[sibling as usize];
            (s.parent, s.prev, s.depth)
        };
        {
            let c = &mut nodes[child as usize];
            c.parent = parent;
            c.prev = prev;
            c.next = sibling;
            c.depth = depth;
        }
        nodes[sibling as usize].prev = child;
        if prev != NONE {
            nodes[prev as usize].next = child;
        } else {
            nodes[parent as usize].first_child = child;
        }
        self.note_insertion(nodes, child);
    }

    fn note_insertion(&self, nodes: &[Node], child: u32) {
        let n = &nodes[child as usize];
        let open = matches!(&n.data, Data::Element(e) if !e.tag.void);
        self.insertion_depth.set(if open {
            n.depth
        } else {
            n.depth.saturating_sub(1)
        });
    }
}

/// The line of the first visible character of a chunk of text, or 0. The
/// tokenizer reports the line it has reached when it hands over a chunk,
/// that is the line of the chunk's end.
fn visible_line(text: &str, line_at_end: u32) -> u32 {
    match text.find(|c: char| !c.is_whitespace()) {
        Some(at) => line_at_end.saturating_sub(text[at..].matches('\n').count() as u32),
        None => 0,
    }
}

impl TreeSink for Sink {
    type Handle = u32;
    type Output = ();
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) {}

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> u32 {
        0
    }

    fn elem_name<'a>(&'a self, target: &'a u32) -> Ref<'a, QualName> {
        Ref::map(self.nodes.borrow(), |nodes| {
            match &nodes[*target as usize].data {
                Data::Element(e) => &e.name,
                _ => panic!("elem_name called on a non-element"),
            }
        })
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> u32 {
        let tag = Tag::of(&name);
        let drops_text = match tag.role {
            Role::Skip => true,
            Role::Script => !attrs.iter().any(|a| {
                &*a.name.local == "type"
                    && a.value.trim().eq_ignore_ascii_case("application/ld+json")
            }),
            _ => false,
        };
        let id = self.push(Data::Element(Element {
            name,
            attrs,
            tag,
            drops_text,
            template_contents: NONE,
            annotation_xml: flags.mathml_annotation_xml_integration_point,
        }));
        if flags.template {
            let contents = self.push(Data::Other);
            if let Data::Element(e) = &mut self.nodes.borrow_mut()[id as usize].data {
                e.template_contents = contents;
            }
        }
        id
    }

    fn create_comment(&self, _text: StrTendril) -> u32 {
        self.push(Data::Other)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> u32 {
        self.push(Data::Other)
    }

    fn append(&self, parent: &u32, child: NodeOrText<u32>) {
        match child {
            NodeOrText::AppendNode(id) => {
                let mut nodes = self.nodes.borrow_mut();
                Self::detach(&mut nodes, id);
                self.append_child(&mut nodes, *parent, id);
            }
            NodeOrText::AppendText(text) => {
                let (last, drops_text, depth) = {
                    let nodes = self.nodes.borrow();
                    let p = &nodes[*parent as usize];
                    let drops = matches!(&p.data, Data::Element(e) if e.drops_text);
                    (p.last_child, drops, p.depth)
                };
                if drops_text {
                    // Scripts and styles can be most of a page's bytes;
                    // nothing reads them, so they are not kept.
                    self.insertion_depth.set(depth);
                    return;
                }
                let mut nodes = self.nodes.borrow_mut();
                if last != NONE && matches!(nodes[last as usize].data, Data::Text(_)) {
                    Self::extend_text(&mut nodes, last, &text, self.line.get());
                    let depth = nodes[*parent as usize].depth;
                    self.insertion_depth.set(depth);
                } else {
                    drop(nodes);
                    let id = self.new_text(text);
                    let mut nodes = self.nodes.borrow_mut();
                    self.append_child(&mut nodes, *parent, id);
                }
            }
        }
    }

    fn append_based_on_parent_node(
        &self,
        element: &u32,
        prev_element: &u32,
        child: NodeOrText<u32>,
    ) {
        let has_parent = self.nodes.borrow()[*element as usize].parent != NONE;
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {}

    fn get_template_contents(&self, target: &u32) -> u32 {
        match &self.nodes.borrow()[*target as usize].data {
            Data::Element(e) if e.template_contents != NONE => e.template_contents,
            _ => *target,
        }
    }

    fn same_node(&self, x: &u32, y: &u32) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &u32, new_node: NodeOrText<u32>) {
        if self.nodes.borrow()[*sibling as usize].parent == NONE {
            return;
        }
        match new_node {
            NodeOrText::AppendNode(id) => {
                let mut nodes = self.nodes.borrow_mut();
                Self::detach(&mut nodes, id);
                self.insert_before(&mut nodes, *sibling, id);
            }
            NodeOrText::AppendText(text) => {
                let prev = self.nodes.borrow()[*sibling as usize].prev;
                let mut nodes = self.nodes.borrow_mut();
                if prev != NONE && matches!(nodes[prev as usize].data, Data::Text(_)) {
                    Self::extend_text(&mut nodes, prev, &text, self.line.get());
                } else {
                    drop(nodes);
                    let id = self.new_text(text);
                    let mut nodes = self.nodes.borrow_mut();
                    self.insert_before(&mut nodes, *sibling, id);
                }
            }
        }
    }

    fn add_attrs_if_missing(&self, target: &u32, attrs: Vec<Attribute>) {
        if let Data::Element(e) = &mut self.nodes.borrow_mut()[*target as usize].data {
            for attr in attrs {
                if !e.attrs.iter().any(|a| a.name == attr.name) {
                    e.attrs.push(attr);
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &u32) {
        Self::detach(&mut self.nodes.borrow_mut(), *target);
    }

    fn reparent_children(&self, node: &u32, new_parent: &u32) {
        let mut nodes = self.nodes.borrow_mut();
        let mut child = nodes[*node as usize].first_child;
        while child != NONE {
            let next = nodes[child as usize].next;
            Self::detach(&mut nodes, child);
            self.append_child(&mut nodes, *new_parent, child);
            child = next;
        }
    }

    fn is_mathml_annotation_xml_integration_point(&self, handle: &u32) -> bool {
        matches!(&self.nodes.borrow()[*handle as usize].data, Data::Element(e) if e.annotation_xml)
    }

    fn set_current_line(&self, line_number: u64) {
        self.line.set(line_number.min(u32::MAX as u64) as u32);
    }
}
