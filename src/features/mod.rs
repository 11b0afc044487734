//! Stage 3: numbers and flags per block, computed once. Nothing here decides
//! anything; [`crate::score`] weighs these features.

use std::hash::Hasher;
use std::sync::LazyLock;

use memchr::memmem;
use rustc_hash::{FxHashMap, FxHashSet, FxHasher};

use crate::blocks::{Block, Hints, Landmarks, Page};
use crate::lang::dates;
use crate::lang::phrases::{self, PHRASES, PhraseKind, PhraseMatch, PhraseSite, is_picture_agency};
use crate::lang::{self, Language};
use crate::params;

mod copies;
mod window;
mod words;

use words::EMPTY_KEY;

/// Features of one block.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Features {
    /// Characters, white space included.
    pub chars: u32,
    /// Word tokens; in scripts written without spaces, one per two characters.
    pub words: u32,
    /// Words that are stop words of the page's language.
    pub stopwords: u32,
    /// `stopwords / words`; for a page whose language has no list, a neutral
    /// value (see [`params::STOP_DENSITY_UNKNOWN`]).
    pub stop_density: f32,
    /// Sentence-ending punctuation marks followed by a space or the end.
    pub sentence_ends: u32,
    /// The block ends like a sentence (`.`, `!`, `?`, `:` before closing quotes).
    pub ends_sentence: bool,
    /// The block ends with an ellipsis, as cut-off teasers do.
    pub ends_ellipsis: bool,
    /// The block ends with a colon, or a sentence that ends as one would
    /// ("... as follows."): it may introduce a list.
    pub ends_colon: bool,
    /// Share of cased words that start with a capital letter.
    pub capitalised_share: f32,
    /// Share of cased words of two or more letters written all in capitals.
    pub uppercase_share: f32,
    /// Share of alphanumeric characters that are digits.
    pub digit_share: f32,
    /// Words, but not a single letter (ids, phone numbers, scores).
    pub no_letters: bool,
    /// URLs, e-mail addresses and @handles.
    pub url_tokens: u32,
    /// The boilerplate phrase kind covering most of the block, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phrase: Option<PhraseMatch>,
    /// Share of the block that dates and times cover.
    pub date_coverage: f32,
    /// How many blocks of the page have this block's text (1 = unique).
    pub repeats: u32,
    /// The block repeats its neighbour (or one starts with the other), as
    /// captions do in scraped text.
    pub echoes_neighbour: bool,
    /// The block is one text printed twice ("deep enddeep end"), as an
    /// image's alt text and title come out of some renderers.
    pub doubled: bool,
    /// The block ends with a number in brackets, as counts of comments or
    /// views after teaser headlines do: "... (148)".
    pub ends_with_count: bool,
    /// A short block with a triangle pointing up or down before a number,
    /// as a widget shows a change: "Previous rank 2 ▲ 1", "DOW ▼ 0.4%".
    pub change_arrow: bool,
    /// A short block opened by an arrow pointing back ("← Previous post",
    /// "‹ Prev") or closed by one pointing on ("Full table ›", "Issue #215
    /// →"): a link to another page, never a line of prose.
    pub nav_arrow: bool,
    /// The block talks about cookies the way consent banners do.
    pub cookie_notice: bool,
    /// A photo credit in the "Name/AGENCY" form ("Evan Vucci/AP"), or an
    /// agency's name alone on its line, as a wire story's credit ("(AFP)",
    /// "— Bernama").
    pub photo_credit: bool,
    /// The block signs an embedded social-media post: "— Jane Doe
    /// (@janedoe) November 18, 2019". The post is quoted as part of the
    /// article.
    pub post_signature: bool,
    /// The block is one file name or slug of hyphenated words, as the
    /// names of images leak into scraped text
    /// ("harbor-storm-2024-crews-01", "US-POLITICS-VOTE").
    pub slug: bool,
    /// ... and that slug is a picture's file name ("[IMG_2214.jpg]").
    pub picture_name: bool,
    /// The block opens with a shortcode that the site's templates left
    /// unrendered: `[button link=...]`, `[gallery]...[/gallery]`.
    pub shortcode: bool,
    /// The block is a row of form controls as a text browser draws them,
    /// each in brackets: "\[Enter email        \] \[Sign me up\]".
    pub form_row: bool,
    /// A stock's quote, a price and its change: "Varden Foods Inc
    /// (VRDN.N) 48.12 +2.31 (+5.04%)".
    pub market_quote: bool,
    /// The block is a row of facts, "Label: value" pairs apart by '|',
    /// as recipe cards, spec sheets and ad tags print them: "Calories:
    /// 276kcal | Protein: 5g | Fat: 13g". Prose does not read so.
    pub facts_row: bool,
    /// The block is a picture's alt text as some renderers print it: a
    /// title with " image" after it ("2020 Sentra is here image"), or a
    /// description wholly in brackets ("\[A router on a bookshelf\]").
    pub alt_text: bool,
    /// The block is a row of cells apart by tabs or runs of spaces, as
    /// scraped text renders a table: "Police    $58.4m    $63.1m    +8.0%".
    pub table_row: bool,
    /// The block is two cells apart by one such gap ("Battery    6.5
    /// hours"): a row of a table only among others whose second cells
    /// start in one column.
    pub two_cells: bool,
    /// The block ends with a credit in brackets, as captions do: "(Image:
    /// GETTY)", "(AP Photo/Jane Doe, File)".
    pub ends_with_credit: bool,
    /// A "©" after the block's first words, before a name or a year: a
    /// credit glued into a caption ("... in Washington.© Jane Doe").
    pub credit_inside: bool,
    /// The block is a text line right under a credit line, with no blank
    /// line between: one figure's caption and credit, as scraped text
    /// prints them ("Photo: Jane Doe", then "The new reading room").
    pub under_credit: bool,
    /// The block is a text line right under a gallery's counter ("1 / 24",
    /// "2 of 24"): a slide's caption.
    pub under_counter: bool,
    /// The block is the value of a label line above it ("Summary:", then
    /// the summary indented on the next line), as a text browser prints
    /// the fields of a definition list: the page's metadata, not its text.
    pub field_value: bool,
    /// The number that opens a numbered item ("3. Man dies after ..."),
    /// or 0.
    pub item_number: u32,
    /// The item's number was drawn by a text browser, as it draws bullets,
    /// not written in the text (see [`without_drawn_number`]).
    pub drawn_number: bool,
    /// The block opens with a headline in title case glued to the text
    /// after it, as teaser cards come out of some renderers ("Tape Gaffe
    /// Ends Hamlin's Title RunDenny Hamlin's run was ...").
    pub glued_headline: bool,
    /// Index of the block divided by the number of blocks.
    pub position: f32,
    /// Share of the text inside links (HTML only).
    pub link_density: f32,
    /// The block's text appears in the page's JSON-LD `articleBody`.
    pub in_article_body: bool,
    /// A hidden paragraph inside `<article>` among others (HTML): prose
    /// folded away behind a "Read more" button, the article's own.
    pub folded_prose: bool,
    /// The block is a long one made of the text of shorter blocks near it:
    /// the article printed a second time in one piece ([`copies`]).
    pub copies_neighbours: bool,
    /// In HTML, a short quote or figure that repeats the text of a
    /// paragraph near it: a pull quote, set apart to catch the eye.
    pub quotes_neighbour: bool,
    /// The block heads comments on the article by its title: "12 thoughts
    /// on “...”", "One response to “...”". The title makes it long, yet it
    /// breaks the page as any comments header does.
    pub titled_comments_header: bool,
    /// The next two blocks are items of a list: "1." and "2.", or two
    /// bulleted items.
    pub heads_list: bool,
    /// In HTML, a slide's title or text in a gallery shown on one page: a
    /// subheading inside a figure and the paragraph under it, on a page
    /// with several such figures. The slides are the article; their figure
    /// and caption classes do not make them captions.
    pub slide_text: bool,
    /// The block is an entry of a chapter list: it opens with a running
    /// time ("00:00 Intro", "12:40 The ferry"), in a run of such lines
    /// whose times rise from zero. Its time is no date, its digits no
    /// table's.
    pub chapter_entry: bool,
}

impl serde::Serialize for PhraseMatch {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("PhraseMatch", 6)?;
        st.serialize_field("kind", self.kind.name())?;
        st.serialize_field("coverage", &self.coverage)?;
        st.serialize_field("opening", &self.opening)?;
        st.serialize_field("label", &self.label)?;
        st.serialize_field("closing", &self.closing)?;
        st.serialize_field("whole_block", &self.whole_block)?;
        st.end()
    }
}

/// Picks the page's language: the forced one, or detection over the blocks
/// that look like prose. `texts` gives the blocks' texts afresh on each call.
pub fn page_language<'t, I>(texts: impl Fn() -> I, forced: Option<&str>) -> &'static Language
where
    I: Iterator<Item = &'t str>,
{
    if let Some(language) = forced.and_then(lang::by_code) {
        return language;
    }
    let prose = texts().filter(|text| text.len() >= params::LANGUAGE_SAMPLE_MIN_CHARS);
    let detected = lang::detect(prose);
    if detected.has_stopwords() {
        detected
    } else {
        // Short pages have no long blocks: fall back to every block.
        lang::detect(texts())
    }
}

/// The text of a block without the number that a text browser draws
/// before an item of an ordered list (" 1. Heat the oil"), as it draws a
/// bullet before an item of any other list: the number is the list's, not
/// the text's.
pub(crate) fn without_drawn_number<'b>(block: &'b Block<'_>, f: &Features) -> &'b str {
    let text = block.text.as_ref();
    if !f.drawn_number {
        return text;
    }
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    text[digits..]
        .strip_prefix(". ")
        .filter(|rest| digits > 0 && !rest.trim().is_empty())
        .map_or(text, str::trim_start)
}

/// Computes the features of every block of a page.
pub fn compute(page: &Page<'_>, language: &Language) -> Vec<Features> {
    let blocks = &page.blocks;
    let total = blocks.len().max(1) as f32;
    let mut buffer = String::new();
    let mut sites = Vec::new();
    let mut keys: Vec<u64> = Vec::with_capacity(blocks.len());
    // Which blocks are list items, bulleted or numbered.
    let mut listed: Vec<bool> = Vec::with_capacity(blocks.len());
    let body_index = page.meta.article_body.as_deref().map(BodyIndex::new);
    // The line and number of the last item whose number was drawn.
    let mut last_drawn: Option<(u32, u32)> = None;
    let mut features: Vec<Features> = blocks
        .iter()
        .enumerate()
        .map(|(i, block)| {
            let (mut f, mut key) = measure(&block.text, language, &mut buffer, &mut sites);
            // Drawn numbers stand after some indent; a number at the line's
            // start ("1. Define your goal") was written in the text, unless
            // it follows on from the drawn item on the line above: numbers
            // are right-aligned, so "10." of a long list has no indent.
            f.drawn_number = f.item_number != 0
                && block.dom.is_none()
                && (block.indent > 0
                    || last_drawn.is_some_and(|(line, number)| {
                        line + 1 == block.line && number + 1 == f.item_number
                    }));
            last_drawn = f.drawn_number.then_some((block.line, f.item_number));
            // An item of an ordered list is a copy of its text without
            // the number the text browser drew ("1. Getting there").
            let numbered = f.item_number != 0 && {
                let item = without_drawn_number(block, &f);
                item.len() < block.text.len() && {
                    key = words::key_of(item, &mut buffer);
                    true
                }
            };
            keys.push(key);
            listed.push(block.bullet || numbered);
            f.position = i as f32 / total;
            // w3m prints an image's description in brackets.
            f.alt_text |= block.dom.is_none()
                && is_bracketed(&block.text)
                && (f.words >= params::BRACKETED_ALT_TEXT_MIN_WORDS
                    || names_its_picture(&block.text));
            if let Some(dom) = &block.dom {
                f.link_density = dom.link_chars as f32 / f.chars.max(1) as f32;
                // In HTML, a table of contents lists its subheadings as links.
                if f.link_density >= params::CONTENTS_ENTRY_MIN_LINK_SHARE {
                    listed[i] = true;
                }
                // "Leggi anche" before a linked headline, without a colon,
                // labels its teaser as "Read also:" does.
                if let Some(m) = f.phrase.as_mut().filter(|m| {
                    m.kind == PhraseKind::Related
                        && m.opening
                        && f.link_density >= params::LINKED_TEASER_MIN_LINK_SHARE
                }) {
                    m.label = true;
                }
                // A row of an HTML table: its cells are joined by spaces.
                // A row of one cell frames a layout table's content.
                f.table_row |= dom.tag() == "tr" && dom.cells >= 2;
            }
            if let Some(index) = &body_index {
                f.in_article_body = f.words >= params::ARTICLE_BODY_MIN_WORDS
                    && index.contains(&block.text, &mut buffer);
            }
            f
        })
        .collect();
    // Copies of each text: all of them, and those that are no list items.
    let mut counts: FxHashMap<u64, (u32, u32)> =
        FxHashMap::with_capacity_and_hasher(keys.len(), Default::default());
    for (&key, &listed) in keys.iter().zip(&listed) {
        if key != EMPTY_KEY {
            let count = counts.entry(key).or_insert((0, 0));
            count.0 += 1;
            count.1 += u32::from(!listed);
        }
    }
    for (((f, key), block), &listed) in features.iter_mut().zip(&keys).zip(blocks).zip(&listed) {
        let (all, unlisted) = counts.get(key).copied().unwrap_or((1, 1));
        // A line of scraped text, or an HTML subheading, whose other copies
        // are all list items (or links) is a subheading that a table of
        // contents lists, not a repeated line.
        let subheading = block.dom.as_ref().is_none_or(|dom| dom.heading >= 2);
        let listed_only = subheading && !listed && unlisted == 1;
        f.repeats = if listed_only { 1 } else { all };
    }
    for i in 1..blocks.len() {
        // A caption printed twice may have a short line between its two
        // copies: a gallery counter ("6", "1 / 6"), a credit; a longer
        // credit of names ("Ruth Amundsen | The Crier") when the three are
        // printed line under line, as one figure.
        let gap_fits = |gap: usize| {
            features[gap].words <= params::ECHO_GAP_MAX_WORDS
                || features[gap].words <= params::ECHO_FIGURE_GAP_MAX_WORDS
                    && features[gap].capitalised_share >= params::ECHO_CREDIT_MIN_CAPITALISED
                    && on_the_next_line(blocks, gap)
                    && on_the_next_line(blocks, gap + 1)
        };
        let earlier = if i >= 2 && gap_fits(i - 1) {
            i - 2..i
        } else {
            i - 1..i
        };
        for j in earlier {
            if echoes(&blocks[j], &blocks[i], keys[j] == keys[i]) {
                features[j].echoes_neighbour = true;
                features[i].echoes_neighbour = true;
            }
        }
    }
    for i in 1..blocks.len() {
        // A shorter description in brackets is a picture's too when the
        // picture's caption, printed twice, comes right under it; a
        // transcript's cue ("[Applause]") has none.
        // So is one right above a caption that ends with its credit, or
        // has its credit on the line under it.
        let credited_caption = || {
            features[i].ends_with_credit
                || is_credit_line(&features[i])
                || i + 1 < blocks.len()
                    && on_the_next_line(blocks, i + 1)
                    && is_credit_line(&features[i + 1])
        };
        if blocks[i - 1].dom.is_none()
            && features[i - 1].words >= params::CAPTIONED_ALT_TEXT_MIN_WORDS
            && (features[i].echoes_neighbour || credited_caption())
            && is_bracketed(&blocks[i - 1].text)
        {
            features[i - 1].alt_text = true;
        }
        // A credit right under a caption of no sentence ("Toddler pushing
        // away a plate"), itself right under its picture's name
        // ("[toddler-high-chair.jpg]"), closes that figure: the line under
        // it is the article's again.
        // So does a credit right under a caption printed twice.
        let closes_caption_above = i >= 3
            && on_the_next_line(blocks, i - 1)
            && (on_the_next_line(blocks, i - 2)
                && !features[i - 2].ends_sentence
                && (features[i - 3].picture_name || features[i - 3].alt_text)
                || features[i - 2].echoes_neighbour && features[i - 3].echoes_neighbour);
        features[i].under_credit = on_the_next_line(blocks, i)
            && features[i].words <= params::CAPTION_UNDER_CREDIT_MAX_WORDS
            && features[i].sentence_ends <= params::CAPTION_UNDER_CREDIT_MAX_SENTENCES
            && is_credit_line(&features[i - 1])
            && !closes_caption_above;
        features[i].under_counter = features[i - 1].words <= params::GALLERY_COUNTER_MAX_WORDS
            && features[i - 1].digit_share > 0.0
            && on_the_next_line(blocks, i)
            && is_gallery_counter(&blocks[i - 1].text);
        // "Ore said:" over a quotation is the article's lead-in to it, not
        // a comment's signature ("Dale says:" over the comment's text) nor
        // a label over its value.
        let quote_lead_in = features[i - 1]
            .phrase
            .is_some_and(|m| m.kind == PhraseKind::Comments && m.closing)
            && features[i - 1].ends_colon
            && features[i - 1].words <= params::QUOTE_LEAD_IN_MAX_WORDS
            && is_quotation(blocks, i);
        if quote_lead_in {
            features[i - 1].phrase = None;
        }
        features[i].field_value = !quote_lead_in && is_field_value(blocks, &features, i);
        if is_teaser_under_label(blocks, &features, i) {
            features[i].phrase = Some(PhraseMatch {
                kind: PhraseKind::Related,
                coverage: 1.0,
                opening: false,
                label: false,
                closing: false,
                whole_block: false,
            });
        }
    }
    for i in 2..blocks.len() {
        features[i - 2].heads_list = (features[i - 1].item_number == 1
            && features[i].item_number == 2)
            || (blocks[i - 1].bullet && blocks[i].bullet);
    }
    copies::mark(blocks, &mut features);
    copies::mark_pull_quotes(blocks, &mut features);
    mark_slides(blocks, &mut features);
    mark_folded_prose(blocks, &mut features);
    mark_chapters(blocks, &mut features);
    features
}

/// Whether block `i` is a quotation: in HTML, a block quote that the block
/// above is not in; in scraped text, a line opening with a quotation mark.
fn is_quotation(blocks: &[Block<'_>], i: usize) -> bool {
    let in_quote = |j: usize| {
        blocks[j]
            .dom
            .as_ref()
            .map(|dom| dom.landmarks.contains(Landmarks::BLOCKQUOTE))
    };
    match (in_quote(i - 1), in_quote(i)) {
        (Some(above), Some(here)) => here && !above,
        _ => blocks[i].text.trim_start().starts_with(params::QUOTE_MARKS),
    }
}

/// Marks the entries of chapter lists ([`Features::chapter_entry`]): at
/// least [`CHAPTER_LIST_MIN_ENTRIES`](params::CHAPTER_LIST_MIN_ENTRIES)
/// blocks in a row (in scraped text, line under line), each opening with
/// a running time, the first at zero and each later than the one above.
/// Starting at zero is what sets chapters apart from a programme's clock
/// times ("18:00 News", "18:30 Weather").
fn mark_chapters(blocks: &[Block<'_>], features: &mut [Features]) {
    let mut i = 0;
    while i < blocks.len() {
        if running_time(&blocks[i].text) != Some(0) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        let mut last = 0;
        while end < blocks.len()
            && (blocks[end].dom.is_some() || on_the_next_line(blocks, end))
            && let Some(time) = running_time(&blocks[end].text).filter(|&t| t > last)
        {
            last = time;
            end += 1;
        }
        if end - i >= params::CHAPTER_LIST_MIN_ENTRIES {
            for f in &mut features[i..end] {
                f.chapter_entry = true;
                f.date_coverage = 0.0;
            }
        }
        i = end;
    }
}

/// The running time, in seconds, that `text` opens with, if a title
/// follows it: "00:00 Intro", "1:02:15 – Questions", "(12:40) The ferry".
fn running_time(text: &str) -> Option<u32> {
    // Most blocks open with no digit.
    if !text.as_bytes().first()?.is_ascii_digit() && !text.starts_with(['(', '[']) {
        return None;
    }
    let text = text.strip_prefix(['(', '[']).unwrap_or(text);
    let clock_len = text
        .bytes()
        .take_while(|&b| b.is_ascii_digit() || b == b':')
        .count();
    // Minutes (or hours) of one to three digits, then one or two groups of
    // two digits under sixty.
    let clock = &text[..clock_len];
    let groups = || clock.split(':');
    let valid = (1..=2).contains(&clock.bytes().filter(|&b| b == b':').count())
        && groups().enumerate().all(|(n, g)| match n {
            0 => (1..=3).contains(&g.len()),
            _ => g.len() == 2 && g.as_bytes()[0] < b'6',
        });
    if !valid {
        return None;
    }
    let title = text[clock_len..]
        .strip_prefix([')', ']'])
        .unwrap_or(&text[clock_len..]);
    let title = title.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '-' | '–' | '—' | '|' | '·')
    });
    if title.len() == text[clock_len..].len() || !title.chars().any(char::is_alphabetic) {
        return None;
    }
    Some(groups().fold(0, |total, g| total * 60 + g.parse::<u32>().unwrap_or(0)))
}

