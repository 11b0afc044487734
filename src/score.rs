//! Stage 4: a score per block from its features, with the reasons that made
//! it. Positive is body, negative is boilerplate; each rule below is one
//! named, weighted piece of evidence (weights in [`crate::params`]).

use crate::blocks::{Block, Hints, Landmarks};
use crate::features::Features;
use crate::lang::phrases::PhraseKind;
use crate::params as p;

/// One piece of evidence and its weight.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Reason {
    pub rule: &'static str,
    pub weight: f32,
}

/// A block's score and, when asked for, its reasons.
#[derive(Debug, Clone, Default)]
pub struct Score {
    pub value: f32,
    /// The part of `value` that comes from evidence of boilerplate proper
    /// (phrases, dates, repetition, links, DOM regions), as opposed to mere
    /// shortness or a lack of sentences; zero or negative.
    pub hard: f32,
    pub reasons: Vec<Reason>,
}

struct Tally {
    value: f32,
    hard: f32,
    reasons: Option<Vec<Reason>>,
}

impl Tally {
    /// Evidence about the shape of the text: length, stop words, punctuation.
    fn add(&mut self, rule: &'static str, weight: f32) {
        if weight == 0.0 {
            return;
        }
        self.value += weight;
        if let Some(reasons) = &mut self.reasons {
            reasons.push(Reason { rule, weight });
        }
    }

    /// Evidence that names boilerplate: counted in `hard` when negative.
    fn add_hard(&mut self, rule: &'static str, weight: f32) {
        self.add(rule, weight);
        self.hard += weight.min(0.0);
    }
}

