//! What an element's attributes say: class, id and itemprop tokens become
//! [`Hints`]; ARIA roles, `hidden`, `aria-hidden`, AMP's `placeholder` and
//! `fallback`, and inline styles become [`Landmarks`].
//!
//! Class names are split into lowercase tokens at punctuation, camelCase and
//! letter/digit boundaries (`articleBody` and `article__body` both read
//! "article body"), then matched against a vocabulary as whole tokens, token
//! prefixes or substrings. Matching whole tokens keeps "ad" out of "header",
//! "read", "shadow" and "download". State classes that describe the page
//! rather than the element (`has-sidebar`, `with-comments`, WordPress's
//! `tag-…` and `category-…` on the article itself) are ignored.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use crate::blocks::{Hints, Landmarks};

use super::dom::Element;

/// What the attributes of one element say.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct AttrInfo {
    pub hints: Hints,
    pub landmarks: Landmarks,
    /// `<a href>`: its text is link text.
    pub href: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// The pattern is one or more whole tokens.
    Word,
    /// The pattern starts a token.
    Prefix,
    /// Anywhere, even inside a token (compounds such as "leftsidebar").
    Anywhere,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Target {
    Hint(Hints),
    /// Visually hidden (screen-reader-only) text.
    Hidden,
    /// Cancels other matches starting at the same place ("commentary" is
    /// not "comment").
    Nothing,
    /// Cancels every other match inside it (Docusaurus gives each subheading
    /// `anchorWithStickyNavbar`: the heading, not a navigation bar).
    NothingWithin,
}

const fn h(hints: Hints) -> Target {
    Target::Hint(hints)
}

use Mode::{Anywhere, Prefix, Word};

