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
//!
//! **Dense markup.** A node or an attribute costs some 40 bytes in the
//! tree and as much again in the walk over it. Real pages hold one node per
//! 20 to 35 bytes of input, but a page of nothing but tiny elements holds
//! one per 2 bytes, and the tree builder also makes elements no tag asked
//! for: formatting elements that a block closed are opened again, with
//! all their attributes, in the next block. That can be dozens of elements
//! per paragraph, or a count that grows with every paragraph. So the tree
//! gets a budget of nodes and attributes in proportion to the input
//! ([`INPUT_BYTES_PER_TREE_ITEM`]). Past it the guard passes only text,
//! which joins the text node then open (the rest of such a page is one
//! block), and elements the tree builder still makes get no attributes.
//! Memory then stays in proportion to the input.

use std::borrow::Cow;
use std::cell::{Cell, Ref, RefCell};

use html5ever::TokenizerResult;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use html5ever::tree_builder::{
    ElemName, ElementFlags, NodeOrText, QuirksMode, TreeBuilder, TreeBuilderOpts, TreeSink,
};
use html5ever::{Attribute, LocalName, Namespace, QualName, ns};

use super::strip::MAX_ATTRIBUTES;
use super::tags::{self, Role, Tag};

/// No node (a null link).
pub(crate) const NONE: u32 = u32::MAX;

/// Start tags met when the tree is this deep are dropped (their content is
/// kept). Real pages stay under ~100 levels.
pub(crate) const MAX_DEPTH: u32 = 512;

/// The tree may hold one node or attribute per this many bytes of input
/// (and at least [`MIN_TREE_ITEMS`]); see the module docs. The densest
/// benchmark page has one node per 24 bytes.
pub(crate) const INPUT_BYTES_PER_TREE_ITEM: usize = 10;

/// The budget of a small input, a few megabytes of tree: no page this
/// small needs the guard.
pub(crate) const MIN_TREE_ITEMS: usize = 20_000;

/// A first guess at bytes of input per node, to size the arena up front
/// (it grows past the guess as needed).
const INPUT_BYTES_PER_NODE: usize = 40;

/// The tree's links, the same for every kind of node; what a node holds is
/// in a side table, so that a text node does not pay for an element.
pub(crate) struct Node {
    pub parent: u32,
    pub first_child: u32,
    pub last_child: u32,
    pub prev: u32,
    pub next: u32,
    /// 1-based source line: of the start tag for elements, of the first
    /// visible character for text.
    pub line: u32,
    /// Index in [`Dom::elements`] or [`Dom::texts`], by `kind`.
    index: u32,
    /// Depth when the node was inserted, saturating (guard bookkeeping
    /// only: a node moved later keeps its old value).
    pub depth: u16,
    kind: Kind,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Document,
    Element,
    Text,
    /// Comments, processing instructions, template fragments.
    Other,
}

/// What a node holds.
pub(crate) enum Data<'a> {
    Element(&'a Element),
    Text(&'a str),
    /// The document, comments, processing instructions, template fragments.
    Other,
}

/// The namespaces elements are created in (the tree builder asks for them
/// by reference).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ns {
    Html,
    Svg,
    MathMl,
    /// Never made by the tree builder.
    None,
}

static HTML_NS: Namespace = ns!(html);
static SVG_NS: Namespace = ns!(svg);
static MATHML_NS: Namespace = ns!(mathml);
static NO_NS: Namespace = ns!();

impl Ns {
    fn of(ns: &Namespace) -> Ns {
        match *ns {
            ns!(html) => Ns::Html,
            ns!(svg) => Ns::Svg,
            ns!(mathml) => Ns::MathMl,
            _ => Ns::None,
        }
    }

    fn namespace(self) -> &'static Namespace {
        match self {
            Ns::Html => &HTML_NS,
            Ns::Svg => &SVG_NS,
            Ns::MathMl => &MATHML_NS,
            Ns::None => &NO_NS,
        }
    }
}

pub(crate) struct Element {
    pub local: LocalName,
    pub attrs: Box<[Attribute]>,
    pub tag: Tag,
    template_contents: u32,
    ns: Ns,
    /// Text inside is never read (scripts other than JSON-LD, styles,
    /// form controls), so it is not stored.
    drops_text: bool,
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
#[derive(Default)]
pub(crate) struct Dom {
    pub nodes: Vec<Node>,
    elements: Vec<Element>,
    texts: Vec<StrTendril>,
}

impl Dom {
    fn with_capacity(input_len: usize) -> Dom {
        let nodes = input_len / INPUT_BYTES_PER_NODE + 16;
        // Elements and text nodes come in roughly equal numbers.
        Dom {
            nodes: Vec::with_capacity(nodes),
            elements: Vec::with_capacity(nodes / 2),
            texts: Vec::with_capacity(nodes / 2),
        }
    }

