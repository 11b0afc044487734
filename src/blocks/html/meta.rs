//! What a page says about itself: `<meta>` tags, `<title>`, JSON-LD, and a
//! few marks in the body (`<time datetime>`, `rel=author`, the first `<h1>`).

use serde_json::Value;

use crate::blocks::PageMeta;

use super::dom::Element;

/// Metadata found while walking the document, resolved by [`Self::finish`].
#[derive(Debug, Default)]
pub(crate) struct Collector {
    og_title: Option<String>,
    twitter_title: Option<String>,
    title_tag: Option<String>,
    site_name: Option<String>,
    author: Option<String>,
    /// The best date so far and its rank (lower is better).
    date: Option<(u8, String)>,
    pub(crate) rel_author: Option<String>,
    pub(crate) time_datetime: Option<String>,
    pub(crate) first_h1: Option<String>,
    /// Text of the first short block hinted as a byline or author.
    pub(crate) byline_block: Option<String>,
    ld_headline: Option<String>,
    ld_author: Option<String>,
    ld_date: Option<String>,
    ld_body: Option<String>,
}

impl Collector {
    /// Reads a `<meta>` element.
    pub fn meta(&mut self, element: &Element) {
        let Some(content) = element.attr("content").map(str::trim) else {
            return;
        };
        if content.is_empty() {
            return;
        }
        for key_attr in ["property", "name", "itemprop"] {
            let Some(key) = element.attr(key_attr) else {
                continue;
            };
            let key = key.trim().to_ascii_lowercase();
            match key.as_str() {
                "og:title" => set_once(&mut self.og_title, content),
                "twitter:title" => set_once(&mut self.twitter_title, content),
                "og:site_name" | "application-name" => set_once(&mut self.site_name, content),
                "author" | "article:author" | "byl" | "dc.creator" | "dcterms.creator"
                | "sailthru.author" | "parsely-author" | "citation_author" => {
                    if !looks_like_url(content) {
                        set_once(&mut self.author, content);
                    }
                }
                _ => {
                    if let Some(rank) = date_key_rank(&key) {
                        self.offer_date(rank, content);
                    }
                }
            }
        }
    }

    fn offer_date(&mut self, rank: u8, value: &str) {
        if self.date.as_ref().is_none_or(|(r, _)| rank < *r) {
            self.date = Some((rank, value.to_owned()));
        }
    }

    pub fn title(&mut self, text: &str) {
        set_once(&mut self.title_tag, text);
    }

    /// Reads one `<script type="application/ld+json">`. Invalid JSON is
    /// skipped; raw control characters (line breaks inside strings are a
    /// common fault) are read as spaces first.
    pub fn json_ld(&mut self, raw: &str) {
        let raw = raw.trim();
        let raw = raw
            .strip_prefix("<!--")
            .and_then(|r| r.strip_suffix("-->"))
            .unwrap_or(raw);
        let cleaned: String = raw.chars().map(|c| if c < ' ' { ' ' } else { c }).collect();
        let Ok(value) = serde_json::from_str::<Value>(&cleaned) else {
            return;
        };
        let mut stack: Vec<&Value> = vec![&value];
        let mut visited = 0;
        while let Some(v) = stack.pop() {
            visited += 1;
            if visited > 10_000 {
                break;
            }
            match v {
                Value::Array(items) => stack.extend(items.iter().rev()),
                Value::Object(map) => {
                    if is_article(v) {
                        self.take_article(v);
                    }
                    for key in ["@graph", "mainEntity", "mainEntityOfPage"] {
                        if let Some(inner) = map.get(key)
                            && (inner.is_array() || inner.is_object())
                        {
                            stack.push(inner);
                        }
                    }
                }
                _ => {}
            }
        }
    }

    fn take_article(&mut self, v: &Value) {
        if self.ld_headline.is_none()
            && let Some(s) = v.get("headline").and_then(Value::as_str)
        {
            set_once(&mut self.ld_headline, &decode_entities(s));
        }
        if self.ld_author.is_none()
            && let Some(author) = v.get("author").or_else(|| v.get("creator"))
        {
            let names = author_names(author);
            if !names.is_empty() {
                self.ld_author = Some(names.join(", "));
            }
        }
        if self.ld_date.is_none()
            && let Some(s) = v.get("datePublished").and_then(Value::as_str)
        {
            set_once(&mut self.ld_date, s);
        }
        if self.ld_body.is_none()
            && let Some(s) = v.get("articleBody").and_then(Value::as_str)
            && !s.trim().is_empty()
        {
            self.ld_body = Some(s.to_owned());
        }
    }