/// Scores one block. With `explain`, the reasons are kept.
pub fn score(block: &Block<'_>, f: &Features, explain: bool) -> Score {
    let mut t = Tally {
        value: 0.0,
        hard: 0.0,
        reasons: explain.then(Vec::new),
    };
    let words = f.words as f32;

    if f.words == 0 {
        t.add("no words", -p::EMPTY_PENALTY);
    } else {
        t.add(
            "length",
            p::LENGTH_WEIGHT * ((1.0 + words).ln() - (1.0 + p::LENGTH_PIVOT_WORDS).ln()),
        );
        let reliability = (words / p::STOP_FULL_WORDS).min(1.0);
        t.add(
            "stop words",
            ((f.stop_density - p::STOP_PIVOT) * p::STOP_WEIGHT * reliability)
                .min(p::STOP_MAX_BONUS),
        );
    }

    if f.ends_sentence {
        t.add("ends a sentence", p::SENTENCE_END_BONUS);
    }
    if f.sentence_ends > 1 {
        t.add(
            "several sentences",
            (p::EXTRA_SENTENCE_BONUS * (f.sentence_ends - 1) as f32).min(p::EXTRA_SENTENCE_MAX),
        );
    }
    if f.words >= p::NO_PUNCTUATION_MIN_WORDS
        && f.sentence_ends == 0
        && !f.ends_sentence
        && !f.ends_colon
    {
        t.add("no sentence punctuation", -p::NO_PUNCTUATION_PENALTY);
    }
    if f.words >= p::CAPITALISED_MIN_WORDS && f.capitalised_share > p::CAPITALISED_FROM {
        t.add(
            "capitalised words",
            -p::CAPITALISED_PENALTY * (f.capitalised_share - p::CAPITALISED_FROM)
                / (1.0 - p::CAPITALISED_FROM),
        );
    }
    if f.words >= p::SHOUTING_MIN_WORDS && f.uppercase_share >= p::SHOUTING_FROM {
        // Long runs of capitals are headline links and calls to action;
        // short ones may be subheadings.
        t.add_hard("all in capitals", -p::SHOUTING_PENALTY);
    }
    if f.no_letters {
        t.add_hard("no letters", -p::NO_LETTERS_PENALTY);
    }
    if f.post_signature {
        t.add("signs an embedded post", p::POST_SIGNATURE_BONUS);
    }
    if f.slug {
        t.add_hard("file name", -p::SLUG_PENALTY);
    }
    if f.shortcode {
        t.add_hard("shortcode", -p::SHORTCODE_PENALTY);
    }
    if f.form_row {
        t.add_hard("form controls", -p::FORM_ROW_PENALTY);
    }
    if f.market_quote {
        t.add_hard("market quote", -p::MARKET_QUOTE_PENALTY);
    }
    if f.facts_row {
        t.add_hard("row of facts", -p::FACTS_ROW_PENALTY);
    }
    if f.field_value {
        t.add_hard("value of a label line", -p::FIELD_VALUE_PENALTY);
    }
    if f.alt_text {
        t.add_hard("alt text of a picture", -p::ALT_TEXT_PENALTY);
    }
    if f.ends_ellipsis && f.words >= p::ELLIPSIS_MIN_WORDS {
        t.add_hard("ends in an ellipsis", -p::ELLIPSIS_PENALTY);
    }
    if let Some(m) = f.phrase
        && m.strength() >= p::PHRASE_MIN_COVERAGE
    {
        // A phrase said only in boilerplate costs what a caption does,
        // however long and well written its block.
        let floor = if m.whole_block {
            p::WHOLE_BLOCK_PHRASE_PENALTY
        } else {
            0.0
        };
        t.add_hard(
            m.kind.name(),
            -(p::phrase_weight(m.kind) * m.strength()).max(floor),
        );
    }
    if is_caption(f) {
        // "In this photo ...", "Photo by ...": a caption, however long and
        // well written.
        t.add_hard("caption", -p::CAPTION_PENALTY);
    }
    if f.date_coverage > 0.0 {
        t.add_hard("date or time", -p::DATE_WEIGHT * f.date_coverage);
    }
    if f.url_tokens > 0 {
        t.add_hard(
            "address",
            -(p::ADDRESS_PENALTY * f.url_tokens as f32).min(p::ADDRESS_MAX_PENALTY),
        );
    }
    if f.digit_share > p::DIGIT_SHARE_FROM && !f.chapter_entry {
        // Shape, not proof: tables of figures are made of such rows.
        t.add("mostly digits", -p::DIGIT_PENALTY);
    }
    if f.repeats > 1 {
        t.add_hard("repeated on the page", -p::REPEAT_PENALTY);
    }
    if f.echoes_neighbour {
        t.add_hard("echoes its neighbour", -p::ECHO_PENALTY);
    }
    if f.doubled {
        t.add_hard("text printed twice", -p::ECHO_PENALTY);
    }
    if f.quotes_neighbour {
        t.add_hard("pull quote", -p::PULL_QUOTE_PENALTY);
    }
    if f.copies_neighbours {
        t.add_hard("copy of blocks near it", -p::COPY_PENALTY);
    }
    if f.photo_credit {
        t.add_hard("photo credit", -p::PHOTO_CREDIT_PENALTY);
    }
    if f.cookie_notice {
        t.add_hard("cookie notice", -p::COOKIE_NOTICE_PENALTY);
    }
    if f.ends_with_count {
        t.add_hard("ends with a count", -p::COUNT_PENALTY);
    }
    if f.change_arrow {
        t.add_hard("a change shown with an arrow", -p::CHANGE_ARROW_PENALTY);
    }
    if f.nav_arrow {
        t.add_hard("a link's arrow", -p::NAV_ARROW_PENALTY);
    }
    if block.bullet && f.words <= p::BULLET_MAX_WORDS {
        t.add("short list item", -p::BULLET_PENALTY);
    }
    if block.indent >= p::INDENT_FROM && !block.bullet {
        t.add("indented", -p::INDENT_PENALTY);
    }

    if let Some(dom) = &block.dom {
        // A block that a phrase says all of ("Advertisement", "This
        // slideshow requires JavaScript.") is what it says, whatever the
        // container it stands in: its landmarks and class do not lift it.
        let said = f
            .phrase
            .is_some_and(|m| m.strength() >= p::PHRASE_OVER_CONTAINER_MIN_STRENGTH);
        if f.link_density > p::LINK_FROM {
            t.add_hard(
                "link density",
                -p::LINK_WEIGHT * (f.link_density - p::LINK_FROM) / (1.0 - p::LINK_FROM),
            );
        }
        // A gallery's slide is the article's, whatever its figure and
        // caption classes say.
        let slide = |what: bool| f.slide_text && what;
        for &(landmark, rule, weight) in p::LANDMARK_WEIGHTS {
            if dom.landmarks.contains(landmark)
                && !(said && weight > 0.0)
                && !slide(landmark == Landmarks::FIGURE)
            {
                if landmark == Landmarks::HIDDEN && f.folded_prose {
                    t.add_hard("folded away in <article>", -p::FOLDED_PROSE_PENALTY);
                } else {
                    t.add_hard(rule, weight);
                }
            }
        }
        // A subheading's class calls it a title as the headline's does
        // ("section__title"): that marks the headline alone.
        let subheading = dom.heading >= 2;
        for &(hint, rule, weight) in p::HINT_WEIGHTS {
            // A quote's author ("quote__author") is the speaker, not the
            // article's.
            let quoted = dom.landmarks.contains(Landmarks::BLOCKQUOTE) && hint == Hints::AUTHOR;
            let not_for_this_block = subheading && hint == Hints::TITLE
                || slide(matches!(hint, Hints::CAPTION | Hints::STANDFIRST))
                || quoted;
            let lifted_over_phrase = said && weight > 0.0;
            if dom.hints.contains(hint) && !lifted_over_phrase && !not_for_this_block {
                t.add_hard(rule, weight);
            }
        }
    }
    if f.in_article_body {
        t.add("in JSON-LD articleBody", p::ARTICLE_BODY_BONUS);
    }

    Score {
        value: t.value,
        hard: t.hard,
        reasons: t.reasons.unwrap_or_default(),
    }
}

