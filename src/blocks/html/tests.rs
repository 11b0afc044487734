use std::time::{Duration, Instant};

use super::*;
use crate::blocks::{Block, Hints, Landmarks};

fn texts(html: &str) -> Vec<String> {
    parse(html)
        .blocks
        .iter()
        .map(|b| b.text.to_string())
        .collect()
}

fn block<'a>(page: &'a crate::blocks::Page<'static>, starts: &str) -> &'a Block<'static> {
    page.blocks
        .iter()
        .find(|b| b.text.starts_with(starts))
        .unwrap_or_else(|| panic!("no block starts with {starts:?}"))
}

#[test]
fn inline_elements_neither_split_nor_add_spaces() {
    let html = "<p><span class=\"dropcap\">M</span>useum director <b>Ray</b> <i>Castellano</i> \
                said <a href=\"/x\">it</a><custom-tag>'s</custom-tag> done.</p>";
    assert_eq!(
        texts(html),
        ["Museum director Ray Castellano said it's done."]
    );
}

#[test]
fn a_cards_label_and_its_linked_headline_are_two_words() {
    let html = "<div class=\"card\"><span>Leggi anche</span><a href=\"/x\"><strong>Siccità, \
                sorgenti in calo</strong></a></div><p>Visit <a href=\"/y\">the</a><a \
                href=\"/z\">Museum</a> or the <a href=\"/w\">iPhone</a> page.</p>";
    assert_eq!(
        texts(html),
        [
            "Leggi anche Siccità, sorgenti in calo",
            "Visit theMuseum or the iPhone page."
        ]
    );
}

#[test]
fn a_button_inside_a_paragraph_is_a_word_of_it() {
    let html = "<p>Salamanders start their <button class=\"gloss\">migration</button> \
                on the first rainy night.</p><div><button>Share</button></div>";
    assert_eq!(
        texts(html),
        [
            "Salamanders start their migration on the first rainy night.",
            "Share"
        ]
    );
}

#[test]
fn a_formulas_tokens_are_read_inline_without_its_source() {
    let html = "<p>Take an <math><mi>n</mi><mo>×</mo><mi>n</mi></math> grid of \
                <math><semantics><msup><mi>n</mi><mn>2</mn></msup>\
                <annotation encoding=\"application/x-tex\">n^2</annotation></semantics></math> \
                dots.</p>";
    assert_eq!(texts(html), ["Take an n×n grid of n2 dots."]);
}

#[test]
fn white_space_collapses_and_entities_decode() {
    assert_eq!(
        texts("<p>\n  Fish &amp;\tchips&nbsp;&nbsp;and  &eacute;clairs \n</p><p> </p>"),
        ["Fish & chips and éclairs"]
    );
}

#[test]
fn block_elements_and_direct_text_make_blocks() {
    let html = "<div>Lead text<p>First</p>between<h2>Head</h2><ul><li>One</li><li>Two</li></ul>\
                tail</div>";
    assert_eq!(
        texts(html),
        [
            "Lead text",
            "First",
            "between",
            "Head",
            "One",
            "Two",
            "tail"
        ]
    );
    let page = parse(html);
    assert_eq!(block(&page, "Head").dom.as_ref().unwrap().heading, 2);
    assert!(block(&page, "One").bullet);
    assert!(!block(&page, "First").bullet);
    let first = block(&page, "First").dom.as_ref().unwrap().container;
    let between = block(&page, "between").dom.as_ref().unwrap();
    assert_eq!(between.tag(), "div");
    // Paragraphs of one container share it.
    let second = parse("<div><p>a</p><p>b</p></div>");
    let c: Vec<u32> = second
        .blocks
        .iter()
        .map(|b| b.dom.as_ref().unwrap().container)
        .collect();
    assert_eq!(c[0], c[1]);
    let _ = first;
}

#[test]
fn double_breaks_split_single_breaks_join() {
    assert_eq!(
        texts(
            "<div>One line<br>continues here.<br><br>Second <b>para</b>.<br> <br>\n<br>Third.</div>"
        ),
        ["One line continues here.", "Second para.", "Third."]
    );
}