/// The vocabulary: pattern, how it must sit in the token stream, meaning.
const VOCABULARY: &[(&str, Mode, Target)] = &[
    // Comments.
    ("comment", Prefix, h(Hints::COMMENT)),
    ("commentar", Prefix, Target::Nothing),
    ("commentator", Prefix, Target::Nothing),
    ("disqus", Prefix, h(Hints::COMMENT)),
    ("respond", Word, h(Hints::COMMENT)),
    ("reply", Word, h(Hints::COMMENT)),
    ("replies", Word, h(Hints::COMMENT)),
    ("kommentar", Prefix, h(Hints::COMMENT)),
    ("comentario", Prefix, h(Hints::COMMENT)),
    ("livefyre", Prefix, h(Hints::COMMENT)),
    // Sharing and following.
    ("share", Prefix, h(Hints::SHARE)),
    ("sharing", Prefix, h(Hints::SHARE)),
    ("social", Prefix, h(Hints::SHARE)),
    // An embedded post is quoted in the article, not a share button.
    ("social media embed", Word, Target::Nothing),
    ("social embed", Word, Target::Nothing),
    ("addthis", Prefix, h(Hints::SHARE)),
    ("follow", Word, h(Hints::SHARE)),
    ("followus", Word, h(Hints::SHARE)),
    ("follow us", Word, h(Hints::SHARE)),
    // Other stories.
    ("related", Prefix, h(Hints::RELATED)),
    ("recommend", Prefix, h(Hints::RELATED)),
    ("recirc", Prefix, h(Hints::RELATED)),
    ("read more", Word, h(Hints::RELATED)),
    ("readmore", Prefix, h(Hints::RELATED)),
    ("more stories", Word, h(Hints::RELATED)),
    ("morestories", Word, h(Hints::RELATED)),
    ("more news", Word, h(Hints::RELATED)),
    ("more from", Word, h(Hints::RELATED)),
    ("top stories", Word, h(Hints::RELATED)),
    ("most read", Word, h(Hints::RELATED)),
    ("mostread", Word, h(Hints::RELATED)),
    ("most popular", Word, h(Hints::RELATED)),
    ("mostpopular", Word, h(Hints::RELATED)),
    ("most viewed", Word, h(Hints::RELATED)),
    ("popular", Word, h(Hints::RELATED)),
    ("trending", Word, h(Hints::RELATED)),
    ("see also", Word, h(Hints::RELATED)),
    ("also read", Word, h(Hints::RELATED)),
    ("read also", Word, h(Hints::RELATED)),
    ("outbrain", Prefix, h(Hints::RELATED)),
    ("taboola", Prefix, h(Hints::RELATED)),
    // Sidebars and widgets.
    ("sidebar", Anywhere, h(Hints::SIDEBAR)),
    ("side", Word, h(Hints::SIDEBAR)),
    // Where a widget puts its icon or aligns its text: layout, not a
    // sidebar or a page header (Kadence's accordion panes).
    ("icon side", Word, Target::NothingWithin),
    ("header alignment", Word, Target::Nothing),
    ("rail", Word, h(Hints::SIDEBAR)),
    ("widget", Prefix, h(Hints::SIDEBAR)),
    // Cards that show on hover: a term's definition, a person's profile.
    ("tooltip", Prefix, h(Hints::SIDEBAR)),
    ("popover", Prefix, h(Hints::SIDEBAR)),
    // Promotions.
    ("promo", Prefix, h(Hints::PROMO)),
    ("teaser", Prefix, h(Hints::PROMO)),
    ("cta", Word, h(Hints::PROMO)),
    // Page builders' call-to-action boxes (Avada, Divi, Elementor).
    ("reading box", Word, h(Hints::PROMO)),
    ("tagline box", Word, h(Hints::PROMO)),
    ("et pb promo", Word, h(Hints::PROMO)),
    ("elementor cta", Word, h(Hints::PROMO)),
    ("upsell", Prefix, h(Hints::PROMO)),
    ("paywall", Prefix, h(Hints::PROMO)),
    ("donat", Prefix, h(Hints::PROMO)),
    // Bylines and dates.
    ("byline", Anywhere, h(Hints::BYLINE)),
    ("dateline", Anywhere, h(Hints::BYLINE)),
    ("pubdate", Word, h(Hints::BYLINE)),
    ("timestamp", Word, h(Hints::BYLINE)),
    ("date", Word, h(Hints::BYLINE)),
    ("dates", Word, h(Hints::BYLINE)),
    ("published", Word, h(Hints::BYLINE)),
    ("posted", Word, h(Hints::BYLINE)),
    ("posted on", Word, h(Hints::BYLINE)),
    ("author", Prefix, h(Hints::AUTHOR)),
    ("writer", Word, h(Hints::AUTHOR)),
    ("reporter", Prefix, h(Hints::AUTHOR)),
    ("contributor", Prefix, h(Hints::AUTHOR)),
    ("bio", Word, h(Hints::AUTHOR)),
    // Captions and credits.
    ("caption", Anywhere, h(Hints::CAPTION)),
    ("credit", Prefix, h(Hints::CAPTION)),
    ("cutline", Word, h(Hints::CAPTION)),
    ("didascalia", Prefix, h(Hints::CAPTION)),
    ("bildunterschrift", Prefix, h(Hints::CAPTION)),
    ("legende", Word, h(Hints::CAPTION)),
    // A chart's title, notes and axis labels are the figure's, as its caption is.
    ("graphic", Word, h(Hints::CAPTION)),
    ("graphics", Word, h(Hints::CAPTION)),
    ("infographic", Prefix, h(Hints::CAPTION)),
    ("chart", Word, h(Hints::CAPTION)),
    ("datawrapper", Prefix, h(Hints::CAPTION)),
    ("flourish", Prefix, h(Hints::CAPTION)),
    // A video embedded among the paragraphs: its title, source and
    // description are the player's, as a photo's caption is.
    ("video embed", Word, h(Hints::CAPTION)),
    ("video player", Word, h(Hints::CAPTION)),
    // Newsletters and subscriptions.
    ("newsletter", Prefix, h(Hints::NEWSLETTER)),
    ("signup", Prefix, h(Hints::NEWSLETTER)),
    ("sign up", Word, h(Hints::NEWSLETTER)),
    ("subscri", Prefix, h(Hints::NEWSLETTER)),
    // Paywalled news sites wrap the article's text in these: the open lead
    // and the rest (the wall itself is a "paywall-box").
    ("subscriber preview", Word, Target::Nothing),
    ("subscriber only", Word, Target::Nothing),
    ("paywalled", Word, Target::Nothing),
    ("optin", Word, h(Hints::NEWSLETTER)),
    ("mailchimp", Prefix, h(Hints::NEWSLETTER)),
    // Cookie banners.
    ("cookie", Prefix, h(Hints::COOKIE)),
    ("consent", Prefix, h(Hints::COOKIE)),
    ("gdpr", Word, h(Hints::COOKIE)),
    ("cmp", Word, h(Hints::COOKIE)),
    // Adobe Experience Manager's core components share the consent
    // platforms' "cmp-" prefix: "cmp-text" holds an article's paragraphs.
    ("cmp accordion", Prefix, Target::Nothing),
    ("cmp breadcrumb", Prefix, Target::Nothing),
    ("cmp carousel", Prefix, Target::Nothing),
    ("cmp container", Word, Target::Nothing),
    ("cmp contentfragment", Prefix, Target::Nothing),
    ("cmp download", Prefix, Target::Nothing),
    ("cmp embed", Prefix, Target::Nothing),
    ("cmp experiencefragment", Prefix, Target::Nothing),
    ("cmp image", Prefix, Target::Nothing),
    ("cmp languagenavigation", Prefix, Target::Nothing),
    ("cmp list", Prefix, Target::Nothing),
    ("cmp navigation", Prefix, Target::Nothing),
    ("cmp separator", Prefix, Target::Nothing),
    ("cmp tabs", Prefix, Target::Nothing),
    ("cmp teaser", Prefix, Target::Nothing),
    ("cmp text", Prefix, Target::Nothing),
    ("cmp title", Prefix, Target::Nothing),
    ("onetrust", Prefix, h(Hints::COOKIE)),
    // Navigation.
    ("nav", Word, h(Hints::NAVIGATION)),
    ("navbar", Prefix, h(Hints::NAVIGATION)),
    ("navigation", Prefix, h(Hints::NAVIGATION)),
    ("topnav", Word, h(Hints::NAVIGATION)),
    ("subnav", Word, h(Hints::NAVIGATION)),
    ("mainnav", Word, h(Hints::NAVIGATION)),
    ("sitenav", Word, h(Hints::NAVIGATION)),
    ("menu", Prefix, h(Hints::NAVIGATION)),
    ("breadcrumb", Anywhere, h(Hints::NAVIGATION)),
    ("crumbs", Word, h(Hints::NAVIGATION)),
    ("pagination", Prefix, h(Hints::NAVIGATION)),
    ("pager", Word, h(Hints::NAVIGATION)),
    ("skip", Word, h(Hints::NAVIGATION)),
    ("toc", Word, h(Hints::NAVIGATION)),
    // Page header and footer.
    ("footer", Anywhere, h(Hints::FOOTER)),
    ("colophon", Word, h(Hints::FOOTER)),
    ("copyright", Word, h(Hints::FOOTER)),
    ("legal", Word, h(Hints::FOOTER)),
    ("disclaimer", Word, h(Hints::META)),
    // Notes under the text, each with a link back to its mark.
    ("footnote", Prefix, h(Hints::META)),
    ("header", Anywhere, h(Hints::HEADER)),
    // A subheading's anchor link, not the page's header.
    ("header anchor", Word, Target::Nothing),
    ("anchor with sticky navbar", Word, Target::NothingWithin),
    ("masthead", Word, h(Hints::HEADER)),
    ("topbar", Word, h(Hints::HEADER)),
    // Advertising.
    ("ad", Word, h(Hints::AD)),
    ("ads", Word, h(Hints::AD)),
    ("adv", Word, h(Hints::AD)),
    // Kadence's "advanced heading" block.
    ("adv heading", Word, Target::Nothing),
    ("advert", Prefix, h(Hints::AD)),
    ("adsense", Prefix, h(Hints::AD)),
    ("adsbygoogle", Prefix, h(Hints::AD)),
    ("adslot", Prefix, h(Hints::AD)),
    ("adunit", Prefix, h(Hints::AD)),
    ("adbox", Prefix, h(Hints::AD)),
    ("adwrap", Prefix, h(Hints::AD)),
    ("adcontainer", Prefix, h(Hints::AD)),
    ("adzone", Prefix, h(Hints::AD)),
    ("adholder", Prefix, h(Hints::AD)),
    ("dfp", Word, h(Hints::AD)),
    ("gpt", Word, h(Hints::AD)),
    ("sponsor", Prefix, h(Hints::AD)),
    ("mpu", Word, h(Hints::AD)),
    ("leaderboard", Word, h(Hints::AD)),
    ("skyscraper", Word, h(Hints::AD)),
    // Shopping widgets: a retailer's prices and buttons among the paragraphs
    // of a review ("shop this wine", "shop the look"), and the note on the
    // commission they earn.
    ("where to buy", Word, h(Hints::AD)),
    ("price widget", Word, h(Hints::AD)),
    ("buy box", Word, h(Hints::AD)),
    ("buybox", Word, h(Hints::AD)),
    ("shop this", Word, h(Hints::AD)),
    ("shop the", Word, h(Hints::AD)),
    ("affiliate", Prefix, h(Hints::AD)),
    // Tags, categories and other article furniture.
    ("meta", Word, h(Hints::META)),
    ("metadata", Word, h(Hints::META)),
    ("tags", Word, h(Hints::META)),
    ("taglist", Word, h(Hints::META)),
    ("tag list", Word, h(Hints::META)),
    ("keywords", Word, h(Hints::META)),
    ("topics", Word, h(Hints::META)),
    ("categories", Word, h(Hints::META)),
    ("tools", Word, h(Hints::META)),
    ("toolbar", Word, h(Hints::META)),
    // Headlines.
    ("title", Word, h(Hints::TITLE)),
    ("headline", Prefix, h(Hints::TITLE)),
    // The summary under the headline, in the names of several languages.
    // A box of the article's key facts (Scandinavian papers' "fakta").
    ("factbox", Word, h(Hints::FACT_BOX)),
    ("fact box", Word, h(Hints::FACT_BOX)),
    ("fakta", Word, h(Hints::FACT_BOX)),
    ("faktaruta", Word, h(Hints::FACT_BOX)),
    ("faktaboks", Word, h(Hints::FACT_BOX)),
    ("faktabox", Word, h(Hints::FACT_BOX)),
    ("dek", Word, h(Hints::STANDFIRST)),
    ("standfirst", Word, h(Hints::STANDFIRST)),
    ("strapline", Word, h(Hints::STANDFIRST)),
    ("chapo", Word, h(Hints::STANDFIRST)),
    ("chapeau", Word, h(Hints::STANDFIRST)),
    ("entradilla", Word, h(Hints::STANDFIRST)),
    ("sapo", Word, h(Hints::STANDFIRST)),
    ("bajada", Word, h(Hints::STANDFIRST)),
    ("sumario", Word, h(Hints::STANDFIRST)),
    ("copete", Word, h(Hints::STANDFIRST)),
    ("linha fina", Word, h(Hints::STANDFIRST)),
    ("perex", Word, h(Hints::STANDFIRST)),
    ("ingress", Word, h(Hints::STANDFIRST)),
    // Visually hidden text for screen readers.
    ("sr only", Word, Target::Hidden),
    ("screen reader text", Word, Target::Hidden),
    ("visually hidden", Word, Target::Hidden),
    ("visuallyhidden", Word, Target::Hidden),
    // A wiki's "[edit]" link inside each section heading: a tool, no part
    // of the heading's text.
    ("editsection", Word, Target::Hidden),
    // Notes set in the margin beside a paragraph (and the toggles that
    // show them on narrow screens) are the page's footnotes, not its text.
    ("sidenote", Word, Target::Hidden),
    ("marginnote", Word, Target::Hidden),
    ("margin note", Word, Target::Hidden),
    ("margin toggle", Word, Target::Hidden),
    // A notebook's cell prompts ("In [3]:", "Out[3]:") number the cells
    // for the notebook's reader, not the article's.
    ("prompt", Word, Target::Hidden),
    // Callout boxes of a blog theme (Chirpy's "prompt-tip") are text.
    ("prompt tip", Word, Target::Nothing),
    ("prompt info", Word, Target::Nothing),
    ("prompt warning", Word, Target::Nothing),
    ("prompt danger", Word, Target::Nothing),
    // The line numbers beside a code block (Rouge, Pygments, Prism,
    // highlight.js) number lines for the eye: the code is the text.
    ("rouge gutter", Word, Target::Hidden),
    ("lineno", Word, Target::Hidden),
    ("linenos", Word, Target::Hidden),
    ("linenodiv", Word, Target::Hidden),
    ("line numbers rows", Word, Target::Hidden),
    ("hljs ln numbers", Word, Target::Hidden),
];