/// Marks prose folded away inside the article ([`Features::folded_prose`]):
/// hidden paragraphs in `<article>` or an element whose class names the
/// content ("entry-content"), outside any aside or quote, of no
/// boilerplate phrase or class, with another such paragraph at most [`FOLDED_PROSE_REACH`](params::FOLDED_PROSE_REACH)
/// blocks away. An expander hides the article's second half; a lone hidden
/// paragraph is a stale teaser, and a hidden quote in an aside repeats the
/// text.
fn mark_folded_prose(blocks: &[Block<'_>], features: &mut [Features]) {
    let is_folded_paragraph = |block: &Block<'_>, f: &Features| {
        block.dom.as_ref().is_some_and(|dom| {
            dom.landmarks.contains(Landmarks::HIDDEN)
                && (dom.landmarks.contains(Landmarks::ARTICLE)
                    || dom.hints.contains(Hints::CONTENT))
                && !dom
                    .landmarks
                    .intersects(Landmarks::ASIDE | Landmarks::BLOCKQUOTE)
                && dom.hints.difference(Hints::CONTENT).is_empty()
        }) && f.phrase.is_none()
            && f.ends_sentence
            && f.words >= params::FOLDED_PROSE_MIN_WORDS
    };
    let folded: Vec<usize> = (0..blocks.len())
        .filter(|&i| is_folded_paragraph(&blocks[i], &features[i]))
        .collect();
    for pair in folded.windows(2) {
        if pair[1] - pair[0] <= params::FOLDED_PROSE_REACH {
            features[pair[0]].folded_prose = true;
            features[pair[1]].folded_prose = true;
        }
    }
}