#[test]
fn several_breaks_between_short_lines_split() {
    let poem = "<p>The sea is calm tonight.<br>The tide is full, the moon lies fair<br>\
                Upon the straits.<br>On the French coast the light</p>";
    assert_eq!(
        texts(poem),
        [
            "The sea is calm tonight.",
            "The tide is full, the moon lies fair",
            "Upon the straits.",
            "On the French coast the light"
        ]
    );
    let address = "<address>22 Mill Street<br>Hollis<br>HV1 2AB</address>";
    assert_eq!(texts(address), ["22 Mill Street", "Hollis", "HV1 2AB"]);
}

#[test]
fn table_rows_are_one_block_each() {
    let html = "<table><thead><tr><th>Command</th><th>Before</th></tr></thead>\
                <tbody><tr><td><code>tally --version</code></td><td>912 ms</td></tr>\
                <tr><td>x</td><td></td><td>y</td></tr></tbody></table>";
    assert_eq!(
        texts(html),
        ["Command Before", "tally --version 912 ms", "x y"]
    );
    let page = parse(html);
    assert_eq!(page.blocks[0].dom.as_ref().unwrap().tag(), "tr");
    assert!(
        page.blocks[0]
            .dom
            .as_ref()
            .unwrap()
            .landmarks
            .contains(Landmarks::TABLE)
    );
}

#[test]
fn a_row_counts_the_cells_that_hold_text() {
    let html = "<table><tr><td>Revenue</td><td>$4.1m</td><td></td></tr>\
                <tr><td><font><a href=\"/print\">Printer-friendly version</a> \
                <a href=\"/mail\">E-mail this story</a></font></td></tr>\
                <tr><td></td><td>Reader Comments</td></tr></table>";
    let page = parse(html);
    let cells: Vec<u16> = page
        .blocks
        .iter()
        .map(|b| b.dom.as_ref().unwrap().cells)
        .collect();
    assert_eq!(cells, [2, 1, 1]);
}

#[test]
fn layout_tables_split_into_their_blocks() {
    let html = "<table><tr><td class=\"nav\"><a href=\"/\">Home</a></td>\
                <td><div>Story text.</div><p>More.</p></td></tr></table>";
    assert_eq!(texts(html), ["Home", "Story text.", "More."]);
}

#[test]
fn a_cells_one_paragraph_element_is_its_value() {
    // Word processors put each cell's text in a paragraph of its own.
    let html = "<table><tr><td><p><span>Stretch</span></p></td><td><p>Volunteers</p></td></tr>\
                <tr><td><p>Mill pond</p></td><td><p>10</p></td></tr></table>";
    assert_eq!(texts(html), ["Stretch Volunteers", "Mill pond 10"]);
}

#[test]
fn preformatted_text_gives_one_block_per_line() {
    let html = "<p>Run:</p><pre><code>$ cargo   build\n\nfn main() {\n    x();\n}\n</code></pre><p>Done.</p>";
    assert_eq!(
        texts(html),
        ["Run:", "$ cargo build", "fn main() {", "x();", "}", "Done."]
    );
    let page = parse(html);
    assert_eq!(block(&page, "x();").line, 4);
    let lines = parse("<p>a</p>\n<pre>one\ntwo\n\nthree</pre>\n<p>\n  b</p>");
    let l: Vec<u32> = lines.blocks.iter().map(|b| b.line).collect();
    assert_eq!(l, [1, 2, 3, 5, 7]);
}

#[test]
fn invisible_content_is_skipped() {
    let html = "<head><title>T</title><style>p{}</style></head><body>\
                <script>var x = 1;</script><noscript>Enable JS</noscript>\
                <p>Visible<span style=\"display: none\"> hidden</span>.</p>\
                <template><p>tpl</p></template><svg><text>svg</text></svg>\
                <select><option>Choose</option></select><textarea>typed</textarea>\
                <iframe>frame</iframe></body>";
    assert_eq!(texts(html), ["Visible."]);
}