/// Article-body containers: one of these words followed by one of
/// [`CONTENT_SECOND`], joined ("storytext") or not ("article__body").
const CONTENT_FIRST: &[&str] = &["article", "story", "entry", "post", "blog", "news"];
const CONTENT_SECOND: &[&str] = &["body", "content", "text", "copy"];

struct Matcher {
    automaton: AhoCorasick,
    meanings: Vec<(Mode, Target)>,
}

static MATCHER: LazyLock<Matcher> = LazyLock::new(|| {
    let mut patterns: Vec<String> = Vec::new();
    let mut meanings = Vec::new();
    for &(text, mode, target) in VOCABULARY {
        patterns.push(text.to_owned());
        meanings.push((mode, target));
    }
    for first in CONTENT_FIRST {
        for second in CONTENT_SECOND {
            for joiner in ["", " "] {
                patterns.push(format!("{first}{joiner}{second}"));
                meanings.push((Word, h(Hints::CONTENT)));
            }
        }
    }
    Matcher {
        automaton: AhoCorasick::new(&patterns).expect("the vocabulary builds"),
        meanings,
    }
});

/// Class-name prefixes that describe a state or the whole page, not the
/// element's part in it.
const STATE_PREFIXES: &[&str] = &[
    "has-",
    "with-",
    "no-",
    "tag-",
    "category-",
    "format-",
    "status-",
    "type-",
    "postid-",
    "post-type-",
    "page-template",
    "single-format",
];