/// A block that a credit phrase opens: a caption or a credit line
/// ("In this photo ...", "Photo by ...").
pub fn opens_with_credit(f: &Features) -> bool {
    f.phrase
        .is_some_and(|m| m.kind == PhraseKind::Credit && m.opening)
}

/// A block that a credit opens, closes or holds, or that a credit line or
/// a gallery's counter stands right above: a caption or a credit line
/// ("Photo by ...", "... (Image: GETTY)", "... in Washington.© Jane Doe").
pub fn is_credited(f: &Features) -> bool {
    f.ends_with_credit
        || f.credit_inside
        || f.under_credit
        || f.under_counter
        || opens_with_credit(f)
}

/// A credited block that reads like a sentence: a photo caption ("In this
/// photo ...", "... (AP Photo/Jane Doe)"). Short credit lines and gallery
/// links are left to the phrase rule.
pub fn is_caption(f: &Features) -> bool {
    f.words >= p::CAPTION_MIN_WORDS && is_credited(f)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn features(text: &str) -> Features {
        let english = crate::lang::by_code("en").unwrap();
        crate::features::text_features(text, english, &mut String::new())
    }

    #[test]
    fn captions_that_read_like_sentences_are_told_from_credit_lines() {
        let caption = features(
            "In this photo, residents wait to speak at a council meeting on Monday. \
             More than 200 people signed up to comment.",
        );
        assert!(is_caption(&caption));
        let block = Block::from(crate::blocks::text::lines("x").next().unwrap());
        let explained = score(&block, &caption, true);
        assert!(explained.value < 0.0, "{:?}", explained.reasons);
        assert!(explained.reasons.iter().any(|r| r.rule == "caption"));
        // A short credit line or gallery link opens with a credit phrase
        // too, but is left to the phrase rule.
        for text in ["Getty Images", "See more photos:"] {
            let f = features(text);
            assert!(is_credited(&f) && !is_caption(&f), "{text}");
        }
        assert!(is_caption(&features(
            "Workers load door trims into a pickup truck outside a store. (AP Photo/Jane Doe, File)"
        )));
        assert!(!is_caption(&features(
            "In this town, residents waited for hours to speak at the council meeting on Monday."
        )));
    }

    /// Whether the rule named `rule` adds to the score of `text`.
    fn fires(rule: &str, text: &str) -> bool {
        let block = Block::from(crate::blocks::text::lines("x").next().unwrap());
        score(&block, &features(text), true)
            .reasons
            .iter()
            .any(|r| r.rule == rule)
    }

    #[test]
    fn a_phrase_said_only_in_boilerplate_outweighs_a_long_appeal() {
        let appeal = features(
            "Independent journalism needs your support. The Free Press is a nonprofit \
             newsroom, and stories like this one take months of records requests, \
             interviews and fact-checking. If you value reporting that holds the county \
             to account, please consider a gift of any size today.",
        );
        let block = Block::from(crate::blocks::text::lines("x").next().unwrap());
        let explained = score(&block, &appeal, true);
        assert!(explained.value < 0.0, "{:?}", explained.reasons);
        let short = features(
            "The Harbor Ledger is free to read because readers like you keep it going. \
             Become a member.",
        );
        let explained = score(&block, &short, true);
        assert!(explained.value < 0.0, "{:?}", explained.reasons);
        let sign_up = features(
            "Sign up for Channel 11 weather and air quality alerts by text or email. \
             Message and data rates may apply.",
        );
        let explained = score(&block, &sign_up, true);
        assert!(explained.value < 0.0, "{:?}", explained.reasons);
    }

    #[test]
    fn only_a_long_block_is_a_cut_off_teaser() {
        let cut_off = |text: &str| fires("ends in an ellipsis", text);
        assert!(cut_off(
            "The harbor commission will take up a plan on Tuesday that would raise the ..."
        ));
        assert!(!cut_off("Here’s the other important thing …"));
    }

    #[test]
    fn a_lead_in_ending_with_a_colon_has_punctuation() {
        let unpunctuated = |text: &str| fires("no sentence punctuation", text);
        // Chinese and Japanese lead-ins end with a full-width colon, which
        // ends no sentence.
        assert!(!unpunctuated("市防指提醒广大市民做好以下防范措施："));
        assert!(unpunctuated("市防指提醒广大市民做好以下防范措施"));
    }

    #[test]
    fn only_a_long_run_of_capitals_is_shouting() {
        let shouts = |text: &str| fires("all in capitals", text);
        assert!(shouts("CLICK HERE TO READ THE WHOLE STORY ON OUR SITE"));
        // Subheadings of recipes and guides are often set in capitals.
        assert!(!shouts("HOW TO USE A WATER BATH CANNER"));
    }
}