#[test]
fn a_wikis_edit_links_are_no_part_of_its_headings() {
    let html = "<h2><span class=\"mw-headline\" id=\"Route\">Route</span>\
                <span class=\"mw-editsection\"><span class=\"mw-editsection-bracket\">[</span>\
                <a href=\"/edit\">edit</a><span>]</span></span></h2><p>It runs north.</p>";
    assert_eq!(texts(html), ["Route", "It runs north."]);
}

#[test]
fn a_spacer_of_joiners_makes_no_block_but_joiners_inside_text_stay() {
    let html = "<p>First.</p><p>\u{200d}</p><p>Family: \u{1f468}\u{200d}\u{1f467}.</p>";
    assert_eq!(
        texts(html),
        ["First.", "Family: \u{1f468}\u{200d}\u{1f467}."]
    );
    // Preformatted text keeps invisible characters, but a line of only
    // those is no block.
    let html = "<pre>x = 1\n\u{200b}\n\u{feff}\u{200d}\ny = 2</pre>";
    assert_eq!(texts(html), ["x = 1", "y = 2"]);
}

#[test]
fn hidden_blocks_and_landmarks_are_marked() {
    let html = "<body><nav><ul><li><a href=\"/\">Home</a></li></ul></nav>\
                <div hidden><p>Secret</p></div>\
                <div aria-hidden=\"true\">Icon</div>\
                <amp-iframe><div placeholder>Loading poll...</div></amp-iframe>\
                <div role=\"contentinfo\"><p>Legal</p></div>\
                <aside><p>Side</p></aside><form><p>Form text</p><button>Send</button></form>\
                <figure><figcaption>A caption</figcaption></figure>\
                <blockquote>Quoted words</blockquote></body>";
    let page = parse(html);
    let lm = |s: &str| block(&page, s).dom.as_ref().unwrap().landmarks;
    assert!(lm("Home").contains(Landmarks::NAV | Landmarks::LIST));
    assert!(lm("Secret").contains(Landmarks::HIDDEN));
    assert!(lm("Icon").contains(Landmarks::HIDDEN));
    assert!(lm("Loading").contains(Landmarks::HIDDEN));
    assert!(lm("Legal").contains(Landmarks::FOOTER));
    assert!(lm("Side").contains(Landmarks::ASIDE));
    assert!(lm("Form text").contains(Landmarks::FORM));
    assert!(lm("Send").contains(Landmarks::BUTTON | Landmarks::FORM));
    assert!(lm("A caption").contains(Landmarks::FIGURE | Landmarks::FIGCAPTION));
    assert!(lm("Quoted").contains(Landmarks::BLOCKQUOTE));
    let home = block(&page, "Home").dom.as_ref().unwrap();
    assert_eq!(home.link_chars, 4);
}

#[test]
fn class_hints_come_from_the_element_and_its_ancestors() {
    let html = "<body><div class=\"story-body\"><p>Para one is here with enough words to count \
                as prose for the wrapper search.</p>\
                <div class=\"related-links\"><p><a href=\"/a\">Other story</a></p></div>\
                <p>Photo: <span class=\"credit\">Jane Doe/AP</span></p></div>\
                <div id=\"comments\"><p>First!</p></div>\
                <div class=\"header-ad\"><p>Buy</p></div></body>";
    let page = parse(html);
    let hints = |s: &str| block(&page, s).dom.as_ref().unwrap().hints;
    assert!(hints("Para one").contains(Hints::CONTENT));
    // A teaser inside the article's body is a teaser: RELATED cancels CONTENT.
    assert!(hints("Other story").contains(Hints::RELATED));
    assert!(!hints("Other story").contains(Hints::CONTENT));
    // An inline element covering most of a block lends it its hints.
    assert!(hints("Photo:").contains(Hints::CAPTION));
    assert!(hints("First!").contains(Hints::COMMENT));
    assert!(hints("Buy").contains(Hints::AD));
    assert!(!hints("Para one").contains(Hints::AD));
}

