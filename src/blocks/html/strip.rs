//! A cheap pass before tokenizing that empties `<script>` (except JSON-LD),
//! `<style>` and `<noscript>` elements: on news pages they are about half of
//! the bytes, and html5ever's tokenizer copies raw text a character at a
//! time. Line breaks are kept, so source line numbers do not move.
//!
//! The scan knows just enough HTML to find real start tags: comments,
//! quoted attribute values, and the raw-text elements whose content is not
//! markup. A script whose content has `<!--` is left alone (the escaped
//! script states could make its end tag somewhere else).
//!
//! A second pass, [`cap_attributes_everywhere`], drops attributes past
//! [`MAX_ATTRIBUTES`] in anything that looks like a tag: html5ever's
//! tokenizer checks each new attribute against all earlier ones of its tag,
//! so a tag with 300,000 of them would take minutes.

use std::borrow::Cow;

/// Attributes a tag keeps (html5ever's duplicate check makes each new one
/// cost as much as all earlier ones); real tags have a few dozen at most.
pub(crate) const MAX_ATTRIBUTES: usize = 256;

/// Elements whose content is emptied, and whether a JSON-LD script keeps it.
fn emptied(name: &[u8], attrs: &[u8]) -> bool {
    if name.eq_ignore_ascii_case(b"style") || name.eq_ignore_ascii_case(b"noscript") {
        return true;
    }
    name.eq_ignore_ascii_case(b"script") && !is_json_ld(attrs)
}

/// Elements whose content is text up to their end tag.
fn raw_text(name: &[u8]) -> bool {
    const RAW: [&[u8]; 9] = [
        b"script",
        b"style",
        b"noscript",
        b"textarea",
        b"title",
        b"xmp",
        b"iframe",
        b"noembed",
        b"noframes",
    ];
    RAW.iter().any(|r| name.eq_ignore_ascii_case(r))
}

fn is_json_ld(attrs: &[u8]) -> bool {
    attrs
        .windows(b"ld+json".len())
        .any(|w| w.eq_ignore_ascii_case(b"ld+json"))
}

/// The input with the content of scripts, styles and `<noscript>` replaced
/// by its line breaks.
pub(crate) fn strip_raw_text(input: &str) -> Cow<'_, str> {
    let bytes = input.as_bytes();
    let mut out: Option<String> = None;
    // Bytes before `copied` are in `out` already (when it exists).
    let mut copied = 0;
    let mut memo = QuoteMemo::default();
    let mut i = 0;
    while let Some(at) = memchr::memchr(b'<', &bytes[i..]) {
        i += at;
        let rest = &bytes[i..];
        if rest.starts_with(b"<!--") {
            // A comment: `<!-->` and `<!--->` end at once.
            let body = &bytes[i + 4..];
            i = if body.starts_with(b">") {
                i + 5
            } else if body.starts_with(b"->") {
                i + 6
            } else {
                match find(body, b"-->") {
                    Some(end) => i + 4 + end + 3,
                    None => return finish(input, out, copied),
                }
            };
            continue;
        }
        if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
            match memchr::memchr(b'>', rest) {
                Some(end) => i += end + 1,
                None => break,
            }
            continue;
        }
        let end_tag = rest.starts_with(b"</");
        let name_start = i + if end_tag { 2 } else { 1 };
        if !bytes.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            i += 1;
            continue;
        }
        let mut j = name_start;
        while j < bytes.len()
            && !matches!(
                bytes[j],
                b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>'
            )
        {
            j += 1;
        }
        let name = &bytes[name_start..j];
        let attrs_start = j;
        let scan = scan_attributes(bytes, j, &mut memo);
        let Some(tag_end) = scan.end else {
            break;
        };
        i = tag_end;
        if end_tag {
            continue;
        }
        if name.eq_ignore_ascii_case(b"plaintext") {
            break; // the rest of the document is text
        }
        if !raw_text(name) {
            continue;
        }
        // Raw text runs to `</name` followed by white space, `/` or `>`.
        let content_end = find_end_tag(bytes, i, name).unwrap_or(bytes.len());
        let content = &input[i..content_end];
        let self_closed = bytes[..tag_end].ends_with(b"/>");
        if !self_closed
            && emptied(name, &bytes[attrs_start..tag_end])
            && !content.contains("<!--")
            && content.len() > 16
        {
            let o = out.get_or_insert_with(|| String::with_capacity(input.len()));
            o.push_str(&input[copied..i]);
            o.extend(content.chars().filter(|&c| c == '\n' || c == '\r'));
            copied = content_end;
        }
        i = content_end;
    }
    finish(input, out, copied)
}