/// Reads one element's attributes. `scratch` is reused between calls.
/// `in_heading`: the element is a heading, or a span or link right inside
/// one, whose id is an anchor.
pub(crate) fn read(element: &Element, in_heading: bool, scratch: &mut String) -> AttrInfo {
    let mut info = AttrInfo::default();
    scratch.clear();
    for attr in &element.attrs {
        let value: &str = &attr.value;
        match &*attr.name.local {
            "class" => {
                class_tokens_into(value, scratch);
                scratch.push_str(" |");
            }
            // A heading's id is an anchor made of its words
            // ("Specs_side_by_side"), not a name for its part in the page.
            "id" if in_heading => {}
            "id" | "itemprop" => {
                tokens_into(value, scratch);
                scratch.push_str(" |");
            }
            "role" => info.landmarks |= role_landmarks(value),
            "hidden" => info.landmarks |= Landmarks::HIDDEN,
            // AMP's stand-ins shown until a frame or player loads ("Loading
            // poll..."); an input's placeholder has a value, and no text.
            "placeholder" | "fallback" if value.is_empty() => info.landmarks |= Landmarks::HIDDEN,
            "aria-hidden" if value.trim().eq_ignore_ascii_case("true") => {
                info.landmarks |= Landmarks::HIDDEN
            }
            "style" if style_hides(value) => info.landmarks |= Landmarks::HIDDEN,
            "href" => info.href = true,
            _ => {}
        }
    }
    if !scratch.is_empty() {
        let (hints, hidden) = match_tokens(scratch);
        info.hints |= hints;
        if hidden {
            info.landmarks |= Landmarks::HIDDEN;
        }
    }
    info
}