#[test]
fn a_paragraph_in_italics_under_a_picture_is_its_caption() {
    let html = "<body><p>Before.</p><p><img src=\"a.jpg\" alt=\"\"></p>\
                <p><em>The jars after eight hours.</em></p>\
                <p><em>Italic</em> then plain.</p><p><i>Italic alone.</i></p>\
                <p><img src=\"b.jpg\"></p><p><em>Half</em> in italics.</p></body>";
    let page = parse(html);
    let caption = |s: &str| {
        let dom = block(&page, s).dom.as_ref().unwrap();
        dom.landmarks.contains(Landmarks::FIGCAPTION)
    };
    assert!(caption("The jars"));
    assert!(!caption("Italic then"));
    assert!(!caption("Italic alone"));
    assert!(!caption("Half in"));
}

#[test]
fn a_headings_permalink_sign_is_no_word_of_it() {
    let html = "<body><h2 id=\"a\">Before you start<a class=\"headerlink\" href=\"#a\">&para;</a></h2>\
                <h2 id=\"b\">Incremental sync<a href=\"#b\">#</a></h2>\
                <p>Item <a href=\"#note\">#3</a> and <a href=\"/x\">#</a>.</p></body>";
    assert_eq!(
        texts(html),
        ["Before you start", "Incremental sync", "Item #3 and #."]
    );
}

#[test]
fn a_highlighters_classes_in_code_lend_no_hints() {
    let html = "<body><pre class=\"code\">total = sum(rows)  \
                <span class=\"synComment\"># rows of the table</span>\n\
                print(total)</pre></body>";
    let page = parse(html);
    let hints = block(&page, "total = sum").dom.as_ref().unwrap().hints;
    assert!(!hints.contains(Hints::COMMENT), "{hints:?}");
}

#[test]
fn wrappers_of_the_article_lend_no_negative_hints() {
    let para = "<p>This paragraph has plenty of words, commas, and clauses, so that it \
                reads like the running text of an article about the town.</p>";
    let html = format!(
        "<body><div class=\"page-wrapper sidebar-layout ad-frame\"><div class=\"main\">{para}{para}{para}</div>\
         <div class=\"sidebar\"><p>Most read today in the region</p></div></div></body>"
    );
    let page = parse(&html);
    let first = page.blocks[0].dom.as_ref().unwrap();
    assert!(
        !first.hints.intersects(Hints::SIDEBAR | Hints::AD),
        "{first:?}"
    );
    assert!(!first.landmarks.contains(Landmarks::OUTSIDE_CONTENT));
    let side = block(&page, "Most read").dom.as_ref().unwrap();
    assert!(side.hints.contains(Hints::SIDEBAR));
    assert!(side.landmarks.contains(Landmarks::OUTSIDE_CONTENT));
}

#[test]
fn a_headings_link_to_its_own_section_is_no_link() {
    let page = parse(
        "<body><h2 id=\"soil\"><a href=\"#soil\">Pots and soil</a></h2>\
         <h2><a href=\"/guides/soil\">Our soil guide</a></h2></body>",
    );
    assert_eq!(
        block(&page, "Pots and soil")
            .dom
            .as_ref()
            .unwrap()
            .link_chars,
        0
    );
    assert!(
        block(&page, "Our soil guide")
            .dom
            .as_ref()
            .unwrap()
            .link_chars
            > 0
    );
}

#[test]
fn an_accordions_button_in_a_heading_is_the_headings_text() {
    let page = parse(
        "<body><h3><button aria-expanded=\"false\">Does the bin smell?</button></h3>\
         <p>Not if it is kept dry.</p><div><button>Load more</button></div></body>",
    );
    let question = block(&page, "Does the bin smell?").dom.as_ref().unwrap();
    assert_eq!(question.heading, 3);
    assert!(!question.landmarks.contains(Landmarks::BUTTON));
    let more = block(&page, "Load more").dom.as_ref().unwrap();
    assert!(more.landmarks.contains(Landmarks::BUTTON));
}