    /// Resolves the candidates into the page's metadata.
    pub fn finish(self) -> PageMeta {
        let site = self.site_name.as_deref();
        let h1 = self.first_h1.as_deref();
        let title = [
            self.og_title.as_deref(),
            self.twitter_title.as_deref(),
            self.ld_headline.as_deref(),
            self.title_tag.as_deref(),
            h1,
        ]
        .into_iter()
        .flatten()
        .map(|t| collapse(strip_site_name(t, site, h1)))
        .find(|t| !t.is_empty());
        let byline = [
            self.author.as_deref(),
            self.ld_author.as_deref(),
            self.rel_author.as_deref(),
            self.byline_block.as_deref(),
        ]
        .into_iter()
        .flatten()
        .map(collapse)
        .find(|t| !t.is_empty());
        let date = self
            .date
            .map(|(_, d)| d)
            .or(self.ld_date)
            .or(self.time_datetime);
        let article_body = self.ld_body.map(|body| {
            let text = if body.contains('<') || body.contains('&') {
                super::plain_text(&body)
            } else {
                body
            };
            crate::features::normalise_for_search(&text)
        });
        PageMeta {
            title,
            byline,
            date,
            article_body: article_body.filter(|b| !b.is_empty()),
        }
    }
}

fn set_once(slot: &mut Option<String>, value: &str) {
    let value = value.trim();
    if slot.is_none() && !value.is_empty() {
        *slot = Some(value.to_owned());
    }
}

fn looks_like_url(s: &str) -> bool {
    s.starts_with("http://") || s.starts_with("https://") || s.starts_with("www.")
}

/// Meta keys that give the publication date, best first.
fn date_key_rank(key: &str) -> Option<u8> {
    Some(match key {
        "article:published_time" => 0,
        "datepublished" | "og:published_time" | "published_time" => 1,
        "pubdate" | "publishdate" | "publish-date" | "publish_date" | "article.published"
        | "parsely-pub-date" | "sailthru.date" => 2,
        "dc.date.issued" | "dcterms.created" | "dcterms.issued" | "dc.date" | "date" => 3,
        _ => return None,
    })
}

/// Schema.org types that are articles: `NewsArticle`, `BlogPosting`,
/// `ReportageNewsArticle`...; or anything with an `articleBody`.
fn is_article(v: &Value) -> bool {
    if v.get("articleBody").is_some() {
        return true;
    }
    let is_article_type = |t: &Value| {
        t.as_str()
            .is_some_and(|t| t.ends_with("Article") || t.ends_with("Posting") || t == "Report")
    };
    match v.get("@type") {
        Some(Value::Array(types)) => types.iter().any(is_article_type),
        Some(t) => is_article_type(t),
        None => false,
    }
}

fn author_names(v: &Value) -> Vec<String> {
    let mut names = Vec::new();
    let mut push = |s: &str| {
        let s = decode_entities(s.trim());
        if !s.is_empty() && !looks_like_url(&s) && !names.contains(&s) {
            names.push(s);
        }
    };
    match v {
        Value::String(s) => push(s),
        Value::Object(_) => {
            if let Some(s) = v.get("name").and_then(Value::as_str) {
                push(s);
            }
        }
        Value::Array(items) => {
            for item in items.iter().take(8) {
                match item {
                    Value::String(s) => push(s),
                    _ => {
                        if let Some(s) = item.get("name").and_then(Value::as_str) {
                            push(s);
                        }
                    }
                }
            }
        }
        _ => {}
    }
    names
}

/// Decodes the character references that JSON-LD strings sometimes carry
/// ("R&amp;D", "&#8217;").
fn decode_entities(s: &str) -> String {
    html_escape::decode_html_entities(s).into_owned()
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Separators between a headline and the site's name in `<title>`.
const SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " / ",
];