/// Appends the tokens of a `class` attribute's value, less its state
/// classes and page builders' prefixes.
fn class_tokens_into(value: &str, out: &mut String) {
    for class in value.split_ascii_whitespace() {
        if !is_state_class(class) {
            tokens_into(without_builder_prefix(class), out);
        }
    }
}

/// Class-name prefixes that a page builder puts on every element it lays
/// out, whatever the element is: Elementor calls a paragraph of text a
/// "widget" as much as a sidebar's list.
const BUILDER_PREFIXES: &[&str] = &["elementor-widget"];

/// `class` without a page builder's prefix: "elementor-widget-text-editor"
/// reads "-text-editor", "elementor-widget-sidebar" still "-sidebar".
fn without_builder_prefix(class: &str) -> &str {
    BUILDER_PREFIXES
        .iter()
        .find_map(|prefix| class.strip_prefix(prefix))
        .unwrap_or(class)
}

fn is_state_class(class: &str) -> bool {
    STATE_PREFIXES.iter().any(|p| {
        class.len() >= p.len() && class.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
    })
}

/// Appends the lowercase tokens of `value`, each preceded by a space.
/// A generated hash or UUID in it ("block-253b6569…", "4ad2-…") says
/// nothing, and its letters would read as words ("ad"): its parts are
/// left out.
fn tokens_into(value: &str, out: &mut String) {
    let parts = || value.split(|c: char| !c.is_alphanumeric());
    let hashed = parts()
        .filter(|part| is_mixed_hex(part))
        .map(str::len)
        .sum::<usize>()
        >= crate::params::HASH_MIN_HEX_DIGITS;
    for part in parts().filter(|part| !(hashed && is_mixed_hex(part))) {
        part_tokens_into(part, out);
    }
}