#[test]
fn a_body_split_by_an_ad_is_content_on_both_sides() {
    let para = |topic: &str| {
        format!(
            "<p>The council met on {topic} and, after a long debate, voted to renovate \
             the old baths, which will stay open while the work goes on.</p>"
        )
    };
    let html = format!(
        "<body><article><div class=\"article-text\">{}<p>Short.</p></div>\
         <div class=\"ad\"><p>Advertisement</p></div>\
         <div class=\"article-text\">{}{}{}</div>\
         <div class=\"related\"><p>{}</p></div></article></body>",
        para("Monday"),
        para("Tuesday"),
        para("Wednesday"),
        para("Thursday"),
        para("Friday")
    );
    let page = parse(&html);
    let landmarks = |text: &str| block(&page, text).dom.as_ref().unwrap().landmarks;
    assert!(!landmarks("The council met on Monday").contains(Landmarks::OUTSIDE_CONTENT));
    assert!(landmarks("The council met on Friday").contains(Landmarks::OUTSIDE_CONTENT));
    assert!(landmarks("Advertisement").contains(Landmarks::OUTSIDE_CONTENT));
}

#[test]
fn paths_are_short_and_name_ids_and_classes() {
    let html = "<body><div id=\"main\" class=\"article wide\"><div class=\"body\"><p>Text</p></div></div></body>";
    let page = parse(html);
    assert_eq!(
        page.blocks[0].dom.as_ref().unwrap().path(),
        "html>body>div#main.article>div.body>p"
    );
    let deep = format!("<body>{}<p>Deep</p></body>", "<div>".repeat(10));
    let page = parse(&deep);
    let dom = page.blocks[0].dom.as_ref().unwrap();
    assert_eq!(dom.path(), "…>div>div>div>div>p");
    assert_eq!(dom.depth, 12);
}

#[test]
fn metadata_comes_from_head_json_ld_and_body() {
    let html = r#"<html><head>
        <title>Harbour Closes After Storm | Coast Herald</title>
        <meta property="og:site_name" content="Coast Herald">
        <meta name="author" content="Ana Ruiz">
        <meta property="article:published_time" content="2024-03-05T10:00:00Z">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"JSON headline",
          "articleBody":"The harbour <b>was</b> closed on Tuesday.\nOfficials said so."}</script>
        </head><body><h1>Harbour Closes After Storm</h1><p>The harbour was closed on Tuesday.</p></body></html>"#;
    let meta = parse(html).meta;
    // JSON-LD outranks <title>.
    assert_eq!(meta.title.as_deref(), Some("JSON headline"));
    assert_eq!(meta.byline.as_deref(), Some("Ana Ruiz"));
    assert_eq!(meta.date.as_deref(), Some("2024-03-05T10:00:00Z"));
    assert_eq!(
        meta.article_body.as_deref(),
        Some("the harbour was closed on tuesday. officials said so.")
    );

    let html = r#"<html><head><title>Harbour Closes After Storm | Coast Herald</title></head>
        <body><a rel="author" href="/staff/ana">Ana Ruiz</a><time datetime="2024-03-05">March 5</time>
        <h1>Harbour Closes After Storm</h1></body></html>"#;
    let meta = parse(html).meta;
    assert_eq!(meta.title.as_deref(), Some("Harbour Closes After Storm"));
    assert_eq!(meta.byline.as_deref(), Some("Ana Ruiz"));
    assert_eq!(meta.date.as_deref(), Some("2024-03-05"));
    assert!(meta.article_body.is_none());
}

#[test]
fn a_meta_charset_does_not_stop_the_parse() {
    let html = "<html><head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Type\" \
                content=\"text/html; charset=windows-1252\"></head><body><p>Still here.</p></body></html>";
    assert_eq!(texts(html), ["Still here."]);
}

