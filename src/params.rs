//! Every tuned constant, in one place. A block's score is a sum of weighted
//! evidence (see [`crate::score`]): positive means article body, negative
//! means boilerplate, and about ±1 is where the evidence becomes firm.
//! Weights were set by reasoning about what each feature means, then tuned
//! on the development set (`../shared/data/scrapinghub`) and the fixtures;
//! none is keyed to a site.

// ---------------------------------------------------------------- input --

/// Inputs larger than this are refused (`--max-bytes`): 128 MiB keeps the
/// worst case within a few GiB of memory while admitting any real page.
pub const DEFAULT_MAX_BYTES: usize = 128 * 1024 * 1024;
/// How much of the start of an input is read to tell HTML from text and to
/// find a `<meta charset>`.
pub const SNIFF_BYTES: usize = 8192;
/// How much of an input the charset detector reads.
pub const DETECT_BYTES: usize = 1 << 20;
/// Tags needed to call an input HTML when it does not start with markup.
pub const SNIFF_MIN_TAGS: usize = 4;
/// Bytes that are not valid UTF-8 still decode as UTF-8 when they hold at
/// least this many valid multi-byte characters per invalid sequence.
pub const MOSTLY_UTF8_VALID_PER_INVALID: usize = 4;
/// Bytes read when deciding whether decoded text is binary.
pub const BINARY_SAMPLE_BYTES: usize = 65_536;
/// Above this share of control/replacement characters, input is binary.
pub const BINARY_MAX_ODD_SHARE: f32 = 0.05;

// ------------------------------------------------------------- language --

/// Words read to detect the page's language.
pub const LANGUAGE_SAMPLE_WORDS: usize = 600;
/// Blocks shorter than this are not sampled for language detection.
pub const LANGUAGE_SAMPLE_MIN_CHARS: usize = 60;
/// The winning language's stop words must make up this share of the
/// sample, or the page is "undetermined" and stop words are not used.
pub const LANGUAGE_MIN_STOPWORD_SHARE: f32 = 0.12;
/// A language whose stop-word density is scaled by at least this much
/// ([`STOP_DENSITY_SCALES`]) needs that many times fewer stop words to be
/// detected: a third of Turkish pages fell under the share above.
pub const THIN_STOPWORDS_MIN_SCALE: f32 = 2.0;
/// Turkish carries its grammar in word endings, and its stop-word density
/// runs low: a news paragraph has about 0.13, one in English, German or
/// Dutch 0.43 to 0.5 (medians over the hand-cleaned fixtures' paragraphs
/// of 15 words or more), so that under one pivot its prose read as menus.
/// A language's density is multiplied by its factor here, about 0.43 over
/// its median. Finnish, whose cases stand for prepositions, has a median
/// of 0.27, and a third of its paragraphs fall under the pivot; a mild
/// factor leaves a tenth under it. Languages as near the pivot
/// (Ukrainian, Indonesian at about 0.25, Russian at 0.30) are left alone:
/// scaled as well, pages in Russian fared worse.
pub const STOP_DENSITY_SCALES: &[(&str, f32)] = &[("tr", 3.3), ("fi", 1.4)];
/// Stop-word density assumed when the language has no list: the middle of
/// the range, so that length and punctuation decide.
pub const STOP_DENSITY_UNKNOWN: f32 = 0.3;
/// In scripts written without spaces, this many characters count as a word.
pub const UNSPACED_CHARS_PER_WORD: u32 = 2;

// ------------------------------------------------------------- features --

/// Pages of more blocks are classified in windows of this many blocks, to
/// bound memory. The longest page of the development set has under 800
/// blocks, so real articles are always classified whole.
pub const WINDOW_BLOCKS: usize = 20_000;
/// Phrase and date patterns are only run on blocks up to this size: a long
/// paragraph is not a label, whatever words it contains.
pub const PHRASE_MAX_BYTES: usize = 400;
/// In a longer block, only phrases that stand in its first bytes are
/// looked for, and count only if they open it: longer than any opening
/// phrase of the lists.
pub const OPENING_PHRASE_REACH: usize = 64;
/// Dates are looked for in blocks with a digit, or of at most this many
/// words (a weekday or "yesterday" alone).
pub const UNDATED_DATE_MAX_WORDS: u32 = 4;
/// ... and count only where they cover at least this share of the block.
pub const UNDATED_DATE_MIN_COVERAGE: f32 = 0.5;
/// Adjacent blocks shorter than this are never called echoes of each other.
pub const ECHO_MIN_CHARS: usize = 20;
/// Two copies of a caption may have a line of at most this many words
/// between them (a gallery counter, a credit).
pub const ECHO_GAP_MAX_WORDS: u32 = 3;
/// ... or of at most this many, at least `ECHO_CREDIT_MIN_CAPITALISED` of
/// them capitalised, when the copies and the line between are printed line
/// under line (a credit with the paper's name).
pub const ECHO_FIGURE_GAP_MAX_WORDS: u32 = 6;
pub const ECHO_CREDIT_MIN_CAPITALISED: f32 = 0.75;
/// A block of at least `COPY_MIN_CHARS` characters is a copy when at least
/// `COPY_MIN_SHARE` of its characters are those of `COPY_MIN_PARTS` or
/// more shorter blocks (of at least `COPY_PART_MIN_CHARS`) within
/// `COPY_REACH` blocks of it, each recognised by `COPY_SNIPPET_BYTES` bytes
/// from its middle. On the development set the copies are made of 4 to 13
/// parts, with shares from 0.75 to 1.0, and no other long block has a
/// share above 0.26: the bounds leave room on both sides, so that a long
/// paragraph with a few pull quotes or highlights beside it is no copy.
pub const COPY_MIN_CHARS: u32 = 800;
pub const COPY_PART_MIN_CHARS: u32 = 40;
pub const COPY_REACH: usize = 150;
pub const COPY_SNIPPET_BYTES: usize = 32;
/// Snippets start at one word start in `COPY_ANCHOR_ONE_IN`, which keeps a
/// long block's index small; words are some six bytes apart, so anchors
/// are about `COPY_ANCHOR_SPACING` bytes apart.
pub const COPY_ANCHOR_ONE_IN: u32 = 3;
pub const COPY_ANCHOR_SPACING: usize = 18;
pub const COPY_MIN_SHARE: f32 = 0.6;
pub const COPY_MIN_PARTS: usize = 4;
/// Blocks with fewer words are not checked against JSON-LD `articleBody`.
pub const ARTICLE_BODY_MIN_WORDS: u32 = 5;
/// Words per n-gram when matching blocks against `articleBody`: a block
/// is in the body when all its runs of this many words are.
pub const ARTICLE_BODY_GRAM_WORDS: usize = 4;

// -------------------------------------------------------------- scoring --