fn finish(input: &str, out: Option<String>, copied: usize) -> Cow<'_, str> {
    match out {
        Some(mut o) => {
            o.push_str(&input[copied..]);
            Cow::Owned(o)
        }
        None => Cow::Borrowed(input),
    }
}

/// Where a tag's attributes end, and where the one past the cap starts.
struct AttributeScan {
    /// The index after the `>` that closes the tag, if any.
    end: Option<usize>,
    /// Where attribute number [`MAX_ATTRIBUTES`] + 1 starts.
    cut: Option<usize>,
    /// The tag ends with `/>` (in the self-closing state, not inside a value).
    self_closing: bool,
}

/// Reads a tag's attributes from `at` (just after its name) as the HTML
/// tokenizer does: names run to white space, `/`, `>` or `=` (a leading
/// `=` included); a value follows `=` after a name, quoted or running to
/// white space or `>`.
fn scan_attributes(bytes: &[u8], mut at: usize, memo: &mut QuoteMemo) -> AttributeScan {
    let mut scan = AttributeScan {
        end: None,
        cut: None,
        self_closing: false,
    };
    let mut count = 0;
    // After a name and white space, `=` starts its value; elsewhere it
    // starts a name.
    let mut after_name = false;
    // The previous byte was a `/` outside names and values.
    let mut slash = false;
    while let Some(&b) = bytes.get(at) {
        match b {
            b'>' => {
                scan.end = Some(at + 1);
                scan.self_closing = slash;
                return scan;
            }
            b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' => at += 1,
            b'/' => {
                after_name = false;
                at += 1;
            }
            b'=' if after_name => {
                after_name = false;
                at += 1;
                while bytes.get(at).is_some_and(|&b| is_space(b)) {
                    at += 1;
                }
                match bytes.get(at) {
                    Some(&q @ (b'"' | b'\'')) => match memo.find(q, bytes, at + 1) {
                        Some(close) => at = close + 1,
                        None => return scan,
                    },
                    // `>` ends the tag (a missing value).
                    Some(b'>') | None => {}
                    Some(_) => {
                        while bytes.get(at).is_some_and(|&b| b != b'>' && !is_space(b)) {
                            at += 1;
                        }
                    }
                }
            }
            _ => {
                count += 1;
                if count == MAX_ATTRIBUTES + 1 {
                    scan.cut = Some(at);
                }
                at += 1;
                while bytes
                    .get(at)
                    .is_some_and(|&b| !matches!(b, b'/' | b'>' | b'=') && !is_space(b))
                {
                    at += 1;
                }
                after_name = true;
            }
        }
        slash = b == b'/';
    }
    scan
}

/// Remembers from where on a quote character is absent, so that scans of
/// many unclosed values do not each search the rest of the input.
#[derive(Default)]
struct QuoteMemo {
    double_absent_from: Option<usize>,
    single_absent_from: Option<usize>,
}

impl QuoteMemo {
    /// The index of the first `quote` at or after `from`.
    fn find(&mut self, quote: u8, bytes: &[u8], from: usize) -> Option<usize> {
        let absent_from = if quote == b'"' {
            &mut self.double_absent_from
        } else {
            &mut self.single_absent_from
        };
        if absent_from.is_some_and(|p| p <= from) {
            return None;
        }
        let found = memchr::memchr(quote, &bytes[from..]).map(|i| from + i);
        if found.is_none() {
            *absent_from = Some(from);
        }
        found
    }
}

/// Applies the attribute cap to everything that looks like a tag, wherever
/// it stands. [`strip_raw_text`] skips comments, raw text and what follows
/// `<plaintext>` by its own simple reading, which differs from html5ever's
/// in corners (a comment closed by `--!>`, `<title>` inside `<svg>`); a
/// tag hidden there would reach the tokenizer uncapped. Cutting "attributes"
/// of text that only looks like a tag changes nothing a page means.
pub(crate) fn cap_attributes_everywhere(input: &str) -> Cow<'_, str> {
    let bytes = input.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut memo = QuoteMemo::default();
    let mut i = 0;
    while let Some(at) = memchr::memchr(b'<', &bytes[i..]) {
        i += at + 1;
        if bytes.get(i) == Some(&b'/') {
            i += 1;
        }
        if !bytes.get(i).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        while bytes
            .get(i)
            .is_some_and(|&b| !matches!(b, b'/' | b'>') && !is_space(b))
        {
            i += 1;
        }
        let scan = scan_attributes(bytes, i, &mut memo);
        if let Some(cut) = scan.cut {
            // Past the cap, only the line breaks stay (and a self-closing
            // slash, after a space so that no unquoted value takes it).
            let rest_end = scan.end.map_or(bytes.len(), |end| end - 1);
            let o = out.get_or_insert_with(|| String::with_capacity(input.len()));
            o.push_str(&input[copied..cut]);
            o.push(' ');
            o.extend(
                input[cut..rest_end]
                    .chars()
                    .filter(|&c| c == '\n' || c == '\r'),
            );
            if scan.self_closing {
                o.push('/');
            }
            copied = rest_end;
            i = rest_end;
        } else if let Some(end) = scan.end {
            // Each byte is read by at most one scan: the pass stays linear.
            i = end;
        }
    }
    finish(input, out, copied)
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

