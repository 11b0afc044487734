//! What differs between a hand-cleaned (expected) text and a cleaned
//! (predicted) one, paragraph by paragraph, with word-level highlights
//! inside paragraphs that changed. Only compares; never cleans.
//!
//! ```
//! use boilerstrip::diff::{render, Style};
//!
//! let expected = "First paragraph of the body.\nSecond paragraph of the body.";
//! let predicted = "Share this story\nFirst paragraph of the body.";
//! let shown = render(expected, predicted, &Style::plain());
//! assert!(shown.contains("+ Share this story"));
//! assert!(shown.contains("- Second paragraph of the body."));
//! ```

use std::fmt::Write as _;

use similar::{Algorithm, ChangeTag, DiffOp, TextDiff};

/// How to render a diff.
#[derive(Debug, Clone)]
pub struct Style {
    /// ANSI colours (for a terminal).
    pub color: bool,
    /// Unchanged paragraphs shown around each change; longer unchanged
    /// stretches fold into one line.
    pub context: usize,
}

impl Style {
    /// No colour, one paragraph of context.
    pub fn plain() -> Style {
        Style {
            color: false,
            context: 1,
        }
    }
}

/// The legend printed above diffs.
pub const LEGEND: &str = "+ wrongly kept (boilerplate that leaked)   - wrongly dropped (body that was lost)   ~ paragraph partly wrong: [-lost-] {+leaked+}";

const RED: &str = "\x1b[31m";
const GREEN: &str = "\x1b[32m";
const YELLOW: &str = "\x1b[33m";
const DIM: &str = "\x1b[2m";
const REVERSE: &str = "\x1b[7m";
const RESET: &str = "\x1b[0m";

/// Paragraphs of a text: non-blank lines with white space collapsed.
pub fn paragraphs(text: &str) -> Vec<String> {
    text.lines()
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|line| !line.is_empty())
        .collect()
}

/// Two paragraphs are versions of one another when most of their words
/// agree; then a word-level diff is more readable than two whole lines.
const SAME_PARAGRAPH_RATIO: f32 = 0.5;

/// Renders the differences; an empty string when the texts agree.
pub fn render(expected: &str, predicted: &str, style: &Style) -> String {
    let (e, p) = (paragraphs(expected), paragraphs(predicted));
    let e_refs: Vec<&str> = e.iter().map(String::as_str).collect();
    let p_refs: Vec<&str> = p.iter().map(String::as_str).collect();
    let diff = TextDiff::configure()
        .algorithm(Algorithm::Patience)
        .diff_slices(&e_refs, &p_refs);
    let ops = diff.ops();
    if ops.iter().all(|op| matches!(op, DiffOp::Equal { .. })) {
        return String::new();
    }
    let mut out = String::new();
    for (k, op) in ops.iter().enumerate() {
        match *op {
            DiffOp::Equal { old_index, len, .. } => {
                let first = k == 0;
                let last = k + 1 == ops.len();
                equal_run(&mut out, &e[old_index..old_index + len], first, last, style);
            }
            DiffOp::Delete {
                old_index, old_len, ..
            } => {
                for para in &e[old_index..old_index + old_len] {
                    line(&mut out, '-', para, RED, style);
                }
            }
            DiffOp::Insert {
                new_index, new_len, ..
            } => {
                for para in &p[new_index..new_index + new_len] {
                    line(&mut out, '+', para, YELLOW, style);
                }
            }
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => replaced(
                &mut out,
                &e[old_index..old_index + old_len],
                &p[new_index..new_index + new_len],
                style,
            ),
        }
    }
    out
}