/// Marks the slides of a gallery shown on one page ([`Features::slide_text`]):
/// a subheading in a figure with a paragraph of at least
/// [`SLIDE_TEXT_MIN_WORDS`](params::SLIDE_TEXT_MIN_WORDS) words under it,
/// within [`SLIDE_TEXT_REACH`](params::SLIDE_TEXT_REACH) blocks, in the
/// same figure; when the page has at least
/// [`SLIDES_MIN`](params::SLIDES_MIN) of them.
fn mark_slides(blocks: &[Block<'_>], features: &mut [Features]) {
    let in_figure = |i: usize| {
        blocks[i]
            .dom
            .as_ref()
            .is_some_and(|dom| dom.landmarks.contains(Landmarks::FIGURE))
    };
    let heading = |i: usize| blocks[i].dom.as_ref().map_or(0, |dom| dom.heading);
    let slides: Vec<(usize, usize)> = (0..blocks.len())
        .filter(|&i| (2..=6).contains(&heading(i)) && in_figure(i))
        .filter_map(|i| {
            (i + 1..(i + 1 + params::SLIDE_TEXT_REACH).min(blocks.len()))
                .take_while(|&j| in_figure(j) && heading(j) == 0)
                .find(|&j| features[j].words >= params::SLIDE_TEXT_MIN_WORDS)
                .map(|j| (i, j))
        })
        .collect();
    if slides.len() < params::SLIDES_MIN {
        return;
    }
    for (title, text) in slides {
        features[title].slide_text = true;
        features[text].slide_text = true;
    }
}

/// A picture's credit line: "Name/AGENCY", a picture's file name, or a
/// few words that a credit phrase opens ("Photo: Jane Doe", "Image
/// copyright Reuters"); not a caption that one opens.
pub(crate) fn is_credit_line(f: &Features) -> bool {
    f.photo_credit
        || f.slug
        || f.words <= params::PHOTO_CREDIT_MAX_WORDS
            && f.phrase
                .is_some_and(|m| m.kind == PhraseKind::Credit && m.opening)
}

/// Whether block `i` is a story's headline on the line right under a
/// label of related stories ("Read also", then "Library extension:
/// council approves plans"), as a text browser prints a teaser's box: no
/// sentence, and no blank line between.
fn is_teaser_under_label(blocks: &[Block<'_>], features: &[Features], i: usize) -> bool {
    let label = &features[i - 1];
    // A label with its own headline after it ("Read more: Library to open
    // on Sundays") heads nothing below.
    let bare = |m: &PhraseMatch| {
        m.coverage >= params::SECTION_BREAK_MIN_COVERAGE || blocks[i - 1].text.ends_with(':')
    };
    label.words <= params::SECTION_LABEL_MAX_WORDS
        && label.phrase.is_some_and(|m| {
            m.kind == PhraseKind::Related
                && m.opening
                && m.strength() >= params::LABEL_COVERAGE
                && bare(&m)
        })
        && !features[i].ends_sentence
        && features[i].words <= params::TITLE_MAX_WORDS
        // An ad's label there ("広告") is the ad's, and heads no teasers.
        && features[i]
            .phrase
            .is_none_or(|m| m.kind == PhraseKind::Related)
        && on_the_next_line(blocks, i)
}

/// Whether block `i` hangs under a label of a few words that ends with a
/// colon ("Date:", "Summary:"): the label's value.
fn is_field_value(blocks: &[Block<'_>], features: &[Features], i: usize) -> bool {
    // Most blocks are settled by the colon of the one above.
    features[i - 1].ends_colon
        && (1..=params::FIELD_LABEL_MAX_WORDS).contains(&features[i - 1].words)
        && hangs_under(blocks, features, i)
}

/// Whether a block ends with a question mark, in Latin, Arabic or wide
/// script.
pub(crate) fn ends_with_question(text: &str) -> bool {
    text.ends_with(['?', '؟', '？'])
}

/// Whether block `i` (of scraped text) hangs under the block above: on the
/// very next line, indented further, and no list item of its own. A text
/// browser prints so the value of a definition list's term, and the second
/// paragraph of a list item.
pub(crate) fn hangs_under(blocks: &[Block<'_>], features: &[Features], i: usize) -> bool {
    on_the_next_line(blocks, i)
        && blocks[i].indent > blocks[i - 1].indent
        && !blocks[i].bullet
        && features[i].item_number == 0
}

/// Whether block `i` (of scraped text) stands on the line right after
/// block `i - 1`, with no blank line between: the two are parts of one
/// figure, field or card.
pub(crate) fn on_the_next_line(blocks: &[Block<'_>], i: usize) -> bool {
    blocks[i].dom.is_none() && blocks[i].line == blocks[i - 1].line + 1
}

/// The word n-grams of JSON-LD `articleBody`, hashed: a block whose every
/// n-gram is among them is part of the body. Looking each block up in the
/// body text instead costs the body's length per block, which a long body
/// and many blocks turn quadratic.
struct BodyIndex {
    grams: FxHashSet<u64>,
}

impl BodyIndex {
    fn new(body: &str) -> BodyIndex {
        let mut grams = FxHashSet::default();
        let mut buffer = String::new();
        for_each_gram(body, &mut buffer, |gram| {
            grams.insert(gram);
            true
        });
        BodyIndex { grams }
    }

    fn contains(&self, text: &str, buffer: &mut String) -> bool {
        let mut any = false;
        let all = for_each_gram(text, buffer, |gram| {
            any = true;
            self.grams.contains(&gram)
        });
        all && any
    }
}

/// Calls `visit` with the hash of every run of
/// [`params::ARTICLE_BODY_GRAM_WORDS`] lowercased words, while it returns
/// true; returns whether it always did.
fn for_each_gram(text: &str, buffer: &mut String, mut visit: impl FnMut(u64) -> bool) -> bool {
    const N: usize = params::ARTICLE_BODY_GRAM_WORDS;
    let mut window = [0u64; N];
    for (i, word) in lang::words_of(text).enumerate() {
        let mut hasher = FxHasher::default();
        hasher.write(lang::lowercase(word, buffer).as_bytes());
        window[i % N] = hasher.finish();
        if i + 1 >= N {
            let mut gram = FxHasher::default();
            for k in 0..N {
                gram.write_u64(window[(i + 1 + k) % N]);
            }
            if !visit(gram.finish()) {
                return false;
            }
        }
    }
    true
}

/// Lowercase with runs of white space collapsed, for substring tests
/// against JSON-LD `articleBody`.
pub fn normalise_for_search(text: &str) -> String {
    let collapsed = crate::blocks::text::collapse_spaces(text);
    let mut out = String::with_capacity(collapsed.len());
    for c in collapsed.chars() {
        out.extend(c.to_lowercase());
    }
    out
}

/// What a text wholly in square brackets holds.
fn in_brackets(text: &str) -> Option<&str> {
    text.strip_prefix('[')?.strip_suffix(']')
}

/// Whether a text is wholly in one pair of square brackets.
fn is_bracketed(text: &str) -> bool {
    in_brackets(text).is_some_and(|inner| !inner.contains(['[', ']']))
}

/// Whether a bracketed description opens by saying it is a picture
/// ("[Photo of Jane Doe]", "[Image: the new bridge]"), however short.
fn names_its_picture(text: &str) -> bool {
    let inner = text.strip_prefix('[').unwrap_or(text);
    params::PICTURE_WORDS.iter().any(|word| {
        inner
            .get(..word.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(word))
            && inner[word.len()..].starts_with([' ', ':', ']'])
    })
}

/// Whether two adjacent blocks are the same text (or one begins with the
/// other), as an image's alt text and its caption are in scraped text
/// (where w3m may print the alt text in brackets).
fn echoes(a: &Block<'_>, b: &Block<'_>, same_key: bool) -> bool {
    let (a, b) = (
        in_brackets(&a.text).unwrap_or(&a.text),
        in_brackets(&b.text).unwrap_or(&b.text),
    );
    let shorter = a.len().min(b.len());
    if shorter < params::ECHO_MIN_CHARS {
        return false;
    }
    same_key || a.starts_with(b) || b.starts_with(a)
}

/// Features that depend only on the block's own text.
pub fn text_features(text: &str, language: &Language, buffer: &mut String) -> Features {
    measure(text, language, buffer, &mut Vec::new()).0
}

/// The block's own features, and a hash of its words lowercased (blocks
/// that differ only in case, punctuation or spacing repeat each other).
#[inline(always)]
fn measure(
    text: &str,
    language: &Language,
    buffer: &mut String,
    sites: &mut Vec<PhraseSite>,
) -> (Features, u64) {
    let words = words::scan(text, language, buffer, sites);
    // "©" is not ASCII.
    let credit_inside = !words.ascii
        && sites
            .iter()
            .any(|site| site.key == *COPYRIGHT_SIGN_KEY && is_credit_inside(text, site.start));
    let mut f = Features {
        chars: if words.ascii {
            text.len()
        } else {
            text.chars().count()
        }
        .min(u32::MAX as usize) as u32,
        credit_inside,
        ..Features::default()
    };
    f.words = words.words
        + words
            .unspaced_chars
            .div_ceil(params::UNSPACED_CHARS_PER_WORD);
    f.stopwords = words.stopwords;
    f.stop_density = if language.has_stopwords() && words.unspaced_chars == 0 {
        (f.stopwords as f32 / f.words.max(1) as f32 * language.stop_density_scale).min(1.0)
    } else {
        params::STOP_DENSITY_UNKNOWN
    };
    if words.cased > 0 {
        // In a script without capitals, a Latin name or two ("KAEDE 8
        // Pro") is a small share of the line, not a shouted one.
        let cased = if words.unspaced_chars > 0 {
            f.words.max(words.cased)
        } else {
            words.cased
        };
        f.capitalised_share = words.capitalised as f32 / cased as f32;
        f.uppercase_share = words.all_caps as f32 / cased as f32;
    }
    if words.alnum_chars > 0 {
        f.digit_share = words.digits as f32 / words.alnum_chars as f32;
    }
    f.no_letters = f.words > 0 && words.digits == words.alnum_chars;
    f.sentence_ends = words.sentence_ends;
    ending(text, &mut f);
    f.doubled = is_doubled(text);
    f.cookie_notice = words.may_say_cookie && is_cookie_notice(text);
    f.photo_credit = f.words <= params::PHOTO_CREDIT_MAX_WORDS
        && ((words.has_slash || words.has_pipe) && is_photo_credit(text)
            || words.ends_with_agency_word
                && (f.words >= params::NAME_CREDIT_MIN_WORDS && is_name_and_agency(text)
                    || is_agency_alone(text)));
    f.ends_with_count = ends_with_count(text);
    f.change_arrow =
        words.up_or_down && f.words <= params::CHANGE_ARROW_MAX_WORDS && has_change_arrow(text);
    f.nav_arrow = has_nav_arrow(text)
        && (f.words <= params::NAV_ARROW_MAX_WORDS || closes_with_call_to_action(text));
    f.slug =
        (f.words >= params::BRACKETED_SLUG_MIN_WORDS || names_a_picture(text)) && is_slug(text);
    f.picture_name = f.slug && names_a_picture(text);
    f.shortcode = text.starts_with('[') && is_shortcode(text);
    f.form_row = text.starts_with('[') && is_form_row(text);
    f.market_quote = f.words <= params::MARKET_QUOTE_MAX_WORDS
        && words.digits > 0
        && !f.ends_sentence
        && is_market_quote(text);
    f.facts_row = words.has_pipe && is_facts_row(text);
    f.alt_text = f.words >= params::ALT_TEXT_MIN_WORDS
        && text.ends_with(ALT_TEXT_SUFFIX)
        && is_alt_text(text);
    f.post_signature = words.may_hold_address && (signs_a_post(text) || is_short_video_post(text));
    if words.cell_gap {
        let cells = count_cells(text);
        f.table_row = cells >= params::TABLE_ROW_MIN_CELLS;
        f.two_cells = cells == 2;
    }
    f.item_number = if words.digits > 0 {
        item_number(text)
    } else {
        0
    };
    // A summary ends as prose does: menus, which can be in title case
    // from end to end, are spared the search, and so are scripts without
    // capitals.
    f.glued_headline = f.words >= params::GLUED_HEADLINE_MIN_WORDS
        && (f.ends_sentence || f.ends_ellipsis)
        && words.capitalised > 0
        && opens_with_glued_headline(text);
    // Blocks come trimmed: a bracket closes the block at its last byte, as
    // does a Chinese credit's last character (0x89 ends '）'; 摄, 攝, 图, 圖
    // end in 0x84, 0x9D, 0xBE, 0x96). The byte spares most blocks the rest.
    let last = text.as_bytes().last().copied().unwrap_or_default();
    f.ends_with_credit = (words.has_colon || last == b')' || last == 0x89 && text.ends_with('）'))
        && ends_with_credit(text)
        || words.has_slash && !f.ends_sentence && ends_with_agency(text)
        || words.ends_with_agency_word
            && f.sentence_ends > 0
            && ends_with_agency_after_sentence(text)
        || f.sentence_ends > 0 && !f.ends_sentence && ends_with_credit_sentence(text)
        || matches!(last, 0x84 | 0x9D | 0xBE | 0x96)
            && text.ends_with(['摄', '攝', '图', '圖'])
            && ends_with_photographer_mark(text);
    if words.may_hold_address && may_hold_address(text) {
        f.url_tokens = text
            .split_whitespace()
            .filter(|t| looks_like_address(t))
            .count() as u32;
    }
    if text.len() <= params::PHRASE_MAX_BYTES {
        if words.may_hold_phrase() {
            f.phrase = if words.dotted_capital_i {
                // "İLGİLİ HABER" is searched as "ILGILI HABER", whose
                // letters take as many bytes as the phrase's.
                PHRASES.find(&text.replace('İ', "I"))
            } else {
                PHRASES.find_at(text, sites)
            };
        }
        // Dates without a digit ("Monday", "yesterday") matter only as
        // short lines that they make most of: "More rain possible
        // Thursday" is a subheading.
        if (words.digits > 0 || f.words <= params::UNDATED_DATE_MAX_WORDS) && words.may_hold_date()
        {
            f.date_coverage = dates::find_dates(text).map_or(0.0, |(coverage, _)| coverage);
            if words.digits == 0 && f.date_coverage < params::UNDATED_DATE_MIN_COVERAGE
                || f.date_coverage > 0.0 && is_score_list(text)
            {
                f.date_coverage = 0.0;
            }
        }
    } else if words.cues.contains(lang::Cues::PHRASE)
        && let Some(m) = PHRASES.find_whole_block_at(text, sites)
    {
        // A phrase said only in boilerplate speaks for its block wherever
        // it stands, however long the block: "... The Ledger welcomes
        // letters from readers. ..." in a paper's rules for letters.
        f.phrase = Some(m);
    } else if words.first_word_cues.intersects(lang::Cues::PHRASE_WORD) {
        // Phrases would cover little of a long block, but a label or a
        // credit that opens it speaks for all of it ("Photo: ...", "In
        // this photo ..."): one that its first word cues.
        sites.retain(|site| site.start < params::OPENING_PHRASE_REACH);
        f.phrase = PHRASES.find_at(text, sites).filter(|m| m.opening);
    }
    if let Some(m) = f.phrase
        && m.kind == PhraseKind::Byline
        && m.opening
        && is_byline_of_names(text, &f, &words)
    {
        f.phrase = Some(PhraseMatch {
            coverage: m.coverage.max(params::LABEL_COVERAGE),
            ..m
        });
    }
    // "By the numbers", "By comparison": a header or an adverb, not a
    // byline, when no name follows.
    if f.phrase
        .is_some_and(|m| m.kind == PhraseKind::Byline && m.opening)
        && text.strip_prefix("By ").is_some_and(|rest| {
            rest.starts_with(char::is_lowercase)
                && !rest
                    .split_whitespace()
                    .any(|w| w.starts_with(char::is_uppercase))
        })
    {
        f.phrase = None;
    }
    // "Chair's comment", "Minister’s comment": someone's word on the
    // story, under a subheading, not the readers' comments.
    if f.phrase.is_some_and(|m| m.kind == PhraseKind::Comments)
        && f.words <= params::ATTRIBUTED_COMMENT_MAX_WORDS
        && is_attributed_comment(text)
    {
        f.phrase = None;
    }
    // A credit glued to the end of the last paragraph ("... for the fire
    // crews. Additional reporting by ...") leaves the paragraph one.
    if f.phrase
        .is_some_and(|m| m.kind == PhraseKind::EndCredit && !m.opening && !m.whole_block)
        && credit_after_sentence(text)
    {
        f.phrase = None;
    }
    if words.lone_phrase_words >= params::FOLLOW_LINE_MIN_NETWORKS
        && f.words <= params::FOLLOW_LINE_MAX_WORDS
        && text.starts_with(FOLLOW_LINE_OPENING)
    {
        f.phrase = Some(PhraseMatch::whole_block(PhraseKind::Share));
    }
    if f.url_tokens > 0
        && f.words <= params::READER_PROMPT_MAX_WORDS
        && f.phrase.is_none_or(|m| m.strength() < 1.0)
        && asks_then_gives_mail_address(text)
    {
        f.phrase = Some(PhraseMatch::whole_block(PhraseKind::Subscribe));
    }
    if f.words <= params::SHOP_BUTTON_MAX_WORDS
        && text.starts_with(|c: char| PRICE_SIGNS.contains(&c) || c.is_ascii_digit())
        && is_price_at_shop(text)
    {
        f.phrase = Some(PhraseMatch::whole_block(PhraseKind::Advertising));
    }
    if matches!(text.as_bytes().last(), Some(b')' | b']'))
        && f.words <= params::FILE_LINK_MAX_WORDS
        && ends_with_file_note(text)
    {
        f.phrase = Some(PhraseMatch::whole_block(PhraseKind::Navigation));
    }
    if matches!(text.as_bytes().first(), Some(b'-' | 0xE2))
        && f.words <= params::END_CREDIT_MAX_WORDS
        && is_dashed_credit(text)
    {
        f.phrase = Some(PhraseMatch::whole_block(PhraseKind::EndCredit));
    }
    if matches!(text.as_bytes().first(), Some(b'(' | b'['))
        && FORM_CONTROLS.iter().any(|c| text.starts_with(c))
    {
        f.phrase = Some(PhraseMatch::whole_block(PhraseKind::Navigation));
    }
    if matches!(text.as_bytes().first(), Some(b'D' | b'G'))
        && APP_PROMPT_OPENINGS.iter().any(|o| text.starts_with(o))
        && f.words <= params::APP_PROMPT_MAX_WORDS
        && is_app_prompt(text)
    {
        f.phrase = Some(PhraseMatch::whole_block(PhraseKind::Subscribe));
    }
    // Settled by the first letter for most blocks.
    if words.digits > 0
        && matches!(
            text.as_bytes().first().map(u8::to_ascii_uppercase),
            Some(b'V' | b'A' | b'L' | b'W' | b'P' | b'D' | b'R')
        )
        && f.words <= params::VIDEO_CARD_MAX_WORDS
        && opens_with_running_time(text)
    {
        f.phrase = Some(PhraseMatch::whole_block(PhraseKind::Related));
    }
    if words.has_colon && text.starts_with('M') && opens_with_named_related_label(text) {
        f.phrase = Some(PhraseMatch {
            label: true,
            ..PhraseMatch::whole_block(PhraseKind::Related)
        });
    }
    if f.words <= params::ABOUT_HEADER_MAX_WORDS
        || text.starts_with(DATED_CAPTION_OPENING)
        || text.starts_with(FILE_PHOTO_OPENING)
        || text.starts_with("Fig")
        || text.starts_with("FIG")
        || text
            .as_bytes()
            .first()
            .is_some_and(|b| b.is_ascii_digit() || *b == b'[')
    {
        name_headers_and_captions(text, &mut f);
    }
    // Settled by the last byte for most blocks: a quote mark ends the title.
    if matches!(
        text.as_bytes().last(),
        Some(b'"' | b'\'' | 0x99 | 0x9c | 0x9d | 0xbb)
    ) && matches!(text.as_bytes().first(), Some(b'0'..=b'9' | b'O' | b'o'))
        && f.words <= params::TITLED_COMMENTS_HEADER_MAX_WORDS
        && heads_comments_on_title(text)
    {
        f.titled_comments_header = true;
        f.phrase = Some(PhraseMatch {
            kind: PhraseKind::Comments,
            coverage: 1.0,
            opening: true,
            label: true,
            closing: false,
            whole_block: false,
        });
    }
    (f, words.key)
}

/// A radio button or a check box as a text browser draws them, before
/// its option: "( ) Yes, the district should switch", "[ ] Save my name
/// ...". A poll's or a form's, never the article's.
const FORM_CONTROLS: &[&str] = &["( ) ", "(*) ", "[ ] ", "[X] ", "[x] "];

/// "VIDEO 4:11 04:11 Why chains are shrinking", "Watch: 2:28": a
/// player's label and a running time open a card of a video or an episode,
/// the title (if any) after them. A sentence names no running time second.
pub(crate) fn opens_with_running_time(text: &str) -> bool {
    // The time's first digit stands within a few bytes of the start.
    let bytes = text.as_bytes();
    let Some(digit) = bytes[..bytes.len().min(params::RUNNING_TIME_REACH)]
        .iter()
        .position(u8::is_ascii_digit)
    else {
        return false;
    };
    let label = text[..digit].trim_end_matches([' ', ':']);
    let time = text[digit..].split(' ').next().unwrap_or_default();
    is_running_time(time)
        && RUNNING_TIME_LABELS
            .iter()
            .any(|l| label.eq_ignore_ascii_case(l))
}

/// "Quarters: 18:21, 19:22, 25:22, 25:14.": a list of a game's scores,
/// which read as times of day: at least
/// [`SCORE_LIST_MIN_SCORES`](params::SCORE_LIST_MIN_SCORES) pairs of
/// numbers around a colon in a row, parted by commas. No date line gives
/// so many times in a row.
fn is_score_list(text: &str) -> bool {
    let is_score = |item: &str| {
        let item = item.trim().trim_end_matches('.');
        item.split_once(':').is_some_and(|(a, b)| {
            (1..=3).contains(&a.len())
                && (1..=3).contains(&b.len())
                && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit())
        })
    };
    let mut scores = 0;
    for item in text.split(',') {
        if is_score(item.rsplit(' ').next().unwrap_or(item)) {
            scores += 1;
            if scores >= params::SCORE_LIST_MIN_SCORES {
                return true;
            }
        } else {
            scores = 0;
        }
    }
    false
}

/// "2:28", "1:04:10", "04:11": digits and colons only, as a player shows
/// a running time ("VIDEO3:4503:45" glues two).
pub(crate) fn is_running_time(text: &str) -> bool {
    text.contains(':') && text.bytes().all(|b| b.is_ascii_digit() || b == b':')
}

/// The words a player puts before a running time ("Listen · 32:14",
/// "VIDEO 4:11").
pub(crate) const RUNNING_TIME_LABELS: &[&str] = &[
    "Video", "Audio", "Listen", "Watch", "Play", "Duration", "Length", "Runtime",
];

/// The units a player may print after a running time ("02:13 Min.").
pub(crate) const RUNNING_TIME_UNITS: &[&str] = &["Min.", "Min", "min", "min.", "mins", "minutes"];

/// "12 thoughts on “...”", "One response to “...”", "3 comments on
/// '...'": a count of comments, then the article's title in quotes, and
/// nothing after it.
fn heads_comments_on_title(text: &str) -> bool {
    let Some((count, rest)) = text.split_once(' ') else {
        return false;
    };
    let counted = matches!(count, "One" | "one")
        || (1..=params::COMMENT_COUNT_MAX_DIGITS).contains(&count.len())
            && count.bytes().all(|b| b.is_ascii_digit());
    let Some((noun, rest)) = rest.split_once(' ') else {
        return false;
    };
    let noun = noun.strip_suffix(['s', 'S']).unwrap_or(noun);
    let is_comments = [
        "thought", "response", "comment", "reply", "replie", "reaction",
    ]
    .iter()
    .any(|n| noun.eq_ignore_ascii_case(n));
    // The quoted title ends the header: in a sentence, more words follow.
    counted
        && is_comments
        && text.ends_with(['”', '"', '»', '’', '\'', '“'])
        && ["on ", "to "].iter().any(|on| {
            rest.strip_prefix(on)
                .is_some_and(|title| title.starts_with(['“', '"', '«', '‘', '\'', '„']))
        })
}

/// A block that opens with a byline phrase ("By", "Written by") and goes
/// on with names only: "By Jane Doe and John Roe". The phrase covers a
/// few letters of it, yet speaks for all of it, as a label does. Names are
/// capitalised, with at most [`params::BYLINE_NAMES_MAX_SMALL_WORDS`]
/// small words between them ("and", "de"), and no sentence ends there:
/// the full stop after an initial ("By Troy L. Smith") ends none. Names
/// may also come before a '|' that parts them from the outlet or the date
/// ("By Bill Hoppe | Special to the Pioneer Press").
#[inline(never)]
fn is_byline_of_names(text: &str, f: &Features, words: &words::WordStats) -> bool {
    let all_names = f.words <= params::BYLINE_NAMES_MAX_WORDS
        && f.sentence_ends <= initials(text)
        && !f.ends_sentence
        && words.cased >= 2
        && words.cased - words.capitalised <= params::BYLINE_NAMES_MAX_SMALL_WORDS;
    // "By Jane Doe | Staff Writer"; "By Jane Doe, superintendent of the
    // Cobb Hollow School District": names, then their role (after a comma,
    // in small letters: more names are a list of people).
    let names_then_role = |mark: &str, max_words: u32, role_is_small: bool| {
        f.words <= max_words
            && text.split_once(mark).is_some_and(|(names, role)| {
                are_names(names) && (!role_is_small || role.starts_with(char::is_lowercase))
            })
    };
    all_names
        || words.has_pipe && names_then_role("|", params::BYLINE_MAX_WORDS, false)
        || !f.ends_sentence && names_then_role(", ", params::BYLINE_WITH_ROLE_MAX_WORDS, true)
}

/// Whether `text` is a few capitalised names, as [`is_byline_of_names`]
/// has them.
#[inline(never)]
fn are_names(text: &str) -> bool {
    let (mut words, mut small) = (0u32, 0u32);
    for word in text.split_whitespace() {
        words += 1;
        small += word.starts_with(char::is_lowercase) as u32;
    }
    let stops = text.bytes().filter(|&b| b == b'.').count() as u32;
    (2..=params::BYLINE_NAMES_MAX_WORDS).contains(&words)
        && small <= params::BYLINE_NAMES_MAX_SMALL_WORDS
        && stops <= initials(text)
}

/// Initials in `text`: capitals alone before a full stop, after a space
/// ("L." in "Troy L. Smith").
#[inline(never)]
fn initials(text: &str) -> u32 {
    text.as_bytes()
        .windows(3)
        .filter(|w| w[0] == b' ' && w[1].is_ascii_uppercase() && w[2] == b'.')
        .count() as u32
}

/// Phrases that no list holds, for they have a name or a date in them:
/// headers such as "About Jane Doe" and "More From CNN", and captions such
/// as "In this Dec. 12, 2006, file photo, ...". Each speaks for its whole
/// block, whatever phrases cover part of it.
#[inline(never)]
fn name_headers_and_captions(text: &str, f: &mut Features) {
    if f.words <= params::ABOUT_HEADER_MAX_WORDS
        && let Some(kind) = named_section_header(text)
        && (kind == PhraseKind::AuthorBio || f.words <= params::NAMED_HEADER_MAX_WORDS)
    {
        f.phrase = Some(PhraseMatch {
            kind,
            coverage: 1.0,
            opening: true,
            label: true,
            closing: false,
            whole_block: false,
        });
    } else if opens_like_dated_caption(text)
        || opens_as_file_photo(text)
        || opens_with_gallery_counter(text)
        || opens_with_figure_number(text)
    {
        // A counter alone on its line ("1 of 8") is all chrome; over a
        // caption, it leaves the caption's words to be weighed.
        let counter_alone = opens_with_gallery_counter(text) && is_gallery_counter(slide(text));
        let coverage = if counter_alone {
            1.0
        } else {
            f.phrase
                .filter(|m| m.kind == PhraseKind::Credit)
                .map_or(0.0, |m| m.coverage)
        };
        f.phrase = Some(PhraseMatch {
            kind: PhraseKind::Credit,
            coverage,
            opening: true,
            label: false,
            closing: false,
            whole_block: false,
        });
    }
}

/// "Figure 1 | Tides beneath the shelf.", "Fig. 2: ...", "FIGURE 3. ...":
/// a figure's number and a mark open its caption. "Figure 1 shows ..." is
/// a sentence about it.
fn opens_with_figure_number(text: &str) -> bool {
    if !text.starts_with('F') {
        return false;
    }
    let Some(rest) = ["Figure ", "FIGURE ", "Fig. "]
        .iter()
        .find_map(|label| text.strip_prefix(label))
    else {
        return false;
    };
    let number = rest.bytes().take_while(u8::is_ascii_digit).count();
    let rest = rest[number..].trim_start_matches(|c: char| c.is_ascii_lowercase());
    (1..=params::FIGURE_NUMBER_MAX_DIGITS).contains(&number)
        && [" | ", ": ", ". ", " – ", " — "]
            .iter()
            .any(|mark| rest.starts_with(mark))
}

/// "In this Dec. 12, 2006, file photo, ...": the caption of a news agency,
/// with a date between "In this" and the word for the picture, which no
/// phrase of the lists can span.
fn opens_like_dated_caption(text: &str) -> bool {
    let Some(rest) = text.strip_prefix(DATED_CAPTION_OPENING) else {
        return false;
    };
    // The date ends with a comma before the picture's word: "In this case
    // the photo ..." is a sentence.
    let mut after_date = false;
    rest.split_whitespace()
        .take(params::DATED_CAPTION_MAX_WORDS)
        .any(|w| {
            let found = after_date && PICTURE_WORDS.contains(&w.trim_end_matches([',', ';', ':']));
            after_date |= w.ends_with(',');
            found
        })
}

/// "--With assistance from Jane Doe.", "—With reporting by Jane Doe": a
/// credit line set off by a dash, as wire services close a story. Without
/// the dash, "With assistance from the state, ..." opens a sentence.
fn is_dashed_credit(text: &str) -> bool {
    let rest = text.trim_start_matches(['-', '—', '–']);
    rest.len() < text.len()
        && DASHED_CREDIT_OPENINGS
            .iter()
            .any(|opening| rest.trim_start().starts_with(opening))
}

/// How a credit line after a dash opens.
const DASHED_CREDIT_OPENINGS: &[&str] = &[
    "With assistance from ",
    "With reporting by ",
    "With reporting from ",
    "Reporting by ",
    "Editing by ",
];

/// "FILE - Actors perform ...", "FILE PHOTO: Traders work ...": an
/// agency's caption of a picture from its archive. A sentence never opens
/// with the word in capitals and a dash or colon.
fn opens_as_file_photo(text: &str) -> bool {
    text.strip_prefix(FILE_PHOTO_OPENING).is_some_and(|rest| {
        ["- ", "– ", "— ", "PHOTO: ", "PHOTO - "]
            .iter()
            .any(|mark| rest.starts_with(mark))
    })
}

/// What a gallery's counter may call its slides: "Photo 6 of 14".
const SLIDE_NAMES: &[&str] = &[
    "Photo ", "PHOTO ", "Image ", "Slide ", "Picture ", "Foto ", "FOTO ", "Bild ", "Imagen ",
];

/// The word between a spaced counter's numbers, in the languages whose
/// galleries print one: "2 of 24", "FOTO 5 di 6", "Bild 3 von 12",
/// "Foto 1 z 12".
const COUNTER_OF_WORDS: &[&str] = &[" of ", " di ", " de ", " von ", " sur ", " z ", " od "];

/// `text` without the slide's name before its counter ("Photo 6 of 14").
fn slide(text: &str) -> &str {
    let Some(&first) = text.as_bytes().first() else {
        return text;
    };
    if first.is_ascii_digit() {
        return text;
    }
    // Settled by the first byte for most blocks.
    SLIDE_NAMES
        .iter()
        .filter(|name| name.as_bytes()[0] == first)
        .find_map(|name| text.strip_prefix(name))
        .unwrap_or(text)
}

/// Whether `text` is only a gallery's counter: "1 / 24", "2 of 24".
/// Read by hand: most short lines with a figure are looked at.
fn is_gallery_counter(text: &str) -> bool {
    let text = text.trim();
    let number = |n: &str| {
        (1..=params::GALLERY_COUNTER_MAX_DIGITS).contains(&n.len())
            && n.bytes().all(|b| b.is_ascii_digit())
    };
    let first = text.bytes().take_while(u8::is_ascii_digit).count();
    let (slide, rest) = text.split_at(first);
    let count = match rest.trim_start().strip_prefix('/') {
        Some(count) => count,
        None => match COUNTER_OF_WORDS.iter().find_map(|of| rest.strip_prefix(of)) {
            Some(count) => count,
            None => return false,
        },
    };
    number(slide) && number(count.trim_start())
}

/// "1of4Grass Valley's ...", "\[2/5\]Cranes stand idle ...": the caption of
/// a gallery's slide, its counter glued to its first word; or the counter
/// alone ("1 of 6", "Photo 6 of 14"). With a space after the counter, "1
/// of 4 Americans ..." may be a sentence.
fn opens_with_gallery_counter(text: &str) -> bool {
    if let Some(rest) = text.strip_prefix('[')
        && let Some((counter, caption)) = rest.split_once(']')
    {
        return is_gallery_counter(counter)
            && caption
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || matches!(c, '"' | '\''));
    }
    let counter = slide(text);
    let named = counter.len() < text.len();
    // A slide's name makes a slash a counter's too ("Foto 1/12"); alone,
    // "1/12" may be a date.
    let slashes: &[&str] = if named { &[" / ", "/"] } else { &[] };
    let text = counter;
    let bytes = text.as_bytes();
    let digits = |from: usize| {
        bytes[from.min(bytes.len())..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let first = digits(0);
    if !(1..=params::GALLERY_COUNTER_MAX_DIGITS).contains(&first) {
        return false;
    }
    let Some(of) = std::iter::once(&b"of"[..])
        .chain(
            COUNTER_OF_WORDS
                .iter()
                .chain(slashes)
                .map(|of| of.as_bytes()),
        )
        .find(|of| bytes[first..].starts_with(of))
    else {
        return false;
    };
    let after_of = first + of.len();
    let second = digits(after_of);
    // Alone on its line, a counter is spaced ("1 of 6") or named.
    let spaced = of.len() > 2 || named;
    (1..=params::GALLERY_COUNTER_MAX_DIGITS).contains(&second)
        && match bytes.get(after_of + second) {
            Some(b) => b.is_ascii_uppercase() || matches!(b, b'"' | b'\''),
            None => spaced,
        }
}

/// How an agency's caption opens.
const DATED_CAPTION_OPENING: &str = "In this ";
/// How an agency's caption of an archive picture opens.
const FILE_PHOTO_OPENING: &str = "FILE ";

/// "Follow Town Life on Facebook, Twitter and Instagram.": a call to
/// follow a page on the networks it names, which are lone-word phrases.
const FOLLOW_LINE_OPENING: &str = "Follow ";

/// The currency signs a shop's button may open with.
const PRICE_SIGNS: [char; 3] = ['$', '£', '€'];

/// Whether a line ends with a note of the file it links to: "Read the
/// ruling: ... (PDF, 34 pages)", "Sermon notes (PDF)", "Download the map
/// \[PDF – 412 KB\]". A line that only names a document to download is the
/// page's link, not a sentence of the article, which would end with its
/// full stop.
fn ends_with_file_note(text: &str) -> bool {
    memchr::memrchr2(b'(', b'[', text.as_bytes()).is_some_and(|open| {
        FILE_NOTE_OPENINGS
            .iter()
            .any(|o| text[open + 1..].starts_with(o))
    })
}

/// How a note of a linked file's type opens, inside its brackets.
const FILE_NOTE_OPENINGS: &[&str] = &["PDF", "DOC", "XLS", "PPT", "ZIP", "CSV", "MP3"];

/// "$129 at Pinecrest Outfitters", "£12.99 at Harwick's", "149,99 €
/// statt 229,00 € bei Elektro-Haller", "279 € (antes 399 €) en
/// Tecnomarket": a shop's button or a deal's price line, a price, perhaps
/// the former one, and where to pay it.
#[inline(never)]
fn is_price_at_shop(text: &str) -> bool {
    let is_amount = |t: &str| {
        t.starts_with(|c: char| c.is_ascii_digit())
            && t.chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    };
    let words: smallvec::SmallVec<[&str; 12]> = text.split_whitespace().take(12).collect();
    // The price: "$129", or "149,99 €".
    let after_price = match words.as_slice() {
        [price, ..]
            if is_amount(price.trim_start_matches(PRICE_SIGNS))
                && price.starts_with(PRICE_SIGNS) =>
        {
            1
        }
        [amount, sign, ..]
            if is_amount(amount) && PRICE_SIGNS.iter().any(|c| sign.starts_with(*c)) =>
        {
            2
        }
        _ => return false,
    };
    // Then the former price's few words ("(was £1,199)", "au lieu de 329
    // €") before the shop's preposition and its name.
    words[after_price..]
        .iter()
        .take(params::FORMER_PRICE_MAX_WORDS + 1)
        .position(|w| params::SHOP_PREPOSITIONS.contains(w))
        .is_some_and(|at| {
            let between = &words[after_price..after_price + at];
            let former = between.is_empty()
                || between
                    .iter()
                    .any(|w| w.contains(|c: char| c.is_ascii_digit()));
            former
                && words
                    .get(after_price + at + 1)
                    .is_some_and(|shop| shop.starts_with(char::is_uppercase))
        })
}

/// Whether `text` holds a price's change in brackets, signed, in per cent:
/// "(+5.04%)", "(-0.48%)".
#[inline(never)]
fn is_market_quote(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b'%', bytes).any(|at| {
        bytes.get(at + 1) == Some(&b')')
            && text[..at].rsplit_once('(').is_some_and(|(_, change)| {
                let digits = change.strip_prefix(['+', '-', '−']).unwrap_or_default();
                !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
            })
    })
}

/// Whether `text` is at least `FACTS_ROW_MIN_PAIRS` short "Label: value"
/// pairs apart by '|', and nothing else.
#[inline(never)]
fn is_facts_row(text: &str) -> bool {
    // A value may be missing ("section: |"); a label may not.
    let words = |part: &str| part.split_whitespace().count();
    let mut pairs = 0;
    for cell in text.split('|') {
        let Some((label, value)) = cell.split_once(':') else {
            return false;
        };
        if !(1..=params::FACTS_LABEL_MAX_WORDS).contains(&words(label))
            || words(value) > params::FACTS_VALUE_MAX_WORDS
            || !label.trim_start().starts_with(char::is_alphabetic)
        {
            return false;
        }
        pairs += 1;
    }
    pairs >= params::FACTS_ROW_MIN_PAIRS
}

/// How a call to install a site's app opens.
const APP_PROMPT_OPENINGS: [&str; 4] = ["Download the ", "Download our ", "Get the ", "Get our "];

/// "Download the 12 River Valley app for breaking news alerts ...": a
/// call to install the site's app, which names the app within a few words
/// of its opening.
#[inline(never)]
fn is_app_prompt(text: &str) -> bool {
    text.split_whitespace()
        .skip(2)
        .take(params::APP_PROMPT_NAME_MAX_WORDS + 1)
        .any(|w| {
            let w = w.trim_end_matches([',', '.', ':', '!']);
            w.eq_ignore_ascii_case("app") || w.eq_ignore_ascii_case("apps")
        })
}

/// The words for the picture that an agency's caption names.
const PICTURE_WORDS: &[&str] = &["photo", "photograph", "image", "picture", "video"];

/// Whether the '.', '!' or '?' at byte `at` of `text` ends a sentence: it
/// follows a letter, digit or closing quote, and comes before white space,
/// a closing quote or the end.
fn ends_sentence_at(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    // Mostly a letter before and a space after: settled without decoding.
    if let (Some(&before), Some(&after)) = (bytes.get(at.wrapping_sub(1)), bytes.get(at + 1))
        && before.is_ascii_alphanumeric()
        && after.is_ascii()
    {
        return matches!(after, b'\t'..=b'\r' | b' ')
            || matches!(after, b'"' | b'\'' | b')' | b']');
    }
    ends_sentence_by_chars(text, at)
}

/// [`ends_sentence_at`], told by the characters around the mark.
fn ends_sentence_by_chars(text: &str, at: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at + 1..].chars().next();
    before.is_some_and(|p| p.is_alphanumeric() || is_closing(p))
        && after.is_none_or(|n| n.is_whitespace() || is_closing(n))
}

/// Sentence ends outside ASCII, which count wherever they stand: the
/// stops of Chinese and Japanese, the danda of Indian scripts ('।'), the
/// stops of Burmese ('။'), Ethiopic ('።'), Khmer ('។'), Armenian ('։')
/// and Urdu ('۔'), the Arabic question mark, and an ellipsis.
fn is_wide_stop(c: char) -> bool {
    matches!(
        c,
        '。' | '！' | '？' | '…' | '।' | '॥' | '။' | '።' | '។' | '։' | '۔' | '؟'
    )
}

/// Sentences that end as a colon would, before a list: "The rooms are as
/// follows." ("次の通り。", "다음과 같다.").
const LIST_LEAD_INS: [&str; 9] = [
    "as follows.",
    "wie folgt.",
    "comme suit.",
    "次の通り。",
    "次のとおり。",
    "以下の通り。",
    "以下のとおり。",
    "다음과 같다.",
    "다음과 같습니다.",
];

/// How the block ends.
fn ending(text: &str, f: &mut Features) {
    let end = text.trim_end_matches(|c: char| is_closing(c) || c.is_whitespace());
    f.ends_ellipsis = end.ends_with("...")
        || end.ends_with('…')
        || f.words >= params::CUT_OFF_MIN_WORDS && ends_with_link_after_ellipsis(end);
    f.ends_colon = end.ends_with([':', '：'])
        || end.ends_with(['.', '。']) && LIST_LEAD_INS.iter().any(|l| end.ends_with(l));
    f.ends_sentence = !f.ends_ellipsis
        && end.ends_with(|c| matches!(c, '.' | '!' | '?' | ':') || is_wide_stop(c))
        // Two full stops are a cut-off; "a.m.:" ends a sentence.
        && !end.ends_with("..")
        && end.chars().nth(1).is_some();
}

/// The number opening a numbered item: one or two digits, a full stop or
/// a bracket, then a space ("3. ", "12) ").
fn item_number(text: &str) -> u32 {
    let b = text.as_bytes();
    let digits = b.iter().take(3).take_while(|c| c.is_ascii_digit()).count();
    match (digits, b.get(digits), b.get(digits + 1)) {
        (1 | 2, Some(b'.' | b')'), Some(b' ')) => text[..digits].parse().unwrap_or(0),
        _ => 0,
    }
}

/// Whether `text` opens with a headline glued to the text after it: near
/// its start, a small letter or a closing sign is followed at once by a
/// capital and a small letter ("FinaleFord v", "Rise?Violence"), and the
/// words up to there are in title case. The word glued on has at least
/// [`params::GLUED_HEADLINE_MIN_STEM`] letters before the capital (so
/// "McDonald" is no join).
///
/// The words are read one at a time, and the search stops at the first
/// word that title case rules out: most blocks open a sentence, which
/// shows at its second word. Kept out of line: inlined, it slowed the
/// whole of [`measure`].
#[inline(never)]
fn opens_with_glued_headline(text: &str) -> bool {
    let bytes = text.as_bytes();
    let end = bytes.len().min(params::GLUED_HEADLINE_MAX_BYTES);
    let (mut words, mut capitalised) = (0usize, 0usize);
    let mut at = 0;
    while at < end {
        // Words are short: a plain loop beats a call to a search.
        let word_end = bytes[at..]
            .iter()
            .position(|&b| b == b' ')
            .map_or(bytes.len(), |len| at + len);
        let word = &text[at..word_end];
        if let Some(first) = word.chars().next().filter(|c| c.is_alphabetic()) {
            if first.is_lowercase()
                && (words < 2
                    || word.chars().filter(|c| c.is_alphabetic()).count()
                        > params::TITLE_CASE_SMALL_WORD_MAX_LETTERS)
            {
                return false;
            }
            words += 1;
            capitalised += first.is_uppercase() as usize;
        }
        let join = (at.max(1)..word_end.min(end)).find(|&i| {
            matches!(bytes[i - 1], b'a'..=b'z' | b'?' | b'!' | b'.' | b')')
                && bytes[i].is_ascii_uppercase()
                && bytes.get(i + 1).is_some_and(u8::is_ascii_lowercase)
        });
        if let Some(join) = join {
            let stem = &text[at..join];
            // A name in capitals inside ("SinarRantau") before a dash is a
            // dateline's source: "KUALA KERINAN, SinarRantau - Ribuan ...".
            let before_dash = ["- ", "– ", "— ", "-- "]
                .iter()
                .any(|dash| text[word_end..].trim_start().starts_with(dash));
            return !before_dash
                && stem.starts_with(|c: char| c.is_uppercase())
                && stem.bytes().filter(u8::is_ascii_alphabetic).count()
                    >= params::GLUED_HEADLINE_MIN_STEM
                && words >= params::GLUED_HEADLINE_MIN_HEAD_WORDS
                && capitalised as f32 >= params::GLUED_HEADLINE_MIN_CAPITALISED * words as f32;
        }
        at = word_end + 1;
    }
    false
}

/// How a line signing an embedded post opens: a dash, or Instagram's "A
/// post shared by" in the languages it speaks.
const POST_SIGNATURE_OPENINGS: &[&str] = &[
    "— ",
    "– ",
    "- ",
    "A post shared by ",
    "Una publicación compartida por ",
    "Una publicación compartida de ",
    "Uma publicação compartilhada por ",
    "Une publication partagée par ",
    "Un post condiviso da ",
    "Ein Beitrag geteilt von ",
    "Een bericht gedeeld door ",
    "Ett inlägg delat av ",
    "Et innlegg delt av ",
    "Et opslag delt af ",
    "Post udostępniony przez ",
];

/// Whether `text` signs an embedded post: one of
/// [`POST_SIGNATURE_OPENINGS`], then a name with the author's handle in
/// brackets, "(@handle)", which on Bluesky and Mastodon is a domain
/// "(@name.bsky.social)", "(@name@mastodon.social)".
fn signs_a_post(text: &str) -> bool {
    let Some(rest) = POST_SIGNATURE_OPENINGS
        .iter()
        .find_map(|dash| text.strip_prefix(dash))
    else {
        return false;
    };
    rest.len() <= params::POST_SIGNATURE_MAX_BYTES
        && rest.split_once("(@").is_some_and(|(_, handle)| {
            handle.split_once(')').is_some_and(|(name, _)| {
                !name.is_empty()
                    && name.bytes().all(|b| {
                        b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-' | b'@')
                    })
            })
        })
}

/// Whether `text` is an embedded short video's post printed on one line:
/// the author's handle, the caption and the sound it plays ("@jane_doe
/// Volume up #hottub ♬ original sound - Jane Doe"), post and signature in
/// one.
fn is_short_video_post(text: &str) -> bool {
    text.starts_with('@')
        && text.len() <= params::SHORT_VIDEO_POST_MAX_BYTES
        && text.contains(SOUND_MARK)
}

/// The note that opens the name of the sound a short video plays.
const SOUND_MARK: &str = "♬ ";

/// Whether `text` is one token, with no space or other sign: a picture's
/// file name, in brackets or not ("IMG_2214.jpg", "[rtr4iun7.jpg]"), or
/// words joined by hyphens or underscores (and perhaps a file ending).
fn is_slug(text: &str) -> bool {
    let bracketed = text.strip_prefix('[').and_then(|t| t.strip_suffix(']'));
    let min_words = if bracketed.is_some() {
        params::BRACKETED_SLUG_MIN_WORDS
    } else {
        params::SLUG_MIN_WORDS
    };
    let name = bracketed.unwrap_or(text);
    name.len() <= params::SLUG_MAX_BYTES
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
        && (names_a_picture(name)
            || name.bytes().filter(|&b| b == b'-' || b == b'_').count() + 1 >= min_words as usize)
}

/// Whether `text` opens with a shortcode: '[' and a lowercase name, then
/// attributes (`[button link=...]`) or, after the ']', the matching
/// closing tag (`[automerge]...[/automerge]`). An editor's insertion in
/// brackets (`[sic]`, `[the mayor] said`) has neither.
#[inline(never)]
fn is_shortcode(text: &str) -> bool {
    let Some(rest) = text.strip_prefix('[') else {
        return false;
    };
    let name_len = rest
        .bytes()
        .take_while(|&b| b.is_ascii_lowercase() || b == b'_')
        .count();
    let name = &rest[..name_len];
    if name.is_empty() || name.len() > params::SHORTCODE_MAX_NAME_BYTES {
        return false;
    }
    let after = &rest[name_len..];
    if after.starts_with(' ') {
        after.split(']').next().is_some_and(|tag| tag.contains('='))
    } else {
        after.starts_with(']')
            && memchr::memmem::find(after.as_bytes(), format!("[/{name}]").as_bytes()).is_some()
    }
}

/// Whether `text` is nothing but two or more groups in brackets, apart by
/// white space: the fields and buttons of a form ("\[Search    \] \[Go\]").
fn is_form_row(text: &str) -> bool {
    let mut groups = 0;
    let mut rest = text;
    while let Some(inside) = rest.strip_prefix('[') {
        let Some(end) = inside.find(['[', ']']) else {
            return false;
        };
        if inside.as_bytes()[end] == b'[' {
            return false;
        }
        groups += 1;
        rest = inside[end + 1..].trim_start();
    }
    rest.is_empty() && groups >= params::FORM_ROW_MIN_CONTROLS
}

/// How many cells `text` holds as a row of a table: texts apart by a tab
/// or by a run of spaces (see [`cell_gaps`]). Kept out of line: inlined,
/// it slowed the whole of [`measure`].
#[inline(never)]
fn count_cells(text: &str) -> usize {
    cell_gaps(text).count() + 1
}

/// The runs of white space in `text` that part a row's cells, as byte
/// ranges: a tab, or a run of spaces. Two spaces after a sentence's end
/// part sentences, not cells.
pub(crate) fn cell_gaps(text: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < bytes.len() {
            if !matches!(bytes[at], b' ' | b'\t') {
                at += 1;
                continue;
            }
            let start = at;
            while at < bytes.len() && matches!(bytes[at], b' ' | b'\t') {
                at += 1;
            }
            let run = &bytes[start..at];
            let after_sentence = start > 0 && matches!(bytes[start - 1], b'.' | b'!' | b'?');
            if run.contains(&b'\t') || run.len() > 2 || run.len() == 2 && !after_sentence {
                return Some(start..at);
            }
        }
        None
    })
}

/// Whether `text` is a possessive over one comment: "Chair's comment",
/// "The minister’s comment". Readers' comments are plural.
fn is_attributed_comment(text: &str) -> bool {
    let mut words = text.split_whitespace().rev();
    let (Some(last), Some(owner)) = (words.next(), words.next()) else {
        return false;
    };
    last.eq_ignore_ascii_case("comment") && (owner.ends_with("'s") || owner.ends_with("’s"))
}

/// What some renderers print after a picture's title as its alt text.
const ALT_TEXT_SUFFIX: &str = " image";

/// Words before a last "image" that make the block a phrase ("the
/// image", "this image"), not a title with its alt-text suffix.
const DETERMINERS: &[&str] = &[
    "the", "this", "that", "a", "an", "our", "your", "its", "their", "his", "her",
];

/// Whether `text` is a title followed by the word "image", which no
/// sentence ends with unpunctuated, unless a determiner comes before it.
#[inline(never)]
fn is_alt_text(text: &str) -> bool {
    text.strip_suffix(ALT_TEXT_SUFFIX)
        .and_then(|title| title.rsplit(' ').next())
        .is_some_and(|before| !DETERMINERS.iter().any(|d| before.eq_ignore_ascii_case(d)))
}

/// Whether `text` ends with the extension of a picture file (or its closing
/// bracket after one).
fn names_a_picture(text: &str) -> bool {
    let name = text.strip_suffix(']').unwrap_or(text).as_bytes();
    [".jpg", ".jpeg", ".png", ".gif", ".webp"]
        .iter()
        .any(|extension| {
            name.len() > extension.len()
                && name[name.len() - extension.len()..].eq_ignore_ascii_case(extension.as_bytes())
        })
}

/// Whether `end` is a cut-off text and a link to the rest of it: an
/// ellipsis, then a few words ending without a sentence end.
fn ends_with_link_after_ellipsis(end: &str) -> bool {
    // Most blocks end a sentence: settled at their last byte.
    if end.ends_with(['.', '!', '?', '"', '”']) {
        return false;
    }
    // The ellipsis ends a character, so the link starts on one.
    let tail_from = end.len().saturating_sub(params::CUT_OFF_LINK_MAX_BYTES);
    let tail = &end.as_bytes()[tail_from..];
    // Both ellipses hold a byte that few tails have: a full stop, or the
    // last byte of '…'.
    if memchr::memchr2(b'.', 0xA6, tail).is_none() {
        return false;
    }
    let dots = memmem::rfind(tail, b"...").map(|at| at + 3);
    let glyph = memmem::rfind(tail, "…".as_bytes()).map(|at| at + '…'.len_utf8());
    let Some(link) = dots.max(glyph).map(|after| &end[tail_from + after..]) else {
        return false;
    };
    // Words, not hashtags, handles or addresses.
    let words = link.split_whitespace();
    (1..=params::CUT_OFF_LINK_MAX_WORDS).contains(&words.clone().count())
        && words.clone().all(|w| w.starts_with(char::is_alphabetic))
}

fn is_doubled(text: &str) -> bool {
    let bytes = text.as_bytes();
    let n = bytes.len();
    if n < params::ECHO_MIN_CHARS / 2 {
        return false;
    }
    let half = n / 2;
    // The second copy starts at the middle, or after a space there.
    let second = match (n % 2, bytes[half]) {
        (0, _) => half,
        (_, b' ') => half + 1,
        _ => return false,
    };
    // Equal bytes after a valid UTF-8 first half start a character, so no
    // boundary test is needed; the first byte rules out most blocks.
    bytes[second] == bytes[0] && bytes[..half] == bytes[second..]
}

/// Words that, beside "cookie", make a consent banner (in the languages
/// with stop-word lists that use the word "cookie").
const COOKIE_COMPANIONS: &[&str] = &[
    "consent",
    "accept",
    "partners",
    "personalis",
    "personaliz",
    "privacy",
    "browsing",
    "your experience",
    "settings",
    "preferences",
    "third part",
    "einwillig",
    "akzept",
    "datenschutz",
    "consentement",
    "accepter",
    "aceptar",
    "consentimiento",
    "accetta",
    "consenso",
    "aceitar",
    "toestemming",
    "accepteren",
    // "We use cookies ... If you continue to use this site ...": the site
    // itself, named as banners name it.
    "website",
    "webseite",
    "this site",
    "our site",
    "questo sito",
    "nostro sito",
    "sitio web",
    "este sitio",
    "nuestro sitio",
    "ce site",
    "notre site",
    "deze site",
    "nosso site",
    "este site",
];

fn is_cookie_notice(text: &str) -> bool {
    if text.len() > params::COOKIE_NOTICE_MAX_BYTES
        || !(FINDERS.cookie.find(text.as_bytes()).is_some()
            || FINDERS.cookie_caps.find(text.as_bytes()).is_some())
    {
        return false;
    }
    let lower = text.to_lowercase();
    COOKIE_COMPANIONS.iter().any(|w| lower.contains(w))
}

/// "Evan Vucci/AP", "Photo: Jane Doe / Reuters", "Jane Doe | Getty
/// Images": a name, a slash or a bar, and a picture agency or a short
/// all-capitals credit at the end.
fn is_photo_credit(text: &str) -> bool {
    let Some((_, agency)) = text.trim().rsplit_once(['/', '|']) else {
        return false;
    };
    let agency = agency.trim().trim_end_matches(['.', ')']);
    let short_capitals = (2..=5).contains(&agency.len())
        && agency.bytes().all(|b| b.is_ascii_uppercase() || b == b'-');
    short_capitals
        || is_picture_agency(agency.as_bytes())
        || is_picture_library(agency)
        || is_name_and_outlet(text)
}

/// "Harbor Images", "Coast Photos": a picture library the list does not
/// know, named in capitalised words of which the last says pictures. One
/// word alone is a menu's entry ("Photos").
fn is_picture_library(agency: &str) -> bool {
    let words: Vec<&str> = agency.split_whitespace().collect();
    (2..=params::CREDIT_OUTLET_MAX_WORDS).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
        && words
            .last()
            .is_some_and(|w| PICTURE_LIBRARY_WORDS.contains(w))
}

/// The word that closes the name of a picture library.
const PICTURE_LIBRARY_WORDS: &[&str] = &["Images", "Photos", "Pictures", "Photography"];

/// "Dev Ambrose/Tamsin Valley Herald": a photographer's name of two or
/// three words, a slash and the name of the paper, all in capitalised
/// words. One word each side is a pair of topics ("News/Sports").
fn is_name_and_outlet(text: &str) -> bool {
    let Some((name, outlet)) = text.split_once('/') else {
        return false;
    };
    let capitalised = |part: &str, words: std::ops::RangeInclusive<usize>| {
        let mut count = 0;
        part.split_whitespace().all(|w| {
            count += 1;
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
        }) && words.contains(&count)
    };
    !outlet.contains('/')
        && capitalised(
            name,
            params::PHOTOGRAPHER_MIN_WORDS..=params::PHOTOGRAPHER_MAX_WORDS,
        )
        && capitalised(outlet, 1..=params::CREDIT_OUTLET_MAX_WORDS)
}

/// "Michael Lane, AP", "Jo Park, Associated Press": a name of capitalised
/// words, a comma and a picture agency.
#[inline(never)]
fn is_name_and_agency(text: &str) -> bool {
    let Some(comma) = text.bytes().rposition(|b| b == b',') else {
        return false;
    };
    let (name, agency) = (&text[..comma], text[comma + 1..].trim());
    is_picture_agency(agency.as_bytes())
        && name
            .split(' ')
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// Whether `text` is a picture agency's or wire service's name alone, in
/// brackets or after a dash: "(AFP)", "— Bernama". Bare, "AP" may be a
/// menu's item.
fn is_agency_alone(text: &str) -> bool {
    let marked = text.starts_with(['(', '[', '—', '–', '-']);
    let name = text.trim_matches(|c: char| c.is_whitespace() || "()[]—–-".contains(c));
    marked && is_picture_agency(name.as_bytes())
}

/// Whether `text` closes with a picture agency after a slash, as captions
/// with their credit glued on do: "... after the vote. Photograph by Lena
/// Brooks/AFP/Getty Images", "... on July 25.Jon Marsh / AP file". Only
/// listed agencies count: "TCP/IP" ends no caption. Kept out of line, as
/// [`count_cells`] is.
#[inline(never)]
fn ends_with_agency(text: &str) -> bool {
    let Some((_, agency)) = text.rsplit_once('/') else {
        return false;
    };
    let agency = agency.trim();
    let agency = agency
        .strip_suffix(" file")
        .or_else(|| agency.strip_suffix(" File"))
        .unwrap_or(agency);
    is_picture_agency(agency.as_bytes())
}

/// The phrase site key of "©", which the word pass notes where it stands.
static COPYRIGHT_SIGN_KEY: LazyLock<u64> = LazyLock::new(|| phrases::glyph_key('©'));

/// Whether the "©" at byte `at` of `text` stands after some words and
/// before a name or a year: "... at dawn.© Jane Doe". Opening the block it
/// is a copyright line's; before a small letter ("the © sign"), prose.
fn is_credit_inside(text: &str, at: usize) -> bool {
    let (before, after) = text.split_at(at);
    let after = after.trim_start_matches('©').trim_start();
    before.chars().any(char::is_alphanumeric)
        && after
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Whether `text` closes with a picture agency after its last sentence,
/// as captions with their credit glued on do: "... on the bridge. Getty
/// Images". Only the last few bytes are read.
#[inline(never)]
fn ends_with_agency_after_sentence(text: &str) -> bool {
    let bytes = text.as_bytes();
    let tail = &bytes[bytes.len().saturating_sub(params::AGENCY_TAIL_MAX_BYTES)..];
    let Some(stop) = tail.windows(2).rposition(|w| w == b". ") else {
        return false;
    };
    is_picture_agency(&tail[stop + 2..])
}

/// The word for "from" after "More" in other languages: "Mer fra", "Mer
/// från", "Mehr von", "Meer van".
const MORE_FROM: [&str; 5] = ["fra", "från", "von", "aus", "van"];

/// "MORE FROM WRDK 6: Fire levy fails for a second time": a header of
/// other stories that names their desk, as the label of a teaser.
fn opens_with_named_related_label(text: &str) -> bool {
    text.split_once(": ").is_some_and(|(header, _)| {
        header.split_whitespace().count() as u32 <= params::NAMED_HEADER_MAX_WORDS
            && named_section_header(header) == Some(PhraseKind::Related)
    })
}

/// Small words that join the capitalised words of an institution's name.
const NAME_JOINERS: &[&str] = &[
    "of", "for", "and", "on", "de", "du", "des", "für", "und", "der",
];

/// A short header of another section that names what it is about, its
/// words after the first all capitalised, as names are: "About Jane Doe",
/// "Über Moritz Bachmann", "About the Kestrel Valley Tool Library" (an
/// author's or company's box), "More Washington Examiner", "More From CNN"
/// (other stories). "About 200 people came" and "More rain is on the way"
/// are sentences; "About the Study" may head the article's own section, so
/// a name after "the" takes two capitalised words, and small words may
/// join them ("About the Institute of Marine Research"). French says it
/// in three words ("À propos de Ferrolis").
fn named_section_header(text: &str) -> Option<PhraseKind> {
    // Settled by the first letter for most blocks, by the first word for
    // the rest.
    if !matches!(text.as_bytes().first(), Some(b'A' | b'M' | b'S' | 0xC3)) {
        return None;
    }
    let (kind, name) = if let Some(name) = ["À propos de ", "A propos de "]
        .iter()
        .find_map(|opening| text.strip_prefix(opening))
    {
        (PhraseKind::AuthorBio, name)
    } else {
        // The words are at most six bytes long, and a header has more words
        // after: its first space is among its first seven bytes.
        let space = text.bytes().take(7).position(|b| b == b' ')?;
        let kind = match &text[..space] {
            "About" | "ABOUT" | "Über" | "Sobre" | "Acerca" => PhraseKind::AuthorBio,
            "More" | "MORE" | "Mer" | "Mere" | "Mehr" | "Meer" => PhraseKind::Related,
            _ => return None,
        };
        (kind, &text[space..])
    };
    let mut rest = name.split_whitespace().peekable();
    // "Mer fra FKR Nordvest", "Mehr von Radio Elbtal": other stories from a
    // named desk, the word for "from" in small letters.
    if kind == PhraseKind::Related {
        rest.next_if(|w| MORE_FROM.contains(w));
    }
    rest.peek()?;
    if kind == PhraseKind::AuthorBio && rest.next_if(|w| matches!(*w, "the" | "The")).is_some() {
        // What follows must be a name of two words or more.
        if rest.clone().count() < 2 {
            return None;
        }
    }
    // A station's channel is a name's word too ("More From WRDK 6"); a
    // name may hold small words between its capitalised ones ("About the
    // Institute of Marine Research"), but not end with one.
    let mut last_small = false;
    (rest.all(|w| {
        last_small = NAME_JOINERS.contains(&w);
        last_small
            || w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                && w.chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '\'' | '’' | '&'))
    }) && !last_small)
        .then_some(kind)
}

fn ends_with_credit(text: &str) -> bool {
    // Only the end of the block is read: a credit is short.
    let text = text.trim_end();
    let tail = &text[tail_start(text, params::CLOSING_CREDIT_MAX_CHARS + 2)..];
    // Korean papers bracket it square: "[사진=연합포토]".
    match tail.strip_suffix([')', '）', ']']) {
        Some(rest) => rest
            .rsplit_once(['(', '（', '['])
            .is_some_and(|(_, inner)| {
                let inner = inner.trim();
                is_photo_credit(inner)
                || is_photographer_mark(inner)
                || is_outlet_and_name(inner)
                // "(Gazette photo by ...)": the source's name before it.
                || inner.contains(" by ") && opens_with_credit(inner)
                || PHRASES.find(inner).is_some_and(|m| match m.kind {
                    PhraseKind::Credit => m.opening || m.strength() >= params::LABEL_COVERAGE,
                    // "(Source: NASA)" credits a picture as "(Photo: NASA)" does.
                    PhraseKind::EndCredit => m.opening && m.label,
                    _ => false,
                })
                // "(사진=남강구청 제공)": Korean papers put '=' after the label.
                || inner.split_once('=').is_some_and(|(label, _)| {
                    PHRASES.find(label).is_some_and(|m| {
                        m.kind == PhraseKind::Credit && m.strength() >= params::LABEL_COVERAGE
                    })
                })
            }),
        None => ends_with_credit_label(tail),
    }
}

/// "记者 张三 摄", "新华社记者 李四摄", "通讯员 王五 供图": Chinese papers
/// credit a picture with the photographer's name and 摄 ("shot by") or 供图
/// ("picture supplied"), in simplified or traditional characters.
fn is_photographer_mark(mark: &str) -> bool {
    // "拍摄" is "to film", not a credit.
    let shot = mark
        .strip_suffix(['摄', '攝'])
        .is_some_and(|rest| !rest.ends_with('拍'));
    (shot || mark.ends_with("供图") || mark.ends_with("供圖"))
        && mark.chars().count() <= params::PHOTOGRAPHER_MARK_MAX_CHARS
}

/// "……内景。记者 沈一帆 摄": the photographer's mark may also close a
/// caption without brackets, after its last sentence.
fn ends_with_photographer_mark(text: &str) -> bool {
    let mark = text.rsplit_once('。').map_or(text, |(_, mark)| mark);
    is_photographer_mark(mark.trim())
}

/// "ABC News: Jane Doe", "TBC Central West: Jane Doe", "Supplied: Jane
/// Doe": a broadcaster credits a picture with its outlet (opening with an
/// acronym), a colon and the photographer's name, in brackets.
fn is_outlet_and_name(inner: &str) -> bool {
    let Some((outlet, name)) = inner.split_once(": ") else {
        return false;
    };
    let capitalised = |words: &str| {
        words
            .split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
    };
    let first = outlet.split(' ').next().unwrap_or_default();
    let opens_with_acronym =
        (2..=5).contains(&first.len()) && first.bytes().all(|b| b.is_ascii_uppercase());
    let name_words = name.split_whitespace().count();
    (opens_with_acronym || outlet == "Supplied")
        && outlet.split(' ').count() <= params::CREDIT_OUTLET_MAX_WORDS
        && capitalised(outlet)
        && (2..=params::CREDIT_NAME_MAX_WORDS).contains(&name_words)
        && capitalised(name)
}

/// Where the last `chars` characters of `text` start: a credit's length
/// is counted in characters, so that one in Cyrillic or Greek is read as
/// far as one in Latin letters.
fn tail_start(text: &str, chars: usize) -> usize {
    if text.len() <= chars {
        return 0;
    }
    text.char_indices()
        .nth_back(chars - 1)
        .map_or(0, |(at, _)| at)
}

/// Whether `text` opens with a credit ("Photo by ..."), maybe after the
/// name of whoever took the picture, in capitals: "Gazette photo by ...",
/// "Staff photo by ...".
fn opens_with_credit(text: &str) -> bool {
    let mut rest = text.trim_start();
    for _ in 0..=params::CREDIT_SOURCE_MAX_WORDS {
        if PHRASES
            .find(rest)
            .is_some_and(|m| m.kind == PhraseKind::Credit && m.opening)
        {
            return true;
        }
        match rest.split_once(' ') {
            Some((source, after)) if source.starts_with(char::is_uppercase) => rest = after,
            _ => return false,
        }
    }
    false
}

/// Whether `text` closes with a credit that follows its last sentence:
/// "... above the old workings. Photo by Lena Marsh/University of
/// Eastmoor", "... March 3, 2025. LEDGERLINE/Owen Brackley", "... in July.
/// Nadia Ferro/Tamsen Valley Record", "... on Quarry Road. Courtesy of
/// Frostline Realty Trust". Only the last few bytes are read.
#[inline(never)]
fn ends_with_credit_sentence(text: &str) -> bool {
    let bytes = text.as_bytes();
    let from = tail_start(text, params::CLOSING_CREDIT_MAX_CHARS + 2);
    // The last ". " (both ASCII, so the credit after it starts on a
    // character), then a capital.
    let Some(stop) = memchr::memrchr_iter(b'.', &bytes[from..])
        .map(|at| from + at)
        .find(|&at| bytes.get(at + 1) == Some(&b' '))
    else {
        return false;
    };
    // A dash may set the credit off: "... after the push-in. — Staff photo
    // by ...".
    let after_stop = &text[stop + 2..];
    let start = stop
        + 2
        + ["— ", "– ", "- "]
            .iter()
            .find(|dash| after_stop.starts_with(*dash))
            .map_or(0, |dash| dash.len());
    let credit = &bytes[start..];
    if !credit.first().is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    // A credit phrase is a label or ends in "by" ("Photo by ..."); an
    // agency's credit has a slash.
    let slash = credit.contains(&b'/');
    // "Gazette file photo": the only credit that ends with the word for the
    // picture.
    let file_photo = credit.ends_with(b" file photo");
    // "PHOTO ARCHIVES LE QUOTIDIEN": Quebec papers print the credit in
    // capitals after the word, without a colon.
    let capital_photo = (credit.starts_with(b"PHOTO ") || credit.starts_with(b"PHOTOS "))
        && !credit.iter().any(u8::is_ascii_lowercase);
    let label = credit.contains(&b':')
        || capital_photo
        || CREDIT_BY_WORDS
            .iter()
            .any(|by| memchr::memmem::find(credit, by.as_bytes()).is_some())
        || credit.starts_with(b"Courtesy of ")
        || file_photo;
    if !slash && !label {
        return false;
    }
    let credit = &text[start..];
    // The name closes the block: "Photo by photo, the archive grew" is prose.
    let plausible = credit.split_whitespace().count() <= params::PHOTO_CREDIT_MAX_WORDS as usize
        && !credit.contains(['.', '!', '?', '"', '“', '”'])
        && (file_photo
            || credit
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.starts_with(char::is_uppercase)));
    plausible
        && (slash && (is_agency_and_name(credit) || is_name_and_outlet(credit))
            || label && (capital_photo || opens_with_credit(credit)))
}