/// Length: `LENGTH_WEIGHT * (ln(1 + words) - ln(1 + LENGTH_PIVOT_WORDS))`,
/// so a block of the pivot length is neutral, longer ones gain slowly.
pub const LENGTH_WEIGHT: f32 = 0.8;
pub const LENGTH_PIVOT_WORDS: f32 = 10.0;
/// Stop words: `(density - STOP_PIVOT) * STOP_WEIGHT`, scaled down for
/// blocks under `STOP_FULL_WORDS` words (density is noise on short text).
/// Running prose in most languages has a density of 0.3 to 0.5; menus,
/// names and headlines well under 0.2 (the jusText thresholds are 0.30/0.32).
pub const STOP_PIVOT: f32 = 0.22;
pub const STOP_WEIGHT: f32 = 6.0;
pub const STOP_FULL_WORDS: f32 = 10.0;
pub const STOP_MAX_BONUS: f32 = 1.5;
/// Ending like a sentence, and each further sentence inside the block.
pub const SENTENCE_END_BONUS: f32 = 0.6;
pub const EXTRA_SENTENCE_BONUS: f32 = 0.15;
pub const EXTRA_SENTENCE_MAX: f32 = 0.6;
/// A block of several words with no sentence punctuation at all.
pub const NO_PUNCTUATION_MIN_WORDS: u32 = 4;
pub const NO_PUNCTUATION_PENALTY: f32 = 0.5;
/// Mostly capitalised words (headlines, names, menus): penalty grows from
/// zero at `CAPITALISED_FROM` to `CAPITALISED_PENALTY` at all words.
pub const CAPITALISED_FROM: f32 = 0.6;
pub const CAPITALISED_PENALTY: f32 = 1.2;
pub const CAPITALISED_MIN_WORDS: u32 = 3;
/// Blocks of at least `SHOUTING_MIN_WORDS` words, nearly all in capitals:
/// headline links and calls to action. Shorter ones are as often the
/// subheadings of a guide ("HOW TO USE A WATER BATH CANNER").
pub const SHOUTING_MIN_WORDS: u32 = 8;
pub const SHOUTING_FROM: f32 = 0.8;
pub const SHOUTING_PENALTY: f32 = 1.5;
/// Digits without a letter: ids, phone numbers, scores.
pub const NO_LETTERS_PENALTY: f32 = 1.5;
/// Cut-off teasers end in an ellipsis. A short line that does ("Here's
/// the thing ...") is rather a lead-in to the next paragraph.
pub const ELLIPSIS_PENALTY: f32 = 1.5;
pub const ELLIPSIS_MIN_WORDS: u32 = 7;
/// ... or in an ellipsis and the link to the rest ("... Read More",
/// "... more", "... Full Bio"): at most this many words, without a
/// sentence end, after the ellipsis of a block of at least
/// `CUT_OFF_MIN_WORDS` words (a headline may hold an ellipsis mid-way).
pub const CUT_OFF_LINK_MAX_WORDS: usize = 3;
pub const CUT_OFF_MIN_WORDS: u32 = 10;
/// The ellipsis is looked for in this many last bytes of the block: room
/// for the ellipsis and a short link after it.
pub const CUT_OFF_LINK_MAX_BYTES: usize = 32;
/// Boilerplate phrases: `-weight * coverage` where coverage is the share of
/// the block the phrases cover; weights per kind are in `phrase_weight`.
pub const PHRASE_MIN_COVERAGE: f32 = 0.15;
/// Single-word phrases ("popular", "share") count only when, with the
/// block's other phrases of their kind, they cover this share of it.
pub const LONE_WORD_MIN_COVERAGE: f32 = 0.5;
/// A label that opens a block ("Photo:", "Related:", "Source:") counts as
/// covering at least this share of it.
pub const LABEL_COVERAGE: f32 = 0.6;
/// A caption, which a credit opens ("In this photo ...", "Photo by ...")
/// or closes ("... (AP Photo/Jane Doe)"), on top of any phrase's own
/// weight: enough to outweigh the prose score of a long caption.
pub const CAPTION_PENALTY: f32 = 5.0;
/// A phrase said only in boilerplate (marked `!` in the lists: "You can
/// unsubscribe at any time", "Independent journalism needs your support")
/// costs at least this, as a caption does: it outweighs the prose score of
/// a long appeal or disclosure.
pub const WHOLE_BLOCK_PHRASE_PENALTY: f32 = 5.0;
/// A caption has at least this many words; shorter credit blocks are
/// credit lines and gallery links ("See more photos").
pub const CAPTION_MIN_WORDS: u32 = 4;
/// A line right under a credit line is its caption when it has at most
/// this many words.
pub const CAPTION_UNDER_CREDIT_MAX_WORDS: u32 = 60;
/// ... and at most this many sentences: a caption says what the picture
/// shows in a sentence or three; a paragraph of more, printed right under
/// a figure's credit, is the article's going on.
pub const CAPTION_UNDER_CREDIT_MAX_SENTENCES: u32 = 3;
/// A label line of at most this many words over an indented value ("Date:",
/// "Source:", "Summary:") is a field of the page's metadata; the value
/// costs `FIELD_VALUE_PENALTY`, enough to drop a summary that reads well.
pub const FIELD_LABEL_MAX_WORDS: u32 = 3;
pub const FIELD_VALUE_PENALTY: f32 = 4.0;
/// The longest credit at the end of a caption that is looked at, in
/// brackets ("(AP Photo/Jane Doe, File)") or after a label ("Credit: ESA"),
/// in characters.
pub const CLOSING_CREDIT_MAX_CHARS: usize = 60;
/// A Chinese photographer's mark in brackets ("（记者 张三 摄）") has at
/// most this many characters: an agency, "reporter" and a name.
pub const PHOTOGRAPHER_MARK_MAX_CHARS: usize = 20;
/// The name after a closing credit label ("Credit: Vesti/The Siberian
/// Times") has at most this many words.
pub const CREDIT_NAME_MAX_WORDS: usize = 6;
/// A credit's name may end with a full stop after a short word, as a
/// company's legal form does ("Zrt.", "Inc."): at most this many letters.
pub const NAME_ABBREVIATION_MAX_CHARS: usize = 4;
/// A credit may name its source before the phrase ("Gazette photo by
/// ..."): at most this many capitalised words.
pub const CREDIT_SOURCE_MAX_WORDS: usize = 2;
/// "In this Sunday, Nov. 10, 2019, photograph, ...": the word for the
/// picture comes within this many words of "In this".
pub const DATED_CAPTION_MAX_WORDS: usize = 6;
/// A gallery slide's counter ("3of12") has numbers of at most this many
/// digits.
pub const GALLERY_COUNTER_MAX_DIGITS: usize = 3;
/// A gallery's counter standing alone ("2 of 24") has at most this many
/// words.
pub const GALLERY_COUNTER_MAX_WORDS: u32 = 3;
/// "About Jane Doe", "More From CNN": a header that names another section
/// has at most this many words.
pub const NAMED_HEADER_MAX_WORDS: u32 = 4;
/// The header of a company's or group's box may be longer, for their names
/// are: "About the Kestrel Valley Tool Library".
pub const ABOUT_HEADER_MAX_WORDS: u32 = 7;
/// A block of at most `READER_PROMPT_MAX_WORDS` words that asks a question
/// and then gives an e-mail address ("Got a story? Email news@...") asks
/// readers to write in: a call to action, like a newsletter's.
pub const READER_PROMPT_MAX_WORDS: u32 = 40;
/// A block of at most `FOLLOW_LINE_MAX_WORDS` words that opens with
/// "Follow" and names at least `FOLLOW_LINE_MIN_NETWORKS` networks (or
/// other lone-word phrases) is a call to follow the site.
pub const FOLLOW_LINE_MAX_WORDS: u32 = 16;
pub const FOLLOW_LINE_MIN_NETWORKS: u32 = 2;
/// "Download the 12 River Valley app ...": a call to install the site's
/// app names the app within `APP_PROMPT_NAME_MAX_WORDS` words after "the"
/// or "our", in a block of at most `APP_PROMPT_MAX_WORDS` words.
pub const APP_PROMPT_NAME_MAX_WORDS: usize = 5;
pub const APP_PROMPT_MAX_WORDS: u32 = 40;
/// "12 thoughts on “...”": a comments header that quotes the article's
/// title has at most this many words, and its count this many digits.
pub const TITLED_COMMENTS_HEADER_MAX_WORDS: u32 = 40;
pub const COMMENT_COUNT_MAX_DIGITS: usize = 5;
/// A comments phrase printed this many times on a page links each item's
/// comments ("Add a comment" under every step of a guide): it does not end
/// the article. The header of a page's comments stands once, or twice with
/// a link to it at the top.
pub const COMMENT_LINK_PER_ITEM_MIN_REPEATS: u32 = 3;
/// Lines of comments phrases this close under such a link are its widget
/// (a count, the buttons of the form it opens), not the page's comments.
pub const COMMENT_WIDGET_MAX_LINES: usize = 3;
/// Dates and times: `-DATE_WEIGHT * coverage`.
pub const DATE_WEIGHT: f32 = 3.0;
/// Each URL, e-mail address or handle, up to `ADDRESS_MAX_PENALTY`.
pub const ADDRESS_PENALTY: f32 = 1.2;
pub const ADDRESS_MAX_PENALTY: f32 = 3.0;
/// Mostly digits (scores, prices, tickers): above `DIGIT_SHARE_FROM`.
pub const DIGIT_SHARE_FROM: f32 = 0.3;
pub const DIGIT_PENALTY: f32 = 1.0;
/// The same text more than once on the page (menus, teasers, captions).
pub const REPEAT_PENALTY: f32 = 1.2;
/// A caption printed twice in a row (alt text, then caption), or one text
/// printed twice within a block.
pub const ECHO_PENALTY: f32 = 2.5;
/// A copy of blocks near it ([`COPY_MIN_CHARS`]): its text is on the page
/// already, so it goes whatever its prose.
pub const COPY_PENALTY: f32 = 8.0;
/// A pull quote: a block quote, figure or aside of `PULL_QUOTE_MIN_WORDS`
/// to `PULL_QUOTE_MAX_WORDS` words whose text stands in a longer block
/// within `PULL_QUOTE_REACH` blocks. Its words are already the article's.
pub const PULL_QUOTE_MIN_WORDS: u32 = 5;
pub const PULL_QUOTE_MAX_WORDS: u32 = 60;
pub const PULL_QUOTE_REACH: usize = 4;
/// In scraped text, a line of one sentence, without quotation marks, of
/// at most `PLAIN_PULL_QUOTE_MAX_WORDS` words, is a pull quote when it
/// stands in a longer block within `PLAIN_PULL_QUOTE_REACH` blocks.
pub const PLAIN_PULL_QUOTE_MAX_WORDS: u32 = 30;
pub const PLAIN_PULL_QUOTE_REACH: usize = 24;
pub const PULL_QUOTE_PENALTY: f32 = 6.0;
/// A chapter list: at least `CHAPTER_LIST_MIN_ENTRIES` lines, each opening
/// with a running time, rising from zero. Two could be a player's bar
/// ("0:00 / 42:17" split in two).
pub const CHAPTER_LIST_MIN_ENTRIES: usize = 3;
/// A gallery shown on one page: at least `SLIDES_MIN` figures, each with a
/// subheading and a paragraph of at least `SLIDE_TEXT_MIN_WORDS` words.
pub const SLIDES_MIN: usize = 3;
pub const SLIDE_TEXT_MIN_WORDS: u32 = 20;
/// A slide's paragraph stands within this many blocks under its subheading
/// (a counter or a credit may come between).
pub const SLIDE_TEXT_REACH: usize = 2;
/// A pull quote is sought by its first this many bytes.
pub const PULL_QUOTE_PROBE_BYTES: usize = 16;
/// The line under a pull quote naming its speaker after a dash: at most
/// this many words.
pub const PULL_QUOTE_SPEAKER_MAX_WORDS: u32 = 8;
/// A caption's credit glued after its last sentence ("... Getty Images")
/// is looked for in this many bytes at the block's end.
pub const AGENCY_TAIL_MAX_BYTES: usize = 32;
/// A "Name/AGENCY" photo credit of at most this many words. A "Name,
/// Agency" credit has at least `NAME_CREDIT_MIN_WORDS`: a name of two.
pub const PHOTO_CREDIT_MAX_WORDS: u32 = 10;
/// A video's card ("VIDEO 4:11 04:11 Why chains are shrinking ...") holds
/// a title and a show's name: at most this many words.
pub const VIDEO_CARD_MAX_WORDS: u32 = 30;
/// A figure's caption opens with its number: at most this many digits.
pub const FIGURE_NUMBER_MAX_DIGITS: usize = 3;
/// A running time after a player's label ("Duration: 4:12") starts within
/// this many bytes of the block's start.
pub const RUNNING_TIME_REACH: usize = 12;
pub const NAME_CREDIT_MIN_WORDS: u32 = 3;
/// "Dev Ambrose/Tamsin Valley Herald": a credit of a photographer's name
/// (`PHOTOGRAPHER_MIN_WORDS` to `PHOTOGRAPHER_MAX_WORDS` words) and the
/// paper's name (up to `CREDIT_OUTLET_MAX_WORDS`), both in capitalised
/// words. A one-word name is a topic ("News/Sports").
pub const PHOTOGRAPHER_MIN_WORDS: usize = 2;
pub const PHOTOGRAPHER_MAX_WORDS: usize = 3;
pub const CREDIT_OUTLET_MAX_WORDS: usize = 4;
/// A file name or slug ("storm-2024-crews-01"): at least `SLUG_MIN_WORDS`
/// words joined without a space (a picture's file name, "IMG_2214.jpg",
/// whatever its words), in at most `SLUG_MAX_BYTES` bytes. No paragraph,
/// subheading or list item looks like that.
pub const SLUG_MIN_WORDS: u32 = 4;
/// In brackets, where a text browser prints a picture's description, a
/// slug of fewer words is one too ("\[goldeneye-larkmoor-dam\]"); an
/// editor's insertion ("\[sic\]", "\[re-elected\]") has fewer still.
pub const BRACKETED_SLUG_MIN_WORDS: u32 = 3;
pub const SLUG_MAX_BYTES: usize = 200;
pub const SLUG_PENALTY: f32 = 2.0;
/// A shortcode's name ("button", "gallery") has at most this many bytes.
/// Shortcodes are template markup, never prose: the penalty outweighs
/// what a block gains from standing in the article's element.
pub const SHORTCODE_MAX_NAME_BYTES: usize = 24;
pub const SHORTCODE_PENALTY: f32 = 6.0;
/// A text browser draws each field and button of a form in brackets; a
/// line of at least this many such groups and nothing else is a form (a
/// sign-up box, a donation appeal's buttons), never prose. One group alone
/// may be a picture's description.
pub const FORM_ROW_MIN_CONTROLS: usize = 2;
pub const FORM_ROW_PENALTY: f32 = 4.0;
/// A line of at most this many words with a signed change in per cent
/// in brackets ("48.12 +2.31 (+5.04%)") is a stock quote widget's.
pub const MARKET_QUOTE_MAX_WORDS: u32 = 16;
pub const MARKET_QUOTE_PENALTY: f32 = 4.0;
/// A row of facts: at least `FACTS_ROW_MIN_PAIRS` "Label: value" pairs
/// apart by '|', each label of at most `FACTS_LABEL_MAX_WORDS` words and
/// each value of at most `FACTS_VALUE_MAX_WORDS` ("Calories: 276kcal |
/// Protein: 5g | Fat: 13g"). Two pairs may be a headline's; three short
/// ones are a card's data.
pub const FACTS_ROW_MIN_PAIRS: usize = 3;
pub const FACTS_LABEL_MAX_WORDS: usize = 3;
pub const FACTS_VALUE_MAX_WORDS: usize = 4;
pub const FACTS_ROW_PENALTY: f32 = 4.0;
/// A line of at most this many words that ends with a linked file's note
/// ("(PDF, 34 pages)") is a download link.
pub const FILE_LINK_MAX_WORDS: u32 = 20;
/// "$129 at Pinecrest Outfitters Buy now": a shop's button, a price
/// and a shop's name, in at most this many words.
pub const SHOP_BUTTON_MAX_WORDS: u32 = 10;
/// The words before the shop's name that say where to pay ("$129 at
/// ...", "149,99 € bei ...").
pub const SHOP_PREPOSITIONS: &[&str] = &["at", "bei", "chez", "en", "da", "bij", "hos", "em"];
/// A deal's former price ("(was £1,199)", "au lieu de 329 €") takes at
/// most this many words between its price and the shop.
pub const FORMER_PRICE_MAX_WORDS: usize = 5;
/// A picture's alt text printed as a block: a title of at least
/// `ALT_TEXT_MIN_WORDS` words with " image" after it.
pub const ALT_TEXT_MIN_WORDS: u32 = 5;
pub const ALT_TEXT_PENALTY: f32 = 3.0;
/// A line of scraped text wholly in brackets is an image's description
/// too, as w3m prints it, when it has at least this many words (shorter
/// ones are transcripts' cues, "\[crosstalk\]", or citations).
pub const BRACKETED_ALT_TEXT_MIN_WORDS: u32 = 6;
/// ... or this many, right above a caption printed twice or a credited
/// caption.
pub const CAPTIONED_ALT_TEXT_MIN_WORDS: u32 = 2;
/// ... or any number, when it opens with one of these words ("[Photo of
/// Jane Doe]"): it names itself a picture.
pub const PICTURE_WORDS: &[&str] = &[
    "photo",
    "image",
    "picture",
    "portrait",
    "headshot",
    "illustration",
    "foto",
    "bild",
    "imagen",
    "immagine",
    "imagem",
    "afbeelding",
    "zdjęcie",
];
/// In HTML, a block that opens with a related-stories phrase ("Leggi
/// anche", "Read more") and is at least this share link text is a teaser,
/// as if the phrase ended in a colon.
pub const LINKED_TEASER_MIN_LINK_SHARE: f32 = 0.7;
/// In HTML, a block at least this share link text counts as an entry of a
/// list of links: a table of contents' entry naming a subheading does not
/// make the subheading a repeated line.
pub const CONTENTS_ENTRY_MIN_LINK_SHARE: f32 = 0.7;
/// A class or id whose parts made of hex digits, both figures and letters,
/// hold at least this many digits in all is a generated hash or UUID
/// ("block-253b6569…"): those parts give no tokens.
pub const HASH_MIN_HEX_DIGITS: usize = 8;
/// What a forum's reply puts before the thread's title ("Re: ...", the
/// German "AW: ...", the Scandinavian "SV: ..."), lowercase, without its
/// colon; the title has at least `REPLY_TITLE_MIN_WORDS` words, so that a
/// label's bare value is no thread's title.
pub const REPLY_PREFIXES: &[&str] = &["re", "aw", "sv", "odp", "antw"];
pub const REPLY_TITLE_MIN_WORDS: usize = 2;
/// The signature of an embedded post ("— Jane Doe (@janedoe) November 18,
/// 2019"), in at most this many bytes after the dash, counts as body
/// whatever its date and address; so does the post above it.
pub const POST_SIGNATURE_MAX_BYTES: usize = 200;
/// An embedded short video's post printed on one line ("@handle caption
/// #tags ♬ original sound - Name") is at most this long.
pub const SHORT_VIDEO_POST_MAX_BYTES: usize = 600;
pub const POST_SIGNATURE_BONUS: f32 = 5.0;
/// A line over an embedded post's signature that phrases cover this much
/// is the widget's own ("View this post on Instagram"), not the post's text:
/// it is not kept with the post.
pub const EMBED_CHROME_MIN_COVERAGE: f32 = 0.8;
pub const PHOTO_CREDIT_PENALTY: f32 = 2.5;
/// A block about cookies in the words of consent banners.
pub const COOKIE_NOTICE_PENALTY: f32 = 3.0;
pub const COOKIE_NOTICE_MAX_BYTES: usize = 2000;
/// An ad's box in scraped text: under a label of at most
/// `AD_LABEL_MAX_WORDS` words, at most `AD_BOX_MAX_LINES` lines of at most
/// `AD_BOX_LINE_MAX_WORDS` words each (a name, a long pitch, a button),
/// printed line under line.
pub const AD_LABEL_MAX_WORDS: u32 = 2;
pub const AD_BOX_MAX_LINES: usize = 8;
pub const AD_BOX_LINE_MAX_WORDS: u32 = 30;
/// Lines under an ad's label of which at least this many are full
/// sentences of `INLINE_BOX_RESUME_MIN_WORDS` words or more, none selling
/// anything, are the article's paragraphs printed line under line.
pub const AD_BOX_PARAGRAPHS_MIN: usize = 2;
/// A sponsor's header of at most `SPONSOR_HEADER_MAX_WORDS` words
/// ("Sponsored by Quayside Mortgage Partners") heads a box printed line
/// under line when a button of at most `SPONSOR_BOX_BUTTON_MAX_WORDS`
/// words closed by a link's arrow ("Speak to a broker ›") stands in it.
pub const SPONSOR_HEADER_MAX_WORDS: u32 = 6;
pub const SPONSOR_BOX_BUTTON_MAX_WORDS: u32 = 5;
/// A box under a title in capitals of at most
/// `CAPITALS_BOX_TITLE_MAX_WORDS` words ("HOW TO VOTE IN MERE VALLEY") is
/// closed by a link of at most `BOX_LINK_MAX_WORDS` words with its arrow
/// ("Find out more about voter ID ›").
pub const CAPITALS_BOX_TITLE_MAX_WORDS: u32 = 6;
pub const BOX_LINK_MAX_WORDS: u32 = 8;
/// Lines under an ad's label of which at least this many are rows of
/// three cells or more are the article's table, not the ad's copy.
pub const AD_BOX_TABLE_MIN_ROWS: usize = 3;
/// A box with an ad's notice under its header ("ODDS", the odds, "18+ |
/// Gamble responsibly") has at least this many lines: a header, one line
/// of its own and the notice.
pub const AD_NOTICE_BOX_MIN_LINES: usize = 3;
/// A number in brackets at the end: a comment or view count after a teaser.
pub const COUNT_PENALTY: f32 = 1.5;
/// A change shown with an arrow ("▲ 1") in a block of at most this many
/// words: a widget's figure (a rank, a price, an index), not a sentence.
pub const CHANGE_ARROW_MAX_WORDS: u32 = 8;
pub const CHANGE_ARROW_PENALTY: f32 = 3.5;
/// A link's arrow at a short block's edge ("← Previous post", "Full
/// table ›"): up to `NAV_ARROW_MAX_WORDS` words.
pub const NAV_ARROW_MAX_WORDS: u32 = 16;
pub const NAV_ARROW_PENALTY: f32 = 2.5;
/// A longer block ends with a link's arrow when at most this many words
/// stand between its last sentence and the arrow: a button under a promo.
pub const CALL_TO_ACTION_MAX_WORDS: usize = 5;
/// A short list item: most lists on a page are menus.
pub const BULLET_MAX_WORDS: u32 = 12;
pub const BULLET_PENALTY: f32 = 0.7;
/// A deeply indented text line (captions, nested menus) that is not a
/// list item.
pub const INDENT_FROM: u16 = 4;
pub const INDENT_PENALTY: f32 = 0.5;
/// A block without a single word (icons, bullets, separators).
pub const EMPTY_PENALTY: f32 = 3.0;

