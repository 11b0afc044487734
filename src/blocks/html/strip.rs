//! A cheap pass before tokenizing that empties `<script>` (except JSON-LD),
//! `<style>` and `<noscript>` elements: on news pages they are about half of
//! the bytes, and html5ever's tokenizer copies raw text a character at a
//! time. Line breaks are kept, so source line numbers do not move.
//!
//! The scan knows just enough HTML to find real start tags: comments,
//! quoted attribute values, and the raw-text elements whose content is not
//! markup. A script whose content has `<!--` is left alone (the escaped
//! script states could make its end tag somewhere else).

use std::borrow::Cow;

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
    let mut i = 0;
    while let Some(at) = memchr(b'<', &bytes[i..]) {
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
            match memchr(b'>', rest) {
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
        let Some(tag_end) = tag_end(bytes, j) else {
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

/// The index after the `>` that closes a tag whose attributes start at
/// `from`, skipping quoted values.
fn tag_end(bytes: &[u8], mut from: usize) -> Option<usize> {
    let mut after_equals = false;
    while from < bytes.len() {
        match bytes[from] {
            b'>' => return Some(from + 1),
            b'=' => after_equals = true,
            q @ (b'"' | b'\'') if after_equals => {
                from += 1 + memchr(q, &bytes[from + 1..])?;
                after_equals = false;
            }
            b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' => {}
            _ => after_equals = false,
        }
        from += 1;
    }
    None
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

fn memchr(needle: u8, haystack: &[u8]) -> Option<usize> {
    haystack.iter().position(|&b| b == needle)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    let first = needle[0];
    let mut from = 0;
    while let Some(at) = memchr(first, &haystack[from..]) {
        let start = from + at;
        if haystack[start..].starts_with(needle) {
            return Some(start);
        }
        from = start + 1;
    }
    None
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
}