fn find_end_tag(bytes: &[u8], mut from: usize, name: &[u8]) -> Option<usize> {
    while let Some(at) = find(&bytes[from..], b"</") {
        let start = from + at;
        let name_end = start + 2 + name.len();
        if name_end <= bytes.len()
            && bytes[start + 2..name_end].eq_ignore_ascii_case(name)
            && bytes
                .get(name_end)
                .is_none_or(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>'))
        {
            return Some(start);
        }
        from = start + 2;
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(haystack, needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_and_styles_are_emptied_keeping_lines() {
        let html = "<p>a</p><script>var x = '<p>not text</p>';\nfoo();</script><style>p { color: red }\n</style><p>b</p>";
        assert_eq!(
            strip_raw_text(html),
            "<p>a</p><script>\n</script><style>\n</style><p>b</p>"
        );
    }

    #[test]
    fn json_ld_and_escaped_scripts_are_kept() {
        let ld = "<script type=\"application/ld+json\">{\"headline\": \"A long enough headline\"}</script>";
        assert_eq!(strip_raw_text(ld), ld);
        let escaped = "<script><!-- document.write('<script>x()</script>') --></script><p>t</p>";
        assert_eq!(strip_raw_text(escaped), escaped);
    }

    #[test]
    fn tags_inside_attributes_comments_and_textareas_are_not_tags() {
        let html = "<div data-x=\"<script>\">t</div><!-- <script> --><textarea><style>x</style></textarea>\
                    <title><script>long enough content</script></title>";
        assert_eq!(strip_raw_text(html), html);
    }

    #[test]
    fn the_cap_holds_where_the_simple_reading_sees_no_tag() {
        let attrs: String = (0..MAX_ATTRIBUTES + 50).map(|i| format!(" a{i}")).collect();
        for hideout in ["<!----!>", "<svg><title>", "<svg><plaintext>"] {
            let page = format!("{hideout}<p{attrs}>t");
            let capped = cap_attributes_everywhere(&strip_raw_text(&page)).into_owned();
            let kept = capped.matches(" a").count();
            assert_eq!(kept, MAX_ATTRIBUTES, "{hideout}");
            assert!(capped.ends_with(">t"), "{hideout}");
        }
        let plain = "<p class=\"x\">No cap needed <b>here</b>.</p>";
        assert!(matches!(cap_attributes_everywhere(plain), Cow::Borrowed(_)));
    }

    #[test]
    fn attributes_past_the_cap_are_dropped_keeping_lines() {
        let attrs: String = (0..MAX_ATTRIBUTES + 50)
            .map(|i| format!(" a{i}=\"v\"{}", if i % 100 == 99 { "\n" } else { "" }))
            .collect();
        let html = format!("<div{attrs}/><p>t</p>");
        let out = cap_attributes_everywhere(&html);
        let kept: String = (0..MAX_ATTRIBUTES)
            .map(|i| format!(" a{i}=\"v\"{}", if i % 100 == 99 { "\n" } else { "" }))
            .collect();
        assert_eq!(out, format!("<div{kept}  \n/><p>t</p>"));
        assert_eq!(out.matches('\n').count(), html.matches('\n').count());
        // Bare, unquoted and glued attributes count too; an unclosed tag
        // loses the rest.
        let bare = format!("<p{}>t", " x".repeat(MAX_ATTRIBUTES + 1));
        assert_eq!(
            cap_attributes_everywhere(&bare),
            format!("<p{}  >t", " x".repeat(MAX_ATTRIBUTES))
        );
        let glued = format!("<p {}", "a='1'".repeat(MAX_ATTRIBUTES + 1));
        assert_eq!(
            cap_attributes_everywhere(&glued),
            format!("<p {} ", "a='1'".repeat(MAX_ATTRIBUTES))
        );
        let few = "<p a=1 b c='>' d=\"x\"/>t";
        assert_eq!(cap_attributes_everywhere(few), few);
    }
}