/// JSON-LD `articleBody` contains the block: evidence, not proof.
pub const ARTICLE_BODY_BONUS: f32 = 1.5;

/// Weight of each boilerplate phrase kind at full coverage.
pub fn phrase_weight(kind: crate::lang::phrases::PhraseKind) -> f32 {
    use crate::lang::phrases::PhraseKind::*;
    match kind {
        Navigation => 2.5,
        Share => 3.0,
        Subscribe => 3.0,
        Advertising => 3.5,
        Related => 3.0,
        Comments => 3.0,
        Legal => 3.0,
        Copyright => 3.0,
        Credit => 3.0,
        Byline => 3.0,
        EndCredit => 4.0,
        AuthorBio => 3.5,
    }
}

// ------------------------------------------------------- classification --

/// Scores at or above this are firmly body; at or below `BAD_SCORE`,
/// firmly boilerplate; in between, the neighbours decide.
pub const GOOD_SCORE: f32 = 1.0;
pub const BAD_SCORE: f32 = -1.0;
/// An uncertain block between body blocks becomes body unless its
/// boilerplate evidence sums to this much or more.
pub const SMOOTH_MAX_HARD_EVIDENCE: f32 = 1.5;

/// Main region: the contiguous stretch of blocks with the largest sum of
/// weights, where body counts its words and boilerplate costs
/// `REGION_BAD_BASE + REGION_BAD_PER_WORD * words`.
pub const REGION_BAD_BASE: f32 = 3.0;
pub const REGION_BAD_PER_WORD: f32 = 0.5;
/// What an uncertain block that the neighbours made body is worth, per word.
pub const REGION_SMOOTHED_PER_WORD: f32 = 0.5;
/// What body below the container a page marks as its article's
/// ("article-body", "entry-content"), and outside that container's parent,
/// is worth per word, as a share of the article's: a video's description
/// or a teaser's summary under a short article reads as well as its
/// paragraphs.
pub const REGION_OUTSIDE_CONTENT_SHARE: f32 = 0.25;
/// A header that opens another section ("Comments", "Related stories",
/// "About the author") or a credit line that closes the article costs this
/// many words: the article may go on past it only if much body follows.
pub const REGION_SECTION_BREAK: f32 = 120.0;
/// A line of the topics the article was filed under ("Tags: ...") under
/// its paragraphs closes it as such a header does, when it names at least
/// this many topics (a recipe card's "Category: Dinner" names one).
pub const TAGS_LINE_MIN_TOPICS: usize = 2;
/// What parts the topics of such a line: a wide gap, where a text browser
/// printed a row of links, or a comma, dot or bar.
pub const TAGS_LINE_GAPS: [&str; 5] = ["  ", ",", "·", "|", "•"];
/// A header of related stories straight above two paragraphs costs less:
/// they are teaser summaries, or the article going on under a box whose
/// headlines the page left out.
pub const REGION_RELATED_BREAK: f32 = 40.0;
/// A header above anything else (headlines, summaries between share
/// buttons) heads a list of other stories, and costs this much.
pub const REGION_RELATED_LIST_BREAK: f32 = 80.0;
/// In HTML, a related header inside the page's content element heads a
/// box set into the article when the article's paragraphs go on within
/// `CONTENT_BOX_REACH` blocks below it, in that element too.
pub const CONTENT_BOX_REACH: usize = 24;
/// Headers of a summary box ("Key takeaways"), lowercase. Above the article
/// the box repeats it, as a list of other stories would; a few blocks under
/// its paragraphs it sums the article up, and the article goes on below it.
pub const SUMMARY_HEADERS: &[&str] = &[
    "key takeaways",
    "key points",
    "key facts",
    "story highlights",
    "what you need to know",
    "ce qu'il faut retenir",
    "ce qu’il faut retenir",
    "l'essentiel",
    "l’essentiel",
    "à retenir",
    "les points clés",
    "das wichtigste in kürze",
    "das wichtigste im überblick",
    "in het kort",
    "i punti chiave",
];
/// A recipe's card may follow the article past a few echoes of its
/// pictures and its print button: its ingredients' header stands at most
/// this many blocks below the region.
pub const RECIPE_CARD_REACH: usize = 16;
/// A recipe card's ingredients: at least this many short lines.
pub const RECIPE_MIN_INGREDIENTS: usize = 3;
/// A recipe card's steps: at most this many blocks.
pub const RECIPE_MAX_STEPS: usize = 40;
/// Headers of a recipe card's ingredients, lowercase, without a colon.
pub const RECIPE_INGREDIENTS_HEADERS: &[&str] = &[
    "ingredients",
    "ingrédients",
    "ingredientes",
    "ingredienti",
    "ingrediënten",
    "zutaten",
    "składniki",
    "ingredienser",
    "hozzávalók",
    "suroviny",
];
/// Headers of a recipe card's steps, lowercase, without a colon.
pub const RECIPE_STEPS_HEADERS: &[&str] = &[
    "instructions",
    "directions",
    "method",
    "preparation",
    "steps",
    "préparation",
    "preparación",
    "elaboración",
    "preparazione",
    "procedimento",
    "modo de preparo",
    "bereiding",
    "zubereitung",
    "przygotowanie",
    "fremgangsmåde",
    "gör så här",
    "elkészítés",
    "postup",
];
/// An article's questions and answers may follow its container (a health
/// guide's accordion): their header stands at most this many blocks below
/// the region.
pub const FAQ_REACH: usize = 6;
/// Questions and answers: at least this many pairs.
pub const FAQ_MIN_PAIRS: usize = 2;
/// A question is at most this many words.
pub const FAQ_QUESTION_MAX_WORDS: u32 = 30;
/// Headers of an article's questions and answers, lowercase, without a
/// colon.
pub const FAQ_HEADERS: &[&str] = &[
    "frequently asked questions",
    "faq",
    "faqs",
    "common questions",
    "questions and answers",
    "häufig gestellte fragen",
    "häufige fragen",
    "questions fréquentes",
    "foire aux questions",
    "preguntas frecuentes",
    "domande frequenti",
    "perguntas frequentes",
    "veelgestelde vragen",
];
/// Headers of an interview's box about the person interviewed ("Zur
/// Person"), lowercase, without a colon; "`<name>`: the cv" too.
pub const BIO_BOX_HEADERS: &[&str] = &[
    "zur person",
    "bio express",
    "biographie express",
    "chi è",
    "the cv",
];
/// Such a box holds at most this many blocks under its header.
pub const BIO_BOX_MAX_BLOCKS: usize = 6;
/// A summary box sums the article up when paragraphs of body stand at
/// most this many blocks above its header.
pub const SUMMARY_AFTER_BODY_REACH: usize = 10;
/// ... and at least this many paragraphs do.
pub const SUMMARY_AFTER_BODY_MIN_PARAGRAPHS: usize = 2;
/// A header that opens a box inside the article costs only what any
/// boilerplate block costs. Such a box holds one to `INLINE_BOX_MAX_BLOCKS`
/// headlines of at most `INLINE_BOX_ITEM_MAX_WORDS` words (a strip of
/// three videos, each a running time and a title, fills seven), and two
/// body paragraphs of `INLINE_BOX_RESUME_MIN_WORDS` words or more follow
/// it, where the article goes on.
pub const INLINE_BOX_MAX_BLOCKS: usize = 8;
pub const INLINE_BOX_ITEM_MAX_WORDS: u32 = 25;
pub const INLINE_BOX_RESUME_MIN_WORDS: u32 = 12;
/// The second of those paragraphs may be a short closing sentence of at
/// least this many words that scores as uncertain: a site's stop-word list
/// may miss a language's words, and a teaser's headline has no full stop.
pub const INLINE_BOX_RESUME_SHORT_MIN_WORDS: u32 = 8;
/// Between the first paragraph under such a box and the next, up to this
/// many boilerplate blocks may stand: a photo's caption, which scraped
/// text prints twice.
pub const INLINE_BOX_RESUME_MAX_SKIPPED: usize = 2;
/// The last block of such a box, right above the paragraph where the
/// article resumes, is the article's subheading rather than a headline
/// when it has at most this many words, fewer than each headline above it,
/// no sentence end, and is not boilerplate by score.
pub const BOX_SUBHEADING_MAX_WORDS: u32 = 8;
/// A lead-in over a list under such a box ("What changes from March 1:")
/// has at least this many words; a label ("Tags:") has fewer.
pub const LIST_LEAD_IN_MIN_WORDS: u32 = 4;
/// A lead-in of at most this many words, ending the article with a
/// colon over a list that is all boilerplate ("Download the full
/// results:"), goes with its list.
pub const DROPPED_LIST_LEAD_IN_MAX_WORDS: u32 = 8;
/// A photo's caption printed once between the two paragraphs where the
/// article resumes under a box has at most this many words.
pub const PLAIN_CAPTION_MAX_WORDS: u32 = 30;
/// In scraped text, teaser cards (a headline, its summary on the line
/// under it) follow one another at most this many blocks apart; their
/// summaries count this share of their words in the choice of the main
/// region.
pub const CARD_RUN_REACH: usize = 3;
pub const REGION_CARD_SUMMARY_SHARE: f32 = 0.25;
/// In scraped text, a teaser's headline printed right over its summary has
/// at least this many words; a photographer's name has fewer.
pub const TEASER_HEADLINE_MIN_WORDS: u32 = 4;
/// A picture's placeholder in scraped text ("[Image: ...]") is at most this
/// long.
pub const PICTURE_PLACEHOLDER_MAX_BYTES: usize = 300;
/// How a picture's placeholder opens, inside its bracket.
pub const PICTURE_PLACEHOLDER_OPENINGS: &[&str] = &[
    "image",
    "img",
    "photo",
    "picture",
    "illustration",
    "foto",
    "bild",
    "imagen",
    "immagine",
];
/// Under bulleted headlines, a line without a bullet of at least this many
/// words is the subheading even when it scores as boilerplate; a name of
/// two ("References\[edit\]") may head another section.
pub const BOX_SUBHEADING_UNDER_BULLETS_MIN_WORDS: u32 = 3;
/// In scraped text, the article resumes at a line set apart under a box's
/// bulleted headlines when a block of body by score follows within this
/// many blocks (a subheading, then a line leading into a list).
pub const BOX_RESUME_UNDER_BULLETS_MAX_GAP: usize = 2;
/// Under a box's one headline, a plain line (no phrase, no date) of at
/// least this many words is the subheading even when it scores as
/// boilerplate ("Sneller opleiden"): a teaser has no second line so short.
pub const BOX_SUBHEADING_UNDER_ONE_HEADLINE_MIN_WORDS: u32 = 2;
/// A block of at most this many words in such a box is a badge ("Article
/// réservé aux abonnés", "Video"), not a headline to measure it by.
pub const BOX_BADGE_MAX_WORDS: u32 = 4;
/// A box with at least this many videos' running times ("▶ 1:42") is a
/// strip of videos: a paragraph under it is the article's, whatever
/// follows. A running time and its title count as one block of the box.
pub const VIDEO_STRIP_MIN_CARDS: usize = 2;
/// A line of a video's running time ("▶ 1:42", "Watch 2:28") is at most
/// this many bytes, and this many words.
pub const RUNNING_TIME_LINE_MAX_BYTES: usize = 24;
pub const RUNNING_TIME_LINE_MAX_WORDS: u32 = 3;
/// A sponsored unit under its ad label holds at most this many blocks
/// (three headlines, each over its source): none of them starts another
/// article.
pub const SPONSORED_UNIT_MAX_BLOCKS: usize = 6;
/// An `<aside>` between two paragraphs of the article, of at most this
/// many blocks (a rail of three or four cards of seven lines each), is a
/// box beside its text: no break in it.
pub const INLINE_ASIDE_MAX_BLOCKS: usize = 32;
/// The box's own text after its nested blocks ("Read 188 replies"), of at
/// most this many words, closes it.
pub const INLINE_ASIDE_OWN_TEXT_MAX_WORDS: u32 = 6;
/// In HTML, a review's verdict box holds a label of pros over its list and
/// a label of cons over another (lowercase, without a colon), with the
/// score, a one-line summary and a buy button around them. The cons label
/// stands at most `VERDICT_LABELS_REACH` blocks under the pros label, and
/// the smallest element holding both is the box: at most
/// `VERDICT_BOX_MAX_BLOCKS` blocks and `VERDICT_BOX_MAX_WORDS` words, or
/// the element is the article itself, whose own section of pros and cons
/// is body. In scraped text, the same labels head a review's bulleted
/// lists of pros and cons, around which the review goes on.
pub const PROS_LABELS: &[&str] = &[
    "pros",
    "pro",
    "plus",
    "the good",
    "what we like",
    "positives",
    "pluspunten",
    "pluspunkte",
    "vorteile",
    "lo mejor",
    "a favor",
    "pontos positivos",
    "prós",
    "points forts",
    "les plus",
    "pregi",
    "zalety",
    "plusy",
    "fördelar",
    "fordele",
    "fordeler",
    "plussat",
    "장점",
    "良い点",
    "長所",
    "优点",
    "優點",
];
pub const CONS_LABELS: &[&str] = &[
    "cons",
    "contra",
    "contras",
    "minus",
    "the bad",
    "what we don't like",
    "what we don’t like",
    "negatives",
    "minpunten",
    "minuspunkte",
    "nachteile",
    "lo peor",
    "en contra",
    "pontos negativos",
    "points faibles",
    "les moins",
    "difetti",
    "wady",
    "minusy",
    "nackdelar",
    "ulemper",
    "miinukset",
    "단점",
    "悪い点",
    "短所",
    "缺点",
    "缺點",
];
pub const VERDICT_LABELS_REACH: usize = 12;
/// The labels are a block of their own, of at most this many words.
pub const VERDICT_LABEL_MAX_WORDS: u32 = 3;
pub const VERDICT_BOX_MAX_BLOCKS: usize = 30;
pub const VERDICT_BOX_MAX_WORDS: u32 = 120;
/// The pros and cons may sit in a box of their own inside the verdict's:
/// the elements holding both are tried up to this many, from the innermost.
pub const VERDICT_BOX_MAX_LEVELS: usize = 3;
/// The box's score ("84", "4 of 5") or buy button is a block of at most
/// this many words.
pub const VERDICT_MARK_MAX_WORDS: u32 = 5;
/// In HTML, a card set into the page (a restaurant, a hotel, a product)
/// is an element of `CARD_MIN_BLOCKS` to `CARD_MAX_BLOCKS` blocks that
/// ends with its button: a link of at most `CARD_BUTTON_MAX_WORDS` words
/// ("Book a table", "Buy now"). Its lines are short (at most
/// `CARD_LINE_MAX_WORDS` words, `CARD_MAX_WORDS` in all) and at most one
/// of them a sentence (its blurb), and one holds a price: a box of the
/// article's own, with paragraphs over a link, is no card.
pub const CARD_MIN_BLOCKS: usize = 3;
pub const CARD_MAX_BLOCKS: usize = 12;
pub const CARD_BUTTON_MAX_WORDS: u32 = 5;
/// Buttons of the card's own after its link ("Save", "Compare").
pub const CARD_TRAILING_BUTTONS: usize = 2;
pub const CARD_LINE_MAX_WORDS: u32 = 20;
pub const CARD_MAX_WORDS: u32 = 50;
/// Signs of a price, one of which a card's lines hold.
pub const CARD_CURRENCIES: &[char] = &['€', '£', '$', '¥', '₹', '₩', '₺', '₽'];
/// An embedded post's counts and buttons: up to this many blocks of up to
/// this many words each under its signature.
pub const POST_BUTTONS_MAX_BLOCKS: usize = 6;
pub const POST_BUTTON_MAX_WORDS: u32 = 6;
/// A post's card in scraped text: its time stamp, of at most
/// `POST_TIME_STAMP_MAX_WORDS` words ("11:02 PM · Mar 16, 2025"), stands at
/// most `POST_CARD_MAX_LINES` lines under the line of its author's handle,
/// itself at most `POST_HANDLE_LINE_MAX_BYTES` long.
pub const POST_TIME_STAMP_MAX_WORDS: u32 = 8;
pub const POST_CARD_MAX_LINES: usize = 3;
pub const POST_HANDLE_LINE_MAX_BYTES: usize = 80;
/// A table whose next this many blocks hold an ad's notice ("Odds
/// provided by ...") is the ad's, not the article's.
pub const AD_TABLE_REACH: usize = 2;
/// A table of which at least `OFFER_TABLE_MIN_ROWS` rows, and at least
/// half, are offers ("TripNest £94 View deal") compares prices: an ad.
pub const OFFER_TABLE_MIN_ROWS: usize = 2;
/// A source line ("Source: Census Bureau") with two paragraphs at most
/// this many blocks below it gives a chart's source inside the article.
pub const SOURCE_INSIDE_GAP: usize = 1;
/// In scraped text, an en dash at most this far in opens a quote set off
/// by a space, as Polish and Czech papers print speech (" – Nie chcemy
/// ..."): the text's own marker, kept; a text browser indents the items
/// it draws by two spaces or more.
pub const QUOTE_DASH_MAX_INDENT: u16 = 1;
/// A list of at least this many scores around colons in a row ("18:21,
/// 19:22, 25:22") gives a game's periods, not times of day.
pub const SCORE_LIST_MIN_SCORES: usize = 3;
/// A related label followed by its own link text ("Also: See ...") is one
/// line of the article, not a header, when the label covers less than
/// this share of it.
pub const INLINE_LINK_MAX_LABEL_COVERAGE: f32 = 0.5;
/// A teaser card's headline glued to its summary: the join stands in the
/// first `GLUED_HEADLINE_MAX_BYTES` bytes, after at least
/// `GLUED_HEADLINE_MIN_HEAD_WORDS` words of letters in title case (the
/// first two capitalised, and every word of more than
/// `TITLE_CASE_SMALL_WORD_MAX_LETTERS` letters, and at least
/// `GLUED_HEADLINE_MIN_CAPITALISED` of all). The glued word has
/// `GLUED_HEADLINE_MIN_STEM` letters or more before the capital
/// ("RunDenny", not "McDonald"). Only blocks of `GLUED_HEADLINE_MIN_WORDS`
/// words or more carry a summary. Such blocks weigh as boilerplate in the
/// choice of the main region.
pub const GLUED_HEADLINE_MAX_BYTES: usize = 160;
pub const GLUED_HEADLINE_MIN_HEAD_WORDS: usize = 3;
pub const GLUED_HEADLINE_MIN_CAPITALISED: f32 = 0.8;
pub const TITLE_CASE_SMALL_WORD_MAX_LETTERS: usize = 3;
pub const GLUED_HEADLINE_MIN_STEM: usize = 3;
pub const GLUED_HEADLINE_MIN_WORDS: u32 = 10;
/// A header of at most `LEGAL_HEADER_MAX_WORDS` words that a legal
/// phrase makes up ("Disclaimer", "Medical disclaimer") heads the site's
/// fine print: the paragraphs under it, up to `LEGAL_SECTION_MAX_BLOCKS`
/// of at least `LEGAL_PARAGRAPH_MIN_WORDS` words, are the disclaimer's,
/// however well they read.
pub const LEGAL_HEADER_MAX_WORDS: u32 = 3;
pub const LEGAL_SECTION_MAX_BLOCKS: usize = 8;
pub const LEGAL_PARAGRAPH_MIN_WORDS: u32 = 8;
/// A numbered or bulleted list of at least `LISTED_TEASERS_MIN_ITEMS`
/// headlines of at most `TEASER_ITEM_MAX_WORDS` words under a
/// related-stories header ("Most popular": "1. ...", "2. ...") is that
/// box's list.
pub const LISTED_TEASERS_MIN_ITEMS: usize = 2;
/// A run of at least this many one-sentence blocks under a related-stories
/// header, with no paragraph of the article under them, is its teasers.
pub const SENTENCE_TEASERS_MIN_ITEMS: usize = 3;
/// Quotation marks: a teaser written as a sentence opens with none, a
/// credit's name is never quoted, and a quotation opens with one.
pub const QUOTE_MARKS: [char; 6] = ['"', '“', '”', '„', '«', '»'];
/// A plain line of at most this many words right above a table after the
/// article is the table's title.
pub const TABLE_TITLE_MAX_WORDS: u32 = 12;
/// ... and at most this many such lines stand above each table: a title
/// and a caption ("Box Score", then "Quillan (20-6, 11-3 GPC)").
pub const TABLE_TITLE_MAX_LINES: usize = 2;
/// A label of at most this many words, with no phrase, that ends with a
/// colon ("Key dates:", "The full lineup so far:") introduces a list as a
/// paragraph does.
pub const LIST_LABEL_MAX_WORDS: u32 = 6;
/// A teaser card's headline, with its summary on the next line, has at
/// least this many words.
pub const CARD_HEADLINE_MIN_WORDS: u32 = 3;
/// A headline with a byline or date in the `NEXT_ARTICLE_BYLINE_REACH`
/// blocks under it, after at least `NEXT_ARTICLE_MIN_WORDS` words of body,
/// starts another article (one that the page loaded below the first).
pub const NEXT_ARTICLE_MIN_WORDS: u32 = 150;
pub const NEXT_ARTICLE_BYLINE_REACH: usize = 2;
/// A title in scraped text with at least this many lines printed right
/// under it, line after line, heads a box of facts (an event's date, time,
/// place and address), not the next article.
pub const NEXT_ARTICLE_BOX_MIN_LINES: usize = 4;
/// A headline whose byline or date is followed, within this many more
/// blocks, by a call to subscribe or sign up heads a promo card.
pub const PROMO_CARD_CALL_REACH: usize = 3;
/// Its headline has at least this many words: a form's two-word value
/// above a date ("2 guests", "Date", "Wed, Apr 9") starts no article.
pub const NEXT_ARTICLE_TITLE_MIN_WORDS: u32 = 3;
pub const TEASER_ITEM_MAX_WORDS: u32 = 30;
/// Teaser cards each followed by the same row of buttons: the row has at
/// most this many words, and at least this many cards follow the header.
pub const TEASER_SEPARATOR_MAX_WORDS: u32 = 8;
pub const SEPARATED_TEASERS_MIN_ITEMS: usize = 2;
/// A table in scraped text: a run of at least `TABLE_MIN_ROWS` lines, each
/// of at least `TABLE_ROW_MIN_CELLS` cells apart by tabs or runs of spaces.
/// Its rows weigh nothing in the choice of the main region (figures are
/// neither prose nor boilerplate), and in the region they are body.
pub const TABLE_ROW_MIN_CELLS: usize = 3;
pub const TABLE_MIN_ROWS: usize = 3;
/// A table of two columns in scraped text, a label and its value: at
/// least `LABEL_VALUE_MIN_ROWS` lines in a row, each of at most
/// `LABEL_VALUE_MAX_WORDS` words, whose values start in one column. Its
/// label has at most `LIST_LABEL_MAX_WORDS` words.
pub const LABEL_VALUE_MIN_ROWS: usize = 4;
pub const LABEL_VALUE_MAX_WORDS: u32 = 16;
/// The article's paragraph under such a table comes within this many
/// blocks, past titles and list items (a verdict's "Pros" and "Cons").
pub const LABEL_VALUE_PARAGRAPH_REACH: usize = 12;
/// A bulleted block that ends a sentence of at least this many words is an
/// item of a checklist in the article, not of a menu: it weighs nothing in
/// the choice of the region.
pub const LISTED_SENTENCE_MIN_WORDS: u32 = 2;
/// At least `FACT_LIST_MIN_ITEMS` bulleted items in a row, each a label of
/// at most `LIST_LABEL_MAX_WORDS` words, a colon and at least
/// `FACT_MIN_DETAIL_WORDS` words ("B 27 between Alt and Neu: closed from 3
/// to 7 March"), are a list of the article's facts, not a menu: they weigh
/// nothing in the choice of the region, and in it they are body.
pub const FACT_LIST_MIN_ITEMS: usize = 3;
pub const FACT_MIN_DETAIL_WORDS: usize = 3;
/// A schedule by day in scraped text: at least `SCHEDULE_MIN_DAYS` lines
/// that are only a weekday (and its date), each over one to
/// `SCHEDULE_DAY_MAX_ITEMS` short lines or paragraphs (a police log's
/// calls), the first within
/// `SCHEDULE_INTRO_REACH` lines under a body paragraph ("Monday, Sept.
/// 8" over a lunch menu, "SATURDAY" over the games on TV). Its lines
/// weigh nothing in the choice of the region, and in it they are body.
pub const SCHEDULE_MIN_DAYS: usize = 3;
pub const SCHEDULE_DAY_MAX_ITEMS: usize = 12;
pub const SCHEDULE_INTRO_REACH: usize = 2;
/// A subheading over a schedule ("The programme") has at most this many
/// words.
pub const SCHEDULE_HEADING_MAX_WORDS: u32 = 4;
/// In scraped text, at most this many lines right above a photo credit,
/// with no blank line between, and a blank line above them, are the
/// credit's figure: alt text and caption.
pub const FIGURE_CAPTION_MAX_LINES: usize = 2;
/// In scraped text, a video's card: at most this many lines (title,
/// description) printed line under line over its running time ("2:14").
pub const VIDEO_CARD_MAX_LINES: usize = 3;
/// In scraped text, a stock quote's card: at most this many lines
/// (company, ticker, price, change, volume, time of quote, data vendor's
/// note) printed line under line around the price's change, each of at
/// most `QUOTE_CARD_LINE_MAX_WORDS` words.
pub const QUOTE_CARD_MAX_LINES: usize = 8;
pub const QUOTE_CARD_LINE_MAX_WORDS: u32 = 12;
/// A running time ("1:02:33") is at most this many bytes long.
pub const RUNNING_TIME_MAX_BYTES: usize = 8;
/// In scraped text, a reader poll: at least `POLL_MIN_OPTIONS` radio
/// buttons ("( ) Yes") in a row, under at most `POLL_HEAD_MAX_BLOCKS`
/// blocks of label ("READER POLL", at most `POLL_LABEL_MAX_WORDS` words)
/// and question (ending in "?", at most `POLL_QUESTION_MAX_WORDS` words).
pub const POLL_MIN_OPTIONS: usize = 2;
pub const POLL_HEAD_MAX_BLOCKS: usize = 3;
pub const POLL_LABEL_MAX_WORDS: u32 = 4;
pub const POLL_QUESTION_MAX_WORDS: u32 = 20;
/// A poll stands among the paragraphs when one follows it within this
/// many blocks (its note: "This poll is not scientific.").
pub const POLL_TAIL_MAX_BLOCKS: usize = 2;
/// How a press release marks its end; what follows is the issuer's.
pub const PRESS_RELEASE_END_MARKS: &[&str] = &["###", "# # #", "-30-", "- 30 -", "-###-"];
/// How a line that sends readers' questions elsewhere opens ("For more
/// information, call ...", "Questions? Call ..."). Closing the story with
/// a telephone number of at least `CONTACT_PHONE_MIN_DIGITS` digits or an
/// e-mail address, it is the issuer's contact, not the story's.
pub const CONTACT_LINE_OPENINGS: &[&str] = &[
    "For more information",
    "For further information",
    "For more details",
    "For press enquiries",
    "For press inquiries",
    "Questions?",
    "Para más información",
    "Para mayor información",
    "Más información",
    "¿Dudas?",
    "Pour plus d'informations",
    "Pour plus d’informations",
    "Pour toute question",
    "Pour tout renseignement",
    "Pour toute information",
    "Vous avez une question",
    "Vous avez des questions",
    "Per a més informació",
    "Per maggiori informazioni",
    "Für weitere Informationen",
    "Weitere Informationen",
    "Para mais informações",
    "Dúvidas?",
    "Voor meer informatie",
    "Meer informatie?",
    "Meer weten?",
    "Mehr Informationen?",
    "Para sa karagdagang impormasyon",
    "Więcej informacji",
    "Daha fazla bilgi için",
    "Mọi thắc mắc",
    "للمزيد من المعلومات",
    "மேலும் தகவலுக்கு",
    "మరింత సమాచారం",
];
pub const CONTACT_PHONE_MIN_DIGITS: usize = 7;
/// What a contact line bids the reader do right after its opening
/// ("For more information, contact the press office."), lowercase: without
/// a link, it sends the reader to the issuer, not to more of the story.
pub const CONTACT_VERBS: &[&str] = &[
    "contact ",
    "call ",
    "phone ",
    "ring ",
    "email ",
    "e-mail ",
    "write to ",
    "please contact ",
    "please call ",
    "contactez ",
    "appelez ",
    "adressez-vous ",
    "contacte ",
    "contacta ",
    "llame ",
    "llama ",
    "escriba ",
    "contattare ",
    "contattate ",
    "chiamare ",
    "kontaktieren sie ",
    "wenden sie sich ",
    "rufen sie ",
    "entre em contato ",
    "ligue ",
    "neem contact ",
    "bel ",
    "mail ",
];
/// A credit that opens with one of these labels (each a credit phrase too)
/// closes a chart or map that a text browser printed as lines: its title,
/// legend, axes and figures.
pub const CHART_CREDIT_LABELS: &[&str] = &[
    "Chart:",
    "Map:",
    "Infographic:",
    "Grafik:",
    "Gráfico:",
    "Grafico:",
];
/// Such a chart has at most this many blocks above its credit, back to
/// the article's last paragraph.
pub const CHART_MAX_BLOCKS: usize = 40;
/// A bulleted line of more words than this over a chart is a list's item,
/// where the chart's printing stops; a legend's keys are shorter.
pub const CHART_LEGEND_MAX_WORDS: u32 = 4;
/// In scraped text, the block under a picture's file name, of at most this
/// many words, is its caption.
pub const PICTURE_CAPTION_MAX_WORDS: u32 = 40;
/// An author's card: a name line, then, at most `AUTHOR_CARD_MAX_GAP`
/// blocks on, the article's last paragraph naming them in its first
/// `AUTHOR_CARD_NAME_WITHIN_WORDS` words.
pub const AUTHOR_CARD_MAX_GAP: usize = 8;
pub const AUTHOR_CARD_NAME_WITHIN_WORDS: usize = 6;
/// Words that, right before the name, make it a group's or a thing's
/// ("Our Patient Participation Group meets ..."): no author is "our".
pub const AUTHOR_CARD_NOT_AFTER: &[&str] = &["our", "my", "your", "their", "the"];
/// A line that is only a name has this many capitalised words.
pub const NAME_LINE_MIN_WORDS: usize = 2;
pub const NAME_LINE_MAX_WORDS: usize = 4;
/// ...and at most this many bytes, so that a long line is not read.
pub const NAME_LINE_MAX_BYTES: usize = 100;
/// A name in a list may be followed by a role of this many words in
/// brackets ("Tom Harker (captain)").
pub const NAME_ROLE_MAX_WORDS: usize = 2;
/// The author's bio closes the article when at least this share of the
/// region's body words stand above it; what follows it (a sponsor's line,
/// a series note, a podcast's blurb) is not the article's.
pub const CLOSING_BIO_MIN_SHARE_ABOVE: f32 = 0.6;
/// An appeal after the article ("Support student journalism", a
/// paragraph or two, "\[Donate\]") holds at most this many paragraphs.
pub const CLOSING_APPEAL_MAX_PARAGRAPHS: usize = 2;
/// A company's description of itself is sought among the article's last
/// this many paragraphs; its name has at most
/// `SELF_DESCRIPTION_NAME_MAX_WORDS` words.
pub const SELF_DESCRIPTION_REACH: usize = 3;
pub const SELF_DESCRIPTION_NAME_MAX_WORDS: usize = 4;
/// A correction is looked for this many blocks past the article's end
/// (under its credit line and a rule) and before its start (a note above
/// the text).
pub const CORRECTION_REACH: usize = 4;
/// A short section closing a wire story ("UP NEXT", "INJURIES"): a header
/// of at most this many words in capitals, over one to
/// `CLOSING_SECTION_MAX_LINES` labelled sentences.
pub const CLOSING_SECTION_HEADER_MAX_WORDS: u32 = 3;
pub const CLOSING_SECTION_MAX_LINES: usize = 4;
/// A fact box closing a story ("IF YOU GO" over "Where: ...", "When:
/// ...", "Tickets: ..."): lines that each open with a label of at most
/// `FACT_BOX_LABEL_MAX_WORDS` words and a colon. When the region ends
/// inside such a box, at most `FACT_BOX_MAX_LINES` more of its lines
/// follow; a longer run is a spec sheet or a contact list.
pub const FACT_BOX_LABEL_MAX_WORDS: usize = 3;
pub const FACT_BOX_MAX_LINES: usize = 8;
/// A place's info box closing a review ("THE DETAILS" over the place's
/// name, its address, its phone number, then "Hours: ...", "Price: ...")
/// holds one to this many plain lines of at most
/// `INFO_BOX_PLAIN_LINE_MAX_WORDS` words between its header and its
/// labelled lines, of which it has at least `INFO_BOX_MIN_FACT_LINES`.
pub const INFO_BOX_MAX_PLAIN_LINES: usize = 3;
pub const INFO_BOX_PLAIN_LINE_MAX_WORDS: u32 = 8;
pub const INFO_BOX_MIN_FACT_LINES: usize = 2;
/// A match report's scoring summary under its last paragraph (an ad's
/// label may stand between): a header of these words (lowercase, without
/// a colon), then at most `SCORING_SUMMARY_MAX_LINES` lines that each hold
/// a figure (a minute, a clock, a running score) or name a period in at
/// most `SCORING_PERIOD_MAX_WORDS` words ("Second quarter"), at least
/// `SCORING_SUMMARY_MIN_LINES` of them with figures. It is the report's
/// record of the game, as a line-up is.
pub const SCORING_SUMMARY_HEADERS: &[&str] = &[
    "scoring summary",
    "summary of scoring",
    "scoring plays",
    "scoring",
];
pub const SCORING_SUMMARY_MAX_LINES: usize = 40;
pub const SCORING_SUMMARY_MIN_LINES: usize = 2;
pub const SCORING_PERIOD_MAX_WORDS: u32 = 3;
/// A match report's sheet under its last paragraph (an ad's label may
/// stand between): at most `MATCH_SHEET_MAX_LINES` lines, each a label and
/// what it labels ("Referee: ...", "Goals: ...", a team's name over its
/// players) or a short plain line (the result, a "Teams" header), with at
/// least `MATCH_SHEET_MIN_LINEUPS` line-ups: a label over at least
/// `LINEUP_MIN_PLAYERS` names parted by commas, semicolons or dashes, none
/// longer than `LINEUP_PLAYER_MAX_WORDS` words ("Matić (od 70. Šarić)").
/// The label itself is at most `MATCH_SHEET_LABEL_MAX_WORDS` words, a
/// plain line at most `MATCH_SHEET_PLAIN_MAX_WORDS`, and no more than
/// `MATCH_SHEET_MAX_PLAIN_RUN` of them in a row (a table of statistics is
/// no sheet's, and one of at least `MATCH_STATS_MIN_ROWS` rows with its
/// title may stand above the sheet). Two line-ups in a row are the teams
/// of the game the report tells, seldom anything else. A live report's
/// feed, with at least `LIVE_FEED_MIN_MARKERS` short lines of figures
/// (at most `LIVE_FEED_MARKER_MAX_WORDS` words: "88'", "min. 34") among
/// its body, shows its line-ups as a widget of the page.
pub const MATCH_SHEET_MAX_LINES: usize = 16;
pub const MATCH_SHEET_MIN_LINEUPS: usize = 2;
pub const LINEUP_MIN_PLAYERS: usize = 7;
pub const LINEUP_PLAYER_MAX_WORDS: usize = 5;
pub const MATCH_SHEET_LABEL_MAX_WORDS: usize = 4;
pub const MATCH_SHEET_PLAIN_MAX_WORDS: u32 = 16;
pub const MATCH_SHEET_MAX_PLAIN_RUN: usize = 2;
pub const MATCH_STATS_MIN_ROWS: usize = 2;
pub const LIVE_FEED_MIN_MARKERS: usize = 3;
pub const LIVE_FEED_MARKER_MAX_WORDS: u32 = 3;
/// A notice's signature under its last paragraph: a line of its place and
/// date (a place of at most `PLACE_MAX_WORDS` words, then a date that
/// covers at least `PLACE_DATE_MIN_DATE_COVERAGE` of the line), with at
/// most `SIGNATURE_MAX_LINES_ABOVE` lines above it and
/// `SIGNATURE_MAX_LINES_BELOW` below it, each of at most
/// `SIGNATURE_LINE_MAX_WORDS` words. The date has a year and at most
/// `PLACE_DATE_MAX_DATE_WORDS` words, perhaps after one of
/// `PLACE_DATE_ARTICLES`; the lines below it (a name, an office) have at
/// most `SIGNATURE_MAX_DIGIT_SHARE` of figures. Notices, communiqués and
/// open letters are signed; an article is not.
pub const SIGNATURE_MAX_LINES_ABOVE: usize = 2;
pub const SIGNATURE_MAX_LINES_BELOW: usize = 3;
pub const SIGNATURE_LINE_MAX_WORDS: u32 = 10;
pub const PLACE_MAX_WORDS: usize = 4;
pub const PLACE_DATE_MIN_DATE_COVERAGE: f32 = 0.3;
pub const PLACE_DATE_MAX_DATE_WORDS: usize = 6;
pub const PLACE_DATE_ARTICLES: &[&str] = &["le", "den", "im", "am", "el", "il", "the", "op", "på"];
pub const SIGNATURE_MAX_DIGIT_SHARE: f32 = 0.1;
/// Over a date alone, the signer takes at least this many lines (a name,
/// an office), or one that joins them with a comma: a name alone over a
/// date may be a guest book's entry.
pub const SIGNER_MIN_LINES: usize = 2;
/// The words of an ad's button that close its copy under the ad's label
/// ("... Jetzt Steuererklärung online erledigen. Mehr erfahren"),
/// lowercase, without brackets or a full stop.
pub const AD_BUTTONS: &[&str] = &[
    "learn more",
    "shop now",
    "buy now",
    "book now",
    "sign up",
    "apply today",
    "apply now",
    "find out more",
    "get started",
    "mehr erfahren",
    "jetzt kaufen",
    "jetzt bestellen",
    "en savoir plus",
    "j'en profite",
    "j’en profite",
    "más información",
    "comprar ahora",
    "saiba mais",
    "scopri di più",
    "läs mer",
    "les mer",
    "læs mere",
    "lue lisää",
    "sprawdź",
    "zjistit více",
];
/// A signature may be a name and an office over a date alone ("Rear
/// Commodore (Sailing)", "29 August 2025"), but not when the office is a
/// journalist's: that is the author's box under an article.
pub const NEWSROOM_ROLES: &[&str] = &[
    "writer",
    "reporter",
    "editor",
    "correspondent",
    "journalist",
    "columnist",
    "contributor",
    "redakteur",
    "redakteurin",
    "journaliste",
    "rédacteur",
    "rédactrice",
    "periodista",
    "redactor",
    "redactora",
    "giornalista",
];
/// Words that title a fact box set inside the article, or closing it, in
/// Scandinavian news ("Fakta: Lyngø", "Faktaboks"), lowercase: the box is
/// kept whole, at most `FACT_BOX_MAX_LINES` lines under its title.
pub const FACT_BOX_TITLES: &[&str] = &["fakta", "faktaboks", "faktaruta"];
/// A masthead or staff list: at least this many name lines in a row.
/// An article's own list of people is introduced by a line ending in a
/// colon, and its people seldom stand alone on a line.
pub const STAFF_LIST_MIN_NAMES: usize = 5;
/// Only the first few such lists of a page are weighed, and the first
/// few names of each looked up in the paragraphs: a page of many lists of
/// names is a directory, and the look-ups stay linear in the page.
pub const STAFF_LIST_MAX_RUNS: usize = 4;
pub const STAFF_LIST_NAMES_LOOKED_UP: usize = 12;
/// They are looked up in the paragraphs at most this many blocks from
/// the list.
pub const STAFF_LIST_REACH: usize = 150;
/// An earlier stretch wins over the heaviest one, when a comments header
/// separates them, if it weighs at least this share of it (articles precede
/// their comments).
pub const EARLIER_REGION_SHARE: f32 = 0.25;
/// A stretch holding this many lines that sign comments ("... said:") is a
/// thread of comments, and any earlier stretch separated from it by a
/// comments header wins if it weighs this many words: a short post can
/// draw a long thread.
pub const COMMENT_THREAD_MIN_SIGNATURES: usize = 2;
pub const ARTICLE_ABOVE_THREAD_MIN_WEIGHT: f32 = 30.0;
/// A section break needs its phrase to cover this share of a block of at
/// most `SECTION_BREAK_MAX_WORDS` words.
pub const SECTION_BREAK_MIN_COVERAGE: f32 = 0.5;
pub const SECTION_BREAK_MAX_WORDS: u32 = 8;
/// A block that opens with such a phrase and ends with a colon, or stands
/// above a list (items "1." and "2.", or two bulleted items), heads what
/// follows it, up to this length.
pub const SECTION_LABEL_MAX_WORDS: u32 = 12;
/// A live report heads its updates with times of day ("10 p.m.", "2:47
/// p.m. ET", "18.05"), lines of at most `CLOCK_TIME_MAX_WORDS` words
/// between body paragraphs; a page needs `LIVE_UPDATE_MIN_TIMES` of them
/// to be such a report.
pub const CLOCK_TIME_MAX_WORDS: u32 = 5;
pub const LIVE_UPDATE_MIN_TIMES: usize = 2;
/// An update's title and byline may part its time from its paragraphs: a
/// body paragraph comes within this many blocks below it.
pub const LIVE_UPDATE_HTML_REACH: usize = 4;
pub const LIVE_UPDATE_TEXT_REACH: usize = 3;
/// Once a page shows itself a live report, an update's text may stand one
/// line further down in scraped text, under a title of its own too.
pub const LIVE_UPDATE_TITLED_TEXT_REACH: usize = 4;
/// In scraped text, a time heads an update when it stands under the last
/// one's paragraph, or under at most `LIVE_UPDATE_TAIL_MAX_LINES` short
/// lines of at most `LIVE_UPDATE_TAIL_LINE_MAX_WORDS` words that close it
/// (a share row, its author's name, "Key event", an ad's label).
pub const LIVE_UPDATE_TAIL_MAX_LINES: usize = 3;
pub const LIVE_UPDATE_TAIL_LINE_MAX_WORDS: u32 = 6;
/// An HTML heading of at most this many words between an update's time
/// and its first paragraph is the update's title.
pub const UPDATE_TITLE_MAX_WORDS: u32 = 16;
/// A game's period and clock heading a live update ("4ºQ 00:09") is at
/// most this long, its period ("4ºQ", "Q3", "2nd") at most this many
/// characters.
pub const GAME_CLOCK_MAX_BYTES: usize = 16;
pub const GAME_PERIOD_MAX_CHARS: usize = 4;
/// A time of day may end with a zone of this many letters ("ET", "CEST").
pub const TIME_ZONE_MIN_LETTERS: usize = 2;
pub const TIME_ZONE_MAX_LETTERS: usize = 4;
/// A closing credit line ("With reporting by ...") is a break up to this length.
pub const END_CREDIT_MAX_WORDS: u32 = 25;
/// A closing credit this many blocks under the main region, or fewer,
/// keeps the sentence right above it (see `keep_line_above_closing_credit`).
pub const CLOSING_CREDIT_REACH: usize = 2;
/// A lead-in to a quotation ("Ore said:") has at most this many words.
pub const QUOTE_LEAD_IN_MAX_WORDS: u32 = 6;
/// Marks that end a clause: a credit may follow a word closed by one
/// ("... next spring. Additional reporting by ...").
pub const CLAUSE_END_MARKS: [char; 6] = ['.', '!', '?', ':', ';', ')'];
/// A roundup's items each close with a credit line: at least
/// `ROUNDUP_MIN_CREDITS` credits, each over the next item's title of at
/// most `ROUNDUP_TITLE_MAX_WORDS` words, show a roundup.
pub const ROUNDUP_MIN_CREDITS: usize = 2;
pub const ROUNDUP_TITLE_MAX_WORDS: u32 = 14;
/// On a roundup, a credit closes an item when a paragraph stands at most
/// this many blocks below it (past a list, a link, an ad or a box such as
/// a player's card); the next item's title may stand as far below it.
pub const ROUNDUP_ITEM_GAP_MAX_BLOCKS: usize = 12;
/// An item's list of at most this many blocks ("Riders: ...") may stand
/// between its paragraph and its credit.
pub const ROUNDUP_ITEM_LIST_MAX_BLOCKS: usize = 1;
/// A line opening with "via" of at most this many words names a source.
pub const VIA_LINE_MAX_WORDS: u32 = 8;
/// Words that open a line naming a source, lowercase: "via", and German's,
/// Spanish's and French's "according to".
pub const SOURCE_WORDS: &[&str] = &["via", "laut", "según", "selon"];
/// The longest of [`SOURCE_WORDS`] in bytes: longer words are not looked up.
pub const SOURCE_WORD_MAX_BYTES: usize = {
    let (mut longest, mut i) = (0, 0);
    while i < SOURCE_WORDS.len() {
        if SOURCE_WORDS[i].len() > longest {
            longest = SOURCE_WORDS[i].len();
        }
        i += 1;
    }
    longest
};
/// In scraped text, a block of code is a run of at least this many
/// indented lines printed line under line.
pub const CODE_RUN_MIN_LINES: usize = 3;
/// In scraped text, a box of a form or a call to act (a download's gate,
/// a sign-up, a product's card) is a run of this many short lines, each of
/// at most `FORM_BOX_LINE_MAX_WORDS` words, printed line under line.
pub const FORM_BOX_MIN_LINES: usize = 3;
pub const FORM_BOX_MAX_LINES: usize = 16;
pub const FORM_BOX_LINE_MAX_WORDS: u32 = 30;
/// A form's box holds at most this many sentences outside its brackets
/// (a pitch, a note of consent); paragraphs printed line under line hold
/// more.
pub const FORM_BOX_MAX_SENTENCES: usize = 3;
/// A block that is part of the page's stated title stands for it when it
/// holds at least this share of the title's characters.
pub const STATED_TITLE_MIN_SHARE: f32 = 0.5;
/// A credit after a paragraph of at least this many words, glued to its
/// last sentence, leaves it a paragraph.
pub const CREDIT_AFTER_SENTENCE_MIN_WORDS: usize = 8;
/// A block opening with "Copyright" or "©" is a break (the footer) up to
/// this length.
pub const FOOTER_LINE_MAX_WORDS: u32 = 40;
/// Item markers (date lines, comment counts) cost this many words inside
/// the region: comment sections and teaser lists repeat them with every
/// item, so they break up into small pieces that cannot outweigh the
/// article, while a single date line inside an article costs little.
pub const REGION_ITEM_MARKER: f32 = 25.0;
pub const ITEM_MARKER_MAX_WORDS: u32 = 12;
pub const ITEM_MARKER_MIN_COVERAGE: f32 = 0.3;
/// Enclosed runs (subheadings, list items) longer than this stay as scored.
pub const ENCLOSED_RUN_MAX_BLOCKS: usize = 40;
/// Label lines printed line under line between paragraphs ("When: ...",
/// "Where: ...", a fact box's "40 to 80 m²: 9.30") are body when their
/// labels have at most this many words.
pub const LABEL_LINE_MAX_LABEL_WORDS: usize = 4;
/// A note of at most this many words between a header of references and
/// their list ("We rely on peer-reviewed studies ...") goes with the list.
pub const CITATIONS_NOTE_MAX_WORDS: u32 = 40;
/// A rule line in scraped text ("━━━━", "────"): no words, at least this
/// many characters. A text browser draws a page's rules full width; a
/// short "* * *" parts an article's sections.
pub const RULE_MIN_CHARS: u32 = 10;
/// A box of buttons between two rules holds at most this many blocks: a
/// title, a pitch or two, the buttons and their fine print.
pub const RULED_BOX_MAX_BLOCKS: usize = 6;
/// In HTML, a heading in one box with the paragraph under it heads that
/// section, links and all, when the paragraph has at least this many
/// words: more than a teaser's summary.
pub const SECTION_PARAGRAPH_MIN_WORDS: u32 = 30;
/// A box that a text browser drew around one cell (a bordered table of
/// one column: a data widget, a notice, a listing's card) holds at most
/// this many lines between its top and bottom borders. A longer run of
/// bars is no box the page set beside its text.
pub const DRAWN_BOX_MAX_LINES: usize = 40;
/// An appeal set into the article without rules: a title of at most
/// `APPEAL_TITLE_MAX_WORDS` words ("Support The Saltire Times"), at most
/// `APPEAL_PITCH_MAX_BLOCKS` paragraphs of pitch, the call to give or
/// subscribe, and its row of buttons; then perhaps a line of fine print of
/// at most `APPEAL_FINE_PRINT_MAX_WORDS` words with a price in it ("From
/// just £1 – it only takes a minute.").
pub const APPEAL_TITLE_MAX_WORDS: u32 = 6;
pub const APPEAL_PITCH_MAX_BLOCKS: usize = 2;
pub const APPEAL_FINE_PRINT_MAX_WORDS: u32 = 15;
/// A sign-up box's pitch of at most `SUBSCRIBE_PITCH_MAX_WORDS` words
/// between its title and a button of at most `SUBSCRIBE_BUTTON_MAX_WORDS`.
pub const SUBSCRIBE_PITCH_MAX_WORDS: u32 = 40;
pub const SUBSCRIBE_BUTTON_MAX_WORDS: u32 = 4;
/// A card's header or footer ("crumbandember Follow", "312 likes · View
/// on Instagram") has at most this many words.
pub const CARD_EDGE_MAX_WORDS: usize = 15;
/// A help box set into the article ("Pet emergency?", its pitch, a
/// button) holds at most this many blocks, its title among them.
pub const HELP_BOX_MAX_BLOCKS: usize = 3;
/// A button's label has at most this many words ("Choose an amount").
pub const BUTTON_MAX_WORDS: usize = 4;
/// A stat callout prints a figure alone ("12,400") over a short label in
/// lower case ("meals served"); a label of at most this many words goes
/// with its figure.
pub const FIGURE_LABEL_MAX_WORDS: u32 = 4;
/// A list introduced by a paragraph ending in a colon runs for at most this
/// many items of at most `LIST_ITEM_MAX_WORDS` words, whose boilerplate
/// phrases cover less than `LIST_ITEM_MAX_PHRASE` of them.
pub const LIST_MAX_ITEMS: usize = 80;
/// Inside the article, such a list ends at a paragraph: a block not marked
/// as an item, of at least this many words, ending a sentence.
pub const LIST_PARAGRAPH_MIN_WORDS: u32 = 15;
/// Labelled items under a paragraph are the article's when a paragraph
/// follows within this many blocks (an ad's label may stand between).
pub const LIST_RESUME_REACH: usize = 3;
/// A list under a label that holds a short line with a mail address (at
/// most `CONTACT_LINE_MAX_TOKENS` tokens between spaces, which the address
/// splits into at most `CONTACT_LINE_MAX_WORDS` words) gives a contact's
/// details.
pub const CONTACT_LINE_MAX_TOKENS: usize = 3;
pub const CONTACT_LINE_MAX_WORDS: u32 = 8;
/// A file's name over a code block ends in an extension of at most this
/// many letters or digits ("SearchBox.jsx", "Cargo.toml").
pub const FILE_EXTENSION_MAX_CHARS: usize = 5;
/// A code block's language over it is a lowercase name of at most this
/// many characters ("ts", "python", "c++").
pub const CODE_LANGUAGE_MAX_CHARS: usize = 12;
/// A short header ending with a colon right after the main region
/// introduces a list only if at least this many list-like blocks follow.
pub const LIST_MIN_ITEMS: usize = 3;
pub const LIST_ITEM_MAX_WORDS: u32 = 40;
/// A header without a colon right after the main region ("Tour Dates")
/// has at most this many words, and introduces a list only if at least
/// this many labelled items ("June 9 – Tampa, FL") follow it.
pub const LIST_HEADER_MAX_WORDS: u32 = 6;
pub const LABELLED_LIST_MIN_ITEMS: usize = 5;
/// A numbered list under such a header, right under a paragraph of the
/// article ("Setlist" over "1. ..."), has at least this many items.
pub const NUMBERED_LIST_MIN_ITEMS: u32 = 3;
/// An item of such a list may end with a dotted abbreviation ("2. Lucía
/// Orbegozo (Equipo Alcarria) s.t.", "p.m."), whose parts have at most
/// this many letters each; it ends no sentence.
pub const ABBREVIATION_PART_MAX_CHARS: usize = 2;
/// A labelled item of such a list ("Saltcombe: 15 Ben Tregear, 14 Will
/// Hocking, ...") has at most this many words.
pub const LABELLED_ITEM_MAX_WORDS: u32 = 80;
pub const LIST_ITEM_MAX_PHRASE: f32 = 0.5;
/// A possessive over one comment ("Chair's comment", "The minister's
/// comment") of at most this many words heads someone's word on the story,
/// not the readers' comments.
pub const ATTRIBUTED_COMMENT_MAX_WORDS: u32 = 4;
/// A block is "plain" (only short, not boilerplate) when its boilerplate
/// evidence sums to no less than minus this.
pub const PLAIN_MAX_HARD_EVIDENCE: f32 = 0.5;