    pub fn node(&self, id: u32) -> &Node {
        &self.nodes[id as usize]
    }

    pub fn data(&self, id: u32) -> Data<'_> {
        let node = &self.nodes[id as usize];
        match node.kind {
            Kind::Element => Data::Element(&self.elements[node.index as usize]),
            Kind::Text => Data::Text(&self.texts[node.index as usize]),
            Kind::Document | Kind::Other => Data::Other,
        }
    }

    /// Elements made, in the tree or not: at most one record each for the
    /// walk.
    pub fn element_count(&self) -> usize {
        self.elements.len()
    }

    pub fn element(&self, id: u32) -> Option<&Element> {
        let node = &self.nodes[id as usize];
        (node.kind == Kind::Element).then(|| &self.elements[node.index as usize])
    }

    fn element_mut(&mut self, id: u32) -> Option<&mut Element> {
        let node = &self.nodes[id as usize];
        (node.kind == Kind::Element).then(|| &mut self.elements[node.index as usize])
    }

    fn is_text(&self, id: u32) -> bool {
        self.nodes[id as usize].kind == Kind::Text
    }

    /// The concatenated text of a node's text children (for `<title>`,
    /// `<script>`).
    pub fn child_text(&self, id: u32) -> String {
        let mut out = String::new();
        let mut child = self.node(id).first_child;
        while child != NONE {
            if let Data::Text(t) = self.data(child) {
                out.push_str(t);
            }
            child = self.node(child).next;
        }
        out
    }