/// Letters and digits, lowercased: "The Hill" and "TheHill" compare equal.
fn letters(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether a part of a title names the site: the same letters, or one
/// contains the other ("BBC News" and "BBC").
fn names_site(part: &str, site: &str) -> bool {
    let (a, b) = (letters(part), letters(site));
    !a.is_empty()
        && !b.is_empty()
        && (a == b || (a.len() >= 3 && b.len() >= 3 && (a.contains(&b) || b.contains(&a))))
}

/// The headline without a " | Site Name" suffix (or a "Site Name | "
/// prefix). The part after the last separator goes when it names the site
/// (`og:site_name`), or when the page's `<h1>` is the part before it, or
/// when it is short and written like a name while the rest is longer.
pub(crate) fn strip_site_name<'a>(title: &'a str, site: Option<&str>, h1: Option<&str>) -> &'a str {
    let title = title.trim();
    let Some((at, sep)) = SEPARATORS
        .iter()
        .filter_map(|sep| title.rfind(sep).map(|at| (at, *sep)))
        .max_by_key(|&(at, _)| at)
    else {
        return title;
    };
    let head = title[..at].trim();
    let tail = title[at + sep.len()..].trim();
    if head.is_empty() || tail.is_empty() {
        return title;
    }
    if let Some(site) = site {
        if names_site(tail, site) {
            return head;
        }
        // "Site Name | Headline".
        let first = SEPARATORS
            .iter()
            .filter_map(|sep| title.find(sep).map(|at| (at, *sep)))
            .min_by_key(|&(at, _)| at);
        if let Some((at, sep)) = first
            && names_site(&title[..at], site)
        {
            return title[at + sep.len()..].trim();
        }
    }
    if let Some(h1) = h1.map(letters).filter(|h| !h.is_empty()) {
        if letters(title) == h1 {
            return title;
        }
        if letters(head) == h1 {
            return head;
        }
    }
    let tail_words = tail.split_whitespace().count();
    let head_words = head.split_whitespace().count();
    let name_like = tail.split_whitespace().all(|w| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric() || !c.is_alphabetic())
            || w.contains('.')
    });
    if name_like
        && tail_words <= 4
        && tail.chars().count() <= 32
        && head_words >= 3
        && head_words > tail_words
    {
        return head;
    }
    title
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_names_are_stripped_from_titles() {
        let site = Some("The Hollis Valley Gazette");
        assert_eq!(
            strip_site_name(
                "Granby Mill’s last loom goes to the county museum | The Hollis Valley Gazette",
                site,
                None
            ),
            "Granby Mill’s last loom goes to the county museum"
        );
        assert_eq!(
            strip_site_name("Storm hits the coast again - BBC News", None, None),
            "Storm hits the coast again"
        );
        assert_eq!(
            strip_site_name(
                "Hollis Valley Gazette | Mill closes after a century",
                Some("Hollis Valley Gazette"),
                None
            ),
            "Mill closes after a century"
        );
        assert_eq!(
            strip_site_name("Quiet Night | Town Crier", None, Some("Quiet Night")),
            "Quiet Night"
        );
    }

    #[test]
    fn headlines_with_dashes_survive() {
        // The part after the dash is not name-like.
        assert_eq!(
            strip_site_name("The bill is signed - what it means for you", None, None),
            "The bill is signed - what it means for you"
        );
        // Too short a head to be sure.
        assert_eq!(
            strip_site_name("Trump - Putin Meeting", None, None),
            "Trump - Putin Meeting"
        );
    }

    #[test]
    fn json_ld_articles_are_read() {
        let mut c = Collector::default();
        c.json_ld(
            r#"{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X"},
            {"@type":["NewsArticle"],"headline":"Rain &amp; wind","author":[{"@type":"Person","name":"Ana Ruiz"}],
            "datePublished":"2024-01-02","articleBody":"First line.
Second <b>line</b>."}]}"#,
        );
        let meta = c.finish();
        assert_eq!(meta.title.as_deref(), Some("Rain & wind"));
        assert_eq!(meta.byline.as_deref(), Some("Ana Ruiz"));
        assert_eq!(meta.date.as_deref(), Some("2024-01-02"));
        assert_eq!(
            meta.article_body.as_deref(),
            Some("first line. second line.")
        );
    }

    #[test]
    fn references_in_json_ld_strings_are_decoded() {
        // An ampersand before non-ASCII text once split a character.
        let mut c = Collector::default();
        c.json_ld(r#"{"@type":"NewsArticle","headline":"R&D für Cafés &amp; Bars &#8217;24"}"#);
        assert_eq!(
            c.finish().title.as_deref(),
            Some("R&D für Cafés & Bars \u{2019}24")
        );
    }

    #[test]
    fn invalid_json_ld_is_skipped() {
        let mut c = Collector::default();
        c.json_ld("{\"headline\": \"unterminated");
        c.json_ld("not json at all");
        assert!(c.finish().title.is_none());
    }
}
