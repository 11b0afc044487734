//! Stage 5: decisions. This is the only stage that looks beyond one block.
//!
//! 1. **Firm classes.** A score of at least [`GOOD_SCORE`](p::GOOD_SCORE)
//!    is body, at most [`BAD_SCORE`](p::BAD_SCORE) boilerplate; in between
//!    is uncertain.
//! 2. **Neighbours.** A run of uncertain blocks between two body blocks is
//!    body; between two boilerplate blocks, boilerplate; between one of
//!    each, its own score's sign decides. In HTML, an uncertain block
//!    (not a heading, quote or caption) in a container that holds
//!    boilerplate and no body goes with its box.
//! 3. **Main region.** The article is the contiguous stretch with the
//!    largest sum of weights: body adds its words, boilerplate costs, and a
//!    header that opens another section (comments, related stories, an
//!    author's bio; not a summary box's, "Key takeaways", a few blocks
//!    under two paragraphs), a staff list (five or more lines that are only
//!    names, not introduced by a colon and not named in the paragraphs
//!    near them) or a credit line that closes the article costs a lot.
//!    Teaser cards weigh as boilerplate however well they read: numbered
//!    or bulleted items, items each under the same row of buttons, or
//!    nested articles under a related header, the headlines of a box of
//!    them between paragraphs ("Read also", two headlines, or one long
//!    one, or headlines printed line under line; a shorter subheading
//!    right above where the article resumes is body), and
//!    headlines glued to their summaries, and so do the paragraphs under a
//!    disclaimer's header ("Medical disclaimer"). Rows of a table, bulleted
//!    sentences, bulleted labelled facts ("B 27 between Alt and Neu: closed
//!    from 3 to 7 March"), a schedule by day ("Monday, Sept. 8" over short
//!    lines or paragraphs, three days or more, an ad's card between two
//!    days dropped; one the last paragraph introduces joins the region),
//!    five labelled items under a plain header ("Oct. 3 –
//!    Picture Day") and the items of a list a paragraph introduces weigh
//!    nothing: figures and checklists neither add to the article nor end
//!    it. So do the lines of a figure printed line under line above its
//!    photo credit, those of a chart between the last paragraph and its
//!    credit ("Chart: ..."), the line under a picture's file name, or a
//!    gallery's caption between its slide counter ("4/6") and credit,
//!    which are dropped, and a credit inside a `<figcaption>` ("Source:
//!    ...") costs no more than any boilerplate; a figure's caption (in
//!    HTML, also a paragraph all in italics under a picture) is dropped
//!    however well it reads (a quote's figure names its speaker there, and
//!    is a quote). In scraped text, a video's card (title and description
//!    line under line over its running time, "2:14") and a reader poll
//!    (label, question, radio buttons "( ) Yes", vote buttons), a box of
//!    short lines with an ad's notice under its header ("ODDS", the odds,
//!    "18+ | Gamble responsibly") and a box the browser drew around one
//!    cell are dropped and part nothing; nor does a playlist's "Up next"
//!    beside a card, nor, in HTML, a button with a comments phrase set
//!    among the paragraphs in their container ("Leave a comment"). A strip of videos between
//!    paragraphs (each running time, "▶ 1:42", with its title) is a box
//!    the article resumes under, and so, in HTML, is a box of headlines
//!    nested under the article's own list; the source lines that close a
//!    roundup's items, two or more, and an interview's box about the
//!    person (under "Zur Person", "Bio express", between questions) part
//!    no sections. A sponsored unit's headlines start no other article.
//!    Above a thread of signed comments, the article is any stretch of
//!    some weight before the thread's header. The region ends where another
//!    article starts: a headline of three words or more with a byline or
//!    date line under it (not a video's running time, "2:28" or "Listen ·
//!    32:14", nor the time that heads a live report's next update under
//!    the last one's author line, nor a dated item of a fact box, nor a
//!    button's "Join today", nor a row of figures without a date, "Total
//!    time: 2 hours";
//!    and no row among byline-like rows is a headline; nor a card that
//!    asks for a subscription or sign-up under them); and at a press
//!    release's end mark ("###", "-30-"). It starts below a dated byline
//!    among its first blocks, under a headline, standfirst or summary box
//!    of a few words. Body outside the region (teasers, comments) is
//!    dropped, and so are teasers under a related header inside it.
//! 4. **Enclosed runs.** Inside the region, short blocks between body
//!    blocks (subheadings, list items) are body when nothing but their
//!    shortness speaks against them (a subheading or a list item may name
//!    a day; a box's title over a signup prompt or over an ad's text is
//!    the box's, and a label in lower case under a figure alone, "12,400"
//!    over "meals served", goes with the figure), and so are the lines of
//!    its code blocks, the rows of its tables, the items of its introduced
//!    lists (up to the next paragraph), its lists of labelled facts and its
//!    schedules, and the times of day (or a match's minutes, "67'") that
//!    head the updates of a live report ("18.05" and "17h41" too; they
//!    weigh nothing in the region, and no ad's label makes an update its
//!    copy; once a page shows itself a live report, a time over a short
//!    update counts too, and in scraped text one under the short lines
//!    that close an update, its author or "Key event"). In HTML, an
//!    aside's heading over a sentence of the article is its box's title,
//!    and body too. Symbols without a word (a rating's stars, an icon) are
//!    never body. In scraped text, a short box between two rules
//!    with a row of buttons in it is an appeal, however well it reads, and
//!    so is a titled pitch over a call to give and its buttons.
//!    Past the region, a list a last line introduces ends at a link or a
//!    caption; short sections in capitals over labelled sentences ("UP
//!    NEXT" over "Thunder: Host the Lakers on Friday.") and a correction,
//!    under the credit line or in a note just above the text, are the
//!    article's, and so is the rest of a fact box the region ends inside
//!    ("Where: ...", "When: ...", "Tickets: ..."), a recipe's card (an
//!    ingredients header over short lines, then a steps header over the
//!    steps) a few blocks below, and the article's questions and answers
//!    under their header ("Frequently asked questions"). An interview's
//!    box about the person interviewed is dropped. An author's card that
//!    ends the region (a name line, then a paragraph that names them) is
//!    not the article, nor is an author's bio under most of its body,
//!    with what follows it (a sponsor's line, a series note).
//! 5. **Metadata.** The headline, byline and date are found just above the
//!    region (or taken from the page's `<head>`), and labelled as such. A
//!    headline that opens the region, with a byline or date under it, is
//!    taken first; a byline's credit ("Compiled by ...") and a line printed
//!    right under it are none. A standfirst between the headline and the
//!    byline is dropped.
//! 6. **Output.** Body blocks are printed with their white space
//!    collapsed. The bullets and numbers that a text browser draws before
//!    list items (after an indent) are left out; a marker that opens a
//!    line unindented ("– Name", "* Note"), an en dash one space in (" –
//!    Nie chcemy ...", a quote), or a dash or an asterisk after an indent
//!    ("  - name: orders" in code), was written by the author and is kept.

use crate::Options;
use crate::blocks::text::collapse_spaces;
use crate::blocks::{Block, Hints, Landmarks, Page, PageMeta};
use crate::cleaned::{BlockReport, Cleaned, Label, excerpt};
use crate::features::{self, Features, RUNNING_TIME_LABELS, RUNNING_TIME_UNITS};
use crate::input::InputKind;
use crate::lang::phrases::{self, PhraseKind, PhraseMatch};
use crate::lang::{Language, dates};
use crate::params as p;
use crate::score::{self, Score};
use smallvec::SmallVec;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Good,
    Bad,
    Uncertain,
}

/// The working decision for one block.
#[derive(Debug, Clone, Copy)]
struct Decision {
    label: Label,
    note: &'static str,
}

/// The decisions for a page, and what each block weighed in the choice of
/// the main region.
struct Decisions {
    labels: Vec<Decision>,
    region_weights: Vec<f32>,
}

/// Runs classification over a page's blocks and assembles the result.
///
/// A page of more blocks than any article page has (a log, a dump, a
/// hostile input) is classified in windows of [`p::WINDOW_BLOCKS`]. Blocks
/// are drawn from `blocks` a window at a time, so with a lazy source (as
/// [`crate::blocks::text::lines`] is) the memory of blocks, features,
/// scores and decisions is bounded by the window, not by the page.
pub fn run<'a>(
    blocks: impl Iterator<Item = Block<'a>>,
    mut meta: PageMeta,
    kind: InputKind,
    language: &'static Language,
    options: &Options,
) -> Cleaned {
    let mut blocks = blocks.peekable();
    let mut merged: Option<Cleaned> = None;
    loop {
        let window: Vec<Block<'a>> = blocks.by_ref().take(p::WINDOW_BLOCKS).collect();
        let last = blocks.peek().is_none();
        let page = Page {
            blocks: window,
            meta: if last {
                std::mem::take(&mut meta)
            } else {
                meta.clone()
            },
        };
        let part = run_window(page, kind, language, options);
        match &mut merged {
            None => merged = Some(part),
            Some(cleaned) => cleaned.absorb(part),
        }
        if last {
            return merged.expect("the loop ran at least once");
        }
    }
}

/// Classifies one page, or one window of a very long page.
fn run_window(
    page: Page<'_>,
    kind: InputKind,
    language: &'static Language,
    options: &Options,
) -> Cleaned {
    let feats = features::compute(&page, language);
    let scores: Vec<Score> = page
        .blocks
        .iter()
        .zip(&feats)
        .map(|(b, f)| score::score(b, f, options.explain))
        .collect();
    let Decisions {
        labels: decisions,
        region_weights,
    } = decide(&page, &feats, &scores);

    let mut cleaned = Cleaned {
        kind,
        language: language.code,
        title: page.meta.title.clone(),
        byline: page.meta.byline.clone(),
        date: page.meta.date.clone(),
        paragraphs: Vec::new(),
        blocks: Vec::new(),
    };
    for ((block, d), f) in page.blocks.iter().zip(&decisions).zip(&feats) {
        match d.label {
            Label::Body => cleaned.paragraphs.push(body_text(block, f)),
            Label::Title if cleaned.title.is_none() => {
                cleaned.title = Some(collapse_spaces(&block.text))
            }
            Label::Byline if cleaned.byline.is_none() => cleaned.byline = byline_name(&block.text),
            _ => {}
        }
        if matches!(d.label, Label::Byline | Label::Date) && cleaned.date.is_none() {
            cleaned.date =
                dates::find_dates(&block.text).map(|(_, span)| block.text[span].trim().to_owned());
        }
    }
    if options.explain {
        cleaned.blocks = page
            .blocks
            .iter()
            .zip(feats)
            .zip(scores)
            .zip(decisions.iter().zip(region_weights))
            .map(
                |(((block, features), score), (d, region_weight))| BlockReport {
                    line: block.line,
                    label: d.label,
                    score: score.value,
                    decision: d.note,
                    region_weight,
                    text: excerpt(&block.text, 200),
                    reasons: score.reasons,
                    features,
                    dom: block.dom.as_ref().map(|dom| describe_dom(dom)),
                },
            )
            .collect();
    }
    cleaned
}

/// A body block's text as the output gives it: white space collapsed,
/// without a list number that the text browser drew, with a list marker
/// that the page's author wrote.
fn body_text(block: &Block<'_>, f: &Features) -> String {
    let text = features::without_drawn_number(block, f);
    match block.written_marker {
        Some(marker) => collapse_spaces(&format!("{marker} {text}")),
        None => collapse_spaces(text),
    }
}

fn describe_dom(dom: &crate::blocks::DomEvidence) -> String {
    let mut out = dom.path();
    if !dom.landmarks.is_empty() {
        out.push_str(&format!("; landmarks {:?}", dom.landmarks));
    }
    if !dom.hints.is_empty() {
        out.push_str(&format!("; hints {:?}", dom.hints));
    }
    if dom.link_chars > 0 {
        out.push_str(&format!("; {} link chars", dom.link_chars));
    }
    out
}

fn decide(page: &Page<'_>, feats: &[Features], scores: &[Score]) -> Decisions {
    let blocks = &page.blocks;
    let n = blocks.len();
    let firm: Vec<Class> = scores
        .iter()
        .zip(feats)
        .map(|(s, f)| {
            // A pull quote's words are the article's already: however
            // well it reads, it is no line of it.
            if f.quotes_neighbour {
                Class::Bad
            } else if s.value >= p::GOOD_SCORE {
                Class::Good
            } else if s.value <= p::BAD_SCORE {
                Class::Bad
            } else {
                Class::Uncertain
            }
        })
        .collect();
    let mut smoothed = smooth(&firm, scores);
    side_with_boxes(blocks, &firm, &mut smoothed);

    let mut decisions: Vec<Decision> = (0..n)
        .map(|i| Decision {
            label: Label::Boilerplate,
            note: match (firm[i], smoothed[i]) {
                (Class::Good, _) => "body by score, but outside the main region",
                (_, Class::Good) => "body by neighbours, but outside the main region",
                _ => "boilerplate by score",
            },
        })
        .collect();

    let mut in_table = table_rows(blocks, feats);
    for (row, pair) in in_table
        .iter_mut()
        .zip(label_value_rows(blocks, feats, &firm))
    {
        *row |= pair;
    }
    let (schedules, schedule_ads) = day_schedules(blocks, feats, &firm);
    // Lists whose items are the article's own, whatever they look like.
    let mut article_lists = fact_lists(blocks, feats);
    article_lists.extend(labelled_lists(blocks, feats, |i| is_list_header(&feats[i])));
    article_lists.extend(schedules.iter().cloned());
    article_lists.extend(numbered_lists(blocks, feats, &firm));
    article_lists.extend(named_lists(blocks, feats, &firm));
    let mut listed = listed_items(blocks, feats, &firm, &article_lists);
    let turn_heads = transcript_turn_heads(blocks, feats);
    let details = detail_lines(blocks, feats, &firm);
    for &i in turn_heads.iter().chain(&details) {
        listed[i] = true;
    }
    let mut region_weights = region_weights(blocks, feats, &firm, &smoothed, &in_table, &listed);
    let (teasers, box_subheadings) =
        weigh_teasers_under_related_headers(blocks, feats, &firm, &mut region_weights);
    let fine_print = weigh_fine_print(feats, &mut region_weights);
    weigh_card_summaries(blocks, feats, &mut region_weights);
    let update_times = live_update_times(blocks, feats, &firm);
    for &i in &update_times {
        // The times head the updates of one report: no break in it; nor
        // are the author and role printed under a time ("Jane Doe",
        // "Reporter") over the update's text.
        region_weights[i] = 0.0;
        for j in (i + 1..n).take(p::LIVE_UPDATE_TEXT_REACH) {
            if firm[j] == Class::Good || is_section_break(&feats[j]) {
                break;
            }
            region_weights[j] = region_weights[j].max(0.0);
        }
    }
    let item_closers = item_closers(blocks, feats, &firm);
    let captions = figure_captions(blocks, feats, &item_closers);
    let mut ad_boxes = ad_boxes(blocks, feats, &update_times);
    ad_boxes.extend(schedule_ads);
    ad_boxes.extend(boxes_with_an_ad_notice(blocks, feats));
    let video_cards = video_cards(blocks, feats, &update_times);
    let quote_cards = quote_cards(blocks, feats);
    let cell_boxes = drawn_cell_boxes(blocks);
    let polls = poll_boxes(blocks, feats);
    // A poll among the paragraphs does not part them; one after the last
    // paragraph still ends the article.
    let polls_inside = polls.iter().filter(|poll| {
        (poll.end..(poll.end + 1 + p::POLL_TAIL_MAX_BLOCKS).min(n)).any(|j| firm[j] == Class::Good)
    });
    for i in captions
        .iter()
        .copied()
        .chain(ad_boxes.iter().copied())
        .chain(video_cards.iter().copied())
        .chain(quote_cards.iter().copied())
        .chain(cell_boxes.iter().copied())
        .chain(polls_inside.flat_map(|poll| poll.clone()))
    {
        // Captions stand among the paragraphs they illustrate, however
        // well they read, and ads' boxes among those they interrupt: no
        // body, but no break in it.
        region_weights[i] = 0.0;
    }
    for i in (0..n).filter(|&i| is_related_header(&feats[i])) {
        // "Up next" over a video's card heads a player's playlist, which
        // stands among the paragraphs as a figure does.
        let by_card = |j: Option<usize>| j.is_some_and(|j| video_cards.binary_search(&j).is_ok());
        if by_card(i.checked_sub(1)) || by_card(Some(i + 1)) {
            region_weights[i] = bad_weight(feats[i].words as f32);
        }
    }
    for &i in &item_closers {
        // A roundup's items each close with their source: the next item
        // goes on below.
        region_weights[i] = bad_weight(feats[i].words as f32);
    }
    for i in citations(blocks, feats) {
        // However well a reference reads, it is no sentence of the article.
        region_weights[i] = bad_weight(feats[i].words as f32);
    }
    for i in staff_lists(blocks, feats, &firm, &in_table) {
        // A masthead ends the article as an author's box does.
        region_weights[i] = -p::REGION_SECTION_BREAK;
    }
    if let Some(i) = second_post_mark(blocks, feats).or_else(|| first_reply_title(blocks)) {
        // A thread's replies are no part of its first post, however well
        // they read.
        region_weights[i] = -p::REGION_SECTION_BREAK;
    }
    for i in (0..n).filter(|&i| in_figcaption(&blocks[i]) && is_section_break(&feats[i])) {
        // A credit in a figure's caption ("Source: ...") does not end the
        // article, as one after its last paragraph does.
        region_weights[i] = bad_weight(feats[i].words as f32);
    }
    // Blocks of HTML carry their place in the DOM; lines of text do not.
    if is_html(blocks) {
        weigh_boxes_nested_in_the_article(page, feats, &firm, &mut region_weights);
        weigh_nested_article_teasers(page, feats, &mut region_weights);
    }
    for i in post_buttons(blocks, feats) {
        // An embedded post's counts and buttons ("Reply", "Read 214
        // replies") are the post's, not the page's comments; the time of
        // the next update of a live report stays its own.
        if update_times.binary_search(&i).is_ok() {
            continue;
        }
        region_weights[i] = bad_weight(feats[i].words as f32);
    }
    let verdicts = verdict_boxes(blocks, feats);
    let pros_and_cons = pros_and_cons_lines(blocks, feats);
    for &i in verdicts.iter().chain(&pros_and_cons) {
        // The review goes on around its verdict box and its lists of pros
        // and cons.
        region_weights[i] = region_weights[i].max(0.0);
    }
    let inline_asides = asides_inside_the_article(blocks, feats, &firm);
    let content_boxes = boxes_inside_the_content(blocks, feats, &firm);
    for i in inline_asides
        .iter()
        .copied()
        .chain(content_boxes.into_iter().flatten())
        .chain(lists_among_paragraphs(blocks, feats, &firm))
    {
        // The article goes on around a box set beside its text.
        region_weights[i] = region_weights[i].max(0.0);
    }
    let region = main_region(feats, &region_weights);
    let region = region.start
        ..next_article_start(
            blocks,
            feats,
            &firm,
            &listed,
            &teasers,
            &update_times,
            region.clone(),
        );
    let region = region.start..past_closing_schedule(&schedules, region.clone());
    let region = below_opening_byline(feats, &firm, region.clone())..region.end;
    let region = region.start..end_mark(blocks, region.clone()).unwrap_or(region.end);
    for i in region.clone() {
        decisions[i] = match (firm[i], smoothed[i]) {
            // Headlines under "Related" in the article may read like its
            // lines.
            _ if teasers[i] => Decision {
                label: Label::Boilerplate,
                note: "boilerplate: a teaser under a related header",
            },
            _ if fine_print[i] => Decision {
                label: Label::Boilerplate,
                note: "boilerplate: fine print under a disclaimer's header",
            },
            (Class::Good, _) => Decision {
                label: Label::Body,
                note: "body by score",
            },
            (_, Class::Good) => Decision {
                label: Label::Body,
                note: "body: uncertain, between body blocks",
            },
            (Class::Uncertain, _) => Decision {
                label: Label::Boilerplate,
                note: "boilerplate: uncertain, between boilerplate blocks",
            },
            _ => Decision {
                label: Label::Boilerplate,
                note: "boilerplate by score",
            },
        };
    }
    for &i in box_subheadings.iter().filter(|&&i| region.contains(&i)) {
        decisions[i] = Decision {
            label: Label::Body,
            note: "body: the article's subheading under a box of headlines",
        };
    }
    keep_enclosed_runs(blocks, feats, scores, region.clone(), &mut decisions);
    keep_date_headings(blocks, feats, region.clone(), &mut decisions);
    keep_salutation(blocks, feats, region.clone(), &mut decisions);
    keep_transcript_turn_heads(&turn_heads, region.clone(), &mut decisions);
    keep_glyph_subheadings(blocks, feats, region.clone(), &mut decisions);
    keep_tables(blocks, feats, &in_table, region.clone(), &mut decisions);
    // A paragraph may introduce labelled items too ("Here are the dates to
    // mark."), without a colon: they are kept when the article goes on
    // under them (credits close it), but do not draw its bounds.
    let goes_on = |list: &std::ops::Range<usize>| {
        (list.end..n)
            .take(p::LIST_RESUME_REACH)
            .any(|j| firm[j] == Class::Good)
    };
    // Nor do items whose classes name them (credits).
    let plain = |list: &std::ops::Range<usize>| {
        list.clone().all(|j| {
            blocks[j]
                .dom
                .as_ref()
                .is_none_or(|dom| dom.hints.difference(Hints::CONTENT).is_empty())
        })
    };
    article_lists.extend(
        labelled_lists(blocks, feats, |i| firm[i] == Class::Good)
            .into_iter()
            .filter(|list| goes_on(list) && plain(list)),
    );
    keep_introduced_lists(
        blocks,
        feats,
        &article_lists,
        region.clone(),
        &mut decisions,
    );
    keep_closing_labelled_sections(blocks, feats, region.clone(), &mut decisions);
    keep_list_under_last_heading(blocks, feats, region.clone(), &mut decisions);
    keep_fact_box_tail(blocks, feats, region.end, &mut decisions);
    keep_closing_info_box(blocks, feats, region.end, &mut decisions);
    keep_scoring_summary(blocks, feats, region.end, &mut decisions);
    keep_match_sheet(blocks, feats, region.clone(), &mut decisions);
    keep_closing_signature(blocks, feats, region.end, &mut decisions);
    keep_closing_fact_box(blocks, feats, region.end, &mut decisions);
    keep_last_item_details(&details, region.clone(), &mut decisions);
    keep_recipe_card_after(blocks, feats, region.clone(), &mut decisions);
    keep_questions_after(blocks, feats, region.clone(), &mut decisions);
    keep_aside_titles(blocks, feats, region.clone(), &mut decisions);
    keep_fact_boxes(blocks, feats, region.clone(), &mut decisions);
    keep_embedded_posts(blocks, feats, region.clone(), &mut decisions);
    keep_corrections(blocks, feats, &firm, region.clone(), &mut decisions);
    keep_line_above_closing_credit(blocks, feats, &firm, region.clone(), &mut decisions);
    for i in (1..n).filter(|&i| is_table_source(&in_table, feats, i)) {
        decisions[i] = Decision {
            label: Label::Boilerplate,
            note: "boilerplate: a table's source note",
        };
    }
    for &i in &verdicts {
        decisions[i] = Decision {
            label: Label::Boilerplate,
            note: "boilerplate: a review's verdict box (pros and cons)",
        };
    }
    for i in cards(blocks, feats) {
        decisions[i] = Decision {
            label: Label::Boilerplate,
            note: "boilerplate: a card closed by its button (a venue, a product)",
        };
    }
    // The first update's time and title stand just above the region.
    let opens_region = |i: usize| i < region.start && region.start - i <= p::LIVE_UPDATE_HTML_REACH;
    for &i in update_times
        .iter()
        .filter(|&&i| region.contains(&i) || opens_region(i))
    {
        decisions[i] = Decision {
            label: Label::Body,
            note: "body: the time that heads an update of a live report",
        };
        // An update may have a title under its time, before its first
        // paragraph: in HTML a heading; in scraped text a line of its own
        // (inside the region smoothing keeps it, above it only this does).
        let is_title = |j: usize| match &blocks[j].dom {
            Some(dom) => dom.heading >= 2,
            None => j < region.start && !feats[j].ends_sentence && feats[j].phrase.is_none(),
        };
        let title = (i + 1..region.end)
            .take(p::LIVE_UPDATE_HTML_REACH)
            .take_while(|&j| decisions[j].label != Label::Body)
            .find(|&j| is_title(j) && feats[j].words <= p::UPDATE_TITLE_MAX_WORDS);
        if let Some(t) = title {
            decisions[t] = Decision {
                label: Label::Body,
                note: "body: the title of an update of a live report",
            };
        }
    }
    for &i in &item_closers {
        decisions[i] = Decision {
            label: Label::Boilerplate,
            note: "boilerplate: the source or link that closes a roundup's item",
        };
        // The next item's title stands over its paragraph, past what
        // parts the items (an ad's label, a link).
        let title = (i + 1..n)
            .take(p::ROUNDUP_ITEM_GAP_MAX_BLOCKS)
            .find(|&j| is_item_title(&feats[j]) && is_paragraph(feats, &firm, j + 1));
        if let Some(t) = title.filter(|&t| decisions[t + 1].label == Label::Body) {
            decisions[t] = Decision {
                label: Label::Body,
                note: "body: the title of a roundup's item",
            };
        }
    }
    for &i in &captions {
        decisions[i] = Decision {
            label: Label::Boilerplate,
            note: "boilerplate: a caption, on the lines just above its credit",
        };
    }
    // However well it reads, a figure's caption is no paragraph.
    for i in (0..n).filter(|&i| in_figcaption(&blocks[i])) {
        decisions[i] = Decision {
            label: Label::Boilerplate,
            note: "boilerplate: a figure's caption",
        };
    }
    for i in (0..n).filter(|&i| {
        // A "Copy" button may stand between the name and the code.
        let below = (i + 1..n).find(|&j| !is_button(&blocks[j]));
        below.is_some_and(|j| is_label_over_code(&blocks[i], &blocks[j]))
    }) {
        decisions[i] = Decision {
            label: Label::Boilerplate,
            note: "boilerplate: a file's name or language over its code",
        };
    }
    for &i in &ad_boxes {
        decisions[i] = Decision {
            label: Label::Boilerplate,
            note: "boilerplate: a line of an ad's box, under its label",
        };
    }
    for i in titled_boxes(blocks, feats) {
        decisions[i] = Decision {
            label: Label::Boilerplate,
            note: "boilerplate: a box under its title in capitals, closed by a link",
        };
    }
    for &i in &cell_boxes {
        decisions[i] = Decision {
            label: Label::Boilerplate,
            note: "boilerplate: a box drawn around one cell, set beside the text",
        };
    }
    for &i in &video_cards {
        decisions[i] = Decision {
            label: Label::Boilerplate,
            note: "boilerplate: a video's card, over its running time",
        };
    }
    for &i in &quote_cards {
        decisions[i] = Decision {
            label: Label::Boilerplate,
            note: "boilerplate: a stock quote's card, around the price's change",
        };
    }
    for i in polls.into_iter().flatten() {
        decisions[i] = Decision {
            label: Label::Boilerplate,
            note: "boilerplate: a reader poll, its question and its options",
        };
    }
    drop_ruled_boxes(blocks, feats, region.clone(), &mut decisions);
    drop_appeal_boxes(blocks, feats, region.clone(), &mut decisions);
    drop_subscribe_pitches(blocks, feats, region.clone(), &mut decisions);
    drop_form_boxes(blocks, feats, &mut decisions);
    drop_help_boxes(blocks, feats, region.clone(), &mut decisions);
    drop_author_card(blocks, region.clone(), &mut decisions);
    drop_interviewee_boxes(blocks, feats, &mut decisions);
    let day_lines: Vec<usize> = schedules.iter().map(|day| day.start).collect();
    label_metadata(page, feats, region.clone(), &day_lines, &mut decisions);
    drop_closing_bio(page, feats, region.clone(), &mut decisions);
    drop_closing_appeal(feats, region.clone(), &mut decisions);
    drop_closing_contact_line(blocks, feats, region.clone(), &mut decisions);
    drop_ad_copy_closed_by_its_button(blocks, feats, region.clone(), &mut decisions);
    drop_closing_self_description(blocks, region.clone(), &mut decisions);
    drop_wordless_symbols(blocks, feats, &in_table, &mut decisions);
    drop_lead_ins_to_dropped_lists(blocks, feats, region.clone(), &mut decisions);
    keep_code_blocks(blocks, region, &mut decisions);
    Decisions {
        labels: decisions,
        region_weights,
    }
}

/// In scraped text, a box drawn between two rules ("━━━━") inside the
/// article, of at most [`RULED_BOX_MAX_BLOCKS`](p::RULED_BOX_MAX_BLOCKS)
/// blocks, with a row of buttons in it ("\[Donate £25\]  \[Donate
/// £50\]", "Give Now   Start a Fund"): an appeal or an offer set into the
/// article, not a section of it, however well its pitch reads.
fn drop_ruled_boxes(
    blocks: &[Block<'_>],
    feats: &[Features],
    region: std::ops::Range<usize>,
    decisions: &mut [Decision],
) {
    if is_html(blocks) {
        return;
    }
    let is_rule = |i: usize| feats[i].words == 0 && feats[i].chars >= p::RULE_MIN_CHARS;
    let rules: Vec<usize> = region.clone().filter(|&i| is_rule(i)).collect();
    for pair in rules.windows(2) {
        let inside = pair[0] + 1..pair[1];
        if inside.is_empty()
            || inside.len() > p::RULED_BOX_MAX_BLOCKS
            || !inside.clone().any(|i| is_button_row(&blocks[i].text))
        {
            continue;
        }
        for decision in &mut decisions[inside] {
            *decision = Decision {
                label: Label::Boilerplate,
                note: "boilerplate: a box of buttons between rules",
            };
        }
    }
}

/// A sign-up box set into the article: its pitch stands between a title
/// that calls to subscribe ("Abonnez-vous au Quotidien du Val") and a
/// button that does ("Je m'abonne"), all three printed as one run (in
/// HTML, in one container, or the title and pitch in a box whose class
/// says newsletter, its button a form's field). The pitch reads as well
/// as the article ("All
/// our articles, from 1 € the first month.").
fn drop_subscribe_pitches(
    blocks: &[Block<'_>],
    feats: &[Features],
    region: std::ops::Range<usize>,
    decisions: &mut [Decision],
) {
    let calls =
        |i: usize, max_words: u32| is_signup_prompt(&feats[i]) && feats[i].words <= max_words;
    let one_box = |i: usize| match (&blocks[i - 1].dom, &blocks[i].dom, &blocks[i + 1].dom) {
        (Some(title), Some(pitch), Some(button)) => {
            title.container == pitch.container && pitch.container == button.container
        }
        (None, None, None) => {
            features::on_the_next_line(blocks, i) && features::on_the_next_line(blocks, i + 1)
        }
        _ => false,
    };
    // In HTML the button may be a form's field, which gives no block: a
    // box whose class says newsletter holds the pitch under its title.
    let titled_newsletter_box = |i: usize| match (&blocks[i - 1].dom, &blocks[i].dom) {
        (Some(title), Some(pitch)) => {
            title.container == pitch.container && pitch.hints.contains(Hints::NEWSLETTER)
        }
        _ => false,
    };
    for i in region.start.max(1)..region.end.min(blocks.len().saturating_sub(1)) {
        if decisions[i].label == Label::Body
            && feats[i].words <= p::SUBSCRIBE_PITCH_MAX_WORDS
            && calls(i - 1, p::APPEAL_TITLE_MAX_WORDS)
            && (calls(i + 1, p::SUBSCRIBE_BUTTON_MAX_WORDS) && one_box(i)
                || titled_newsletter_box(i))
        {
            decisions[i] = Decision {
                label: Label::Boilerplate,
                note: "boilerplate: a sign-up pitch between its title and its button",
            };
        }
    }
}

/// A help box set into the article: right under a paragraph, a short
/// question as its title ("Pet emergency?", "Vragen over je AOW?"), then
/// at most [`HELP_BOX_MAX_BLOCKS`](p::HELP_BOX_MAX_BLOCKS) blocks in all,
/// sending the reader to a telephone number or a button. In HTML the box
/// is an element of its own; in scraped text, the lines printed right
/// under the title, a blank line around them. Its pitch reads as well as
/// the article; the question over it and the number or button in it mark
/// the box. An FAQ's question whose answer sends nowhere heads it; in
/// scraped text, where the questions of an FAQ stand near one another, no
/// question near another titles a box.
fn drop_help_boxes(
    blocks: &[Block<'_>],
    feats: &[Features],
    region: std::ops::Range<usize>,
    decisions: &mut [Decision],
) {
    let html = is_html(blocks);
    let is_question = |i: usize| {
        feats[i].words <= p::APPEAL_TITLE_MAX_WORDS && blocks[i].text.trim_end().ends_with('?')
    };
    let apart = |k: usize| k >= blocks.len() || !features::on_the_next_line(blocks, k);
    for title in region.clone().filter(|&i| i > region.start) {
        if !is_question(title) || decisions[title - 1].label != Label::Body {
            continue;
        }
        let len = if html {
            let Some(holder) = blocks[title].dom.as_ref().map(|dom| dom.container) else {
                continue;
            };
            if in_element(&blocks[title - 1], holder) {
                continue;
            }
            (title..blocks.len())
                .take(p::HELP_BOX_MAX_BLOCKS + 1)
                .take_while(|&j| in_element(&blocks[j], holder))
                .count()
        } else {
            if !apart(title) {
                continue;
            }
            let lines = 1
                + (title + 1..blocks.len())
                    .take(p::HELP_BOX_MAX_BLOCKS)
                    .take_while(|&j| !apart(j))
                    .count();
            if !apart(title + lines) {
                continue;
            }
            lines
        };
        if !(2..=p::HELP_BOX_MAX_BLOCKS).contains(&len) {
            continue;
        }
        // In scraped text, nothing but the blank lines sets the box apart
        // from an FAQ's question and answer.
        let near =
            title.saturating_sub(p::HELP_BOX_MAX_BLOCKS)..(title + len + p::HELP_BOX_MAX_BLOCKS);
        if !html
            && near
                .filter(|&j| j < blocks.len() && j != title)
                .any(&is_question)
        {
            continue;
        }
        let sends = (title + 1..title + len).any(|j| {
            has_phone_number(&blocks[j].text)
                || blocks[j].text.split_whitespace().count() <= p::BUTTON_MAX_WORDS
                    && (is_links_only(&feats[j]) || is_button_row(&blocks[j].text))
        });
        if sends {
            for decision in &mut decisions[title..title + len] {
                *decision = Decision {
                    label: Label::Boilerplate,
                    note: "boilerplate: a help box set into the article",
                };
            }
        }
    }
}

/// Whether `text` holds a telephone number: at least
/// [`CONTACT_PHONE_MIN_DIGITS`](p::CONTACT_PHONE_MIN_DIGITS) digits in one
/// run, in groups parted by single spaces, hyphens or dots ("0800 555
/// 0199", "04532 887 10", "555-0100"): not times and figures strewn over
/// a sentence, a sum with dots between thousands ("1.310.000") nor a date
/// ("2025-06-12").
fn has_phone_number(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut groups: Vec<usize> = Vec::new();
    let mut separators: Vec<u8> = Vec::new();
    let is_phone = |groups: &[usize], separators: &[u8]| {
        let thousands =
            separators.iter().all(|&s| s == b'.') && groups.iter().skip(1).all(|&len| len == 3);
        let date = separators == b"--" && groups == [4, 2, 2];
        groups.iter().sum::<usize>() >= p::CONTACT_PHONE_MIN_DIGITS && !thousands && !date
    };
    let mut k = 0;
    while k < bytes.len() {
        let start = k;
        while k < bytes.len() && bytes[k].is_ascii_digit() {
            k += 1;
        }
        if k > start {
            groups.push(k - start);
            let joins = k + 1 < bytes.len()
                && matches!(bytes[k], b' ' | b'-' | b'.')
                && bytes[k + 1].is_ascii_digit();
            if joins {
                separators.push(bytes[k]);
                k += 1;
                continue;
            }
            if is_phone(&groups, &separators) {
                return true;
            }
            groups.clear();
            separators.clear();
        }
        k += 1;
    }
    false
}

/// In scraped text, a box of a form or a call to act set into the page: a
/// run of [`FORM_BOX_MIN_LINES`](p::FORM_BOX_MIN_LINES) to
/// [`FORM_BOX_MAX_LINES`](p::FORM_BOX_MAX_LINES) short lines printed line
/// under line, with a blank line above and below, at most
/// [`FORM_BOX_MAX_SENTENCES`](p::FORM_BOX_MAX_SENTENCES) of them
/// sentences, closed by a row of
/// buttons in brackets ("\[Download now\]") or holding a form's field
/// ("\[ \] I agree ...", "\[ Select ▼\]", "Email \[      \]
/// \[Sign up\]"). A download's gate, a sign-up, an event's promo, a
/// product's card: the pitch and the fields' names read as short lines of
/// the article, but a text browser draws only a form's controls in
/// brackets.
fn drop_form_boxes(blocks: &[Block<'_>], feats: &[Features], decisions: &mut [Decision]) {
    if is_html(blocks) {
        return;
    }
    let buttons = |k: usize| {
        let text = blocks[k].text.trim();
        text.starts_with('[') && text.ends_with(']') && is_button_row(text)
    };
    // A field anywhere in the line: a text field, empty or filled in
    // ("PLZ [        ]", "Home price [ $500,000 ]"), a checkbox, a
    // drop-down ("[Nutrición ▼]", "[30 years ▾]").
    // Most lines have no bracket: one search settles them.
    let field = |k: usize| {
        let text = &blocks[k].text;
        feats[k].form_row
            || memchr::memchr(b'[', text.as_bytes()).is_some()
                && (text.contains("[ ]")
                    || text.contains("[   ")
                    || text.contains(['▼', '▾']) && text.contains("]")
                    || text.contains("[ ") && text.contains(" ]"))
    };
    // A pitch or a note of consent ends a sentence; paragraphs printed
    // line under line end many.
    let sentence =
        |k: usize| feats[k].ends_sentence && !blocks[k].text.trim_start().starts_with('[');
    for run in printed_runs(blocks, 0..blocks.len(), |_| true) {
        let fits = (p::FORM_BOX_MIN_LINES..=p::FORM_BOX_MAX_LINES).contains(&run.len())
            && run
                .clone()
                .all(|k| feats[k].words <= p::FORM_BOX_LINE_MAX_WORDS)
            && run.clone().filter(|&k| sentence(k)).count() <= p::FORM_BOX_MAX_SENTENCES;
        if !fits || !(buttons(run.end - 1) || run.clone().any(field)) {
            continue;
        }
        for k in run {
            decisions[k] = Decision {
                label: Label::Boilerplate,
                note: "boilerplate: a form's box, its fields or buttons in brackets",
            };
        }
    }
}

/// In scraped text, an appeal set into the article without rules: a row
/// of buttons under a call to give or subscribe, with the box's title a
/// paragraph or two above the call ("Support The Saltire Times", a pitch,
/// "please consider supporting us", "\[Support us monthly\]"), and a
/// line of fine print with a price under the buttons; or the call itself
/// titles the box, over one line of pitch and the row ("Donate now", a
/// pitch, "\[ £18 \]  \[ £36 \]"). The pitch reads as well as the
/// article; the title over it and the buttons under it mark the box.
fn drop_appeal_boxes(
    blocks: &[Block<'_>],
    feats: &[Features],
    region: std::ops::Range<usize>,
    decisions: &mut [Decision],
) {
    if is_html(blocks) {
        return;
    }
    let start = region.start;
    for buttons in region
        .clone()
        .filter(|&i| i > start && is_button_row(&blocks[i].text))
    {
        let call = buttons - 1;
        if !is_signup_prompt(&feats[call]) {
            // Or the call titles the box, over its pitch and a row of
            // amounts to give ("Donate now", "A warm bed ... costs £18 a
            // night.", "\[ £18 \]  \[ £36 \]"); the call may stand again
            // under the row.
            let titled = call > start
                && feats[call].words <= p::SUBSCRIBE_PITCH_MAX_WORDS
                && is_signup_prompt(&feats[call - 1])
                && feats[call - 1].words <= p::APPEAL_TITLE_MAX_WORDS;
            if titled {
                let again =
                    region.contains(&(buttons + 1)) && is_signup_prompt(&feats[buttons + 1]);
                for decision in &mut decisions[call - 1..buttons + 1 + usize::from(again)] {
                    *decision = Decision {
                        label: Label::Boilerplate,
                        note: "boilerplate: an appeal's box set into the article",
                    };
                }
            }
            continue;
        }
        let title = (call
            .saturating_sub(p::APPEAL_PITCH_MAX_BLOCKS + 1)
            .max(start)..call)
            .rev()
            // An ad's label heads the ad, not the appeal under it.
            .take_while(|&k| !is_ad_label(&feats[k]))
            .find(|&k| {
                feats[k].words <= p::APPEAL_TITLE_MAX_WORDS && is_box_title(&blocks[k], &feats[k])
            });
        let Some(title) = title else { continue };
        let fine_print = region.contains(&(buttons + 1))
            && feats[buttons + 1].words <= p::APPEAL_FINE_PRINT_MAX_WORDS
            && blocks[buttons + 1].text.contains(['£', '$', '€']);
        let end = buttons + 1 + usize::from(fine_print);
        for decision in &mut decisions[title..end] {
            *decision = Decision {
                label: Label::Boilerplate,
                note: "boilerplate: an appeal's box set into the article",
            };
        }
    }
}

/// Whether a line of scraped text is a row of buttons: labels of at most
/// [`BUTTON_MAX_WORDS`](p::BUTTON_MAX_WORDS) words, parted by runs of
/// spaces, at least one of them in brackets as a text browser prints a
/// form's button ("\[Request a demo\]   Talk to sales"), or else at least
/// two, each in title case and without figures ("Give Now   Start a
/// Fund"). No label ends a sentence.
fn is_button_row(text: &str) -> bool {
    let labels: SmallVec<[&str; 4]> = text
        .split("  ")
        .map(str::trim)
        .filter(|label| !label.is_empty())
        .collect();
    let fits = |label: &&str| {
        label.split_whitespace().count() <= p::BUTTON_MAX_WORDS
            && !label.ends_with(['.', '!', '?', ':'])
    };
    if labels.is_empty() || !labels.iter().all(fits) {
        return false;
    }
    let bracketed = |label: &&str| label.starts_with('[') && label.ends_with(']');
    let title_case = |label: &&str| {
        label.starts_with(char::is_uppercase) && !label.contains(|c: char| c.is_ascii_digit())
    };
    labels.iter().any(bracketed) || labels.len() >= 2 && labels.iter().all(title_case)
}

/// Gives uncertain blocks the class of their firm neighbours, unless they
/// carry evidence of boilerplate of their own.
fn smooth(firm: &[Class], scores: &[Score]) -> Vec<Class> {
    let mut out = firm.to_vec();
    let mut i = 0;
    while i < firm.len() {
        if firm[i] != Class::Uncertain {
            i += 1;
            continue;
        }
        let start = i;
        while i < firm.len() && firm[i] == Class::Uncertain {
            i += 1;
        }
        let before = start.checked_sub(1).map_or(Class::Bad, |j| firm[j]);
        let after = firm.get(i).copied().unwrap_or(Class::Bad);
        for j in start..i {
            out[j] = match (before, after) {
                (Class::Good, Class::Good) if scores[j].hard > -p::SMOOTH_MAX_HARD_EVIDENCE => {
                    Class::Good
                }
                (Class::Bad, Class::Bad) => Class::Bad,
                _ if scores[j].value > 0.0 => Class::Good,
                _ => Class::Bad,
            };
        }
    }
    out
}

/// In HTML, an uncertain block goes with its box: in a container that
/// holds boilerplate and no body (a booking widget's fine print, "Not for
/// emergencies."), it is boilerplate, whatever the paragraphs around the
/// box make of it.
fn side_with_boxes(blocks: &[Block<'_>], firm: &[Class], smoothed: &mut [Class]) {
    if !is_html(blocks) {
        return;
    }
    let container = |i: usize| {
        blocks[i]
            .dom
            .as_ref()
            .map_or(0, |dom| dom.container as usize)
    };
    let size = (0..blocks.len()).map(container).max().map_or(0, |c| c + 1);
    // For each container: whether it holds firm body, firm boilerplate.
    let mut holds = vec![(false, false); size];
    for (i, &class) in firm.iter().enumerate() {
        let entry = &mut holds[container(i)];
        entry.0 |= class == Class::Good;
        entry.1 |= class == Class::Bad;
    }
    // Headings, quotes and captions are judged as before: a live update's
    // title shares its box with the update's author line, a pull quote its
    // figure with the speaker's credit.
    let judged_alone = |i: usize| {
        blocks[i].dom.as_ref().is_some_and(|dom| {
            dom.heading > 0
                || dom.landmarks.contains(Landmarks::BLOCKQUOTE)
                || dom.hints.contains(Hints::CAPTION)
        })
    };
    for i in 0..blocks.len() {
        if firm[i] == Class::Uncertain && holds[container(i)] == (false, true) && !judged_alone(i) {
            smoothed[i] = Class::Bad;
        }
    }
}

/// Whether a block opens a section that is not the article, or closes the
/// article with a credit line.
fn is_section_break(f: &Features) -> bool {
    f.titled_comments_header
        || f.phrase.is_some_and(|m| match m.kind {
            PhraseKind::EndCredit => f.words <= p::END_CREDIT_MAX_WORDS,
            // "Copyright ..." opens the footer.
            PhraseKind::Copyright => m.opening && f.words <= p::FOOTER_LINE_MAX_WORDS,
            kind => {
                kind.opens_other_section()
                    && ((m.strength() >= p::SECTION_BREAK_MIN_COVERAGE
                        && f.words <= p::SECTION_BREAK_MAX_WORDS)
                        // "Related coverage from Money Matters:", or "More on
                        // Book Reviews" above "1. ..." or bulleted items,
                        // heads the list under it, however long its name.
                        || (m.opening
                            && (f.ends_colon || f.heads_list)
                            && f.words <= p::SECTION_LABEL_MAX_WORDS))
            }
        })
}

/// "Add a comment" under every step of a guide: a comments link printed
/// once per item, not the header of the page's comments, which stands once.
fn is_comment_link_per_item(f: &Features) -> bool {
    f.repeats >= p::COMMENT_LINK_PER_ITEM_MIN_REPEATS && is_comments_line(f)
}

/// A line that a comments phrase names, other than the header that quotes
/// the article's title ("12 thoughts on ...").
fn is_comments_line(f: &Features) -> bool {
    !f.titled_comments_header && f.phrase.is_some_and(|m| m.kind == PhraseKind::Comments)
}

/// A comments line that is such a link, or belongs to its widget: a
/// count ("1 comment") or the form it opens ("Cancel", "Post comment")
/// right under it.
fn is_in_comment_widget_per_item(feats: &[Features], i: usize) -> bool {
    is_comments_line(&feats[i])
        && feats[i.saturating_sub(p::COMMENT_WIDGET_MAX_LINES)..=i]
            .iter()
            .any(is_comment_link_per_item)
}

/// "Tags: Lindhorst  Bahn  Verkehr", "Topics: Food, Restaurants": a
/// navigation label over at least two topics, parted by wide gaps, commas,
/// dots or bars.
fn is_tags_line(text: &str, f: &Features) -> bool {
    if !f
        .phrase
        .is_some_and(|m| m.kind == PhraseKind::Navigation && m.label && m.opening)
    {
        return false;
    }
    let Some((_, topics)) = text.split_once([':', '：']) else {
        return false;
    };
    let parted = |gap: &str| topics.split(gap).filter(|t| !t.trim().is_empty()).count();
    p::TAGS_LINE_GAPS
        .iter()
        .any(|&gap| parted(gap) >= p::TAGS_LINE_MIN_TOPICS)
}

/// Whether a block is links and nothing else (a post's tags, a card's
/// headline).
fn is_links_only(f: &Features) -> bool {
    f.link_density >= p::LINKS_ONLY_MIN_SHARE
}

/// Whether a block marks an item in a list of items (a date line, a
/// comment count, "... says:"): inside an article these are rare, in comment
/// sections and teaser lists they recur with every item.
fn is_item_marker(f: &Features) -> bool {
    f.words <= p::ITEM_MARKER_MAX_WORDS
        && (f.date_coverage >= p::DATE_LINE_MIN_COVERAGE
            || f.ends_with_count
            || f.phrase.is_some_and(|m| {
                m.kind == PhraseKind::Comments
                    && (m.coverage >= p::ITEM_MARKER_MIN_COVERAGE || m.closing)
            }))
}

/// What each block weighs in the choice of the main region: body adds its
/// words, boilerplate costs, and breaks between sections cost a lot.
fn region_weights(
    blocks: &[Block<'_>],
    feats: &[Features],
    firm: &[Class],
    smoothed: &[Class],
    in_table: &[bool],
    listed: &[bool],
) -> Vec<f32> {
    // The last block inside the container a page marks as its article's.
    let content_end = blocks.iter().rposition(|block| {
        block
            .dom
            .as_ref()
            .is_some_and(|dom| !dom.landmarks.contains(Landmarks::OUTSIDE_CONTENT))
    });
    // Body below that container and outside its parent counts less: a
    // video's description or a teaser's summary under the article reads
    // as well as its paragraphs.
    let share = |i: usize| match &blocks[i].dom {
        Some(dom)
            if dom.landmarks.contains(Landmarks::FAR_FROM_CONTENT)
                && content_end.is_some_and(|end| i > end) =>
        {
            p::REGION_OUTSIDE_CONTENT_SHARE
        }
        _ => 1.0,
    };
    (0..feats.len())
        .map(|i| {
            let words = feats[i].words as f32;
            // Text printed several times on the page counts once.
            let repeats = feats[i].repeats.max(1) as f32;
            if feats[i].copies_neighbours {
                // Its words are counted where they stand on their own.
                0.0
            } else if is_section_break(&feats[i]) {
                if is_source_inside(blocks, feats, firm, in_table, i)
                    || is_in_drawn_box(&blocks[i].text)
                    || is_button_among_paragraphs(blocks, firm, i)
                    || heads_its_own_paragraph(blocks, feats, firm, i)
                    || heads_box_among_questions(blocks, feats, i)
                    || is_in_comment_widget_per_item(feats, i)
                    || is_source_under_caption(feats, i)
                {
                    bad_weight(words)
                } else if !is_related_header(&feats[i]) {
                    -p::REGION_SECTION_BREAK
                } else if is_inline_link(&feats[i])
                    // A video card's running time ("Duration 4:31") closes
                    // a figure, not the article.
                    || features::opens_with_running_time(&blocks[i].text)
                    || opens_inline_box(blocks, feats, firm, i)
                    || sums_up_above(blocks, feats, firm, i)
                {
                    bad_weight(words)
                } else if heads_paragraphs(feats, firm, i) {
                    -p::REGION_RELATED_BREAK
                } else {
                    -p::REGION_RELATED_LIST_BREAK
                }
            } else if is_tags_line(&blocks[i].text, &feats[i])
                && follows_body(feats, firm, i)
                && !article_goes_on_at(blocks, feats, firm, i + 1)
            {
                // The topics the article was filed under close it, unless
                // it goes on right below them (an author's bio is one
                // paragraph).
                -p::REGION_SECTION_BREAK
            } else if feats[i].glued_headline || feats[i].cookie_notice {
                // A teaser card, however much it reads like a paragraph; a
                // consent banner, however long its sentences.
                bad_weight(words)
            } else if firm[i] == Class::Good {
                share(i) * words.max(1.0) / repeats
            } else if smoothed[i] == Class::Good {
                share(i) * p::REGION_SMOOTHED_PER_WORD * words / repeats
            } else if in_table[i] {
                // Figures are neither prose nor boilerplate: a table stands
                // in an article without ending it.
                0.0
            } else if score::opens_with_credit(&feats[i]) || is_echoed_caption(feats, i) {
                // Captions and credits stand among the paragraphs of the
                // article they illustrate: not body, but no break in it.
                0.0
            } else if listed[i] || feats[i].chapter_entry {
                // A checklist is the article's, however short its items,
                // and so is a list of dates that the article introduces
                // ("The full schedule:") or an episode's chapters.
                0.0
            } else if is_item_marker(&feats[i]) {
                -p::REGION_ITEM_MARKER
            } else {
                bad_weight(words)
            }
        })
        .collect()
}

/// In HTML, the items of a list that stands between two paragraphs in the
/// container that holds them both, at most
/// [`INLINE_BOX_MAX_BLOCKS`](p::INLINE_BOX_MAX_BLOCKS) blocks from each: a
/// list of results or names under the article's subheading, however short
/// its items. Links and phrases make a menu or a box of teasers, not such
/// a list.
fn lists_among_paragraphs(blocks: &[Block<'_>], feats: &[Features], firm: &[Class]) -> Vec<usize> {
    let is_item = |j: usize| {
        blocks[j]
            .dom
            .as_ref()
            .is_some_and(|dom| dom.landmarks.contains(Landmarks::LIST))
            && feats[j].link_density <= p::LINK_FROM
            && feats[j].phrase.is_none()
    };
    let container = |j: usize| blocks[j].dom.as_ref().map(|dom| dom.container);
    let mut items = Vec::new();
    let mut i = 0;
    while i < blocks.len() {
        let run = (i..blocks.len()).take_while(|&j| is_item(j)).count();
        if run == 0 {
            i += 1;
            continue;
        }
        let end = i + run;
        let above = (i.saturating_sub(p::INLINE_BOX_MAX_BLOCKS)..i)
            .rev()
            .find(|&j| is_paragraph(feats, firm, j));
        let below = (end..blocks.len())
            .take(p::INLINE_BOX_MAX_BLOCKS)
            .find(|&j| is_paragraph(feats, firm, j));
        if let (Some(above), Some(below)) = (above, below)
            && let Some(holder) = container(above)
            && container(below) == Some(holder)
            && (i..end).all(|j| in_element(&blocks[j], holder))
        {
            items.extend(i..end);
        }
        i = end;
    }
    items
}

/// In HTML, the boxes that related headers head inside the page's content
/// element, with paragraphs of body above them and two paragraphs of body
/// at most [`CONTENT_BOX_REACH`](p::CONTENT_BOX_REACH) blocks below, in
/// that element too: a "Most read" carousel a page injects between the
/// parts of the article's text. Each box runs from its header to the
/// paragraph where the article goes on.
fn boxes_inside_the_content(
    blocks: &[Block<'_>],
    feats: &[Features],
    firm: &[Class],
) -> Vec<std::ops::Range<usize>> {
    if !is_html(blocks) {
        return Vec::new();
    }
    let inside = |j: usize| {
        blocks[j]
            .dom
            .as_ref()
            .is_some_and(|dom| !dom.landmarks.contains(Landmarks::OUTSIDE_CONTENT))
    };
    let mut boxes = Vec::new();
    // A header, not a link ("Read more »").
    let header = |i: usize| {
        is_related_header(&feats[i]) && feats[i].link_density <= p::LINK_FROM && inside(i)
    };
    // Whether a paragraph stands above each block in the same stretch of
    // the content element: one pass, not a search back from each header.
    let mut paragraph_above = false;
    for i in 0..feats.len() {
        if !inside(i) {
            paragraph_above = false;
            continue;
        }
        if paragraph_above && header(i) {
            let resume = (i + 1..feats.len().saturating_sub(1))
                .take(p::CONTENT_BOX_REACH)
                .take_while(|&j| inside(j))
                .find(|&j| inside(j + 1) && two_paragraphs_at(feats, firm, j));
            if let Some(resume) = resume {
                boxes.push(i..resume);
            }
        }
        paragraph_above |= is_paragraph(feats, firm, i);
    }
    boxes
}

/// Whether block `i` heads a summary box ("Key takeaways", see
/// [`SUMMARY_HEADERS`](p::SUMMARY_HEADERS)) after the article has begun:
/// [`SUMMARY_AFTER_BODY_MIN_PARAGRAPHS`](p::SUMMARY_AFTER_BODY_MIN_PARAGRAPHS)
/// paragraphs of body stand within
/// [`SUMMARY_AFTER_BODY_REACH`](p::SUMMARY_AFTER_BODY_REACH) blocks above.
/// One is not enough: a photo's description reads as a sentence.
fn sums_up_above(blocks: &[Block<'_>], feats: &[Features], firm: &[Class], i: usize) -> bool {
    // Headers are short; only a related header's text is lowercased.
    let text = blocks[i]
        .text
        .trim_end_matches(':')
        .trim_end()
        .to_lowercase();
    p::SUMMARY_HEADERS.contains(&text.as_str())
        && (i.saturating_sub(p::SUMMARY_AFTER_BODY_REACH)..i)
            .filter(|&j| is_paragraph(feats, firm, j))
            .count()
            >= p::SUMMARY_AFTER_BODY_MIN_PARAGRAPHS
}

/// What a boilerplate block of `words` words weighs in the region.
fn bad_weight(words: f32) -> f32 {
    -(p::REGION_BAD_BASE + p::REGION_BAD_PER_WORD * words)
}

/// The items of the lists right under a header of references ("References",
/// "Footnotes", "Sources"): a bulleted or numbered list of citations.
fn citations(blocks: &[Block<'_>], feats: &[Features]) -> Vec<usize> {
    let heads_citations = |f: &Features| {
        f.phrase
            .is_some_and(|m| m.kind == PhraseKind::EndCredit && m.opening && m.closing)
    };
    let is_item = |j: usize| {
        blocks[j].bullet
            || feats[j].item_number != 0
            || blocks[j]
                .dom
                .as_ref()
                .is_some_and(|dom| dom.landmarks.contains(Landmarks::LIST))
    };
    let mut items = Vec::new();
    for i in (0..feats.len()).filter(|&i| heads_citations(&feats[i])) {
        // A short note on how sources are chosen may stand between the
        // header and its list: it goes with the list.
        let noted = i + 2 < feats.len()
            && !is_item(i + 1)
            && is_item(i + 2)
            && feats[i + 1].words <= p::CITATIONS_NOTE_MAX_WORDS;
        if noted {
            items.push(i + 1);
        }
        let first = i + 1 + noted as usize;
        items.extend((first..feats.len()).take_while(|&j| is_item(j)));
    }
    items
}

/// Whether a block heads a box or list of other stories.
fn is_related_header(f: &Features) -> bool {
    // The kind first: most blocks have no phrase.
    f.phrase.is_some_and(|m| m.kind == PhraseKind::Related) && is_section_break(f)
}

/// The items of a list of other stories right under a related-stories
/// header weigh as boilerplate, however much they read like sentences:
/// numbered or bulleted headlines ("Most popular", then "1. ...", "2. ...";
/// "More Great Stories", then "• ...", "• ..."), and cards that are each
/// followed by the same row of buttons ("Share Tweet Pin", "Read more"),
/// and the headlines of a box inside the article, whose subheading below
/// them weighs as body. Returns which blocks are such teasers, and the
/// boxes' subheadings.
fn weigh_teasers_under_related_headers(
    blocks: &[Block<'_>],
    feats: &[Features],
    firm: &[Class],
    weights: &mut [f32],
) -> (Vec<bool>, Vec<usize>) {
    let mut is_teaser = vec![false; feats.len()];
    let mut subheadings = Vec::new();
    for i in (0..feats.len())
        .filter(|&i| is_related_header(&feats[i]) && !sums_up_above(blocks, feats, firm, i))
    {
        let (headlines, subheading) = inline_box(blocks, feats, firm, i).unwrap_or((0..0, None));
        let teasers = listed_teasers(blocks, feats, i)
            .chain(separated_teasers(blocks, feats, i))
            .chain(sentence_teasers(blocks, feats, firm, i))
            .chain(headlines);
        for j in teasers {
            weights[j] = bad_weight(feats[j].words as f32);
            is_teaser[j] = true;
        }
        if let Some(j) = subheading.filter(|&j| !is_teaser[j]) {
            weights[j] = feats[j].words as f32;
            subheadings.push(j);
        }
    }
    (is_teaser, subheadings)
}

/// In scraped text whose paragraphs stand a blank line apart, teaser
/// cards print a headline and the line of its summary right under it, a
/// blank line around the pair; in HTML, a heading that is all link over
/// its summary. Where such pairs follow one another, the summaries weigh
/// less in the choice of the main region: they read as well as the
/// article, and under a short one they outweigh it.
fn weigh_card_summaries(blocks: &[Block<'_>], feats: &[Features], weights: &mut [f32]) {
    let apart = |k: usize| k == 0 || k >= blocks.len() || !features::on_the_next_line(blocks, k);
    // In HTML, a card's headline is a heading that is all link; the
    // article's subheadings link nowhere.
    let set_as_card = |j: usize| match (&blocks[j - 1].dom, &blocks[j].dom) {
        (Some(headline), Some(_)) => headline.heading >= 2 && is_links_only(&feats[j - 1]),
        (None, None) => features::on_the_next_line(blocks, j) && apart(j - 1) && apart(j + 1),
        _ => false,
    };
    let is_pair = |j: usize| {
        let headline = &feats[j - 1];
        set_as_card(j)
            && !is_links_only(&feats[j])
            && feats[j].ends_sentence
            // A headline may ask ("Is the bridge safe?"), or exclaim.
            && (!headline.ends_sentence || blocks[j - 1].text.ends_with(['?', '!']))
            && !headline.ends_colon
            && (p::TEASER_HEADLINE_MIN_WORDS..=p::INLINE_BOX_ITEM_MAX_WORDS)
                .contains(&headline.words)
            && headline.date_coverage == 0.0
            && headline.phrase.is_none()
            && !blocks[j - 1].bullet
    };
    let pairs: Vec<usize> = (1..blocks.len()).filter(|&j| is_pair(j)).collect();
    for (n, &j) in pairs.iter().enumerate() {
        let near = |k: usize| k.abs_diff(j) <= p::CARD_RUN_REACH;
        let in_a_run = n > 0 && near(pairs[n - 1]) || pairs.get(n + 1).is_some_and(|&k| near(k));
        if in_a_run && weights[j] > 0.0 {
            weights[j] *= p::REGION_CARD_SUMMARY_SHARE;
        }
    }
}

/// The paragraphs under a disclaimer's header ("Disclaimer", "Medical
/// disclaimer") weigh as boilerplate, however well they read: a site's
/// fine print is written in sentences. Returns which blocks they are.
fn weigh_fine_print(feats: &[Features], weights: &mut [f32]) -> Vec<bool> {
    let mut fine_print = vec![false; feats.len()];
    let heads_fine_print = |f: &Features| {
        f.words <= p::LEGAL_HEADER_MAX_WORDS
            && !f.ends_sentence
            && f.phrase.is_some_and(|m| {
                m.kind == PhraseKind::Legal && m.strength() >= p::SECTION_BREAK_MIN_COVERAGE
            })
    };
    for i in (0..feats.len()).filter(|&i| heads_fine_print(&feats[i])) {
        let paragraphs = (i + 1..feats.len())
            .take(p::LEGAL_SECTION_MAX_BLOCKS)
            .take_while(|&j| feats[j].words >= p::LEGAL_PARAGRAPH_MIN_WORDS);
        for j in paragraphs {
            weights[j] = bad_weight(feats[j].words as f32);
            fine_print[j] = true;
        }
    }
    fine_print
}

/// The numbered or bulleted headlines right under the header at `header`,
/// with the summaries that hang under them ("• Headline", then the summary
/// indented on the next line), or the cards of headlines each with its
/// summary on the next line, if there are at least [`LISTED_TEASERS_MIN_ITEMS`](p::LISTED_TEASERS_MIN_ITEMS).
fn listed_teasers(
    blocks: &[Block<'_>],
    feats: &[Features],
    header: usize,
) -> std::ops::Range<usize> {
    let short = |j: usize| feats[j].words <= p::TEASER_ITEM_MAX_WORDS;
    // The items, each with the summary under it, if any: where the list
    // ends, and how many items it has.
    let list_end = |is_item: &dyn Fn(usize, usize) -> bool, is_summary: &dyn Fn(usize) -> bool| {
        let (mut j, mut items) = (header + 1, 0);
        while j < feats.len() && is_item(j, items + 1) && short(j) {
            j += 1;
            items += 1;
            if j < feats.len() && is_summary(j) {
                j += 1;
            }
        }
        (j, items)
    };
    let hanging = |j: usize| features::hangs_under(blocks, feats, j);
    let numbered = list_end(&|j, n| feats[j].item_number == n as u32, &hanging);
    let bulleted = list_end(&|j, _| blocks[j].bullet, &hanging);
    // Cards of scraped text: a headline, and on the very next line its
    // summary, a sentence.
    let sentence = |f: &Features| f.ends_sentence && !f.ends_ellipsis;
    let card = |j: usize, _| {
        let summary = j + 1;
        feats[j].words >= p::CARD_HEADLINE_MIN_WORDS
            && !feats[j].ends_sentence
            && !feats[j].ends_ellipsis
            && summary < feats.len()
            && features::on_the_next_line(blocks, summary)
            && sentence(&feats[summary])
    };
    let cards = list_end(&card, &|_| true);
    let (end, items) = [numbered, bulleted, cards]
        .into_iter()
        .max_by_key(|&(_, items)| items)
        .expect("three kinds of list");
    if items >= p::LISTED_TEASERS_MIN_ITEMS {
        header + 1..end
    } else {
        0..0
    }
}

/// In scraped text, the teasers under the header at `header` written as
/// sentences ("A man has been arrested after a tractor was driven through
/// a shop window."): a run of at least
/// [`SENTENCE_TEASERS_MIN_ITEMS`](p::SENTENCE_TEASERS_MIN_ITEMS) lines of
/// one short sentence each, printed line under line, no one quoted, with
/// no paragraph of the article right below them.
fn sentence_teasers(
    blocks: &[Block<'_>],
    feats: &[Features],
    firm: &[Class],
    header: usize,
) -> std::ops::Range<usize> {
    if is_html(blocks) {
        return 0..0;
    }
    let first = header + 1;
    let is_item = |j: usize| {
        let f = &feats[j];
        f.ends_sentence
            && f.sentence_ends <= 1
            && (p::TEASER_HEADLINE_MIN_WORDS..=p::INLINE_BOX_ITEM_MAX_WORDS).contains(&f.words)
            && f.phrase.is_none()
            && !blocks[j].text.starts_with(p::QUOTE_MARKS)
    };
    let end = first
        + (first..feats.len())
            .take_while(|&j| is_item(j) && (j == first || features::on_the_next_line(blocks, j)))
            .count();
    if end - first >= p::SENTENCE_TEASERS_MIN_ITEMS && !is_paragraph(feats, firm, end) {
        first..end
    } else {
        0..0
    }
}

/// The cards under the header at `header` when the same row of buttons,
/// found right under the header, comes back after each of at least
/// [`SEPARATED_TEASERS_MIN_ITEMS`](p::SEPARATED_TEASERS_MIN_ITEMS) cards of
/// one block each.
fn separated_teasers(
    blocks: &[Block<'_>],
    feats: &[Features],
    header: usize,
) -> impl Iterator<Item = usize> {
    let separator = header + 1;
    let is_row = separator < feats.len()
        && feats[separator].repeats >= 2
        && feats[separator].words <= p::TEASER_SEPARATOR_MAX_WORDS;
    let cards = if is_row {
        let row = &blocks[separator].text;
        (separator + 1..feats.len())
            .step_by(2)
            .take_while(|&j| blocks.get(j + 1).is_some_and(|next| next.text == *row))
            .count()
    } else {
        0
    };
    let enough = cards >= p::SEPARATED_TEASERS_MIN_ITEMS;
    (separator + 1..)
        .step_by(2)
        .take(if enough { cards } else { 0 })
}

/// A box of headlines inside the article ("Read also", two headlines,
/// then the article goes on; see [`opens_inline_box`]): its headlines, the
/// blocks between the header and the first block of body by score, where
/// the article resumes, and the article's subheading among them, if any:
/// the last block, right above where the article resumes, under one
/// headline or more, shorter than each of them, no sentence, and not
/// boilerplate by score. Between paragraphs the headlines would pass for
/// the article's lines, and next to them a subheading for one more
/// headline.
fn inline_box(
    blocks: &[Block<'_>],
    feats: &[Features],
    firm: &[Class],
    header: usize,
) -> Option<(std::ops::Range<usize>, Option<usize>)> {
    if !opens_inline_box(blocks, feats, firm, header) {
        return None;
    }
    let subheading_shape = |j: usize| is_subheading_shaped(blocks, feats, j);
    let first = header + 1 + usize::from(is_teaser_photo(feats, firm, header, header + 1));
    // In scraped text a card is printed as one run of lines: the header,
    // a blank line apart from the paragraph above, then a headline, its
    // summary and date, each on the line right under the last. The summary
    // reads like the article, but the article resumes only after a blank
    // line. (On a page printed without blank lines, nothing tells.)
    let set_apart = header > 0 && !features::on_the_next_line(blocks, header);
    let in_the_card =
        |j: usize| set_apart && (header + 1..=j).all(|k| features::on_the_next_line(blocks, k));
    let resume = (first..feats.len()).find(|&j| {
        firm[j] == Class::Good
            && !in_the_card(j)
            && !is_lone_headline(blocks, feats, firm, header, j)
            && !is_headline_in_a_run(blocks, feats, j)
            && !is_headline_over_headings(feats, firm, j)
    })?;
    // In HTML, a subheading without a link in the container of the
    // paragraph where the article resumes is the article's, whatever
    // stands between them (an ad's slot): the box's headlines end above
    // it. A card's headline links to its story.
    let container = |j: usize| blocks[j].dom.as_ref().map(|dom| dom.container);
    let articles_heading = (first..resume).find(|&j| {
        blocks[j].dom.as_ref().is_some_and(|dom| dom.heading >= 2)
            && container(j) == container(resume)
            && feats[j].phrase.is_none()
            && feats[j].link_density == 0.0
    });
    if let Some(j) = articles_heading {
        return Some((header + 1..j, Some(j)));
    }
    // A lead-in over the article's list ends the box, with the subheading
    // right above it, if any.
    if let Some(j) = (first + 1..resume).find(|&j| is_list_lead_in(&feats[j])) {
        let above = j - 1;
        let subheading = above > first && feats[above].phrase.is_none() && subheading_shape(above);
        let end = if subheading { above } else { j };
        return Some((header + 1..end, subheading.then_some(above)));
    }
    // In scraped text, bulleted headlines end where a line without a
    // bullet stands apart from them, a blank line above it: the article
    // resumes there, however low that line scores (a subheading, a
    // sentence leading into a list).
    if !is_html(blocks) {
        let bullets_end = (header + 1..resume)
            .find(|&j| !blocks[j].bullet)
            .unwrap_or(resume);
        // The line is no card's title (its running time on the next line)
        // nor a template's label printed again and again, and the article
        // goes on right under it.
        if bullets_end > header + 1
            && resume - bullets_end <= p::BOX_RESUME_UNDER_BULLETS_MAX_GAP
            && !features::on_the_next_line(blocks, bullets_end)
            // The page may end right under it.
            && (bullets_end + 1 == blocks.len()
                || !features::on_the_next_line(blocks, bullets_end + 1))
            && feats[bullets_end].phrase.is_none()
            && feats[bullets_end].date_coverage == 0.0
            && feats[bullets_end].repeats <= 1
        {
            let is_subheading = feats[bullets_end].words
                >= p::BOX_SUBHEADING_UNDER_BULLETS_MIN_WORDS
                && subheading_shape(bullets_end);
            return Some((
                header + 1..bullets_end,
                is_subheading.then_some(bullets_end),
            ));
        }
    }
    let last = resume - 1;
    // The box's badges ("Subscribers only") are no headlines to measure a
    // subheading by.
    let headlines = || (header + 1..last).filter(|&j| feats[j].words > p::BOX_BADGE_MAX_WORDS);
    // Under bulleted headlines, a line of a few words without a bullet is
    // the article's again, however low it scores.
    let under_bullets = !blocks[last].bullet
        && (header + 1..last).all(|j| blocks[j].bullet)
        && feats[last].phrase.is_none()
        && feats[last].words >= p::BOX_SUBHEADING_UNDER_BULLETS_MIN_WORDS;
    // So is a plain line under the box's one headline, set apart from it:
    // no link, and in scraped text not printed on the line right under it
    // (where a video card's show name stands).
    let under_one_headline = last == header + 2
        && feats[last].phrase.is_none()
        && feats[last].date_coverage == 0.0
        && feats[last].link_density == 0.0
        && !features::on_the_next_line(blocks, last)
        && feats[last].words >= p::BOX_SUBHEADING_UNDER_ONE_HEADLINE_MIN_WORDS;
    // So is a plain line under headlines that each print their date under
    // them, where no date follows it.
    let is_date_line = |j: usize| feats[j].date_coverage >= p::DATE_LINE_MIN_COVERAGE;
    let under_dated_headlines = last >= header + 3
        && is_date_line(last - 1)
        && !is_date_line(last)
        && feats[last].phrase.is_none()
        && feats[last].words >= p::BOX_SUBHEADING_UNDER_BULLETS_MIN_WORDS;
    let subheading = last > header + 1
        && !in_the_card(last)
        && (firm[last] != Class::Bad
            || under_bullets
            || under_one_headline
            || under_dated_headlines)
        && subheading_shape(last)
        && headlines().next().is_some()
        && headlines().all(|j| feats[j].words > feats[last].words);
    if subheading {
        Some((header + 1..last, Some(last)))
    } else {
        Some((header + 1..resume, None))
    }
}

/// Whether a related-stories label carries its own link ("Also: See our
/// coverage of ..."): a line inside the article, not a list's header.
fn is_inline_link(f: &Features) -> bool {
    f.phrase
        .is_some_and(|m| m.label && m.coverage < p::INLINE_LINK_MAX_LABEL_COVERAGE)
}

/// Whether the block at `i` stands straight above two paragraphs of body:
/// teaser summaries, or the article going on under a header left from an
/// emptied box. Headers over anything else (headlines, share buttons
/// between the summaries) head a list of other stories.
fn heads_paragraphs(feats: &[Features], firm: &[Class], i: usize) -> bool {
    two_paragraphs_at(feats, firm, i + 1)
}

/// Whether blocks `j` and `j + 1` are both paragraphs of body: where the
/// article goes on.
fn two_paragraphs_at(feats: &[Features], firm: &[Class], j: usize) -> bool {
    is_paragraph(feats, firm, j) && is_paragraph(feats, firm, j + 1)
}

/// Where the article starts when a byline ("By Jane Doe", "Szerző: Varga
/// Eszter") stands among the region's first
/// [`OPENING_BYLINE_REACH`](p::OPENING_BYLINE_REACH) blocks under at most
/// [`OPENING_BYLINE_MAX_WORDS_ABOVE`](p::OPENING_BYLINE_MAX_WORDS_ABOVE)
/// words, with a date or a share row at most
/// [`OPENING_BYLINE_META_REACH`](p::OPENING_BYLINE_META_REACH) blocks
/// below it: what stands above it is the page's header (headline,
/// standfirst, a summary box), and the body begins at the first paragraph
/// below it.
/// The region's start when there is none.
fn below_opening_byline(
    feats: &[Features],
    firm: &[Class],
    region: std::ops::Range<usize>,
) -> usize {
    let is_byline = |f: &Features| {
        f.words <= p::BYLINE_MAX_WORDS
            && f.phrase
                .is_some_and(|m| m.kind == PhraseKind::Byline && m.coverage >= p::LABEL_COVERAGE)
    };
    let Some(byline) = region
        .clone()
        .take(p::OPENING_BYLINE_REACH)
        .skip(1)
        .find(|&i| is_byline(&feats[i]))
    else {
        return region.start;
    };
    // The header's byline is dated, or has the date or a share row
    // beside it: one over an opinion of several writers is not.
    let is_dated = |f: &Features| f.date_coverage > 0.0;
    let is_share_row = |f: &Features| f.phrase.is_some_and(|m| m.kind == PhraseKind::Share);
    let with_date = (byline..(byline + 1 + p::OPENING_BYLINE_META_REACH).min(region.end))
        .any(|i| is_dated(&feats[i]) || i > byline && is_share_row(&feats[i]));
    let words_above: u32 = (region.start..byline).map(|i| feats[i].words).sum();
    if !with_date || words_above > p::OPENING_BYLINE_MAX_WORDS_ABOVE {
        return region.start;
    }
    (byline + 1..region.end)
        .find(|&i| firm[i] == Class::Good)
        .unwrap_or(region.start)
}

/// Where another article starts inside the region, as on pages that load
/// the next story below the first: a headline (in HTML, an `<h1>`), then
/// within [`NEXT_ARTICLE_BYLINE_REACH`](p::NEXT_ARTICLE_BYLINE_REACH)
/// blocks its byline or date line (in HTML, also a block whose class says
/// byline, author or meta), after at least
/// [`NEXT_ARTICLE_MIN_WORDS`](p::NEXT_ARTICLE_MIN_WORDS) words of body.
/// The region's end when there is none.
fn next_article_start(
    blocks: &[Block<'_>],
    feats: &[Features],
    firm: &[Class],
    listed: &[bool],
    teasers: &[bool],
    update_times: &[usize],
    region: std::ops::Range<usize>,
) -> usize {
    // A teaser's headline in a box whose header recurs among the
    // paragraphs ("READ NEXT" over a card, three times on the page) is no
    // other article's: a page announces the story it loads below once.
    let in_recurring_box = |i: usize| {
        teasers[i]
            && (i.saturating_sub(p::INLINE_BOX_MAX_BLOCKS)..i)
                .rev()
                .find(|&h| is_related_header(&feats[h]))
                .is_some_and(|h| feats[h].repeats > 1)
    };
    // Nor is one of several headlines in a box of teasers (dates and badges
    // aside): a page loads one story below, under one headline.
    let among_teasers = |i: usize| {
        teasers[i] && {
            let first = (0..i).rev().take_while(|&j| teasers[j]).last().unwrap_or(i);
            let end = (i..teasers.len())
                .find(|&j| !teasers[j])
                .unwrap_or(teasers.len());
            (first..end)
                .filter(|&j| {
                    feats[j].words > p::BOX_BADGE_MAX_WORDS
                        && feats[j].date_coverage < p::DATE_LINE_MIN_COVERAGE
                })
                .nth(1)
                .is_some()
        }
    };
    // Nor, in scraped text, a later one of a sponsored unit's headlines
    // over their sources, under the unit's ad label ("Sponsored content",
    // "Cheap flights in October", "Travel Deals", then this one). A story
    // loaded below may stand right under an ad's label.
    let in_sponsored_unit = |i: usize| {
        blocks[i].dom.is_none()
            && (i.saturating_sub(p::SPONSORED_UNIT_MAX_BLOCKS)..i.saturating_sub(1))
                .rev()
                .take_while(|&j| firm[j] != Class::Good)
                .any(|j| {
                    feats[j].phrase.is_some_and(|m| {
                        m.kind == PhraseKind::Advertising
                            && m.strength() >= p::SECTION_BREAK_MIN_COVERAGE
                    })
                })
    };
    let heads_update = |j: usize| update_times.binary_search(&j).is_ok();
    // An item of a list the article introduces ("Precipitation: none" over
    // "Sunrise today: 6:41 a.m.") is no headline, nor a row among rows of
    // facts that read as bylines (a recipe card's "Cook Time 45 minutes",
    // "Cooling Time 15 minutes", "Total Time 1 hour").
    let is_headline = |i: usize| {
        let f = &feats[i];
        !listed[i]
            && !in_recurring_box(i)
            && !among_teasers(i)
            // A title printed twice, as a cover's alt text and under it, is
            // a card's (a book's, a product's), not an article's headline.
            && !f.echoes_neighbour
            // Nor is a quote card's line of figures ("4,18 €  ▲ 2,45%") or
            // of fields parted by runs of spaces ("Volume: 18,342   Market
            // cap: 83.6M"), over its time of quote.
            && !f.no_letters
            && !blocks[i].text.contains("  ")
            && (p::NEXT_ARTICLE_TITLE_MIN_WORDS..=p::TITLE_MAX_WORDS).contains(&f.words)
            && !f.ends_sentence
            && f.phrase.is_none()
            && f.date_coverage == 0.0
            && blocks[i].dom.as_ref().is_none_or(|dom| dom.heading == 1)
            && (i == 0 || !looks_like_byline_or_date(&feats[i - 1]))
            && !in_sponsored_unit(i)
            // Nor is the title of a live report's update, right under its
            // time, with the update's author under it.
            && (i == 0 || !heads_update(i - 1))
    };
    // A video's running time under its title ("2:28") is no date line,
    // nor a widget's clock ("◀ ▶ 6:45 AM"), nor, in scraped text, a dated
    // list item under a box's title ("• Start: September 2025").
    let is_widget_time = |text: &str| is_bare_clock(text) || has_control_glyph(text);
    // Nor is a button's label with a day's word in it ("Join today").
    let is_label_with_day = |j: usize| {
        feats[j].date_coverage < 1.0
            && !blocks[j].text.bytes().any(|b| b.is_ascii_digit())
            && feats[j].phrase.is_none_or(|m| m.kind != PhraseKind::Byline)
    };
    // Nor a recipe's row of facts under its title ("Total time: 2 hours"):
    // figures without a date, and no name after a "By".
    let is_fact_row = |j: usize| {
        let text = &blocks[j].text;
        feats[j].date_coverage == 0.0
            && text.bytes().any(|b| b.is_ascii_digit())
            && !text
                .get(..3)
                .is_some_and(|by| by.eq_ignore_ascii_case("by "))
    };
    // Nor a line of practical facts under a section's title ("Hours:
    // Friday 6-12; Saturday 9-12"), or one of a box's dated fields
    // ("Saturday Vigil: 4:30 p.m." over "Sunday: 8 a.m."): its label is no
    // byline's.
    let dates_nothing = |j: usize| {
        is_widget_time(&blocks[j].text)
            || is_label_with_day(j)
            || is_fact_row(j)
            || is_practical_fact(&blocks[j], &feats[j])
            || in_field_block(blocks, feats, region.clone(), j)
            || blocks[j].bullet && blocks[j].dom.is_none()
    };
    // Nor the time that heads a live report's next update, under the
    // author line that closes the last ("Anna Weber / Reporterin").
    let signs = |j: usize| {
        looks_like_byline_or_date(&feats[j]) && !dates_nothing(j) && !heads_update(j)
            || blocks[j].dom.as_ref().is_some_and(|dom| {
                dom.hints
                    .intersects(Hints::BYLINE | Hints::META | Hints::AUTHOR)
            })
    };
    let mut body_words = 0;
    for i in region.clone() {
        if firm[i] == Class::Good {
            body_words += feats[i].words;
            continue;
        }
        let reach = (i + 1 + p::NEXT_ARTICLE_BYLINE_REACH).min(region.end);
        // A table under the title and its time is a data box's (a game's
        // odds under "HERONS VS. LAKESHORE ODDS" and its start time), not
        // an article's opening.
        let holds_table = || {
            (i + 1..region.end)
                .take_while(|&j| firm[j] != Class::Good)
                .any(|j| feats[j].table_row)
        };
        // A card that asks for a subscription or sign-up under its title
        // and date ("This article is exclusive to subscribers", "Register
        // Now") is a promo for a paid story or an event, not an article
        // loaded below.
        let asks_to_sign_up = || {
            (i + 1..(reach + p::PROMO_CARD_CALL_REACH).min(region.end)).any(|j| {
                feats[j]
                    .phrase
                    .is_some_and(|m| m.kind == PhraseKind::Subscribe && m.strength() >= 1.0)
            })
        };
        // The next article's byline or date stands between its headline
        // and its text; under a paragraph, a date is what the paragraph
        // announces ("When: Saturday, 2-6 p.m.").
        // In scraped text, a title over its date and more lines printed
        // line under line (the time, the place, its address) is a box of
        // an event's facts, not an article's opening.
        let heads_box = || {
            (i + 1..=i + p::NEXT_ARTICLE_BOX_MIN_LINES)
                .all(|j| j < region.end && features::on_the_next_line(blocks, j))
        };
        if body_words >= p::NEXT_ARTICLE_MIN_WORDS
            && is_headline(i)
            && (i + 1..reach)
                .take_while(|&j| firm[j] != Class::Good)
                .any(signs)
            && !holds_table()
            && !asks_to_sign_up()
            && !heads_box()
        {
            return i;
        }
    }
    region.end
}

/// "2:28", "1:04:10": a clock reading alone on its line, perhaps after a
/// player's word ("Listen · 32:14", "Watch 2:28"). Under a title it is a
/// video's or an episode's running time, not the date line of another
/// article.
fn is_bare_clock(text: &str) -> bool {
    if features::is_running_time(text) {
        return true;
    }
    // "02:13 Min.": a running time and its unit.
    if let Some((time, unit)) = text.split_once(' ')
        && features::is_running_time(time)
        && RUNNING_TIME_UNITS.contains(&unit)
    {
        return true;
    }
    let mut words = text.split_whitespace();
    let (Some(first), Some(last)) = (words.next(), words.next_back()) else {
        return false;
    };
    let between_is_a_mark = words.all(|w| w.chars().all(|c| !c.is_alphanumeric()));
    between_is_a_mark
        && features::is_running_time(last)
        && RUNNING_TIME_LABELS
            .iter()
            .any(|w| first.trim_end_matches(':').eq_ignore_ascii_case(w))
}

/// Whether `text` holds an arrow or a shape ("◀ ▶ 6:45 AM"): a widget's
/// control, such as a radar loop's, not a line that dates an article.
fn has_control_glyph(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c, '\u{2190}'..='\u{21FF}' | '\u{25A0}'..='\u{25FF}'))
}

/// Whether block `j` is a paragraph of body long enough to show the
/// article going on.
fn is_paragraph(feats: &[Features], firm: &[Class], j: usize) -> bool {
    j < feats.len() && firm[j] == Class::Good && feats[j].words >= p::INLINE_BOX_RESUME_MIN_WORDS
}

/// In HTML, a related-stories header nested in a box of its own (in
/// another container than the paragraphs, or the text of a `div` among
/// them), with paragraphs of one container just above and below the box,
/// heads a box that stands inside the article ("Related links" floated
/// beside its text): it costs what any boilerplate block costs. So does a
/// copyright line nested so, which credits a gallery's images ("(C) Studio
/// All Rights Reserved.") rather than opening the page's footer.
fn weigh_boxes_nested_in_the_article(
    page: &Page<'_>,
    feats: &[Features],
    firm: &[Class],
    weights: &mut [f32],
) {
    let container = |j: usize| page.blocks[j].dom.as_ref().map(|dom| dom.container);
    let in_a_box = |j: usize| {
        page.blocks[j]
            .dom
            .as_ref()
            .is_some_and(|dom| matches!(dom.tag(), "div" | "aside" | "section"))
    };
    for i in 0..feats.len() {
        // Only a header that costs a break: not one already weighed as a
        // box inside the article or a line of it.
        let copyright = is_section_break(&feats[i])
            && feats[i]
                .phrase
                .is_some_and(|m| m.kind == PhraseKind::Copyright);
        if !(is_related_header(&feats[i]) || copyright) || weights[i] > -p::REGION_RELATED_BREAK {
            continue;
        }
        // A list's items stand in a container of their own: the paragraph
        // above the box is the nearest one outside a list.
        let in_list = |j: usize| {
            page.blocks[j]
                .dom
                .as_ref()
                .is_some_and(|dom| dom.landmarks.contains(Landmarks::LIST))
        };
        let before = (i.saturating_sub(p::INLINE_BOX_MAX_BLOCKS)..i)
            .rev()
            .find(|&j| is_paragraph(feats, firm, j) && !in_list(j));
        // The paragraph under the box may lead into a list ("The main
        // changes:"): a lead-in of the same container resumes the article.
        let resumes = |j: usize, before: usize| {
            is_paragraph(feats, firm, j)
                || feats[j].ends_colon
                    && firm[j] != Class::Bad
                    && container(j).is_some()
                    && container(j) == container(before)
        };
        // The box's own headlines are links, however well they read.
        let after = before.and_then(|before| {
            (i + 1..(i + 1 + p::INLINE_BOX_MAX_BLOCKS).min(feats.len()))
                .filter(|&j| feats[j].link_density <= p::LINK_FROM)
                .find(|&j| resumes(j, before))
        });
        if let (Some(before), Some(after)) = (before, after)
            && container(before).is_some()
            && container(before) == container(after)
            && (container(i) != container(before) || in_a_box(i))
        {
            weights[i] = bad_weight(feats[i].words as f32);
        }
    }
}

/// In HTML, the blocks of a review's verdict boxes: the smallest element
/// holding a label of pros ("Pros", "Lo mejor", "Zalety") and one of cons
/// just below it ([`PROS_LABELS`](p::PROS_LABELS)), with its score, its
/// one-line summary and its score or buy button. Their items are short and plain,
/// as the article's own lines may be; the labels give the box away. An
/// element as large as an article is the article, whose own section of
/// pros and cons is body.
fn verdict_boxes(blocks: &[Block<'_>], feats: &[Features]) -> Vec<usize> {
    let is_label = |j: usize, labels: &[&str]| {
        blocks[j].dom.is_some()
            && feats[j].words <= p::VERDICT_LABEL_MAX_WORDS
            && is_header_among(&blocks[j].text, labels)
    };
    // A score ("84", "Rating: 4/5", "★★★★☆") or a buy button makes it a
    // verdict; a comparison's plain box of pros and cons under a model's
    // name is the article's.
    let verdict_mark = |j: usize| {
        let text = &blocks[j].text;
        feats[j].words <= p::VERDICT_MARK_MAX_WORDS
            && (text.starts_with(|c: char| c.is_ascii_digit())
                || text.contains(['★', '☆'])
                || has_rating(text)
                || feats[j].link_density > p::LINK_FROM)
    };
    let mut boxed = Vec::new();
    for pros in (0..blocks.len()).filter(|&i| is_label(i, p::PROS_LABELS)) {
        let Some(cons) = (pros + 1..blocks.len())
            .take(p::VERDICT_LABELS_REACH)
            .find(|&j| is_label(j, p::CONS_LABELS))
        else {
            continue;
        };
        let (Some(a), Some(b)) = (&blocks[pros].dom, &blocks[cons].dom) else {
            continue;
        };
        // The pros and cons may have a box of their own inside the
        // verdict's, which holds the score: the elements holding both,
        // from the innermost out, while they are small enough.
        let holding_both = a.element.lineage().filter(|&r| b.element.is_within(r));
        for element in holding_both.take(p::VERDICT_BOX_MAX_LEVELS) {
            let inside = |j: usize| in_element(&blocks[j], element);
            let start = (0..pros)
                .rev()
                .take_while(|&j| inside(j))
                .last()
                .unwrap_or(pros);
            let end = (cons..blocks.len()).take_while(|&j| inside(j)).count() + cons;
            let words: u32 = feats[start..end].iter().map(|f| f.words).sum();
            if end - start > p::VERDICT_BOX_MAX_BLOCKS || words > p::VERDICT_BOX_MAX_WORDS {
                break;
            }
            if (start..end).any(verdict_mark) {
                boxed.extend(start..end);
                break;
            }
        }
    }
    boxed
}

/// In scraped text, a review's lists of pros and cons: a label of pros
/// ([`PROS_LABELS`](p::PROS_LABELS)) over bulleted items, then a label of
/// cons over more. Their items are short and plain, and the review's
/// verdict may follow them.
fn pros_and_cons_lines(blocks: &[Block<'_>], feats: &[Features]) -> Vec<usize> {
    let is_label = |j: usize, labels: &[&str]| {
        blocks[j].dom.is_none()
            && !blocks[j].bullet
            && feats[j].words <= p::VERDICT_LABEL_MAX_WORDS
            && blocks.get(j + 1).is_some_and(|b| b.bullet)
            && is_header_among(&blocks[j].text, labels)
    };
    // The bulleted items right under a label, and where they end.
    let items_end = |label: usize| {
        (label + 1..blocks.len())
            .take_while(|&j| blocks[j].bullet)
            .last()
            .map(|last| last + 1)
    };
    let mut lines = Vec::new();
    for pros in (0..blocks.len()).filter(|&i| is_label(i, p::PROS_LABELS)) {
        let Some(cons) = items_end(pros) else {
            continue;
        };
        if cons < blocks.len()
            && is_label(cons, p::CONS_LABELS)
            && let Some(end) = items_end(cons)
        {
            lines.extend(pros..end);
        }
    }
    lines
}

/// In HTML, the blocks of cards set into the page: a restaurant's, a
/// hotel's, a product's, each an element of a few short lines (a name, a
/// kind and a price, an address, perhaps a one-sentence blurb) closed by
/// its button ("Book a table", "Buy now"). Read line by line, a card's name
/// and blurb pass for a subheading and a sentence of the article.
fn cards(blocks: &[Block<'_>], feats: &[Features]) -> Vec<usize> {
    let is_button = |j: usize| {
        blocks[j].dom.as_ref().is_some_and(|dom| dom.heading == 0)
            && feats[j].words <= p::CARD_BUTTON_MAX_WORDS
            && feats[j].link_density > p::LINK_FROM
    };
    let mut carded = Vec::new();
    for button in (1..blocks.len()).filter(|&j| is_button(j)) {
        let Some(dom) = &blocks[button].dom else {
            continue;
        };
        // The button's nearest element holding the line above it: its
        // parent's, or its own when it is loose text in the card's box.
        let Some(card) = dom
            .element
            .lineage()
            .find(|&r| in_element(&blocks[button - 1], r))
        else {
            continue;
        };
        let inside = |j: usize| in_element(&blocks[j], card);
        // Other buttons may follow the card's link ("Zum Angebot", then
        // "Merken").
        let trailing = (button + 1..blocks.len())
            .take(p::CARD_TRAILING_BUTTONS + 1)
            .take_while(|&j| inside(j))
            .count();
        if trailing > p::CARD_TRAILING_BUTTONS
            || feats[button + 1..=button + trailing]
                .iter()
                .any(|f| f.words > p::CARD_BUTTON_MAX_WORDS)
        {
            continue;
        }
        let start = (0..button)
            .rev()
            .take(p::CARD_MAX_BLOCKS)
            .take_while(|&j| inside(j))
            .last()
            .unwrap_or(button);
        let lines = &feats[start..=button];
        let fits = (p::CARD_MIN_BLOCKS..=p::CARD_MAX_BLOCKS).contains(&lines.len())
            && (start == 0 || !inside(start - 1))
            && lines.iter().all(|f| f.words <= p::CARD_LINE_MAX_WORDS)
            && lines.iter().map(|f| f.words).sum::<u32>() <= p::CARD_MAX_WORDS
            && lines.iter().filter(|f| f.ends_sentence).count() <= 1
            // A price or a price range ("€€", "from £89 a night") makes it
            // an offer; a list of links (contributors, tags) has none.
            && (start..button).any(|j| blocks[j].text.contains(p::CARD_CURRENCIES))
            && (start..button).all(|j| !is_button(j));
        if fits {
            carded.extend(start..=button + trailing);
        }
    }
    carded
}

/// Whether a block of HTML lies inside the page's element `element`.
fn in_element(block: &Block<'_>, element: u32) -> bool {
    block
        .dom
        .as_ref()
        .is_some_and(|dom| dom.element.is_within(element))
}

/// Whether `text` holds a rating: a number, a slash and a number ("4/5",
/// "8,5 / 10"), or a mark with decimals ("Testnote: 2,0", "8.5 Great").
fn has_rating(text: &str) -> bool {
    let out_of_scale = text.match_indices('/').any(|(at, _)| {
        let before = text[..at].trim_end();
        let after = text[at + 1..].trim_start();
        before.ends_with(|c: char| c.is_ascii_digit())
            && after.starts_with(|c: char| c.is_ascii_digit())
    });
    let with_decimals = text
        .as_bytes()
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && matches!(w[1], b'.' | b',') && w[2].is_ascii_digit());
    out_of_scale || with_decimals
}

/// In HTML, the blocks of a box standing among the paragraphs of one
/// container: an `<aside>` (a bill's status, a fact box floated beside the
/// text), or any element nested in the paragraphs' own container (a
/// newsletter sign-up, a card of a related story). The article goes on
/// around it, so it is no break in the region. Its blocks are judged on
/// their own: some boxes hold the article's key points.
fn asides_inside_the_article(
    blocks: &[Block<'_>],
    feats: &[Features],
    firm: &[Class],
) -> Vec<usize> {
    let dom = |j: usize| blocks[j].dom.as_ref();
    let in_aside = |j: usize| {
        dom(j).is_some_and(|dom| {
            dom.landmarks.contains(Landmarks::ASIDE)
                && !dom
                    .landmarks
                    .intersects(Landmarks::OUTSIDE_CONTENT | Landmarks::NAV)
        })
    };
    // Set inside the container of paragraph `outer`, in an element of its
    // own: deeper than the paragraph, under another parent.
    let nested_in = |j: usize, outer: usize| match (dom(j), dom(outer)) {
        (Some(inner), Some(outer)) => {
            inner.container != outer.container
                && inner.depth > outer.depth
                && !inner
                    .landmarks
                    .intersects(Landmarks::OUTSIDE_CONTENT | Landmarks::NAV)
        }
        _ => false,
    };
    let container = |j: usize| dom(j).map(|dom| dom.container);
    // Prose, not a row of links under a verdict box.
    let prose = |j: usize| is_paragraph(feats, firm, j) && feats[j].link_density <= p::LINK_FROM;
    let mut asides = Vec::new();
    let mut i = 0;
    while i < blocks.len() {
        let before = i.checked_sub(1).filter(|&j| prose(j) && !in_aside(j));
        let mut run = (i..blocks.len()).take_while(|&j| in_aside(j)).count();
        if run == 0
            && let Some(before) = before
        {
            run = (i..blocks.len())
                .take_while(|&j| nested_in(j, before))
                .count();
        }
        if run == 0 {
            i += 1;
            continue;
        }
        let mut end = i + run;
        // The box's own loose text may close it, a sibling of the
        // paragraphs in the DOM: a "Read 188 replies" link straight in an
        // embedded post's element.
        let own_text = |j: usize| {
            dom(j).is_some_and(|dom| dom.tag() == "div")
                && feats[j].words <= p::INLINE_ASIDE_OWN_TEXT_MAX_WORDS
                && before.is_some_and(|before| container(j) == container(before))
        };
        if end + 1 < blocks.len() && own_text(end) && prose(end + 1) {
            end += 1;
        }
        // The paragraph after the box, perhaps under the next section's
        // subheading.
        let after = Some(end)
            .filter(|&j| j < blocks.len() && prose(j))
            .or_else(|| {
                Some(end + 1)
                    .filter(|&j| j < blocks.len() && is_subheading(&blocks[end]) && prose(j))
            });
        if let (Some(before), Some(after)) = (before, after)
            && run <= p::INLINE_ASIDE_MAX_BLOCKS
            && container(before).is_some()
            && container(before) == container(after)
        {
            asides.extend(i..end);
        }
        i = end;
    }
    asides
}

/// The short blocks right under an embedded post's signature ("— Name
/// (@handle) May 2, 2025"): its counts and buttons ("1.2K", "Reply",
/// "Copy link", "Read 214 replies"). In scraped text, a post's card signs
/// it with its time stamp ("11:02 PM · Mar 16, 2025") under the post, its
/// author's handle over it ("Fragline @FraglineGG · Follow"): the time
/// stamp is one of the card's lines too.
fn post_buttons(blocks: &[Block<'_>], feats: &[Features]) -> Vec<usize> {
    let card_stamp = |i: usize| {
        blocks[i].dom.is_none()
            && feats[i].words <= p::POST_TIME_STAMP_MAX_WORDS
            && feats[i].date_coverage > 0.0
            && is_post_time_stamp(&blocks[i].text)
            && (i.saturating_sub(p::POST_CARD_MAX_LINES)..i)
                .any(|j| names_a_handle(&blocks[j].text))
    };
    let mut buttons = Vec::new();
    for i in (0..feats.len()).filter(|&i| feats[i].post_signature || card_stamp(i)) {
        if !feats[i].post_signature {
            buttons.push(i);
        }
        buttons.extend(
            (i + 1..feats.len())
                .take(p::POST_BUTTONS_MAX_BLOCKS)
                .take_while(|&j| {
                    feats[j].words <= p::POST_BUTTON_MAX_WORDS && !feats[j].post_signature
                }),
        );
    }
    buttons
}

/// Whether `text` is a time of day and a date parted by a middle dot, as a
/// post's card prints when it was posted ("11:02 PM · Mar 16, 2025").
fn is_post_time_stamp(text: &str) -> bool {
    text.split_once(" · ").is_some_and(|(time, date)| {
        time.starts_with(|c: char| c.is_ascii_digit())
            && time.contains(':')
            && date.starts_with(|c: char| c.is_alphanumeric())
    })
}

/// Whether `text` is a short line naming an author's handle ("Fragline
/// @FraglineGG · Follow", "Dorian Hale @ripcordrc").
fn names_a_handle(text: &str) -> bool {
    text.len() <= p::POST_HANDLE_LINE_MAX_BYTES
        && text.split_whitespace().any(|token| {
            token.strip_prefix('@').is_some_and(|handle| {
                !handle.is_empty()
                    && handle
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'_')
            })
        })
}

/// In HTML, the items under a related-stories header that are articles
/// nested in the header's own article are teaser cards, however much they
/// read like paragraphs: they weigh as boilerplate.
fn weigh_nested_article_teasers(page: &Page<'_>, feats: &[Features], weights: &mut [f32]) {
    let nested = |j: usize| {
        page.blocks[j]
            .dom
            .as_ref()
            .is_some_and(|dom| dom.landmarks.contains(Landmarks::NESTED_ARTICLE))
    };
    for i in 0..feats.len() {
        if !is_related_header(&feats[i]) || nested(i) {
            continue;
        }
        for j in (i + 1..feats.len()).take_while(|&j| nested(j)) {
            weights[j] = bad_weight(feats[j].words as f32);
        }
    }
}

/// Whether a block is a sponsor's header over its box: a few words, no
/// sentence, opening with an ad's phrase ("Sponsored by Quayside
/// Mortgage Partners", "Partner content  Sponsored").
fn is_sponsor_header(f: &Features) -> bool {
    f.words <= p::SPONSOR_HEADER_MAX_WORDS
        && !f.ends_sentence
        && f.phrase
            .is_some_and(|m| m.kind == PhraseKind::Advertising && m.opening)
}

/// In scraped text, boxes set apart under a title in capitals, their
/// lines printed right under the title and closed by a link's button
/// ("HOW TO VOTE IN MERE VALLEY", a sentence of advice, "Find out more
/// about voter ID ›"): a promotion or a profile's card, however well its
/// lines read. A subheading stands over paragraphs set apart by blank
/// lines. Returns the boxes' blocks, title included; unlike an ad's box,
/// such a box after the article still ends it.
fn titled_boxes(blocks: &[Block<'_>], feats: &[Features]) -> Vec<usize> {
    if is_html(blocks) {
        return Vec::new();
    }
    let adjacent = |k: usize| features::on_the_next_line(blocks, k);
    let mut lines = Vec::new();
    for i in (0..blocks.len().saturating_sub(2)).filter(|&i| is_capitals_box_title(&feats[i])) {
        let first = i + 1;
        let run = (first..blocks.len())
            .take(p::AD_BOX_MAX_LINES)
            .take_while(|&k| adjacent(k) && !blocks[k].bullet)
            .count();
        if run < 2 {
            continue;
        }
        let last = first + run - 1;
        let ends = last + 1 == blocks.len() || !adjacent(last + 1);
        let apart = i == 0 || !adjacent(i);
        let buttoned = feats[last].nav_arrow && feats[last].words <= p::BOX_LINK_MAX_WORDS;
        if apart && ends && buttoned {
            lines.extend(i..=last);
        }
    }
    lines
}

/// Whether a block titles a box in capitals ("HOW TO VOTE IN MERE VALLEY",
/// "CANDIDATE PROFILE"): a few words of no sentence and no phrase.
fn is_capitals_box_title(f: &Features) -> bool {
    f.words <= p::CAPITALS_BOX_TITLE_MAX_WORDS
        && !f.ends_sentence
        && f.uppercase_share >= 1.0
        && f.phrase.is_none()
}

/// An ad's label: a short block that an advertising phrase covers
/// ("Advertisement", "Sponsored content").
fn is_ad_label(f: &Features) -> bool {
    f.words <= p::AD_LABEL_MAX_WORDS
        && f.phrase
            .is_some_and(|m| m.kind == PhraseKind::Advertising && m.strength() >= 1.0)
}

/// The lines that close the items of a roundup or a digest: a credit
/// ("via The Athletic", "Reporting by Tom Okonjo") or a link to the
/// item's full story ("Full story ›"), each under a paragraph of body and
/// over the next item's title, a short line, and its paragraph. A page has
/// at least [`ROUNDUP_MIN_CREDITS`](p::ROUNDUP_MIN_CREDITS) of them, or
/// none: one credit over a headline and its summary closes an article
/// above a teaser. On such a page, a credit may also have the item's list
/// above it, a list, a link or an ad between it and the next item, or the
/// roundup's closing paragraph below it: a paragraph at most
/// [`ROUNDUP_ITEM_GAP_MAX_BLOCKS`](p::ROUNDUP_ITEM_GAP_MAX_BLOCKS) blocks
/// down. A link closes an item only right over the next one: after the
/// last item it closes the digest.
fn item_closers(blocks: &[Block<'_>], feats: &[Features], firm: &[Class]) -> Vec<usize> {
    let short = |i: usize| feats[i].words <= p::END_CREDIT_MAX_WORDS;
    // Each block is asked more than once.
    let credits: Vec<bool> = (0..feats.len())
        .map(|i| {
            short(i)
                && (feats[i]
                    .phrase
                    .is_some_and(|m| m.kind == PhraseKind::EndCredit)
                    || is_via_line(&blocks[i].text, &feats[i]))
        })
        .collect();
    let is_credit = |i: usize| credits[i];
    let is_story_link = |i: usize| {
        short(i)
            && feats[i].nav_arrow
            && feats[i]
                .phrase
                .is_some_and(|m| m.kind == PhraseKind::Related)
    };
    let is_title = |j: usize| j < feats.len() && is_item_title(&feats[j]);
    let under_item = |i: usize| is_paragraph(feats, firm, i - 1);
    // An ad's label may stand between an item and the next.
    let over_title = |i: usize| {
        let title = (i + 1..feats.len())
            .find(|&j| !is_ad_label(&feats[j]))
            .unwrap_or(feats.len());
        is_title(title) && is_paragraph(feats, firm, title + 1)
    };
    let between_items = |i: usize| under_item(i) && over_title(i);
    // Under a credit, an ad's label or a box (a player's card, odds) may
    // stand before the next item's title.
    let over_boxed_title = |i: usize| {
        (i + 1..feats.len())
            .take(p::ROUNDUP_ITEM_GAP_MAX_BLOCKS)
            .take_while(|&j| !is_paragraph(feats, firm, j))
            .any(|j| is_title(j) && is_paragraph(feats, firm, j + 1))
    };
    let strict = (1..feats.len())
        .filter(|&i| {
            is_credit(i) && under_item(i) && over_boxed_title(i)
                || is_story_link(i) && between_items(i)
        })
        .count();
    if strict < p::ROUNDUP_MIN_CREDITS {
        return Vec::new();
    }
    // An item's list ("Riders: ...") may stand between its paragraph and
    // its credit.
    let under_list = |i: usize| {
        (i.saturating_sub(1 + p::ROUNDUP_ITEM_LIST_MAX_BLOCKS)..i)
            .any(|j| is_paragraph(feats, firm, j))
    };
    let over_paragraph = |i: usize| {
        (i + 1..feats.len())
            .take(p::ROUNDUP_ITEM_GAP_MAX_BLOCKS)
            .any(|j| is_paragraph(feats, firm, j))
    };
    (1..feats.len())
        .filter(|&i| {
            is_credit(i) && under_list(i) && over_paragraph(i)
                || is_story_link(i) && between_items(i)
        })
        .collect()
}

/// Whether a block may be the title of a roundup's item: a short line,
/// no sentence, no boilerplate phrase.
fn is_item_title(f: &Features) -> bool {
    f.phrase.is_none() && !f.ends_sentence && (1..=p::ROUNDUP_TITLE_MAX_WORDS).contains(&f.words)
}

/// Whether a short line without a sentence's end gives a source with
/// "via" or its like ([`SOURCE_WORDS`](p::SOURCE_WORDS): "via The
/// Athletic", "laut kicker", "Según Marca"): in a roundup, the line that
/// closes an item.
fn is_via_line(text: &str, f: &Features) -> bool {
    f.words <= p::VIA_LINE_MAX_WORDS
        && !f.ends_sentence
        && text
            .bytes()
            .take(p::SOURCE_WORD_MAX_BYTES + 1)
            .position(|b| b == b' ')
            .is_some_and(|space| {
                // Compared letter by letter: no string made for each line.
                let first = &text[..space];
                p::SOURCE_WORDS.iter().any(|word| {
                    first.len() == word.len()
                        && first.chars().flat_map(char::to_lowercase).eq(word.chars())
                })
            })
}

/// Whether the credit label at `i` ("Source: Census Bureau") gives the
/// source of a chart or a box inside the article: two paragraphs follow
/// it, at most [`SOURCE_INSIDE_GAP`](p::SOURCE_INSIDE_GAP) short blocks
/// below (a subheading). Closing the article, a source line has links,
/// tags or teasers under it. Right under a list's items (a fact box), it
/// is theirs, and one paragraph below it is enough; right under a table's
/// rows, it credits the table as a caption's credit does its picture,
/// whatever stands below (a calculator's box, an ad). Ads' labels and
/// sign-up boxes between them do not count.
fn is_source_inside(
    blocks: &[Block<'_>],
    feats: &[Features],
    firm: &[Class],
    in_table: &[bool],
    i: usize,
) -> bool {
    // A fact box's fields, printed line under line, are items too.
    let under_fields = i >= 2
        && features::on_the_next_line(blocks, i)
        && features::on_the_next_line(blocks, i - 1)
        && is_label_line(blocks, feats, i - 1)
        && is_label_line(blocks, feats, i - 2);
    // In HTML, a table of two rows is a table too.
    let in_html_table = |j: usize| {
        blocks[j]
            .dom
            .as_ref()
            .is_some_and(|dom| dom.landmarks.contains(Landmarks::TABLE))
    };
    let under_items =
        i > 0 && (in_table[i - 1] || blocks[i - 1].bullet || in_html_table(i - 1) || under_fields);
    is_table_source(in_table, feats, i)
        || is_source_label(&feats[i])
            && (i + 1..feats.len())
                .filter(|&j| !is_ad_label(&feats[j]) && !is_sign_up_line(feats, firm, j))
                .take(1 + p::SOURCE_INSIDE_GAP)
                .find(|&j| firm[j] == Class::Good || feats[j].words > p::INLINE_BOX_ITEM_MAX_WORDS)
                .is_some_and(|j| {
                    under_items && is_paragraph(feats, firm, j)
                    // Perhaps under a subheading ("Källa: ..." closing a
                    // fact box, then the next section of the article).
                    || two_paragraphs_at(feats, firm, j)
                    || feats[j].words <= p::BOX_SUBHEADING_MAX_WORDS
                        && !feats[j].ends_sentence
                        && two_paragraphs_at(feats, firm, j + 1)
                })
}

/// Whether block `j` is a line of a sign-up box set into the article
/// ("Sign up for our newsletter", "Subscribe"): boilerplate that says what
/// it is, and no end of the article.
fn is_sign_up_line(feats: &[Features], firm: &[Class], j: usize) -> bool {
    firm[j] == Class::Bad
        && feats[j]
            .phrase
            .is_some_and(|m| m.kind == PhraseKind::Subscribe)
}

/// Whether the credit label at `i` stands right under a figure's caption
/// ("Figure 1: Employment rate ..." over "Source: Labour Force Survey"):
/// it is the figure's source, not the article's.
fn is_source_under_caption(feats: &[Features], i: usize) -> bool {
    i > 0 && score::is_caption(&feats[i - 1]) && is_source_label(&feats[i])
}

/// Whether block `i` is a table's source note: a source's label right
/// under the table's last row ("Source: ONS, March 2025").
fn is_table_source(in_table: &[bool], feats: &[Features], i: usize) -> bool {
    i > 0 && in_table[i - 1] && !in_table[i] && is_source_label(&feats[i])
}

/// Whether a block opens with a credit's label ("Source:", "Quelle:").
fn is_source_label(f: &Features) -> bool {
    f.phrase
        .is_some_and(|m| m.kind == PhraseKind::EndCredit && m.label)
}

/// Whether the block at `i` is a button ("Leave a comment", "Share")
/// that the page set among the article's paragraphs, in their container
/// (the paragraph above may stand in a quote inside it): a section of
/// comments or stories has a container of its own.
fn is_button_among_paragraphs(blocks: &[Block<'_>], firm: &[Class], i: usize) -> bool {
    let Some(button) = blocks[i].dom.as_ref() else {
        return false;
    };
    let is_button =
        button.link_chars > 0 && blocks[i].text.split_whitespace().count() <= p::BUTTON_MAX_WORDS;
    is_button
        && i > 0
        && firm.get(i + 1) == Some(&Class::Good)
        && firm[i - 1] == Class::Good
        && in_element(&blocks[i - 1], button.container)
        && in_element(&blocks[i + 1], button.container)
}

/// Whether the section header at `i` is a subheading of the article: its
/// phrase leaves some of it uncovered ("Public comment", not "Comments"),
/// body stands above it, and the paragraph right under it says what it says
/// ("The order is open for public comment for 30 days"). A real section's
/// first block is a form, a name or a teaser, not a sentence using its
/// header's words.
fn heads_its_own_paragraph(
    blocks: &[Block<'_>],
    feats: &[Features],
    firm: &[Class],
    i: usize,
) -> bool {
    follows_body(feats, firm, i)
        && is_paragraph(feats, firm, i + 1)
        && names_the_block_below(blocks, feats, i)
}

/// Whether line `j` of scraped text, in the run `run` between body
/// blocks, is a dated label line among two or more printed line under line
/// ("When: Saturday, 2-6 p.m." over "Where: Riverside Park"): the facts of
/// what the paragraph above describes, not the date line of a story. (The
/// undated ones are kept as plain short lines are.)
fn in_field_block(
    blocks: &[Block<'_>],
    feats: &[Features],
    run: std::ops::Range<usize>,
    j: usize,
) -> bool {
    let is_field = |k: usize| is_label_line(blocks, feats, k);
    let joined = |k: usize| {
        run.contains(&(k - 1)) && run.contains(&k) && features::on_the_next_line(blocks, k)
    };
    feats[j].date_coverage > 0.0
        && is_field(j)
        && (j > 0 && joined(j) && is_field(j - 1) || joined(j + 1) && is_field(j + 1))
}

/// Whether block `k` is a short line of a label and its detail
/// ("Average price: £248,600", "Where: Riverside Park"), as a fact box
/// prints its fields.
fn is_label_line(blocks: &[Block<'_>], feats: &[Features], k: usize) -> bool {
    let f = &feats[k];
    f.phrase.is_none()
        && f.url_tokens == 0
        && f.words <= p::LIST_ITEM_MAX_WORDS
        && label_and_detail(&blocks[k].text).is_some_and(|(label, detail)| {
            label.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                && label.split_whitespace().count() <= p::LABEL_LINE_MAX_LABEL_WORDS
                && !detail.trim().is_empty()
        })
}

/// Whether block `j` is a subheading that the body block under it repeats.
fn subheads_body(
    blocks: &[Block<'_>],
    feats: &[Features],
    decisions: &[Decision],
    j: usize,
) -> bool {
    decisions.get(j + 1).is_some_and(|d| d.label == Label::Body)
        && names_the_block_below(blocks, feats, j)
}

/// Whether block `i`, matched by a phrase that leaves some of it
/// uncovered, is repeated word for word by the block under it.
fn names_the_block_below(blocks: &[Block<'_>], feats: &[Features], i: usize) -> bool {
    feats[i].phrase.is_some_and(|m| m.strength() < 1.0)
        && blocks.get(i + 1).is_some_and(|below| {
            below
                .text
                .to_lowercase()
                .contains(&blocks[i].text.trim_end_matches(':').to_lowercase())
        })
}

/// Whether the related-stories header at `i` opens a box inside the
/// article ("Don't miss", three headlines, then the article goes on): one
/// to a few short blocks, then two paragraphs of body in a row. Such a header
/// costs no more than any other boilerplate block.
fn opens_inline_box(blocks: &[Block<'_>], feats: &[Features], firm: &[Class], i: usize) -> bool {
    let inside_article = follows_body(feats, firm, i);
    // A video's running time ("▶ 1:42") goes with its title: the pair
    // counts as one block.
    let (mut room, mut videos) = (p::INLINE_BOX_MAX_BLOCKS, 0);
    for j in i + 1..feats.len() {
        if is_video_running_time(&blocks[j].text) {
            if is_section_break(&feats[j]) && j > i + 1 {
                return false;
            }
            videos += 1;
            continue;
        }
        if room == 0 {
            return false;
        }
        room -= 1;
        if is_lone_headline(blocks, feats, firm, i, j) {
            return true;
        }
        // Under the box's headlines, a lead-in over a list ("What changes
        // from March 1:"), perhaps under its subheading: the article goes on.
        if j > i + 1 && is_list_lead_in(&feats[j]) {
            return true;
        }
        // Inside the article, a headline may read as well as a paragraph.
        let box_headline = inside_article && is_headline_over_headings(feats, firm, j);
        if is_paragraph(feats, firm, j)
            && !is_teaser_photo(feats, firm, i, j)
            && !is_headline_in_a_run(blocks, feats, j)
            && !box_headline
        {
            // A header straight above paragraphs heads teasers that
            // are summaries, not a box of headlines. Under a strip of
            // videos, a paragraph is the article's again, even when
            // another box follows it.
            return j > i + 1
                && (videos >= p::VIDEO_STRIP_MIN_CARDS
                    || article_goes_on_at(blocks, feats, firm, j));
        }
        // The teaser's headline on the line under the header takes the
        // header's kind, but opens no other section.
        let teaser_under_header = j == i + 1 && feats[j].phrase.is_some_and(|m| !m.opening);
        // Two headers may stack over one box ("Read More" over "Related
        // Articles").
        let stacked_header = j == i + 1 && is_related_header(&feats[j]);
        if (is_section_break(&feats[j]) && !teaser_under_header && !stacked_header)
            || feats[j].words > p::INLINE_BOX_ITEM_MAX_WORDS
        {
            return false;
        }
    }
    false
}

/// "▶ 1:42", "Watch 2:28": a video's running time, perhaps after a play
/// button's glyph.
fn is_video_running_time(text: &str) -> bool {
    if text.len() > p::RUNNING_TIME_LINE_MAX_BYTES {
        return false;
    }
    let rest = text.trim_start_matches(['▶', '►', '▷', '⏵']).trim_start();
    rest.len() < text.len() && features::is_running_time(rest) || is_bare_clock(text)
}

/// Whether block `j`, however well it reads, is a box's headline: no
/// sentence's end, and no paragraph under it but another headline or the
/// subheading where the article goes on.
fn is_headline_over_headings(feats: &[Features], firm: &[Class], j: usize) -> bool {
    !feats[j].ends_sentence
        && !feats[j].ends_colon
        && feats[j].words <= p::INLINE_BOX_ITEM_MAX_WORDS
        && !is_paragraph(feats, firm, j + 1)
}

/// Whether a paragraph of body stands within
/// [`INLINE_BOX_MAX_BLOCKS`](p::INLINE_BOX_MAX_BLOCKS) blocks above block
/// `i`: a box there interrupts the article, where one above its first
/// paragraph heads the page.
fn follows_body(feats: &[Features], firm: &[Class], i: usize) -> bool {
    (i.saturating_sub(p::INLINE_BOX_MAX_BLOCKS)..i).any(|j| is_paragraph(feats, firm, j))
}

/// Whether block `j` of scraped text is a headline printed line under line
/// with others, no blank line between, as a box lists them: short, and no
/// sentence's end but a question's ("Will schools reopen on Monday?").
/// The article's paragraphs stand a blank line apart.
fn is_headline_in_a_run(blocks: &[Block<'_>], feats: &[Features], j: usize) -> bool {
    let in_run = (j > 0 && features::on_the_next_line(blocks, j))
        || (j + 1 < blocks.len() && features::on_the_next_line(blocks, j + 1));
    in_run
        && (!feats[j].ends_sentence || features::ends_with_question(&blocks[j].text))
        && feats[j].words <= p::INLINE_BOX_ITEM_MAX_WORDS
}

/// Whether block `j`, right under the box's header at `i`, is the box's
/// one headline, with the article going on under it: "Read also", a
/// headline without a sentence's end, then two paragraphs.
fn is_lone_headline(
    blocks: &[Block<'_>],
    feats: &[Features],
    firm: &[Class],
    i: usize,
    j: usize,
) -> bool {
    j == i + 1
        && !feats[j].ends_sentence
        && feats[j].words <= p::INLINE_BOX_ITEM_MAX_WORDS
        && feats.get(j + 1).is_some_and(|f| f.ends_sentence)
        && article_goes_on_at(blocks, feats, firm, j + 1)
}

/// Whether the article goes on at block `j` under a box: two paragraphs
/// (the second may be a short one), or a paragraph and another under a
/// subheading, with perhaps a photo's caption between them; or a paragraph
/// that leads into a list or table, or stands over such a lead-in.
fn article_goes_on_at(blocks: &[Block<'_>], feats: &[Features], firm: &[Class], j: usize) -> bool {
    if is_lead_in(feats, firm, j) {
        return true;
    }
    if !is_paragraph(feats, firm, j) {
        return false;
    }
    // A caption may be skipped, not another teaser's linked headline.
    let after = |j: usize| {
        (j + 1..)
            .take(p::INLINE_BOX_RESUME_MAX_SKIPPED)
            .find(|&k| firm.get(k) != Some(&Class::Bad) || feats.get(k).is_some_and(is_links_only))
            .unwrap_or(j + 1 + p::INLINE_BOX_RESUME_MAX_SKIPPED)
    };
    let next = after(j);
    // A lead-in over the article's list or table ("The timetable:").
    feats[j].ends_colon
        || is_paragraph(feats, firm, next)
        || is_short_paragraph(feats, firm, next)
        // A sentence of a few words between paragraphs ("Not everyone was
        // convinced."); a question may be a teaser's headline.
        || feats.get(next).is_some_and(|f| f.ends_sentence && !is_links_only(f))
            && !features::ends_with_question(&blocks[next].text)
            && is_paragraph(feats, firm, after(next))
        || feats.get(next).is_some_and(|f| f.ends_colon) && firm[next] == Class::Good
        // A subheading over a paragraph, perhaps a short one, or over a
        // lead-in to a list ("Что изменится", then "... появятся:"). A
        // question under a "Read more" link is the next teaser's headline.
        || (feats.get(next).is_some_and(|f| !is_links_only(f))
            && is_subheading_shaped(blocks, feats, next)
            && !(feats[next].ends_sentence && (j + 1..next).any(|k| is_related_header(&feats[k])))
            && (is_paragraph(feats, firm, next + 1)
                || is_short_paragraph(feats, firm, next + 1)
                || feats.get(next + 1).is_some_and(is_list_lead_in)))
        // A photo's caption, printed once, between two paragraphs.
        || (is_plain_caption(feats, firm, next) && is_paragraph(feats, firm, next + 1))
}

/// Whether block `j` is shaped as a subheading: short, and it ends no
/// sentence, but may ask a question ("Can the council override?").
fn is_subheading_shaped(blocks: &[Block<'_>], feats: &[Features], j: usize) -> bool {
    feats[j].words <= p::BOX_SUBHEADING_MAX_WORDS
        && (!feats[j].ends_sentence || features::ends_with_question(&blocks[j].text))
}

/// Whether block `j` reads as a photo's caption printed once: uncertain by
/// its score, no sentence end, no phrase, and no link.
fn is_plain_caption(feats: &[Features], firm: &[Class], j: usize) -> bool {
    feats.get(j).is_some_and(|f| {
        firm[j] == Class::Uncertain
            && !f.ends_sentence
            && f.phrase.is_none()
            && !is_links_only(f)
            && f.words <= p::PLAIN_CAPTION_MAX_WORDS
    })
}

/// Whether a block leads into the list right under it, whatever its
/// score: a few words of no phrase, ending with a colon ("What changes
/// from March 1:"). Unlike [`is_lead_in`], it needs the list.
fn is_list_lead_in(f: &Features) -> bool {
    f.ends_colon && f.heads_list && f.phrase.is_none() && f.words >= p::LIST_LEAD_IN_MIN_WORDS
}

/// Whether block `j` leads into the article's list or table: body by its
/// score, ending with a colon, and as long as a short paragraph ("Under
/// the new tariff, fares are as follows:").
fn is_lead_in(feats: &[Features], firm: &[Class], j: usize) -> bool {
    j < feats.len()
        && firm[j] == Class::Good
        && feats[j].ends_colon
        && feats[j].words >= p::INLINE_BOX_RESUME_SHORT_MIN_WORDS
}

/// Whether block `j` is a short paragraph that ends the article under a
/// box: a plain sentence, uncertain by its score, of at least
/// [`INLINE_BOX_RESUME_SHORT_MIN_WORDS`](p::INLINE_BOX_RESUME_SHORT_MIN_WORDS)
/// words.
fn is_short_paragraph(feats: &[Features], firm: &[Class], j: usize) -> bool {
    j < feats.len()
        && firm[j] == Class::Uncertain
        && feats[j].phrase.is_none()
        && feats[j].ends_sentence
        && feats[j].words >= p::INLINE_BOX_RESUME_SHORT_MIN_WORDS
}

/// Whether block `j`, right under the box's header at `i`, is the
/// description of the teaser's photo ("Crowds line up under the restored
/// marquee ..."): one short sentence over short blocks, where a teaser's
/// summary would stand over another.
fn is_teaser_photo(feats: &[Features], firm: &[Class], i: usize, j: usize) -> bool {
    j == i + 1
        && feats[j].words <= p::INLINE_BOX_ITEM_MAX_WORDS
        && !is_paragraph(feats, firm, j + 1)
}

/// In scraped text, the lines of an ad's box: under an ad's label
/// ("ADVERTISEMENT", "Sponsored") and a blank line, two to
/// [`AD_BOX_MAX_LINES`](p::AD_BOX_MAX_LINES) short lines printed line under
/// line ("Hollis & Tate Funeral Home", "Serving Ashford families since
/// 1921", "41 Mill St."), then a blank line; or one line printed right
/// under the label, the pair set apart by blank lines. The article's
/// paragraphs are parted by blank lines or run on longer. A sponsor's
/// header ("Sponsored by ...") heads such a box too when the lines printed
/// right under it hold a button closed by a link's arrow, whatever their
/// length.
fn ad_boxes(blocks: &[Block<'_>], feats: &[Features], update_times: &[usize]) -> Vec<usize> {
    let adjacent = |k: usize| blocks[k - 1].line + 1 == blocks[k].line;
    // Blocks of HTML are not lines.
    if is_html(blocks) {
        return Vec::new();
    }
    let mut lines = Vec::new();
    for i in (0..blocks.len()).filter(|&i| is_ad_label(&feats[i]) || is_sponsor_header(&feats[i])) {
        let first = i + 1;
        if first >= blocks.len() {
            continue;
        }
        let run = 1
            + (first + 1..blocks.len())
                .take(p::AD_BOX_MAX_LINES - 1)
                .take_while(|&k| adjacent(k))
                .count();
        let ends = first + run == blocks.len() || !adjacent(first + run);
        // A sponsor's box printed right under its header and closed by its
        // button ("Speak to a broker ›"): its pitch reads as well as a
        // paragraph, but no paragraph of the article stands over a button
        // under a sponsor's name.
        let buttoned = (first + 1..first + run)
            .any(|k| feats[k].nav_arrow && feats[k].words <= p::SPONSOR_BOX_BUTTON_MAX_WORDS);
        if adjacent(first) && buttoned && ends && (first..first + run).all(|k| !blocks[k].bullet) {
            lines.extend(first..first + run);
            continue;
        }
        if !is_ad_label(&feats[i]) {
            continue;
        }
        // A card printed right under its label ("Sponsored content", a
        // headline, the advertiser, "Learn more") is a box only where it
        // interrupts a paragraph: at the top of a page the label may stand
        // over the site's own chrome.
        let after_paragraph = i > 0
            && feats[i - 1].ends_sentence
            && feats[i - 1].words >= p::INLINE_BOX_RESUME_MIN_WORDS;
        // A live report's next update may follow an ad's label: its time,
        // title and author over its first paragraph are no ad's copy.
        if adjacent(first) && !after_paragraph || update_times.binary_search(&first).is_ok() {
            continue;
        }
        // A subheading over its list is the article's; so is a table, its
        // rows of three cells or more.
        let short = (first..first + run)
            .all(|k| feats[k].words <= p::AD_BOX_LINE_MAX_WORDS && !blocks[k].bullet);
        let table = || {
            (first..first + run)
                .filter(|&k| features::cell_gaps(&blocks[k].text).nth(1).is_some())
                .nth(p::AD_BOX_TABLE_MIN_ROWS - 1)
                .is_some()
        };
        // One line printed right under its label, the pair set apart by
        // blank lines, is the ad's copy ("Anzeige", then "Docker-Schulung
        // für Teams – jetzt Frühbucherrabatt sichern!").
        let lone_copy = run == 1 && adjacent(first) && !adjacent(i);
        // Paragraphs printed line under line (full sentences, perhaps with
        // a teaser's line) are the article going on below the ad; a
        // paywall's box says what it is.
        let paragraphs = || {
            let selling = (first..first + run).any(|k| {
                feats[k].phrase.is_some_and(|m| {
                    matches!(m.kind, PhraseKind::Subscribe | PhraseKind::Advertising)
                })
            });
            !selling
                && (first..first + run)
                    .filter(|&k| {
                        feats[k].ends_sentence && feats[k].words >= p::INLINE_BOX_RESUME_MIN_WORDS
                    })
                    .count()
                    >= p::AD_BOX_PARAGRAPHS_MIN
        };
        if (run >= 2 || lone_copy) && ends && short && !table() && !paragraphs() {
            lines.extend(first..first + run);
        }
    }
    lines
}

/// In scraped text, the lines of a box printed line under line and set
/// apart by blank lines, three to [`AD_BOX_MAX_LINES`](p::AD_BOX_MAX_LINES)
/// short lines, one under the first an ad's notice said only in ads
/// ("18+ | Gamble responsibly"): a betting widget's odds, its header and
/// its button are the ad's too, wherever the notice stands in the box.
fn boxes_with_an_ad_notice(blocks: &[Block<'_>], feats: &[Features]) -> Vec<usize> {
    if is_html(blocks) {
        return Vec::new();
    }
    let adjacent = |k: usize| features::on_the_next_line(blocks, k);
    let is_notice = |k: usize| {
        feats[k]
            .phrase
            .is_some_and(|m| m.kind == PhraseKind::Advertising && m.whole_block)
    };
    let mut lines = Vec::new();
    let mut start = 0;
    while start < blocks.len() {
        let end = (start + 1..blocks.len())
            .find(|&k| !adjacent(k))
            .unwrap_or(blocks.len());
        let run = start..end;
        // The box has a header over its notice, and no list's items (a
        // tool's price under it is no box).
        if (p::AD_NOTICE_BOX_MIN_LINES..=p::AD_BOX_MAX_LINES).contains(&run.len())
            && run
                .clone()
                .all(|k| feats[k].words <= p::AD_BOX_LINE_MAX_WORDS && !blocks[k].bullet)
            && (start + 1..end).any(is_notice)
        {
            lines.extend(run);
        }
        start = end;
    }
    lines
}

/// A caption printed twice, once without its credit and once with it: a
/// picture's caption and its copy in the picture's viewer. (Copies alike
/// to the letter, each a caption, are rather a carousel of teasers.)
fn is_echoed_caption(feats: &[Features], i: usize) -> bool {
    let near = i.saturating_sub(2)..(i + 3).min(feats.len());
    let echoed_once = |f: &Features| f.echoes_neighbour && f.repeats <= 1;
    echoed_once(&feats[i])
        && near
            .into_iter()
            .filter(|&j| j != i && echoed_once(&feats[j]))
            .any(|j| score::is_caption(&feats[i]) || score::is_caption(&feats[j]))
}

/// The article's region: the contiguous stretch of blocks with the largest
/// total weight, unless an earlier stretch weighs at least
/// [`EARLIER_REGION_SHARE`](p::EARLIER_REGION_SHARE) of it and a comments
/// header stands between them: articles come before their comments, which
/// can outweigh a short article, or outweigh their header's cost and join
/// the article in one stretch. (Headers of related stories do not count:
/// teaser lists stand before articles as often as after them.)
fn main_region(feats: &[Features], weights: &[f32]) -> std::ops::Range<usize> {
    // A header that costs no more than other boilerplate (a "Leave a
    // comment" button among the paragraphs) parts nothing.
    let opens_comments =
        |i: usize| opens_comments(&feats[i]) && weights[i] <= -p::REGION_SECTION_BREAK;
    let (best, mut region) = heaviest_stretch(weights);
    // Comments that outweigh their header's cost: the article is what comes
    // before the header, if it weighs enough.
    if let Some(header) = region.clone().find(|&i| opens_comments(i)) {
        let (before, range) = heaviest_stretch(&weights[region.start..header]);
        if !range.is_empty() && before >= p::EARLIER_REGION_SHARE * best {
            region = region.start + range.start..region.start + range.end;
        }
    }
    // An earlier stretch of comparable weight, separated from the heaviest
    // by a comments header, is the article; so is any earlier stretch of
    // some weight when the heaviest is a thread of signed comments.
    loop {
        let (earlier, range) = heaviest_stretch(&weights[..region.start]);
        let separated = (range.end..region.start).any(opens_comments);
        let weighty = earlier >= p::EARLIER_REGION_SHARE * best
            || earlier >= p::ARTICLE_ABOVE_THREAD_MIN_WEIGHT && is_comment_thread(feats, &region);
        if range.is_empty() || !separated || !weighty {
            return region;
        }
        region = range;
    }
}

/// Whether the stretch `region` is a thread of comments: it holds
/// [`COMMENT_THREAD_MIN_SIGNATURES`](p::COMMENT_THREAD_MIN_SIGNATURES)
/// lines that sign a comment ("Alex on May 2, 2018 at 6:34 am said:",
/// "1. Dale K. says:"). However long the thread, the article is above it.
fn is_comment_thread(feats: &[Features], region: &std::ops::Range<usize>) -> bool {
    let signs_comment = |f: &Features| {
        is_item_marker(f)
            && f.phrase
                .is_some_and(|m| m.kind == PhraseKind::Comments && m.closing)
    };
    feats[region.clone()]
        .iter()
        .filter(|f| signs_comment(f))
        .nth(p::COMMENT_THREAD_MIN_SIGNATURES - 1)
        .is_some()
}

fn opens_comments(f: &Features) -> bool {
    f.phrase.is_some_and(|m| m.kind == PhraseKind::Comments) && is_section_break(f)
}

/// Maximum-sum contiguous stretch (Kadane), with its sum.
fn heaviest_stretch(weights: &[f32]) -> (f32, std::ops::Range<usize>) {
    let (mut best, mut best_range) = (0.0f32, 0..0);
    let (mut current, mut start) = (0.0f32, 0);
    for (i, &w) in weights.iter().enumerate() {
        if current <= 0.0 {
            current = 0.0;
            start = i;
        }
        current += w;
        if current > best {
            best = current;
            best_range = start..i + 1;
        }
    }
    (best, best_range)
}

/// Inside the region, the blocks of a run of non-body blocks between two
/// body blocks are body when they are free of boilerplate evidence: these
/// are subheadings, list items, table rows and short paragraphs of the
/// article. A run holding a related-stories header is left as it is.
fn keep_enclosed_runs(
    blocks: &[Block<'_>],
    feats: &[Features],
    scores: &[Score],
    region: std::ops::Range<usize>,
    decisions: &mut [Decision],
) {
    let mut i = region.start;
    while i < region.end {
        if decisions[i].label == Label::Body {
            i += 1;
            continue;
        }
        let start = i;
        while i < region.end && decisions[i].label != Label::Body {
            i += 1;
        }
        let enclosed = start > region.start && i < region.end;
        if !enclosed || i - start > p::ENCLOSED_RUN_MAX_BLOCKS {
            continue;
        }
        // A box of related stories inside the article is not the article.
        // A teaser that carries its own link ("Read more: ...") is a line,
        // not a box: the blocks beside it are judged on their own.
        let related_box = (start..i).any(|j| {
            !is_inline_link(&feats[j])
                && !subheads_body(blocks, feats, decisions, j)
                && (is_section_break(&feats[j])
                    || feats[j].phrase.is_some_and(|m| {
                        m.kind == PhraseKind::Related
                            && m.strength() >= p::SECTION_BREAK_MIN_COVERAGE
                    }))
        });
        // In HTML a box's headlines are links: under the last of them the
        // article's own blocks may stand before its paragraphs go on (a
        // list's lead-in, its items), and they are judged as in any run.
        let from = if !related_box {
            start
        } else if let Some(last_link) = (start..i)
            .rev()
            .find(|&j| blocks[j].dom.is_some() && feats[j].link_density > p::LINK_FROM)
        {
            last_link + 1
        } else {
            continue;
        };
        // From the last: a label goes with the list items under it.
        for j in (from..i).rev() {
            // A box's title over its prompt ("City Hall Briefing" over "Get
            // ... delivered to your inbox") or over its ad's text ("VIDEO OF
            // THE DAY" over "SCROLL TO CONTINUE WITH CONTENT") is the box's;
            // a subheading stands over its section's text, and a numbered
            // one ("3. Best Budget: ...") over a listicle's item, whose
            // price and shop may follow.
            let titles_a_prompt = j + 1 < i
                && (is_signup_prompt(&feats[j + 1])
                    || is_box_title(&blocks[j], &feats[j])
                        && feats[j].item_number == 0
                        && is_ad_text(&feats[j + 1]));
            let labels_a_figure =
                j > start && is_figure_label(&blocks[j], &feats[j - 1], &feats[j]);
            if is_code_line(&blocks[j]) {
                // Code reads like nothing else; between paragraphs it is
                // the article's, whatever its figures and marks.
                decisions[j] = Decision {
                    label: Label::Body,
                    note: "body: a line of code between body blocks",
                };
            } else if in_field_block(blocks, feats, start..i, j) {
                decisions[j] = Decision {
                    label: Label::Body,
                    note: "body: one of a block of label lines between body blocks",
                };
            } else if subheads_body(blocks, feats, decisions, j) {
                decisions[j] = Decision {
                    label: Label::Body,
                    note: "body: a subheading that the paragraph under it repeats",
                };
            } else if labels_list_below(blocks, feats, decisions, j) {
                decisions[j] = Decision {
                    label: Label::Body,
                    note: "body: a label over list items between body blocks",
                };
            } else if heads_its_section(blocks, feats, j, i) {
                decisions[j] = Decision {
                    label: Label::Body,
                    note: "body: a heading over its section's paragraph, in one box",
                };
            } else if !titles_a_prompt
                && !labels_a_figure
                && is_plain_subheading(&blocks[j], &feats[j], &scores[j])
            {
                decisions[j] = Decision {
                    label: Label::Body,
                    note: "body: short, between body blocks, no boilerplate evidence",
                };
            }
        }
    }
}

/// Whether `text` opens with a word that titles a fact box ("Fakta: ...",
/// see [`FACT_BOX_TITLES`](p::FACT_BOX_TITLES)).
fn opens_with_fact_box_title(text: &str) -> bool {
    p::FACT_BOX_TITLES.iter().any(|title| {
        text.get(..title.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(title))
            && text[title.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// In scraped text, a fact box titled as one ("Fakta: Den nye færge")
/// right under the article's last paragraph, or under an ad's label there:
/// its title and the bulleted or labelled lines under it, at most
/// [`FACT_BOX_MAX_LINES`](p::FACT_BOX_MAX_LINES) of them, close the
/// article. A line with a phrase ("Kilde: ...") is no line of it.
fn keep_closing_fact_box(
    blocks: &[Block<'_>],
    feats: &[Features],
    end: usize,
    decisions: &mut [Decision],
) {
    let n = blocks.len();
    if is_html(blocks) {
        return;
    }
    let Some(title) = under_last_paragraph(feats, decisions, end) else {
        return;
    };
    if feats[title].words > p::LIST_HEADER_MAX_WORDS
        || !opens_with_fact_box_title(blocks[title].text.trim_start())
    {
        return;
    }
    let is_line = |j: usize| {
        feats[j].phrase.is_none() && (blocks[j].bullet || is_fact_box_line(blocks, feats, j))
    };
    let lines = (title + 1..n)
        .take(p::FACT_BOX_MAX_LINES + 1)
        .take_while(|&j| is_line(j))
        .count();
    if (1..=p::FACT_BOX_MAX_LINES).contains(&lines) {
        keep_as(
            title..title + 1 + lines,
            "body: a fact box closing the article",
            decisions,
        );
    }
}

/// In HTML, a fact box inside the article, titled as one ("Fakta:
/// Praktikpladser") or in a box whose class names it so ("faktaruta") in
/// an `<aside>`: Scandinavian papers set the article's key facts there.
/// Its title and its lines are the article's, however short; a line with
/// a phrase ("Kilde: ...") is not.
fn keep_fact_boxes(
    blocks: &[Block<'_>],
    feats: &[Features],
    region: std::ops::Range<usize>,
    decisions: &mut [Decision],
) {
    let in_aside = |j: usize| {
        blocks[j].dom.as_ref().is_some_and(|dom| {
            dom.landmarks.contains(Landmarks::ASIDE)
                && !dom.landmarks.contains(Landmarks::OUTSIDE_CONTENT)
        })
    };
    let is_fact_box_title = |j: usize| {
        let text = blocks[j].text.trim_start();
        let Some(dom) = blocks[j].dom.as_ref() else {
            return false;
        };
        dom.heading >= 2
            && feats[j].words <= p::LIST_HEADER_MAX_WORDS
            && (dom.hints.contains(Hints::FACT_BOX) && feats[j].phrase.is_none()
                || opens_with_fact_box_title(text))
    };
    // The box may close the article, right under its last paragraph.
    let reach = region.start..(region.end + 1).min(blocks.len());
    for i in reach.filter(|&i| in_aside(i) && is_fact_box_title(i)) {
        let lines: Vec<usize> = (i + 1..blocks.len())
            .take(p::FACT_BOX_MAX_LINES)
            .take_while(|&j| in_aside(j) && !is_fact_box_title(j))
            .filter(|&j| feats[j].phrase.is_none() && feats[j].words > 0)
            .collect();
        if lines.is_empty() {
            continue;
        }
        decisions[i] = Decision {
            label: Label::Body,
            note: "body: the title of a fact box inside the article",
        };
        for j in lines {
            decisions[j] = Decision {
                label: Label::Body,
                note: "body: a line of a fact box inside the article",
            };
        }
    }
}

/// In HTML, the heading of a box set beside the article's text ("Fakta:
/// Lyngø", "Key terms") is the box's title: when the line under it, in
/// the box, is a sentence of the article's, so is the title. A heading
/// with a phrase ("Related", "Newsletter") titles a box of another kind.
fn keep_aside_titles(
    blocks: &[Block<'_>],
    feats: &[Features],
    region: std::ops::Range<usize>,
    decisions: &mut [Decision],
) {
    let in_aside = |j: usize| {
        blocks[j]
            .dom
            .as_ref()
            .is_some_and(|dom| dom.landmarks.contains(Landmarks::ASIDE))
    };
    let is_title = |j: usize| {
        blocks[j].dom.as_ref().is_some_and(|dom| dom.heading >= 2)
            && feats[j].words <= p::LIST_HEADER_MAX_WORDS
            && feats[j].phrase.is_none()
            && !feats[j].ends_sentence
    };
    for i in region.start..region.end.saturating_sub(1) {
        if decisions[i].label != Label::Body
            && is_title(i)
            && in_aside(i)
            && in_aside(i + 1)
            && decisions[i + 1].label == Label::Body
            && feats[i + 1].ends_sentence
        {
            decisions[i] = Decision {
                label: Label::Body,
                note: "body: the title of a box whose lines are the article's",
            };
        }
    }
}

/// Whether block `j` is a label over list items that are body ("Pros:",
/// then bullets): a few words ending in a colon, with no phrase.
/// Listicles print the same labels for every item, so repetition does not
/// count against them.
fn labels_list_below(
    blocks: &[Block<'_>],
    feats: &[Features],
    decisions: &[Decision],
    j: usize,
) -> bool {
    blocks.get(j + 1).is_some_and(|b| b.bullet)
        && decisions[j + 1].label == Label::Body
        && feats[j].ends_colon
        && feats[j].words <= p::LIST_LABEL_MAX_WORDS
        && feats[j].phrase.is_none()
        && feats[j].date_coverage == 0.0
}

/// Whether a block is the label under a stat callout's figure: a few
/// words in lower case ("meals served") right under a figure alone
/// ("12,400"), which is dropped as a number without words. A heading
/// opens with a capital.
fn is_figure_label(block: &Block<'_>, figure: &Features, label: &Features) -> bool {
    figure.no_letters
        && figure.digit_share > p::DIGIT_SHARE_FROM
        && label.words <= p::FIGURE_LABEL_MAX_WORDS
        && !label.ends_sentence
        && block.text.chars().next().is_some_and(char::is_lowercase)
}

/// Whether a block is an ad's text, in words said only in ads or in words
/// that cover most of it, and more than an ad's bare label: an article's
/// subheading may stand over an "Advertisement" slot.
fn is_ad_text(f: &Features) -> bool {
    f.words > p::AD_LABEL_MAX_WORDS
        && f.phrase.is_some_and(|m| {
            matches!(m.kind, PhraseKind::Advertising | PhraseKind::Subscribe)
                && (m.whole_block || m.strength() >= p::SECTION_BREAK_MIN_COVERAGE)
        })
}

/// Whether a block reads as a box's title: a short line in title case or
/// capitals that ends no sentence and is no list item.
fn is_box_title(block: &Block<'_>, f: &Features) -> bool {
    !f.ends_sentence && !block.bullet && f.capitalised_share >= p::TEXT_SUBHEADING_MIN_CAPITALISED
}

/// Whether a block asks the reader to sign up, in words said only in such
/// prompts or in words that cover most of it.
fn is_signup_prompt(f: &Features) -> bool {
    f.phrase.is_some_and(|m| {
        m.kind == PhraseKind::Subscribe
            && (m.whole_block || m.strength() >= p::SECTION_BREAK_MIN_COVERAGE)
    })
}

/// In scraped text, a subheading that the page marks with a glyph
/// ([`SUBHEADING_GLYPHS`](p::SUBHEADING_GLYPHS): "■新しい蔵に「昔の柱」",
/// "◇ 주변 상권 ...") right over a paragraph of the article is the
/// article's, whatever stands above it (a related story's line).
fn keep_glyph_subheadings(
    blocks: &[Block<'_>],
    feats: &[Features],
    region: std::ops::Range<usize>,
    decisions: &mut [Decision],
) {
    if is_html(blocks) {
        return;
    }
    let is_subheading = |i: usize| {
        let mut chars = blocks[i].text.chars();
        chars
            .next()
            .is_some_and(|c| p::SUBHEADING_GLYPHS.contains(&c))
            && chars.any(char::is_alphabetic)
            && feats[i].words <= p::GLYPH_SUBHEADING_MAX_WORDS
            && feats[i].phrase.is_none()
    };
    for i in region.start..region.end.saturating_sub(1) {
        if decisions[i].label != Label::Body
            && decisions[i + 1].label == Label::Body
            && feats[i + 1].ends_sentence
            && is_subheading(i)
        {
            decisions[i] = Decision {
                label: Label::Body,
                note: "body: a subheading marked with a glyph, over a paragraph",
            };
        }
    }
}

/// In scraped text, the details under an item of a guide or a listing:
/// at least [`DETAIL_LINES_MIN`](p::DETAIL_LINES_MIN) lines of a label and
/// its detail ("Where: Quayside Arts Centre", "When: 17 to 21 February",
/// "Price: £9"), printed line under line right under a paragraph. Like a
/// list's items, they weigh nothing in the choice of the region: a guide
/// goes on past each of its items' details.
fn detail_lines(blocks: &[Block<'_>], feats: &[Features], firm: &[Class]) -> Vec<usize> {
    if is_html(blocks) {
        return Vec::new();
    }
    let mut lines = Vec::new();
    let mut i = 1;
    while i < blocks.len() {
        let under_paragraph = firm[i - 1] == Class::Good && feats[i - 1].ends_sentence;
        if !under_paragraph || !is_label_line(blocks, feats, i) {
            i += 1;
            continue;
        }
        let end = (i + 1..blocks.len())
            .find(|&k| !features::on_the_next_line(blocks, k) || !is_label_line(blocks, feats, k))
            .unwrap_or(blocks.len());
        if end - i >= p::DETAIL_LINES_MIN {
            lines.extend(i..end);
        }
        i = end;
    }
    lines
}

/// The last item's details (see [`detail_lines`]) stand under the
/// region's last paragraph, as the items' details inside it stand under
/// theirs: they are kept too, where the region holds some.
fn keep_last_item_details(
    details: &[usize],
    region: std::ops::Range<usize>,
    decisions: &mut [Decision],
) {
    if !details.iter().any(|i| region.contains(i)) {
        return;
    }
    let closing = details
        .iter()
        .skip_while(|&&i| i < region.end)
        .zip(region.end..)
        .take_while(|&(&i, j)| i == j);
    for (&i, _) in closing {
        decisions[i] = Decision {
            label: Label::Body,
            note: "body: the details of a guide's last item",
        };
    }
}

/// A transcript's lines of speaker and time (see
/// [`transcript_turn_heads`]) inside the region are kept over the turns
/// they head.
fn keep_transcript_turn_heads(
    turn_heads: &[usize],
    region: std::ops::Range<usize>,
    decisions: &mut [Decision],
) {
    for &i in turn_heads.iter().filter(|&&i| region.contains(&i)) {
        if decisions.get(i + 1).is_some_and(|d| d.label == Label::Body) {
            decisions[i] = Decision {
                label: Label::Body,
                note: "body: a transcript's speaker and time over the turn",
            };
        }
    }
}

/// In scraped text, the lines that head the turns of a transcript: a
/// speaker's name and the time into the recording ("Ines Varga
/// 00:01:58", "Host (12:04):"), each printed right over what was said, at
/// least [`TRANSCRIPT_MIN_TURNS`](p::TRANSCRIPT_MIN_TURNS) on the page.
/// Like a list's items, they weigh nothing in the choice of the region:
/// the transcript is the article, however many names and times part it.
fn transcript_turn_heads(blocks: &[Block<'_>], feats: &[Features]) -> Vec<usize> {
    if is_html(blocks) {
        return Vec::new();
    }
    let heads: Vec<usize> = (0..blocks.len().saturating_sub(1))
        .filter(|&i| {
            // The time counts as a date's: most lines have none.
            feats[i].date_coverage > 0.0
                && feats[i].words <= p::TRANSCRIPT_HEAD_MAX_WORDS
                && feats[i].phrase.is_none()
                && features::on_the_next_line(blocks, i + 1)
                && is_speaker_and_time(&blocks[i].text)
        })
        .collect();
    if heads.len() < p::TRANSCRIPT_MIN_TURNS {
        return Vec::new();
    }
    heads
}

/// "Ines Varga  00:01:58", "Host (12:04):": a name of capitalised words,
/// then a time, perhaps in brackets and closed by a colon.
fn is_speaker_and_time(text: &str) -> bool {
    let Some((name, time)) = text.trim_end_matches(':').rsplit_once(' ') else {
        return false;
    };
    let time = time
        .trim_start_matches(['(', '['])
        .trim_end_matches([')', ']']);
    let name_words = || name.split_whitespace();
    features::is_running_time(time)
        && name_words().next().is_some()
        && name_words().all(|word| {
            word.starts_with(char::is_uppercase) && word.chars().all(char::is_alphabetic)
        })
}

/// A forum thread numbers its posts at their heads ("9 Jan 2025   #1", "#1
/// Messaggio da ... » mer 19 nov 2025, 21:14"): the line that numbers the
/// second as the first was numbered, after that one, opens the replies.
fn second_post_mark(blocks: &[Block<'_>], feats: &[Features]) -> Option<usize> {
    // How line `i` numbers post `number`: at its end (`Some("")`), or at
    // its start before the word that follows, with the post's date (not a
    // list's "#2 Tip: ...").
    let numbers = |i: usize, number: &str| -> Option<&str> {
        let text = blocks[i].text.trim_ascii();
        if let Some(before) = text.strip_suffix(number) {
            return before
                .chars()
                .next_back()
                .is_none_or(char::is_whitespace)
                .then_some("");
        }
        text.strip_prefix(number)?
            .strip_prefix(' ')?
            .split_whitespace()
            .next()
            .filter(|_| feats[i].date_coverage > 0.0)
    };
    let (first, shape) =
        (0..blocks.len()).find_map(|i| numbers(i, "#1").map(|shape| (i, shape)))?;
    (first + 1..blocks.len()).find(|&i| numbers(i, "#2") == Some(shape))
}

/// A forum's reply repeats the thread's title after "Re:" ("Re: Garde des
/// enfants ..."): the first such title under the thread's own opens the
/// replies.
fn first_reply_title(blocks: &[Block<'_>]) -> Option<usize> {
    // The colon comes within the longest prefix and a space: no need to
    // search a paragraph for one.
    let colon_reach = p::REPLY_PREFIXES
        .iter()
        .map(|re| re.len())
        .max()
        .unwrap_or(0)
        + 2;
    fn replied(text: &str, colon_reach: usize) -> Option<&str> {
        let text = text.trim_ascii_start();
        let colon = text.bytes().take(colon_reach).position(|b| b == b':')?;
        let prefix = text[..colon].trim_ascii_end();
        let title = text[colon + 1..].trim();
        (p::REPLY_PREFIXES
            .iter()
            .any(|re| re.eq_ignore_ascii_case(prefix))
            && title.split_whitespace().count() >= p::REPLY_TITLE_MIN_WORDS)
            .then_some(title)
    }
    (1..blocks.len()).find(|&i| {
        replied(&blocks[i].text, colon_reach)
            .is_some_and(|title| blocks[..i].iter().any(|block| block.text.trim() == title))
    })
}

/// A heading element that is only a date ("Monday, Dec. 7", "Thursday")
/// inside the article, right above its body, heads a section of it, as a
/// listings guide or a forecast orders its days: body, not a date line. In
/// scraped text, where no element tells a heading, such a line heads a
/// list of the article's: a diary's day over its bulleted engagements.
fn keep_date_headings(
    blocks: &[Block<'_>],
    feats: &[Features],
    region: std::ops::Range<usize>,
    decisions: &mut [Decision],
) {
    let is_date_heading = |i: usize| {
        (is_subheading(&blocks[i]) || blocks[i].dom.is_none() && blocks[i + 1].bullet)
            && feats[i].date_coverage >= p::DATE_HEADING_MIN_COVERAGE
            && feats[i].words <= p::DATE_HEADING_MAX_WORDS
    };
    let start = region.start + 1;
    let end = region.end.saturating_sub(1);
    for i in start..end {
        let body_under = decisions[i + 1].label == Label::Body;
        if decisions[i].label != Label::Body && body_under && is_date_heading(i) {
            decisions[i] = Decision {
                label: Label::Body,
                note: "body: a date heading a section of the article",
            };
        }
    }
}

/// "Hi friends,", "Dear Sangha,", "Hallo zusammen,": a short line closed
/// by a comma right above the article's first paragraph addresses its
/// readers, as a letter, a newsletter's issue or a forum's first post
/// opens. It says little, but it is the text's own first line.
fn keep_salutation(
    blocks: &[Block<'_>],
    feats: &[Features],
    region: std::ops::Range<usize>,
    decisions: &mut [Decision],
) {
    let (Some(i), Some(first)) = (region.start.checked_sub(1), region.clone().next()) else {
        return;
    };
    let f = &feats[i];
    let text = blocks[i].text.trim();
    let is_salutation = text.ends_with(',')
        && text.starts_with(char::is_uppercase)
        && (1..=p::SALUTATION_MAX_WORDS).contains(&f.words)
        && f.digit_share == 0.0
        && f.phrase.is_none()
        && !is_subheading(&blocks[i]);
    let opens_paragraph = decisions[first].label == Label::Body
        && feats[first].words >= p::SALUTATION_PARAGRAPH_MIN_WORDS;
    if is_salutation && opens_paragraph && decisions[i].label != Label::Body {
        decisions[i] = Decision {
            label: Label::Body,
            note: "body: a salutation over the first paragraph",
        };
    }
}

/// Which blocks are items of the article's lists rather than of menus:
/// bulleted sentences ("• Water less often than in summer."), and the
/// items of a list that a paragraph ending with a colon introduces, unless
/// they are links. They weigh nothing in the choice of the region, so a
/// checklist under short subheadings does not end the article.
fn listed_items(
    blocks: &[Block<'_>],
    feats: &[Features],
    firm: &[Class],
    article_lists: &[std::ops::Range<usize>],
) -> Vec<bool> {
    let mut listed: Vec<bool> = blocks
        .iter()
        .zip(feats)
        .map(|(block, f)| {
            block.bullet
                && f.ends_sentence
                && f.words >= p::LISTED_SENTENCE_MIN_WORDS
                && f.phrase.is_none()
        })
        .collect();
    for list in article_lists {
        listed[list.clone()].fill(true);
    }
    // A paragraph ending with a colon, or a plain label of a few words
    // ("Key dates:") or a plain line that scores neither way ("Here are
    // the new opening hours from 24 March:"), introduces a list.
    let introduces = |i: usize| {
        feats[i].ends_colon
            && (firm[i] == Class::Good
                || (feats[i].words <= p::LIST_LABEL_MAX_WORDS || firm[i] == Class::Uncertain)
                    && feats[i].phrase.is_none())
    };
    for i in (0..feats.len()).filter(|&i| introduces(i)) {
        let items: Vec<usize> = (i + 1..feats.len())
            .take(p::LIST_MAX_ITEMS)
            .take_while(|&j| {
                is_list_item(&feats[j])
                    && feats[j].link_density <= p::LINK_FROM
                    && !is_button(&blocks[j])
            })
            .collect();
        let items = &items[..drawn_list_end(blocks, feats, &items)];
        let (Some(&first), Some(&last)) = (items.first(), items.last()) else {
            continue;
        };
        if !is_contact(blocks, feats, first..last + 1) {
            for &j in items {
                listed[j] = true;
            }
        }
    }
    listed
}

/// How many of `items` (scraped lines in a row) belong to one list: w3m
/// draws a list's items on lines that follow each other, so when the first
/// two do, the first blank line between two ends it. Numbered items ("1)
/// ..." over a link) may take several lines and blank ones between.
fn drawn_list_end(blocks: &[Block<'_>], feats: &[Features], items: &[usize]) -> usize {
    let adjacent = |k: usize| blocks[items[k]].line == blocks[items[k - 1]].line + 1;
    if items.len() < 2
        || blocks[items[0]].dom.is_some()
        || feats[items[0]].item_number != 0
        || blocks[items[0]].written_marker.is_some()
        || !adjacent(1)
    {
        return items.len();
    }
    (2..items.len())
        .find(|&k| !adjacent(k))
        .unwrap_or(items.len())
}

/// Whether the blocks of `items` under a label give a contact's details:
/// "More information:" over a name, a title and a mail address is whom to
/// ask, not a list of the article's.
fn is_contact(blocks: &[Block<'_>], feats: &[Features], items: std::ops::Range<usize>) -> bool {
    items.take_while(|&j| j < blocks.len()).any(|j| {
        feats[j].words <= p::CONTACT_LINE_MAX_WORDS
            && is_mail_line(&blocks[j])
            && blocks[j].text.split_whitespace().count() <= p::CONTACT_LINE_MAX_TOKENS
    })
}

/// Whether the HTML heading `j` heads the paragraph `next`, the body
/// block after it: both in one box (or the heading in its content
/// element's own `<header>` right above), only a figure between them, and
/// the paragraph long enough to be a section's. A listicle's items are
/// headed so, however much of the heading is a link ("Tasca do Cais",
/// linked to the venue's site); a teaser's summary is a sentence or two.
fn heads_its_section(blocks: &[Block<'_>], feats: &[Features], j: usize, next: usize) -> bool {
    let is_figure = |k: usize| {
        blocks[k].dom.as_ref().is_some_and(|dom| {
            dom.landmarks
                .intersects(Landmarks::FIGURE | Landmarks::FIGCAPTION)
                || dom.hints.contains(Hints::CAPTION)
        })
    };
    let (Some(heading), Some(paragraph)) = (&blocks[j].dom, &blocks[next].dom) else {
        return false;
    };
    // A content element's own header (TYPO3's "frame-header") holds only
    // its heading, right over the element's text.
    let own_header = heading
        .landmarks
        .contains(Landmarks::HEADER | Landmarks::MAIN)
        && next == j + 1;
    (2..=4).contains(&heading.heading)
        && !heading.landmarks.contains(Landmarks::OUTSIDE_CONTENT)
        && paragraph.heading == 0
        && (heading.container == paragraph.container || own_header)
        && feats[j].phrase.is_none()
        && feats[next].words >= p::SECTION_PARAGRAPH_MIN_WORDS
        && (j + 1..next).all(is_figure)
}

/// Whether a block is a line of code: in HTML, a line of a `<pre>` block
/// that is shown; in scraped text, an indented command after a shell's
/// prompt ("  $ curl -fsSL https://... | sh"), whatever addresses it holds.
fn is_code_line(block: &Block<'_>) -> bool {
    match &block.dom {
        Some(dom) => {
            dom.landmarks.contains(Landmarks::PRE) && !dom.landmarks.contains(Landmarks::HIDDEN)
        }
        None => block.indent > 0 && block.text.starts_with("$ "),
    }
}

/// Whether an HTML block is a button's label ("Copy" over a code block):
/// no item of a list.
fn is_button(block: &Block<'_>) -> bool {
    block
        .dom
        .as_ref()
        .is_some_and(|dom| dom.landmarks.contains(Landmarks::BUTTON))
}

/// Whether an HTML block is only a file's name ("SearchBox.jsx",
/// "config/site.yaml") or the code's language ("ts", "sh", "c++") standing
/// over a code block: a label, as a caption is, not a line of the article.
/// A language named as people write it ("Shell", "JSON") is a label only
/// outside a paragraph or a heading (a code box's toolbar): the article's
/// own one-word line over its code ("Output") is a paragraph.
fn is_label_over_code(block: &Block<'_>, below: &Block<'_>) -> bool {
    let in_pre = |b: &Block<'_>| {
        b.dom
            .as_ref()
            .map(|dom| dom.landmarks.contains(Landmarks::PRE))
    };
    if in_pre(block) != Some(false) || in_pre(below) != Some(true) {
        return false;
    }
    let name = block.text.trim();
    let in_toolbar = block
        .dom
        .as_ref()
        .is_some_and(|dom| dom.heading == 0 && !matches!(dom.tag(), "p" | "li"));
    let letter = |c: char| c.is_ascii_lowercase() || in_toolbar && c.is_ascii_uppercase();
    let is_language = name.len() <= p::CODE_LANGUAGE_MAX_CHARS
        && name.starts_with(letter)
        && name
            .chars()
            .all(|c| letter(c) || c.is_ascii_digit() || "+#-".contains(c));
    if is_language {
        return true;
    }
    let Some((stem, extension)) = name.rsplit_once('.') else {
        return false;
    };
    !stem.is_empty()
        && !name.contains(char::is_whitespace)
        && (1..=p::FILE_EXTENSION_MAX_CHARS).contains(&extension.len())
        && extension.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// Whether the block holds a mail address.
fn is_mail_line(block: &Block<'_>) -> bool {
    block
        .text
        .split_whitespace()
        .any(crate::features::is_mail_address)
}

/// In scraped text, the numbered lists of the article: a plain header of
/// a few words right under one of its paragraphs ("Setlist"), over at
/// least [`NUMBERED_LIST_MIN_ITEMS`](p::NUMBERED_LIST_MIN_ITEMS) items
/// numbered from 1, each short, no sentence and no phrase. A plain header
/// may part the items where the numbers go on ("Encore" over "9. ...").
/// Not a box of most read stories (its header is a phrase), nor notes
/// (each a sentence), nor a table of contents (its items come back as the
/// subheadings).
fn numbered_lists(
    blocks: &[Block<'_>],
    feats: &[Features],
    firm: &[Class],
) -> Vec<std::ops::Range<usize>> {
    if is_html(blocks) {
        return Vec::new();
    }
    let is_header = |j: usize| feats[j].item_number == 0 && is_list_header(&feats[j]);
    let is_item = |j: usize, number: u32| {
        feats[j].item_number == number
            && feats[j].words <= p::TEASER_ITEM_MAX_WORDS
            && (!feats[j].ends_sentence || ends_with_abbreviation(&blocks[j].text))
            && feats[j].repeats <= 1
            && feats[j].phrase.is_none()
            && feats[j].link_density <= p::LINK_FROM
    };
    let mut lists = Vec::new();
    for header in (1..feats.len()).filter(|&i| firm[i - 1] == Class::Good && is_header(i)) {
        let (mut end, mut number) = (header + 1, 1);
        loop {
            if end < feats.len() && is_item(end, number) {
                end += 1;
            } else if end + 1 < feats.len()
                && number > 1
                && is_header(end)
                && is_item(end + 1, number)
            {
                end += 2;
            } else {
                break;
            }
            number += 1;
        }
        if number > p::NUMBERED_LIST_MIN_ITEMS {
            lists.push(header..end);
        }
    }
    lists
}

/// Whether `text` ends with a dotted abbreviation ("s.t.", "p.m."), which
/// ends no sentence of its own in a list's item ("2. Lucía Orbegozo
/// (Equipo Alcarria) s.t.").
fn ends_with_abbreviation(text: &str) -> bool {
    text.split_whitespace().next_back().is_some_and(|last| {
        let letters = last.trim_end_matches('.');
        last.ends_with('.')
            && letters.contains('.')
            && letters.split('.').all(|part| {
                (1..=p::ABBREVIATION_PART_MAX_CHARS).contains(&part.chars().count())
                    && part.chars().all(char::is_alphabetic)
            })
    })
}

/// The runs of at least [`FACT_LIST_MIN_ITEMS`](p::FACT_LIST_MIN_ITEMS)
/// bulleted items that each name a thing and say something of it: "B 27
/// between Alt and Neu: closed from 3 to 7 March", "Registration: $25 a
/// player, due by May 1", but not right under a related-stories header.
fn fact_lists(blocks: &[Block<'_>], feats: &[Features]) -> Vec<std::ops::Range<usize>> {
    // Headlines are links; a box set apart from the article holds its own
    // facts.
    // Menus' items are a word or two: most bullets are settled by length.
    let is_fact = |i: usize| {
        blocks[i].bullet
            && feats[i].words as usize > p::FACT_MIN_DETAIL_WORDS
            && label_and_detail(&blocks[i].text).is_some_and(|(label, detail)| {
                let label_words = label.split_whitespace().count();
                (1..=p::LIST_LABEL_MAX_WORDS as usize).contains(&label_words)
                    && detail.split_whitespace().count() >= p::FACT_MIN_DETAIL_WORDS
            })
            && feats[i].phrase.is_none()
            && feats[i].link_density < p::LIST_ITEM_MAX_LINK_DENSITY
            && !is_set_apart(&blocks[i])
            && is_list_item(&feats[i])
    };
    let mut lists = Vec::new();
    let mut i = 0;
    while i < blocks.len() {
        let run = (i..blocks.len()).take_while(|&j| is_fact(j)).count();
        // Under "Mehr zum Thema", "Topic: headline" items are teasers.
        let under_related_header = i > 0 && is_related_header(&feats[i - 1]);
        if run >= p::FACT_LIST_MIN_ITEMS && !under_related_header {
            lists.push(i..i + run);
        }
        i += run.max(1);
    }
    lists
}

/// The runs of at least [`LABELLED_LIST_MIN_ITEMS`](p::LABELLED_LIST_MIN_ITEMS)
/// labelled items under a plain header of a few words ("Important dates"
/// over "Oct. 3 – Picture Day"): dated as they are, they are no date lines
/// of other stories.
fn labelled_lists(
    blocks: &[Block<'_>],
    feats: &[Features],
    heads_items: impl Fn(usize) -> bool,
) -> Vec<std::ops::Range<usize>> {
    // A labelled item may hold a list of its own ("Saltcombe: 15 Ben
    // Tregear, 14 Will Hocking, ...").
    let is_item = |j: usize| {
        is_list_item_within(&feats[j], p::LABELLED_ITEM_MAX_WORDS)
            && feats[j].phrase.is_none()
            && feats[j].link_density <= p::LINK_FROM
            && !is_set_apart(&blocks[j])
            && is_labelled_item(&blocks[j].text)
    };
    let mut lists = Vec::new();
    let mut i = 0;
    while i + 1 < feats.len() {
        if !heads_items(i) {
            i += 1;
            continue;
        }
        let items = (i + 1..feats.len())
            .take(p::LIST_MAX_ITEMS)
            .take_while(|&j| is_item(j))
            .count();
        if items >= p::LABELLED_LIST_MIN_ITEMS {
            lists.push(i + 1..i + 1 + items);
        }
        // The items are read once: a menu's short lines would each look
        // like a header over the rest.
        i += items + 1;
    }
    lists
}

/// Schedules by day in scraped text (see
/// [`SCHEDULE_MIN_DAYS`](p::SCHEDULE_MIN_DAYS)): a run for each day, its
/// line and its items; and the lines of ads' cards standing between two
/// days, under the ad's label.
fn day_schedules(
    blocks: &[Block<'_>],
    feats: &[Features],
    firm: &[Class],
) -> (Vec<std::ops::Range<usize>>, Vec<usize>) {
    if is_html(blocks) {
        return (Vec::new(), Vec::new());
    }
    // A day's line, not a stamp: no time of day ("Monday, Sept. 8, 4:12
    // PM" dates a comment).
    let is_day = |i: usize| {
        let f = &feats[i];
        f.date_coverage >= p::DATE_HEADING_MIN_COVERAGE
            && f.words <= p::DATE_HEADING_MAX_WORDS
            && !blocks[i].text.contains(':')
            && blocks[i]
                .text
                .split(|c: char| !c.is_alphabetic())
                .next()
                .is_some_and(crate::lang::is_weekday_name)
    };
    // A day's items may be the article's paragraphs (a police log's calls
    // under "Wednesday, April 30").
    let is_item = |j: usize| {
        !is_day(j)
            && (is_list_item(&feats[j]) || firm[j] == Class::Good)
            && feats[j].phrase.is_none()
            && feats[j].date_coverage < p::DATE_LINE_MIN_COVERAGE
    };
    let is_fact_line = |j: usize| {
        !is_day(j)
            && feats[j].words <= p::LABELLED_ITEM_MAX_WORDS
            && is_practical_fact(&blocks[j], &feats[j])
    };
    // An ad's label may stand between two days; it stays an ad.
    let is_ad_label = |j: usize| {
        feats[j]
            .phrase
            .is_some_and(|m| m.kind == PhraseKind::Advertising && m.coverage >= p::LABEL_COVERAGE)
    };
    let is_short_heading = |j: usize| {
        (1..=p::SCHEDULE_HEADING_MAX_WORDS).contains(&feats[j].words)
            && !feats[j].ends_sentence
            && feats[j].phrase.is_none()
            && !is_day(j)
    };
    let mut schedules = Vec::new();
    let mut ad_cards = Vec::new();
    let mut i = 0;
    while i < blocks.len() {
        // Most lines are settled by their date coverage alone. A subheading
        // ("Il programma") and an ad's label may stand between the schedule
        // and the paragraph that introduces it.
        let introduced = || {
            (i.saturating_sub(p::SCHEDULE_INTRO_REACH)..i).any(|j| firm[j] == Class::Good)
                || (0..i)
                    .rev()
                    .take(p::SCHEDULE_INTRO_REACH + 1)
                    .find(|&j| !is_ad_label(j) && !is_short_heading(j))
                    .is_some_and(|j| firm[j] == Class::Good)
        };
        if !(is_day(i) && introduced()) {
            i += 1;
            continue;
        }
        let mut days = Vec::new();
        let mut cards = Vec::new();
        let mut day = i;
        while day < blocks.len() && is_day(day) {
            // Under a paragraph, only sentences go on with the day's items:
            // a short label there ("Attachments") is the page's again.
            // A line of practical facts may close a day's paragraph
            // ("Price: walk 8 euros, booking required").
            let mut items = 0;
            for j in (day + 1..blocks.len()).take(p::SCHEDULE_DAY_MAX_ITEMS + 1) {
                let after_paragraph = j > day + 1 && firm[j - 1] == Class::Good;
                let fact = after_paragraph && is_fact_line(j);
                if !fact && (!is_item(j) || after_paragraph && !feats[j].ends_sentence) {
                    break;
                }
                items += 1;
            }
            if !(1..=p::SCHEDULE_DAY_MAX_ITEMS).contains(&items) {
                break;
            }
            days.push(day..day + 1 + items);
            day += 1 + items;
            if day < blocks.len() && is_ad_label(day) {
                // The ad's card: the short lines between its label and
                // the next day.
                let card = (day + 1..blocks.len())
                    .take(p::AD_BOX_MAX_LINES)
                    .take_while(|&j| {
                        !is_day(j)
                            && firm[j] != Class::Good
                            && feats[j].words <= p::AD_BOX_LINE_MAX_WORDS
                    })
                    .count();
                let card_end = day + 1 + card;
                if card_end < blocks.len() && is_day(card_end) {
                    cards.extend(day + 1..card_end);
                    day = card_end;
                } else {
                    day += 1;
                }
            }
        }
        if days.len() >= p::SCHEDULE_MIN_DAYS {
            i = days.last().map_or(i + 1, |last| last.end);
            let last_start = days.last().map_or(0, |last| last.start);
            ad_cards.extend(cards.into_iter().filter(|&j| j < last_start));
            schedules.extend(days);
        } else {
            i += 1;
        }
    }
    (schedules, ad_cards)
}

/// Where the region ends once a schedule by day that its last paragraph
/// introduces is taken in: the schedule's lines weigh nothing, so a
/// schedule that ends the page ("Sports on TV this weekend") lies past the
/// region's end.
fn past_closing_schedule(
    schedules: &[std::ops::Range<usize>],
    region: std::ops::Range<usize>,
) -> usize {
    let mut end = region.end;
    for day in schedules.iter().filter(|day| day.start >= region.start) {
        if day.start < end + p::SCHEDULE_INTRO_REACH {
            end = end.max(day.end);
        }
    }
    end
}

/// Whether an HTML block stands in an aside or a navigation box, set apart
/// from the article's running text.
fn is_set_apart(block: &Block<'_>) -> bool {
    block
        .dom
        .as_ref()
        .is_some_and(|dom| dom.landmarks.intersects(Landmarks::ASIDE | Landmarks::NAV))
}

/// A line split at its first ": " into a label and what it labels.
fn label_and_detail(text: &str) -> Option<(&str, &str)> {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b':', bytes)
        .find(|&at| bytes.get(at + 1) == Some(&b' '))
        .map(|at| (&text[..at], &text[at + 2..]))
}

/// Whether the page's blocks come from HTML, with their place in the DOM.
fn is_html(blocks: &[Block<'_>]) -> bool {
    blocks.first().is_some_and(|block| block.dom.is_some())
}

/// Whether a block of HTML stands inside a `<figcaption>`.
fn in_figcaption(block: &Block<'_>) -> bool {
    block
        .dom
        .as_ref()
        .is_some_and(|dom| dom.landmarks.contains(Landmarks::FIGCAPTION))
}

/// "\[Image: a red boat among rocks\]", "\[IMG\]": where a text browser
/// prints a picture, bracketed, alone on its line. A button is bracketed
/// too ("\[Log in to download\]").
fn is_picture_placeholder(text: &str) -> bool {
    text.len() <= p::PICTURE_PLACEHOLDER_MAX_BYTES
        && text.ends_with(']')
        && text.strip_prefix('[').is_some_and(|inner| {
            !inner.contains('[')
                && p::PICTURE_PLACEHOLDER_OPENINGS.iter().any(|opening| {
                    inner
                        .get(..opening.len())
                        .is_some_and(|head| head.eq_ignore_ascii_case(opening))
                })
        })
}

/// In scraped text, the lines of a figure: at most
/// [`FIGURE_CAPTION_MAX_LINES`](p::FIGURE_CAPTION_MAX_LINES) lines right
/// above a photo credit ("Jane Doe/Getty Images", "Illustration by Jane
/// Doe") or a caption ending with one, with no blank line between them,
/// where a blank line parts them from the text above. A paragraph is
/// parted from its neighbours by blank lines; a figure's alt text, caption
/// and credit are printed line under line. Also the caption of a gallery's
/// slide, between the slide's counter and its credit.
fn figure_captions(blocks: &[Block<'_>], feats: &[Features], item_closers: &[usize]) -> Vec<usize> {
    let adjacent = |k: usize| blocks[k - 1].line + 1 == blocks[k].line;
    // Blocks of HTML are not lines.
    if is_html(blocks) {
        return Vec::new();
    }
    let mut captions = Vec::new();
    // A caption with its credit, or a credit phrase and a name; not a list
    // item, which opens with "Photos:" as a gallery's teaser does. These
    // need a blank line above the figure: paragraphs may be printed line
    // under line too.
    let credits_with_words = |c: usize| {
        !blocks[c].bullet && (feats[c].ends_with_credit || features::is_credit_line(&feats[c]))
    };
    // A roundup's item, its title and paragraph line under line over its
    // source, is no figure.
    let is_figure_credit = |c: usize| {
        (feats[c].photo_credit || credits_with_words(c)) && item_closers.binary_search(&c).is_err()
    };
    for credit in (1..feats.len()).filter(|&c| is_figure_credit(c)) {
        let mut top = credit;
        while top > 0 && credit - top < p::FIGURE_CAPTION_MAX_LINES && adjacent(top) {
            top -= 1;
        }
        let apart = if top == 0 {
            feats[credit].photo_credit
        } else {
            !adjacent(top)
        };
        if top < credit && apart {
            captions.extend(top..credit);
        }
        // A gallery's slide: its counter ("4/6"), its caption, its credit,
        // each a paragraph of its own.
        // So is a picture's: its placeholder ("[Image: a red boat]"), its
        // caption, its credit.
        if credit >= 2
            && (is_slide_counter(&blocks[credit - 2].text)
                || is_picture_placeholder(&blocks[credit - 2].text))
        {
            captions.push(credit - 1);
        }
    }
    // A chart printed line by line: the blocks between the last paragraph
    // and the chart's credit. A labelled note right above the credit
    // ("Note: Counties with fewer than ...") is the chart's too.
    let opens_credit = |c: usize| {
        feats[c]
            .phrase
            .is_some_and(|m| m.kind == PhraseKind::Credit && m.opening)
    };
    for credit in (1..feats.len()).filter(|&c| opens_credit(c) && is_chart_credit(&blocks[c].text))
    {
        let mut top = credit;
        if is_prose_paragraph(&blocks[top - 1], &feats[top - 1])
            && opens_with_label(&blocks[top - 1].text)
        {
            top -= 1;
        }
        // A list's items above the chart are the article's figures, not
        // the chart's; its legend ("■ 2019   ■ 2024") is the chart's.
        let is_list_item =
            |k: usize| blocks[k].bullet && feats[k].words > p::CHART_LEGEND_MAX_WORDS;
        while top > 0
            && credit - top <= p::CHART_MAX_BLOCKS
            && !is_prose_paragraph(&blocks[top - 1], &feats[top - 1])
            && !is_list_item(top - 1)
        {
            top -= 1;
        }
        if top > 0 && credit - top <= p::CHART_MAX_BLOCKS {
            captions.extend(top..credit);
        }
    }
    // The line under a picture's file name is its caption, or a teaser's
    // headline: never a paragraph of the article.
    captions.extend((1..feats.len()).filter(|&k| {
        feats[k - 1].picture_name
            && !blocks[k].bullet
            && (1..=p::PICTURE_CAPTION_MAX_WORDS).contains(&feats[k].words)
    }));
    captions
}

/// In scraped text, the cards of videos: a title and a description printed
/// line under line over the video's running time ("2:14"), with a blank
/// line above them; or under it, down to the card's age or date ("1 day
/// ago"), with a blank line below; or each a paragraph of its own between
/// a player's label ("Play video: ...") and the running time; or a title
/// and description line under line right under a running time set apart
/// ("▶ 2:37"). An embedded
/// player or a playlist among the paragraphs prints them, however well its
/// description reads. The times of a live report's updates
/// (`update_times`) are no running times.
fn video_cards(blocks: &[Block<'_>], feats: &[Features], update_times: &[usize]) -> Vec<usize> {
    if is_html(blocks) {
        return Vec::new();
    }
    let adjacent = |k: usize| features::on_the_next_line(blocks, k);
    let mut cards = Vec::new();
    let is_time = |k: usize| {
        let text = &blocks[k].text;
        text.len() <= p::RUNNING_TIME_MAX_BYTES && features::is_running_time(text)
    };
    // A live report's times of day set apart above its updates head them,
    // however much they look like running times; a time under a card's
    // title is the card's.
    let heads_update = |k: usize| update_times.binary_search(&k).is_ok();
    for time in (1..blocks.len()).filter(|&k| is_time(k) && adjacent(k)) {
        let mut top = time;
        while top > 0 && time - top < p::VIDEO_CARD_MAX_LINES && adjacent(top) {
            top -= 1;
        }
        // A card has one running time: lines of times and paragraphs in
        // turn are a live report's updates, printed without blank lines.
        let one_time = !(top..time).any(&is_time);
        if (top == 0 || !adjacent(top)) && one_time {
            cards.extend(top..=time);
        }
    }
    for time in (1..blocks.len()).filter(|&k| is_time(k) && !adjacent(k) && !heads_update(k)) {
        let mut bottom = time;
        while bottom + 1 < blocks.len()
            && bottom - time <= p::VIDEO_CARD_MAX_LINES
            && adjacent(bottom + 1)
        {
            bottom += 1;
        }
        let closed = bottom + 1 == blocks.len() || !adjacent(bottom + 1);
        if bottom > time && closed && feats[bottom].date_coverage > 0.0 {
            cards.extend(time..=bottom);
        }
    }
    // A player's label ("Play video: ...") over the card's title and
    // description, each a paragraph of its own, down to the running time.
    let is_label = |k: usize| {
        feats[k]
            .phrase
            .is_some_and(|m| m.kind == PhraseKind::Navigation && m.label && m.opening)
    };
    for label in (0..blocks.len()).filter(|&k| is_label(k)) {
        let card = (label + 1..blocks.len())
            .take(p::VIDEO_CARD_MAX_LINES + 1)
            .take_while(|&k| feats[k].words <= p::INLINE_BOX_ITEM_MAX_WORDS)
            .find(|&k| is_time(k));
        if let Some(time) = card {
            cards.extend(label..=time);
        }
    }
    // A running time set apart above ("▶ 2:37"), then the title and the
    // description printed line under line, a blank line below them.
    let apart = |k: usize| k >= blocks.len() || !adjacent(k);
    for time in
        (1..blocks.len().saturating_sub(2)).filter(|&k| apart(k) && adjacent(k + 2) && apart(k + 3))
    {
        if feats[time].words <= p::RUNNING_TIME_LINE_MAX_WORDS
            && !feats[time + 1].ends_sentence
            && !heads_update(time)
            && is_video_running_time(&blocks[time].text)
        {
            cards.extend(time..=time + 2);
        }
    }
    // Looked up by binary search.
    cards.sort_unstable();
    cards.dedup();
    cards
}

/// In scraped text, the cards of stock quotes set among the paragraphs:
/// short lines printed line under line, a blank line above and below,
/// one of them the price's change ("+1.37 (+2.93%)", "4,18 €  ▲ 2,45%").
/// The company's name and the volume over and under it read as neither
/// body nor boilerplate on their own.
fn quote_cards(blocks: &[Block<'_>], feats: &[Features]) -> Vec<usize> {
    if is_html(blocks) {
        return Vec::new();
    }
    let adjacent = |k: usize| features::on_the_next_line(blocks, k);
    let short = |k: usize| feats[k].words <= p::QUOTE_CARD_LINE_MAX_WORDS && !blocks[k].bullet;
    let mut cards = Vec::new();
    for change in (0..blocks.len()).filter(|&k| is_price_change(&blocks[k].text, &feats[k])) {
        let mut top = change;
        while top > 0 && adjacent(top) && short(top - 1) {
            top -= 1;
        }
        let mut bottom = change;
        while bottom + 1 < blocks.len() && adjacent(bottom + 1) && short(bottom + 1) {
            bottom += 1;
        }
        let opens = top == 0 || !adjacent(top);
        let closes = bottom + 1 == blocks.len() || !adjacent(bottom + 1);
        if opens && closes && bottom - top < p::QUOTE_CARD_MAX_LINES && bottom > top {
            cards.extend(top..=bottom);
        }
    }
    cards.sort_unstable();
    cards.dedup();
    cards
}

/// Whether a line gives a price's change: an arrow before a number, or
/// figures alone with a sign or an arrow and a percentage ("+1.37
/// (+2.93%)", "▲2,100 +2.75%"), perhaps over a period in brackets
/// ("+2.84% (24h)").
fn is_price_change(text: &str, f: &Features) -> bool {
    if f.change_arrow {
        return true;
    }
    // Most lines have no figures; the others have a per cent sign or not.
    if f.digit_share == 0.0 || f.words > p::QUOTE_CARD_LINE_MAX_WORDS || !text.contains('%') {
        return false;
    }
    let figures = text
        .split_once(" (")
        .map_or(text, |(figures, _)| figures)
        .trim_start();
    let signed = figures.starts_with(['+', '-', '\u{2212}', '▲', '▼']);
    !figures.contains(char::is_alphabetic) && (signed || text.contains("(+") || text.contains("(-"))
}

/// In scraped text, the boxes of reader polls: a label and a question
/// over radio buttons ("( ) Yes", "(*) No"), then the buttons to vote.
/// A poll may stand among the paragraphs; its label, a comments phrase
/// when it closes the article, does not end it there.
fn poll_boxes(blocks: &[Block<'_>], feats: &[Features]) -> Vec<std::ops::Range<usize>> {
    if is_html(blocks) {
        return Vec::new();
    }
    let is_option = |k: usize| {
        let text = blocks[k].text.as_bytes();
        text.first() == Some(&b'(') && (text.starts_with(b"( ) ") || text.starts_with(b"(*) "))
    };
    let heads = |k: usize| {
        let f = &feats[k];
        f.words <= p::POLL_LABEL_MAX_WORDS && !f.ends_sentence && !f.ends_colon
            || f.words <= p::POLL_QUESTION_MAX_WORDS
                && features::ends_with_question(&blocks[k].text)
    };
    let mut polls = Vec::new();
    let mut k = 0;
    while k < blocks.len() {
        if !is_option(k) {
            k += 1;
            continue;
        }
        let options = (k..blocks.len()).take_while(|&j| is_option(j)).count();
        if options < p::POLL_MIN_OPTIONS {
            k += options;
            continue;
        }
        let mut top = k;
        while top > 0 && k - top < p::POLL_HEAD_MAX_BLOCKS && heads(top - 1) {
            top -= 1;
        }
        let mut end = k + options;
        while end < blocks.len() && is_button_row(&blocks[end].text) {
            end += 1;
        }
        polls.push(top..end);
        k = end;
    }
    polls
}

/// "Chart: Jane Doe / The Tally • Source: ...": the credit under a chart.
fn is_chart_credit(text: &str) -> bool {
    p::CHART_CREDIT_LABELS
        .iter()
        .any(|label| text.starts_with(label))
}

/// A line of practical facts under a label of one word that no phrase
/// knows ("Price: 8 euros", "Hours: Friday 6-12"), unlike a byline's
/// "Updated: ...".
fn is_practical_fact(block: &Block<'_>, f: &Features) -> bool {
    f.phrase.is_none() && opens_with_label(&block.text)
}

/// Whether a block opens with one word and a colon: "Note: ...".
fn opens_with_label(text: &str) -> bool {
    text.split_once(' ')
        .is_some_and(|(first, _)| first.len() > 1 && first.ends_with(':'))
}

/// A paragraph, not a line of a list or a figure: a block not marked as an
/// item, of at least [`LIST_PARAGRAPH_MIN_WORDS`](p::LIST_PARAGRAPH_MIN_WORDS)
/// words, ending a sentence.
fn is_prose_paragraph(block: &Block<'_>, f: &Features) -> bool {
    !block.bullet && f.item_number == 0 && f.ends_sentence && f.words >= p::LIST_PARAGRAPH_MIN_WORDS
}

/// "4/6", "4 / 6", "4 of 6": a gallery's counter of slides.
fn is_slide_counter(text: &str) -> bool {
    if !text.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let Some((slide, of)) = text.split_once('/').or_else(|| text.split_once(" of ")) else {
        return false;
    };
    let number = |t: &str| t.trim().parse::<u32>().ok();
    matches!((number(slide), number(of)), (Some(s), Some(n)) if 1 <= s && s <= n)
}

/// Which blocks are rows of a table: runs of at least
/// [`TABLE_MIN_ROWS`](p::TABLE_MIN_ROWS) blocks that are each a row of cells.
/// In scraped text, the row whose first cell is its column's widest sets
/// the next cell one space from it and reads as a cell short: it is a row
/// when its last cell, a figure, starts in the column where the last cell
/// of a row printed right above or below it starts.
fn table_rows(blocks: &[Block<'_>], feats: &[Features]) -> Vec<bool> {
    let last_cell_column = |k: usize| {
        let text = &blocks[k].text;
        features::cell_gaps(text)
            .last()
            .map(|gap| text[..gap.end].chars().count())
    };
    let aligned = |k: usize, other: usize| {
        other < feats.len()
            && feats[other].table_row
            && features::on_the_next_line(blocks, k.max(other))
            && last_cell_column(k) == last_cell_column(other)
    };
    // Its last cell holds a figure: a cell's second line ("Member FDIC
    // ... on the bank's site") or a chart's bars are no such row.
    let ends_with_figure = |k: usize| {
        let text = &blocks[k].text;
        features::cell_gaps(text)
            .last()
            .is_some_and(|gap| text[gap.end..].bytes().any(|b| b.is_ascii_digit()))
    };
    let is_row = |k: usize| {
        feats[k].table_row
            || feats[k].two_cells
                && blocks[k].dom.is_none()
                && ends_with_figure(k)
                && (k > 0 && aligned(k, k - 1) || aligned(k, k + 1))
    };
    let mut rows = vec![false; feats.len()];
    let mut i = 0;
    while i < feats.len() {
        let start = i;
        while i < feats.len() && is_row(i) {
            i += 1;
        }
        if i - start >= p::TABLE_MIN_ROWS {
            rows[start..i].fill(true);
        }
        i = i.max(start + 1);
    }
    rows
}

/// Which blocks of scraped text are rows of a table of two columns, a
/// label and its value ("Battery           6.5 hours"): runs of at least
/// [`LABEL_VALUE_MIN_ROWS`](p::LABEL_VALUE_MIN_ROWS) lines in a row whose
/// values start in one column, with figures in at least half of them. Two
/// cells alone make no table, so the label must read as one: a few words,
/// no figures, and no time or date (a list of latest news starts each
/// headline with its time), nor a bullet; under a header row of words
/// alone ("Date     Phase"), which no such list has, labels may be figures
/// or dates (a schedule's days). And the table must stand among
/// the article's paragraphs: one above it past at most
/// [`TABLE_TITLE_MAX_LINES`](p::TABLE_TITLE_MAX_LINES) titles, one below
/// past titles and list items: a spec sheet in a sidebar is no part of the
/// article.
fn label_value_rows(blocks: &[Block<'_>], feats: &[Features], firm: &[Class]) -> Vec<bool> {
    let mut rows = vec![false; blocks.len()];
    // The columns where the value starts and ends, whether the row has
    // figures (in its value, or under a header in its label too), and
    // whether it may be a header: a few words and no figures.
    let pair = |i: usize, under_header: bool| -> Option<(usize, usize, bool, bool)> {
        let (block, f) = (&blocks[i], &feats[i]);
        if !f.two_cells || block.dom.is_some() || block.bullet || f.words > p::LABEL_VALUE_MAX_WORDS
        {
            return None;
        }
        let text = block.text.as_ref();
        let gap = features::cell_gaps(text).next()?;
        let (label, value) = (&text[..gap.start], &text[gap.end..]);
        // A letter alone is a form guide's result ("W  Town 2-1 Rovers").
        let has_digit = |cell: &str| cell.chars().any(|c| c.is_ascii_digit());
        let is_label = label
            .chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() || under_header && c.is_ascii_digit())
            && label.chars().nth(1).is_some()
            && (under_header || !has_digit(label))
            && label.split_whitespace().count() <= p::LIST_LABEL_MAX_WORDS as usize;
        let column = usize::from(block.indent) + text[..gap.end].chars().count();
        is_label.then(|| {
            let end = column + value.chars().count();
            let figures = has_digit(value) || under_header && has_digit(label);
            let header = !has_digit(text)
                && value.split_whitespace().count() <= p::LIST_LABEL_MAX_WORDS as usize;
            (column, end, figures, header)
        })
    };
    let is_title =
        |j: usize| feats[j].words <= p::TABLE_TITLE_MAX_WORDS && is_plain_header(&feats[j]);
    let mut i = 0;
    while i < blocks.len() {
        let Some((column, end, has_figures, header)) = pair(i, false) else {
            i += 1;
            continue;
        };
        let start = i;
        let mut figures = usize::from(has_figures);
        // Values start in one column, or end in one: w3m sets figures
        // flush right ("No union     987" under "Union   1,214").
        let (mut flush_left, mut flush_right) = (true, true);
        i += 1;
        while let Some((at, ends_at, has_figures, _)) =
            (i < blocks.len()).then(|| pair(i, header)).flatten()
        {
            flush_left &= at == column;
            flush_right &= ends_at == end;
            if !(flush_left || flush_right) || blocks[i].line != blocks[i - 1].line + 1 {
                break;
            }
            figures += usize::from(has_figures);
            i += 1;
        }
        // Between the table and the paragraphs: titles, and below it the
        // lists of a review's verdict ("Pros", its items, "Cons", ...).
        let paragraph_above = (0..start)
            .rev()
            .take(p::TABLE_TITLE_MAX_LINES + 1)
            .find(|&j| firm[j] == Class::Good || !is_title(j))
            .is_some_and(|j| firm[j] == Class::Good);
        // A teaser's line ("Read also: ...") or an ad's label may stand
        // between.
        let set_between = |j: usize| is_inline_link(&feats[j]) || is_ad_label(&feats[j]);
        let paragraph_below = (i..blocks.len())
            .take(p::LABEL_VALUE_PARAGRAPH_REACH)
            .find(|&j| {
                firm[j] == Class::Good || !(is_title(j) || blocks[j].bullet || set_between(j))
            })
            .is_some_and(|j| firm[j] == Class::Good);
        if i - start >= p::LABEL_VALUE_MIN_ROWS
            && 2 * figures >= i - start
            && paragraph_above
            && paragraph_below
        {
            rows[start..i].fill(true);
        }
    }
    rows
}

/// The rows of a table inside the region are body, whatever their words:
/// a header row printed twice in a row counts once. So are those of a
/// table right after the region (see [`table_after`]). A table with an
/// ad's notice under it is no body at all.
fn keep_tables(
    blocks: &[Block<'_>],
    feats: &[Features],
    in_table: &[bool],
    region: std::ops::Range<usize>,
    decisions: &mut [Decision],
) {
    let end = table_after(blocks, feats, in_table, region.clone(), decisions);
    // A table with an ad's notice right under it ("Odds provided by ...",
    // a phrase said only in ads) is the ad's: a box of odds or prices. An
    // ad's label ("Advertisement") may stand under any table.
    let is_ad = |j: usize| {
        feats.get(j).is_some_and(|f| {
            f.phrase
                .is_some_and(|m| m.kind == PhraseKind::Advertising && m.whole_block)
        })
    };
    let mut i = region.start;
    while i < end {
        let start = i;
        while i < end && in_table[i] {
            i += 1;
        }
        let ads = (i..i + p::AD_TABLE_REACH).any(is_ad) || i > start && closed_by_link(feats, i);
        // So is a table whose rows are mostly offers ("Staybook £89 View
        // deal"): a box comparing prices.
        let offers = (start..i).filter(|&row| is_ad(row)).count();
        let offers = offers >= p::OFFER_TABLE_MIN_ROWS && 2 * offers >= i - start;
        for row in start..i {
            let repeated = row > 0 && blocks[row - 1].text == blocks[row].text;
            if ads || offers {
                decisions[row] = Decision {
                    label: Label::Boilerplate,
                    note: if ads {
                        "boilerplate: a table with an ad's notice under it"
                    } else {
                        "boilerplate: a table of offers"
                    },
                };
            } else if decisions[row].label != Label::Body && !repeated {
                decisions[row] = Decision {
                    label: Label::Body,
                    note: "body: a row of a table in the article",
                };
            }
        }
        i += 1;
    }
}

/// Whether a table's rows end at `end` over a link to more of them ("Full
/// table ›", "Kompletna tabela ›"): a widget of standings or results,
/// however near the article it stands.
fn closed_by_link(feats: &[Features], end: usize) -> bool {
    feats
        .get(end)
        .is_some_and(|f| f.nav_arrow && f.words <= p::BOX_LINK_MAX_WORDS)
}

/// Tables right after the region, each under at most
/// [`TABLE_TITLE_MAX_LINES`](p::TABLE_TITLE_MAX_LINES) plain title lines
/// ("Condensed Statements of Income"; "Box Score", then a team's name
/// over its players), hold the article's figures: the titles are labelled
/// body, and the end of the last table is returned (the region's end when
/// no table follows). A lone table takes one title line. In HTML the
/// titles stand beside the article's last paragraph, not in a box of their
/// own (a "Market data" widget).
fn table_after(
    blocks: &[Block<'_>],
    feats: &[Features],
    in_table: &[bool],
    region: std::ops::Range<usize>,
    decisions: &mut [Decision],
) -> usize {
    let mut end = region.end;
    if region.is_empty() {
        return end;
    }
    let container = |j: usize| blocks[j].dom.as_ref().map(|dom| dom.container);
    let is_title = |j: usize| {
        !in_table[j]
            && feats[j].words <= p::TABLE_TITLE_MAX_WORDS
            && is_plain_header(&feats[j])
            && container(j) == container(region.end - 1)
    };
    // (first title line, first row, end) of each table.
    let mut tables = Vec::new();
    while end < feats.len() {
        let titles = (end..feats.len())
            .take(p::TABLE_TITLE_MAX_LINES)
            .take_while(|&j| is_title(j))
            .count();
        // The first row after the fewest titles that a table follows.
        let Some(first_row) = (end..=end + titles).find(|&j| in_table.get(j) == Some(&true)) else {
            break;
        };
        let rows = (first_row..feats.len())
            .take_while(|&j| in_table[j])
            .count();
        if closed_by_link(feats, first_row + rows) {
            break;
        }
        tables.push((end, first_row, first_row + rows));
        end = first_row + rows;
    }
    // A lone table under a title and a second line is a box of figures
    // ("Match stats", then the two teams' names); tables one after the
    // other, each under its caption, are the article's own data.
    if let [(start, first_row, _)] = tables[..]
        && first_row - start > 1
    {
        return region.end;
    }
    for &(start, first_row, _) in &tables {
        for decision in &mut decisions[start..first_row] {
            *decision = Decision {
                label: Label::Body,
                note: "body: the title of a table in the article",
            };
        }
    }
    tables.last().map_or(region.end, |&(_, _, end)| end)
}

/// In scraped text, the sentence right above a closing credit ("Additional
/// reporting by ...", "This article appeared in print ..."), at most
/// [`CLOSING_CREDIT_REACH`](p::CLOSING_CREDIT_REACH) blocks under the
/// region, is the article's last paragraph, however few stop words it
/// has: the credit closes the article below it. (A teaser's line may stand
/// between the region and that sentence.)
fn keep_line_above_closing_credit(
    blocks: &[Block<'_>],
    feats: &[Features],
    firm: &[Class],
    region: std::ops::Range<usize>,
    decisions: &mut [Decision],
) {
    // In HTML, the page's markup says where the article ends.
    if is_html(blocks) || region.is_empty() || decisions[region.end - 1].label != Label::Body {
        return;
    }
    let closes = |f: &Features| {
        f.phrase.is_some_and(|m| m.kind == PhraseKind::EndCredit) && is_section_break(f)
    };
    let mut reach = (region.end + 1..feats.len()).take(p::CLOSING_CREDIT_REACH);
    let Some(credit) = reach.find(|&j| closes(&feats[j])) else {
        return;
    };
    let last = credit - 1;
    if firm[last] == Class::Uncertain && feats[last].ends_sentence && feats[last].phrase.is_none() {
        decisions[last] = Decision {
            label: Label::Body,
            note: "body: the last sentence, right above a closing credit",
        };
    }
}

/// A correction of the article is the article's, wherever it is put: under
/// the credit line ("... contributed to this report." then "This story has
/// been corrected to show ..."), within a few blocks after the region's
/// end, or in a note just above the body, where a box or an `<aside>` may
/// cost it its score. The blocks between are left as they are.
fn keep_corrections(
    blocks: &[Block<'_>],
    feats: &[Features],
    firm: &[Class],
    region: std::ops::Range<usize>,
    decisions: &mut [Decision],
) {
    let opens_correction = |j: usize| {
        CORRECTION_OPENINGS
            .iter()
            .any(|opening| blocks[j].text.starts_with(opening))
    };
    let closing = (region.end..blocks.len())
        .take(p::CORRECTION_REACH)
        .find(|&j| firm[j] == Class::Good && opens_correction(j));
    if let Some(j) = closing {
        decisions[j] = Decision {
            label: Label::Body,
            note: "body: a correction of the article, under its credit line",
        };
    }
    let opening = (region.start.saturating_sub(p::CORRECTION_REACH)..region.start)
        .find(|&j| feats[j].ends_sentence && opens_correction(j));
    if let Some(j) = opening {
        decisions[j] = Decision {
            label: Label::Body,
            note: "body: a correction of the article, above its text",
        };
    }
}

/// The end mark of a press release ("###", "-30-") inside the region, if
/// any: what follows it is the issuer's (an "About ..." paragraph, a media
/// contact), not the release's.
fn end_mark(blocks: &[Block<'_>], region: std::ops::Range<usize>) -> Option<usize> {
    (region.start + 1..region.end)
        .find(|&i| p::PRESS_RELEASE_END_MARKS.contains(&blocks[i].text.trim()))
}

/// How a correction of the article opens.
const CORRECTION_OPENINGS: &[&str] = &[
    "Correction:",
    "Correction,",
    "CORRECTION:",
    "Clarification:",
    "This story has been corrected",
    "This article has been corrected",
    "This story was corrected",
    "This article was corrected",
    "An earlier version of this",
];

/// An author's bio that closes the article: a paragraph that opens with
/// the full name of the byline's author as the subject of a sentence
/// ("Dana Whitlock is a professor of ...", "Hanna Velloso writes ..."),
/// below most of the region's body. What follows it (a series note, a
/// podcast's blurb) goes with it.
fn drop_closing_bio(
    page: &Page<'_>,
    feats: &[Features],
    region: std::ops::Range<usize>,
    decisions: &mut [Decision],
) {
    let blocks = &page.blocks;
    // Without a byline, a name alone over the date line ("Dana Whitcomb",
    // then "Published 7:42 p.m. ...", perhaps under the outlet's name); a
    // bio opening with it confirms it.
    let byline = page
        .meta
        .byline
        .clone()
        .or_else(|| {
            (0..region.end)
                .find(|&i| decisions[i].label == Label::Byline)
                .and_then(|i| byline_name(&blocks[i].text))
        })
        .or_else(|| {
            (region.start.saturating_sub(p::TITLE_SEARCH_BLOCKS)..region.start)
                .find(|&i| {
                    (i + 1..region.start)
                        .take(p::BARE_NAME_DATE_REACH)
                        .any(|j| feats[j].date_coverage >= p::DATE_LINE_MIN_COVERAGE)
                        && is_name_line(&blocks[i].text)
                })
                .map(|i| blocks[i].text.trim().to_string())
        });
    let Some(byline) = byline else {
        return;
    };
    // "Dana Whitlock, Contributor": the name without the role; "Ana Ruiz
    // and Li Wei": either author may sign the bio.
    let names = byline.split(',').next().unwrap_or_default();
    let full_names: SmallVec<[&str; 2]> = names
        .split(" and ")
        .flat_map(|name| name.split(" & "))
        .map(str::trim)
        .filter(|name| {
            name.split(' ').count() >= 2
                && name
                    .split(' ')
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        })
        .collect();
    if full_names.is_empty() {
        return;
    }
    // "Corin Hale Corin is a reporter ...": a bio box's name heading glued
    // to its text, which names the author by the first name.
    let subject_of_sentence = |i: usize| {
        full_names.iter().any(|name| {
            let first_name = name.split(' ').next().unwrap_or_default();
            blocks[i]
                .text
                .strip_prefix(name)
                .and_then(|rest| rest.strip_prefix(' '))
                .map(|rest| {
                    rest.strip_prefix(first_name)
                        .and_then(|rest| rest.strip_prefix(' '))
                        .unwrap_or(rest)
                })
                .and_then(|rest| rest.chars().next())
                .is_some_and(char::is_lowercase)
        })
    };
    // The bio ends the region, under most of its body; one that opens the
    // article stands under the byline.
    let body_words = |range: std::ops::Range<usize>| -> u32 {
        range
            .filter(|&i| decisions[i].label == Label::Body)
            .map(|i| feats[i].words)
            .sum()
    };
    let Some(bio) = region
        .clone()
        .rev()
        .filter(|&i| decisions[i].label == Label::Body)
        .find(|&i| subject_of_sentence(i))
    else {
        return;
    };
    let above = body_words(region.start..bio) as f32;
    if above < p::CLOSING_BIO_MIN_SHARE_ABOVE * body_words(region.clone()) as f32 {
        return;
    }
    for decision in &mut decisions[bio..region.end] {
        if decision.label == Label::Body {
            *decision = Decision {
                label: Label::Boilerplate,
                note: "boilerplate: the author's bio after the article",
            };
        }
    }
}

/// "For more information, contact the press office on 0191 555 0142.": the
/// region's last body block, when it opens by sending questions elsewhere
/// ([`CONTACT_LINE_OPENINGS`](p::CONTACT_LINE_OPENINGS)) and gives a
/// telephone number or an e-mail address, or bids the reader contact
/// someone ([`CONTACT_VERBS`](p::CONTACT_VERBS)) without a link, is the
/// issuer's contact line. One that points to a website is a closing
/// pointer, and stays.
fn drop_closing_contact_line(
    blocks: &[Block<'_>],
    feats: &[Features],
    region: std::ops::Range<usize>,
    decisions: &mut [Decision],
) {
    let Some(last) = region.rev().find(|&i| decisions[i].label == Label::Body) else {
        return;
    };
    let text = blocks[last].text.trim_start();
    let Some(rest) = p::CONTACT_LINE_OPENINGS.iter().find_map(|opening| {
        text.get(..opening.len())
            .filter(|start| start.eq_ignore_ascii_case(opening))
            .map(|_| &text[opening.len()..])
    }) else {
        return;
    };
    let rest = rest.trim_start_matches([',', ':', ' ']).to_lowercase();
    let bids_contact =
        feats[last].url_tokens == 0 && p::CONTACT_VERBS.iter().any(|verb| rest.starts_with(verb));
    if bids_contact || text.contains('@') || has_phone_number(text) {
        decisions[last] = Decision {
            label: Label::Boilerplate,
            note: "boilerplate: a contact line closing the story",
        };
    }
}

/// The line right under an ad's label ("Anzeige", "Sponsored") that ends
/// with its button's words ("... Mehr erfahren", "... Shop now", "\[Sprawdź\]")
/// is the ad's copy, however well it reads: an article's sentence does not
/// end by sending the reader off to buy.
fn drop_ad_copy_closed_by_its_button(
    blocks: &[Block<'_>],
    feats: &[Features],
    region: std::ops::Range<usize>,
    decisions: &mut [Decision],
) {
    for i in region.filter(|&i| i + 1 < blocks.len() && is_ad_label(&feats[i])) {
        let copy = i + 1;
        if decisions[copy].label != Label::Body {
            continue;
        }
        let text = blocks[copy]
            .text
            .trim_end_matches(|c: char| c.is_whitespace() || ".!»›→[]".contains(c))
            .to_lowercase();
        // The button stands after the copy's last sentence: "What you need
        // to get started" is a subheading.
        let closed_by_button = p::AD_BUTTONS.iter().any(|button| {
            text.strip_suffix(button).is_some_and(|before| {
                let before = before.strip_suffix('[').unwrap_or(before);
                before.ends_with(char::is_whitespace)
                    && before
                        .trim_end()
                        .ends_with(['.', '!', '?', ':', '–', '—', '|'])
            })
        });
        if closed_by_button {
            decisions[copy] = Decision {
                label: Label::Boilerplate,
                note: "boilerplate: an ad's copy under its label, closed by its button",
            };
        }
    }
}

/// An appeal that closes the article: a header that asks for support or
/// sign-ups ("Support student journalism"), at most
/// [`CLOSING_APPEAL_MAX_PARAGRAPHS`](p::CLOSING_APPEAL_MAX_PARAGRAPHS)
/// paragraphs of the region's last, and its button right after them
/// ("[Donate to The Clarion]"). A box inside the article has paragraphs
/// of the article after its button.
fn drop_closing_appeal(
    feats: &[Features],
    region: std::ops::Range<usize>,
    decisions: &mut [Decision],
) {
    // A header speaks only of subscribing; a button opens with its call.
    let subscribe = |i: usize, enough: fn(&PhraseMatch) -> bool| {
        feats[i].words <= p::SECTION_BREAK_MAX_WORDS
            && !feats[i].ends_sentence
            && feats[i]
                .phrase
                .is_some_and(|m| m.kind == PhraseKind::Subscribe && enough(&m))
    };
    let Some(last) = region
        .clone()
        .rev()
        .find(|&i| decisions[i].label == Label::Body)
    else {
        return;
    };
    if !(last + 1 < feats.len() && subscribe(last + 1, |m| m.opening)) {
        return;
    }
    let Some(header) = (region.start..last)
        .rev()
        .take(p::CLOSING_APPEAL_MAX_PARAGRAPHS)
        .find(|&i| decisions[i].label != Label::Body)
        .filter(|&i| subscribe(i, |m| m.strength() >= p::SECTION_BREAK_MIN_COVERAGE))
    else {
        return;
    };
    for decision in &mut decisions[header + 1..=last] {
        *decision = Decision {
            label: Label::Boilerplate,
            note: "boilerplate: an appeal after the article, between its header and button",
        };
    }
}

/// In scraped text, the lines of a block of code inside the region: a run
/// of at least [`CODE_RUN_MIN_LINES`](p::CODE_RUN_MIN_LINES) indented lines
/// printed line under line, at least half of them with a mark of code
/// (braces, brackets, '=', ';', '_', a prompt, a comment's sign, a closing
/// ':') and fewer than half of them sentences (ending with '.', '!' or
/// '?'). Short as its lines are ("};", "else:", "ports:"), the code is the
/// article's.
fn keep_code_blocks(
    blocks: &[Block<'_>],
    region: std::ops::Range<usize>,
    decisions: &mut [Decision],
) {
    if is_html(blocks) {
        return;
    }
    // A list in YAML is code too ("- db").
    let indented = |k: usize| blocks[k].indent >= p::INDENT_FROM;
    for run in printed_runs(blocks, region, indented) {
        if run.len() < p::CODE_RUN_MIN_LINES {
            continue;
        }
        let marked = run
            .clone()
            .filter(|&k| has_code_mark(&blocks[k].text))
            .count();
        // A block's head ("environment:") ends with a colon, not a sentence.
        let sentences = run
            .clone()
            .filter(|&k| blocks[k].text.trim_end().ends_with(['.', '!', '?']))
            .count();
        if 2 * marked >= run.len() && 2 * sentences < run.len() {
            for k in run {
                decisions[k] = Decision {
                    label: Label::Body,
                    note: "body: a line of a block of code in the article",
                };
            }
        }
    }
}

/// In scraped text, the runs of lines in `range` printed line under line
/// that each pass `keep`: the longest, in page order.
fn printed_runs(
    blocks: &[Block<'_>],
    range: std::ops::Range<usize>,
    keep: impl Fn(usize) -> bool,
) -> Vec<std::ops::Range<usize>> {
    let mut runs = Vec::new();
    let mut start = range.start;
    while start < range.end {
        if !keep(start) {
            start += 1;
            continue;
        }
        let mut end = start + 1;
        while end < range.end && keep(end) && features::on_the_next_line(blocks, end) {
            end += 1;
        }
        runs.push(start..end);
        start = end;
    }
    runs
}

/// Whether a line has a mark of code: a brace, a bracket, '=', ';' or
/// '_'; or it opens with a prompt or a comment's sign (">>>", "$ ", "#",
/// "//"), or closes with ':' (a block's head, a key of YAML).
fn has_code_mark(text: &str) -> bool {
    let text = text.trim();
    text.contains(['{', '}', '[', ']', '=', ';', '_'])
        || [">>>", "$ ", "#", "//"]
            .iter()
            .any(|sign| text.starts_with(sign))
        || text.ends_with(':')
}

/// A short lead-in whose list is gone: a label ending with a colon
/// ("Download the full results:", "Follow us:") over a list whose items
/// are all boilerplate (files to download, links, buttons), and the last
/// body block of the region. It introduced only what the page dropped; a
/// paragraph that goes on under it would still need it.
fn drop_lead_ins_to_dropped_lists(
    blocks: &[Block<'_>],
    feats: &[Features],
    region: std::ops::Range<usize>,
    decisions: &mut [Decision],
) {
    let Some(i) = region
        .clone()
        .rev()
        .find(|&i| decisions[i].label == Label::Body)
    else {
        return;
    };
    let end = (i + 1..blocks.len())
        .find(|&j| !blocks[j].bullet)
        .unwrap_or(blocks.len());
    if feats[i].ends_colon
        && feats[i].words <= p::DROPPED_LIST_LEAD_IN_MAX_WORDS
        && !blocks[i].bullet
        && end > i + 1
        && (i + 1..end).all(|j| decisions[j].label == Label::Boilerplate)
    {
        decisions[i] = Decision {
            label: Label::Boilerplate,
            note: "boilerplate: a lead-in over a list that is all boilerplate",
        };
    }
}

/// A block of symbols without a word or an ASCII mark ("★★★★★", "📌",
/// "☆☆☆☆☆") is a rating's stars or an icon, never a line of the article,
/// whatever its neighbours; code's brackets ("});") are ASCII, and a
/// table's marks ("✓") are its cells.
fn drop_wordless_symbols(
    blocks: &[Block<'_>],
    feats: &[Features],
    in_table: &[bool],
    decisions: &mut [Decision],
) {
    for i in 0..blocks.len() {
        if decisions[i].label == Label::Body
            && feats[i].words == 0
            && !in_table[i]
            && !blocks[i].text.bytes().any(|b| b.is_ascii_graphic())
        {
            decisions[i] = Decision {
                label: Label::Boilerplate,
                note: "boilerplate: symbols without a word, an icon or a rating's stars",
            };
        }
    }
}

/// A company's description of itself that closes a press release:
/// "Ascom is a global solutions provider ...", then "Ascom is
/// headquartered in Baar ...". Among the region's last
/// [`SELF_DESCRIPTION_REACH`](p::SELF_DESCRIPTION_REACH) paragraphs, one
/// opens with a name of capitalised words that the article named before
/// and "is a", "is an" or "is headquartered", and speaks as
/// companies do of themselves ([`SELF_DESCRIPTION_WORDS`]): it and the
/// paragraphs under it go. A profile's subject is a person, whom no
/// paragraph calls a provider or headquartered.
fn drop_closing_self_description(
    blocks: &[Block<'_>],
    region: std::ops::Range<usize>,
    decisions: &mut [Decision],
) {
    let body: Vec<usize> = region
        .clone()
        .filter(|&i| decisions[i].label == Label::Body)
        .collect();
    let reach = body.len().saturating_sub(p::SELF_DESCRIPTION_REACH);
    let describes_itself = |i: usize| -> bool {
        let text = &blocks[i].text;
        let Some(verb) = SELF_DESCRIPTION_VERBS
            .iter()
            .filter_map(|v| text.find(v))
            .min()
        else {
            return false;
        };
        let name = &text[..verb];
        let name_words = name.split(' ').count();
        if !(1..=p::SELF_DESCRIPTION_NAME_MAX_WORDS).contains(&name_words)
            || !name.split(' ').all(|w| w.starts_with(char::is_uppercase))
        {
            return false;
        }
        let lower = text.to_lowercase();
        SELF_DESCRIPTION_WORDS.iter().any(|w| lower.contains(w))
            && body
                .iter()
                .take_while(|&&j| j < i)
                .any(|&j| blocks[j].text.contains(name))
    };
    let Some(&first) = body[reach..].iter().find(|&&i| describes_itself(i)) else {
        return;
    };
    for &i in body.iter().filter(|&&i| i >= first) {
        decisions[i] = Decision {
            label: Label::Boilerplate,
            note: "boilerplate: a company's description of itself after the article",
        };
    }
}

/// What opens a company's description of itself, after its name.
const SELF_DESCRIPTION_VERBS: &[&str] = &[" is a ", " is an ", " is headquartered "];

/// Words of a company's description of itself.
const SELF_DESCRIPTION_WORDS: &[&str] = &[
    "provider",
    "headquartered",
    "employs",
    "subsidiaries",
    "listed on",
    "founded in",
];

/// Whether block `i` heads an interview's box about the person
/// interviewed (see [`drop_interviewee_boxes`]).
fn heads_interviewee_box(blocks: &[Block<'_>], feats: &[Features], i: usize) -> bool {
    const NAMED_CV: &str = ": the cv";
    let text = blocks[i].text.trim_end_matches(':').trim_end();
    feats[i].words <= p::LIST_HEADER_MAX_WORDS
        && (is_header_among(text, p::BIO_BOX_HEADERS)
            || text.len() > NAMED_CV.len()
                && text
                    .get(text.len() - NAMED_CV.len()..)
                    .is_some_and(|end| end.eq_ignore_ascii_case(NAMED_CV)))
}

/// Whether `text`, less a colon at its end, is one of `headers` (in lower
/// case) in any case.
fn is_header_among(text: &str, headers: &[&str]) -> bool {
    // Most blocks differ from every header in their first letter.
    let Some(&first) = text.as_bytes().first() else {
        return false;
    };
    let first = first.to_ascii_lowercase();
    if first.is_ascii() && !headers.iter().any(|header| header.as_bytes()[0] == first) {
        return false;
    }
    let text = text.trim_end_matches(':').trim_end();
    // Lower case keeps an ASCII text's length.
    let ascii = text.is_ascii();
    headers.iter().any(|header| {
        if ascii {
            text.len() == header.len() && text.eq_ignore_ascii_case(header)
        } else {
            text.chars().flat_map(char::to_lowercase).eq(header.chars())
        }
    })
}

/// Whether `block` asks a question.
fn is_question(block: &Block<'_>) -> bool {
    block.text.ends_with(['?', '？'])
}

/// Whether block `i` heads an interview's box between its questions: a
/// question follows the box. It parts no sections.
fn heads_box_among_questions(blocks: &[Block<'_>], feats: &[Features], i: usize) -> bool {
    heads_interviewee_box(blocks, feats, i)
        && (i + 1..blocks.len())
            .take(p::BIO_BOX_MAX_BLOCKS + 1)
            .any(|j| is_question(&blocks[j]))
}

/// An interview's box about the person interviewed, set between its
/// questions: a header ([`BIO_BOX_HEADERS`](p::BIO_BOX_HEADERS): "Zur
/// Person", "Bio express", "Chi è", "Maren Holt: the CV") over at most
/// [`BIO_BOX_MAX_BLOCKS`](p::BIO_BOX_MAX_BLOCKS) blocks, up to the next
/// question. In scraped text, lines right under the header with no blank
/// line between are the box. Otherwise the box is its picture's alt text
/// (in brackets or not), then lines that each open with a year or a label
/// ("1991 CAP de matelot", "Born: 1974"), or one paragraph, which ends it.
fn drop_interviewee_boxes(blocks: &[Block<'_>], feats: &[Features], decisions: &mut [Decision]) {
    let asks = |j: usize| is_question(&blocks[j]);
    let opens_with_year_or_label = |j: usize| {
        let text = &blocks[j].text;
        text.split_whitespace()
            .take(3)
            .any(|word| word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
            || label_and_detail(text).is_some_and(|(label, _)| {
                label.split_whitespace().count() <= p::FACT_BOX_LABEL_MAX_WORDS
            })
    };
    // The box stands between questions: look for its header above each
    // (a page has few questions, and many short blocks), and among the
    // author-bio headers its phrase may be.
    let mut headers: Vec<usize> = (0..blocks.len())
        .filter(|&q| asks(q))
        .flat_map(|q| q.saturating_sub(p::BIO_BOX_MAX_BLOCKS + 1)..q)
        .chain((0..blocks.len()).filter(|&i| {
            feats[i]
                .phrase
                .is_some_and(|m| m.kind == PhraseKind::AuthorBio)
        }))
        .filter(|&i| heads_interviewee_box(blocks, feats, i))
        .collect();
    headers.sort_unstable();
    headers.dedup();
    for header in headers {
        let next = (header + 1..blocks.len()).take(p::BIO_BOX_MAX_BLOCKS);
        let end = if blocks[header].dom.is_none()
            && header + 1 < blocks.len()
            && blocks[header + 1].line == blocks[header].line + 1
        {
            let mut line = blocks[header].line;
            next.take_while(|&j| {
                line += 1;
                blocks[j].line == line && !asks(j)
            })
            .last()
        } else {
            let mut end = None;
            for j in next {
                if asks(j) {
                    break;
                }
                end = Some(j);
                let text = &blocks[j].text;
                let bracketed = text.starts_with('[') && text.ends_with(']');
                if feats[j].alt_text || bracketed || opens_with_year_or_label(j) {
                    continue;
                }
                break;
            }
            end
        };
        let Some(end) = end else {
            continue;
        };
        for decision in &mut decisions[header..=end] {
            *decision = Decision {
                label: Label::Boilerplate,
                note: "boilerplate: an interview's box about the person interviewed",
            };
        }
    }
}

/// An author's card at the end of the article: a line that is only a name
/// ("Dana Whitlow"), then, within a few blocks, the last paragraph of the
/// region, which names them in its opening words ("Dana Whitlow covers
/// the council ...", "Award-winning reporter Dana Whitlow writes ...",
/// "Dana joined the paper ..."). Only when it is the region's one such
/// pair: a list of people has many.
fn drop_author_card(
    blocks: &[Block<'_>],
    region: std::ops::Range<usize>,
    decisions: &mut [Decision],
) {
    let is_body = |i: usize| decisions[i].label == Label::Body;
    // The name line that the paragraph at `j` names in its opening words.
    let named_by = |j: usize| -> Option<usize> {
        let opening: Vec<&str> = blocks[j]
            .text
            .split_whitespace()
            .take(p::AUTHOR_CARD_NAME_WITHIN_WORDS)
            .collect();
        (j.saturating_sub(p::AUTHOR_CARD_MAX_GAP)..j)
            .rev()
            .filter(|&n| region.contains(&n) && is_body(n) && is_name_line(&blocks[n].text))
            .find(|&n| {
                let name: Vec<&str> = blocks[n].text.split_whitespace().collect();
                // A first name alone, but no article: "El Tanque" is no
                // author of "El Ayuntamiento anunció ...".
                let first_name = name
                    .first()
                    .filter(|w| crate::lang::look_up(&w.to_lowercase()).languages == 0);
                let determined = |k: usize| {
                    k > 0
                        && p::AUTHOR_CARD_NOT_AFTER
                            .iter()
                            .any(|d| opening[k - 1].eq_ignore_ascii_case(d))
                };
                opening
                    .windows(name.len())
                    .enumerate()
                    .any(|(k, w)| w == name.as_slice() && !determined(k))
                    || first_name.is_some() && opening.first() == first_name
            })
    };
    let Some(last) = region.clone().rev().find(|&i| is_body(i)) else {
        return;
    };
    let Some(name) = named_by(last) else {
        return;
    };
    let pairs = region
        .clone()
        .filter(|&j| is_body(j) && !is_name_line(&blocks[j].text) && named_by(j).is_some())
        .count();
    if pairs != 1 {
        return;
    }
    for decision in &mut decisions[name..=last] {
        if decision.label == Label::Body {
            *decision = Decision {
                label: Label::Boilerplate,
                note: "boilerplate: an author's card after the article",
            };
        }
    }
}

/// The first lines of the staff lists of the page: runs of at least
/// [`STAFF_LIST_MIN_NAMES`](p::STAFF_LIST_MIN_NAMES) lines that are only
/// a person's name, not rows of a table (a roll call: "Raymond Ito Yes").
/// An article's own list of people differs: a line ending with a colon
/// introduces it ("The winners:"), or its paragraphs name one of them.
fn staff_lists(
    blocks: &[Block<'_>],
    feats: &[Features],
    firm: &[Class],
    in_table: &[bool],
) -> Vec<usize> {
    let mut paragraphs: Option<Vec<usize>> = None;
    let mut starts = Vec::new();
    let mut runs_checked = 0;
    // Above the first paragraph, a list of names (a menu of topics) ends
    // nothing.
    let mut i = firm
        .iter()
        .position(|&c| c == Class::Good)
        .unwrap_or(blocks.len());
    // Word counts settle most lines before their text is read: a list
    // needs that many short lines in a row.
    let may_name = |j: usize| {
        (p::NAME_LINE_MIN_WORDS..=p::NAME_LINE_MAX_WORDS).contains(&(feats[j].words as usize))
            && !in_table[j]
    };
    while i < blocks.len() && runs_checked < p::STAFF_LIST_MAX_RUNS {
        let enough = i + p::STAFF_LIST_MIN_NAMES <= blocks.len()
            && (i..i + p::STAFF_LIST_MIN_NAMES).all(may_name);
        if !enough {
            i += 1;
            continue;
        }
        let run = (i..blocks.len())
            .take_while(|&j| may_name(j) && is_name_line(&blocks[j].text))
            .count();
        // The run may go on a list of other items that a line introduces.
        let list_start = if blocks[i].bullet {
            (0..i)
                .rev()
                .take_while(|&j| blocks[j].bullet)
                .last()
                .unwrap_or(i)
        } else {
            i
        };
        let introduced = list_start > 0 && feats[list_start - 1].ends_colon;
        if run >= p::STAFF_LIST_MIN_NAMES && !introduced {
            runs_checked += 1;
            let paragraphs = paragraphs.get_or_insert_with(|| paragraphs_of(firm));
            if !named_in_paragraphs(blocks, paragraphs, i..i + run, |text| text) {
                starts.push(i);
            }
        }
        i += run.max(1);
    }
    starts
}

/// The blocks that are body by score, in order.
fn paragraphs_of(firm: &[Class]) -> Vec<usize> {
    (0..firm.len())
        .filter(|&j| firm[j] == Class::Good)
        .collect()
}

/// Whether one of the first names that the blocks of `list` give (each
/// block's `name` in its text) stands in one of the `paragraphs` near the
/// list: an article names its people close to where it lists them.
fn named_in_paragraphs(
    blocks: &[Block<'_>],
    paragraphs: &[usize],
    list: std::ops::Range<usize>,
    name: impl Fn(&str) -> &str,
) -> bool {
    let near = list.start.saturating_sub(p::STAFF_LIST_REACH)..list.end + p::STAFF_LIST_REACH;
    let first = paragraphs.partition_point(|&j| j < near.start);
    let last = paragraphs.partition_point(|&j| j < near.end);
    blocks[list]
        .iter()
        .take(p::STAFF_LIST_NAMES_LOOKED_UP)
        .any(|block| {
            let finder = memchr::memmem::Finder::new(name(&block.text).as_bytes());
            paragraphs[first..last]
                .iter()
                .any(|&j| finder.find(blocks[j].text.as_bytes()).is_some())
        })
}

/// The article's own lists of people under a short header ("Dunmore
/// squad" over bulleted names, "Tom Harker (captain)", "Luca Brennan"): at
/// least [`STAFF_LIST_MIN_NAMES`](p::STAFF_LIST_MIN_NAMES) bulleted names,
/// each perhaps with a role in brackets, one of the first of them named in
/// the paragraphs near the list. A masthead's names stand in no paragraph
/// (see [`staff_lists`]). As there, a page's first
/// [`STAFF_LIST_MAX_RUNS`](p::STAFF_LIST_MAX_RUNS) lists are looked up.
fn named_lists(
    blocks: &[Block<'_>],
    feats: &[Features],
    firm: &[Class],
) -> Vec<std::ops::Range<usize>> {
    let mut lists = Vec::new();
    let mut paragraphs = None;
    let mut runs_checked = 0;
    let mut i = 0;
    while i + 1 < blocks.len() && runs_checked < p::STAFF_LIST_MAX_RUNS {
        if !(blocks[i + 1].bullet && is_list_header(&feats[i])) {
            i += 1;
            continue;
        }
        let run = (i + 1..blocks.len())
            .take_while(|&j| blocks[j].bullet && is_name_line(without_role(&blocks[j].text)))
            .count();
        let names = i + 1..i + 1 + run;
        if run >= p::STAFF_LIST_MIN_NAMES {
            runs_checked += 1;
            let paragraphs = paragraphs.get_or_insert_with(|| paragraphs_of(firm));
            if named_in_paragraphs(blocks, paragraphs, names.clone(), without_role) {
                lists.push(names);
            }
        }
        i += run + 1;
    }
    lists
}

/// A name without the role in brackets after it: "Tom Harker (captain)"
/// is "Tom Harker".
fn without_role(text: &str) -> &str {
    match text
        .strip_suffix(')')
        .and_then(|rest| rest.rsplit_once(" ("))
    {
        Some((name, role)) if role.split_whitespace().count() <= p::NAME_ROLE_MAX_WORDS => name,
        _ => text,
    }
}

/// Whether `text` is only a person's name: a few capitalised words of
/// letters.
fn is_name_line(text: &str) -> bool {
    let is_name_word = |word: &str| {
        let mut chars = word.chars();
        chars.next().is_some_and(char::is_uppercase)
            && chars.all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
    };
    // Settled by the first byte for most lines: a name opens with a capital.
    if !text
        .as_bytes()
        .first()
        .is_some_and(|&b| b.is_ascii_uppercase() || b >= 0x80)
        || text.ends_with('.')
        || text.len() > p::NAME_LINE_MAX_BYTES
    {
        return false;
    }
    let mut words = 0;
    for word in text.split_ascii_whitespace() {
        words += 1;
        if words > p::NAME_LINE_MAX_WORDS || !is_name_word(word) {
            return false;
        }
    }
    words >= p::NAME_LINE_MIN_WORDS
}

/// The lines that are only a time of day ("10 p.m.", "14:05") and stand
/// between two body paragraphs, perhaps after a rule line ("___"): the
/// heads of the updates of a live report, when the page has at least
/// [`LIVE_UPDATE_MIN_TIMES`](p::LIVE_UPDATE_MIN_TIMES) of them. A byline's
/// time stands under a date or a name, not between paragraphs.
fn live_update_times(blocks: &[Block<'_>], feats: &[Features], firm: &[Class]) -> Vec<usize> {
    // An update's title may stand between its time and its paragraphs,
    // and in HTML its byline too.
    let html = is_html(blocks);
    let reach = if html {
        p::LIVE_UPDATE_HTML_REACH
    } else {
        p::LIVE_UPDATE_TEXT_REACH
    };
    let is_time = |i: usize| {
        let clock_time = feats[i].date_coverage >= p::DATE_LINE_MIN_COVERAGE
            && feats[i].words <= p::CLOCK_TIME_MAX_WORDS
            && is_clock_time(&blocks[i].text);
        clock_time
            || is_bare_time_of_day(&blocks[i].text)
            || is_match_minute(&blocks[i].text)
            || is_game_clock(&blocks[i].text)
    };
    let heads_within = |i: usize, reach: usize, class: &dyn Fn(Class) -> bool| {
        (i + 1..feats.len()).take(reach).any(|j| class(firm[j]))
    };
    let heads = |i: usize, class: &dyn Fn(Class) -> bool| heads_within(i, reach, class);
    // The page is a live report when enough times head updates firmly.
    let firm_times = (1..feats.len().saturating_sub(1))
        .filter(|&i| is_time(i) && heads(i, &|c| c == Class::Good))
        .filter(|&i| {
            // In scraped text, a time right under a paragraph, or under
            // the short lines that end its update (a share row, its
            // author, "Key event"); in HTML the first update may follow
            // the page's header.
            html || (0..i)
                .rev()
                .take(p::LIVE_UPDATE_TAIL_MAX_LINES + 1)
                .find(|&j| {
                    feats[j].words > p::LIVE_UPDATE_TAIL_LINE_MAX_WORDS || firm[j] == Class::Good
                })
                .is_some_and(|j| firm[j] == Class::Good)
        })
        .take(p::LIVE_UPDATE_MIN_TIMES)
        .count();
    if firm_times < p::LIVE_UPDATE_MIN_TIMES {
        return Vec::new();
    }
    // Once the page shows itself a live report, a time heads a short
    // update too ("90' / Four minutes of added time."), or one under an
    // ad's label; in scraped text its paragraph may stand under an author,
    // a role and a title.
    let heads_titled = |i: usize| {
        !html && heads_within(i, p::LIVE_UPDATE_TITLED_TEXT_REACH, &|c| c == Class::Good)
    };
    (1..feats.len().saturating_sub(1))
        .filter(|&i| is_time(i) && (heads(i, &|c| c != Class::Bad) || heads_titled(i)))
        .collect()
}

/// Whether `text` is only a time of day written with a dot or an "h"
/// between hours and minutes and nothing else: "18.05", "17h41". Alone
/// such a line may be a number; a live report heads its updates with them,
/// and the page shows itself one by several that head paragraphs.
fn is_bare_time_of_day(text: &str) -> bool {
    let text = text.trim();
    // "23.59": settled by the length for most blocks, which this is asked of.
    if text.len() > "23.59".len() {
        return false;
    }
    let Some((hours, minutes)) = text.split_once(['.', 'h']) else {
        return false;
    };
    let number = |part: &str, max: u32| {
        part.bytes().all(|b| b.is_ascii_digit()) && part.parse::<u32>().is_ok_and(|n| n <= max)
    };
    (1..=2).contains(&hours.len()) && minutes.len() == 2 && number(hours, 23) && number(minutes, 59)
}

/// Whether `text` is only a minute of a match, as the updates of a live
/// commentary are headed: "67'", "45+2'", "90.+5’" (German's ordinal
/// dot), "min. 58", "58. Min.", or "HT" and "FT".
fn is_match_minute(text: &str) -> bool {
    // "min. " or ". Min.", three digits, '+', two digits and '’': settled
    // by the length for most blocks, which this is asked of.
    const LONGEST: usize = "min. ".len() + 3 + 1 + 2 + '’'.len_utf8();
    if text.len() > LONGEST {
        return false;
    }
    // "min. 67", "min 90+4" (Spanish), "58. Min." (German).
    let worded = text
        .strip_prefix("min. ")
        .or_else(|| text.strip_prefix("min "))
        .or_else(|| text.strip_suffix(". Min."))
        .or_else(|| text.strip_suffix(". Min"));
    let Some(minute) = worded.or_else(|| text.strip_suffix(['\'', '’'])) else {
        return matches!(text, "HT" | "FT");
    };
    let (minute, added) = minute.split_once('+').unwrap_or((minute, "1"));
    let minute = minute.strip_suffix('.').unwrap_or(minute);
    let digits = |part: &str, max: usize| {
        (1..=max).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit())
    };
    digits(minute, 3) && digits(added, 2)
}

/// Whether `text` is only a game's period and clock, as the updates of a
/// live report of basketball or hockey are headed: "4ºQ 00:09", "Q3
/// 5:12", "2nd 11:40". The period is a short token with a digit in it.
fn is_game_clock(text: &str) -> bool {
    // Most blocks are longer, or short without a colon.
    if text.len() > p::GAME_CLOCK_MAX_BYTES || !text.as_bytes().contains(&b':') {
        return false;
    }
    let mut tokens = text.split_whitespace();
    let (Some(period), Some(clock), None) = (tokens.next(), tokens.next(), tokens.next()) else {
        return false;
    };
    let is_period = period.chars().count() <= p::GAME_PERIOD_MAX_CHARS
        && period.bytes().any(|b| b.is_ascii_digit())
        && period.chars().any(char::is_alphabetic);
    let is_clock = clock.split_once(':').is_some_and(|(m, s)| {
        (1..=2).contains(&m.len())
            && s.len() == 2
            && m.bytes().chain(s.bytes()).all(|b| b.is_ascii_digit())
    });
    is_period && is_clock
}

/// Whether `text` is only a time of day: "10 p.m.", "4:14 PM EST", "14:05",
/// "14.32 Uhr", perhaps after the day's name and a comma ("Dinsdag,
/// 14:52"; "Updated 11:05 AM" is a stamp, not an update's head). Read by
/// hand: a regex for it cost more to compile than a page to clean.
fn is_clock_time(text: &str) -> bool {
    let text = text.trim();
    if text.starts_with(char::is_alphabetic) {
        return text
            .trim_start_matches(char::is_alphabetic)
            .strip_prefix(", ")
            .is_some_and(|time| {
                time.starts_with(|c: char| c.is_ascii_digit()) && is_clock_time(time)
            });
    }
    let hours = text.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&hours) {
        return false;
    }
    let mut rest = &text[hours..];
    let dotted = rest.starts_with('.');
    let minutes = rest
        .strip_prefix([':', '.'])
        .filter(|m| m.len() >= 2 && m.as_bytes()[..2].iter().all(u8::is_ascii_digit));
    if let Some(m) = minutes {
        rest = &m[2..];
    }
    let after_space = rest.trim_start();
    let meridiem = ["a.m.", "p.m.", "a.m", "p.m", "am", "pm"]
        .into_iter()
        .find(|m| {
            after_space
                .get(..m.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(m))
        });
    if let Some(m) = meridiem {
        rest = &after_space[m.len()..];
    }
    if minutes.is_none() && meridiem.is_none() {
        return false;
    }
    // Perhaps a time zone: "EST", "CET"; after a full stop, one or "Uhr"
    // must follow ("14.32" alone is a number).
    let zone = rest.trim_start();
    zone.is_empty() && !dotted
        || (zone.len() < rest.len()
            && (p::TIME_ZONE_MIN_LETTERS..=p::TIME_ZONE_MAX_LETTERS).contains(&zone.len())
            && zone.bytes().all(|b| b.is_ascii_alphabetic()))
}

/// A post embedded in the article is quoted as part of it: its signature
/// ("— Jane Doe (@janedoe) November 18, 2019"), whatever its date, handle
/// and the widget it sits in, and its text just above, whatever its links.
fn keep_embedded_posts(
    blocks: &[Block<'_>],
    feats: &[Features],
    region: std::ops::Range<usize>,
    decisions: &mut [Decision],
) {
    for i in region.clone() {
        if !feats[i].post_signature {
            continue;
        }
        if decisions[i].label != Label::Body {
            decisions[i] = Decision {
                label: Label::Body,
                note: "body: the signature of an embedded post",
            };
        }
        // A short video's post opens with its author's handle and holds
        // its own text.
        let post = i.checked_sub(1).filter(|&j| {
            !blocks[i].text.starts_with('@')
                && region.contains(&j)
                && !is_section_break(&feats[j])
                && !feats[j].post_signature
                // The widget's own line ("View this post on Instagram") is
                // no text of the post.
                && feats[j]
                    .phrase
                    .is_none_or(|m| m.coverage < p::EMBED_CHROME_MIN_COVERAGE)
        });
        if let Some(j) = post
            && decisions[j].label != Label::Body
        {
            decisions[j] = Decision {
                label: Label::Body,
                note: "body: the text of an embedded post",
            };
        }
    }
}

/// A body paragraph that ends with a colon introduces what follows: a run
/// of list-like blocks after it (tour dates, ingredients, a numbered list)
/// is body, even past the region's end, up to the first block that is
/// clearly something else. So does a short header ending with a colon
/// right after the region ("Tour dates:"), when at least
/// [`LIST_MIN_ITEMS`](p::LIST_MIN_ITEMS) such blocks follow it, none of
/// them an address, a number alone or a phrase; and a short header without
/// a colon ("Tour Dates"), when at least
/// [`LABELLED_LIST_MIN_ITEMS`](p::LABELLED_LIST_MIN_ITEMS) such blocks
/// follow it, each a label and what it labels ("June 9 – Tampa, FL").
fn keep_introduced_lists(
    blocks: &[Block<'_>],
    feats: &[Features],
    article_lists: &[std::ops::Range<usize>],
    region: std::ops::Range<usize>,
    decisions: &mut [Decision],
) {
    // Past the region, a block with any boilerplate phrase ends a list
    // ("Posted in News | 5 Comments" after the article's last list), and
    // so does one all of links (the post's tags); and anywhere, a block
    // whose class says it is an ad ("Sponsored by ...", "A message from
    // ...:") or hidden (a notebook's "In [4]:").
    let is_ad_or_hidden = |j: usize| {
        blocks[j].dom.as_ref().is_some_and(|dom| {
            dom.hints.contains(Hints::AD) || dom.landmarks.contains(Landmarks::HIDDEN)
        })
    };
    let is_item_at = |j: usize| {
        is_list_item(&feats[j])
            && (j < region.end || feats[j].phrase.is_none() && !is_links_only(&feats[j]))
            && !is_ad_or_hidden(j)
            && !is_button(&blocks[j])
    };
    // In HTML, a list does not leave the article's container its lead-in
    // sits in (for a gallery's title, a date stamp).
    let is_outside = |j: usize| {
        blocks[j]
            .dom
            .as_ref()
            .is_some_and(|dom| dom.landmarks.contains(Landmarks::OUTSIDE_CONTENT))
    };
    // Inside the article, a paragraph ends the list: what follows it
    // needs a lead-in of its own.
    let items_after = |i: usize, is_item: &dyn Fn(usize) -> bool| {
        let items: Vec<usize> = (i + 1..feats.len())
            .take(p::LIST_MAX_ITEMS)
            .take_while(|&j| is_item(j) && (is_outside(i) || !is_outside(j)))
            .collect();
        drawn_list_end(blocks, feats, &items)
    };
    for list in article_lists {
        if region.contains(&list.start) && region.contains(&(list.end - 1)) {
            keep_as(
                list.clone(),
                "body: a list of labelled facts, dates or days, inside the article",
                decisions,
            );
        }
    }
    let mut i = region.start;
    while i < region.end.min(feats.len()) {
        if !(decisions[i].label == Label::Body && feats[i].ends_colon) {
            i += 1;
            continue;
        }
        let items = items_after(i, &|j| {
            is_item_at(j) && !is_prose_paragraph(&blocks[j], &feats[j])
        });
        if !is_contact(blocks, feats, i + 1..i + 1 + items) {
            keep_list(i + 1..i + 1 + items, decisions);
            // An embedded post may be what the lead-in introduces: its
            // card's header and footer ("crumbandember Follow", "312
            // likes · View on Instagram") are no items of it.
            for j in (i + 1..i + 1 + items).filter(|&j| is_card_edge(&blocks[j])) {
                decisions[j] = Decision {
                    label: Label::Boilerplate,
                    note: "boilerplate: a card's header or footer",
                };
            }
        }
        i += items + 1;
    }
    let header = region.end;
    if header >= feats.len()
        || region.end == region.start
        || !is_list_item(&feats[header])
        || !is_plain_header(&feats[header])
    {
        return;
    }
    // Outside the region, items must read as text: contact details
    // (addresses, phone numbers), labelled links and, in HTML, links (tags,
    // share buttons, headlines) end the list.
    let is_text_item = |f: &Features| {
        is_list_item(f)
            && f.url_tokens == 0
            && !f.no_letters
            && f.phrase.is_none()
            && f.link_density < p::LIST_ITEM_MAX_LINK_DENSITY
    };
    if feats[header].ends_colon {
        // An address ends the items; it still shows them a contact's.
        let items = items_after(header, &|j| is_text_item(&feats[j]));
        if items >= p::LIST_MIN_ITEMS && !is_contact(blocks, feats, header + 1..header + 2 + items)
        {
            keep_list(header..header + 1 + items, decisions);
        }
    } else if feats[header].words <= p::LIST_HEADER_MAX_WORDS && !feats[header].ends_sentence {
        let items = (header + 1..feats.len())
            .take(p::LIST_MAX_ITEMS)
            .take_while(|&j| is_text_item(&feats[j]) && is_labelled_item(&blocks[j].text))
            .count();
        if items >= p::LABELLED_LIST_MIN_ITEMS {
            keep_list(header..header + 1 + items, decisions);
        }
    }
}

/// In HTML, a list right under the heading that ends the region ("Stage 4
/// top ten" over its `<ol>`): a heading kept as the article's heads what
/// follows it, when it stands beside the paragraph above it. The list
/// sits beside the heading in the DOM, with at least
/// [`LIST_MIN_ITEMS`](p::LIST_MIN_ITEMS) plain items, no phrase and no
/// links among them.
fn keep_list_under_last_heading(
    blocks: &[Block<'_>],
    feats: &[Features],
    region: std::ops::Range<usize>,
    decisions: &mut [Decision],
) {
    let Some(heading) = region.end.checked_sub(1) else {
        return;
    };
    let Some(heading_dom) = blocks[heading].dom.as_ref() else {
        keep_bullets_under_last_subheading(blocks, feats, heading, decisions);
        return;
    };
    // The heading stands among the article's paragraphs, not atop a box.
    let beside_paragraph = heading.checked_sub(1).is_some_and(|above| {
        decisions[above].label == Label::Body
            && blocks[above]
                .dom
                .as_ref()
                .is_some_and(|dom| dom.container == heading_dom.container)
    });
    if heading_dom.heading == 0 || decisions[heading].label != Label::Body || !beside_paragraph {
        return;
    }
    let first = region.end;
    let Some(list_container) = blocks
        .get(first)
        .and_then(|b| b.dom.as_ref())
        .map(|d| d.container)
    else {
        return;
    };
    let is_item = |j: usize| {
        blocks[j].dom.as_ref().is_some_and(|dom| {
            dom.container == list_container
                && dom.depth == heading_dom.depth + 1
                && dom.landmarks.contains(Landmarks::LIST)
                && !dom.landmarks.contains(Landmarks::HIDDEN)
                && !dom.hints.contains(Hints::AD)
        }) && is_list_item(&feats[j])
            && feats[j].phrase.is_none()
            && feats[j].link_density <= p::LINK_FROM
    };
    keep_items_from(
        first..blocks.len(),
        is_item,
        "body: the list under the heading that ends the article",
        decisions,
    );
}

/// Labels body the run of at least [`LIST_MIN_ITEMS`](p::LIST_MIN_ITEMS)
/// items that opens `blocks`, for the reason `note` gives.
fn keep_items_from(
    blocks: std::ops::Range<usize>,
    is_item: impl Fn(usize) -> bool,
    note: &'static str,
    decisions: &mut [Decision],
) {
    let first = blocks.start;
    let items = blocks
        .take(p::LIST_MAX_ITEMS)
        .take_while(|&j| is_item(j))
        .count();
    if items >= p::LIST_MIN_ITEMS {
        keep_as(first..first + items, note, decisions);
    }
}

/// [`keep_list_under_last_heading`] in scraped text: the bulleted items
/// right under the short line that ends the region, a subheading kept
/// under a paragraph of the article ("Was Fluggäste jetzt tun können").
fn keep_bullets_under_last_subheading(
    blocks: &[Block<'_>],
    feats: &[Features],
    heading: usize,
    decisions: &mut [Decision],
) {
    let below_paragraph = heading
        .checked_sub(1)
        .is_some_and(|above| decisions[above].label == Label::Body && !blocks[above].bullet);
    if !below_paragraph
        || decisions[heading].label != Label::Body
        || !is_list_header(&feats[heading])
    {
        return;
    }
    let is_item = |j: usize| {
        blocks[j].bullet
            && is_list_item(&feats[j])
            && feats[j].phrase.is_none()
            && feats[j].url_tokens == 0
    };
    keep_items_from(
        heading + 1..blocks.len(),
        is_item,
        "body: the bulleted list under the subheading that ends the article",
        decisions,
    );
}

/// Whether a block is a header of a few words in capitals ("UP NEXT",
/// "THE DETAILS"), as closing sections and boxes have.
fn is_capitals_header(text: &str, f: &Features) -> bool {
    f.words <= p::CLOSING_SECTION_HEADER_MAX_WORDS
        && text.chars().any(char::is_alphabetic)
        && !text.chars().any(char::is_lowercase)
}

/// Short sections that close a wire story under a header in capitals,
/// each line a label and a sentence: "UP NEXT" over "Thunder: Host the
/// Lakers on Friday.", "INJURIES" over "Chiefs: WR Dale Orton left with a
/// sprained ankle." They follow the region's end, one after another. The
/// header may read as another section's ("UP NEXT"); its lines show it is
/// the article's. Such a section may stand inside the region too, under
/// a box ("WATCH", its videos, then "TRAINER'S ROOM" over lines the region
/// keeps): its header goes with its lines.
fn keep_closing_labelled_sections(
    blocks: &[Block<'_>],
    feats: &[Features],
    region: std::ops::Range<usize>,
    decisions: &mut [Decision],
) {
    let is_header = |i: usize| is_capitals_header(&blocks[i].text, &feats[i]);
    let is_line = |i: usize| {
        let f = &feats[i];
        f.ends_sentence
            && f.words <= p::LIST_ITEM_MAX_WORDS
            && f.phrase.is_none()
            && f.url_tokens == 0
            && f.date_coverage < p::DATE_LINE_MIN_COVERAGE
            && is_labelled_item(&blocks[i].text)
    };
    let section_lines = |header: usize| {
        (header + 1..blocks.len())
            .take(p::CLOSING_SECTION_MAX_LINES + 1)
            .take_while(|&j| is_line(j))
            .count()
    };
    for header in region.clone().filter(|&i| is_header(i)) {
        let lines = section_lines(header);
        if decisions[header].label == Label::Boilerplate
            && feats[header].phrase.is_none()
            && (1..=p::CLOSING_SECTION_MAX_LINES).contains(&lines)
            && decisions[header + 1..=header + lines]
                .iter()
                .all(|d| d.label == Label::Body)
        {
            decisions[header] = Decision {
                label: Label::Body,
                note: "body: the header of a labelled section of the story",
            };
        }
    }
    let mut header = region.end;
    while header < blocks.len() && is_header(header) {
        let lines = section_lines(header);
        if lines == 0 || lines > p::CLOSING_SECTION_MAX_LINES {
            return;
        }
        for decision in &mut decisions[header..=header + lines] {
            *decision = Decision {
                label: Label::Body,
                note: "body: a short labelled section closing the story",
            };
        }
        header += lines + 1;
    }
}

/// A recipe's card a few blocks past the region's end: in scraped text the
/// pictures' alt texts, printed again and again for pinning, and the
/// card's print button may part it from the article's last paragraph. The
/// card shows itself by its two headers: an ingredients header
/// ([`RECIPE_INGREDIENTS_HEADERS`](p::RECIPE_INGREDIENTS_HEADERS)) over at
/// least [`RECIPE_MIN_INGREDIENTS`](p::RECIPE_MIN_INGREDIENTS) short lines,
/// then a steps header ([`RECIPE_STEPS_HEADERS`](p::RECIPE_STEPS_HEADERS))
/// over the steps, which run to the first block with a phrase, a link or
/// no letters. No header of another section may stand between the region
/// and the card.
fn keep_recipe_card_after(
    blocks: &[Block<'_>],
    feats: &[Features],
    region: std::ops::Range<usize>,
    decisions: &mut [Decision],
) {
    let is_header = |i: usize, headers: &[&str]| is_short_header(blocks, feats, i, headers);
    let Some(header) = header_below(
        blocks,
        feats,
        region,
        p::RECIPE_CARD_REACH,
        p::RECIPE_INGREDIENTS_HEADERS,
    ) else {
        return;
    };
    let ingredients = (header + 1..blocks.len())
        .take(p::LIST_MAX_ITEMS)
        .take_while(|&j| {
            is_list_item(&feats[j])
                && feats[j].url_tokens == 0
                && !is_header(j, p::RECIPE_STEPS_HEADERS)
        })
        .count();
    let steps_header = header + 1 + ingredients;
    if ingredients < p::RECIPE_MIN_INGREDIENTS
        || steps_header >= blocks.len()
        || !is_header(steps_header, p::RECIPE_STEPS_HEADERS)
    {
        return;
    }
    let steps = (steps_header + 1..blocks.len())
        .take(p::RECIPE_MAX_STEPS)
        .take_while(|&j| {
            let f = &feats[j];
            f.words > 0
                && f.phrase.is_none()
                && f.url_tokens == 0
                && !f.no_letters
                && !f.doubled
                && !f.echoes_neighbour
        })
        .count();
    if steps == 0 {
        return;
    }
    keep_as(
        header..steps_header + 1 + steps,
        "body: a recipe's card, its ingredients and steps, past the region",
        decisions,
    );
}

/// The first block of `headers` at most `reach` blocks below a region
/// that is not empty, with no header of another section between.
fn header_below(
    blocks: &[Block<'_>],
    feats: &[Features],
    region: std::ops::Range<usize>,
    reach: usize,
    headers: &[&str],
) -> Option<usize> {
    if region.is_empty() {
        return None;
    }
    (region.end..blocks.len())
        .take(reach)
        .take_while(|&i| !is_section_break(&feats[i]))
        .find(|&i| is_short_header(blocks, feats, i, headers))
}

/// Whether block `i` is one of `headers`, and short as a header is.
fn is_short_header(blocks: &[Block<'_>], feats: &[Features], i: usize, headers: &[&str]) -> bool {
    feats[i].words <= p::LIST_HEADER_MAX_WORDS && is_header_among(&blocks[i].text, headers)
}

/// An article's questions and answers just past the region's end: a
/// guide's accordion often stands outside the container of its
/// paragraphs. Its header ([`FAQ_HEADERS`](p::FAQ_HEADERS)) stands at most
/// [`FAQ_REACH`](p::FAQ_REACH) blocks below the region, with no header of
/// another section between; under it come at least
/// [`FAQ_MIN_PAIRS`](p::FAQ_MIN_PAIRS) questions, each a short block ending
/// with a question mark over sentences that answer it. Answers folded away
/// (hidden until the question is clicked) count as the others do.
fn keep_questions_after(
    blocks: &[Block<'_>],
    feats: &[Features],
    region: std::ops::Range<usize>,
    decisions: &mut [Decision],
) {
    let Some(header) = header_below(blocks, feats, region, p::FAQ_REACH, p::FAQ_HEADERS) else {
        return;
    };
    let is_plain_text = |j: usize| {
        let f = &feats[j];
        f.words > 0
            && f.phrase.is_none()
            && f.url_tokens == 0
            && f.link_density < p::LIST_ITEM_MAX_LINK_DENSITY
            && !f.doubled
    };
    let asks = |j: usize| {
        is_plain_text(j) && feats[j].words <= p::FAQ_QUESTION_MAX_WORDS && is_question(&blocks[j])
    };
    let is_answer = |j: usize| is_plain_text(j) && feats[j].ends_sentence && !asks(j);
    let (mut end, mut pairs) = (header + 1, 0);
    while end < blocks.len() && asks(end) {
        let answers = (end + 1..blocks.len())
            .take_while(|&j| is_answer(j))
            .count();
        if answers == 0 {
            break;
        }
        end += 1 + answers;
        pairs += 1;
    }
    if pairs >= p::FAQ_MIN_PAIRS {
        keep_as(
            header..end,
            "body: the article's questions and answers, past the region",
            decisions,
        );
    }
}

/// The rest of a fact box that the region ends inside: "IF YOU GO" and
/// "What: ..." kept, then "Where: ...", "When: ...", "Tickets: ..." left
/// out for their shortness and their dates. The box's lines all open with
/// a short label; the run goes on while they do.
fn keep_fact_box_tail(
    blocks: &[Block<'_>],
    feats: &[Features],
    end: usize,
    decisions: &mut [Decision],
) {
    let is_fact_line = |i: usize| is_fact_box_line(blocks, feats, i);
    if end == 0 || end >= blocks.len() || !is_fact_line(end - 1) || !is_fact_line(end) {
        return;
    }
    if decisions[end - 1].label != Label::Body {
        return;
    }
    let lines = (end..blocks.len())
        .take(p::FACT_BOX_MAX_LINES + 1)
        .take_while(|&j| is_fact_line(j))
        .count();
    if lines > p::FACT_BOX_MAX_LINES {
        return;
    }
    keep_as(
        end..end + lines,
        "body: the rest of a fact box closing the story",
        decisions,
    );
}

/// Whether block `i` is a line of a fact box: a short label with a colon
/// and what it labels ("Where: Riverside Park", "Tickets: $12").
fn is_fact_box_line(blocks: &[Block<'_>], feats: &[Features], i: usize) -> bool {
    feats[i].phrase.is_none()
        && feats[i].words <= p::LIST_ITEM_MAX_WORDS
        && label_and_detail(&blocks[i].text).is_some_and(|(label, detail)| {
            !detail.is_empty()
                && label.starts_with(char::is_uppercase)
                && label.split_whitespace().count() <= p::FACT_BOX_LABEL_MAX_WORDS
        })
}

/// A place's info box right under the article's last paragraph, in
/// scraped text: a header in capitals ("THE DETAILS"), a few plain lines
/// (the place's name, its address, its phone number), then labelled lines
/// ("Hours: ...", "Price: ..."). A review gives its reader these facts; a
/// box of links or of addresses to write to is no such box.
fn keep_closing_info_box(
    blocks: &[Block<'_>],
    feats: &[Features],
    end: usize,
    decisions: &mut [Decision],
) {
    let n = blocks.len();
    let after_paragraph =
        end > 0 && decisions[end - 1].label == Label::Body && feats[end - 1].ends_sentence;
    let is_header =
        |i: usize| feats[i].phrase.is_none() && is_capitals_header(&blocks[i].text, &feats[i]);
    if !after_paragraph || end >= n || !is_header(end) || blocks[end].dom.is_some() {
        return;
    }
    let is_fact_line = |i: usize| is_fact_box_line(blocks, feats, i);
    let is_plain = |i: usize| {
        feats[i].phrase.is_none()
            && !feats[i].ends_sentence
            && feats[i].words <= p::INFO_BOX_PLAIN_LINE_MAX_WORDS
            && !is_fact_line(i)
    };
    // The place's name at least: a header over labelled lines alone is an
    // author's name over an editor's and the topics.
    let Some(facts_from) = (end + 1..n)
        .take(p::INFO_BOX_MAX_PLAIN_LINES)
        .take_while(|&j| is_plain(j))
        .last()
        .map(|j| j + 1)
    else {
        return;
    };
    let facts = (facts_from..n)
        .take(p::FACT_BOX_MAX_LINES + 1)
        .take_while(|&j| is_fact_line(j))
        .count();
    let box_end = facts_from + facts;
    if !(p::INFO_BOX_MIN_FACT_LINES..=p::FACT_BOX_MAX_LINES).contains(&facts)
        || (end..box_end).any(|j| feats[j].url_tokens > 0)
    {
        return;
    }
    keep_as(
        end..box_end,
        "body: a place's info box under the last paragraph",
        decisions,
    );
}

/// The block right under the region that ends at `end`, when the region
/// ends with body, or the one under that when it is an ad's label: an
/// ad's slot may stand between the article's last paragraph and what
/// closes it. None when the page ends first.
fn under_last_paragraph(
    features: &[Features],
    decisions: &[Decision],
    end: usize,
) -> Option<usize> {
    if end == 0 || end >= features.len() || decisions[end - 1].label != Label::Body {
        return None;
    }
    let under = if is_ad_label(&features[end]) {
        end + 1
    } else {
        end
    };
    (under < features.len()).then_some(under)
}

/// Whether an HTML block is a card's header or footer by its class
/// ("embed__header", "ig-card-footer"): a short line, neither a heading nor
/// a table's row (a table's header row has such classes too).
fn is_card_edge(block: &Block<'_>) -> bool {
    block.dom.as_ref().is_some_and(|dom| {
        dom.hints.intersects(Hints::HEADER | Hints::FOOTER)
            && dom.heading == 0
            && !dom.landmarks.contains(Landmarks::TABLE)
            && block.text.split_whitespace().count() <= p::CARD_EDGE_MAX_WORDS
    })
}

/// A match report's scoring summary right under its last paragraph, or
/// under an ad's label there (see
/// [`SCORING_SUMMARY_HEADERS`](p::SCORING_SUMMARY_HEADERS)): its header
/// and its lines of minutes, clocks and running scores ("22' Ashgrove
/// penalty, Corrigan, 10-0"), with the periods that group them and its
/// tables' header rows. A line without a figure (the line-ups, "Up next")
/// ends it.
fn keep_scoring_summary(
    blocks: &[Block<'_>],
    feats: &[Features],
    end: usize,
    decisions: &mut [Decision],
) {
    let n = blocks.len();
    let Some(header) = under_last_paragraph(feats, decisions, end) else {
        return;
    };
    let is_header = feats[header].words <= p::LIST_HEADER_MAX_WORDS
        && p::SCORING_SUMMARY_HEADERS.contains(
            &blocks[header]
                .text
                .trim()
                .trim_end_matches(':')
                .to_lowercase()
                .as_str(),
        );
    if !is_header {
        return;
    }
    let has_figure = |i: usize| feats[i].digit_share > 0.0;
    let is_period =
        |i: usize| feats[i].words <= p::SCORING_PERIOD_MAX_WORDS && !feats[i].ends_sentence;
    let is_line = |i: usize| {
        feats[i].phrase.is_none()
            && feats[i].words <= p::LIST_ITEM_MAX_WORDS
            && (has_figure(i) || is_period(i) || feats[i].table_row)
    };
    let lines: Vec<usize> = (header + 1..n)
        .take(p::SCORING_SUMMARY_MAX_LINES)
        .take_while(|&j| is_line(j))
        .collect();
    // Periods alone are no summary; nor does one end it.
    let Some(&last) = lines.iter().rev().find(|&&j| has_figure(j)) else {
        return;
    };
    if lines.iter().filter(|&&j| has_figure(j)).count() >= p::SCORING_SUMMARY_MIN_LINES {
        keep_as(
            header..last + 1,
            "body: a match report's scoring summary under its last paragraph",
            decisions,
        );
    }
}

/// A match report's sheet right under its last paragraph, or under an
/// ad's label there (see [`MATCH_SHEET_MAX_LINES`](p::MATCH_SHEET_MAX_LINES)):
/// the result, the scorers, the referee and the crowd, and the two teams'
/// line-ups, each a label over its players ("Vukovar 1991: Kolar – Jurić,
/// Ivančević, ..."). It runs to its last labelled line.
fn keep_match_sheet(
    blocks: &[Block<'_>],
    feats: &[Features],
    region: std::ops::Range<usize>,
    decisions: &mut [Decision],
) {
    let n = blocks.len();
    let Some(start) = under_last_paragraph(feats, decisions, region.end) else {
        return;
    };
    let fits = |i: usize| feats[i].phrase.is_none() && feats[i].url_tokens == 0;
    let labelled = |i: usize| fits(i) && sheet_entry(&blocks[i].text).is_some();
    // The result may end in brackets, as a sentence does: "4:2 (1:0, 2:1)".
    let plain = |i: usize| {
        fits(i)
            && feats[i].words <= p::MATCH_SHEET_PLAIN_MAX_WORDS
            && (!feats[i].ends_sentence || feats[i].digit_share > 0.0)
    };
    // A feed's minutes may be dropped as lines of figures: they are
    // counted wherever they stand in the article.
    let markers = (region.start..start)
        .filter(|&j| feats[j].words <= p::LIVE_FEED_MARKER_MAX_WORDS && feats[j].digit_share > 0.0)
        .count();
    if markers >= p::LIVE_FEED_MIN_MARKERS {
        return;
    }
    // A table of the game's statistics, with its title and its row of
    // team names, may stand between: a box of its own, not the sheet's.
    let first_row = start + 1 + usize::from(start + 1 < n && !feats[start + 1].table_row);
    let rows = (first_row..n).take_while(|&j| feats[j].table_row).count();
    let start = if plain(start) && rows >= p::MATCH_STATS_MIN_ROWS {
        first_row + rows
    } else {
        start
    };
    let mut plain_run = 0;
    let lines: Vec<usize> = (start..n)
        .take(p::MATCH_SHEET_MAX_LINES)
        .take_while(|&j| {
            plain_run = if labelled(j) { 0 } else { plain_run + 1 };
            plain_run <= p::MATCH_SHEET_MAX_PLAIN_RUN && (plain_run == 0 || plain(j))
        })
        .collect();
    let Some(&last) = lines.iter().rev().find(|&&j| labelled(j)) else {
        return;
    };
    let lineups = lines
        .iter()
        .filter(|&&j| sheet_entry(&blocks[j].text).is_some_and(is_lineup))
        .count();
    if lineups >= p::MATCH_SHEET_MIN_LINEUPS {
        keep_as(
            start..last + 1,
            "body: a match report's sheet (result, line-ups) under its last paragraph",
            decisions,
        );
    }
}

/// A notice's signature right under its last paragraph, or under an ad's
/// label there: its place and date ("Erlenau, den 6. Januar 2025"), with
/// up to [`SIGNATURE_MAX_LINES_ABOVE`](p::SIGNATURE_MAX_LINES_ABOVE) short
/// lines above it (a closing wish, "Für den Vorstand", the signer) and up
/// to [`SIGNATURE_MAX_LINES_BELOW`](p::SIGNATURE_MAX_LINES_BELOW) below
/// it (the signer's name and office). The place and date make it a
/// signature: short lines of names alone may be anyone's. Without a place,
/// the signer's name and office over a date alone make one too.
fn keep_closing_signature(
    blocks: &[Block<'_>],
    feats: &[Features],
    end: usize,
    decisions: &mut [Decision],
) {
    let n = blocks.len();
    let Some(start) = under_last_paragraph(feats, decisions, end) else {
        return;
    };
    // Names, offices and wishes: no phrase, link, address or telephone.
    let fits = |i: usize| {
        feats[i].words > 0
            && feats[i].words <= p::SIGNATURE_LINE_MAX_WORDS
            && feats[i].phrase.is_none()
            && feats[i].url_tokens == 0
            && !blocks[i].text.contains('@')
            && !has_phone_number(&blocks[i].text)
    };
    let Some(place_date) = (start..n)
        .take(p::SIGNATURE_MAX_LINES_ABOVE + 1)
        .take_while(|&j| fits(j) || is_place_and_date(&blocks[j].text, &feats[j]))
        .find(|&j| is_place_and_date(&blocks[j].text, &feats[j]))
    else {
        if let Some(date) = signers_date(blocks, feats, start, fits) {
            keep_as(
                start..date + 1,
                "body: a notice's signature (name over a date) under its last paragraph",
                decisions,
            );
        }
        return;
    };
    // A name and an office, not a heading over a document's link.
    let below = (place_date + 1..n)
        .take(p::SIGNATURE_MAX_LINES_BELOW)
        .take_while(|&j| {
            fits(j)
                && feats[j].date_coverage == 0.0
                && feats[j].digit_share <= p::SIGNATURE_MAX_DIGIT_SHARE
                && !is_subheading(&blocks[j])
        })
        .count();
    keep_as(
        start..place_date + 1 + below,
        "body: a notice's signature (place and date) under its last paragraph",
        decisions,
    );
}

/// The date alone that closes a signature without a place, the signer's
/// name and office over it from `start`, each line of which `fits`. A name
/// alone over a date may be a guest book's entry, a journalist's office
/// makes the author's box, and a title over a date that another title and
/// date follow is a list of other notices.
fn signers_date(
    blocks: &[Block<'_>],
    feats: &[Features],
    start: usize,
    fits: impl Fn(usize) -> bool,
) -> Option<usize> {
    let n = blocks.len();
    let date = (start..n)
        .take(p::SIGNATURE_MAX_LINES_ABOVE + 1)
        .take_while(|&j| fits(j))
        .find(|&j| j > start && is_date_alone(&blocks[j].text, &feats[j]))?;
    let listed =
        date + 2 < n && fits(date + 1) && is_date_alone(&blocks[date + 2].text, &feats[date + 2]);
    let signer = (date - start >= p::SIGNER_MIN_LINES || blocks[start].text.contains(", "))
        && (start..date)
            .all(|j| feats[j].date_coverage == 0.0 && !names_newsroom_role(&blocks[j].text));
    (signer && !listed).then_some(date)
}

/// "Contributing Writer", "Staff reporter": a journalist's office, whose
/// name and date under an article are its author's box.
fn names_newsroom_role(text: &str) -> bool {
    crate::lang::words_of(text).any(|word| {
        p::NEWSROOM_ROLES
            .iter()
            .any(|role| role.eq_ignore_ascii_case(word))
    })
}

/// "29 August 2025", "12. September 2025": a date with its year and
/// nothing else on the line. A weekday or a time makes it an event's or a
/// post's date ("Friday, March 14, 2025", "3 March 2025, 21:47").
fn is_date_alone(text: &str, f: &Features) -> bool {
    let text = text.trim().trim_end_matches('.');
    f.date_coverage > 0.0
        && !text.contains(':')
        && !text
            .split_whitespace()
            .next()
            .is_some_and(|word| crate::lang::is_weekday_name(word.trim_end_matches(',')))
        && ends_with_full_date(text, text)
}

/// Whether `date`, the end of `text`, is a full date: at most
/// [`PLACE_DATE_MAX_DATE_WORDS`](p::PLACE_DATE_MAX_DATE_WORDS) words with
/// a four-digit year, and the dates found in `text` span just it.
fn ends_with_full_date(text: &str, date: &str) -> bool {
    date.split_whitespace().count() <= p::PLACE_DATE_MAX_DATE_WORDS
        && date
            .split(|c: char| !c.is_ascii_digit())
            .any(|run| run.len() == 4)
        && crate::lang::dates::find_dates(text).is_some_and(|(_, span)| {
            span.start == text.len() - date.len() && span.end == text.len()
        })
}

/// "Vittjärv den 3 juli 2025", "Valdeolmo, 10 de marzo de 2025": a place's
/// name of a few capitalised words, a comma or "den", and a date that is
/// the rest of the line, perhaps with a full stop ("Fait à Aurillac, le 3
/// janvier 2026."). A weekday is no place: "Friday, March 14, 2025" is a
/// date from its first word, not from its comma.
fn is_place_and_date(text: &str, f: &Features) -> bool {
    if f.date_coverage < p::PLACE_DATE_MIN_DATE_COVERAGE
        || f.words > p::SIGNATURE_LINE_MAX_WORDS
        || f.phrase.is_some()
    {
        return false;
    }
    let text = text.trim().trim_end_matches('.');
    let Some((place, date)) = text.split_once(", ").or_else(|| text.split_once(" den ")) else {
        return false;
    };
    // The date may open with its article ("le 17 février", "im Februar"),
    // but not with "until": that is a run's end.
    let date = date
        .split_once(' ')
        .filter(|(article, _)| p::PLACE_DATE_ARTICLES.contains(article))
        .map_or(date, |(_, rest)| rest);
    let words = place.split_whitespace().count();
    (1..=p::PLACE_MAX_WORDS).contains(&words)
        && place.starts_with(char::is_uppercase)
        && !place.contains(|c: char| c.is_ascii_digit())
        && ends_with_full_date(text, date)
}

/// What a match sheet's line labels: the text after a label of a few
/// words and a colon ("Referee: Viliame Baleilevuka").
fn sheet_entry(text: &str) -> Option<&str> {
    let (label, entry) = text.trim().split_once(": ")?;
    let words = label.split_whitespace().count();
    (1..=p::MATCH_SHEET_LABEL_MAX_WORDS)
        .contains(&words)
        .then_some(entry)
}

/// Whether a match sheet's entry lists a team's players: many short names
/// parted by commas, semicolons or dashes.
fn is_lineup(entry: &str) -> bool {
    let names: Vec<&str> = entry
        .split([',', ';', '–', '—'])
        .flat_map(|part| part.split(" - "))
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .collect();
    names.len() >= p::LINEUP_MIN_PLAYERS
        && names
            .iter()
            .all(|name| name.split_whitespace().count() <= p::LINEUP_PLAYER_MAX_WORDS)
}

/// A list item made of a label and what it labels, joined by a colon or a
/// dash between words: "England (Group A): 10th appearance", "June 9 –
/// West Palm Beach, FL". Menus and headlines seldom all have one.
fn is_labelled_item(text: &str) -> bool {
    // Read by hand: a string searcher costs more to set up than a short
    // line to scan.
    let b = text.as_bytes();
    let spaced = |start: usize, len: usize| {
        start > 1
            && b[start - 1] == b' '
            && b.get(start + len) == Some(&b' ')
            && start + len + 1 < b.len()
    };
    memchr::memchr3_iter(b':', b'-', 0xE2, b).any(|at| match b[at] {
        b':' => at > 0 && b.get(at + 1) == Some(&b' ') && at + 2 < b.len(),
        b'-' => spaced(at, 1),
        // "–" and "—": E2 80 93 and E2 80 94.
        _ => {
            b.get(at + 1) == Some(&0x80)
                && matches!(b.get(at + 2), Some(0x93 | 0x94))
                && spaced(at, 3)
        }
    })
}

/// A plain header of a few words, without a colon, that may head a list
/// of the article's ("Tour Dates", "Setlist").
fn is_list_header(f: &Features) -> bool {
    f.words <= p::LIST_HEADER_MAX_WORDS && !f.ends_sentence && !f.ends_colon && is_plain_header(f)
}

/// A header with nothing against it but its shortness: no phrase, date,
/// address or repetition.
fn is_plain_header(f: &Features) -> bool {
    f.phrase.is_none() && f.date_coverage == 0.0 && f.url_tokens == 0 && f.repeats <= 1
}

/// Labels the blocks of `list` body, as a list introduced by a colon.
fn keep_list(list: std::ops::Range<usize>, decisions: &mut [Decision]) {
    keep_as(
        list,
        "body: list introduced by a paragraph ending with a colon",
        decisions,
    );
}

/// Labels the blocks of `list` body, for the reason `note` gives.
fn keep_as(list: std::ops::Range<usize>, note: &'static str, decisions: &mut [Decision]) {
    for decision in &mut decisions[list] {
        if decision.label != Label::Body {
            *decision = Decision {
                label: Label::Body,
                note,
            };
        }
    }
}

/// A short block that is not a label, a header of another section, or an
/// echo: dates and digits are allowed, as lists of dates and prices have
/// them.
fn is_list_item(f: &Features) -> bool {
    is_list_item_within(f, p::LIST_ITEM_MAX_WORDS)
}

/// [`is_list_item`] for items of at most `max_words` words.
fn is_list_item_within(f: &Features, max_words: u32) -> bool {
    f.words > 0
        && f.words <= max_words
        && !is_section_break(f)
        && !f.echoes_neighbour
        && !f.doubled
        && !f.ends_ellipsis
        && !f.cookie_notice
        && !f.slug
        && !f.shortcode
        && !f.alt_text
        && !score::is_caption(f)
        && f.phrase
            .is_none_or(|m| m.strength() < p::LIST_ITEM_MAX_PHRASE)
}

/// A block whose only fault is being short: no boilerplate phrase, date,
/// address, repetition, echo, cut-off ending, credit or DOM evidence
/// against it.
fn is_plain(f: &Features, hard: f32) -> bool {
    f.words > 0
        && hard >= -p::PLAIN_MAX_HARD_EVIDENCE
        && f.phrase.is_none_or(|m| m.coverage < p::PHRASE_MIN_COVERAGE)
        && !score::is_credited(f)
}

/// [`is_plain`], or a subheading (HTML's, or a short capitalised line of
/// scraped text) whose only fault beside being short is a date that is
/// not most of it: it names a day ("Dedication on Oct. 25"), as a date
/// line does not.
fn is_plain_subheading(block: &Block<'_>, f: &Features, score: &Score) -> bool {
    // Scraped text has no heading elements: a short line in capitals that
    // ends no sentence ("SATURDAY LEAGUE: PREMIER DIVISION") heads a section.
    let heading = match &block.dom {
        Some(_) => is_subheading(block),
        None => {
            f.words <= p::TEXT_SUBHEADING_MAX_WORDS
                && !f.ends_sentence
                && f.capitalised_share >= p::TEXT_SUBHEADING_MIN_CAPITALISED
        }
    };
    // A list item may name a day too ("Tuesday 17 March, 3pm to 7pm: ...").
    if !(heading || block.bullet) || f.date_coverage >= p::DATE_LINE_MIN_COVERAGE {
        return is_plain(f, score.hard);
    }
    is_plain(f, score.hard + p::DATE_WEIGHT * f.date_coverage)
}

/// Whether a block is an HTML `<h2>` to `<h4>`: the levels that head the
/// sections of an article.
fn is_subheading(block: &Block<'_>) -> bool {
    block
        .dom
        .as_ref()
        .is_some_and(|dom| (2..=4).contains(&dom.heading))
}

/// Labels the headline, byline and date blocks near the top of the region.
/// The lines of a schedule's days (`day_lines`, in order) are no date
/// lines: they head the article's own sections.
fn label_metadata(
    page: &Page<'_>,
    feats: &[Features],
    region: std::ops::Range<usize>,
    day_lines: &[usize],
    decisions: &mut [Decision],
) {
    let heads_day = |i: usize| day_lines.binary_search(&i).is_ok();
    let blocks = &page.blocks;
    if region.is_empty() {
        return;
    }
    let search_from = region.start.saturating_sub(p::TITLE_SEARCH_BLOCKS);
    // The headline stands above what a rule kept above the region (a live
    // report's first update: its time and title).
    let search_to = (search_from..region.start)
        .find(|&i| decisions[i].label == Label::Body)
        .unwrap_or(region.start);
    // A page may state a title that it does not print (a social title
    // rewritten from the headline): then the headline is looked for.
    let title_index = page
        .meta
        .title
        .as_ref()
        .and_then(|title| find_stated_title(blocks, title, search_from, search_to))
        .or_else(|| {
            let opening = opening_headline(blocks, feats, region.clone());
            opening
                .filter(|&i| is_signed(feats, i))
                .or_else(|| find_title(blocks, feats, search_from, search_to))
                .or_else(|| opening.filter(|&i| feats[i].repeats > 1))
        });
    if let Some(t) = title_index {
        decisions[t] = Decision {
            label: Label::Title,
            note: "title: headline above the main region",
        };
    }
    // A block above the region that a rule kept (a live report's first
    // update time) is no standfirst, byline or date.
    let kept_above =
        |i: usize, decisions: &[Decision]| decisions[i].label == Label::Body && i < region.start;
    let standfirst = title_index
        .and_then(|t| standfirst(blocks, feats, decisions, t, region.end, heads_day))
        .filter(|&(dek, _)| !kept_above(dek, decisions));
    if let Some((dek, _)) = standfirst {
        decisions[dek] = Decision {
            label: Label::Boilerplate,
            note: "boilerplate: a standfirst, between the headline and the byline",
        };
    }
    // Bylines and dates sit between the headline and the body, or open it.
    let from = title_index.map_or(search_from, |t| t + 1);
    let to = (region.start + p::BYLINE_INTO_REGION).min(region.end);
    let to = standfirst.map_or(to, |(_, body)| to.max(body));
    for i in from..to {
        if standfirst.is_some_and(|(dek, _)| dek == i) {
            continue;
        }
        let f = &feats[i];
        if f.words > p::BYLINE_MAX_WORDS {
            if i >= region.start {
                break; // the body has begun
            }
            continue;
        }
        if decisions[i].label == Label::Title || kept_above(i, decisions) || heads_day(i) {
            continue;
        }
        let byline_phrase = f
            .phrase
            .is_some_and(|m| m.kind == PhraseKind::Byline && m.coverage >= p::BYLINE_MIN_COVERAGE);
        if byline_phrase {
            decisions[i] = Decision {
                label: Label::Byline,
                note: "byline: byline phrase near the headline",
            };
        } else if f.date_coverage >= p::DATE_LINE_MIN_COVERAGE {
            decisions[i] = Decision {
                label: Label::Date,
                note: "date: date line near the headline",
            };
        }
    }
}

/// The block nearest above the region that matches the page's stated title.
fn find_stated_title(blocks: &[Block<'_>], title: &str, from: usize, to: usize) -> Option<usize> {
    let wanted = features::normalise_for_search(title);
    let to = (to + p::BYLINE_INTO_REGION).min(blocks.len());
    let texts: Vec<String> = (from..to)
        .map(|i| features::normalise_for_search(&blocks[i].text))
        .collect();
    // The title in full, or else most of it (a headline without its
    // kicker): a subheading that names a part of it ("Twelfth Night" in
    // "On stage this week: a flooded Twelfth Night ...") is no headline.
    let exact = texts
        .iter()
        .rposition(|text| !text.is_empty() && *text == wanted);
    let most = || {
        texts.iter().rposition(|text| {
            text.len() > 10
                && text.len() as f32 >= p::STATED_TITLE_MIN_SHARE * wanted.len() as f32
                && wanted.contains(text.as_str())
        })
    };
    exact.or_else(most).map(|k| from + k)
}

/// Whether a byline phrase, or a credit that opens a byline ("Compiled by
/// ..."; it closes an article as well), speaks for most of a block.
fn is_byline_or_credit(f: &Features) -> bool {
    f.phrase.is_some_and(|m| {
        matches!(m.kind, PhraseKind::Byline | PhraseKind::EndCredit)
            && m.strength() >= p::BYLINE_MIN_COVERAGE
    })
}

/// Whether a line of scraped text is printed right under a byline, with
/// no blank line between: the byline's second line ("Compiled by Dolores
/// Ambry", then "Ledger Staff"), not a headline.
fn continues_byline(blocks: &[Block<'_>], feats: &[Features], i: usize) -> bool {
    i > 0 && features::on_the_next_line(blocks, i) && is_byline_or_credit(&feats[i - 1])
}

/// The most headline-like block above the region. Candidates have a few
/// words and are not labels, bylines, dates, credits, breadcrumbs or list
/// items; among them, headline length, capitalised words, the absence of a
/// full stop, being printed twice, being followed by a byline or date line,
/// and nearness to the body score higher.
fn find_title(blocks: &[Block<'_>], feats: &[Features], from: usize, to: usize) -> Option<usize> {
    let mut best: Option<(f32, usize)> = None;
    for i in from..to {
        let f = &feats[i];
        if blocks[i].bullet
            || f.words < p::TITLE_MIN_WORDS
            || f.words > p::TITLE_MAX_WORDS
            || f.ends_ellipsis
            || f.ends_colon
            || f.url_tokens > 0
            || f.no_letters
            || f.date_coverage > p::TITLE_MAX_DATE_COVERAGE
            || f.phrase
                .is_some_and(|m| m.strength() >= p::TITLE_MAX_PHRASE_COVERAGE || m.label)
            || is_byline_or_credit(f)
            || f.echoes_neighbour
            || f.doubled
            || f.photo_credit
            || f.alt_text
            || is_breadcrumb(&blocks[i].text)
            || is_in_drawn_box(&blocks[i].text)
            || continues_byline(blocks, feats, i)
            || feats.get(i + 1).is_some_and(is_contact_detail)
        {
            continue;
        }
        let mut s = p::TITLE_CAPITALISED_WEIGHT * f.capitalised_share;
        if f.words >= p::TITLE_TYPICAL_WORDS {
            s += p::TITLE_LENGTH_BONUS;
        }
        if !f.ends_sentence || f.words < 8 {
            s += p::TITLE_NOT_SENTENCE_BONUS;
        }
        if f.repeats > 1 {
            s += p::TITLE_REPEATED_BONUS;
        }
        let byline_follows = (i + 1..(i + 1 + p::TITLE_BYLINE_REACH).min(feats.len()))
            .any(|j| looks_like_byline_or_date(&feats[j]));
        if byline_follows {
            s += p::TITLE_BYLINE_FOLLOWS_BONUS;
        }
        s -= p::TITLE_DISTANCE_PENALTY * (to - i) as f32;
        if best.is_none_or(|(b, _)| s > b) {
            best = Some((s, i));
        }
    }
    best.filter(|&(s, _)| s >= p::TITLE_MIN_SCORE)
        .map(|(_, i)| i)
}

/// In scraped text, the lines of each box that the browser drew around a
/// single cell, from its top border to its bottom one: a bordered table
/// of one column is a widget set beside the article (fleet data, a ship
/// tracker, a disclaimer, listings' cards side by side), however well its
/// lines read. A table of the article's has columns, and its top border
/// shows where they part ("┌────┬────┐").
fn drawn_cell_boxes(blocks: &[Block<'_>]) -> Vec<usize> {
    if is_html(blocks) {
        return Vec::new();
    }
    let is_top =
        |text: &str| text.starts_with(['┌', '┏', '╔', '╭']) && !text.contains(['┬', '┳', '╦']);
    let is_bottom = |text: &str| text.starts_with(['└', '┗', '╚', '╰']);
    let is_row = |text: &str| is_in_drawn_box(text) || text.starts_with(['├', '┣', '╠']);
    let mut lines = Vec::new();
    let mut i = 0;
    while i < blocks.len() {
        if !is_top(&blocks[i].text) {
            i += 1;
            continue;
        }
        let rows = (i + 1..blocks.len())
            .take(p::DRAWN_BOX_MAX_LINES)
            .take_while(|&k| is_row(&blocks[k].text))
            .count();
        let bottom = i + 1 + rows;
        if bottom < blocks.len() && is_bottom(&blocks[bottom].text) {
            lines.extend(i..=bottom);
            i = bottom;
        }
        i += 1;
    }
    lines
}

/// Whether a line of scraped text is a row of a box that the browser drew
/// around a table ("│ Quelle: EZB │"): the box's, neither a headline nor
/// a break in the article.
fn is_in_drawn_box(text: &str) -> bool {
    text.starts_with(['│', '┃', '║'])
}

/// Whether a block is a phone number ("608-555-0143") or a lone e-mail or
/// web address: a contact's details, under the contact's name and role,
/// which is no headline however capitalised.
fn is_contact_detail(f: &Features) -> bool {
    let phone = f.no_letters && f.date_coverage == 0.0 && f.digit_share > p::DIGIT_SHARE_FROM;
    let address = f.url_tokens > 0 && f.words <= p::CONTACT_ADDRESS_MAX_WORDS;
    phone || address
}

/// The region's first block when it has a headline's shape: short, not
/// ending in a full stop, above a longer paragraph. The body scores took
/// it in; it is the headline if it is printed elsewhere on the page too
/// (as a teaser or in the page's own links), or if it is signed: then it
/// is taken before any headline-like line above the region (a menu's).
fn opening_headline(
    blocks: &[Block<'_>],
    feats: &[Features],
    region: std::ops::Range<usize>,
) -> Option<usize> {
    let i = region.start;
    let f = &feats[i];
    let headline = region.len() > 1
        && (p::TITLE_MIN_WORDS..=p::OPENING_HEADLINE_MAX_WORDS).contains(&f.words)
        && f.sentence_ends <= 1
        && !blocks[i].text.ends_with('.')
        && !blocks[i].bullet
        && !f.ends_colon
        && !f.ends_ellipsis
        && f.phrase.is_none()
        && f.words < feats[i + 1].words;
    headline.then_some(i)
}

/// Whether a byline or date line follows the block at `i` within
/// [`OPENING_HEADLINE_BYLINE_WITHIN`](p::OPENING_HEADLINE_BYLINE_WITHIN)
/// blocks.
fn is_signed(feats: &[Features], i: usize) -> bool {
    feats
        .iter()
        .skip(i + 1)
        .take(p::OPENING_HEADLINE_BYLINE_WITHIN)
        .any(looks_like_byline_or_date)
}

/// A standfirst (a dek): the one paragraph of at most
/// [`STANDFIRST_MAX_WORDS`](p::STANDFIRST_MAX_WORDS) between the headline
/// at `title` and a byline or date line, with the body under them. It sums
/// the article up, and is no part of it. Returns it and the body's first
/// block. A time inside a figure is a video's running time ("31:07"), no
/// date line.
fn standfirst(
    blocks: &[Block<'_>],
    feats: &[Features],
    decisions: &[Decision],
    title: usize,
    end: usize,
    heads_day: impl Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    let is_body = |i: usize| decisions[i].label == Label::Body;
    let in_figure = |i: usize| {
        blocks[i]
            .dom
            .as_ref()
            .is_some_and(|dom| dom.landmarks.contains(Landmarks::FIGURE))
    };
    let dek = (title + 1..end).find(|&i| is_body(i))?;
    let body = (dek + 1..end).find(|&i| is_body(i))?;
    let signed = (dek + 1..body)
        .any(|i| !heads_day(i) && !in_figure(i) && looks_like_byline_or_date(&feats[i]));
    (signed && feats[dek].words <= p::STANDFIRST_MAX_WORDS).then_some((dek, body))
}

fn looks_like_byline_or_date(f: &Features) -> bool {
    let byline = f
        .phrase
        .is_some_and(|m| m.kind == PhraseKind::Byline && m.strength() >= p::BYLINE_MIN_COVERAGE);
    // A line of the article's data opens with the byline's label and has
    // the date, times and counts after the name: "Author: Ann Lee
    // 12.02.2026, 19:48 Updated: 21:05 👁 2 341 💬 18".
    let meta_line = byline
        && f.date_coverage > 0.0
        && f.phrase.is_some_and(|m| m.label && m.opening)
        && f.words <= p::META_LINE_MAX_WORDS;
    meta_line
        || f.words <= p::BYLINE_MAX_WORDS
            && (f.date_coverage >= p::DATE_LINE_MIN_COVERAGE || byline)
}

/// "Home › News › Local", "Sport | Football": path separators between
/// words mark breadcrumbs and menus, not headlines.
fn is_breadcrumb(text: &str) -> bool {
    ['›', '»', '>', '|', '/', '·']
        .iter()
        .any(|&sep| text.matches(sep).count() >= 1 && text.contains(&format!(" {sep} ")))
}

/// The author's name from a byline: without "By", dates and labels.
fn byline_name(text: &str) -> Option<String> {
    let mut rest = text.trim();
    // "Posted on May 3 by Ana Ruiz": the name follows the first "by".
    if let Some(at) = rest.to_ascii_lowercase().find(" by ") {
        rest = &rest[at + 4..];
    }
    for prefix in [
        "written by",
        "posted by",
        "reported by",
        "interview by",
        "words by",
        "story by",
        "text by",
        "by",
        "von",
        "por",
        "par",
        "di",
        "door",
    ] {
        let head = rest.get(..prefix.len()).unwrap_or_default();
        if rest.len() > prefix.len()
            && head.eq_ignore_ascii_case(prefix)
            && rest[prefix.len()..].starts_with([' ', ':'])
        {
            rest = rest[prefix.len()..].trim_start_matches([' ', ':']);
            break;
        }
    }
    if let Some((_, span)) = dates::find_dates(rest) {
        rest = &rest[..span.start];
    }
    for stop in [
        "|",
        "•",
        " · ",
        " - ",
        " – ",
        " — ",
        "Published",
        "Updated",
        "Posted",
    ] {
        if let Some(at) = rest.find(stop) {
            rest = &rest[..at];
        }
    }
    // What is left may be only a label: "Updated", "Actualizado".
    if is_byline_label(rest) {
        return None;
    }
    let name = rest
        .trim()
        .trim_end_matches([',', ';', ':', '|', '-', '·'])
        .trim();
    // A label before a number is a reading time or an update's stamp
    // ("Temps de lectura: 3 min", "Frissítve: 2025.05.23."), not a name.
    let before_number = &name[..name
        .find(|c: char| c.is_ascii_digit())
        .unwrap_or(name.len())];
    if before_number.len() < name.len() && is_byline_label(before_number) {
        return None;
    }
    (!name.is_empty() && name.chars().any(char::is_alphabetic)).then(|| name.to_owned())
}

/// Whether `text` is only a byline's label ("Updated", "Leestijd:"), or
/// nothing.
fn is_byline_label(text: &str) -> bool {
    let text = text.trim().trim_end_matches([':', ',']);
    text.is_empty()
        || phrases::PHRASES
            .find(text)
            .is_some_and(|m| m.kind == PhraseKind::Byline && m.coverage >= p::BYLINE_LABEL_COVERAGE)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Three paragraphs of a local news story, for tests that put
    /// boilerplate after an article.
    const POOL_STORY: &str = "The council voted on Tuesday night to close the old \
        swimming pool at the end of the summer, after a survey found cracks in its floor \
        and walls that would cost more to mend than the town could afford.\n\
        A new pool will be built beside the library, the mayor said, and should open \
        within three years if the funding comes through.\n\
        Until then, swimmers will be able to use the pool at the school on the hill in the \
        evenings and on weekends, at the same price as now.\n";

    /// Two more paragraphs of `POOL_STORY`, for pages with a box between.
    const POOL_STORY_GOES_ON: &str = "The mayor said the decision had not been easy, and \
        that he would meet the swimming clubs next month to talk about the years without \
        a pool.\n\
        The clubs have asked for more time in the school pool, and for buses on Saturday \
        mornings for children who live on the far side of town.\n";

    /// Each line of `text` as an HTML paragraph.
    fn as_paragraphs(text: &str) -> String {
        text.lines().map(|line| format!("<p>{line}</p>")).collect()
    }

    /// `POOL_STORY` as HTML paragraphs.
    fn pool_story_html() -> String {
        as_paragraphs(POOL_STORY)
    }

    /// A page whose article is `POOL_STORY`, then `html`, then
    /// `POOL_STORY_GOES_ON`, over a footer.
    fn pool_article_around(html: &str) -> String {
        format!(
            "<html><body><article><h1>Town pool to close</h1>{}{html}{}</article>\
             <footer><p>Contact us</p></footer></body></html>",
            pool_story_html(),
            as_paragraphs(POOL_STORY_GOES_ON)
        )
    }

    /// Two paragraphs that go on with a story after a box inside it.
    const MILL_STORY_GOES_ON: &str = "Residents will be asked what the rooms should be used \
        for at a meeting in the town hall next month, and the plans will be shown there \
        too.\n\nThe mill's wheel, which stopped turning in the 1950s, will be repaired and \
        put back in the race, where visitors will be able to watch it.\n";

    #[test]
    fn a_header_after_the_article_brings_its_list_along() {
        let article = "The band will go back on the road next summer for its first tour in \
                       six years, the singer said on Monday night after the show.\n\
                       Tickets go on sale on Friday, and the band said more dates would \
                       follow once the European leg of the tour is settled.\n\
                       The singer also said a new record was nearly finished and would \
                       come out before the first concert of the tour.\n";
        let dates = "Tour dates:\n\
                     June 9 -- Harbor Amphitheatre, Kessling\n\
                     June 12 -- Old Mill Arena, Brandvik\n\
                     June 15 -- Riverside Park, Haldane\n";
        let options = crate::Options::default();
        let body = crate::clean(&format!("{article}\n{dates}"), &options).body();
        assert!(
            body.contains("June 15 -- Riverside Park, Haldane"),
            "{body}"
        );
        assert!(body.contains("Tour dates:"), "{body}");
        // Contact details are not a list of the article's.
        let contact = "Media contact:\nJordan Pike\npress@example.org\n+1 720-555-0148\n";
        let body = crate::clean(&format!("{article}\n{contact}"), &options).body();
        assert!(!body.contains("Jordan Pike"), "{body}");
    }

    #[test]
    fn a_contact_under_a_label_is_no_list_of_the_articles() {
        let contact = "More information:\nMargus Lohmus\ndevelopment adviser\n\
                       tel 5331 2478\nmargus.lohmus@valley.example\n";
        let body = crate::clean(
            &format!("{POOL_STORY}{contact}"),
            &crate::Options::default(),
        )
        .body();
        assert!(body.contains("same price as now"), "{body}");
        assert!(!body.contains("Margus"), "{body}");
        // A list of the article's under the same label stays.
        let list = "More information:\nopen on weekdays\nfree for children\n\
                    closed on public holidays\n";
        let body = crate::clean(&format!("{POOL_STORY}{list}"), &crate::Options::default()).body();
        assert!(body.contains("free for children"), "{body}");
    }

    #[test]
    fn a_drawn_list_ends_at_its_first_blank_line() {
        // The label introduces three lines in a row; the lines after the
        // blank one belong to the page, in a language without phrases.
        let text = format!(
            "{}Seltsimaja ootab:\nkohvik\nraamatukogu\nsaal\n\nMarkused\n\n\
             Kaido\n\n12 vaatamist\n\nTellimine\n\nSaada\n",
            POOL_STORY.replace('\n', "\n\n")
        );
        let body = crate::clean(&text, &crate::Options::default()).body();
        assert!(body.contains("raamatukogu"), "{body}");
        assert!(!body.contains("Kaido"), "{body}");
    }

    #[test]
    fn labelled_items_under_a_paragraph_inside_the_article_are_kept() {
        let text = format!(
            "{}Here are the dates the pool's users should mark on their calendars for the \
             last weeks of the season.\n\nJune 1 – Opening day.\nJune 14 – Swim gala.\n\
             July 4 – Closed.\nJuly 20 – Night swim for adults.\nAug. 30 – Last swim.\n\n{}",
            POOL_STORY.replace('\n', "\n\n"),
            POOL_STORY_GOES_ON.replace('\n', "\n\n"),
        );
        let body = crate::clean(&text, &crate::Options::default()).body();
        assert!(body.contains("July 4 – Closed."), "{body}");
        assert!(body.contains("Aug. 30 – Last swim."), "{body}");
    }

    #[test]
    fn a_list_ends_at_a_boilerplate_line_past_the_article() {
        let text = format!(
            "{POOL_STORY}The pool's last season, in visits by month:\n\
             June: 4,100\n\
             July: 6,800\n\
             August: 5,900\n\
             The pool closes for good on the last day of August.\n\
             Posted in Local News | Tagged pools, council | 3 Comments\n"
        );
        let body = crate::clean(&text, &crate::Options::default()).body();
        assert!(body.contains("August: 5,900"), "{body}");
        assert!(!body.contains("Posted in"), "{body}");
    }

    #[test]
    fn a_running_time_is_no_date_line() {
        for text in [
            "2:28",
            "1:04:10",
            "Listen · 32:14",
            "Watch 2:28",
            "Duration: 4:12",
            "02:13 Min.",
        ] {
            assert!(is_bare_clock(text), "{text}");
        }
        for text in [
            "Updated 10:30",
            "Listen to the episode",
            "Nov. 3, 10:30",
            "Watch",
        ] {
            assert!(!is_bare_clock(text), "{text}");
        }
    }

    /// A wire story's closing "UP NEXT" section of labelled sentences is
    /// the story's; an "Up next" list of headlines is not.
    #[test]
    fn a_closing_labelled_section_is_kept() {
        let page = format!(
            "{POOL_STORY}UP NEXT\nLions: Host the Bears on Sunday.\n\
             Bears: Visit the Packers on Monday night.\n___\nMore sports: https://news.example/sports\n"
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("UP NEXT"), "{body}");
        assert!(body.contains("Visit the Packers"), "{body}");
        assert!(!body.contains("More sports"), "{body}");
        let page = format!(
            "{POOL_STORY}Up next\nWhy the old pool had to close\nHow to learn to swim at any age\n"
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(!body.contains("Up next"), "{body}");
        assert!(!body.contains("any age"), "{body}");
    }

    /// A labelled section's header in capitals goes with its lines inside
    /// the region too, under a box of videos that the region skips.
    #[test]
    fn a_labelled_sections_header_under_a_box_is_kept() {
        let paragraphs = POOL_STORY.replace('\n', "\n\n");
        let page = format!(
            "{paragraphs}WATCH\n▶ 0:48  The mayor on the vote\n▶ 1:12  Inside the old pool\n\
             More videos ›\n\nPOOL WATCH\n\n\
             Swimmers: The school pool opens to the public in the evenings from June, the \
             council said.\n\
             Clubs: The swimming clubs will meet the mayor next month to ask for more time in \
             the school pool.\n\n{}",
            POOL_STORY_GOES_ON.replace('\n', "\n\n")
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("POOL WATCH\nSwimmers:"), "{body}");
        assert!(!body.contains("More videos"), "{body}");
    }

    /// On a page with a box after every paragraph, a strip of videos with
    /// its link to all of them and a sponsored unit of headlines over
    /// their sources both stand inside the article: the paragraphs after
    /// them are kept.
    #[test]
    fn strips_of_videos_and_sponsored_units_part_no_sections() {
        let page = "The pool opened in 1936 and has been run by the council ever since, \
            with a break of two years during the war, when it was used to store water for \
            the fire brigade and as a place for soldiers to wash.\n\n\
            Generations of children learned to swim there, and the diving board was a rite \
            of passage for every teenager in town until it was taken down in 1998.\n\n\
            The council voted on Tuesday night to close the old swimming pool at \
            the end of the summer, after a survey found cracks in its floor and walls.\n\n\
            Advertisement\n\n\
            A new pool will be built beside the library, the mayor said, and should open \
            within three years if the funding comes through.\n\n\
            Trending Now\n▶ 1:42\nThe best beaches within an hour of town\n▶ 0:58\n\
            A look inside the new library's reading room\n▶ 2:10\n\
            Why the river has turned green this week\nSee all videos\n\n\
            What happens next\n\n\
            Until then, swimmers will be able to use the pool at the school on the hill in \
            the evenings and on weekends, at the same price as now.\n\n\
            Sponsored content\nThe cheapest flights of October are here\nTravel Deals\n\
            This simple trick halves your power bill\nHome Savings\nby Taboola\n\n\
            The mayor said the decision had not been easy, and that he would meet the \
            swimming clubs next month to talk about the years without a pool.\n\n\
            Advertisement\n\n\
            The clubs have asked for more time in the school pool, and for buses on \
            Saturday mornings for children who live on the far side of town.\n\n\
            Tags: Pools, Council\n";
        let body = crate::clean(page, &crate::Options::default()).body();
        assert!(body.contains("cracks in its floor"), "{body}");
        assert!(body.contains("same price as now"), "{body}");
        assert!(body.contains("far side of town"), "{body}");
        assert!(!body.contains("reading room"), "{body}");
        assert!(!body.contains("power bill"), "{body}");
    }

    /// A box of headlines nested in the article right under a list of
    /// its own stands inside the article: the paragraphs below it are
    /// kept.
    #[test]
    fn a_box_under_the_articles_list_parts_no_sections() {
        let list = "<ul><li>Eastbound traffic will use Harlan Street to reach the \
            interstate, adding about ten minutes at rush hour.</li>\
            <li>Westbound traffic will follow the same route in reverse, with \
            signs at every turn from the bridge.</li></ul>";
        let rail = "<div class=\"video-rail\"><h3>Trending on KVRL 9</h3>\
            <a href=\"/v/1\">0:58 Dog rescued from a flooded quarry near the old mill road</a> \
            <a href=\"/v/2\">1:12 Storm clean-up goes on across the county for a third day</a> \
            <a href=\"/v/3\">2:05 High school band marches in the parade for the last time</a></div>";
        let body = html_body(&pool_article_around(&format!("{list}{rail}")));
        assert!(body.contains("cracks in its floor"), "{body}");
        assert!(body.contains("far side of town"), "{body}");
        assert!(!body.contains("Dog rescued"), "{body}");
    }

    /// A box of links nested in the article, over the lead-in to a list
    /// of the article's own: the box parts no sections, and the lead-in
    /// and the list under it are kept.
    #[test]
    fn a_box_over_a_lead_in_and_its_list_parts_no_sections() {
        let rail = "<div class=\"related-links\"><p>Related stories</p><ul>\
            <li><a href=\"/a\">Dog rescued from a flooded quarry near the old mill</a></li>\
            <li><a href=\"/b\">Storm clean-up goes on across the county</a></li>\
            <li><a href=\"/c\">High school band marches for the last time</a></li></ul></div>";
        let list = "<p>Key changes:</p><ul>\
            <li>Lanes for clubs on Tuesday and Thursday evenings</li>\
            <li>Lessons for children move to Saturday mornings</li>\
            <li>Prices for adults stay as they are now</li>\
            <li>Season tickets will be sold at the library desk</li></ul>\
            <div class=\"ad-slot\"><p>Advertisement</p></div>";
        let body = html_body(&pool_article_around(&format!("{rail}{list}")));
        assert!(body.contains("cracks in its floor"), "{body}");
        assert!(body.contains("Key changes:"), "{body}");
        assert!(body.contains("Lessons for children"), "{body}");
        assert!(body.contains("far side of town"), "{body}");
        assert!(!body.contains("Dog rescued"), "{body}");
    }

    /// A copyright line under a gallery nested in the article credits its
    /// images: the paragraphs below it are kept.
    #[test]
    fn a_galleries_copyright_line_ends_no_article() {
        let gallery = "<div class=\"gallery\"><figure><img src=\"/a.jpg\" alt=\"\">\
            <figcaption>The pool when it opened in 1962</figcaption></figure>\
            <p class=\"gallery-note\">(C) Town Archive All Rights Reserved.</p></div>\
            <h2>What the clubs want</h2>";
        let body = html_body(&pool_article_around(gallery));
        assert!(body.contains("cracks in its floor"), "{body}");
        assert!(body.contains("far side of town"), "{body}");
        assert!(!body.contains("Town Archive"), "{body}");
    }

    /// A review's verdict box among its paragraphs, its score over its
    /// pros and cons, is dropped whole and parts no sections; a plain box
    /// of pros and cons, with no score, is the article's.
    #[test]
    fn a_verdict_box_is_dropped_and_a_plain_one_kept() {
        let pros_cons = "<div class=\"pc\"><div><p>Pros</p><ul><li>Lanes for every club</li>\
            <li>Warm water all year</li></ul></div><div><p>Cons</p><ul>\
            <li>Far from the station</li><li>Dearer for visitors</li></ul></div></div>";
        let verdict = format!("<div class=\"card\"><p>8/10</p><p>Great</p>{pros_cons}</div>");
        let body = html_body(&pool_article_around(&verdict));
        assert!(body.contains("far side of town"), "{body}");
        assert!(!body.contains("Warm water"), "{body}");
        assert!(!body.contains("Pros"), "{body}");
        // A mark with decimals is a score too.
        let marked = format!("<div class=\"card\"><p>Testnote: 2,0 (gut)</p>{pros_cons}</div>");
        let body = html_body(&pool_article_around(&marked));
        assert!(body.contains("far side of town"), "{body}");
        assert!(!body.contains("Warm water"), "{body}");
        let plain = format!("<h3>The new pool</h3>{pros_cons}");
        let body = html_body(&pool_article_around(&plain));
        assert!(body.contains("Warm water"), "{body}");
        assert!(body.contains("far side of town"), "{body}");
    }

    /// A venue's card set among the paragraphs, a price among its short
    /// lines and closed by its button, is dropped whole; a box without a
    /// price is judged line by line.
    #[test]
    fn a_card_closed_by_its_button_is_dropped() {
        let card = |price: &str| {
            format!(
                "<div class=\"venue\"><h4>The Lido Cafe</h4><p>Cafe · Breakfast · {price}</p>\
                 <p>Pool Lane 4, Riverside</p><a rel=\"sponsored\" href=\"/book\">Book a table</a></div>"
            )
        };
        let body = html_body(&pool_article_around(&card("££")));
        assert!(body.contains("far side of town"), "{body}");
        assert!(!body.contains("Pool Lane 4"), "{body}");
        assert!(!body.contains("The Lido Cafe"), "{body}");
        let body = html_body(&pool_article_around(&card("open daily")));
        assert!(body.contains("The Lido Cafe"), "{body}");
        // Another button of the card's own may follow its link.
        let saved = card("££").replace("</a></div>", "</a><button>Save</button></div>");
        let body = html_body(&pool_article_around(&saved));
        assert!(!body.contains("The Lido Cafe"), "{body}");
    }

    /// A roundup's items each close with their source: the items below
    /// the sources are kept.
    #[test]
    fn a_roundups_sources_between_items_part_no_sections() {
        let item = |title: &str, text: &str, source: &str| {
            format!("{title}\n\n{text}\n\n{source}\n\nAdvertisement\n\n")
        };
        let page = format!(
            "{}{}{}Most read\n\nThe ten best pools in the county\n",
            item(
                "Town pool to close",
                "The council voted on Tuesday night to close the old swimming pool at the \
                 end of the summer, after a survey found cracks in its floor and walls.",
                "(Source: Evening Clarion)"
            ),
            item(
                "Library to open on Sundays",
                "The library will open on Sunday afternoons from next month, the council \
                 said, after a petition signed by more than two thousand readers.",
                "(Source: Town Crier)"
            ),
            item(
                "Buses to run later",
                "The last bus from the station will leave at midnight instead of eleven \
                 from the first of June, the transport company announced on Monday.",
                "(Source: Valley Radio)"
            ),
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("cracks in its floor"), "{body}");
        assert!(body.contains("last bus from the station"), "{body}");
        assert!(!body.contains("Town Crier"), "{body}");
    }

    /// A box under an item's source (a player's card) does not part a
    /// roundup's items; sources given with "laut" or "según" close them
    /// as "via" does.
    #[test]
    fn a_box_between_a_roundups_items_parts_no_sections() {
        let card = "PLAYER CARD\nMarket value: 10m\nView profile ›\n\n";
        let item = |title: &str, text: &str, source: &str, after: &str| {
            format!("{title}\n\n{text}\n\n{POOL_STORY_GOES_ON}\n{source}\n\n{after}")
        };
        let page = format!(
            "{}{}{}Most read\n\nThe ten best pools in the county\n",
            item(
                "Lindhorst bid for Yilmaz",
                "Lindhorst have made a first offer for the midfielder, who has two years \
                 left on his contract and played in every game of the last season.",
                "laut Sportblatt Nord",
                card
            ),
            item(
                "Altena say he is not for sale",
                "The sporting director said the club was under no pressure to sell and \
                 planned to build the new team around the midfielder next season.",
                "según Radio Norte",
                card
            ),
            item(
                "Kessler signs for Warnow",
                "The goalkeeper passed his medical on Wednesday and will be presented to \
                 the fans before the friendly on Saturday afternoon at the harbour ground.",
                "via Evening Post",
                ""
            ),
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("made a first offer"), "{body}");
        assert!(body.contains("no pressure to sell"), "{body}");
        assert!(body.contains("passed his medical"), "{body}");
        assert!(!body.contains("Sportblatt"), "{body}");
    }

    /// A roundup's items printed line under line over their sources
    /// ("via Valley Radio") are no figures' captions, and a link or an ad
    /// between an item and the next parts no sections; the sources are
    /// dropped.
    #[test]
    fn a_roundups_items_over_their_sources_are_kept() {
        let item = |title: &str, text: &str, source: &str, after: &str| {
            format!("{title}\n{text}\n{source}\n\n{after}")
        };
        let page = format!(
            "Home | News | Sport\n\n{}{}{}{}Most read\n\nThe ten best pools in the county\n",
            item(
                "Town pool to close",
                "The council voted on Tuesday night to close the old swimming pool at the \
                 end of the summer, after a survey found cracks in its floor and walls. \
                 Swimmers will be able to use the school pool on weekday evenings.",
                "Reporting by Jo Hale",
                "READ MORE: Where to swim this summer\n\n"
            ),
            item(
                "Library to open on Sundays",
                "The library will open on Sunday afternoons from next month, the council \
                 said, after a petition signed by more than two thousand readers. Volunteers \
                 from the friends' group will help the staff at the desk.",
                "(Source: Town Crier)",
                "Advertisement\n\n"
            ),
            item(
                "Buses to run later",
                "The last bus from the station will leave at midnight instead of eleven \
                 from the first of June, the transport company announced on Monday. The \
                 night bus to the hospital will run every hour.",
                "via Valley Radio",
                ""
            ),
            item(
                "Market moves to the square",
                "The Saturday market will move to the square behind the town hall while \
                 the car park is resurfaced, its traders' association said. The stalls will \
                 open an hour later than usual for the first two weeks.",
                "via Evening Clarion",
                ""
            ),
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("cracks in its floor"), "{body}");
        assert!(body.contains("Library to open on Sundays"), "{body}");
        assert!(body.contains("two thousand readers"), "{body}");
        assert!(body.contains("last bus from the station"), "{body}");
        assert!(body.contains("square behind the town hall"), "{body}");
        assert!(!body.contains("Valley Radio"), "{body}");
    }

    /// A form's box between paragraphs (a download's gate) is dropped
    /// whole; short paragraphs printed line under line over a button are
    /// kept.
    #[test]
    fn a_forms_box_between_paragraphs_is_dropped() {
        let gate = "FREE GUIDE\nThe pool owner's handbook: ten checks before summer\n\
            Get the guide used by more than 3,000 pool managers.\nFirst name\nLast name\n\
            Work email\nCompany size\n[ 1-50 ▼]\n\
            [ ] Yes, send me news and offers from Poolside Weekly.\n[Download now]\n";
        let spaced = |text: &str| text.replace('\n', "\n\n");
        let page = format!(
            "Home | News\n\n{}\n{gate}\n{}",
            spaced(POOL_STORY),
            spaced(POOL_STORY_GOES_ON)
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("same price as now"), "{body}");
        assert!(body.contains("far side of town"), "{body}");
        for dropped in [
            "handbook",
            "3,000 pool managers",
            "First name",
            "Company size",
        ] {
            assert!(!body.contains(dropped), "{dropped}: {body}");
        }
        // A finder's widget: its field stands inside the line.
        let finder = "Find a swimming teacher near you\n\
            Qualified teachers in your area, with free places this month.\n\
            Postcode [          ]  Level [Beginner ▼]  Search\n";
        let page = format!(
            "Home | News\n\n{}\n{finder}\n{}",
            spaced(POOL_STORY),
            spaced(POOL_STORY_GOES_ON)
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("far side of town"), "{body}");
        assert!(!body.contains("free places this month"), "{body}");
        // A calculator: its fields filled in, its result under its button.
        let calculator = "Lane fee calculator\n\
            Swimmers [ 4 ]   Visits a week [ 3 ]   Season [Summer ▾]\n\
            Work out your fee [Calculate]\nEstimated fee a month: £36\n";
        let page = format!(
            "Home | News\n\n{}\n{calculator}\n{}",
            spaced(POOL_STORY),
            spaced(POOL_STORY_GOES_ON)
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("far side of town"), "{body}");
        assert!(!body.contains("Estimated fee"), "{body}");
        let notes = "Pools open at six.\nLanes close at nine.\nCaps are sold at the desk.\n\
            Towels cost a pound.\n[Book a lane]\n";
        let page = format!("Home | News\n\n{}\n{notes}", spaced(POOL_STORY));
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("Caps are sold at the desk."), "{body}");
    }

    /// An indented block of code between paragraphs is kept line by line,
    /// its short lines ("ports:") and its keys and values with the rest.
    #[test]
    fn a_block_of_code_is_kept_whole() {
        let code = "    services:\n      web:\n        image: ghcr.io/poolside/bookings:1.4\n\
            \x20       ports:\n          - \"8080:8000\"\n        environment:\n\
            \x20         DATABASE_URL: postgres://pool:secret@db:5432/pool\n\
            \x20     db:\n        image: postgres:16\n        environment:\n\
            \x20         POSTGRES_USER: pool\n";
        let page = format!(
            "Docs | Tutorials\n\nRunning the booking service\n\n\
             The booking service needs a database next to it, and a compose file starts \
             both with one command. Save the following as compose.yaml in a new folder.\n\n\
             Copy\n{code}\n\
             The web service reaches the database under the host name db, because the two \
             services share a network that the compose file creates for them.\n\n\
             Was this page helpful?\n"
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        for kept in ["services:", "image: postgres:16", "POSTGRES_USER: pool"] {
            assert!(body.contains(kept), "{kept}: {body}");
        }
        assert!(body.contains("share a network"), "{body}");
    }

    /// Under a box's bulleted headlines, the article resumes at a line set
    /// apart below them: a subheading, however low it scores, over a line
    /// leading into a list.
    #[test]
    fn the_article_resumes_under_a_boxs_bulleted_headlines() {
        let page = format!(
            "Home | News\n\n{}\nRead also\n  • Pool fees to rise in the spring\n\
             \x20 • Library car park closes for repairs next month\n\n\
             Harlow Leisure Centre timetable\n\nOpening hours from 2 June:\n\n\
             1. The school pool on the hill, on weekday evenings and at weekends.\n\
             2. The leisure centre in Tessford, with a bus from the square.\n\
             3. The lake at Marlow Park, in the summer months only.\n\n{}\nShare this\n",
            POOL_STORY.replace('\n', "\n\n"),
            POOL_STORY_GOES_ON.replace('\n', "\n\n")
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("Harlow Leisure Centre timetable"), "{body}");
        assert!(body.contains("1. The school pool on the hill"), "{body}");
        assert!(!body.contains("Pool fees to rise"), "{body}");
    }

    /// One line printed right under an ad's label, the pair set apart by
    /// blank lines, is the ad's copy, however well it reads.
    #[test]
    fn an_ads_one_line_of_copy_under_its_label_is_dropped() {
        let page = format!(
            "Home | News\n\n{}\nAdvertisement\nSwim lessons for all ages at Tessford Leisure, \
             and the first week is free when you book online today.\n\n{}\nShare this\n",
            POOL_STORY.replace('\n', "\n\n"),
            POOL_STORY_GOES_ON.replace('\n', "\n\n")
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("same price as now"), "{body}");
        assert!(body.contains("far side of town"), "{body}");
        assert!(!body.contains("Swim lessons"), "{body}");
    }

    /// A digest's items each close with a link to their full story: the
    /// titles of the items under the links are kept, the links dropped.
    #[test]
    fn a_digests_links_between_items_part_no_sections() {
        let item = |title: &str, text: &str, link: &str| format!("{title}\n{text}\n{link}\n\n");
        let page = format!(
            "Home | News | Newsletters\n\nMorning Briefing\n\n{}{}{}{}Share this briefing\n",
            item(
                "Town pool to close",
                "The council voted on Tuesday night to close the old swimming pool at the \
                 end of the summer, after a survey found cracks in its floor and walls. \
                 Swimmers will be able to use the school pool on weekday evenings.",
                "Read more: Pool vote ends a two-year fight ›"
            ),
            item(
                "Library to open on Sundays",
                "The library will open on Sunday afternoons from next month, the council \
                 said, after a petition signed by more than two thousand readers. Volunteers \
                 from the friends' group will help the staff at the desk.",
                "Full story ›"
            ),
            item(
                "Buses to run later",
                "The last bus from the station will leave at midnight instead of eleven \
                 from the first of June, the transport company announced on Monday. The \
                 night bus to the hospital will run every hour.",
                "Full story ›"
            ),
            item(
                "Market moves to the square",
                "The Saturday market will move to the square behind the town hall while \
                 the car park is resurfaced, its traders' association said. The stalls will \
                 open an hour later than usual for the first two weeks.",
                "Read more ›"
            ),
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        for kept in [
            "Library to open on Sundays",
            "Buses to run later",
            "square behind",
        ] {
            assert!(body.contains(kept), "{kept}: {body}");
        }
        assert!(!body.contains("Full story"), "{body}");
        assert!(!body.contains("Share this"), "{body}");
    }

    /// The article's subheading under a box of headlines, with an ad's
    /// slot between it and the next paragraph, is the article's.
    #[test]
    fn a_subheading_under_a_box_and_over_an_ad_is_kept() {
        let rail = "<div class=\"rail\"><h3>Read more</h3>\
            <p><a href=\"/a\">Dog rescued from a flooded quarry near the mill</a></p>\
            <p><a href=\"/b\">Storm clean-up goes on across the county</a></p></div>";
        let body = html_body(&pool_article_around(&format!(
            "{rail}<h2>What the clubs want</h2><div class=\"ad-slot\"><p>Advertisement</p></div>"
        )));
        assert!(body.contains("What the clubs want"), "{body}");
        assert!(body.contains("far side of town"), "{body}");
        assert!(!body.contains("Dog rescued"), "{body}");
    }

    /// Paragraphs folded away behind a "Read more" button in the article
    /// are its second half; a lone hidden paragraph is not.
    #[test]
    fn paragraphs_folded_away_in_the_article_are_kept() {
        let folded = as_paragraphs(POOL_STORY_GOES_ON);
        let page = format!(
            "<html><body><article><h1>Town pool to close</h1>{}\
             <button>Read more</button><div class=\"rest\" style=\"display:none\">{folded}</div>\
             </article><footer><p>Contact us</p></footer></body></html>",
            pool_story_html()
        );
        let body = html_body(&page);
        assert!(body.contains("swimming clubs next month"), "{body}");
        assert!(body.contains("far side of town"), "{body}");
        let lone = page.replace(
            "<p>The clubs have asked for more time in the school pool, and for buses on \
             Saturday mornings for children who live on the far side of town.</p>",
            "",
        );
        assert!(!html_body(&lone).contains("swimming clubs next month"));
        // Without <article>, in an element whose class names the content.
        let entry = page
            .replace("<article>", "<div class=\"entry-content\">")
            .replace("</article>", "</div>");
        let body = html_body(&entry);
        assert!(body.contains("swimming clubs next month"), "{body}");
    }

    /// A strip of three videos between paragraphs, each a running time
    /// over a title, is a box inside the article: the paragraphs above it
    /// are kept with those below.
    #[test]
    fn a_strip_of_videos_between_paragraphs_parts_no_sections() {
        let page = "The council voted on Tuesday night to close the old swimming pool at \
            the end of the summer, after a survey found cracks in its floor and walls.\n\n\
            Advertisement\n\n\
            A new pool will be built beside the library, the mayor said, and should open \
            within three years if the funding comes through.\n\n\
            Trending Now\n▶ 1:42\nThe best beaches within an hour of town\n▶ 0:58\n\
            A look inside the new library's reading room\n▶ 2:10\n\
            Why the river has turned green this week\n\n\
            Until then, swimmers will be able to use the pool at the school on the hill in \
            the evenings and on weekends, at the same price as now.\n\n\
            Advertisement\nStory continues below advertisement\n\n\
            The mayor said the decision had not been easy, and that he would meet the \
            swimming clubs next month to talk about the years without a pool.\n\n\
            The clubs have asked for more time in the school pool, and for buses on \
            Saturday mornings for children who live on the far side of town.\n";
        let body = crate::clean(page, &crate::Options::default()).body();
        assert!(body.contains("cracks in its floor"), "{body}");
        assert!(body.contains("far side of town"), "{body}");
        assert!(!body.contains("reading room"), "{body}");
    }

    /// An interview's box about the person interviewed is dropped with
    /// its lines, whether they stand right under its header or a blank
    /// line apart; the questions and answers around it are kept.
    #[test]
    fn an_interviews_box_about_the_person_is_dropped() {
        let interview = "The mayor has run the town for twelve years and will not stand \
            again in the spring, she told us in her office on the hill.\n\n\
            Why are you leaving now?\n\n\
            MH: Because the pool is built and the buses are free, and because twelve years \
            is long enough for anyone to hold the keys to a town hall.\n\n\
            BOX\n\
            What will you miss?\n\n\
            MH: The people who stop me in the market to tell me what is wrong with the \
            town, because they are almost always right about it.\n";
        let adjacent = "ZUR PERSON\nMarta Holt, 61, was born in the town and taught at its \
            school for twenty years.\nShe was elected mayor in 2014.\n\n";
        let apart = "Bio express\n\n1964 Born in the town.\n\n2014 Elected mayor.\n\n\
            Her husband, a retired teacher, ran the campaign from their kitchen.\n\n";
        for (bio, gone, kept) in [
            (adjacent, "taught at its school", "almost always right"),
            (
                apart,
                "Her husband, a retired teacher",
                "almost always right",
            ),
        ] {
            let page = interview.replace("BOX\n", bio);
            let body = crate::clean(&page, &crate::Options::default()).body();
            assert!(!body.contains(gone), "{body}");
            assert!(body.contains("twelve years is long enough"), "{body}");
            assert!(body.contains(kept), "{body}");
        }
    }

    /// Questions and answers in a section after the article's container
    /// are the article's; a header of them over questions alone is not
    /// enough.
    #[test]
    fn questions_and_answers_past_the_articles_container_are_kept() {
        let faq = "<section class=\"faq\"><h2>Frequently asked questions</h2>\
            <details><summary>Will the school pool cost more?</summary><p>No. Swimmers pay \
            the same price as at the old pool, the council said.</p></details>\
            <details><summary>When will the new pool open?</summary><p>Within three years, \
            if the state grant comes through next spring.</p></details></section>";
        let page = format!(
            "<html><body><article><h1>Town pool to close</h1>\
             <div class=\"article-body\">{}</div>{faq}</article>\
             <footer><p>Contact us</p></footer></body></html>",
            pool_story_html()
        );
        let body = html_body(&page);
        assert!(body.contains("Frequently asked questions"), "{body}");
        assert!(body.contains("Within three years"), "{body}");
        assert!(!body.contains("Contact us"), "{body}");
        let page = page.replace("<p>No.", "<p hidden>No.");
        assert!(html_body(&page).contains("same price as at the old pool"));
        let unanswered = page
            .replace("<p>Within", "<a href=\"/pool\">Within")
            .replace("spring.</p>", "spring.</a>");
        assert!(!html_body(&unanswered).contains("Frequently asked questions"));
    }

    /// A recipe's card parted from the story by its pictures' alt texts
    /// and a print button is the story's when both its headers show it;
    /// short lines under an ingredients header alone are not.
    #[test]
    fn a_recipe_card_past_the_story_is_kept() {
        let story = "My grandmother made this jam every December, and the kitchen smelled \
            of pears and cloves for days before the first jars were given away.\n\
            I have kept her recipe as it was, except for the honey, which I use instead of \
            sugar because it has more flavour and sets just as well in the jars.\n\
            The jam keeps for a year in a cool cupboard, and an open jar keeps for a month \
            in the fridge if you use a clean spoon each time.\n";
        let alt = "Give the gift of homemade pear jam this season #ad #jam #gifts\n";
        let card = "Pear Jam\nPrint\nIngredients\n8 ripe pears, peeled\n1 lemon, juiced\n\
            1 tsp cinnamon\n1 cup honey\nInstructions\n\
            1. Cube the pears and put them in a pot with the lemon juice.\n\
            2. Add the honey and cinnamon and boil until thick.\n\
            3. Spoon into hot jars and boil the jars for ten minutes.\n\
            You may also like:\nPickled Sprouts Recipe\n";
        let page = format!("{story}{}{card}", alt.repeat(5));
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("1 tsp cinnamon"), "{body}");
        assert!(body.contains("Spoon into hot jars"), "{body}");
        assert!(!body.contains("Pickled Sprouts"), "{body}");
        let page = page.replace("Instructions\n", "");
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(!body.contains("1 tsp cinnamon"), "{body}");
    }

    /// A subheading's anchor id is no class: "side" in it names no
    /// sidebar.
    #[test]
    fn a_subheadings_anchor_id_is_not_read_as_a_class() {
        for heading in [
            "<h3><span id=\"Pools_side_by_side\">Pools side by side</span></h3>",
            "<h3 id=\"pools-side-by-side\">Pools side by side</h3>",
        ] {
            let html = format!(
                "<html><body><article><h1>Town pool to close</h1><div class=\"body\">{}{heading}{}\
                 </div></article></body></html>",
                as_paragraphs(POOL_STORY),
                as_paragraphs(POOL_STORY_GOES_ON),
            );
            let body = html_body(&html);
            assert!(body.contains("Pools side by side"), "{body}");
        }
    }

    /// A "Leave a comment" button among the paragraphs, in their
    /// container, does not end the article; comments in a container of
    /// their own do.
    #[test]
    fn a_comment_button_among_the_paragraphs_does_not_end_the_article() {
        let html = format!(
            "<html><body><article><h1>Town pool to close</h1><div class=\"body\">{}\
             <p class=\"button-wrapper\"><a href=\"/comments\">Leave a comment</a></p>{}\
             </div></article></body></html>",
            as_paragraphs(POOL_STORY),
            as_paragraphs(POOL_STORY_GOES_ON),
        );
        let body = html_body(&html);
        assert!(body.contains("The mayor said the decision"), "{body}");
        assert!(!body.contains("Leave a comment"), "{body}");
        // The paragraph above may stand in a quote inside the container.
        let quoted = html
            .replacen("<p>Until then", "<blockquote><p>Until then", 1)
            .replacen("as now.</p>", "as now.</p></blockquote>", 1);
        assert_ne!(quoted, html);
        let body = html_body(&quoted);
        assert!(body.contains("The mayor said the decision"), "{body}");
        assert!(!body.contains("Leave a comment"), "{body}");
    }

    /// A stock quote's card among the paragraphs is dropped, whole, and
    /// neither its price nor its fields, over the time of quote, read as
    /// the headline and date line of another article.
    #[test]
    fn a_quote_card_among_the_paragraphs_is_dropped() {
        let page = "Harbor Mills said on Thursday that its profit for the first nine \
            months fell by a third, as the price of flour dropped faster than the cost of \
            the wheat it had bought in the spring and the power to grind it.\n\n\
            Sales fell by nine percent to 61 million euros, even though the mills ground \
            more wheat than a year earlier, because bakeries and shops paid less for every \
            tonne of flour they bought from the company.\n\n\
            \"We sell more tonnes, but at lower prices, and our costs have not fallen as \
            fast,\" the chief executive told analysts on a call, adding that the worst for \
            margins was probably over and that exports would carry the year.\n\n\
            Sales abroad were the only part of the business that grew. The company now \
            sends flour to four neighbouring countries, and it expects those sales to make \
            up a third of its revenue next year, up from a quarter this year.\n\n\
            Harbor Mills plc (HMLS)\n\
            4,18 \u{20ac} \u{25b2} 0,10 (2,45%)\n\
            Volume: 18,342 shares   Market cap: $83.6M\n\
            Dec. 2, 2026, 5:00 PM\n\n\
            The company will spend 14 million euros next year on a new milling line and \
            solar panels on the roofs of its warehouses, with a bank loan for most of it.\n\n\
            Investors took the results calmly, and the shares rose on the day, as analysts \
            said the drop in prices had been expected since the summer.\n";
        let body = crate::clean(page, &crate::Options::default()).body();
        assert!(!body.contains("Harbor Mills plc"), "{body}");
        assert!(!body.contains("Volume"), "{body}");
        assert!(body.contains("Investors took the results calmly"), "{body}");
        // The change with an arrow glued to it, or over the period it
        // covers in brackets.
        for (change, name) in [
            ("\u{25b2}0,10 +2,45%", "HMLS Harbor"),
            ("+2.45% (24h)", "HMLS Harbor"),
        ] {
            let card = format!("{name}\n4,18\n{change}\nVol 18,342");
            let page = page
                .replace(
                    "Harbor Mills plc (HMLS)\n4,18 \u{20ac} \u{25b2} 0,10 (2,45%)\n",
                    &format!("{card}\n"),
                )
                .replace(
                    "Volume: 18,342 shares   Market cap: $83.6M\nDec. 2, 2026, 5:00 PM\n",
                    "",
                );
            let body = crate::clean(&page, &crate::Options::default()).body();
            assert!(!body.contains("HMLS Harbor"), "{change}: {body}");
            assert!(!body.contains("Vol 18,342"), "{change}: {body}");
            assert!(body.contains("Investors took the results calmly"), "{body}");
        }
    }

    /// A player's cards among the paragraphs, each a title and a
    /// description over a running time, are dropped, and the playlist's
    /// "Up next" does not end the article.
    /// A live report printed without blank lines sets each update's time
    /// right under the last paragraph of the one before: times and
    /// paragraphs in turn, not video cards over their running times.
    #[test]
    fn times_between_updates_printed_line_under_line_are_no_video_cards() {
        let page = "Live: sandstorm closes the northern roads\n\n\
             10:05\n\
             Civil defence teams have answered 46 calls since dawn, most of them from drivers \
             stranded on the motorway, and no one has been badly hurt so far.\n\
             \"We ask everyone to stay at home until the air clears,\" a spokesman said.\n\
             09:30\n\
             The aviation authority has stopped all flights to and from the northern airport \
             until six this evening, and asked passengers to call their airlines.\n\
             09:00\n\
             Police have closed the coast road between the port and the big bridge, and the \
             ring road towards the airport, because drivers cannot see the road.\n\n\
             Share this page\n";
        let body = crate::clean(page, &crate::Options::default()).body();
        assert!(body.contains("no one has been badly hurt"), "{body}");
        assert!(body.contains("stay at home until the air clears"), "{body}");
    }

    #[test]
    fn video_cards_and_their_playlist_do_not_part_the_article() {
        let page = format!(
            "{POOL_STORY}\nNow playing\n\nPool closing vote\nThe council explains why the old \
             pool must close at the end of the summer.\n2:31\n\nUp next\n\nLibrary pool plans\n\
             What the new pool beside the library will look like when it opens.\n1:58\n\n\
             {POOL_STORY_GOES_ON}"
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(!body.contains("The council explains"), "{body}");
        assert!(!body.contains("will look like"), "{body}");
        assert!(body.contains("The mayor said the decision"), "{body}");
    }

    /// A video's card with its running time above the title, printed line
    /// under line down to its age, is dropped, however well its
    /// description reads; a paragraph under a bare time is not a card.
    #[test]
    fn a_video_card_under_its_running_time_is_dropped() {
        let page = format!(
            "{POOL_STORY}\nWATCH | The council on the pool's future:\n\n2:31\nPool closing vote\n\
             The council explains why the old pool must close at the end of the summer.\n\
             1 day ago\n\n{POOL_STORY_GOES_ON}"
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(!body.contains("The council explains"), "{body}");
        assert!(!body.contains("Pool closing vote"), "{body}");
        assert!(body.contains("The mayor said the decision"), "{body}");
    }

    /// Under a player's label, a card's title and description are dropped
    /// down to its running time, each a paragraph of its own.
    #[test]
    fn a_video_card_under_a_players_label_is_dropped() {
        let page = format!(
            "{POOL_STORY}\nPlay video: The council on the pool's future\n\n\
             The council on the pool's future\n\n\
             The council explains why the old pool must close at the end of the summer.\n\n\
             2:31\n\n{POOL_STORY_GOES_ON}"
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(!body.contains("The council explains"), "{body}");
        assert!(body.contains("The mayor said the decision"), "{body}");
    }

    /// A reader poll among the paragraphs is dropped, its label, question,
    /// options and buttons, and the article goes on under it.
    #[test]
    fn a_poll_among_the_paragraphs_is_dropped_and_parts_nothing() {
        let page = format!(
            "{POOL_STORY}\nREADER POLL\n\nShould the town build the new pool?\n\n( ) Yes\n\
             ( ) No\n\n[Vote]   [View results]\n\n{POOL_STORY_GOES_ON}"
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(!body.contains("Should the town"), "{body}");
        assert!(!body.contains("Yes"), "{body}");
        assert!(body.contains("The mayor said the decision"), "{body}");
    }

    /// A fact box closing the story is kept whole, though the region
    /// ends inside it; a run of labels too long for one is not.
    #[test]
    fn the_rest_of_a_closing_fact_box_is_kept() {
        let page = format!(
            "{POOL_STORY}{POOL_STORY_GOES_ON}IF YOU GO\n\
             What: The last open swim before the pool closes for good\n\
             Where: Mill Road pool\nWhen: Aug. 30, 10 a.m.\nCost: $2\n\
             Share on Facebook Share on X Email\n"
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("Cost: $2"), "{body}");
        assert!(body.contains("When: Aug. 30"), "{body}");
        assert!(!body.contains("Share"), "{body}");
    }

    /// A correction in an `<aside>` above the body is the article's; a
    /// note of another kind there is not.
    #[test]
    fn a_correction_above_the_body_is_kept() {
        for (note, kept) in [
            (
                "<strong>Correction, June 3:</strong> An earlier version of this story gave \
                 the wrong year for the pool's opening. It opened in 1961.",
                true,
            ),
            (
                "<strong>Swim times:</strong> The school pool is open from six to nine on \
                 weekday evenings since 1961.",
                false,
            ),
        ] {
            let html = format!(
                "<html><body><main><article><h1>Town pool to close</h1>\
                 <aside class=\"note\"><p>{note}</p></aside><div class=\"story\">{}{}</div>\
                 </article></main></body></html>",
                as_paragraphs(POOL_STORY),
                as_paragraphs(POOL_STORY_GOES_ON),
            );
            let body = html_body(&html);
            assert_eq!(body.contains("1961"), kept, "{body}");
        }
    }

    /// A correction under the credit line is the article's; a paragraph of
    /// another kind there is not.
    #[test]
    fn a_correction_under_the_credit_line_is_kept() {
        for (last, kept) in [
            (
                "This story has been corrected to show that the pool opened in 1961, not in 1962.",
                true,
            ),
            (
                "The pool at the school on the hill opened in 1961 and has been mended twice since.",
                false,
            ),
        ] {
            let page = format!(
                "{POOL_STORY}Press writer Dana Whitlow contributed to this report.\n{last}\n"
            );
            let body = crate::clean(&page, &crate::Options::default()).body();
            assert_eq!(body.contains("1961"), kept, "{body}");
            assert!(!body.contains("contributed"), "{body}");
        }
    }

    /// A box of odds under its title and start time, between paragraphs,
    /// is no second article: the column goes on under it, and the box's
    /// table, with an ad's notice under it, is no body.
    #[test]
    fn an_odds_box_does_not_open_another_article() {
        let column = POOL_STORY.repeat(2);
        let odds_box = "HERONS VS. LAKESHORE ODDS\nSunday, 1:10 p.m. · Cannery Park\n\
            Team        Moneyline  Total\nLakeshore   +118       O 8.5 (-110)\n\
            Ridgeport   -140       U 8.5 (-110)\nBet now\n\
            Odds provided by Kestrel Sportsbook and subject to change. 21+.\n";
        let page = format!("{column}{odds_box}{POOL_STORY_GOES_ON}");
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("far side of town"), "{body}");
        assert!(
            !body.contains("Moneyline") && !body.contains("+118"),
            "{body}"
        );
    }

    /// A chart's source line inside the article does not end it; one that
    /// closes it, with links under it, does.
    #[test]
    fn a_source_line_inside_the_article_does_not_end_it() {
        let source = "Pool visits by year\nSource: Town of Tessford leisure department\n";
        let page = format!("{POOL_STORY}{source}{POOL_STORY_GOES_ON}");
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(
            body.contains("same price as now") && body.contains("far side"),
            "{body}"
        );
        assert!(!body.contains("Source:"), "{body}");
        let page = format!("{POOL_STORY}Source: Tessford Gazette\nHome\nNews\nSport\n");
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(
            body.contains("same price as now") && !body.contains("Sport"),
            "{body}"
        );
    }

    /// A table's source line right under its rows does not end the
    /// article when one paragraph follows it.
    #[test]
    fn a_tables_source_line_does_not_end_the_article() {
        let page = "Home | News | Business\n\nTown budget: where the money goes\n\n\
            The council published its budget for next year on Tuesday, and the biggest \
            rise is in spending on roads, which grows by a fifth after two hard winters \
            left many of them broken.\n\nSpending by department, in thousands:\n\n\
            Department          This year   Next year\n\
            Roads               1,200       1,440\n\
            Schools             3,100       3,150\n\
            Parks               410         395\n\
            Libraries           220         230\n\n\
            Source: Town council\n\n\
            The treasurer said the rise in road spending would be paid for by selling the \
            old depot on Mill Lane, which has stood empty for three years, and not by \
            raising the council tax.\n\n\
            Related stories\nDepot sale approved after long debate\n\
            Mill Lane homes plan goes on show\n\nTags: Budget, Council\n";
        let body = crate::clean(page, &crate::Options::default()).body();
        assert!(body.contains("Libraries 220 230"), "{body}");
        assert!(body.contains("old depot on Mill Lane"), "{body}");
        assert!(!body.contains("Source:"), "{body}");
    }

    /// An appeal between its header and its button after the article is no
    /// body; without its button, the paragraph under a newsletter's header
    /// may be the article's last.
    #[test]
    fn an_appeal_after_the_article_is_dropped() {
        let appeal = "Support student journalism\nOur reporters have covered this town for a \
            century, and we ask readers who can afford it to help us keep going for \
            another hundred years of stories.
";
        for (button, kept) in [("Donate to the Gazette\n", false), ("", true)] {
            let page = format!("{POOL_STORY}{appeal}{button}");
            let body = crate::clean(&page, &crate::Options::default()).body();
            assert!(body.contains("same price as now"), "{body}");
            assert_eq!(body.contains("Our reporters"), kept, "{body}");
        }
    }

    /// A company's description of itself closes a press release; a
    /// closing sentence about the company in other words is the story's.
    #[test]
    fn a_company_describing_itself_after_the_release_is_dropped() {
        let release = "Varden Foods said on Monday that it would open a second bakery in \
            the town next spring, adding 140 jobs to the 300 at its first site.\n\
            The new bakery will make bread for the supermarkets of the region, which \
            Varden Foods now supplies from a plant two hundred miles away.\n\
            The company's founder said the town had been good to the business and that \
            the second site would let it bake closer to the shops it serves.\n";
        for (last, kept) in [
            (
                "Varden Foods is a leading provider of baked goods to retailers, \
                 headquartered in Tessford and employing 2,000 people.",
                false,
            ),
            (
                "Varden Foods is a family business that still bakes its loaves by hand, \
                 as it did when it opened on the high street.",
                true,
            ),
        ] {
            let page = format!("{release}{last}\n");
            let body = crate::clean(&page, &crate::Options::default()).body();
            assert!(body.contains("second bakery"), "{body}");
            assert_eq!(
                body.contains("by hand") || body.contains("provider"),
                kept,
                "{body}"
            );
        }
    }

    /// A staff list after the article ends it, and the appeal under it is
    /// no body; a list of people the article introduces, or names in its
    /// paragraphs, is the article's.
    #[test]
    fn a_staff_list_ends_the_article() {
        let names =
            "Editorial\nDana Whitlow\nOwen Brackley\nLena Marsh\nCarla Whitsett\nNadia Ferrow\n";
        let appeal = "Our reporters have covered this town for a century, and the work \
            is far from free to produce, so we ask readers who can afford it to help us \
            keep going for another hundred years of stories.\n";
        let page = format!("{POOL_STORY}{names}{appeal}");
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("same price as now"), "{body}");
        assert!(!body.contains("Lena Marsh"), "{body}");
        assert!(!body.contains("Our reporters"), "{body}");
        let introduced = format!(
            "{POOL_STORY}The lifeguards who will move to the school:\n{}{appeal}",
            &names[10..]
        );
        let body = crate::clean(&introduced, &crate::Options::default()).body();
        assert!(body.contains("Our reporters"), "{body}");
        // A bulleted list that a line introduces, its first items no names.
        let bulleted: String = ["École du Lac", "Ferme des Prés"]
            .iter()
            .chain(&names.lines().skip(1).collect::<Vec<_>>())
            .map(|item| format!("  • {item}\n"))
            .collect();
        let listed =
            format!("{POOL_STORY}The lifeguards will move to these places:\n{bulleted}\n{appeal}");
        let body = crate::clean(&listed, &crate::Options::default()).body();
        assert!(body.contains("Our reporters"), "{body}");
        let named = format!(
            "{POOL_STORY}Lena Marsh, who has been the head lifeguard at the old pool for \
             twenty years, will move to the school on the hill to train its staff.\n{names}{appeal}"
        );
        let body = crate::clean(&named, &crate::Options::default()).body();
        assert!(body.contains("Our reporters"), "{body}");
    }

    /// A squad under a short header, its people named in the paragraphs,
    /// is the article's list, and the article goes on below it.
    #[test]
    fn a_bulleted_list_of_the_articles_people_is_kept() {
        let story = "The Drovers open their season at home on Friday night against the \
            side that knocked them out last summer.\n\
            Captain Tom Harker said the squad had more options with the bat than a year \
            ago, and the fast bowler Dayne Mercer is fit to play.\n\
            The club expects a full house under the lights for the first time since \
            the new stand was opened in the spring.\n";
        let squad: String = [
            "Tom Harker (captain)",
            "Luca Brennan",
            "Sid Patel",
            "Alfie Marsh (wk)",
            "Dayne Mercer",
            "Ollie Tranter",
        ]
        .iter()
        .map(|name| format!("  • {name}\n"))
        .collect();
        let after = "Gates open at half past four and the first ball is at half past six, \
            and supporters are reminded that the ground takes no cash at the bars.\n";
        let page = format!("{story}Dunmore squad\n{squad}{after}");
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("Luca Brennan"), "{body}");
        assert!(body.contains("Gates open"), "{body}");
    }

    /// A related label of up to 12 words heads the list under it when it
    /// ends with a colon, or stands above a numbered or bulleted list.
    #[test]
    fn long_related_labels_head_the_lists_under_them() {
        for (page, dropped) in [
            (
                format!(
                    "{POOL_STORY}Related coverage from our Weekend Guide to Town Life:\n\
                     How to find a swimming club that takes beginners at any age\n\
                     Where to take the children when it rains all weekend in town\n\
                     What the new library will offer when its doors open next year\n"
                ),
                "swimming club",
            ),
            (
                format!(
                    "More on the Weekend Guide to Town Life\n\
                     1. How to Find a Swimming Club That Takes Beginners at Any Age\n\
                     2. Where to Take the Children When It Rains All Weekend\n\
                     3. What the New Library Will Offer When Its Doors Open\n\
                     {POOL_STORY}"
                ),
                "Swimming Club",
            ),
            (
                format!(
                    "{POOL_STORY}Next Up In Town Life & Leisure\n\
                     \x20 • A clever new way for the town to pay for its next pool\n\
                     \x20 • How the library plans to win back its readers this winter\n\
                     \x20 • These neighbours are going after the loudest leaf blowers in town\n"
                ),
                "leaf blowers",
            ),
        ] {
            let body = crate::clean(&page, &crate::Options::default()).body();
            assert!(body.contains("same price as now."), "{body}");
            assert!(!body.contains(dropped), "{body}");
        }
    }

    #[test]
    fn list_marks_drawn_by_the_browser_are_dropped_and_written_ones_kept() {
        let page = format!(
            "{POOL_STORY}To swim at the school pool:\n\
             \x20 1. Book a lane at the town hall a day ahead.\n\
             \x20 2. Bring your card and a towel.\n\
             \x20 • Swim caps are sold at the door.\n\
             3. Questions the council did not answer\n\
             – Ada Quill, a swimmer since childhood\n\
             Nobody said when the old pool would be pulled down, or what would \
             be built where it stands.\n"
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("\nBook a lane at the town hall"), "{body}");
        assert!(body.contains("\nBring your card and a towel."), "{body}");
        assert!(body.contains("\nSwim caps are sold"), "{body}");
        // A number or a dash at the line's start is the text's own.
        assert!(body.contains("\n3. Questions the council"), "{body}");
        assert!(body.contains("\n– Ada Quill, a swimmer"), "{body}");
    }

    #[test]
    fn the_tenth_drawn_number_is_the_lists_though_it_has_no_indent() {
        // Drawn numbers are right-aligned: " 9." has an indent, "10." none.
        let items: String = (1..=11)
            .map(|n| format!("{n:>2}. Runner number {n} of the town club, 2:1{n}\n"))
            .collect();
        let page = format!("{POOL_STORY}The first eleven home:\n{items}");
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("\nRunner number 9 of"), "{body}");
        assert!(body.contains("\nRunner number 10 of"), "{body}");
        assert!(body.contains("\nRunner number 11 of"), "{body}");
    }

    #[test]
    fn minutes_of_a_match_head_a_live_commentarys_updates() {
        for text in [
            "67'", "45+2'", "90+5’", "90.+3'", "HT", "FT", "120'", "min. 58", "min 90+4",
            "58. Min.",
        ] {
            assert!(is_match_minute(text), "{text}");
        }
        for text in [
            "67",
            "Fenner 17'",
            "1234'",
            "'",
            "45+'",
            "ft",
            "rock 'n'",
            "min. 5 km",
        ] {
            assert!(!is_match_minute(text), "{text}");
        }
        let updates = [
            (
                "71'",
                "Brackenford are throwing everything forward now, and the corner is headed against the bar by the centre-back.",
            ),
            (
                "67'",
                "Goal for Ellersby, as the striker makes no mistake from the penalty spot and sends the keeper the wrong way.",
            ),
            (
                "55'",
                "The keeper makes a fine save to deny the striker, diving low to his left to turn the shot around the post.",
            ),
            (
                "46'",
                "The second half is under way at Quarry Lane, with no changes for either side after a lively first half.",
            ),
        ];
        let page: String = updates
            .iter()
            .map(|(minute, text)| format!("{minute}\n\n{text}\n\n"))
            .collect();
        let body =
            crate::clean(&format!("{POOL_STORY}\n{page}"), &crate::Options::default()).body();
        assert!(body.contains("\n55'\n"), "{body}");
        // In a live report, a short update under its time is no break, and
        // its time heads it too.
        let short = page.replace("71'\n\n", "72'\n\nA booking.\n\n71'\n\n");
        let body = crate::clean(
            &format!("{POOL_STORY}\n{short}"),
            &crate::Options::default(),
        )
        .body();
        assert!(body.contains("\n72'\nA booking.\n71'\n"), "{body}");
    }

    #[test]
    fn a_time_heads_its_update_above_the_updates_title() {
        let updates = [
            ("16:12", "Trees down on the coast road", POOL_STORY_GOES_ON),
            ("15:44", "Ferries stay in port", MILL_STORY_GOES_ON),
            ("15:10", "Schools close early", POOL_STORY_GOES_ON),
        ];
        let page: String = updates
            .iter()
            .map(|(time, title, text)| format!("{time}\n\n{title}\n\n{text}\n"))
            .collect();
        let body = crate::clean(
            &format!("{}\n{page}", POOL_STORY.replace('\n', "\n\n")),
            &crate::Options::default(),
        )
        .body();
        assert!(body.contains("\n15:44\n"), "{body}");
        assert!(body.contains("Ferries stay in port"), "{body}");
    }

    /// An update printed line under line under its time, down to an
    /// embedded post's dated signature, is the report's, not a video's
    /// card under its running time.
    #[test]
    fn an_update_ending_in_a_dated_post_is_no_video_card() {
        let updates = [
            ("16:12", "Trees down on the coast road", POOL_STORY_GOES_ON),
            ("15:44", "Ferries stay in port", MILL_STORY_GOES_ON),
            ("15:10", "Schools close early", POOL_STORY_GOES_ON),
        ];
        let mut page: String = updates
            .iter()
            .map(|(time, title, text)| format!("{time}\n{title}\n{text}\n"))
            .collect();
        page.push_str(
            "14:55\nPolice warn against walks in the woods\n\
             The police asked people to stay out of the woods and parks for the rest of \
             the day, and wrote on X:\n\
             Please stay out of the woods today. Falling branches can kill.\n\
             — Harbour Police (@harbour_police) 10 February 2026\n\n",
        );
        let body = crate::clean(
            &format!("{}\n{page}", POOL_STORY.replace('\n', "\n\n")),
            &crate::Options::default(),
        )
        .body();
        assert!(body.contains("\n14:55\n"), "{body}");
        assert!(body.contains("Police warn against walks"), "{body}");
        assert!(body.contains("wrote on X:"), "{body}");
    }

    /// The newest update opens the report right under the headline: its
    /// time, written with a full stop, and its title are kept, and the
    /// headline above them is still the title.
    #[test]
    fn the_first_updates_dotted_time_and_title_are_kept_under_the_headline() {
        let updates = [
            ("16.12 GMT", "Coast road shut after storm", POOL_STORY),
            ("15.44 GMT", "Ferries stay in port", MILL_STORY_GOES_ON),
            ("15.10 GMT", "Schools close early", POOL_STORY_GOES_ON),
        ];
        let page: String = updates
            .iter()
            .map(|(time, title, text)| {
                format!("{time}\n\n{title}\n\n{}\n", text.replace('\n', "\n\n"))
            })
            .collect();
        let page =
            format!("Storm closes the coast road and keeps the ferries in port: live\n\n{page}");
        let cleaned = crate::clean(&page, &crate::Options::default());
        let body = cleaned.body();
        assert!(
            body.starts_with("16.12 GMT\nCoast road shut after storm\n"),
            "{body}"
        );
        assert!(body.contains("\n15.44 GMT\n"), "{body}");
        assert_eq!(
            cleaned.title.as_deref(),
            Some("Storm closes the coast road and keeps the ferries in port: live")
        );
    }

    #[test]
    fn clock_times_are_only_times_of_day() {
        for text in [
            "10 p.m.",
            "4:14 PM EST",
            "14:05",
            "9 AM",
            " 11:30 a.m. ",
            "7pm",
            "14.32 Uhr",
            "16.40 GMT",
            "Dinsdag, 14:52",
            "Tue, 9:30 am",
        ] {
            assert!(is_clock_time(text), "{text}");
        }
        for text in [
            "10",
            "2019",
            "Nov. 19, 2019",
            "10 people",
            "4:14 PM, said the clerk",
            "9 amps",
            "12:3",
            "10 p.m.EST",
            "14.32",
            "1.50 m",
            "Dinsdag, 14.32",
            "Tuesday",
            "Room 12:30",
            "Updated 11:05 AM",
        ] {
            assert!(!is_clock_time(text), "{text}");
        }
    }

    #[test]
    fn a_header_without_a_colon_brings_a_list_of_labelled_items() {
        let article = "The band will go back on the road next summer for its first tour in \
                       six years, the singer said on Monday night after the show.\n\
                       Tickets go on sale on Friday, and the band said more dates would \
                       follow once the European leg of the tour is settled.\n";
        let dates = "The Band's Tour Dates\n\
                     June 9 – Kessling, NY @ Harbor Amphitheatre\n\
                     June 12 – Brandvik, PA @ Old Mill Arena\n\
                     June 15 – Haldane, OH @ Riverside Park\n\
                     June 19 – Carrow, IN @ Lakeside Pavilion\n\
                     June 22 – Fenwick, IL @ Union Hall\n";
        let options = crate::Options::default();
        let body = crate::clean(&format!("{article}\n{dates}"), &options).body();
        assert!(body.contains("The Band's Tour Dates"), "{body}");
        assert!(body.contains("June 22 – Fenwick, IL"), "{body}");
        // Headlines under a plain header are other stories.
        let headlines = "Latest from the tour desk\n\
                         Singer cancels two shows after losing her voice\n\
                         Festival adds a third stage for its tenth year\n\
                         Drummer opens a school for young players\n\
                         Old arena to close after last concert in June\n\
                         Ticket prices rise again as demand grows\n";
        let body = crate::clean(&format!("{article}\n{headlines}"), &options).body();
        assert!(!body.contains("Drummer opens"), "{body}");
    }

    /// Line-ups under a plain header ("The teams") are labelled items
    /// however long their lists of names; the article goes on below.
    #[test]
    fn line_ups_under_a_plain_header_are_kept() {
        let side = |first: u32| -> String {
            let names = ["Ben Tregear", "Will Hocking", "Mikey Dunstan", "Sione Lato"];
            (0..15)
                .map(|k| format!("{} {}", first - k, names[k as usize % names.len()]))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let page = format!(
            "Home | Rugby\n\nSaltcombe v Penhallow preview\n\n\
             Jack Trevail will start his first game for Saltcombe in two months when they \
             meet Penhallow on Saturday, after the club's medical staff cleared his knee.\n\n\
             Penhallow arrive in second place and in good form, with four wins in a row, \
             and their coach said her side would not be distracted by the cup.\n\n\
             The teams\n\nSaltcombe: {}\nReplacements: {}\nPenhallow: {}\n\
             Replacements: {}\nReferee: Helen Marsden (RFU)\n\nVerdict\n\n\
             Penhallow have the more dangerous back three and the better recent form, but \
             Saltcombe have not lost at home to them in six years and should edge a close one.\n\n\
             Share this article\n",
            side(15),
            side(30),
            side(15),
            side(30)
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("Referee: Helen Marsden"), "{body}");
        assert!(body.contains("should edge a close one"), "{body}");
    }

    #[test]
    fn comments_under_a_titled_header_are_cut_off_however_long() {
        let article = format!(
            "{POOL_STORY}\
             The swimming club, which has trained there since the pool opened, said it \
             would hold its races at the school until the new pool is ready, and that its \
             members were sad to see the old one go.\n\
             The building itself will be kept, the mayor said, and may become a hall for \
             the town's clubs once the pool has been filled in.\n"
        );
        let comments: String = ["Anna", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gus", "Hal"]
            .iter()
            .enumerate()
            .map(|(n, name)| {
                format!(
                    "{name} here: I have swum in that pool every morning for {} years, and I \
                     think the council should have found the money to mend it long ago, \
                     before the cracks grew so wide that nothing could be done at all.\n",
                    n + 3
                )
            })
            .collect();
        let text =
            format!("{article}3 thoughts on “Council votes to close the old pool”\n{comments}");
        let body = crate::clean(&text, &crate::Options::default()).body();
        assert!(body.contains("funding comes through"), "{body}");
        assert!(!body.contains("every morning"), "{body}");
    }

    #[test]
    fn a_subheading_named_like_comments_over_its_own_paragraph_stays_in_the_article() {
        let article = "The state has fined a dairy plant $475,000 for a discharge that \
                       killed thousands of fish in a trout stream last summer, the \
                       environment department said on Tuesday.\n\
                       Under the agreement, the company must also pay for work on the \
                       stream's banks and for three years of restocking with brook trout \
                       raised from the stream's own wild fish.\n\
                       The town's chair said residents had waited a long time for the \
                       agreement and wanted to see the creek come back.\n";
        let section = "Public comment\n\
                       The agreement is open for public comment for 30 days, and the \
                       department will hold a meeting on the restoration plan at the \
                       town hall later this month.\n\
                       Comments may be sent by email or by mail to the regional office \
                       before the end of the period.\n";
        let text = format!("{article}{section}Share this page: Facebook X Email\n");
        let body = crate::clean(&text, &crate::Options::default()).body();
        assert!(body.contains("regional office"), "{body}");
        assert!(body.contains("killed thousands of fish"), "{body}");
        assert!(body.lines().any(|l| l == "Public comment"), "{body}");
    }

    /// A repair guide's steps, each under an "Add a comment" link.
    fn guide_with_a_comments_link_per_step() -> String {
        [
            "Turn both shutoff valves under the sink clockwise until they stop, \
             then open the faucet to drain the pressure from the lines.",
            "Pry off the decorative cap on the side of the handle with a small \
             flat screwdriver and lift the handle straight up.",
            "Unscrew the dome cap by hand, then loosen the brass retaining nut \
             with the adjustable wrench until it turns freely.",
            "Grip the stem of the old cartridge with the pliers and pull it \
             straight up, noting which way the tab on its side faces.",
        ]
        .iter()
        .map(|step| format!("{step}\nAdd a comment\n"))
        .collect()
    }

    #[test]
    fn a_comments_link_under_every_step_does_not_end_the_guide() {
        let guide = guide_with_a_comments_link_per_step();
        let body = crate::clean(&guide, &crate::Options::default()).body();
        assert!(body.contains("noting which way the tab"), "{body}");
        assert!(body.contains("Turn both shutoff valves"), "{body}");
        assert!(!body.contains("Add a comment"), "{body}");
    }

    #[test]
    fn the_form_a_comments_link_opens_under_a_step_does_not_end_the_guide() {
        let guide = guide_with_a_comments_link_per_step().replacen(
            "Add a comment\n",
            "Add a comment\nCancel\nPost comment\n",
            1,
        );
        let body = crate::clean(&guide, &crate::Options::default()).body();
        assert!(body.contains("noting which way the tab"), "{body}");
        assert!(body.contains("Turn both shutoff valves"), "{body}");
        assert!(!body.contains("Post comment"), "{body}");
    }

    /// The short sentence right above a closing credit ends the article,
    /// however poorly it reads; in print the credit stands under it.
    #[test]
    fn the_sentence_above_a_closing_credit_is_the_last_paragraph() {
        let page = format!(
            "{SHORT_BRIDGE_STORY}A second meeting follows on 4 October.\n\n\
             With files from Jane Doe\n\nTags: Bridge Roads\n"
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("A second meeting"), "{body}");
        assert!(!body.contains("Jane Doe"), "{body}");
    }

    /// A post's card printed between paragraphs, its author's handle over
    /// the post and its time stamp, counts and buttons under it: its "Read
    /// 133 replies" is the post's, and the article goes on below.
    #[test]
    fn a_posts_card_between_paragraphs_does_not_end_the_article() {
        let card = "Fragline @FraglineGG · Follow\n\
                    CORVANE ARE YOUR CHAMPIONS 🏆 A clean 3-0 over Helix Order. #Masters\n\
                    11:02 PM · Mar 16, 2025\n\
                    ♥ 4.8K   ↻ 912   Reply   Copy link\n\
                    Read 133 replies";
        let body = body_around_box(card);
        assert!(body.contains("Twelve volunteers"), "{body}");
        assert!(!body.contains("Read 133"), "{body}");
    }

    /// "Ore said:" over a quotation leads into it; the article goes on
    /// below, in HTML and in scraped text alike.
    #[test]
    fn a_said_lead_in_over_a_quotation_is_the_articles() {
        let above = "Harrowgate Press has won a six-way auction for the debut novel, \
            acquiring world rights after a week of bidding that ended on Thursday.";
        let quote = "“I read the first fifty pages on a train and missed my stop. This is a \
            debut with the confidence of a fifth novel, and I knew it at once.”";
        let below = "The agent said the manuscript had drawn interest from eleven publishers \
            within days of going out on submission to editors in London.";
        let html = format!(
            "<html><body><article><h1>Debut sold</h1><p>{above}</p><p>Ore said:</p>\
             <blockquote><p>{quote}</p></blockquote><p>{below}</p></article></body></html>"
        );
        let text = format!("{above}\nOre said:\n {quote}\n{below}\n");
        for page in [html, text] {
            let body = crate::clean(&page, &crate::Options::default()).body();
            assert!(body.contains("missed my stop"), "{body}");
            assert!(body.contains("eleven publishers"), "{body}");
        }
    }

    #[test]
    fn a_short_post_above_a_long_thread_of_signed_comments_is_the_article() {
        let post = "We open this thread every quarter, so that readers can ask about \
                    our research, our grants or anything else on their minds, in the \
                    comments below.\n\
                    You can also write to us by email, and we will try to answer every \
                    question within a few days.\n";
        // Five commenters, each asking about another program.
        let comments: String = [
            ("Ana Reyes", "clean water"),
            ("Ben Cole", "school meals"),
            ("Cleo Park", "road safety"),
            ("Dev Shah", "bed nets"),
            ("Eli Moss", "seed loans"),
        ]
        .iter()
        .enumerate()
        .map(|(n, (name, program))| {
            format!(
                "{name} on March {}, 2025 at 8:14 am said:\n\
                 I have read your last report on {program} twice, and I still do not see \
                 how you weighed the costs of {program} against its benefits for families \
                 who live far from the nearest town and must travel for a day.\n\
                 Could you explain in a later post how the estimate for {program} would \
                 change if it reached only half the villages it plans to reach, as \
                 happened with the pilot that your team visited two years ago?\n",
                n + 10
            )
        })
        .collect();
        let text = format!("{post}Comments\n{comments}");
        let body = crate::clean(&text, &crate::Options::default()).body();
        assert!(body.contains("within a few days"), "{body}");
        assert!(!body.contains("read your last report"), "{body}");
    }

    #[test]
    fn a_table_in_the_article_is_kept_with_it() {
        let intro = "The club's ten-mile race on Saturday drew its biggest field yet, \
                     and the first four runners home all set personal bests.\n";
        let table = "Place    Runner    Club    Time\n\
                     Place    Runner    Club    Time\n\
                     1    Ada Brenner    Harbor Harriers    54:10\n\
                     2    Tom Ilves    Riverside RC    54:48\n\
                     3    Nia Castell    Harbor Harriers    55:02\n\
                     4    Ray Okafor    Hill Striders    55:31\n";
        let text = format!("{intro}{table}{POOL_STORY}");
        let cleaned = crate::clean(&text, &crate::Options::default());
        let body = cleaned.body();
        assert!(body.contains("personal bests"), "{body}");
        assert!(body.contains("4 Ray Okafor Hill Striders 55:31"), "{body}");
        // The header row printed twice counts once.
        assert_eq!(body.matches("Place Runner").count(), 1, "{body}");
    }

    #[test]
    fn a_checklist_under_short_subheadings_stays_in_the_article() {
        let text = "A tent rarely fails in the rain on the first night. It fails on the \
                    third, when the damp from two packed-up mornings has soaked the floor.\n\
                    Keeping it dry takes a few habits, and none of them needs new gear or \
                    more than five minutes at each camp.\n\
                    Pitching\n\
                    • Face the door away from the wind.\n\
                    • Tighten the guy lines at dusk.\n\
                    ADVERTISEMENT\n\
                    Packing\n\
                    • Shake the fly before rolling it.\n\
                    • Pack the wet fly on the outside.\n\
                    On a long trip, keep these four things at the top of the pack:\n\
                    A sponge\n\
                    Spare pegs\n\
                    A groundsheet\n\
                    Dry socks\n\
                    And if the floor gets wet anyway, dry it in the sun at lunch.\n";
        let body = crate::clean(text, &crate::Options::default()).body();
        assert!(body.contains("Pack the wet fly on the outside."), "{body}");
        assert!(body.contains("dry it in the sun at lunch"), "{body}");
        assert!(!body.contains("ADVERTISEMENT"), "{body}");
    }

    #[test]
    fn an_authors_card_after_the_article_is_dropped() {
        let card = "Share\n\
                    Dana Whitlow\n\
                    Twitter\n\
                    Dana Whitlow covers the town council and its schools for the Gazette. \
                    She joined the paper in 2019 after ten years in radio.\n";
        let body = crate::clean(&format!("{POOL_STORY}{card}"), &crate::Options::default()).body();
        assert!(body.contains("same price as now"), "{body}");
        assert!(!body.contains("covers the town council"), "{body}");
        // A list of people has many such pairs, and keeps its last person.
        let people = "Ana Ruiz\n\
                      Ana Ruiz is a teacher at the primary school on the hill, and has \
                      swum in the old pool every morning for twenty years.\n\
                      Ben Okoro\n\
                      Ben Okoro is a nurse at the hospital by the river, and taught half \
                      the town's children to swim in the old pool.\n";
        let body =
            crate::clean(&format!("{POOL_STORY}{people}"), &crate::Options::default()).body();
        assert!(body.contains("taught half"), "{body}");
        // A place's name that opens with an article names no author of a
        // paragraph opening with the same article.
        let places = "The council named the streets most at risk:\n\
                      Mill Lane\n\
                      The Crescent\n\
                      The mayor asked people living there to watch for cracks in walls \
                      and floors, and to call the council if they saw any.\n";
        let body =
            crate::clean(&format!("{POOL_STORY}{places}"), &crate::Options::default()).body();
        assert!(body.contains("watch for cracks"), "{body}");
        // Nor does a group's name that the paragraph calls "our" ...
        let group = "Patient Participation Group\n\
                     Our Patient Participation Group meets on the first Wednesday of \
                     each month. New members are always welcome.\n";
        let body = crate::clean(&format!("{POOL_STORY}{group}"), &crate::Options::default()).body();
        assert!(body.contains("New members are always welcome"), "{body}");
    }

    #[test]
    fn a_figure_printed_line_under_line_above_its_credit_is_dropped() {
        let figure = "A crowd on the quay at dawn, waiting for the first ferry of the year.\n\
                      The ferry carried more people on its first day than in all of March.\n\
                      Jane Doe/AP\n";
        let text = POOL_STORY.replace('\n', "\n\n");
        let body = crate::clean(
            &format!("{text}{figure}\n{text}"),
            &crate::Options::default(),
        )
        .body();
        assert!(body.contains("same price as now"), "{body}");
        assert!(!body.contains("waiting for the first ferry"), "{body}");
        assert!(!body.contains("all of March"), "{body}");
        // Where no blank line parts the paragraphs, the lines above a
        // credit may be the article's: they are left to the other rules.
        let body = crate::clean(
            &format!("{POOL_STORY}Jane Doe/AP\n"),
            &crate::Options::default(),
        )
        .body();
        assert!(body.contains("same price as now"), "{body}");
    }

    #[test]
    fn key_takeaways_under_the_article_are_its_own() {
        let page = format!(
            "{POOL_STORY}Key takeaways\n\
             \x20 • The old pool closes at the end of the summer because its floor and walls \
             are cracked.\n\
             \x20 • A new pool will be built beside the library within three years if the \
             funding comes through.\n\
             {POOL_STORY_GOES_ON}"
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("The old pool closes"), "{body}");
        assert!(body.contains("for buses on Saturday"), "{body}");
        // A header in another language, capitalised beyond ASCII.
        let page = page.replace("Key takeaways", "À retenir");
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("The old pool closes"), "{body}");
    }

    #[test]
    fn a_summary_box_above_the_article_repeats_it() {
        let page = format!(
            "Pool to close after 60 years\n\
             What you need to know\n\
             \x20 • The council will close the old pool at the end of the summer because its \
             floor and walls are cracked.\n\
             \x20 • A new pool will be built beside the library within three years.\n\
             \x20 • Swimmers can use the school pool in the evenings until then.\n\
             {POOL_STORY}{POOL_STORY_GOES_ON}"
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("for buses on Saturday"), "{body}");
        assert!(body.contains("The council voted on Tuesday"), "{body}");
        assert!(!body.contains("What you need to know"), "{body}");
        assert!(!body.contains("because its floor"), "{body}");
    }

    #[test]
    fn a_teaser_card_inside_the_article_starts_no_other_article() {
        let page = format!(
            "{POOL_STORY}{POOL_STORY_GOES_ON}READ NEXT\n\n\
             Swimmers queue outside the new leisure centre on its opening day in May.\n\n\
             LOCAL\n\n\
             Leisure centre opens after a two-year rebuild\n\n\
             June 1, 2025 5:00 AM\n\n\
             The pool opened in 1965 and has taught three generations of the town's \
             children to swim, and its last season will end with a free open day.\n\
             Former lifeguards have been invited to the open day, and the swimming clubs \
             will hold a last race in the old pool on the final Sunday of August.\n\
             READ NEXT\n\n\
             Swimming clubs look for a new home\n"
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("a last race in the old pool"), "{body}");
        assert!(!body.contains("two-year rebuild"), "{body}");
    }

    #[test]
    fn a_question_under_a_box_of_headlines_is_the_articles_subheading() {
        let page = format!(
            "{POOL_STORY}Related stories\n\n\
             Council votes to close the pool after 60 years\n\
             Opinion: The town needs a pool, not a car park\n\n\
             What happens next?\n\n\
             {POOL_STORY_GOES_ON}"
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("What happens next?"), "{body}");
        assert!(!body.contains("not a car park"), "{body}");
    }

    #[test]
    fn a_photo_description_over_a_summary_box_is_not_the_article() {
        let page = format!(
            "Pool to close after 60 years\n\
             A lifeguard sits on an empty chair beside the cracked pool on a grey morning.\n\
             Key points:\n\
             \x20 • The old pool will close at the end of the summer\n\
             \x20 • A new pool will be built beside the library within three years\n\
             {POOL_STORY}{POOL_STORY_GOES_ON}"
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("The council voted on Tuesday"), "{body}");
        assert!(!body.contains("built beside the library within"), "{body}");
    }

    #[test]
    fn a_boxs_title_over_a_signup_prompt_is_the_boxs() {
        let page = format!(
            "{POOL_STORY}Pool Notes\n\
             Get the week's news from the leisure centre delivered to your inbox.\n\
             {POOL_STORY_GOES_ON}"
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("for buses on Saturday"), "{body}");
        assert!(!body.contains("Pool Notes"), "{body}");
    }

    #[test]
    fn a_button_with_a_days_word_under_a_box_starts_no_article() {
        let page = format!(
            "{POOL_STORY}{POOL_STORY_GOES_ON}The leisure committee will report to the \
             council in October on the cost of running the school pool for longer hours, \
             and on whether the bus company can add a Saturday service.\n\
             Swim Club Card\n\
             Save on every swim at the school pool with a card from the leisure centre, \
             from £5 a month.\n\
             Join today\n\
             The old pool's last day will be the final Sunday of August, with free entry \
             for children and a party on the lawn in the afternoon.\n\
             The council will decide in the autumn what to build where the old pool \
             stands, and has asked the town's residents to send in their ideas.\n"
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("last day will be"), "{body}");
    }

    #[test]
    fn a_chart_printed_as_lines_goes_with_its_credit() {
        let page = format!(
            "{POOL_STORY}\nVisits to the old pool\n\nSwims a year, in thousands\n\n\
             ━ Adults ━ Children\n\n2019   2020   2021\n\n41   12   30\n\n\
             Note: The pool was shut for four months in 2020.\n\n\
             Chart: Ada Quill / The Ledger • Source: Town council\n\n{POOL_STORY_GOES_ON}"
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("The mayor said the decision"), "{body}");
        for line in [
            "Visits to the old pool",
            "Swims a year",
            "Adults",
            "2020",
            "Note:",
        ] {
            assert!(!body.contains(line), "{line}: {body}");
        }
    }

    #[test]
    fn a_box_of_headlines_over_a_short_sentence_is_inside_the_article() {
        let story: Vec<&str> = POOL_STORY
            .lines()
            .chain(POOL_STORY_GOES_ON.lines())
            .collect();
        let trending = "Trending\n\n  \
                        1. Fenwick Falls moves to every-other-week garbage pickup this spring\n  \
                        2. Two people taken to hospital after crash on Highway 41\n  \
                        3. Former Sentinel sports editor dies at 81";
        let page = format!(
            "{}\n\n{}\n\n{trending}\n\n{}\n\nNot everyone on the council was convinced.\n\n{}\n",
            story[0], story[1], story[2], story[3]
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("The council voted"), "{body}");
        assert!(body.contains("The mayor said"), "{body}");
        assert!(!body.contains("Highway 41"), "{body}");
    }

    #[test]
    fn a_source_under_a_figures_caption_does_not_end_the_article() {
        let page = format!(
            "{POOL_STORY}\nFigure 1: Swims a year at the old pool, in thousands, 2015 to 2025\n\
             Source: Town council leisure survey\nDownload this chart Image .csv\n\n\
             Notes for: Swims\n\n{POOL_STORY_GOES_ON}"
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("The mayor said the decision"), "{body}");
        assert!(body.contains("The council voted"), "{body}");
        assert!(!body.contains("Source: Town council"), "{body}");
    }

    #[test]
    fn a_list_above_a_chart_stays_the_articles() {
        let list = "The council's figures for the year:\n\n  \
                    • Swims down by a third since the roof was closed\n  \
                    • Repairs to the basin priced at two million pounds\n  \
                    • Running costs up by forty per cent in three years\n\n";
        let chart = "Visits to the old pool\n\n■ Adults   ■ Children\n\n2019   2020   2021\n\n\
                     Chart: Ada Quill / The Ledger • Source: Town council\n\n";
        let page = format!("{POOL_STORY}\n{list}{chart}{POOL_STORY_GOES_ON}");
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("Repairs to the basin priced"), "{body}");
        assert!(!body.contains("Visits to the old pool"), "{body}");
    }

    #[test]
    fn a_figure_above_a_credit_line_or_a_credited_caption_is_dropped() {
        let text = POOL_STORY.replace('\n', "\n\n");
        for figure in [
            "Swimmers wait at the edge of the old pool on its last morning\n\
             Swimmers wait at the edge of the pool on the last morning of the season.\n\
             Illustration by Jane Doe\n",
            "Swimmers wait at the edge of the old pool on its last morning\n\
             Swimmers wait at the edge of the pool on the last morning of the season. \
             Photo by Jane Doe/Town Life\n",
        ] {
            let body = crate::clean(
                &format!("{text}{figure}\n{text}"),
                &crate::Options::default(),
            )
            .body();
            assert!(body.contains("same price as now"), "{body}");
            assert!(!body.contains("Swimmers wait"), "{body}");
        }
        // A list item that opens with "Photos:" is a gallery's teaser, not
        // the credit of the items above it.
        let teasers = concat!(
            "Most Popular\n\n  • The new library opens on Monday\n",
            "  • Photos: the town's pools through the years\n"
        );
        let options = crate::Options {
            explain: true,
            ..Default::default()
        };
        let page = crate::clean(&format!("{text}{teasers}"), &options);
        let teaser = page
            .blocks
            .iter()
            .find(|b| b.text.contains("library opens"));
        assert_eq!(teaser.map(|b| b.decision), Some("boilerplate by score"));
    }

    #[test]
    fn a_card_printed_as_one_run_of_lines_is_dropped_with_its_summary() {
        let body_around = |card: &str| {
            let page = format!(
                "The old pool will close\n\n{}{card}\n\n{}",
                POOL_STORY.replace('\n', "\n\n"),
                POOL_STORY_GOES_ON.replace('\n', "\n\n"),
            );
            let body = crate::clean(&page, &crate::Options::default()).body();
            assert!(body.contains("buses on Saturday"), "{body}");
            body
        };
        let body = body_around(
            "Related\n\
             Library extension overspent its budget for the third straight year\n\
             The county added $2 million to the plan on Monday, more than the town asked for.\n\
             Jan. 9, 2025",
        );
        assert!(!body.contains("third straight year"), "{body}");
        assert!(!body.contains("The county added"), "{body}");
        // The card's last headline, short as it is, is no subheading.
        let body = body_around(
            "Read also\n\
             Library extension overspent its budget for the third straight year\n\
             Empty shops: how the town counts them",
        );
        assert!(!body.contains("Empty shops"), "{body}");
    }

    #[test]
    fn a_bio_of_the_name_over_the_date_line_is_dropped() {
        let page = format!(
            "Town Life\n\nThe old pool will close\n\nDana Whitlock\nThe Harlan Ledger\n\
             Published 7:42 p.m. March 11, 2025\n\n{}\nDana Whitlock covers city hall for \
             the Ledger. Reach her at dwhitlock@ledger.example.\n",
            POOL_STORY.replace('\n', "\n\n")
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("same price as now"), "{body}");
        assert!(!body.contains("covers city hall"), "{body}");
        // With no date line under it, the name may be anyone's.
        let undated = page.replace("Published 7:42 p.m. March 11, 2025\n", "");
        let body = crate::clean(&undated, &crate::Options::default()).body();
        assert!(body.contains("covers city hall"), "{body}");
    }

    #[test]
    fn the_authors_bio_after_the_article_is_dropped() {
        let page = format!(
            "Town Life\n\nThe old pool will close\n\nBy Dana Whitlock, Contributor\n\n\
             {}\nDana Whitlock is a professor of education at the state university.\n",
            POOL_STORY.replace('\n', "\n\n")
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("same price as now"), "{body}");
        assert!(!body.contains("professor"), "{body}");
        // Named in the last paragraph, but not as the sentence's subject.
        let page = page.replace(
            "Dana Whitlock is",
            "Dana Whitlock, the town's historian, said it is",
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("professor"), "{body}");
        // A bio box's name heading glued to its text.
        let glued = page.replace(
            "Dana Whitlock, the town's historian, said it is",
            "Dana Whitlock Dana is",
        );
        let body = crate::clean(&glued, &crate::Options::default()).body();
        assert!(!body.contains("professor"), "{body}");
        // A sponsor's line under the bio goes with it.
        let sponsored = format!(
            "Town Life\n\nThe old pool will close\n\nBy Dana Whitlock, Contributor\n\n\
             {}\nDana Whitlock is a professor of education at the state university.\n\n\
             This column is brought to you by Harlan Savings, serving the valley's families \
             for over thirty years.\n",
            POOL_STORY.replace('\n', "\n\n")
        );
        let body = crate::clean(&sponsored, &crate::Options::default()).body();
        assert!(body.contains("same price as now"), "{body}");
        assert!(!body.contains("professor"), "{body}");
        assert!(!body.contains("Harlan Savings"), "{body}");
        // So do the paragraphs of the site's own boxes under it.
        let boxes = sponsored.replace(
            "Dana Whitlock is",
            &format!(
                "{}\nDana Whitlock is",
                POOL_STORY_GOES_ON.replace('\n', "\n\n")
            ),
        );
        let boxes = boxes.replace(
            "This column is brought to you by",
            "In our podcast, residents talk through the changes coming to their streets, \
             and this week they visit the pool.\n\n\
             Our weekly letter brings the valley's news to readers every Friday morning, \
             with the events of the weekend.\n\nThanks to",
        );
        let body = crate::clean(&boxes, &crate::Options::default()).body();
        assert!(body.contains("same price as now"), "{body}");
        assert!(!body.contains("professor"), "{body}");
        assert!(!body.contains("podcast"), "{body}");
        // A bio under the byline opens the article, and stays.
        let opening = format!(
            "Town Life\n\nThe old pool will close\n\nBy Dana Whitlock, Contributor\n\n\
             Dana Whitlock is a professor of education at the state university.\n\n{}",
            POOL_STORY.replace('\n', "\n\n")
        );
        let body = crate::clean(&opening, &crate::Options::default()).body();
        assert!(body.contains("same price as now"), "{body}");
        assert!(body.contains("professor"), "{body}");
    }

    #[test]
    fn a_caption_shown_twice_does_not_cut_the_lead_off() {
        let lead = "A HUNTER who killed and ate a wild rabbit has been hit by the plague.\n\
                    The 55-year-old is the third resident to contract the disease, say officials.\n";
        let caption = "The city hospital in the north of the country, where infected \
                       patients were treated earlier this month";
        let gallery = format!(
            "{caption}\n6\n{caption} (Image: Getty Images)\n\
             The health board was warned about a new outbreak in the province\n6\n\
             The health board was warned about a new outbreak in the province \
             (Image: Reuters)\n"
        );
        let rest = "Health officials said that 28 people in close contact with the hunter \
                    were put in quarantine and showed no symptoms so far.\n\
                    The man told doctors he ate the rabbit meat on a trip to the north on \
                    the second day of the month, and fell ill a week later.\n\
                    He was admitted to hospital on Saturday, where he has been given \
                    several courses of treatment and is said to be stable.\n\
                    It is the most common form of plague and can spread to the lungs and \
                    blood if it is not treated with antibiotics in time.\n\
                    The confirmation comes despite an earlier statement by health officials \
                    that the risk of the disease spreading was very low.\n";
        let body = crate::clean(
            &format!("{lead}{gallery}{rest}"),
            &crate::Options::default(),
        )
        .body();
        assert!(body.contains("A HUNTER who killed"), "{body}");
        assert!(body.contains("third resident"), "{body}");
        assert!(!body.contains("city hospital"), "{body}");
        assert!(body.contains("in time."), "{body}");
    }

    #[test]
    fn a_short_credited_caption_between_paragraphs_is_dropped() {
        let page = "The health board said the risk of the disease spreading was low, \
                    and that the patients were being treated in isolation.\n\
                    A third case was confirmed on Sunday in the north of the country, \
                    where a hunter fell ill after eating the meat of a wild rabbit.\n\
                    The bacterium causes the plague (Image: GETTY)\n\
                    The disease can be treated with antibiotics if it is found early, \
                    officials said, and most of those treated recover in full.\n\
                    Those who came into close contact with the patients were given \
                    antibiotics as a precaution and will be watched for a week.\n";
        let body = crate::clean(page, &crate::Options::default()).body();
        assert!(!body.contains("GETTY"), "{body}");
        assert!(body.contains("isolation"), "{body}");
        assert!(body.contains("for a week"), "{body}");
    }

    #[test]
    fn the_article_goes_on_after_a_box_of_headlines() {
        let lead = "Health officials in the northern province confirmed a third case of the \
                    disease on Tuesday, a week after two travellers fell ill in the capital.\n\
                    The two earlier patients are being treated in hospital, and the people \
                    they met on their journey have been told to stay at home for now.\n";
        let rest = "Doctors say the illness can be treated with antibiotics if it is \
                    caught early.\n\
                    Cases still turn up each year in farming areas where rodents carry the fleas.\n";
        let options = crate::Options::default();
        let boxed = "DON'T MISS\n\
                     Fever warning: officials name eight diseases to watch [LATEST]\n\
                     Travellers kept in quarantine after outbreak on cruise ship [NEWS]\n";
        let body = crate::clean(&format!("{lead}{boxed}{rest}"), &options).body();
        assert!(body.contains("rodents carry the fleas"), "{body}");
        assert!(!body.contains("DON'T MISS"), "{body}");
        // One short headline, on the line under the header, takes the
        // header's kind but ends nothing.
        let single = "Related\nA village where only the pensioners stayed behind\n";
        let body = crate::clean(&format!("{lead}{single}{rest}"), &options).body();
        assert!(body.contains("rodents carry the fleas"), "{body}");
        assert!(!body.contains("pensioners"), "{body}");
        // Paragraphs a blank line apart: one long headline without a
        // sentence's end under the header, or headlines printed line under
        // line, and the article goes on, under a subheading too.
        let spaced = |text: &str| text.replace('\n', "\n\n");
        let (lead, rest) = (spaced(lead), spaced(rest));
        let lone = "Read also\n\nA village where only the pensioners stayed behind when the \
                    mine closed for good\n\n";
        let body = crate::clean(&format!("{lead}{lone}{rest}"), &options).body();
        assert!(body.contains("rodents carry the fleas"), "{body}");
        assert!(!body.contains("pensioners"), "{body}");
        // Under the one headline, a blank line apart, a plain line of two
        // words is the article's subheading, however low it scores.
        let text = format!(
            "{lead}{lone}Faster tests\n\n{rest}{}",
            spaced(POOL_STORY_GOES_ON)
        );
        let body = crate::clean(&text, &options).body();
        assert!(body.contains("Faster tests"), "{body}");
        assert!(!body.contains("pensioners"), "{body}");
        // A photo's caption, printed twice, may stand between the
        // paragraphs under the box.
        let caption = "A nurse checks a patient at the provincial hospital. (Photo: Ana Ruiz)\n\n";
        let (first, second) = rest.split_once("\n\n").unwrap();
        let more = spaced(POOL_STORY_GOES_ON);
        let text = format!(
            "{lead}{lone}{first}\n\n{caption}{caption}Where cases turn up\n\n{second}{more}"
        );
        let body = crate::clean(&text, &options).body();
        assert!(body.contains("rodents carry the fleas"), "{body}");
        assert!(!body.contains("pensioners"), "{body}");
        let run = "RELATED STORIES\n\n\
                   The metro will close four stations on the third line this weekend, and \
                   these are the other ways\n\
                   Will the smog alert apply on Thursday? Here is what we know so far\n\
                   Weather: winds of up to 60 km/h and falling ash are forecast\n\n";
        let rest = rest.replacen("\n\n", "\n\nWhere cases turn up\n\n", 1);
        let body = crate::clean(&format!("{lead}{run}{rest}{more}"), &options).body();
        assert!(body.contains("rodents carry the fleas"), "{body}");
        assert!(!body.contains("smog alert"), "{body}");
        // Under bulleted headlines, a subheading however low it scores.
        let bulleted = "Read also\n\n\
                        \x20 • Fever warning: officials name eight diseases to watch\n\
                        \x20 • Travellers kept in quarantine after outbreak on cruise ship\n\n\
                        Rodents, fleas, farms\n\n";
        let body = crate::clean(&format!("{lead}{bulleted}{rest}{more}"), &options).body();
        assert!(body.contains("Rodents, fleas, farms"), "{body}");
        assert!(!body.contains("Fever warning"), "{body}");
        // Without headlines under it, the header heads teasers that are
        // summaries of other stories.
        let teasers = "Latest Headlines\n";
        let body = crate::clean(&format!("{lead}{teasers}{rest}"), &options).body();
        assert!(!body.contains("rodents carry the fleas"), "{body}");
    }

    #[test]
    fn cards_each_under_the_same_row_of_buttons_do_not_outweigh_a_short_article() {
        let article = "The council voted on Tuesday night to close the old swimming pool at \
                       the end of the summer, after a survey found cracks in its floor and \
                       walls that would cost more to mend than the town could afford. A new \
                       pool will be built beside the library, the mayor said.\n";
        let row = "Share   Tweet   Pin   Save\n";
        let card = "The bakery on the corner of the market square has won a national prize \
                    for its rye bread, and its owners say they will now open a second shop \
                    in the next town along the coast before the end of the year, once the \
                    lease is signed and the ovens are in. The runner who finished her \
                    hundredth marathon says she has no plans to stop.\n";
        let text =
            format!("{row}{article}You may also like\n{row}{card}{row}{card}{row}{card}{row}");
        let body = crate::clean(&text, &crate::Options::default()).body();
        assert!(body.contains("beside the library"), "{body}");
        assert!(!body.contains("rye bread"), "{body}");
    }

    #[test]
    fn teasers_between_share_buttons_are_not_the_article() {
        let article = POOL_STORY;
        let share = "Share on Facebook Twitter Email\n";
        let teasers = format!(
            "You may also like\n{share}\
             The bakery on the corner of the market square has won a national prize for \
             its rye bread, and its owners say they will now open a second shop in the \
             next town along the coast before the end of the year.\n{share}\
             A local runner has finished her hundredth marathon at the age of seventy, \
             and says that she has no plans to stop as long as her knees hold up and \
             her friends keep coming along to cheer her on from the side.\n{share}"
        );
        let body = crate::clean(&format!("{article}{teasers}"), &crate::Options::default()).body();
        assert!(body.contains("funding comes through"), "{body}");
        assert!(!body.contains("rye bread"), "{body}");
        assert!(!body.contains("hundredth marathon"), "{body}");
    }

    /// A short article in scraped text, its paragraphs a blank line apart.
    const SHORT_BRIDGE_STORY: &str = "Drivers crossing the old bridge will have to wait \
        from Monday, when crews close one lane to repair the joints.\n\n\
        The work will take about three weeks if the weather holds, the roads office \
        said, and queues are likely at rush hour.\n\n\
        Buses on three routes will take a detour through the station district while \
        the lane is closed.\n\n";

    /// Teasers under a short article, each a headline with its summary on
    /// the line under it.
    const TEASER_CARDS: &str = "Top stories\n\n\
        Council approves record budget for the coming year\n\
        The town will spend more than ever on roads, schools and the new library, \
        and the opposition says the plan leaves too little for housing, while the \
        mayor says the new homes on the old mill site will come in time.\n\n\
        Water main burst leaves four hundred homes dry\n\
        Tankers are parked in the main street while engineers search for the leak, \
        which the water company says should be fixed by Thursday night, though \
        residents on the hill fear another week without a working tap.\n\n\
        New children's ward opens at the county hospital\n\
        The first patients will be admitted before Christmas, after two years of \
        building work and a long search for nurses to staff the ward, which has \
        twenty beds and a playroom paid for by a local charity.\n\n\
        Is the old ferry finally coming back next summer?\n\
        The council will vote next week on a plan to bring back the ferry that \
        stopped running ten years ago, and the owners of the pier are in favour, \
        though the harbour board still wants to see the figures first.\n\n\
        Police close the coast road after a crash in the fog\n\
        The road was closed for three hours on Sunday after two trucks crashed near \
        its northern end, and drivers were sent through the villages on the hill \
        while the lorries were lifted off the verge.\n\n\
        The best bakeries in the old town, tried and tested\n\
        We visited every bakery inside the old walls to find the best bread in \
        town, from the sourdough at the market to the rye loaves that the family \
        on the square has baked for four generations.\n\n";

    #[test]
    fn teaser_cards_under_a_short_article_stay_out_of_it() {
        let body = crate::clean(
            &format!("{SHORT_BRIDGE_STORY}{TEASER_CARDS}"),
            &crate::Options::default(),
        )
        .body();
        assert!(body.contains("through the station district"), "{body}");
        assert!(!body.contains("too little for housing"), "{body}");
        assert!(!body.contains("owners of the pier"), "{body}");
    }

    #[test]
    fn a_caption_between_a_pictures_placeholder_and_its_credit_is_dropped() {
        let mut lines = POOL_STORY.lines();
        let page = format!(
            "{}\n\n[Image: the old pool seen from the diving board]\n\n\
             The old pool on its last open day, with the slide already roped off.\n\n\
             Illustration by Maja Kettunen\n\n{}\n\n{}\n",
            lines.next().unwrap(),
            lines.next().unwrap(),
            lines.next().unwrap()
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("at the same price as now."), "{body}");
        assert!(!body.contains("slide already roped off"), "{body}");
    }

    /// A page printed without blank lines: teasers written as sentences
    /// under "More stories" read as well as the article's short lines. A
    /// headline may quote a word of its story.
    #[test]
    fn sentence_teasers_under_a_related_header_are_dropped() {
        let page = "Drivers crossing the old bridge will have to wait from Monday.\n\
            Crews will close one lane to repair the joints, the roads office said.\n\
            The work will take about three weeks if the weather holds.\n\
            Buses on three routes will take a detour through the station district.\n\
            Share this article\n\
            More stories\n\
            A man has been arrested after a tractor was driven through a shop window.\n\
            Plans for a \"monster\" care home on the village's edge have been turned down.\n\
            Show organisers say this year's event will go ahead despite the wet spring.\n\
            Drivers are being warned of overnight closures on the ring road next week.\n\
            Newsletter\n";
        let body = crate::clean(page, &crate::Options::default()).body();
        assert!(body.contains("through the station district."), "{body}");
        assert!(!body.contains("tractor was driven"), "{body}");
        assert!(!body.contains("overnight closures"), "{body}");
        assert!(!body.contains("care home"), "{body}");
    }

    #[test]
    fn a_line_of_tags_closes_the_article() {
        let video = "The film follows the crew that repaired the pier last winter, from \
                     the first survey of the rotten piles to the night the last plank went \
                     down, and talks to the fishermen who waited all season.";
        let page =
            format!("{SHORT_BRIDGE_STORY}Tags:  Bridge  Roads  Buses\n\nWatch\n\n{video}\n\n");
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("through the station district"), "{body}");
        assert!(!body.contains("rotten piles"), "{body}");
    }

    #[test]
    fn a_video_card_set_apart_under_its_running_time_is_dropped() {
        let card = "Video\n\n▶ 2:37\n\
                    How the old bridge is repaired: a look under the deck\n\
                    The suspension bridges over the river are among the oldest in the \
                    region, and their cables have to be checked every spring. In the \
                    video the engineers show how they climb under the deck, what the \
                    rust does to the anchors, and why the work takes a whole season \
                    when the river runs high.\n\n";
        let page = format!("{SHORT_BRIDGE_STORY}{card}");
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("through the station district"), "{body}");
        assert!(!body.contains("rust does to the anchors"), "{body}");
    }

    #[test]
    fn teaser_cards_with_glued_headlines_are_not_the_article() {
        let article = "The health department reported a sixth death from the virus on \
                       Monday, a woman from the south of the state who fell ill in August.\n\
                       Officials said the risk would fall with the first hard frost, which \
                       kills the mosquitoes that spread the disease to people and horses.\n";
        let cards = "Latest Headlines\n\
             Harbor Crews Race The Storm To Save The PierCrews worked through the night to \
             shore up the old pier before the storm hit the coast on Tuesday morning.\n\
             The 4 Best Bakeries In The Old TownWe looked at the reviews to find the best \
             bakeries in the old town, from sourdough to the sweetest pastries around.\n\
             Is The Ferry Finally Coming Back?The city council will vote next week on a \
             plan to bring back the ferry that stopped running ten years ago.\n\
             Police Close The Bridge After A CrashThe bridge was closed for three hours on \
             Sunday after two trucks crashed near its northern end in the fog.\n";
        let body = crate::clean(&format!("{article}{cards}"), &crate::Options::default()).body();
        assert!(body.contains("first hard frost"), "{body}");
        assert!(!body.contains("shore up the old pier"), "{body}");
        assert!(!body.contains("two trucks crashed"), "{body}");
    }

    #[test]
    fn a_related_label_with_its_own_link_does_not_cut_the_article() {
        let lead = "As the year comes to an end, it is time to look back at the gadgets \
                    that stood out, and at the ones that did not live up to the hype.\n";
        let link = "Also: See our coverage of the holiday sales\n";
        let rest = "Surely, as we head into the season of sales, many of the gadgets on \
                    this list will be cheaper than ever, so it pays to know which ones are \
                    worth the money before the prices start to fall.\n\
                    We tested each of them for at least a month, and we kept notes on what \
                    we liked and what annoyed us, from battery life to the way they look.\n\
                    Some of them we still use every day, and some of them went back in \
                    their boxes after a week, never to be taken out again.\n";
        let body = crate::clean(&format!("{lead}{link}{rest}"), &crate::Options::default()).body();
        assert!(body.contains("hype."), "{body}");
        assert!(body.contains("taken out again."), "{body}");
    }

    #[test]
    fn a_subheading_after_a_one_line_teaser_is_kept() {
        let text = "The council voted on Tuesday to make the town's buses free for all \
                    riders from the first of July, after a debate that ran past midnight.\n\n\
                    Read more: Town opens tender to renew its fleet of buses by next year\n\n\
                    Opposition wants hard numbers\n\n\
                    The four members who voted against it said the town had not shown how \
                    it would pay for the service once the state grant runs out in two years.\n\n\
                    The mayor answered that the savings from the new depot would cover the \
                    cost, and that the figures would be published before the summer.\n";
        let body = crate::clean(text, &crate::Options::default()).body();
        assert!(body.contains("Opposition wants hard numbers"), "{body}");
        assert!(!body.contains("Read more"), "{body}");
    }

    /// The body that cleaning `html` as HTML keeps.
    fn html_body(html: &str) -> String {
        let options = crate::Options {
            kind: crate::InputKind::Html,
            ..crate::Options::default()
        };
        crate::clean(html, &options).body()
    }

    #[test]
    fn a_widgets_fine_print_goes_with_its_box() {
        let html = format!(
            "<html><body><article><div class=\"entry-content\">{}\
             <div class=\"booking-widget\"><h3>Book an appointment</h3>\
             <form><label>Location</label><select><option>Main campus</option></select>\
             <button>Find a time</button></form>\
             <p class=\"small\">Not for emergencies. If you feel unwell, call your doctor.</p>\
             </div>{}</div></article></body></html>",
            as_paragraphs(POOL_STORY),
            as_paragraphs(POOL_STORY_GOES_ON)
        );
        let body = html_body(&html);
        assert!(!body.contains("Not for emergencies"), "{body}");
        assert!(body.contains("same price as now."), "{body}");
        assert!(body.contains("The mayor said the decision"), "{body}");
    }

    /// A box nested among the paragraphs ends with its source line, and
    /// the article goes on under the next section's subheading.
    #[test]
    fn a_boxs_source_over_a_subheading_leaves_the_article_going_on() {
        let html = format!(
            "<html><body><article><div class=\"entry-content\">{}\
             <div class=\"results-widget\"><p>LIVE Pool vote</p><p>Yes 61 % No 39 %</p>\
             <p>Source: Town clerk, provisional count</p></div>\
             <h2>What happens next</h2>{}<table><tr><th>Club</th><th>Lanes</th></tr>\
             <tr><td>Sharks</td><td>4</td></tr><tr><td>Otters</td><td>2</td></tr></table>\
             <p>Footer</p></div></article></body></html>",
            as_paragraphs(POOL_STORY),
            as_paragraphs(POOL_STORY_GOES_ON.lines().next().unwrap())
        );
        let body = html_body(&html);
        assert!(body.contains("The council voted"), "{body}");
        assert!(body.contains("The mayor said the decision"), "{body}");
        assert!(!body.contains("Source:"), "{body}");
    }

    #[test]
    fn a_bio_of_either_author_of_the_byline_is_dropped() {
        let page = format!(
            "Town Life\n\nThe old pool will close\n\nBy Dana Whitlock and Li Wei, Staff\n\n\
             {}\nLi Wei is a staff photographer for the paper. Reach them at desk@paper.test.\n",
            POOL_STORY.replace('\n', "\n\n")
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("same price as now"), "{body}");
        assert!(!body.contains("photographer"), "{body}");
    }

    #[test]
    fn a_box_set_apart_inside_the_article_does_not_end_it() {
        let lead = "<p>The council voted 7 to 2 on Tuesday night to close the old swimming \
                    pool at the end of the summer, after a survey found cracks in its floor \
                    and walls.</p>";
        let tracker = "<aside class=\"tracker\"><h4>Pool tracker</h4><p>Survey of the \
                       pool</p><ul><li>Survey done March 3</li><li>Council vote April 8</li>\
                       <li>Last swim Aug. 30</li><li>Demolition Pending</li>\
                       <li>New pool Pending</li></ul><p>Full timeline and papers</p></aside>";
        let html = format!(
            "<html><body><article><div class=\"entry-content\">{lead}{tracker}{}{}</div>\
             </article></body></html>",
            as_paragraphs(&POOL_STORY.lines().skip(1).collect::<Vec<_>>().join("\n")),
            as_paragraphs(POOL_STORY_GOES_ON),
        );
        let body = html_body(&html);
        assert!(body.contains("voted 7 to 2"), "{body}");
        assert!(!body.contains("Pool tracker"), "{body}");
    }

    #[test]
    fn a_code_blocks_file_name_and_copy_button_are_not_kept() {
        let html = format!(
            "<html><body><article>{}<p>Put this in the config file:</p>\
             <div class=\"code-title\">pool/site.yaml</div><div class=\"code\">\
             <button>Copy</button><pre><code>pool:\n  lanes: 6\n  heated: true</code></pre></div>\
             {}</article></body></html>",
            pool_story_html(),
            as_paragraphs(POOL_STORY_GOES_ON),
        );
        let body = html_body(&html);
        assert!(body.contains("heated: true"), "{body}");
        assert!(!body.contains("site.yaml"), "{body}");
        assert!(!body.contains("Copy"), "{body}");
    }

    #[test]
    fn a_code_blocks_language_label_is_not_kept() {
        let html = format!(
            "<html><body><article>{}<p>Install the timetable tool from the shell:</p>\
             <div class=\"language-sh\"><button>Copy</button><span class=\"lang\">sh</span>\
             <pre><code>npm install pool-times</code></pre></div>\
             <p>Then print this week's lane times:</p>\
             <div class=\"language-ts\"><span class=\"lang\">ts</span>\
             <pre><code>printLanes(week)</code></pre></div>{}</article></body></html>",
            pool_story_html(),
            as_paragraphs(POOL_STORY_GOES_ON),
        );
        let body = html_body(&html);
        assert!(body.contains("npm install pool-times"), "{body}");
        assert!(body.contains("printLanes(week)"), "{body}");
        assert!(
            !body.lines().any(|line| line == "sh" || line == "ts"),
            "{body}"
        );
    }

    #[test]
    fn a_code_boxs_toolbar_names_its_language_as_people_write_it() {
        let code_box = |label: &str| {
            format!(
                "<div class=\"code-block\"><div class=\"code-toolbar\">{label}\
                 <button>Copy</button></div><pre><code>npm install pool-times</code></pre></div>"
            )
        };
        let html = format!(
            "<html><body><article>{}<p>Install the timetable tool from the shell:</p>{}\
             <p>It prints this:</p><p>Output</p><pre><code>Lane 4 open</code></pre>{}\
             </article></body></html>",
            pool_story_html(),
            code_box("<span class=\"lang\">Shell</span>"),
            as_paragraphs(POOL_STORY_GOES_ON),
        );
        let body = html_body(&html);
        assert!(body.contains("npm install pool-times"), "{body}");
        assert!(!body.lines().any(|line| line == "Shell"), "{body}");
        // The article's own line over its code is no toolbar's.
        assert!(body.lines().any(|line| line == "Output"), "{body}");
    }

    #[test]
    fn a_subheading_that_names_a_day_is_kept() {
        let html = format!(
            "<html><body><article>{}<h3>Last Swim on Aug. 30</h3>{}</article>\
             </body></html>",
            pool_story_html(),
            as_paragraphs(POOL_STORY_GOES_ON),
        );
        let body = html_body(&html);
        assert!(body.contains("Last Swim on Aug. 30\n"), "{body}");
        // A paragraph that is mostly a date is no subheading.
        let html = html.replace(
            "<h3>Last Swim on Aug. 30</h3>",
            "<p>Aug. 30, 2025 at 9:40 a.m.</p>",
        );
        assert!(!html_body(&html).contains("Aug. 30, 2025"));
    }

    #[test]
    fn the_paragraphs_under_a_disclaimers_header_are_fine_print() {
        let page = format!(
            "{}\nShare this post\n\nDisclaimer\n\n\
             Always seek the advice of your physician or another qualified health provider \
             with any questions you may have about a medical condition or a new diet.\n\n\
             Calorie figures on this site are estimates and will vary with the brands and \
             the portions that you use at home, so check the labels of what you buy.\n\n\
             Results shown by customers in our stories are their own, are not typical, and \
             depend on many things that differ from one person to the next.\n\n\
             © 2026 Loam Foods\n",
            POOL_STORY.replace('\n', "\n\n")
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("same price as now"), "{body}");
        assert!(!body.contains("physician"), "{body}");
        assert!(!body.contains("not typical"), "{body}");
    }

    #[test]
    fn a_figures_caption_is_dropped_however_well_it_reads() {
        let html = format!(
            "<html><body><article><div class=\"post-body\">{}<figure><img src=\"pool.jpg\">\
             <figcaption>the old pool on its last evening, before the council closed it. the \
             new one will stand beside the library.</figcaption></figure>{}</div></article>\
             </body></html>",
            pool_story_html(),
            pool_story_html().replace("pool", "lido"),
        );
        let body = html_body(&html);
        assert!(body.contains("same price as now"), "{body}");
        assert!(!body.contains("last evening"), "{body}");
    }

    #[test]
    fn the_caption_of_a_quote_figure_names_the_speaker() {
        let html = format!(
            "<html><body><article>{}<figure><blockquote><p>It felt like shopping, not like \
             waiting in a line for whatever was left.</p></blockquote>\
             <figcaption>— A parent at the pantry</figcaption></figure>{}</article>\
             </body></html>",
            pool_story_html(),
            pool_story_html().replace("pool", "lido"),
        );
        let body = html_body(&html);
        assert!(body.contains("— A parent at the pantry"), "{body}");
        // A picture's caption is none.
        let html = html.replace(
            "<blockquote><p>It felt like shopping, not like waiting in a line for whatever \
             was left.</p></blockquote>",
            "<img src=\"pantry.jpg\">",
        );
        assert!(!html_body(&html).contains("A parent at the pantry"));
    }

    #[test]
    fn a_bulleted_list_of_labelled_facts_is_the_articles() {
        let roads = "Roads\n\n\
                     \x20 • B 27 Hegelsbach–Lauterstetten: full closure March 3–7, 8 p.m.–5 a.m.\n\
                     \x20 • L 1147 Kaltenwies–Oberrimmingen: full closure March 3–14\n\
                     \x20 • K 7312 Bräunlingshof: lights, one lane, March 4–6\n\
                     \x20 • B 466 Lauterstetten-Süd: ramp north closed March 5–6\n\
                     \x20 • L 1208 Wendelsheim–Gruibach: full closure March 8–9\n\
                     \x20 • K 7320 Seebronn–Hasental: full closure until March 21\n\n\
                     In the towns\n\n\
                     \x20 • Bahnhofstraße, Marktplatz–Uhlandstraße: closed March 3–28\n\
                     \x20 • Gartenstraße/Schillerstraße: right turns only, March 3–7\n\
                     \x20 • Hauptstraße, Rathaus–Kirchplatz: one way, March 5–12\n\
                     \x20 • Brühlweg: closed March 7, 7 a.m.–4 p.m.\n\n\
                     Advertisement\n\n";
        let page = format!(
            "{}Read also: Bridge repairs at Gruibach: why the work will not end before the \
             autumn\n\n{roads}{}",
            POOL_STORY.replace('\n', "\n\n"),
            POOL_STORY_GOES_ON.replace('\n', "\n\n")
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("same price as now"), "{body}");
        assert!(body.contains("L 1147 Kaltenwies–Oberrimmingen"), "{body}");
        assert!(body.contains("Brühlweg: closed March 7"), "{body}");
        assert!(body.contains("far side of town"), "{body}");
        // Under a related header, such lines are headlines.
        let related = page.replace("Roads\n", "More on this story\n");
        let body = crate::clean(&related, &crate::Options::default()).body();
        assert!(!body.contains("L 1147"), "{body}");
        let teasers = "More on this story\n\n\
                       \x20 • Old bridges: where the next closures are likely to come\n\
                       \x20 • Road budget: the state cuts repairs at the worst time\n\
                       \x20 • Concrete from the sixties: why so many bridges age at once\n\n\
                       Nine minutes for 300 yards\n\n";
        let page = format!(
            "{}{teasers}{}",
            POOL_STORY.replace('\n', "\n\n"),
            POOL_STORY_GOES_ON.replace('\n', "\n\n")
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("far side of town"), "{body}");
        assert!(!body.contains("Road budget"), "{body}");
        // In a box set apart from the article, they are the box's.
        let items: String = roads
            .lines()
            .filter_map(|line| line.trim().strip_prefix("• "))
            .map(|item| format!("<li>{item}</li>"))
            .collect();
        let html = format!(
            "<html><body><article>{}<aside><h3>Key dates</h3><ul>{items}</ul></aside>{}\
             </article></body></html>",
            pool_story_html(),
            pool_story_html().replace("pool", "lido"),
        );
        let body = html_body(&html);
        assert!(body.contains("same price as now"), "{body}");
        assert!(!body.contains("L 1147"), "{body}");
    }

    #[test]
    fn a_schedule_by_day_is_the_articles() {
        let page = |days: &[&str]| {
            let menu = days
                .iter()
                .map(|day| format!("{day}\n\nBean tacos\nSteamed broccoli\nApple slices\nMilk\n"))
                .collect::<Vec<_>>()
                .join("\n");
            format!(
                "{}\n{menu}\n{}",
                POOL_STORY.replace('\n', "\n\n"),
                POOL_STORY_GOES_ON.replace('\n', "\n\n")
            )
        };
        let three = page(&["Monday, Sept. 8", "Tuesday, Sept. 9", "Wednesday, Sept. 10"]);
        let body = crate::clean(&three, &crate::Options::default()).body();
        assert!(body.contains("Tuesday, Sept. 9\nBean tacos\n"), "{body}");
        assert!(body.contains("far side of town"), "{body}");
        // A schedule that ends the article lies past the paragraphs'
        // region; its paragraph brings it in.
        let days = ["Monday, Sept. 8", "Tuesday, Sept. 9", "Wednesday, Sept. 10"];
        let menu: String = days
            .iter()
            .map(|day| format!("{day}\n\nBean tacos\n\nSteamed broccoli\n\nMilk\n\n"))
            .collect();
        let closing = format!(
            "{}\n{menu}Share this story\n\n© 2026 The Town Paper\n",
            POOL_STORY.replace('\n', "\n\n")
        );
        let body = crate::clean(&closing, &crate::Options::default()).body();
        assert!(body.contains("Wednesday, Sept. 10\nBean tacos\n"), "{body}");
        assert!(!body.contains("Town Paper"), "{body}");
        // An ad's label and a subheading may stand between the schedule and
        // its paragraph.
        let headed = page(&["Monday, Sept. 8", "Tuesday, Sept. 9", "Wednesday, Sept. 10"])
            .replacen(
                "Monday, Sept. 8",
                "Advertisement\n\nWhat pupils eat\n\nMonday, Sept. 8",
                1,
            );
        let body = crate::clean(&headed, &crate::Options::default()).body();
        assert!(body.contains("Tuesday, Sept. 9\nBean tacos\n"), "{body}");
        // Two days are no schedule.
        let two = page(&["Monday, Sept. 8", "Tuesday, Sept. 9"]);
        let body = crate::clean(&two, &crate::Options::default()).body();
        assert!(!body.contains("Bean tacos"), "{body}");
    }

    #[test]
    fn a_days_items_may_be_paragraphs() {
        let call = |time: &str, place: &str| {
            format!(
                "{time}, {place}: A caller reported that a bicycle left by the library door \
                 had been taken during the afternoon. Officers took a report and will \
                 review the video from the bank across the street.\n\n"
            )
        };
        let day = |name: &str| {
            format!(
                "{name}\n\n{}{}",
                call("9:12 a.m.", "Creamery Road"),
                call("4:40 p.m.", "Main Street")
            )
        };
        let page = format!(
            "Police log: a runaway goat and a stolen tip jar\n\nBy Staff\n\n\
             The following items are taken from the call logs of the police department \
             for the past week, and names of juveniles are not published here.\n\n\
             {}{}ADVERTISEMENT\n\nHarrow Hardware · Spring seed sale · 20% off\n\n{}{}\
             Share this story\n\n© 2026 The Town Paper\n",
            day("Wednesday, April 30"),
            day("Thursday, May 1"),
            day("Friday, May 2"),
            day("Saturday, May 3"),
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.starts_with("The following items"), "{body}");
        assert!(body.contains("Wednesday, April 30\n9:12 a.m."), "{body}");
        assert!(body.contains("Saturday, May 3\n9:12 a.m."), "{body}");
        assert!(!body.contains("seed sale"), "{body}");
        assert!(!body.contains("Town Paper"), "{body}");
    }

    #[test]
    fn a_caption_printed_once_under_a_read_also_box_leaves_the_article_going_on() {
        let page = "Frana sulla strada della valle, venti famiglie isolate\n\n\
             Redazione\n07 marzo 2025 11:58\n\n\
             Una frana di circa duemila metri cubi si è staccata nella notte dal versante \
             sopra la strada provinciale e ha invaso la carreggiata per una cinquantina \
             di metri.\n\n\
             La Provincia ha chiuso la strada in entrambe le direzioni. Una ventina di famiglie \
             della frazione può raggiungere il fondovalle soltanto a piedi, lungo un sentiero.\n\n\
             LEGGI ANCHE\nMaltempo in valle, la Regione chiede lo stato di emergenza\n\n\
             Secondo i geologi intervenuti all'alba, il movimento sarebbe stato innescato dalle \
             piogge dell'ultima settimana e prima di lunedì non entreranno le ruspe.\n\n\
             I volontari della protezione civile al lavoro sul sentiero che collega \
             Filorera al fondovalle\n\n\
             Il sindaco ha attivato il centro operativo comunale e organizzato la consegna di \
             medicinali e spesa agli anziani isolati.\n\n\
             Tag: Frane  Maltempo\n\nLeggi anche\n\n\
               • Maltempo in valle, la Regione chiede lo stato di emergenza\n\
               • Il fiume è salito di un metro in una notte e il ponte resta sorvegliato\n\
               • Il sentiero riaprirà a giugno dopo i lavori sui bivacchi\n\n\
             © Copyright La Voce\n";
        let body = crate::clean(page, &crate::Options::default()).body();
        assert!(body.contains("Secondo i geologi"), "{body}");
        assert!(body.contains("Il sindaco ha attivato"), "{body}");
        assert!(!body.contains("stato di emergenza"), "{body}");
    }

    #[test]
    fn a_days_paragraph_may_close_with_a_line_of_facts() {
        let page = [
            "Chestnut festival returns to the hill village",
            "By Staff",
            "The chestnut festival returns to the old village this weekend for its \
             fortieth year, with three days of markets, music and walks through the \
             groves above the square.",
            "The organisers expect some twenty thousand visitors, and the stalls will \
             line every street of the old town from the church to the castle gate.",
            "The programme day by day",
            "Friday, October 17",
            "At six the stalls open and the photo exhibition on a hundred years of \
             chestnut growing opens in the old school. At nine the town band plays in \
             the square.",
            "Saturday, October 18",
            "The busiest day. In the morning a guided walk through the old groves \
             leaves from the church at nine; in the afternoon there are roasting \
             demonstrations.",
            "Price: walk 8 euros, booking required",
            "ADVERTISEMENT",
            "Sunday, October 19",
            "The market is open from nine to seven, with a chestnut lunch in the big \
             tent and the raffle draw at five in the afternoon.",
            "Price: lunch 25 euros, children 12 euros",
            "Read also: Ten autumn food fairs not to miss this year",
            "Practical information",
            "Where: old town of the village",
            "Hours: Friday 6-12; Saturday 9-12; Sunday 9-7",
            "Admission: free",
            "The old town is closed to traffic for the whole festival. This year the \
             council has set up two car parks down in the valley, with a shuttle bus \
             every fifteen minutes.",
            "\"In recent years the queue of cars reached the main road, and it had \
             become dangerous,\" said the head of the festival committee.",
            "The best advice is to come early on Saturday morning, when the market is \
             still quiet, and to wear good shoes: the streets are steep and paved \
             with stone.",
            "Interactive map",
            "Where to stay in the village",
            "Country inn ★★★★ 9.1 Excellent — from 95 € a night",
            "Check availability",
            "More guides",
            "  • The ten best autumn fairs in the hills\n  • A weekend in the wine villages",
            "© 2026 Travel Hills",
        ]
        .join("\n\n");
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("Friday, October 17\nAt six"), "{body}");
        assert!(body.contains("Price: walk 8 euros"), "{body}");
        assert!(body.contains("Sunday, October 19\nThe market"), "{body}");
        // The practical facts under their title open no other story.
        assert!(body.contains("Where: old town"), "{body}");
        assert!(body.contains("The best advice"), "{body}");
        assert!(!body.contains("Country inn"), "{body}");
    }

    #[test]
    fn a_places_info_box_under_the_last_paragraph_is_the_reviews() {
        let paragraph = |dish: &str| {
            format!(
                "The {dish} arrived in a chipped enamel bowl, and it was the best thing \
                 we ate all week: sweet, briny and gone far too quickly, with bread to \
                 mop up what was left."
            )
        };
        let dishes = ["mussels", "crab", "chowder", "hake", "squid", "tart"];
        let body: Vec<String> = dishes.into_iter().map(paragraph).collect();
        let page = format!(
            "Brannock's Yard review: a fish shed with a very good cook\n\n\
             By Mara Quinlan\n\n{}\n\n\
             THE DETAILS\n\n\
             Brannock's Yard, 3 Pilot Quay, Southbank\n\n\
             Open: Wednesday to Sunday, 12pm–3pm and 5.30pm–10pm\n\n\
             Price: Small plates £7–£14, grill £19–£32\n\n\
             Bookings: Online for dinner; lunch is walk-in only\n\n\
             Book a table   Call 0141 496 0288   View menu (PDF)\n\n\
             Topics: Southbank · Seafood · Restaurant reviews\n\n\
             Share   Post   Pin   Email",
            body.join("\n\n")
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(
            body.contains("THE DETAILS\nBrannock's Yard, 3 Pilot Quay"),
            "{body}"
        );
        assert!(body.ends_with("lunch is walk-in only"), "{body}");
    }

    /// A story of one paragraph for each word of `above` ("Three volunteers
    /// spoke ..."), then `box_lines`, then one for each word of `below`,
    /// over a copyright line.
    fn story_with_box(above: &[&str], box_lines: &str, below: &[&str]) -> String {
        let paragraphs = |counts: &[&str]| {
            counts
                .iter()
                .map(|n| {
                    format!(
                        "{n} volunteers spoke at the committee meeting on Tuesday night, \
                         where the plan for bus lanes on the avenue was debated for more \
                         than three hours before the vote was taken.\n\n"
                    )
                })
                .collect::<String>()
        };
        format!(
            "Bus lanes approved for Ferrier Avenue\n\nBy Dana Okafor\n\n{}{box_lines}\n\n{}\
             © 2026 The Ledger",
            paragraphs(above),
            paragraphs(below),
        )
    }

    /// The body kept of a story of six paragraphs, then `box_lines` (a box
    /// printed line under line), then four more ("Nine volunteers ...", ...,
    /// "Twelve ...").
    fn body_around_box(box_lines: &str) -> String {
        let page = story_with_box(
            &["Three", "Four", "Five", "Six", "Seven", "Eight"],
            box_lines,
            &["Nine", "Ten", "Eleven", "Twelve"],
        );
        crate::clean(&page, &crate::Options::default()).body()
    }

    #[test]
    fn boxes_set_into_the_article_are_dropped_whole() {
        // A sponsor's box closed by its button; an appeal titled by its own
        // call, over amounts to give; advice under a title in capitals,
        // closed by a link. Each pitch reads as a paragraph.
        let boxes = [
            (
                "SPONSORED BY QUAYSIDE MORTGAGE PARTNERS\n\
                 Thinking of moving this spring?\n\
                 Our whole-of-market brokers compare thousands of deals so you do not \
                 have to, and the first call with one of them is always free of charge.\n\
                 Speak to a broker ›",
                ["moving this spring", "whole-of-market"],
            ),
            (
                "Donate now\n\n\
                 A warm bed, a hot meal and a shower for one guest costs £18 a night.\n\n\
                 [ £18 ]  [ £36 ]  [ £90 ]  [ Other ]\n\n\
                 Donate now",
                ["warm bed", "Donate"],
            ),
            (
                "HOW TO VOTE IN MERE VALLEY\n\
                 You need photo ID to vote at a polling station, and a passport, a \
                 driving licence or an older person's bus pass will all be accepted.\n\
                 Find out more about voter ID ›",
                ["HOW TO VOTE", "photo ID"],
            ),
        ];
        for (box_lines, dropped) in boxes {
            let body = body_around_box(box_lines);
            assert!(body.contains("Nine volunteers"), "{body}");
            for text in dropped {
                assert!(!body.contains(text), "{text}: {body}");
            }
        }
    }

    #[test]
    fn a_tables_source_note_does_not_end_the_article() {
        // Under the source, a journey planner's box: no paragraph follows
        // the source at once, yet the article goes on below.
        let page = story_with_box(
            &["Three", "Four", "Five"],
            "Route              Buses a day    Change\n\
             Ferrier Avenue     212            +14\n\
             Mill Street        97             -3\n\
             Source: Ormsby Transit Authority, March 2026\n\n\
             How long is your commute?\n\
             Home postcode    [          ]\n\
             [ Plan my journey ]\n\
             Journey times are estimates only and do not account for roadworks, \
             diversions or delays on the network.",
            &["Nine", "Ten", "Eleven", "Twelve"],
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.starts_with("Three volunteers"), "{body}");
        assert!(body.contains("Mill Street"), "{body}");
        assert!(!body.contains("Source:"), "{body}");
        assert!(body.ends_with("before the vote was taken."), "{body}");
    }

    #[test]
    fn a_results_list_whose_items_end_with_an_abbreviation_is_kept() {
        let page = story_with_box(
            &["Three", "Four", "Five", "Six"],
            "Stage 4 result\n\n\
             1. Kaja Haugland (Polaris) 3:24:17\n\
             2. Lucia Orbegozo (Alcarria) s.t.\n\
             3. Fleur Damstra (Vireo) s.t.\n\
             4. Amandine Duvernoy (Lacombe) s.t.\n\
             5. Giulia Pertile (Vesta) s.t.\n\n\
             \"Tomorrow is the real race,\" Duvernoy said. \"Eleven seconds is nothing \
             on a climb like that one.\"\n\n\
             Tags: Tour de la Vallée · Kaja Haugland",
            &[],
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("Stage 4 result\n1. Kaja Haugland"), "{body}");
        assert!(body.contains("5. Giulia Pertile (Vesta) s.t."), "{body}");
        assert!(body.ends_with("like that one.\""), "{body}");
        assert!(ends_with_abbreviation("Kickoff is at 7 p.m."));
        assert!(!ends_with_abbreviation("The vote was taken."));
    }

    #[test]
    fn a_lead_in_to_downloads_goes_with_them() {
        let page = story_with_box(
            &["Three", "Four", "Five", "Six", "Seven"],
            "Download the full results:\n  • Race 1–6 results (PDF, 412 KB)\n  \
             • Race 7–12 results (PDF, 388 KB)\n  • Lap charts (PDF, 96 KB)\n\n\
             Share this:\nFacebook   X   Email   Print",
            &[],
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.ends_with("before the vote was taken."), "{body}");
        assert!(body.starts_with("Three volunteers"), "{body}");
    }

    #[test]
    fn an_events_box_under_its_title_opens_no_other_story() {
        let body = body_around_box(
            "PUBLIC MEETING\n\n\
             Ferrier Avenue Bus Lanes: Public Hearing\n\
             Tuesday, April 21, 2026\n\
             6:30 p.m.\n\
             Ormsby City Hall, Council Chambers\n\
             100 Tremont Square",
        );
        assert!(body.contains("Ten volunteers"), "{body}");
        assert!(body.contains("Twelve volunteers"), "{body}");
    }

    #[test]
    fn a_box_of_dated_fields_under_its_title_opens_no_other_story() {
        let body = body_around_box(
            "Mass Times – St. Brigid Parish\n\
             Saturday Vigil: 4:30 p.m.\n\
             Sunday: 8 a.m., 10:30 a.m.\n\
             Weekdays: 7 a.m. Mon.–Fri.\n\n\
             More than shelves",
        );
        assert!(body.contains("Ten volunteers"), "{body}");
        assert!(body.contains("Twelve volunteers"), "{body}");
    }

    #[test]
    fn a_lead_in_over_a_list_under_a_read_also_box_leaves_the_article_going_on() {
        let page = [
            "Bus timetable cut on weekend routes",
            "By Staff",
            "The regional bus company will cancel dozens of weekend services from \
             March, the county said on Tuesday, because it cannot find enough drivers \
             to run them.",
            "The company has been looking for drivers all year, but few apply, and \
             the starting wage is lower than in the neighbouring counties.",
            "Mayors of the villages hit hardest asked the county to keep at least one \
             Saturday bus, since people travel to the doctor, to the shops and to \
             their families.",
            "Read also",
            "  • Rail line to close to passenger trains next year\n  • Drivers are \
             short across the whole country\n  • New timetable: what changes for \
             passengers in the east",
            "Changes in brief",
            "What changes from the first of March:",
            "  • 28 weekend services will be cancelled,\n  • 18 evening services will \
             be merged,\n  • morning school buses stay as they are.",
            "Timetables will be posted on the company's website and at the stops, and \
             the company advises passengers to check the departure time before they \
             travel.",
            "Share  Facebook  X  Email",
            "© 2026 The County Times",
        ]
        .join("\n\n");
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("Changes in brief\nWhat changes"), "{body}");
        assert!(body.contains("18 evening services"), "{body}");
        assert!(body.contains("Timetables will be posted"), "{body}");
        assert!(!body.contains("Rail line to close"), "{body}");
    }

    /// A box of headlines between the article's paragraphs; under the
    /// paragraph below it an ad's labels, then a subheading over the next
    /// paragraph, which is short or asks a question.
    fn page_with_box_over_ad_and_subheading(subheading: &str, paragraph: &str) -> String {
        [
            "Reservoir falls to a fifth of its capacity",
            "By Staff",
            "The town's largest reservoir is now at 19 percent of its capacity, the \
             water board said on Monday, the lowest level since records began there \
             in the sixties.",
            "Hardly any rain fell on the catchment in August, while temperatures stayed \
             four to six degrees above normal and the water evaporated faster than \
             the board had planned for.",
            "Related news",
            "  • Farmers get help with drip irrigation: deadline extended\n  • Weather \
             office: August was the driest in forty years\n  • Board chief: we will cut \
             losses in the pipes below a third",
            "Under the board's plan, water will be cut off at night from Monday in \
             three districts, between midnight and five in the morning, while crews \
             check the mains for leaks.",
            "Advertisement",
            "Story continues below",
            subheading,
            paragraph,
            "\"The water we have lasts about seventy days at today's use, and nobody \
             can say when the rain will come,\" the board's chief told reporters at \
             the town hall.",
            "He said that hospitals, care homes and dialysis centres would be kept \
             out of the cuts, and that tankers would serve the villages in the hills.",
            "Share  Facebook  X  Email",
            "© 2026 The County Times",
        ]
        .join("\n\n")
    }

    /// Cleans [`page_with_box_over_ad_and_subheading`]: the box goes, the
    /// paragraphs above and below it stay.
    fn assert_only_the_box_goes(subheading: &str, paragraph: &str) {
        let page = page_with_box_over_ad_and_subheading(subheading, paragraph);
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("Hardly any rain fell"), "{body}");
        assert!(body.contains("water will be cut off"), "{body}");
        assert!(!body.contains("drip irrigation"), "{body}");
    }

    #[test]
    fn a_subheading_over_a_short_paragraph_under_an_ad_shows_the_article_going_on() {
        assert_only_the_box_goes(
            "\"Without measures we will not see November\"",
            "Board chief Tom Ersby defended the cuts at a news conference.",
        );
    }

    #[test]
    fn a_subheading_over_a_lead_in_under_an_ad_shows_the_article_going_on() {
        assert_only_the_box_goes(
            "What changes",
            "Along the new main there will be:\n  • meters in every street;\n  • \
             valves at each crossing;\n  • a second pumping station.",
        );
    }

    #[test]
    fn a_question_over_a_paragraph_under_an_ad_shows_the_article_going_on() {
        assert_only_the_box_goes(
            "What will the villages do?",
            "The board said the villages in the hills would get their water by tanker \
             twice a day for as long as the cuts last, and that the tankers would \
             stop at the schools first.",
        );
    }

    #[test]
    fn a_question_printed_over_a_cards_summary_is_the_cards_headline() {
        let page = [
            "Snack maker's shares jump after sales beat",
            "By Staff",
            "Shares of the snack maker rose sharply on Thursday after it reported \
             quarterly sales well above what analysts had expected, the first beat \
             in more than a year.",
            "\"We stopped chasing price and started fixing the product,\" the chief \
             executive told analysts on a call after the results were published.",
            "Read Next",
            "Grocers are cutting prices on thousands of items. Can they keep it up?\n\
             Store brands have won over shoppers for two years, and now the big \
             chains are fighting back with discounts of their own.\n\
             Oct. 14, 2025 · 6 min read",
            "The shares closed up five percent, their biggest gain in a day since \
             the spring of 2020, and the shares of rivals followed them up.",
            "Analysts said the company still had to show that the new recipes would \
             keep buyers coming back once the discounts end.",
            "© 2026 Markets Daily",
        ]
        .join("\n\n");
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("The shares closed up"), "{body}");
        assert!(!body.contains("Can they keep it up?"), "{body}");
    }

    #[test]
    fn a_plain_lead_in_under_an_ad_introduces_a_list_of_opening_hours() {
        let page = [
            "Recycling centre changes its opening hours",
            "By Staff",
            "The town's recycling centre will open on Sunday mornings from next month, \
             the council said on Tuesday, after residents complained about queues on \
             Saturdays that reached the main road.",
            "Last year the council spent about 38,000 euros to dispose of what was \
             left at the centre, a fifth more than the year before, and it wants \
             fewer trips by car.",
            "Advertisement",
            "New opening hours of the Eastfield site, valid from 24 March:",
            "  • Monday: 14-18\n  • Tuesday: 8.30-12 and 14-18\n  • Wednesday: 8.30-12\n  \
             • Friday: 14-18\n  • Saturday: 8.30-12.30 and 14-17\n  • Sunday: 9-12",
            "Firms may still bring waste by appointment only, with the waste form, \
             while tyres and asbestos stay excluded for residents.",
            "Those without their health card may enter with an identity document and \
             the last waste bill, at least until the end of April.",
            "© 2026 The Valley Courier",
        ]
        .join("\n\n");
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("Saturday: 8.30-12.30 and 14-17"), "{body}");
        assert!(body.contains("Firms may still bring waste"), "{body}");
    }

    #[test]
    fn a_box_of_bullets_over_the_last_line_of_the_page_is_read_safely() {
        // Found by fuzzing: the box's end was looked past the last block.
        let page = "Full table ›\n\nMore on this\n\
                    \u{20}\u{20}• Coach: We have six finals left\n\
                    \u{20}\u{20}• Club extends with its keeper, and over a string of short \
                    nights the body tends to retain more sodium, and more fluid in the \
                    bloodstream means higher pressure on the walls of the vessels for hours\n\n\
                    Sleep apnea deserves a special mention. In this common condition the \
                    airway repeatedly narrows or closes during the night, and each pause in \
                    breathing sends a surge of stress hormones through the body.";
        let body = crate::clean(page, &crate::Options::default()).body();
        assert!(body.contains("Sleep apnea"), "{body}");
    }

    #[test]
    fn a_date_heading_inside_the_article_is_kept() {
        let html = format!(
            "<html><body><nav><a href=\"/\">Home</a></nav><article>{}\
             <h2>Monday, Dec. 7</h2>{}<h2>Tuesday, Dec. 8</h2>{}</article>\
             <footer><p>© 2026 The Town Paper</p></footer></body></html>",
            pool_story_html(),
            as_paragraphs(POOL_STORY_GOES_ON),
            as_paragraphs(MILL_STORY_GOES_ON),
        );
        let body = html_body(&html);
        assert!(body.contains("Monday, Dec. 7\n"), "{body}");
        assert!(body.contains("Tuesday, Dec. 8\n"), "{body}");
    }

    /// A guide's items each print their details under their paragraph;
    /// the guide goes on past them, and past an ad between its items.
    #[test]
    fn a_guides_item_details_do_not_end_it() {
        let item = |n: usize, title: &str, text: &str, place: &str| {
            format!(
                "{n}. {title}\n\n{text}\n\nWhere: {place}\nWhen: {} February, 11am and 2pm\n\
                 Price: £{}, under-2s free\nAges: {n} to 12\n\n[Book tickets]\n\n",
                n + 15,
                n * 3
            )
        };
        let page = format!(
            "Half-term guide: things to do with the kids\n\n{}{}  SPONSORED\n\n\
             \u{20}\u{20}Jumpz Trampoline Park\n  Toddler sessions from £6.50, book online!\n\
             \u{20}\u{20}[Find out more]\n\n{}{}",
            item(
                1,
                "Dino night at the museum",
                "The museum's after-hours sleepover is back, with a torchlit fossil trail, a make-your-own-fossil table and a film under the whale skeleton before bed.",
                "Wyre Museum"
            ),
            item(
                2,
                "Craft mornings at the library",
                "Every branch library is running drop-in craft sessions during the week, with paper lanterns on Monday and salt-dough animals later in the week for younger children.",
                "All libraries"
            ),
            item(
                3,
                "Rock-pooling with the rangers",
                "If the weather behaves, the rangers are leading two guided rock-pooling walks at low tide, with nets and buckets handed out and a talk on what lives in the pools.",
                "Penhallow Cove"
            ),
            item(
                4,
                "Family film club",
                "The morning film club shows a different family film each day for two pounds a seat, with the lights left a little up for the youngest and a break halfway through.",
                "The Regent Cinema"
            ),
        );
        // The details may be printed right under the paragraph too.
        let tight = page.replace("\n\nWhere:", "\nWhere:");
        for page in [page, tight] {
            let body = crate::clean(&page, &crate::Options::default()).body();
            assert!(body.contains("Where: The Regent Cinema"), "{body}");
            assert!(
                body.contains("film under the whale skeleton before bed.\nWhere: Wyre Museum"),
                "{body}"
            );
            assert!(!body.contains("Jumpz"), "{body}");
        }
    }

    /// A transcript's turns are headed by the speaker's name and the time:
    /// those lines are the transcript's, and it runs to its last turn.
    #[test]
    fn a_transcripts_speaker_and_time_lines_are_kept() {
        let turns = [
            (
                "Ana Ruiz",
                "00:00:04",
                "Welcome back to the show. Today I am at the old pool, which the council has voted to close at the end of the summer.",
            ),
            (
                "Tom Hale",
                "00:00:13",
                "Mind the edge. The tiles are loose there, and they have been loose for as long as I have worked here.",
            ),
            ("Ana Ruiz", "00:00:21", "How long is that?"),
            (
                "Tom Hale",
                "00:00:24",
                "Thirty years this spring. I taught most of the town to swim in this water, and their children after them.",
            ),
            ("Ana Ruiz", "00:00:40", "And what happens now?"),
            (
                "Tom Hale",
                "00:00:43",
                "We move to the school pool on the hill, in the evenings, until the new one opens.",
            ),
        ];
        let transcript: String = turns
            .iter()
            .map(|(name, time, said)| format!("{name}  {time}\n{said}\n\n"))
            .collect();
        let page = format!(
            "{}Transcript\n\n{transcript}Share this episode\n",
            POOL_STORY.replace('\n', "\n\n")
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("Ana Ruiz 00:00:04\nWelcome back"), "{body}");
        assert!(
            body.contains("Ana Ruiz 00:00:40\nAnd what happens now?"),
            "{body}"
        );
        assert!(body.ends_with("until the new one opens."), "{body}");
        assert!(is_speaker_and_time("Host (12:04):"));
        assert!(!is_speaker_and_time("Kick-off 15:00"));
        assert!(!is_speaker_and_time("Updated at 10:30"));
    }

    /// In scraped text, a day's line over a bulleted list of the article's
    /// (a diary's engagements) heads it.
    #[test]
    fn a_days_line_over_a_list_in_scraped_text_is_kept() {
        let paragraphs = POOL_STORY.replace('\n', "\n\n");
        let page = format!(
            "{paragraphs}Thursday\n\
             \u{20}\u{20}• 10am – The mayor opened the school pool to the swimming clubs.\n\
             \u{20}\u{20}• 4pm – The council met the clubs at the town hall.\n\
             Friday\n\
             \u{20}\u{20}• 11am – The mayor visited the site of the new pool by the library.\n\n{}",
            POOL_STORY_GOES_ON.replace('\n', "\n\n")
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("Thursday\n10am"), "{body}");
        assert!(body.contains("Friday\n11am"), "{body}");
    }

    /// A thread's replies, under the line that numbers the second post,
    /// are no part of the first post, however well they read.
    #[test]
    fn a_threads_replies_after_its_second_post_number_are_dropped() {
        let thread = format!(
            "Town Forum\nHome  Forums  Members\n\nPool closing\n\nAda_Quill\n3 Jan 2025   #1\n\n{}\n\
             Tom_Hale\n3 Jan 2025   #2\n\n{}",
            POOL_STORY.replace('\n', "\n\n"),
            POOL_STORY_GOES_ON.replace('\n', "\n\n")
        );
        let body = crate::clean(&thread, &crate::Options::default()).body();
        assert!(body.starts_with("The council voted"), "{body}");
        assert!(body.ends_with("at the same price as now."), "{body}");
        // Or numbers them at the start of the line, before their dates; a
        // list's numbered tips are no posts.
        let thread = |first: &str, second: &str| {
            format!(
                "Town Forum\nHome  Forums  Members\n\nPool closing\n\n{first}\n\n{}\n{second}\n\n{}",
                POOL_STORY.replace('\n', "\n\n"),
                POOL_STORY_GOES_ON.replace('\n', "\n\n")
            )
        };
        let clean = |page: &str| crate::clean(page, &crate::Options::default()).body();
        let body = clean(&thread(
            "#1 Message by Ada_Quill » Tue 3 Jan 2025, 21:14",
            "#2 Message by Tom_Hale » Tue 3 Jan 2025, 21:40",
        ));
        assert!(body.ends_with("at the same price as now."), "{body}");
        let body = clean(&thread("#1 Tip: read the notice", "#2 Tip: ask the clubs"));
        assert!(body.ends_with("far side of town."), "{body}");
    }

    /// An ad's copy under its label that ends with its button is the ad's,
    /// however well it reads; a subheading ending with the same words is
    /// the article's.
    #[test]
    fn an_ads_copy_closed_by_its_button_is_dropped() {
        let (lead, rest) = POOL_STORY.split_once('\n').unwrap();
        let page = |copy: &str| {
            format!(
                "Town pool to close\n\n{lead}\n\nAdvertisement\n\n{copy}\n\n{}\n{}Share this article\n",
                rest.replace('\n', "\n\n"),
                POOL_STORY_GOES_ON.replace('\n', "\n\n")
            )
        };
        let clean = |page: &str| crate::clean(page, &crate::Options::default()).body();
        for copy in [
            "Discover smarter broadband for your home, with no contract and no setup fee. Switch \
             today and get three months free. Learn more",
            "Ubezpieczenie domu od 19 zł miesięcznie. Sprawdź ofertę i kup online w 5 minut. \
             [Sprawdź]",
        ] {
            let body = clean(&page(copy));
            assert!(
                !body.contains("minut") && !body.contains("broadband"),
                "{body}"
            );
            assert!(body.contains("The mayor said"), "{body}");
        }
        let body = clean(&page("What the swimmers can do to get started"));
        assert!(body.contains("What the swimmers can do"), "{body}");
    }

    /// A reply that repeats the thread's title after "Re:" opens the
    /// replies, however well they read.
    #[test]
    fn a_threads_replies_from_the_first_reply_title_are_dropped() {
        let post = |title: &str, author: &str, text: &str| {
            format!(
                "<div class=\"post\"><dl class=\"postprofile\"><dt><a href=\"#\">{author}</a>\
                 </dt></dl><div class=\"postbody\"><h3><a href=\"#\">{title}</a></h3>\
                 <p class=\"author\">by <strong>{author}</strong> » Tue 3 Jan 2025 21:15</p>\
                 <div class=\"content\">{}</div></div></div>",
                text.trim_end().replace('\n', "<br><br>")
            )
        };
        let title = "Pool closing in the summer, what will the clubs do?";
        let thread = format!(
            "<html><body><div id=\"page-body\"><h2 class=\"topic-title\">{title}</h2>{}{}{}\
             </div><div class=\"similar-topics\"><h3>Similar topics</h3></div></body></html>",
            post(title, "Ada_Quill", POOL_STORY),
            post(&format!("Re: {title}"), "Tom_Hale", POOL_STORY_GOES_ON),
            post(
                &format!("Re: {title}"),
                "Ada_Quill",
                "Thank you both, I will ask the clubs about the buses on Saturday mornings and tell you what they say at the meeting next month."
            ),
        );
        let body = crate::clean(&thread, &crate::Options::default()).body();
        assert!(body.starts_with("The council voted"), "{body}");
        assert!(body.ends_with("at the same price as now."), "{body}");
    }

    /// A letter's salutation over its first paragraph is kept; a slogan
    /// broken over two short lines is not.
    #[test]
    fn a_salutation_over_the_first_paragraph_is_kept() {
        let letter = format!(
            "Pool Friends Newsletter\nHome  Events  Join\n\nDear members,\n\n{}\nUnsubscribe\n",
            POOL_STORY.replace('\n', "\n\n")
        );
        let body = crate::clean(&letter, &crate::Options::default()).body();
        assert!(
            body.starts_with("Dear members,\nThe council voted"),
            "{body}"
        );
        let slogan = format!(
            "Welcome to Poolside,\nthe home of the town's swimmers.\n\n{}",
            POOL_STORY.replace('\n', "\n\n")
        );
        let body = crate::clean(&slogan, &crate::Options::default()).body();
        assert!(!body.contains("Welcome to Poolside,"), "{body}");
    }

    /// A report on moose crashes: a table of them and its source line,
    /// then `between` (an ad's labels, a sign-up box), then the article's
    /// last two paragraphs over a share row and a list of related stories.
    fn moose_crash_report(between: &str) -> String {
        format!(
            "Moose crashes reach a record in the county\n\nBy Staff\n\n\
             There were 212 collisions with moose and deer on the county's roads last year, \
             more than in any year since the statistics began, the wildlife centre said.\n\n\
             Most of them happened on the main road between the two towns, where the road \
             runs straight between the animals' winter and summer grounds.\n\n\
             Crashes by town\n\n\
             The police and the wildlife centre counted the crashes in each town as follows.\n\n\
             Town          2023   2024   Change\n\
             Millbrook       41     52     +11\n\
             Eastfield       33     44     +11\n\
             Harlow          38     39      +1\n\
             Source: County wildlife centre, police\n\n\
             {between}\
             Nine people were hurt in the crashes and one driver died, and the damage to \
             cars came to more than a million, the insurers' association said.\n\n\
             Most crashes happen between five and ten in the evening, when the animals \
             cross the road to their feeding grounds and drivers are tired.\n\n\
             Share  Facebook  X  Email\n\nRelated stories\n\n\
             \x20 • Hunting season opens with fewer licences\n\
             \x20 • Bypass to open a year early\n\n\
             © 2026 The County Times\n"
        )
    }

    #[test]
    fn a_tables_source_over_an_ads_label_leaves_the_article_going_on() {
        let page = moose_crash_report("ADVERTISEMENT\n\nStory continues below advertisement\n\n");
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("Harlow"), "{body}");
        assert!(body.contains("Nine people were hurt"), "{body}");
        assert!(body.contains("Most crashes happen"), "{body}");
        assert!(!body.contains("Hunting season"), "{body}");
    }

    #[test]
    fn a_tables_source_over_a_sign_up_box_leaves_the_article_going_on() {
        let page = moose_crash_report(
            "The Morning Brief\n\n\
             The county's top stories in your inbox every morning, free of charge.\n\n\
             Sign up\n\n",
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("Nine people were hurt"), "{body}");
        assert!(body.contains("Most crashes happen"), "{body}");
        assert!(!body.contains("inbox"), "{body}");
    }

    #[test]
    fn a_tables_source_note_is_dropped_however_well_it_reads() {
        let html = pool_article_around(
            "<table><tr><th>Pool</th><th>Visits</th></tr><tr><td>Old pool</td><td>41,200</td></tr>\
             <tr><td>School pool</td><td>12,900</td></tr></table>\
             <p class=\"table-note\">Source: council figures for last year. The school pool \
             was open in the evenings only.</p>",
        );
        let body = html_body(&html);
        assert!(body.contains("School pool"), "{body}");
        assert!(body.contains("far side of town"), "{body}");
        assert!(!body.contains("Source:"), "{body}");
    }

    #[test]
    fn a_lists_source_over_one_paragraph_leaves_the_article_going_on() {
        let page = format!(
            "Town pool to close\n\n{}\nFacts: What the closure means\n\n\
             \x20 • The old pool shuts on the last day of August.\n\
             \x20 • Season tickets will be refunded in full.\n\
             \x20 • The school pool opens to the public on weekday evenings.\n\n\
             Source: Town council\n\n\
             Swimmers who want their money back can ask for it at the town hall until the \
             end of the year, the council said on Tuesday.\n\n\
             PREMIUM\nYou are reading a premium article\nTry a month for one pound\n\n\
             © 2026 The Town Times\n",
            POOL_STORY.replace('\n', "\n\n")
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("weekday evenings."), "{body}");
        assert!(body.contains("their money back"), "{body}");
        assert!(!body.contains("Source:"), "{body}");
    }

    /// An episode's chapters between its paragraphs stand in the article
    /// without ending it.
    #[test]
    fn an_episodes_chapters_do_not_end_its_article() {
        let page = format!(
            "Episode 12: The old pool\n\n{}\nChapters\n\
             (00:00) Intro\n\
             (02:10) At the pool with the lifeguard\n\
             (09:45) Why the floor cracked\n\
             (17:30) What the council decided\n\
             (24:05) The clubs and their plans\n\
             (31:50) Farewell\n\n\
             Swimmers who want their money back can ask for it at the town hall until the \
             end of the year, the council said on Tuesday.\n\n\
             More episodes\n\nEpisode 11: The library\n",
            POOL_STORY.replace('\n', "\n\n")
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("same price as now."), "{body}");
        assert!(body.contains("their money back"), "{body}");
        assert!(!body.contains("Episode 11"), "{body}");
    }

    /// A fact box's fields printed line under line ("Lanes: 6") close
    /// with their source as a list's items do.
    #[test]
    fn a_fact_boxs_source_over_one_paragraph_leaves_the_article_going_on() {
        let page = format!(
            "Town pool to close\n\n{}\nTHE OLD POOL AT A GLANCE\n\
             Length: 25 metres\n\
             Lanes: 6\n\
             20 to 40 visitors: weekday mornings\n\
             Source: Town council\n\n\
             Swimmers who want their money back can ask for it at the town hall until the \
             end of the year, the council said on Tuesday, and those who bought a ticket \
             for the whole season will get back what they paid for the weeks they lose.\n\n\
             PREMIUM\nYou are reading a premium article\nTry a month for one pound\n\n\
             © 2026 The Town Times\n",
            POOL_STORY.replace('\n', "\n\n")
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("their money back"), "{body}");
        assert!(!body.contains("Source:"), "{body}");
    }

    #[test]
    fn a_list_under_references_is_not_the_article() {
        let citation = |n: u32, author: &str| {
            format!(
                "  {n}. {author} R, Blackwood S, Osei K. Incidence of falls in older adults \
                 living at home: a systematic review. Age Frailty Rev. 2021;18:211-24.\n"
            )
        };
        let authors = [
            "Tiernan",
            "Marsh",
            "Quayle",
            "Varga",
            "Pendry",
            "Okafor",
            "Lindqvist",
        ];
        let references: String = (1..).zip(authors).map(|(n, a)| citation(n, a)).collect();
        let page = format!("{POOL_STORY}{POOL_STORY_GOES_ON}\nReferences\n\n{references}");
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("far side of town."), "{body}");
        assert!(!body.contains("Tiernan"), "{body}");
    }

    #[test]
    fn a_note_between_sources_and_their_list_goes_with_the_list() {
        let citation = |n: u32, author: &str| {
            format!(
                "  {n}. {author} R, Blackwood S, Osei K. Incidence of falls in older adults \
                 living at home: a systematic review. Age Frailty Rev. 2021;18:211-24.\n"
            )
        };
        let authors = ["Tiernan", "Marsh", "Quayle", "Varga", "Pendry"];
        let references: String = (1..).zip(authors).map(|(n, a)| citation(n, a)).collect();
        let note = "Our writers rely on peer-reviewed studies, academic research institutions \
                    and medical associations, and we avoid tertiary references.\n";
        let page = format!("{POOL_STORY}{POOL_STORY_GOES_ON}\nSources\n\n{note}\n{references}");
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("far side of town."), "{body}");
        assert!(!body.contains("Tiernan"), "{body}");
        assert!(!body.contains("peer-reviewed"), "{body}");
    }

    #[test]
    fn an_html_live_reports_update_times_and_titles_are_kept() {
        let entry = |time: &str, title: &str, text: &str| {
            format!(
                "<article class=\"live-entry\"><header><a href=\"#u\"><time>{time}</time></a>\
                 </header><p class=\"author\">Posted by Ana Ruiz</p><h3>{title}</h3>\
                 <p>{text}</p><footer><button>Share this update</button></footer></article>"
            )
        };
        let html = format!(
            "<html><body><main><h1>Budget night</h1>{}{}{}</main></body></html>",
            entry(
                "9:31 PM",
                "Council passes the budget",
                "The council approved the budget on a 6-3 vote, ending a two-month fight \
                 over police overtime, library hours and a fee on trash collection."
            ),
            entry(
                "8:55 PM",
                "Overtime cut fails",
                "A motion to cut police overtime by a fifth failed on a 4-5 vote after \
                 the chief said it would leave the night shift short of officers."
            ),
            entry(
                "8:10 PM",
                "Public comment closes",
                "Forty-one residents spoke before the chair closed public comment, most \
                 of them about the library's evening hours and the trash fee."
            ),
        );
        let body = html_body(&html);
        for kept in [
            "9:31 PM",
            "Council passes the budget",
            "8:10 PM",
            "Public comment closes",
        ] {
            assert!(body.contains(kept), "{kept}: {body}");
        }
        assert!(!body.contains("Posted by"), "{body}");
        assert!(!body.contains("Share this update"), "{body}");
    }

    #[test]
    fn a_games_period_and_clock_head_a_live_reports_updates() {
        for text in ["4ºQ 00:09", "Q3 5:12", "2nd 11:40", "OT1 0:45"] {
            assert!(is_game_clock(text), "{text}");
        }
        for text in [
            "4ºQ",
            "00:09",
            "Q3 5:12 left",
            "Quarter 5:12",
            "3 5:12",
            "Q3 5:1",
        ] {
            assert!(!is_game_clock(text), "{text}");
        }
        let entry = |clock: &str, text: &str| {
            format!(
                "<div class=\"lance\"><span class=\"tempo\">{clock}</span><p>{text}</p>\
                 <button>Compartilhar</button></div><div class=\"ad\">Publicidade</div>"
            )
        };
        let html = format!(
            "<html><body><main><h1>Flamingos vence o Caiçaras</h1>{}{}{}{}</main>\
             <footer><p>Todos os direitos reservados</p></footer></body></html>",
            entry(
                "4ºQ 00:09",
                "Lacerda sofre a falta e converte os dois lances livres com frieza, e o \
                 Flamingos abre quatro pontos a nove segundos do fim."
            ),
            entry(
                "4ºQ 00:41",
                "Toco de Ruan Motta! O pivô sobe junto com o ala e manda a bola para a \
                 arquibancada, e a torcida vem abaixo no ginásio."
            ),
            entry(
                "3ºQ 05:12",
                "O técnico pede tempo depois de três ataques sem pontos, e o time visitante \
                 volta para a quadra com duas trocas no garrafão."
            ),
            entry(
                "2ºQ 04:30",
                "O Caiçaras abre catorze pontos com uma sequência de bolas de três, e o \
                 ginásio fica em silêncio pela primeira vez na noite."
            ),
        );
        let body = html_body(&html);
        for kept in [
            "4ºQ 00:09",
            "Toco de Ruan Motta",
            "3ºQ 05:12",
            "ginásio fica em silêncio",
        ] {
            assert!(body.contains(kept), "{kept}: {body}");
        }
        assert!(!body.contains("Compartilhar"), "{body}");
    }

    #[test]
    fn a_widget_notice_in_the_content_container_is_still_boilerplate() {
        let html = "<html><body><main><article><div class=\"entry-content\">\
             <p>The new jacket kept its rider dry through three days of rain on the \
             moors, and its vents let out the heat on the climbs that followed.</p>\
             <p>This slideshow requires JavaScript.</p>\
             <p>The pockets are deep enough for a phone and a wallet, and the zips \
             work with gloves on, which matters more than any other detail.</p>\
             </div></article></main></body></html>";
        let body = html_body(html);
        assert!(body.contains("gloves on"), "{body}");
        assert!(!body.contains("slideshow"), "{body}");
    }

    #[test]
    fn links_under_a_colon_after_the_article_are_not_its_list() {
        let paragraphs = pool_story_html();
        let html = format!(
            "<html><body><article>{paragraphs}</article>\
             <div class=\"labels\"><p>Filed with:</p><ul>\
             <li><a href=\"/t/pools\">Swimming pools</a></li>\
             <li><a href=\"/t/council\">Town council</a></li>\
             <li><a href=\"/t/library\">Library plans</a></li></ul></div></body></html>"
        );
        let body = html_body(&html);
        assert!(body.contains("same price as now."), "{body}");
        assert!(!body.contains("Town council"), "{body}");
    }

    #[test]
    fn a_colon_list_stops_at_the_tags_after_the_article() {
        let paragraphs = pool_story_html();
        let html = format!(
            "<html><body><main><article>{paragraphs}\
             <p>Three things the swimming clubs have asked the council for:</p><ul>\
             <li>more evening hours in the school pool on the hill</li>\
             <li>buses on Saturday mornings from the far side of town</li>\
             <li>a say in how the new pool beside the library is laid out</li></ul>\
             <p>The council will answer the clubs at its next meeting.</p>\
             <div class=\"post-tags\"><a href=\"/t/pools\">Swimming</a> \
             <a href=\"/t/council\">Town Council</a> <a href=\"/t/sport\">Sport</a></div>\
             </article></main></body></html>"
        );
        let body = html_body(&html);
        assert!(body.contains("at its next meeting."), "{body}");
        assert!(!body.contains("Town Council"), "{body}");
    }

    #[test]
    fn a_colon_list_does_not_leave_the_content_container() {
        let paragraphs = pool_story_html();
        let html = format!(
            "<html><body><main><article><div class=\"news-content\">{paragraphs}\
             <p>What changes for swimmers:</p><ul>\
             <li>evening sessions move to the school pool on the hill;</li>\
             <li>season tickets stay valid until the end of the year;</li>\
             <li>the Saturday lessons for children carry on as before.</li></ul></div>\
             <section class=\"news-gallery\"><h2>Pictures from the meeting</h2>\
             <p>3 pictures</p></section></article></main></body></html>"
        );
        let body = html_body(&html);
        assert!(body.contains("carry on as before."), "{body}");
        assert!(!body.contains("Pictures from"), "{body}");
        assert!(!body.contains("3 pictures"), "{body}");
    }

    #[test]
    fn a_box_nested_among_the_paragraphs_does_not_end_the_article() {
        let mut goes_on = POOL_STORY_GOES_ON.lines();
        let html = format!(
            "<html><body><main><article><div class=\"story-body\">{}\
             <p>{}</p><div class=\"newsletter-signup\"><h3>Get the Morning Brief</h3>\
             <p>The day's top stories from across the county, straight to your inbox \
             every morning.</p><form><input type=\"email\"><button>Sign up</button></form>\
             <p class=\"small\">By signing up you agree to our privacy notice. You can \
             unsubscribe at any time.</p></div><p>{}</p></div></article></main></body></html>",
            pool_story_html(),
            goes_on.next().unwrap(),
            goes_on.next().unwrap(),
        );
        let body = html_body(&html);
        assert!(body.contains("buses on Saturday"), "{body}");
        assert!(!body.contains("Morning Brief"), "{body}");
        assert!(!body.contains("straight to your inbox"), "{body}");
    }

    #[test]
    fn a_hidden_block_ends_a_colon_list() {
        let paragraphs = pool_story_html();
        let html = format!(
            "<html><body><main><article><div class=\"post-content\">{paragraphs}\
             <p>The survey split the pool's visits into three groups:</p><ul>\
             <li>early swimmers</li><li>school lessons</li><li>evening clubs</li></ul>\
             <div class=\"jp-InputPrompt\">In&nbsp;[4]:</div>\
             <pre>visits.groupby(\"group\").size()</pre>\
             <p>{}</p></div></article></main></body></html>",
            POOL_STORY_GOES_ON.lines().next().unwrap()
        );
        let body = html_body(&html);
        assert!(body.contains("evening clubs"), "{body}");
        assert!(body.contains("groupby"), "{body}");
        assert!(!body.contains("In [4]"), "{body}");
    }

    #[test]
    fn teasers_under_a_related_header_in_the_article_are_dropped() {
        let mut lines = POOL_STORY.lines();
        let (first, rest): (String, Vec<&str>) = (lines.next().unwrap().into(), lines.collect());
        let teasers = "Related stories\n\n\
                       • heavy rain floods the road into the town market for a second week\n\
                       • council passes its budget for next year after a long night of debate\n\
                       • street lights on the mill lane have been out for more than a month\n\n";
        let page = format!("{first}\n\n{teasers}{}\n", rest.join("\n\n"));
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("same price as now."), "{body}");
        assert!(!body.contains("street lights"), "{body}");
    }

    #[test]
    fn headlines_of_a_box_inside_the_article_are_dropped_but_not_its_subheading() {
        let goes_on = POOL_STORY_GOES_ON.replace('\n', "\n\n");
        let page = format!(
            "{}\n\nRead also\n\n\
             Heavy rain floods the road into the town market for a second week\n\n\
             Mill Lane street lights still dark after five weeks\n\n\
             What the clubs want from the town\n\n{goes_on}",
            POOL_STORY.replace('\n', "\n\n")
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("far side of town."), "{body}");
        assert!(body.contains("What the clubs want from the town"), "{body}");
        assert!(!body.contains("Heavy rain"), "{body}");
        assert!(!body.contains("street lights"), "{body}");
    }

    #[test]
    fn a_subheading_under_dated_headlines_of_a_box_is_the_articles() {
        let goes_on = POOL_STORY_GOES_ON.replace('\n', "\n\n");
        let page = format!(
            "{}\n\n{goes_on}Read also\n\n\
             Heavy rain floods the road into the town market for a second week\n\
             14. 3. 2025\n\n\
             Mill Lane street lights still dark after five weeks\n\
             2. 2. 2025\n\n\
             Dogs and higher fences\n\n{MILL_STORY_GOES_ON}",
            POOL_STORY.replace('\n', "\n\n")
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("Dogs and higher fences"), "{body}");
        assert!(body.contains("able to watch it."), "{body}");
        assert!(!body.contains("Heavy rain"), "{body}");
        assert!(!body.contains("2025"), "{body}");
    }

    #[test]
    fn a_subheading_under_bulleted_headlines_is_the_articles_over_a_lead_in() {
        let page = format!(
            "{}\n\nRead also\n\n\
             \x20 • Heavy rain floods the road into the town market for a second week\n\
             \x20 • Mill Lane street lights still dark after five weeks\n\n\
             What the clubs want\n\n\
             The clubs have asked the council for more time in the school pool while the \
             new one is built, and say they will lose members without it.\n\n\
             The clubs listed their requests in a letter to the council:\n\n\
             \x20 • two more evenings a week in the school pool\n\
             \x20 • buses on Saturday mornings\n\
             \x20 • a say in the design of the new pool\n",
            POOL_STORY.replace('\n', "\n\n")
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("What the clubs want"), "{body}");
        assert!(body.contains("buses on Saturday mornings"), "{body}");
        assert!(!body.contains("Heavy rain"), "{body}");
    }

    #[test]
    fn the_article_goes_on_under_a_lone_headline_at_a_short_lead_in() {
        let page = format!(
            "{}\n\nRELATED STORY\n\n\
             Heavy rain floods the road into the town market for a second week\n\n\
             The clubs want three things from the council:\n\n\
             \x20 • two more evenings a week in the school pool\n\
             \x20 • buses on Saturday mornings\n\
             \x20 • a say in the design of the new pool\n\
             \x20 • lessons for children on weekday afternoons\n\
             \x20 • a lane kept free for training\n\n{}",
            POOL_STORY.replace('\n', "\n\n"),
            POOL_STORY_GOES_ON.replace('\n', "\n\n")
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("The clubs want three things"), "{body}");
        assert!(body.contains("buses on Saturday mornings"), "{body}");
        assert!(!body.contains("Heavy rain"), "{body}");
    }

    #[test]
    fn an_appeal_box_between_paragraphs_is_dropped_from_title_to_fine_print() {
        let goes_on = POOL_STORY_GOES_ON.replace('\n', "\n\n");
        let page = format!(
            "{}Support The Valley Gazette\n\n\
             Our reporters have covered the town's council, courts and schools for forty \
             years, and we do not put that reporting behind a paywall for anyone.\n\n\
             If you value what we do, please consider supporting us today.\n\n\
             [Give monthly]   [Give once]\n\n\
             From just £2 – it only takes a minute.\n\n{goes_on}",
            POOL_STORY.replace('\n', "\n\n")
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("same price as now."), "{body}");
        assert!(body.contains("far side of town."), "{body}");
        assert!(!body.contains("Support The Valley Gazette"), "{body}");
        assert!(!body.contains("forty years"), "{body}");
        assert!(!body.contains("it only takes a minute"), "{body}");
        // An ad's label above a short paragraph heads an ad, not the
        // appeal: the paragraph stays.
        let page = format!(
            "{}ADVERTISEMENT\n\n\
             One swimmer was treated at the scene for a cut foot and released, the mayor said.\n\n\
             Sign up for the Morning Briefing\n\
             Get the top local stories in your inbox every weekday morning.\n\
             [Enter your email]   [Sign Up]\n\n{goes_on}",
            POOL_STORY.replace('\n', "\n\n")
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("One swimmer was treated"), "{body}");
        assert!(!body.contains("ADVERTISEMENT"), "{body}");
    }

    #[test]
    fn a_related_phrase_before_a_linked_headline_labels_a_teaser() {
        let paragraphs = pool_story_html();
        let html = format!(
            "<html><body><article><div class=\"entry-content\">{paragraphs}\
             <div class=\"box\"><span>Also read</span> <a href=\"/market\">Heavy rain \
             floods the road into the town market for the second week in a row, and traders \
             count the cost</a></div>{paragraphs}</div></article></body></html>"
        );
        let body = html_body(&html);
        assert!(body.contains("same price as now."), "{body}");
        assert!(!body.contains("Heavy rain"), "{body}");
    }

    #[test]
    fn a_source_line_in_a_figures_caption_does_not_end_the_article() {
        let mut lines = POOL_STORY.lines().map(|line| format!("<p>{line}</p>"));
        let first = lines.next().unwrap();
        let rest: String = lines.collect();
        let html = format!(
            "<html><body><article>{first}\
             <figure><img src=\"chart.png\"><figcaption><p>Visits to the pool by year</p>\
             <p>Source: Town Leisure Department</p></figcaption></figure>\
             {rest}{rest}</article></body></html>"
        );
        let body = html_body(&html);
        assert!(body.contains("cracks in its floor"), "{body}");
        assert!(!body.contains("Source:"), "{body}");
    }

    /// A list of results under a subheading, in the paragraphs' container
    /// with paragraphs above and below it: the article goes on past it.
    #[test]
    fn a_list_between_the_paragraphs_of_one_container_does_not_end_the_article() {
        let bouts: String = [
            "Tom Lee (155,6) vs. Rod Ibarra (157,8)",
            "Val Nadal (125,4) vs. Sofia Alt (125,8)",
            "Hugo Cota (170,6) vs. Jairo Mend (171,0)",
            "Dan Rueda (145,8) vs. Kevin Salas (146,0)",
            "Mari Urbi (115,6) vs. Paula Rios (115,2)",
        ]
        .iter()
        .map(|bout| format!("<li>{bout}</li>"))
        .collect();
        let html = format!(
            "<html><body><article><h1>Ibarra misses weight by four pounds</h1>\
             <div class=\"body\">\
             <p>Rod Ibarra missed weight for Saturday's main event by almost four pounds on \
             Friday and will give up a quarter of his purse to his opponent, Tom Lee.</p>\
             <p>The fight stays at five rounds, but the interim title will no longer be on \
             the line, the promoter said after the weigh-in at the hotel.</p>\
             <p>Lee, who made the limit at his first attempt, agreed to go ahead with the \
             bout at a catch weight after talks that lasted most of the afternoon.</p>\
             <div class=\"ad-slot\">Advertisement</div><h2>The weigh-in results</h2>\
             <ul>{bouts}</ul>\
             <p>The preliminary card begins at five in the afternoon, local time, and the \
             main event is expected to start at about ten.</p></div></article>\
             <footer><p>© 2025 Fight Desk</p></footer></body></html>"
        );
        let body = html_body(&html);
        assert!(body.contains("Hugo Cota (170,6)"), "{body}");
        assert!(body.contains("expected to start at about ten"), "{body}");
    }

    /// "Source: ..." under an HTML table of two rows is the table's source;
    /// the paragraph under it is the article's last.
    #[test]
    fn a_source_line_under_a_short_html_table_does_not_end_the_article() {
        let paragraphs = pool_story_html();
        let html = format!(
            "<html><body><article>{paragraphs}<h2>Funding</h2>\
             <table><tr><th>Needed</th><th>Received</th><th>Gap</th></tr>\
             <tr><td>£2.1 million</td><td>£0.7 million</td><td>67%</td></tr></table>\
             <p>Source: Town Leisure Department, as of 15 October.</p>\
             <p>Without more money before the end of the year, the council said, the new \
             pool will not open until the autumn after next, and the swimming club will \
             have to train at the school for another season.</p>\
             <p><a href=\"/share\">Share this page</a></p></article></body></html>"
        );
        let body = html_body(&html);
        assert!(body.contains("for another season"), "{body}");
        assert!(!body.contains("Source:"), "{body}");
    }

    #[test]
    fn a_caption_after_an_introduced_list_is_not_an_item_of_it() {
        let paragraphs = pool_story_html();
        let html = format!(
            "<html><body><article>{paragraphs}<p>The council listed three reasons:</p>\
             <ul><li>The floor is cracked</li><li>The walls leak</li><li>Repairs cost too \
             much</li></ul><figure><img src=\"pool.jpg\"><figcaption>Swimmers leave the \
             old pool on its last evening. Photo: Jane Doe</figcaption></figure>\
             {paragraphs}</article></body></html>"
        );
        let body = html_body(&html);
        assert!(body.contains("Repairs cost too much"), "{body}");
        assert!(!body.contains("last evening"), "{body}");
    }

    #[test]
    fn a_box_of_links_nested_in_the_article_does_not_end_it() {
        let paragraph = |text: &str| format!("<p>{text}</p>");
        let html = format!(
            "<html><body><div class=\"article-body\">{}{}{}\
             <div class=\"side-items\"><div class=\"related\"><h2>Related Links</h2>\
             <ul><li><a href=\"/agency\">Space agency website</a></li></ul></div></div>\
             {}</div></body></html>",
            paragraph(
                "The agency wants to send a crew of four to Mars in a craft that lets \
                 them sleep through most of the long cruise, a study said on Monday."
            ),
            paragraph(
                "Slowing the body down the way bears do in winter would cut the food, \
                 water and room that such a crew needs, the study found, and it would \
                 ease the boredom of a trip that takes half a year each way."
            ),
            paragraph(
                "The study also looked at how the crew would be woken up, and how long \
                 they would need before they could fly the craft again."
            ),
            paragraph(
                "Challenges include building a craft that runs largely on its own while \
                 the crew sleeps through much of the cruise to Mars."
            ),
        );
        let body = html_body(&html);
        assert!(body.contains("cruise to Mars."), "{body}");
        assert!(!body.contains("Related Links"), "{body}");
    }

    #[test]
    fn a_box_whose_header_is_its_own_text_does_not_end_the_article() {
        // The header is text right inside the box's `div`, which shares
        // the paragraphs' container; only one paragraph follows the box
        // before an advertisement.
        let paragraph = |text: &str| format!("<p>{text}</p>");
        let html = format!(
            "<html><body><div class=\"texte\">{}{}\
             <div class=\"a-lire\"><strong>See also</strong><ul>\
             <li><a href=\"/a\">Harbor works are finally over</a></li>\
             <li><a href=\"/b\">The summer programme of the sea festivals</a></li></ul></div>\
             {}<div class=\"pub\"><span>Advertisement</span></div>{}{}</div></body></html>",
            paragraph(
                "Never had the scallop festival drawn so many people: close to eighteen \
                 thousand visitors crowded the quays over the weekend, the organisers said."
            ),
            paragraph(
                "From Saturday morning the car parks at the edge of town were full, and the \
                 free shuttle buses ran every ten minutes until late in the evening."
            ),
            paragraph(
                "On the quay the shucking demonstrations drew crowds all day long, and the \
                 children gathered around the touch pool set up by a local association."
            ),
            paragraph(
                "The success has a downside, though. Several residents of the old quarter \
                 complained about the noise and about cars parked on the pavements."
            ),
            paragraph(
                "The mayor said he would meet the residents before the summer and did not \
                 rule out spreading the festival over two weekends next year."
            ),
        );
        let body = html_body(&html);
        assert!(body.contains("the organisers said."), "{body}");
        assert!(body.contains("two weekends next year."), "{body}");
        assert!(!body.contains("See also"), "{body}");
    }

    /// A gallery shown on one page: each slide a figure with a subheading
    /// and a paragraph, in a caption's class. The slides are the article.
    #[test]
    fn a_gallery_on_one_page_keeps_its_slides() {
        let slide = |n: usize, town: &str| {
            format!(
                "<figure class=\"gallery-slide\"><img src=\"{n}.jpg\" alt=\"\">\
                 <span class=\"credit\">Photo: Dana Whitlock / Stockhaus</span>\
                 <div class=\"gallery-slide__caption\"><h2>{n}. {town}</h2>\
                 <div class=\"gallery-slide__dek\"><p>{town} has a working harbour, a \
                 main street of brick storefronts and a diner where the pie is still made \
                 by hand every morning before the boats come in.</p></div></div></figure>"
            )
        };
        let html = format!(
            "<html><body><article><p>These are our favourite small towns for a long \
             weekend away, each with a harbour, a main street and good pie.</p>{}{}{}\
             </article></body></html>",
            slide(1, "Harlow Bay"),
            slide(2, "Quillfield"),
            slide(3, "Port Aubery"),
        );
        let body = html_body(&html);
        assert!(body.contains("2. Quillfield"), "{body}");
        assert!(body.contains("Port Aubery has a working harbour"), "{body}");
        assert!(!body.contains("Stockhaus"), "{body}");
    }

    /// A byline's credit and the line printed under it are no headline.
    #[test]
    fn a_compilers_credit_and_its_second_line_are_no_headline() {
        let page = format!(
            "Home\n\nNews\n\nLOOKING BACK\n\nLooking back: 25, 50 and 75 years ago\n\n\
             Compiled by Dana Whitlow\nGazette Staff\n\nFeb 19, 2025\n\n\
             {POOL_STORY}{POOL_STORY_GOES_ON}"
        );
        let cleaned = crate::clean(&page, &crate::Options::default());
        let title = cleaned.title.unwrap_or_default();
        assert!(
            !title.contains("Whitlow") && !title.contains("Staff"),
            "{title}"
        );
    }

    /// A video's label above the body ("Play video: ...") is no headline:
    /// the headline is the one over the byline and date.
    #[test]
    fn a_videos_play_label_is_no_headline() {
        let page = format!(
            "Home\n\nNews\n\nTown pool to close for good as repair bill soars\n\n\
             By Dana Whitlow\n\nPublished: Apr. 8, 2025 at 4:47 PM\n\n\
             Play video: Swimmers say goodbye to the town pool\n\n\
             Swimmers say goodbye to the town pool\n\n02:31\n\n\
             Swimmers say goodbye to the town pool\nSource: KPOOL\n\n\
             {POOL_STORY}{POOL_STORY_GOES_ON}"
        );
        let cleaned = crate::clean(&page, &crate::Options::default());
        assert_eq!(
            cleaned.title.as_deref(),
            Some("Town pool to close for good as repair bill soars")
        );
        assert_eq!(cleaned.byline.as_deref(), Some("Dana Whitlow"));
    }

    /// A box of buttons between rules is dropped, its pitch too; a
    /// section between rules without buttons stays.
    #[test]
    fn a_box_of_buttons_between_rules_is_dropped() {
        let rule = "━".repeat(40);
        for (buttons, kept) in [("[Give £10]  [Give £20]", false), ("", true)] {
            let page = format!(
                "{POOL_STORY}\n{rule}\n\nKeep the pool warm\n\n\
                 Every gift to the pool fund pays for heating on cold mornings, when the \
                 children of the swimming clubs train before school.\n\n{buttons}\n\n\
                 {rule}\n\n{POOL_STORY_GOES_ON}"
            );
            let body = crate::clean(&page, &crate::Options::default()).body();
            assert_eq!(body.contains("pays for heating"), kept, "{body}");
            assert!(body.contains("swimming clubs next month"), "{body}");
        }
    }

    /// A release's end mark ends the article, however well what follows
    /// it reads.
    #[test]
    fn a_press_releases_end_mark_ends_the_article() {
        let page = format!("{POOL_STORY}\n###\n\n{POOL_STORY_GOES_ON}");
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("same price as now"), "{body}");
        assert!(!body.contains("swimming clubs"), "{body}");
    }

    /// A title over an ad's text is the ad box's; a subheading over
    /// the article's text stays.
    #[test]
    fn a_title_over_an_ads_text_goes_with_the_ad() {
        let page = format!(
            "{POOL_STORY}\nTown Pool Through the Years\n\nSCROLL TO CONTINUE WITH CONTENT\n\n\
             {POOL_STORY_GOES_ON}\nSwim Clubs Make Plans\n\n\
             The clubs will hold their first meeting about the move in the library hall \
             next Thursday evening.\n"
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(!body.contains("Through the Years"), "{body}");
        assert!(body.contains("Swim Clubs Make Plans"), "{body}");
    }

    /// A stat callout's label goes with its figure; a subheading in
    /// capitals stays.
    #[test]
    fn a_stat_callout_label_goes_with_its_figure() {
        let page = format!(
            "{POOL_STORY}\n12,400\n\nswims last year\n\n{POOL_STORY_GOES_ON}\nLessons\n\n\
             Lessons for children will move to the school pool on Saturday mornings, and the \
             teachers will stay the same.\n"
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(!body.contains("swims last year"), "{body}");
        assert!(body.contains("Lessons\n"), "{body}");
    }

    /// A paragraph ends the list that a colon introduced.
    #[test]
    fn a_paragraph_ends_an_introduced_list() {
        let page = format!(
            "{POOL_STORY}To swim at the school pool:\n\
             \x20 1. Book a lane at the town hall a day ahead.\n\
             \x20 2. Bring your card and a towel.\n\
             The school has asked swimmers to use the side gate after six, when the main \
             doors are locked for the night.\n\
             Pool hours and prices\n"
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("Bring your card"), "{body}");
        assert!(!body.contains("Pool hours"), "{body}");
    }

    #[test]
    fn list_items_between_paragraphs_may_name_a_day() {
        let page = format!(
            "{POOL_STORY}The clubs will hold open days at the school pool on these dates.\n\
             \x20 • Tuesday 17 March 2026, 3pm to 7pm: Hillside School, Orchard Lane, \
             Fennick\n\
             \x20 • Saturday 21 March 2026, 10am to 1pm: Fennick Library, Market Square\n\
             {POOL_STORY_GOES_ON}"
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("Hillside School"), "{body}");
        assert!(body.contains("Fennick Library"), "{body}");
    }

    #[test]
    fn lines_of_code_between_paragraphs_are_kept_whatever_their_figures() {
        let html = format!(
            "<html><body><article>{}<pre><code>1741950212.104211 IP 10.20.8.33.51822 &gt; \
             10.20.4.17.7400: Flags [P.], seq 1:17\n\
             1741950212.144590 IP 10.20.4.17.7400 &gt; 10.20.8.33.51822: Flags [.], ack 17\
             </code></pre>{}</article></body></html>",
            as_paragraphs(POOL_STORY),
            as_paragraphs(POOL_STORY_GOES_ON)
        );
        let body = html_body(&html);
        assert!(body.contains("seq 1:17"), "{body}");
        assert!(body.contains("ack 17"), "{body}");
    }

    #[test]
    fn a_box_with_a_betting_notice_is_dropped_whole() {
        let page = format!(
            "{}ODDS | Harbour FC v Lakeside\nHarbour FC 13/10   Draw 12/5   Lakeside 2/1\n\
             Quill to score anytime: 11/4\n18+ | Gamble responsibly | T&Cs apply\n\n{}",
            POOL_STORY.replace('\n', "\n\n"),
            POOL_STORY_GOES_ON.replace('\n', "\n\n")
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(!body.contains("Draw 12/5"), "{body}");
        assert!(!body.contains("Quill to score"), "{body}");
        assert!(body.contains("The mayor said the decision"), "{body}");
    }

    #[test]
    fn a_shell_command_under_a_copy_button_is_kept_whatever_its_address() {
        let page = format!(
            "{}Install it with the script from the project's site:\n\nCopy code\n  \
             $ curl -fsSL https://pool.example.org/install.sh | sh\n  $ pool --version\n\n{}",
            POOL_STORY.replace('\n', "\n\n"),
            POOL_STORY_GOES_ON.replace('\n', "\n\n")
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("$ curl -fsSL"), "{body}");
        assert!(!body.contains("Copy code"), "{body}");
    }

    #[test]
    fn a_linked_heading_over_its_sections_paragraph_is_kept() {
        let item = |name: &str, text: &str| {
            format!(
                "<div class=\"venue\"><h2><a href=\"https://{name}.example\">{name}</a></h2>\
                 <figure><img src=\"{name}.jpg\"><figcaption>The dining room. Photo: Ada \
                 Quill</figcaption></figure><p>{text}</p></div>"
            )
        };
        let html = format!(
            "<html><body><article><div class=\"guide\">{}{}{}{}</div></article></body></html>",
            as_paragraphs(POOL_STORY),
            item(
                "Harbour Grill",
                "A narrow room on the quay with eight tables and a grill by the door. Order \
                 whatever came in on the boats that morning, and ask for the green sauce that \
                 the owner keeps behind the counter."
            ),
            item(
                "Lido Cafe",
                "The cafe by the old pool serves breakfast from seven, and the swimmers who \
                 still come every morning take the tables by the window before anyone else \
                 can sit down with a paper."
            ),
            as_paragraphs(POOL_STORY_GOES_ON)
        );
        let body = html_body(&html);
        assert!(body.lines().any(|line| line == "Lido Cafe"), "{body}");
        assert!(!body.contains("Photo: Ada"), "{body}");
    }

    #[test]
    fn a_content_elements_own_header_heads_its_text() {
        let element = |title: &str, text: &str| {
            format!(
                "<div class=\"frame\"><header class=\"frame-header\"><h3>{title}</h3></header>\
                 <p>{text}</p></div>"
            )
        };
        let html = format!(
            "<html><body><main><div class=\"news\">{}{}{}</div></main></body></html>",
            as_paragraphs(POOL_STORY),
            element(
                "What the new pool will have",
                "Six lanes, a learners' pool and a sauna, the architect told the meeting, and \
                 changing rooms with space for the school classes that come every morning."
            ),
            element(
                "When it will open",
                "Work starts in the spring and should take two years, if the builders find no \
                 surprises in the old foundations that the survey could not reach, and the \
                 council hopes to hold the first gala there."
            ),
        );
        let body = html_body(&html);
        assert!(body.lines().any(|l| l == "When it will open"), "{body}");
    }

    /// An ad's line is no item of a list that a paragraph introduces.
    #[test]
    fn an_ad_ends_an_introduced_list() {
        let html = "<html><body><article>\
            <p>The budget passed the House on Thursday after a night of talks between \
            the two parties, and it now goes to the Senate, which meets next week.</p>\
            <p>It pays for three things the governor had asked for:</p>\
            <ul><li>New roofs for four schools</li><li>Two fire engines</li></ul>\
            <p class=\"ad-label\">Sponsored by Halvorsen Energy</p>\
            <p>The Senate's leader said she expected a vote before the end of the month, \
            though members of her own party have asked for changes to the school money.</p>\
            </article></body></html>";
        let body = html_body(html);
        assert!(body.contains("Two fire engines"), "{body}");
        assert!(!body.contains("Halvorsen"), "{body}");
    }

    #[test]
    fn a_pull_quote_in_the_content_is_dropped_with_its_cited_speaker() {
        let block = |inner: &str| format!("<div class=\"block\">{inner}</div>");
        let said = "“The pool has served the town for sixty years, but it cannot serve \
                    another,” said Mara Quill, who chairs the leisure committee. A new pool \
                    will be built beside the library, the mayor said.";
        let mut lines = POOL_STORY.lines().chain(POOL_STORY_GOES_ON.lines());
        let first = block(&format!("<p>{}</p>", lines.next().unwrap()));
        let rest: String = lines
            .skip(1)
            .map(|l| block(&format!("<p>{l}</p>")))
            .collect();
        let html = format!(
            "<html><body><main><article class=\"entry\"><div class=\"entry__body\">\
             {first}{}{}{rest}</div></article></main></body></html>",
            block(&format!("<p>{said}</p>")),
            block(
                "<blockquote class=\"pull-quote\"><p>“The pool has served the town for \
                 sixty years, but it cannot serve another.”</p><cite>Mara Quill</cite>\
                 </blockquote>"
            ),
        );
        let body = html_body(&html);
        assert!(body.contains("who chairs the leisure committee."), "{body}");
        assert!(body.contains("same price as now."), "{body}");
        assert!(!body.contains("serve another.”"), "{body}");
        assert!(!body.lines().any(|line| line == "Mara Quill"), "{body}");
    }

    /// A short article's paragraphs weigh little beside a video's long
    /// description and teasers' summaries in sections under it.
    #[test]
    fn sections_under_a_short_article_do_not_join_it() {
        let description = "Engineers spent Thursday morning testing the new flood gates at \
                           the weir ahead of the winter. In the film, the site manager explains \
                           how the gates are lowered, how long it takes to close the whole \
                           barrier and why the test now runs twice a year instead of once. He \
                           also shows the control room above the weir, where staff watch the \
                           river on screens fed by sensors upstream, and residents say the \
                           gates have given them peace of mind since the floods.";
        let teaser = "A new crossing will be installed on the road by the station in the \
                      spring after residents reported several near misses involving children \
                      walking to school, the council said on Friday.";
        let html = format!(
            "<html><body><main><article><div class=\"article__body\">{}</div></article>\
             <section class=\"video-block\"><h2>Watch</h2><div class=\"player\"><button>Play\
             </button><span>2:14</span></div><h3>Flood gates tested</h3><p>{description}</p>\
             <span>Video: The Courier</span></section><section class=\"read-next\"><h2>Read next</h2>\
             <article><h3><a href=\"/a\">Crossing to be upgraded</a></h3><p>{teaser}</p>\
             </article><article><h3><a href=\"/b\">Car park charges rise</a></h3><p>{teaser}\
             </p></article></section></main></body></html>",
            pool_story_html()
        );
        let body = html_body(&html);
        assert!(body.contains("at the same price as now."), "{body}");
        assert!(!body.contains("flood gates"), "{body}");
        assert!(!body.contains("near misses"), "{body}");
    }

    /// In a flat page, a heading that is all link over a summary is a
    /// teaser's card, however well the summary reads.
    #[test]
    fn teaser_cards_after_a_flat_article_stay_out_of_it() {
        let card = |headline: &str, summary: &str| {
            format!("<h3><a href=\"/n\">{headline}</a></h3><p>{summary}</p>")
        };
        let description = "When the new tenants finally got the keys to their plot at the \
                           allotments, it was a tangle of brambles and broken glass. A year \
                           on, it feeds a family of five, and in this film they show how \
                           they cleared it, what they grew first and what they would never \
                           plant again, from the runner beans that failed twice to the \
                           pumpkins that took over the path.";
        let html = format!(
            "<html><body><div><h1>Pool to close</h1>{}<p>Share on Facebook</p>\
             <h2>Read also</h2>{}{}{}<h2>Video</h2><h3>A year on the plot</h3>\
             <p>{description}</p><p>Duration: 6:24</p></div></body></html>",
            pool_story_html(),
            card(
                "Park café tender reopened after only one bid",
                "The council says it wants more local businesses to apply before the \
                 lease is signed, and it will hold an open evening at the town hall for \
                 anyone who wants to see the kitchen."
            ),
            card(
                "Volunteers plant fruit trees at the community orchard",
                "Apples, pears and plums went in over two weekends, and the first \
                 harvest is expected in three years, when the volunteers hope to open a \
                 small stall by the gate on Saturdays."
            ),
            card(
                "Garden waste collections to start a fortnight early",
                "Households that have paid for the brown bin will see their first \
                 collection in the middle of March, two weeks earlier than last year, \
                 after complaints about full bins in the spring."
            ),
        );
        let body = html_body(&html);
        assert!(body.contains("at the same price as now."), "{body}");
        assert!(!body.contains("lease is signed"), "{body}");
        assert!(!body.contains("runner beans"), "{body}");
    }

    #[test]
    fn a_pull_quote_is_dropped_and_a_quote_kept() {
        let html = "<html><body><article>\
            <p>The orchard club grafted 180 trees last spring. “A graft is just two wounds \
            that agree to heal together,” said the club's oldest member, who has taught the \
            craft in the village for forty years.</p>\
            <figure><blockquote><p>“A graft is just two wounds that agree to heal \
            together.”</p></blockquote></figure>\
            <p>Of the 180 grafts, 151 took, which the club puts down to sharp knives, clean \
            cuts and a cold, damp April that kept the scions from drying out.</p>\
            <blockquote><p>Take your scions in January, wrap them in damp paper and keep \
            them in the fridge until the buds on the rootstock begin to swell.</p></blockquote>\
            <p>Any trees left over are planted in the community orchard on the lane, where \
            the club meets on the first Saturday of each month.</p>\
            </article></body></html>";
        let body = html_body(html);
        assert_eq!(body.matches("agree to heal").count(), 1, "{body}");
        assert!(body.contains("until the buds"), "{body}");
    }

    #[test]
    fn a_quotes_author_class_names_the_speaker_not_a_byline() {
        let html = "<html><body><article>\
            <p>The orchard club grafted 180 trees last spring, more than in any year since it \
            was founded, and the village has asked it to plant the verges next.</p>\
            <blockquote class=\"quote\"><p>We never planned to grow this big, but every \
            spring more people turn up with a knife and an old tree they want to save.</p>\
            <footer><cite class=\"quote__author\">Edith Marlow, club secretary</cite></footer>\
            </blockquote>\
            <p>Of the 180 grafts, 151 took, which the club puts down to sharp knives, clean \
            cuts and a cold, damp April that kept the scions from drying out.</p>\
            <p>Any trees left over are planted in the community orchard on the lane, where \
            the club meets on the first Saturday of each month.</p>\
            </article></body></html>";
        let body = html_body(html);
        assert!(body.contains("Edith Marlow, club secretary"), "{body}");
    }

    /// In scraped text a pull quote is an indented line, its speaker under
    /// it after a dash.
    #[test]
    fn a_time_under_an_updates_share_row_heads_the_next_update() {
        let update = |time: &str, title: &str, text: &str| {
            format!("{time}\n\nDana Whitlock\n\n{title}\n\n{text}\n\nShare Copy link\n\n")
        };
        let page = format!(
            "{}\n{}{}{}",
            POOL_STORY.replace('\n', "\n\n"),
            update(
                "11:42 AM PT",
                "The vote is in",
                "The council voted seven to two to close the old pool at the end of the \
                 summer, and the mayor thanked the swimmers who had come to speak."
            ),
            update(
                "11:35 AM PT",
                "Swimmers speak",
                "Three members of the swimming club asked the council to keep the pool open \
                 for one more winter while the new one is built beside the library."
            ),
            update(
                "11:20 AM PT",
                "Meeting opens",
                "The mayor opened the meeting a few minutes late, with every seat in the \
                 hall taken and more people standing along the back wall."
            ),
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("\n11:35 AM PT\n"), "{body}");
        assert!(body.contains("\n11:20 AM PT\n"), "{body}");
    }

    #[test]
    fn a_time_under_an_updates_author_and_labels_heads_the_next_update() {
        let update = |time: &str, title: &str, text: &str, tail: &str| {
            format!("{time}\n\n{title}\n\n{text}\n\n{tail}Tom Ashcroft\n\nKey event\n\n")
        };
        let post = "  Sutton Vale, LAB GAIN from CON. Forde (Lab) 19,844, Halliwell (Con) 15,203.\n\n\
                    — Courier Politics (@CourierPolitics) May 8, 2026\n\nShow 9 more updates\n\n";
        let page = format!(
            "{}\n{}{}{}Topics\n\n© 2026 The Town Paper\n",
            POOL_STORY.replace('\n', "\n\n"),
            update(
                "03.31 BST",
                "The vote is in",
                "The council voted seven to two to close the old pool at the end of the \
                 summer, and the mayor thanked the swimmers who had come to speak.",
                ""
            ),
            update(
                "02.14 BST",
                "Swimmers speak",
                "Three members of the swimming club asked the council to keep the pool open \
                 for one more winter while the new one is built beside the library.",
                post
            ),
            update(
                "22.00 BST",
                "Meeting opens",
                "The mayor opened the meeting a few minutes late, with every seat in the \
                 hall taken and more people standing along the back wall.\n\n\
                 Before the vote, the clerk read out the letters that had come in since the \
                 last meeting, most of them from parents whose children learned to swim there.",
                ""
            ),
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("\n02.14 BST\n"), "{body}");
        assert!(body.contains("\n22.00 BST\n"), "{body}");
        assert!(body.contains("every seat in the hall"), "{body}");
        assert!(!body.contains("Key event"), "{body}");
    }

    #[test]
    fn an_updates_author_line_over_the_next_updates_time_starts_no_article() {
        let update = |time: &str, title: &str, text: &str| {
            format!("{time}\n\n{title}\n\n{text}\n\nDana Whitlock / Reporter\n\nShare\n\n")
        };
        let page = format!(
            "{}{}\n{}{}{}Topics: Pool · Council\n\n© 2026 The Town Paper\n",
            POOL_STORY.replace('\n', "\n\n"),
            POOL_STORY_GOES_ON.replace('\n', "\n\n"),
            update(
                "21.40 BST",
                "The vote is in",
                "The council voted seven to two to close the old pool at the end of the \
                 summer, and the mayor thanked the swimmers who had come to speak."
            ),
            update(
                "20.15 BST",
                "Swimmers speak",
                "Three members of the swimming club asked the council to keep the pool open \
                 for one more winter while the new one is built beside the library."
            ),
            update(
                "19.05 BST",
                "Meeting opens",
                "The mayor opened the meeting a few minutes late, with every seat in the \
                 hall taken and more people standing along the back wall."
            ),
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("swimming club asked"), "{body}");
        assert!(body.contains("every seat in the hall"), "{body}");
        assert!(!body.contains("Dana Whitlock"), "{body}");
    }

    #[test]
    fn an_updates_title_over_its_author_starts_no_article() {
        let update = |time: &str, title: &str, text: &str| {
            format!("{time}\n\n{title}\n\nBy Dana Whitlock\n\n{text}\n\nShare\n\n")
        };
        let page = format!(
            "{}{}\n{}{}{}Topics: Pool · Council\n\n© 2026 The Town Paper\n",
            POOL_STORY.replace('\n', "\n\n"),
            POOL_STORY_GOES_ON.replace('\n', "\n\n"),
            update(
                "21.40",
                "The vote is in at last",
                "The council voted seven to two to close the old pool at the end of the \
                 summer, and the mayor thanked the swimmers who had come to speak."
            ),
            update(
                "20.15",
                "Swimmers speak to the council",
                "Three members of the swimming club asked the council to keep the pool open \
                 for one more winter while the new one is built beside the library."
            ),
            update(
                "19.05",
                "The meeting opens late",
                "The mayor opened the meeting a few minutes late, with every seat in the \
                 hall taken and more people standing along the back wall."
            ),
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("swimming club asked"), "{body}");
        assert!(body.contains("every seat in the hall"), "{body}");
    }

    #[test]
    fn a_time_heads_an_update_under_its_author_role_and_title() {
        let updates = [
            (
                "16.25",
                "Buses run again on the ring lines, though irregularly, the authority said.",
            ),
            (
                "15.40",
                "The union said the strike would end at six and no new action was called.",
            ),
            (
                "13.05",
                "Hospital staff are being offered free taxis to the main entrance today.",
            ),
            (
                "05.40",
                "The strike on buses and trains has begun. We report here all day long.",
            ),
        ];
        let mut page = String::from("Transport strike: live\n\n");
        for (time, text) in updates {
            // The first update of the day has a title of two words.
            let title = if time == "05.40" {
                "Good morning\n"
            } else {
                ""
            };
            page.push_str(&format!(
                "{time}\nLina Berg\nReporter\n{title}{text}\n\nShare\n\n"
            ));
        }
        page.push_str("Topics: Strike Transport\n");
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.lines().any(|l| l == "05.40"), "{body}");
        assert!(body.contains("The strike on buses and trains"), "{body}");
    }

    #[test]
    fn dotted_and_zoned_times_head_a_live_reports_updates() {
        for times in [
            ["18.05", "17.40", "16.55"],
            ["17h48", "17h41", "17h20"],
            ["2:47 p.m. ET", "2:32 p.m. ET", "1:55 p.m. ET"],
        ] {
            let update = |time: &str, text: &str| format!("{time}\n\n{text}\n\nShare\n\n");
            let page = format!(
                "{}\n{}{}{}Topics: Pool · Council\n\n© 2026 The Town Paper\n",
                POOL_STORY.replace('\n', "\n\n"),
                update(
                    times[0],
                    "The council voted seven to two to close the old pool at the end of the \
                     summer, and the mayor thanked the swimmers who had come to speak."
                ),
                update(
                    times[1],
                    "Three members of the swimming club asked the council to keep the pool \
                     open for one more winter while the new one is built beside the library."
                ),
                update(
                    times[2],
                    "The mayor opened the meeting a few minutes late, with every seat in the \
                     hall taken and more people standing along the back wall."
                ),
            );
            let body = crate::clean(&page, &crate::Options::default()).body();
            for time in times {
                assert!(body.lines().any(|line| line == time), "{time}: {body}");
            }
        }
    }

    #[test]
    fn an_update_right_under_an_ads_label_is_no_ads_copy() {
        let page = format!(
            "{}\n21:40\n\nThe vote is in\n\nThe council voted seven to two to close the old \
             pool at the end of the summer, and the mayor thanked the swimmers.\n\n\
             Share\n\nAdvertisement\n\n\
             20:15\nSwimmers speak\nDana Whitlock\nThree members of the swimming club asked \
             the council to keep the pool open for one more winter.\n\n\
             Share\n\n19:05\n\nMeeting opens\n\nThe mayor opened the meeting a few minutes \
             late, with every seat in the hall taken and more people along the back wall.\n\n\
             Share\n\n© 2026 The Town Paper\n",
            POOL_STORY.replace('\n', "\n\n"),
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("\n20:15\n"), "{body}");
        assert!(
            body.contains("Three members of the swimming club"),
            "{body}"
        );
        assert!(!body.contains("Advertisement"), "{body}");
    }

    #[test]
    fn labelled_items_join_a_label_and_its_detail() {
        for text in [
            "England (Group A): 10th appearance",
            "June 9 – West Palm Beach, FL",
            "Oct. 3 — Picture Day",
            "Brühlweg - closed all day",
        ] {
            assert!(is_labelled_item(text), "{text}");
        }
        for text in [
            "Read more:",
            ": no label",
            "Well-known faces",
            "Ends with a dash –",
            "– Dana Whitlock",
            "9:30 a.m.",
        ] {
            assert!(!is_labelled_item(text), "{text}");
        }
    }

    #[test]
    fn dated_items_under_a_plain_header_are_the_articles() {
        let dates = "Important dates\n\nOct. 1 – Pool closes for the season\n\
            Oct. 3 – Survey results at the library\nOct. 10 – Public meeting, 7 p.m.\n\
            Oct. 16 – Council vote on the new pool\nOct. 30 – Last day to comment\n\n";
        let page = format!(
            "{}\n{dates}{}\nShare this story\n\n© 2026 The Town Paper\n",
            POOL_STORY.replace('\n', "\n\n"),
            POOL_STORY_GOES_ON.replace('\n', "\n\n")
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(
            body.contains("Oct. 16 – Council vote on the new pool\n"),
            "{body}"
        );
        assert!(body.contains("far side of town"), "{body}");
        assert!(!body.contains("Town Paper"), "{body}");
    }

    #[test]
    fn a_subheading_in_scraped_text_may_name_a_day() {
        let page = format!(
            "{}\nAdvertisement\n\nSATURDAY LEAGUE: PREMIER DIVISION\n\n{}",
            POOL_STORY.replace('\n', "\n\n"),
            POOL_STORY_GOES_ON.replace('\n', "\n\n")
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(
            body.contains("\nSATURDAY LEAGUE: PREMIER DIVISION\n"),
            "{body}"
        );
        assert!(!body.contains("Advertisement"), "{body}");
    }

    #[test]
    fn the_line_under_a_pictures_file_name_is_its_caption() {
        let page = format!(
            "{}\n[old-pool-floor.jpg]\n\nThe cracked floor of the old pool, seen from the \
             deep end. Click for a larger version.\n\n{}",
            POOL_STORY.replace('\n', "\n\n"),
            POOL_STORY_GOES_ON.replace('\n', "\n\n")
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(!body.contains("cracked floor"), "{body}");
        assert!(body.contains("at the same price as now."), "{body}");
        assert!(body.contains("far side of town"), "{body}");
    }

    #[test]
    fn a_reviews_verdict_goes_on_under_its_pros_and_cons() {
        let page = "Kettle review: the Brenna K2\n\n\
            The Brenna K2 boils a full litre in just under three minutes, which puts it among \
            the quickest kettles we have tried this year, and it does so quietly.\n\n\
            Its lid opens with a button on the handle and stays open while you fill it, so \
            the steam does not scald your fingers when you pour.\n\n\
            The water window is easy to read from both sides, although the markings wear off \
            after a few months of daily cleaning.\n\n\
            Compare prices\nBrenna K2 (1.7 litres)\n  Shopland        49.99   To the shop*\n  \
            Kitchenworld    52.00   To the shop*\n*Affiliate links.\n\n\
            Strengths and weaknesses\n\nPros\n  • Boils quickly\n  • Quiet\n  \
            • Lid opens wide\nCons\n  • Markings wear off\n  • Short cable\n\nVerdict\n\n\
            If you want a quick and quiet kettle and can live with a short cable, the Brenna \
            K2 is the one to buy in this price range, and it should last for years.\n\n\
            Tags: Kitchen · Kettles · Reviews\n";
        let body = crate::clean(page, &crate::Options::default()).body();
        assert!(body.contains("\nBoils quickly\n"), "{body}");
        assert!(body.contains("the one to buy"), "{body}");
        assert!(!body.contains("Affiliate"), "{body}");
    }

    #[test]
    fn paragraphs_printed_line_under_line_below_an_ads_label_are_no_ad() {
        let page = format!(
            "Town pool to close\n\n{POOL_STORY}\nAdvertisement\n\n{POOL_STORY_GOES_ON}\
             Read more: Plans for the new pool go on show at the library\n\n\
             Share this story\n\n© 2026 The Town Times\n"
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(
            body.contains("talk about the years without a pool."),
            "{body}"
        );
        assert!(body.contains("far side of town"), "{body}");
        assert!(!body.contains("Advertisement"), "{body}");
        assert!(!body.contains("Read more"), "{body}");
        // A paywall's box under the label says what it is.
        let paywall = "Advertisement\n\nThis article is for subscribers only\n\
            Join the Town Times today to read every one of our articles without any limits.\n\
            The first month costs one pound, then it is five pounds a month after that.\n\n";
        let page = format!(
            "Town pool to close\n\n{POOL_STORY}\n{paywall}{POOL_STORY_GOES_ON}\n\
             Share this story\n\n© 2026 The Town Times\n"
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(!body.contains("without any limits"), "{body}");
    }

    #[test]
    fn a_pull_quote_in_scraped_text_is_dropped_with_its_speaker() {
        let page = "The orchard club grafted 180 trees last spring. “A graft is just two \
            wounds that agree to heal together,” said Ada Brill, who has taught the craft \
            in the village for forty years.\n\
            \n    “A graft is just two wounds that agree to heal together.”\n\
            \n    — Ada Brill, orchard club\n\
            \nOf the 180 grafts, 151 took, which the club puts down to sharp knives, clean \
            cuts and a cold, damp April that kept the scions from drying out.\n\
            \n    “Take your scions in January and keep them in the fridge until spring.”\n\
            \nAny trees left over are planted in the community orchard on the lane, where \
            the club meets on the first Saturday of each month.\n";
        let body = crate::clean(page, &crate::Options::default()).body();
        assert_eq!(body.matches("agree to heal").count(), 1, "{body}");
        assert!(!body.contains("— Ada Brill"), "{body}");
        assert!(body.contains("Take your scions"), "{body}");
        // The speaker's name and role, without a dash.
        let undashed = page.replace("— Ada Brill", "Ada Brill");
        let body = crate::clean(&undashed, &crate::Options::default()).body();
        assert!(!body.contains("Ada Brill, orchard club"), "{body}");
        assert!(body.contains("Take your scions"), "{body}");
        // Unindented, a line wholly in quotation marks is set apart too; a
        // paragraph that goes on past its quote is not.
        let flush = page.replace("\n    “", "\n“").replace(
            "“Take your scions in January and keep them in the fridge until spring.”",
            "“Take your scions in January and keep them in the fridge until spring,” \
             she said.",
        );
        let body = crate::clean(&flush, &crate::Options::default()).body();
        assert_eq!(body.matches("agree to heal").count(), 1, "{body}");
        assert!(body.contains("Take your scions"), "{body}");
    }

    /// British papers set pull quotes in single marks, under the sentence
    /// they repeat; a line in single marks over its source is a
    /// subheading that quotes its section.
    #[test]
    fn a_pull_quote_in_single_marks_is_dropped_and_a_quoted_subheading_kept() {
        let source = "The orchard club grafted 180 trees last spring. “A graft is just two \
            wounds that agree to heal together,” said Ada Brill, who has taught the craft \
            in the village for forty years.\n";
        let quote = "\n‘A graft is just two wounds that agree to heal together’\n";
        let rest = "\nOf the 180 grafts, 151 took, which the club puts down to sharp knives, \
            clean cuts and a cold, damp April that kept the scions from drying out.\n\
            \nAny trees left over are planted in the community orchard on the lane, where \
            the club meets on the first Saturday of each month.\n";
        let pulled = format!("{source}{quote}{rest}");
        let body = crate::clean(&pulled, &crate::Options::default()).body();
        assert_eq!(body.matches("agree to heal").count(), 1, "{body}");
        let heading = format!("{}\n{source}{rest}", quote.trim_start());
        let body = crate::clean(&heading, &crate::Options::default()).body();
        assert_eq!(body.matches("agree to heal").count(), 2, "{body}");
    }

    /// In scraped text, a line of one sentence without quotation marks
    /// that a paragraph far from it holds whole is a pull quote; the end
    /// of a sentence, or a question a subheading asks, is not.
    #[test]
    fn a_plain_pull_quote_far_from_its_sentence_is_dropped() {
        let quote = "Nobody wanted to be the council that closed the pool.";
        let filler: String = ["first", "second", "third", "fourth", "fifth", "sixth"]
            .iter()
            .map(|nth| {
                format!(
                    "The {nth} speaker from the swimming clubs spoke for the full three \
                     minutes she was given, and asked the council to wait a year.\n\n"
                )
            })
            .collect();
        let page = format!(
            "{POOL_STORY}\n{quote}\n\n{filler}The mayor spoke last. {quote} The vote was \
             seven to two, with the two members from the hill voting against.\n\n\
             {POOL_STORY_GOES_ON}"
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert_eq!(body.matches(quote).count(), 1, "{body}");
        assert!(body.contains("The mayor spoke last. Nobody"), "{body}");
        // A line that repeats only the end of a sentence stays.
        let page = page.replace("The mayor spoke last. ", "The mayor spoke last, saying ");
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert_eq!(body.matches(quote).count(), 2, "{body}");
        // So does a question, which a subheading may ask.
        let question = "Who wanted to be the council that closed the pool?";
        let page = page
            .replace(&format!("\n{quote}\n"), &format!("\n{question}\n"))
            .replace(&format!("saying {quote}"), &format!("asking. {question}"));
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert_eq!(body.matches(question).count(), 2, "{body}");
    }

    #[test]
    fn teasers_in_nested_articles_are_not_the_article() {
        let card = |text: &str| format!("<article class=\"card\"><p>{text}</p></article>");
        let html = format!(
            "<html><body><article class=\"post\">\
             <p>Living through a true love is one of the great joys of life, and to say \
             what one feels takes both courage and the right words at the right time.</p>\
             <p>These messages were chosen to help with the words, for a birthday, an \
             anniversary or simply an ordinary day that deserves to be remembered.</p>\
             <h3>You may also like...</h3>{}{}{}</article></body></html>",
            card(
                "Life asks us for hope and the courage to expect the best and to do our \
                 part, even on the days when nothing seems to go the way we had planned, \
                 and when the people around us have lost their patience with the world."
            ),
            card(
                "What holds a family together is love, care and the wish for each other's \
                 good, and a family that stays together can get through anything that \
                 comes its way, however hard the times turn out to be for all of them."
            ),
            card(
                "Strength to win and faith to believe that everything is possible, that \
                 the best is yet to come and that each new morning brings another chance \
                 to start again and to make of the day something worth remembering."
            ),
        );
        let body = html_body(&html);
        assert!(body.contains("ordinary day"), "{body}");
        assert!(!body.contains("family together"), "{body}");
    }

    #[test]
    fn a_numbered_list_under_most_popular_is_not_the_article() {
        let page = "Most Popular\n\
                    1. Police chief sought state funding for a new camera system\n\
                    2. The county fair will be free to attend starting next summer\n\
                    3. Property taxes are on the rise. These maps show where and how much.\n\
                    Hours before the game on Tuesday, the captain sat in the locker room and \
                    talked about how long it had taken him to feel at home on the ice again.\n\
                    He scored twice that night, and the coach said afterwards that the team \
                    had been waiting all season for a game like that from him.\n";
        let body = crate::clean(page, &crate::Options::default()).body();
        assert!(body.contains("a game like that"), "{body}");
        assert!(!body.contains("county fair"), "{body}");
        assert!(!body.contains("Property taxes"), "{body}");
    }

    #[test]
    fn bulleted_headlines_after_more_stories_do_not_extend_the_article() {
        let article = "Hours before the game on Tuesday, the captain sat in the locker room \
                       and talked about how long it had taken him to feel at home on the ice \
                       again after the injury that cost him most of last season.\n\
                       He scored twice that night, and the coach said afterwards that the \
                       team had been waiting all season for a game like that from him.\n";
        let more = "More Great Stories\n\
                    • The strange life and quiet death of a famous old coder\n\
                    • How to opt out of the sites that sell your personal data\n\
                    • What the new deal means for the future of the small teams\n\
                    • Why the city's oldest rink is going to close in the spring\n\
                    The captain, who has played for the club for nine years, is a writer \
                    of children's books, and he lives in the city with his wife and son.\n";
        let body = crate::clean(&format!("{article}{more}"), &crate::Options::default()).body();
        assert!(body.contains("a game like that"), "{body}");
        assert!(!body.contains("opt out"), "{body}");
        assert!(!body.contains("children's books"), "{body}");
    }

    #[test]
    fn teasers_with_their_summaries_hanging_under_them_are_not_the_article() {
        let article = "The reader wrote in about a brother who keeps missing the family's \
                       Sunday dinners, and about how hard it is to say so without a fight.\n\n\
                       Start by saying it out loud, plainly and kindly, at a time when no one \
                       is rushing off, and let him tell you what the Sundays cost him.\n\n\
                       More Advice\n\n";
        let teasers = [
            "Dear Marisol: My best friend keeps canceling our plans",
            "She always has a good reason, but after the fifth time in two months I am starting to feel like an afterthought.",
            "Money Matters: We cannot agree on what to spend on our wedding",
            "Two planners share the questions that couples should ask before they sign a single contract.",
            "Ask the Vet: Why does my old dog sleep all day now?",
            "A vet explains what changes with age, and which of them are worth a visit to the clinic.",
        ];
        let list: String = teasers
            .chunks(2)
            .map(|pair| format!("  • {}\n    {}\n", pair[0], pair[1]))
            .collect();
        let body = crate::clean(&format!("{article}{list}"), &crate::Options::default()).body();
        assert!(body.contains("what the Sundays cost him."), "{body}");
        assert!(!body.contains("afterthought"), "{body}");
        assert!(!body.contains("single contract"), "{body}");
    }

    #[test]
    fn cards_of_a_headline_over_its_summary_are_not_the_article() {
        let article = "FENWICK — Hollins Road will be closed to through traffic from Monday \
                       through Thursday while county crews replace a culvert under it.\n\n\
                       Detours will be posted along Mill Pond Road, and people who live on the \
                       closed stretch will still be able to reach their homes.\n\n\
                       Recommended for you\n\n";
        let cards = "Library book sale breaks its own record\n\
                     Volunteers sold more than nine thousand books over two days this month.\n\n\
                     Pumpkin festival returns with a new corn maze\n\
                     This year's maze is shaped like the county map, and it takes an hour.\n\n\
                     School board weighs later start times at the high school\n\
                     Parents and students packed the meeting to argue for and against it.\n";
        let body = crate::clean(&format!("{article}{cards}"), &crate::Options::default()).body();
        assert!(body.contains("reach their homes."), "{body}");
        assert!(!body.contains("nine thousand books"), "{body}");
        assert!(!body.contains("argue for and against"), "{body}");
    }

    #[test]
    fn a_list_under_a_short_label_does_not_end_the_article() {
        let text = "The city will rebuild four blocks of Main Street this year, replacing the \
                    water main, the pavement and the sidewalks in one project.\n\n\
                    Work will be done in stages so that shops on the street stay open, and \
                    crossings will be kept open at every corner.\n\n\
                    Key dates:\n\n\
                    \x20 • July 22: Public open house at the community center\n\
                    \x20 • Aug. 4: Water main work begins\n\
                    \x20 • Nov. 21: Road expected to reopen to all traffic\n\n\
                    Residents can sign up for weekly construction updates by text or email \
                    through the city's project page.\n";
        let body = crate::clean(text, &crate::Options::default()).body();
        assert!(body.contains("Aug. 4: Water main work begins"), "{body}");
        assert!(body.contains("weekly construction updates"), "{body}");
    }

    #[test]
    fn a_table_right_after_the_article_is_kept_with_its_title() {
        let html = "<html><body><article>\
            <p>Harrowgate Foods reported higher first-quarter sales on Monday, as demand for \
            its frozen breakfasts grew in every region where the company sells them.</p>\
            <p>The company kept its forecast for the year and said it would open a second \
            plant in the autumn, adding about two hundred jobs in the town.</p>\
            <p><b>Statements of Income</b></p>\
            <table><tr><th>Item</th><th>Q1 2025</th><th>Q1 2024</th></tr>\
            <tr><td>Net sales</td><td>412.6</td><td>386.3</td></tr>\
            <tr><td>Net income</td><td>21.4</td><td>17.9</td></tr></table>\
            <h2>About Harrowgate Foods</h2>\
            <p>Founded in 1954 as a family creamery, Harrowgate Foods makes frozen breakfasts, \
            ready meals and soups sold in more than ten thousand stores.</p>\
            </article></body></html>";
        let body = html_body(html);
        assert!(body.contains("Statements of Income"), "{body}");
        assert!(body.contains("Net income 21.4 17.9"), "{body}");
        assert!(!body.contains("Founded in 1954"), "{body}");
        // A widget's table, titled inside its own box, is not the article's.
        let widget = html
            .replace("<p><b>Statements", "<div class=\"quotes\"><p><b>Statements")
            .replace("</table>", "</table></div>");
        let body = html_body(&widget);
        assert!(body.contains("two hundred jobs"), "{body}");
        assert!(!body.contains("Net income 21.4 17.9"), "{body}");
    }

    #[test]
    fn captioned_tables_after_the_article_are_kept_and_a_lone_stats_box_is_not() {
        let rows = |team: &str| {
            format!(
                "{team} (20-6)\n\nPlayer          MIN   FG     PTS\n\
                 Ada Lark         35   8-19   22\nBea Moss         33   4-12   11\n\
                 Totals          200   24-63  66\n\n"
            )
        };
        let page = format!(
            "{}\nBox Score\n\n{}{}Print Friendly Version\n",
            POOL_STORY.replace('\n', "\n\n"),
            rows("Quillan"),
            rows("Brennock State")
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("Box Score\nQuillan (20-6)"), "{body}");
        assert!(body.contains("Brennock State (20-6)"), "{body}");
        assert!(body.contains("Totals 200 24-63 66"), "{body}");
        assert!(!body.contains("Print Friendly"), "{body}");
        // One table under a title and a line of team names is a stats box.
        let stats = format!(
            "{}\nMatch stats\n\nHarrowgate   Kestrel Vale\n\nPossession   46%   54%\n\
             Shots   11   14\nCorners   4   7\n",
            POOL_STORY.replace('\n', "\n\n")
        );
        let body = crate::clean(&stats, &crate::Options::default()).body();
        assert!(body.contains("same price as now"), "{body}");
        assert!(!body.contains("Possession"), "{body}");
    }

    #[test]
    fn a_listicles_numbered_headings_and_list_labels_are_kept() {
        let item = |n: u32, name: &str| {
            format!(
                "{n}. Best Overall: {name} Shell\n\n$189 at Larkfield Outdoor\n\n[Buy Now]\n\n\
                 Pros:\n\n  • The {name} stayed dry in a downpour\n  • The {name} hood \
                 stays put\n\nCons:\n\n  • The {name} fabric is loud\n\n\
                 The {name} was one of the few jackets that passed every test without a damp \
                 spot. Its stiff hood kept the rain off our glasses, and the long back hem \
                 covered a blazer on the walk from the station to the office.\n\n"
            )
        };
        let page = format!(
            "A commute in the rain has a way of showing up a jacket's flaws: the hood that \
             blows back at every crossing, the zip that lets water onto your shirt.\n\n\
             We tested twenty rain jackets this autumn, wearing them on foot, on bikes and on \
             crowded platforms, and ran each one through a shower test at home.\n\n{}{}{}",
            item(1, "Northpine"),
            item(2, "Tolliver"),
            item(3, "Corvan")
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(
            body.contains("2. Best Overall: Tolliver Shell\nPros:\nThe Tolliver stayed"),
            "{body}"
        );
        assert!(body.contains("Cons:\nThe Corvan fabric"), "{body}");
        assert!(!body.contains("$189"), "{body}");
    }

    #[test]
    fn the_next_story_loaded_below_the_article_is_not_the_article() {
        let first = "The town council voted on Tuesday to buy the old mill by the river and \
                     turn it into a library, a café and rooms for the town's clubs.\n\n\
                     The building has stood empty for twenty years, and a survey last spring \
                     found its roof and its walls sound enough to keep, the mayor said.\n\n\
                     Work will start in the autumn and should take two years, and the council \
                     expects grants to pay for more than half of the cost of the rebuild.\n\n\
                     The mill's wheel, which stopped turning in the 1950s, will be repaired \
                     and put back in the race, where visitors will be able to watch it.\n\n\
                     Two clubs that meet in the church hall have already asked for rooms, and \
                     the library will move from its cramped house on the market square.\n\n\
                     Residents will be asked what the rooms should be used for at a meeting \
                     in the town hall next month, and the plans will be shown there too.\n\n";
        let next = "Up next\n\n\
                    School robotics team heads to the state finals\n\n\
                    By Tomas Reyburn\n\n\
                    Published March 12, 2025 at 4:40 p.m.\n\n\
                    When the robotics team lost its sponsor last summer, the students had a few \
                    hundred dollars and a storeroom full of broken lawn mowers and bicycles.\n\n\
                    The team finished second of thirty-six at the regional qualifier on Saturday, \
                    losing the final round by four points to a school with a far bigger budget.\n\n\
                    The state finals take place in April, and the team is raising money for the \
                    bus and the hotel with a car wash in the school parking lot this month.\n";
        let body = crate::clean(&format!("{first}{next}"), &crate::Options::default()).body();
        assert!(body.contains("plans will be shown there too."), "{body}");
        assert!(!body.contains("robotics team"), "{body}");
    }

    #[test]
    fn a_subheading_over_a_paragraph_and_its_when_line_does_not_start_another_article() {
        let intro = "For one weekend every June, the small river town turns into the \
                     busiest stage in the valley, with fiddlers on the bandstand, dancers \
                     in the old corn exchange and singers on a canal barge.\n\
                     Organizers say this year's lineup leans harder on dance music than \
                     any before it, with callers and bands booked from three states and \
                     a workshop for beginners on both mornings.\n\
                     The festival is run almost entirely by volunteers, and most of the \
                     daytime events are free, paid for by a raffle, a bake sale and the \
                     takings from the Saturday night dance, which usually sells out.\n\
                     Last year about four thousand people came over the two days, twice \
                     the town's population, and the committee expects more this time \
                     because the weather forecast is good and the new footbridge is open.\n\
                     This guide lists the three events that we think are worth planning \
                     a day around, with times, places and prices, and a few words on \
                     getting there and on where to park once you have arrived in town.\n";
        let event = "The bandstand opener\n\
                     The weekend starts properly on Saturday afternoon in the park, where \
                     four local string bands take turns on the bandstand and the food \
                     trucks line up along the river path.\n\
                     When: Saturday, 2-6 p.m.\n\
                     Where: Riverside Park bandstand\n\
                     Cost: Free\n";
        let close = "Parking in the town center is limited on both days, and organizers \
                     are asking visitors to use the free shuttle from the school lot.\n\
                     \"It's a small festival and we want to keep it that way,\" the chair \
                     of the committee said, adding that the raffle tickets are on sale at \
                     the library and at both of the town's cafes until Friday night.\n";
        let body = crate::clean(
            &format!("{intro}{event}{close}"),
            &crate::Options::default(),
        )
        .body();
        assert!(body.contains("food trucks"), "{body}");
        assert!(body.contains("free shuttle"), "{body}");
        // The dated label line goes with the undated ones under it.
        assert!(body.contains("When: Saturday, 2-6 p.m."), "{body}");
    }

    #[test]
    fn a_videos_title_and_running_time_do_not_start_another_article() {
        let video = "Watch the video\n\nHarbor Mill Reborn: The Town Votes\n\n2:28\n\n";
        let page = format!("{POOL_STORY}\n{POOL_STORY}\n{video}{MILL_STORY_GOES_ON}");
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("put back in the race"), "{body}");
        assert!(!body.contains("2:28"), "{body}");
    }

    #[test]
    fn a_videos_running_time_in_minutes_is_no_date_line() {
        let video = "Video\n\nHarbor Mill Reborn: What the Vote Means\n\n02:13 Min.\n\n";
        let page = format!("{POOL_STORY}\n{POOL_STORY}\n{video}{MILL_STORY_GOES_ON}");
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("put back in the race"), "{body}");
        assert!(!body.contains("02:13"), "{body}");
    }

    #[test]
    fn a_widgets_legend_and_clock_do_not_start_another_article() {
        let radar = "Interactive Radar\n\nSnow Mix Rain\n\n◀ ▶ 6:45 AM\n\n";
        let page = format!("{POOL_STORY}\n{POOL_STORY}\n{radar}{MILL_STORY_GOES_ON}");
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("put back in the race"), "{body}");
        assert!(has_control_glyph("◀ ▶ 6:45 AM") && !has_control_glyph("Jan. 14, 6:45 AM"));
    }

    #[test]
    fn the_lines_of_an_ads_box_under_its_label_are_dropped() {
        let story = POOL_STORY.replace('\n', "\n\n");
        let goes_on = POOL_STORY_GOES_ON.replace('\n', "\n\n");
        // Its pitch may run to a long sentence.
        let ad = "ADVERTISEMENT\n\nHollis & Tate Funeral Home\nServing Ashford families since 1921 \
                  with quiet rooms, a chapel of our own and staff who will guide you through every \
                  step.\n41 Mill St., Ashford | 555-013-4410\nVisit hollistate.example\n\n";
        let page = format!("{story}{ad}{goes_on}");
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("far side of town."), "{body}");
        assert!(!body.contains("Hollis"), "{body}");
        assert!(!body.contains("since 1921"), "{body}");
        // A subheading over its list is the article's, ad label or not.
        let list = "ADVERTISEMENT\n\nHumidity\n  • Group plants together.\n  • Keep them away from vents.\n\n";
        let page = format!("{story}{list}{goes_on}");
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("Humidity\nGroup plants together."), "{body}");
        // So is a table, its rows of three cells.
        let table = "Advertentie\n\nFirst quarter figures\n\
                     In millions          Q1 2026   Q1 2025   Change\n\
                     Revenue                612.0     582.3    +5.1%\n\
                     Operating profit        54.3      44.9   +20.9%\n\
                     Net profit              31.8      24.6   +29.3%\n\n";
        let page = format!("{story}{table}{goes_on}");
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("Operating profit 54.3 44.9 +20.9%"), "{body}");
        // A sponsored card printed right under its label, between two
        // paragraphs.
        let card = "Sponsored content\nHomeowners are switching to this surprisingly cheap \
                    insurance\nSmartHomeQuotes\nLearn more\n\n";
        let page = format!("{story}{card}{goes_on}");
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("far side of town."), "{body}");
        assert!(!body.contains("SmartHomeQuotes"), "{body}");
    }

    #[test]
    fn a_fact_boxs_title_and_dated_items_do_not_start_another_article() {
        let facts = "Facts: The Mill Road Bridge\n\n\
                     • Length: 140 metres over the river\n\
                     • Cost: 12 million pounds\n\
                     • Start: September 2025\n\n";
        let page = format!("{POOL_STORY}\n{POOL_STORY}\n{facts}{MILL_STORY_GOES_ON}");
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("put back in the race"), "{body}");
    }

    #[test]
    fn a_gallerys_captions_between_counter_and_credit_are_dropped() {
        let slide = |n: u32, caption: &str| {
            format!("{n}/3\n\n{caption}\n\nDev Ambrose/Tamsin Valley Herald\n\n")
        };
        let gallery = [
            slide(1, "Walt Hollister, who ran a shoe shop in the building, was among the first customers."),
            slide(2, "A rhubarb danish, one of the seasonal pastries planned for spring."),
            slide(3, "The window counter seats eight and looks out on Front Street."),
        ]
        .concat();
        let page = format!("{gallery}{POOL_STORY}\n{MILL_STORY_GOES_ON}");
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("put back in the race"), "{body}");
        assert!(!body.contains("rhubarb"), "{body}");
        assert!(!body.contains("shoe shop"), "{body}");
        assert!(is_slide_counter("4 of 6") && is_slide_counter("4 / 6"));
        assert!(!is_slide_counter("6/4") && !is_slide_counter("TCP/IP"));
    }

    #[test]
    fn a_guides_method_and_faq_sections_are_the_articles() {
        let html = format!(
            "<html><body><article>{}\
             <h2>How we test</h2>\
             <p>Every vacuum ran for a month in a three-bedroom house with two dogs, on carpet, \
             tile and wood, and we timed each one on the same course of spilled rice.</p>\
             <h2>FAQ</h2>\
             <h3>Do robot vacuums work on thick rugs?</h3>\
             <p>Most of them climb rugs up to about an inch thick, but the cheaper models tend \
             to stall on shag, and a few refuse to leave it once they get on.</p>\
             </article><footer><ul><li><a href=\"/how\">How we test</a></li>\
             <li><a href=\"/jobs\">Careers</a></li></ul></footer></body></html>",
            pool_story_html()
        );
        let body = html_body(&html);
        assert!(body.contains("How we test\nEvery vacuum"), "{body}");
        assert!(body.contains("FAQ\nDo robot vacuums"), "{body}");
    }

    #[test]
    fn a_booking_forms_values_and_date_do_not_start_another_article() {
        let form = "Party size\n\n2 guests\n\nDate\n\nWed, Apr 9\n\nTime\n\n7:00 PM\n\n";
        let more = "The council has also asked the county to pay for a footbridge over the \
                    race, so that families can walk to the mill from the park on the far bank.\n\n\
                    A decision on the bridge is expected in the spring, when the county sets \
                    its budget for the coming year and weighs the other towns' requests.\n";
        let page = format!("{POOL_STORY}\n{POOL_STORY}\n{form}{MILL_STORY_GOES_ON}\n{more}");
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("put back in the race"), "{body}");
    }

    #[test]
    fn a_headline_that_opens_the_region_is_the_title() {
        let headline = "Markets hit a record while the economy slows: time to be careful?";
        let page = format!(
            "{headline}\n\
             The benchmark index closed at a new high on Wednesday, even as factory output \
             fell for a third month and lenders warned of slower growth next year.\n\
             Analysts said investors were betting that the central bank would cut rates again \
             before the spring, and that company earnings had held up better than feared.\n\
             More stories\n\
             {headline}\n"
        );
        let cleaned = crate::clean(&page, &crate::Options::default());
        assert_eq!(cleaned.title.as_deref(), Some(headline));
        let body = cleaned.body();
        assert!(!body.contains("time to be careful"), "{body}");
        assert!(body.contains("slower growth"), "{body}");
    }

    #[test]
    fn a_contacts_name_over_a_phone_number_is_not_the_title() {
        let headline =
            "Cheese maker agrees to $1.35 million settlement over Tamarack Creek fish kill";
        let page = format!(
            "Contact:\n\
             Karl Essmann, Northeast Region Public Information Officer\n\
             920-555-0188\n\
             karl.essmann@agency.example\n\
             {headline}\n\
             Agreement requires new wastewater pretreatment system and restoration of \
             three miles of trout stream\n\
             The environment department today announced a settlement with a cheese maker \
             over a fish kill that left thousands of dead trout in the stream last summer.\n\
             The company will pay for new banks, habitat and three years of restocking, \
             and must build a treatment system at its plant by the end of next year.\n"
        );
        let cleaned = crate::clean(&page, &crate::Options::default());
        assert_eq!(cleaned.title.as_deref(), Some(headline));
    }

    #[test]
    fn a_pictures_bracketed_description_is_not_the_title() {
        let headline = "City plans to close its oldest tram depot by the end of next year";
        let page = format!(
            "Home\n\
             News\n\
             {headline}\n\
             [The Old Depot Hall On Railway Street In Winter]\n\
             By Anna Nowak\n\
             The city wants to close its oldest tram depot and move the trams to a new yard \
             on the edge of town, the transport department said on Monday.\n\
             The union says many drivers would need an hour to reach the new yard, and that \
             the first trams leave before five in the morning.\n"
        );
        let cleaned = crate::clean(&page, &crate::Options::default());
        assert_eq!(cleaned.title.as_deref(), Some(headline));
    }

    #[test]
    fn a_signed_headline_with_its_standfirst_is_not_the_article() {
        let headline =
            "Pool closure: Town is to lose the last pool it has as the repair bill soars";
        let standfirst = "THE TOWN'S only public pool will shut for good in August, \
                          with swimmers sent to a school across town.";
        // The headline reads well enough to open the region; a menu line
        // above it looks more like a headline than the byline's.
        let page = format!(
            "Puzzles Horoscopes Discounts Shop Paper\n\
             Home\n\
             News\n\
             {headline}\n\
             {standfirst}\n\
             By Dana Whitlow\n\
             PUBLISHED: 10:48, Tue, Nov 19, 2024 | UPDATED: 11:05, Tue, Nov 19, 2024\n\
             {POOL_STORY}"
        );
        let cleaned = crate::clean(&page, &crate::Options::default());
        assert_eq!(cleaned.title.as_deref(), Some(headline));
        let body = cleaned.body();
        assert!(!body.contains("THE TOWN'S only public pool"), "{body}");
        assert!(body.starts_with("The council voted"), "{body}");
        assert!(body.contains("same price as now."), "{body}");
    }

    #[test]
    fn a_dated_byline_under_a_summary_box_starts_the_article() {
        // A Hungarian explainer: headline, standfirst, "What you need to
        // know" box, then author ("Szerző:"), date, share row and reading
        // time over the article.
        let page = "Népszavazás a révkomáromi hídról: miről döntenek a szavazók vasárnap?\n\n\
             Vasárnap helyi népszavazáson dönthetnek a révkomáromiak arról, hogy megépüljön-e \
             az új közúti híd a Nagy-Duna-ágon. Összeszedtük, amit tudni érdemes.\n\n\
             Amit tudni kell\n\
             \x20 • A népszavazás április 19-én, vasárnap 6 és 19 óra között lesz.\n\
             \x20 • Egyetlen kérdésről lehet dönteni: megépüljön-e az új híd a Szigeti útnál.\n\
             \x20 • Az eredmény akkor érvényes, ha a választópolgárok több mint fele szavaz.\n\
             \x20 • Érvényes eredmény esetén a képviselő-testületet egy évig köti a döntés.\n\n\
             Szerző: Varga Eszter\n\
             2026. április 14. 07:30 · Frissítve: 2026. április 14. 10:05\n\n\
             Megosztás   Facebook   X   Messenger   Link másolása\n\n\
             Olvasási idő: 4 perc\n\n\
             Révkomáromban vasárnap tartják a város történetének második helyi népszavazását. \
             A szavazók arról dönthetnek, hogy az önkormányzat építsen-e új közúti hidat a \
             Nagy-Duna-ág fölött, a Szigeti út végénél.\n\n\
             A népszavazást egy helyi civil egyesület kezdeményezte, amely tavaly ősszel több \
             mint négyezer aláírást gyűjtött össze. Az alábbiakban összefoglaljuk, mire kell \
             figyelni.\n\n\
             Mi a pontos kérdés?\n\n\
             A szavazólapon egyetlen kérdés szerepel, és a válasz igen vagy nem lehet. Aki \
             mindkét négyzetbe vagy egyikbe sem tesz jelet, annak a szavazata érvénytelen.\n";
        let body = crate::clean(page, &crate::Options::default()).body();
        assert!(body.starts_with("Révkomáromban vasárnap"), "{body}");
        assert!(!body.contains("Egyetlen kérdésről"), "{body}");
        // An undated byline may sign one writer's part of the article,
        // under the article's own introduction.
        let page = format!(
            "Should the town keep its pool?\n\n\
             The Debate is our monthly feature in which two writers with a stake in a \
             question take opposite sides. This month's question comes from the council, \
             which votes on the pool's future on Oct. 21.\n\n\
             Yes: the pool is worth its repair bill\n\n\
             By Dana Whitlow, head of the swimming club\n\n{}",
            POOL_STORY.replace('\n', "\n\n")
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(
            body.starts_with("The Debate is our monthly feature"),
            "{body}"
        );
    }

    #[test]
    fn a_headline_other_than_the_stated_title_still_heads_the_standfirst() {
        // The social title is rewritten from the headline, and the page
        // never prints it.
        let paragraphs: String = POOL_STORY.lines().map(|l| format!("<p>{l}</p>")).collect();
        let page = format!(
            "<html><head><title>Town to lose its last pool | Valley Gazette</title>\
             <meta property=\"og:title\" content=\"Closed: the town pool will not reopen\">\
             </head><body><article><h1>Town to lose its last pool</h1>\
             <p><strong>The town's only public pool will shut for good in August, with \
             swimmers sent to a school across town.</strong></p>\
             <div class=\"meta\"><span>Author: <a href=\"/a/dana\">Dana Whitlow</a></span> \
             <time>12.02.2026, 19:48</time> <span>Updated: 21:05</span> \
             <span>2 341 views</span> <a href=\"#c\">18 comments</a></div>\
             {paragraphs}</article></body></html>"
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(!body.contains("Town to lose"), "{body}");
        assert!(!body.contains("shut for good"), "{body}");
        assert!(body.starts_with("The council voted"), "{body}");
        assert!(body.contains("same price as now."), "{body}");
    }

    /// A video's running time in a figure under the first paragraph is no
    /// date line: the paragraph above it is the article's, no standfirst.
    #[test]
    fn a_videos_running_time_does_not_make_a_standfirst() {
        let mut lines = POOL_STORY.lines();
        let first = lines.next().unwrap();
        let rest: String = lines.map(|l| format!("<p>{l}</p>")).collect();
        let page = format!(
            "<html><head><title>Town pool to close | Valley Gazette</title></head><body>\
             <article><h1>Town pool to close</h1><p>{first}</p>\
             <figure class=\"video\"><div><button>Play video</button>31:07</div>\
             <figcaption>The council meeting.</figcaption></figure>{rest}{}\
             </article></body></html>",
            as_paragraphs(POOL_STORY_GOES_ON)
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.starts_with("The council voted"), "{body}");
    }

    #[test]
    fn an_embedded_post_is_quoted_in_the_article() {
        let page = "The state spent nearly half a million dollars on the campaign, \
                    and a great many people on social media had something to say about it.\n\
                    \x20   ⬇️⬇️⬇️https://t.co/Xy12Ab34Cd\n\
                    \x20   — Jane Doe (@janedoe_writes) November 18, 2019\n\
                    The governor defended the slogan on Monday, saying that it had done \
                    exactly what it was meant to do and got people talking about the problem.\n\
                    Officials said the campaign would run on television and billboards \
                    across the state until the end of the spring.\n";
        let body = crate::clean(page, &crate::Options::default()).body();
        // Arrows and a link alone score firmly as boilerplate; the
        // signature under them says they are the quoted post.
        assert!(body.contains("⬇️⬇️⬇️https://t.co/"), "{body}");
        assert!(body.contains("(@janedoe_writes)"), "{body}");
        assert!(body.contains("end of the spring"), "{body}");
        // A signature whose handle, date and capitals outweigh its mark is
        // kept all the same.
        let page = "The club announced on Tuesday that the manager had left after five \
                    years in charge, with the team in fourteenth place in the table.\n\
                    Club statement\n\
                    — Harbor City FC (@HarborCityFC) November 20, 2019\n\
                    The club said a new manager would be named before the weekend, when \
                    the team plays away from home for the third week running.\n\
                    The players were told of the decision at the training ground on \
                    Tuesday morning, a few hours before the news was made public.\n";
        let body = crate::clean(page, &crate::Options::default()).body();
        assert!(body.contains("(@HarborCityFC)"), "{body}");
        assert!(body.contains("Club statement"), "{body}");
        // The widget's own line over the signature is no text of the post.
        let page = "The club announced on Tuesday that the manager had left after five \
                    years in charge, with the team in fourteenth place in the table.\n\
                    View this post on Instagram\n\
                    — Harbor City FC (@HarborCityFC) November 20, 2019\n\
                    The club said a new manager would be named before the weekend, when \
                    the team plays away from home for the third week running.\n";
        let body = crate::clean(page, &crate::Options::default()).body();
        assert!(body.contains("(@HarborCityFC)"), "{body}");
        assert!(!body.contains("View this post"), "{body}");
    }

    #[test]
    fn a_source_line_in_a_drawn_box_does_not_end_the_article() {
        let page = format!(
            "Pool to close after 60 years\n\n{POOL_STORY_GOES_ON}\
             ┌──────────────────────────────┐\n\
             │ The pool in figures          │\n\
             │ Opened          1964         │\n\
             │ Visits in 2024  41,200       │\n\
             │ Source: Harbour Council      │\n\
             └──────────────────────────────┘\n\n\
             Advertisement\n\n\
             {POOL_STORY}"
        );
        let cleaned = crate::clean(&page, &crate::Options::default());
        let body = cleaned.body();
        assert!(body.contains("The mayor said the decision"), "{body}");
        assert!(body.contains("same price as now."), "{body}");
        assert!(!body.contains("Source: Harbour"), "{body}");
    }

    #[test]
    fn a_box_drawn_around_one_cell_is_dropped_and_a_drawn_table_kept() {
        let widget = "┌─ POOL DATA ──────────────────────────────────────────┐\n\
             │ Harbour Road Baths                                    │\n\
             │ Lanes: 6 · Length: 25 m · Opened 1964                 │\n\
             │ The baths were the first in the county to be heated   │\n\
             │ all year, and the first to open on Sunday mornings.   │\n\
             │ Data: Leisure Register, updated weekly. View all ›    │\n\
             └───────────────────────────────────────────────────────┘\n\n";
        let table = "┌───────────┬─────────┬────────┐\n\
             │Ticket     │Now      │From May│\n\
             ├───────────┼─────────┼────────┤\n\
             │Adult swim │£4.50    │£5.20   │\n\
             └───────────┴─────────┴────────┘\n\n";
        let page = format!(
            "{}{widget}{}The new prices are:\n\n{table}{}",
            POOL_STORY.replace('\n', "\n\n"),
            POOL_STORY_GOES_ON.replace('\n', "\n\n"),
            "The council will review the prices again next spring, once the new pool's \
             costs are known, and it has promised that children under five will still swim \
             for free at every pool in the town.\n\nSwimmers who hold a season ticket will \
             keep their old price until it runs out, whichever pool they use in the meantime, \
             the leisure officer told the meeting.\n"
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(!body.contains("first in the county"), "{body}");
        assert!(!body.contains("Harbour Road Baths"), "{body}");
        assert!(body.contains("│Adult swim │£4.50"), "{body}");
        assert!(body.contains("The mayor said the decision"), "{body}");
        assert!(body.contains("review the prices again"), "{body}");
    }

    #[test]
    fn a_subheading_naming_part_of_the_stated_title_is_no_headline() {
        let html = "<html><head><title>On stage this week: a flooded Twelfth Night and a \
            one-woman Bronte | Arts Weekly</title></head><body>\
            <div class=\"header\"><h1>On stage this week: a flooded Twelfth Night and a \
            one-woman Bronte</h1></div><article>\
            <p>February is usually the quietest month on the town's stages, a gap between \
            the pantomimes and the spring festival, but this year two shows fill it.</p>\
            <h3>Twelfth Night</h3>\
            <p>The Quarry Street Playhouse has flooded its stage for Shakespeare's comedy, \
            and the front rows are warned that they may get wet in the storm scene.</p>\
            <p>The cast of twelve wades through the whole of the second half, and the \
            director says the water is kept warm for the actors and the musicians.</p>\
            </article></body></html>";
        let body = html_body(html);
        assert!(body.lines().any(|line| line == "Twelfth Night"), "{body}");
    }

    #[test]
    fn a_signup_pitch_between_its_title_and_button_is_dropped() {
        let page = format!(
            "{POOL_STORY}Subscribe to the Harbour Gazette\n\
             All our stories, the digital edition and the newsletters, from $1 a month.\n\
             Subscribe now\n\n\
             {POOL_STORY_GOES_ON}"
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(!body.contains("from $1 a month"), "{body}");
        assert!(body.contains("The council voted"), "{body}");
    }

    #[test]
    fn a_fact_boxs_title_goes_with_its_lines() {
        let html = format!(
            "<html><body><article><div class=\"article-body\">{}\
             <aside class=\"factbox\"><h3>Fakta: Lyngø</h3><ul>\
             <li>Lyngø has 163 permanent residents and about 400 summer houses, most of \
             them on the north shore.</li>\
             <li>The crossing from the harbour on the mainland takes twenty-five minutes in \
             good weather and more when the wind is up.</li></ul></aside>{}\
             </div></article></body></html>",
            pool_story_html(),
            as_paragraphs(POOL_STORY_GOES_ON),
        );
        let body = html_body(&html);
        assert!(body.contains("Fakta: Lyngø\nLyngø has 163"), "{body}");
        assert!(body.contains("far side of town"), "{body}");
    }

    #[test]
    fn a_box_whose_class_names_it_a_fact_box_closes_the_article() {
        let html = format!(
            "<html><body><article><div class=\"brodtext\">{}{}\
             <aside class=\"faktaruta\"><h3>Ferry to Lyngø</h3><ul>\
             <li>In service since 1978.</li><li>The crossing takes 25 minutes.</li>\
             <li>The trip is free.</li></ul></aside>\
             </div><p class=\"tags\">Topics: Islands, Transport</p></article></body></html>",
            pool_story_html(),
            as_paragraphs(POOL_STORY_GOES_ON),
        );
        let body = html_body(&html);
        assert!(
            body.ends_with("Ferry to Lyngø\nIn service since 1978.\nThe crossing takes 25 minutes.\nThe trip is free."),
            "{body}"
        );
    }

    #[test]
    fn a_source_line_closing_a_fact_box_over_a_subheading_ends_no_article() {
        let html = format!(
            "<html><body><article><div class=\"article-body\">{}\
             <aside class=\"factbox\"><h3>Fakta: Lyngø</h3><ul>\
             <li>Lyngø has 163 permanent residents and about 400 summer houses, most of \
             them on the north shore.</li>\
             <li>The crossing from the harbour on the mainland takes twenty-five minutes in \
             good weather and more when the wind is up.</li></ul>\
             <p class=\"factbox__source\">Källa: Statistics Office</p></aside>\
             <h2>Clubs step in</h2>{}\
             </div></article></body></html>",
            pool_story_html(),
            as_paragraphs(POOL_STORY_GOES_ON),
        );
        let body = html_body(&html);
        assert!(body.contains("Clubs step in\nThe mayor said"), "{body}");
        assert!(body.contains("far side of town"), "{body}");
        assert!(!body.contains("Källa"), "{body}");
    }

    #[test]
    fn a_fact_box_inside_the_article_is_kept_however_short_its_lines() {
        let html = format!(
            "<html><body><article><div class=\"article-body\">{}\
             <aside class=\"factbox\"><h3>Fakta: Praktikpladser</h3><ul>\
             <li>Training contract: required for all</li>\
             <li>School place: offered by 40 schools</li>\
             <li>Shortage: electricians, plumbers, smiths</li></ul>\
             <p class=\"factbox__source\">Kilde: Ministry of Education</p></aside>\
             <h2>»Then I take the school place«</h2>{}\
             </div></article></body></html>",
            pool_story_html(),
            as_paragraphs(POOL_STORY_GOES_ON),
        );
        let body = html_body(&html);
        assert!(
            body.contains("Fakta: Praktikpladser\nTraining contract: required for all"),
            "{body}"
        );
        assert!(body.contains("Shortage: electricians"), "{body}");
        assert!(!body.contains("Kilde"), "{body}");
    }

    #[test]
    fn stars_and_icons_without_words_are_not_the_article() {
        let html = format!(
            "<html><body><article><div class=\"content\">{}<p>★★★★★</p><p>📌</p>\
             <pre><code>fn main() {{\n}}</code></pre>{}</div></article></body></html>",
            pool_story_html(),
            as_paragraphs(POOL_STORY_GOES_ON),
        );
        let body = html_body(&html);
        assert!(!body.contains('★'), "{body}");
        assert!(!body.contains('📌'), "{body}");
        assert!(body.contains("far side of town"), "{body}");
    }

    #[test]
    fn a_rail_of_cards_between_paragraphs_does_not_cut_the_article() {
        let card = |n: u32| {
            format!(
                "<li class=\"card\"><p>New listing</p><p>£{n}95,000</p><p>3 bed 1 bath</p>\
                 <p>Orchard Rise, Ketterby</p><p>A bright semi with a garden.</p>\
                 <p>Marketed by Pellow &amp; Crane</p><button>Save</button></li>"
            )
        };
        let html = format!(
            "<html><body><article>{}<aside class=\"rail\"><h3>Homes for sale near you</h3>\
             <p>Based on your searches</p><ul>{}{}{}</ul><a href=\"/all\">See all homes</a>\
             </aside>{}</article></body></html>",
            pool_story_html(),
            card(2),
            card(3),
            card(4),
            as_paragraphs(POOL_STORY_GOES_ON),
        );
        let body = html_body(&html);
        assert!(body.contains("The council voted"), "{body}");
        assert!(body.contains("far side of town"), "{body}");
        assert!(!body.contains("Marketed by"), "{body}");
    }

    #[test]
    fn a_most_read_carousel_between_parts_of_the_text_does_not_end_it() {
        // Ranks and headlines: more blocks than an inline box holds.
        let headlines: String = (1..=6)
            .map(|n| {
                format!(
                    "<li><div class=\"rank\">{n}</div><a href=\"/story-{n}\">\
                     Bypass roadworks to close Mill Lane for {n} weeks</a></li>"
                )
            })
            .collect();
        // The article's text in three parts, none holding most of it.
        let (lead, rest) = POOL_STORY.split_once('\n').unwrap();
        let html = format!(
            "<html><body><article><div class=\"article-body\">\
             <div class=\"rich-text\">{}</div><div class=\"rich-text\">{}</div>\
             <section class=\"most-read\"><h2>Most read</h2><ol>{headlines}</ol></section>\
             <div class=\"rich-text\">{}</div></div></article>\
             <footer><p>© The Courier</p></footer></body></html>",
            as_paragraphs(lead),
            as_paragraphs(rest),
            as_paragraphs(POOL_STORY_GOES_ON),
        );
        let body = html_body(&html);
        assert!(body.contains("The council voted"), "{body}");
        assert!(body.contains("far side of town"), "{body}");
        assert!(!body.contains("Mill Lane"), "{body}");
    }

    #[test]
    fn a_list_under_the_heading_that_ends_the_article_is_kept() {
        let results = "<h3>Final standings</h3><ol>\
            <li>Ada Varga (Team Osprey) 3:58:12</li><li>Lena Fosse (Velo Nord) +0:08</li>\
            <li>Mira Kade (Team Osprey) +0:15</li><li>Tove Lind (Kestrel Racing) +0:21</li>\
            <li>Rosa Imre (Velo Nord) +0:30</li></ol>";
        let page = |results: &str| {
            format!(
                "<html><body><article><h1>Varga wins the hill stage</h1>\
                 <div class=\"entry-content\">{}{results}</div></article>\
                 <footer><p>Contact us</p></footer></body></html>",
                pool_story_html()
            )
        };
        let body = html_body(&page(results));
        assert!(body.contains("Rosa Imre (Velo Nord) +0:30"), "{body}");
        // Under a heading in a box of its own, a list is the box's.
        let boxed = results
            .replace("<h3>", "<div class=\"standings\"><h3>")
            .replace("</ol>", "</ol></div>");
        let body = html_body(&page(&boxed));
        assert!(!body.contains("Rosa Imre"), "{body}");
    }

    #[test]
    fn a_subheading_marked_with_a_glyph_under_a_related_line_is_kept() {
        let page = "市は来年春、駅前の古い倉庫を改修し、地元の野菜や魚を売る市場として開くと発表した。\
                    総事業費は約4億円で、国の交付金を使う。\n\n\
                    市場には20店が入る予定で、うち半分は地元の農家や漁師が直接営む。\
                    市は年間30万人の来場を見込んでいる。\n\n\
                    【関連記事】駅前の再開発計画、市議会で可決（2024年3月）\n\n\
                    ■地元の声「買い物が楽に」\n\n\
                    近くに住む70代の女性は「車がないので、駅前で買い物ができるのは助かる」と話した。\
                    市は開業前に説明会を開く予定だ。\n\n\
                    市の担当者は「市場を町のにぎわいの中心にしたい」と話している。\
                    詳しい日程は市のホームページで知らせる。\n";
        let body = crate::clean(page, &crate::Options::default()).body();
        assert!(body.contains("■地元の声「買い物が楽に」"), "{body}");
        assert!(!body.contains("【関連記事】"), "{body}");
    }

    #[test]
    fn a_numbered_setlist_between_paragraphs_is_kept_with_its_encore() {
        let review = "The band opened with the title track of the new record, and the crowd \
                      sang every word of it back to the stage before the first chorus.\n\n\
                      Setlist\n\n\
                      \x20 1. Harbour Lights\n\
                      \x20 2. Paper Kites\n\
                      \x20 3. Cold Frame\n\
                      \x20 4. Saltmarsh\n\
                      \x20 5. Wexcombe Rain\n\
                      \x20 6. Lamplighter\n\
                      \x20 7. Glass Harbour\n\n\
                      Encore\n\n\
                      \x20 8. Long Way Round\n\n\
                      They closed with the oldest song they have, played slower than on the \
                      record, and nobody moved for the exits until it had finished.\n\n\
                      Photo: Ada Price\n\
                      Share this review\n";
        let options = crate::Options::default();
        let body = crate::clean(review, &options).body();
        assert!(body.contains("Setlist\nHarbour Lights\n"), "{body}");
        assert!(body.contains("Encore\nLong Way Round\n"), "{body}");
        assert!(body.contains("played slower"), "{body}");
        // Notes, each a sentence, are no such list.
        let notes = review
            .replace("Setlist", "Notes")
            .replace("Paper Kites", "See the band's own site for the dates.");
        let body = crate::clean(&notes, &options).body();
        assert!(!body.contains("Long Way Round"), "{body}");
    }

    #[test]
    fn a_spec_sheet_of_labels_and_values_among_the_paragraphs_is_kept() {
        let review = "The new kettle boils a full litre in just under three minutes, which is \
                      quicker than any other model we have tested this year at the price.\n\n\
                      Its lid opens wide enough to clean the inside with a brush, and the \
                      filter at the spout lifts out and goes in the dishwasher.\n\n\
                      Specifications\n\n\
                      Capacity        1.7 litres\n\
                      Power           3000 W\n\
                      Weight          1.2 kg\n\
                      Warranty        2 years\n\n\
                      Verdict\n\n\
                      It is quick, quiet and easy to keep clean, and at this price it is the \
                      kettle we would buy for ourselves without a second thought.\n";
        let options = crate::Options::default();
        let body = crate::clean(review, &options).body();
        assert!(body.contains("Power 3000 W"), "{body}");
        assert!(body.contains("kettle we would buy"), "{body}");
        // The same rows out of line make no table: two cells are no table.
        let ragged = review.replace("Power           ", "Power  ");
        let body = crate::clean(&ragged, &options).body();
        assert!(!body.contains("3000 W"), "{body}");
        assert!(!body.contains("kettle we would buy"), "{body}");
    }

    /// Figures set flush right make a column as values flush left do: the
    /// table's source line under them credits it and does not end the
    /// article.
    #[test]
    fn a_table_of_figures_set_flush_right_over_its_source_is_kept() {
        let (lead, rest) = POOL_STORY.split_once('\n').unwrap();
        let page = format!(
            "{lead}\n\nHow the vote broke down\n\n\
             Choice          Votes\n\
             Close it          412\n\
             Keep it open    1,038\n\
             Spoilt              9\n\
             Total           1,459\n\
             Source: the town clerk's count\n\n{}\n{}",
            rest.replacen('\n', "\n\nADVERTISEMENT\n\n", 1),
            POOL_STORY_GOES_ON.replace('\n', "\n\n")
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.starts_with("The council voted"), "{body}");
        assert!(body.contains("Close it 412\nKeep it open 1,038"), "{body}");
        assert!(!body.contains("town clerk"), "{body}");
    }

    /// A table closed by a link to more of it is a widget of standings,
    /// inside the region or right after it.
    #[test]
    fn a_table_closed_by_a_link_to_the_full_table_is_dropped() {
        let standings = "League table\n\n\
             Pos  Club          P  W  D  L  Pts\n\
             1    Pool Rovers   9  7  1  1   22\n\
             2    Hill Town     9  5  3  1   18\n\
             3    Library FC    9  5  2  2   17\n\
             Full table ›\n\n";
        let after = format!(
            "{}{standings}Tags: Pool, Council\n",
            POOL_STORY.replace('\n', "\n\n")
        );
        let body = crate::clean(&after, &crate::Options::default()).body();
        assert!(body.ends_with("at the same price as now."), "{body}");
        let (lead, rest) = POOL_STORY.split_once('\n').unwrap();
        let inside = format!(
            "{lead}\n\n{}{standings}{}",
            rest.replace('\n', "\n\n"),
            POOL_STORY_GOES_ON.replace('\n', "\n\n")
        );
        let body = crate::clean(&inside, &crate::Options::default()).body();
        assert!(body.contains("for children who live"), "{body}");
        assert!(!body.contains("Pool Rovers"), "{body}");
        // Without the link, the table is the article's.
        let own = after.replace("Full table ›\n", "");
        let body = crate::clean(&own, &crate::Options::default()).body();
        assert!(body.contains("Pool Rovers 9 7 1 1 22"), "{body}");
    }

    /// A note that the article was updated, and with what, is the
    /// article's, whatever time it names.
    #[test]
    fn an_update_note_closing_the_article_is_kept() {
        let page = format!(
            "{}This article was updated at 10:00 GMT to add comment from the mayor.\n\nShare this article\n",
            POOL_STORY.replace('\n', "\n\n")
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.ends_with("to add comment from the mayor."), "{body}");
    }

    /// An embedded post that a lead-in ending with a colon introduces is
    /// kept; its card's header and footer are not.
    #[test]
    fn an_introduced_posts_card_header_and_footer_are_dropped() {
        let (next, last) = POOL_STORY_GOES_ON.split_once('\n').unwrap();
        let html = format!(
            "<html><body><article>{}<p>The swimming club said goodbye on its page:</p>\
             <div class=\"embed\"><div class=\"embed__header\">poolclub <a href=\"/f\">Follow</a></div>\
             <blockquote class=\"embed__text\"><p>Forty years of early mornings in that water. \
             Thank you, old pool, and see you all at the school on Monday.</p></blockquote>\
             <div class=\"embed__footer\">312 likes · <a href=\"/p\">View on Instagram</a></div></div>\
             <p>{next}</p>{}</article></body></html>",
            pool_story_html(),
            as_paragraphs(last),
        );
        let body = html_body(&html);
        assert!(body.contains("Forty years of early mornings"), "{body}");
        assert!(!body.contains("312 likes"), "{body}");
        assert!(!body.contains("poolclub"), "{body}");
    }

    /// A box titled by a short question that sends the reader to a
    /// telephone number or a button is a help box, not the article's; the
    /// article goes on below it.
    #[test]
    fn a_help_box_set_into_the_article_is_dropped() {
        let (next, last) = POOL_STORY_GOES_ON.split_once('\n').unwrap();
        let help = |inside: &str| {
            format!(
                "<html><body><article>{}<div class=\"box\"><p><strong>Pool closed?</strong></p>\
                 {inside}</div><p>{next}</p>{}</article></body></html>",
                pool_story_html(),
                as_paragraphs(last),
            )
        };
        let phone = help(
            "<p>Swimmers with a question about their passes can call the leisure desk on 0800 555 0199.</p>",
        );
        let body = html_body(&phone);
        assert!(!body.contains("Pool closed?"), "{body}");
        assert!(!body.contains("leisure desk"), "{body}");
        assert!(body.contains("far side of town"), "{body}");
        // Without a number or a button, the question heads its answer.
        let answer = help(
            "<p>Yes: the old pool shuts for good on Friday, and the new one opens in spring.</p>",
        );
        let body = html_body(&answer);
        assert!(body.contains("opens in spring"), "{body}");
        // In scraped text the box is the lines printed under its title.
        let (lead, rest) = POOL_STORY.split_once('\n').unwrap();
        let page = format!(
            "{lead}\n\nPool closed?\nSwimmers with a question about their passes can call the \
             leisure desk on 0800 555 0199.\n\n{}",
            rest.replace('\n', "\n\n")
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(!body.contains("leisure desk"), "{body}");
        assert!(body.contains("at the same price as now."), "{body}");
        assert!(has_phone_number("Call 04532 887 10 today."));
        assert!(!has_phone_number(
            "Between 22.00 and 06.00, 1,200 drivers work."
        ));
        assert!(has_phone_number("Call 555-0100."));
        assert!(!has_phone_number(
            "It costs 1.310.000 euros from 2025-06-12."
        ));
    }

    /// A fact box titled "Fakta" under the last paragraph, past an ad's
    /// label, closes the article; its source line does not.
    #[test]
    fn a_fact_box_closing_the_article_is_kept() {
        let page = format!(
            "{}\nANNONCE\n\nFAKTA: Det foreslår kommunen\n\n\
             \x20 • 2,4 km cykelsti i begge sider af Strandvejen\n\
             \x20 • 38 parkeringspladser nedlægges\n\
             \x20 • Pris: cirka 21 millioner kroner\n\nKilde: Kommunen\n\n\
             Kommentarer (4)\n",
            POOL_STORY.replace('\n', "\n\n")
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("FAKTA: Det foreslår kommunen"), "{body}");
        assert!(body.ends_with("Pris: cirka 21 millioner kroner"), "{body}");
    }

    /// The scoring summary under a match report's last paragraph is the
    /// report's record of the game; the line that ends it is no part of it.
    #[test]
    fn a_scoring_summary_under_the_last_paragraph_is_kept() {
        let page = "Sport | Rugby\n\n\
             Ashgrove win the club title\n\n\
             Ashgrove won the club title on Saturday, beating Fenwick 27-19 in a final that \
             was not settled until the last minute of a wet and windy afternoon.\n\n\
             Fenwick led at the break after two tries in seven minutes, but Ashgrove scored \
             twice early in the second half and their kicker did the rest from the tee.\n\n\
             \"We never stopped believing, even when the wind was against us,\" said their \
             captain, who lifted the trophy in front of a crowd of about four hundred.\n\n\
             Advertisement\n\n\
             Scoring summary\n\n\
             9' Ashgrove try, Whitcombe (Corrigan conversion), 7-0\n\
             22' Ashgrove penalty, Corrigan, 10-0\n\
             31' Fenwick try, Osei, 10-5\n\
             38' Fenwick try, Lindqvist (Marr conversion), 10-12\n\n\
             Share this article\n";
        let body = crate::clean(page, &crate::Options::default()).body();
        assert!(body.contains("Scoring summary"), "{body}");
        assert!(body.ends_with("(Marr conversion), 10-12"), "{body}");
    }

    /// A football report printed with its match sheet under the last
    /// paragraph, between an optional statistics table and the comments.
    fn match_report(sheet_top: &str) -> String {
        format!(
            "Sport | Football\n\n\
             Harrowgate come from behind to beat Kestrel Vale\n\n\
             Harrowgate came from a goal down to beat Kestrel Vale 2-1 on Saturday, with both \
             of their goals arriving in the last quarter of an hour at a cold Mill Lane.\n\n\
             Kestrel Vale had led since the first half, when their striker turned in a low \
             cross at the near post, and they defended deep for most of the second half.\n\n\
             \"We kept going and the crowd carried us over the line,\" said the home manager, \
             who had made two changes at the break.\n\n\
             {sheet_top}\
             Harrowgate: Ashworth; Kettle, Reese, Vance, Oyelowo; Pryce, Doherty, Mensah; \
             Adeyinka (Strand 65), Mbeki, Lowther.\n\
             Kestrel Vale: Murtagh; Brady, Fenwick, Olsen, Quayle; Coyle, Abara; Sands, \
             Hartigan, Kerr (Ince 75); Dunleavy.\n\
             Referee: Martin Hale. Attendance: 2,114.\n\n\
             Comments (12)\n\nShare this article\n"
        )
    }

    /// A match report's sheet under its last paragraph (the result, both
    /// line-ups, the referee) is its record of the game, past a table of
    /// statistics too; one line-up alone, or a live feed's, is no sheet.
    #[test]
    fn a_match_sheet_under_the_last_paragraph_is_kept() {
        let clean = |page: &str| crate::clean(page, &crate::Options::default()).body();
        let body = clean(&match_report("Harrowgate 2-1 Kestrel Vale\n"));
        assert!(body.contains("Harrowgate 2-1 Kestrel Vale"), "{body}");
        assert!(body.contains("Kestrel Vale: Murtagh;"), "{body}");
        assert!(body.ends_with("Attendance: 2,114."), "{body}");
        let body = clean(&match_report(
            "Match stats\n\n\
             \x20                 Harrowgate     Kestrel Vale\n\
             Possession             46%             54%\n\
             Shots                  11              14\n\
             Corners                 4               7\n\n",
        ));
        assert!(!body.contains("Possession"), "{body}");
        assert!(body.contains("Harrowgate: Ashworth;"), "{body}");
        // Two line-ups make the sheet: one list of names may be anything.
        let one = match_report("").replace(
            "Kestrel Vale: Murtagh; Brady, Fenwick, Olsen, Quayle; Coyle, Abara; Sands, \
             Hartigan, Kerr (Ince 75); Dunleavy.\n",
            "",
        );
        let body = clean(&one);
        assert!(!body.contains("Ashworth"), "{body}");
        // A live feed's minutes stand among its paragraphs.
        let live = match_report("").replace(
            "\n\nKestrel Vale had led",
            "\n\n88'\n\nKestrel Vale had led",
        );
        let live = live.replace(
            "\n\n\"We kept",
            "\n\n61'\n\nThe equaliser came from a corner that the keeper could only \
             push onto the head of the home side's tallest defender.\n\n77'\n\n\"We kept",
        );
        let live = live.replace("\n\nHarrowgate came", "\n\n90+4'\n\nHarrowgate came");
        let body = clean(&live);
        assert!(body.contains("61'"), "{body}");
        assert!(!body.contains("Murtagh"), "{body}");
    }

    /// An ad's label may be the page's last line, with nothing under it for
    /// the rules that read past it.
    #[test]
    fn an_ad_label_ending_the_page_ends_the_search_under_it() {
        let page = format!("{}\nAdvertisement\n", POOL_STORY.replace('\n', "\n\n"));
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.ends_with("at the same price as now."), "{body}");
    }

    /// In scraped text, the bulleted items under the subheading that ends
    /// the article are its own, as an HTML list under its heading is.
    #[test]
    fn bullets_under_the_subheading_that_ends_the_article_are_kept() {
        let page = format!(
            "{}\nWhat swimmers can do\n\
             \x20 • Use the school pool on weekday evenings\n\
             \x20 • Ask the clubs about their Saturday sessions\n\
             \x20 • Keep the old pass until the new pool opens\n\n\
             Share this article\n",
            POOL_STORY.replace('\n', "\n\n")
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("What swimmers can do"), "{body}");
        assert!(
            body.ends_with("Keep the old pass until the new pool opens"),
            "{body}"
        );
    }

    /// The cleaned body of the pool story with `tail`'s lines under its
    /// last paragraph, over a share button.
    fn body_with_closing_lines(tail: &str) -> String {
        let page = format!(
            "{}\n{tail}\n\nShare this article\n",
            POOL_STORY.replace('\n', "\n\n")
        );
        crate::clean(&page, &crate::Options::default()).body()
    }

    /// A notice's place and date under its last paragraph make a signature,
    /// kept with the signer's lines; a weekday's date or a run's end is no
    /// place and date.
    #[test]
    fn a_signature_with_its_place_and_date_closing_a_notice_is_kept() {
        let body = body_with_closing_lines(
            "Erlenau, den 6. Januar 2025\nFür den Vorstand\nReinhard Stockmeier, 1. Vorsitzender",
        );
        assert!(body.contains("Erlenau, den 6. Januar 2025"), "{body}");
        assert!(body.ends_with("1. Vorsitzender"), "{body}");
        let body = body_with_closing_lines(
            "Valdeolmo, 10 de marzo de 2025\nLa concejala de Salud Pública",
        );
        assert!(body.ends_with("La concejala de Salud Pública"), "{body}");
        let body = body_with_closing_lines(
            "Le président,\nGérard Vallon\nFait à Aurillac, le 3 janvier 2026.",
        );
        assert!(
            body.ends_with("Vallon\nFait à Aurillac, le 3 janvier 2026."),
            "{body}"
        );
        for tail in [
            "Visitation\nFriday, March 14, 2025\nPellham-Gray Funeral Home",
            "Ausstellung\nKunsthalle Reinsfeld, bis 24. Mai 2026\nEintritt frei",
        ] {
            let body = body_with_closing_lines(tail);
            assert!(body.ends_with("at the same price as now."), "{body}");
        }
    }

    /// The signer's name and office over a date alone make a signature too;
    /// a journalist's office makes the author's box, a name alone may be a
    /// guest book's entry, and a weekday or a time dates an event or a post.
    #[test]
    fn a_signers_name_and_office_over_a_date_closing_a_notice_are_kept() {
        for (tail, end) in [
            (
                "Martin Oyelaran\nHead of Leisure Services\n29 August 2025",
                "Oyelaran\nHead of Leisure Services\n29 August 2025",
            ),
            (
                "Amrit Solberg, Head of Leisure Services, Town Council\n12 September 2025",
                "Town Council\n12 September 2025",
            ),
            (
                "Martin Oyelaran\nHead of Leisure Services\n29 August 2025.",
                "Leisure Services\n29 August 2025.",
            ),
        ] {
            let body = body_with_closing_lines(tail);
            assert!(body.ends_with(end), "{body}");
        }
        for tail in [
            "Carrie Arnold\nContributing Writer\n29 August 2025",
            "Margaret Hill\n29 August 2025",
            "Martin Oyelaran\nHead of Leisure Services\nFriday, 29 August 2025",
            "Martin Oyelaran\nHead of Leisure Services\n29 August 2025, 21:47",
            "Other notices\nBins collected a day late\n28/01/2025\nWater cut on Main Street\n21/01/2025",
        ] {
            let body = body_with_closing_lines(tail);
            assert!(body.ends_with("at the same price as now."), "{body}");
        }
    }

    /// A closing line that sends questions to a telephone number or an
    /// e-mail address is the issuer's; one that points to a website stays.
    #[test]
    fn a_contact_line_closing_the_story_is_dropped() {
        let page = |last: &str| {
            format!(
                "{}{last}\n\nShare this article\n",
                POOL_STORY.replace('\n', "\n\n")
            )
        };
        let phone =
            page("For more information on the works, contact the council on 0191 555 0142.");
        let body = crate::clean(&phone, &crate::Options::default()).body();
        assert!(body.ends_with("at the same price as now."), "{body}");
        let telugu = page("మరింత సమాచారం కోసం 0891-2500222 నంబరుకు ఫోన్ చేయండి.");
        let body = crate::clean(&telugu, &crate::Options::default()).body();
        assert!(body.ends_with("at the same price as now."), "{body}");
        // Or asks the reader's question first.
        let question = page(
            "Questions? Call the council's pool team on 0191 555 0142, weekdays from nine to five.",
        );
        let body = crate::clean(&question, &crate::Options::default()).body();
        assert!(body.ends_with("at the same price as now."), "{body}");
        // Or bids the reader contact someone, with no number given.
        for last in [
            "Pour plus d’informations, contactez le service des sports de la mairie ou votre \
             club de natation.",
            "Meer weten? Bel onze klantenservice op 0800 022 4411 (gratis, dag en nacht \
             bereikbaar).",
        ] {
            let html = format!(
                "<html><body><article><h1>Town pool to close</h1>{}<p>{last}</p></article>\
                 <footer><p>Contact us</p></footer></body></html>",
                pool_story_html()
            );
            let body = crate::clean(&html, &crate::Options::default()).body();
            assert!(body.ends_with("at the same price as now."), "{body}");
        }
        let site = page(
            "For more information on the works, see the council's website, poolworks.example.",
        );
        let body = crate::clean(&site, &crate::Options::default()).body();
        assert!(body.ends_with("poolworks.example."), "{body}");
    }

    /// The row whose label is its column's widest stands one space from its
    /// next cell: it is a row of the table all the same, and a source line
    /// under three rows is the table's, whatever box stands below it.
    #[test]
    fn a_row_one_space_from_its_next_cell_is_a_row_of_the_table() {
        let (lead, rest) = POOL_STORY.split_once('\n').unwrap();
        let table = "Pass             Before   After\n\
                     Adult            £3.10    £3.40\n\
                     Child (under 16) £1.50    £1.70\n";
        let page = format!(
            "{lead}\n\n{table}\nSource: Town Leisure Department\n\nAdvertisement\n\n\
             Work out your new fare\nEnter your age and see at once what you will pay.\n\
             Start the calculator\n\n{}",
            rest.replace('\n', "\n\n")
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("Child (under 16) £1.50 £1.70"), "{body}");
        assert!(body.contains("at the same price as now."), "{body}");
    }

    /// Under a header row of words alone, a two-column table's labels may
    /// be dates: a schedule, which a teaser's line may follow.
    #[test]
    fn a_schedule_under_its_header_row_is_kept() {
        let (lead, rest) = POOL_STORY.split_once('\n').unwrap();
        let schedule = "Date            Work\n\
             3-7 March       Draining the pool\n\
             10-21 March     Lifting the old tiles\n\
             24-28 March     Testing the floor\n\
             31 March        Report to the council\n";
        let page = format!(
            "{lead}\n\nThe timetable\n\n{schedule}\nRead also: Swimming clubs ask for more time\n\n{}",
            rest.replace('\n', "\n\n")
        );
        let body = crate::clean(&page, &crate::Options::default()).body();
        assert!(body.contains("10-21 March Lifting the old tiles"), "{body}");
        assert!(!body.contains("Read also"), "{body}");
        // Without the header, dated lines may be a list of latest news.
        let headless = page.replace("Date            Work\n", "");
        let body = crate::clean(&headless, &crate::Options::default()).body();
        assert!(!body.contains("Lifting the old tiles"), "{body}");
    }

    #[test]
    fn a_table_of_offers_is_dropped_and_a_table_of_figures_kept() {
        let (next, last) = POOL_STORY_GOES_ON.split_once('\n').unwrap();
        let html = format!(
            "<html><body><article>{}\
             <table><tr><th>Pool</th><th>Opens</th></tr>\
             <tr><td>School pool</td><td>6 pm</td></tr>\
             <tr><td>Lido</td><td>7 am</td></tr></table><p>{next}</p>\
             <table><tr><th>Site</th><th>Price</th></tr>\
             <tr><td>Staybook</td><td>£89</td><td>View deal</td></tr>\
             <tr><td>TripNest</td><td>£94</td><td>View deal</td></tr></table>{}\
             </article></body></html>",
            pool_story_html(),
            as_paragraphs(last),
        );
        let body = html_body(&html);
        assert!(body.contains("Lido 7 am"), "{body}");
        assert!(!body.contains("Staybook"), "{body}");
        assert!(body.contains("far side of town"), "{body}");
    }

    #[test]
    fn a_newsletter_boxs_pitch_over_its_form_is_dropped() {
        let html = format!(
            "<html><body><article><div class=\"entry-content\">{}\
             <div class=\"newsletter-box\"><h4>Subscribe to our newsletter!</h4>\
             <p>Every Friday, the week's preview and the best of the league.</p>\
             <form><input type=\"email\"><input type=\"submit\" value=\"Sign me up\"></form>\
             </div>{}</div></article></body></html>",
            pool_story_html(),
            as_paragraphs(POOL_STORY_GOES_ON),
        );
        let body = html_body(&html);
        assert!(!body.contains("best of the league"), "{body}");
        assert!(body.contains("far side of town"), "{body}");
    }

    #[test]
    fn an_embedded_posts_buttons_do_not_end_the_article() {
        let page = "The state spent nearly half a million dollars on the campaign, \
                    and a great many people on social media had something to say about it.\n\
                    \x20   Half a million dollars for a slogan. Incredible.\n\
                    \x20   — Jane Doe (@janedoe_writes) November 18, 2019\n\
                    1.2K\n\
                    Reply\n\
                    Copy link\n\
                    Read 214 replies\n\
                    The governor defended the slogan on Monday, saying that it had done \
                    exactly what it was meant to do and got people talking about the problem.\n\
                    Officials said the campaign would run on television and billboards \
                    across the state until the end of the spring.\n";
        let body = crate::clean(page, &crate::Options::default()).body();
        assert!(body.contains("end of the spring"), "{body}");
        assert!(!body.contains("Read 214 replies"), "{body}");
    }

    #[test]
    fn an_embedded_posts_own_link_closes_its_box() {
        let html = "<html><body><article><div class=\"article-body\">\
            <p>The state spent nearly half a million dollars on the campaign, and a great \
            many people on social media had something to say about it, most of it rude.</p>\
            <div class=\"post-card\"><div class=\"post-head\"><div>Jane Doe</div></div>\
            <div class=\"post-text\">Half a million dollars for a slogan. Incredible.</div>\
            <div class=\"post-time\">4:41 PM · Nov 18, 2019</div>\
            <a href=\"#\">Read 214 replies</a></div>\
            <p>The governor defended the slogan on Monday, saying that it had done exactly \
            what it was meant to do and got people talking about the problem.</p>\
            <p>Officials said the campaign would run on television and billboards across \
            the state until the end of the spring, at a cost of a further $80,000.</p>\
            </div></article></body></html>";
        let body = html_body(html);
        assert!(body.contains("end of the spring"), "{body}");
    }

    #[test]
    fn byline_names_lose_their_labels() {
        assert_eq!(
            byline_name("By Jamelle Bouie").as_deref(),
            Some("Jamelle Bouie")
        );
        assert_eq!(
            byline_name("By Ana Ruiz | Published October 4, 2017").as_deref(),
            Some("Ana Ruiz")
        );
        assert_eq!(byline_name("By Published October 4, 2017 11:23 am"), None);
        assert_eq!(
            byline_name("Posted on October 3, 2024 by Tomasz Wróbel").as_deref(),
            Some("Tomasz Wróbel")
        );
        assert_eq!(
            byline_name("di Giulia Bertolini").as_deref(),
            Some("Giulia Bertolini")
        );
        assert_eq!(byline_name("Actualizado: 14 ago 2025 - 13:05 CEST"), None);
        assert_eq!(byline_name("Written by Zoë"), Some("Zoë".to_owned()));
        assert_eq!(byline_name("Temps de lectura: 3 min"), None);
        assert_eq!(
            byline_name("Maren Solvik · 9 min read · 14 Comments").as_deref(),
            Some("Maren Solvik")
        );
        assert_eq!(
            byline_name("Lakeshore 5 Digital Team").as_deref(),
            Some("Lakeshore 5 Digital Team")
        );
    }

    #[test]
    fn region_is_the_heaviest_stretch() {
        let f = |words: u32| Features {
            words,
            ..Features::default()
        };
        let feats = [f(2), f(40), f(3), f(50), f(2), f(2), f(2), f(2), f(10)];
        use Class::*;
        let firm = [Bad, Good, Bad, Good, Bad, Bad, Bad, Bad, Good];
        let blocks: Vec<Block<'_>> = (1..=9)
            .map(|line| Block {
                text: "text".into(),
                line,
                indent: 0,
                bullet: false,
                written_marker: None,
                dom: None,
            })
            .collect();
        let range = main_region(
            &feats,
            &region_weights(
                &blocks,
                &feats,
                &firm,
                &firm,
                &table_rows(&blocks, &feats),
                &[false; 9],
            ),
        );
        assert_eq!(range, 1..4);
    }
}