/// The word for "by" after a credit's label ("Photo by", "Foto von",
/// "Gambar oleh", "Kuha ni"), spaced.
const CREDIT_BY_WORDS: &[&str] = &[
    " by ", " von ", " oleh ", " ni ", " deur ", " par ", " por ",
];

/// "LEDGERLINE/Owen Brackley": an agency in capitals, a slash and the
/// photographer's name.
fn is_agency_and_name(credit: &str) -> bool {
    credit.split_once('/').is_some_and(|(agency, name)| {
        agency.len() >= 2
            && agency.bytes().all(|b| b.is_ascii_uppercase() || b == b'-')
            && name
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase))
    })
}

/// Whether `tail`, the end of a block, is a credit label and a name after
/// it: "... Credit: ESA", or glued to the caption as some renderers print
/// it, "... treatmentCredit: EPA". The label may be shortened ("Nuotr.:")
/// and the name may end in one ("Fotó: Szentmárkusi Közlekedési Zrt.").
fn ends_with_credit_label(tail: &str) -> bool {
    let Some(colon) = tail.rfind([':', '：']) else {
        return false;
    };
    let (before, name) = (&tail[..colon], &tail[colon..]);
    let name = name.trim_start_matches([':', '：']);
    // A label is a word ("10:30 AM" is a time), and a name follows it, not
    // a quotation ("... with the caption: "Welcome home.""); an outlet after
    // a slash may be quoted ("Foto: Māris Ozols / „Rūsupes Vēstis”").
    let words = name.split_whitespace().count();
    let unquoted = name.rsplit_once('/').map_or(name, |(who, _)| who);
    // A shortened label keeps its full stop: "Nuotr.:".
    let before = before.strip_suffix('.').unwrap_or(before);
    if !before.ends_with(char::is_alphabetic)
        || !(1..=params::CREDIT_NAME_MAX_WORDS).contains(&words)
        || name.contains(['!', '?'])
        || unquoted.contains(params::QUOTE_MARKS)
        || !is_name_with_its_full_stop(name)
    {
        return false;
    }
    // The label's letters, from the capital that starts it when it is
    // glued to the word before ("treatmentCredit").
    let word_start =
        before.len() - (before.len() - before.trim_end_matches(char::is_alphabetic).len());
    let word = &before[word_start..];
    let mut start = word_start;
    let mut previous_small = false;
    for (i, c) in word.char_indices() {
        if c.is_uppercase() && previous_small {
            start = word_start + i;
        }
        previous_small = c.is_lowercase();
    }
    // The label with its colon, as the phrase lists have it.
    let label = &tail[start..tail.len() - name.len()];
    PHRASES
        .find(label)
        .is_some_and(|m| m.kind == PhraseKind::Credit && m.label)
}