// ------------------------------------------------------------- metadata --
/// A line of a name alone (see `NAME_LINE_MAX_WORDS`) with the date line
/// at most this many lines below it may be the byline, which a closing bio
/// confirms.
pub const BARE_NAME_DATE_REACH: usize = 2;

/// How many blocks before the main region are searched for the headline.
pub const TITLE_SEARCH_BLOCKS: usize = 30;
/// A headline has this many words.
pub const TITLE_MIN_WORDS: u32 = 2;
pub const TITLE_MAX_WORDS: u32 = 30;
/// Title candidates: not mostly a date or a boilerplate label.
pub const TITLE_MAX_DATE_COVERAGE: f32 = 0.3;
pub const TITLE_MAX_PHRASE_COVERAGE: f32 = 0.5;
/// Title likeness = capitalised share × weight (title case is a hint, not a
/// rule: many languages write headlines in sentence case) + a bonus for
/// headline length (at least `TITLE_TYPICAL_WORDS` words), for the absence
/// of a full stop, for being printed twice, for a byline or date line in
/// the next `TITLE_BYLINE_REACH` blocks, minus a penalty per block of
/// distance from the body; below `TITLE_MIN_SCORE` there is no title.
pub const TITLE_CAPITALISED_WEIGHT: f32 = 0.5;
pub const TITLE_TYPICAL_WORDS: u32 = 5;
pub const TITLE_LENGTH_BONUS: f32 = 0.8;
pub const TITLE_NOT_SENTENCE_BONUS: f32 = 0.3;
pub const TITLE_REPEATED_BONUS: f32 = 0.3;
pub const TITLE_BYLINE_REACH: usize = 3;
pub const TITLE_BYLINE_FOLLOWS_BONUS: f32 = 0.6;
pub const TITLE_DISTANCE_PENALTY: f32 = 0.03;
pub const TITLE_MIN_SCORE: f32 = 0.6;
/// A line of at most this many words holding an address ("jane@site.example")
/// under a capitalised line marks that line as a contact's name, not a
/// headline.
pub const CONTACT_ADDRESS_MAX_WORDS: u32 = 2;
/// With no headline above the region, its first block is the headline
/// when it has at most this many words (and more signs: see
/// `opening_headline`).
pub const OPENING_HEADLINE_MAX_WORDS: u32 = 20;
/// ... one of them a byline or date line this many blocks below it.
pub const OPENING_HEADLINE_BYLINE_WITHIN: usize = 3;
/// Bylines are short, and sit above the body or among its first blocks.
pub const BYLINE_MAX_WORDS: u32 = 14;
/// ... or this many, when a byline's label opens the line and a date
/// follows the name, with times and counts after it.
pub const META_LINE_MAX_WORDS: u32 = 24;
/// "By Jane Doe, president of the Statewide Parent and Family Alliance":
/// a byline with its writer's role after a comma, no sentence, of at most
/// this many words.
pub const BYLINE_WITH_ROLE_MAX_WORDS: u32 = 20;
pub const BYLINE_INTO_REGION: usize = 3;
/// A byline among the region's first `OPENING_BYLINE_REACH` blocks, under
/// at most `OPENING_BYLINE_MAX_WORDS_ABOVE` words (a headline, a
/// standfirst, a summary box of a few lines), closes the page's header:
/// the article starts below it.
pub const OPENING_BYLINE_REACH: usize = 10;
pub const OPENING_BYLINE_MAX_WORDS_ABOVE: u32 = 120;
/// ... when the byline is dated, or a date or share row stands at most
/// this many blocks below it.
pub const OPENING_BYLINE_META_REACH: usize = 2;
/// A standfirst between the headline and the byline has at most this many
/// words; a longer block there is the article's first paragraph.
pub const STANDFIRST_MAX_WORDS: u32 = 60;
/// A byline reduced to a phrase covering this much of it ("Updated") holds
/// no name.
pub const BYLINE_LABEL_COVERAGE: f32 = 0.8;
/// "By Jane Doe and John Roe": a byline phrase followed by names only
/// speaks for a block of at most this many words (see
/// `is_byline_of_names`).
pub const BYLINE_NAMES_MAX_WORDS: u32 = 8;
/// ... and at most this many of its cased words are not capitalised
/// ("and", "de", "van").
pub const BYLINE_NAMES_MAX_SMALL_WORDS: u32 = 1;
/// A byline phrase must cover this share of the block.
pub const BYLINE_MIN_COVERAGE: f32 = 0.1;
/// A date line is mostly a date.
pub const DATE_LINE_MIN_COVERAGE: f32 = 0.4;
/// In scraped text, a line of at most `TEXT_SUBHEADING_MAX_WORDS` words,
/// at least `TEXT_SUBHEADING_MIN_CAPITALISED` of them capitalised, that
/// ends no sentence reads as a subheading: a day it names is no date line.
pub const TEXT_SUBHEADING_MAX_WORDS: u32 = 8;
pub const TEXT_SUBHEADING_MIN_CAPITALISED: f32 = 0.75;
/// A heading element (in scraped text, a line over a bulleted list) of at
/// most `DATE_HEADING_MAX_WORDS` words, at least
/// `DATE_HEADING_MIN_COVERAGE` of them a date, heads a section of the
/// article when body stands right under it.
pub const DATE_HEADING_MIN_COVERAGE: f32 = 0.9;
pub const DATE_HEADING_MAX_WORDS: u32 = 5;
/// A transcript's turns are headed by a speaker's name and a time, a line
/// of at most `TRANSCRIPT_HEAD_MAX_WORDS` words, at least
/// `TRANSCRIPT_MIN_TURNS` times on the page: fewer are no transcript.
pub const TRANSCRIPT_HEAD_MAX_WORDS: u32 = 6;
pub const TRANSCRIPT_MIN_TURNS: usize = 3;
/// An item's details in a guide ("Where: ...", "When: ...", "Price: ...")
/// are at least `DETAIL_LINES_MIN` lines of a label and its detail: one or
/// two such lines under a paragraph may be a byline's or a source's.
pub const DETAIL_LINES_MIN: usize = 3;
/// A salutation over a letter's or an issue's first paragraph ("Hi
/// friends,", "Dear Parents and Carers,", "Liebe Eltern, liebe Kinder,
/// liebe Freundinnen und Freunde unserer Schule,") has at most
/// `SALUTATION_MAX_WORDS` words: a longer line closed by a comma is a
/// sentence cut short, not an address. The paragraph it opens has at
/// least `SALUTATION_PARAGRAPH_MIN_WORDS` words; over a short line it may
/// be a slogan broken in two ("Welcome to Pinecone," / "the front page of
/// your interests.").
pub const SALUTATION_MAX_WORDS: u32 = 10;
pub const SALUTATION_PARAGRAPH_MIN_WORDS: u32 = 12;
/// Glyphs that open a subheading in Japanese, Chinese and Korean news
/// ("■...", "◆...", "◇ ..."); such a subheading has at most
/// `GLYPH_SUBHEADING_MAX_WORDS` words. ("□" is a form's box, "●" a live
/// badge.)
pub const SUBHEADING_GLYPHS: [char; 3] = ['■', '◆', '◇'];
pub const GLYPH_SUBHEADING_MAX_WORDS: u32 = 20;