    /// The text under a node, in document order, up to about `limit` bytes
    /// (for `rel=author` links).
    pub fn text_of(&self, id: u32, limit: usize) -> String {
        let mut out = String::new();
        let mut stack = vec![id];
        while let Some(n) = stack.pop() {
            if out.len() >= limit {
                break;
            }
            match self.data(n) {
                Data::Text(t) => out.push_str(t),
                Data::Element(e) if matches!(e.tag.role, Role::Skip | Role::Script) => {}
                _ => {
                    let mut child = self.node(n).last_child;
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
        dom: RefCell::new(Dom::with_capacity(input.len())),
        line: Cell::new(1),
        insertion_depth: Cell::new(0),
        budget: (input.len() / INPUT_BYTES_PER_TREE_ITEM).max(MIN_TREE_ITEMS),
        spent: Cell::new(0),
    };
    sink.push(Kind::Document, 0);
    let guard = Guard {
        builder: TreeBuilder::new(sink, TreeBuilderOpts::default()),
    };
    let tokenizer = Tokenizer::new(guard, TokenizerOpts::default());
    let queue = BufferQueue::default();
    let stripped = super::strip::strip_raw_text(input);
    let capped = super::strip::cap_attributes_everywhere(&stripped);
    queue.push_back(StrTendril::from_slice(&capped));
    // Other results (a script to run, a `<meta charset>` seen) only pause
    // the tokenizer.
    while !matches!(tokenizer.feed(&queue), TokenizerResult::Done) {}
    tokenizer.end();
    tokenizer.sink.builder.sink.dom.take()
}

/// Passes tokens to the tree builder, dropping start tags once the tree is
/// [`MAX_DEPTH`] deep, and everything but text once it has used its
/// budget (see the module docs).
struct Guard {
    builder: TreeBuilder<u32, Sink>,
}

impl TokenSink for Guard {
    type Handle = u32;

    fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<u32> {
        let sink = &self.builder.sink;
        match &token {
            Token::TagToken(_) | Token::CommentToken(_) | Token::DoctypeToken(_)
                if sink.over_budget() =>
            {
                return TokenSinkResult::Continue;
            }
            Token::TagToken(tag)
                if tag.kind == TagKind::StartTag
                    && sink.insertion_depth.get() >= MAX_DEPTH
                    && !tags::guard_must_keep(&tag.name)
                    && !tags::is_void(&tag.name) =>
            {
                return TokenSinkResult::Continue;
            }
            _ => {}
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
    dom: RefCell<Dom>,
    line: Cell<u32>,
    /// Depth of the node the tree builder last inserted into: the size of
    /// its stack of open elements, near enough (it lags behind end tags
    /// until the next insertion).
    insertion_depth: Cell<u32>,
    /// Nodes and attributes the tree may hold before the guard passes
    /// only text, and how many it holds.
    budget: usize,
    spent: Cell<usize>,
}

impl Sink {
    fn over_budget(&self) -> bool {
        self.spent.get() >= self.budget
    }

    fn spend(&self, items: usize) {
        self.spent.set(self.spent.get().saturating_add(items));
    }

    fn push(&self, kind: Kind, index: u32) -> u32 {
        self.spend(1);
        let mut dom = self.dom.borrow_mut();
        let id = dom.nodes.len() as u32;
        push_within(
            &mut dom.nodes,
            self.budget,
            Node {
                parent: NONE,
                first_child: NONE,
                last_child: NONE,
                prev: NONE,
                next: NONE,
                line: if kind == Kind::Text {
                    0
                } else {
                    self.line.get()
                },
                index,
                depth: 0,
                kind,
            },
        );
        id
    }

    fn new_text(&self, text: StrTendril) -> u32 {
        let line = visible_line(&text, self.line.get());
        let index = {
            let mut dom = self.dom.borrow_mut();
            push_within(&mut dom.texts, self.budget, text);
            dom.texts.len() as u32 - 1
        };
        let id = self.push(Kind::Text, index);
        self.dom.borrow_mut().nodes[id as usize].line = line;
        id
    }

    /// Adds `text` to a text node, noting the line of its first visible
    /// character.
    fn extend_text(dom: &mut Dom, id: u32, text: &str, line: u32) {
        let node = &mut dom.nodes[id as usize];
        if node.kind == Kind::Text {
            if node.line == 0 {
                node.line = visible_line(text, line);
            }
            dom.texts[node.index as usize].push_slice(text);
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

    fn append_child(&self, dom: &mut Dom, parent: u32, child: u32) {
        let nodes = &mut dom.nodes;
        let last = nodes[parent as usize].last_child;
        let depth = nodes[parent as usize].depth.saturating_add(1);
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
        self.note_insertion(dom, child);
    }

    fn insert_before(&self, dom: &mut Dom, sibling: u32, child: u32) {
        let nodes = &mut dom.nodes;
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
        self.note_insertion(dom, child);
    }

    fn note_insertion(&self, dom: &Dom, child: u32) {
        let depth = u32::from(dom.node(child).depth);
        let open = dom.element(child).is_some_and(|e| !e.tag.void);
        self.insertion_depth
            .set(if open { depth } else { depth.saturating_sub(1) });
    }
}

/// Pushes onto an arena that grows by doubling up to the tree's budget,
/// and by a sixty-fourth past it (one token can still add a few): a page
/// that uses its budget does not also pay for capacity it never fills.
fn push_within<T>(arena: &mut Vec<T>, budget: usize, item: T) {
    let len = arena.len();
    if len == arena.capacity() {
        let target = if len < budget {
            (len * 2).min(budget)
        } else {
            len + len / 64
        };
        arena.reserve_exact(target.max(len + 1) - len);
    }
    arena.push(item);
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

/// An element's name, as the tree builder asks for it.
pub(crate) struct ElemRef<'a>(Ref<'a, Element>);

impl std::fmt::Debug for ElemRef<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<{}>", &*self.0.local)
    }
}

impl ElemName for ElemRef<'_> {
    fn ns(&self) -> &Namespace {
        self.0.ns.namespace()
    }

    fn local_name(&self) -> &LocalName {
        &self.0.local
    }
}

impl TreeSink for Sink {
    type Handle = u32;
    type Output = ();
    type ElemName<'a> = ElemRef<'a>;

    fn finish(self) {}

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> u32 {
        0
    }

    fn elem_name<'a>(&'a self, target: &'a u32) -> ElemRef<'a> {
        ElemRef(Ref::map(self.dom.borrow(), |dom| {
            dom.element(*target)
                .expect("elem_name called on a non-element")
        }))
    }

    fn create_element(
        &self,
        name: QualName,
        mut attrs: Vec<Attribute>,
        flags: ElementFlags,
    ) -> u32 {
        if self.over_budget() {
            attrs = Vec::new();
        }
        self.spend(attrs.len());
        let tag = Tag::of(&name);
        let drops_text = match tag.role {
            Role::Skip => true,
            Role::Script => !attrs.iter().any(|a| {
                &*a.name.local == "type"
                    && a.value.trim().eq_ignore_ascii_case("application/ld+json")
            }),
            _ => false,
        };
        let template_contents = if flags.template {
            self.push(Kind::Other, 0)
        } else {
            NONE
        };
        let index = {
            let mut dom = self.dom.borrow_mut();
            push_within(
                &mut dom.elements,
                self.budget,
                Element {
                    ns: Ns::of(&name.ns),
                    local: name.local,
                    attrs: attrs.into_boxed_slice(),
                    tag,
                    template_contents,
                    drops_text,
                    annotation_xml: flags.mathml_annotation_xml_integration_point,
                },
            );
            dom.elements.len() as u32 - 1
        };
        self.push(Kind::Element, index)
    }

    fn create_comment(&self, _text: StrTendril) -> u32 {
        self.push(Kind::Other, 0)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> u32 {
        self.push(Kind::Other, 0)
    }

    fn append(&self, parent: &u32, child: NodeOrText<u32>) {
        match child {
            NodeOrText::AppendNode(id) => {
                let mut dom = self.dom.borrow_mut();
                Self::detach(&mut dom.nodes, id);
                self.append_child(&mut dom, *parent, id);
            }
            NodeOrText::AppendText(text) => {
                let mut dom = self.dom.borrow_mut();
                let (last, depth) = {
                    let p = dom.node(*parent);
                    (p.last_child, u32::from(p.depth))
                };
                if dom.element(*parent).is_some_and(|e| e.drops_text) {
                    // Scripts and styles can be most of a page's bytes;
                    // nothing reads them, so they are not kept.
                    self.insertion_depth.set(depth);
                    return;
                }
                if last != NONE && dom.is_text(last) {
                    Self::extend_text(&mut dom, last, &text, self.line.get());
                    self.insertion_depth.set(depth);
                } else {
                    drop(dom);
                    let id = self.new_text(text);
                    let mut dom = self.dom.borrow_mut();
                    self.append_child(&mut dom, *parent, id);
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
        let has_parent = self.dom.borrow().node(*element).parent != NONE;
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {}

    fn get_template_contents(&self, target: &u32) -> u32 {
        match self.dom.borrow().element(*target) {
            Some(e) if e.template_contents != NONE => e.template_contents,
            _ => *target,
        }
    }

    fn same_node(&self, x: &u32, y: &u32) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &u32, new_node: NodeOrText<u32>) {
        let mut dom = self.dom.borrow_mut();
        if dom.node(*sibling).parent == NONE {
            return;
        }
        match new_node {
            NodeOrText::AppendNode(id) => {
                Self::detach(&mut dom.nodes, id);
                self.insert_before(&mut dom, *sibling, id);
            }
            NodeOrText::AppendText(text) => {
                let prev = dom.node(*sibling).prev;
                if prev != NONE && dom.is_text(prev) {
                    Self::extend_text(&mut dom, prev, &text, self.line.get());
                } else {
                    drop(dom);
                    let id = self.new_text(text);
                    let mut dom = self.dom.borrow_mut();
                    self.insert_before(&mut dom, *sibling, id);
                }
            }
        }
    }

    fn add_attrs_if_missing(&self, target: &u32, attrs: Vec<Attribute>) {
        if self.over_budget() {
            return;
        }
        let mut dom = self.dom.borrow_mut();
        let Some(e) = dom.element_mut(*target) else {
            return;
        };
        // Capped like a tag's own attributes: repeated `<body>` tags could
        // otherwise pile up names that each new one is checked against.
        let mut all = std::mem::take(&mut e.attrs).into_vec();
        let before = all.len();
        for attr in attrs {
            if all.len() >= MAX_ATTRIBUTES {
                break;
            }
            if !all.iter().any(|a| a.name == attr.name) {
                all.push(attr);
            }
        }
        let added = all.len() - before;
        e.attrs = all.into_boxed_slice();
        drop(dom);
        self.spend(added);
    }

    fn remove_from_parent(&self, target: &u32) {
        Self::detach(&mut self.dom.borrow_mut().nodes, *target);
    }

    fn reparent_children(&self, node: &u32, new_parent: &u32) {
        let mut dom = self.dom.borrow_mut();
        let mut child = dom.node(*node).first_child;
        while child != NONE {
            let next = dom.node(child).next;
            Self::detach(&mut dom.nodes, child);
            self.append_child(&mut dom, *new_parent, child);
            child = next;
        }
    }

    fn is_mathml_annotation_xml_integration_point(&self, handle: &u32) -> bool {
        self.dom
            .borrow()
            .element(*handle)
            .is_some_and(|e| e.annotation_xml)
    }

    fn set_current_line(&self, line_number: u64) {
        self.line.set(line_number.min(u32::MAX as u64) as u32);
    }
}