/// A name has no full stop, but for one closing a short last word that
/// starts with a capital, as a company's ending does ("Zrt.", "Inc.").
fn is_name_with_its_full_stop(name: &str) -> bool {
    match name.trim_end().strip_suffix('.') {
        None => !name.contains('.'),
        Some(rest) => {
            let last = rest.rsplit(' ').next().unwrap_or("");
            !rest.contains('.')
                && last.starts_with(char::is_uppercase)
                && last.chars().count() <= params::NAME_ABBREVIATION_MAX_CHARS
        }
    }
}

/// Whether `text` has '▲' or '▼' before a number, other than as the
/// bullet that opens it ("▲ 9 a.m. to 6 p.m." in a list of Korean news).
fn has_change_arrow(text: &str) -> bool {
    let text = text.trim_start();
    text.char_indices()
        .skip(1)
        .filter(|&(_, c)| matches!(c, '▲' | '▼'))
        .any(|(at, c)| {
            text[at + c.len_utf8()..]
                .trim_start()
                .starts_with(|n: char| n.is_ascii_digit())
        })
}

/// Whether `text` is a paragraph with a credit after its last sentence:
/// "... for the fire crews. Additional reporting by Tom Hargreaves.", or
/// glued to it, "... in January.Reporting by Gareth Mossop". The
/// paragraph has at least [`CREDIT_AFTER_SENTENCE_MIN_WORDS`](params::CREDIT_AFTER_SENTENCE_MIN_WORDS)
/// words and no credit of its own ("Jane Doe contributed to this report.").
fn credit_after_sentence(text: &str) -> bool {
    let bytes = text.as_bytes();
    let Some((stop, credit)) =
        memchr::memrchr3_iter(b'.', b'!', b'?', bytes).find_map(|at| match bytes.get(at + 1) {
            Some(b' ') => Some((at, at + 2)),
            Some(next)
                if next.is_ascii_uppercase() && at > 0 && bytes[at - 1].is_ascii_lowercase() =>
            {
                Some((at, at + 1))
            }
            _ => None,
        })
    else {
        return false;
    };
    let (paragraph, credit) = (&text[..=stop], text[credit..].trim_start());
    let end_credit = |part: &str| {
        PHRASES
            .find(part)
            .filter(|m| m.kind == PhraseKind::EndCredit)
    };
    paragraph.split_whitespace().count() >= params::CREDIT_AFTER_SENTENCE_MIN_WORDS
        && end_credit(credit).is_some_and(|m| m.opening)
        && end_credit(paragraph).is_none()
}

/// Whether `text` opens with '←' or '‹', or closes with '→', '›' or '»',
/// set apart by a space: a link's arrow, not a quotation mark.
fn has_nav_arrow(text: &str) -> bool {
    let opens = text
        .strip_prefix(['←', '‹'])
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(char::is_whitespace));
    let closes = text
        .strip_suffix(['→', '›'])
        .is_some_and(|rest| rest.is_empty() || rest.ends_with(char::is_whitespace));
    // A closing guillemet after a button's words ("Shop now »"); a French
    // quotation sets it apart by a space too, but it closes a sentence
    // opened with '«', perhaps a paragraph or more above.
    let closes_guillemet = text.strip_suffix('»').is_some_and(|rest| {
        rest.ends_with(char::is_whitespace)
            && !rest.trim_end().ends_with(['.', '!', '?', '…'])
            && !rest.contains('«')
    });
    opens || closes || closes_guillemet
}