// ------------------------------------------------------- DOM (HTML only) --

/// Past the article, a list item (HTML) that is mostly link text is a
/// tag, a share button or a headline: it ends a list the article's last
/// line introduced.
pub const LIST_ITEM_MAX_LINK_DENSITY: f32 = 0.5;
/// A block with at least this share of its text in links is links and
/// nothing else (a post's tags): past the article, it ends even a list its
/// last paragraph introduced, whose items may hold a link or two.
pub const LINKS_ONLY_MIN_SHARE: f32 = 0.9;
/// Link density (HTML): `-LINK_WEIGHT * (density - LINK_FROM) / (1 - LINK_FROM)`.
pub const LINK_FROM: f32 = 0.25;
pub const LINK_WEIGHT: f32 = 3.5;

/// Hidden paragraphs inside `<article>`, ending a sentence and of at least
/// `FOLDED_PROSE_MIN_WORDS` words, at most `FOLDED_PROSE_REACH` blocks
/// apart, are folded away behind a button, not hidden for good: each costs
/// `FOLDED_PROSE_PENALTY`, not the hidden landmark's weight.
pub const FOLDED_PROSE_MIN_WORDS: u32 = 15;
pub const FOLDED_PROSE_REACH: usize = 8;
pub const FOLDED_PROSE_PENALTY: f32 = 1.0;
/// DOM landmarks a block sits in (HTML), and their weights.
pub const LANDMARK_WEIGHTS: &[(crate::blocks::Landmarks, &str, f32)] = {
    use crate::blocks::Landmarks as L;
    &[
        (L::NAV, "in <nav>", -3.0),
        (L::HEADER, "in <header>", -1.5),
        (L::FOOTER, "in <footer>", -2.5),
        (L::ASIDE, "in <aside>", -2.5),
        (L::FORM, "in <form>", -2.0),
        (L::FIGURE, "in <figure>", -2.0),
        (L::FIGCAPTION, "in <figcaption>", -3.0),
        (L::HIDDEN, "hidden", -5.0),
        (L::BUTTON, "in <button>", -3.0),
        (L::ADDRESS, "in <address>", -1.5),
        (L::DIALOG, "in a dialog", -2.0),
        (L::OUTSIDE_CONTENT, "outside the content", -2.5),
        (L::ARTICLE, "in <article>", 0.5),
        (L::MAIN, "in <main>", 0.3),
    ]
};

