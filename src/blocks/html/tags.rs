//! What each element name means to the block builder, decided once per
//! element when the parser creates it.

use html5ever::{QualName, ns};

use crate::blocks::Landmarks;

/// How the walk treats an element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// Never read: scripts, styles, embedded objects, form controls.
    Skip,
    /// `<script>`: skipped, but JSON-LD is read from it.
    Script,
    /// `<head>`: no text, but its metadata is read.
    Head,
    /// `<title>`: read as metadata when in `<head>`.
    Title,
    /// `<meta>` and `<link>`: metadata only.
    Meta,
    /// Transparent for text: never splits a paragraph, adds no space.
    Inline,
    /// `<a>`: inline; its text counts as link text when it has an `href`.
    Link,
    /// `<br>`: a line break inside a paragraph.
    Break,
    /// `<hr>`: ends the paragraph.
    Rule,
    /// A paragraph-level unit or a container: starts and ends a block.
    Boundary,
    /// `<tr>`: one block, its cells joined by a space.
    Row,
    /// `<td>`, `<th>`: a space-separated part of its row, or a container
    /// when it holds block elements (layout tables).
    Cell,
    /// `<pre>` and kin: white space kept, one block per line.
    Pre,
}

/// An element's meaning, computed from its name.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tag {
    pub role: Role,
    /// The landmark the element itself stands for.
    pub landmark: Landmarks,
    /// 1 to 6 for `h1`..`h6`.
    pub heading: u8,
    /// Void elements have no content and no end tag.
    pub void: bool,
    /// `<li>`: blocks it owns are list items.
    pub list_item: bool,
}

impl Tag {
    const fn new(role: Role) -> Tag {
        Tag {
            role,
            landmark: Landmarks::empty(),
            heading: 0,
            void: false,
            list_item: false,
        }
    }

    const fn landmark(mut self, landmark: Landmarks) -> Tag {
        self.landmark = landmark;
        self
    }

    const fn void(mut self) -> Tag {
        self.void = true;
        self
    }

    pub(crate) fn of(name: &QualName) -> Tag {
        if name.ns == ns!(mathml) {
            // A formula's tokens are read inline, as in "an n×n grid"; its
            // source (TeX in an annotation) is not.
            return match &*name.local {
                "annotation" | "annotation-xml" => Tag::new(Role::Skip),
                _ => Tag::new(Role::Inline),
            };
        }
        if name.ns != ns!(html) {
            // SVG roots are skipped; anything inside them is never reached.
            return Tag::new(Role::Skip);
        }
        use Role::*;
        match &*name.local {
            "p" | "dt" | "dd" | "figcaption" | "caption" | "address" | "legend" | "summary"
            | "blockquote" | "div" | "section" | "article" | "main" | "header" | "footer"
            | "nav" | "aside" | "form" | "fieldset" | "figure" | "table" | "thead" | "tbody"
            | "tfoot" | "ul" | "ol" | "dl" | "menu" | "dir" | "details" | "center" | "hgroup"
            | "body" | "html" | "dialog" | "search" | "frameset" | "marquee" => {
                let landmark = match &*name.local {
                    "nav" => Landmarks::NAV,
                    "header" => Landmarks::HEADER,
                    "footer" => Landmarks::FOOTER,
                    "aside" => Landmarks::ASIDE,
                    "form" | "search" => Landmarks::FORM,
                    "figure" => Landmarks::FIGURE,
                    "figcaption" => Landmarks::FIGCAPTION,
                    "article" => Landmarks::ARTICLE,
                    "main" => Landmarks::MAIN,
                    "blockquote" => Landmarks::BLOCKQUOTE,
                    "table" => Landmarks::TABLE,
                    "address" => Landmarks::ADDRESS,
                    "ul" | "ol" | "dl" | "menu" | "dir" => Landmarks::LIST,
                    "dialog" => Landmarks::DIALOG,
                    _ => Landmarks::empty(),
                };
                Tag::new(Boundary).landmark(landmark)
            }
            "li" => Tag {
                list_item: true,
                ..Tag::new(Boundary)
            },
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => Tag {
                heading: name.local.as_bytes()[1] - b'0',
                ..Tag::new(Boundary)
            },
            // Buttons are kept as blocks so that --explain shows them, with
            // a landmark that drops them.
            "button" => Tag::new(Boundary).landmark(Landmarks::BUTTON),
            "tr" => Tag::new(Row),
            "td" | "th" => Tag::new(Cell),
            "pre" | "listing" | "xmp" | "plaintext" => Tag::new(Pre).landmark(Landmarks::PRE),
            "a" => Tag::new(Link),
            "br" => Tag::new(Break).void(),
            "hr" => Tag::new(Rule).void(),
            "head" => Tag::new(Head),
            "title" => Tag::new(Title),
            "script" => Tag::new(Script),
            "meta" | "link" => Tag::new(Meta).void(),
            "img" | "input" | "area" | "base" | "col" | "embed" | "param" | "source" | "track"
            | "wbr" | "keygen" | "basefont" | "bgsound" | "frame" | "image" => {
                Tag::new(Skip).void()
            }
            "style" | "noscript" | "template" | "svg" | "iframe" | "object" | "canvas"
            | "select" | "option" | "textarea" | "datalist" | "audio" | "video" | "map"
            | "picture" | "noembed" | "noframes" | "applet" | "optgroup" => Tag::new(Skip),
            _ => Tag::new(Inline),
        }
    }
}

/// Elements that switch the tokenizer into a raw-text state, or that the
/// tree builder needs, must never be dropped by the depth guard.
pub(crate) fn guard_must_keep(local: &str) -> bool {
    matches!(
        local,
        "html"
            | "head"
            | "body"
            | "script"
            | "style"
            | "textarea"
            | "title"
            | "xmp"
            | "iframe"
            | "noembed"
            | "noframes"
            | "noscript"
            | "plaintext"
            | "template"
    )
}

/// Elements without content or end tag.
pub(crate) fn is_void(local: &str) -> bool {
    matches!(
        local,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
            | "keygen"
            | "basefont"
            | "bgsound"
            | "frame"
            | "image"
    )
}