/// Nesting patterns that make html5ever's tree builder quadratic without
/// the depth guard, and some that never did.
#[test]
fn deep_nesting_finishes_quickly() {
    let n = 100_000;
    let cases = [
        "<div>".repeat(n),
        "<ul>".repeat(n),
        "<blockquote>".repeat(n),
        "<div><span>".repeat(n / 2),
        "<span>".repeat(n),
        "<p>".repeat(n),
        "<a>".repeat(n),
        "<b><i>".repeat(n / 2),
        "<table><tr><td>".repeat(n / 3),
        "<a href=x>t<div>u</a>".repeat(n / 4),
        format!("{}{}", "<span>".repeat(n), "</div>".repeat(n)),
    ];
    for case in cases {
        let html = format!("<html><body>{case}deep text</body></html>");
        let start = Instant::now();
        let page = parse(&html);
        let took = start.elapsed();
        assert!(
            took < Duration::from_secs(20),
            "{} took {took:?}",
            &case[..20]
        );
        assert!(page.blocks.iter().any(|b| b.text.contains("deep text")));
    }
}

#[test]
fn the_depth_guard_caps_the_tree() {
    let html = format!("<body>{}<p>deep</p>", "<div>".repeat(5_000));
    let dom = dom::parse(&html);
    let deepest = dom.nodes.iter().map(|n| u32::from(n.depth)).max().unwrap();
    assert!(deepest <= dom::MAX_DEPTH + 4, "{deepest}");
    let page = parse(&html);
    assert_eq!(page.blocks.last().unwrap().text, "deep");
}

/// Formatting elements that a paragraph closed are opened again in the
/// next one: 36 elements per `<p>a`, or one more with every paragraph.
/// Past its budget the tree takes only text, and none of it is lost.
#[test]
fn the_tree_budget_caps_elements_the_tree_builder_makes_by_itself() {
    let formatting: String = ["b", "i", "u", "s", "em", "strong", "small", "big", "tt"]
        .iter()
        .map(|t| format!("<{t} class=c>"))
        .collect::<String>()
        .repeat(4);
    let reopened = format!("<p>{formatting}{}", "<p>a".repeat(100_000));
    let growing: String = (0..30_000).map(|k| format!("<p><b id={k}></p>a")).collect();
    for html in [reopened, growing] {
        let budget = html.len() / dom::INPUT_BYTES_PER_TREE_ITEM;
        assert!(budget > dom::MIN_TREE_ITEMS);
        let start = Instant::now();
        let tree = dom::parse(&html);
        assert!(start.elapsed() < Duration::from_secs(20));
        assert!(tree.nodes.len() <= budget, "{} nodes", tree.nodes.len());
        let page = parse(&html);
        let kept: usize = page
            .blocks
            .iter()
            .map(|b| b.text.matches('a').count())
            .sum();
        assert_eq!(kept, html.matches(">a").count());
    }
}

/// Pages under the budget, however long, are parsed in full: one block a
/// paragraph to the end.
#[test]
fn a_long_page_of_real_paragraphs_stays_under_the_tree_budget() {
    let html: String = (0..60_000)
        .map(|n| format!("<p>Paragraph {n} of the page says <b>one</b> thing, then goes on.</p>\n"))
        .collect();
    assert!(html.len() / dom::INPUT_BYTES_PER_TREE_ITEM > dom::MIN_TREE_ITEMS);
    let page = parse(&html);
    assert_eq!(page.blocks.len(), 60_000);
    assert_eq!(
        page.blocks[59_999].text,
        "Paragraph 59999 of the page says one thing, then goes on."
    );
}

/// The arena and the evidence are per node and per block: a page of tiny
/// paragraphs has hundreds of thousands of each.
#[test]
#[cfg(target_pointer_width = "64")]
fn nodes_and_evidence_stay_small() {
    use std::mem::size_of;
    assert!(size_of::<dom::Node>() <= 32);
    assert!(size_of::<dom::Element>() <= 40);
    assert!(size_of::<crate::blocks::DomEvidence>() <= 40);
}