/// A phrase this strong (see `PhraseMatch::strength`) says what its block
/// is: the positive landmarks and hints of its container do not count.
pub const PHRASE_OVER_CONTAINER_MIN_STRENGTH: f32 = 0.95;

/// Class, id, role and itemprop hints (HTML), and their weights.
pub const HINT_WEIGHTS: &[(crate::blocks::Hints, &str, f32)] = {
    use crate::blocks::Hints as H;
    &[
        (H::COMMENT, "class: comment", -4.0),
        (H::SHARE, "class: share", -2.5),
        (H::RELATED, "class: related", -2.0),
        (H::SIDEBAR, "class: sidebar", -2.5),
        (H::PROMO, "class: promo", -2.0),
        (H::BYLINE, "class: byline", -2.0),
        (H::AUTHOR, "class: author", -1.5),
        (H::CAPTION, "class: caption", -3.0),
        (H::NEWSLETTER, "class: newsletter", -2.5),
        (H::COOKIE, "class: cookie", -3.0),
        (H::NAVIGATION, "class: navigation", -2.0),
        (H::FOOTER, "class: footer", -2.0),
        (H::AD, "class: ad", -3.0),
        (H::META, "class: meta", -1.5),
        (H::TITLE, "class: title", -1.0),
        (H::HEADER, "class: header", -1.0),
        (H::STANDFIRST, "class: standfirst", -4.0),
        (H::CONTENT, "class: content", 3.0),
    ]
};