/// Whether `text` is sentences and then a button: a few words after the
/// last sentence's end, closed by a link's arrow ("Tickets start at $10.
/// Buy tickets ›"). A promo's, not the article's.
fn closes_with_call_to_action(text: &str) -> bool {
    let Some(rest) = text.strip_suffix(['→', '›', '»']) else {
        return false;
    };
    let Some(end) = rest.rfind(['.', '!', '?']) else {
        return false;
    };
    let button = rest[end + 1..].split_whitespace().count();
    (1..=params::CALL_TO_ACTION_MAX_WORDS).contains(&button)
}

fn ends_with_count(text: &str) -> bool {
    let t = text.trim_end();
    let inner = t
        .strip_suffix(')')
        .and_then(|r| r.rsplit_once('(').map(|(_, n)| n))
        .or_else(|| {
            t.strip_suffix(']')
                .and_then(|r| r.rsplit_once('[').map(|(_, n)| n))
        });
    inner.is_some_and(|n| {
        let n = n.trim();
        let mut groups = n.split(',');
        // Commas part thousands ("(1,234)"); "(155,6)" is a decimal figure.
        !n.is_empty()
            && n.len() <= 7
            && groups.next().is_some_and(is_digits)
            && groups.all(|g| g.len() == 3 && is_digits(g))
    })
}

fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// Closing quotes include German and Czech ones ('“', '‘') and Danish
/// ones ('«'), which other languages open with.
fn is_closing(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '“' | '‘' | '»' | '«' | ')' | ']' | '›' | '」' | '』'
    )
}

/// Endings of addresses and file names that [`looks_like_address`] knows.
const ADDRESS_ENDINGS: &[&str] = &[
    ".com", ".org", ".net", ".co.uk", ".html", ".php", ".jpg", ".jpeg", ".png", ".gif", ".webp",
    ".svg",
];

/// Substring searchers built once: building one costs more than a search
/// through a typical block.
struct Finders {
    cookie: memmem::Finder<'static>,
    cookie_caps: memmem::Finder<'static>,
    scheme: memmem::Finder<'static>,
    www: memmem::Finder<'static>,
}

static FINDERS: LazyLock<Finders> = LazyLock::new(|| Finders {
    cookie: memmem::Finder::new("ookie"),
    cookie_caps: memmem::Finder::new("OOKIE"),
    scheme: memmem::Finder::new("://"),
    www: memmem::Finder::new("www."),
});

/// A cheap first test: most blocks hold no address at all.
fn may_hold_address(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr(b'@', bytes).is_some()
        || FINDERS.scheme.find(bytes).is_some()
        || FINDERS.www.find(bytes).is_some()
        || memchr::memchr_iter(b'.', bytes).any(|at| starts_with_address_ending(&bytes[at..]))
}

/// Whether `bytes`, which start with a dot, start with one of the
/// [`ADDRESS_ENDINGS`] in any case.
fn starts_with_address_ending(bytes: &[u8]) -> bool {
    // ". " ends a sentence; an address has a letter after its dot.
    bytes.get(1).is_some_and(u8::is_ascii_alphabetic)
        && ADDRESS_ENDINGS
            .iter()
            .any(|e| bytes.len() >= e.len() && bytes[..e.len()].eq_ignore_ascii_case(e.as_bytes()))
}

/// Whether a question comes before the first e-mail address: "Have a
/// tip? Email news@...", "Masz temat? Napisz do nas: redakcja@...", in any
/// language.
fn asks_then_gives_mail_address(text: &str) -> bool {
    let Some(question) = text.find(['?', '？']) else {
        return false;
    };
    text[question..]
        .split_whitespace()
        .any(|token| is_mail_address(trim_address(token)))
}

/// A token without the punctuation around it, but with an address's own
/// signs ("@handle", "/path").
fn trim_address(token: &str) -> &str {
    token.trim_matches(|c: char| !c.is_alphanumeric() && c != '@' && c != '/')
}

/// "news@paper.example", not "@handle".
pub(crate) fn is_mail_address(t: &str) -> bool {
    t.contains('@') && t.contains('.') && !t.starts_with('@')
}