fn equal_run(out: &mut String, run: &[String], first: bool, last: bool, style: &Style) {
    let head = if first { 0 } else { style.context };
    let tail = if last { 0 } else { style.context };
    if run.len() <= head + tail + 1 {
        for para in run {
            line(out, ' ', para, "", style);
        }
        return;
    }
    for para in &run[..head] {
        line(out, ' ', para, "", style);
    }
    let folded = run.len() - head - tail;
    let note = format!(
        "… {folded} unchanged paragraph{} …",
        if folded == 1 { "" } else { "s" }
    );
    if style.color {
        let _ = writeln!(out, "  {DIM}{note}{RESET}");
    } else {
        let _ = writeln!(out, "  {note}");
    }
    for para in &run[run.len() - tail..] {
        line(out, ' ', para, "", style);
    }
}

fn line(out: &mut String, mark: char, text: &str, color: &str, style: &Style) {
    if style.color && !color.is_empty() {
        let _ = writeln!(out, "{color}{mark} {text}{RESET}");
    } else {
        let _ = writeln!(out, "{mark} {text}");
    }
}

/// Paragraphs replaced by others: pairs that are versions of each other get
/// a word-level diff; the rest show as lost and leaked.
fn replaced(out: &mut String, old: &[String], new: &[String], style: &Style) {
    let pairs = old.len().min(new.len());
    let mut lost = Vec::new();
    let mut leaked = Vec::new();
    for i in 0..pairs {
        let words = TextDiff::configure()
            .algorithm(Algorithm::Patience)
            .diff_words(old[i].as_str(), new[i].as_str());
        if words.ratio() >= SAME_PARAGRAPH_RATIO {
            flush(out, &mut lost, &mut leaked, style);
            let mut text = String::new();
            for change in words.iter_all_changes() {
                let value = change.value();
                match change.tag() {
                    ChangeTag::Equal => text.push_str(value),
                    ChangeTag::Delete if style.color => {
                        let _ = write!(text, "{RED}{REVERSE}{value}{RESET}");
                    }
                    ChangeTag::Insert if style.color => {
                        let _ = write!(text, "{GREEN}{REVERSE}{value}{RESET}");
                    }
                    ChangeTag::Delete => {
                        let _ = write!(text, "[-{value}-]");
                    }
                    ChangeTag::Insert => {
                        let _ = write!(text, "{{+{value}+}}");
                    }
                }
            }
            let _ = writeln!(out, "~ {text}");
        } else {
            lost.push(&old[i]);
            leaked.push(&new[i]);
        }
    }
    lost.extend(&old[pairs..]);
    leaked.extend(&new[pairs..]);
    flush(out, &mut lost, &mut leaked, style);
}

fn flush(out: &mut String, lost: &mut Vec<&String>, leaked: &mut Vec<&String>, style: &Style) {
    for para in lost.drain(..) {
        line(out, '-', para, RED, style);
    }
    for para in leaked.drain(..) {
        line(out, '+', para, YELLOW, style);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agreeing_texts_render_nothing() {
        assert_eq!(render("a\n\nb", "a\nb  ", &Style::plain()), "");
    }

    #[test]
    fn long_unchanged_stretches_fold() {
        let expected: Vec<String> = (0..10).map(|i| format!("Paragraph {i}.")).collect();
        let mut predicted = expected.clone();
        predicted.push("Read more stories".into());
        let shown = render(&expected.join("\n"), &predicted.join("\n"), &Style::plain());
        assert_eq!(
            shown,
            "  … 9 unchanged paragraphs …\n  Paragraph 9.\n+ Read more stories\n"
        );
    }

    #[test]
    fn changed_paragraphs_get_word_highlights() {
        let shown = render(
            "The council met on Monday to vote.",
            "The council met on Monday to vote. Photo: AP",
            &Style::plain(),
        );
        assert!(shown.starts_with("~ "), "{shown}");
        assert!(shown.contains("{+"), "{shown}");
    }

    #[test]
    fn colour_marks_lost_and_leaked() {
        let style = Style {
            color: true,
            context: 1,
        };
        let shown = render("Body text here.", "Advertisement", &style);
        assert!(shown.contains(RED) && shown.contains(YELLOW), "{shown:?}");
    }
}
