//! The result of cleaning a page, and its `--explain` rendering.

use std::fmt::Write as _;

use crate::features::Features;
use crate::input::InputKind;
use crate::score::Reason;

/// What a block was decided to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Label {
    Body,
    Title,
    Byline,
    Date,
    Boilerplate,
}

impl Label {
    pub fn name(self) -> &'static str {
        match self {
            Label::Body => "body",
            Label::Title => "title",
            Label::Byline => "byline",
            Label::Date => "date",
            Label::Boilerplate => "boilerplate",
        }
    }
}

/// One block's decision and the evidence for it (kept with
/// [`crate::Options::explain`]).
#[derive(Debug, Clone, serde::Serialize)]
pub struct BlockReport {
    /// 1-based line of the input where the block starts.
    pub line: u32,
    pub label: Label,
    /// The block's own score (before neighbours and region).
    pub score: f32,
    /// Why the final label differs from, or confirms, the score's verdict.
    pub decision: &'static str,
    /// What the block weighed in the choice of the main region.
    pub region_weight: f32,
    pub text: String,
    pub reasons: Vec<Reason>,
    pub features: Features,
    /// The DOM evidence, summarised (HTML only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dom: Option<String>,
}

/// A cleaned page: the body and the metadata found on the way.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Cleaned {
    /// The kind the input was treated as.
    pub kind: InputKind,
    /// ISO 639-1 code of the language whose stop words were used, or "und".
    pub language: &'static str,
    pub title: Option<String>,
    pub byline: Option<String>,
    pub date: Option<String>,
    /// The body, one paragraph (or list item, table row, line of code) each.
    pub paragraphs: Vec<String>,
    /// Every block with its decision; empty unless `explain` was asked for.
    #[serde(skip)]
    pub blocks: Vec<BlockReport>,
}

impl Cleaned {
    /// Appends the result of the next window of the same page: its body
    /// and blocks follow; metadata found earlier stands.
    pub(crate) fn absorb(&mut self, next: Cleaned) {
        self.paragraphs.extend(next.paragraphs);
        self.blocks.extend(next.blocks);
        self.title = self.title.take().or(next.title);
        self.byline = self.byline.take().or(next.byline);
        self.date = self.date.take().or(next.date);
    }

    /// The body as text, one paragraph a line.
    pub fn body(&self) -> String {
        self.paragraphs.join("\n")
    }

    /// A human-readable account of every block's decision: line, label,
    /// score, text, and the rules that decided it. Empty unless the page was
    /// cleaned with `explain`.
    pub fn explain(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "# kind {}, language {}; {} blocks, {} body",
            self.kind.as_str(),
            self.language,
            self.blocks.len(),
            self.paragraphs.len()
        );
        for b in &self.blocks {
            let _ = writeln!(
                out,
                "{:>6}  {:<11} {:>6.2}  {}",
                b.line,
                b.label.name(),
                b.score,
                excerpt(&b.text, 72)
            );
            let mut why = String::new();
            for r in &b.reasons {
                let _ = write!(why, "{} {:+.2}, ", r.rule, r.weight);
            }
            let _ = writeln!(
                out,
                "{:27}{}{} (region weight {:+.1})",
                "", why, b.decision, b.region_weight
            );
            if let Some(dom) = &b.dom {
                let _ = writeln!(out, "{:27}dom: {}", "", dom);
            }
        }
        out
    }
}

/// The first `max` characters of `text`, with an ellipsis if cut.
pub(crate) fn excerpt(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_owned(),
    }
}