/// Hex digits, both figures and letters: "3ccfe4", not "ad" or "2024".
fn is_mixed_hex(part: &str) -> bool {
    part.bytes().all(|b| b.is_ascii_hexdigit())
        && part.bytes().any(|b| b.is_ascii_digit())
        && part.bytes().any(|b| b.is_ascii_alphabetic())
}

/// Appends the tokens of one run of letters and figures.
fn part_tokens_into(part: &str, out: &mut String) {
    let mut previous: Option<char> = None;
    let mut chars = part.chars().peekable();
    while let Some(c) = chars.next() {
        let boundary = match previous {
            None => true,
            Some(p) => {
                (p.is_lowercase() && c.is_uppercase())
                    || (p.is_alphabetic() != c.is_alphabetic())
                    // "GPTAd": a capital that starts a lowercase run ends an
                    // uppercase one.
                    || (p.is_uppercase()
                        && c.is_uppercase()
                        && chars.peek().is_some_and(|n| n.is_lowercase()))
            }
        };
        if boundary {
            out.push(' ');
        }
        out.extend(c.to_lowercase());
        previous = Some(c);
    }
}

fn match_tokens(text: &str) -> (Hints, bool) {
    let m = &*MATCHER;
    let bytes = text.as_bytes();
    let mut hints = Hints::empty();
    let mut hidden = false;
    // Where cancelling patterns start: one per class at most, and few
    // elements have more than a handful of classes.
    let mut cancelled = [(usize::MAX, usize::MAX); 8];
    let mut cancels = 0;
    let mut found: [(usize, Target); 16] = [(0, Target::Nothing); 16];
    let mut count = 0;
    for mat in m.automaton.find_overlapping_iter(text) {
        let (mode, target) = m.meanings[mat.pattern().as_usize()];
        let (start, end) = (mat.start(), mat.end());
        let starts_token = start == 0 || bytes[start - 1] == b' ';
        let ok = match mode {
            Word => starts_token && (end == bytes.len() || bytes[end] == b' '),
            Prefix => starts_token,
            Anywhere => true,
        };
        if !ok {
            continue;
        }
        let span = match target {
            Target::Nothing => Some((start, start + 1)),
            Target::NothingWithin => Some((start, end)),
            _ => None,
        };
        if let Some(span) = span
            && cancels < cancelled.len()
        {
            cancelled[cancels] = span;
            cancels += 1;
        }
        if count < found.len() {
            found[count] = (start, target);
            count += 1;
        }
    }
    for &(start, target) in &found[..count] {
        if cancelled[..cancels]
            .iter()
            .any(|span| (span.0..span.1).contains(&start))
        {
            continue;
        }
        match target {
            Target::Hint(hint) => hints |= hint,
            Target::Hidden => hidden = true,
            Target::Nothing | Target::NothingWithin => {}
        }
    }
    (hints, hidden)
}

/// ARIA roles that name a landmark.
fn role_landmarks(value: &str) -> Landmarks {
    let mut out = Landmarks::empty();
    for role in value.split_ascii_whitespace() {
        out |= match role.to_ascii_lowercase().as_str() {
            "navigation" | "menu" | "menubar" => Landmarks::NAV,
            "banner" => Landmarks::HEADER,
            "contentinfo" => Landmarks::FOOTER,
            "complementary" => Landmarks::ASIDE,
            "main" => Landmarks::MAIN,
            "article" => Landmarks::ARTICLE,
            "search" | "form" => Landmarks::FORM,
            "dialog" | "alertdialog" => Landmarks::DIALOG,
            "button" => Landmarks::BUTTON,
            _ => Landmarks::empty(),
        };
    }
    out
}