fn looks_like_address(token: &str) -> bool {
    let t = trim_address(token);
    t.starts_with("http://")
        || t.starts_with("https://")
        || t.starts_with("www.")
        || (t.starts_with('@') && t.len() > 2)
        || is_mail_address(t)
        || ADDRESS_ENDINGS.iter().any(|ending| {
            t.len() >= ending.len()
                && t.as_bytes()[t.len() - ending.len()..].eq_ignore_ascii_case(ending.as_bytes())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn features(text: &str) -> Features {
        text_features(
            text,
            crate::lang::by_code("en").unwrap(),
            &mut String::new(),
        )
    }

    /// A page in English may label its teasers in Urdu, Bengali or Hindi;
    /// those labels are phrases there too.
    #[test]
    fn a_teasers_label_in_another_script_counts_on_an_english_page() {
        for text in [
            "یہ بھی پڑھیں: Karachi water tanker rates raised by Rs500",
            "আরও পড়ুন: Rangpur's Tamanna named player of the tournament",
            "ये भी पढ़ें: Rangpur named player of the tournament",
        ] {
            let f = features(text);
            assert!(
                f.phrase.is_some_and(|m| m.kind == PhraseKind::Related),
                "{text}"
            );
        }
        // Its own script's stop words are no English stop words.
        assert_eq!(features("یہ بھی پڑھیں").stopwords, 0);
    }

    #[test]
    fn a_long_block_counts_only_phrases_that_open_it() {
        let scene = "the old bridge is raised to let a fishing boat through on a grey \
                     morning, while a line of cars waits on the quay and gulls sit on the \
                     railings. ";
        let caption = format!(
            "In this photo provided by the harbor office, {}",
            scene.repeat(4)
        );
        assert!(caption.len() > params::PHRASE_MAX_BYTES);
        let m = features(&caption).phrase.expect("an opening credit phrase");
        assert_eq!(m.kind, crate::lang::phrases::PhraseKind::Credit);
        assert!(m.opening);
        // The same words further in, or another opening, are no evidence.
        let body = format!(
            "In this town, {} as a photo by a reader shows.",
            scene.repeat(4)
        );
        assert_eq!(features(&body).phrase, None);
    }

    #[test]
    fn a_sentence_ending_as_a_colon_would_may_introduce_a_list() {
        for text in [
            "The rooms and their prices are as follows.",
            "主な施設の内容は次の通り。",
            "Die Regeln lauten wie folgt.",
        ] {
            assert!(features(text).ends_colon, "{text}");
        }
        for text in [
            "The dog follows.",
            "The rest of the plan follows the same lines.",
        ] {
            assert!(!features(text).ends_colon, "{text}");
        }
    }

    #[test]
    fn the_dotted_capital_i_reads_as_i_in_phrases() {
        let turkish = crate::lang::by_code("tr").unwrap();
        for text in ["İLGİLİ HABER", "İlgili Haberler", "ILGILI HABER"] {
            let m = text_features(text, turkish, &mut String::new()).phrase;
            assert_eq!(
                m.map(|m| m.kind),
                Some(crate::lang::phrases::PhraseKind::Related),
                "{text}"
            );
            assert_eq!(m.map(|m| m.coverage), Some(1.0), "{text}");
        }
    }

    #[test]
    fn a_phrase_said_only_in_boilerplate_speaks_for_a_long_block_anywhere() {
        let guidelines = "Letters should reach the desk by noon on Thursday to be printed in \
                          the weekend edition, and each one is read by an editor before it \
                          goes into the paper. The Ledger welcomes letters from readers. \
                          Letters must include the writer's full name, street address and \
                          daytime phone number for verification; only the name and town are \
                          published. We do not print anonymous letters, form letters or \
                          letters sent to other papers, and we edit them for clarity.";
        assert!(guidelines.len() > params::PHRASE_MAX_BYTES);
        let m = features(guidelines)
            .phrase
            .expect("a phrase said only in boilerplate");
        assert!(m.whole_block);
        // Other phrases count in a long block only when they open it.
        let body = guidelines.replace("The Ledger welcomes letters from readers.", "Share it.");
        assert_eq!(features(&body).phrase, None);
    }

    #[test]
    fn someones_comment_is_no_comments_header() {
        for text in ["Chair’s comment", "The minister's comment"] {
            assert_eq!(features(text).phrase, None, "{text}");
        }
        for text in ["Readers' comments", "Leave a comment", "Comment"] {
            assert_eq!(
                features(text).phrase.map(|m| m.kind),
                Some(PhraseKind::Comments),
                "{text}"
            );
        }
    }

    #[test]
    fn a_count_of_comments_on_the_title_heads_comments() {
        for text in [
            "10 thoughts on “Business Focus: It’s Why Some People Triumph Online and Others Never Make It”",
            "One response to \"Council votes to close the pool\"",
            "34 Responses to ‘A long walk home’",
            "2 comments on «Le vélo»",
        ] {
            let f = features(text);
            assert!(f.titled_comments_header, "{text}");
            assert_eq!(
                f.phrase.map(|m| m.kind),
                Some(PhraseKind::Comments),
                "{text}"
            );
        }
        for text in [
            "10 thoughts on climate change from the panel",
            "One thought kept coming back to him: “Why now?”",
            "2019 comments on “the plan” were mostly kind, the council said.",
        ] {
            assert!(!features(text).titled_comments_header, "{text}");
        }
    }

    #[test]
    fn latin_names_in_a_script_without_capitals_are_no_shouting() {
        let f =
            features("前モデルの利用者向けには下取りプログラムも用意する。KAEDE 7を下取りに出す。");
        assert!(f.capitalised_share < 0.3, "{f:?}");
        assert!(f.uppercase_share < 0.3, "{f:?}");
        let f = features("The KAEDE 8 Pro costs more");
        assert!(f.capitalised_share > 0.3, "{f:?}");
    }

    #[test]
    fn a_line_that_names_a_file_to_download_is_a_link() {
        for text in [
            "Read the ruling: Marrow Creek v. Tessaly County (PDF, 34 pages)",
            "Video  Audio (41 min)  Sermon notes (PDF)",
            "Download the heat map [PDF – 412 KB]",
        ] {
            let m = features(text).phrase.expect(text);
            assert_eq!(m.kind, PhraseKind::Navigation, "{text}");
            assert!(m.whole_block, "{text}");
        }
        for text in [
            "The county's report (PDF) found the bridge sound, and work will start in May.",
            "The plan was approved (Planning Committee, 4 votes to 1)",
        ] {
            assert!(
                features(text).phrase.is_none_or(|m| !m.whole_block),
                "{text}"
            );
        }
    }

    #[test]
    fn a_byline_of_names_is_all_byline() {
        for text in [
            "By Sean Martin",
            "By Sean Martin Sean Martin",
            "By Jane Doe and John Roe",
            "Written by Jane Doe",
            "By Troy L. Smith, Townsville",
            "By Ada Quill | Special to the Evening Lamp",
            "By Ada Quill, president of the Statewide Parent and Family Alliance",
        ] {
            let m = features(text).phrase.expect(text);
            assert_eq!(m.kind, PhraseKind::Byline, "{text}");
            assert!(m.strength() >= params::LABEL_COVERAGE, "{text}: {m:?}");
        }
        // Sentences that open with "By", and long lists, keep the phrase's
        // own small coverage.
        for text in [
            "By Friday the storm had passed.",
            "By then most of the crowd had gone home",
            "By Jane Doe, John Roe, Ann Poe, Ben Loe, Kim Noe and Tom Soe",
            "By Jane Doe, who chairs the board, the plan was approved.",
            "By noon the pool was full | Photos",
            "By Monday. Then the vote | Details",
        ] {
            let strength = features(text).phrase.map_or(0.0, |m| m.strength());
            assert!(strength < params::LABEL_COVERAGE, "{text}: {strength}");
        }
        // A header that opens with "By" and names no one is no byline.
        for text in ["By the numbers", "By comparison"] {
            assert_eq!(features(text).phrase, None, "{text}");
        }
        assert!(features("By the Associated Press").phrase.is_some());
    }

    #[test]
    fn sentence_ends_are_told_by_the_characters_around_the_mark() {
        let around: Vec<String> = (0..128u8)
            .map(|b| (b as char).to_string())
            .chain(["é", "’", "”", "\u{a0}", "\u{3000}", "»", ""].map(String::from))
            .collect();
        for before in &around {
            for after in &around {
                for mark in [".", "!", "?"] {
                    let text = format!("{before}{mark}{after}");
                    let at = before.len();
                    assert_eq!(
                        ends_sentence_at(&text, at),
                        ends_sentence_by_chars(&text, at),
                        "{text:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_language_of_few_stop_words_reads_on_the_common_scale() {
        // Two of the fifteen words are Turkish stop words ("bir", "ve").
        let text = "Proje kapsamında barınağa üç yeni yüzer iskele, bir soğuk hava deposu \
                    ve tekne çekek alanı yapıldı.";
        let turkish = crate::lang::by_code("tr").unwrap();
        let f = text_features(text, turkish, &mut String::new());
        let raw = f.stopwords as f32 / f.words as f32;
        assert!(raw < params::STOP_PIVOT, "{raw}");
        assert!(f.stop_density > params::STOP_PIVOT, "{}", f.stop_density);
        assert_eq!(f.stop_density, raw * turkish.stop_density_scale);
        // Two of the twelve words are Finnish stop words ("ja", "kun").
        let text = "Hirvikolareita sattuu tavallisesti lokakuussa ja marraskuussa, kun \
                    hirvet siirtyvät talvilaitumille valtateiden poikki.";
        let finnish = crate::lang::by_code("fi").unwrap();
        let f = text_features(text, finnish, &mut String::new());
        let raw = f.stopwords as f32 / f.words as f32;
        assert!(raw < params::STOP_PIVOT, "{raw}");
        assert!(f.stop_density > params::STOP_PIVOT, "{}", f.stop_density);
    }

    #[test]
    fn prose_has_stop_words_and_ends_a_sentence() {
        let f = features("The mayor said that the bridge would be closed for a week.");
        assert_eq!(f.words, 12);
        assert!(f.stop_density > 0.4, "{}", f.stop_density);
        assert_eq!(f.sentence_ends, 1);
        assert!(f.ends_sentence);
        assert!(f.capitalised_share < 0.2);
    }

    #[test]
    fn a_list_of_scores_is_no_date() {
        for text in [
            "Kėlinių rezultatai: 18:21, 19:22, 25:22, 25:14.",
            "Evolução do marcador: 5' 3:2, 10' 6:5, 15' 9:7, 60' 31:28.",
        ] {
            assert_eq!(features(text).date_coverage, 0.0, "{text}");
        }
        assert!(features("Updated 18:21, 12 March 2026").date_coverage > 0.0);
    }

    #[test]
    fn a_quote_closed_in_any_language_ends_a_sentence() {
        for text in [
            "„Ich habe nie so viele Leute über Schnecken fluchen hören.“",
            "«Vi har aldrig set så mange cykler på én gang.»",
            "»Vi har aldrig set så mange cykler på én gang.«",
            "“We have never seen so many bikes at once.”",
        ] {
            assert!(features(text).ends_sentence, "{text}");
        }
    }

    #[test]
    fn an_abbreviation_before_the_last_mark_still_ends_a_sentence() {
        assert!(features("The schools had closed by 7:30 a.m.:").ends_sentence);
        assert!(features("Talks went on in the U.S.").ends_sentence);
        assert!(!features("And then the talks went on..").ends_sentence);
        assert!(!features(".").ends_sentence);
    }

    #[test]
    fn the_stops_of_other_scripts_end_sentences() {
        for text in [
            "नगर निगम ने कचरे को अलग करने का नियम लागू किया। नियम अगले महीने से चलेगा।",
            "ပြုပြင်ရေး လုပ်ငန်းကို စတင်ခဲ့သည်။ လမ်းကို ဖွင့်ပေးမည်။",
            "ማዘጋጃ ቤቱ አዲስ መንገድ ከፈተ። ሥራው በሚቀጥለው ወር ያልቃል።",
            "بلدیہ نے نیا پارک کھول دیا۔ پارک صبح سے کھلا رہے گا۔",
        ] {
            let f = features(text);
            assert!(f.ends_sentence, "{text}");
            assert_eq!(f.sentence_ends, 2, "{text}");
        }
    }

    #[test]
    fn a_credit_glued_to_a_paragraph_leaves_it_a_paragraph() {
        for text in [
            "Residents said they planned to hold a collection for the fire crews. \
             Additional reporting by Tom Hargreaves.",
            "The board will discuss the review at its meeting in January.Reporting by \
             Gareth Mossop and Priya Lal",
        ] {
            assert!(credit_after_sentence(text), "{text}");
            assert!(features(text).phrase.is_none(), "{text}");
        }
        for text in [
            "Jane Doe in Washington contributed to this report.",
            "Reporting by Tom Hargreaves; editing by Jane Doe.",
            "The Associated Press contributed to this report. Additional reporting by Tom.",
        ] {
            assert!(!credit_after_sentence(text), "{text}");
        }
    }

    #[test]
    fn an_arrow_at_a_short_blocks_edge_links_to_another_page() {
        for text in [
            "← Is it worth upgrading to a combi boiler in 2025?",
            "Why is my radiator cold at the top? →",
            "‹ Prev   Next ›",
            "Full table ›",
        ] {
            assert!(features(text).nav_arrow, "{text}");
        }
        // Guillemets and arrows inside the text are no link's arrows.
        assert!(!features("‹Nous restons›, a dit le maire.").nav_arrow);
        assert!(!features("Prices rose → demand fell, the report says.").nav_arrow);
        let long = "← The council, which met for four hours on Tuesday night, voted to \
                    close the pool and to build a new one beside the library";
        assert!(!features(long).nav_arrow);
        // A longer block too, when a button's few words close it.
        let promo = "Tickets for the home game against the Bears on Saturday start at $10, \
                     and students get in free with their cards. Buy tickets ›";
        assert!(features(promo).nav_arrow);
        let sentence = "Tickets for the home game against the Bears on Saturday start at $10, \
                        and students get in free with their cards, the club said ›";
        assert!(!features(sentence).nav_arrow);
        // A closing guillemet after a button's words is an arrow too; after
        // a quotation's last sentence, or with its opening one, it is none.
        assert!(features("Get 20% off all costumes at the outlet. Shop now »").nav_arrow);
        assert!(features("Voir tous les résultats »").nav_arrow);
        assert!(!features("Je m'y prépare avec sérieux. »").nav_arrow);
        assert!(!features("« Nous restons ici »").nav_arrow);
    }

    #[test]
    fn an_arrow_before_a_number_shows_a_change() {
        assert!(features("Previous rank 2 ▲ 1").change_arrow);
        assert!(features("DOW 38,211.40 ▼ 0.4%").change_arrow);
        // An arrow that opens the block is its bullet.
        assert!(!features("▲ 9 a.m. to 6 p.m. on weekdays").change_arrow);
        assert!(!features("Previous rank 2 ▲").change_arrow);
        let long = "The index, which had fallen for a week, rose ▲ 0.4% on news of the deal.";
        assert!(!features(long).change_arrow);
    }

    #[test]
    fn headline_is_capitalised_without_a_full_stop() {
        let f = features("Putin Says He Has 'Zero Personal Relationship' With Trump");
        assert!(f.capitalised_share > 0.9);
        assert!(!f.ends_sentence);
    }

    #[test]
    fn teasers_end_in_an_ellipsis() {
        let f = features("President Donald Trump on Wednesday complained of many stories...");
        assert!(f.ends_ellipsis);
        assert!(!f.ends_sentence);
    }

    #[test]
    fn a_link_to_the_rest_after_an_ellipsis_still_ends_a_teaser() {
        let teaser = "Ambassador Yovanovitch came across as a compelling witness: heroic in \
                      serving the United ...";
        for link in [" Read More", " more", "… Full Bio", " SEE FULL GALLERY"] {
            let text = format!("{teaser}{link}");
            assert!(features(&text).ends_ellipsis, "{text}");
        }
        // Hashtags, a whole sentence, or a short headline are not cut off.
        for text in [
            "The whole point of this ad campaign is to raise awareness. So I think \
             that is working... #thanks #MethWeAreOnIt",
            "He waited for a long time in the cold rain... and then he left.",
            "The Future of Banking Is … You're Broke",
        ] {
            assert!(!features(text).ends_ellipsis, "{text}");
        }
    }

    #[test]
    fn doubled_text_and_counts_are_noticed() {
        assert!(features("Business focus: binocularsBusiness focus: binoculars").doubled);
        assert!(features("deep end deep end").doubled);
        assert!(features("Cañón del Sumidero Cañón del Sumidero").doubled);
        assert!(!features("Cañón del Sumidero-Cañón del Sumidero").doubled);
        assert!(!features("A sentence that is not doubled at all.").doubled);
        assert!(features("Reports: Mason Rudolph will be fined (145)").ends_with_count);
        assert!(features("[ 167 ]").ends_with_count);
        assert!(features("Comments (1,204)").ends_with_count);
        assert!(!features("Héctor Cota (170,6) vs. Jairo Mendívil (171,0)").ends_with_count);
        assert!(!features("The law (passed in 2019) is new.").ends_with_count);
    }

    #[test]
    fn cookie_banners_are_noticed() {
        assert!(features("We and our partners use cookies to personalise content.").cookie_notice);
        assert!(!features("She baked cookies for the whole street.").cookie_notice);
        // Banners that name only the site they are on.
        assert!(
            features(
                "We use cookies to ensure that we give you the best experience on our \
                 website. If you continue to use this site we will assume that you are happy."
            )
            .cookie_notice
        );
        assert!(
            features(
                "Utilizziamo i cookie per essere sicuri che tu possa avere la migliore \
                 esperienza sul nostro sito."
            )
            .cookie_notice
        );
        assert!(!features("Keep baking the cookies until they are golden.").cookie_notice);
    }

    #[test]
    fn numbered_items_give_their_number() {
        assert_eq!(
            features("3. Man dies after crash on the ring road").item_number,
            3
        );
        assert_eq!(features("12) Add the flour").item_number, 12);
        for text in [
            "2019. A year to forget",
            "3.5 million people voted",
            "1.Glued on",
        ] {
            assert_eq!(features(text).item_number, 0, "{text}");
        }
    }

    /// Asserts that `flag` is set for each of `set` and for none of `unset`.
    fn assert_flag(flag: fn(&Features) -> bool, set: &[&str], unset: &[&str]) {
        for text in set {
            assert!(flag(&features(text)), "{text}");
        }
        for text in unset {
            assert!(!flag(&features(text)), "{text}");
        }
    }

    #[test]
    fn a_weekday_is_a_date_only_where_it_makes_most_of_a_line() {
        assert_flag(
            |f| f.date_coverage > 0.0,
            &[
                "Thursday",
                "Updated Thursday",
                "Yesterday",
                "Thursday, 4:10 p.m.",
            ],
            &["More rain possible Thursday", "What happens on Monday"],
        );
    }

    #[test]
    fn rows_of_cells_are_table_rows() {
        assert_flag(
            |f| f.table_row,
            &[
                "Police    $58.4m    $63.1m    +8.0%",
                "DL\tRay Okafor\t63\t85%",
                "Pos.  Driver  Points  Wins",
            ],
            &[
                "A sentence with single spaces only, as prose has.",
                "Two spaces after each stop.  Then another sentence.  And a third.",
                "Police    $58.4m",
            ],
        );
    }

    #[test]
    fn embedded_posts_are_signed_with_a_handle() {
        assert_flag(
            |f| f.post_signature,
            &[
                "— Dianna E. Anderson (@diannaeanderson) November 18, 2019",
                "- Governor (@gov_office) Nov 18, 2019",
                "A post shared by Tessa Marlowe (@tessamarlowe)",
                "Una publicación compartida por Ximena Ruiz (@ximeruiz)",
                "Une publication partagée par Salomé Kervadec (@salome.kvd)",
                "Ett inlägg delat av Karin Sjöholm (@hudlakarenkarin)",
                "— Ruth Cole (@ruthcole.bsky.social) May 6, 2025 at 4:47 PM",
                "— Ada Quill (@adaquill@mastodon.example) Jun 2, 2025",
                "@jane_doe Volume up 🔊 #hottub #neighbours ♬ original sound - Jane Doe",
            ],
            &[
                "@jane_doe said the neighbours had complained twice.",
                "Write to the desk (@ the front office) any day.",
                "— Jane Doe, Reuters",
                "Follow us (@courier) for more.",
            ],
        );
    }

    #[test]
    fn teaser_headlines_glued_to_their_summaries() {
        assert_flag(
            |f| f.glued_headline,
            &[
                "Tape Gaffe Ends Hamlin's Title RunDenny Hamlin's championship run was foiled by \
                 the tale of the tape.",
                "Is Violence In Sports On The Rise?Violence is part of the game in many sports, \
                 but one player crossed a line.",
            ],
            &[
                "Following the 16-inch MacBook Pro, Apple plans to release a new model with the \
                 same keyboard.",
                "Singer and keyboard player Michael McDonald joined the band on stage for a \
                 surprise show.",
                "Even with Apple's AirPower project canceled, wireless charging moved forward \
                 this year.",
                "Tape Gaffe Ends Hamlin's Title Run",
                // A dateline with the outlet's name in it.
                "KUALA KERINAN, SinarRantau - Ribuan warga di Kabupaten Lembah Kerinan masih \
                 bertahan di posko pengungsian setelah banjir.",
            ],
        );
    }

    #[test]
    fn calls_to_follow_a_page_on_its_networks_are_share_lines() {
        assert_whole_blocks(
            PhraseKind::Share,
            &[
                "Follow Town Life on Facebook, Twitter and Instagram.",
                "Follow the Evening Lamp on Instagram, Facebook, Twitter and YouTube.",
            ],
            &[
                "Follow the money, the auditor told the council.",
                "Follow the river path past the mill; the town's Facebook page and its Twitter \
                 account both posted the new route for the runners on Sunday morning.",
            ],
            params::LABEL_COVERAGE,
        );
    }

    /// Asserts that each of `whole` is a whole block of `kind`, and that
    /// none of `not` is (its phrases speak for less than `below` of it).
    fn assert_whole_blocks(kind: PhraseKind, whole: &[&str], not: &[&str], below: f32) {
        for text in whole {
            let m = features(text).phrase.expect(text);
            assert_eq!((m.kind, m.strength()), (kind, 1.0), "{text}");
        }
        for text in not {
            let strength = features(text).phrase.map_or(0.0, |m| m.strength());
            assert!(strength < below, "{text}: {strength}");
        }
    }

    #[test]
    fn a_question_and_a_mail_address_ask_readers_to_write_in() {
        assert_whole_blocks(
            PhraseKind::Subscribe,
            &[
                "Have you been affected by the new toll? Tell us about it: transport@ledger.example",
                "Masz temat? Napisz do nas: redakcja@widnokrag.example",
                "Vous organisez un événement ? Envoyez vos informations à sorties@courrier.example.",
            ],
            &[
                // No question: the article says whom to write to.
                "Anyone who saw the crash is asked to email witnesses@calderpolice.example.",
                // The question comes after the address.
                "Write to clerk@townhall.example. Who reads them? The clerk does, every one.",
            ],
            1.0,
        );
    }

    #[test]
    fn calls_to_install_the_sites_app_are_subscribe_lines() {
        assert_whole_blocks(
            PhraseKind::Subscribe,
            &[
                "Download the 12 River Valley app for breaking news alerts and live newscasts.",
                "Get the North Basin 5 Weather app for live radar and severe weather alerts.",
                "Download our free app",
            ],
            &[
                "Download the form from the city's website and bring it to the meeting.",
                "Get the kids to school early on Monday, the district told parents in an app \
                 message.",
            ],
            params::LABEL_COVERAGE,
        );
    }

    #[test]
    fn rows_of_label_value_pairs_are_facts_rows() {
        assert_flag(
            |f| f.facts_row,
            &[
                "Calories: 276kcal | Carbohydrates: 34g | Protein: 5g | Fat: 13g | Sodium: 412mg",
                "Prep Time: 15 mins | Cook Time: 40 mins | Servings: 8",
                "site: media | arena: soccer | pageType: stories | section: | sport: soccer",
            ],
            &[
                "Calories: 276kcal | Protein: 5g",
                "Mayor: We will not raise taxes | City Hall Notes | Weekend edition",
                "Her verdict: the plan works, she said, because the council finally funded it \
                 | Budget: $4m | Staff: 12",
                "10:41 Two hurt in a crash on Route 6 near the Iron junction: police | 10:36 \
                 Prices rose 0.3% | 10:20 False alarm: sirens",
            ],
        );
    }

    #[test]
    fn stock_quotes_and_shop_buttons_are_found() {
        assert_flag(
            |f| f.market_quote,
            &[
                "Varden Foods Inc (VRDN.N) 48.12 +2.31 (+5.04%)",
                "Close 45.81 -0.22 (-0.48%)       Vol 3.1M       Mkt cap 14.6B",
            ],
            &[
                "Sales rose 5% (+0.4% on the year before) in the quarter, the company said.",
                "Turnout was 41% (up from 38%)",
            ],
        );
        for text in [
            "$129 at Pinecrest Outfitters Buy now",
            "£12.99 at Harwick's",
            "£799 (was £1,199) at Halden Electrical",
            "149,99 € statt 229,00 € bei Elektro-Haller*",
            "39,90 € au lieu de 59,90 € chez Cuisinor",
            "279 € (antes 399 €) en Tecnomarket",
        ] {
            let m = features(text).phrase.expect(text);
            assert_eq!(
                (m.kind, m.strength()),
                (PhraseKind::Advertising, 1.0),
                "{text}"
            );
        }
        for text in [
            "$12 at the door, $8 in advance",
            "$5 at most",
            "12 € en efectivo en la puerta",
            "1999 brachte bei Nacht",
        ] {
            let strength = features(text).phrase.map_or(0.0, |m| m.strength());
            assert!(strength < 1.0, "{text}: {strength}");
        }
    }

    #[test]
    fn a_slug_in_brackets_may_be_short() {
        assert_flag(
            |f| f.slug,
            &["[goldeneye-larkmoor-dam]", "harbor-storm-2024-crews"],
            &["[re-elected]", "[sic]", "larkmoor-dam-view"],
        );
    }

    #[test]
    fn rows_of_bracketed_form_controls_are_found() {
        assert_flag(
            |f| f.form_row,
            &[
                "[Enter email or phone          ] [Sign me up]",
                "[ Donate now ]   [ Set up a monthly gift ]",
                "[Search] [Go]",
            ],
            &[
                "[A boat on the slipway at dawn]",
                "[Update] The pool opens at 9 a.m. [Photo]",
                "[Search] [Go] now",
            ],
        );
    }

    #[test]
    fn unrendered_shortcodes_are_found() {
        assert_flag(
            |f| f.shortcode,
            &[
                "[button link=\"https://example.org/join/\" type=\"big\"] Send us your story[/button]",
                "[automerge]1574096160[/automerge]",
                "[caption id=\"attachment_12\" align=\"alignnone\"] The new pool",
            ],
            &[
                "[sic] The council never said so.",
                "[the mayor] said the pool would close.",
                "[Update: the pool opens at 9 a.m. = earlier]",
                "[button] Send us your story",
            ],
        );
    }

    #[test]
    fn titles_printed_with_image_after_them_are_alt_text() {
        assert_flag(
            |f| f.alt_text,
            &[
                "The town pool is getting a new diving board image",
                "Will the 2026 Pacer come here? image",
            ],
            &[
                "Volunteers sorted every donated book by hand, and the result is this image",
                "The mayor would not comment on the image.",
                "A new town image",
            ],
        );
    }

    #[test]
    fn image_file_names_are_slugs() {
        assert_flag(
            |f| f.slug,
            &[
                "milano-design-week-2018-flos-jewels-after-jewels-01",
                "US-ENTERTAINMENT-CINEMA-DISNEY",
                "harbor_storm_crews_02.jpg",
                "IMG_2214.jpg",
                "[rtr4iun7.JPEG]",
            ],
            &[
                "mother-in-law",
                "A well-known, long-standing, top-ranked school.",
                "2019-11-20",
                "Download the brochure as a PDF or a .jpg",
                ".png",
            ],
        );
    }

    #[test]
    fn a_copyright_sign_inside_a_caption_is_a_glued_credit() {
        assert_flag(
            |f| f.credit_inside,
            &[
                "a ferry on the water: The ferry leaves the quay at dawn.© Jane Doe The ferry",
                "Views of the harbour at night, photos © Harbour Trust, 2024",
                "We take part in an affiliate programme. ©Jane's Kitchen 2011-2024",
            ],
            &[
                "© 2024 Harbour City Ledger",
                "The © sign marks a work under copyright.",
                "The ferry leaves the quay at dawn.",
            ],
        );
    }

    #[test]
    fn photo_credits_are_noticed() {
        assert!(features("Evan Vucci/AP").photo_credit);
        assert!(features("Photo: Jane Doe / Getty Images").photo_credit);
        assert!(features("Lena Brooks | Bloomberg | Getty Images").photo_credit);
        assert!(!features("Home | News | World").photo_credit);
        assert!(!features("The ratio was 3/4 of the total.").photo_credit);
        assert!(features("Michael Lane, AP").photo_credit);
        assert!(features("Jo Park, Associated Press").photo_credit);
        assert!(!features("Paris, France").photo_credit);
        assert!(!features("Photos sent to us, AP").photo_credit);
        assert!(!features("AP").photo_credit);
        // A wire service's name alone, in brackets or after a dash.
        assert!(features("(AFP)").photo_credit);
        assert!(features("— Bernama").photo_credit);
        assert!(!features("(Photos)").photo_credit);
        assert!(features("Dev Ambrose/Tamsin Valley Herald").photo_credit);
        assert!(!features("News/Sports").photo_credit);
        assert!(!features("Police/Fire Reports").photo_credit);
        assert!(features("Tomas Ruelle | Harbor Images").photo_credit);
        assert!(!features("Home | News | Photos").photo_credit);
    }

    #[test]
    fn form_controls_are_navigation() {
        let nav = |text: &str| features(text).phrase.map(|m| (m.kind, m.whole_block));
        let control = Some((PhraseKind::Navigation, true));
        assert_eq!(nav("( ) Yes, the district should make the switch"), control);
        assert_eq!(
            nav("[ ] Save my name, email, and website in this browser."),
            control
        );
        assert_ne!(nav("(1) The council shall meet once a month."), control);
        assert_ne!(nav("[Update] The council met again on Friday."), control);
    }

    #[test]
    fn a_figure_number_opens_a_caption() {
        let credit = |text: &str| features(text).phrase.map(|m| m.kind) == Some(PhraseKind::Credit);
        assert!(credit(
            "Figure 1 | Tides and melting beneath the ice shelf."
        ));
        assert!(credit(
            "Fig. 2b: Warm water enters the cavity along the sea floor."
        ));
        assert!(credit("FIGURE 3. Moorings deployed through the borehole."));
        assert!(!credit("Figure 1 shows how warm water enters the cavity."));
        assert!(!credit("Figures from the survey were published on Monday."));
    }

    #[test]
    fn video_cards_are_related_links() {
        let card = |text: &str| features(text).phrase.map(|m| (m.kind, m.whole_block));
        let related = Some((PhraseKind::Related, true));
        assert_eq!(
            card("VIDEO 4:11 04:11 Why chains are shrinking Street Signals"),
            related
        );
        assert_eq!(card("VIDEO3:4503:45"), related);
        assert_eq!(card("Watch: 2:28"), related);
        assert_ne!(card("Video shows the driver leaving at 4:11 p.m."), related);
        assert_ne!(
            card("Videos from the 2:30 match were shared online."),
            related
        );
        assert!(!features("Read the guide at harbor.example/pools today").photo_credit);
    }

    #[test]
    fn addresses_are_counted() {
        let f = features("content@viewusglobal.com or https://example.org/a and @handle");
        assert_eq!(f.url_tokens, 3);
    }

    #[test]
    fn questions_end_with_the_mark_of_their_script() {
        for question in ["What happens next?", "وماذا عن الحضانات؟", "次はどうなる？"]
        {
            assert!(ends_with_question(question), "{question}");
        }
        assert!(!ends_with_question("The question is why."));
    }

    #[test]
    fn repeats_and_echoes_are_page_features() {
        let page = crate::blocks::text::parse(
            "A caption about the summit in Vietnam\nA caption about the summit in Vietnam\nMenu\nMenu\n",
        );
        let f = compute(&page, crate::lang::by_code("en").unwrap());
        assert!(f[0].echoes_neighbour && f[1].echoes_neighbour);
        assert_eq!(f[0].repeats, 2);
        assert!(!f[2].echoes_neighbour, "too short to be an echo");
        assert_eq!(f[3].repeats, 2);
    }

    #[test]
    fn running_times_rising_from_zero_are_chapters_not_dates() {
        let en = crate::lang::by_code("en").unwrap();
        let chapters = "Chapters\n\n00:00 Intro\n  • 01:55 Ten o'clock: the ovens come on\n\
                        (1:02:15) – The first customers\n";
        let f = compute(&crate::blocks::text::parse(chapters), en);
        assert!(
            f[1..]
                .iter()
                .all(|f| f.chapter_entry && f.date_coverage == 0.0)
        );
        // A programme's clock times do not start at zero; times out of
        // order are no chapters either.
        for times in [
            "18:00 News\n18:30 Weather\n19:00 The film\n",
            "00:00 Intro\n07:30 Dough\n01:55 Ovens\n",
        ] {
            let f = compute(&crate::blocks::text::parse(times), en);
            assert!(f.iter().all(|f| !f.chapter_entry), "{times}");
        }
        assert_eq!(running_time("[12:40] The ferry"), Some(760));
        for text in [
            "0:00 / 42:17",
            "12:40",
            "12:4 Late",
            "12:75 Late",
            "1.2.3 Step",
        ] {
            assert_eq!(running_time(text), None, "{text}");
        }
    }

    #[test]
    fn a_subheading_listed_in_a_table_of_contents_is_not_repeated() {
        let page = crate::blocks::text::parse(
            "Jump to:\n  • Getting there\n  • Where to stay\n\nGetting there\n\nWhere to stay\n\n\
             Where to stay\n",
        );
        let repeats: Vec<u32> = compute(&page, crate::lang::by_code("en").unwrap())
            .iter()
            .map(|f| f.repeats)
            .collect();
        // The list's items are copies of the subheadings; a subheading
        // printed twice outside the list is repeated.
        assert_eq!(repeats, [1, 2, 3, 1, 3, 3]);
        // The number a text browser draws before an ordered list's item
        // is not part of the copy.
        let page = crate::blocks::text::parse(
            "Table of contents\n\n 1. Getting there\n 2. Where to stay\n\n\
             Getting there\n\nWhere to stay\n",
        );
        let repeats: Vec<u32> = compute(&page, crate::lang::by_code("en").unwrap())
            .iter()
            .map(|f| f.repeats)
            .collect();
        assert_eq!(repeats, [1, 2, 2, 1, 1]);
        // In HTML, the contents' entries are links; a subheading named
        // twice as plain text is repeated.
        let page = crate::blocks::html::parse(
            "<body><nav><ul><li><a href=\"#a\">Getting there</a></li>\
             <li><a href=\"#b\">Where to stay</a></li></ul></nav>\
             <h2 id=\"a\">Getting there</h2><h2 id=\"b\">Where to stay</h2>\
             <p>Where to stay</p></body>",
        );
        let repeats: Vec<u32> = compute(&page, crate::lang::by_code("en").unwrap())
            .iter()
            .map(|f| f.repeats)
            .collect();
        assert_eq!(repeats, [2, 3, 1, 3, 3]);
    }

    #[test]
    fn an_agency_caption_may_have_a_date_before_its_photo() {
        for text in [
            "In this Dec. 12, 2006, file photo, made available by NASA, two astronauts work outside.",
            "In this Sunday, Nov. 10, 2019, photograph, a long row of cars sits in a lot.",
            "FILE - Actors from the Lantern Street Players perform a folk tale for students.",
            "FILE PHOTO: Traders work on the floor of the exchange in New York.",
        ] {
            let m = features(text).phrase.unwrap_or_else(|| panic!("{text}"));
            assert!(m.kind == PhraseKind::Credit && m.opening, "{text}");
            // Alone, the counter is the whole block.
            let alone = !text.chars().any(char::is_lowercase) || text.starts_with("Photo");
            assert_eq!(m.coverage == 1.0, alone, "{text}");
        }
        for text in [
            "In this town, the council met on Monday and looked at a photo of the old bridge.",
            "In this case the photo was never published.",
        ] {
            assert!(!opens_like_dated_caption(text), "{text}");
        }
        for text in ["FILE sharing grew fast.", "File - a folder on a computer."] {
            assert!(!opens_as_file_photo(text), "{text}");
        }
    }

    #[test]
    fn a_credit_line_after_a_dash_closes_the_story() {
        for text in [
            "--With assistance from Paulina Brekke and Arjun Mehrotra.",
            "— With reporting by Jane Doe in Chicago",
        ] {
            let m = features(text).phrase.unwrap_or_else(|| panic!("{text}"));
            assert!(m.kind == PhraseKind::EndCredit, "{text}");
        }
        for text in [
            "With assistance from the state, the town rebuilt the bridge.",
            "- With help from neighbours, the pool reopened.",
        ] {
            assert!(!is_dashed_credit(text), "{text}");
        }
    }

    #[test]
    fn a_gallery_counter_is_glued_to_its_caption_or_stands_alone() {
        for text in [
            "1of4Grass Valley's Dionicio Torres looks at the gas can selection.",
            "12 of 30A shopper looks at extension cords at a hardware store.",
            "1 of 6",
            "Photo 6 of 14",
            "FOTO 5 di 6",
            "Bild 3 von 12",
            "Foto 1 z 12",
            "Foto 1/12",
            "Photo 3 / 8",
            "[2/2]Cranes stand idle at the terminal. Photo: Ana Lind",
        ] {
            let m = features(text).phrase.unwrap_or_else(|| panic!("{text}"));
            assert!(m.kind == PhraseKind::Credit && m.opening, "{text}");
        }
        for text in [
            "1 of 4 Americans says the cost of care is the main worry.",
            "2019 of all years was the one in which the plant closed.",
            "1of4",
            "1 of",
            "Photo 6 of the series shows the mill.",
            "Foto 2 di Marco Lenzi",
            "1 de cada 4 hogares",
            "[2/2]",
            "[1] Notes on the survey follow the tables.",
            "[a/b]Cranes stand idle.",
            "1/12 of the budget",
            "Foto 1/12 of the budget",
        ] {
            assert!(!opens_with_gallery_counter(text), "{text}");
        }
    }

    #[test]
    fn a_named_header_opens_another_section() {
        for (text, kind) in [
            ("About Brigit Katz", PhraseKind::AuthorBio),
            ("Über Moritz Bachmann", PhraseKind::AuthorBio),
            ("Sobre Carlos Nadalim", PhraseKind::AuthorBio),
            ("About Verdance", PhraseKind::AuthorBio),
            ("À propos de Ferrolis", PhraseKind::AuthorBio),
            ("A propos de Vallée Énergies SA", PhraseKind::AuthorBio),
            (
                "About the Kestrel Valley Tool Library",
                PhraseKind::AuthorBio,
            ),
            (
                "About the Harwick Institute of Marine Research",
                PhraseKind::AuthorBio,
            ),
            ("More Washington Examiner", PhraseKind::Related),
            ("More From CNN", PhraseKind::Related),
            ("Mer fra FKR Nordvest", PhraseKind::Related),
            ("Mehr von Radio Elbtal", PhraseKind::Related),
            ("MORE FROM WRDK 6", PhraseKind::Related),
        ] {
            let m = features(text).phrase.unwrap_or_else(|| panic!("{text}"));
            assert_eq!(m.kind, kind, "{text}");
        }
        // As a teaser's label, the header speaks for the teaser's headline.
        let teaser =
            "MORE FROM WRDK 6: Calloway Township fire levy fails for second time in a year";
        let m = features(teaser).phrase.expect(teaser);
        assert_eq!((m.kind, m.strength() >= 1.0), (PhraseKind::Related, true));
        for text in [
            "More from the mayor: the levy will be on the ballot again in May.",
            "More than 200 people came: the hall was full by seven.",
        ] {
            assert!(
                features(text).phrase.is_none_or(|m| m.strength() < 1.0),
                "{text}"
            );
        }
        for text in [
            "About 200 people came",
            "About the bridge",
            "About the Study",
            "About the",
            "About",
            "Abouts Jane Doe",
            "More rain is on the way",
            "More",
            "Mer fra",
            "Mehr von uns bald",
            "About the Harwick Institute of",
            "About the plans of Harwick",
            "À propos de la réforme des retraites",
            "À propos de",
        ] {
            assert_eq!(named_section_header(text), None, "{text}");
        }
    }

    #[test]
    fn a_credit_in_brackets_or_after_a_slash_ends_a_caption() {
        for text in [
            "The plague wiped out half of Europe in the 14th century (Image: GETTY)",
            "Workers load trims into a pickup truck outside a store. (AP Photo/Jane Doe, File)",
            "A boat passes under the bridge at dawn (Evan Vucci/AP)",
            "A reference module for a crewed mission. Credit: ESA",
            "Így nézne ki az új telephely. Fotó: Szentmárkusi Közlekedési Zrt.",
            "Taip turėtų atrodyti progimnazijos fasadas. Nuotr.: Vingrių savivaldybės",
            "Tilts pašlaik ir slēgts. Foto: Māris Ozols / „Rūsupes Vēstis”",
            "Doctors at the hospital where patients sought treatmentCredit: EPA",
            "A probe's view of Europa over the clouds of Jupiter (Source: NASA)",
            "Gus Medley sits at the counter he built. (Gazette photo by Carla Whitsett)",
            "3号线线路示意图。图片来源：澜江市轨道交通集团",
            "하늘숲 도서관 1층 어린이 자료실 내부 모습. (사진=남강구청 제공)",
            "지난달 경기 남부의 한 신축 아파트 단지 입주 현장. [사진=연합포토]",
            "سكان بئر الحمام يملؤون الأواني من صهريج متنقل، أمس (صورة: صدى الجهة)",
            // Longer than the window in bytes, not in characters.
            "Башня на Соборной горке Фото: Марина Лесовая / «Ольховецкие ведомости»",
            "工人正在为老旧小区加装电梯。（记者 程远航 摄）",
            "新建的江滨步道。(新华社记者 李明摄)",
            "She still has her ticket from the last train. (TBC Central West: Hannah Okafor-Reid)",
            "The flooded causeway on Sunday. (Supplied: Mara Quill)",
        ] {
            assert!(ends_with_credit(text), "{text}");
        }
        assert_flag(
            |f| f.ends_with_credit,
            &[
                "Shares fell after the report. Photograph by Lena Brooks/AFP/Getty Images",
                "The senator speaks at the Capitol on July 25, 2019.Jon Marsh / AP file",
                "A ferry leaves the harbour at dawn. Commuters wait on the quay. Getty Images",
                "A probe goes into one of the boreholes. Photo by Lena Marsh/University of Eastmoor",
                "Stretches of the calf can ease the strain. Illustration by Nadia Ferrow",
                "Frozen dinners on display in Milwaukee, March 3, 2025. LEDGERLINE/Owen Brackley",
                "A rendering of the planned campus on Quarry Road. Courtesy of Frostline Realty Trust",
                "The reading room at the main library. Gazette file photo",
                "The tower clock has read 4:17 since July. Nadia Ferro/Tamsen Valley Record",
                "A girl takes the driver's seat after the push-in. — Staff photo by Dale Ostrander",
                "Penduduk di dewan orang ramai. - Gambar oleh Hafiz Rahim/Warta Mukim",
                "改造后的甬江书房内景，原有的木桁架屋顶被完整保留。记者 沈一帆 摄",
                "施工中发现的旧铁轨，现已用玻璃覆盖展示。通讯员 江文 供图",
                "溪口魚市場的舊拍賣場。（中央社記者林子晴攝）",
                "Des cueilleurs au travail, mardi. PHOTO ARCHIVES LE QUOTIDIEN DU FJORD",
            ],
            &[
                "The vote was split in May. Yes/No",
                "The band played in May. Tom Rusk/Dan Ode played too",
                "The network still speaks TCP/IP",
                "The ferry left at dawn. Getty Images had a photographer on board.",
                "Photographers from Getty",
                "Readers sent their photos to the newsroom, not to AP.",
                "The desk moved from Reuters to AP/Reuters.",
                "The club kept the pictures. Photo by photo, the archive grew",
                "The show opened in May. Photographs by local children hang in the hall",
                "The deal closed in May. AC/DC played the hall",
                "The map was drawn in 1820. Courtesy of the archive, it hangs in the hall",
                "The paper dug out its pictures. The Gazette kept every file photo",
                "The engine was pushed in. — Then the crowd cheered and went home",
                "La récolte a commencé mardi. PHOTO Des cueilleurs au travail",
                "市民在江边拍摄",
                "这是一张由记者在现场拍摄的照片，展示了江滨步道改造后的样子和市民的反应摄",
            ],
        );
        for text in [
            "Comments (148)",
            "The mayor spoke to reporters (in Spanish)",
            "The council met on Monday (see the photo above for the vote)",
            "A sentence with no brackets at all",
            "The minister gave one reason: money",
            "The club posted a photo with the caption: \"Welcome home\".",
            "The club posted a photo with the caption: „Welcome home”",
            "The last paragraph of the story (with reporting by Jane Doe)",
            "The grant covers the cost (x=3 for each school)",
            "The photo was taken by Jane Doe. Credit: Reuters. Used with leave.",
            "The plan has three parts (Part 1: The Harbour)",
            "The hearing went on for hours (NSW: the state's laws differ)",
            "The caption named the scene. Photo: A crowd outside the stadium.",
        ] {
            assert!(!ends_with_credit(text), "{text}");
        }
    }

    #[test]
    fn a_caption_echoes_across_a_short_line() {
        let en = crate::lang::by_code("en").unwrap();
        let page = crate::blocks::text::parse(
            "The bridge at dawn, seen from the old quay\n6\n\
             The bridge at dawn, seen from the old quayCredit: Harbor Office\n",
        );
        let f = compute(&page, en);
        assert!(f[0].echoes_neighbour && f[2].echoes_neighbour);
        assert!(!f[1].echoes_neighbour);
        // A line of several words between them is text of its own.
        let page = crate::blocks::text::parse(
            "The bridge at dawn, seen from the old quay\nThe council met on Monday night\n\
             The bridge at dawn, seen from the old quay and the harbor\n",
        );
        assert!(!compute(&page, en)[2].echoes_neighbour);
        // A credit of names between them, all three printed line under line.
        let credit = "Ruth Amundsen | The Harbor Crier";
        let caption = "The bridge at dawn, seen from the old quay";
        let text = format!("{caption}\n{credit}\n{caption}\n");
        assert!(compute(&crate::blocks::text::parse(&text), en)[2].echoes_neighbour);
        let text = format!("{caption}\n\n{credit}\n\n{caption}\n");
        assert!(!compute(&crate::blocks::text::parse(&text), en)[2].echoes_neighbour);
    }

    #[test]
    fn alt_text_in_brackets_echoes_its_caption() {
        let en = crate::lang::by_code("en").unwrap();
        let page = crate::blocks::text::parse(
            "[Pupils in a classroom of the Lime Tree school on 12 June]\n\
             Pupils in a classroom of the Lime Tree school on 12 June. JANE DOE FOR THE COURIER\n",
        );
        let f = compute(&page, en);
        assert!(f[0].echoes_neighbour && f[1].echoes_neighbour);
    }

    #[test]
    fn a_long_description_in_brackets_is_alt_text() {
        let en = crate::lang::by_code("en").unwrap();
        let page = crate::blocks::text::parse(
            "[Router admin page open in a web browser, asking for a password]\n\
             [crosstalk]\n\
             The router [the one in the hall] asks for a password on every visit.\n",
        );
        let f = compute(&page, en);
        assert!(f[0].alt_text);
        assert!(!f[1].alt_text, "a transcript's cue");
        assert!(!f[2].alt_text, "brackets inside a sentence");
    }

    #[test]
    fn a_short_description_in_brackets_that_names_a_picture_is_alt_text() {
        let en = crate::lang::by_code("en").unwrap();
        let page = crate::blocks::text::parse(
            "[Photo of Jane Doe]\n\
             [Image: the bridge]\n\
             [Photographer unknown]\n\
             [Applause]\n",
        );
        let f = compute(&page, en);
        assert!(f[0].alt_text);
        assert!(f[1].alt_text);
        assert!(!f[2].alt_text, "a word that only begins like one");
        assert!(!f[3].alt_text, "a transcript's cue");
    }

    #[test]
    fn a_short_description_in_brackets_over_a_caption_printed_twice_is_alt_text() {
        let en = crate::lang::by_code("en").unwrap();
        let page = crate::blocks::text::parse(
            "[The old pool]\n\
             The old pool on Mill Lane will close at the end of the summer.\n\
             The old pool on Mill Lane will close at the end of the summer.\n\
             [Laughter and applause]\n\
             The mayor thanked the swimming clubs for their patience.\n",
        );
        let f = compute(&page, en);
        assert!(f[0].alt_text);
        assert!(!f[3].alt_text, "a transcript's cue");
    }

    #[test]
    fn a_short_description_in_brackets_over_a_credited_caption_is_alt_text() {
        let en = crate::lang::by_code("en").unwrap();
        let page = crate::blocks::text::parse(
            "[Workers at the main]\n\n\
             Crews repair a main on Station Street. (Photo: Valley Echo archive)\n\n\
             [The pedestrian street]\n\n\
             The pedestrian street on Main Road\n\
             Photo: Valley Echo archive\n\n\
             [Laughter and applause]\n\n\
             The mayor thanked the swimming clubs for their patience.\n",
        );
        let f = compute(&page, en);
        assert!(f[0].alt_text);
        assert!(f[2].alt_text);
        assert!(!f[5].alt_text, "a transcript's cue");
    }

    #[test]
    fn an_indented_line_under_a_label_is_its_value() {
        let en = crate::lang::by_code("en").unwrap();
        let text = [
            "Date:",
            "    March 4, 2025",
            "Summary:",
            "    Seagrass planted with clams lost fewer shoots in a heat wave than seagrass alone.",
            "Ingredients:",
            "    • Two cups of red lentils",
            "Steps:",
            "    1. Rinse the lentils.",
            "The plan has three parts, each with its own budget:",
            "    The first is a new depot for the buses on the edge of town.",
            "Harbor timetable",
            "    The ferry runs twice a day until the end of May.",
            "Notes:",
            "",
            "    The soup keeps for three days in the fridge.",
        ]
        .join("\n");
        let f = compute(&crate::blocks::text::parse(&text), en);
        let values: Vec<bool> = f.iter().map(|f| f.field_value).collect();
        // The label itself, a list item, a numbered step, the lines under a
        // sentence and under a line without a colon, and a line after a
        // blank one are no values.
        let expected = [false, true, false, true, false, false, false, false];
        assert_eq!(values[..8], expected);
        assert!(values[8..].iter().all(|&v| !v), "{values:?}");
    }

    #[test]
    fn a_headline_right_under_a_related_label_is_a_teaser() {
        let en = crate::lang::by_code("en").unwrap();
        let page = crate::blocks::text::parse(
            "The library reopened on Monday after two years of repairs to its roof.

             Read also
             Library extension: council approves plans for a second floor

             Read also

             Readers queued at the door before it opened

             Read also
             Readers queued at the door before it opened, some with books from 2019.
",
        );
        let f = compute(&page, en);
        let teaser = |i: usize| f[i].phrase.is_some_and(|m| m.kind == PhraseKind::Related);
        assert!(teaser(2));
        // After a blank line, or a sentence: the article's again.
        assert!(!teaser(4));
        assert!(!teaser(6));
    }

    #[test]
    fn a_headline_under_a_related_label_is_a_teaser_but_an_ad_label_is_not() {
        let en = crate::lang::by_code("en").unwrap();
        let page = crate::blocks::text::parse(
            "Read also\nBridge repairs will not end before the autumn\n\n\
             Read also\nAdvertisement\n",
        );
        let f = compute(&page, en);
        assert_eq!(f[1].phrase.map(|m| m.kind), Some(PhraseKind::Related));
        assert_eq!(f[3].phrase.map(|m| m.kind), Some(PhraseKind::Advertising));
    }

    #[test]
    fn a_line_right_under_a_credit_line_is_its_caption() {
        let en = crate::lang::by_code("en").unwrap();
        let page = crate::blocks::text::parse(
            "The library reopened on Monday after two years of repairs to its roof.

             Photo: Ada Quill
             The new reading room on the ground floor

             [IMG_2214.jpg]
             The frame after its first wash, on the bench in the shed.

             Photo: Ada Quill

             Readers queued at the door before it opened, some with books from 2019.
",
        );
        let f = compute(&page, en);
        assert!(f[2].under_credit && f[4].under_credit);
        // After a blank line, the text is the article's again; a caption
        // that a credit opens is no credit line for the line under it.
        assert!(!f[6].under_credit);
        let page = crate::blocks::text::parse(
            "1of3Crews replace a snapped pole on Harbor Road in Vellmar on Thursday.
             More than 40,000 homes along the coast were still without power.
",
        );
        assert!(!compute(&page, en)[1].under_credit);
        // Under a picture's name, its caption and then its credit, the
        // figure is closed: the next line is the article's.
        let page = crate::blocks::text::parse(
            "[toddler-high-chair.jpg]
             Toddler pushing away a plate of broccoli in a high chair
             Photo: Halden Images/Brightfold
             If your toddler lived on plain pasta last week, you are in good company.
",
        );
        assert!(!compute(&page, en)[3].under_credit);
        // So is a figure whose caption is printed twice over its credit.
        let page = crate::blocks::text::parse(
            "        The new reading room on the ground floor
                     The new reading room on the ground floor
             Photo: Ada Quill
             Readers queued at the door before it opened, some with books from 2019.
",
        );
        assert!(!compute(&page, en)[3].under_credit);
        // Four sentences under a credit are the article's going on.
        let page = crate::blocks::text::parse(
            "[rope-walk.jpg]
             Illustration: Ada Quill
             The money pays the rent, but not the roof. A storm lifted the slates last \
             winter. The committee has asked for a grant. Nobody expects it to come.
",
        );
        assert!(!compute(&page, en)[2].under_credit);
        // A slide's caption under a gallery's counter, not after a blank
        // line, and not under a score.
        let page = crate::blocks::text::parse(
            "1 / 24\nTessa Marlowe at the premiere party in 2019.\n2 of 24\n\
             Tessa Marlowe at the awards in 2021.\n\n3 / 24\n\nThe show ends in May.\n\
             Final score 3 / 1\nThe home side scored twice after the break.\n",
        );
        let under: Vec<bool> = compute(&page, en).iter().map(|f| f.under_counter).collect();
        assert_eq!(
            under,
            [false, true, false, true, false, false, false, false]
        );
    }

    #[test]
    fn unspaced_scripts_count_words_by_characters() {
        let f = features("北京市政府周一表示，新学校将于明年开学。");
        assert!(f.words >= 8, "{}", f.words);
        assert_eq!(f.stop_density, params::STOP_DENSITY_UNKNOWN);
        assert!(f.ends_sentence);
    }
}