// ------------------------------------------- HTML blocks and the article --

/// Single `<br>`s split a block into lines when there are at least this
/// many of them...
pub const BR_SPLIT_MIN_BREAKS: usize = 2;
/// ...and two thirds of the lines are at most this long (a poem, an
/// address, a list of links); otherwise they are spaces (wrapped prose).
pub const BR_SHORT_LINE_CHARS: usize = 60;
/// Descendants of a table cell searched for block elements before the cell
/// is taken for a value (bounded, so nested tables stay linear).
pub const CELL_LOOKAHEAD_NODES: usize = 100;
/// A byline-hinted block this short may give the page's byline.
pub const BYLINE_BLOCK_MAX_WORDS: usize = 10;

/// Blocks with at least this many characters outside links count as prose
/// when looking for the elements that wrap the article.
pub const PROSE_MIN_CHARS: u32 = 40;
/// A child holding this share of its parent's prose wraps the article too.
pub const WRAPPER_SHARE: f32 = 0.6;
/// Where no child holds [`WRAPPER_SHARE`] of the prose, the child whose
/// best paragraph holder scores this many times the best of its siblings
/// wraps the article, if it holds at least [`HOLDER_MIN_SHARE`] of the prose.
pub const HOLDER_LEAD: f32 = 2.0;
pub const HOLDER_MIN_SHARE: f32 = 0.25;