/// `display: none` or `visibility: hidden` in an inline style.
fn style_hides(style: &str) -> bool {
    let mut compact = [0u8; 64];
    for declaration in style.split(';') {
        let mut n = 0;
        for b in declaration.bytes() {
            if !b.is_ascii_whitespace() && n < compact.len() {
                compact[n] = b.to_ascii_lowercase();
                n += 1;
            }
        }
        let d = &compact[..n];
        if d.starts_with(b"display:none") || d.starts_with(b"visibility:hidden") {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(value: &str) -> String {
        let mut out = String::new();
        tokens_into(value, &mut out);
        out
    }

    fn hints(class: &str) -> Hints {
        let mut text = String::new();
        class_tokens_into(class, &mut text);
        match_tokens(&text).0
    }

    fn hides(class: &str) -> bool {
        let mut text = String::new();
        class_tokens_into(class, &mut text);
        match_tokens(&text).1
    }

    #[test]
    fn line_numbers_and_cell_prompts_are_hidden_callouts_are_not() {
        for class in [
            "rouge-gutter gl",
            "lineno",
            "linenos",
            "line-numbers-rows",
            "prompt",
        ] {
            assert!(hides(class), "{class}");
        }
        for class in [
            "prompt-tip",
            "prompt-warning",
            "line-numbers",
            "et_pb_gutters3",
        ] {
            assert!(!hides(class), "{class}");
        }
    }

    #[test]
    fn class_names_split_into_tokens() {
        assert_eq!(tokens("articleBody"), " article body");
        assert_eq!(tokens("article__body-text"), " article body text");
        assert_eq!(tokens("div-gpt-ad-300x250"), " div gpt ad 300 x 250");
        assert_eq!(tokens("GPTAdSlot"), " gpt ad slot");
        // Hashes and UUIDs give no tokens; a short ad slot's number stays.
        assert_eq!(tokens("block-253b656921c54748ad3aaa69"), " block");
        assert_eq!(
            tokens("id-253b6569-21c5-4748-ad3a-aa69ead5fb97"),
            " id 4748"
        );
        assert_eq!(tokens("ad-1a"), " ad 1 a");
    }

    #[test]
    fn adobe_components_are_no_consent_box() {
        assert_eq!(hints("cmp-text"), Hints::empty());
        assert_eq!(hints("cmp-container cmp-image"), Hints::empty());
        assert_eq!(hints("cmp-banner"), Hints::COOKIE);
        assert_eq!(hints("cmp-container cmp-banner"), Hints::COOKIE);
    }

    #[test]
    fn ad_is_a_whole_token() {
        for class in ["header", "read-more", "shadow", "download", "lead", "badge"] {
            assert!(!hints(class).contains(Hints::AD), "{class}");
        }
        for class in [
            "ad",
            "ad-slot",
            "adSlot",
            "top-ad",
            "div-gpt-ad-1",
            "advertisement",
        ] {
            assert!(hints(class).contains(Hints::AD), "{class}");
        }
    }

    #[test]
    fn shopping_widgets_are_ads() {
        for class in [
            "where-to-buy",
            "whereToBuy",
            "product-price-widget",
            "review-buy-box",
            "affiliate-disclaimer",
            "shop-this-wine",
            "shop-the-look",
        ] {
            assert!(hints(class).contains(Hints::AD), "{class}");
        }
        for class in [
            "buying-guide",
            "price-history",
            "box",
            "workshop-notes",
            "shop-news",
        ] {
            assert!(!hints(class).contains(Hints::AD), "{class}");
        }
    }

    #[test]
    fn vocabulary_examples() {
        assert_eq!(hints("social-share"), Hints::SHARE);
        assert_eq!(hints("social-media-embed"), Hints::empty());
        assert_eq!(hints("entry-content"), Hints::CONTENT);
        assert_eq!(hints("storytext"), Hints::CONTENT);
        assert_eq!(hints("article__content"), Hints::CONTENT);
        assert_eq!(hints("td-post-content"), Hints::CONTENT);
        assert_eq!(hints("comment-list"), Hints::COMMENT);
        assert_eq!(hints("commentary"), Hints::empty());
        assert_eq!(hints("related-posts"), Hints::RELATED);
        assert_eq!(hints("read-more-teaser"), Hints::RELATED | Hints::PROMO);
        assert_eq!(hints("read-also"), Hints::RELATED);
        assert_eq!(hints("fusion-reading-box-container"), Hints::PROMO);
        assert_eq!(hints("et_pb_promo"), Hints::PROMO);
        assert_eq!(hints("faktaruta"), Hints::FACT_BOX);
        assert_eq!(hints("article-fact-box"), Hints::FACT_BOX);
        assert_eq!(hints("artifact-list"), Hints::empty());
        assert_eq!(
            hints("kt-adv-heading_3a9f1c-2b wp-block-kadence-advancedheading"),
            Hints::empty()
        );
        assert_eq!(
            hints(
                "kt-accordion-panel kt-accodion-icon-side-right kt-accordion-pane-header-alignment-left"
            ),
            Hints::empty()
        );
        assert_eq!(hints("elementor-cta__content"), Hints::PROMO);
        assert_eq!(hints("anchor anchorWithStickyNavbar_mojV"), Hints::empty());
        assert_eq!(hints("leftsidebar"), Hints::SIDEBAR);
        assert_eq!(hints("wp-caption-text"), Hints::CAPTION);
        assert_eq!(hints("graphic graphic--bar"), Hints::CAPTION);
        assert_eq!(hints("dw-chart-notes"), Hints::CAPTION);
        assert_eq!(hints("chartered"), Hints::empty());
        assert!(hints("VideoEmbed_title__qV8n2").contains(Hints::CAPTION));
        assert_eq!(hints("video-embed__brand"), Hints::CAPTION);
        assert!(hints("video-player-meta").contains(Hints::CAPTION));
        assert_eq!(hints("video"), Hints::empty());
        assert_eq!(hints("site-footer"), Hints::FOOTER);
        assert_eq!(hints("article-disclaimer"), Hints::META);
        assert_eq!(hints("footnote-content"), Hints::META);
        assert_eq!(hints("footnotes"), Hints::META);
        assert_eq!(hints("breadcrumbs"), Hints::NAVIGATION);
        assert_eq!(hints("article__dek"), Hints::STANDFIRST);
        assert_eq!(hints("chapo"), Hints::STANDFIRST);
        assert_eq!(hints("materia__linha-fina"), Hints::STANDFIRST);
        assert_eq!(hints("article__bajada"), Hints::STANDFIRST);
        assert_eq!(hints("nota-sumario"), Hints::STANDFIRST);
        assert_eq!(hints("copete"), Hints::STANDFIRST);
        assert_eq!(hints("perex"), Hints::STANDFIRST);
        assert_eq!(hints("article__ingress"), Hints::STANDFIRST);
        assert_eq!(hints("desk"), Hints::empty());
        assert_eq!(hints("tooltip"), Hints::SIDEBAR);
        assert_eq!(hints("popover bottom"), Hints::SIDEBAR);
        assert_eq!(hints("has-tooltip"), Hints::empty());
    }

    #[test]
    fn a_page_builders_widgets_are_no_sidebar() {
        let text = "elementor-element elementor-widget elementor-widget-text-editor";
        assert_eq!(hints(text), Hints::empty());
        assert_eq!(hints("elementor-widget-container"), Hints::empty());
        assert_eq!(
            hints("elementor-widget elementor-widget-sidebar"),
            Hints::SIDEBAR
        );
        assert_eq!(
            hints("elementor-widget elementor-widget-share-buttons"),
            Hints::SHARE
        );
        assert_eq!(hints("widget widget_recent_entries"), Hints::SIDEBAR);
    }

    #[test]
    fn state_classes_say_nothing() {
        assert_eq!(hints("page has-sidebar with-comments"), Hints::empty());
        assert_eq!(
            hints("post type-post tag-comments category-related hentry"),
            Hints::empty()
        );
    }

    #[test]
    fn inline_styles_hide() {
        assert!(style_hides("color: red; display : none"));
        assert!(style_hides("VISIBILITY:hidden"));
        assert!(!style_hides("display:block"));
    }
}