#[test]
fn repeated_body_tags_do_not_pile_up_attributes() {
    let tag: String = (0..300).map(|i| format!(" a{i}=v")).collect();
    let html: String = (0..2_000)
        .map(|n| format!("<body x{n}=v{tag}>"))
        .chain(["<p>text</p>".to_owned()])
        .collect();
    let start = Instant::now();
    assert_eq!(texts(&html), ["text"]);
    assert!(start.elapsed() < Duration::from_secs(5));
}

#[test]
fn a_footer_inside_a_quote_is_its_attribution() {
    let html = "<body><blockquote><p>Every book is a letter to a stranger.</p>\
                <footer>Hesper Kale, Letters</footer></blockquote>\
                <footer><p>Site footer</p></footer></body>";
    let page = parse(html);
    let lm = |s: &str| block(&page, s).dom.as_ref().unwrap().landmarks;
    assert!(!lm("Hesper").contains(Landmarks::FOOTER));
    assert!(lm("Hesper").contains(Landmarks::BLOCKQUOTE));
    assert!(lm("Site footer").contains(Landmarks::FOOTER));
}

#[test]
fn margin_notes_and_notebook_prompts_are_hidden() {
    let html = "<body><p>The cards were kept in a drawer\
                <label for=\"sn-1\" class=\"margin-toggle sidenote-number\"></label>\
                <input type=\"checkbox\" id=\"sn-1\" class=\"margin-toggle\">\
                <span class=\"sidenote\">A vinyl eraser leaves no crumbs.</span> \
                by the door.<span class=\"marginnote\">The drawer is gone.</span></p>\
                <div class=\"jp-InputPrompt jp-InputArea-prompt\">In&nbsp;[1]:</div>\
                <pre>x = 1</pre></body>";
    let page = parse(html);
    assert_eq!(
        block(&page, "The cards").text,
        "The cards were kept in a drawer by the door."
    );
    let lm = |s: &str| block(&page, s).dom.as_ref().unwrap().landmarks;
    assert!(lm("In").contains(Landmarks::HIDDEN));
    assert!(!lm("x = 1").contains(Landmarks::HIDDEN));
}

#[test]
fn a_subheadings_anchor_class_is_no_page_header() {
    let html = "<body><h2 class=\"header-anchor-post\">Decision one: sell less</h2>\
                <div class=\"site-header\"><p>Masthead</p></div></body>";
    let page = parse(html);
    let hints = |s: &str| block(&page, s).dom.as_ref().unwrap().hints;
    assert!(!hints("Decision").contains(Hints::HEADER));
    assert!(hints("Masthead").contains(Hints::HEADER));
}

#[test]
fn a_subheading_below_a_sticky_navbar_is_no_navigation() {
    let html = "<body><h2 class=\"anchor anchorWithStickyNavbar_mojV\">Breaking changes</h2>\
                <div class=\"navbar__inner\"><p>Docs</p></div></body>";
    let page = parse(html);
    let hints = |s: &str| block(&page, s).dom.as_ref().unwrap().hints;
    assert!(!hints("Breaking").contains(Hints::NAVIGATION));
    assert!(hints("Docs").contains(Hints::NAVIGATION));
}

#[test]
fn a_paywalls_text_wrappers_are_no_newsletter() {
    let html = "<body><div class=\"asset-content subscriber-preview\"><p>The lead</p></div>\
                <div class=\"subscriber-only\"><p>The rest</p></div>\
                <div class=\"subscriber-signup\"><p>Sign up</p></div>\
                <div class=\"paywalled\"><p>Behind the wall</p></div>\
                <div class=\"paywall-box\"><p>Subscribe to read on</p></div></body>";
    let page = parse(html);
    let hints = |s: &str| block(&page, s).dom.as_ref().unwrap().hints;
    assert!(!hints("The lead").contains(Hints::NEWSLETTER));
    assert!(!hints("The rest").contains(Hints::NEWSLETTER));
    assert!(hints("Sign up").contains(Hints::NEWSLETTER));
    assert!(!hints("Behind the wall").contains(Hints::PROMO));
    assert!(hints("Subscribe to read on").contains(Hints::PROMO));
}
