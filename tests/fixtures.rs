//! Accuracy floors over the hand-cleaned fixtures, measured with the same
//! code `boilerstrip diff` uses (`evaluate` + `metrics`). Each floor sits a
//! few points under the current score, so that a real regression fails
//! while the harmless jitter of tuning does not. When a change raises a
//! score for good, raise its floor.

use std::path::{Path, PathBuf};

use boilerstrip::evaluate::{self, Outcome};
use boilerstrip::metrics;
use boilerstrip::{InputKind, Options};

/// (fixture, input kind, floor on its shingle F1).
const FLOORS: &[(&str, InputKind, f64)] = &[
    // The five real seeds: the issue asks for at least 0.95 each.
    (
        "seed-000-tpm-putin-zero-relationship",
        InputKind::Text,
        0.99,
    ),
    (
        "seed-001-rferl-trump-putin-north-korea-call",
        InputKind::Text,
        0.99,
    ),
    (
        "seed-002-viewus-putin-openness-to-trump",
        InputKind::Text,
        0.99,
    ),
    (
        "seed-003-rt-repost-putin-trump-different-in-person",
        InputKind::Text,
        0.99,
    ),
    (
        "seed-004-rferl-putin-no-meeting-before-inauguration",
        InputKind::Text,
        0.99,
    ),
    // Scraped-text pages written for what the seeds lack.
    ("text-article-with-long-comments", InputKind::Text, 0.99),
    // Before the caption-under-credit rule: 0.968 (the caption under the
    // picture's file name was kept).
    ("text-blog-author-bio-and-tags", InputKind::Text, 0.99),
    // Before whole-block phrases: 0.919 (the newsletter sentence was kept);
    // before a box's title over a signup prompt went with it: 0.985.
    (
        "text-cookie-banner-newsletter-mid-article",
        InputKind::Text,
        0.99,
    ),
    ("text-feature-sentence-like-captions", InputKind::Text, 0.99),
    ("text-french-marche-centenaire", InputKind::Text, 0.99),
    ("text-german-stadtrat-strassenbahn", InputKind::Text, 0.99),
    (
        "text-headline-repeats-in-related-list",
        InputKind::Text,
        0.99,
    ),
    // Before print-edition notes closed the article: 0.971.
    ("text-interview-qa-lighthouse-keeper", InputKind::Text, 0.98),
    ("text-italian-biblioteca-riapre", InputKind::Text, 0.99),
    // Before bulleted sentences and introduced list items weighed nothing
    // in the region: 0.717 (the checklist ended the article).
    (
        "text-listicle-houseplants-short-items",
        InputKind::Text,
        0.99,
    ),
    ("text-news-brief-water-main-break", InputKind::Text, 0.99),
    // Without the "About <name>" header rule: 0.861.
    (
        "text-press-release-dateline-about-section",
        InputKind::Text,
        0.99,
    ),
    // Before "N from M votes": 0.982.
    ("text-recipe-red-lentil-soup", InputKind::Text, 0.99),
    ("text-spanish-embalses-sequia", InputKind::Text, 0.99),
    ("text-table-city-budget-rows", InputKind::Text, 0.98),
    ("text-wire-story-reporting-credit", InputKind::Text, 0.99),
    // Without the copy rule the glued copy halves precision (F1 0.67).
    ("text-article-repeated-in-one-block", InputKind::Text, 0.99),
    // Without the caption rule: 0.735 (the captions were kept).
    (
        "text-wire-photo-captions-between-paragraphs",
        InputKind::Text,
        0.99,
    ),
    // Before the list, credit and "More <name>" rules: 0.768.
    (
        "text-tour-dates-list-and-more-from-site",
        InputKind::Text,
        0.99,
    ),
    // Before the teaser-link, gallery-counter and cookie-banner rules:
    // 0.690; before whole-block phrases, 0.946 (the newsletter prompt was
    // kept).
    (
        "text-gallery-slides-and-read-more-teasers",
        InputKind::Text,
        0.99,
    ),
    // Before the related-header costs, the glued-headline rule and the
    // copyright fix: 0.756 (the teasers outweighed the article's end).
    (
        "text-glued-teaser-cards-and-inline-links",
        InputKind::Text,
        0.99,
    ),
    // Before the whole-block phrases, the labelled-list, bulleted-teaser
    // and titled-comments rules: 0.854; before the caption-under-credit
    // rule, 0.981.
    (
        "text-blog-race-calendar-and-titled-comments",
        InputKind::Text,
        0.99,
    ),
    // Before the table rule: 0.719 (the lead and the first table were
    // outside the region).
    (
        "text-reservoir-tables-and-signed-comments",
        InputKind::Text,
        0.99,
    ),
    // Before Russian phrases and capitals beyond ASCII in phrases: 0.928
    // (the "Фото:" credit was kept); before the caption-under-credit rule,
    // 0.944 (the caption under it was kept).
    ("text-russian-library-reopens", InputKind::Text, 0.99),
    // Before Japanese, Chinese and Korean phrases: 0.756 (the "写真："
    // caption was kept).
    ("text-japanese-ferry-timetable", InputKind::Text, 0.99),
    // Before the live-update rule: 0.882 (the lead and the times that
    // head the updates were dropped).
    ("text-live-updates-storm-timestamps", InputKind::Text, 0.99),
    // Before the shortcode, follow-line and byline-with-initial rules:
    // 0.968 (the button's shortcode and the call to follow were kept).
    (
        "text-stage-review-testimonials-and-shortcodes",
        InputKind::Text,
        0.99,
    ),
    // Before the phrases of other languages and the rule on one-line
    // teasers: 0.860 (the WhatsApp prompt, tags and "Mais lidas" were
    // kept, and the subheading after "Leia também: ..." was dropped).
    (
        "text-portuguese-noticia-camara-municipal",
        InputKind::Text,
        0.99,
    ),
    // Before the field-value rule and "full story": 0.945 (the summary
    // under "Summary:" and the "FULL STORY" label were kept).
    (
        "text-science-news-release-journal-reference",
        InputKind::Text,
        0.99,
    ),
    // Before the memorial-shop phrases: 0.971 (the "plant a tree" prompt
    // was kept).
    (
        "text-obituary-guestbook-and-service-details",
        InputKind::Text,
        0.99,
    ),
    ("text-dutch-nieuws-gemeenteraad", InputKind::Text, 0.99),
    // Before "Über mich" and the other "about me" headers: 0.842 (the
    // teasers under "Das könnte dich auch interessieren" and the blogger's
    // box were kept).
    ("text-german-blog-weiterlesen-cookie", InputKind::Text, 0.99),
    // Before "Report a typo" and "Send us a news tip": 0.950; before calls
    // to install the site's app: 0.963.
    (
        "text-local-tv-story-video-player-chaff",
        InputKind::Text,
        0.99,
    ),
    // Before Polish phrases: 0.964 ("Czytaj także: ..." was kept).
    ("text-polish-wiadomosci-ratusz", InputKind::Text, 0.99),
    // Before teasers with hanging summaries: 0.848 (the "More Advice"
    // teasers were kept).
    ("text-advice-column-letter-and-reply", InputKind::Text, 0.99),
    // Before subheadings listed in a table of contents, and teasers with
    // hanging summaries: 0.795 (the subheadings were dropped as repeats,
    // the related posts kept). The booking widget is still kept.
    ("text-travel-blog-affiliate-faq", InputKind::Text, 0.96),
    // Before plain labels that introduce lists: 0.958 (the dated list
    // under "Key dates:" ended the article before its last paragraph).
    ("text-city-press-release-hash-end", InputKind::Text, 0.99),
    // Before shop buttons and "Best alternatives": 0.870; before prices
    // at a shop ("$579 at ..."): 0.982.
    (
        "text-product-review-pros-cons-buy-buttons",
        InputKind::Text,
        0.98,
    ),
    // Before teaser cards of a headline over its summary: 0.000 (the six
    // cards under "Recommended for you" outweighed the two paragraphs).
    ("text-short-brief-heavy-chaff", InputKind::Text, 0.99),
    // Before Swedish, Turkish and Indonesian phrases: 0.966, 0.916 and
    // 0.829 (the inline "Läs också:", "Bunu da okuyun:" and "Baca Juga:"
    // teasers were kept). Before the dotted capital İ read as "i", the
    // Turkish page: 0.959 ("İlginizi Çekebilir: ..." was kept).
    ("text-swedish-nyheter-kommun", InputKind::Text, 0.99),
    ("text-turkish-haber-belediye", InputKind::Text, 0.99),
    ("text-indonesian-berita-banjir", InputKind::Text, 0.99),
    // Before credit labels with the wide colon: 0.909 (a figure's
    // caption ending "图片来源：..." was kept).
    ("text-chinese-xinwen-subway", InputKind::Text, 0.99),
    // Before Vietnamese phrases: 0.739 (the comments, "Tin liên quan" and
    // "Đọc nhiều" were kept).
    ("text-vietnamese-tin-tuc-cau", InputKind::Text, 0.99),
    // Before the paywall's phrases: 0.904.
    ("text-paywalled-story-teaser-cut", InputKind::Text, 0.99),
    // Before "We have more newsletters": 0.985.
    ("text-uk-tabloid-read-more-inline", InputKind::Text, 0.99),
    ("text-tv-network-story-ap-credit", InputKind::Text, 0.99),
    // Before the betting box's phrases: 0.918. Before polls closing the
    // article: 0.962. The market's name in the box is still kept.
    ("text-transfer-news-poll-and-odds", InputKind::Text, 0.96),
    // Before the next-article rule: 0.726 (the story loaded below the
    // article was kept).
    (
        "text-infinite-scroll-next-article-appended",
        InputKind::Text,
        0.99,
    ),
    // Before the author's closing bio: 0.966; before a pull quote could be a
    // plain line far from its source: 0.987.
    (
        "text-long-feature-many-interruptions",
        InputKind::Text,
        0.99,
    ),
    // Before "Illustration by" and the figures above it: 0.943 (also
    // "Was this helpful?" and "How we reviewed this article:").
    (
        "text-health-explainer-medically-reviewed",
        InputKind::Text,
        0.99,
    ),
    // Before Hindi phrases: 0.937 ("ये भी पढ़ें: ..." was kept).
    ("text-hindi-samachar-nagar-nigam", InputKind::Text, 0.99),
    // Before the views disclaimer, the letters prompt and the author's
    // closing bio: 0.952.
    (
        "text-opinion-column-disclaimer-and-bio",
        InputKind::Text,
        0.99,
    ),
    // Before the sponsor's "This episode is supported by ...": 0.985.
    ("text-podcast-episode-transcript", InputKind::Text, 0.99),
    // Before captions that end with "Photo by ...": 0.929. Known miss: an
    // image's alt text above its caption, a blank line apart (0.983).
    ("text-university-news-media-contact", InputKind::Text, 0.97),
    // Before calls to install the site's app: 0.981.
    (
        "text-weather-forecast-story-five-day-table",
        InputKind::Text,
        0.99,
    ),
    // Before stock quotes, "LEDGERLINE/Name" credits and a boilerplate-only
    // phrase outweighing one that covers more: 0.913.
    (
        "text-business-earnings-story-ticker-widgets",
        InputKind::Text,
        0.99,
    ),
    (
        "text-court-story-correction-and-related-inline",
        InputKind::Text,
        0.99,
    ),
    // Known miss: "For more information, contact ..." after the last
    // paragraph (the benchmark's references keep such lines).
    (
        "text-government-notice-page-with-sidebar",
        InputKind::Text,
        0.99,
    ),
    // Before Hebrew and Argentine Spanish phrases: 0.965 and 0.932 ("קראו
    // עוד:" and "Seguí leyendo:" were kept).
    ("text-hebrew-news-rtl", InputKind::Text, 0.99),
    (
        "text-spanish-noticia-sucesos-argentina",
        InputKind::Text,
        0.99,
    ),
    (
        "text-sports-match-report-lineups-and-stats",
        InputKind::Text,
        0.99,
    ),
    (
        "text-italian-cronaca-comune-ordinanza",
        InputKind::Text,
        0.99,
    ),
    // Known misses: the "Listing details" box of "Label: value" lines,
    // and two gallery captions above "Photo courtesy of ...".
    (
        "text-real-estate-listing-story-mortgage-widget",
        InputKind::Text,
        0.92,
    ),
    // Before a table of contents' numbered items counted as copies of the
    // subheadings, and "Copy code" and "Buy me a coffee": 0.934. Known
    // miss: a sponsor's line above "ads via Carbon".
    (
        "text-tech-blog-tutorial-code-and-comments",
        InputKind::Text,
        0.98,
    ),
    // Before slides' captions under a gallery's counter, Instagram's "A
    // post shared by ..." and "View this post on Instagram": 0.930.
    (
        "text-celebrity-news-slideshow-and-affiliate-links",
        InputKind::Text,
        0.99,
    ),
    // Before "Cet article est réservé aux abonnés": 0.976.
    ("text-french-fait-divers-incendie", InputKind::Text, 0.99),
    ("text-obituary-funeral-home-page", InputKind::Text, 0.99),
    // HTML pages: DOM evidence, charsets, structure inside the article.
    ("html-windows-1251-russian-news", InputKind::Html, 0.99),
    (
        "html-medium-style-post-claps-and-follow",
        InputKind::Html,
        0.99,
    ),
    (
        "html-match-report-scoring-table-and-ratings",
        InputKind::Html,
        0.99,
    ),
    // Before AMP's placeholders were hidden: 0.987 ("Loading poll..." was
    // kept).
    ("html-amp-article-amp-elements", InputKind::Html, 0.99),
    ("html-spanish-diario-inline-boxes", InputKind::Html, 0.99),
    // Before boxes whose header is the text of their own `div`, and the
    // standfirst class: 0.567 (the "À lire aussi" box ended the article,
    // and the chapô was kept).
    (
        "html-french-iso-8859-1-photo-gallery",
        InputKind::Html,
        0.99,
    ),
    ("html-wordpress-gutenberg-jetpack", InputKind::Html, 0.99),
    ("html-nextjs-div-soup-news", InputKind::Html, 0.99),
    ("html-blogger-post-widgets", InputKind::Html, 0.99),
    // A quote widget's table right after the article is not the
    // article's; the box score under its own subhead is (0.965 before
    // tables right after the article).
    (
        "html-market-story-with-quote-widgets",
        InputKind::Html,
        0.99,
    ),
    ("html-sports-recap-box-score-sidebar", InputKind::Html, 0.99),
    ("html-faq-page-details-accordion", InputKind::Html, 0.99),
    // Before the next-article rule: 0.753 (the second `<article>` was
    // kept).
    ("html-infinite-scroll-two-articles", InputKind::Html, 0.99),
    // Before figure captions dropped however well they read: 0.977.
    ("html-magazine-dropcap-and-dividers", InputKind::Html, 0.99),
    // Before "Privacy Notice:" opened a legal line: 0.925. Known misses: a
    // newsletter card's pitch in an `<aside>` inside the body, whose classes
    // are generated names.
    (
        "html-big-daily-standfirst-and-topics",
        InputKind::Html,
        0.95,
    ),
    ("html-cable-news-paragraph-divs", InputKind::Html, 0.96),
    ("html-paper-of-record-css-classes", InputKind::Html, 0.99),
    // Before Arabic and Greek phrases: 0.964 and 0.949 (the inline
    // "اقرأ أيضاً:" and "Διαβάστε επίσης:" teasers were kept).
    ("html-arabic-rtl-news", InputKind::Html, 0.99),
    ("html-greek-iso-8859-7-news", InputKind::Html, 0.99),
    ("html-longform-sections-sticky-toc", InputKind::Html, 0.99),
    (
        "html-newsletter-platform-post-subscribe-widgets",
        InputKind::Html,
        0.99,
    ),
    // Before tables right after the article, and press releases' safe
    // harbour paragraph: 0.891 (the results table was dropped).
    ("html-newswire-release-results-table", InputKind::Html, 0.99),
    (
        "html-table-layout-czech-windows-1250",
        InputKind::Html,
        0.99,
    ),
    // Before figure captions dropped however well they read: 0.966.
    (
        "html-jsonld-cookie-newsletter-figures",
        InputKind::Html,
        0.99,
    ),
    ("html-body-split-across-sibling-divs", InputKind::Html, 0.99),
    ("html-br-paragraphs-inline-elements", InputKind::Html, 0.99),
    ("html-nav-aside-comments-related", InputKind::Html, 0.99),
    ("html-table-and-code-block", InputKind::Html, 0.99),
    ("html-windows-1252-wrong-charset", InputKind::Html, 0.99),
    // Before the nested-article and nested-box rules: 0.831 (the teaser
    // cards were kept).
    (
        "html-nested-teaser-cards-and-related-box",
        InputKind::Html,
        0.99,
    ),
    (
        "html-checklist-post-and-comment-thread",
        InputKind::Html,
        0.99,
    ),
    // Before the shortcode, caption-label, contact-line and follow-line
    // rules: 0.859 (all four were kept inside `entry-content`).
    (
        "html-ferry-post-shortcode-and-contact-lines",
        InputKind::Html,
        0.99,
    ),
    (
        "html-book-review-details-box-and-correction",
        InputKind::Html,
        0.99,
    ),
    // The embedded post is kept, as the benchmark's references keep them.
    (
        "html-election-results-table-and-embeds",
        InputKind::Html,
        0.99,
    ),
    ("html-japanese-shift-jis-news", InputKind::Html, 0.99),
    // Known miss: the reporter's line with an e-mail address after the
    // last paragraph (the benchmark's references keep two such lines).
    ("html-korean-news-relative-links", InputKind::Html, 0.99),
    // Before rows of one cell stopped counting as a table's: 0.916 (the
    // layout table's rows after the article were kept as a table, and
    // "(Gazette photo by ...)" did not end a caption).
    (
        "html-legacy-cms-font-tables-noscript",
        InputKind::Html,
        0.99,
    ),
    // Before recipe cards' times, ratings and nutrition labels: 0.958;
    // before rows of facts ("Calories: 276kcal | Protein: 5g | ..."):
    // 0.982. Known misses: the card's title is dropped, and its
    // "Nutrition" header is kept.
    (
        "html-recipe-blog-jump-to-recipe-card",
        InputKind::Html,
        0.98,
    ),
    // Before shop buttons ("$129 at ..."): 0.949. Known miss: the product
    // cards' names and blurbs between their label and their button.
    (
        "html-listicle-numbered-h2-items-with-affiliate-cards",
        InputKind::Html,
        0.95,
    ),
    // Before update times and titles a few blocks from the paragraphs:
    // 0.864 (every time and title was dropped). Known miss: the pinned
    // copy of an update at the top is kept.
    (
        "html-live-blog-entries-and-pinned-post",
        InputKind::Html,
        0.99,
    ),
    // Before calls for contributions: 0.972.
    (
        "html-photo-essay-figures-between-paragraphs",
        InputKind::Html,
        0.99,
    ),
    // Before "Listen to the full conversation": 0.989.
    (
        "html-qa-interview-bold-speaker-names",
        InputKind::Html,
        0.99,
    ),
    (
        "html-regional-news-inline-scripts-and-iframes",
        InputKind::Html,
        0.99,
    ),
    // Before donation classes and nonprofit newsrooms' self-descriptions:
    // 0.927.
    (
        "html-syndicated-story-originally-appeared",
        InputKind::Html,
        0.99,
    ),
    (
        "html-dutch-nieuws-next-data-json-and-article",
        InputKind::Html,
        0.99,
    ),
    // Before forum phrases ("Re: ...", "Originally Posted by", "Member"):
    // 0.717 (the replies were kept); before "Last edited by ...": 0.972.
    (
        "html-forum-thread-first-post-and-replies",
        InputKind::Html,
        0.99,
    ),
    (
        "html-press-release-wire-multiple-contacts",
        InputKind::Html,
        0.99,
    ),
    (
        "html-encyclopedic-explainer-sidebar-infobox",
        InputKind::Html,
        0.99,
    ),
    (
        "html-german-nachrichten-lokal-mit-paywall",
        InputKind::Html,
        0.99,
    ),
    // 0.963 at the start of the stop ("Support local journalism" was
    // kept).
    (
        "html-municipal-meeting-minutes-story-with-pdf-links",
        InputKind::Html,
        0.99,
    ),
    // Twenty pages of kinds the fixtures lacked (Thai, Persian, Ukrainian,
    // Danish, Finnish; GBK and ISO-8859-2; charts, document viewers,
    // hidden elements, letters, podcasts, reviews, blotters).
    // Before document viewer controls: 0.965. Known miss: the viewer's title
    // and "Page 1 of 34".
    (
        "text-court-ruling-document-embed-timeline",
        InputKind::Text,
        0.97,
    ),
    ("text-cricket-match-report-scorecard", InputKind::Text, 0.99),
    // Before Danish ad labels: 0.990.
    ("text-danish-nyheder-kommune-budget", InputKind::Text, 0.99),
    // Before "Name/Paper" photo credits: 0.977 (the caption above the credit
    // was kept).
    ("text-event-preview-if-you-go-box", InputKind::Text, 0.98),
    // Known miss: the last paragraph, which holds no Finnish stop word.
    ("text-finnish-uutiset-kaupunki", InputKind::Text, 0.96),
    // Before a video's running time stopped passing for the date line of
    // another article: 0.682 (the review was cut at the trailer).
    (
        "text-movie-review-star-rating-credits-box",
        InputKind::Text,
        0.99,
    ),
    // Before "presumed innocent" notices: 0.989.
    ("text-police-blotter-list-items", InputKind::Text, 0.99),
    // Before "Sign me up" and "By submitting your information ...": 0.971.
    // Known miss: the price widget's product name and "Prices checked daily".
    ("text-tech-product-launch-spec-table", InputKind::Text, 0.99),
    // Before Thai phrases and dropping teasers under a related header inside
    // the region: 0.828.
    ("text-thai-khao-thetsaban", InputKind::Text, 0.99),
    // Before captions' closing credits were counted in characters: 0.971.
    ("text-ukrainian-novyny-mista-remont", InputKind::Text, 0.99),
    (
        "html-breaking-news-short-brief-big-related-grid",
        InputKind::Html,
        0.99,
    ),
    // Before Chinese photographer marks closed captions: 0.952.
    ("html-chinese-gbk-xinwen-shequ", InputKind::Html, 0.99),
    (
        "html-hidden-elements-template-aria-hidden",
        InputKind::Html,
        0.99,
    ),
    // Before phrases said only in boilerplate counted anywhere in a long
    // block (the guidelines for letters after the last one): 0.936.
    (
        "html-letters-to-the-editor-several-letters",
        InputKind::Html,
        0.99,
    ),
    // Before a source line in a figcaption stopped ending the article: 0.869
    // (the first three paragraphs were dropped); before chart class names:
    // 0.958.
    (
        "html-news-chart-source-notes-data-table",
        InputKind::Html,
        0.98,
    ),
    // Before Persian phrases and linked items ending a list past the article:
    // 0.808 (tags, share links and related headlines were kept under "Tags:").
    ("html-persian-rtl-news-khabar", InputKind::Html, 0.99),
    // Before transcript notices and "Credits:": 0.953.
    (
        "html-podcast-show-notes-timestamps-player",
        InputKind::Html,
        0.99,
    ),
    // Known miss: the bold lead under the headline is kept.
    ("html-polish-iso-8859-2-wiadomosci", InputKind::Html, 0.96),
    // Before video player controls and "Do you have a story to sell?": 0.965.
    (
        "html-tabloid-celebrity-embeds-most-read-rail",
        InputKind::Html,
        0.99,
    ),
    (
        "html-university-research-news-drupal-people-cards",
        InputKind::Html,
        0.99,
    ),
    // Eight more: a government release, a fact check, a key-takeaways box,
    // travel cards, a page builder's markup, Norwegian and Hungarian.
    // Before "(Screenshot/...)" credits: 0.947. Before a call to sign up
    // that names its newsletter ("Sign up for ..., our free Friday
    // newsletter"): 0.976.
    ("text-fact-check-claim-rating-box", InputKind::Text, 0.99),
    // Before summary boxes, related labels over their whole line, "Sources"
    // and feedback thanks: 0.879.
    ("text-health-news-key-takeaways-box", InputKind::Text, 0.98),
    // Before dated list items stopped passing for a next article's date
    // line: 0.827 (the article was cut at its fact box).
    ("text-norwegian-lokalnyheter-vei", InputKind::Text, 0.99),
    // Before a bio after most of the body closed the article, however much
    // followed it: 0.862. Known misses: the hotel and restaurant cards (name,
    // rating, price, address) and the "Plan your trip" box.
    (
        "text-travel-guide-hotel-cards-affiliate",
        InputKind::Text,
        0.89,
    ),
    ("html-gov-press-release-page-useful", InputKind::Html, 0.99),
    ("html-hungarian-hirek-onkormanyzat", InputKind::Html, 0.99),
    (
        "html-local-tv-story-weather-widget-autoplay",
        InputKind::Html,
        0.99,
    ),
    // Before page builders' "elementor-widget" classes stopped reading as a
    // sidebar: 0.000 (every paragraph was dropped).
    ("html-page-builder-news-widgets", InputKind::Html, 0.99),
    // Eight more: Romanian, Swedish, a science feature with references, a
    // live commentary, a paginated article, an obituary platform, a
    // community roundup and a recall notice.
    (
        "text-community-news-roundup-short-items",
        InputKind::Text,
        0.99,
    ),
    // Before "Get an email when ...": 0.954. Before ranges of times ("7 a.m.
    // to 7 p.m.") stopped counting as dates: 0.964 (the customer line was
    // dropped). Known miss: the reporter's closing bio is kept.
    ("text-consumer-alert-recall-notice", InputKind::Text, 0.99),
    ("text-romanian-stiri-primarie", InputKind::Text, 0.99),
    // Before "References" and series notes: 0.897. Known miss: a newsletter
    // line.
    (
        "text-science-magazine-feature-footnotes",
        InputKind::Text,
        0.98,
    ),
    // Before a match's minutes headed a live commentary's updates: 0.885
    // (every minute was dropped). Known miss: the feed's filter tabs.
    (
        "text-sports-live-commentary-minute-by-minute",
        InputKind::Text,
        0.98,
    ),
    (
        "html-obituary-newspaper-legacy-guestbook",
        InputKind::Html,
        0.99,
    ),
    (
        "html-paginated-article-page-two-of-three",
        InputKind::Html,
        0.98,
    ),
    // Before a caption stopped counting as an item of the list above it:
    // 0.981.
    ("html-swedish-nyheter-kommun", InputKind::Html, 0.99),
    // Ten more: Arabic, Korean and Greek scraped text, Czech HTML, games
    // news, a finance explainer, a car review, a developing story, a
    // long investigation and a mobile page.
    // Before Arabic share, tag and credit labels: 0.959.
    ("text-arabic-akhbar-baladiya", InputKind::Text, 0.99),
    // Before "Map:": 0.989.
    (
        "text-breaking-story-timestamped-updates",
        InputKind::Text,
        0.99,
    ),
    // Before "Play Video" and "Now playing:": 0.977. Known miss: the
    // video's title above its running time.
    (
        "text-gaming-news-patch-notes-video-list",
        InputKind::Text,
        0.97,
    ),
    ("text-greek-eidiseis-dimos", InputKind::Text, 0.99),
    // Before "(사진=...)" credits: 0.978.
    ("text-korean-nyuseu-gucheong", InputKind::Text, 0.99),
    // Before a phrase said only in boilerplate cost a caption's penalty:
    // 0.838 (the long editorial disclosure after the article was kept).
    // Known misses: a partner rate table and a savings calculator between
    // the article's sections.
    (
        "text-personal-finance-explainer-advertiser-disclosure",
        InputKind::Text,
        0.91,
    ),
    ("html-car-review-spec-sheet-gallery", InputKind::Html, 0.99),
    ("html-czech-zpravy-radnice-utf8", InputKind::Html, 0.99),
    // Before chart class names: 0.979.
    (
        "html-investigative-longform-chapters-methodology",
        InputKind::Html,
        0.98,
    ),
    (
        "html-mobile-site-open-in-app-banners",
        InputKind::Html,
        0.99,
    ),
    // Ten more: German, French, Italian and Japanese HTML, Swahili and
    // Mexican scraped text, a footnoted blog post, a syndicated wire story,
    // a voter guide and a sports roundup.
    // Known misses: a "Voter guide" box of links to other races and a "How
    // to vote" box inside the article (kept); one candidate's name, which
    // echoes the caption above it, and facts line (dropped).
    (
        "text-candidate-questionnaire-voter-guide",
        InputKind::Text,
        0.92,
    ),
    // Known misses: the standings tables that close the roundup and a
    // wrestling "Pins:" line (dropped).
    (
        "text-high-school-sports-roundup-scores",
        InputKind::Text,
        0.92,
    ),
    // Before "Reproducir" and the WhatsApp channel prompt: 0.976. Known
    // miss: a video's "VIDEO | ..." title.
    ("text-spanish-mexico-nota-seguridad", InputKind::Text, 0.99),
    // Before Swahili labels: 0.982.
    ("text-swahili-habari-kaunti", InputKind::Text, 0.99),
    // Before footnotes' back-links closed the article: 0.937.
    ("html-blog-post-footnotes-toc", InputKind::Html, 0.98),
    ("html-french-actualite-locale-utf8", InputKind::Html, 0.99),
    ("html-german-lokalnachrichten-utf8", InputKind::Html, 0.99),
    ("html-italian-cronaca-locale-utf8", InputKind::Html, 0.99),
    ("html-japanese-news-utf8-city-hall", InputKind::Html, 0.99),
    (
        "html-wire-story-syndicated-local-tv-site",
        InputKind::Html,
        0.99,
    ),
    // Ten more: Bengali, Traditional Chinese and Brazilian scraped text,
    // Turkish and Indonesian HTML, a buying guide, the web version of a
    // newsletter, a restaurant review, a bakery opening and a market wrap.
    // Before Bengali labels: 0.954.
    ("text-bengali-khobor-pourosabha", InputKind::Text, 0.99),
    // Before "延伸閱讀": 0.941.
    (
        "text-chinese-traditional-taiwan-xinwen",
        InputKind::Text,
        0.99,
    ),
    // Before a gallery's captions between counter and credit: 0.911. Known
    // misses: a sponsored teaser (kept) and the closing "IF YOU GO" box
    // (dropped).
    (
        "text-local-business-opening-hours-box",
        InputKind::Text,
        0.93,
    ),
    // Before "not investment advice": 0.973. Known miss: a caption and its
    // alt text.
    ("text-market-wrap-ticker-tables", InputKind::Text, 0.97),
    // Before "Assista:" and channel prompts: 0.958. Before a line of a few
    // words under a box's bulleted headlines was its subheading, however low
    // it scored: 0.992.
    (
        "text-portuguese-brasil-noticia-publicidade",
        InputKind::Text,
        0.99,
    ),
    // Before another article's headline needed three words: 0.633 (a booking
    // form's "2 guests" over its date cut the review in two). Known misses:
    // the form's labels, the star rating and its legend, the critic's policy.
    (
        "text-restaurant-review-info-box-rating",
        InputKind::Text,
        0.95,
    ),
    // Before "How we test" and "FAQ" stopped marking boilerplate: 0.880.
    // Known miss: the product cards' "Best for:" and spec lists (kept).
    (
        "html-best-products-roundup-affiliate-cards",
        InputKind::Html,
        0.89,
    ),
    // Before an e-mail's web-version phrases: 0.874. Known misses: the
    // greeting's preview paragraph and the "Top story" label.
    (
        "html-email-newsletter-web-version-tables",
        InputKind::Html,
        0.99,
    ),
    ("html-indonesian-berita-halaman-satu", InputKind::Html, 0.99),
    ("html-turkish-haber-utf8", InputKind::Html, 0.99),
    // Ten more: Croatian and Malay scraped text, Danish and Ukrainian HTML, a
    // scrollytelling feature, a transit alert, a match report under a live
    // ticker, a science explainer, a housing report and election night.
    // Before Croatian labels: 0.978.
    ("text-croatian-vijesti-grad", InputKind::Text, 0.99),
    // Known misses: the links to other races' results and the site's note
    // on how it reports results, after the story.
    ("text-election-results-live-tally", InputKind::Text, 0.90),
    // Before Malay labels: 0.987.
    ("text-malay-berita-majlis", InputKind::Text, 0.99),
    // Before another article's headline needed three words: 0.630 (a
    // diagram's "High tide" over "Sun", read as Sunday, cut the article in
    // two). Known misses: the hero's alt text and caption, and an
    // interactive diagram's labels between paragraphs.
    (
        "text-science-explainer-glossary-sidebar",
        InputKind::Text,
        0.95,
    ),
    ("text-transit-service-alert-short", InputKind::Text, 0.99),
    // Known miss: the title of a fact box in an `<aside>`.
    ("html-danish-nyheder-utf8", InputKind::Html, 0.98),
    // Known miss: the note and source under the article's table.
    (
        "html-real-estate-market-report-listing-cards",
        InputKind::Html,
        0.97,
    ),
    // Before chart class names: 0.983.
    (
        "html-scrollytelling-sticky-graphics-steps",
        InputKind::Html,
        0.99,
    ),
    (
        "html-sports-match-report-live-ticker-embed",
        InputKind::Html,
        0.99,
    ),
    ("html-ukrainian-novyny-utf8", InputKind::Html, 0.99),
    // Ten more: Japanese and Flemish scraped text, Hindi and Spanish HTML, a
    // Ghost post behind a paywall, a developer tutorial, a poem, a photo of
    // the day, a book excerpt and an article on a professional network.
    // Known miss: the editor's note that opens the page ("The following is
    // excerpted from ...").
    (
        "text-book-excerpt-reprinted-by-permission",
        InputKind::Text,
        0.99,
    ),
    // Before Dutch months: 0.958 (the headline, dek and author above an
    // unread date line were kept).
    ("text-flemish-nieuws-gemeente", InputKind::Text, 0.99),
    // Before "あわせて読みたい" and "有料会員限定": 0.893.
    ("text-japanese-news-shiyakusho", InputKind::Text, 0.99),
    // Known miss: a photo caption between a lead-in and its list.
    (
        "text-professional-network-article-reactions",
        InputKind::Text,
        0.97,
    ),
    ("html-devto-tech-post-code-reactions", InputKind::Html, 0.99),
    (
        "html-ghost-blog-members-paywall-partial",
        InputKind::Html,
        0.99,
    ),
    ("html-hindi-samachar-utf8", InputKind::Html, 0.99),
    (
        "html-literary-magazine-poem-line-breaks",
        InputKind::Html,
        0.99,
    ),
    ("html-photo-of-the-day-short-story", InputKind::Html, 0.99),
    ("html-spanish-espana-noticia-utf8", InputKind::Html, 0.99),
    // Ten more: Serbian Cyrillic and Lithuanian scraped text, Vietnamese,
    // Hebrew and Thai HTML, a company blog, a legal news story, a very short
    // brief, transfer gossip and a nonprofit newsroom story.
    // Before paywall notes and "Read the opinion": 0.922. Known miss: the
    // "Case details" box that closes the story (dropped).
    ("text-legal-news-case-citations", InputKind::Text, 0.93),
    // Before Lithuanian labels: 0.963. Before shortened credit labels
    // ("Nuotr.:"): 0.986.
    ("text-lithuanian-naujienos-miestas", InputKind::Text, 0.99),
    // Before a phrase said only in boilerplate cost a caption's penalty and
    // donation boxes' phrases: 0.848. Before the funders' note and the
    // republishing licence ("This story may be republished ..."): 0.894.
    (
        "text-nonprofit-news-donate-appeal-mid",
        InputKind::Text,
        0.99,
    ),
    // Before Serbian labels: 0.978.
    ("text-serbian-cyrillic-vesti-grad", InputKind::Text, 0.99),
    (
        "text-traffic-accident-brief-very-short",
        InputKind::Text,
        0.99,
    ),
    // Before "Book a demo" and e-book offers: 0.960. Known misses: the
    // sentence of a demo box and an e-book's blurb.
    ("html-b2b-company-blog-demo-cta", InputKind::Html, 0.95),
    ("html-hebrew-hadashot-utf8", InputKind::Html, 0.99),
    ("html-thai-khao-utf8", InputKind::Html, 0.99),
    // Before "not responsible for the content of external sites": 0.897.
    // Known miss: the items' "Rumour rating" badges.
    (
        "html-transfer-rumours-roundup-short-items",
        InputKind::Html,
        0.91,
    ),
    // Known miss: the sapo (standfirst) with its place glued on.
    ("html-vietnamese-tin-tuc-utf8", InputKind::Html, 0.96),
    // Eight more: Austrian and Slovak scraped text, European Portuguese and
    // Estonian HTML, a council release with notes to editors, a video page
    // with its transcript, a match preview and a government news story.
    (
        "text-austrian-nachrichten-gemeinderat",
        InputKind::Text,
        0.99,
    ),
    // Before Slovak labels: 0.976.
    ("text-slovak-spravy-mesto", InputKind::Text, 0.99),
    // Known misses: an odds widget between sections (kept) and the closing
    // "Prediction: ..." line (dropped).
    (
        "text-sports-preview-team-news-prediction",
        InputKind::Text,
        0.96,
    ),
    // Before "ENDS": 0.994.
    (
        "text-uk-council-press-release-notes-to-editors",
        InputKind::Text,
        0.99,
    ),
    ("html-estonian-uudised-utf8", InputKind::Html, 0.99),
    ("html-gov-style-news-story-page", InputKind::Html, 0.98),
    (
        "html-portuguese-portugal-noticia-utf8",
        InputKind::Html,
        0.99,
    ),
    // Before transcript notices: 0.981.
    ("html-video-page-with-transcript", InputKind::Html, 0.99),
    // Eight more: Hungarian, Tamil and German scraped text, Romanian, Urdu and
    // Korean HTML, weekend event picks and a missing-person appeal. Before a
    // paragraph ended a colon's list: 0.865. Known misses: the match data box
    // (line-ups, goals, referee, attendance) and the ratings table after the
    // report.
    (
        "text-german-sport-bundesliga-bericht",
        InputKind::Text,
        0.92,
    ),
    // Before credits whose name ends in a company's form ("Fotó: ... Zrt."):
    // 0.982.
    ("text-hungarian-hirek-varos", InputKind::Text, 0.99),
    // Before "Comments have been disabled", "Invalid Email" and "Email our
    // newsdesk": 0.805.
    ("text-police-appeal-missing-person", InputKind::Text, 0.94),
    // Before Tamil labels: 0.958.
    ("text-tamil-seithigal-managaratchi", InputKind::Text, 0.99),
    ("html-korean-news-utf8-modern", InputKind::Html, 0.98),
    ("html-romanian-stiri-utf8", InputKind::Html, 0.99),
    // Before Urdu labels: 0.978.
    ("html-urdu-khabrain-rtl", InputKind::Html, 0.99),
    // Known misses: an affiliate note and a prompt to submit events.
    ("html-weekend-events-picks-column", InputKind::Html, 0.96),
    // Written blind: a release post, a race report with its classification,
    // a golf report, an exhibition review, Bulgarian and Catalan pages, an
    // earnings call, a statistics bulletin, player ratings and a horoscope.
    // Before Bulgarian labels: 0.983.
    ("text-bulgarian-novini-obshtina", InputKind::Text, 0.99),
    // Known misses: the speaker lines, which the participants list after the
    // call repeats (two were kept as items of a colon's list until a paragraph
    // ended such lists); the quote box, promo and disclosure in and after it.
    (
        "text-earnings-call-transcript-operator",
        InputKind::Text,
        0.79,
    ),
    // Before betting-box phrases and polls closing the article: 0.645.
    (
        "text-football-player-ratings-article",
        InputKind::Text,
        0.97,
    ),
    // Before "Odds via" and "Gambling problem? Call": 0.966. Known miss: the
    // odds table between paragraphs.
    (
        "text-golf-tournament-leaderboard-widget",
        InputKind::Text,
        0.96,
    ),
    (
        "text-software-release-notes-changelog",
        InputKind::Text,
        0.98,
    ),
    (
        "html-catalan-noticies-ajuntament-utf8",
        InputKind::Html,
        0.99,
    ),
    (
        "html-f1-race-report-classification-table",
        InputKind::Html,
        0.99,
    ),
    // Before date ranges ("March 21 – April 19") stopped counting as date
    // lines: 0.847. Known miss: the sign headings, whose date span has the
    // class "sign-dates".
    ("html-horoscope-daily-column-signs", InputKind::Html, 0.97),
    (
        "html-museum-exhibition-review-on-view-box",
        InputKind::Html,
        0.99,
    ),
    // Before subheadings with a "title" class: 0.847. Known misses: table
    // notes in a "table-footer", and the last section, after the dataset
    // cards.
    (
        "html-statistics-bulletin-main-points-tables",
        InputKind::Html,
        0.92,
    ),
    // Written blind: Georgian, Armenian, Nepali, Filipino, Slovenian and
    // Latvian pages, a crime story with mugshots, an editorial, a tennis
    // report and a "Today in History" column.
    // Before "presumed innocent" notices: 0.986.
    (
        "text-crime-story-mugshot-gallery-presumed-innocent",
        InputKind::Text,
        0.99,
    ),
    // Before Georgian labels: 0.944.
    ("text-georgian-siakhleebi-meria", InputKind::Text, 0.99),
    // Before Nepali labels: 0.976.
    ("text-nepali-samachar-nagarpalika", InputKind::Text, 0.99),
    // Before Slovenian labels: 0.983.
    ("text-slovenian-novice-obcina", InputKind::Text, 0.99),
    (
        "text-tennis-match-report-live-score-widget",
        InputKind::Text,
        0.99,
    ),
    // Before Armenian labels and the class "read-also": 0.974.
    ("html-armenian-lurer-kaghaqapetaran", InputKind::Html, 0.99),
    (
        "html-editorial-board-opinion-letters-prompt",
        InputKind::Html,
        0.99,
    ),
    // Before Latvian labels: 0.984.
    ("html-latvian-zinas-pasvaldiba", InputKind::Html, 0.99),
    // Before Filipino labels: 0.981.
    ("html-tagalog-balita-lungsod", InputKind::Html, 0.99),
    (
        "html-this-day-in-history-list-column",
        InputKind::Html,
        0.99,
    ),
    // Written blind: embedded posts, a paid post, a weather warning, a school
    // board recap, a speech, a lottery story, a football recap, a sentencing
    // story, a pet column and a wire obituary with its correction.
    // Before "may earn a commission when": 0.969. Known miss: a date line
    // of an embedded post.
    (
        "text-celebrity-news-instagram-embeds",
        InputKind::Text,
        0.98,
    ),
    // Known miss: the scoring summary and individual leaders after the story.
    (
        "text-high-school-football-recap-scoring-summary",
        InputKind::Text,
        0.89,
    ),
    // Before the bio above a sponsor's line: 0.943.
    (
        "text-pet-adoption-column-shelter-cards",
        InputKind::Text,
        0.99,
    ),
    // Known miss: the opening and closing thanks.
    (
        "text-speech-remarks-as-prepared-for-delivery",
        InputKind::Text,
        0.98,
    ),
    // Known miss: the warning's own headlines, in capitals between dots.
    (
        "text-weather-service-warning-bulletin",
        InputKind::Text,
        0.95,
    ),
    (
        "html-court-sentencing-story-document-viewer",
        InputKind::Html,
        0.99,
    ),
    // Before "Play responsibly" and "Must be 18 or older to play": 0.974.
    (
        "html-lottery-results-story-winning-numbers-widget",
        InputKind::Html,
        0.99,
    ),
    // Known miss: the "From the meeting" links box title.
    (
        "html-school-board-meeting-recap-agenda-items",
        InputKind::Html,
        0.98,
    ),
    // Before "Paid for by" and lenders' legal lines: 0.989.
    ("html-sponsored-native-ad-paid-post", InputKind::Html, 0.99),
    // Before "FILE - ..." captions and corrections under the credit line: 0.958.
    (
        "html-wire-obituary-with-correction-note",
        InputKind::Html,
        0.99,
    ),
    // Written blind: a wire business story, a phone launch, a debate with fact
    // checks, an opinion column, a health study, an audio player, a TV recap,
    // a travel advisory, breaking news and a club signing.
    // Before app badges and "Live updates:" boxes: 0.917. Known miss: the app
    // promo's blurb.
    (
        "text-breaking-news-developing-app-promo",
        InputKind::Text,
        0.95,
    ),
    (
        "text-health-study-news-what-is-box-sources",
        InputKind::Text,
        0.99,
    ),
    // Before date ranges stopped counting as dates: 0.977. Known misses: the
    // "FACT CHECK" labels, and the "How to vote" box, whose lines give ranges
    // of dates.
    (
        "text-political-news-debate-inline-fact-checks",
        InputKind::Text,
        0.95,
    ),
    // Known miss: the spoiler warning above the lead.
    (
        "text-tv-episode-recap-spoiler-warning",
        InputKind::Text,
        0.97,
    ),
    // Before "Sign up here" spoke for its block: 0.979.
    (
        "text-wire-business-story-factbox-trust-principles",
        InputKind::Text,
        0.99,
    ),
    // Known miss: a "Shop the new kit" banner between paragraphs.
    (
        "html-football-club-official-site-signing-announcement",
        InputKind::Html,
        0.96,
    ),
    (
        "html-news-article-audio-player-listen",
        InputKind::Html,
        0.99,
    ),
    // Known miss: a pull quote in a `<blockquote>`, in curly quotes.
    (
        "html-opinion-column-pull-quotes-author-twitter",
        InputKind::Html,
        0.97,
    ),
    // Known miss: a video player's "Now playing" and "Up next" lines.
    (
        "html-tech-news-product-announcement-deals-widget",
        InputKind::Html,
        0.97,
    ),
    // Known miss: an affiliate note and the lines of an insurance offer.
    (
        "html-travel-advisory-news-map-embed-faq",
        InputKind::Html,
        0.96,
    ),
    // Written blind: pages of a paper of record, a contributor network, a
    // portal, a business TV site, a financial wire, a wire sports story, a
    // public broadcaster, a politics newsletter, a syndicated story and a
    // regional paper.
    // Before "Courtesy of ..." ended a caption: 0.972.
    (
        "text-aggregator-syndicated-story-continues",
        InputKind::Text,
        0.99,
    ),
    // Before closing sections in capitals ("UP NEXT"): 0.976.
    (
        "text-ap-style-sports-wire-more-links",
        InputKind::Text,
        0.99,
    ),
    // Before picture libraries in credits ("Name | Harbor Images"), video
    // cards ("VIDEO 4:11 04:11 ...") and calls to sign up that name their
    // newsletter: 0.933. Known miss: a chart's caption.
    ("text-business-tv-site-video-lines", InputKind::Text, 0.97),
    // Known misses: the image's alt text and the author's bio, which opens
    // with "I am".
    (
        "text-contributor-blog-opinions-expressed",
        InputKind::Text,
        0.94,
    ),
    // Before credit lines after a dash ("--With assistance from ..."): 0.993.
    (
        "text-financial-news-most-read-top-and-bottom",
        InputKind::Text,
        0.99,
    ),
    (
        "text-paper-of-record-continue-reading-main-story",
        InputKind::Text,
        0.99,
    ),
    (
        "html-aggregator-read-original-article-credit",
        InputKind::Html,
        0.99,
    ),
    // Before an ad's line ended an introduced list: 0.885. Known misses: a
    // sponsor's message between sections, a list of other outlets' stories,
    // the tips line.
    (
        "html-politics-newsletter-web-sections",
        InputKind::Html,
        0.94,
    ),
    (
        "html-public-broadcaster-related-topics-more-on-story",
        InputKind::Html,
        0.99,
    ),
    // Known miss: the editor's note above a long figure caption.
    (
        "html-regional-paper-print-edition-note",
        InputKind::Html,
        0.99,
    ),
    // Written blind: Icelandic, Albanian, Marathi and Malayalam pages, a
    // market update, a university release, a letters page, a finished live
    // blog, a podcast recap and a news briefs column.
    // Before Icelandic labels: 0.953.
    ("text-icelandic-frettir-baejarstjorn", InputKind::Text, 0.99),
    // Known misses: the dated intro line, one letter's title and one
    // signature.
    (
        "text-letters-column-several-short-letters",
        InputKind::Text,
        0.97,
    ),
    // Before Marathi labels: 0.985.
    ("text-marathi-batmya-mahanagarpalika", InputKind::Text, 0.99),
    // Before a running time ("Listen · 32:14") stopped reading as another
    // article's date line: 0.402. Known misses: the player's title and links.
    (
        "text-podcast-recap-article-episode-links",
        InputKind::Text,
        0.97,
    ),
    // Known misses: the hero image's alt text and a valuation offer between
    // sections.
    (
        "text-real-estate-agent-blog-market-update-listings",
        InputKind::Text,
        0.95,
    ),
    // Before Albanian labels: 0.981.
    ("html-albanian-lajme-bashkia", InputKind::Html, 0.99),
    (
        "html-malayalam-varthakal-nagarasabha",
        InputKind::Html,
        0.99,
    ),
    // Before "... Gazette file photo" ended a caption: 0.975.
    (
        "html-news-briefs-column-several-items",
        InputKind::Html,
        0.99,
    ),
    (
        "html-sports-live-blog-final-report-key-moments",
        InputKind::Html,
        0.98,
    ),
    // Known miss: the journal reference in a "story__citation" box.
    (
        "html-university-press-release-expert-available",
        InputKind::Html,
        0.95,
    ),
    // Before Azerbaijani labels: 0.969.
    ("text-azerbaijani-xeberler-belediyye", InputKind::Text, 0.99),
    ("text-farm-market-report-price-table", InputKind::Text, 0.99),
    // Before "any resemblance to real persons": 0.959.
    ("text-satire-site-story-disclaimer", InputKind::Text, 0.99),
    // Before pull quotes in scraped text and appeals after the article:
    // 0.934.
    (
        "text-student-newspaper-story-staff-box",
        InputKind::Text,
        0.99,
    ),
    // Before Telugu labels: 0.959.
    ("text-telugu-varthalu-municipality", InputKind::Text, 0.99),
    ("html-afrikaans-nuus-munisipaliteit", InputKind::Html, 0.99),
    // Before "allow embedded content": 0.988.
    ("html-album-review-tracklist-rating", InputKind::Html, 0.99),
    ("html-ngo-report-launch-key-findings", InputKind::Html, 0.99),
    ("html-radio-station-news-now-playing", InputKind::Html, 0.99),
    // Before review-copy disclosures: 0.979.
    ("html-video-game-review-score-box", InputKind::Html, 0.99),
    // Before "Information deemed reliable but not guaranteed": 0.961; before
    // questions followed by a mail address asked readers to write in: 0.971.
    (
        "text-home-of-the-week-listing-facts-box",
        InputKind::Text,
        0.99,
    ),
    // Before Kannada labels and headlines right under them: 0.963.
    ("text-kannada-suddi-nagarapalike", InputKind::Text, 0.99),
    (
        "text-magazine-long-read-issue-note-subscribe",
        InputKind::Text,
        0.99,
    ),
    // Before "Powered by": 0.947. Known misses: the VIN look-up widget and the
    // insurance ad between paragraphs.
    (
        "text-vehicle-recall-consumer-site-vin-widget",
        InputKind::Text,
        0.93,
    ),
    // Before "This audio is AI-generated": 0.993.
    (
        "text-what-the-papers-say-press-review",
        InputKind::Text,
        0.99,
    ),
    // Before "is not financial advice": 0.965.
    (
        "html-crypto-news-price-ticker-disclaimer",
        InputKind::Html,
        0.99,
    ),
    // Before Macedonian labels: 0.983.
    ("html-macedonian-vesti-opshtina", InputKind::Html, 0.99),
    // Known miss: the map card's name, address and hours between paragraphs.
    (
        "html-restaurant-closing-food-blog-map-embed",
        InputKind::Html,
        0.97,
    ),
    ("html-welsh-newyddion-cyngor", InputKind::Html, 0.99),
    (
        "html-wildfire-evacuation-update-zones-resources",
        InputKind::Html,
        0.99,
    ),
    // Before Gujarati labels: 0.965.
    ("text-gujarati-samachar-nagarpalika", InputKind::Text, 0.99),
    // Before a source line with paragraphs under it no longer ended the
    // article: 0.890. Known miss: the "Key votes" header.
    (
        "text-parliament-debate-report-speaker-quotes",
        InputKind::Text,
        0.95,
    ),
    // Before a figure's number opened its caption ("Figure 1 | ..."): 0.946.
    // Known miss: the caption's second, longer part.
    (
        "text-science-journal-news-views-references",
        InputKind::Text,
        0.94,
    ),
    // Known miss: a caption ending with its credit in brackets.
    (
        "text-service-status-incident-report-updates",
        InputKind::Text,
        0.97,
    ),
    // Known miss: the reader question form's prompt.
    (
        "text-transit-strike-explainer-what-we-know",
        InputKind::Text,
        0.97,
    ),
    // Before Basque labels: 0.968.
    ("html-basque-albisteak-udala", InputKind::Html, 0.99),
    // Known misses: the donation box between paragraphs, and the "If you go"
    // box's date and time lines.
    (
        "html-community-church-news-event-box",
        InputKind::Html,
        0.94,
    ),
    (
        "html-horse-racing-report-results-racecard",
        InputKind::Html,
        0.99,
    ),
    // Before a "Key points" box under a paragraph summed the article up:
    // 0.944.
    (
        "html-law-firm-blog-court-ruling-disclaimer-cta",
        InputKind::Html,
        0.98,
    ),
    // Known miss: the live radar box.
    (
        "html-weather-blog-forecast-discussion-maps",
        InputKind::Html,
        0.97,
    ),
    // Known miss: the bracket widget between paragraphs.
    (
        "text-esports-match-recap-bracket-widget",
        InputKind::Text,
        0.94,
    ),
    // Before "report brought to you by": 0.937. Known misses: a caption and
    // its credit between sections, and the reader report prompt.
    (
        "text-fishing-report-weekly-lake-conditions",
        InputKind::Text,
        0.94,
    ),
    ("text-press-conference-transcript-qa", InputKind::Text, 0.99),
    // Before Punjabi labels: 0.973.
    ("text-punjabi-khabran-nagar-nigam", InputKind::Text, 0.99),
    // Before an odds box between items no longer opened another article:
    // 0.690. Known misses: the box's title, and the "Up next:" item, whose
    // label reads as a related link's.
    ("text-sports-notebook-column-items", InputKind::Text, 0.91),
    (
        "html-city-news-flash-translate-widget",
        InputKind::Html,
        0.99,
    ),
    // Before headlines right under a related label and Kazakh labels: 0.965.
    // Before figure captions dropped however well they read (one ending
    // "Фото: ... / Name"): 0.980.
    ("html-kazakh-zhanalyqtar-akimat", InputKind::Html, 0.99),
    // Known miss: the verdict box's summary sentence and its "For" label.
    (
        "html-laptop-review-benchmarks-spec-table",
        InputKind::Html,
        0.97,
    ),
    // Before the "Gallery:" label: 0.993.
    (
        "html-museum-blog-collection-object-catalogue-data",
        InputKind::Html,
        0.99,
    ),
    // Known miss: the transcription note after the story.
    (
        "html-newspaper-archive-article-1950s-ocr-note",
        InputKind::Html,
        0.98,
    ),
    // Before appeals after the article (a header, a paragraph and its
    // button): 0.988.
    (
        "text-boil-water-notice-public-health-faq",
        InputKind::Text,
        0.99,
    ),
    // Before radio buttons ("( ) Yes, ...") counted as a form's: 0.910.
    // Before bylines with their writer's role after a comma: 0.922. Known
    // misses: the disclaimer and the letters policy.
    ("text-opinion-debate-for-and-against", InputKind::Text, 0.93),
    // Before Sinhala labels: 0.962.
    ("text-sinhala-puvath-nagara-sabhava", InputKind::Text, 0.99),
    // Known miss: the sportsbook promo between picks.
    (
        "text-sports-draft-tracker-pick-analysis",
        InputKind::Text,
        0.97,
    ),
    // Known miss: the price alert form between paragraphs.
    ("text-travel-deal-airfare-sale-table", InputKind::Text, 0.96),
    // Known miss: the gallery's title ("The shoot").
    (
        "html-celebrity-interview-qa-sidebar-quiz",
        InputKind::Html,
        0.98,
    ),
    // Known miss: the "How to vote" box between sections, whose lines give
    // dates.
    (
        "html-editorial-board-endorsement-ballot-box",
        InputKind::Html,
        0.94,
    ),
    // Before "We're hiring": 0.961. Known miss: the hiring box's paragraph.
    (
        "html-engineering-blog-postmortem-timeline-code",
        InputKind::Html,
        0.97,
    ),
    ("html-khmer-pordamean-sala-krong", InputKind::Html, 0.99),
    // Before "may earn a commission when": 0.963. Known misses: a streaming
    // button inside a pick, and one pick's title.
    (
        "html-tv-listings-what-to-watch-tonight-picks",
        InputKind::Html,
        0.97,
    ),
    (
        "text-extension-service-garden-advice-qa",
        InputKind::Text,
        0.99,
    ),
    (
        "text-health-myth-busting-numbered-subheads",
        InputKind::Text,
        0.98,
    ),
    (
        "text-local-sports-club-news-agm-report",
        InputKind::Text,
        0.99,
    ),
    // Known misses: the first section's title and item, a sponsored item,
    // and the editor's closing note.
    (
        "text-tech-newsletter-issue-link-roundup",
        InputKind::Text,
        0.88,
    ),
    // Before Uzbek labels: 0.953.
    ("text-uzbek-yangiliklar-hokimlik", InputKind::Text, 0.99),
    // Before Amharic source labels ("ምንጭ፦"): 0.988.
    ("html-amharic-zena-mazegaja-bet", InputKind::Html, 0.99),
    // Known misses: an interactive embed's hint and the reporter's contact
    // line.
    (
        "html-datawrapper-chart-embeds-housing-report",
        InputKind::Html,
        0.96,
    ),
    // Before a gallery's slides on one page counted as its text: 0.242.
    (
        "html-magazine-slideshow-all-slides-one-page",
        InputKind::Html,
        0.99,
    ),
    // Known miss: a video card between the quotes.
    (
        "html-sports-team-site-game-recap-box-score-tabs",
        InputKind::Html,
        0.97,
    ),
    (
        "html-university-department-award-announcement",
        InputKind::Html,
        0.99,
    ),
    // Known misses: a showtimes widget between paragraphs and the data
    // credit after the table.
    (
        "text-box-office-weekend-report-top-ten-table",
        InputKind::Text,
        0.95,
    ),
    // Before Hausa labels: 0.965.
    ("text-hausa-labarai-karamar-hukuma", InputKind::Text, 0.99),
    (
        "text-school-closures-snow-day-list-story",
        InputKind::Text,
        0.91,
    ),
    // Before a title over an ad's text went with the ad: 0.950.
    (
        "text-tennis-grand-slam-order-of-play-story",
        InputKind::Text,
        0.96,
    ),
    // Before a label that opens a block chose its kind over other phrases in
    // it ("Tags: ... Ratings"), and "Drink responsibly": 0.903. Known misses:
    // a retailer widget and the rating legend.
    (
        "text-wine-review-tasting-notes-scores",
        InputKind::Text,
        0.92,
    ),
    (
        "html-aggregator-brief-summary-read-full-story",
        InputKind::Html,
        0.99,
    ),
    // Known miss: the recipe's nutrition box.
    (
        "html-food-section-story-with-recipe-at-end",
        InputKind::Html,
        0.97,
    ),
    (
        "html-government-news-release-bilingual-toggle",
        InputKind::Html,
        0.99,
    ),
    // Before figure captions dropped however well they read (one ending
    // "Фото: ... / Name"): 0.976.
    (
        "html-mongolian-medee-zasag-dargyn-tamgyn-gazar",
        InputKind::Html,
        0.99,
    ),
    // Known miss: the log's "presumed innocent" note, a long sentence.
    (
        "html-police-scanner-blog-updates-list",
        InputKind::Html,
        0.96,
    ),
    // Before "may earn a commission if": 0.890. Known misses: a live
    // departures board, a flight status form and an insurance box between
    // paragraphs.
    (
        "text-airport-disruption-story-departures-widget",
        InputKind::Text,
        0.90,
    ),
    // Known misses: a voter guide promo, an election calendar and a
    // sponsor's button between paragraphs.
    (
        "text-candidate-forum-recap-quotes-per-candidate",
        InputKind::Text,
        0.93,
    ),
    // Known misses: an image's alt text, and "The post ... appeared first on
    // ..." after the article.
    (
        "text-feed-reader-article-with-inline-links",
        InputKind::Text,
        0.96,
    ),
    // Before "may earn a commission when": 0.929. Known misses: a greeting
    // cards box between paragraphs and "More explainers".
    (
        "text-religious-holiday-explainer-faq-dates",
        InputKind::Text,
        0.92,
    ),
    // Before Somali labels: 0.950. Known miss: an ad's line under its label.
    ("text-somali-wararka-dowladda-hoose", InputKind::Text, 0.97),
    ("html-jobs-report-inline-svg-charts", InputKind::Html, 0.99),
    // Before figure captions dropped however well they read: 0.978.
    ("html-lao-khao-thesaban", InputKind::Html, 0.99),
    // Known misses: a reader poll's question and options, and a quiz's title,
    // inside the article's container.
    (
        "html-news-article-inline-poll-and-quiz",
        InputKind::Html,
        0.95,
    ),
    ("html-print-friendly-version-page", InputKind::Html, 0.99),
    // Before "About the ..." headed a company's box: 0.935. Known miss: the
    // subheadline.
    (
        "html-published-document-plain-news-release",
        InputKind::Html,
        0.97,
    ),
    // Known miss: the greeting that opens the post.
    (
        "text-crowdfunding-campaign-update-post",
        InputKind::Text,
        0.98,
    ),
    // Before list items between paragraphs could name a day: 0.979.
    (
        "text-housing-authority-waitlist-notice-steps",
        InputKind::Text,
        0.99,
    ),
    // Known misses: a database search form and a sponsored ad between
    // entries, and the last entry.
    (
        "text-restaurant-inspection-scores-weekly-list",
        InputKind::Text,
        0.94,
    ),
    // Known misses: several "Grade: B" lines and a team's name, and an odds
    // box between trades.
    (
        "text-sports-trade-grades-analysis-list",
        InputKind::Text,
        0.94,
    ),
    // Before Yoruba labels: 0.982.
    ("text-yoruba-iroyin-ijoba-ibile", InputKind::Text, 0.99),
    // Known misses: the company's "About" paragraph, and the investor
    // contact block above the tables.
    (
        "html-company-earnings-release-gaap-tables",
        InputKind::Html,
        0.94,
    ),
    (
        "html-local-story-update-note-top-and-correction-end",
        InputKind::Html,
        0.99,
    ),
    (
        "html-magazine-essay-epigraph-and-asides",
        InputKind::Html,
        0.99,
    ),
    (
        "html-science-press-release-embargo-line",
        InputKind::Html,
        0.99,
    ),
    // Before the typo-prompt and rating phrases: 0.983.
    ("html-tajik-khabarho-hukumat", InputKind::Html, 0.99),
    ("text-arabic-windows-1256-akhbar", InputKind::Text, 0.99),
    // Known misses: the ticker, breadcrumb, headline, byline and date above
    // the story, an inline teaser and a caption. Before Burmese labels: 0.895.
    ("text-burmese-thadin-myo-nei", InputKind::Text, 0.89),
    // Known miss: the readers' editor's contact paragraph.
    (
        "text-corrections-and-clarifications-column",
        InputKind::Text,
        0.95,
    ),
    // Known misses: a live blog teaser and a betting odds promo between
    // paragraphs.
    (
        "text-cycling-stage-report-gc-standings",
        InputKind::Text,
        0.97,
    ),
    // Known miss: the promos after the last notice. Before ads' boxes under
    // their labels: 0.888.
    (
        "text-deaths-column-several-obituaries",
        InputKind::Text,
        0.92,
    ),
    // Known misses: the difficulty box and price lines under tools.
    ("text-diy-how-to-tools-list-steps", InputKind::Text, 0.96),
    // Known misses: the player cards (name, position, rostered share and a
    // stats table) and a sportsbook box between entries.
    (
        "text-fantasy-football-waiver-wire-player-entries",
        InputKind::Text,
        0.80,
    ),
    ("text-galician-noticias-concello", InputKind::Text, 0.99),
    // Before Kurdish labels: 0.955.
    ("text-kurdish-sorani-hewal-sharewani", InputKind::Text, 0.99),
    // Before Luxembourgish labels: 0.979.
    (
        "text-luxembourgish-noriichten-gemeng",
        InputKind::Text,
        0.99,
    ),
    // Known miss: a playlist widget between paragraphs. Before longer list
    // labels: 0.882.
    (
        "text-music-festival-lineup-announcement",
        InputKind::Text,
        0.94,
    ),
    // Before Pashto labels: 0.888.
    ("text-pashto-khabaroona-sharwali", InputKind::Text, 0.99),
    // Known miss: the hero caption and its credit.
    (
        "text-stock-market-midday-movers-list",
        InputKind::Text,
        0.97,
    ),
    // Known miss: the columnist's closing line. Before lists that start no
    // other article: 0.737; before questions followed by a mail address
    // asked readers to write in (a photo promo): 0.929.
    (
        "text-weather-almanac-daily-climate-records",
        InputKind::Text,
        0.97,
    ),
    // Known miss: the reporter's contact line.
    (
        "text-zoning-hearing-story-legal-notices-box",
        InputKind::Text,
        0.97,
    ),
    ("text-zulu-izindaba-kamasipala", InputKind::Text, 0.99),
    ("html-belarusian-naviny-rajvykankam", InputKind::Html, 0.99),
    ("html-big5-traditional-chinese-news", InputKind::Html, 0.99),
    // Before date headings: 0.944; before questions followed by a mail
    // address asked readers to write in: 0.983.
    (
        "html-community-calendar-events-listing-page",
        InputKind::Html,
        0.99,
    ),
    // Known miss: the one-sentence paragraph "The new fiscal year begins July 1."
    (
        "html-government-budget-story-pdf-download-cards",
        InputKind::Html,
        0.98,
    ),
    // Before Irish labels: 0.832.
    ("html-irish-nuacht-comhairle-contae", InputKind::Html, 0.99),
    ("html-korean-euc-kr-news", InputKind::Html, 0.99),
    ("html-kyrgyz-zhanylyktar-meriya", InputKind::Html, 0.99),
    // Before Maltese labels: 0.976.
    (
        "html-maltese-ahbarijiet-kunsill-lokali",
        InputKind::Html,
        0.99,
    ),
    // Known miss: the keyword list above the introduction. Before journal
    // back-matter headers and the citations rule: 0.776.
    (
        "html-medical-journal-article-abstract-page",
        InputKind::Html,
        0.96,
    ),
    // Known miss: a market data table between paragraphs. Before tooltip
    // and popover classes: 0.911.
    (
        "html-news-story-hover-cards-inline-definitions",
        InputKind::Html,
        0.94,
    ),
    // Before arrows of change: 0.934.
    (
        "html-nfl-style-power-rankings-team-blurbs",
        InputKind::Html,
        0.99,
    ),
    (
        "html-property-transfers-weekly-records-list",
        InputKind::Html,
        0.99,
    ),
    // Known miss: some "Where to watch" buttons with a trial offer. Before
    // date headings: 0.905.
    (
        "html-streaming-whats-new-this-week-list",
        InputKind::Html,
        0.95,
    ),
    // Known misses: the "Wedding" labels, and a couple's names that a
    // caption repeats.
    (
        "html-wedding-engagement-announcements-page",
        InputKind::Html,
        0.97,
    ),
    // Before the contact block's labels: 0.817.
    (
        "text-german-polizei-pressemitteilung-rueckfragen",
        InputKind::Text,
        0.98,
    ),
    // Before Kinyarwanda labels: 0.969.
    ("text-kinyarwanda-amakuru-akarere", InputKind::Text, 0.99),
    (
        "text-korean-news-triangle-bullet-items",
        InputKind::Text,
        0.99,
    ),
    // Known misses: a results search form between paragraphs, and the last
    // paragraph.
    (
        "text-marathon-results-story-top-finishers-list",
        InputKind::Text,
        0.93,
    ),
    // Known miss: "Add to calendar" under the list. Before introduced lists
    // of dates weighed nothing: 0.940.
    (
        "text-sports-schedule-announcement-fixture-list",
        InputKind::Text,
        0.98,
    ),
    ("html-bosnian-vijesti-opcina", InputKind::Html, 0.99),
    // Known miss: the price history widget's title and figures, and the
    // prices note.
    (
        "html-deals-post-price-history-widget",
        InputKind::Html,
        0.96,
    ),
    (
        "html-finance-article-quote-header-change-arrows",
        InputKind::Html,
        0.99,
    ),
    // Known miss: the display equation. Before formulas read inline: 0.952.
    (
        "html-science-news-with-mathml-equations",
        InputKind::Html,
        0.98,
    ),
    // Before date headings: 0.943.
    ("html-timeline-story-key-dates-list", InputKind::Html, 0.99),
    // Before Assamese labels: 0.983.
    ("text-assamese-batori-pouroxobha", InputKind::Text, 0.99),
    // Before Cebuano labels: 0.975.
    ("text-cebuano-balita-lungsod", InputKind::Text, 0.99),
    // Before Igbo labels: 0.955.
    ("text-igbo-akuko-kansul", InputKind::Text, 0.99),
    // Before Malagasy labels: 0.973.
    ("text-malagasy-vaovao-kaominina", InputKind::Text, 0.99),
    // Before Odia labels: 0.980.
    ("text-odia-khabar-pourapalika", InputKind::Text, 0.99),
    ("html-dhivehi-khabaru-kaunsil", InputKind::Html, 0.99),
    ("html-haitian-creole-nouvel-komin", InputKind::Html, 0.99),
    // Before Javanese labels: 0.969.
    ("html-javanese-warta-kabupaten", InputKind::Html, 0.99),
    ("html-west-frisian-nijs-gemeente", InputKind::Html, 0.99),
    // At the start of the stop: 0.872.
    ("html-xhosa-iindaba-kamasipala", InputKind::Html, 0.99),
    // Before newsletter follow-up phrases: 0.948.
    (
        "text-news-story-continues-below-ad-trending",
        InputKind::Text,
        0.99,
    ),
    // Before the disclosure phrase: 0.824.
    (
        "text-stock-analysis-article-disclosure-promo",
        InputKind::Text,
        0.84,
    ),
    ("text-wiki-news-sources-categories", InputKind::Text, 0.99),
    // Before the Russian follow prompt: 0.977.
    (
        "text-russian-novosti-chitaite-takzhe",
        InputKind::Text,
        0.99,
    ),
    // Before headlines of boxes inside the article: 0.975. Known misses: the
    // author's card after the last paragraph (a name in capitals, a desk and a
    // handle) and two follow prompts, which a sign-up call under the name
    // keeps from passing for another article's opening.
    (
        "text-spanish-te-puede-interesar-google-news",
        InputKind::Text,
        0.99,
    ),
    // Before the Indonesian WhatsApp prompt phrases: 0.970.
    (
        "text-indonesian-baca-juga-scroll-to-continue",
        InputKind::Text,
        0.99,
    ),
    // Before the share plugin's label: 0.997.
    (
        "html-wordpress-classic-theme-archives-calendar",
        InputKind::Html,
        0.99,
    ),
    (
        "html-many-article-elements-teaser-cards",
        InputKind::Html,
        0.99,
    ),
    (
        "html-school-district-news-aspnet-table-layout",
        InputKind::Html,
        0.99,
    ),
    (
        "html-opinion-page-paywall-meter-modals",
        InputKind::Html,
        0.99,
    ),
    // Before the live-blog promo phrase: 0.919.
    (
        "text-football-transfer-story-player-profile-box",
        InputKind::Text,
        0.92,
    ),
    // Before boxes' subheadings and the syndication credit: 0.979.
    (
        "text-german-nachrichten-mehr-zum-thema",
        InputKind::Text,
        0.99,
    ),
    // Before alt text in brackets echoes its caption: 0.959. Before a line of
    // a few words under a box's bulleted headlines was its subheading, however
    // low it scored: 0.993. A box's badge ("Article réservé aux abonnés") is
    // no headline to measure its subheading by: without that rule, 0.986.
    (
        "text-french-actualite-a-lire-aussi-abonnes",
        InputKind::Text,
        0.99,
    ),
    ("text-japanese-news-kanren-kiji-box", InputKind::Text, 0.99),
    // Before Portuguese ad and newsletter phrases: 0.955.
    (
        "text-portuguese-brasil-leia-mais-canal-whatsapp",
        InputKind::Text,
        0.99,
    ),
    // Before the Persian photo label: 0.971.
    (
        "text-persian-khabar-bishtar-bekhanid",
        InputKind::Text,
        0.99,
    ),
    // Before Czech related labels: 0.937.
    ("text-czech-zpravy-souvisejici-box", InputKind::Text, 0.99),
    // Before the news tip phrase: 0.987.
    (
        "html-news-story-div-paragraphs-outbrain-widget",
        InputKind::Html,
        0.99,
    ),
    (
        "html-press-agency-story-language-switcher-licensing",
        InputKind::Html,
        0.99,
    ),
    (
        "html-wordpress-newspaper-theme-td-modules",
        InputKind::Html,
        0.99,
    ),
    (
        "text-business-news-listen-article-most-read-top",
        InputKind::Text,
        0.96,
    ),
    (
        "text-travel-news-airline-strike-faq-rights",
        InputKind::Text,
        0.96,
    ),
    // Before descriptions in brackets count as alt text: 0.932.
    (
        "text-tech-how-to-numbered-steps-screenshots",
        InputKind::Text,
        0.96,
    ),
    // Before the ad report phrase: 0.965.
    (
        "text-blog-post-affiliate-disclosure-jump-links",
        InputKind::Text,
        0.95,
    ),
    // Before video prompt and commission phrases: 0.918.
    (
        "text-showbiz-story-video-shop-the-look",
        InputKind::Text,
        0.93,
    ),
    // Before linked teasers under a related phrase: 0.956.
    (
        "html-italian-notizie-leggi-anche-iubenda",
        InputKind::Html,
        0.99,
    ),
    // Before the Portuguese channel prompt: 0.986.
    (
        "html-portuguese-brasil-veja-tambem-videos",
        InputKind::Html,
        0.99,
    ),
    (
        "html-news-article-disqus-reactions-fallback",
        InputKind::Html,
        0.99,
    ),
    (
        "html-hugo-static-blog-post-toc-utterances",
        InputKind::Html,
        0.99,
    ),
    (
        "html-sports-club-news-match-centre-widget",
        InputKind::Html,
        0.99,
    ),
    // Known miss: the menu's short lines. Before fine print under a
    // disclaimer's header: 0.000.
    (
        "text-meal-plan-menu-lists-and-disclaimer",
        InputKind::Text,
        0.61,
    ),
    (
        "html-security-advisory-affected-versions-table",
        InputKind::Html,
        0.99,
    ),
    // Known miss: the two footnotes under the list.
    (
        "text-portuguese-calendario-temporada-etapas",
        InputKind::Text,
        0.92,
    ),
    ("html-sports-injury-report-by-team", InputKind::Html, 0.99),
    // Before name and paper credits after a sentence: 0.959; before
    // questions followed by a mail address asked readers to write in: 0.971.
    (
        "text-reader-mailbag-questions-and-answers",
        InputKind::Text,
        0.99,
    ),
    // Before subheadings that name a day: 0.990.
    (
        "html-wix-style-site-news-post-div-soup",
        InputKind::Html,
        0.99,
    ),
    // Before bulleted lists of labelled facts: 0.585.
    (
        "text-german-verkehr-baustellen-sperrungen-liste",
        InputKind::Text,
        0.99,
    ),
    // Known miss: the product name of a buy widget after the verdict.
    (
        "html-product-comparison-article-vs-table",
        InputKind::Html,
        0.98,
    ),
    // Before gallery labels, name and paper credits after a sentence,
    // and bios of two bylined authors: 0.943.
    (
        "text-local-photo-gallery-numbered-captions-story",
        InputKind::Text,
        0.99,
    ),
    // Known miss: the donation line above the button. Before quote
    // figures: 0.973.
    (
        "html-squarespace-style-blog-post-summary-blocks",
        InputKind::Html,
        0.97,
    ),
    // Before figure captions dropped however well they read: 0.979.
    ("html-joomla-article-with-modules", InputKind::Html, 0.99),
    (
        "text-health-blog-medical-disclaimer-after-article",
        InputKind::Text,
        0.99,
    ),
    // Known miss: two headings in a row under the contents box. Before
    // edit links were skipped: 0.972.
    ("html-mediawiki-article-page", InputKind::Html, 0.98),
    // Before schedules by day: 0.645.
    ("text-school-lunch-menu-weekly-list", InputKind::Text, 0.99),
    // Before figure captions dropped however well they read: 0.981.
    ("html-tumblr-post-notes-reblogs", InputKind::Html, 0.99),
    // Before a schedule that ends the article joined its region: 0.302.
    (
        "text-sports-tv-listings-this-weekend",
        InputKind::Text,
        0.99,
    ),
    ("html-japanese-ameba-style-blog-post", InputKind::Html, 0.99),
    // Before questions followed by a mail address asked readers to write
    // in: 0.982.
    (
        "text-french-agenda-culturel-sorties-semaine",
        InputKind::Text,
        0.99,
    ),
    (
        "html-minimal-og-page-very-short-article",
        InputKind::Html,
        0.99,
    ),
    // Known miss: a title repeated in the sidebar. Before capitalised lines
    // of scraped text could name a day as subheadings: 0.984.
    (
        "text-church-bulletin-weekly-announcements",
        InputKind::Text,
        0.98,
    ),
    ("html-webflow-blog-post-rich-text", InputKind::Html, 0.99),
    // Known miss: the live results promo between the table and a
    // paragraph. Before a Spanish call to subscribe: 0.927.
    (
        "text-spanish-resultados-electorales-municipales-tabla",
        InputKind::Text,
        0.94,
    ),
    // Before a paragraph in italics under a picture was its caption: 0.979.
    (
        "html-shopify-blog-article-product-grid",
        InputKind::Html,
        0.99,
    ),
    // Known miss: the recipe card's credit line.
    // Before Italian recipe, print and affiliate phrases: 0.885.
    (
        "text-italian-ricetta-blog-ingredienti-procedimento",
        InputKind::Text,
        0.96,
    ),
    // Known misses: a heading repeated in the infobox and the sidebar,
    // and a lead-in ending with a reference mark.
    (
        "html-wiki-vector-2022-article-navboxes",
        InputKind::Html,
        0.97,
    ),
    // Known misses: the lead above the contents list, two headings in a
    // row, paragraphs ending with reference marks, and the citations.
    (
        "text-wiki-article-scraped-edit-links-references",
        InputKind::Text,
        0.69,
    ),
    (
        "html-news-paywall-truncated-jsonld-articlebody",
        InputKind::Html,
        0.99,
    ),
    // Known miss: the app prompt's second line. Before times above update
    // titles and Dutch phrases: 0.937; before times over short updates:
    // 0.964.
    ("text-dutch-liveblog-tijden-updates", InputKind::Text, 0.98),
    (
        "html-spanish-noticia-con-despiece-lateral",
        InputKind::Html,
        0.99,
    ),
    // Before the Turkish share label: 0.997.
    (
        "text-turkish-spor-mac-raporu-kadrolar",
        InputKind::Text,
        0.99,
    ),
    ("html-hubspot-blog-post-cta-modules", InputKind::Html, 0.99),
    // Before lines wholly in quotation marks were searched for as pull quotes:
    // 0.906; before a bio after most of the body closed the article, however
    // much followed it: 0.926. Known misses: a pull quote, a newsletter's
    // pitch and the issue note.
    (
        "text-magazine-interview-pull-quotes-repeated",
        InputKind::Text,
        0.96,
    ),
    // Known misses: two subheadings in a div whose class names a header.
    ("html-notion-site-page-div-blocks", InputKind::Html, 0.97),
    (
        "text-forum-thread-first-post-and-replies",
        InputKind::Text,
        0.99,
    ),
    (
        "html-typo3-german-stadt-news-ce-bodytext",
        InputKind::Html,
        0.96,
    ),
    // Known misses: an inline teaser, the recipe card's rating, buttons, dish
    // and cuisine labels, nutrition lines, and the prompt to report on the
    // recipe. Before the recipe card labels in German: 0.920.
    (
        "text-german-rezept-blog-zutaten-zubereitung",
        InputKind::Text,
        0.94,
    ),
    // Known misses: the publication reference is kept, the quote's
    // attribution dropped.
    (
        "html-drupal-field-body-news-paragraphs",
        InputKind::Html,
        0.96,
    ),
    (
        "text-newsletter-post-scraped-subscribe-prompts",
        InputKind::Text,
        0.98,
    ),
    ("html-nuxt-vue-news-data-v-attrs", InputKind::Html, 0.99),
    // Known misses: a slider's labels and caption, an ad's text and a long
    // reader prompt.
    (
        "text-local-history-column-then-and-now-photos",
        InputKind::Text,
        0.93,
    ),
    // Before Adobe's cmp- components were told from consent boxes: 0.000
    // (nothing was kept).
    (
        "html-aem-corporate-newsroom-cmp-text",
        InputKind::Html,
        0.99,
    ),
    (
        "text-medium-style-post-scraped-member-only",
        InputKind::Text,
        0.96,
    ),
    // Before a highlighter's classes in code lent no hints: 0.954.
    (
        "html-hatena-style-japanese-blog-entry",
        InputKind::Html,
        0.99,
    ),
    // Known misses: the greeting taken for the headline, closing lines that end
    // in emoji, a caption.
    (
        "text-korean-blog-post-scraped-short-lines",
        InputKind::Text,
        0.92,
    ),
    (
        "html-divi-builder-wordpress-post-et-pb-modules",
        InputKind::Html,
        0.96,
    ),
    (
        "text-community-event-recap-sponsors-thanks",
        InputKind::Text,
        0.99,
    ),
    // Before "listeners like you" marked an appeal: 0.922. Known misses: boxes
    // inside the body (a promo's description, a pull quote and its caption, an
    // audio player's title).
    (
        "html-brightspot-news-rich-text-body-enhancements",
        InputKind::Html,
        0.93,
    ),
    // Before a question and a mail address asked readers to write in: 0.954.
    // Known misses: the author's note without a label and the opinion
    // disclaimer.
    ("text-polish-felieton-czytaj-takze", InputKind::Text, 0.95),
    (
        "html-livejournal-style-entry-with-comments",
        InputKind::Html,
        0.99,
    ),
    // Before a question and a mail address asked readers to write in: 0.992.
    (
        "text-explainer-faq-and-timeline-sections",
        InputKind::Text,
        0.99,
    ),
    // Before a subheading's anchorWithStickyNavbar class was no navigation:
    // 0.983. Known miss: a subheading that repeats the headline's words.
    (
        "html-docusaurus-blog-post-edit-this-page",
        InputKind::Html,
        0.98,
    ),
    // Before the line under a picture's file name was its caption: 0.982.
    (
        "text-wordpress-blog-scraped-sidebar-before-content",
        InputKind::Text,
        0.99,
    ),
    // Known miss: the quote's attribution, a caption made of links.
    (
        "html-indieweb-h-entry-webmentions-facepile",
        InputKind::Html,
        0.97,
    ),
    (
        "text-amp-news-scraped-close-share-chrome",
        InputKind::Text,
        0.99,
    ),
    // Before a paragraph ended a colon's list: 0.968.
    (
        "html-sharepoint-modern-news-page-canvas",
        InputKind::Html,
        0.97,
    ),
    // Before times over short updates and minutes with an ordinal dot: 0.932.
    (
        "text-german-liveticker-fussball-minuten",
        InputKind::Text,
        0.98,
    ),
    (
        "html-yoast-faq-block-and-ez-toc-post",
        InputKind::Html,
        0.99,
    ),
    // Known misses: the Pros and Cons subheadings and repeated rating lines are
    // dropped; a price note, image descriptions and a newsletter's blurb are
    // kept.
    (
        "text-product-comparison-review-long-table",
        InputKind::Text,
        0.91,
    ),
    // Known misses: the recipe card's labels, rating, nutrition heading and
    // prompts in Portuguese. Before the recipe card labels in Portuguese:
    // 0.937.
    (
        "html-portuguese-receita-blog-wprm-card",
        InputKind::Html,
        0.95,
    ),
    (
        "text-news-story-mega-footer-about-paragraphs",
        InputKind::Text,
        0.99,
    ),
    // Before a paragraph in italics under a picture was its caption: 0.987.
    ("html-jekyll-minima-blog-post", InputKind::Html, 0.99),
    // Before bracketed photo and related labels: 0.883. Known miss: the
    // lead photo's caption.
    (
        "text-japanese-portal-news-kanren-comments",
        InputKind::Text,
        0.97,
    ),
    // Before Chinese photographer marks closed captions: 0.878.
    (
        "html-chinese-news-portal-utf8-heavy-related",
        InputKind::Html,
        0.99,
    ),
    // Known miss: the summary box under the byline.
    (
        "text-indian-english-news-portal-heavy-chaff",
        InputKind::Text,
        0.95,
    ),
    (
        "html-bootstrap-county-emergency-alert-page",
        InputKind::Html,
        0.99,
    ),
    (
        "text-football-club-site-news-scraped",
        InputKind::Text,
        0.99,
    ),
    // Before code lines between paragraphs were kept whatever their figures:
    // 0.941.
    (
        "html-quarto-data-blog-post-code-cells",
        InputKind::Html,
        0.98,
    ),
    (
        "text-science-blog-figure-captions-numbered",
        InputKind::Text,
        0.99,
    ),
    (
        "html-russian-novosti-utf8-modern-cards",
        InputKind::Html,
        0.99,
    ),
    // Known miss: a picture's alt text and caption, apart from their credit.
    (
        "text-car-news-specs-list-and-gallery",
        InputKind::Text,
        0.96,
    ),
    (
        "html-wordpress-block-theme-post-wp-block-classes",
        InputKind::Html,
        0.99,
    ),
    // Known misses: image titles over the steps, download
    // buttons, vote lines, a tip form, the Expert Q&A and a video notice are
    // kept; two part headings under an ad label are dropped.
    ("text-how-to-steps-tips-warnings", InputKind::Text, 0.81),
    // Known misses: three captions in unclassed divs, a bold subheading joined
    // to its paragraph.
    (
        "html-weebly-site-blog-post-wsite-paragraphs",
        InputKind::Html,
        0.96,
    ),
    (
        "text-government-consultation-have-your-say",
        InputKind::Text,
        0.98,
    ),
    // Known misses: a tip line, the sign-off, a poll and a referral box after
    // the last item.
    (
        "html-beehiiv-style-newsletter-web-post",
        InputKind::Html,
        0.93,
    ),
    // Known miss: two section titles repeated in the sidebar. Before dated
    // items under a plain header were the article's: 0.960 (the paragraph
    // under them was lost).
    (
        "text-school-newsletter-principal-message-dates",
        InputKind::Text,
        0.97,
    ),
    // Known misses: four subheadings in plain divs, two captions beside their
    // images.
    (
        "html-tilda-builder-page-t-text-blocks",
        InputKind::Html,
        0.94,
    ),
    // Before capitalised lines of scraped text could name a day as subheadings:
    // 0.968. Known miss: the line asking for results.
    (
        "text-local-league-results-roundup-scores",
        InputKind::Text,
        0.97,
    ),
    // Known misses: the fact box's title and one of its items.
    ("html-norwegian-nyheter-utf8-local", InputKind::Html, 0.98),
    // Known misses: a Pinterest prompt, hotel boxes and an insurance promo
    // shaped like a section.
    ("text-spanish-blog-viajes-consejos", InputKind::Text, 0.91),
    // Known miss: four one-word subheadings repeated in the page's contents
    // list.
    (
        "html-gitbook-style-docs-changelog-page",
        InputKind::Html,
        0.96,
    ),
    // Known misses: the post's title and a sign-up box.
    (
        "text-reddit-style-thread-self-post-comments",
        InputKind::Text,
        0.95,
    ),
    (
        "html-hugo-academic-research-group-news",
        InputKind::Html,
        0.99,
    ),
    // Known misses: the recipe card's title, buttons and nutrition note, and
    // the prompt, bio and first teaser after the body. Before the recipe
    // card labels and affiliate note in French: 0.882.
    ("text-french-blog-recette-etapes", InputKind::Text, 0.99),
    (
        "html-joomla-4-cassiopeia-municipal-news",
        InputKind::Html,
        0.99,
    ),
    // Known misses: an ad line and an embed label. Before a time under an
    // update's share row, over its author, headed the update: 0.904.
    (
        "text-tech-news-live-event-keynote-updates",
        InputKind::Text,
        0.97,
    ),
    // Before code lines between paragraphs were kept and line numbers hidden:
    // 0.943.
    ("html-mkdocs-material-tutorial-page", InputKind::Html, 0.98),
    // Known miss: a caption ending in "(foto ...)" between paragraphs.
    (
        "text-italian-news-cronaca-sport-locale",
        InputKind::Text,
        0.97,
    ),
    (
        "html-wordpress-astra-elementor-news-post",
        InputKind::Html,
        0.99,
    ),
    (
        "text-polish-city-portal-news-objazdy",
        InputKind::Text,
        0.99,
    ),
    // Known misses: two section headings that open with a date (one was kept
    // as an item of the list above it until a paragraph ended such lists).
    (
        "html-google-docs-published-newsletter-generic-classes",
        InputKind::Html,
        0.97,
    ),
    // Before labelled items under a paragraph were kept inside the article:
    // 0.977. Known miss: the columnist's name over her bio.
    (
        "text-night-sky-astronomy-column-dated-events",
        InputKind::Text,
        0.98,
    ),
    (
        "html-wagtail-streamfield-news-post-blocks",
        InputKind::Html,
        0.99,
    ),
    // Before contact lines under a label stopped counting as a list, and a
    // drawn list ended at its first blank line: 0.763.
    (
        "text-estonian-vallavalitsus-uudised-lisainfo",
        InputKind::Text,
        0.99,
    ),
    (
        "html-arc-composer-story-continues-newsletter-card",
        InputKind::Html,
        0.99,
    ),
    // Known miss: the lists of names by hometown, which read as lines of
    // capitalised names, end the article after its first college.
    (
        "text-weekly-paper-deans-list-names-by-hometown",
        InputKind::Text,
        0.42,
    ),
    // Before a code block's file name and its Copy button were dropped: 0.979.
    (
        "html-gatsby-mdx-dev-blog-admonitions-series-nav",
        InputKind::Html,
        0.99,
    ),
    // Known miss: the donation appeal after the last paragraph, with its row of
    // bracketed buttons.
    (
        "text-lifeboat-station-callout-log-crew-names",
        InputKind::Text,
        0.95,
    ),
    // Before an aside between two paragraphs stopped ending the article: 0.935
    // (the lead was lost).
    (
        "html-state-legislature-bill-tracker-roll-call-table",
        InputKind::Html,
        0.99,
    ),
    (
        "text-art-auction-results-top-lots-gallery",
        InputKind::Text,
        0.99,
    ),
    (
        "html-sphinx-read-the-docs-library-guide-page",
        InputKind::Html,
        0.99,
    ),
    (
        "text-chess-tournament-report-round-by-round-standings",
        InputKind::Text,
        0.99,
    ),
    // Before a notebook's prompts were hidden: 0.967.
    (
        "html-jupyter-notebook-exported-data-blog-post",
        InputKind::Html,
        0.99,
    ),
    (
        "text-ski-resort-snow-report-lift-status",
        InputKind::Text,
        0.99,
    ),
    // Before a colon's list stopped at the content's edge and contact labels
    // were phrases: 0.951.
    (
        "html-lithuanian-naujienos-savivaldybe",
        InputKind::Html,
        0.99,
    ),
    // Before the Faroese related label was a phrase: 0.978.
    ("text-faroese-tidindi-kommuna", InputKind::Text, 0.99),
    // Before margin notes were hidden and a quote's footer stopped counting as
    // the page's: 0.893. Known miss: the subtitle under the headline.
    (
        "html-tufte-style-essay-sidenotes-margin-notes",
        InputKind::Html,
        0.97,
    ),
    // Before a row of bracketed form controls was dropped: 0.971.
    (
        "text-air-quality-alert-pollen-aqi-forecast-table",
        InputKind::Text,
        0.98,
    ),
    // Before a colon's list stopped at the post's tags: 0.993.
    (
        "html-hashnode-style-dev-blog-post-series-reactions",
        InputKind::Html,
        0.99,
    ),
    // Known miss: the listings after the review, past an ad and a booking
    // widget, are lost.
    (
        "text-theatre-whats-on-column-listings-and-review",
        InputKind::Text,
        0.74,
    ),
    // Before this stop's rules on a colon's list and the Slovenian gallery
    // and credit labels: 0.956.
    (
        "html-slovenian-novice-obcina-galerija",
        InputKind::Html,
        0.99,
    ),
    (
        "text-welsh-newyddion-ysgol-cyngor-sir",
        InputKind::Text,
        0.99,
    ),
    (
        "html-github-pages-project-release-announcement",
        InputKind::Html,
        0.99,
    ),
    (
        "text-hiking-trail-conditions-report-closures-list",
        InputKind::Text,
        0.99,
    ),
    // Before a subheading's anchor class stopped reading as the page's
    // header: 0.982.
    (
        "html-substack-style-post-footnotes-paywall-divider",
        InputKind::Html,
        0.99,
    ),
    // Before a short slug in brackets was dropped: 0.938. Known miss: a ruled
    // how-to-take-part box between paragraphs leaks in part, and the sponsor
    // line after the last paragraph.
    (
        "text-bird-count-census-results-species-tallies",
        InputKind::Text,
        0.93,
    ),
    // Before a pull quote was dropped whatever its neighbours, with its cited
    // speaker: 0.966. Known miss: a pull quote repeating a sentence further
    // up than the search reaches, and its speaker.
    (
        "html-craft-cms-university-feature-matrix-blocks",
        InputKind::Html,
        0.97,
    ),
    (
        "text-humanitarian-situation-report-key-figures",
        InputKind::Text,
        0.98,
    ),
    // Before this stop's rules on a colon's list: 0.964; before a paragraph
    // ended such a list: 0.982.
    (
        "html-google-sites-classic-page-news-post",
        InputKind::Html,
        0.99,
    ),
    (
        "text-signing-day-list-athletes-colleges-story",
        InputKind::Text,
        0.99,
    ),
    (
        "html-ghost-casper-theme-post-koenig-cards",
        InputKind::Html,
        0.99,
    ),
    (
        "text-crop-progress-weekly-farm-report-table",
        InputKind::Text,
        0.99,
    ),
    // Before a colon's list stopped at the content's edge: 0.928; at a
    // paragraph: 0.969. Known miss: the summary under the
    // headline.
    (
        "html-public-health-condition-page-page-last-reviewed",
        InputKind::Html,
        0.96,
    ),
    (
        "text-commencement-speech-honorary-degrees-list",
        InputKind::Text,
        0.99,
    ),
    // Before a code block's language label was dropped: 0.935. Known misses:
    // code-group tab labels run together, and a warning box's title.
    (
        "html-vitepress-docs-guide-page-outline",
        InputKind::Html,
        0.96,
    ),
    (
        "text-library-new-books-staff-picks-column",
        InputKind::Text,
        0.99,
    ),
    ("html-bengali-khobor-pourosabha-utf8", InputKind::Html, 0.99),
    // Before a credit's quoted outlet after a slash was read as a credit:
    // 0.983.
    ("text-latvian-zinas-novads-dome", InputKind::Text, 0.99),
    (
        "html-academic-blog-post-citations-bibtex-box",
        InputKind::Html,
        0.99,
    ),
    // Known miss: a labelled list of school-closing links and a credit line
    // under a doubled caption.
    (
        "text-hurricane-advisory-story-watches-warnings-list",
        InputKind::Text,
        0.95,
    ),
    // Known miss: a newsletter box inside the body's div, with the same
    // utility classes.
    (
        "html-astro-tailwind-utility-classes-plain-div-body",
        InputKind::Html,
        0.95,
    ),
    // Before pin-for-later prompts: 0.920. Known misses: the table of
    // contents' day items and map labels between the paragraphs.
    (
        "text-travel-itinerary-day-by-day-booking-widgets-pin-prompts",
        InputKind::Text,
        0.92,
    ),
    (
        "html-wordpress-html5-comment-articles-nav-aside",
        InputKind::Html,
        0.99,
    ),
    // Before Bluesky handles signed posts and a newsletter's title went with
    // its prompt: 0.975.
    (
        "text-political-news-embedded-x-bluesky-posts",
        InputKind::Text,
        0.98,
    ),
    (
        "html-nextjs-css-modules-story-continues-recirc-rail",
        InputKind::Html,
        0.98,
    ),
    // Before "Key takeaways" under the paragraphs summed them up: 0.877. Known
    // miss: the members-only box's sentence.
    (
        "text-society-conference-recap-members-only-sponsors",
        InputKind::Text,
        0.96,
    ),
    // Before page builders' call-to-action boxes were promos: 0.976.
    (
        "html-wordpress-avada-fusion-builder-post-sliding-bar",
        InputKind::Html,
        0.99,
    ),
    // Known miss: a donate strip's appeal paragraph between two sections.
    (
        "html-umbraco-grid-charity-news-donate-modules-cookie-control",
        InputKind::Html,
        0.96,
    ),
    (
        "text-docs-guide-sidebar-tree-admonitions-feedback",
        InputKind::Text,
        0.97,
    ),
    // Before a chart printed line by line went with its "Chart:" credit:
    // 0.842. Known miss: a county look-up widget's hint sentence.
    (
        "text-data-story-w3m-chart-axes-legends-sources",
        InputKind::Text,
        0.97,
    ),
    (
        "html-wordpress-bricks-local-news-read-also-card-ad-slots-most-viewed",
        InputKind::Html,
        0.99,
    ),
    (
        "text-youth-league-team-site-sponsor-logos-gallery-upcoming-games",
        InputKind::Text,
        0.99,
    ),
    (
        "html-generatepress-generateblocks-toc-newsletter-form-author-box-post-nav",
        InputKind::Html,
        0.99,
    ),
    // Before a button's "Join today" started no other article: 0.405. Known
    // misses: the club promo box between paragraphs and the disclaimer after
    // the body.
    (
        "text-vet-clinic-pet-health-blog-book-appointment-reviews-widget-three-practices",
        InputKind::Text,
        0.93,
    ),
    // Before a correction note above the body was kept: 0.978.
    (
        "html-django-news-sections-figures-correction-aside",
        InputKind::Html,
        0.99,
    ),
    // Known miss: an app-download prompt between paragraphs.
    (
        "text-radio-station-wire-story-schedule-contest",
        InputKind::Text,
        0.97,
    ),
    (
        "html-portuguese-portal-regional-leia-tambem-links-mais-lidas",
        InputKind::Html,
        0.99,
    ),
    // Before 'Te recomendamos' headed teasers: 0.975; before a lead-in ending
    // with a colon counted where the article goes on under a box: 0.985.
    (
        "text-spanish-futbol-datos-del-partido-video-comentarios",
        InputKind::Text,
        0.99,
    ),
    // Before the feminine "réservée aux abonnés": 0.985.
    (
        "html-french-national-lire-aussi-paywall-abonnes-contribuer",
        InputKind::Html,
        0.99,
    ),
    // Known misses: the update times, each under the previous update's share
    // line, and the live blog's own controls.
    (
        "text-italian-diretta-incendio-aggiorna-leggi-anche",
        InputKind::Text,
        0.98,
    ),
    // Before code line numbers were hidden and Chirpy's callouts shown: 0.961.
    (
        "html-jekyll-chirpy-post-panel-toc-rouge-lineno-further-reading",
        InputKind::Html,
        0.99,
    ),
    (
        "text-hospital-patient-story-media-contact-about-related-news",
        InputKind::Text,
        0.99,
    ),
    // Before Kadence's heading and accordion classes said nothing: 0.753.
    // Known misses: two accordion questions inside buttons, a newsletter box's
    // pitch.
    (
        "html-wordpress-kadence-blocks-rowlayout-infobox-accordion-faq-ad-inserter-slots",
        InputKind::Html,
        0.96,
    ),
    (
        "text-how-to-fix-laptop-not-charging-continue-reading-below-helpful-widget-comments",
        InputKind::Text,
        0.98,
    ),
    // Before code lines between paragraphs were kept: 0.961. Known miss: the
    // code tabs' labels, which are buttons.
    (
        "html-mintlify-docs-webhooks-guide-code-tabs-callouts-feedback",
        InputKind::Html,
        0.97,
    ),
    // Before the labels under big-number callouts went with their figures:
    // 0.921; before a ruled box of buttons was dropped: 0.948.
    (
        "text-community-kitchen-impact-story-stat-callouts-carousel",
        InputKind::Text,
        0.99,
    ),
    // Known misses: an info box used as a newsletter call to action, and the
    // call to action after the body.
    (
        "html-astra-spectra-beekeeping-post-toc-infobox-faq-cta",
        InputKind::Html,
        0.93,
    ),
    // Before "About the Speaker" headed a bio: 0.918. Known misses: a watch-
    // or-download prompt above the first paragraph and a giving line.
    (
        "text-church-sermon-recap-verse-quote-discussion-questions",
        InputKind::Text,
        0.96,
    ),
    // Known miss: an "Up Next" subheading read as related stories, with the
    // paragraph under it.
    (
        "text-sidearm-college-soccer-recap-quick-facts-upcoming-events",
        InputKind::Text,
        0.96,
    ),
    (
        "html-hugo-papermod-blog-post-toc-paginav-share-buttons",
        InputKind::Html,
        0.99,
    ),
    (
        "html-wix-blog-bakery-post-ricos-viewer-tags-recent-posts-likes-comments",
        InputKind::Html,
        0.99,
    ),
    (
        "text-advice-column-pen-name-letter-send-questions-box-reader-comments",
        InputKind::Text,
        0.99,
    ),
    // Known miss: the title of an info box, whose class is "title".
    (
        "html-confluence-kb-article-page-tree-macros-comments",
        InputKind::Html,
        0.98,
    ),
    // Known misses: a sportsbook promo, a reader poll and a model-pick widget
    // between paragraphs, and the writer's closing "Pick:" line.
    (
        "text-football-game-preview-odds-table-sportsbook-promos",
        InputKind::Text,
        0.95,
    ),
    // Known miss: the "Shop this post" product cards inside the article's text
    // container.
    (
        "html-shopify-yarn-blog-shop-this-post-cards-in-rte-popup",
        InputKind::Html,
        0.95,
    ),
    // Known misses: the first letter's title and the last letter's signature,
    // at the edges of the region.
    (
        "text-regional-letters-page-numbered-questions-submit-box",
        InputKind::Text,
        0.98,
    ),
    // Known misses: the "Top highlight" label between paragraphs and the
    // closing prompt to clap and follow.
    (
        "html-publication-essay-member-only-pull-quotes-top-highlight",
        InputKind::Html,
        0.95,
    ),
    // Known miss: a public notice under an "Advertisement" label. Before
    // the republishing box was dropped: 0.835;
    // before the agenda's download line was a link: 0.915.
    (
        "text-city-council-recap-votes-box-agenda-link-public-notice-ad",
        InputKind::Text,
        0.91,
    ),
    // Known misses: the first <h2> taken for the headline, and the one-word
    // labels of code boxes.
    (
        "html-webflow-release-notes-code-embeds-trial-cta-changelog-sidebar",
        InputKind::Html,
        0.97,
    ),
    // Known misses: a video box's label, a trailer box's title and a
    // newsletter box's title between paragraphs. Before a title over an ad's
    // text went with the ad: 0.959.
    (
        "text-film-review-video-of-the-day-where-to-watch-table",
        InputKind::Text,
        0.95,
    ),
    (
        "html-angular-ssr-news-article-ngcontent-transfer-state-lazy-ads",
        InputKind::Html,
        0.99,
    ),
    // Known miss: the title and pitch of an alert sign-up box, in words of no
    // prompt.
    (
        "text-local-news-recall-upc-table-about-company-box-alerts",
        InputKind::Text,
        0.96,
    ),
    (
        "html-sveltekit-dev-blog-hashed-classes-toc-copy-buttons-webmentions",
        InputKind::Html,
        0.99,
    ),
    // Known misses: an "Apply" box after the last paragraph, and an "About"
    // blurb after the share list. Before a ruled box of buttons was dropped:
    // 0.907.
    (
        "text-community-foundation-scholarship-recipients-apply-cta-donor-logo-wall",
        InputKind::Text,
        0.96,
    ),
    (
        "html-literary-magazine-short-fiction-content-note-section-breaks-paywall-meter",
        InputKind::Html,
        0.99,
    ),
    // Known miss: a summary box above the text. Before a ruled box of buttons
    // was dropped: 0.717; before "More case studies" and "Related resources"
    // headed related boxes: 0.745.
    (
        "text-b2b-case-study-stat-band-demo-ctas-logo-strip",
        InputKind::Text,
        0.93,
    ),
    // Known misses: the "Key Takeaways" heading, and a webinar promo that a
    // colon-introduced list reaches into.
    (
        "html-law-firm-client-alert-key-takeaways-footnotes-author-cards",
        InputKind::Html,
        0.96,
    ),
    // Known misses: the sponsors section and last paragraph after a photo
    // gallery, a results link and a donation appeal between paragraphs.
    (
        "text-nonprofit-5k-recap-results-gallery-sponsor-tiers-save-the-date",
        InputKind::Text,
        0.84,
    ),
    // Before a release's end mark ended the article: 0.967.
    (
        "html-uswds-federal-agency-release-banner-breadcrumb-media-contact-identifier",
        InputKind::Html,
        0.99,
    ),
    // Known misses: a document viewer's page counter and paging lines
    // between paragraphs.
    (
        "text-supreme-court-records-ruling-document-viewer-related-coverage-comment-count",
        InputKind::Text,
        0.96,
    ),
    // Known miss: the summary field above the body, the page's dek.
    (
        "html-drupal-olivero-city-news-lead-lines-share-block-related-departments",
        InputKind::Html,
        0.96,
    ),
    // Known misses: the dated section heads, and the last section, cut off by
    // an ad. Before a compiler's credit and the line under it stopped passing
    // for the headline: 0.712.
    (
        "text-looking-back-25-50-75-years-dated-items-obituaries-sidebar",
        InputKind::Text,
        0.76,
    ),
    // Known miss: two repository cards inside the article's text.
    (
        "html-forem-dev-post-series-part-2-of-4-github-liquid-tags-follow-sidebar",
        InputKind::Html,
        0.96,
    ),
    // Known misses: a sponsored card taken for the headline, which drops the
    // intro and two events; a ticket button, a submit-your-event box, the
    // writer's note and an appeal.
    (
        "text-weekend-things-to-do-ticket-buttons-sponsored-events-map",
        InputKind::Text,
        0.67,
    ),
    // Known misses: an <h3> and a quote's source line in sibling blocks of the
    // one taken as the content.
    (
        "html-squarespace-71-adoption-story-summary-newsletter",
        InputKind::Html,
        0.97,
    ),
    // Known miss: a sponsor's credit in public radio's words ("Support for ...
    // comes from"). Before "Sponsor message" and transcript links: 0.950.
    (
        "text-podcast-episode-show-notes-listen-on-sponsor",
        InputKind::Text,
        0.95,
    ),
    // Known misses: the contributor's italic tagline and the editor's note on
    // submissions. Before a paywall's subscriber-preview wrapper held the
    // article: 0.812.
    (
        "html-regional-op-ed-italic-tagline-submission-note-most-read-rail",
        InputKind::Html,
        0.91,
    ),
    // Known miss: a row of the facts table that ends with a year in brackets,
    // read as a count. Before "By the numbers" was no byline: 0.983.
    (
        "text-home-of-the-week-facts-table-agent-box-open-house-signup",
        InputKind::Text,
        0.98,
    ),
    (
        "html-joomla-4-cassiopeia-rowing-club-news-vote-form-upcoming-events-login",
        InputKind::Html,
        0.99,
    ),
    // Known misses: a booking widget's lines between paragraphs, and the
    // closing "IF YOU GO" box.
    (
        "text-restaurant-opening-if-you-go-prices-reservation-widget-gallery-counter",
        InputKind::Text,
        0.91,
    ),
    (
        "html-wordpress-tagdiv-tdb-header-mega-menu-inline-ads",
        InputKind::Html,
        0.99,
    ),
    (
        "text-district-superintendent-message-translate-language-list",
        InputKind::Text,
        0.99,
    ),
    (
        "html-professional-network-article-author-card-reactions-signin-modal",
        InputKind::Html,
        0.99,
    ),
    // Known misses: a market-data credit, and a newsletter pitch between two
    // prompts. Before an ad's box could hold a long pitch: 0.940.
    (
        "text-farm-paper-grain-report-elevator-bids-futures-settles-weather-ad",
        InputKind::Text,
        0.96,
    ),
    (
        "html-nextjs-app-router-rsc-payload-newsletter-island-paywall-meter-most-popular",
        InputKind::Html,
        0.99,
    ),
    // Before an ad's box could hold a long pitch: 0.967; before a line naming
    // a file to download was a link: 0.987.
    (
        "text-outdoors-column-hunting-opener-bag-limits-regs-link-gear-ad",
        InputKind::Text,
        0.99,
    ),
    // Known miss: a sales pitch whose paragraph ends in a call-to-action
    // button.
    (
        "html-hubspot-marketing-blog-inline-cta-wrappers-subscribe-form-cookie-banner",
        InputKind::Html,
        0.96,
    ),
    // Before a bio after most of the body closed the article, however much
    // followed it: 0.928. Known misses: a disclaimer and a send-your-question
    // box.
    (
        "text-ask-the-vet-reader-questions-signed-name-town-disclaimer-send-question-box",
        InputKind::Text,
        0.96,
    ),
    (
        "html-bootstrap-5-university-department-news-share-dropdown-pull-quote-related-cards",
        InputKind::Html,
        0.99,
    ),
    // Known misses: a newsletter pitch and a drink-responsibly line kept; two
    // rating lines repeated on the page dropped. Before "Buy at <shop>"
    // buttons were ads: 0.894.
    (
        "text-wine-column-six-bottles-rating-lines-where-to-buy-buttons",
        InputKind::Text,
        0.94,
    ),
    (
        "html-arc-pagebuilder-daily-c-paragraph-data-type-arc-ad-sticky-header-author-bio-related-stories",
        InputKind::Html,
        0.99,
    ),
    // Known miss: the paper's note on the column's successor, after the sign-
    // off; a gallery promo is taken for the headline, so the byline is not
    // found.
    (
        "text-farewell-column-reader-memories-signoff-italic-successor-note",
        InputKind::Text,
        0.95,
    ),
    // Known miss: unclassed caption divs inside image elements.
    (
        "html-weebly-historical-society-news-post-section-elements-gallery-sidebar-archives-comment-form",
        InputKind::Html,
        0.95,
    ),
    // Known misses: a map widget's lines between projects, and one dated 'When:' line standing
    // alone. Before: 0.828.
    (
        "text-public-works-weekly-construction-update-what-when-detour-lines-alerts-box-map-legend",
        InputKind::Text,
        0.93,
    ),
    (
        "html-typepad-blog-post-entry-more-trackbacks-sidebar",
        InputKind::Html,
        0.99,
    ),
    // Before captions printed twice around a credit of names were echoes:
    // 0.955.
    (
        "text-student-newspaper-musical-review-performances-box",
        InputKind::Text,
        0.99,
    ),
    (
        "html-wordpress-jannah-tie-ads-check-also-inline-related-breaking-ticker",
        InputKind::Html,
        0.99,
    ),
    // Known misses: a section label taken for the headline, which keeps the
    // headline and dek; the title and pitch of a box over its button row.
    (
        "text-nonprofit-volunteer-spotlight-interview-cta-box-shifts-widget-partner-logos",
        InputKind::Text,
        0.93,
    ),
    (
        "html-frankly-tv-winter-car-safety-explainer-copyright-line-closings-ticker",
        InputKind::Html,
        0.99,
    ),
    // Known misses: a submit-your-announcement box, sponsored vendor cards
    // under their header, and the list of other announcements. Before a
    // counter naming its photo: 0.852.
    (
        "text-wedding-feature-how-they-met-submit-announcement-gallery-counter",
        InputKind::Text,
        0.84,
    ),
    // Known miss: a sponsor slot in an HTML card between paragraphs.
    (
        "html-ghost-source-theme-news-callout-toggle-bookmark-signup-cards",
        InputKind::Html,
        0.97,
    ),
    // Known miss: a submit-your-photos box between paragraphs.
    (
        "text-county-fair-champions-list-schedule-widget-photo-prompt",
        InputKind::Text,
        0.95,
    ),
    // Known miss: the series' italic note after the last paragraph. Before a
    // paywall's subscriber-only wrapper held the article: 0.935.
    (
        "html-blox-remembering-tribute-per-paragraph-subscriber-only-trending-rail",
        InputKind::Html,
        0.96,
    ),
    // Known misses: short alt texts of covers, "Place a hold" and availability
    // lines under the reviews, and a browse prompt.
    (
        "text-public-library-blog-staff-picks-place-a-hold-event-calendar",
        InputKind::Text,
        0.92,
    ),
    (
        "html-gatsby-emotion-tech-news-spec-table-buy-widget-newsletter-modal",
        InputKind::Html,
        0.99,
    ),
    // Known misses: an alt text that rewords its caption, a rider-alerts box,
    // and a feedback form's question and note.
    (
        "text-transit-service-change-route-subheads-rider-alerts-language-notice",
        InputKind::Text,
        0.92,
    ),
    // Known miss: the brand and item lines of five product cards, whose class
    // reads as article content, are kept (their prices and buttons go).
    (
        "html-glossy-fashion-trend-shop-now-product-cards-more-from-style",
        InputKind::Html,
        0.99,
    ),
    // Known miss: a gallery counter between paragraphs is kept. Before the
    // rest of a closing fact box was kept: 0.936.
    (
        "text-regional-theatre-review-star-line-if-you-go-gallery-counter",
        InputKind::Text,
        0.98,
    ),
    (
        "html-finnish-yle-style-uutinen-lue-myos-video-uutiskirje-luetuimmat",
        InputKind::Html,
        0.99,
    ),
    // Known miss: the setlist after the last paragraph (a one-word heading
    // over numbered song titles) is dropped.
    (
        "text-concert-review-numbered-setlist-tour-dates-widget-comments",
        InputKind::Text,
        0.94,
    ),
    // A reporter's paragraph that ends by saying an arrest is not a conviction
    // stays. Before, that phrase spoke for the whole paragraph: 0.953.
    (
        "html-patch-style-police-fire-log-dated-entries-alerts-signup",
        InputKind::Html,
        0.99,
    ),
    // Known miss: the line score and scoring summary in the middle of the
    // story end its region, and the closing paragraph after "Up next" goes
    // with them.
    (
        "text-high-school-football-game-story-line-score-player-of-game-box",
        InputKind::Text,
        0.82,
    ),
    // Known miss: a 7-day forecast table widget inside the post's content is
    // kept.
    (
        "html-wordpress-vip-tv-weather-blog-radar-iframe-seven-day-widget-closings-ticker",
        InputKind::Html,
        0.94,
    ),
    // Known miss: a "PEOPLE ON THE MOVE" promo box between two briefs is kept.
    (
        "text-business-journal-briefs-roundup-people-on-the-move-paywall-meter",
        InputKind::Text,
        0.93,
    ),
    // Before the "first ran in" end-credit phrase: 0.988.
    (
        "html-academic-news-author-disclosure-republish-box-newsletter-first-ran-note",
        InputKind::Html,
        0.99,
    ),
    (
        "text-editorial-our-view-other-views-board-members-letters-policy-comments",
        InputKind::Text,
        0.99,
    ),
    (
        "html-brightspot-newspaper-read-more-link-list-tweet-enhancement-trending-carousel",
        InputKind::Html,
        0.99,
    ),
    // Before video cards were dropped and their playlist's "Up next" headers
    // let the article go on: 0.722.
    (
        "text-tv-station-breaking-update-notes-video-playlist-app-box-comments",
        InputKind::Text,
        0.99,
    ),
    (
        "html-mexican-daily-zox-news-te-puede-interesar-notas-relacionadas",
        InputKind::Html,
        0.99,
    ),
    // Known miss: a figure's alt text between two paragraphs, above its
    // "IMAGE:" caption, is kept.
    (
        "text-eurekalert-style-release-funding-disclaimer-media-contacts",
        InputKind::Text,
        0.97,
    ),
    (
        "html-german-regionalzeitung-plus-lesen-sie-auch-reco-widget-cmp-dialog",
        InputKind::Html,
        0.99,
    ),
    // Known misses: a product name over a buy box, the score line, a tag row,
    // the "How we test" box and the author bio are kept.
    (
        "text-earbuds-review-verdict-score-sidebar-spec-sheet-how-we-test-box",
        InputKind::Text,
        0.91,
    ),
    (
        "html-korean-portal-news-dateline-lead-ad-iframes-related-ranking",
        InputKind::Html,
        0.99,
    ),
    (
        "text-obituary-caps-name-lead-funeral-home-ads-guest-book-candles-other-obits",
        InputKind::Text,
        0.99,
    ),
    // The "Leave a comment" button among the paragraphs no longer ends the
    // post (0.963 before, with the last free paragraph lost). Known miss: the
    // three footnotes under it, marked only by their class, are kept.
    (
        "html-substack-paid-post-truncated-subscribe-widget-footnotes-share-comment-buttons",
        InputKind::Html,
        0.93,
    ),
    // Known miss: a photo credit is taken for the headline, the byline is not
    // found, and the closing author bio is kept.
    (
        "text-newspaper-travel-island-captions-twice-if-you-go-more-travel-newsletter",
        InputKind::Text,
        0.97,
    ),
    (
        "html-custom-cms-magazine-long-read-drop-cap-dinkus-pull-quotes-rest-of-issue-box",
        InputKind::Html,
        0.99,
    ),
    // Before video cards were dropped: 0.964.
    (
        "text-local-newspaper-millpond-watch-video-block-pull-quotes-trending-comments",
        InputKind::Text,
        0.99,
    ),
    (
        "html-japanese-regional-daily-rail-brt-lead-table-kanren-share-ad-slots",
        InputKind::Html,
        0.99,
    ),
    // Before a bio after most of the body closed the article, however much
    // followed it: 0.845. Known miss: a betting ad's title and odds rows.
    (
        "text-football-transfer-three-season-stats-table-rumours-sidebar",
        InputKind::Text,
        0.95,
    ),
    (
        "html-granicus-city-press-release-immediate-release-contact-block-stay-connected-about-city",
        InputKind::Html,
        0.99,
    ),
    // Known miss: the title and pitch of a donation box over its "[Give
    // today]" button are kept.
    (
        "text-nonprofit-annual-report-numbered-highlights-give-today-box-partner-logos",
        InputKind::Text,
        0.96,
    ),
    // Known miss: the "Show notes" and "Transcript" subheadings, outside the
    // transcript's content class, are dropped.
    (
        "html-podcast-transcript-host-guest-labels-player-subscribe-credits",
        InputKind::Html,
        0.98,
    ),
    // Known misses: the last item of the contents list, an ad's text under its
    // label and the lines after the post (edit link, counts, helpful prompt)
    // are kept; three output lines of commands are dropped.
    (
        "text-git-reflog-tutorial-shell-output-copy-buttons-related-posts",
        InputKind::Text,
        0.90,
    ),
    // Before the text of an element named as a video embed or player counted
    // as a caption: 0.976 (a video embed's title and credit inside the body's
    // container were kept).
    (
        "html-polish-regional-news-czytaj-takze-links-video-embed-rodo-popup-najczesciej-czytane",
        InputKind::Html,
        0.99,
    ),
    // Known miss: the star-rating legend is kept. Before: 0.972.
    (
        "text-newspaper-dining-review-star-line-bottom-line-box-captions-twice-more-dining",
        InputKind::Text,
        0.98,
    ),
    (
        "html-blogger-awesome-inc-post-body-threaded-comments-sidebar-archive-followers-popular-posts",
        InputKind::Html,
        0.99,
    ),
    // Before a reader poll among the paragraphs was dropped as a box that
    // parts nothing: 0.743.
    (
        "text-local-news-reader-poll-mid-article-recommended-for-you-long-footer",
        InputKind::Text,
        0.99,
    ),
    (
        "html-nuxt-ssr-news-lazy-ad-slots-author-box-more-on-this-topic",
        InputKind::Html,
        0.99,
    ),
    // Known misses: the hero image's alt text, and a native ad's text and
    // button under its "Sponsored" label are kept. Before a summary box needed
    // two paragraphs above to sum the article up: 0.928.
    (
        "text-health-news-reflux-takeaways-box-native-ads-sources",
        InputKind::Text,
        0.95,
    ),
    (
        "html-vietnamese-bao-nuoc-sach-xem-them-captions-tags-binh-luan",
        InputKind::Html,
        0.99,
    ),
    // Known miss: a "How we report results" box between two sections of the
    // story, its heading and paragraph, is kept.
    (
        "text-county-election-runoff-results-table-live-banner-full-results-links",
        InputKind::Text,
        0.93,
    ),
    (
        "html-drupal-9-layout-builder-university-news-media-contact-pull-quote-slick-gallery-related-news-mega-footer",
        InputKind::Html,
        0.99,
    ),
    // Before the not-legal-advice phrases: 0.968.
    (
        "text-ask-the-lawyer-real-estate-qa-not-legal-advice-have-a-question-box-listings-widget",
        InputKind::Text,
        0.99,
    ),
    // Known miss: a closing italic "Thanks for reading! ... claps and follow"
    // prompt in the body's paragraph class is kept.
    (
        "html-medium-custom-domain-engineering-post-code-blocks-claps-follow-member-star-more-from-author",
        InputKind::Html,
        0.96,
    ),
    // Known miss: two "Pre-match" update labels are dropped. Before the poll's
    // question went with its options: 0.978.
    (
        "text-football-live-blog-in-progress-scoreboard-toggles-lineups-comments",
        InputKind::Text,
        0.97,
    ),
    // Known miss: a list item that an image caption right under it echoes is
    // dropped with the caption.
    (
        "html-indian-english-city-news-toi-style-also-read-ad-slots-trending-visual-stories-start-a-conversation",
        InputKind::Html,
        0.98,
    ),
    // Before a time after a date counted as a date: 0.878 (the main region started at the "ÚLTIMO
    // MOMENTO" ticker). Known miss: a WhatsApp channel prompt is kept.
    (
        "text-spanish-argentina-cine-cooperativa-lee-tambien-foto-captions-segui-leyendo",
        InputKind::Text,
        0.99,
    ),
    (
        "html-french-regional-abonnes-lire-aussi-reagir-plus-lus-consent",
        InputKind::Html,
        0.99,
    ),
    // Known miss: a follow prompt after the last paragraph. Before the typo-
    // prompt and rating phrases: 0.866.
    (
        "text-russian-raskopki-foto-chitaite-takzhe-novosti-partnerov",
        InputKind::Text,
        0.97,
    ),
    (
        "html-arabic-souk-reopening-read-also-cards-tags-share-svg-most-read",
        InputKind::Html,
        0.99,
    ),
    // Known miss: a video player's title above the lead is kept.
    (
        "text-uk-tabloid-caps-subheads-got-a-story-box-most-read",
        InputKind::Text,
        0.97,
    ),
    // Known misses: an embedded video's title and a "LEIA TAMBÉM" label over
    // its dropped links are kept.
    (
        "html-portuguese-portal-globo-like-leia-tambem-inline-video-embed-veja-tambem-feed",
        InputKind::Html,
        0.96,
    ),
    // Known miss: the lone copy of a photo caption above the dateline lead is
    // kept (its echoed pair between paragraphs goes).
    (
        "text-newswire-joint-release-newsfoto-caption-price-table-two-abouts",
        InputKind::Text,
        0.97,
    ),
    // Known miss: an affiliate box's badge and bullets are kept.
    (
        "html-wordpress-gutenberg-tech-blog-toc-spec-table-youtube-affiliate-box-author-box",
        InputKind::Html,
        0.95,
    ),
    (
        "text-italian-maltempo-galleria-1-di-12-leggi-anche-riproduzione-riservata",
        InputKind::Text,
        0.99,
    ),
    (
        "html-dutch-public-broadcaster-nos-style-lees-ook-video-embed-meer-over-dit-onderwerp-cookie-consent",
        InputKind::Html,
        0.99,
    ),
    // Before Turkish stop-word densities were scaled up, and Turkish follow
    // prompts: 0.968. Before the dotted capital İ read as "i", and a caption
    // could stand between the paragraphs under a box: 0.979 (an inline "İLGİLİ
    // HABER" box was kept).
    (
        "text-turkish-haber-tarihi-hamam-ilgili-haber-abone-ol-captions-etiketler-yorumlar",
        InputKind::Text,
        0.99,
    ),
    (
        "html-broadcaster-cliff-lift-story-share-save-image-credits-you-may-also-be-interested-rails",
        InputKind::Html,
        0.99,
    ),
    // Known misses: the "Overview" subheading is dropped and an infographic's
    // title kept. Before 'What you need to know' became a summary header:
    // 0.949.
    (
        "text-health-agency-heat-guidance-need-to-know-box-page-last-reviewed",
        InputKind::Text,
        0.97,
    ),
    // Known miss: two inline "עוד באתר:" link paragraphs in the body's
    // container are kept.
    (
        "html-hebrew-news-od-baatar-links-caption-credit-talkbacks-most-read",
        InputKind::Html,
        0.94,
    ),
    // Known miss: an indented pull quote without quotation marks, its sentence
    // six blocks away, is kept.
    (
        "text-sports-column-pull-quote-more-from-columnist-tagline-comments",
        InputKind::Text,
        0.97,
    ),
    (
        "html-hindi-news-portal-yah-bhi-padhen-captions-taza-khabren-ad-slots",
        InputKind::Html,
        0.99,
    ),
    // Before a row among the recipe card's rows of facts stopped reading as
    // another article's headline, and the pin prompt and sign-up consent
    // phrases: 0.758.
    (
        "text-recipe-blog-cobbler-life-story-nutrition-facts-rated-comments",
        InputKind::Text,
        0.98,
    ),
    // Before Chinese photographer marks and summary labels: 0.957.
    (
        "html-chinese-portal-source-line-related-reading-editor-share-hot-rank",
        InputKind::Html,
        0.99,
    ),
    // Before the article could go on under a related box with a paragraph and
    // a subheading: 0.967. Known miss: the boxed teaser's summary under its
    // headline.
    (
        "text-german-magazin-reportage-lesen-sie-auch-anzeige-paywall-weiterlesen",
        InputKind::Text,
        0.97,
    ),
    // Known misses: the "Want to save this recipe?" and "Nutrition" headings
    // and a unit switch's label are kept.
    (
        "html-food-blog-wprm-card-jump-button-times-nutrition-rated-comments",
        InputKind::Html,
        0.97,
    ),
    // Known miss: a newsletter prompt between paragraphs is kept. Before a
    // recipe's rows of figures without a date stopped signing another article:
    // 0.717.
    (
        "text-food-section-story-recipe-serves-active-time-print-save-more-recipes",
        InputKind::Text,
        0.96,
    ),
    // Known misses: a paywall box's "Lee sin límites" lines and a follow
    // prompt are kept. Before the Spanish paywall phrases: 0.964.
    (
        "html-spanish-national-daily-mas-informacion-archivado-en-suscribete-lo-mas-visto",
        InputKind::Html,
        0.965,
    ),
    // Before a box's one headline on the line under its header stopped ending
    // the article: 0.985.
    (
        "text-korean-railway-park-inline-related-box-comments-most-viewed",
        InputKind::Text,
        0.99,
    ),
    (
        "html-swedish-tabloid-las-ocksa-plus-badges-foto-captions-mest-last",
        InputKind::Html,
        0.99,
    ),
    // Known misses: a series box above the first paragraph and an image's alt
    // text over its caption are kept.
    (
        "text-jekyll-blog-footnotes-series-box-older-newer-webmentions",
        InputKind::Text,
        0.93,
    ),
    // Known misses: a sponsor card and a sign-up card's description are kept.
    (
        "html-ghost-newsletter-subscribers-only-cut-signup-card-bookmark-cards-you-might-also-like",
        InputKind::Html,
        0.96,
    ),
    // Known miss: a newsletter's one-line pitch above its e-mail form is kept.
    (
        "text-magazine-feature-by-the-numbers-box-pull-quote-dinkus-breaks-author-bio-read-next",
        InputKind::Text,
        0.97,
    ),
    // Known miss: two short items of a product box inside the entry are kept.
    (
        "html-hatena-like-japanese-film-scan-blog-toc-code-quote-star-bookmark-kanren-profile",
        InputKind::Html,
        0.97,
    ),
    // Before a line of a few words under a box's bulleted headlines was its
    // subheading, however low it scored: 0.959. Known miss: a paragraph naming
    // the site's address.
    (
        "text-indonesian-portal-harga-bawang-laporan-wartawan-baca-juga-box",
        InputKind::Text,
        0.96,
    ),
    (
        "html-nrk-style-norwegian-les-ogsa-foto-captions-fakta-box-mest-lest",
        InputKind::Html,
        0.99,
    ),
    // Known misses: a radar promo box and the site's live 7-day module are
    // kept; a subheading naming a weekday is dropped.
    (
        "text-tv-meteorologist-forecast-alert-banner-live-seven-day-module-radar-promo-app-box",
        InputKind::Text,
        0.95,
    ),
    // Known misses: the perex under the headline and two captions in plain
    // divs beside their "Foto:" credits are kept.
    (
        "html-czech-portal-koupaliste-perex-ctete-take-foto-credits-diskuse-nejctenejsi",
        InputKind::Html,
        0.90,
    ),
    (
        "text-ap-wire-court-verdict-related-coverage-contributor-line-copyright",
        InputKind::Text,
        0.99,
    ),
    (
        "html-greek-news-utf8-diavaste-episis-inline-links-caption-tags-dimofili-ad-slots",
        InputKind::Html,
        0.99,
    ),
    (
        "text-principal-showcase-week-event-list-calendar-grid-translate-nondiscrimination-footer",
        InputKind::Text,
        0.99,
    ),
    (
        "html-romanian-wordpress-news-citeste-si-video-embed-captions-cele-mai-citite-cookie-dialog",
        InputKind::Html,
        0.99,
    ),
    // Known miss: the five tennis result lines that end the roundup, above a
    // "SUBMIT SCORES" box, are dropped.
    (
        "text-small-daily-prep-roundup-agate-lines-submit-scores-box-standings-widget",
        InputKind::Text,
        0.92,
    ),
    (
        "html-ukrainian-jnews-wordpress-hospital-solar-chytaite-takozh-foto-credit-telegram-tags-populiarne",
        InputKind::Html,
        0.99,
    ),
    // Known miss: one photo's alt text and caption ending "（画像：...）" are kept.
    // Before Latin names in Japanese lines stopped counting as shouting:
    // 0.902.
    (
        "text-japanese-tech-news-smartphone-spec-table-gazou-captions-kanren-kiji-share-ranking",
        InputKind::Text,
        0.97,
    ),
    (
        "html-serbian-latin-jannah-bazen-procitajte-jos-foto-caption-tagovi-comment-form-najcitanije",
        InputKind::Html,
        0.99,
    ),
    // Before Chinese photographer marks and summary labels: 0.970.
    (
        "text-chinese-elevator-retrofit-zhaiyao-caption-twice-xiangguan-yuedu-remen-tuijian",
        InputKind::Text,
        0.99,
    ),
    // Known misses: 1 line kept ("LPPR reporters cover the small ...").
    (
        "html-public-radio-drupal-story-donate-box-mid-and-end-listen-player-more-stories",
        InputKind::Html,
        0.96,
    ),
    // Known miss: the newsletter box's pitch. Before the sign-up consent
    // phrases: 0.969.
    (
        "text-portuguese-portal-regional-leia-tambem-inline-newsletter-ultimas-noticias-horarios-moderacao-comentarios",
        InputKind::Text,
        0.96,
    ),
    // Known misses: 2 lines kept ("Buy at Bestway Buy at ...", "Kestova Beam
    // 2").
    (
        "html-tech-review-affiliate-product-boxes-verdict-box-best-deals-widget",
        InputKind::Html,
        0.97,
    ),
    // Known miss: a video's running time and source line. Before 'What you
    // need to know' became a summary header: 0.935.
    (
        "text-cable-news-derailment-need-to-know-box-breaking-ticker-video-captions-related",
        InputKind::Text,
        0.97,
    ),
    // Before captions' closing credits were counted in characters: 0.952.
    (
        "html-russian-bitrix-muzei-chitaite-takzhe-ocenite-material-novosti-partnerov",
        InputKind::Html,
        0.99,
    ),
    // Known misses: 11 dropped ("Wednesday's results", "Men's singles, second
    // round: Felix ...", ...).
    (
        "text-tennis-day-report-agate-results-live-scores-more-tennis",
        InputKind::Text,
        0.83,
    ),
    (
        "html-turkish-haber-baraj-su-kesintisi-ilgili-haber-inline-abone-ol-captions-etiketler-yorumlar-cok-okunanlar",
        InputKind::Html,
        0.99,
    ),
    // Known misses: 1 line kept ("All photos by Tobias Wren ...").
    (
        "text-wordpress-com-gig-review-setlist-photo-credits-share-like-related-comments",
        InputKind::Text,
        0.94,
    ),
    (
        "html-wordpress-elementor-local-news-share-bar-author-box-newsletter-form-related-grid",
        InputKind::Html,
        0.99,
    ),
    // Before the Dutch paywall phrases: 0.975.
    (
        "text-dutch-regionale-krant-premium-veerpont-lees-ook-foto-credits-meest-gelezen-cookie",
        InputKind::Text,
        0.99,
    ),
    (
        "html-croatian-index-style-katamaran-procitajte-i-boxes-foto-credits-komentari-najcitanije-ad-slots",
        InputKind::Html,
        0.99,
    ),
    // Known misses: 1 line kept ("Пластикові вікна та двері від ...").
    (
        "text-ukrainian-vodonapirna-vezha-chytaite-takozh-caption-twice-ctrl-enter-telegram-novyny-za-temoiu",
        InputKind::Text,
        0.96,
    ),
    (
        "html-wordpress-tagdiv-tdb-single-template-bridge-reopens-share-svg-related-most-popular-comment-form",
        InputKind::Html,
        0.99,
    ),
    // Known misses: 2 lines kept ("Hattie Brennock is a former ...", "Have a
    // question for Hattie?").
    (
        "text-advice-column-two-letters-pen-names-send-questions-box-bio-more-advice",
        InputKind::Text,
        0.99,
    ),
    (
        "html-slovak-portal-perex-precitajte-si-aj-foto-captions-diskusia-najcitanejsie",
        InputKind::Html,
        0.99,
    ),
    (
        "text-taiwan-news-caption-zhongyangshe-sheying-yanshen-yuedu-gengduo-xinwen-paihang",
        InputKind::Text,
        0.99,
    ),
    (
        "html-sitecore-sxa-newsroom-press-release-about-forward-looking-media-contacts-related",
        InputKind::Html,
        0.99,
    ),
    // Before the Urdu photo credit labels: 0.985.
    (
        "text-urdu-news-yeh-bhi-parhein-caption-share-tags-maqbool-khabrein",
        InputKind::Text,
        0.99,
    ),
    (
        "text-tv-station-lake-algae-closure-weather-widget-symptom-list-copyright-report-typo-related-trending",
        InputKind::Text,
        0.99,
    ),
    // Before "The video will auto-play" was a phrase: 0.969. Known misses: a
    // poll's question and its three answers.
    (
        "text-uk-regional-footbridge-closure-read-more-headlines-video-poll-newsletter-comments-most-read-legal-footer",
        InputKind::Text,
        0.97,
    ),
    // Known misses: 3 lines kept ("Varunika Pumps Ltd.", "Add to Watchlist",
    // "(Disclaimer: Recommendations, suggestions, views and ...").
    (
        "text-indian-business-daily-stock-jumps-ticker-also-read-disclaimer-app-prompt-trending",
        InputKind::Text,
        0.97,
    ),
    (
        "text-nigerian-news-disco-outage-related-news-copyright-line-latest-news-comments",
        InputKind::Text,
        0.99,
    ),
    // Before a photo's description stopped reading as the article above a
    // summary box, and bracketed outlet credits closed captions: 0.896.
    (
        "text-australian-broadcaster-key-points-box-posted-updated-related-topics",
        InputKind::Text,
        0.99,
    ),
    // Known misses: 2 lines kept ("Mute", "Fullscreen").
    (
        "text-irish-broadcaster-read-more-links-video-caption-most-read",
        InputKind::Text,
        0.98,
    ),
    // Known misses: 5 lines kept ("Do limpets really come home? ...",
    // "[IMG_4410]", "Numbered limpets on the upper ...", ...).
    (
        "text-blogger-science-blog-posted-by-labels-older-post-blog-archive-about-me",
        InputKind::Text,
        0.94,
    ),
    // Known misses: 4 lines kept ("FREE PRINTABLE", "Built with ConvertKit",
    // "Join 23,000+ readers getting Sunday ...", ...).
    (
        "text-personal-finance-blog-affiliate-disclosure-two-email-optins-comparison-table-author-box-comments",
        InputKind::Text,
        0.95,
    ),
    // Before 'WATCH |' labels and video cards' running times ('Duration 4:31')
    // stopped ending the article: 0.881.
    (
        "text-canadian-public-broadcaster-ice-road-social-sharing-watch-video-cards-related-stories-corrections-footer",
        InputKind::Text,
        0.99,
    ),
    // Before the Local Democracy Reporting credit was a phrase: 0.959. Known
    // misses: 2 lines kept ("Advertise with Kea Media.", "Drone footage shows
    // how far ...").
    (
        "text-nz-news-site-dune-erosion-newsletter-box-mid-video-running-time-more-from-cookie-notice",
        InputKind::Text,
        0.96,
    ),
    // Before a title printed twice stopped reading as another article's
    // headline: 0.669; before a pull quote could be a plain line far from its
    // source: 0.976. Known miss: a book card's "Buy Book" button.
    (
        "text-magazine-essay-pull-quotes-book-commission-note-author-bio-most-popular-rail",
        InputKind::Text,
        0.98,
    ),
    // Known miss: the summary of the second teaser card. Before teaser cards
    // in a recurring box were kept from starting another article: 0.484.
    (
        "text-regional-chain-drive-in-sale-read-next-teasers-originally-published-related-stories-ad-blocker",
        InputKind::Text,
        0.96,
    ),
    // Known misses: 26 lines kept ("Audio is generated by an ...", "The views
    // expressed in this ...", "Notes", ...).
    (
        "text-think-tank-commentary-numbered-footnotes-views-disclaimer-author-cards-related-research",
        InputKind::Text,
        0.88,
    ),
    // Before a card asking for a sign-up under its title and date stopped
    // passing for another article: 0.804. Known misses: a registration wall's
    // list of perks, and a webinar box (label, title, pitch) between
    // paragraphs.
    (
        "text-trade-pub-cold-storage-sponsored-content-webinar-promo-regwall-related-content",
        InputKind::Text,
        0.92,
    ),
    // Known misses: 6 lines kept ("Join SC's Telegram channel and ...",
    // "Follow topic:", "Hawker centres", ...).
    (
        "text-singapore-daily-hawker-centre-telegram-prompt-read-more-at-photo-credits-more-on-this-topic",
        InputKind::Text,
        0.96,
    ),
    // Before 'READ |' labels: 0.958.
    (
        "text-south-african-news-site-water-outage-read-pipe-links-subscribe-box-related-links-comments-notice",
        InputKind::Text,
        0.99,
    ),
    (
        "text-basketball-recap-scoreboard-key-stats-next-game-top-headlines",
        InputKind::Text,
        0.99,
    ),
    // Known misses: 1 dropped ("Brief scores: Carrow Hills 276 ...").
    (
        "text-cricket-final-report-brief-scores-line-live-scores-related",
        InputKind::Text,
        0.95,
    ),
    // Known misses: 4 lines kept ("If you buy something from ...", "Jess
    // Tarrow is a reviewer ...", "Halden Loop 2", ...).
    (
        "text-tech-news-ereader-related-headline-links-product-card-most-popular-newsletter",
        InputKind::Text,
        0.96,
    ),
    // Known misses: 9 lines kept ("Video game deals", "Gloamreach: Definitive
    // Edition (PS5)", "$29.99 $59.99 at Rocketbox", ...).
    (
        "text-video-game-news-delay-embedded-tweets-related-lines-deals-widget-comments-count",
        InputKind::Text,
        0.97,
    ),
    // Known misses: 1 line kept ("Sign up to get alerts ...").
    (
        "text-covered-bridge-truck-editors-note-top-correction-end-share-buttons-latest-rail-footer",
        InputKind::Text,
        0.97,
    ),
    // Before a bio after most of the body closed the article, however much
    // followed it: 0.799; before a pull quote could be a plain line far from
    // its source: 0.912. Known misses: a newsletter box, a series box between
    // chapters and the credits block.
    (
        "text-longform-fire-lookout-capital-chapter-heads-series-box-pull-quotes-credits-block",
        InputKind::Text,
        0.91,
    ),
    // Before the republishing and AI narration notes: 0.968.
    (
        "text-climate-nonprofit-partner-story-republished-note-donation-appeal-more-stories-newsletter",
        InputKind::Text,
        0.99,
    ),
    // Known misses: a newsletter sign-up line and an event promo after the
    // body. Before funder disclosures became phrases: 0.907.
    (
        "text-state-nonprofit-newsroom-brief-signup-event-promo-box-related-links-supporters-disclosure",
        InputKind::Text,
        0.93,
    ),
    // Known misses: the paywall box's pitch and price lines. Before the
    // Italian paywall counters: 0.957.
    (
        "text-italian-national-daily-caro-affitti-leggi-anche-abbonati-piu-letti",
        InputKind::Text,
        0.95,
    ),
    // Before it became a related label: 0.966. Before one headline under a
    // related header, over the article going on, counted as a box's: 0.982.
    (
        "text-spanish-diario-regional-almazara-noticia-relacionada-pie-foto-normas-comentarios",
        InputKind::Text,
        0.99,
    ),
    // Known misses: 3 lines kept ("Pour pouvoir le visualiser, vous ...",
    // "Gérer mes choix", "Depuis la fermeture du pont ...").
    (
        "text-french-public-broadcaster-article-redige-par-temps-de-lecture-lire-aussi-video-consent-partager-plus-lus",
        InputKind::Text,
        0.94,
    ),
    // Known misses: the video box's label and title, and a background teaser
    // box ending in a bare 'mehr'. Before a running time in minutes ('02:13
    // Min.') stopped reading as a date line: 0.696.
    (
        "text-german-public-broadcaster-stand-uhr-audio-video-teasers-mehr-zum-thema-dieses-thema-im-programm",
        InputKind::Text,
        0.92,
    ),
    // Before the article could go on under a related box with a paragraph and
    // a subheading: 0.958.
    (
        "text-czech-portal-premium-paywall-kolonada-perex-ctete-take-foto-diskuse-nejctenejsi",
        InputKind::Text,
        0.99,
    ),
    // Known misses: 10 lines kept ("Wieżanet Wiadomości", "Źródło: Wieżanet,
    // PAP", "Data utworzenia: 18 maja 2025 ...", ...).
    (
        "text-polish-portal-kolej-wraca-zobacz-takze-wideo-reklama-foto-credits-najnowsze",
        InputKind::Text,
        0.98,
    ),
    // Before Hungarian related labels and a box's one headline on the line
    // under its header stopped ending the article: 0.924. Known miss: the
    // summary sentence under a related box's headline.
    (
        "text-hungarian-news-portal-kapcsolodo-boxes-hirdetes-boritokep-legolvasottabb",
        InputKind::Text,
        0.98,
    ),
    // Before Romanian labels and a Google News prompt: 0.940. Before a plain
    // line under a box's one headline could be the subheading: 0.990 (a
    // subheading right under a box's headline was dropped).
    (
        "text-romanian-tv-news-site-citeste-si-google-news-editor-foto-captions-cele-mai-citite",
        InputKind::Text,
        0.99,
    ),
    // Before "Afspil video" and "Vis mere": 0.983.
    (
        "text-danish-public-broadcaster-laes-ogsaa-del-artikel-fakta-box-mest-laeste",
        InputKind::Text,
        0.99,
    ),
    // Before Swedish paywall phrases: 0.974.
    (
        "text-swedish-tabloid-las-mer-plus-paywall-foto-captions-mest-last",
        InputKind::Text,
        0.99,
    ),
    (
        "text-tv-station-elevator-fire-now-playing-durations-road-closures-list-app-prompt-trending-stories",
        InputKind::Text,
        0.99,
    ),
    // Before a caption glued to its gallery counter ("[2/2]Cranes ..."):
    // 0.964.
    (
        "text-wire-port-strike-dateline-sign-up-here-reporting-editing-line-our-standards-read-next",
        InputKind::Text,
        0.99,
    ),
    (
        "text-kenyan-daily-premium-avocado-cold-store-read-lines-byline-email-photo-credits-more-from-author",
        InputKind::Text,
        0.99,
    ),
    // Before a notice naming only its holder ("Copyright HARMATTAN."): 0.998.
    (
        "text-nigerian-national-daily-market-demolition-also-read-lines-advertisement-copyright-notice-comments-latest-news",
        InputKind::Text,
        0.99,
    ),
    // Known misses: a screenshot gallery's title and "View 14 Images" (kept),
    // and the "Verdict" subheading, which the score box repeats (dropped).
    (
        "text-game-review-score-box-verdict-video-player-in-this-article-card-comments-count",
        InputKind::Text,
        0.97,
    ),
    // Before a bio after most of the body closed the article, however much
    // followed it: 0.806 (0.786 before "delivered to your email inbox" and
    // "Copied!"). Known misses: two figure captions and their illustrator's
    // credit ("Name for Site"), and two tags after the last paragraph.
    (
        "text-science-magazine-explainer-illustrator-credits-related-numbered-list-bio-comments",
        InputKind::Text,
        0.93,
    ),
    // Before "Our funders have no say": 0.974.
    (
        "text-nonprofit-local-newsroom-mobile-home-park-support-box-mid-republish-box-related-coverage",
        InputKind::Text,
        0.99,
    ),
    // Before "By giving us your email": 0.851; before a pull quote could be a
    // plain line far from its source: 0.869. Known misses: two figure captions
    // and a graphic's credit, and a signed subscription appeal after the
    // author's line.
    (
        "text-popular-science-magazine-cave-crickets-newsletter-box-pull-quotes-figure-credits-author-bio-popular-stories",
        InputKind::Text,
        0.86,
    ),
    // Before "Veja mais notícias" and "mais assistidos": 0.949. Known miss:
    // the caption under each video's running time.
    (
        "text-portuguese-portal-g1-like-temporal-leia-tambem-listas-legendas-video-videos-veja-mais",
        InputKind::Text,
        0.97,
    ),
    // Before headlines printed line under line in a related box stopped
    // passing for the article going on, and Spanish sign-up prompts: 0.909.
    (
        "text-spanish-mexico-universal-like-bloqueo-agua-lee-tambien-te-recomendamos-suscribete-aqui-pies-foto-temas",
        InputKind::Text,
        0.99,
    ),
    // Before a caption could stand between the paragraphs under a box: 0.946
    // (a "Further reading" teaser's headline was kept). Known misses: the
    // teaser's blurb, and the author's bio box, whose byline is a date line
    // ("Name - Mar 14, 2024").
    (
        "text-tech-feature-enlarge-captions-further-reading-author-bio-promoted-comments",
        InputKind::Text,
        0.95,
    ),
    // Before newsletter promotion markers, "Privacy Notice:" and the letters
    // prompt: 0.934.
    (
        "text-uk-opinion-column-standfirst-topics-reuse-funding-appeal-most-viewed",
        InputKind::Text,
        0.99,
    ),
    // Known miss: a quote's lead-in ("Mayor Rosalind Keir said:"), read as a
    // comment's signature.
    (
        "text-australian-city-council-media-release-notes-to-editors-media-contact-page-helpful",
        InputKind::Text,
        0.98,
    ),
    (
        "text-university-news-office-photo-credits-media-contact-related-news-tags-campus-footer",
        InputKind::Text,
        0.99,
    ),
    // Before "Kuva:" credits and "Katso video": 0.965.
    (
        "text-finnish-public-broadcaster-kirjastoauto-lue-myos-kuva-jaa-keskustelu-luetuimmat",
        InputKind::Text,
        0.99,
    ),
    // Before one headline under a related header, over the article going on,
    // counted as a box's, and "Mer fra ..." headed other stories: 0.843.
    (
        "text-norwegian-public-broadcaster-pukkellaks-les-ogsa-publisert-oppdatert-foto-fakta-box-mest-lest",
        InputKind::Text,
        0.99,
    ),
    // Known miss: the lead, above a stock quote widget of eight lines, where
    // the region starts.
    (
        "text-indian-business-daily-demerger-results-table-stock-widgets-also-read-disclaimer-catch-all-top-trending-stocks",
        InputKind::Text,
        0.95,
    ),
    // Before paywall and sign-up terms phrases: 0.909. Known misses: a ticker
    // chip between paragraphs, a newsletter's pitch, and a "Read next" card's
    // photo text and headline.
    (
        "text-us-business-site-store-closures-memo-read-next-card-ticker-chip-parent-company-disclosure-trending",
        InputKind::Text,
        0.93,
    ),
    // Before a caption could stand between the paragraphs under a box: 0.977
    // (the quiz teaser's title was kept). Known miss: the quiz's pitch under
    // its "QUIZ" label.
    (
        "text-parenting-site-toddler-sleep-expert-sources-list-quiz-teaser-recommended-cards-newsletter",
        InputKind::Text,
        0.97,
    ),
    // Known misses: a pinned image's keyword alt text, and an affiliate card's
    // name and rate line.
    (
        "text-personal-finance-blog-sinking-funds-toc-pin-it-prompt-affiliate-card-author-box-nested-comment-replies",
        InputKind::Text,
        0.96,
    ),
    // Known misses: a sponsored "Player of the game" box between paragraphs
    // (kept), and the scoring summary and leaders after an ad label (dropped).
    (
        "text-regional-prep-sports-site-football-story-scoring-table-gallery-count-schedule-widget-comments",
        InputKind::Text,
        0.85,
    ),
    (
        "text-weekly-paper-obituary-service-information-box-guest-book-prompt-send-flowers-condolences",
        InputKind::Text,
        0.99,
    ),
    // Before a line of a few words under a box's bulleted headlines was its
    // subheading, however low it scored: 0.990.
    (
        "text-austrian-daily-gletscherbericht-mehr-zum-thema-foto-apa-postings-forenregeln-abo-meistgelesen",
        InputKind::Text,
        0.99,
    ),
    (
        "text-polish-portal-szkola-stowarzyszenie-czytaj-takze-zrodlo-data-utworzenia-tematy-najnowsze",
        InputKind::Text,
        0.99,
    ),
    // Known misses: the review's "Genre:", "Label:" and "Reviewed:" fields,
    // and a newsletter line after the last paragraph.
    (
        "text-album-review-score-best-new-music-buy-links-affiliate-note-more-reviews-rail",
        InputKind::Text,
        0.96,
    ),
    // Before a free newsletter's pitch and its confirmation note: 0.880. Known
    // misses: a sponsor's line joined to its ad, and a link preview's teaser
    // and image stand-ins.
    (
        "text-ghost-newsletter-postmortem-signup-card-footnotes-paid-members-cta-read-more",
        InputKind::Text,
        0.96,
    ),
    (
        "text-belgian-french-fusion-communes-lire-aussi-boxes-publicite-belga-credits-reagir-plus-lus",
        InputKind::Text,
        0.99,
    ),
    // Before a line of a few words under a box's bulleted headlines was its
    // subheading, however low it scored: 0.983. Known miss: a blocked embed's
    // "Cookie-instellingen aanpassen" button.
    (
        "text-dutch-regional-daily-church-library-premium-lees-ook-foto-lines-meer-nieuws-uit-cookie-wall-remnant",
        InputKind::Text,
        0.98,
    ),
    // Known miss: the review's info box after the last paragraph (name,
    // address, phone, hours, price range), dropped.
    (
        "text-city-magazine-restaurant-review-gallery-credits-info-box-more-food-drink-rail-newsletter",
        InputKind::Text,
        0.94,
    ),
    // Before a card asking for a sign-up under its title and date stopped
    // passing for another article: 0.527. Known miss: the webinar box's label,
    // title and pitch.
    (
        "text-trade-pub-port-diversion-webinar-box-mid-article-related-content-sponsored-card-about-the-author",
        InputKind::Text,
        0.96,
    ),
    (
        "text-irish-regional-weekly-derelict-hotel-homes-read-more-inline-newsletter-box-reporter-email-most-read",
        InputKind::Text,
        0.99,
    ),
    // Before the Telegram channel prompt: 0.973. Known miss: an infographic's
    // title over its credit line.
    (
        "text-singapore-daily-dengue-cluster-read-more-here-telegram-here-topics-more-from-this-section",
        InputKind::Text,
        0.97,
    ),
    // Before the Greek Google News prompt: 0.983.
    (
        "text-greek-eidiseis-sidirodromikos-stathmos-diavaste-episis-fotografia-google-news-dimofili",
        InputKind::Text,
        0.99,
    ),
    // Before Turkish stop-word densities were scaled up: 0.706 (the lead and
    // eleven lines under it were dropped). Before the dotted capital İ read as
    // "i": 0.960 (the headlines under two "İLGİLİ HABER" boxes were kept).
    (
        "text-turkish-haber-balikci-barinagi-ilgili-haber-reklam-fotograf-etiketler-cok-okunanlar",
        InputKind::Text,
        0.99,
    ),
    // Before a card asking for a sign-up under its title and date stopped
    // passing for another article: 0.728. Known misses: the AI note under the
    // takeaways, and the paid story card's headline and "View All Plans".
    (
        "text-health-news-key-takeaways-plus-paywall-teaser-about-author-related-lines-recommended",
        InputKind::Text,
        0.95,
    ),
    // Before "listeners like you" and "Make a gift today" marked an appeal:
    // 0.959. Known miss: the donation box's title.
    (
        "text-public-radio-story-listen-player-transcript-toggle-donate-box-related-stories",
        InputKind::Text,
        0.98,
    ),
    // Before Czech and Slovak tag labels: 0.993.
    (
        "text-czech-news-portal-porodnice-souvisejici-boxes-foto-credit-lines-table-nejctenejsi",
        InputKind::Text,
        0.99,
    ),
    // Before a short closing sentence counted where the article goes on under
    // a box, and the Slovak ad break ('Článok pokračuje pod video reklamou')
    // was a phrase: 0.724.
    (
        "text-slovak-news-portal-tasr-dateline-medvede-citajte-aj-lines-foto-tasr-diskusia-najcitanejsie",
        InputKind::Text,
        0.99,
    ),
    // Before the WhatsApp community prompt: 0.691; before stacked related
    // headers opened one box inside the article: 0.713. Known miss: the short
    // paragraph naming the closing date reads as a date line.
    (
        "text-uk-reach-regional-fishmonger-closing-inbox-box-read-more-lines-whatsapp-community-most-read",
        InputKind::Text,
        0.97,
    ),
    (
        "text-us-community-paper-carousel-support-local-journalism-box-staff-photo-captions-buy-now-latest-local-news",
        InputKind::Text,
        0.99,
    ),
    (
        "text-italian-regional-ponte-riapre-leggi-anche-foto-credits-condividi-pubblicita-piu-letti",
        InputKind::Text,
        0.99,
    ),
    // Before "Suscríbete por ..." offers: 0.992.
    (
        "text-spanish-national-daily-apicultores-te-puede-interesar-efe-captions-suscribete-lo-mas-leido",
        InputKind::Text,
        0.99,
    ),
    (
        "text-cycling-classic-report-top-ten-times-table-related-lines-watch-highlights-card-comments",
        InputKind::Text,
        0.99,
    ),
    // Known miss: a donation box's title and its "£30 could give ..." line
    // between paragraphs.
    (
        "text-ngo-press-release-notes-to-editors-about-boilerplate-media-contact-donate-prompts",
        InputKind::Text,
        0.99,
    ),
    // Before French share, error-report and follow phrases: 0.950; before a lead-
    // in ending with a colon counted where the article goes on under a box: 0.991
    // (the subheading under the 'À lire aussi' box was dropped).
    (
        "text-french-quotidien-regional-criee-fermeture-a-lire-aussi-photo-credits-publicite-partager-plus-lus",
        InputKind::Text,
        0.99,
    ),
    // Before German paywall and error-report phrases: 0.951. Before a list
    // under a related header could be a list of facts, and more paywall, app-
    // prompt and box phrases: 0.961 (a "Lesen Sie auch" box whose headlines
    // open with a place and a colon was kept). Known misses: the subheading
    // under that box (dropped), and "Haben Sie einen Fehler im Text entdeckt?"
    // (kept).
    (
        "text-german-regionalzeitung-freibad-plus-box-lesen-sie-auch-foto-dpa-anzeige-meistgelesen",
        InputKind::Text,
        0.98,
    ),
    // Known misses: a pull quote without quote marks' neighbour (it repeats a
    // paragraph further up), and its attribution line.
    (
        "text-uk-broadsheet-regatta-sewage-read-more-lines-pull-quote-x-post-comment-count-most-viewed",
        InputKind::Text,
        0.96,
    ),
    // Known misses: a video box's description and credit, and a subscriber
    // appeal in prose ("please consider a subscription").
    (
        "text-us-metro-daily-tenants-no-heat-editors-note-related-lines-contact-reporter-subscriber-appeal",
        InputKind::Text,
        0.94,
    ),
    (
        "text-australian-regional-news-site-flying-fox-colony-key-points-summary-box-loading-read-more-placeholders-advertisement-most-read",
        InputKind::Text,
        0.99,
    ),
    // Before credit, caption and consent phrases: 0.904 ("With files from ..."
    // was kept); before a video's card under its running time, down to its
    // age, was dropped: 0.909. Known miss: the audio card under a 'LISTEN |
    // ...:' line, with its show's name above the running time and no age
    // below, is kept.
    (
        "text-canadian-public-broadcaster-school-bus-routes-watch-captions-running-times-listen-card-related-stories-audience-relations",
        InputKind::Text,
        0.95,
    ),
    // Before a bar after an opening phrase made it a label, and news sites'
    // credit, caption and consent phrases: 0.906 (three "Also Read | ..."
    // lines and a syndicated-feed note were kept).
    (
        "text-indian-national-daily-heatwave-order-also-read-pipe-lines-syndicated-feed-disclaimer-trending-chips",
        InputKind::Text,
        0.99,
    ),
    // Before a bar after an opening phrase made it a label, and news sites'
    // credit, caption and consent phrases: 0.972 (a "Header image: ..."
    // caption was kept). Known miss: the author's bio, whose X handle makes it
    // read as an address.
    (
        "text-pakistani-english-daily-shrinking-lake-feature-header-image-line-published-comments-closed",
        InputKind::Text,
        0.99,
    ),
    // Before a bar after an opening phrase made it a label, and news sites'
    // credit, caption and consent phrases: 0.977 (a sign-up form's consent
    // line was kept).
    (
        "text-philippine-news-site-riverbank-relocation-read-lines-advertisement-newsletter-box-feedback-line-most-read",
        InputKind::Text,
        0.99,
    ),
    // Before a bar after an opening phrase made it a label, and news sites'
    // credit, caption and consent phrases: 0.945 (three "ALSO READ | ..."
    // lines were kept).
    (
        "text-south-african-news-site-scholar-transport-also-read-pipe-lines-inbox-newsletter-box-compiled-by-credit",
        InputKind::Text,
        0.99,
    ),
    // Before news sites' comment, player, donation and paywall phrases: 0.896
    // (the paywall's price line was kept). Known miss: a box of subscribers'
    // stories after the body, each under a "WKZ+" badge.
    (
        "text-german-lokalzeitung-buergerbus-lesen-sie-auch-anzeige-foto-credit-plus-teaser-block",
        InputKind::Text,
        0.9,
    ),
    (
        "text-italian-national-daily-farmacie-rurali-cookie-banner-leggi-anche-ti-potrebbe-interessare-riproduzione-riservata",
        InputKind::Text,
        0.99,
    ),
    (
        "text-asian-news-agency-english-service-electric-ferries-dateline-editing-by-related-news-dates-language-switcher",
        InputKind::Text,
        0.99,
    ),
    (
        "text-public-radio-station-ospreys-listen-bullet-support-comes-from-underwriting-membership-box-copyright-line",
        InputKind::Text,
        0.99,
    ),
    // Known miss: the box score after the last paragraph (its header, line
    // score and pitching tables, and agate lines).
    (
        "text-prep-baseball-district-final-line-score-pitching-table-up-next-schedule-box-sponsor-labels",
        InputKind::Text,
        0.87,
    ),
    // Before a named header of other stories could be a teaser's label: 0.959
    // (two "MORE FROM WRDK 6: ..." lines were kept). Known miss: the
    // subheading "What happens next".
    (
        "text-tv-group-station-golf-course-warehouse-video-headline-related-more-from-lines-copyright-trending-on",
        InputKind::Text,
        0.98,
    ),
    (
        "text-polish-bobry-droga-czytaj-takze-zobacz-takze-reklama-zrodlo-komentarze",
        InputKind::Text,
        0.99,
    ),
    // Known miss: the teaser cards (headline, summary, date) under "Другие
    // новости рубрики" after the body.
    (
        "text-russian-rechnoy-tramvay-chitaite-takzhe-telegram-raspisanie-novosti-partnyorov-18plus",
        InputKind::Text,
        0.89,
    ),
    // Known misses: a caption ending "Image by the author.", and the closing
    // "Thanks for reading. ... Follow me ..." line.
    (
        "text-medium-style-ux-essay-member-only-claps-follow-written-by-responses-more-from-recommended",
        InputKind::Text,
        0.95,
    ),
    // Known misses: the two "Thanks for reading ...!" prompts.
    (
        "text-substack-style-local-history-post-footnotes-subscribe-share-buttons-ready-for-more",
        InputKind::Text,
        0.98,
    ),
    // Before Spanish, Dutch and German box headers and paywall phrases: 0.914
    // (the headlines under three "Mirá también" headers and a newsletter box's
    // button and terms were kept). Known miss: the newsletter's name and
    // blurb.
    (
        "text-spanish-argentina-national-bajante-rio-mira-tambien-subtitulo-tweet-segui-leyendo-newsletter",
        InputKind::Text,
        0.99,
    ),
    // Before Spanish, Dutch and German box headers and paywall phrases: 0.934
    // (a "Más información" box and a paywall's login line were kept). Known
    // miss: the paywall's pitch.
    (
        "text-spanish-regional-tren-cierre-obras-mas-informacion-te-puede-interesar-comenta-guardar-hazte-suscriptor",
        InputKind::Text,
        0.99,
    ),
    // Before Spanish, Dutch and German box headers and paywall phrases, and a
    // full stop after an opening label: 0.929 (three "LEES OOK. ..." lines and
    // a video box's header were kept).
    (
        "text-flemish-news-site-obussen-akker-lees-ook-lines-bekijk-ook-video-box-deel-dit-artikel-meest-gelezen",
        InputKind::Text,
        0.99,
    ),
    (
        "text-french-regional-daily-pont-suspendu-abonnes-a-lire-aussi-lines-copyright-photo-captions-abonnez-vous-plus-lus",
        InputKind::Text,
        0.99,
    ),
    // Known misses: captions of photographs credited on the next line, an
    // audio credit ("Produced by ..."), a sign-up line and the print-edition
    // line after a "♦".
    (
        "text-magazine-long-read-hot-metal-weekly-italic-kicker-drop-cap-dinkus-print-edition-line-bio",
        InputKind::Text,
        0.93,
    ),
    // Known miss: a caption ending with its credit in bare brackets
    // ("(Velune)").
    (
        "text-us-tech-news-earbuds-launch-update-note-related-lines-deal-cards-most-popular",
        InputKind::Text,
        0.97,
    ),
    // Before Portuguese paywall, Hebrew "read also" and UK newsletter-box
    // phrases: 0.959 (a newsletter box's "Our community members are treated to
    // special offers ..." and a video's "will auto-play" line were kept).
    (
        "text-uk-regional-court-report-phone-driver-jailed-read-more-lines-inbox-box-community-offers-have-your-say",
        InputKind::Text,
        0.99,
    ),
    // Known miss: an "Editor's Picks" strip between paragraphs (headlines and
    // section labels).
    (
        "text-us-newspaper-obituary-former-mayor-gallery-counter-editors-picks-obituaries-newsletter",
        InputKind::Text,
        0.99,
    ),
    (
        "text-portuguese-brasil-portal-nacional-bandeja-mandioca-leia-tambem-box-publicidade-foto-agencia-veja-mais",
        InputKind::Text,
        0.99,
    ),
    // Before Portuguese paywall, Hebrew "read also" and UK newsletter-box
    // phrases: 0.964 (a paywall box's login line and call to read on were
    // kept). Known miss: the box's price line.
    (
        "text-portuguese-portugal-diario-sardinha-leia-tambem-lines-partilhe-assine-ja-paywall-mais-lidas",
        InputKind::Text,
        0.96,
    ),
    // Before a sentence ending "次の通り。" ("as follows.") could introduce a list
    // as a colon does: 0.954 (the five items under it were dropped).
    (
        "text-japanese-closed-school-hotel-kanren-kiji-box-kokoku-shashin-credit-share-ranking",
        InputKind::Text,
        0.99,
    ),
    (
        "text-korean-island-drone-delivery-inline-kanren-lines-reporter-email-copyright-most-viewed",
        InputKind::Text,
        0.99,
    ),
    (
        "text-arabic-fish-auction-iqra-aydan-caption-sharik-al-akthar-qiraa",
        InputKind::Text,
        0.99,
    ),
    // Before Portuguese paywall, Hebrew "read also" and UK newsletter-box
    // phrases: 0.938 (three "קראו גם:" lines were kept).
    (
        "text-hebrew-winter-pool-kiru-gam-tagiyot-hanikraim-beyoter",
        InputKind::Text,
        0.99,
    ),
    // Known misses: a stock quote box between paragraphs, and the author's
    // "Disclosure: ..." line (the benchmark keeps a site's disclosure line as
    // body, so it is no phrase).
    (
        "text-markets-news-site-chip-rally-ticker-strip-inline-quote-chips-key-takeaways-read-next-lines-disclosure",
        InputKind::Text,
        0.96,
    ),
    // Before a pull quote could be a plain line far from its source: 0.985.
    (
        "text-us-politics-site-permitting-bill-analysis-label-pull-quote-related-coverage-box-correction-note",
        InputKind::Text,
        0.99,
    ),
    (
        "text-health-news-hearing-aids-newsletter-box-mid-article-helpful-widget-sources",
        InputKind::Text,
        0.99,
    ),
    (
        "text-science-news-streetlight-study-numbered-findings-journal-reference-cite-this-page",
        InputKind::Text,
        0.99,
    ),
    // Before a list under a related header could be a list of facts, and more
    // paywall, app-prompt and box phrases: 0.968 (a sign-up box's consent line
    // was kept). Known miss: the reporter's bio line with a phone number and
    // address.
    (
        "text-regional-paper-court-plea-mugshot-caption-stay-up-to-date-box-editors-note-trending-now",
        InputKind::Text,
        0.97,
    ),
    // Before a list under a related header could be a list of facts, and more
    // paywall, app-prompt and box phrases: 0.964 (the odds' fine print was
    // kept). Known misses: the odds box's title and row under the line-up.
    (
        "text-uk-regional-football-team-news-starting-xi-list-read-next-live-score-odds-begambleaware",
        InputKind::Text,
        0.96,
    ),
    // Before a list under a related header could be a list of facts, and more
    // paywall, app-prompt and box phrases: 0.913 (a WhatsApp prompt was kept).
    // Known miss: three summary bullets over the lead photo, with no label.
    (
        "text-ghanaian-news-site-market-toll-protest-read-also-lines-pay-attention-google-news-channel-author-bio-trending",
        InputKind::Text,
        0.92,
    ),
    // Before a list under a related header could be a list of facts, and more
    // paywall, app-prompt and box phrases: 0.980 (a WhatsApp channel prompt
    // was kept).
    (
        "text-indian-regional-state-capital-electric-buses-also-read-lines-whatsapp-channel-agencies-credit-published-by-on",
        InputKind::Text,
        0.99,
    ),
    (
        "text-austrian-tageszeitung-mure-consent-wall-lesen-sie-auch-zeilen-kommentare-zahl-werbung-mehr-aus-dem-ressort",
        InputKind::Text,
        0.99,
    ),
    // Before a list under a related header could be a list of facts, and more
    // paywall, app-prompt and box phrases: 0.952 (the three "Topic: headline"
    // items under "Mehr zum Thema" were kept). Known miss: a gifted article's
    // paywall note.
    (
        "text-german-nachrichtenmagazin-talbruecke-plus-geschenkt-mehr-zum-thema-box-anzeige-korrekturhinweis-feedback",
        InputKind::Text,
        0.99,
    ),
    // Before more paywall phrases: 0.963 (a paywall's price line was kept).
    // Before a plain line under a box's one headline could be the subheading:
    // 0.971 ("Sneller opleiden" under a one-headline "Lees ook" box was
    // dropped). Known miss: the paywall's first line.
    (
        "text-dutch-national-daily-zwemles-lees-ook-koppen-paywall-lees-verder-met-meest-gelezen",
        InputKind::Text,
        0.97,
    ),
    // Before a list under a related header could be a list of facts, and more
    // paywall, app-prompt and box phrases: 0.938 (three "LÄS ÄVEN: ..." lines
    // were kept).
    (
        "text-swedish-kvallstidning-lottovinst-las-aven-annons-publicerad-uppdaterad-dela-mest-last",
        InputKind::Text,
        0.99,
    ),
    // Known misses: a newsletter plug over the lead, a reader tip box with its
    // form fields, a receipt's picture label and "Obtained by" credit, and the
    // partnership credit after the body.
    (
        "text-investigative-nonprofit-tow-fees-table-methodology-subhead-partnership-credit-donate-read-more-coverage",
        InputKind::Text,
        0.92,
    ),
    (
        "text-us-news-four-day-school-week-captions-twice-caps-photo-credit-support-box-republish-cc-box",
        InputKind::Text,
        0.99,
    ),
    // Before a list under a related header could be a list of facts, and more
    // paywall, app-prompt and box phrases: 0.838 (the author's box, a
    // subscription offer and the "Dans la même rubrique" and "Sélection de la
    // rédaction" teasers after the body were kept). Known misses: a
    // newsletter's name in the box between paragraphs, and "Lire aussi la
    // tribune | ...", whose bar stands three words after the label.
    (
        "text-french-national-daily-veterinaires-ruraux-lire-aussi-pipe-lines-abonnes-badges-newsletter-box-plus-lus",
        InputKind::Text,
        0.96,
    ),
    (
        "text-italian-regional-villa-romana-rotatoria-gallery-foto-1-di-8-leggi-anche-lines-pubblicita-piu-letti",
        InputKind::Text,
        0.99,
    ),
    // Before news sites' comment, player, donation and paywall phrases: 0.950
    // ("Media playback is unsupported on your device", an "Image source, ..."
    // credit and a closing call for story ideas were kept).
    (
        "text-uk-public-broadcaster-flood-defences-getty-image-source-watch-media-caption-related-topics-more-on-this-story-top-stories",
        InputKind::Text,
        0.99,
    ),
    // Known miss: a picture's description over its caption.
    (
        "text-wire-politics-recount-local-paper-show-caption-whats-next-subhead-reporters-contributed-copyright-recommended-for-you",
        InputKind::Text,
        0.97,
    ),
    (
        "text-irish-news-site-island-ferry-cut-read-more-lines-advertisement-labels-newsletter-box-contribute-box-comments-closed",
        InputKind::Text,
        0.99,
    ),
    // Before news sites' comment, player, donation and paywall phrases: 0.938.
    // Known miss: the donation box's pitch after the last paragraph.
    (
        "text-nz-news-site-swing-bridge-fundraiser-read-more-bullets-after-lead-supplied-staff-credits-support-journalism-box",
        InputKind::Text,
        0.94,
    ),
    // Before news sites' comment, player, donation and paywall phrases: 0.752
    // (the comment thread under 'Diskuze', spelt with a z, was kept); before
    // dates spaced as '14. 3. 2025' and the subheading under dated headlines:
    // 0.972. With such dates but without several dated headlines in a box telling
    // a list from another article: 0.760. Known miss: a caption over its 'Foto:'
    // credit.
    (
        "text-czech-news-portal-vlci-ovce-ctete-take-reklama-foto-ctk-diskuze-nejctenejsi",
        InputKind::Text,
        0.97,
    ),
    // Before news sites' comment, player, donation and paywall phrases: 0.988
    // (a WhatsApp channel prompt was kept).
    (
        "text-romanian-news-site-apa-curenta-citeste-si-publicitate-foto-credits-cele-mai-citite",
        InputKind::Text,
        0.99,
    ),
    (
        "text-chinese-portal-zhangzhe-shitang-xiangguan-xinwen-box-zeren-bianji-fenxiang-remen-tuijian",
        InputKind::Text,
        0.99,
    ),
    // Before a plain line under a box's one headline could be the subheading:
    // 0.989 (the subheading under a "Baca juga:" teaser was dropped with it).
    (
        "text-indonesian-jembatan-gantung-baca-juga-scroll-to-continue-simak-video-berita-terkait",
        InputKind::Text,
        0.99,
    ),
    // Before news sites' comment, player, donation and paywall phrases: 0.870
    // ("Weiterlesen mit BN+" headed a related box, and the two paragraphs
    // above it were dropped).
    (
        "html-austrian-regionalzeitung-skilift-plus-paywall-teaser-full-text-mehr-zum-thema-aside-kommentare",
        InputKind::Html,
        0.99,
    ),
    // Known miss: a related box of two article cards inside the body (a
    // headline and two summaries kept).
    (
        "html-us-regional-newspack-hospital-er-inline-related-card-newsletter-form-in-body-lazy-figures-reporter-tagline",
        InputKind::Html,
        0.94,
    ),
    (
        "html-spanish-regional-crecida-rio-te-puede-interesar-cards-in-body-tweet-embed-figcaptions-noticias-relacionadas",
        InputKind::Html,
        0.99,
    ),
    (
        "html-static-site-generator-blog-incremental-builds-inline-toc-nav-prism-code-footnotes-edit-on-github-author-box",
        InputKind::Html,
        0.99,
    ),
    // Known misses: the titles and descriptions of two video cards ("Click to
    // play video: ..." over a running time).
    (
        "text-canadian-tv-network-flood-insurance-story-continues-below-advertisement-trending-now-click-to-play-video-read-more-lines",
        InputKind::Text,
        0.92,
    ),
    (
        "text-us-celebrity-site-tour-cancelled-view-gallery-advertisement-labels-instagram-embed-more-from-list",
        InputKind::Text,
        0.99,
    ),
    // Before a lone "Story continues" was a phrase: 0.994.
    (
        "text-news-aggregator-partner-logo-line-story-continues-recommended-stories-trending-tickers",
        InputKind::Text,
        0.99,
    ),
    // Before podcast prompts were phrases: 0.944. Known miss: the newsletter
    // box's pitch ("Get the Condors Daily in your inbox: ...").
    (
        "text-us-sports-network-nfl-team-beat-odds-widget-lines-newsletter-signup-podcast-prompt-related-list",
        InputKind::Text,
        0.99,
    ),
    // Before "Artiklen fortsætter efter annoncen" was a phrase: 0.990.
    (
        "text-danish-regional-muslingefabrik-laes-ogsaa-annonce-foto-del-artiklen-mest-laeste",
        InputKind::Text,
        0.99,
    ),
    (
        "text-finnish-national-daily-kateisautomaatit-lue-myos-mainos-lehtikuva-luetuimmat",
        InputKind::Text,
        0.99,
    ),
    (
        "text-hindi-news-yah-bhi-padhen-vigyapan-caption-share-sabse-zyada-padhi-gai",
        InputKind::Text,
        0.99,
    ),
    // Before "Ảnh:" was a credit label: 0.982 (a caption shown once was kept).
    (
        "text-vietnamese-bao-xem-them-quang-cao-anh-captions-tin-lien-quan",
        InputKind::Text,
        0.99,
    ),
    // Before the text of an element named as a video embed or player counted
    // as a caption: 0.977 (the player's title and source inside the body were
    // kept).
    (
        "html-polish-national-portal-porodowka-czytaj-takze-reklama-wideo-polecane-komentarze-rodo",
        InputKind::Html,
        0.99,
    ),
    (
        "html-russian-regional-portal-pavodok-incut-chitaite-takzhe-foto-figcaptions-novosti-partnyorov-kommentarii",
        InputKind::Html,
        0.99,
    ),
    // Before the text of an element named as a video embed or player counted
    // as a caption: 0.934 (the player's label, title and description were
    // kept). Known miss: the last two paragraphs, under a newsletter box and a
    // caption (dropped).
    (
        "html-uk-tabloid-pub-pie-read-more-link-paragraphs-dont-miss-jw-video-player-most-read-sidebar-comment-count",
        InputKind::Html,
        0.99,
    ),
    (
        "html-wordpress-news-blog-sharedaddy-jetpack-related-posts-author-bio-threaded-comments-sidebar-widgets",
        InputKind::Html,
        0.99,
    ),
    (
        "text-tv-station-ice-storm-interstate-pileup-watch-live-banner-closings-ticker-app-box-road-closures-list-copyright-by-station",
        InputKind::Text,
        0.99,
    ),
    (
        "text-uk-regional-business-biscuit-factory-jobs-read-more-lines-business-newsletter-box-comments-report-links-most-popular",
        InputKind::Text,
        0.99,
    ),
    (
        "text-portuguese-brasil-sports-portal-leia-mais-assista-video-standings-table-veja-tambem",
        InputKind::Text,
        0.99,
    ),
    // Before Bulgarian, Greek and Spanish box, credit and offer phrases: 0.946
    // (a subscription offer and "Seguir al autor" were kept); before a pull
    // quote could be a plain line far from its source: 0.986.
    (
        "text-spanish-sports-daily-cronica-ficha-table-te-puede-interesar-publicidad-lo-mas-visto",
        InputKind::Text,
        0.99,
    ),
    // Before Bulgarian, Greek and Spanish box, credit and offer phrases: 0.936
    // (two "read also" lines and a Viber prompt were kept).
    (
        "text-bulgarian-news-site-roman-villa-bypass-vizhte-oshte-lines-reklama-snimka-credit-nai-cheteni",
        InputKind::Text,
        0.99,
    ),
    // Before Bulgarian, Greek and Spanish box, credit and offer phrases: 0.993
    // (a "Με πληροφορίες από ..." credit line was kept).
    (
        "text-greek-news-portal-wildfire-drones-diavaste-episis-lines-diafimisi-fotografia-caption-dimofili",
        InputKind::Text,
        0.99,
    ),
    // Known miss: a push-alert prompt's sentence after the last paragraph.
    (
        "text-gulf-daily-water-taxi-also-read-image-credit-supplied-inbox-box-top-stories",
        InputKind::Text,
        0.99,
    ),
    (
        "text-malaysian-daily-durian-harvest-read-lines-price-table-source-line-related-topics",
        InputKind::Text,
        0.99,
    ),
    (
        "html-japanese-sento-revival-kanren-aside-in-body-figcaptions-sns-share-ranking-sidebar",
        InputKind::Html,
        0.99,
    ),
    (
        "html-korean-market-fire-reopening-reporter-box-gwanryeon-list-in-body-copyright-most-viewed",
        InputKind::Html,
        0.99,
    ),
    // Before the text of an element named as a video embed or player counted
    // as a caption: 0.979 (the player's title and running time were kept).
    (
        "html-dutch-regional-daily-molen-storm-lees-ook-asides-video-embed-caption-deel-dit-artikel-meest-gelezen",
        InputKind::Html,
        0.99,
    ),
    (
        "html-french-regional-daily-piscine-lire-aussi-in-body-paywall-box-after-full-text-photo-credits-plus-lus",
        InputKind::Html,
        0.99,
    ),
    // Known miss: a support box's pitch between paragraphs.
    (
        "text-alt-weekly-diy-venue-support-box-mid-caption-credit-lines-if-you-go-box",
        InputKind::Text,
        0.95,
    ),
    // Before more news sites' phrases (Irish, Norwegian, Italian, Polish,
    // Portuguese and Spanish labels and prompts, a sign-up consent line):
    // 0.981 (a sign-up box's consent line was kept).
    (
        "text-business-journal-cold-storage-deal-paywall-sign-in-newsletter-box-mid-industries-tags-related-articles",
        InputKind::Text,
        0.99,
    ),
    // Before more news sites' phrases (Irish, Norwegian, Italian, Polish,
    // Portuguese and Spanish labels and prompts, a sign-up consent line):
    // 0.957 (two "Léigh freisin:" lines were kept).
    (
        "text-irish-language-nuacht-summer-colleges-leigh-freisin-lines-captions-most-read",
        InputKind::Text,
        0.99,
    ),
    // Before a name and a role under a pull quote, without a dash, was its
    // speaker, and a promotion of the site's own page was a phrase: 0.980.
    (
        "text-scottish-news-site-island-buyout-read-more-lines-newsletter-box-pull-quote-comments-count",
        InputKind::Text,
        0.99,
    ),
    // Before more news sites' phrases (Irish, Norwegian, Italian, Polish,
    // Portuguese and Spanish labels and prompts, a sign-up consent line):
    // 0.991 ("Continua depois da publicidade" was kept).
    (
        "text-portuguese-brasil-regional-hemodialise-leia-tambem-lines-canal-whatsapp-foto-secom-mais-lidas",
        InputKind::Text,
        0.99,
    ),
    // Before more news sites' phrases (Irish, Norwegian, Italian, Polish,
    // Portuguese and Spanish labels and prompts, a sign-up consent line):
    // 0.985 (a WhatsApp channel prompt was kept).
    (
        "text-spanish-mexico-regional-granizada-te-recomendamos-lines-publicidad-foto-especial-tabla-lo-mas-leido",
        InputKind::Text,
        0.99,
    ),
    // Before more news sites' phrases (Irish, Norwegian, Italian, Polish,
    // Portuguese and Spanish labels and prompts, a sign-up consent line):
    // 0.953 (the paywall box's offer between paragraphs was kept).
    (
        "text-norwegian-regional-avis-kokevarsel-les-ogsa-annonse-foto-pluss-mest-lest",
        InputKind::Text,
        0.99,
    ),
    (
        "text-swedish-lokaltidning-badhus-las-mer-annons-bild-premium-mest-last",
        InputKind::Text,
        0.99,
    ),
    // Before more news sites' phrases (Irish, Norwegian, Italian, Polish,
    // Portuguese and Spanish labels and prompts, a sign-up consent line): 0.942
    // ('© RIPRODUZIONE RISERVATA', the tags and a newsletter prompt were kept);
    // before a lead-in ending with a colon under a box counted where the article
    // goes on: 0.977 (a caption and its 'Foto Ansa' credit were kept).
    (
        "text-italian-national-daily-olio-frantoi-leggi-anche-headlines-pubblicita-foto-ansa-captions-piu-letti",
        InputKind::Text,
        0.99,
    ),
    // Before more news sites' phrases (Irish, Norwegian, Italian, Polish,
    // Portuguese and Spanish labels and prompts, a sign-up consent line):
    // 0.910 (a Google News prompt was kept, and the body ran on into the
    // teasers under it). Known misses: captions with "fot. Name" credits, and
    // the written dash opening two quotes.
    (
        "text-polish-regional-news-zalew-kapielisko-czytaj-tez-lines-reklama-fot-credits-najpopularniejsze",
        InputKind::Text,
        0.94,
    ),
    // Known miss: the subheading under a "More Coverage" box inside the
    // article.
    (
        "text-australian-news-site-power-bill-blunder-read-more-lines-advertisement-labels-picture-captions-more-coverage-box",
        InputKind::Text,
        0.98,
    ),
    // Before a bar after an opening phrase made it a label: 0.974 (two
    // "RELATED | ..." lines were kept).
    (
        "text-tv-station-investigation-school-bus-inspections-related-pipe-lines-have-a-tip-email-copyright-trending",
        InputKind::Text,
        0.99,
    ),
    // Before a video's card under its running time, down to its age, was
    // dropped: 0.947.
    (
        "text-canadian-public-broadcaster-clock-change-panel-watch-video-cards-running-times-with-files-from-corrections-footer-related-stories",
        InputKind::Text,
        0.99,
    ),
    (
        "text-us-regional-paper-council-budget-vote-editors-note-top-click-to-play-video-running-time-advertisement-lines-most-popular",
        InputKind::Text,
        0.99,
    ),
    // Before a short closing sentence counted where the article goes on under
    // a box: 0.947. Known miss: the last one-sentence paragraph scores low
    // (few Turkish stop words) and is dropped.
    (
        "text-turkish-ulusal-haber-deprem-erken-uyari-ilgili-haberler-reklam-fotograf-aa-en-cok-okunanlar",
        InputKind::Text,
        0.97,
    ),
    (
        "text-ukrainian-natsionalni-novyny-posukhostiika-pshenytsia-tablytsia-chytaite-takozh-reklama-foto-telegram-populiarne",
        InputKind::Text,
        0.99,
    ),
    // Known misses: the betting offer between paragraphs is kept; the 'Next
    // up' lines and the box score after the story are dropped.
    (
        "text-college-basketball-recap-box-score-next-up-odds-promo-trending",
        InputKind::Text,
        0.88,
    ),
    // Known miss: the ticket box between the halves reads as another article's
    // headline and date line, so the second half and the line-ups are dropped.
    (
        "text-uk-club-site-match-report-lineups-list-buy-tickets-sponsored-by-latest-news",
        InputKind::Text,
        0.61,
    ),
    (
        "text-dutch-national-daily-rijexamen-wachttijd-lees-ook-lines-advertentie-foto-anp-deel-dit-artikel-meest-gelezen",
        InputKind::Text,
        0.99,
    ),
    (
        "text-french-regional-daily-ecole-occupee-classe-paywall-abonnes-a-lire-aussi-photo-captions-publicite-plus-lus",
        InputKind::Text,
        0.99,
    ),
    // Known miss: a subheading in the container whose class names the paywall
    // scores as boilerplate.
    (
        "html-german-regionalzeitung-faehre-plus-paywall-teaser-lesen-sie-auch-asides-anzeige-slot-foto-dpa-figcaptions-kommentare",
        InputKind::Html,
        0.99,
    ),
    // Known misses: the story cards of the two blocks inside the body and the
    // donation box's heading are kept.
    (
        "html-nonprofit-newsroom-newspack-fire-crews-homepage-articles-cards-in-body-donate-block-mid-republish-modal-author-bio",
        InputKind::Html,
        0.88,
    ),
    // Known misses: the paywall box in the middle, the author box, hashtags
    // and comments after the body are kept; one subheading under a related box
    // is dropped.
    (
        "text-japanese-national-daily-yuryo-kaiin-paywall-box-mid-body-kanren-kiji-kokoku-shashin-captions-ranking",
        InputKind::Text,
        0.87,
    ),
    // Known miss: the pull quote, which repeats a sentence from inside a later
    // paragraph, is kept.
    (
        "text-spanish-national-daily-opinion-column-lee-tambien-lines-pull-quote-repeat-author-bio-publicidad-lo-mas-visto",
        InputKind::Text,
        0.97,
    ),
    // Before a consent banner weighed as boilerplate in the choice of the
    // region, and the sign-up form's error line and the player's 'Cancel' were
    // phrases: 0.981.
    (
        "text-uk-tabloid-showbiz-soap-star-quits-instagram-caption-read-more-lines-newsletter-box-image-getty-captions-most-read",
        InputKind::Text,
        0.99,
    ),
    // Known miss: the description under the 'Click to play video' card is
    // kept.
    (
        "text-us-tv-network-missing-hiker-click-to-play-video-card-advertisement-lines-click-here-to-get-the-app-reporter-tagline-trending",
        InputKind::Text,
        0.96,
    ),
    (
        "text-czech-news-portal-konec-ery-sklarna-headline-full-stop-perex-souvisejici-foto-ctk-nejctenejsi",
        InputKind::Text,
        0.99,
    ),
    // Known misses: the Facebook prompt and the summary under the second
    // 'Kapcsolódó' headline are kept.
    (
        "text-hungarian-news-portal-komp-kapcsolodo-hirdetes-foto-credits-facebook-prompt-legolvasottabb",
        InputKind::Text,
        0.97,
    ),
    // Before 'Catch all the latest ...' was a phrase: 0.980.
    (
        "text-indian-national-daily-free-bus-travel-women-also-read-pipe-lines-newsletter-box-mid-body-catch-all-closing-published-on-trending-topics-cloud",
        InputKind::Text,
        0.99,
    ),
    // Before the Local Democracy Reporting credit was a phrase: 0.987.
    (
        "text-nz-public-radio-weir-removal-read-more-lines-photo-credit-captions-ldr-credit-donation-prose-after-body-latest-list",
        InputKind::Text,
        0.99,
    ),
    (
        "text-korean-national-daily-lithium-recycling-gwanryeon-gisa-lines-gwanggo-sajin-gija-captions-table-reporter-email-copyright-most-viewed",
        InputKind::Text,
        0.99,
    ),
    (
        "text-russian-national-news-poisk-dronami-chitaite-takzhe-reklama-foto-tass-novosti-partnyorov-samoe-chitaemoe",
        InputKind::Text,
        0.99,
    ),
    (
        "html-spanish-digital-daily-autobus-a-demanda-te-puede-interesar-publicidad-figcaptions-temas-comment-form",
        InputKind::Html,
        0.99,
    ),
    // Before a gallery's counter alone on its line counted as chrome: 0.992.
    (
        "html-us-metro-daily-custom-cms-carousel-related-coverage-aside-newsletter-form-in-body-gallery-figure-latest-news-rail",
        InputKind::Html,
        0.99,
    ),
    // Known miss: the subheading right under the 'More Coverage' box is
    // dropped as one more of its teasers.
    (
        "text-australian-regional-newspaper-saleyards-closure-subscribe-now-unlimited-access-lines-more-coverage-box-subheading-picture-captions-latest-news",
        InputKind::Text,
        0.98,
    ),
    // Before 'with a report from' was a credit phrase: 0.961.
    (
        "text-filipino-national-daily-bay-reclamation-fishers-read-lines-advertisement-labels-photo-by-captions-subscribe-newsletter-box-trending",
        InputKind::Text,
        0.99,
    ),
    // Before the subscriber box's offers and 'Recommended from' were phrases:
    // 0.891. Known misses: two lines of the subscriber box between paragraphs
    // are kept.
    (
        "text-canadian-regional-daily-rural-school-closures-article-content-lines-advertisement-n-story-continues-below-recommended-from-editorial-share-this-story-footer",
        InputKind::Text,
        0.96,
    ),
    // Before 'Support for this story comes from' was a phrase: 0.977.
    (
        "text-us-public-radio-birthing-unit-closure-support-for-this-story-comes-from-line-related-lines-parenthesized-station-photo-credits-listen-duration-more-stories",
        InputKind::Text,
        0.99,
    ),
    (
        "text-greek-news-site-elaiotriveio-fotovoltaika-diavaste-episis-lines-diafimisi-fotografia-credits-google-news-dimofili",
        InputKind::Text,
        0.99,
    ),
    (
        "text-romanian-news-site-cinematograf-redeschis-citeste-si-lines-publicitate-foto-credits-google-news-cele-mai-citite",
        InputKind::Text,
        0.99,
    ),
    // Before the Local Democracy Reporting credit was a phrase: 0.971.
    (
        "text-uk-broadcaster-ldrs-car-park-charges-image-caption-read-more-lines-funding-line-top-stories",
        InputKind::Text,
        0.99,
    ),
    // Known miss: an indented quote in capitals under a line ending in a colon
    // is dropped.
    (
        "text-us-weekly-paper-wordpress-com-remembrance-feature-share-this-like-loading-related-leave-a-reply",
        InputKind::Text,
        0.97,
    ),
    // Before the Telegram prompt's words were phrases: 0.988.
    (
        "text-arabic-news-site-khan-restoration-iqra-aydan-lines-ilan-sura-credit-telegram-prompt-al-akthar-qiraa",
        InputKind::Text,
        0.99,
    ),
    // Known miss: a picture's placeholder and its caption, a blank line above
    // the credit, are kept.
    (
        "text-chinese-county-school-bus-benbaoxun-lead-xiangguan-yuedu-lines-guanggao-tupian-laiyuan-wan-end-mark-zeren-bianji-remen-tuijian",
        InputKind::Text,
        0.97,
    ),
    (
        "html-italian-national-daily-treni-idrogeno-leggi-anche-in-body-pubblicita-slots-figcaption-foto-riproduzione-riservata-piu-letti",
        InputKind::Html,
        0.99,
    ),
    // Known misses: the 'Key points' header above the article's own summary is
    // dropped; two paragraphs of the donation appeal after the body are kept.
    (
        "html-uk-broadsheet-island-ferry-cancelled-key-points-box-read-more-rich-link-cards-photograph-captions-newsletter-promo-most-viewed-cookie-banner",
        InputKind::Html,
        0.93,
    ),
    // Before the newsletter's fine print was a phrase: 0.963. Known miss: the
    // newsletter box's header and blurb are kept (Finnish prose scores low, so
    // a header as a phrase would drop a paragraph above it too).
    (
        "text-finnish-uutissivusto-jaatie-lue-myos-mainos-kuva-credits-tilaa-uutiskirje-luetuimmat",
        InputKind::Text,
        0.96,
    ),
    // Before the paywall box's offers were phrases: 0.963.
    (
        "text-german-nachrichtenmagazin-kreisssaal-mehr-zum-thema-boxen-anzeige-foto-dpa-weiterlesen-mit-plus-mittendrin-meistgelesen",
        InputKind::Text,
        0.99,
    ),
    (
        "text-us-local-tv-station-hard-freeze-weather-story-first-alert-banner-video-card-running-time-tips-list-download-first-alert-app-line-copyright-latest-news",
        InputKind::Text,
        0.99,
    ),
    // Known misses: the drop cap's lone letter is dropped; the pull quote, a
    // sentence from inside a paragraph, is kept.
    (
        "text-us-news-magazine-long-read-split-drop-cap-letter-dinkus-diamond-breaks-indented-pull-quote-advertisement-labels-read-line-more-from-this-issue",
        InputKind::Text,
        0.97,
    ),
    // Before the French comment form's lines and error prompt were phrases:
    // 0.962.
    (
        "text-belgian-french-football-licence-appel-lire-aussi-lines-publicite-photo-news-credits-erreur-prompt-plus-lus",
        InputKind::Text,
        0.99,
    ),
    (
        "text-swiss-german-gemeindeversammlung-seilbahn-mehr-zum-thema-lines-werbung-bild-keystone-kommentare-meistgelesen",
        InputKind::Text,
        0.99,
    ),
    (
        "text-portuguese-brasil-portal-esportivo-virada-ficha-tecnica-table-veja-tambem-lines-foto-clube-publicidade-mais-lidas",
        InputKind::Text,
        0.99,
    ),
    // Known miss: two lines of the sponsored betting box between paragraphs
    // are kept.
    (
        "text-us-sports-site-nfl-team-news-embedded-tweets-related-lines-sponsored-betting-promo-most-read",
        InputKind::Text,
        0.99,
    ),
    // Known misses: the breadcrumb, headline, dek, byline and view count above
    // the first paragraph are kept.
    (
        "text-thai-hospital-pharmacy-robot-an-phoem-toem-khosana-phap-credits",
        InputKind::Text,
        0.92,
    ),
    // Known miss: the headline and dek above the first paragraph are kept.
    (
        "text-vietnamese-metro-trial-fare-table-xem-them-anh-credit-doc-nhieu",
        InputKind::Text,
        0.95,
    ),
    // Before 'Catch all the ...' and the analysts' disclaimer were phrases:
    // 0.940.
    (
        "html-indian-business-daily-textiles-plant-also-read-lines-advertisement-slots-catch-all-closing-topics-trending-stories",
        InputKind::Html,
        0.99,
    ),
    // Known miss: the two product cards inside the body (badge, names, specs,
    // rating, price row) are kept.
    (
        "html-us-tech-news-mesh-router-ai-key-takeaways-box-affiliate-disclosure-inline-product-cards-more-from-rail",
        InputKind::Html,
        0.94,
    ),
    (
        "text-danish-national-daily-tunnel-merpris-laes-ogsaa-lines-annonce-foto-ritzau-scanpix-artiklen-fortsaetter-mest-laeste",
        InputKind::Text,
        0.99,
    ),
    // Before 'Assine já por' was a phrase: 0.979.
    (
        "text-portuguese-portugal-national-daily-seca-barragem-leia-tambem-lines-publicidade-foto-lusa-assine-ja-line-com-lusa-mais-lidas",
        InputKind::Text,
        0.99,
    ),
    (
        "text-uk-regional-court-report-bowls-club-treasurer-fraud-read-more-lines-get-the-latest-news-box-comments-count-trending",
        InputKind::Text,
        0.99,
    ),
    // Before a pull quote could be a plain line 24 blocks from its source:
    // 0.983.
    (
        "text-us-metro-daily-council-transit-tax-ballot-far-pull-quote-story-continues-below-advertisement-subscribe-for-bar-most-popular",
        InputKind::Text,
        0.99,
    ),
    // Before Croatian stop words and relative times: 0.943 (the subheading, lead-in and list under
    // a 'Pročitajte i' box were dropped).
    (
        "text-croatian-news-portal-tuca-vinogradi-procitajte-i-oglas-foto-credits-najcitanije",
        InputKind::Text,
        0.99,
    ),
    // Before the player's countdown was a phrase: 0.988. Known miss: the
    // channel's name under the video card's running time.
    (
        "text-polish-national-portal-most-zamkniety-czytaj-takze-reklama-fot-pap-wideo-najczesciej-czytane",
        InputKind::Text,
        0.98,
    ),
    // Before 'Support independent local journalism' was a phrase: 0.948. Known
    // miss: the donation pitch written as prose between paragraphs.
    (
        "text-alt-weekly-album-review-star-line-support-local-journalism-pitch-if-you-go-release-show-more-arts",
        InputKind::Text,
        0.94,
    ),
    (
        "text-college-daily-shuttle-cuts-related-lines-name-paper-credit-captions-correction-end-most-read",
        InputKind::Text,
        0.99,
    ),
    (
        "text-hebrew-local-news-flour-mill-youth-center-kiru-od-lines-pirsomet-tzilum-credits-funding-table-hachi-nikraim",
        InputKind::Text,
        0.99,
    ),
    // Before the print and send-to-friends links were phrases: 0.965. Known
    // miss: the one-sentence summary under the headline.
    (
        "text-persian-news-site-mangrove-planting-bishtar-bekhanid-lines-tablighat-aks-credits-enteha-ye-payam-ordered-steps-porbazdidtarin",
        InputKind::Text,
        0.96,
    ),
    (
        "html-french-national-daily-bibliobus-lire-aussi-paragraphs-paywall-box-after-third-paragraph-full-text-follows-publicite-slots-photo-afp-figcaptions-plus-lus-rail",
        InputKind::Html,
        0.99,
    ),
    (
        "html-japanese-national-news-kyodo-konbini-kanren-kiji-box-kokoku-slots-shashin-kyodo-figcaptions-end-credit-access-ranking",
        InputKind::Html,
        0.99,
    ),
    (
        "text-uk-broadsheet-comment-column-columnist-photo-name-read-more-lines-join-the-conversation-most-viewed",
        InputKind::Text,
        0.99,
    ),
    // Known miss: the first copy of the photo's caption, above the lead.
    (
        "text-us-newswire-plant-opening-tweet-this-about-company-media-contact-hash-view-original-source",
        InputKind::Text,
        0.96,
    ),
    // Before a player's label over a card marked the card down to its running
    // time: 0.958 (with 'Play video:' as a label: 0.970).
    (
        "text-us-metro-daily-sports-column-goalie-play-video-card-running-time-source-station-sign-up-sports-newsletter-box-advertisement-labels-more-from-sports",
        InputKind::Text,
        0.99,
    ),
    // Known misses: the headline and dek written as sentences, the author's
    // name, and the closing 'writes about ... Reach him at' line are kept; the
    // subheading right under 'Story continues below gallery' is dropped.
    (
        "text-us-regional-paper-broom-maker-feature-gallery-1-of-12-buy-photo-story-continues-below-gallery-latest-list",
        InputKind::Text,
        0.93,
    ),
    (
        "text-indonesian-bus-listrik-uji-coba-baca-juga-scroll-to-continue-foto-credits-berita-terkait",
        InputKind::Text,
        0.99,
    ),
    // Before 'BACA:' and 'Gambar:' were labels: 0.934.
    (
        "text-malay-gajah-liar-kampung-baca-lines-iklan-gambar-credits-terkini-list",
        InputKind::Text,
        0.99,
    ),
    // Known miss: the headline of a sponsored box between its label and its
    // 'Brought to you by' line is kept.
    (
        "text-irish-national-daily-dental-scheme-read-more-lines-sponsored-labels-photo-captions-get-the-latest-news-box-most-read",
        InputKind::Text,
        0.97,
    ),
    (
        "text-uk-national-broadcaster-hedgehog-survey-findings-list-image-source-getty-media-caption-additional-reporting-newsletter-prompt-related-topics-more-on-this-story-top-stories",
        InputKind::Text,
        0.99,
    ),
    (
        "text-norwegian-allkringkaster-fjellbanen-ras-les-ogsa-foto-publisert-oppdatert-fakta-siste-nytt",
        InputKind::Text,
        0.99,
    ),
    (
        "text-swedish-morgontidning-forskollarare-bonus-las-ocksa-annons-foto-tt-premium-mest-last",
        InputKind::Text,
        0.99,
    ),
    // Known misses: three lines of the paywall box, marked only by data
    // attributes, are kept; a question subheading in the container whose class
    // names the paywall is dropped.
    (
        "html-german-nachrichtenmagazin-waermepumpe-plus-paywall-box-full-text-mehr-zum-thema-asides-anzeige-container-foto-dpa-figcaption-forum-kommentare",
        InputKind::Html,
        0.95,
    ),
    (
        "html-uk-reach-regional-public-toilets-read-more-links-cards-inline-newsletter-signup-comment-count-taboola-feed-cookie-consent",
        InputKind::Html,
        0.99,
    ),
    // Before the note over sources went with them: 0.907.
    (
        "text-us-health-site-pollen-season-study-medically-reviewed-line-inline-related-line-region-table-numbered-tips-sources-popular-now",
        InputKind::Text,
        0.99,
    ),
    // Known misses: the 'Read Next' box's headline and summary, and the last
    // two lines of a stock's quote card, are kept.
    (
        "text-us-markets-site-food-stocks-inline-ric-price-quotes-read-next-box-quote-card-credit-line-disclosure-trending-tickers",
        InputKind::Text,
        0.94,
    ),
    // Known misses: the video players' running times, the inline video's title
    // and a weather-app promo between paragraphs are kept.
    (
        "html-us-local-tv-station-arc-fusion-opera-house-fire-powa-video-player-first-alert-weather-widget-related-line-copyright-line-most-read",
        InputKind::Html,
        0.95,
    ),
    // Known miss: a reader poll between paragraphs (label, question, options,
    // button and vote count) is kept.
    (
        "text-austrian-regionalzeitung-gemeinderat-budget-abgelehnt-ki-zusammenfassung-artikel-anhoeren-umfrage-abstimmungstabelle-autorenbox-kommentare-cookie-banner",
        InputKind::Text,
        0.96,
    ),
    // Before 'Suscríbete a nuestro newsletter': 0.961. Known misses: the
    // headlines of two 'LEE ADEMÁS' boxes, a video card's channel line and the
    // editor's initials are kept.
    (
        "text-mexican-national-daily-vinculan-a-proceso-expolicia-desaparicion-hoy-no-circula-bar-escuchar-nota-lee-ademas-boxes-video-card-iniciales-patrocinado-lo-mas-leido",
        InputKind::Text,
        0.97,
    ),
    (
        "html-nigerian-wordpress-politics-assembly-suspends-lawmakers-byline-paragraph-also-read-ad-inserter-sassy-share-crp-related-wpdiscuz-comments-wpp-most-read",
        InputKind::Html,
        0.99,
    ),
    (
        "text-italian-regional-cronaca-truffa-finto-carabiniere-consigli-list-segnala-whatsapp-reader-comments-votes-replies-sondaggio-necrologie",
        InputKind::Text,
        0.99,
    ),
    // Before the 'stay informed and join in the conversation' prompt: 0.987.
    (
        "text-pakistani-english-daily-business-spi-weekly-inflation-price-table-psx-rates-widget-published-in-print-line-follow-biz-prompt-comments",
        InputKind::Text,
        0.99,
    ),
    // Before AI translation notes became credits: 0.967.
    (
        "html-korean-english-daily-tech-ai-chip-spec-table-related-box-in-body-translation-note-youth-protection-footer",
        InputKind::Html,
        0.99,
    ),
    // Before the Lithuanian ad break, subscribe and reprint phrases: 0.927. Known
    // misses: the 'PLIUS' badge over a subscription promo and a 'VIDEO' label are
    // kept.
    (
        "text-lithuanian-news-portal-heating-season-prices-table-tesinys-po-reklamos-plius-promo-video-block-grieztai-draudziama-notice-reactions-ip-comments",
        InputKind::Text,
        0.98,
    ),
    // Before a titled pitch over a call to give and its buttons was an appeal's
    // box: 0.966.
    (
        "text-scottish-broadsheet-health-ae-critical-incident-support-us-donation-box-mid-and-end-read-more-bullets-image-credits-table-comments-subscribers-only",
        InputKind::Text,
        0.99,
    ),
    // Known miss: the 'Fuente: ...' note under the table is kept.
    (
        "html-spanish-regional-costera-bonito-exclusivo-suscriptores-paywall-box-full-text-lee-tambien-tabla-publicidad-mareas-lo-mas-leido",
        InputKind::Html,
        0.98,
    ),
    // Before 'ВИДЕО:' was a label: 0.987.
    (
        "text-serbian-cyrillic-regional-portal-otkup-sljive-cene-tabela-procitajte-jos-video-anketa-najnovije-komentari",
        InputKind::Text,
        0.99,
    ),
    (
        "text-us-construction-trade-magazine-rcc-overlay-sponsored-content-cards-paid-content-line-product-spotlight-most-popular",
        InputKind::Text,
        0.99,
    ),
    // Before German external-content notices and 'Zugriff auf alle Inhalte':
    // 0.941.
    (
        "html-german-regionalzeitung-anwohnerparken-gebuehren-plus-paywall-box-full-text-gebuehren-tabelle-lesen-sie-auch-aside-externer-inhalt-video-umfrage-traueranzeigen",
        InputKind::Html,
        0.99,
    ),
    // Before a phrase with a hyphen glued to it was a label and the Hindi
    // WhatsApp prompt: 0.960.
    (
        "text-hindi-regional-daily-gehun-kharid-upaarjan-kendra-table-ye-bhi-padhen-hyphen-lines-vigyapan-whatsapp-channel-poll-comments-rashifal-mandi-bhav",
        InputKind::Text,
        0.99,
    ),
    (
        "text-south-african-news-site-river-crossing-pedestrian-bridge-read-colon-lines-donate-box-disqus-comments-press-council",
        InputKind::Text,
        0.99,
    ),
    (
        "html-japanese-local-tv-station-news-hail-apples-video-player-broadcast-note-kanren-news-links-access-ranking-box-toukou-box",
        InputKind::Html,
        0.99,
    ),
    (
        "text-estonian-national-news-portal-viljasaak-kuula-artiklit-player-harvest-table-artikkel-jatkub-parast-reklaami-loe-ka-lines-toimetaja-credit-kommentaarid-loetumad",
        InputKind::Text,
        0.99,
    ),
    // Before 'dans votre boîte courriel' and the local journalism initiative's
    // credit: 0.967.
    (
        "text-quebec-french-regional-daily-epicerie-cooperative-a-lire-aussi-lines-photo-credits-infolettre-box-initiative-journalisme-local-credit-soutenez-don-plus-lus",
        InputKind::Text,
        0.99,
    ),
    // Known miss: the 'Up next' subheading and its two short lines are dropped.
    (
        "html-us-sports-site-pro-hockey-overtime-recap-game-header-linescore-takeaways-subheads-box-score-tables-odds-widget-rail-inline-odds-promo-cookie-banner",
        InputKind::Html,
        0.97,
    ),
    // Before the quote card's rule: 0.676.
    (
        "text-bulgarian-business-daily-flour-mill-results-table-stock-quote-card-prochetete-oshte-lines-reklama-newsletter-box-pulsplus-prompt-comments-nai-cheteni",
        InputKind::Text,
        0.99,
    ),
    (
        "text-uk-tabloid-showbiz-reality-star-christmas-mansion-picture-captions-read-more-lines-dont-miss-tag-box-video-loading-newsletter-box-gallery-most-read",
        InputKind::Text,
        0.99,
    ),
    (
        "html-french-national-daily-entretien-strong-questions-lire-aussi-lf-paragraphs-infographie-figure-inread-pub-paywall-cut-subscriber-only-audio-and-comments-plus-lus",
        InputKind::Html,
        0.99,
    ),
    // Before the Greek 'read more' labels and a lead-in ending with a colon under
    // a box counted where the article goes on: 0.952 (with the labels alone:
    // 0.795). Known miss: the subheading 'Παύση εργασιών και κλειστοί
    // αρχαιολογικοί χώροι' is dropped.
    (
        "text-greek-news-portal-kafsonas-newsroom-byline-diavaste-akoma-box-video-player-table-psifoforia-poll-facebook-comments-mitroo-footer",
        InputKind::Text,
        0.98,
    ),
    // Before 'maintains editorial independence': 0.966.
    (
        "text-us-state-politics-nonprofit-newsroom-veto-override-roll-call-table-morning-headlines-prompt-republish-cc-note-you-make-our-work-possible-appeal",
        InputKind::Text,
        0.99,
    ),
    // Known miss: a chart's 'Loading...' placeholder between paragraphs is kept.
    (
        "html-australian-national-broadcaster-koala-count-key-points-box-figcaptions-supplied-credits-loading-embeds-newsletter-prompt-state-table-related-stories-related-links-related-topics-just-in-popular-now",
        InputKind::Html,
        0.98,
    ),
    // Before the French error-report and newsletter phrases: 0.966.
    (
        "text-swiss-french-romandie-daily-village-bistrot-cooperative-lire-aussi-lines-publicite-photo-credits-financing-table-newsletter-commentaires-les-plus-lus",
        InputKind::Text,
        0.99,
    ),
    // Known misses: four subheadings and the stats table's header row are
    // dropped.
    (
        "text-us-college-football-fan-blog-network-game-preview-how-to-watch-list-three-things-to-watch-stats-table-odds-widget-related-lines-newsletter-comments-cookie-banner",
        InputKind::Text,
        0.97,
    ),
    (
        "html-portuguese-brasil-arc-style-portal-bus-fare-table-leia-tambem-boxes-whatsapp-channel-promo-fusion-state-mais-lidas",
        InputKind::Html,
        0.99,
    ),
    // Before 'Death Notices' headed other items: 0.827 (the tags and the in-
    // memoriam notices were kept too). Known miss: the four death notices under
    // that header read as prose and are kept.
    (
        "text-irish-regional-weekly-shopkeeper-funeral-tributes-read-more-lines-death-notices-box-anniversaries-most-read",
        InputKind::Text,
        0.85,
    ),
    // Before the Slovenian stop words: 0.345 (the paragraphs under the first
    // 'Preberite še:' box scored as uncertain, so the article ended there).
    (
        "text-slovenian-national-news-portal-hail-storm-vineyards-damage-table-preberite-se-boxes-video-player-agency-initials-comments-najbolj-brano",
        InputKind::Text,
        0.99,
    ),
    // Known miss: the italic book-plug bio in the body's last paragraph is kept.
    (
        "html-uk-broadsheet-opinion-column-bank-branch-closure-options-list-letter-blockquote-related-article-card-italic-book-bio-author-box-comment-count-most-read-consent-dialog",
        InputKind::Html,
        0.98,
    ),
    // Before the Danish paywall meter phrases: 0.967.
    (
        "text-danish-regional-daily-brugsen-andelsbutik-paywall-meter-line-laes-ogsaa-annonce-foto-plan-list-del-emner-mest-laeste",
        InputKind::Text,
        0.99,
    ),
    (
        "text-filipino-tagalog-tabloid-tricycle-fare-hike-basahin-lines-advertisement-kuha-ni-captions-taripa-table-komento-form-pinakabinasa",
        InputKind::Text,
        0.99,
    ),
    // Known misses: the standfirst, the gallery's header and the source note
    // under the table are kept.
    (
        "html-polish-regional-portal-storm-damage-czytaj-takze-boxes-swiper-photo-gallery-interventions-table-galerie-comments-rodo",
        InputKind::Html,
        0.93,
    ),
    // Before the Arabic WhatsApp channel prompt: 0.978. Known miss: the source
    // line under the table is kept.
    (
        "text-arabic-gulf-daily-midday-work-ban-prayer-times-archive-captions-inspection-table-whatsapp-prompt-poll",
        InputKind::Text,
        0.98,
    ),
    // Known misses: part of the product box is kept, and the first bulleted tip
    // is dropped.
    (
        "text-us-tech-news-thermostat-end-of-support-affiliate-disclosure-product-box-star-rating-model-table-watch-this-video-comments",
        InputKind::Text,
        0.94,
    ),
    (
        "html-mexican-regional-wordpress-soledad-tarifa-transporte-te-puede-interesar-boxes-tabla-tarifas-figcaption-fotos-especiales-notas-relacionadas",
        InputKind::Html,
        0.99,
    ),
    // Known misses: a 'Lasi vēl:' teaser, a video block's label and title, a
    // helpfulness prompt and a subscription prompt are kept.
    (
        "text-latvian-national-news-portal-storm-outages-lv-ru-en-switcher-lasi-vel-video-block-novadu-table-paywall-prompt-komentari-partneru-saturs",
        InputKind::Text,
        0.94,
    ),
    // Known misses: a 'SUPPORT LOCAL JOURNALISM' box between paragraphs, and the obituaries and
    // legal notices after the story are kept. A legal notice's 'Dated:' line under its first
    // paragraph no longer cuts the page as the next article's date line did: 0.807 before.
    (
        "text-us-weekly-community-paper-grocery-co-op-reopens-main-street-obituaries-section-legal-notices-section-e-edition-church-directory",
        InputKind::Text,
        0.67,
    ),
    // Known miss: a live-video box between paragraphs is kept.
    (
        "html-swedish-evening-tabloid-skogsbrand-direkt-live-video-promo-las-ocksa-links-foto-mest-last",
        InputKind::Html,
        0.96,
    ),
    // Known miss: the paywall sentence between the first two paragraphs is kept.
    (
        "text-flemish-regional-news-schoolstraat-ouders-plus-paywall-luister-volg-gemeente-whatsapp-tip-meest-gelezen",
        InputKind::Text,
        0.96,
    ),
    (
        "text-kenyan-national-daily-capitation-delay-also-read-lines-listen-whatsapp-channel-related-topics",
        InputKind::Text,
        0.99,
    ),
    // Before a headline other than the stated title was looked for: 0.953 (the bold standfirst was
    // kept). Known miss: the gallery's heading is kept.
    (
        "html-bulgarian-news-site-obshtina-budget-prochetete-oshte-reklama-galeriya-komentari-nai-cheteni",
        InputKind::Html,
        0.98,
    ),
    // Before a dash after a capitalised name ruled out a glued headline: 0.926 (the lead, opening
    // with a dateline, was lost). Known miss: the title in the related-video block leaks.
    (
        "html-indonesian-news-portal-baca-juga-inline-links-pagination-halaman-video-terkait-berita-terkait-tag",
        InputKind::Html,
        0.97,
    ),
    // Before the gallery labels and Croatian previous/next links: 0.985.
    (
        "text-croatian-regional-portal-komunalni-radovi-procitajte-i-lines-oglas-foto-credits-galerija-komentari-najcitanije",
        InputKind::Text,
        0.99,
    ),
    (
        "text-portuguese-portugal-national-daily-exclusivo-assinantes-leia-tambem-publicidade-partilhar-comentarios-mais-lidas",
        InputKind::Text,
        0.99,
    ),
    (
        "text-uk-regional-newspaper-court-report-sentenced-comments-top-stories-recommended-by-sponsored-links-cookie-settings",
        InputKind::Text,
        0.99,
    ),
    // Before a weekday counted as a date only where it makes most of a line: 0.987 (the subheading
    // 'More rain possible Thursday' was dropped).
    (
        "text-us-local-tv-station-weather-story-video-player-running-times-closed-captions-download-our-app-more-stories",
        InputKind::Text,
        0.99,
    ),
    (
        "html-indonesian-regional-news-wordpress-dateline-bold-lead-baca-juga-editor-line-berita-terkait",
        InputKind::Html,
        0.99,
    ),
    (
        "html-polish-regional-news-portal-czytaj-takze-reklama-galeria-komentarze-najpopularniejsze",
        InputKind::Html,
        0.99,
    ),
    (
        "html-us-local-tv-station-wordpress-video-player-running-times-related-stories-weather-alerts",
        InputKind::Html,
        0.99,
    ),
    (
        "text-dutch-regional-news-site-brug-renovatie-lees-ook-advertentie-reacties-meest-gelezen",
        InputKind::Text,
        0.99,
    ),
    (
        "text-serbian-latin-news-portal-opstina-vodovod-procitajte-jos-foto-galerija-komentari-najcitanije",
        InputKind::Text,
        0.99,
    ),
    // Before a short lead-in counted as the article going on under a box: 0.872 (the first two
    // paragraphs were lost).
    (
        "text-turkish-national-news-site-belediye-haberi-ilgili-haberler-reklam-yorumlar-en-cok-okunanlar",
        InputKind::Text,
        0.99,
    ),
    (
        "html-argentine-news-site-te-puede-interesar-mira-tambien-publicidad-temas-comentarios",
        InputKind::Html,
        0.99,
    ),
    (
        "html-czech-news-portal-perex-ctete-take-reklama-foto-diskuse-nejctenejsi",
        InputKind::Html,
        0.99,
    ),
    (
        "text-bosnian-news-portal-opcina-most-procitajte-jos-foto-komentari-najcitanije",
        InputKind::Text,
        0.99,
    ),
    // Before the Finnish paywall phrases: 0.926, and before short alt text in brackets over a
    // caption: 0.974. Known miss: the last paragraph, of nine words, is lost.
    (
        "text-finnish-regional-daily-tilaajille-paywall-lue-myos-mainos-kuva-kommentit-luetuimmat",
        InputKind::Text,
        0.98,
    ),
    (
        "text-hungarian-news-portal-onkormanyzat-kapcsolodo-hirdetes-fotok-hozzaszolasok-legolvasottabb",
        InputKind::Text,
        0.99,
    ),
    // Before the Romanian Google News phrase: 0.990 (the follow line after the last paragraph
    // leaked).
    (
        "text-romanian-news-site-consiliu-local-citeste-si-publicitate-foto-comentarii-cele-mai-citite",
        InputKind::Text,
        0.99,
    ),
    (
        "html-australian-news-site-video-player-related-coverage-inline-newsletter-signup-comments-closed",
        InputKind::Html,
        0.99,
    ),
    (
        "html-german-regional-newspaper-plus-paywall-artikel-teaser-anzeige-mehr-zum-thema-kommentare",
        InputKind::Html,
        0.99,
    ),
    (
        "text-english-local-newspaper-obituary-page-funeral-notice-guestbook-sign-condolences",
        InputKind::Text,
        0.99,
    ),
    (
        "text-japanese-regional-news-kanren-kiji-koukoku-shashin-comment-ranking",
        InputKind::Text,
        0.99,
    ),
    (
        "text-norwegian-local-newspaper-pluss-artikkel-les-ogsa-annonse-kommentarer-mest-lest",
        InputKind::Text,
        0.99,
    ),
    // Before short alt text in brackets over a caption: 0.986.
    (
        "text-slovak-regional-news-portal-mestske-zastupitelstvo-citajte-aj-reklama-foto-diskusia",
        InputKind::Text,
        0.99,
    ),
    // Known miss: the newest update's time, the same as the page's updated time, is dropped.
    (
        "html-french-regional-news-en-direct-live-updates-heure-lire-aussi-publicite",
        InputKind::Html,
        0.99,
    ),
    // Before times written with a full stop ('16.40 GMT') were read as times: 0.804. Known miss:
    // the pinned summary post is dropped.
    (
        "html-uk-national-live-blog-key-events-pinned-post-timestamps-updates",
        InputKind::Html,
        0.90,
    ),
    // Known miss: the headlines of the 'LEE ADEMÁS' boxes between paragraphs are kept.
    (
        "text-mexican-news-site-lee-ademas-headlines-between-paragraphs-publicidad-notas-relacionadas",
        InputKind::Text,
        0.95,
    ),
    // Known miss: a table of two columns (a spec sheet) is not read as a table, and the article
    // ends above it.
    (
        "text-tech-blog-product-review-specs-table-pros-cons-price-box-buy-buttons",
        InputKind::Text,
        0.94,
    ),
    // Before the quote card's phrases: 0.972; before the quote card's rule: 0.986.
    (
        "text-us-business-news-earnings-story-stock-quote-card-between-paragraphs-ticker-price-change-volume",
        InputKind::Text,
        0.99,
    ),
    (
        "text-us-regional-paper-metered-paywall-sentence-between-paragraphs-you-have-x-free-articles",
        InputKind::Text,
        0.99,
    ),
    (
        "html-indonesian-news-portal-baca-juga-inline-paging-halaman-editor-line",
        InputKind::Html,
        0.99,
    ),
    // Known miss: the 'Ficha técnica' box inside the article (line-ups, goals, referee, stadium)
    // is kept.
    (
        "html-spanish-sports-daily-match-report-alineaciones-box-ficha-tecnica-te-puede-interesar",
        InputKind::Html,
        0.89,
    ),
    (
        "html-vietnamese-news-portal-xem-them-inline-related-tin-lien-quan-author-bottom",
        InputKind::Html,
        0.99,
    ),
    // Before 'Uhr' times and the first update's title above the region: 0.981. Known miss: the X
    // post's label is kept.
    (
        "text-german-regional-newspaper-liveticker-timestamped-entries-bold-titles-newest-first",
        InputKind::Text,
        0.98,
    ),
    // Before counters in other languages ('FOTO 5 di 6') and the Italian gallery header and pager:
    // 0.970. Known miss: a gallery entry's credit naming an archive is kept.
    (
        "text-italian-news-site-leggi-anche-photo-gallery-numbered-captions-cookie-wall",
        InputKind::Text,
        0.98,
    ),
    (
        "text-polish-news-portal-czytaj-takze-inline-links-reklama-labels-paywall-remaining-percent",
        InputKind::Text,
        0.99,
    ),
    // Known misses: the 'In numbers' box inside the article and the 'Notes' heading are kept.
    (
        "html-english-magazine-longread-pull-quotes-drop-cap-sidebar-footnotes-author-bio",
        InputKind::Html,
        0.96,
    ),
    (
        "html-french-regional-daily-article-a-lire-aussi-boxes-partial-paywall-abonnes",
        InputKind::Html,
        0.99,
    ),
    // Before the Portuguese 'com informações de' credit: 0.993.
    (
        "text-brazilian-news-portal-leia-tambem-lines-video-card-publicidade-comentarios",
        InputKind::Text,
        0.99,
    ),
    // Known miss: a gallery picture's bracketed alt text is kept.
    (
        "text-turkish-news-portal-ilgili-haberler-reklam-galeri-etiketler",
        InputKind::Text,
        0.98,
    ),
    // Known misses: the dek is kept; the 'Journal: ... DOI: ...' line is reported as the title.
    (
        "text-university-press-release-news-media-contact-about-the-university-boilerplate",
        InputKind::Text,
        0.97,
    ),
    // Known miss: the Facebook post's 'Posted by ...' line is dropped.
    (
        "text-us-local-tv-station-story-embedded-social-posts-between-paragraphs-video-autoplay-related",
        InputKind::Text,
        0.98,
    ),
    // Before named counters with a slash were read: 0.989 (the "Foto 1/12" counter kept).
    (
        "html-czech-news-portal-ctete-take-inline-boxes-galerie-counter-diskuze",
        InputKind::Html,
        0.99,
    ),
    (
        "text-canadian-newspaper-story-continues-below-advertisement-article-content-lines",
        InputKind::Text,
        0.99,
    ),
    (
        "text-dutch-regional-news-site-lees-ook-lines-video-player-labels-reacties-meest-gelezen",
        InputKind::Text,
        0.99,
    ),
    // Known misses: two subheadings (one under a 【関連記事】 line, one under an ad's label) are
    // dropped; two lines of a members' teaser box are kept; the share row is reported as the
    // title.
    (
        "text-japanese-news-site-kanren-kiji-inline-kokoku-shashin-captions-sns-buttons",
        InputKind::Text,
        0.87,
    ),
    // Before the donation box's phrases: 0.971.
    (
        "html-us-nonprofit-news-site-republish-box-donate-interstitial-correction-note-series-box",
        InputKind::Html,
        0.99,
    ),
    // Known misses: a ticket box between sections and two 'presented by' sponsor lines under
    // subheadings are kept.
    (
        "text-english-football-club-site-match-preview-team-news-ticket-box-sponsor-lines",
        InputKind::Text,
        0.94,
    ),
    (
        "html-romanian-news-portal-citeste-si-inline-galerie-foto-comentarii-facebook",
        InputKind::Html,
        0.98,
    ),
    (
        "html-science-news-site-story-source-box-journal-reference-cite-this-page-related",
        InputKind::Html,
        0.99,
    ),
    (
        "html-thai-news-portal-inline-related-news-box-tags-share-popular",
        InputKind::Html,
        0.99,
    ),
    // Before the Catalan stop words and phrases: 0.954 ("Llegeix també" lines kept; the page was
    // read as Spanish).
    (
        "text-catalan-regional-news-portal-llegeix-tambe-lines-publicitat-etiquetes-mes-llegits",
        InputKind::Text,
        0.99,
    ),
    (
        "text-persian-news-agency-news-code-line-inline-read-more-tags-related",
        InputKind::Text,
        0.95,
    ),
    // Before the subheading check: 0.928.
    (
        "text-us-state-agency-news-release-for-immediate-release-contact-block-end-marks-page-last-updated",
        InputKind::Text,
        0.99,
    ),
    (
        "html-catalan-public-broadcaster-news-story-relacionats-etiquetes-comparteix-video",
        InputKind::Html,
        0.99,
    ),
    (
        "html-real-estate-news-site-market-story-listing-cards-mortgage-calculator-agent-box",
        InputKind::Html,
        0.92,
    ),
    (
        "html-software-company-blog-post-table-of-contents-cta-boxes-author-card-code-block",
        InputKind::Html,
        0.95,
    ),
    (
        "text-hungarian-news-portal-kapcsolodo-cikk-lines-hirdetes-labels-cimkek-legolvasottabb",
        InputKind::Text,
        0.94,
    ),
    (
        "text-indian-english-news-site-also-read-lines-catch-all-updates-whatsapp-channel-line",
        InputKind::Text,
        0.98,
    ),
    // Before captioned tables after the region were kept: 0.723. Known miss: the score-by-quarters
    // line and the "Up Next" section under the tables are dropped.
    (
        "text-us-college-sports-site-basketball-recap-box-score-table-leaders-next-game",
        InputKind::Text,
        0.95,
    ),
    (
        "html-local-newspaper-obituary-page-obituary-text-guestbook-send-flowers-funeral-home-box",
        InputKind::Html,
        0.99,
    ),
    (
        "html-uk-regional-news-story-read-more-embeds-inline-video-player-newsletter-signup-mid-article-comments",
        InputKind::Html,
        0.97,
    ),
    (
        "html-us-metro-daily-story-inline-timeline-list-reader-poll-widget-gift-article-button",
        InputKind::Html,
        0.95,
    ),
    (
        "text-australian-news-site-key-points-box-at-top-abc-style-topics-posted-updated",
        InputKind::Text,
        0.99,
    ),
    // Before listicle headings and list labels were kept: 0.794. Known miss: an inline newsletter
    // prompt leaks.
    (
        "text-us-shopping-magazine-listicle-numbered-products-prices-buy-buttons-affiliate-disclosure",
        InputKind::Text,
        0.98,
    ),
    // Before "Purchase Licensing Rights" marked a caption: 0.961. Known miss: a "FACTBOX-..." link
    // line between paragraphs is kept.
    (
        "text-wire-service-story-updates-note-dateline-reporting-by-editing-by-related-coverage",
        InputKind::Text,
        0.97,
    ),
    (
        "html-german-news-site-das-wichtigste-in-kuerze-box-mehr-zum-thema-video-teaser-kommentare",
        InputKind::Html,
        0.99,
    ),
    (
        "html-news-site-hard-paywall-teaser-paragraphs-subscribe-wall-offer-prices-login-prompt",
        InputKind::Html,
        0.99,
    ),
    // Before the Hindi photo credit and tags labels: 0.967 (a caption and the tags row kept).
    (
        "text-indian-regional-language-hindi-news-portal-ye-bhi-padhen-lines-vigyapan-tags",
        InputKind::Text,
        0.99,
    ),
    (
        "text-spanish-sports-daily-minute-by-minute-live-commentary-minutes-goals-cards-alineaciones",
        InputKind::Text,
        0.90,
    ),
    // Before pull quotes in single marks were read: 0.922. Known misses: the newsletter pitch, the
    // author note and the follow line are kept.
    (
        "text-uk-broadsheet-long-read-section-breaks-asterisks-pull-quotes-repeated-in-text-author-footnote",
        InputKind::Text,
        0.94,
    ),
    (
        "text-us-local-news-crime-brief-mugshot-captions-crime-stoppers-boilerplate-arrest-disclaimer",
        InputKind::Text,
        0.89,
    ),
    (
        "html-brazilian-news-portal-veja-tambem-videos-inline-leia-mais-regional-edition",
        InputKind::Html,
        0.94,
    ),
    (
        "html-news-site-data-story-chart-figure-source-notes-methodology-box",
        InputKind::Html,
        0.99,
    ),
    (
        "html-sports-site-transfer-news-player-profile-card-stats-box-betting-odds-widget",
        InputKind::Html,
        0.97,
    ),
    (
        "html-tech-news-site-story-embedded-tweets-youtube-iframe-update-note-affiliate-links",
        InputKind::Html,
        0.96,
    ),
    (
        "text-music-magazine-album-review-rating-tracklist-label-info-box-listen-buttons",
        InputKind::Text,
        0.99,
    ),
    (
        "text-uk-tabloid-celebrity-story-many-photo-captions-read-more-lines-comments-share",
        InputKind::Text,
        0.95,
    ),
    (
        "html-court-news-ruling-case-details-box-quoted-judgment-blockquote-share-tags",
        InputKind::Html,
        0.99,
    ),
    (
        "html-food-safety-agency-product-recall-notice-product-table-consumer-advice-subscribe-alerts",
        InputKind::Html,
        0.99,
    ),
    // Before the 'Journal reference' heading phrase: 0.975.
    (
        "html-science-news-site-journal-reference-doi-line-related-stories-sidebar-newsletter",
        InputKind::Html,
        0.99,
    ),
    (
        "text-literary-magazine-poetry-review-quoted-stanzas-buy-box-reviewer-bio-more-reviews",
        InputKind::Text,
        0.99,
    ),
    (
        "text-local-news-timeline-dated-entries-inside-body-related-links-ad-labels",
        InputKind::Text,
        0.99,
    ),
    (
        "text-regional-news-q-and-a-interview-short-questions-photo-credit-read-more-comments",
        InputKind::Text,
        0.99,
    ),
    (
        "text-transit-operator-service-change-notice-affected-stops-list-app-prompt-footer",
        InputKind::Text,
        0.98,
    ),
    (
        "text-weather-service-storm-warning-label-lines-forecast-widget-app-prompt",
        InputKind::Text,
        0.99,
    ),
    (
        "html-developer-blog-tutorial-code-blocks-copy-buttons-toc-sidebar-author-card",
        InputKind::Html,
        0.97,
    ),
    (
        "html-encyclopedia-article-infobox-edit-links-references-navbox",
        InputKind::Html,
        0.99,
    ),
    (
        "html-newsletter-platform-post-subscribe-buttons-mid-text-footnotes-likes-comments",
        InputKind::Html,
        0.93,
    ),
    (
        "html-paginated-magazine-feature-page-1-of-3-next-page-links-continue-reading",
        InputKind::Html,
        0.99,
    ),
    // Before dated label lines and the next-article check: 0.455.
    (
        "text-community-events-article-what-when-where-label-lines-tickets-button-calendar-widget",
        InputKind::Text,
        0.99,
    ),
    (
        "text-email-newsletter-web-version-view-in-browser-sections-forward-unsubscribe",
        InputKind::Text,
        0.95,
    ),
    // Before 'Key facts', 'In this article' and the note over sources: 0.870.
    (
        "text-health-info-site-article-key-facts-box-medically-reviewed-sources-list-ads",
        InputKind::Text,
        0.99,
    ),
    (
        "text-italian-local-news-sondaggio-poll-between-paragraphs-leggi-anche-galleria-commenti",
        InputKind::Text,
        0.98,
    ),
    (
        "html-community-events-roundup-when-where-cost-label-paragraphs-ticket-buttons-map-embed",
        InputKind::Html,
        0.97,
    ),
    (
        "html-spanish-regional-news-agenda-cultural-cuando-donde-precio-entradas-boton",
        InputKind::Html,
        0.99,
    ),
    (
        "text-german-consumer-advice-article-info-box-checklist-mehr-zum-thema",
        InputKind::Text,
        0.99,
    ),
    (
        "text-government-grant-announcement-eligibility-bullets-deadline-label-lines-apply-button-contact",
        InputKind::Text,
        0.99,
    ),
    (
        "text-sports-match-preview-kick-off-venue-tv-label-lines-team-news-predicted-line-ups",
        InputKind::Text,
        0.99,
    ),
    (
        "text-theatre-review-production-credits-box-star-rating-booking-until-line",
        InputKind::Text,
        0.98,
    ),
    (
        "text-travel-feature-practical-info-getting-there-where-to-stay-label-paragraphs-affiliate-links",
        InputKind::Text,
        0.99,
    ),
    (
        "text-university-news-public-lecture-announcement-speaker-details-register-button-campus-map",
        InputKind::Text,
        0.98,
    ),
    (
        "html-health-news-article-key-takeaways-box-sources-accordion-reviewed-by",
        InputKind::Html,
        0.99,
    ),
    (
        "text-french-regional-daily-article-a-lire-aussi-encadre-reperes-dates",
        InputKind::Text,
        0.99,
    ),
    (
        "text-high-school-sports-roundup-several-short-recaps-score-lines-standings-widget",
        InputKind::Text,
        0.92,
    ),
    // Known misses: tally lines of names ('Absent: Lindqvist') are dropped. Before the subheading
    // check: 0.860.
    (
        "text-local-council-meeting-summary-vote-tally-lines-agenda-links-public-comment",
        InputKind::Text,
        0.95,
    ),
    (
        "text-news-site-partner-content-paid-post-label-disclosure-sponsor-logo-line",
        InputKind::Text,
        0.99,
    ),
    (
        "text-polish-news-portal-czytaj-takze-zdjecie-autor-komentarze-najpopularniejsze",
        InputKind::Text,
        0.97,
    ),
    (
        "html-company-engineering-blog-postgres-vacuum-code-blocks-copy-buttons-results-table-hiring-aside-mid-body-author-card",
        InputKind::Html,
        0.93,
    ),
    (
        "html-medium-style-personal-essay-drop-cap-span-claps-follow-listen-share-more-from-author-recommended",
        InputKind::Html,
        0.94,
    ),
    (
        "text-french-substack-style-lettre-marais-salants-partager-rows-abonnez-vous-box-notes-footnotes-commentaires",
        InputKind::Text,
        0.96,
    ),
    (
        "text-travel-blog-island-walking-itinerary-numbered-day-stops-emoji-affiliate-lines-resources-box-pin-comments",
        InputKind::Text,
        0.9,
    ),
    (
        "html-english-coastal-news-semantic-article-related-cards-pull-quote-fact-box-tweet-video-newsletter",
        InputKind::Html,
        0.94,
    ),
    (
        "html-english-table-layout-county-paper-related-links-pull-quote-fact-box-facebook-post-video-email-signup",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-lokalzeitung-div-br-paragraphs-auch-interessant-cards-zitat-infobox-instagram-video-newsletter",
        InputKind::Html,
        0.95,
    ),
    (
        "html-spanish-react-class-soup-news-te-puede-interesar-cards-cita-destacada-ficha-tweet-video-boletin",
        InputKind::Html,
        0.93,
    ),
    // Known miss: the spec table (rows of a label and a value), the pros
    // and cons lists and the conclusion under them are dropped.
    (
        "text-dutch-phone-review-score-price-widgets-spec-rows-pluspunten-minpunten-eindoordeel-box",
        InputKind::Text,
        0.95,
    ),
    (
        "text-laptop-buying-guide-four-numbered-picks-view-deal-price-widgets-reasons-to-buy-avoid-comparison-table-jump-to-list-deals-box",
        InputKind::Text,
        0.98,
    ),
    (
        "text-portuguese-restaurant-review-star-avaliacao-leia-tambem-captions-twice-servico-info-box-mais-lidas",
        InputKind::Text,
        0.96,
    ),
    (
        "text-swedish-film-review-betyg-stars-faktaruta-cast-line-annons-las-mer-quote-dash-line-captions-mest-last",
        InputKind::Text,
        0.95,
    ),
    (
        "text-australian-regional-news-election-count-preferences-key-points-listen-tally-table-read-more-comments-count",
        InputKind::Text,
        0.98,
    ),
    (
        "text-czech-zpravy-studie-zdravi-poslechnete-si-clanek-ve-zkratce-ctete-take-foto-diskuse-pocet",
        InputKind::Text,
        0.98,
    ),
    (
        "text-turkish-haber-toplu-ulasim-grevi-son-dakika-bandi-haberi-dinle-ozet-ilgili-haber-yorumlar-sayisi",
        InputKind::Text,
        0.98,
    ),
    (
        "text-uk-regional-news-court-ruling-listen-player-key-points-read-more-lines-bio-comments-count",
        InputKind::Text,
        0.98,
    ),
    (
        "html-english-nonprofit-local-news-hospital-opening-related-card-donation-ask-late-in-body",
        InputKind::Html,
        0.98,
    ),
    (
        "html-polish-regional-portal-wildfire-najczesciej-czytane-strip-reklama-slot-late-in-body",
        InputKind::Html,
        0.96,
    ),
    (
        "text-italian-calcio-club-sale-inline-leggi-anche-card-ad-slot-body-continues",
        InputKind::Text,
        0.99,
    ),
    (
        "text-norwegian-ferjesamband-nyhetsbrev-boks-mest-lest-stripe-midt-i-saken",
        InputKind::Text,
        0.99,
    ),
    (
        "html-english-magazine-long-read-town-clock-winder-italic-editors-note-span-drop-cap-h2-chapters-aside-pull-quotes-far-figure-captions-sup-footnotes-print-line-bio",
        InputKind::Html,
        0.98,
    ),
    (
        "html-spanish-revista-reportaje-largo-salinas-nota-de-la-redaccion-capitular-ladillos-citas-destacadas-lejanas-ilustraciones-notas-al-pie-edicion-impresa-bio",
        InputKind::Html,
        0.99,
    ),
    (
        "text-english-magazine-dispatch-night-ferry-disclosure-editors-note-one-word-chapter-heads-far-pull-quote-with-source-illustration-captions-superscript-footnotes-print-line",
        InputKind::Text,
        0.9,
    ),
    (
        "text-english-magazine-long-read-salt-marsh-shepherds-editors-note-drop-cap-roman-chapter-heads-far-pull-quotes-illustration-captions-twice-footnotes-print-line-bio",
        InputKind::Text,
        0.92,
    ),
    (
        "html-arabic-sports-daily-stadium-reopening-hijri-date-rlm-byline-blockquote-iqra-aydan-whatsapp-prompt-tawsim-taaliqat",
        InputKind::Html,
        0.98,
    ),
    (
        "html-hebrew-local-news-night-bus-lines-caption-paragraphs-in-body-kiru-gam-blockquote-talkbacks-beshituf-sponsored",
        InputKind::Html,
        0.99,
    ),
    (
        "html-korean-regional-daily-lantern-festival-photo-tables-relate-line-square-bullet-strong-subheads-blockquote-reporter-sign-copyright-most-viewed",
        InputKind::Html,
        0.95,
    ),
    (
        "html-thai-regional-news-floating-market-dredging-an-khao-thi-kiaokhong-blockquote-figcaption-phap-line-box-khop-khun-credit-khwam-khithen",
        InputKind::Html,
        0.94,
    ),
    (
        "text-canadian-science-lake-ice-study-unlabelled-key-points-caption-twice-teaser-headlines-bio-related-list",
        InputKind::Text,
        0.92,
    ),
    (
        "text-irish-business-medtech-jobs-unlabelled-key-points-body-bullets-teaser-headlines-bio-related-list",
        InputKind::Text,
        0.91,
    ),
    (
        "text-new-zealand-sport-womens-rugby-final-unlabelled-key-points-teaser-headlines-bio-related-list-macrons",
        InputKind::Text,
        0.92,
    ),
    (
        "text-us-city-council-garage-housing-unlabelled-key-points-teaser-headlines-bio-related-list",
        InputKind::Text,
        0.90,
    ),
    (
        "html-arc-xp-react-school-board-vote-nested-data-type-elements-interstitial-link-roll-call-list-newsletter-card-contributor-line-fusion-json",
        InputKind::Html,
        0.98,
    ),
    (
        "html-blox-townnews-firehouse-restaurant-opening-subscriber-preview-only-restricted-notice-tncms-inline-ads-relcontent-if-you-go-tagline",
        InputKind::Html,
        0.97,
    ),
    (
        "html-drupal-10-court-sentencing-field-name-body-pull-quote-paragraph-victim-blockquote-read-more-person-bio-views-related-most-read",
        InputKind::Html,
        0.98,
    ),
    (
        "html-wordpress-generatepress-route-bridge-closure-detour-list-wp-caption-related-line-jetpack-subscribe-sharedaddy-likes-relatedposts-author-box",
        InputKind::Html,
        0.98,
    ),
    (
        "html-english-markets-site-chipmaker-earnings-inline-ticker-chips-market-data-aside-mid-body-earnings-table-chart-div-source-get-the-latest-prompt-companies-mentioned-disclaimer",
        InputKind::Html,
        0.99,
    ),
    (
        "html-french-bourse-site-resultats-annuels-avertissement-marges-cours-inline-dans-le-texte-donnees-de-marche-aside-tableau-resultats-graphique-source-valeurs-citees-newsletter-avertissement",
        InputKind::Html,
        0.99,
    ),
    (
        "text-australian-business-site-miner-half-year-results-inline-asx-quote-chips-market-data-box-results-table-chart-source-get-the-latest-prompt-companies-mentioned-general-advice-warning",
        InputKind::Text,
        0.91,
    ),
    (
        "text-german-boersenportal-quartalszahlen-maschinenbauer-kurschips-im-satz-kursdaten-box-kennzahlen-tabelle-grafik-quelle-erwaehnte-werte-keine-anlageberatung",
        InputKind::Text,
        0.88,
    ),
    (
        "html-english-county-cricket-day-report-scorecard-widget-tabs-batting-bowling-tables-mid-body-live-score-strip-fall-of-wickets-subhead-blockquote",
        InputKind::Html,
        0.88,
    ),
    (
        "html-italian-sports-daily-serie-b-match-report-live-score-header-formazioni-box-mid-body-statistiche-partita-table-pagelle-link-leggi-anche",
        InputKind::Html,
        0.98,
    ),
    (
        "text-dutch-cycling-stage-report-uitslag-top-tien-ordered-list-body-klassement-widget-numbered-lees-ook-lines-reacties",
        InputKind::Text,
        0.98,
    ),
    (
        "text-spanish-fichajes-transfer-story-ficha-del-jugador-box-label-lines-ultima-hora-ticker-te-puede-interesar-cuotas-publicidad-comentarios",
        InputKind::Text,
        0.93,
    ),
    (
        "text-uk-city-pool-reopening-delayed-related-line-then-update-note-bio-contact-tip-line-support-box-comments-more-stories",
        InputKind::Text,
        0.98,
    ),
    (
        "text-uk-council-library-closures-one-sentence-last-paragraph-ldrs-bio-support-journalism-tip-line-more-on-this-story",
        InputKind::Text,
        0.98,
    ),
    (
        "text-us-drought-emergency-farmers-subheading-before-last-two-paragraphs-update-note-ap-credit-bio-related-list-ap-copyright",
        InputKind::Text,
        0.98,
    ),
    (
        "text-us-local-schools-bus-routes-merged-tail-update-note-bio-contact-ap-credit-tip-line-related-more-stories",
        InputKind::Text,
        0.98,
    ),
    (
        "html-amp-news-lifeboat-station-amp-img-lightbox-captions-amp-ad-slots-social-share-sidebar-menu-amp-list-template-related",
        InputKind::Html,
        0.98,
    ),
    (
        "html-news-jsonld-articlebody-repeats-story-template-elements-related-cards-mid-body-and-after-more-on-this-story",
        InputKind::Html,
        0.98,
    ),
    (
        "html-portuguese-portugal-print-view-imprimir-fechar-janela-bar-link-markers-urls-neste-artigo-footnotes-comboio-historico",
        InputKind::Html,
        0.98,
    ),
    (
        "text-hungarian-regional-portal-jegeso-szolo-kapcsolodo-cikk-hirdetes-foto-caption-twice-cimkek-hozzaszolasok-legolvasottabb",
        InputKind::Text,
        0.99,
    ),
    (
        "text-indonesian-news-portal-kebakaran-pasar-baca-juga-advertisement-scroll-foto-caption-twice-penulis-editor-tag-berita-terkait-terpopuler",
        InputKind::Text,
        0.98,
    ),
    (
        "text-romanian-local-daily-fost-primar-condamnat-citeste-si-publicitate-foto-caption-twice-etichete-comentarii-cele-mai-citite",
        InputKind::Text,
        0.98,
    ),
    (
        "text-vietnamese-national-daily-gia-thanh-long-doc-them-quang-cao-anh-caption-twice-tin-lien-quan-binh-luan-doc-nhieu",
        InputKind::Text,
        0.96,
    ),
    (
        "html-english-court-verdict-live-page-key-events-links-key-event-labels-show-more-updates-button-showing-count-embedded-post-comments-closed-legal-note-per-update-author",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-wahlabend-liveticker-landtagswahl-das-wichtigste-links-hochrechnung-tabelle-im-eintrag-weitere-eintraege-laden-eingebetteter-post-autorenkuerzel",
        InputKind::Html,
        0.99,
    ),
    (
        "text-english-football-transfer-deadline-day-live-blog-key-deals-pinned-list-show-more-updates-mid-feed-embedded-posts-per-update-authors-done-deal-labels",
        InputKind::Text,
        0.99,
    ),
    (
        "text-french-tempete-direct-live-blog-essentiel-liens-epingles-afficher-plus-de-publications-posts-x-integres-auteurs-par-post-lire-aussi-publicite",
        InputKind::Text,
        0.99,
    ),
    (
        "text-indian-daily-guest-column-heat-action-plans-views-own-disclaimer-also-read-pipe-lines-writer-is-note-catch-all-line",
        InputKind::Text,
        0.99,
    ),
    (
        "text-south-african-daily-editorial-our-view-water-outages-also-read-lines-whatsapp-prompt-letters-invite",
        InputKind::Text,
        0.98,
    ),
    (
        "text-uk-regional-letters-page-sir-openers-two-line-signatures-address-supplied-have-your-say-box",
        InputKind::Text,
        0.98,
    ),
    (
        "text-us-metro-columnist-weekly-column-bowling-alley-more-from-this-columnist-share-your-thoughts-poll-tagline",
        InputKind::Text,
        0.99,
    ),
    (
        "html-english-harbor-town-daily-ferry-terminal-disqus-embed-rendered-inline-upvotes-nested-replies-load-more-comments-community-guidelines",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-regionalzeitung-freibad-eigenes-kommentarsystem-leserkommentare-antworten-verschachtelt-empfehlen-zaehler-weitere-kommentare-laden-netiquette",
        InputKind::Html,
        0.98,
    ),
    (
        "html-spanish-foro-blog-via-verde-articulo-como-primer-mensaje-br-parrafos-respuestas-mismo-marcado-rangos-citas-votos-cargar-mas-respuestas-normas",
        InputKind::Html,
        0.98,
    ),
    (
        "html-wordpress-allotment-hosepipe-rota-threaded-comment-list-nested-children-avatars-reply-links-comment-policy-older-comments-leave-a-reply",
        InputKind::Html,
        0.99,
    ),
    (
        "html-gardening-magazine-how-to-divide-hostas-tools-you-need-list-step-h3s-zone-timing-table-expert-tip-aside-shop-carousel-fact-checked",
        InputKind::Html,
        0.97,
    ),
    (
        "html-recipe-blog-tasty-recipes-card-long-family-story-nutrition-facts-table-card-meta-rated-comments",
        InputKind::Html,
        0.96,
    ),
    // Known miss: each step of the guide ends with "Add a comment", which
    // is read as the comments' header: steps 2 to 6 are lost.
    (
        "text-diy-repair-guide-faucet-cartridge-warning-and-tip-boxes-parts-price-lines-step-helpful-votes-completed-counter",
        InputKind::Text,
        0.88,
    ),
    (
        "text-newspaper-food-section-cookbook-excerpt-two-recipes-serves-active-time-lines-per-serving-nutrition-reprinted-with-permission",
        InputKind::Text,
        0.9,
    ),
    (
        "text-police-department-news-release-armed-robbery-label-lines-suspect-description-pio-contact-tip-box-nixle",
        InputKind::Text,
        0.92,
    ),
    (
        "text-quebec-ville-communique-refection-rue-traduire-cette-page-moins-30-source-renseignements-relations-medias",
        InputKind::Text,
        0.99,
    ),
    (
        "text-university-news-release-lake-sediment-study-media-inquiries-box-related-links-pull-quote-funding-line",
        InputKind::Text,
        0.97,
    ),
    (
        "text-wire-press-release-cold-storage-acquisition-dateline-two-abouts-forward-looking-investor-media-contacts-multimedia-links",
        InputKind::Text,
        0.98,
    ),
    (
        "text-brazilian-news-portal-seca-rodizio-leia-tambem-cards-headline-summary-date-mais-lidas-mid-strip-bairro-list",
        InputKind::Text,
        0.99,
    ),
    (
        "text-canadian-daily-sidewalk-plowing-related-cards-headline-summary-date-most-read-mid-strip",
        InputKind::Text,
        0.99,
    ),
    (
        "text-german-lokalzeitung-fernwaerme-lesen-sie-auch-cards-headline-summary-date-meistgelesen-mid-strip",
        InputKind::Text,
        0.98,
    ),
    (
        "text-italian-daily-lakeside-works-leggi-anche-cards-date-i-piu-letti-mid-strip",
        InputKind::Text,
        0.98,
    ),
    (
        "html-fact-check-claim-rating-box-meter-image-ruling-subheadings-sources-list-share-the-facts-rating-scale-related-checks",
        InputKind::Html,
        0.96,
    ),
    (
        "html-german-regionalzeitung-faq-erklaerstueck-biotonne-fragen-als-h3-faqpage-json-ld-inhaltsverzeichnis-lesen-sie-auch-anzeige-umfrage",
        InputKind::Html,
        0.98,
    ),
    (
        "text-city-news-five-things-to-know-numbered-subheadings-in-text-ordered-steps-list-most-read-numbered-sponsored",
        InputKind::Text,
        0.98,
    ),
    (
        "text-regional-news-what-we-know-so-far-warehouse-fire-question-subheadings-one-line-answers-road-list-ask-us-box",
        InputKind::Text,
        0.98,
    ),
    (
        "text-belgian-french-economie-verrerie-procedure-renault-stock-quote-card-revendications-list-semicolons-video-consent-one-shot-caption-avec-belga",
        InputKind::Text,
        0.98,
    ),
    (
        "text-french-regional-conseil-municipal-budget-vote-pour-contre-abstentions-line-question-subhead-ce-quil-faut-retenir-box-maxppp-captions-commentaires",
        InputKind::Text,
        0.99,
    ),
    (
        "text-quebec-critique-theatre-star-line-fiche-spectacle-label-lines-dialogue-dash-line-one-shot-caption-infolettre-box-commentaires-facebook",
        InputKind::Text,
        0.95,
    ),
    (
        "text-swiss-french-sport-hockey-playoff-score-banner-la-phrase-pull-quote-ils-ont-dit-name-colon-quotes-keystone-captions-series-widget",
        InputKind::Text,
        0.97,
    ),
    // Known miss: the subheading that the issue's contents box lists ends
    // the letter there.
    (
        "html-church-newsletter-archive-frontpage-pastor-letter-salutation-signoff-in-this-issue-box-archive-months-scripture-blockquote",
        InputKind::Html,
        0.73,
    ),
    (
        "html-school-district-news-table-layout-font-br-paragraphs-alert-banner-sentence-superintendent-corner-teaser-attachments-media-contact",
        InputKind::Html,
        0.98,
    ),
    (
        "html-small-radio-station-news-audio-clip-player-indented-quote-paragraphs-program-schedule-funeral-announcements-station-promo",
        InputKind::Html,
        0.98,
    ),
    (
        "html-trade-association-member-alert-login-box-join-pitch-ordered-rule-list-members-only-documents-partners-sidebar",
        InputKind::Html,
        0.98,
    ),
    (
        "text-australian-regional-paper-flood-photo-wall-supplied-courtesy-for-the-paper-captions-once-image-n-of-12-see-the-photos-teaser-body-describes-photos",
        InputKind::Text,
        0.94,
    ),
    (
        "text-spanish-comarcal-daily-village-portraits-foto-credit-efe-dash-cedida-captions-once-imagen-n-de-12-fotogaleria-teaser-body-describes-photo",
        InputKind::Text,
        0.99,
    ),
    (
        "text-uk-regional-weekly-cliff-erosion-monthly-photo-archive-dash-agency-for-the-paper-photo-by-picture-captions-once-image-n-of-12-in-pictures-teaser-body-describes-photographs",
        InputKind::Text,
        0.95,
    ),
    (
        "text-us-daily-archive-negatives-photo-story-photo-parens-courtesy-photo-by-captions-once-image-n-of-12-gallery-slideshow-teaser-body-describes-photos",
        InputKind::Text,
        0.97,
    ),
    (
        "text-argentine-regional-daily-bodega-reopens-corresponsalia-dateline-seguir-leyendo-whatsapp-canal-apv-credit-comentarios-ultimas-noticias",
        InputKind::Text,
        0.99,
    ),
    (
        "text-chilean-regional-daily-criadero-choritos-em-dash-dialogue-quotes-lee-tambien-revisa-tambien-agencia-credit-google-news-subheads-lo-mas-visto",
        InputKind::Text,
        0.98,
    ),
    (
        "text-colombian-regional-daily-cable-aereo-rutas-alternas-list-lea-tambien-le-puede-interesar-credito-archivo-whatsapp-con-informacion-de-comentarios",
        InputKind::Text,
        0.99,
    ),
    (
        "text-peruvian-daily-corte-de-agua-distritos-horarios-list-lee-tambien-mira-esto-video-recomendado-foto-difusion-whatsapp-con-informacion-de",
        InputKind::Text,
        0.99,
    ),
    (
        "html-danish-lokalavis-havnebad-lyt-til-artiklen-laes-ogsaa-cards-with-teaser-sentence-annonce-fortsaetter-fakta-box-ritzau-foto-stoet-box-debat-mest-laeste",
        InputKind::Html,
        0.97,
    ),
    (
        "html-finnish-maakuntalehti-terveysasema-avattu-kaikille-note-lue-myos-inline-mainos-kuva-caption-lightbox-copy-faktalaatikko-kommentit-luetuimmat",
        InputKind::Html,
        0.95,
    ),
    (
        "html-icelandic-frettavefur-heitavatnslaust-skrifar-byline-sja-einnig-lines-auglysing-mynd-credit-i-hnotskurn-box-athugasemdir-mest-lesid-nyjast",
        InputKind::Html,
        0.98,
    ),
    (
        "html-swedish-regional-daily-postombud-gratisartikel-meter-las-ocksa-inline-faktaruta-pull-quote-annons-foto-kommentarer-mest-last",
        InputKind::Html,
        0.98,
    ),
    (
        "text-gadget-news-pocket-projector-shop-price-cards-embedded-tweet-related-line-update-note-at-end",
        InputKind::Text,
        0.94,
    ),
    (
        "text-linux-news-site-editor-release-nested-changelog-list-also-read-line-flatpak-commands-download-box-source-via-lines",
        InputKind::Text,
        0.98,
    ),
    (
        "text-security-news-vpn-gateway-cve-chain-http-request-code-block-ioc-list-grep-command-sponsored-box-cvss-cards-related-articles",
        InputKind::Text,
        0.97,
    ),
    (
        "text-startup-funding-story-warehouse-robots-event-promo-box-mid-body-disclosure-line-tip-line-topics-newsletters-most-popular",
        InputKind::Text,
        0.96,
    ),
    (
        "html-us-local-tv-station-consumer-alert-utility-scam-videojs-player-top-title-duration-tips-ordered-list-copyright-inside-body-div-send-us-a-tip-box-closings-widget-spanish-sister-site-trending-videos",
        InputKind::Html,
        0.98,
    ),
    (
        "html-us-local-tv-station-school-board-vote-jw-player-top-title-duration-roll-call-list-lea-en-espanol-link-send-us-a-tip-closings-widget-trending-videos-rail",
        InputKind::Html,
        0.98,
    ),
    (
        "text-us-local-tv-station-highway-crash-video-title-duration-top-spanish-sister-site-line-send-us-a-tip-closings-widget-trending-videos",
        InputKind::Text,
        0.97,
    ),
    (
        "text-us-news-radio-station-tornado-damage-video-title-duration-top-listen-live-bar-alert-banners-subheads-closings-app-prompt-spanish-sister-station-trending-videos",
        InputKind::Text,
        0.96,
    ),
    (
        "html-philippine-news-site-jeepney-route-rationalization-read-paragraphs-advertisement-divs-follow-google-news-with-reports-from-tags-trending",
        InputKind::Html,
        0.98,
    ),
    (
        "html-singapore-broadcaster-hdb-lift-upgrading-split-text-blocks-also-worth-reading-cards-bulleted-list-source-credit-whatsapp-prompt",
        InputKind::Html,
        0.99,
    ),
    (
        "text-indian-sports-portal-ranji-trophy-report-also-read-pipe-lines-body-line-starting-also-with-inputs-from-pti-published-on-updated-top-stories",
        InputKind::Text,
        0.98,
    ),
    (
        "text-malaysian-english-daily-flash-flood-relief-centres-also-read-lines-related-stories-box-mid-body-bernama-credit-whatsapp-prompt-top-stories",
        InputKind::Text,
        0.98,
    ),
    (
        "text-austrian-regional-daily-plus-gemeinderat-leerstandsabgabe-jetzt-weiterlesen-box-with-price-sentence-then-full-text-das-sagen-die-fraktionen-subheading-lesen-sie-auch-two-headlines-postings",
        InputKind::Text,
        0.99,
    ),
    (
        "text-dutch-regional-daily-korfbal-promotion-match-report-overtime-abonneer-nu-box-mid-body-lees-ook-lines-subheading-score-box-after-body-reacties-meest-gelezen",
        InputKind::Text,
        0.98,
    ),
    (
        "text-german-news-portal-dpa-police-report-atm-blast-ortsmarke-dpa-lead-picture-alliance-quelle-captions-suspect-description-list-dpa-infocom-line-mehr-zum-thema-meistgelesen",
        InputKind::Text,
        0.98,
    ),
    (
        "text-swiss-german-daily-theatre-premiere-review-ss-spelling-guillemet-quote-line-lesen-sie-auch-box-werbung-bild-keystone-caption-twice-mehr-zum-thema-kommentare-abo-only",
        InputKind::Text,
        0.98,
    ),
    (
        "html-arts-magazine-long-qa-interview-strong-questions-one-line-answers-pull-quote-ad-between-q-and-a-portrait-credit-subscribe-aside-more-conversations",
        InputKind::Html,
        0.98,
    ),
    (
        "html-literary-weekly-book-review-book-details-aside-publisher-pages-price-buy-buttons-pull-quote-newsletter-more-reviews",
        InputKind::Html,
        0.98,
    ),
    (
        "text-italian-music-magazine-album-review-voto-scheda-disco-tracklist-durate-ascolta-su-leggi-anche-i-piu-letti",
        InputKind::Text,
        0.91,
    ),
    (
        "text-spanish-culture-section-exhibition-preview-si-vas-box-kept-captions-twice-publicidad-te-puede-interesar-agenda-widget",
        InputKind::Text,
        0.99,
    ),
    (
        "text-uk-regional-daily-farm-accident-tractor-overturn-spokesperson-said-colon-indented-statement-read-more-line-print-edition-credit-funeral-notices-rail",
        InputKind::Text,
        0.99,
    ),
    (
        "text-uk-weekly-wordpress-library-fundraiser-appeal-events-bullet-list-latest-ticker-weather-widget-comment-prompt-print-edition-page-credit-family-notices",
        InputKind::Text,
        0.98,
    ),
    (
        "text-us-blox-weekly-zoning-appeals-discount-store-variance-gallery-counter-subscribe-for-1-box-weather-widget-print-edition-credit-obituaries-rail",
        InputKind::Text,
        0.98,
    ),
    (
        "text-us-newspack-nonprofit-high-school-graduation-honors-bullets-subheads-photo-n-of-18-donate-box-print-edition-credits-comment-prompt-recommended",
        InputKind::Text,
        0.99,
    ),
    (
        "html-eurekalert-style-news-release-heat-er-visits-embargo-line-figure-credit-funding-paragraph-disclaimer-media-contact-keywords",
        InputKind::Html,
        0.98,
    ),
    (
        "html-university-press-office-health-news-hearing-aids-loneliness-findings-list-figcaption-credit-study-details-funding-box-media-contact-subjects-related-stories",
        InputKind::Html,
        0.98,
    ),
    (
        "text-german-idw-style-pressemitteilung-moorboeden-wissenschaftliche-ansprechpartner-originalpublikation-weitere-informationen-merkmale",
        InputKind::Text,
        0.95,
    ),
    (
        "text-sciencedaily-style-health-news-walking-after-meals-findings-bullets-caption-credit-cite-this-page-mla-apa-related-stories",
        InputKind::Text,
        0.98,
    ),
    (
        "html-czech-news-portal-online-live-report-vichrice-time-headed-entries-newest-first-ctete-take-cards-foto-ctk-figcaptions-aktualizovano-diskuse-nejctenejsi",
        InputKind::Html,
        0.98,
    ),
    (
        "html-ukrainian-news-site-interview-librarian-strong-questions-answer-starting-chytaite-kept-inline-chytaite-takozh-p-foto-credit-ukrinform-telegram-tehy-populiarne",
        InputKind::Html,
        0.99,
    ),
    (
        "text-polish-regional-portal-obituary-wspomnienie-lutnik-pogrzeb-info-kept-zobaczymy-paragraph-kondolencje-znicze-zrodlo-najczesciej-czytane",
        InputKind::Text,
        0.99,
    ),
    (
        "text-romanian-news-site-explainer-parcare-rezidentiala-question-subheadings-tarife-bullets-citeste-mai-mult-expander-citeste-si-agerpres-gdpr-comentarii-cele-mai-citite",
        InputKind::Text,
        0.98,
    ),
    (
        "html-english-football-report-lineups-aside-mid-body-match-stats-table-player-ratings-teaser-live-score-widget",
        InputKind::Html,
        0.97,
    ),
    (
        "html-english-rugby-union-report-scorecard-summary-box-mid-body-more-on-this-story-list-live-scores-strip",
        InputKind::Html,
        0.98,
    ),
    (
        "text-portuguese-brasil-futebol-placar-box-leia-mais-lines-veja-tambem-list-foto-clube-publicidade",
        InputKind::Text,
        0.98,
    ),
    (
        "text-spanish-football-cronica-ficha-tecnica-box-at-end-alineaciones-goles-arbitro-estadio-publicidad-te-puede-interesar",
        InputKind::Text,
        0.98,
    ),
    (
        "html-danish-municipal-news-cykelsti-sidst-opdateret-del-artikel-laes-ogsaa-links-kontakt-box-feedback-widget-readspeaker",
        InputKind::Html,
        0.98,
    ),
    (
        "html-norwegian-regional-news-fiskebruk-brann-saken-oppdateres-kept-les-ogsa-aside-in-body-annonse-slots-publisert-oppdatert-tips-oss-mest-lest",
        InputKind::Html,
        0.98,
    ),
    (
        "text-finnish-regional-daily-yleinen-sauna-palo-kuva-credit-own-line-caption-twice-lue-myos-mainos-jatkuu-opening-hours-list-kommentit-luetuimmat",
        InputKind::Text,
        0.98,
    ),
    (
        "text-swedish-regional-daily-vindkraft-veto-premium-badge-paywall-line-fakta-box-kept-annons-las-ocksa-mest-last",
        InputKind::Text,
        0.99,
    ),
    (
        "html-bulgarian-regional-news-site-billboard-ordinance-prochetete-oshte-asides-snimka-credits-reklama-label-paragraph-iztochnik-bta-komentari-nai-cheteni-cookie-banner",
        InputKind::Html,
        0.99,
    ),
    (
        "html-estonian-county-news-site-ferry-cancellations-loe-ka-links-foto-credits-fotod-label-paragraph-allikas-bns-toimetaja-kommentaarid-loetumad-cookie-banner",
        InputKind::Html,
        0.99,
    ),
    (
        "text-lithuanian-regional-portal-healing-spring-restoration-saltinis-label-paragraph-taip-pat-skaitykite-lines-nuotr-credit-saltinis-elta-komentarai-skaitomiausi",
        InputKind::Text,
        0.98,
    ),
    (
        "text-serbian-cyrillic-news-portal-school-bus-lines-procitajte-jos-lines-foto-credit-izvor-label-paragraph-izvor-tanjug-komentari-najcitanije",
        InputKind::Text,
        0.99,
    ),
    (
        "html-ghanaian-news-portal-school-feeding-arrears-br-br-body-bold-read-also-inline-source-credit-advertisement-divs-comment-disclaimer-related-news-trending-tags",
        InputKind::Html,
        0.98,
    ),
    (
        "html-kenyan-news-site-matatu-fare-strike-breaking-ticker-read-also-strong-links-swahili-quotes-bullets-whatsapp-promo-proofreading-comment-disclaimer-related-rail",
        InputKind::Html,
        0.99,
    ),
    (
        "text-nigerian-news-site-pump-price-survey-table-read-also-lines-pay-attention-whatsapp-in-body-source-proofreading-trending-tags",
        InputKind::Text,
        0.99,
    ),
    (
        "text-south-african-news-site-court-bail-hearing-also-read-pipe-lines-isizulu-quote-edited-by-line-whatsapp-follow-comments-disclaimer-related-news",
        InputKind::Text,
        0.99,
    ),
    (
        "html-automotive-review-crossover-road-test-spec-sheet-table-price-as-tested-strip-gallery-counter-rivals-cards",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-immobilienportal-news-wohnungsbau-lesen-sie-auch-asides-anzeige-kontaktformular-box-das-koennte-sie-auch-interessieren",
        InputKind::Html,
        0.93,
    ),
    (
        "text-logistics-trade-paper-port-congestion-premium-paywall-teaser-box-full-text-related-content-events-promos-webinar",
        InputKind::Text,
        0.94,
    ),
    (
        "text-video-game-news-expansion-reveal-platform-tags-related-lines-embedded-trailer-note-score-box-of-base-game",
        InputKind::Text,
        0.99,
    ),
    (
        "html-hebrew-regional-site-hiker-rescue-br-separated-paragraphs-bold-subhead-table-layout-kiru-od-tip-list-bshituf-credit-talkbacks",
        InputKind::Html,
        0.98,
    ),
    (
        "html-urdu-cricket-final-match-report-scorecard-table-after-colon-live-score-ticker-mazeed-parhein-izafi-reporting-whatsapp-channel",
        InputKind::Html,
        0.98,
    ),
    (
        "text-arabic-gulf-daily-school-remote-learning-weather-faq-question-subheads-one-word-answers-iqra-aydan-whatsapp-prompt-wakalat-credit",
        InputKind::Text,
        0.99,
    ),
    (
        "text-persian-interview-carpet-restorer-qa-short-answers-question-lines-bishtar-bekhanid-list-manba-credit-telegram-prompt",
        InputKind::Text,
        0.98,
    ),
    (
        "html-eu-commission-style-press-release-ecl-quotes-section-attribution-background-for-more-information-press-contacts-print-friendly-pdf",
        InputKind::Html,
        0.99,
    ),
    (
        "html-uk-gov-news-story-village-halls-fund-contents-list-notes-to-editors-bullets-share-page-useful-feedback",
        InputKind::Html,
        0.98,
    ),
    (
        "text-australian-shire-council-media-release-fogo-bins-readspeaker-key-dates-list-subscribe-council-news-page-helpful-acknowledgement-of-country",
        InputKind::Text,
        0.98,
    ),
    (
        "text-us-state-health-department-press-release-immediate-release-contact-hash-related-press-releases-translate-accessibility-widgets",
        InputKind::Text,
        0.98,
    ),
    (
        "html-argentine-provincial-daily-granizo-vinedos-em-dash-quotes-danos-list-mira-tambien-recomendado-video-segui-leyendo-suscribite-whatsapp-con-informacion-de-comentarios",
        InputKind::Html,
        0.98,
    ),
    (
        "html-chilean-regional-wordpress-marejadas-caleta-em-dash-quotes-wp-caption-p-inside-body-lee-tambien-revisa-tambien-embed-medidas-list-suscribete-credito-agencia-lo-mas-leido",
        InputKind::Html,
        0.97,
    ),
    (
        "text-colombian-caribbean-daily-dengue-alerta-roja-signos-de-alarma-list-question-subhead-em-dash-quotes-le-puede-interesar-recomendado-telegram-limite-articulos-con-informacion-de",
        InputKind::Text,
        0.98,
    ),
    (
        "text-mexican-state-daily-sismo-costa-em-dash-testimonios-recomendaciones-list-sigue-leyendo-telegram-suscribete-foto-twice-con-informacion-de-temas-relacionados",
        InputKind::Text,
        0.98,
    ),
    (
        "html-hong-kong-news-site-minibus-route-cut-reporter-p-yanshen-yuedu-ul-in-body-tupian-credit-cantonese-quotes-zeren-bianji-p-telegram-whatsapp-prompt-tags-remen-paihang",
        InputKind::Html,
        0.98,
    ),
    (
        "html-vietnamese-provincial-news-site-school-bridge-sapo-xem-them-strong-links-figcaption-anh-credit-pv-signature-paragraph-zalo-prompt-tin-lien-quan-tu-khoa-binh-luan-doc-nhieu",
        InputKind::Html,
        0.98,
    ),
    (
        "text-korean-regional-daily-library-bookmobile-dateline-gija-lead-gwanryeon-gisa-lines-sajin-captions-twice-kakaotalk-prompt-reporter-email-copyright-tag-row-manhi-bon-nyuseu",
        InputKind::Text,
        0.98,
    ),
    (
        "text-thai-provincial-news-river-ferry-pier-an-khao-thi-kiaokhong-lines-captions-twice-phap-credits-line-oa-prompt-tag-row-khao-yodniyom-rail",
        InputKind::Text,
        0.98,
    ),
    (
        "html-ghost-board-game-design-blog-playtest-notes-members-signup-cta-mid-body-ordered-list-author-card-you-might-also-like-excerpts",
        InputKind::Html,
        0.98,
    ),
    (
        "html-wordpress-personal-cycling-blog-canal-ride-kit-list-jetpack-share-this-like-this-related-in-category-threaded-replies-leave-a-reply-form",
        InputKind::Html,
        0.98,
    ),
    (
        "text-newsletter-platform-post-sea-swimming-club-thanks-for-reading-box-mid-body-share-buttons-numbered-list-discussion-about-this-post-comments-ready-for-more",
        InputKind::Text,
        0.98,
    ),
    (
        "text-small-business-plumber-blog-frozen-pipes-book-a-service-cta-box-mid-body-phone-numbered-steps-posted-in-categories-recent-posts-sidebar-gas-safe-footer",
        InputKind::Text,
        0.95,
    ),
    (
        "html-british-regional-site-well-dressing-p-class-caption-inside-article-body-image-credits-read-more-strong-link-inline-newsletter-standfirst-most-read",
        InputKind::Html,
        0.98,
    ),
    (
        "html-nz-news-site-school-jubilee-figcaptions-slash-supplied-gallery-image-n-of-8-after-body-body-describes-photos-ldr-note-support-box-latest-repeats-headline",
        InputKind::Html,
        0.98,
    ),
    (
        "text-australian-regional-paper-silo-mural-picture-supplied-photo-supplied-captions-once-body-describes-photos-read-more-line-inbox-prompt-author-box-most-viewed",
        InputKind::Text,
        0.98,
    ),
    (
        "text-us-small-town-weekly-fire-engine-push-in-courtesy-photo-staff-photo-by-captions-alt-text-then-caption-twice-dateline-lead-reach-line-you-might-also-like",
        InputKind::Text,
        0.97,
    ),
    (
        "html-flemish-regional-news-lindeboom-dorpsplein-premium-badges-lees-ook-aside-with-badge-advertentie-slots-deel-dit-artikel-low-quotes-video-embed-description-meest-gelezen",
        InputKind::Html,
        0.98,
    ),
    (
        "html-italian-provincial-daily-mulino-riapre-occhiello-sommario-leggi-anche-aside-in-body-pubblicita-slots-figcaption-riproduzione-riservata-inside-article-argomenti-commenti",
        InputKind::Html,
        0.98,
    ),
    (
        "text-french-regional-daily-ile-bac-hiver-abonnes-badge-a-lire-aussi-two-line-teasers-publie-modifie-line-suivre-buttons-abonnez-vous-box-commentaires",
        InputKind::Text,
        0.95,
    ),
    (
        "text-portuguese-portugal-regional-daily-escola-aldeia-reabre-exclusivo-assinantes-leia-tambem-two-forms-publicidade-partilhar-rows-twice-foto-credits-assine-box-newsletter-prompt-comentarios-mais-lidas",
        InputKind::Text,
        0.99,
    ),
    (
        "html-culture-magazine-lantern-slide-restorer-dropcap-span-wp-pullquote-blockquote-asterisk-and-lozenge-breaks-letter-blockquote-kept-issue-note-bio",
        InputKind::Html,
        0.97,
    ),
    (
        "html-travel-magazine-photo-essay-coast-path-affiliate-disclosure-figcaption-span-credits-inline-ad-if-you-go-aside-kept-sponsored-button-press-trip-note",
        InputKind::Html,
        0.98,
    ),
    (
        "text-english-long-read-launderette-bare-roman-numeral-chapter-heads-pull-quotes-own-line-partial-and-full-listen-to-this-article-player-narrator-amendment-note-kept-bio",
        InputKind::Text,
        0.97,
    ),
    (
        "text-science-magazine-mycorrhiza-feature-key-concepts-box-figure-captions-source-line-caption-twice-read-more-teasers-subheads-bio-after-last-paragraph",
        InputKind::Text,
        0.94,
    ),
    (
        "html-english-general-election-night-live-blog-pinned-summary-key-events-links-show-key-events-only-toggle-seat-tally-widget-per-entry-author-role-embedded-posts-updated-at-notes",
        InputKind::Html,
        0.99,
    ),
    (
        "html-french-national-daily-en-direct-greve-controleurs-aeriens-ce-qu-il-faut-retenir-box-il-y-a-x-min-relative-times-entry-titles-lire-aussi-abonnes-teaser-post-integre-publicite",
        InputKind::Html,
        0.98,
    ),
    (
        "text-english-womens-cup-final-live-text-commentary-extra-time-penalty-shootout-minute-markers-goal-lines-event-icons-stats-snapshot-get-involved-prompt",
        InputKind::Text,
        0.92,
    ),
    (
        "text-german-regional-hochwasser-liveticker-plus-uhr-entry-heads-aktualisieren-buttons-neue-eintraege-hinweis-polizei-post-foto-dpa-captions-mehr-zum-thema",
        InputKind::Text,
        0.98,
    ),
    (
        "html-us-metro-daily-high-school-sports-feature-wrestler-wp-vip-body-figcaption-credit-parens-related-articles-ul-in-body-by-the-numbers-list-kept-newsletter-form-trending-now-originally-published",
        InputKind::Html,
        0.98,
    ),
    (
        "html-us-regional-daily-business-plant-closing-warn-notice-company-statement-blockquote-kept-mid-body-figure-credit-parens-related-strong-teaser-p-related-articles-list-most-popular-originally-published-comments",
        InputKind::Html,
        0.98,
    ),
    (
        "text-us-metro-daily-city-hall-streetlight-contract-pipe-byline-email-published-updated-related-articles-list-mid-body-newsletter-box-originally-published-report-an-error",
        InputKind::Text,
        0.98,
    ),
    (
        "text-us-regional-daily-courts-sentencing-caption-twice-photo-credit-parens-related-inline-teaser-trending-now-mid-body-contributed-to-this-report-comment-count",
        InputKind::Text,
        0.98,
    ),
    (
        "html-uk-national-news-site-football-club-striker-injury-manager-press-conference-more-strong-link-paragraphs-picture-getty-figcaptions-club-statement-blockquote-our-journalism-needs-you-appeal-follow-prompt-comments-count",
        InputKind::Html,
        0.98,
    ),
    (
        "html-uk-regional-daily-storm-travel-disruption-affected-roads-and-rail-lists-h3-subheads-figcaption-image-pa-read-more-strong-links-reach-newsletter-form-legal-text-dont-miss-aside-edition-switch-most-read",
        InputKind::Html,
        0.98,
    ),
    (
        "text-uk-national-news-site-westminster-backbench-revolt-more-lines-read-more-picture-pa-caption-twice-demands-list-dont-miss-box-got-a-story-comments-count-most-read",
        InputKind::Text,
        0.98,
    ),
    (
        "text-uk-regional-live-site-court-report-rogue-roofer-jailed-reach-newsletter-signup-legal-text-mid-article-read-more-lines-image-police-captions-dont-miss-box-judge-quotes-comments-most-read",
        InputKind::Text,
        0.98,
    ),
    (
        "html-aggregator-portal-afp-border-talks-story-by-with-byline-dash-subheads-continue-reading-button-afp-slug-view-comments-recommended",
        InputKind::Html,
        0.99,
    ),
    (
        "html-regional-paper-ap-flash-flood-ap-photo-figcaptions-story-continues-below-advertisement-related-coverage-aside-contributed-line-ap-copyright",
        InputKind::Html,
        0.98,
    ),
    (
        "text-portal-efe-english-fishing-quota-protest-caption-twice-continue-reading-story-continues-below-advertisement-translated-line-agency-slug-copyright",
        InputKind::Text,
        0.99,
    ),
    (
        "text-portal-reuters-markets-miner-halt-sign-in-portfolio-ticker-chips-story-continues-caps-subhead-currency-note-reporting-editing-trust-principles",
        InputKind::Text,
        0.97,
    ),
    (
        "html-ev-news-sedan-charging-recall-update-note-spec-table-rendered-tweet-card-chrome-split-body-deals-most-popular-author-social",
        InputKind::Html,
        0.97,
    ),
    (
        "html-tech-how-to-router-firmware-update-ol-steps-update-note-affiliate-disclosure-deals-sidebar-author-bio-related-cards",
        InputKind::Html,
        0.98,
    ),
    (
        "text-security-news-data-breach-update-note-dated-timeline-bullets-sponsored-box-vpn-deals-most-popular",
        InputKind::Text,
        0.98,
    ),
    (
        "text-tech-news-foldable-phone-launch-update-note-top-spec-bullets-tweet-chrome-deals-prices-bio-social",
        InputKind::Text,
        0.94,
    ),
    (
        "html-broadcaster-environment-mussels-dek-repeats-lead-sentence-aside-pull-quote-p-caption-unlabelled-promo-headline-one-word-h2-span-credit-glued-share-row",
        InputKind::Html,
        0.98,
    ),
    (
        "html-regional-paper-council-pool-closure-blockquote-pull-quote-repeats-body-sentence-bare-figcaption-unlabelled-related-link-paragraph-one-word-h2-em-credit-in-last-p-share-list",
        InputKind::Html,
        0.98,
    ),
    (
        "text-local-news-bus-depot-fire-pull-quote-repeats-body-sentence-bare-caption-unlabelled-related-headline-one-word-subhead-glued-credit-share-row",
        InputKind::Text,
        0.95,
    ),
    (
        "text-regional-health-news-maternity-unit-dek-repeats-lead-paragraph-pull-quote-bare-caption-unlabelled-related-headline-one-word-subheads-glued-credit-share-row",
        InputKind::Text,
        0.93,
    ),
    (
        "html-french-quotidien-regional-velo-cargo-badge-abonnes-il-vous-reste-80-pourcent-offrir-article-teaser-repete-offre-1-euro-intertitre-liste-citation",
        InputKind::Html,
        0.99,
    ),
    (
        "html-german-regionalzeitung-stadtbibliothek-plus-badge-artikel-verschenken-jetzt-weiterlesen-mit-plus-teaser-wiederholt-preisangebot-zaehler-h2-liste-blockquote",
        InputKind::Html,
        0.99,
    ),
    (
        "text-spanish-regional-daily-mercado-abastos-premium-para-seguir-leyendo-suscribete-regala-articulo-teaser-repetido-oferta-1-euro-lista-subtitulo",
        InputKind::Text,
        0.99,
    ),
    (
        "text-us-metro-daily-ferry-fare-metered-free-articles-left-gift-this-article-premium-badge-teaser-repeated-in-paywall-box-dollar-offer-list-subhead",
        InputKind::Text,
        0.98,
    ),
    (
        "html-us-local-tv-station-community-feature-retired-custodian-bike-shop-video-above-strong-p-gallery-figcaptions-in-body-how-to-help-br-address-nominate-prompt-nexstar-copyright-sponsored-trending-on",
        InputKind::Html,
        0.97,
    ),
    (
        "html-us-local-tv-station-consumer-story-gift-card-draining-scam-video-above-p-in-body-tips-ul-h2s-read-more-p-nexstar-copyright-p-send-us-a-tip-sponsored-content-trending-on",
        InputKind::Html,
        0.96,
    ),
    (
        "text-us-local-tv-station-crime-story-gas-station-robbery-arrest-video-above-line-now-playing-up-next-closed-captioning-charges-list-send-us-a-tip-nexstar-copyright-trending-on",
        InputKind::Text,
        0.99,
    ),
    (
        "text-us-local-tv-station-ice-storm-weather-story-school-closings-list-closed-delayed-subheads-closings-ticker-alert-banner-now-playing-app-prompt-mid-body-nexstar-copyright-trending-on",
        InputKind::Text,
        0.99,
    ),
    (
        "html-austrian-tageszeitung-almabtrieb-dateline-lead-foto-apa-figcaptions-lesen-sie-auch-aside-werbung-slot-apa-red-credit-zur-startseite-mehr-aus-tirol-kommentare",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-public-broadcaster-faehre-stand-uhr-bold-teaser-dek-audio-player-mehr-zum-thema-teaserbox-dieses-thema-im-programm-quelle-weitere-nachrichten",
        InputKind::Html,
        0.98,
    ),
    (
        "text-german-regionalzeitung-plus-badge-marktplatz-baustelle-artikel-anhoeren-auch-interessant-anzeige-forderungen-liste-mehr-zum-thema-schlagworte-leserkommentare-antworten",
        InputKind::Text,
        0.98,
    ),
    (
        "text-swiss-german-regional-daily-velostation-abo-badge-publiziert-heute-um-uhr-caption-twice-bild-credit-mehr-zum-thema-inline-teaser-werbung-artikel-zum-thema-kommentare",
        InputKind::Text,
        0.99,
    ),
    (
        "html-fashion-shopping-article-linen-trousers-product-cards-price-at-retailer-shop-now-affiliate-disclosure-more-in-style",
        InputKind::Html,
        0.96,
    ),
    (
        "html-home-garden-diy-cedar-raised-bed-materials-needed-list-tools-list-numbered-steps-project-details-box-you-might-also-like-cards",
        InputKind::Html,
        0.97,
    ),
    (
        "text-food-blog-skillet-cornbread-long-story-jump-print-buttons-recipe-card-nutrition-facts-star-rating-did-you-make-this",
        InputKind::Text,
        0.95,
    ),
    (
        "text-parenting-site-picky-eater-medically-reviewed-key-takeaways-box-top-sources-list-end-read-next",
        InputKind::Text,
        0.98,
    ),
    (
        "html-personal-finance-cd-ladder-explainer-advertiser-disclosure-editorial-standards-cd-rates-table-compare-rates-widget-bottom-line",
        InputKind::Html,
        0.98,
    ),
    (
        "html-stock-market-wrap-index-figures-in-lead-markets-data-widget-stocks-mentioned-chips-inline-ticker-links-most-active",
        InputKind::Html,
        0.93,
    ),
    (
        "text-crypto-news-stablecoin-depeg-price-ticker-tape-related-lines-not-financial-advice-box-tags-latest",
        InputKind::Text,
        0.99,
    ),
    (
        "text-german-finanzportal-ezb-zinsentscheid-leitzins-kennzahlen-box-lesen-sie-auch-anzeige-mehr-zum-thema-kommentare",
        InputKind::Text,
        0.99,
    ),
    (
        "html-climate-news-glacier-melt-chart-figure-source-line-methodology-note-kept-read-next-inline-and-cards-newsletter",
        InputKind::Html,
        0.98,
    ),
    (
        "html-wildlife-news-otters-return-species-fact-box-aside-photo-name-agency-credits-gallery-strip-newsletter-more-nature",
        InputKind::Html,
        0.98,
    ),
    (
        "text-french-sciences-page-martinets-migration-balises-lire-aussi-lines-publie-le-photo-credits-twice-abonnez-vous-box-newsletter-plus-lus",
        InputKind::Text,
        0.98,
    ),
    (
        "text-space-news-lunar-lander-mission-facts-box-video-player-chrome-caption-twice-newsletter-read-next",
        InputKind::Text,
        0.98,
    ),
    (
        "html-buddhist-temple-bulletin-article-new-year-service-times-ul-dana-give-online-box-mid-body-gassho-signoff-calendar-widget",
        InputKind::Html,
        0.95,
    ),
    (
        "html-school-district-news-release-important-dates-ul-translated-versions-links-bar-contact-line-alert-banner-related-releases",
        InputKind::Html,
        0.98,
    ),
    (
        "text-neighbourhood-association-newsletter-post-event-details-bullets-rsvp-button-sponsor-logos",
        InputKind::Text,
        0.97,
    ),
    (
        "text-public-library-events-roundup-short-event-paragraphs-register-buttons-seats-left-after-each-branch-hours-sidebar",
        InputKind::Text,
        0.96,
    ),
    (
        "html-tennis-magazine-feature-interview-bold-questions-one-word-answer-edit-note-betting-promo-18-plus-read-more-aside-watch-live-cta-player-selector-more-interviews",
        InputKind::Html,
        0.98,
    ),
    (
        "html-womens-golf-final-round-story-leaderboard-widget-table-mid-body-odds-promo-list-21-plus-watch-live-buttons-more-from-rail-comments-count",
        InputKind::Html,
        0.94,
    ),
    (
        "text-nfl-injury-update-depth-chart-label-lines-kept-other-injuries-subhead-watch-live-button-team-selector-scores-strip-odds-box-21-plus-more-team-news-trending",
        InputKind::Text,
        0.98,
    ),
    (
        "text-us-soccer-signing-story-designated-player-player-profile-box-team-selector-watch-live-button-odds-boost-21-plus-more-from-rail-comments-count",
        InputKind::Text,
        0.96,
    ),
    (
        "html-catalan-county-weekly-cooperative-cinema-reopens-guillemet-quotes-llegiu-tambe-asides-publicitat-slots-peu-de-foto-newsletter-sentence-font-acn-credit-mes-llegides",
        InputKind::Html,
        0.99,
    ),
    (
        "html-croatian-regional-daily-market-hall-renovation-low-quotes-procitajte-i-asides-foto-figcaptions-preporuceno-grid-newsletter-sentence-izvor-credit",
        InputKind::Html,
        0.98,
    ),
    (
        "text-greek-island-news-portal-lifeguard-shortage-guillemet-quotes-diavaste-episis-lines-roi-eidiseon-sidebar-diafimisi-newsletter-sentence-pigi-credit",
        InputKind::Text,
        0.98,
    ),
    (
        "text-slovak-regional-news-site-village-school-merger-low-quotes-citajte-aj-lines-reklama-between-paragraphs-foto-caption-twice-zdroj-credit-newsletter-sentence-najcitanejsie",
        InputKind::Text,
        0.98,
    ),
    (
        "html-editorial-board-our-view-label-stormwater-fee-h2-subhead-board-byline-members-note-opposing-view-teaser-letters-prompt",
        InputKind::Html,
        0.98,
    ),
    (
        "html-letters-to-the-editor-five-short-letters-h3-titles-em-signatures-name-town-letters-policy-aside-submit-form-more-letters",
        InputKind::Html,
        0.98,
    ),
    (
        "text-metro-columnist-diner-closing-indented-quote-pull-quote-own-line-more-from-this-columnist-follow-on-x-line",
        InputKind::Text,
        0.96,
    ),
    (
        "text-newspaper-op-ed-library-sunday-hours-pull-quote-own-line-italic-bio-line-letters-prompt-more-opinion",
        InputKind::Text,
        0.98,
    ),
    (
        "html-festival-preview-schedule-list-after-colon-sponsor-logos-ticket-widget-add-to-calendar-map-embed-related-events",
        InputKind::Html,
        0.98,
    ),
    (
        "html-theatre-listings-stage-week-picks-if-you-go-box-ticket-widgets-prices-get-directions-map-embed-related-events",
        InputKind::Html,
        0.99,
    ),
    (
        "text-concert-review-setlist-buy-tickets-buttons-ticket-widget-prices-add-to-calendar-related-events",
        InputKind::Text,
        0.99,
    ),
    (
        "text-restaurant-review-star-rating-details-box-address-hours-prices-reserve-widget-get-directions-map-related-events",
        InputKind::Text,
        0.87,
    ),
    (
        "html-bengali-kolkata-daily-tea-garden-wage-deal-wage-table-blockquote-aro-porun-p-and-card-body-p-starting-aro-photo-pti-whatsapp-telegram-prompt-tothyosutro-credit-sobcheye-beshi-pothito",
        InputKind::Html,
        0.98,
    ),
    (
        "html-tamil-daily-fishing-ban-ends-harbour-ians-credit-ithaiyum-padikka-links-br-separated-paragraphs-rules-list-photo-credit-whatsapp-google-news-tags-athigam-vasikkappattavai",
        InputKind::Html,
        0.99,
    ),
    (
        "text-hindi-agency-monsoon-dam-gates-bhasha-dateline-yah-bhi-padhen-body-line-starting-yah-bhi-evacuation-list-photo-pti-google-news-prompt-input-credit-taza-khabren",
        InputKind::Text,
        0.99,
    ),
    (
        "text-urdu-pakistani-agency-mango-exports-app-dateline-mazeed-parhein-lines-body-line-starting-mazeed-baraan-export-table-photo-app-telegram-prompt-sab-se-zyada-parhi-jane-wali",
        InputKind::Text,
        0.99,
    ),
    (
        "html-azerbaijani-xeberler-korpu-temiri-oxu-inline-reklam-foto-kredit-apa-teqler-serh-sayi-en-cox-oxunanlar",
        InputKind::Html,
        0.99,
    ),
    (
        "html-uzbek-yangiliklar-maktab-tushligi-shuningdek-oqing-telegram-obuna-inline-foto-kredit-teglar-izohlar-eng-kop-oqilgan",
        InputKind::Html,
        0.99,
    ),
    (
        "text-kazakh-zhanalyqtar-auyl-su-qubyry-oqy-inline-zharnama-foto-kazinform-tegter-pikirler-kop-oqylgan",
        InputKind::Text,
        0.99,
    ),
    (
        "text-turkish-haber-sut-kooperatifi-ilgili-haberler-reklam-kaynak-aa-abone-ol-yorum-sayaci-cok-okunanlar",
        InputKind::Text,
        0.98,
    ),
    (
        "html-belgian-regional-ourthe-digues-lire-aussi-paragraphs-publicite-slot-photo-belga-figcaption-belga-tail-in-paragraph-erreur-prompt-plus-lus",
        InputKind::Html,
        0.98,
    ),
    (
        "html-senegalese-wordpress-news-aps-dateline-cajou-campagne-prix-list-lire-aussi-links-whatsapp-channel-prompt-aps-initials-tail-articles-similaires-commentaires",
        InputKind::Html,
        0.98,
    ),
    (
        "text-quebec-regional-site-la-presse-canadienne-wire-sucres-erablieres-a-voir-aussi-video-durations-partager-rows-bourses-meta-credit-infolettre-commentaires",
        InputKind::Text,
        0.99,
    ),
    (
        "text-swiss-romand-keystone-ats-wire-gel-abricots-valais-caption-twice-a-lire-aussi-lines-abonnez-vous-box-mid-article-ats-initials-tail-depeche-automatique-note",
        InputKind::Text,
        0.97,
    ),
    (
        "html-cuban-provincial-tren-canero-dateline-em-dash-dialogue-blockquote-h3-subheads-beneficios-list-lea-tambien-publicidad-con-informacion-de-la-acn-wordpress-comments",
        InputKind::Html,
        0.98,
    ),
    (
        "html-uruguayan-departmental-daily-estacion-centro-cultural-em-dash-dialogue-te-puede-interesar-card-segui-leyendo-paywall-button-mid-body-con-informacion-de-efe-segui-leyendo-related",
        InputKind::Html,
        0.98,
    ),
    (
        "text-mozambican-daily-pescadores-beira-travessao-dialogue-pedidos-list-leia-tambem-twice-publicidade-foto-lusa-lusa-credit-mais-lidas",
        InputKind::Text,
        0.99,
    ),
    (
        "text-peruvian-regional-puente-caido-oroya-em-dash-dialogue-medidas-list-lee-tambien-mira-video-recomendado-caption-twice-foto-andina-con-informacion-de-andina",
        InputKind::Text,
        0.99,
    ),
    (
        "html-irish-broadcaster-hurling-match-preview-team-news-list-read-more-paragraphs-photo-credit-sportsfile-share-row-newsletter-prompt",
        InputKind::Html,
        0.98,
    ),
    (
        "html-new-zealand-news-site-court-report-sentencing-name-suppression-read-more-paragraphs-photo-credit-share-row-newsletter-prompt-where-to-get-help",
        InputKind::Html,
        0.98,
    ),
    (
        "text-canadian-wire-provincial-politics-budget-vote-read-more-lines-photo-credit-twice-share-row-newsletter-box-canadian-press-credit-trending",
        InputKind::Text,
        0.98,
    ),
    (
        "text-singapore-broadcaster-housing-feature-resale-flats-subheads-read-more-lines-photo-credits-telegram-prompt-source-credit-related-topics",
        InputKind::Text,
        0.98,
    ),
    (
        "html-czech-business-daily-kovarna-robotizace-ctete-take-p-reklama-foto-ctk-zdroj-tail-newsletter-temata-nejctenejsi-kurzy-widget",
        InputKind::Html,
        0.98,
    ),
    (
        "html-hungarian-regional-portal-termalfurdo-geotermia-kapcsolodo-cikk-p-hirdetes-div-figcaption-foto-forras-mti-tail-hirlevel-cimkek-legolvasottabb",
        InputKind::Html,
        0.98,
    ),
    (
        "text-danish-national-daily-paedagoguddannelse-aftale-laes-ogsaa-lines-annonce-artiklen-fortsaetter-foto-ritzau-scanpix-kilde-tail-nyhedsbrev-emner-mest-laeste",
        InputKind::Text,
        0.98,
    ),
    (
        "text-flemish-regional-overweg-sluiting-omleiding-lees-ook-lines-advertentie-foto-credits-bron-belga-tail-nieuwsbrief-tags-meest-gelezen",
        InputKind::Text,
        0.97,
    ),
    (
        "html-health-news-clinic-closure-editors-note-div-top-correction-aside-end-policy-link-report-error-button-related-cards",
        InputKind::Html,
        0.96,
    ),
    (
        "html-transit-listicle-five-things-to-know-fare-cap-numbered-h2-subheads-inline-promo-card-series-ol-sidebar-most-read-ol-newsletter",
        InputKind::Html,
        0.98,
    ),
    (
        "text-business-timeline-mill-closure-date-led-paragraphs-timeline-subhead-caption-twice-related-line-dated-latest-rail",
        InputKind::Text,
        0.98,
    ),
    (
        "text-city-water-rate-explainer-qa-question-subheads-listen-player-read-more-inline-more-explainers-question-headlines-comments",
        InputKind::Text,
        0.98,
    ),
    (
        "html-amp-viewer-rendering-orchard-frost-story-amp-header-sidebar-amp-carousel-captions-amp-ad-slots-view-original-site-bar-related-amp-list",
        InputKind::Html,
        0.98,
    ),
    (
        "html-press-release-wire-site-battery-recycling-plant-dateline-about-boilerplates-forward-looking-statements-media-contact-more-releases-from",
        InputKind::Html,
        0.99,
    ),
    (
        "text-aggregator-republished-river-ferry-story-originally-published-on-read-full-story-at-source-logo-more-from-publisher",
        InputKind::Text,
        0.98,
    ),
    (
        "text-portal-syndicated-library-levy-story-continues-sponsored-content-cards-between-paragraphs-more-from-our-partners",
        InputKind::Text,
        0.99,
    ),
    (
        "html-us-school-board-budget-vote-positions-cut-list-h2-staff-photo-and-submitted-photo-figcaptions-related-strong-p-inline-ad-em-reporter-tagline-support-local-journalism-box-obituaries-legal-notices-rail",
        InputKind::Html,
        0.99,
    ),
    (
        "html-us-weekly-high-school-graduation-feature-dateline-lead-for-the-gazette-figcaption-contributed-caption-p-between-paragraphs-related-link-div-subscribe-banner-reporter-tagline-sharedaddy-support-box-e-edition-obituaries-widgets",
        InputKind::Html,
        0.98,
    ),
    (
        "text-us-county-fair-livestock-auction-champions-list-staff-photo-submitted-photo-captions-twice-related-line-mid-body-reporter-tagline-support-local-journalism-box-obituaries-legal-notices-rails",
        InputKind::Text,
        0.98,
    ),
    (
        "text-us-wildfire-evacuation-update-top-update-paragraph-order-warning-zone-lists-subheads-contributed-caption-twice-staff-photo-caption-once-related-line-public-service-note-reporter-tagline",
        InputKind::Text,
        0.96,
    ),
    (
        "html-finnish-regional-daily-lossi-winter-route-lue-myos-paragraphs-mainos-slot-kuva-credits-newsletter-sentence-mid-body-stt-credit-aiheet-luetuimmat",
        InputKind::Html,
        0.95,
    ),
    (
        "html-slovenian-news-portal-avtobusna-linija-dolina-preberite-se-card-oglas-foto-sta-figcaption-newsletter-sentence-vir-sta-oznake-najbolj-brano",
        InputKind::Html,
        0.98,
    ),
    (
        "text-lithuanian-regional-portal-ezero-pakrante-taip-pat-skaitykite-lines-reklama-nuotr-credit-twice-newsletter-sentence-elta-credit-zymes-skaitomiausi",
        InputKind::Text,
        0.99,
    ),
    (
        "text-norwegian-nynorsk-local-weekly-bygdebutikk-share-drive-les-ogsa-lines-annonse-foto-credit-twice-newsletter-sentences-ntb-credit-emne-mest-lese",
        InputKind::Text,
        0.99,
    ),
    (
        "html-food-magazine-feature-bakery-story-mid-article-recipe-makes-12-ingredients-ul-method-ol-print-button-nutrition-rate-recipe",
        InputKind::Html,
        0.96,
    ),
    (
        "html-literary-magazine-book-excerpt-chapter-heading-editors-note-excerpted-from-copyright-line-buy-the-book-box-affiliate",
        InputKind::Html,
        0.98,
    ),
    (
        "text-celebrity-interview-actor-qa-edited-condensed-note-kept-pull-quote-repeat-styling-credits-more-interviews",
        InputKind::Text,
        0.98,
    ),
    (
        "text-travel-essay-island-ferry-guest-of-tourism-board-disclosure-dropped-getting-there-box-captions-twice-affiliate-note",
        InputKind::Text,
        0.98,
    ),
    (
        "html-drug-sweep-arrests-mugshot-gallery-booking-photo-figcaptions-name-age-charges-presumed-innocent-disclaimer-tip-line-box",
        InputKind::Html,
        0.96,
    ),
    (
        "html-murder-trial-verdict-timeline-of-the-case-aside-box-in-body-courtroom-sketch-credit-related-coverage-list-contact-reporter",
        InputKind::Html,
        0.97,
    ),
    (
        "text-missing-person-appeal-description-bullets-anyone-with-information-call-line-caption-twice-share-this-appeal-poster-download",
        InputKind::Text,
        0.98,
    ),
    (
        "text-weekly-police-blotter-date-subheads-one-line-time-items-ad-between-days-public-record-notice",
        InputKind::Text,
        0.99,
    ),
    (
        "html-us-city-council-sidewalk-plan-story-one-sentence-dated-last-paragraph-reach-reporter-email-phone-tagline-related-stories",
        InputKind::Html,
        0.96,
    ),
    (
        "html-us-local-news-site-food-pantry-move-story-correction-box-after-body-about-the-author-box-donate-appeal-more-news",
        InputKind::Html,
        0.99,
    ),
    (
        "html-us-local-news-site-submitted-press-release-dateline-lead-bullet-list-about-company-boilerplate-hash-line-media-contact-submitted-note",
        InputKind::Html,
        0.93,
    ),
    (
        "html-us-weekly-police-blotter-day-heading-h3s-time-place-entries-presumed-innocent-notice-tip-line-more-public-safety",
        InputKind::Html,
        0.95,
    ),
    (
        "html-dutch-universiteit-nieuwsbericht-buurtapps-vertrouwen-label-intro-dek-foto-credit-citaat-aside-publicatie-doi-financiering-meer-informatie-pers-tags-deel-dit-bericht-gerelateerd-onderzoek-postbus-footer",
        InputKind::Html,
        0.98,
    ),
    (
        "html-medical-school-news-release-bypass-nap-trial-kicker-dek-figcaption-credit-span-aside-pull-quote-journal-reference-doi-funding-box-tag-cloud-media-contact-sidebar-related-research-cards-footer-address",
        InputKind::Html,
        0.98,
    ),
    (
        "html-tailwind-nextjs-physics-news-levitated-bead-gravity-kicker-link-dek-figcaption-two-p-credit-blockquote-pull-quote-related-strong-link-journal-reference-dl-doi-funding-details-topics-chips-media-contact-card",
        InputKind::Html,
        0.98,
    ),
    (
        "html-wordpress-climate-institute-press-release-saltmarsh-carbon-embargo-line-h2-subtitle-dek-wp-pullquote-findings-list-notes-to-editors-journal-funding-media-contact-about-tag-cloud-widget-related-research",
        InputKind::Html,
        0.93,
    ),
    (
        "text-afrikaans-town-peach-festival-winners-list-lees-ook-lines-foto-credit-captions-twice-kommentaar-replies-newsletter",
        InputKind::Text,
        0.99,
    ),
    (
        "text-malay-village-road-widening-one-sentence-paragraphs-baca-juga-lines-gambar-oleh-captions-subhead-komen-balas",
        InputKind::Text,
        0.99,
    ),
    (
        "text-swahili-community-football-cup-final-soma-pia-lines-picha-credits-twice-one-line-subhead-maoni-with-replies",
        InputKind::Text,
        0.99,
    ),
    (
        "text-tagalog-school-library-fun-run-fundraiser-donation-needs-list-basahin-din-lines-kuha-ni-captions-komento-replies",
        InputKind::Text,
        0.99,
    ),
    (
        "text-bangladeshi-english-daily-cricket-test-day-report-bss-dash-dateline-live-score-strip-also-read-lines-bss-slug-tail-facebook-comments-plugin-most-viewed",
        InputKind::Text,
        0.98,
    ),
    (
        "text-nepali-english-daily-supreme-court-land-pooling-ruling-en-dash-dateline-bikram-sambat-date-indented-order-quote-body-line-starting-also-affected-print-edition-note-mood-reactions-comments",
        InputKind::Text,
        0.98,
    ),
    (
        "text-pakistani-news-portal-federal-budget-app-colon-dateline-bulleted-measures-also-read-lines-share-counters-published-in-line-google-news-prompt-comments-most-read",
        InputKind::Text,
        0.98,
    ),
    (
        "text-sri-lankan-english-daily-flood-relief-dash-dateline-numbered-district-list-pic-by-captions-flash-news-ticker-views-share-counts-also-read-posted-by-comments",
        InputKind::Text,
        0.98,
    ),
    (
        "text-czech-news-portal-candidate-profile-qa-question-subheads-ctete-take-lines-reklama-foto-captions-twice-diskuse-nejctenejsi",
        InputKind::Text,
        0.98,
    ),
    (
        "text-english-election-night-live-blog-pinned-post-key-events-show-latest-updates-time-heads-per-update-authors-seat-tally-strip",
        InputKind::Text,
        0.94,
    ),
    (
        "text-french-regional-daily-municipales-results-story-party-table-comment-nous-publions-les-resultats-note-lire-aussi-publicite-les-plus-lus",
        InputKind::Text,
        0.94,
    ),
    (
        "text-hungarian-news-site-local-referendum-explainer-amit-tudni-kell-summary-bullets-question-subheads-body-list-hirdetes-kapcsolodo-cikkek-legolvasottabb",
        InputKind::Text,
        0.99,
    ),
    (
        "html-brazilian-city-portal-greve-metro-leia-tambem-strong-p-and-box-tweet-embed-foto-agencia-figcaptions-newsletter-box-mid-body-canal-whatsapp-tags-comentarios-mais-lidas",
        InputKind::Html,
        0.98,
    ),
    (
        "html-chilean-sports-wordpress-dt-despedido-wp-caption-foto-agencia-lee-tambien-caps-strong-p-and-thumb-box-comunicado-blockquote-tweet-newsletter-box-siguenos-google-news-whatsapp-em-p-etiquetas-related-posts-disqus",
        InputKind::Html,
        0.99,
    ),
    (
        "html-colombian-national-daily-regalias-mineras-bill-dateline-strong-lead-key-points-list-lea-tambien-strong-p-senator-tweet-caption-p-foto-agencia-newsletter-inline-te-puede-interesar-in-body-google-news-fb-comments",
        InputKind::Html,
        0.98,
    ),
    (
        "html-peruvian-daily-ola-de-calor-temperaturas-table-tweet-aviso-lee-tambien-pipe-box-and-strong-p-newsletter-embed-recomendaciones-list-figcaption-foto-agencia-canal-whatsapp-temas-te-puede-interesar-lo-mas-leido",
        InputKind::Html,
        0.98,
    ),
    (
        "html-editorial-board-our-view-kicker-fairgrounds-sale-opposing-view-link-box-mid-body-about-our-editorials-note-board-members-comments-closed",
        InputKind::Html,
        0.98,
    ),
    (
        "html-guest-op-ed-well-water-nitrates-guest-opinion-kicker-pull-quote-aside-italic-author-note-last-p-in-body-submission-note-more-opinion",
        InputKind::Html,
        0.98,
    ),
    (
        "html-letters-page-four-letters-h2-headings-name-town-signatures-submit-a-letter-box-mid-page-letters-policy-ad-slot-more-letters-rail",
        InputKind::Html,
        0.89,
    ),
    (
        "html-syndicated-column-toaster-repair-columns-label-syndicate-byline-distributed-by-syndicate-line-email-tagline-author-bio-headshot-more-from-columnist",
        InputKind::Html,
        0.97,
    ),
    (
        "text-dev-tool-release-announcement-changelog-sections-pr-numbers-copy-buttons-version-switcher-author-cards",
        InputKind::Text,
        0.96,
    ),
    (
        "text-docs-howto-retry-policy-code-blocks-language-labels-copy-buttons-on-this-page-toc-prev-next-helpful-form",
        InputKind::Text,
        0.97,
    ),
    (
        "text-engineering-blog-database-postmortem-utc-timeline-list-em-dash-times-sql-block-action-items-author-card-related-newsletter",
        InputKind::Text,
        0.99,
    ),
    (
        "text-engineering-blog-icon-font-migration-bracket-footnote-marks-notes-list-with-return-arrows-numbered-toc-author-card-keep-reading",
        InputKind::Text,
        0.98,
    ),
    (
        "text-county-newsroom-press-release-bridge-road-closures-detour-routes-bullets-for-immediate-release-media-contact-hash-end-related-documents-file-sizes-select-language",
        InputKind::Text,
        0.98,
    ),
    (
        "text-small-town-weekly-school-board-recap-numbered-votes-list-posted-on-print-email-share-related-documents-pdf-sizes-select-language-footer-hours",
        InputKind::Text,
        0.98,
    ),
    (
        "text-town-newsletter-leaf-collection-schedule-table-by-neighbourhood-in-this-issue-box-posted-on-print-email-share-subscribe-notifications-select-language-long-footer-hours",
        InputKind::Text,
        0.98,
    ),
    (
        "text-village-newsroom-public-hearing-notice-story-when-where-label-lines-written-comment-address-contact-public-works-block-subscribe-notifications-translate-footer",
        InputKind::Text,
        0.96,
    ),
    (
        "html-beauty-magazine-skincare-routine-order-affiliate-disclosure-product-cards-sentence-desc-pin-it-figures-ol-steps-blockquote-shop-the-story-carousel-author-bio-you-may-also-like-newsletter-modal",
        InputKind::Html,
        0.97,
    ),
    (
        "html-fashion-trend-cropped-trousers-section-article-body-aside-commerce-cards-brand-h5-name-h4-buy-at-pin-it-on-figures-shop-the-story-rail-contributor-bio-you-may-also-like-most-popular-modal",
        InputKind::Html,
        0.98,
    ),
    (
        "html-home-magazine-pantry-organising-nextjs-divs-product-cards-buy-at-pin-it-buttons-mid-body-shop-the-story-carousel-ul-zones-author-bio-you-may-also-like-popup",
        InputKind::Html,
        0.98,
    ),
    (
        "html-travel-blog-carry-on-packing-list-short-ul-items-h2-sections-disclosure-in-entry-content-product-boxes-star-rating-buy-at-pin-it-toc-ad-labels-shop-the-story-optin-author-box-comments-exit-popup",
        InputKind::Html,
        0.94,
    ),
    (
        "html-burmese-news-site-matriculation-exam-reform-myanmar-digits-ordered-reform-list-hset-sat-hpat-shu-yan-links-dat-pon-captions-kyaw-nya-tags-share-lu-kyaik-a-mya-zone",
        InputKind::Html,
        0.98,
    ),
    (
        "html-indonesian-city-portal-night-market-reopening-dateline-baca-juga-p-and-div-cards-opening-hours-list-foto-credit-artikel-telah-tayang-credit-tag-terpopuler",
        InputKind::Html,
        0.98,
    ),
    (
        "html-thai-business-daily-rice-export-volume-table-an-phoem-toem-p-links-figcaption-phap-credit-khosana-slot-thi-ma-source-line-tags-share-khao-yot-niyom",
        InputKind::Html,
        0.99,
    ),
    (
        "html-vietnamese-daily-ferry-capsize-river-crossing-time-stamped-updates-xem-them-links-figcaption-anh-credit-rescue-list-tu-khoa-doc-nhieu",
        InputKind::Html,
        0.98,
    ),
    (
        "text-english-swimming-championships-finals-session-report-event-results-lines-live-ticker-points-standings-widget-watch-highlights-odds-promo-gallery-1-of-24-more-swimming-comments",
        InputKind::Text,
        0.89,
    ),
    (
        "text-italian-cycling-stage-report-ordine-d-arrivo-table-diretta-ticker-classifica-widget-guarda-highlights-quote-promo-galleria-1-di-24-altre-notizie-ciclismo-commenti",
        InputKind::Text,
        0.99,
    ),
    (
        "text-japanese-marathon-report-nyuusho-results-lines-sokuhou-ticker-series-ranking-widget-douga-highlight-card-photo-1-24-rikujou-kanren-kiji-comments",
        InputKind::Text,
        0.72,
    ),
    (
        "text-spanish-golf-third-round-story-clasificacion-table-en-directo-ticker-ranking-widget-video-resumen-card-cuotas-promo-foto-1-de-24-mas-golf-comentarios",
        InputKind::Text,
        0.98,
    ),
    (
        "html-german-sleep-guide-schlafratgeber-das-wichtigste-in-kuerze-medizinisch-geprueft-haeufige-fragen-quellen-hilfreich-ja-nein-themen-cards",
        InputKind::Html,
        0.99,
    ),
    (
        "html-medication-faq-ibuprofen-question-h2s-dose-table-key-takeaways-pharmacist-reviewed-coupon-widget-references-helpful-related-drug-cards",
        InputKind::Html,
        0.94,
    ),
    (
        "html-nutrition-myth-buster-five-food-myths-takeaways-top-sup-citation-numbers-faq-accordion-h3-references-ol-helpful-newsletter",
        InputKind::Html,
        0.98,
    ),
    (
        "html-symptoms-explainer-shingles-key-takeaways-box-medically-reviewed-faq-h3-questions-sources-ol-helpful-widget-condition-cards",
        InputKind::Html,
        0.98,
    ),
    (
        "text-ev-winter-range-test-results-table-from-price-boxes-read-our-full-review-links-gallery-image-of-counter-charger-map-widget-comments",
        InputKind::Text,
        0.96,
    ),
    (
        "text-french-rallye-race-report-classement-table-diaporama-counter-dppi-credits-lire-aussi-publicite-devis-box-reagir-commentaires",
        InputKind::Text,
        0.96,
    ),
    (
        "text-new-car-review-estate-spec-list-verdict-box-stars-from-price-box-get-a-quote-buttons-rivals-cards-gallery-counter-comments",
        InputKind::Text,
        0.96,
    ),
    (
        "text-used-car-buying-guide-what-to-look-for-bullets-price-range-box-search-stock-buttons-read-our-full-review-link-rivals-cards-comments",
        InputKind::Text,
        0.95,
    ),
    (
        "html-property-news-mortgage-rates-weekly-rate-table-vs-lender-rate-widget-calculator-listing-cards-loan-officer-box",
        InputKind::Html,
        0.87,
    ),
    (
        "html-property-news-new-build-development-approved-sponsored-new-homes-cards-register-interest-form-agent-spotlight",
        InputKind::Html,
        0.85,
    ),
    (
        "html-property-portal-house-price-index-regional-table-listing-cards-calculator-valuation-cta-agent-box",
        InputKind::Html,
        0.92,
    ),
    (
        "html-property-portal-renters-rights-explainer-question-subheads-toc-rental-cards-helpline-box-reviewed-note",
        InputKind::Html,
        0.91,
    ),
    (
        "text-community-radio-interview-writeup-bookmobile-driver-bare-question-lines-one-word-answers-edited-note-kept-listen-full-conversation-show-promo-donate-box",
        InputKind::Text,
        0.98,
    ),
    (
        "text-news-radio-station-blizzard-emergency-story-update-lead-shelter-bullets-support-local-journalism-box-mid-body-copyright-station-line-closings-ticker-now-playing",
        InputKind::Text,
        0.98,
    ),
    (
        "text-podcast-episode-page-oyster-cove-show-notes-timestamps-partial-transcript-speaker-labels-one-word-answers-subscribe-apps-row-credits-more-from-this-show",
        InputKind::Text,
        0.98,
    ),
    (
        "text-public-radio-four-day-school-week-listen-duration-player-lines-mid-body-clip-support-for-underwriting-line-space-quotes-donate-box-more-from-this-show",
        InputKind::Text,
        0.95,
    ),
    (
        "text-box-office-report-six-column-table-change-column-new-entries-slideshow-arrows-autoplay-up-next-stream-it-now-cards-trending",
        InputKind::Text,
        0.97,
    ),
    (
        "text-music-festival-lineup-by-day-headers-list-items-also-appearing-paragraph-sponsored-ticket-box-playlist-widget-trending",
        InputKind::Text,
        0.94,
    ),
    (
        "text-tv-recap-streaming-drama-spoiler-alert-where-to-watch-box-autoplay-up-next-one-line-subheads-stray-thoughts",
        InputKind::Text,
        0.98,
    ),
    (
        "text-uk-glossy-gala-red-carpet-instagram-embeds-follower-counts-gallery-counters-shop-the-look-autoplay-video-trending-numbered",
        InputKind::Text,
        0.99,
    ),
    (
        "html-esports-tournament-report-playoff-results-table-kept-twitch-clip-iframe-live-ticker-match-cards-trending-newsletter-comments",
        InputKind::Html,
        0.98,
    ),
    (
        "html-game-review-score-box-8-of-10-pros-cons-reviewed-on-ps5-where-to-buy-widget-spoiler-toggle-trailer-card-game-info-sidebar-trending-comments",
        InputKind::Html,
        0.99,
    ),
    (
        "html-hardware-deals-news-handheld-pc-price-cut-deal-list-kept-product-price-widgets-countdown-affiliate-disclosure-spec-table-trending-newsletter",
        InputKind::Html,
        0.98,
    ),
    (
        "html-patch-notes-news-changelog-box-h3-categories-li-kept-developer-blockquote-watch-the-trailer-card-game-info-sidebar-where-to-buy-comments-newsletter",
        InputKind::Html,
        0.98,
    ),
    (
        "html-foundation-blog-post-community-energy-grants-first-person-numbered-h2-lessons-pull-quote-aside-meet-the-author-card-apply-for-funding-box-related-publications-charity-number",
        InputKind::Html,
        0.98,
    ),
    (
        "html-humanitarian-ngo-field-report-flood-recovery-mega-menu-descriptions-language-switcher-how-you-can-help-donate-box-mid-body-blockquote-related-publications-charity-numbers",
        InputKind::Html,
        0.98,
    ),
    (
        "html-think-tank-policy-brief-rural-childcare-key-findings-list-sup-footnote-marks-download-full-report-pdf-button-in-body-in-this-brief-toc-notes-cite-related-publications",
        InputKind::Html,
        0.97,
    ),
    (
        "html-un-style-press-release-drought-outlook-geneva-dateline-six-language-switcher-findings-list-for-more-information-contact-block-star-end-marker-related-publications",
        InputKind::Html,
        0.99,
    ),
    (
        "text-arabic-water-rationing-district-schedule-table-body-line-naming-telegram-whatsapp-iqra-aydan-sura-credit-join-prompts-al-akthar-qiraa",
        InputKind::Text,
        0.93,
    ),
    (
        "text-hebrew-municipal-budget-spending-table-question-subhead-kiru-gam-tzilum-credits-whatsapp-telegram-prompts-talkbacks-hanikraim",
        InputKind::Text,
        0.99,
    ),
    (
        "text-persian-university-admissions-konkur-ordered-list-full-stops-telegram-prompt-mid-body-manba-credit-bishtar-bekhanid-porbazdidtarin",
        InputKind::Text,
        0.93,
    ),
    (
        "text-urdu-cricket-board-domestic-restructure-bulleted-decisions-yeh-bhi-parhein-foto-captions-live-score-widget-whatsapp-telegram-maqbool",
        InputKind::Text,
        0.99,
    ),
    (
        "text-australian-grain-weekly-port-zone-price-table-rainfall-widget-classifieds-comments",
        InputKind::Text,
        0.97,
    ),
    (
        "text-canadian-farm-machinery-show-report-exhibitor-booth-mentions-gallery-counter-sponsored-exhibitor-spotlight-events-sidebar",
        InputKind::Text,
        0.97,
    ),
    (
        "text-nz-dairy-farmer-profile-feature-qa-question-lines-standfirst-sponsored-series-line-weather-widget-events-comments",
        InputKind::Text,
        0.96,
    ),
    (
        "text-uk-farming-weekly-sheep-disease-alert-symptoms-bullets-sponsored-by-line-vet-advice-box-events-calendar-comments",
        InputKind::Text,
        0.98,
    ),
    (
        "html-culture-magazine-feature-shadow-puppet-theatre-dropcap-span-hr-breaks-figure-pullquote-with-cite-footnote-marks-aside-term-box-kept-full-width-figures-notes-issue-note-support-box-bio-related-cards-nextjs-divs",
        InputKind::Html,
        0.93,
    ),
    (
        "html-history-magazine-feature-canal-lock-keepers-ledger-dropcap-span-asterisk-paragraph-breaks-blockquote-pullquote-glossary-box-kept-figure-credit-spans-footnotes-ol-issue-note-support-box-bio-related-cards",
        InputKind::Html,
        0.95,
    ),
    (
        "html-science-magazine-feature-glacier-moss-balls-dropcap-span-hr-breaks-aside-pullquotes-figure-credits-what-is-box-kept-sup-footnotes-issue-note-support-box-bio-related-cards",
        InputKind::Html,
        0.99,
    ),
    (
        "html-society-magazine-feature-night-bus-drivers-dropcap-span-first-word-dinkus-div-and-hr-pullquote-p-class-term-box-kept-figure-caption-credit-endnotes-dl-issue-note-support-box-bio-related-cards",
        InputKind::Html,
        0.93,
    ),
    (
        "html-danish-regional-daily-ferry-timetable-plus-paywall-teaser-mid-body-laes-ogsaa-paragraph-and-box-timetable-table-fakta-box-author-contact-mest-laeste",
        InputKind::Html,
        0.99,
    ),
    (
        "html-finnish-local-paper-council-election-result-tilaajille-paywall-box-after-body-lue-myos-paragraph-and-card-box-seat-table-kuva-credits-fakta-author-email-line-luetuimmat",
        InputKind::Html,
        0.99,
    ),
    (
        "html-norwegian-local-daily-school-closure-pluss-paywall-teaser-above-body-les-ogsa-strong-inside-link-and-box-vote-list-foto-captions-fakta-tips-line-authorbox-mest-lest",
        InputKind::Html,
        0.98,
    ),
    (
        "html-swedish-regional-daily-wolf-sighting-premium-badge-las-ocksa-caps-paragraph-and-teaser-box-caption-as-p-foto-faktaruta-kalla-author-contact-br-mest-last",
        InputKind::Html,
        0.99,
    ),
    (
        "text-aviation-trade-news-new-route-announcement-schedule-table-subheads-latest-news-ticker-app-prompt-summit-promo-related-companies-jobs-teasers-comments",
        InputKind::Text,
        0.99,
    ),
    (
        "text-maritime-trade-daily-port-congestion-dateline-free-articles-left-meter-caption-twice-data-hub-upsell-bullet-figures-summit-promo-related-companies-jobs-latest-news-comments",
        InputKind::Text,
        0.96,
    ),
    (
        "text-rail-trade-news-timetable-change-affected-services-bullets-paywall-register-prompt-summit-promo-mid-body-related-companies-rail-jobs-salary-lines-most-read-comments",
        InputKind::Text,
        0.99,
    ),
    (
        "text-trucking-trade-regulation-explainer-question-subheads-affected-groups-bullets-premium-meter-webinar-promo-newsletter-first-published-note-related-companies-jobs-comments",
        InputKind::Text,
        0.97,
    ),
    (
        "html-birding-blog-estuary-trip-report-twenty-sixteen-jump-to-species-list-pin-it-affiliate-optics-note-blockquote-species-ul-counts-share-yarpp-you-may-also-like-footer-byline-comments-about-me-archives-category-cloud",
        InputKind::Html,
        0.98,
    ),
    (
        "html-gardening-blog-tomato-blight-kadence-jump-and-pin-buttons-affiliate-disclosure-figcaption-steps-ol-varieties-table-blockquote-author-box-you-may-also-like-threaded-comments-about-me-archives-category-cloud",
        InputKind::Html,
        0.99,
    ),
    (
        "html-knitting-blog-free-cowl-pattern-astra-jump-to-pattern-print-pattern-ravelry-button-affiliate-disclosure-materials-abbreviations-lists-pattern-card-rows-ko-fi-box-you-may-also-like-comments-about-me-archives-category-cloud",
        InputKind::Html,
        0.95,
    ),
    (
        "html-woodworking-blog-dovetail-jig-how-to-generatepress-jump-to-steps-print-plans-affiliate-tool-list-numbered-steps-cut-list-table-jetpack-related-comments-about-me-archives-category-cloud",
        InputKind::Html,
        0.98,
    ),
    (
        "html-bengali-board-exam-result-toppers-district-pass-rate-table-h3-steps-ol-aro-porun-strong-p-and-box-dek-h2-photo-credit-google-news-whatsapp-bishoy-tags-sobcheye-beshi-pothito",
        InputKind::Html,
        0.98,
    ),
    (
        "html-hindi-monsoon-live-blog-time-h3-updates-yah-bhi-padhen-strong-p-and-aside-box-blockquote-district-list-photo-pti-google-news-whatsapp-tags-sabse-zyada-padhi",
        InputKind::Html,
        0.98,
    ),
    (
        "html-marathi-city-metro-extension-airport-line-hehi-vacha-strong-p-and-box-h2-fares-chhayachitra-captions-english-byline-updated-ist-follow-p-tags-author-box-sarvadhik-vachlele",
        InputKind::Html,
        0.98,
    ),
    (
        "html-tamil-temple-chariot-festival-dateline-b-lead-h2-ithaiyum-padikka-strong-p-and-card-quote-para-schedule-list-padam-captions-whatsapp-google-news-box-kurichorkal-athigam-padithavai",
        InputKind::Html,
        0.97,
    ),
    (
        "text-english-film-magazine-interview-q-and-initials-answers-pull-quote-label-free-article-meter-cv-box-mid-body-edit-note-kept",
        InputKind::Text,
        0.97,
    ),
    (
        "text-french-weekly-entretien-bare-question-lines-initials-answers-bio-express-year-lines-pull-quote-lire-aussi-abonnes-offer-box",
        InputKind::Text,
        0.97,
    ),
    (
        "text-german-newsmagazine-interview-kompass-prefixed-questions-surname-answers-zur-person-box-mid-body-lesen-sie-auch-plus-paywall-box-gespraech-fuehrte-credit",
        InputKind::Text,
        0.99,
    ),
    (
        "text-italian-weekly-intervista-rifugio-bare-questions-surname-answers-chi-e-box-leggi-anche-guillemet-pull-quote-premium-paywall-cut",
        InputKind::Text,
        0.98,
    ),
    (
        "text-basque-eskualdeko-egunkaria-herriarteko-autobus-lerroa-irakurri-ere-lines-argazkia-efe-captions-twice-ordutegia-zerrenda-publizitatea-etiketak-iruzkinak-erantzunak-gehien-irakurriak",
        InputKind::Text,
        0.98,
    ),
    (
        "text-catalan-comarcal-festa-major-poble-llegeix-tambe-lines-foto-captions-twice-programa-llista-publicitat-etiquetes-comentaris-respostes-mes-llegit",
        InputKind::Text,
        0.98,
    ),
    (
        "text-galician-xornal-lista-espera-hospital-le-tamen-lines-foto-efe-captions-twice-taboa-especialidades-publicidade-etiquetas-comentarios-respostas-o-mais-lido",
        InputKind::Text,
        0.98,
    ),
    (
        "text-spanish-regional-daily-huelga-estibadores-puerto-lee-tambien-lines-foto-efe-captions-twice-publicidad-etiquetas-comentarios-respuestas-lo-mas-leido",
        InputKind::Text,
        0.98,
    ),
    (
        "text-argentine-sports-site-minuto-a-minuto-newest-first-previa-entretiempo-markers-gol-cambio-icon-lines-cuotas-en-vivo-box-stats-al-descanso-formaciones-after-feed",
        InputKind::Text,
        0.95,
    ),
    (
        "text-english-non-league-live-ticker-key-moments-links-ft-ht-pre-match-markers-goal-icon-lines-share-this-update-bet-next-goal-box-half-time-stats-lineups-after-feed",
        InputKind::Text,
        0.93,
    ),
    (
        "text-german-regionalliga-liveticker-oldest-first-emoji-icon-lines-lineups-box-before-feed-odds-widget-halftime-stats-snapshot-voting-widget",
        InputKind::Text,
        0.91,
    ),
    (
        "text-portuguese-portugal-em-direto-relato-ao-minuto-onzes-iniciais-and-stats-before-feed-golo-icon-lines-fim-do-jogo-intervalo-antevisao-markers-apostas-ao-vivo-srij-leia-tambem",
        InputKind::Text,
        0.93,
    ),
    (
        "text-us-local-tv-station-blizzard-alert-story-closings-table-rows-repeat-ticker-timeline-label-paragraphs-radar-app-promo-lines-submit-closing-line-copyright-by-station-latest-weather-videos-trending",
        InputKind::Text,
        0.94,
    ),
    (
        "text-us-local-tv-station-consumer-investigation-solar-cleaning-deposits-complaints-table-rows-company-statement-paragraph-read-full-statement-line-video-line-contact-box-reporter-tagline-copyright-by-station-related-videos",
        InputKind::Text,
        0.97,
    ),
    (
        "text-us-local-tv-station-house-fire-video-lines-between-paragraphs-autoplay-toggle-watch-line-safety-list-how-to-help-copyright-by-station-send-us-your-news-tips-related-videos-trending-eeo-fcc-footer",
        InputKind::Text,
        0.98,
    ),
    (
        "text-us-local-tv-station-school-bus-crash-now-playing-up-next-durations-download-app-line-mid-body-district-letter-indented-block-quote-greeting-copyright-by-station-send-us-your-news-tips-more-videos-trending-now",
        InputKind::Text,
        0.98,
    ),
    (
        "html-baking-blog-create-card-recommended-products-affiliate-nutrition-information-table-ads-every-paragraph-rated-comments",
        InputKind::Html,
        0.92,
    ),
    (
        "html-food-magazine-chef-profile-recipe-nutrition-table-header-row-ratings-shop-the-kit-affiliate-reader-reviews",
        InputKind::Html,
        0.91,
    ),
    (
        "html-french-blog-recette-clafoutis-carte-ustensiles-affilies-valeurs-nutritionnelles-votes-commentaires-notes",
        InputKind::Html,
        0.93,
    ),
    (
        "html-recipe-blog-wprm-card-equipment-affiliate-links-nutrition-facts-label-table-votes-rated-comments",
        InputKind::Html,
        0.9,
    ),
    (
        "html-french-regional-portal-afp-wolf-pack-isere-afp-dateline-avec-afp-byline-and-credit-lire-aussi-paragraphs-publicite-photo-afp-figcaptions-sur-le-meme-sujet-les-plus-lus",
        InputKind::Html,
        0.99,
    ),
    (
        "html-german-news-portal-dpa-rail-strike-talks-dpa-dateline-foto-dpa-figcaptions-anzeige-slots-auch-interessant-dpa-infocom-notes-meistgelesen",
        InputKind::Html,
        0.98,
    ),
    (
        "html-markets-aggregator-reuters-offshore-wind-writedown-dateline-lead-item-1-of-2-captions-sign-up-here-line-reporting-editing-credit-our-standards-trending",
        InputKind::Html,
        0.98,
    ),
    (
        "html-regional-portal-ap-transit-funding-vote-ap-dateline-figcaptions-related-wire-aside-underscore-rule-contributed-line-ap-copyright-most-popular",
        InputKind::Html,
        0.98,
    ),
    (
        "html-chinese-mainland-city-portal-metro-line-opening-benbaoxun-lead-pic-desc-jizhe-she-captions-strong-p-subheads-timetable-inline-xiangguan-yuedu-guanggao-slot-zeren-bianji-tuijian-yuedu-icp-footer",
        InputKind::Html,
        0.98,
    ),
    (
        "html-hong-kong-news-site-typhoon-signal-8-warning-observatory-quote-blockquote-tu-ziliao-tupian-duzhe-tigong-img-caption-p-inline-yanshen-yuedu-strong-p-guanggao-slot-precautions-list-zeren-bianji-xiangguan-xinwen-tuijian-yuedu",
        InputKind::Html,
        0.98,
    ),
    (
        "html-malaysian-chinese-daily-night-market-food-safety-raid-xun-dateline-lead-sheying-figcaptions-violations-list-inline-xiangguan-xinwen-box-guanggao-slot-zeren-bianji-in-content-tags-whatsapp-follow-tuijian-yuedu",
        InputKind::Html,
        0.98,
    ),
    (
        "html-taiwan-news-site-school-admissions-points-change-jizhe-baodao-bracket-lead-tu-tigong-ziliaozhao-figcaptions-points-table-yanshen-yuedu-box-in-body-and-after-guanggao-zeren-bianji-line-follow-prompt",
        InputKind::Html,
        0.98,
    ),
    (
        "html-data-journalism-housing-affordability-iframe-chart-source-credit-embed-download-csv-county-table-how-we-did-this-last-section-data-sources-box-newsletter-related-data-stories",
        InputKind::Html,
        0.97,
    ),
    (
        "html-election-map-explainer-search-your-district-widget-map-iframe-legend-tabs-map-credit-source-embed-this-map-download-geojson-csv-question-subheads-donate-republish-related-data-stories",
        InputKind::Html,
        0.94,
    ),
    (
        "html-public-radio-data-story-transit-ridership-key-findings-box-datawrapper-iframe-footer-get-the-data-line-table-embed-this-table-read-more-boxed-about-the-data-note-dropped-donate-line-more-data-stories",
        InputKind::Html,
        0.93,
    ),
    (
        "html-sports-analytics-shot-chart-iframe-chart-source-one-line-embed-download-csv-player-stats-table-no-caption-scoreboard-strip-one-sentence-paragraph-stats-note-comments-sidebar-leaders-table",
        InputKind::Html,
        0.98,
    ),
    (
        "text-belgian-french-cour-d-appel-diffamation-arret-numero-de-role-in-body-presomption-d-innocence-line-belga-captions-lire-aussi-publicite-abonnes-commentaires",
        InputKind::Text,
        0.97,
    ),
    (
        "text-dutch-regional-daily-kantonrechter-huurgeschil-servicekosten-zaaknummer-in-body-premium-paywall-foto-captions-lees-ook-advertentie-reacties",
        InputKind::Text,
        0.97,
    ),
    (
        "text-german-regionalzeitung-betrugsprozess-urteil-aktenzeichen-in-body-short-last-sentence-unschuldsvermutung-hinweis-foto-caption-twice-mehr-zum-thema-plus-paywall-kommentare",
        InputKind::Text,
        0.91,
    ),
    (
        "text-polish-regional-z-sadu-znieslawienie-apelacja-sygnatura-akt-in-body-prawo-prasowe-note-fot-captions-czytaj-takze-paywall-percent-komentarze",
        InputKind::Text,
        0.92,
    ),
    (
        "text-diocesan-paper-priest-ordination-isaiah-quote-ordination-prayer-subhead-gallery-counter-mass-times-widget-events-sidebar-donate-box-related-news-chancery-address",
        InputKind::Text,
        0.98,
    ),
    (
        "text-hindu-temple-society-news-navaratri-preparation-sanskrit-devanagari-shloka-with-translation-schedule-bullets-in-body-pooja-timings-widget-top-photo-counter-sponsor-seva-price-box-events-related-address-footer",
        InputKind::Text,
        0.97,
    ),
    (
        "text-jewish-community-weekly-synagogue-ceiling-restoration-hebrew-inscription-psalm-quote-subheads-photo-counter-caption-twice-shabbat-candle-lighting-widget-community-calendar-donate-related-comments",
        InputKind::Text,
        0.98,
    ),
    (
        "text-mosque-community-site-interfaith-food-drive-quran-verse-indented-subheads-prayer-times-table-widget-hijri-date-events-list-zakat-donate-box-gallery-counter-share-this-related-news-address-footer",
        InputKind::Text,
        0.98,
    ),
    (
        "text-chinese-traditional-hospital-nurse-shortage-jizhe-dateline-lead-xiangguan-xinwen-staffing-table-caption-twice-yanshen-yuedu-paihang",
        InputKind::Text,
        0.90,
    ),
    (
        "text-japanese-local-rail-line-closure-kanren-kiji-lines-kisha-email-tail-shashin-caption-twice-kokoku-share-ranking",
        InputKind::Text,
        0.98,
    ),
    (
        "text-korean-fishing-port-festival-dateline-gija-lead-gwanryeon-gisa-lines-arrow-subheads-sajin-caption-twice-gwanggo-comments-manhi-bon",
        InputKind::Text,
        0.98,
    ),
    (
        "text-vietnamese-typhoon-damage-report-mtn-lead-xem-them-lines-damage-list-anh-caption-twice-quang-cao-tin-lien-quan-doc-nhieu",
        InputKind::Text,
        0.98,
    ),
    (
        "html-kids-news-explainer-salamander-tunnel-glossary-buttons-grade-lexile-badges-reading-level-toggle-word-of-the-day-test-yourself-quiz-print-activity-comments-off",
        InputKind::Html,
        0.99,
    ),
    (
        "html-museum-blog-family-exhibit-fossil-dig-em-italics-age-badges-inline-figcaptions-blockquote-tips-ul-visit-card-print-activity-test-yourself-comments-disabled-related-activity-cards",
        InputKind::Html,
        0.98,
    ),
    (
        "html-parenting-advice-column-reader-letter-signoff-answer-h3-subheads-age-badges-print-pullquote-submit-question-disclaimer-try-this-at-home-activity-cards-comments-closed",
        InputKind::Html,
        0.97,
    ),
    (
        "html-school-district-news-science-fair-winners-ul-by-division-strong-place-labels-grade-tags-alert-banner-attachments-photo-gallery-caption-related-news-nondiscrimination-footer",
        InputKind::Html,
        0.98,
    ),
    (
        "text-business-wire-style-executive-appointment-cfo-photo-caption-bio-paragraphs-in-body-about-contacts-after-body-hashtags-more-from-this-company",
        InputKind::Text,
        0.98,
    ),
    (
        "text-company-ir-newsroom-quarterly-results-highlights-bullets-results-table-outlook-conference-call-non-gaap-note-forward-looking-investor-contacts-email-alerts",
        InputKind::Text,
        0.93,
    ),
    (
        "text-federal-agency-posted-company-recall-announcement-summary-label-box-product-table-upc-lots-consumer-line-kept-public-service-disclaimer-content-current-as-of",
        InputKind::Text,
        0.92,
    ),
    (
        "text-newswire-product-launch-logo-alt-key-features-bullets-pricing-subhead-about-forward-looking-media-contact-view-original-content-more-news-from",
        InputKind::Text,
        0.98,
    ),
    (
        "html-irish-regional-gaa-county-football-final-report-scoreline-widget-sponsor-line-h3-subheads-read-more-strong-p-newsletter-promo-figcaption-image-credits-scorers-and-teams-paragraphs-kept-reader-comments-taboola-most-read",
        InputKind::Html,
        0.98,
    ),
    (
        "html-irish-regional-wordpress-missing-sheepdog-appeal-wp-caption-text-image-supplied-read-more-strong-p-description-list-our-daily-newsletter-box-story-tip-taboola-you-may-like-zero-comments-most-read",
        InputKind::Html,
        0.98,
    ),
    (
        "html-uk-regional-council-tax-rise-band-table-read-more-strong-teasers-inline-newsletter-form-figcaption-image-credits-taboola-sponsored-stories-comments-count-most-read",
        InputKind::Html,
        0.98,
    ),
    (
        "html-uk-regional-court-sentencing-taxi-driver-contempt-of-court-legal-warning-box-our-court-reporting-aside-cannot-be-named-kept-read-more-strong-p-link-list-newsletter-signup-figcaption-image-police-taboola-most-read",
        InputKind::Html,
        0.98,
    ),
    (
        "html-arc-national-daily-drought-watering-bans-data-testid-c-paragraph-interstitial-related-reservoir-table-video-caption-tweet-subscribe-card-with-files-from",
        InputKind::Html,
        0.98,
    ),
    (
        "html-drupal-city-newspaper-footbridge-bids-breadcrumb-updated-stamp-author-card-related-strong-p-bid-table-tweet-embed-tags-comments-most-read",
        InputKind::Html,
        0.98,
    ),
    (
        "html-ghost-newsletter-transit-depot-investigation-member-callout-footnote-marks-cost-table-video-embed-caption-bookmark-card-hidden-signup-card-author-card-prev-next",
        InputKind::Html,
        0.95,
    ),
    (
        "html-hugo-history-society-mill-daybook-breadcrumb-footnotes-grain-table-see-also-p-blockquote-tags-author-card-paginav-member-box",
        InputKind::Html,
        0.98,
    ),
    (
        "html-hospital-research-institute-nextjs-clinical-trial-release-tailwind-divs-data-tooltip-glossary-key-facts-aside-in-body-related-card-mid-body-journal-reference-dl-doi-funding-media-contact-cc-republish-editors-note-kept",
        InputKind::Html,
        0.97,
    ),
    (
        "html-science-magazine-deep-sea-microbes-sections-figure-credits-glossary-button-tooltip-in-sentence-related-cards-between-sections-paper-box-doi-authors-republish-cc-box-funding-note-editors-note-correction-kept",
        InputKind::Html,
        0.99,
    ),
    (
        "html-space-agency-comet-mission-update-data-block-attributes-figure-credits-glossary-link-tooltip-mission-facts-dl-sidebar-related-mission-cards-mid-body-paper-box-doi-partners-funding-media-contact-cc-by-sa-box-editors-note-kept",
        InputKind::Html,
        0.96,
    ),
    (
        "html-university-news-drupal-sodium-battery-cathode-field-body-abbr-title-glossary-figure-credits-related-research-cards-mid-body-journal-reference-doi-authors-funding-media-contact-republish-cc-box-key-facts-sidebar-editors-note-kept",
        InputKind::Html,
        0.98,
    ),
    (
        "text-canadian-daily-nhl-game-story-caps-dateline-scores-strip-headshot-captions-twice-numbered-ad-labels-pull-quote-one-line-quote-three-stars-period-summary-next-game-odds-line-streaming-ticket-promos",
        InputKind::Text,
        0.97,
    ),
    (
        "text-college-basketball-recap-caps-dateline-game-leaders-box-line-odds-headshot-captions-pull-quote-by-the-numbers-line-score-up-next-ticket-streaming-promos-more-coverage",
        InputKind::Text,
        0.93,
    ),
    (
        "text-high-school-football-playoff-semifinal-recap-caps-dateline-quarter-line-score-header-final-score-line-key-moment-headshot-caption-streaming-ticket-promos-stat-leaders-bracket-more-coverage",
        InputKind::Text,
        0.95,
    ),
    (
        "text-minor-league-baseball-season-finale-feature-one-line-quote-paragraph-subheads-headshot-captions-twice-pull-quote-streaming-ticket-promos-rhe-line-score-box-more-coverage-most-read",
        InputKind::Text,
        0.99,
    ),
    (
        "text-kenyan-news-site-county-budget-ward-allocations-dateline-brackets-also-read-lines-demands-list-whatsapp-channel-tags-trending-reporter-bio",
        InputKind::Text,
        0.98,
    ),
    (
        "text-nigerian-news-site-petrol-pump-price-hike-naira-per-litre-dateline-brackets-read-also-lines-union-demands-list-advertisement-tags-trending-reporter-bio",
        InputKind::Text,
        0.99,
    ),
    (
        "text-pakistani-news-site-cricket-board-governing-council-central-contracts-dateline-brackets-players-demands-list-one-word-answer-read-also-whatsapp-channel-advertisement-tags-trending-reporter-bio",
        InputKind::Text,
        0.97,
    ),
    (
        "text-philippine-news-site-typhoon-relief-evacuation-centers-dateline-brackets-one-word-answer-relief-pack-list-also-read-advertisement-whatsapp-channel-tags-trending-reporter-bio",
        InputKind::Text,
        0.98,
    ),
    (
        "text-german-rezept-blog-kaesespaetzle-pinterest-alt-texte-wiederholt-kartentitel-doppelt-drei-zutatengruppen-naehrwerte-kommentare",
        InputKind::Text,
        0.89,
    ),
    (
        "text-recipe-blog-chicken-dumplings-tasty-card-pin-alt-text-before-card-colon-meta-rows-description-label-nutrition-lines-review-form",
        InputKind::Text,
        0.96,
    ),
    (
        "text-recipe-blog-lemon-blueberry-loaf-pin-alt-text-repeated-card-title-twice-equipment-scale-toggle-glaze-subheader-nutrition-rated-comments",
        InputKind::Text,
        0.92,
    ),
    (
        "text-spanish-receta-blog-flan-casero-alt-textos-repetidos-titulo-doble-para-el-caramelo-informacion-nutricional-comentarios",
        InputKind::Text,
        0.91,
    ),
    (
        "text-broadcast-network-hurricane-landfall-topic-strip-six-headlines-video-durations-captions-twice-ap-credits-get-the-app-copyright-correction",
        InputKind::Text,
        0.98,
    ),
    (
        "text-cable-news-senate-vote-now-playing-playlist-durations-read-more-lines-embedded-tweet-app-prompt-copyright-correction",
        InputKind::Text,
        0.98,
    ),
    (
        "text-national-newspaper-supreme-court-ruling-topic-strip-more-six-headlines-read-more-lines-subheads-caption-credit-gift-article-correction",
        InputKind::Text,
        0.89,
    ),
    (
        "text-politics-site-campaign-rally-two-embedded-tweets-handle-date-video-playlist-durations-read-more-app-prompt-copyright-correction",
        InputKind::Text,
        0.98,
    ),
    (
        "text-game-console-price-cut-story-old-new-price-table-deal-boxes-see-at-retailer-tweet-related-lines-source-line-bio-newsletter",
        InputKind::Text,
        0.96,
    ),
    (
        "text-laptop-teardown-story-step-subheads-parts-spec-list-photo-credits-twice-related-lines-source-line-deal-box-comments-count",
        InputKind::Text,
        0.98,
    ),
    (
        "text-phone-launch-story-spec-list-affiliate-preorder-box-embedded-tweet-via-line-author-bio-newsletter",
        InputKind::Text,
        0.98,
    ),
    (
        "text-smart-home-security-flaw-story-doorbell-camera-affected-models-list-timeline-company-statement-tweet-newsletter-box-mid-body-via-line-bio",
        InputKind::Text,
        0.95,
    ),
    (
        "html-health-article-knee-replacement-recovery-timeline-table-jump-to-links-reviewer-box-key-takeaways-div-faq-accordion-icon-spans-references-helpful-newsletter-disclaimer",
        InputKind::Html,
        0.99,
    ),
    (
        "html-health-explainer-migraine-treatment-toc-jump-links-reviewer-box-credentials-key-takeaways-details-faq-accordion-references-ol-helpful-vote-disclaimer",
        InputKind::Html,
        0.99,
    ),
    (
        "html-health-news-sleep-study-irregular-bedtimes-key-takeaways-box-after-lead-newsletter-box-mid-body-reviewer-card-credentials-sources-ol-last-updated-helpful-disclaimer",
        InputKind::Html,
        0.98,
    ),
    (
        "html-supplement-guide-vitamin-d-wordpress-toc-jump-links-reviewer-box-product-cards-prices-buy-buttons-button-faq-accordion-hidden-panels-references-newsletter-disclaimer",
        InputKind::Html,
        0.99,
    ),
    (
        "text-business-news-site-brief-hardware-store-closing-markets-ticker-trending-strip-newsletter-box-video-playlist-related-teaser-lists-comments-cookie-notice-long-footer",
        InputKind::Text,
        0.98,
    ),
    (
        "text-regional-news-site-weather-alert-freezing-fog-advisory-short-story-alert-banner-ticker-trending-strip-newsletter-box-forecast-video-playlist-more-weather-teasers-comments",
        InputKind::Text,
        0.98,
    ),
    (
        "text-sports-site-transaction-brief-goalkeeper-signing-one-year-deal-scores-ticker-trending-strip-video-playlist-related-teaser-lists-newsletter-box-comments-long-footer",
        InputKind::Text,
        0.98,
    ),
    (
        "text-tv-station-police-brief-stolen-tractor-arrest-breaking-ticker-trending-strip-video-playlist-related-teaser-lists-comments-long-footer",
        InputKind::Text,
        0.98,
    ),
    (
        "text-english-regional-weekend-interview-novelist-bare-question-lines-initials-on-some-answers-one-word-answer-cv-box-mid-body-question-headline-related-line-boxed-subscriber-prompt-caption-after-body-comments",
        InputKind::Text,
        0.99,
    ),
    (
        "text-french-sports-daily-entretien-football-coach-publication-name-prefixed-questions-initials-answers-non-answer-bio-express-box-a-lire-aussi-question-headline-abonnes-box-propos-recueillis-credit-reactions",
        InputKind::Text,
        0.97,
    ),
    (
        "text-german-regional-daily-interview-climate-scientist-hb-prefixed-questions-surname-answers-unprefixed-nein-answer-zur-person-box-mid-body-mehr-zum-thema-question-headline-free-article-meter-interview-credit-comments",
        InputKind::Text,
        0.94,
    ),
    (
        "text-italian-food-daily-intervista-chef-interviewer-initials-questions-initials-answers-mai-answer-chi-e-box-sentence-lines-leggi-anche-question-headline-paywall-box-a-cura-di-credit-commenti",
        InputKind::Text,
        0.96,
    ),
    (
        "text-brussels-eu-policy-site-packaging-regulation-in-brief-box-language-switcher-pro-subscriber-prompt-read-also-lines-deadline-bullets-newsletter-tags-comments",
        InputKind::Text,
        0.92,
    ),
    (
        "text-maltese-daily-parliament-vote-rent-bill-key-points-box-en-mt-switcher-premium-prompt-read-also-lines-advertisement-bill-bullets-tags-comments-with-counts",
        InputKind::Text,
        0.96,
    ),
    (
        "text-pan-european-tv-news-site-rail-strike-video-player-embed-link-text-language-switcher-share-buttons-advertisement-read-also-affected-lines-bullets-comments-count-latest",
        InputKind::Text,
        0.98,
    ),
    (
        "text-swedish-expat-news-site-rental-queue-story-members-paywall-prompt-read-also-lines-advertisement-country-switcher-rules-bullets-newsletter-comments-count",
        InputKind::Text,
        0.97,
    ),
    (
        "html-asian-wire-agency-earthquake-intensity-list-after-colon-related-coverage-list-captions-agency-credit-correction-kept-recommended-topics-read-next-most-read",
        InputKind::Html,
        0.98,
    ),
    (
        "html-british-wire-agency-wto-fisheries-talks-geneva-dateline-summary-bullets-sign-up-here-related-coverage-hub-caps-subhead-reporting-editing-credit-our-standards-read-next",
        InputKind::Html,
        0.98,
    ),
    (
        "html-french-agency-english-service-tennis-final-chapo-read-also-photo-credit-captions-slug-initials-underscore-follow-coverage-url-recommended-topics-read-next-cards",
        InputKind::Html,
        0.97,
    ),
    (
        "html-us-wire-agency-court-verdict-dateline-lead-related-coverage-hub-captions-credit-date-underscore-separators-contributed-line-follow-coverage-url-correction-kept-recommended-topics-read-next",
        InputKind::Html,
        0.96,
    ),
    (
        "text-celebrity-gossip-couple-house-hunting-ad-after-every-paragraph-promoted-links-teasers-trending-now-video-cards-recommended-list-in-body",
        InputKind::Text,
        0.99,
    ),
    (
        "text-home-decor-rental-studio-room-tour-slideshow-eight-counter-slides-sentence-captions-kept-caption-twice-dropped-ad-after-every-paragraph-shop-the-look-promoted-links",
        InputKind::Text,
        0.89,
    ),
    (
        "text-personal-finance-emergency-fund-couple-story-advertiser-disclosure-ad-after-every-paragraph-promoted-links-sentence-teasers-recommended-list-trending-now-video-cards",
        InputKind::Text,
        0.95,
    ),
    (
        "text-pets-dog-boredom-signs-slideshow-eight-numbered-slides-captions-kept-ad-after-every-slide-promoted-links-trending-now-affiliate-disclosure",
        InputKind::Text,
        0.86,
    ),
    (
        "html-broadcaster-nature-story-data-component-text-blocks-ad-blocks-display-none-expander-newsletter-block-continue-reading-overlay-video-block-captions-related",
        InputKind::Html,
        0.95,
    ),
    (
        "html-nextjs-business-news-several-rich-text-divs-css-module-ad-units-collapsed-display-none-newsletter-card-metered-paywall-fade-video-player-next-data",
        InputKind::Html,
        0.93,
    ),
    (
        "html-regional-daily-ferry-terminal-article-sections-ad-slots-read-more-is-collapsed-aria-hidden-newsletter-form-paywall-gradient-video-embed-last-section",
        InputKind::Html,
        0.98,
    ),
    (
        "html-us-metro-daily-school-start-times-bare-p-under-article-asides-between-ad-related-newsletter-is-collapsed-p-continue-reading-gradient-video-figure",
        InputKind::Html,
        0.99,
    ),
    (
        "text-gardening-blog-fall-garlic-planting-subheads-steps-list-long-reader-stories-author-replies-leave-a-reply-comment-policy",
        InputKind::Text,
        0.98,
    ),
    (
        "text-local-news-zoning-rezoning-vote-long-prose-comments-quoting-article-comment-policy-log-in-to-reply-load-more",
        InputKind::Text,
        0.98,
    ),
    (
        "text-school-board-later-start-times-vote-nested-reader-comments-quoting-board-members-says-date-lines-reply-links-comment-policy",
        InputKind::Text,
        0.98,
    ),
    (
        "text-tech-opinion-column-smart-home-subscriptions-long-argumentative-comments-indented-article-quotes-in-comments-log-in-to-reply-load-more",
        InputKind::Text,
        0.98,
    ),
    (
        "html-chilean-sports-site-copa-chile-semifinal-remontada-live-video-player-top-relacionado-card-en-vivo-embed-between-paragraphs-lee-tambien-figcaption-foto-whatsapp-google-news-temas-autor-box-mas-noticias",
        InputKind::Html,
        0.93,
    ),
    (
        "html-colombian-regional-daily-cosecha-cafe-recolectores-br-br-paragraphs-in-div-lee-tambien-inline-in-br-flow-h3-blockquote-wp-caption-foto-cortesia-whatsapp-box-google-news-tags-author-bio-mas-noticias-comment-form",
        InputKind::Html,
        0.98,
    ),
    (
        "html-mexican-national-portal-precio-tortilla-table-te-puede-interesar-boxes-relacionado-card-body-p-starting-relacionado-figcaption-foto-google-news-whatsapp-box-temas-author-box-mas-noticias",
        InputKind::Html,
        0.94,
    ),
    (
        "html-us-spanish-language-tv-station-centros-de-enfriamiento-ola-de-calor-live-player-top-lee-tambien-strong-p-figcaption-foto-google-news-whatsapp-channel-aside-author-box-temas-relacionados-mas-noticias",
        InputKind::Html,
        0.97,
    ),
    (
        "text-brazilian-portal-estacao-vira-mercado-publicidade-continua-apos-a-publicidade-conteudo-patrocinado-taboola-mais-vistos-video-strip-leia-tambem-list-cookie",
        InputKind::Text,
        0.98,
    ),
    (
        "text-french-art-de-vivre-site-epicerie-cooperative-publicite-la-suite-apres-cette-publicite-contenus-sponsorises-par-taboola-plus-vues-video-strip-a-lire-aussi-list-cookie",
        InputKind::Text,
        0.86,
    ),
    (
        "text-german-lifestyle-portal-strassengarten-parkplaetze-anzeige-weiterlesen-nach-der-anzeige-gesponsert-taboola-units-meistgesehen-video-strip-das-koennte-sie-auch-interessieren-list-cookie",
        InputKind::Text,
        0.99,
    ),
    (
        "text-italian-news-lifestyle-borgo-funivia-pubblicita-continua-a-leggere-dopo-la-pubblicita-contenuti-sponsorizzati-taboola-piu-visti-video-strip-potrebbe-interessarti-list",
        InputKind::Text,
        0.91,
    ),
    (
        "html-celebrity-gossip-site-wedding-story-htl-ad-after-every-paragraph-sponsored-you-may-like-unit-trending-video-strip-related-three-links-inside-article-body",
        InputKind::Html,
        0.99,
    ),
    (
        "html-local-tv-news-site-road-closure-story-p-siblings-of-data-ad-unit-divs-under-article-sponsored-stories-sources-trending-video-strip-related-three-links-detour-list-station-copyright",
        InputKind::Html,
        0.99,
    ),
    (
        "html-personal-finance-site-emergency-fund-advice-ad-container-divs-in-article-body-sponsored-savings-rates-widget-around-the-web-unit-related-box-numbered-steps",
        InputKind::Html,
        0.94,
    ),
    (
        "html-sports-site-playoff-game-recap-paragraphs-direct-children-of-article-between-gam-slot-divs-trending-video-strip-durations-outbrain-unit-related-three-links-scoring-list",
        InputKind::Html,
        0.98,
    ),
    (
        "text-home-design-magazine-small-kitchens-gallery-arrow-wrapped-n-slash-10-counters-alt-text-design-and-photo-credit-lines-shop-the-look-prices-next-gallery-related-galleries-photo-counts-comments",
        InputKind::Text,
        0.91,
    ),
    (
        "text-local-paper-county-fair-classic-car-show-slideshow-slide-n-of-7-captions-twice-buy-photo-credits-dateline-lead-quote-with-leading-space-closing-paragraph-more-photo-galleries-reporter-contact",
        InputKind::Text,
        0.98,
    ),
    (
        "text-outdoors-magazine-hikes-near-denver-slideshow-twelve-slash-counters-alt-text-lines-photo-credits-next-slide-buttons-advertisement-related-galleries-share-row",
        InputKind::Text,
        0.89,
    ),
    (
        "text-pet-site-cat-boredom-signs-slide-n-of-8-counters-sentence-alt-text-photo-credits-next-slide-after-each-closing-paragraph-on-last-slide-quote-with-leading-space-medically-reviewed-byline-more-galleries",
        InputKind::Text,
        0.85,
    ),
    (
        "text-estonian-maakonnaleht-kuumalaine-loe-ka-lines-reklaam-foto-caption-twice-temperature-list-advice-list-telli-prompt-toimetaja-kommentaarid-loetumad",
        InputKind::Text,
        0.97,
    ),
    (
        "text-finnish-kaupunkilehti-talousarvio-leikkaukset-tilaajille-lue-myos-lines-mainos-kuva-caption-twice-savings-list-faktat-box-tilaa-prompt-kommentit-luetuimmat",
        InputKind::Text,
        0.97,
    ),
    (
        "text-lithuanian-sports-portal-krepsinio-finalas-keliniu-rezultatai-line-taip-pat-skaitykite-reklama-foto-caption-twice-scorers-list-newsletter-sentence-komentarai-ip-skaitomiausi",
        InputKind::Text,
        0.99,
    ),
    (
        "text-norwegian-regional-avis-ferjerute-ny-rutetabell-pluss-les-ogsa-lines-annonse-foto-caption-twice-departure-table-fakta-box-kjop-abonnement-kommentarer-mest-lest",
        InputKind::Text,
        0.98,
    ),
    (
        "text-dutch-regional-daily-dorpssupermarkt-cooperatie-advertentie-artikel-gaat-verder-gesponsord-taboola-meest-bekeken-video-strip-lees-ook-list-cookie",
        InputKind::Text,
        0.98,
    ),
    (
        "text-polish-regional-portal-bar-mleczny-reklama-dalsza-czesc-artykulu-pod-reklama-tresci-sponsorowane-najczesciej-ogladane-video-strip-czytaj-takze-list-dash-quote-rodo",
        InputKind::Text,
        0.99,
    ),
    (
        "text-spanish-regional-daily-cine-de-verano-publicidad-sigue-leyendo-contenido-patrocinado-por-taboola-lo-mas-visto-video-strip-lee-tambien-unbulleted-list-cookies",
        InputKind::Text,
        0.96,
    ),
    (
        "text-turkish-news-portal-tutun-deposu-kutuphane-reklam-haberin-devami-reklamdan-sonra-sponsorlu-taboola-en-cok-izlenenler-video-strip-ilginizi-cekebilir-list-cerez",
        InputKind::Text,
        0.99,
    ),
    (
        "html-local-daily-bridge-closure-trending-video-strip-mostread-aside-more-from-rail-watch-player-caption-inside-article",
        InputKind::Html,
        0.95,
    ),
    (
        "html-local-tv-station-school-water-main-mostread-numbered-ul-watch-caption-div-trending-strip-runtimes-more-from-news-cards-timestamps",
        InputKind::Html,
        0.96,
    ),
    (
        "html-national-daily-shrinkflation-fines-section-body-more-from-business-rail-teasers-trending-aside-runtimes-watch-section-caption-mostread-rail-five",
        InputKind::Html,
        0.98,
    ),
    (
        "html-national-news-grain-elevator-inspections-watch-player-figcaption-more-from-nation-rail-teasers-trending-strip-mostread-ol",
        InputKind::Html,
        0.94,
    ),
    (
        "text-italian-water-polo-serie-a1-match-parziali-quarter-scores-tabellino-superiorita-live-ticker-orari-leggi-anche-foto-credit-twice-pubblicita",
        InputKind::Text,
        0.98,
    ),
    (
        "text-lithuanian-basketball-final-quarter-scores-like-clock-times-live-ticker-tvarkarastis-skaitykite-taip-pat-foto-credit-twice-reklama",
        InputKind::Text,
        0.99,
    ),
    (
        "text-portuguese-handball-andebol-cup-final-lead-score-31-28-colon-marcadores-bullet-list-evolucao-minute-scores-live-ticker-leia-tambem-foto-credit-publicidade",
        InputKind::Text,
        0.99,
    ),
    (
        "text-spanish-volleyball-superliga-match-parciales-set-scores-colon-dash-mixed-marcador-en-directo-ticker-horarios-lee-tambien-foto-credit-publicidad",
        InputKind::Text,
        0.92,
    ),
    (
        "html-car-enthusiast-blog-affordable-classic-cars-gallery-numbered-h2-with-year-ranges-photo-n-of-8-reader-submission-credits-sponsored-content-slots-shop-the-look-amazon-box-jetpack-related-comments",
        InputKind::Html,
        0.94,
    ),
    (
        "html-french-food-magazine-meilleures-boulangeries-lyon-diaporama-numbered-h3-figcaption-copyright-credits-publicite-la-suite-apres-shop-the-look-euro-prices-lancer-le-diaporama-a-decouvrir-aussi",
        InputKind::Html,
        0.98,
    ),
    (
        "html-outdoors-magazine-hikes-near-denver-numbered-h2-slides-figcaption-credit-spans-shop-the-look-prices-slideshow-bar-more-galleries-rail",
        InputKind::Html,
        0.98,
    ),
    (
        "html-uk-design-magazine-small-kitchens-gallery-h3-title-before-figure-slide-n-of-10-counters-design-photography-credit-spans-shop-the-look-product-paras-gallery-end-next-gallery-related-galleries",
        InputKind::Html,
        0.99,
    ),
    (
        "text-florida-daily-school-lockdown-no-one-hurt-photo-credit-caption-twice-image-alt-line-related-more-lines-subhead-parent-quote-help-line-paragraph-news-tip-newsletter-box-comments-trending",
        InputKind::Text,
        0.98,
    ),
    (
        "text-midwest-daily-city-council-budget-vote-advertisement-story-continues-below-related-more-lines-subheads-bulleted-budget-list-newsletter-box-reporter-contact-comments-count-trending-stories",
        InputKind::Text,
        0.98,
    ),
    (
        "text-pacific-northwest-public-broadcaster-wildfire-smoke-listen-to-story-photo-credit-caption-aqi-table-source-line-related-more-lines-subheads-donate-pitch-newsletter-box-author-bio-trending",
        InputKind::Text,
        0.96,
    ),
    (
        "text-texas-tv-station-flood-rescues-flash-flood-banner-video-player-transcript-snippet-related-more-lines-subheads-road-closure-list-download-app-ap-credit-nexstar-copyright-trending-news-tip",
        InputKind::Text,
        0.92,
    ),
    (
        "text-hong-kong-english-daily-outlying-island-ferry-operator-fare-table-subheads-photo-caption-premium-unlock-box-read-more-more-from",
        InputKind::Text,
        0.98,
    ),
    (
        "text-indian-business-daily-q2-results-crore-figures-segment-list-also-read-lines-premium-badges-analyst-disclaimer-catch-all-business-news-closing-line",
        InputKind::Text,
        0.98,
    ),
    (
        "text-malaysian-news-portal-flood-relief-evacuees-by-state-list-also-read-lines-caption-photo-credit-twice-telegram-whatsapp-join-get-the-app-bernama-credit",
        InputKind::Text,
        0.99,
    ),
    (
        "text-singapore-daily-property-cooling-measures-stamp-duty-rate-list-read-more-lines-premium-teasers-telegram-prompt-topics-more-from",
        InputKind::Text,
        0.99,
    ),
    (
        "html-investigation-magazine-flood-gauges-nextjs-dropcap-email-excerpt-blockquote-kept-pullquote-dropped-hr-breaks-gauge-table-notes-ol-print-line-bio-support-box",
        InputKind::Html,
        0.96,
    ),
    (
        "html-profile-magazine-accordion-repairer-dropcap-span-plus-smallcaps-lead-in-aside-pullquote-p-repeating-later-quote-hr-dinkus-bracket-fn-marks-notes-as-p-paragraphs-support-box-mid-body-print-line-italic-bio-more-from-the-magazine-rail",
        InputKind::Html,
        0.96,
    ),
    (
        "html-science-magazine-feature-breathing-cave-wordpress-dropcap-span-pullquote-blockquote-after-its-sentence-p-asterisk-breaks-sup-a-footnote-marks-endnotes-ol-issue-note-support-box-bio-p-more-from-the-magazine-cards",
        InputKind::Html,
        0.99,
    ),
    (
        "html-travel-magazine-essay-lake-steamer-dropcap-pullquote-before-its-sentence-guidebook-blockquote-kept-asterisk-breaks-endnotes-in-aside-print-line-bio-support",
        InputKind::Html,
        0.97,
    ),
    (
        "text-baking-competition-recap-spoiler-warnings-top-and-mid-where-to-watch-prices-trailer-read-our-review-of-episode-3-lines-worry-list-episode-verdict-stars-comments",
        InputKind::Text,
        0.94,
    ),
    (
        "text-magazine-cover-story-interview-spoiler-warning-trailer-pull-quote-repeat-quick-fire-questions-one-word-answers-where-to-watch-styling-credits-comments",
        InputKind::Text,
        0.97,
    ),
    (
        "text-track-by-track-album-review-numbered-song-subheads-kept-tracklist-with-durations-dropped-release-info-box-buy-vinyl-comments",
        InputKind::Text,
        0.98,
    ),
    (
        "text-uk-film-review-stars-under-dek-spoiler-warning-trailer-starring-opposite-sentence-where-to-watch-rent-prices-credits-block-after-body-most-viewed",
        InputKind::Text,
        0.99,
    ),
    (
        "text-argentine-city-daily-boleto-colectivo-aumento-concejo-subheads-te-puede-interesar-line-publicidad-suscriptores-label-captions-twice-foto-archivo-whatsapp-canal-segui-leyendo-temas-mas-leidas-comentarios",
        InputKind::Text,
        0.98,
    ),
    (
        "text-colombian-regional-daily-precio-cafe-record-carga-cooperativa-price-list-lea-tambien-line-foto-archivo-pipe-captions-twice-google-news-prompt-suscriptores-teaser-after-body-temas-le-puede-interesar-mas-leidas",
        InputKind::Text,
        0.97,
    ),
    (
        "text-mexican-city-daily-escasez-agua-bloqueo-tandeo-te-puede-interesar-line-quote-first-body-whatsapp-prompt-vs-body-whatsapp-number-foto-captions-twice-sigue-leyendo-suscriptores-temas-mas-leidas-comentarios",
        InputKind::Text,
        0.98,
    ),
    (
        "text-peruvian-regional-daily-paro-minero-bloqueo-puente-lea-tambien-line-quote-first-para-suscriptores-box-mid-body-whatsapp-canal-foto-captions-twice-sigue-leyendo-google-news-etiquetas-mas-leidas-comentarios",
        InputKind::Text,
        0.98,
    ),
    (
        "text-indian-city-news-metro-fare-hike-telegram-channel-prompt-google-news-line-app-download-prompt-also-read-pipe-body-telegram-and-app-mentions-most-read",
        InputKind::Text,
        0.98,
    ),
    (
        "text-indonesian-regional-news-pasar-reopening-ikuti-whatsapp-channel-google-news-unduh-aplikasi-prompts-baca-juga-advertisement-tag-terpopuler",
        InputKind::Text,
        0.98,
    ),
    (
        "text-kazakhstan-russian-news-bus-routes-podpisyvaytes-telegram-whatsapp-prompts-chitaite-takzhe-reklama-foto-akimat-tegi-samoe-chitaemoe",
        InputKind::Text,
        0.98,
    ),
    (
        "text-ukrainian-city-news-underground-school-pidpysuitesia-telegram-prompts-chytaite-takozh-reklama-foto-mer-telegram-body-teghy-populiarne",
        InputKind::Text,
        0.98,
    ),
    (
        "html-food-magazine-feature-quay-smokehouse-blockquote-pull-quote-earlier-figure-quote-figcaption-speaker-aside-pullquote-later-p-pullquote-customer-letter-blockquote-kept-notes-ol-bio-related-rail",
        InputKind::Html,
        0.93,
    ),
    (
        "html-nature-magazine-feature-island-weather-observer-drupal-field-body-aside-pullquote-far-later-blockquote-pull-quote-earlier-figure-quote-figcaption-p-pullquote-logbook-entry-blockquote-no-p-kept-notes-ol-bio-related-rail",
        InputKind::Html,
        0.89,
    ),
    (
        "html-regional-news-weekend-long-read-market-town-scraps-parking-meters-wordpress-entry-content-p-pullquote-first-aside-pullquote-later-blockquote-pull-quote-earlier-figure-quote-council-statement-blockquote-kept-notes-ol-bio-related-rail",
        InputKind::Html,
        0.90,
    ),
    (
        "html-sports-longform-womens-rowing-club-restored-1930s-eight-css-module-divs-pull-quote-ellipsis-trimmed-aside-pullquote-cite-later-figure-quote-p-pullquote-club-minutes-blockquote-kept-notes-ol-bio-related-rail",
        InputKind::Html,
        0.88,
    ),
    (
        "text-caravan-club-magazine-rally-report-key-facts-rally-box-captions-twice-prize-winners-list-sponsored-member-benefit-signoff-call-us-0800-related-disclaimer",
        InputKind::Text,
        0.83,
    ),
    (
        "text-consumer-rights-magazine-refund-story-faulty-mobility-scooter-sponsored-box-member-benefit-print-share-helpful-related-guides-legal-footer",
        InputKind::Text,
        0.97,
    ),
    (
        "text-pension-advice-site-winter-payment-change-explainer-key-facts-box-sponsored-annuity-box-call-us-0800-helpful-widget-last-reviewed-related-guides-disclaimer",
        InputKind::Text,
        0.92,
    ),
    (
        "text-seniors-health-site-hearing-aid-guide-numbered-steps-sponsored-hearing-test-box-member-benefit-call-us-0800-last-reviewed-at-end-helpful-related-disclaimer",
        InputKind::Text,
        0.96,
    ),
    (
        "html-chinese-coastal-city-daily-typhoon-preparation-benbao-xun-lead-jizhe-line-xiangguan-yuedu-box-between-paragraphs-guanggao-slots-she-captions-precaution-ol-fenxiang-zeren-bianji-remen-paihang-banquan-shengming",
        InputKind::Html,
        0.85,
    ),
    (
        "html-japanese-regional-daily-train-timetable-revision-kisha-line-kanren-kiji-box-between-paragraphs-kokoku-slots-shashin-credit-figcaption-change-table-sns-share-access-ranking-mudan-tensai-kinshi",
        InputKind::Html,
        0.99,
    ),
    (
        "html-korean-regional-daily-suneung-exam-day-dateline-gija-lead-gwanryeon-gisa-box-between-paragraphs-gwanggo-slots-sajin-credit-strong-subheads-reporter-email-copyright-sns-share-manhi-bon-nyuseu",
        InputKind::Html,
        0.96,
    ),
    (
        "html-taiwan-news-site-night-market-regulation-jizhe-baodao-bracket-lead-xiangguan-xinwen-box-between-paragraphs-guanggao-slots-tu-ziliaozhao-captions-rules-ul-fenxiang-zeren-bianji-paihang-banquan",
        InputKind::Html,
        0.92,
    ),
    (
        "text-cameroonian-sports-site-federation-election-second-round-vote-counts-dateline-camnews-subheads-lire-aussi-line-whatsapp-prompt-photo-captions-twice-source-line-mots-cles-author-box-commentaires-plus-lus",
        InputKind::Text,
        0.98,
    ),
    (
        "text-ivorian-news-site-bepc-results-aip-dateline-dren-numbered-top-five-list-subheads-lire-aussi-lines-whatsapp-channel-prompt-photo-captions-twice-avec-aip-mots-cles-commentaires-3-plus-lus",
        InputKind::Text,
        0.98,
    ),
    (
        "text-moroccan-business-weekly-port-extension-map-dateline-market-ticker-subheads-lire-aussi-lines-publicite-whatsapp-prompt-photo-captions-twice-quote-after-caption-avec-map-tags-commentaires-plus-lus",
        InputKind::Text,
        0.98,
    ),
    (
        "text-senegalese-news-site-carburant-subvention-aps-dateline-prix-list-lire-aussi-lines-publicite-whatsapp-prompt-photo-captions-twice-source-avec-aps-mots-cles-commentaires-plus-lus",
        InputKind::Text,
        0.98,
    ),
    (
        "html-australian-state-joint-media-release-schools-funding-minister-list-header-readspeaker-translate-select-funding-bullets-new-schools-table-said-colon-quote-paragraphs-media-contact-related-links-page-useful",
        InputKind::Html,
        0.98,
    ),
    (
        "html-brazilian-state-agency-road-works-programme-chapeu-linha-fina-publicado-em-atualizado-em-ouvir-leia-tambem-paragraph-measures-list-captions-assessoria-de-imprensa-relacionadas-pagina-util-vlibras",
        InputKind::Html,
        0.98,
    ),
    (
        "html-mexican-ministry-vaccination-campaign-comunicado-number-resumen-dek-publicado-el-who-should-list-opo-end-marker-contacto-de-prensa-enlaces-relacionados-te-sirvio-ultima-actualizacion-nahuatl-switcher",
        InputKind::Html,
        0.98,
    ),
    (
        "html-quebec-ministry-flood-relief-fund-communique-cnw-dateline-measures-list-citations-blockquotes-attribution-lines-faits-saillants-end-30-renseignements-source-liens-connexes-avez-vous-trouve",
        InputKind::Html,
        0.98,
    ),
    (
        "text-cricket-selection-news-roundup-squad-item-titles-reporting-by-lines-live-scores-ticker-squad-list-most-read-newsletter-comments",
        InputKind::Text,
        0.94,
    ),
    (
        "text-cycling-team-roster-roundup-grand-tour-line-ups-item-titles-rider-lists-via-source-lines-live-stage-ticker-most-read-newsletter-comments",
        InputKind::Text,
        0.96,
    ),
    (
        "text-football-transfer-rumours-roundup-item-title-lines-via-source-lines-advertisement-between-items-live-scores-ticker-most-read-newsletter-comments",
        InputKind::Text,
        0.99,
    ),
    (
        "text-nfl-injury-roundup-item-title-lines-source-and-via-lines-advertisement-between-items-scores-ticker-most-read-newsletter-comments",
        InputKind::Text,
        0.99,
    ),
    (
        "html-german-feuilleton-essay-buchinfo-verlag-euro-kaufen-buttons-provision-hinweis-zitat-blockquote-autorin-bio",
        InputKind::Html,
        0.98,
    ),
    (
        "html-newspaper-books-section-nonfiction-review-rating-div-book-details-dl-buy-buttons-disclosure-excerpt-blockquote-bio",
        InputKind::Html,
        0.97,
    ),
    (
        "text-culture-magazine-novel-review-star-line-book-details-box-buy-buttons-affiliate-note-excerpt-bio-comments",
        InputKind::Text,
        0.99,
    ),
    (
        "text-spanish-poetry-review-valoracion-stars-ficha-libro-comprar-buttons-afiliados-stanzas-sobre-el-autor-comentarios",
        InputKind::Text,
        0.98,
    ),
    (
        "html-neighbourhood-association-park-cleanup-finds-ul-blockquote-tiled-gallery-sharedaddy-events-sidebar-tag-cloud",
        InputKind::Html,
        0.98,
    ),
    (
        "html-rural-weekly-agricultural-fair-results-h3-prize-winner-lists-support-local-journalism-box-gallery-author-box",
        InputKind::Html,
        0.98,
    ),
    (
        "text-diocesan-news-parish-150th-anniversary-timeline-dash-list-gallery-image-n-of-6-mass-times-sidebar-annual-appeal",
        InputKind::Text,
        0.98,
    ),
    (
        "text-student-newspaper-tuition-vote-caption-twice-roll-call-list-support-student-journalism-box-share-like-comments",
        InputKind::Text,
        0.98,
    ),
    (
        "text-brazilian-coluna-opiniao-ipes-photo-caption-twice-bio-leia-tambem-correcao-end-painel-do-leitor-comentarios",
        InputKind::Text,
        0.88,
    ),
    (
        "text-letters-to-the-editor-six-letters-name-town-signatures-have-your-say-box-mid-page-correction-end-comments",
        InputKind::Text,
        0.92,
    ),
    (
        "text-op-ed-marsh-bypass-editors-note-disclosure-top-views-own-disclaimer-correction-end-submit-letter-comments",
        InputKind::Text,
        0.96,
    ),
    (
        "text-open-letter-music-school-salutation-signoff-signatories-list-kept-and-others-line-add-your-name-correction",
        InputKind::Text,
        0.91,
    ),
    (
        "html-energy-grid-trade-news-battery-queue-reform-sponsored-aside-download-report-form-summit-promo-table-most-read",
        InputKind::Html,
        0.94,
    ),
    (
        "text-agri-commodity-market-report-wheat-price-table-rows-partner-content-newsletter-box-contact-editor-most-read",
        InputKind::Text,
        0.94,
    ),
    (
        "text-dutch-verpakking-vakblad-kartonfabriek-gesponsorde-inhoud-whitepaper-formulier-verpakkingstop-meest-gelezen",
        InputKind::Text,
        0.95,
    ),
    (
        "text-freight-trade-news-port-dwell-times-sponsored-content-unit-whitepaper-gate-form-summit-promo-related-companies",
        InputKind::Text,
        0.98,
    ),
    (
        "text-arabic-desalination-plant-opening-body-line-starting-ilan-after-ilan-label-afp-dash-caption-iqra-aydan-box-credit-line",
        InputKind::Text,
        0.98,
    ),
    (
        "text-arabic-health-ministry-measles-vaccination-kutib-byline-iqra-aydan-box-numbered-sites-afp-caption-author-box-comments",
        InputKind::Text,
        0.97,
    ),
    (
        "text-turkish-metro-line-opening-dha-dateline-haber-byline-one-word-station-list-ilgili-haberler-box-reaction-bar-comments",
        InputKind::Text,
        0.97,
    ),
    (
        "text-turkish-university-admissions-yks-quota-table-kaynak-osym-numbered-calendar-ayrica-okuyun-author-box-kaynak-aa",
        InputKind::Text,
        0.99,
    ),
    (
        "html-spanish-prueba-patinete-electrico-ficha-tecnica-tabla-nota-8-10-lo-mejor-lo-peor-rivales-galeria-ultimas-pruebas",
        InputKind::Html,
        0.98,
    ),
    (
        "html-used-car-buying-guide-suv-engines-table-common-faults-list-rating-box-finance-calculator-rivals-latest-reviews",
        InputKind::Html,
        0.98,
    ),
    (
        "text-car-review-electric-hatchback-verdict-box-score-8-10-pros-cons-finance-calculator-rivals-gallery-latest-reviews",
        InputKind::Text,
        0.92,
    ),
    (
        "text-german-autotest-kombi-plus-minus-listen-technische-daten-tabelle-testurteil-box-bild-von-24-neueste-tests",
        InputKind::Text,
        0.81,
    ),
    (
        "html-data-explainer-city-rents-chart-credit-source-lines-table-source-note-jump-to-read-more-about-the-data-p-kept",
        InputKind::Html,
        0.97,
    ),
    (
        "html-french-explainer-secheresse-ce-quil-faut-savoir-sommaire-mis-a-jour-lire-aussi-aside-interdictions-ul-note-kept",
        InputKind::Html,
        0.98,
    ),
    (
        "text-explainer-what-we-know-so-far-bridge-closure-question-subheads-key-takeaways-in-this-article-toc-read-more",
        InputKind::Text,
        0.98,
    ),
    (
        "text-german-explainer-grundsteuer-das-wichtigste-in-kuerze-box-inhalt-toc-frage-subheads-lesen-sie-auch-kommentare",
        InputKind::Text,
        0.98,
    ),
    (
        "html-food-market-guide-stall-h3s-affiliate-disclosure-pin-buttons-map-embed-getting-there-hotel-cards-newsletter",
        InputKind::Html,
        0.98,
    ),
    (
        "html-french-hiking-trail-guide-fiche-pratique-acces-carte-iframe-credits-photo-hebergement-cards-a-lire-aussi",
        InputKind::Html,
        0.98,
    ),
    (
        "text-italian-lake-guide-dove-dormire-hotel-cards-verifica-disponibilita-come-arrivare-mappa-salva-pinterest",
        InputKind::Text,
        0.89,
    ),
    (
        "text-travel-blog-three-day-city-itinerary-day-subheads-hotel-cards-map-embed-save-to-pinterest-toc",
        InputKind::Text,
        0.92,
    ),
    (
        "text-german-der-morgen-briefing-weiterlesen-lines-praesentiert-von-anhoeren-player-weitere-newsletter-abmelden",
        InputKind::Text,
        0.97,
    ),
    (
        "text-morning-briefing-five-items-read-more-lines-presented-by-listen-player-share-bar-more-newsletters-unsubscribe",
        InputKind::Text,
        0.92,
    ),
    (
        "text-spanish-resumen-de-la-manana-leer-mas-lines-patrocinado-escuchar-player-mas-boletines-darse-de-baja",
        InputKind::Text,
        0.97,
    ),
    (
        "text-tech-week-in-review-digest-numbered-items-in-this-issue-toc-sponsored-box-full-story-links-more-newsletters",
        InputKind::Text,
        0.92,
    ),
    (
        "text-bengali-madhyamik-result-district-pass-rate-table-aro-porun-line-and-box-chhobi-captions-whatsapp-most-read",
        InputKind::Text,
        0.98,
    ),
    (
        "text-hindi-monsoon-rainfall-agency-dateline-mm-list-yah-bhi-padhen-box-and-line-photo-captions-whatsapp-trending",
        InputKind::Text,
        0.98,
    ),
    (
        "text-marathi-metro-fare-hike-fare-list-comma-lead-in-quote-hehi-vacha-line-and-box-jahirat-pti-captions-whatsapp",
        InputKind::Text,
        0.99,
    ),
    (
        "text-tamil-chariot-festival-traffic-diversion-list-ithaiyum-padikka-line-and-box-padam-pti-captions-pti-tail-trending",
        InputKind::Text,
        0.98,
    ),
    (
        "html-brazil-nbb-basketball-tempo-real-quarter-clock-heads-instagram-embed-parciais-table-apostas-18-lances-principais",
        InputKind::Html,
        0.95,
    ),
    (
        "html-english-premier-league-live-blog-clock-time-stamps-entry-author-footers-team-news-entry-key-events-odds-box",
        InputKind::Html,
        0.97,
    ),
    (
        "html-italian-serie-a-diretta-oldest-first-inline-strong-minute-in-paragraph-formazioni-before-feed-quote-momenti-chiave",
        InputKind::Html,
        0.98,
    ),
    (
        "html-spanish-laliga-minuto-a-minuto-newest-first-lo-mas-destacado-actualizacion-automatica-cuotas-18-tweet-alineaciones",
        InputKind::Html,
        0.96,
    ),
    (
        "html-aggregator-marine-release-parrotfish-embargo-figcaption-credit-hash-journal-ref-in-body-funding-kept-disclaimer",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-wissenschaftsdienst-kohortenstudie-pendeln-sperrfrist-bildnachweis-originalpublikation-foerderung-kontakt",
        InputKind::Html,
        0.98,
    ),
    (
        "html-spanish-observatorio-nota-prensa-enana-marron-referencia-doi-aviso-in-body-financiacion-kept-contacto",
        InputKind::Html,
        0.92,
    ),
    (
        "html-university-battery-release-zinc-anode-share-bars-journal-reference-funding-box-keywords-related",
        InputKind::Html,
        0.98,
    ),
    (
        "html-czech-hospital-merger-perex-ctete-take-asides-obory-table-blockquote-foto-captions-zdroj-autor-box-nejctenejsi",
        InputKind::Html,
        0.99,
    ),
    (
        "html-hungarian-wine-harvest-olvassa-el-ezt-is-boxes-gallery-counter-variety-list-hirdetes-forras-szerzo-legolvasottabb",
        InputKind::Html,
        0.98,
    ),
    (
        "html-polish-tram-extension-czytaj-takze-card-and-line-zdjecie-captions-gallery-counter-stops-list-paywall-teaser",
        InputKind::Html,
        0.98,
    ),
    (
        "html-slovak-mountain-rescue-tasr-dateline-citajte-aj-boxes-advice-ol-foto-hzs-captions-zdroj-diskusia-najcitanejsie",
        InputKind::Html,
        0.99,
    ),
    (
        "text-chinese-tech-news-chip-launch-wen-bianji-header-subheads-spec-bullets-xiangguan-yuedu-tu-credit-banquan-pinglun",
        InputKind::Text,
        0.97,
    ),
    (
        "text-hong-kong-local-news-wet-market-revamp-jizhe-baodao-line-cantonese-quotes-arrangements-list-yanshen-yuedu-liuyan",
        InputKind::Text,
        0.98,
    ),
    (
        "text-japanese-business-earnings-results-table-kanren-kiji-box-kokoku-shashin-caption-keizaibu-credit-ranking",
        InputKind::Text,
        0.95,
    ),
    (
        "text-korean-entertainment-drama-presser-bracket-reporter-lead-gwanryeon-arrows-caption-twice-hanpyeon-end",
        InputKind::Text,
        0.98,
    ),
    (
        "html-culture-magazine-feature-read-next-teaser-article-between-paragraphs-pull-quote-contributor-bio-more-features",
        InputKind::Html,
        0.98,
    ),
    (
        "html-english-live-blog-storm-post-item-articles-in-liveblog-article-time-headers-share-update-key-points",
        InputKind::Html,
        0.98,
    ),
    (
        "html-personal-blog-dry-stone-wall-c-note-comment-articles-inside-post-article-nested-reply-form-sidebar",
        InputKind::Html,
        0.98,
    ),
    (
        "html-regional-news-story-related-card-articles-inside-main-article-mid-body-and-after-last-paragraph",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-podcast-folge-kapitelmarken-werbung-zu-gast-box-jetzt-abonnieren-mp3-herunterladen-weitere-folgen-cookie",
        InputKind::Html,
        0.98,
    ),
    (
        "html-podcast-episode-partial-transcript-speaker-labels-player-sponsor-read-guest-bio-more-episodes-cookie",
        InputKind::Html,
        0.96,
    ),
    (
        "text-podcast-episode-show-notes-guest-bio-box-sponsor-read-mid-notes-download-mp3-listen-to-more-episodes-cookie",
        InputKind::Text,
        0.87,
    ),
    (
        "text-video-platform-watch-page-description-chapters-list-sponsor-segment-show-more-subscribe-comments-up-next",
        InputKind::Text,
        0.87,
    ),
    (
        "text-b2b-saas-blog-data-observability-whitepaper-gate-form-fields-demo-cta-author-bio-related-content",
        InputKind::Text,
        0.99,
    ),
    (
        "text-french-industrie-relocalisation-telechargez-le-livre-blanc-formulaire-inscrivez-vous-au-salon",
        InputKind::Text,
        0.99,
    ),
    (
        "text-german-fachmagazin-intralogistik-jetzt-kostenlos-herunterladen-formular-jetzt-anmelden-eventbox",
        InputKind::Text,
        0.99,
    ),
    (
        "text-webinar-recap-hr-panel-register-for-next-webinar-form-watch-on-demand-box-takeaways-list",
        InputKind::Text,
        0.98,
    ),
    (
        "html-dutch-regionale-krant-dijkversterking-jsx-hash-classes-kaarten-tussen-alineas-nieuwsbrief-auteur-reacties",
        InputKind::Html,
        0.96,
    ),
    (
        "html-english-culture-magazine-organ-restoration-emotion-div-paragraphs-teaser-cards-mid-body-signup-bio-reader-notes",
        InputKind::Html,
        0.93,
    ),
    (
        "html-english-regional-news-ferry-cuts-styled-components-story-cards-between-paragraphs-newsletter-author-box-notes",
        InputKind::Html,
        0.98,
    ),
    (
        "html-french-quotidien-regional-halles-marche-css-modules-hash-cards-entre-paragraphes-newsletter-auteur-avis-lecteurs",
        InputKind::Html,
        0.94,
    ),
    (
        "html-central-bank-speech-deputy-governor-check-against-delivery-h2-sections-sup-footnotes-references-print-lang-switch",
        InputKind::Html,
        0.99,
    ),
    (
        "html-ngo-report-landing-page-rural-water-points-summary-key-findings-download-pdf-box-footnotes-media-enquiries",
        InputKind::Html,
        0.99,
    ),
    (
        "html-parliament-committee-news-inquiry-report-chair-quotes-recommendations-ol-footnotes-further-info-gaelic-switch",
        InputKind::Html,
        0.98,
    ),
    (
        "html-spanish-un-agency-comunicado-de-prensa-dateline-notas-para-editores-footnotes-contactos-prensa-idiomas",
        InputKind::Html,
        0.93,
    ),
    (
        "text-german-fashion-trenchcoat-trend-jetzt-shoppen-cards-euro-prices-provision-hinweis-newsletter-mehr-aus-style",
        InputKind::Text,
        0.99,
    ),
    (
        "text-gift-guide-gardeners-product-name-lines-and-blurbs-kept-price-at-retailer-buy-buttons-newsletter-more-from-style",
        InputKind::Text,
        0.99,
    ),
    (
        "text-home-decor-reading-corner-shop-the-look-cards-retailer-price-buy-now-commission-notes-newsletter-more-from-style",
        InputKind::Text,
        0.98,
    ),
    (
        "text-skincare-evening-routine-step-subheads-our-pick-cards-price-at-retailer-buy-now-shop-this-story-more-from-style",
        InputKind::Text,
        0.99,
    ),
    (
        "html-german-heimatwiki-burgruine-infobox-inhaltsverzeichnis-bearbeiten-links-einzelnachweise-navleiste-normdaten",
        InputKind::Html,
        0.94,
    ),
    (
        "html-history-society-mill-place-article-fact-file-aside-millers-table-reminiscence-sources-appeal-box",
        InputKind::Html,
        0.98,
    ),
    (
        "html-science-museum-half-life-explainer-glossary-az-jump-related-terms-back-to-top-gallery-callout-ask-form",
        InputKind::Html,
        0.97,
    ),
    (
        "html-wiki-lighthouse-vector-legacy-infobox-toc-edit-links-cite-sups-log-blockquote-references-navboxes",
        InputKind::Html,
        0.98,
    ),
    (
        "text-quebec-french-local-tv-deneigement-en-direct-lecteur-video-a-suivre-guillemets-signaler-coquille-crtc",
        InputKind::Text,
        0.99,
    ),
    (
        "text-us-local-tv-house-fire-video-player-loading-up-next-alerts-ticker-report-typo-mid-body-copyright-trending",
        InputKind::Text,
        0.98,
    ),
    (
        "text-us-local-tv-ice-storm-warning-update-note-nws-what-where-when-lines-alerts-ticker-app-line-prep-list",
        InputKind::Text,
        0.98,
    ),
    (
        "text-us-local-tv-school-bus-route-changes-list-alert-ticker-app-sentence-mid-body-copyright-trending-up-next",
        InputKind::Text,
        0.98,
    ),
    (
        "text-english-premier-league-preview-key-stats-bullets-predicted-line-ups-form-guide-widget-odds-box-live-on-tv",
        InputKind::Text,
        0.99,
    ),
    (
        "text-french-ligue-1-avant-match-compositions-probables-chiffres-cles-pronostic-cotes-jouer-comporte-des-risques",
        InputKind::Text,
        0.98,
    ),
    (
        "text-italian-serie-a-presentazione-probabili-formazioni-ballottaggi-numeri-quote-gioca-responsabilmente-dove-vederla",
        InputKind::Text,
        0.98,
    ),
    (
        "text-rugby-union-preview-numbered-xv-replacements-lines-key-stats-verdict-odds-box-league-table-live-on-tv",
        InputKind::Text,
        0.99,
    ),
    (
        "html-english-recipe-blog-leek-potato-soup-wprm-card-step-photo-captions-jump-pin-print-votes-nested-replies",
        InputKind::Html,
        0.99,
    ),
    (
        "html-french-blog-recette-gratin-dauphinois-tasty-card-photos-etapes-aller-a-la-recette-votes-commentaires",
        InputKind::Html,
        0.99,
    ),
    (
        "html-german-rezept-blog-zwetschgendatschi-step-photo-captions-zum-rezept-springen-naehrwerte-comments",
        InputKind::Html,
        0.98,
    ),
    (
        "html-spanish-receta-blog-tortilla-de-patatas-create-card-fotos-paso-a-paso-ir-a-la-receta-votos-comentarios",
        InputKind::Html,
        0.98,
    ),
    (
        "html-dear-advice-column-worried-in-wichita-letter-reply-edited-note-syndicate-line-ad-slots-email-box-bio-comments",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-lebenshilfe-leserfrage-antwort-anzeige-lesen-sie-auch-gekuerzt-note-syndikat-krisenhilfe-kommentare",
        InputKind::Html,
        0.98,
    ),
    (
        "html-money-advice-qa-two-reader-questions-h2-subheads-sponsored-rates-widget-ask-box-disclaimer-syndicate-bio",
        InputKind::Html,
        0.94,
    ),
    (
        "html-spanish-consultorio-blockquote-letter-publicidad-lee-tambien-escribenos-box-distribuido-por-comentarios",
        InputKind::Html,
        0.99,
    ),
    (
        "html-arabic-date-harvest-festival-dateline-lead-h2-subheads-price-table-blockquote-iqra-aydan-ul-boxes-comments",
        InputKind::Html,
        0.98,
    ),
    (
        "html-arabic-metro-line-opening-iqra-aydan-aside-and-p-boxes-ilan-slots-afp-caption-station-list-body-p-starting-ilan",
        InputKind::Html,
        0.98,
    ),
    (
        "html-hebrew-council-budget-vote-h2-dek-kiru-gam-boxes-pirsomet-slots-tzilum-credit-budget-list-talkbacks-hachi-nikraim",
        InputKind::Html,
        0.98,
    ),
    (
        "html-persian-book-fair-news-code-lead-dek-bishtar-bekhanid-boxes-tablighat-aks-credit-h3-ul-enteha-ye-payam-porbazdidtarin",
        InputKind::Html,
        0.96,
    ),
    (
        "text-russian-city-portal-otopitelny-sezon-grafik-list-chitaite-takzhe-reklama-caption-twice-telegram-kommentarii",
        InputKind::Text,
        0.97,
    ),
    (
        "text-russian-news-agency-aeroport-reopening-dateline-dek-flight-table-chitaite-takzhe-box-istochnik",
        InputKind::Text,
        0.97,
    ),
    (
        "text-ukrainian-city-news-mist-remont-obizd-list-chytaite-takozh-box-space-quote-foto-end-naipopuliarnishe",
        InputKind::Text,
        0.96,
    ),
    (
        "text-ukrainian-education-portal-shkilni-snidanky-numbered-menu-telegram-in-body-dzherelo-komentari",
        InputKind::Text,
        0.98,
    ),
    (
        "text-german-docker-compose-tutorial-hinweis-achtung-callouts-kopieren-kopiert-labels-inhaltsverzeichnis-cookie-banner",
        InputKind::Text,
        0.97,
    ),
    (
        "text-javascript-blog-debounce-inline-code-copy-button-above-code-blocks-copied-label-sponsored-line-comments",
        InputKind::Text,
        0.96,
    ),
    (
        "text-linux-server-setup-guide-terminal-commands-note-warning-callouts-ufw-output-table-toc-cookie-banner-comments",
        InputKind::Text,
        0.94,
    ),
    (
        "text-python-tutorial-dictionaries-repl-output-blocks-version-switcher-copy-copied-labels-toc-sidebar",
        InputKind::Text,
        0.99,
    ),
    (
        "text-german-ratgeber-rueckenschmerzen-medizinisch-geprueft-arzt-finden-widget-termin-buchen-hinweis-quellen",
        InputKind::Text,
        0.99,
    ),
    (
        "text-hospital-patient-leaflet-colonoscopy-prep-leaflet-number-diet-table-find-a-consultant-contact-box-sources",
        InputKind::Text,
        0.97,
    ),
    (
        "text-spanish-nutricion-fibra-revisado-medicamente-publicidad-encuentra-especialista-pedir-cita-fuentes",
        InputKind::Text,
        0.99,
    ),
    (
        "text-symptoms-explainer-persistent-hiccups-what-causes-it-find-a-doctor-widget-book-appointment-disclaimer-sources",
        InputKind::Text,
        0.98,
    ),
    (
        "html-italian-porto-dragaggio-br-br-body-leggi-anche-strong-line-table-fasi-pubblicita-foto-credit-cookie-piu-letti",
        InputKind::Html,
        0.99,
    ),
    (
        "html-italian-pronto-soccorso-leggi-anche-p-abbonati-box-mid-body-foto-ansa-list-blockquote-author-box-piu-letti",
        InputKind::Html,
        0.98,
    ),
    (
        "html-portuguese-portugal-eletrico-linha-reabre-question-h3-paragens-ol-pullquote-repeat-leia-tambem-p-publicidade",
        InputKind::Html,
        0.96,
    ),
    (
        "html-portuguese-portugal-incendios-plano-lusa-dateline-exclusivo-assinantes-leia-tambem-aside-medidas-list-lusa-fim",
        InputKind::Html,
        0.98,
    ),
    (
        "html-french-culture-newsletter-expo-review-sabonner-box-merci-de-lire-box-notes-jaime-discussion-pret-pour-la-suite",
        InputKind::Html,
        0.98,
    ),
    (
        "html-newsletter-local-politics-council-budget-subscribe-form-mid-body-thanks-box-footnotes-likes-discussion-top-new",
        InputKind::Html,
        0.98,
    ),
    (
        "html-newsletter-paid-post-paywall-cut-two-paragraphs-subscribe-button-between-paid-badge-likes-discussion-top-new",
        InputKind::Html,
        0.98,
    ),
    (
        "html-newsletter-tech-essay-ghost-like-signup-card-mid-body-code-block-footnotes-thanks-box-discussion-top-new",
        InputKind::Html,
        0.98,
    ),
    (
        "text-indonesian-toll-road-opening-dateline-lead-baca-juga-lines-and-box-tariff-list-antara-caption-twice-pewarta-editor",
        InputKind::Text,
        0.96,
    ),
    (
        "text-malay-flood-relief-kerai-bernama-caption-twice-baca-juga-line-and-bare-box-mukim-list-space-quotes-whatsapp-komen",
        InputKind::Text,
        0.98,
    ),
    (
        "text-tagalog-jeepney-fare-hike-basahin-din-lines-boxed-w3m-fare-table-kuha-ni-caption-twice-google-news-viber-prompts",
        InputKind::Text,
        0.94,
    ),
    (
        "text-vietnamese-metro-test-run-sapo-dtm-lead-xem-them-line-and-bare-box-phase-list-anh-captions-once-author-caps",
        InputKind::Text,
        0.96,
    ),
    (
        "html-chinese-tech-blog-sqlite-wal-copyright-notice-toc-code-table-dianzan-guanzhu-comments-xiangguan-tuijian",
        InputKind::Html,
        0.98,
    ),
    (
        "html-japanese-note-style-island-travel-post-toc-figcaptions-link-card-suki-support-box-creator-card-comments",
        InputKind::Html,
        0.98,
    ),
    (
        "html-korean-tistory-style-kimchi-stew-recipe-nbsp-spacers-adsense-between-steps-gonggam-subscribe-comments",
        InputKind::Html,
        0.85,
    ),
    (
        "html-taiwanese-book-notes-post-affiliate-book-card-blockquote-ad-slot-like-sponsor-box-salon-follow-comments",
        InputKind::Html,
        0.85,
    ),
    (
        "text-greek-ferry-strike-pno-departures-bullets-diavaste-episis-box-diafimisi-fotografia-twice-etiketes-dimofili",
        InputKind::Text,
        0.98,
    ),
    (
        "text-greek-wildfire-evacuation-live-update-times-112-message-quote-detour-bullets-video-caption-dimofili",
        InputKind::Text,
        0.98,
    ),
    (
        "text-romanian-autostrada-lot-update-paragraph-noduri-bullets-citeste-si-box-foto-inquam-twice-cele-mai-citite",
        InputKind::Text,
        0.98,
    ),
    (
        "text-romanian-spital-inaugurat-paturi-table-citeste-si-box-foto-inquam-twice-sursa-agerpres-cele-mai-citite",
        InputKind::Text,
        0.98,
    ),
    (
        "html-argentine-football-tabloid-coach-sacked-publicidad-segui-leyendo-mira-tambien-club-tweet-stats-list-video-taboola",
        InputKind::Html,
        0.96,
    ),
    (
        "html-chilean-tabloid-lottery-winner-em-dash-quotes-publicidad-sigue-leyendo-lee-revisa-tambien-tweet-video-whatsapp",
        InputKind::Html,
        0.97,
    ),
    (
        "html-colombian-viral-video-vendor-publicidad-continua-leyendo-x-instagram-embeds-player-le-puede-interesar",
        InputKind::Html,
        0.92,
    ),
    (
        "html-mexican-tabloid-celebrity-wedding-publicidad-sigue-leyendo-instagram-x-embeds-video-whatsapp-taboola",
        InputKind::Html,
        0.96,
    ),
    (
        "text-danish-handball-report-abonnement-box-mid-body-lyt-til-laes-ogsaa-annonce-ritzau-foto-kampfakta-box-mest-laeste",
        InputKind::Text,
        0.98,
    ),
    (
        "text-finnish-football-transfer-tilaajille-line-lue-myos-mainos-kuva-twice-player-fakta-box-kept-ottelut-luetuimmat",
        InputKind::Text,
        0.98,
    ),
    (
        "text-norwegian-ski-race-report-top-six-result-lines-kept-liveresultater-widget-les-ogsa-annonse-ntb-foto-mest-lest",
        InputKind::Text,
        0.98,
    ),
    (
        "text-swedish-ice-hockey-report-period-scores-line-kept-plus-line-matchfakta-box-las-ocksa-annons-bildbyran-mest-last",
        InputKind::Text,
        0.98,
    ),
    (
        "text-arabic-portal-bakery-cards-iqra-aydan-box-before-colon-list-and-subhead-ilan-caption-twice-most-read",
        InputKind::Text,
        0.98,
    ),
    (
        "text-english-regional-library-hours-read-also-box-before-subhead-and-one-sentence-para-caption-twice",
        InputKind::Text,
        0.98,
    ),
    (
        "text-spanish-regional-mercado-obras-lee-tambien-box-before-subhead-and-one-sentence-para-foto-twice",
        InputKind::Text,
        0.98,
    ),
    (
        "text-ukrainian-oblast-school-boilers-chytaite-takozh-box-before-one-sentence-para-and-subhead-foto-twice",
        InputKind::Text,
        0.96,
    ),
    (
        "html-earbuds-review-wordpress-verdict-box-in-body-4-of-5-pros-cons-buy-box-specs-table-carousel-vs-cards",
        InputKind::Html,
        0.94,
    ),
    (
        "html-french-robot-vacuum-test-note-4-5-les-plus-les-moins-box-voir-le-prix-fiche-technique-galerie-comparatif-vs",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-smartphone-testbericht-testurteil-box-pluspunkte-minuspunkte-preisvergleich-technische-daten-vergleich",
        InputKind::Html,
        0.98,
    ),
    (
        "html-laptop-review-verdict-box-8-5-pros-cons-check-price-widgets-specs-table-gallery-vs-cards-how-we-test",
        InputKind::Html,
        0.97,
    ),
    (
        "html-french-sports-highlights-video-lecture-a-suivre-transcription-buts-list-lire-aussi",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-broadcaster-video-page-abspielen-naechstes-video-transkript-anzeigen-mehr-zum-thema",
        InputKind::Html,
        0.98,
    ),
    (
        "html-local-tv-video-story-player-up-next-more-videos-hidden-transcript-watch-embed-related-grid",
        InputKind::Html,
        0.98,
    ),
    (
        "html-spanish-tv-video-page-reproducir-a-continuacion-transcripcion-oculta-te-puede-interesar",
        InputKind::Html,
        0.98,
    ),
    (
        "text-czech-news-portal-namesti-rekonstrukce-perex-ctete-take-box-harmonogram-date-list-foto-ctk-twice-diskuse",
        InputKind::Text,
        0.98,
    ),
    (
        "text-hungarian-county-portal-thermal-bath-reopening-kapcsolodo-hirdetes-foto-mti-nyitvatartas-list-facebook-embed",
        InputKind::Text,
        0.98,
    ),
    (
        "text-polish-regional-flood-barrier-czytaj-tez-box-paywall-line-mid-body-fot-captions-twice-list-komentarze",
        InputKind::Text,
        0.99,
    ),
    (
        "text-slovak-regional-ski-resort-season-tasr-dateline-skipas-price-table-citajte-aj-foto-tasr-zdroj-diskusia",
        InputKind::Text,
        0.98,
    ),
    (
        "text-dutch-gemeenteraad-agendapunten-stemming-lijst-bekijk-vergadering-downloads-pdf-volgende-raadsvergadering-reacties",
        InputKind::Text,
        0.98,
    ),
    (
        "text-french-conseil-municipal-points-ordre-du-jour-revoir-la-seance-documents-pdf-prochain-conseil-encadre-commentaires",
        InputKind::Text,
        0.98,
    ),
    (
        "text-german-gemeinderat-bericht-top-nummern-abstimmung-zitate-livestream-dokumente-pdf-naechste-sitzung-box-kommentare",
        InputKind::Text,
        0.97,
    ),
    (
        "text-us-council-recap-agenda-item-numbers-voting-yes-no-lines-watch-meeting-video-pdf-box-next-meeting-box-comments",
        InputKind::Text,
        0.94,
    ),
    (
        "html-english-restaurant-review-info-box-kept-star-rating-4-of-5-gallery-book-a-table-widget-map-critic-card",
        InputKind::Html,
        0.94,
    ),
    (
        "html-german-restaurantkritik-info-kasten-sterne-bildergalerie-tisch-reservieren-karte-consent-autorenbox",
        InputKind::Html,
        0.91,
    ),
    (
        "html-italian-recensione-ristorante-scheda-voto-fotogallery-prenota-un-tavolo-leggi-anche-mappa-box-autore",
        InputKind::Html,
        0.92,
    ),
    (
        "html-spanish-critica-gastronomica-ficha-valoracion-galeria-reservar-mesa-te-puede-interesar-mapa-autor",
        InputKind::Html,
        0.93,
    ),
    (
        "text-court-landlord-fined-no-blank-lines-indented-quotes-read-more-lines-caption-twice-most-read-comments",
        InputKind::Text,
        0.98,
    ),
    (
        "text-health-walk-in-clinics-no-blank-lines-two-word-subhead-caption-twice-read-more-numbered-most-read",
        InputKind::Text,
        0.98,
    ),
    (
        "text-sports-match-report-no-blank-lines-lineups-after-body-dropped-read-more-player-ratings-comments",
        InputKind::Text,
        0.98,
    ),
    (
        "text-transport-tram-delay-no-blank-lines-one-line-subhead-bullet-list-read-more-lines-newsletter-comments",
        InputKind::Text,
        0.96,
    ),
    (
        "text-australian-school-newsletter-item-year-9-camp-posted-in-captions-pack-list-signoff-acknowledgement-of-country",
        InputKind::Text,
        0.96,
    ),
    (
        "text-canadian-french-school-board-item-serre-scolaire-publie-dans-sur-la-photo-relations-medias-evenements-a-venir",
        InputKind::Text,
        0.98,
    ),
    (
        "text-uk-university-news-story-coastal-flooding-study-student-captions-notes-to-editors-media-contact-share-quick-links",
        InputKind::Text,
        0.96,
    ),
    (
        "text-us-school-district-news-release-robotics-state-title-posted-in-captions-media-contact-upcoming-events-translate",
        InputKind::Text,
        0.98,
    ),
    (
        "text-french-critique-theatre-distribution-box-above-lead-lire-aussi-dash-dialogue-jusquau-line-kept-reserver",
        InputKind::Text,
        0.98,
    ),
    (
        "text-german-theaterkritik-premiere-caption-twice-lesen-sie-auch-besetzung-regie-box-termine-karten-box",
        InputKind::Text,
        0.98,
    ),
    (
        "text-polish-recenzja-teatralna-fot-caption-twice-czytaj-takze-reklama-rezyseria-obsada-box-kup-bilet-box",
        InputKind::Text,
        0.98,
    ),
    (
        "text-west-end-theatre-review-star-rating-caption-twice-until-line-kept-credits-box-book-tickets-box-comments",
        InputKind::Text,
        0.98,
    ),
    (
        "html-brazilian-games-noticia-lancamento-precos-reais-leia-tambem-galeria-divulgacao-compre-na-steam-jogos-relacionados",
        InputKind::Html,
        0.99,
    ),
    (
        "html-english-game-review-deckbuilder-score-card-mid-body-pros-cons-reviewed-on-ps5-steam-widget-gallery-related-games",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-spieletest-aufbauspiel-wertungskasten-pro-contra-getestet-auf-ps5-kaufbox-steam-galerie-kommentare",
        InputKind::Html,
        0.98,
    ),
    (
        "html-japanese-game-news-hatsubai-kettei-pv-embed-kanren-kiji-box-screenshot-gallery-copyright-store-widget-comments",
        InputKind::Html,
        0.80,
    ),
    (
        "text-crypto-market-report-bitcoin-etf-ticker-strip-inline-price-widgets-read-more-sponsored-not-advice-most-read",
        InputKind::Text,
        0.99,
    ),
    (
        "text-korean-jeungsi-kospi-index-strip-stock-widget-gwanryeon-gisa-jehyu-content-tuja-disclaimer-manhi-bon",
        InputKind::Text,
        0.97,
    ),
    (
        "text-spanish-bolsa-ibex-cierre-ticker-widget-valor-lee-tambien-contenido-patrocinado-aviso-inversion-mas-leido",
        InputKind::Text,
        0.96,
    ),
    (
        "text-turkish-borsa-bist-100-kapanis-doviz-bandi-hisse-karti-ilgili-haber-sponsorlu-yasal-uyari-cok-okunanlar",
        InputKind::Text,
        0.94,
    ),
    (
        "html-beauty-roundup-best-vitamin-c-serums-numbered-h3-product-cards-best-for-buy-now-instagram-embed-gallery",
        InputKind::Html,
        0.99,
    ),
    (
        "html-french-magazine-mode-trench-couleur-affiliation-shop-the-look-acheter-galerie-instagram-vous-aimerez-aussi",
        InputKind::Html,
        0.99,
    ),
    (
        "html-italian-articolo-moda-gilet-affiliazione-acquista-ora-cards-galleria-instagram-potrebbe-interessarti",
        InputKind::Html,
        0.96,
    ),
    (
        "html-swedish-skonhetsartikel-solskydd-annonslankar-kop-har-produktkort-instagram-du-kanske-ocksa-gillar",
        InputKind::Html,
        0.94,
    ),
    (
        "text-dutch-amateurvoetbal-nieuwsbericht-wedstrijdgegevens-box-wedstrijdsponsor-volgende-wedstrijd-stand-clubshop",
        InputKind::Text,
        0.98,
    ),
    (
        "text-english-non-league-club-site-match-report-match-sponsor-line-next-match-widget-league-table-club-shop-latest-news",
        InputKind::Text,
        0.98,
    ),
    (
        "text-german-handballverein-spielbericht-spielstatistik-box-heimspielsponsor-naechstes-spiel-tabelle-fanshop-aktuelles",
        InputKind::Text,
        0.98,
    ),
    (
        "text-swedish-innebandy-club-nyhet-matchfakta-box-matchvard-sponsor-nasta-match-tabell-supportershop-senaste-nytt",
        InputKind::Text,
        0.98,
    ),
    (
        "text-arabic-asaar-al-umlat-al-youm-currency-ticker-bank-rate-table-live-rates-box-converter-savings-offer-iqra-aydan",
        InputKind::Text,
        0.92,
    ),
    (
        "text-german-spritpreise-heute-ticker-laender-preistabelle-live-preisvergleich-spritrechner-anzeige-auch-interessant",
        InputKind::Text,
        0.95,
    ),
    (
        "text-indian-gold-rate-today-mcx-ticker-live-price-box-city-rate-table-gold-calculator-loan-offer-read-more",
        InputKind::Text,
        0.95,
    ),
    (
        "text-us-mortgage-rates-today-rate-ticker-lender-offer-cards-rate-table-payment-calculator-editorial-disclosure",
        InputKind::Text,
        0.95,
    ),
    (
        "html-dutch-koptelefoon-review-in-het-kort-box-mid-body-pluspunten-prijsvergelijker-specs-table-conclusie-box-reacties",
        InputKind::Html,
        0.96,
    ),
    (
        "html-korean-jepum-ribyu-robot-cleaner-photo-caption-pyeongga-box-gagyeokbigyo-spec-table-chongpyeong-box-daetgeul",
        InputKind::Html,
        0.97,
    ),
    (
        "html-polish-recenzja-laptopa-ocena-aside-zalety-wady-porownaj-ceny-tabela-specyfikacji-werdykt-section-komentarze",
        InputKind::Html,
        0.94,
    ),
    (
        "html-spanish-analisis-movil-css-hash-classes-score-section-lo-mejor-lo-peor-donde-comprar-ficha-tecnica-veredicto-box",
        InputKind::Html,
        0.93,
    ),
    (
        "html-brazilian-celebridades-instagram-facebook-embeds-continua-apos-publicidade-leia-tambem-galeria-google-noticias",
        InputKind::Html,
        0.98,
    ),
    (
        "html-dutch-showbizz-presentator-stopt-x-embeds-cookie-placeholder-lees-ook-advertentie-lees-verder-video-blok-reacties",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-promi-news-verlobung-instagram-embeds-externen-inhalt-laden-consent-ein-beitrag-geteilt-von-galerie",
        InputKind::Html,
        0.97,
    ),
    (
        "html-polish-plotek-tiktok-embed-youtube-consent-czytaj-takze-dalsza-czesc-pod-wideo-zrodlo-komentarze-najczesciej",
        InputKind::Html,
        0.92,
    ),
    (
        "html-city-guide-48-hours-lisbon-restaurant-hotel-cards-book-a-table-map-caption-getting-there-aside-kept-more-guides",
        InputKind::Html,
        0.95,
    ),
    (
        "html-german-reisetipps-tipp-box-tisch-reservieren-hotel-box-map-consent-anreise-table-kept-weitere-reisefuehrer",
        InputKind::Html,
        0.99,
    ),
    (
        "html-italian-guida-di-viaggio-borgo-credit-p-scheda-locale-hotel-li-cards-verifica-disponibilita-come-arrivare-kept",
        InputKind::Html,
        0.91,
    ),
    (
        "html-spanish-guia-de-viaje-pueblo-ficha-restaurante-ul-datos-ficha-hotel-reservar-como-llegar-list-kept-mas-guias",
        InputKind::Html,
        0.95,
    ),
    (
        "text-brazilian-portal-pronto-socorro-newsletter-box-two-sentence-pitch-mixed-spacing-leia-tambem-comentarios",
        InputKind::Text,
        0.98,
    ),
    (
        "text-french-regional-piscine-reouverture-newsletter-box-blank-lines-fine-print-lire-aussi-caption-twice-commentaires",
        InputKind::Text,
        0.98,
    ),
    (
        "text-german-lokalzeitung-hochwasserdamm-newsletter-box-no-blank-lines-datenschutz-fine-print-nbsp-quote-kommentare",
        InputKind::Text,
        0.98,
    ),
    (
        "text-polish-wiadomosci-most-remont-newsletter-box-glued-to-paragraphs-rodo-fine-print-dash-quotes-komentarze",
        InputKind::Text,
        0.96,
    ),
    (
        "html-chinese-wechat-official-account-style-js-content-section-span-paragraphs-tupian-laiyuan-yuedu-yuanwen-zaikan",
        InputKind::Html,
        0.92,
    ),
    (
        "html-japanese-ameblo-style-pottery-class-diary-br-lines-emoji-img-alt-in-entry-pr-ad-link-card-iine-reblog-follow",
        InputKind::Html,
        0.7,
    ),
    (
        "html-korean-naver-blog-style-island-day-trip-zwsp-nbsp-spacers-stickers-se-captions-quote-subheads-map-adpost-gonggam",
        InputKind::Html,
        0.98,
    ),
    (
        "html-korean-tistory-style-hand-grinder-review-toc-moreless-spec-table-pros-cons-ul-coupang-notice-adsense-gonggam",
        InputKind::Html,
        0.96,
    ),
    (
        "text-czech-zpravodajstvi-vlakova-trat-perex-ctete-take-bullets-foto-ctk-twice-video-label-diskuse-cteni",
        InputKind::Text,
        0.91,
    ),
    (
        "text-hungarian-hir-haziorvos-lead-olvasta-mar-bullets-hirdetes-foto-mti-twice-dash-quotes-legolvasottabb",
        InputKind::Text,
        0.98,
    ),
    (
        "text-slovak-sprava-skolske-jedalne-perex-tasr-dateline-citajte-aj-bullets-foto-ctk-twice-pocet-komentarov",
        InputKind::Text,
        0.98,
    ),
    (
        "text-slovenian-novica-brv-savinja-povzetek-preberite-tudi-bullets-oglas-foto-sta-twice-najbolj-brano",
        InputKind::Text,
        0.98,
    ),
    (
        "html-dutch-uitagenda-weekend-uittips-regionale-krant-tip-kaarten-praktisch-regel-koop-tickets-advertentie-gesponsord-lees-ook",
        InputKind::Html,
        0.91,
    ),
    (
        "html-french-sorties-du-week-end-quotidien-regional-cartes-div-pratique-tarif-reserver-publicite-lire-aussi-newsletter",
        InputKind::Html,
        0.94,
    ),
    (
        "html-german-wochenend-tipps-regionalzeitung-h3-tipps-info-zeilen-eintritt-tickets-button-anzeige-newsletter-mehr-tipps",
        InputKind::Html,
        0.96,
    ),
    (
        "html-uk-city-paper-weekend-picks-div-cards-tickets-price-lines-book-now-buttons-sponsored-pick-newsletter-related-guides",
        InputKind::Html,
        0.98,
    ),
    (
        "html-dutch-beste-airfryers-numbered-h2-table-productboxen-bekijk-prijs-vergelijkingstabel-zo-testen-wij-lees-ook-faq",
        InputKind::Html,
        0.88,
    ),
    (
        "html-german-kaufberatung-akku-staubsauger-h3-div-produktkarten-bei-amazon-ansehen-vergleichstabelle-faq-anzeige",
        InputKind::Html,
        0.97,
    ),
    (
        "html-japanese-osusume-ranking-denki-kettle-aside-itembox-amazon-de-miru-pr-hyoki-hikaku-hyo-faq-line-box",
        InputKind::Html,
        0.95,
    ),
    (
        "html-us-best-running-shoes-div-and-figure-cards-pros-cons-buy-now-compare-table-how-we-test-faq",
        InputKind::Html,
        0.92,
    ),
    (
        "html-german-automarkt-news-e-auto-preise-fahrzeugkarten-preis-km-ez-zum-angebot-finanzierungsrechner-tabelle",
        InputKind::Html,
        0.75,
    ),
    (
        "html-italian-immobiliare-news-compravendite-mutui-annunci-card-vedi-annuncio-calcola-rata-blockquote-annunci-simili",
        InputKind::Html,
        0.97,
    ),
    (
        "html-property-portal-news-rents-listing-cards-between-paragraphs-view-property-mortgage-calculator-similar-listings",
        InputKind::Html,
        0.92,
    ),
    (
        "html-spanish-empleo-news-hosteleria-vacantes-job-cards-ver-oferta-calculadora-sueldo-neto-ofertas-similares",
        InputKind::Html,
        0.83,
    ),
    (
        "text-english-black-friday-live-deals-roundup-time-heads-deal-subheads-was-price-lines-view-deal-buttons-related-deals",
        InputKind::Text,
        0.94,
    ),
    (
        "text-french-bons-plans-maison-deal-subheads-au-lieu-de-chez-voir-l-offre-reader-quote-lire-aussi-les-plus-lus",
        InputKind::Text,
        0.89,
    ),
    (
        "text-german-angebote-des-tages-deal-subheads-statt-preis-bei-haendler-zum-angebot-newsletter-weitere-angebote",
        InputKind::Text,
        0.97,
    ),
    (
        "text-spanish-ofertas-tecnologia-deal-subheads-antes-precio-en-tienda-ver-oferta-space-quote-te-puede-interesar",
        InputKind::Text,
        0.94,
    ),
    (
        "text-english-mayoral-election-night-live-blog-key-events-pinned-post-author-role-lines-share-update-load-more",
        InputKind::Text,
        0.98,
    ),
    (
        "text-german-politik-liveticker-haushaltsstreit-punkt-uhr-zeiten-angepinnt-autorin-rolle-zeilen-x-post-weitere-laden",
        InputKind::Text,
        0.99,
    ),
    (
        "text-italian-calciomercato-diretta-ultimo-giorno-in-evidenza-fissato-di-autore-per-post-post-x-pubblicita-carica-altri",
        InputKind::Text,
        0.89,
    ),
    (
        "text-spanish-temporal-directo-borrasca-claves-fijado-firma-por-entrada-tuit-aemet-publicidad-cargar-mas-entradas",
        InputKind::Text,
        0.88,
    ),
    (
        "html-brazilian-amp-noticia-cafe-leilao-lgpd-consent-continua-apos-publicidade-leia-tambem-table-amp-list",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-amp-nachrichten-freibad-consent-sidebar-anzeige-slots-foto-captions-lesen-sie-auch-amp-list-related",
        InputKind::Html,
        0.98,
    ),
    (
        "html-japanese-amp-news-shotengai-library-consent-kokoku-slots-photo-captions-kanren-link-amp-list-ranking",
        InputKind::Html,
        0.98,
    ),
    (
        "html-spanish-amp-noticia-via-verde-consent-publicidad-slots-h2-entradilla-te-puede-interesar-amp-list-mas-leido",
        InputKind::Html,
        0.98,
    ),
    (
        "html-danish-avis-laegehus-plus-log-ind-for-at-laese-videre-box-h2-ul-laes-ogsaa-annonce-foto-mest-laeste",
        InputKind::Html,
        0.98,
    ),
    (
        "html-finnish-lehti-tilaajille-saha-lomauttaa-teksti-kuvat-byline-lue-myos-p-box-paywall-repeats-headline-luetuimmat",
        InputKind::Html,
        0.98,
    ),
    (
        "html-norwegian-nettavis-pluss-samfunnshus-ingress-p-in-body-div-forbeholdt-abonnenter-box-les-ogsa-annonse-mest-lest",
        InputKind::Html,
        0.95,
    ),
    (
        "html-swedish-tidning-premium-getter-text-foto-byline-las-ocksa-h3-ul-box-redan-prenumerant-twice-video-mest-last",
        InputKind::Html,
        0.98,
    ),
    (
        "text-ask-the-doctor-sleep-letter-signoff-answer-subheads-tips-reviewed-line-sources-related-conditions-disclaimer",
        InputKind::Text,
        0.98,
    ),
    (
        "text-dutch-gezondheid-tekenbeet-numbered-steps-veelgestelde-vragen-medisch-gecontroleerd-bronnen-disclaimer",
        InputKind::Text,
        0.98,
    ),
    (
        "text-french-sante-sinusite-a-retenir-box-relu-et-valide-faq-questions-sources-avertissement-maladies-liees",
        InputKind::Text,
        0.95,
    ),
    (
        "text-german-gesundheitsratgeber-eisenmangel-wichtigste-in-kuerze-box-fachlich-geprueft-quellen-hinweis-verwandte",
        InputKind::Text,
        0.98,
    ),
    (
        "text-australian-country-paper-school-closure-fire-danger-line-related-block-quoted-subhead-tributes",
        InputKind::Text,
        0.98,
    ),
    (
        "text-canadian-prairie-site-highway-crash-rcmp-quote-after-colon-road-report-related-mid-body-tip-line",
        InputKind::Text,
        0.98,
    ),
    (
        "text-uk-evening-paper-crown-court-drink-driver-read-more-lines-family-notices-jobs-consent-first",
        InputKind::Text,
        0.98,
    ),
    (
        "text-us-village-weekly-council-water-rate-vote-paywall-meter-related-mid-body-bullets-obits-classifieds",
        InputKind::Text,
        0.98,
    ),
    (
        "html-culture-magazine-sign-painter-dropcap-span-hr-callout-pullquote-before-sentence-signup-issue-line-bio-in-body",
        InputKind::Html,
        0.98,
    ),
    (
        "html-politics-magazine-lottery-commission-dropcap-span-dinkus-p-pullquote-p-repeat-span-credits-print-note-bio-issue-ol",
        InputKind::Html,
        0.96,
    ),
    (
        "text-science-magazine-gravestone-lichens-dinkus-indented-pullquote-captions-twice-signup-box-issue-line-bio-cards",
        InputKind::Text,
        0.96,
    ),
    (
        "text-travel-magazine-mail-boat-caps-lead-in-hr-rules-pullquote-before-sentence-credit-lines-signup-issue-line-cards",
        InputKind::Text,
        0.99,
    ),
    (
        "text-brazilian-portal-short-lusa-brief-consulado-leia-mais-line-caption-twice-com-lusa-credit-comentarios",
        InputKind::Text,
        0.98,
    ),
    (
        "text-french-regional-short-afp-brief-ours-a-lire-aussi-line-one-shot-caption-mid-body-avec-afp-credit-reagir",
        InputKind::Text,
        0.9,
    ),
    (
        "text-italian-local-short-ansa-brief-frana-ansa-dateline-leggi-anche-two-lines-one-shot-caption-mid-body-commenti",
        InputKind::Text,
        0.90,
    ),
    (
        "text-spanish-provincial-short-efe-brief-puente-efe-dateline-lea-tambien-line-caption-twice-comentarios-lo-mas-leido",
        InputKind::Text,
        0.98,
    ),
    (
        "html-dutch-regionale-omroep-kort-bericht-schuurbrand-megamenu-ticker-topverhalen-video-omschrijving-lees-verder-cookie",
        InputKind::Html,
        0.98,
    ),
    (
        "html-english-city-daily-brief-footbridge-closure-mega-menu-ticker-top-stories-rail-video-description-read-next-cookie",
        InputKind::Html,
        0.98,
    ),
    (
        "text-german-lokalportal-kurzmeldung-bahnuebergang-megamenue-eilmeldung-ticker-top-themen-video-beschreibung-weiterlesen",
        InputKind::Text,
        0.99,
    ),
    (
        "text-polish-portal-regionalny-krotka-wiadomosc-most-objazd-megamenu-ticker-najwazniejsze-wideo-opis-czytaj-takze-rodo",
        InputKind::Text,
        0.99,
    ),
    (
        "html-football-transfer-styled-jsx-div-paragraphs-stats-bullets-as-divs-strong-crosshead-transfer-widget",
        InputKind::Html,
        0.98,
    ),
    (
        "html-local-tv-transit-strike-atomic-hash-classes-div-paragraphs-route-ul-video-embed-related-coverage",
        InputKind::Html,
        0.98,
    ),
    (
        "html-nextjs-emotion-tech-lawsuit-div-paragraphs-role-heading-subheads-ad-slots-inline-recirc-author-card",
        InputKind::Html,
        0.98,
    ),
    (
        "html-styled-components-medical-study-p-and-div-paragraphs-span-subhead-related-inline-reviewed-by-disclaimer",
        InputKind::Html,
        0.98,
    ),
    (
        "text-celebrity-pop-star-comeback-byline-twice-instagram-tweet-caps-subheads-read-more-more-stories",
        InputKind::Text,
        0.94,
    ),
    (
        "text-uk-tabloid-reality-star-engaged-one-line-paras-instagram-tweet-caps-subheads-uncredited-captions-more-stories",
        InputKind::Text,
        0.94,
    ),
    (
        "text-uk-tabloid-soap-star-secret-wedding-caption-pairs-instagram-x-post-caps-subheads-got-a-story-comments-more-stories",
        InputKind::Text,
        0.86,
    ),
    (
        "text-us-celebrity-feud-dated-instagram-shared-by-space-quotes-caps-subheads-uncredited-captions-more-stories",
        InputKind::Text,
        0.74,
    ),
    (
        "text-indian-state-election-results-tally-widget-seats-table-also-read-pipe-app-prompt-pti-credit-comment-form",
        InputKind::Text,
        0.98,
    ),
    (
        "text-kenyan-daily-court-ruling-market-fees-indented-judge-quote-numbered-orders-also-read-kna-credit-comment-form",
        InputKind::Text,
        0.98,
    ),
    (
        "text-nigerian-news-site-admission-exam-results-agency-feed-numbered-steps-fna-credit-edited-by-disclaimer-comments",
        InputKind::Text,
        0.98,
    ),
    (
        "text-pakistani-daily-fuel-price-cut-prices-list-rate-ticker-also-read-story-continues-print-line-comment-form",
        InputKind::Text,
        0.98,
    ),
    (
        "html-english-wire-night-train-pact-item-captions-licensing-factbox-ul-sign-up-here-p-read-more-reporting-editing",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-wire-baeckereisterben-bild-n-von-3-figcaptions-lizenzrechte-factbox-aside-hier-anmelden-mehr-lesen",
        InputKind::Html,
        0.98,
    ),
    (
        "text-french-wire-ostreiculture-photo-n-sur-4-captions-licence-encadre-puces-inscrivez-vous-ici-lire-plus-redaction",
        InputKind::Text,
        0.99,
    ),
    (
        "text-spanish-wire-aceite-oliva-imagen-n-de-3-captions-licencia-factbox-claves-suscribase-aqui-leer-mas-informacion-de",
        InputKind::Text,
        0.99,
    ),
    (
        "text-czech-regionalni-zpravy-kratka-zprava-lavka-stitky-hlavni-zpravy-teasery-video-popis-ctete-dale-shrnuti",
        InputKind::Text,
        0.98,
    ),
    (
        "text-dutch-regional-news-short-bericht-fietsbrug-tags-top-stories-teasers-video-beschrijving-lees-meer-samenvattingen",
        InputKind::Text,
        0.98,
    ),
    (
        "text-english-local-news-short-brief-library-roof-tags-top-stories-teasers-video-description-read-more-summaries",
        InputKind::Text,
        0.98,
    ),
    (
        "text-swedish-lokalnyheter-kort-notis-badplats-taggar-toppnyheter-teasers-video-beskrivning-las-mer-sammanfattningar",
        InputKind::Text,
        0.98,
    ),
    (
        "html-french-quotidien-regional-flat-bare-divs-greve-cantines-ul-kept-teaser-grid-video-description-commentaires",
        InputKind::Html,
        0.96,
    ),
    (
        "html-german-lokalnachrichten-bare-divs-no-classes-bruecke-sperrung-teaser-grid-video-beschreibung-kommentare",
        InputKind::Html,
        0.98,
    ),
    (
        "html-italian-giornale-locale-bare-sections-frana-caption-in-body-section-teaser-grid-video-commenti-lunghi",
        InputKind::Html,
        0.94,
    ),
    (
        "html-spanish-diario-comarcal-bare-divs-dateline-incendio-comments-before-teaser-grid-video-pie-foto",
        InputKind::Html,
        0.95,
    ),
    (
        "html-german-nachrichtenportal-glashuette-body-sections-split-by-full-width-foto-anzeige-fortgesetzt-video-newsletter",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-regionalzeitung-fernwaerme-plus-teaser-part-paywall-box-premium-part-other-parent-lesen-sie-auch-kommentare",
        InputKind::Html,
        0.91,
    ),
    (
        "html-metro-daily-bridge-closure-body-part-1-part-2-different-parents-ad-wrapper-article-continues-below-comments",
        InputKind::Html,
        0.98,
    ),
    (
        "html-regional-news-site-moorland-fire-body-split-by-live-updates-embed-timestamps-see-all-updates-related-newsletter",
        InputKind::Html,
        0.98,
    ),
    (
        "text-french-people-royaute-fiancailles-instagram-x-post-a-lire-aussi-caps-subheads-photo-captions-quiz-diaporama",
        InputKind::Text,
        0.97,
    ),
    (
        "text-german-promi-schlager-trennung-instagram-x-post-lesen-sie-auch-caps-subheads-foto-captions-quiz-mehr-zum-thema",
        InputKind::Text,
        0.97,
    ),
    (
        "text-italian-gossip-matrimonio-segreto-instagram-x-post-leggi-anche-caps-subheads-foto-captions-gallery-quiz",
        InputKind::Text,
        0.97,
    ),
    (
        "text-spanish-corazon-embarazo-instagram-x-post-lee-tambien-caps-subheads-foto-captions-test-galeria-mas-noticias",
        InputKind::Text,
        0.97,
    ),
    (
        "html-dutch-regional-flat-bare-div-pontje-h3-subheads-like-teaser-h3s-single-quote-paras-lees-ook-video-reacties",
        InputKind::Html,
        0.98,
    ),
    (
        "html-english-local-weekly-flat-bare-div-allotments-quote-paras-h2-subhead-read-also-h3-teasers-video-comments",
        InputKind::Html,
        0.98,
    ),
    (
        "html-portuguese-regional-flat-bare-div-ponte-pedonal-colon-ul-blockquote-h2-subhead-leia-tambem-video-comentarios",
        InputKind::Html,
        0.98,
    ),
    (
        "html-swiss-french-daily-flat-bare-div-funiculaire-col-row-only-guillemet-quotes-two-h2-subheads-a-lire-aussi-video",
        InputKind::Html,
        0.98,
    ),
    (
        "text-english-weekly-mobile-library-no-blank-lines-bullet-stops-subhead-read-more-sentence-more-stories-newsletter",
        InputKind::Text,
        0.99,
    ),
    (
        "text-german-regionalzeitung-brauerei-verkauf-no-blank-lines-lesen-sie-auch-schlagworte-satz-teaser-newsletter",
        InputKind::Text,
        0.99,
    ),
    (
        "text-italian-giornale-locale-restauro-chiesa-no-blank-lines-leggi-anche-tag-altre-notizie-frasi-newsletter",
        InputKind::Text,
        0.99,
    ),
    (
        "text-spanish-diario-comarcal-mercado-abastos-no-blank-lines-leer-mas-etiquetas-mas-noticias-frases-boletin",
        InputKind::Text,
        0.99,
    ),
    (
        "html-english-town-blog-mill-reopening-bare-img-caption-div-before-lead-photo-credit-uncredited-mid-caption-related",
        InputKind::Html,
        0.95,
    ),
    (
        "html-german-regionalzeitung-stadtbuecherei-img-p-caption-after-lead-foto-credit-slash-credit-lesen-sie-auch-kommentare",
        InputKind::Html,
        0.95,
    ),
    (
        "html-italian-quotidiano-online-traghetto-elettrico-img-div-caption-before-lead-slash-credit-uncredited-caption-piu-letti",
        InputKind::Html,
        0.93,
    ),
    (
        "html-spanish-blog-cicloturismo-via-verde-img-in-p-caption-p-after-lead-foto-credit-uncredited-caption-sidebar-comentarios",
        InputKind::Html,
        0.97,
    ),
    (
        "text-indonesian-short-news-dermaga-baca-juga-lines-tag-line-berita-utama-cards-with-summary-video-card-terkait",
        InputKind::Text,
        0.98,
    ),
    (
        "text-romanian-short-news-pod-pietonal-citeste-si-lines-etichete-stiri-principale-cards-summary-video-card-similare",
        InputKind::Text,
        0.98,
    ),
    (
        "text-turkish-short-news-sahil-yolu-ilginizi-cekebilir-lines-etiketler-gundem-cards-summary-video-card-ilgili-haberler",
        InputKind::Text,
        0.98,
    ),
    (
        "text-vietnamese-short-news-cho-noi-xem-them-lines-tu-khoa-line-tin-noi-bat-cards-with-summary-video-card-tin-lien-quan",
        InputKind::Text,
        0.98,
    ),
    (
        "text-irish-regional-short-greenway-funding-no-blank-lines-related-stories-sentence-headlines-newsletter-comments",
        InputKind::Text,
        0.98,
    ),
    (
        "text-nz-regional-short-kiwi-release-no-blank-lines-more-from-news-sentence-headlines-newsletter-comments",
        InputKind::Text,
        0.98,
    ),
    (
        "text-uk-weekly-short-village-post-office-reopens-no-blank-lines-more-from-news-sentence-headlines-newsletter-comments",
        InputKind::Text,
        0.98,
    ),
    (
        "text-us-local-daily-short-water-main-break-no-blank-lines-related-sentence-headlines-newsletter-comment-count",
        InputKind::Text,
        0.98,
    ),
    (
        "html-english-regional-flood-evacuation-most-read-aside-ol-ad-label-live-banner-poll-related-card-summary",
        InputKind::Html,
        0.97,
    ),
    (
        "html-german-lokalzeitung-warnstreik-meistgelesen-aside-ol-anzeige-liveticker-p-umfrage-teaser-card-mit-dpa",
        InputKind::Html,
        0.95,
    ),
    (
        "html-polish-regional-daily-awaria-cieplowni-najczesciej-czytane-ol-reklama-relacja-na-zywo-sonda-zobacz-takze",
        InputKind::Html,
        0.94,
    ),
    (
        "html-spanish-provincial-daily-incendio-desalojo-lo-mas-leido-ol-publicidad-en-directo-banner-encuesta-tarjeta",
        InputKind::Html,
        0.94,
    ),
    (
        "html-chinese-short-news-park-night-hours-benbaoxun-lead-zeren-bianji-tail-video-desc-h3-teaser-cards-paihang-share",
        InputKind::Html,
        0.98,
    ),
    (
        "html-japanese-short-news-school-pool-closure-video-block-long-desc-h3-teaser-cards-kanren-kiji-ranking-sns-share",
        InputKind::Html,
        0.98,
    ),
    (
        "html-korean-short-news-village-bus-night-service-reporter-tail-video-desc-h3-teaser-cards-gwanryeon-ranking-sns",
        InputKind::Html,
        0.97,
    ),
    (
        "html-taiwan-short-news-old-street-arcade-repair-jizhe-bracket-lead-video-desc-h3-teaser-cards-paihang-share",
        InputKind::Html,
        0.98,
    ),
    (
        "text-french-chronique-boulangerie-lettres-lecteurs-phrases-courtes-bio-avertissement-ecrivez-nous-du-meme-auteur",
        InputKind::Text,
        0.98,
    ),
    (
        "text-german-kolumne-laubblaeser-leserbriefe-einzeiler-bio-meinung-der-autorin-schreiben-sie-uns-weitere-kolumnen",
        InputKind::Text,
        0.98,
    ),
    (
        "text-spanish-columna-platanos-cartas-lectores-frases-cortas-bio-opiniones-escribenos-mas-columnas-comentarios",
        InputKind::Text,
        0.98,
    ),
    (
        "text-uk-local-column-u-turn-readers-letters-indented-one-line-paras-bio-views-own-write-to-us-more-from-comments",
        InputKind::Text,
        0.98,
    ),
    (
        "text-french-regional-daily-crue-ce-que-l-on-sait-fact-lines-under-subhead-lire-aussi-sur-le-meme-sujet-reagir",
        InputKind::Text,
        0.98,
    ),
    (
        "text-german-regionalzeitung-talbruecke-sperrung-was-wir-wissen-faktenzeilen-am-artikelende-mehr-zum-thema-kommentare",
        InputKind::Text,
        0.92,
    ),
    (
        "text-spanish-regional-daily-wildfire-lo-que-sabemos-fact-lines-te-puede-interesar-noticias-relacionadas-credit",
        InputKind::Text,
        0.98,
    ),
    (
        "text-uk-regional-news-warehouse-fire-what-we-know-so-far-fact-lines-then-story-continues-related-stories-box-most-read",
        InputKind::Text,
        0.97,
    ),
    (
        "html-dutch-tech-vijf-beste-apps-van-het-jaar-h3-appnamen-als-link-downloadknoppen-advertentie-lees-ook-h3-teasers",
        InputKind::Html,
        0.99,
    ),
    (
        "html-english-local-news-best-winter-walks-numbered-h2-items-all-map-links-captions-newsletter-related-h3-summaries",
        InputKind::Html,
        0.99,
    ),
    (
        "html-german-feuilleton-buecher-des-jahres-h3-items-linked-to-verlag-affiliate-buttons-anzeige-mehr-zum-thema-h3-teasers",
        InputKind::Html,
        0.99,
    ),
    (
        "html-italian-guida-ristoranti-bologna-h2-nomi-tutti-link-didascalie-leggi-anche-pubblicita-articoli-correlati",
        InputKind::Html,
        0.98,
    ),
    (
        "text-czech-news-portal-vodne-temata-line-under-headline-zarazeno-do-after-lead-stitky-souvisejici-nejctenejsi",
        InputKind::Text,
        0.98,
    ),
    (
        "text-english-regional-news-ferry-fare-topics-line-under-headline-filed-under-after-lead-tags-related-boxes",
        InputKind::Text,
        0.98,
    ),
    (
        "text-portuguese-portugal-regional-mercado-topicos-under-headline-arquivado-em-after-lead-temas-leia-tambem-mais-lidas",
        InputKind::Text,
        0.98,
    ),
    (
        "text-swedish-regional-daily-skolskjuts-taggar-under-headline-arkiverad-under-after-lead-amnen-las-ocksa-mest-last",
        InputKind::Text,
        0.98,
    ),
    (
        "text-german-radio-podcast-folge-faehre-dauer-player-caption-twice-kapitel-bullets-zu-gast-bios-redaktion-mehr-folgen",
        InputKind::Text,
        0.98,
    ),
    (
        "text-japanese-community-radio-bangumi-sento-painter-player-haishinchu-teikyo-chapters-profile-kako-no-hoso",
        InputKind::Text,
        0.86,
    ),
    (
        "text-podcast-network-episode-night-bakery-play-line-subscribe-on-sponsor-read-chapters-guest-host-bios-more-episodes",
        InputKind::Text,
        0.99,
    ),
    (
        "text-spanish-podcast-afilador-suscribete-escucha-tambien-raya-dialogo-patrocinio-capitulos-invitados-comentarios",
        InputKind::Text,
        0.99,
    ),
    (
        "text-german-lokalzeitung-prozess-haeusliche-gewalt-triggerwarnung-hilfetelefon-box-mid-article-meistgelesen",
        InputKind::Text,
        0.99,
    ),
    (
        "text-norwegian-reportasje-spiseforstyrrelser-innholdsvarsel-trenger-du-noen-box-mid-article-mest-lest",
        InputKind::Text,
        0.96,
    ),
    (
        "text-spanish-diario-ludopatia-apuestas-aviso-contenido-caja-ayuda-juego-after-article-lo-mas-leido",
        InputKind::Text,
        0.99,
    ),
    (
        "text-uk-regional-inquest-content-warning-samaritans-box-after-article-coroner-quotes-most-read-comments-counter",
        InputKind::Text,
        0.99,
    ),
    (
        "html-english-t20-cricket-final-report-score-widget-overs-table-kept-player-ratings-highlights-live-text-teaser-related",
        InputKind::Html,
        0.98,
    ),
    (
        "html-french-rugby-match-report-score-widget-compositions-box-mid-body-notes-resume-video-live-teaser-a-lire-aussi",
        InputKind::Html,
        0.91,
    ),
    (
        "html-italian-cycling-stage-tappa-widget-ordine-arrivo-table-kept-classifica-box-pagelle-highlights-diretta-teaser",
        InputKind::Html,
        0.96,
    ),
    (
        "html-spanish-football-match-report-marcador-widget-alineaciones-box-goles-table-kept-notas-video-minuto-a-minuto",
        InputKind::Html,
        0.98,
    ),
    (
        "text-dutch-science-news-fermented-vegetables-no-blank-lines-lees-ook-bron-het-onderzoek-doi-disclaimer-gerelateerd",
        InputKind::Text,
        0.98,
    ),
    (
        "text-english-health-news-nap-study-no-blank-lines-more-information-doi-provided-by-citation-disclaimer-related-dates",
        InputKind::Text,
        0.99,
    ),
    (
        "text-french-health-news-pollen-season-study-subheads-lire-aussi-reference-doi-source-universite-disclaimer-mots-cles",
        InputKind::Text,
        0.99,
    ),
    (
        "text-japanese-health-news-choir-hearing-study-no-blank-lines-kakko-subhead-awasete-yomitai-ronbun-joho-doi-disclaimer",
        InputKind::Text,
        0.99,
    ),
    (
        "html-brazilian-portal-orcamento-participativo-votacao-camara-split-body-publicidade-apuracao-enquete-mapa-seu-bairro",
        InputKind::Html,
        0.92,
    ),
    (
        "html-polish-portal-wybory-przedterminowe-wojta-flat-article-tabela-wynikow-na-zywo-sonda-mapa-fakty-kod-pocztowy",
        InputKind::Html,
        0.91,
    ),
    (
        "html-swedish-lokaltidning-folkomrostning-simhall-split-body-annons-resultat-live-fakta-karta-omrostning-postnummer",
        InputKind::Html,
        0.98,
    ),
    (
        "html-uk-local-paper-council-election-seats-table-flat-article-p-live-results-aside-map-placeholder-key-facts-poll",
        InputKind::Html,
        0.95,
    ),
    (
        "text-chinese-island-desalination-no-blank-lines-benbaoxun-lead-laiyuan-xiangguan-yuedu-mid-body-zeren-bianji-paihang",
        InputKind::Text,
        0.89,
    ),
    (
        "text-japanese-city-hall-vacant-house-subsidy-kakko-subheads-kome-notes-kept-ol-steps-shutten-caption-toiawase-survey",
        InputKind::Text,
        0.93,
    ),
    (
        "text-japanese-regional-daily-oyster-die-off-shashin-twice-kanren-kiji-kome-notes-kisha-credit-awasete-yomitai-ranking",
        InputKind::Text,
        0.86,
    ),
    (
        "text-korean-city-daily-stream-otters-chulcheo-captions-gwanryeon-gisa-mid-body-reporter-email-newsletter-tags-manhi-bon",
        InputKind::Text,
        0.98,
    ),
    (
        "html-dutch-regionale-omroep-veerpont-blijft-varen-vimeo-instagram-externe-inhoud-kaart-laden-datawrapper-bron-plain-p",
        InputKind::Html,
        0.99,
    ),
    (
        "html-english-coastal-daily-tidal-gate-vote-consent-placeholders-youtube-x-map-datawrapper-semantic-tags",
        InputKind::Html,
        0.96,
    ),
    (
        "html-german-windpark-buergerentscheid-externer-inhalt-instagram-youtube-karte-datawrapper-quelle-hashed-divs",
        InputKind::Html,
        0.94,
    ),
    (
        "html-spanish-diario-zona-bajas-emisiones-contenido-externo-x-youtube-cargando-mapa-datawrapper-fuente-data-attributes",
        InputKind::Html,
        0.95,
    ),
    (
        "text-french-bourse-no-blank-lines-distributeur-euronext-ticker-cac-bandeau-l-essentiel-a-lire-aussi-pas-un-conseil",
        InputKind::Text,
        0.97,
    ),
    (
        "text-german-boersenportal-gewinnwarnung-xetra-kurs-widget-dax-leiste-wichtigste-in-kuerze-ki-hinweis-anlageberatung",
        InputKind::Text,
        0.99,
    ),
    (
        "text-indian-business-portal-cement-q4-nse-bse-ticker-key-highlights-crore-table-also-read-disclaimer-catch-all",
        InputKind::Text,
        0.98,
    ),
    (
        "text-us-markets-site-railroad-buyback-nyse-ticker-quote-widget-key-takeaways-read-next-ai-note-disclosure",
        InputKind::Text,
        0.97,
    ),
    (
        "html-english-energy-guide-bleed-radiator-contents-update-note-svg-anchors-ol-details-faq-sources-helpful-related",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-ratgeber-fahrrad-winterfest-inhalt-aktualisiert-note-ol-h3-p-faq-quellen-br-autorenbox-hilfreich",
        InputKind::Html,
        0.98,
    ),
    (
        "html-portuguese-guia-compostagem-indice-atualizado-nota-hash-anchors-h3-button-accordion-faq-fontes-foi-util",
        InputKind::Html,
        0.99,
    ),
    (
        "html-spanish-guia-huerto-balcon-indice-actualizado-nota-h2-self-link-ol-dl-dt-dd-faq-fuentes-te-ha-sido-util",
        InputKind::Html,
        0.99,
    ),
    (
        "text-arabic-mobile-library-bus-iqra-aydan-lines-yahummuk-aydan-box-body-line-starting-iqra-caption-twice-whatsapp",
        InputKind::Text,
        0.99,
    ),
    (
        "text-hindi-no-blank-lines-solar-cold-storage-bhasha-dateline-yah-bhi-padhen-lines-ye-bhi-padhen-box-google-news",
        InputKind::Text,
        0.99,
    ),
    (
        "text-turkish-saat-kulesi-haberin-devami-labels-body-line-starting-haberin-ilginizi-cekebilir-line-and-box-telegram",
        InputKind::Text,
        0.98,
    ),
    (
        "text-vietnamese-cho-phien-ma-qr-xem-them-lines-tin-lien-quan-box-captions-author-line-after-body-zalo-doc-nhieu",
        InputKind::Text,
        0.98,
    ),
    (
        "html-english-engineering-qa-interview-strong-questions-aside-blockquote-pull-quotes-edited-note-about-box-more",
        InputKind::Html,
        0.98,
    ),
    (
        "html-french-entretien-libraire-h3-questions-exergue-div-lire-aussi-edited-note-propos-recueillis-bio-express",
        InputKind::Html,
        0.95,
    ),
    (
        "html-german-landmagazin-interview-imkerin-b-questions-figure-zitat-anzeige-edited-note-zur-person-box-more",
        InputKind::Html,
        0.98,
    ),
    (
        "html-japanese-craft-interview-h3-dash-questions-pullquote-div-and-blockquote-pr-slot-edited-note-profile-box",
        InputKind::Html,
        0.92,
    ),
    (
        "text-english-logistics-daily-cross-dock-sponsored-teaser-expo-promo-whitepaper-jobs-about-company-most-read",
        InputKind::Text,
        0.99,
    ),
    (
        "text-german-verpackung-fachportal-no-blank-lines-partner-content-messe-whitepaper-stellenmarkt-meistgelesen",
        InputKind::Text,
        0.90,
    ),
    (
        "text-italian-zootecnia-nota-redazione-comunicato-stampa-sponsorizzato-expo-whitepaper-offerte-lavoro-piu-letti",
        InputKind::Text,
        0.92,
    ),
    (
        "text-polish-portal-budowlany-material-partnera-expo-raport-oferty-pracy-o-firmie-najczesciej-czytane",
        InputKind::Text,
        0.97,
    ),
    (
        "html-english-travel-feature-semantic-aside-hotel-tour-cards-price-compare-table-opening-times-kept-getting-there-map",
        InputKind::Html,
        0.95,
    ),
    (
        "html-german-reiseblog-gutenberg-hotel-box-preisvergleich-wp-table-oeffnungszeiten-kept-anreise-borlabs-map",
        InputKind::Html,
        0.91,
    ),
    (
        "html-italian-viaggi-custom-elements-booking-widget-prenota-ora-price-compare-orari-table-kept-come-arrivare-zv-map",
        InputKind::Html,
        0.93,
    ),
    (
        "html-spanish-viajes-div-soup-bodegas-widget-reservar-comparador-precios-horario-table-kept-como-llegar-comentarios",
        InputKind::Html,
        0.96,
    ),
    (
        "html-czech-react-sdilena-kola-richtext-divs-role-heading-reklama-ctete-take-newsletter-nejctenejsi-skryty-perex",
        InputKind::Html,
        0.98,
    ),
    (
        "html-english-nextjs-floating-solar-richtext-div-paras-ad-newsletter-most-read-carousel-hidden-lead-jsonld-body",
        InputKind::Html,
        0.98,
    ),
    (
        "html-french-react-eclairage-public-richtext-divs-role-heading-publicite-lire-aussi-newsletter-plus-lus-lead-cache",
        InputKind::Html,
        0.98,
    ),
    (
        "html-polish-nextjs-nocna-poradnia-richtext-divs-dash-quotes-reklama-czytaj-takze-najczesciej-czytane-newsletter",
        InputKind::Html,
        0.98,
    ),
    (
        "text-canadian-town-weekly-arena-ice-plant-lotto-line-notices-box-mid-body-caption-twice-reporter-phone-correction",
        InputKind::Text,
        0.93,
    ),
    (
        "text-irish-weekly-footbridge-notices-box-lotto-line-weather-strip-caption-twice-reporter-phone-correction",
        InputKind::Text,
        0.99,
    ),
    (
        "text-philippine-public-market-no-blank-lines-pagasa-strip-pcso-lotto-line-whatsapp-group-reporter-phone-correction",
        InputKind::Text,
        0.99,
    ),
    (
        "text-south-african-community-paper-clinic-whatsapp-group-also-read-powerball-line-reporter-phone-correction",
        InputKind::Text,
        0.99,
    ),
    (
        "html-blogger-allotment-shed-tr-caption-table-br-toc-pre-code-list-blockquote-threaded-replies-label-cloud-archive",
        InputKind::Html,
        0.98,
    ),
    (
        "html-ghost-german-sauerteig-tocbot-aside-kg-image-bookmark-code-card-callout-blockquote-native-comment-replies",
        InputKind::Html,
        0.99,
    ),
    (
        "html-hugo-spanish-rsync-backups-papermod-details-toc-chroma-line-spans-figcaption-p-staticman-replies",
        InputKind::Html,
        0.98,
    ),
    (
        "html-squarespace-italian-pasta-fresca-caption-p-text-block-toc-quote-block-source-newsletter-block-comment-replies",
        InputKind::Html,
        0.99,
    ),
    (
        "text-english-robot-vacuum-price-cut-affiliate-note-star-widgets-where-to-buy-rows-spec-list-verdict-box-cards",
        InputKind::Text,
        0.98,
    ),
    (
        "text-french-liseuse-couleur-prix-liens-affilies-note-etoiles-ou-acheter-lignes-fiche-technique-notre-avis-box-cartes",
        InputKind::Text,
        0.99,
    ),
    (
        "text-german-ebike-news-preis-transparenz-hinweis-sterne-hier-erhaeltlich-zeilen-technische-daten-fazit-box",
        InputKind::Text,
        0.97,
    ),
    (
        "text-spanish-streaming-price-rise-no-blank-lines-aviso-afiliados-estrellas-donde-contratar-filas-planes-veredicto",
        InputKind::Text,
        0.96,
    ),
    (
        "text-english-football-live-blog-minute-heads-pinned-ft-post-key-events-share-update-authors-x-post-bet-box",
        InputKind::Text,
        0.97,
    ),
    (
        "text-german-sturm-liveticker-vor-min-heads-angepinnt-das-wichtigste-teilen-autoren-x-post-anzeige-weitere-laden",
        InputKind::Text,
        0.96,
    ),
    (
        "text-italian-ciclismo-tappa-diretta-orari-in-evidenza-momenti-chiave-condividi-autori-post-x-ordine-arrivo",
        InputKind::Text,
        0.99,
    ),
    (
        "text-spanish-noche-electoral-en-directo-fijado-lo-mas-importante-por-autor-x-post-ver-mas-entradas",
        InputKind::Text,
        0.87,
    ),
    (
        "html-dutch-gemeente-nl-design-system-afvalinzameling-storing-alert-op-deze-pagina-contact-nuttig-gerelateerd",
        InputKind::Html,
        0.95,
    ),
    (
        "html-french-mairie-drupal-cours-oasis-alerte-meteo-sur-cette-page-paragraphs-nous-contacter-page-utile-pages-associees",
        InputKind::Html,
        0.88,
    ),
    (
        "html-german-stadtverwaltung-typo3-hitzeaktionsplan-hinweis-leiste-auf-dieser-seite-ce-frames-kontakt-seite-hilfreich",
        InputKind::Html,
        0.86,
    ),
    (
        "html-uk-council-govuk-frontend-flood-scheme-notification-banner-on-this-page-measures-contact-us-page-helpful",
        InputKind::Html,
        0.98,
    ),
    (
        "text-italian-university-event-greenhouse-reopening-guillemet-quotes-fonte-ufficio-stampa-prossimi-eventi",
        InputKind::Text,
        0.98,
    ),
    (
        "text-polish-university-research-green-roof-bees-dash-quotes-bullets-zrodlo-kontakt-dla-mediow-wydarzenia",
        InputKind::Text,
        0.98,
    ),
    (
        "text-portuguese-research-institute-frog-species-no-blank-lines-agenda-mid-body-fonte-assessoria-imprensa",
        InputKind::Text,
        0.92,
    ),
    (
        "text-spanish-university-research-bats-vineyards-agenda-box-mid-body-fuente-contacto-de-prensa-relacionadas",
        InputKind::Text,
        0.89,
    ),
    (
        "html-brazilian-temporal-ao-vivo-lance-fixado-resumo-box-avatars-tweet-abrigos-list-publicidade-carregar-mais",
        InputKind::Html,
        0.99,
    ),
    (
        "html-english-rocket-launch-live-blog-pinned-post-key-points-avatars-tweet-inline-ads-share-load-more-related-lives",
        InputKind::Html,
        0.98,
    ),
    (
        "html-french-greve-aeroport-direct-div-post-epingle-points-cles-avatars-tweet-lire-aussi-publicite-autres-directs",
        InputKind::Html,
        0.99,
    ),
    (
        "html-japanese-typhoon-live-div-post-pinned-point-box-avatar-writers-tweet-infeed-ads-share-motto-miru-related-lives",
        InputKind::Html,
        0.98,
    ),
    (
        "text-greek-beekeepers-honey-losses-no-blank-lines-diavaste-episis-fotografia-twice-etiketes-comments-dimofili",
        InputKind::Text,
        0.98,
    ),
    (
        "text-hungarian-forest-railway-reopens-dash-quotes-foto-top-ez-is-erdekelheti-mti-cimkek-hozzaszolasok-legolvasottabb",
        InputKind::Text,
        0.99,
    ),
    (
        "text-romanian-bears-village-subheads-citeste-si-line-and-box-foto-twice-sursa-etichete-comentarii-cele-mai-citite",
        InputKind::Text,
        0.98,
    ),
    (
        "text-ukrainian-inclusive-playground-body-bullets-space-quote-chytaite-takozh-telegram-prompt-foto-end-tehy",
        InputKind::Text,
        0.99,
    ),
    (
        "html-amp-english-local-news-ferry-fares-amp-accordion-more-on-this-story-amp-iframe-map-placeholder-carousel-related",
        InputKind::Html,
        0.98,
    ),
    (
        "html-amp-indonesian-berita-banjir-rob-advertisement-scroll-to-continue-baca-juga-amp-iframe-video-berita-terkait-accordion-carousel",
        InputKind::Html,
        0.98,
    ),
    (
        "html-amp-italian-notizia-ponte-chiuso-pubblicita-slots-leggi-anche-inline-amp-iframe-video-approfondimenti-accordion-carosello",
        InputKind::Html,
        0.99,
    ),
    (
        "html-amp-spanish-noticia-mercado-abastos-obras-publicidad-slots-amp-iframe-encuesta-carrusel-mas-sobre-este-tema-acordeon",
        InputKind::Html,
        0.99,
    ),
    (
        "text-english-local-news-boil-water-qa-explainer-one-line-answer-summaries-key-points-box-read-more-explainers",
        InputKind::Text,
        0.98,
    ),
    (
        "text-french-regional-daily-zfe-decryptage-questions-reponses-lessentiel-box-nos-autres-decryptages",
        InputKind::Text,
        0.98,
    ),
    (
        "text-german-regional-daily-grundsteuer-mieter-fragen-antworten-das-wichtigste-in-kuerze-box-mehr-zum-thema",
        InputKind::Text,
        0.98,
    ),
    (
        "text-portuguese-portal-rodizio-agua-entenda-qa-no-blank-lines-pontos-chave-box-veja-tambem",
        InputKind::Text,
        0.99,
    ),
    (
        "html-spanish-beehiiv-like-science-roundup-emoji-linked-h3-items-presentado-por-sponsor-poll-darse-de-baja",
        InputKind::Html,
        0.99,
    ),
    (
        "html-substack-like-orchard-essay-view-in-browser-subscribe-widget-presented-by-sponsor-like-counts-unsubscribe",
        InputKind::Html,
        0.98,
    ),
    (
        "text-dutch-ghost-like-heat-network-essay-bekijk-in-browser-signup-card-bookmark-card-gepresenteerd-door-uitschrijven",
        InputKind::Text,
        0.91,
    ),
    (
        "text-german-mailchimp-like-cycling-roundup-im-browser-ansehen-weiterlesen-lines-anzeige-kurz-notiert-abmelden",
        InputKind::Text,
        0.98,
    ),
    (
        "html-english-table-layout-fish-auction-br-br-td-body-font-b-subheads-caption-divs-related-lines-print-email-footer",
        InputKind::Html,
        0.98,
    ),
    (
        "html-french-marche-couvert-body-in-two-td-rows-br-br-font-b-intertitres-legende-div-lire-aussi-imprimer-footer",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-stadtbuecherei-div-br-br-body-font-b-zwischentitel-bildunterschrift-mehr-zum-thema-drucken-footer",
        InputKind::Html,
        0.98,
    ),
    (
        "html-spanish-estacion-autobuses-td-body-two-divs-br-br-sidebar-td-pie-de-foto-relacionada-imprimir-footer",
        InputKind::Html,
        0.96,
    ),
    (
        "text-german-kolumne-elterntaxis-no-blank-lines-foto-bio-oben-vorspann-pull-quote-meinung-autorin-mehr-von-leserbrief",
        InputKind::Text,
        0.98,
    ),
    (
        "text-italian-rubrica-farmacia-notturna-foto-bio-in-alto-sommario-citazione-ripetuta-opinioni-autrice-altri-articoli",
        InputKind::Text,
        0.98,
    ),
    (
        "text-spanish-columna-bancos-plaza-foto-bio-arriba-entradilla-frase-destacada-opiniones-autora-escribe-al-director",
        InputKind::Text,
        0.98,
    ),
    (
        "text-us-daily-opinion-column-streetlights-photo-bio-top-standfirst-two-pull-quotes-views-own-more-from-columnist",
        InputKind::Text,
        0.98,
    ),
    (
        "text-argentine-paper-prision-preventiva-robos-kioscos-video-player-foto-gentileza-twice-imputaciones-list-nota",
        InputKind::Text,
        0.98,
    ),
    (
        "text-australian-paper-bail-refused-servo-robbery-video-js-chrome-mugshot-courtesy-charges-list-tip-line-last-most-read",
        InputKind::Text,
        0.98,
    ),
    (
        "text-quebec-daily-fraude-caisse-comparution-lecteur-video-photo-gracieusete-chefs-liste-echec-au-crime-note-redaction",
        InputKind::Text,
        0.98,
    ),
    (
        "text-us-tv-station-tool-theft-arrest-mugshot-courtesy-sheriff-twice-video-player-charges-list-tip-line-last",
        InputKind::Text,
        0.98,
    ),
    (
        "html-english-thermostat-review-score-box-buy-box-compare-widget-table-pros-cons-columns-methodology-link",
        InputKind::Html,
        0.94,
    ),
    (
        "html-german-siebtraeger-test-testnote-box-preisvergleich-leserwertung-specs-pro-contra-span-heads-vergleich-cards",
        InputKind::Html,
        0.96,
    ),
    (
        "html-italian-nextjs-smartwatch-recensione-voto-box-compra-ora-scheda-tecnica-pro-contro-confronta-con-ul",
        InputKind::Html,
        0.96,
    ),
    (
        "html-portuguese-trotinete-analise-div-paragrafos-nota-box-comprar-agora-specs-pontos-fortes-fracos-comparador",
        InputKind::Html,
        0.96,
    ),
    (
        "text-german-regionalzeitung-hochwasser-unwetterwarnung-stufe-3-box-pegel-lines-kept-radar-caption-twice-warnticker",
        InputKind::Text,
        0.9,
    ),
    (
        "text-polish-portal-susza-ostrzezenie-imgw-box-prognoza-dni-kept-after-radar-mapa-na-zywo-caption-twice-czytaj-takze",
        InputKind::Text,
        0.66,
    ),
    (
        "text-spanish-diario-ola-de-frio-no-blank-lines-aviso-naranja-box-prevision-dias-kept-radar-caption-twice-te-puede",
        InputKind::Text,
        0.89,
    ),
    (
        "text-uk-regional-heatwave-amber-warning-box-forecast-lines-kept-radar-live-map-prompt-caption-twice-alerts-ticker",
        InputKind::Text,
        0.93,
    ),
    (
        "html-dutch-wordpress-atletiek-competitie-uitslag-regel-pr-lijst-volgende-wedstrijd-stand-widget-sponsors-reacties",
        InputKind::Html,
        0.98,
    ),
    (
        "html-english-wordpress-astra-u14-football-report-result-line-scorers-ul-next-match-league-table-sponsors-comments",
        InputKind::Html,
        0.98,
    ),
    (
        "html-spanish-joomla-t3-balonmano-cronica-marcador-h3-goleadoras-p-patrocinadores-proximo-partido-clasificacion-jcomments",
        InputKind::Html,
        0.98,
    ),
    (
        "html-swedish-joomla-helix-curling-matchrapport-resultatrad-laget-ul-tabell-i-text-och-sidotabell-sponsorer-komento",
        InputKind::Html,
        0.98,
    ),
    (
        "text-dutch-concert-review-no-blank-lines-stars-beeld-caption-twice-nog-te-zien-kept-bezetting-kaarten-box",
        InputKind::Text,
        0.94,
    ),
    (
        "text-english-theatre-review-stars-caption-twice-quote-split-mid-sentence-until-line-kept-dotted-cast-rows-bio",
        InputKind::Text,
        0.97,
    ),
    (
        "text-french-opera-review-stars-jusquau-box-above-lead-lire-aussi-pipe-distribution-roles-reserver-bio",
        InputKind::Text,
        0.96,
    ),
    (
        "text-italian-exhibition-review-half-star-caption-twice-quote-after-colon-fino-al-kept-scheda-mostra-bio",
        InputKind::Text,
        0.92,
    ),
    (
        "html-french-wordpress-hiring-story-recrutement-en-bref-box-wp-block-table-code-exercise-nous-recrutons-banner-comments",
        InputKind::Html,
        0.91,
    ),
    (
        "html-german-hugo-saas-product-launch-tldr-box-pricing-table-figcaption-cta-kostenlos-testen-author-card-newsletter",
        InputKind::Html,
        0.98,
    ),
    (
        "html-japanese-medium-like-tech-deep-dive-cache-tldr-box-code-blocks-benchmark-table-claps-hiring-cta-more-from",
        InputKind::Html,
        0.98,
    ),
    (
        "html-nextjs-mdx-engineering-postmortem-tldr-box-code-blocks-timeline-table-hiring-banner-author-card-related",
        InputKind::Html,
        0.94,
    ),
    (
        "text-indonesian-sports-liga-2-new-coach-no-blank-lines-baca-juga-lines-foto-dok-penulis-editor-telegram-terpopuler",
        InputKind::Text,
        0.92,
    ),
    (
        "text-malay-bazar-ramadan-rules-list-baca-juga-line-artikel-berkaitan-box-foto-credits-penulis-editor-app-prompt-popular",
        InputKind::Text,
        0.99,
    ),
    (
        "text-tagalog-water-interruption-groups-space-quoted-statement-basahin-din-larawan-credit-ulat-inedit-trending",
        InputKind::Text,
        0.98,
    ),
    (
        "text-thai-agri-news-longan-solar-dryer-an-khao-inline-lines-subhead-khao-phap-editor-credit-app-prompt-yodniyom",
        InputKind::Text,
        0.98,
    ),
    (
        "html-brazilian-portal-mercado-reforma-continua-apos-publicidade-video-newsletter-ler-mais-checkbox-veja-tambem",
        InputKind::Html,
        0.99,
    ),
    (
        "html-canadian-daily-transit-fares-story-continues-below-ad-video-duration-newsletter-box-read-more-expander-related",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-lokalzeitung-bauamt-weiterlesen-nach-der-anzeige-video-newsletter-hidden-weiterlesen-mehr-zum-thema",
        InputKind::Html,
        0.98,
    ),
    (
        "html-polish-portal-nocna-pomoc-dalsza-czesc-pod-materialem-wideo-reklama-newsletter-details-czytaj-wiecej-zobacz",
        InputKind::Html,
        0.96,
    ),
    (
        "text-english-transfer-gossip-via-and-dash-credit-lines-source-in-text-kept-player-cards-market-value-odds-list",
        InputKind::Text,
        0.91,
    ),
    (
        "text-german-transfer-geruechte-plus-heads-laut-quelle-credit-lines-laut-in-text-kept-spielerprofil-marktwert-quoten",
        InputKind::Text,
        0.92,
    ),
    (
        "text-italian-voci-calciomercato-fonte-credit-lines-secondo-quanto-riporta-kept-scheda-valore-quote-live",
        InputKind::Text,
        0.95,
    ),
    (
        "text-spanish-rumores-fichajes-segun-credit-lines-segun-publica-kept-ficha-valor-de-mercado-cuotas-en-directo",
        InputKind::Text,
        0.92,
    ),
    (
        "html-arabic-heatwave-br-br-body-text-nodes-eastern-digits-iqra-aydan-link-line-tips-ol-div-captions-masdar-credit-span",
        InputKind::Html,
        0.96,
    ),
    (
        "html-hebrew-op-ed-bike-lane-per-paragraph-div-wrappers-pull-quote-aside-kiru-od-ul-box-writer-bio-em-line-talkbacks",
        InputKind::Html,
        0.99,
    ),
    (
        "html-persian-football-derby-report-justify-p-strong-lead-bishtar-bekhanid-p-standings-table-enteha-ye-payam-p-comments",
        InputKind::Html,
        0.98,
    ),
    (
        "html-urdu-smog-school-closure-wordpress-jannah-mazeed-parhein-box-blockquote-ul-youtube-figcaption-whatsapp-author-box",
        InputKind::Html,
        0.98,
    ),
    (
        "text-aviation-trade-news-widebody-order-stock-ticker-strip-fleet-data-box-route-list-kept-related-most-read-newsletter",
        InputKind::Text,
        0.98,
    ),
    (
        "text-crypto-market-ether-staking-price-ticker-key-takeaways-box-above-byline-coin-price-card-not-financial-advice-box-latest",
        InputKind::Text,
        0.98,
    ),
    (
        "text-french-port-maritime-no-blank-lines-suivi-des-navires-widget-caption-twice-lire-aussi-publicite-avec-afp-plus-lus",
        InputKind::Text,
        0.98,
    ),
    (
        "text-german-immobilien-marktbericht-inserat-karten-zimmer-m2-preis-finanzierungsrechner-anzeige-lesen-sie-auch",
        InputKind::Text,
        0.96,
    ),
    (
        "html-english-fact-check-tap-water-lead-mostly-false-badge-claim-box-kept-read-more-our-sources-how-we-rate-box",
        InputKind::Html,
        0.96,
    ),
    (
        "html-english-game-review-metroidvania-section-body-score-box-7-10-pros-cons-specs-dl-reviewed-on-ps5-comments",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-gaming-news-trailer-embed-consent-placeholder-mehr-zum-thema-cards-mid-body-list-after-colon-quelle",
        InputKind::Html,
        0.97,
    ),
    (
        "html-spanish-verificacion-div-only-etiqueta-mayormente-falso-ficha-afirmacion-kept-lee-tambien-nuestras-fuentes",
        InputKind::Html,
        0.95,
    ),
    (
        "text-basque-coastal-daily-anchovy-quota-irakurri-ere-lines-argazkia-credits-subheads-gehien-irakurriak-buletina",
        InputKind::Text,
        0.98,
    ),
    (
        "text-icelandic-regional-interview-fish-drying-plain-question-lines-sja-einnig-mynd-credits-athugasemdir-mest-lesid",
        InputKind::Text,
        0.98,
    ),
    (
        "text-latvian-regional-paper-footbridge-closed-lasiet-ari-lines-foto-credit-above-caption-quoted-statement-own-line",
        InputKind::Text,
        0.98,
    ),
    (
        "text-welsh-local-news-chapel-cafe-darllen-mwy-lines-llun-credits-short-subheads-author-box-mwyaf-poblogaidd",
        InputKind::Text,
        0.98,
    ),
    (
        "html-dutch-chess-open-round-report-pgn-game-viewer-box-dropped-round-by-round-pairings-list-kept-wordpress-reacties",
        InputKind::Html,
        0.92,
    ),
    (
        "html-french-tennis-match-report-scoreboard-box-sets-a-lire-aussi-inline-and-list-photo-credit-commentaires",
        InputKind::Html,
        0.98,
    ),
    (
        "html-golf-tournament-story-leaderboard-widget-between-paragraphs-hole-by-hole-scorecard-table-kept-tee-times-odds-promo",
        InputKind::Html,
        0.96,
    ),
    (
        "html-motorsport-touring-car-race-report-top-ten-results-table-kept-standings-sidebar-live-timing-strip-related-cards",
        InputKind::Html,
        0.98,
    ),
    (
        "text-bulgarian-mountain-hut-rebuild-bta-dateline-prochetete-oshte-snimka-credits-iztochnik-bta-koment-nai-cheteni",
        InputKind::Text,
        0.98,
    ),
    (
        "text-croatian-island-ferry-electric-catamaran-hina-dateline-galerija-1-12-procitajte-jos-izvor-hina-najcitanije",
        InputKind::Text,
        0.98,
    ),
    (
        "text-serbian-cyrillic-heating-season-toplana-tanjug-dateline-bullets-after-colon-procitajte-jos-izvor-tanjug",
        InputKind::Text,
        0.98,
    ),
    (
        "text-slovenian-alpine-cheese-dairy-cooperative-sta-dateline-preberite-se-bare-foto-credit-vir-sta-najbolj-brano",
        InputKind::Text,
        0.98,
    ),
    (
        "html-govuk-like-agency-press-release-breadcrumb-last-updated-notes-to-editors-kept-pdf-documents-contact-page-helpful",
        InputKind::Html,
        0.98,
    ),
    (
        "html-hospital-news-wordpress-new-clinic-booking-widget-mid-body-find-a-doctor-sidebar-services-list-media-inquiries",
        InputKind::Html,
        0.99,
    ),
    (
        "html-italian-museo-mostra-br-br-paragrafi-info-pratiche-kept-box-biglietti-sidebar-newsletter-cookiebar",
        InputKind::Html,
        0.94,
    ),
    (
        "html-university-press-release-oak-fungi-funding-line-kept-doi-reference-about-university-media-contact-cards",
        InputKind::Html,
        0.98,
    ),
    (
        "text-letters-to-the-editor-five-letters-headlines-em-dash-name-town-signatures-submit-box-mid-page-policy-comments",
        InputKind::Text,
        0.97,
    ),
    (
        "text-obituary-service-details-box-guest-book-prompt-candles-send-flowers-buttons-mid-body-sympathy-flowers-shop",
        InputKind::Text,
        0.98,
    ),
    (
        "text-spanish-columna-opinion-labels-repeated-bio-box-top-and-end-guillemet-quote-lee-tambien-las-opiniones-expresadas",
        InputKind::Text,
        0.98,
    ),
    (
        "text-uk-weekly-reader-advice-column-dear-lines-worried-in-leeds-signoff-read-more-mid-answer-write-in-box-bio",
        InputKind::Text,
        0.99,
    ),
    (
        "html-best-robot-vacuums-guide-affiliate-disclosure-top-product-cards-stars-check-price-at-amazon-comparison-table",
        InputKind::Html,
        0.99,
    ),
    (
        "html-french-comparatif-meilleurs-matelas-voir-l-offre-code-promo-notes-sur-10-faq-details-summary",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-kaufberatung-beste-kopfhoerer-inhaltsverzeichnis-preisvergleich-widget-tabellen-testsieger-badge",
        InputKind::Html,
        0.97,
    ),
    (
        "html-gift-guide-home-cooks-h3-item-paragraph-price-at-shop-link-lines-pin-it-image-credits-shop-the-guide-carousel",
        InputKind::Html,
        0.97,
    ),
    (
        "text-english-marathon-live-updates-et-time-heads-pinned-bullets-author-under-time-load-more-x-post-advertisement",
        InputKind::Text,
        0.95,
    ),
    (
        "text-italian-maltempo-diretta-orari-punto-in-evidenza-autore-sotto-titolo-carica-altri-post-x-pubblicita",
        InputKind::Text,
        0.95,
    ),
    (
        "text-portuguese-apuracao-carnaval-ao-vivo-horas-14h32-fixado-autor-no-fim-carregar-mais-post-x-publicidade",
        InputKind::Text,
        0.85,
    ),
    (
        "text-spanish-huelga-metro-directo-fijado-resumen-autor-sobre-la-hora-compartir-cargar-mas-post-x-publicidad",
        InputKind::Text,
        0.93,
    ),
    (
        "html-french-regional-baker-prize-tweet-instagram-tiktok-datawrapper-h4-google-maps-iframe-sondage",
        InputKind::Html,
        0.94,
    ),
    (
        "html-german-regional-tram-driver-viral-consent-wrapped-tiktok-x-instagram-datawrapper-karte-umfrage",
        InputKind::Html,
        0.97,
    ),
    (
        "html-spanish-provincial-lost-dog-tweet-datawrapper-h3-title-tiktok-instagram-map-lazy-encuesta",
        InputKind::Html,
        0.94,
    ),
    (
        "html-us-local-news-footbridge-closure-tweet-instagram-tiktok-datawrapper-map-placeholder-crowdsignal-poll",
        InputKind::Html,
        0.96,
    ),
    (
        "text-german-gemeinderat-haushalt-bordered-figures-table-lesen-sie-auch-kontakt-box-kommentare",
        InputKind::Text,
        0.98,
    ),
    (
        "text-phone-review-bordered-spec-value-table-where-to-buy-box-pros-cons-affiliate-note",
        InputKind::Text,
        0.98,
    ),
    (
        "text-school-sports-county-track-meet-bordered-results-table-scores-and-schedules-widget-box-mid-body",
        InputKind::Text,
        0.98,
    ),
    (
        "text-spanish-municipal-election-results-bordered-table-mas-informacion-box-mid-body-te-puede-interesar",
        InputKind::Text,
        0.98,
    ),
    (
        "html-advice-column-blockquote-reader-letters-dash-pen-name-strong-dear-replies-write-in-box-form-syndicate-line",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-ratgeber-heizkoerper-entlueften-schritt-h2-anker-links-inhaltsverzeichnis-anzeige-produktbox-mehr-zum-thema",
        InputKind::Html,
        0.94,
    ),
    (
        "html-newspaper-letters-page-h3-titles-name-town-signature-p-editors-note-kept-letters-policy-box-submit-form",
        InputKind::Html,
        0.98,
    ),
    (
        "html-travel-guide-12-places-to-eat-porto-unnumbered-h2-venue-links-map-links-book-table-widget-more-guides",
        InputKind::Html,
        0.98,
    ),
    (
        "text-english-magazine-feature-rope-walk-listen-line-illustration-credits-asterisk-diamond-breaks-pull-quote-issue-note",
        InputKind::Text,
        0.98,
    ),
    (
        "text-french-revue-recit-passeur-bac-dialogue-dash-lines-diamond-and-lone-dash-breaks-pull-quote-paru-dans-le-numero",
        InputKind::Text,
        0.98,
    ),
    (
        "text-german-magazin-reportage-glockengiesserin-lone-dash-breaks-pull-quote-artikel-anhoeren-erschien-zuerst-note",
        InputKind::Text,
        0.98,
    ),
    (
        "text-spanish-revista-reportaje-salinas-raya-dialogue-asterisk-diamond-breaks-pull-quote-se-publico-en-el-numero",
        InputKind::Text,
        0.95,
    ),
    (
        "html-dutch-regional-broadcaster-cup-upset-belangrijkste-momenten-box-correctie-note-kept-deel-dit-artikel-lees-ook",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-regionalzeitung-freibad-artikel-anhoeren-audio-player-artikel-verschenken-text-block-divs-mehr-zum-thema",
        InputKind::Html,
        0.98,
    ),
    (
        "html-italian-mercato-coperto-paywall-box-mid-body-abbonati-per-continuare-premium-br-br-text-leggi-anche",
        InputKind::Html,
        0.98,
    ),
    (
        "html-metered-paywall-lead-pipes-meter-locked-div-subscribe-overlay-after-body-already-a-subscriber-gift-button",
        InputKind::Html,
        0.98,
    ),
    (
        "text-french-prefecture-communique-secheresse-arrete-restrictions-liste-logo-marianne-contact-presse-partager-mis-a-jour",
        InputKind::Text,
        0.98,
    ),
    (
        "text-german-bundesministerium-pressemitteilung-nummer-eckpunkte-liste-zitat-pressekontakt-block-seite-teilen-stand",
        InputKind::Text,
        0.98,
    ),
    (
        "text-ngo-report-summary-school-meals-bracket-footnote-marks-key-findings-list-footnotes-list-download-donate-prompts",
        InputKind::Text,
        0.98,
    ),
    (
        "text-uk-government-department-press-statement-flood-defence-grants-notes-to-editors-press-office-block-last-updated",
        InputKind::Text,
        0.98,
    ),
    (
        "html-ghost-german-lastenrad-werkstatt-members-cta-card-mid-body-kg-html-table-author-card-weiterlesen-cards",
        InputKind::Html,
        0.98,
    ),
    (
        "html-medium-like-spanish-bus-punctuality-data-essay-claps-follow-top-highlight-figcaption-ol-more-from-author-recommended-from-medium",
        InputKind::Html,
        0.98,
    ),
    (
        "html-substack-like-snowplow-coop-essay-subscribe-buttons-between-paragraphs-share-buttons-footnotes-discussion",
        InputKind::Html,
        0.98,
    ),
    (
        "html-wordpress-portuguese-blog-feira-pastel-vendor-wp-block-quote-figcaption-compartilhe-isso-curtir-isso-relacionado-comment-form",
        InputKind::Html,
        0.98,
    ),
    (
        "text-french-sante-news-myopie-recreation-relu-par-letude-box-qui-quoi-no-blank-lines-reference-doi-sources-avertissement",
        InputKind::Text,
        0.91,
    ),
    (
        "text-german-health-news-nap-blood-pressure-medizinisch-geprueft-studie-box-originalpublikation-quellen-hinweis",
        InputKind::Text,
        0.92,
    ),
    (
        "text-japanese-health-news-bathing-study-kanshu-byline-kenkyu-gaiyo-box-ronbun-doi-sankou-bunken-disclaimer-kanren",
        InputKind::Text,
        0.69,
    ),
    (
        "text-us-health-news-hot-flash-cbt-trial-reviewed-byline-study-box-mid-body-journal-reference-sources-disclaimer",
        InputKind::Text,
        0.92,
    ),
    (
        "html-chinese-portal-county-coffee-shops-yuan-biaoti-jizhe-p-xiangguan-yuedu-ul-tupian-laiyuan-captions-zeren-bianji",
        InputKind::Html,
        0.97,
    ),
    (
        "html-japanese-regional-snow-removal-volunteers-p-caption-shashin-wa-kanren-kiji-aside-kisha-line-sns-comments",
        InputKind::Html,
        0.96,
    ),
    (
        "html-korean-portal-haenyeo-school-br-br-single-div-gija-lead-img-desc-gwanryeon-arrows-mudan-jeonjae-comments",
        InputKind::Html,
        0.92,
    ),
    (
        "html-taiwan-portal-hot-spring-water-cuts-jizhe-bracket-lead-triangle-p-captions-yanshen-yuedu-br-links-app-promo",
        InputKind::Html,
        0.89,
    ),
    (
        "text-english-dev-blog-postgres-upgrade-update-note-top-shell-prompts-config-file-tested-on-line-author-box-comments",
        InputKind::Text,
        0.98,
    ),
    (
        "text-german-tech-news-paketmanager-release-editors-note-changelog-liste-kopieren-update-am-ende-kommentare",
        InputKind::Text,
        0.97,
    ),
    (
        "text-portuguese-tech-news-cli-lancamento-atualizacao-topo-nota-do-editor-copiar-codigo-testado-em-leia-tambem",
        InputKind::Text,
        0.98,
    ),
    (
        "text-spanish-dev-blog-docker-compose-healthcheck-copiar-yaml-salida-terminal-nota-del-editor-probado-en",
        InputKind::Text,
        0.98,
    ),
    (
        "html-french-blog-recette-soupe-oignon-tasty-card-description-heading-pour-la-groups-nutrition-table-avis",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-rezept-blog-zwiebelkuchen-wpzoom-card-detail-items-gruppen-in-liste-naehrwert-tabelle-kopfzeile-bewertungen",
        InputKind::Html,
        0.98,
    ),
    (
        "html-italian-ricetta-blog-pasta-e-ceci-wprm-card-vai-alla-ricetta-valori-nutrizionali-table-voti-commenti",
        InputKind::Html,
        0.91,
    ),
    (
        "html-recipe-blog-black-bean-chili-schema-org-microdata-card-nutrition-table-jump-print-pin-rated-comments",
        InputKind::Html,
        0.96,
    ),
    (
        "html-czech-nextjs-hasici-zbrojnice-css-hash-divs-bold-perex-ctete-take-cards-galerie-counter-video-nejctenejsi",
        InputKind::Html,
        0.98,
    ),
    (
        "html-hungarian-portal-villamos-strong-lead-olvassa-el-ezt-is-h4-cards-galeria-kep-counter-video-blockquote-legfrissebb",
        InputKind::Html,
        0.96,
    ),
    (
        "html-polish-portal-most-zamkniety-bold-lead-czytaj-takze-link-and-card-galeria-counter-wideo-autor-box-najnowsze",
        InputKind::Html,
        0.98,
    ),
    (
        "html-romanian-wp-piata-bold-lead-citeste-si-caps-links-galerie-foto-din-counter-video-durata-ul-kept-ultimele-stiri",
        InputKind::Html,
        0.98,
    ),
    (
        "html-french-canada-tv-pont-de-glace-h2-blockquote-ul-en-cours-de-lecture-sous-titrage-app-promo-coquille-tendances",
        InputKind::Html,
        0.95,
    ),
    (
        "html-spanish-us-tv-consulado-movil-br-br-div-body-reproduciendo-subtitulos-app-mid-body-relacionado-tendencias",
        InputKind::Html,
        0.96,
    ),
    (
        "html-uk-regional-radio-tv-footbridge-text-block-divs-now-playing-subtitles-note-ul-app-banner-report-typo-trending",
        InputKind::Html,
        0.96,
    ),
    (
        "html-us-local-tv-bus-driver-shortage-watch-live-cc-notice-app-banner-mid-body-copyright-report-typo-trending",
        InputKind::Html,
        0.98,
    ),
    (
        "text-english-wsl-preview-done-deal-card-mid-team-news-odds-box-before-predicted-line-ups-standings-widget",
        InputKind::Text,
        0.98,
    ),
    (
        "text-german-transfer-perfekt-done-deal-label-spielerprofil-box-quoten-box-so-koennte-spielen-line-tabelle-widget",
        InputKind::Text,
        0.98,
    ),
    (
        "text-italian-calciomercato-ufficiale-done-deal-scheda-stat-box-quote-box-probabile-formazione-classifica-widget",
        InputKind::Text,
        0.94,
    ),
    (
        "text-spanish-previa-fichaje-cerrado-done-deal-card-cuotas-box-posibles-alineaciones-clasificacion-table-kept",
        InputKind::Text,
        0.95,
    ),
    (
        "html-french-regional-afp-platanes-dateline-span-h2-intertitres-lire-aussi-publicite-sur-le-meme-sujet-afp-copyright-p",
        InputKind::Html,
        0.98,
    ),
    (
        "html-latam-portal-efe-sardina-protest-br-br-text-body-b-subheads-lee-tambien-lines-publicidad-efe-copyright-in-body",
        InputKind::Html,
        0.98,
    ),
    (
        "html-markets-portal-reuters-nordic-grid-paragraph-divs-item-n-of-2-sign-up-here-reporting-editing-div-our-standards",
        InputKind::Html,
        0.98,
    ),
    (
        "html-web-portal-ap-levee-breach-ad-slots-related-coverage-strong-p-subhead-underscore-contributed-line-ap-copyright",
        InputKind::Html,
        0.98,
    ),
    (
        "text-hebrew-cliff-collapse-promenade-kataviot-nosafot-box-tzilum-credits-indented-mayor-quote-app-prompt-talkbacks",
        InputKind::Text,
        0.98,
    ),
    (
        "text-persian-qanat-restoration-irna-dateline-bishtar-bekhanid-box-and-line-aks-credits-slash-ending-app-prompt",
        InputKind::Text,
        0.98,
    ),
    (
        "text-turkish-bedesten-restorasyonu-muhabir-editor-aa-dateline-ilgili-haberler-kutusu-fotograf-kredisi-aa-satiri",
        InputKind::Text,
        0.98,
    ),
    (
        "text-urdu-truck-stand-relocation-reporter-editor-lines-mazeed-parhein-box-body-line-mazeed-bar-aan-tasveer-credits-app",
        InputKind::Text,
        0.98,
    ),
    (
        "html-argentine-club-barrio-pileta-colecta-lee-tambien-boxes-segui-leyendo-button-publicidad-whatsapp-temas-comentarios",
        InputKind::Html,
        0.97,
    ),
    (
        "html-brazilian-globo-like-lei-outdoors-mc-column-leia-tambem-ul-publicidade-google-news-whatsapp-topicos-comentarios",
        InputKind::Html,
        0.98,
    ),
    (
        "html-portuguese-portugal-travessia-fluvial-horarios-table-leia-tambem-aside-publicidade-whatsapp-com-lusa-comentarios",
        InputKind::Html,
        0.98,
    ),
    (
        "html-wordpress-brazilian-festival-jabuticaba-leia-mais-p-mailpoet-newsletter-programacao-list-autor-box-comments",
        InputKind::Html,
        0.96,
    ),
    (
        "text-english-broadcaster-explainer-reservoir-evacuation-key-facts-box-what-we-know-list-read-more-about-lines",
        InputKind::Text,
        0.98,
    ),
    (
        "text-french-news-site-explainer-cyberattaque-hopital-points-cles-box-ce-que-l-on-sait-liste-en-savoir-plus-sur-lines",
        InputKind::Text,
        0.98,
    ),
    (
        "text-german-broadcaster-explainer-talbruecke-vollsperrung-wichtigste-fakten-box-was-wir-wissen-liste-mehr-ueber-lines",
        InputKind::Text,
        0.98,
    ),
    (
        "text-spanish-daily-explainer-incendio-desalojados-datos-clave-box-lo-que-sabemos-lista-mas-informacion-sobre-lines",
        InputKind::Text,
        0.98,
    ),
    (
        "html-dutch-basisschool-typo3-ce-frames-nieuwsbericht-planning-tabel-terug-naar-overzicht-agenda-box",
        InputKind::Html,
        0.96,
    ),
    (
        "html-english-parish-council-drupal-news-decisions-ul-posted-in-back-to-news-attachments-clerk-contact-sidebar",
        InputKind::Html,
        0.98,
    ),
    (
        "html-french-association-jardin-elementor-nested-widgets-post-info-partager-adherer-cta-articles-similaires",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-sportverein-joomla-spielbericht-aufstellung-torfolge-sponsoren-carousel-zurueck-termine-modul",
        InputKind::Html,
        0.98,
    ),
    (
        "text-dutch-sinterklaasintocht-liveblog-tijden-belangrijk-labels-auteur-na-bericht-meer-laden-instagram-post",
        InputKind::Text,
        0.97,
    ),
    (
        "text-english-water-mains-burst-live-blog-bst-times-key-event-badges-author-under-time-load-more-x-post-ads",
        InputKind::Text,
        0.96,
    ),
    (
        "text-french-incendie-entrepot-direct-il-y-a-min-et-10h42-auteur-sous-heure-essentiel-epingle-voir-plus-post-x",
        InputKind::Text,
        0.95,
    ),
    (
        "text-german-bombenentschaerfung-liveticker-punkt-uhr-zeiten-wichtig-badges-weitere-beitraege-laden-x-post",
        InputKind::Text,
        0.97,
    ),
    (
        "html-french-quotidien-ecole-body-split-two-article-body-divs-by-publicite-lire-aussi-plus-lus-reactions",
        InputKind::Html,
        0.98,
    ),
    (
        "html-italian-notizia-ostello-lead-in-div-intro-share-bar-div-text-br-br-pubblicita-leggi-anche-piu-letti",
        InputKind::Html,
        0.98,
    ),
    (
        "html-page-builder-bakery-blog-sections-row-column-text-modules-cta-section-caption-bread-club-related-grid",
        InputKind::Html,
        0.98,
    ),
    (
        "html-typo3-institute-news-lead-in-news-text-wrap-rest-in-sibling-frames-textpic-caption-contact-frame-related",
        InputKind::Html,
        0.51,
    ),
    (
        "text-english-championship-live-commentary-newest-first-ft-ht-minute-markers-goal-caps-refresh-lineups-stats-widget",
        InputKind::Text,
        0.87,
    ),
    (
        "text-english-t20-cricket-over-by-over-newest-first-over-heading-lines-ball-markers-live-score-strip-refresh-scorecard-widget",
        InputKind::Text,
        0.94,
    ),
    (
        "text-german-eishockey-liveticker-oldest-first-drittel-heads-min-dot-markers-tor-caps-aktualisieren-aufstellung-statistik-anzeige",
        InputKind::Text,
        0.95,
    ),
    (
        "text-spanish-segunda-minuto-a-minuto-oldest-first-min-dot-markers-gol-caps-actualizar-alineaciones-estadisticas-cuotas",
        InputKind::Text,
        0.91,
    ),
    (
        "html-dutch-concertrecensie-setlist-kader-kept-toegift-ol-ticketlinks-in-kader-dropped-sterren-beeld-lees-ook",
        InputKind::Html,
        0.95,
    ),
    (
        "html-english-book-review-book-info-plain-p-label-lines-inside-body-div-publisher-pages-price-isbn-buy-links-pull-quote",
        InputKind::Html,
        0.91,
    ),
    (
        "html-french-film-critique-fiche-technique-ul-after-last-paragraph-note-etoiles-bande-annonce-seances-a-lire-aussi",
        InputKind::Html,
        0.96,
    ),
    (
        "html-italian-recensione-teatro-scheda-cast-table-inside-body-div-fino-al-kept-voto-stelle-leggi-anche-biglietti-widget",
        InputKind::Html,
        0.94,
    ),
    (
        "text-danish-regional-lordagsinterview-bagervogn-bare-question-lines-nej-answer-annonce-between-qa-fakta-bio-dropped",
        InputKind::Text,
        0.98,
    ),
    (
        "text-finnish-national-daily-ajokortti-tilaajille-line-above-lead-body-bullet-list-lue-myos-mainos-paattyy-luetuimmat",
        InputKind::Text,
        0.96,
    ),
    (
        "text-norwegian-regional-avis-legevakt-nattstenging-subheadings-les-ogsa-line-and-box-annonse-pluss-nag-mest-lest",
        InputKind::Text,
        0.98,
    ),
    (
        "text-swedish-lokaltidning-lanthandel-forening-fakta-box-kept-las-ocksa-line-and-box-annons-gratisartikel-nag-mest-last",
        InputKind::Text,
        0.91,
    ),
    (
        "text-australian-masthead-analysis-water-buybacks-text-size-switcher-plain-subheads-read-more-box-pull-quote-bio-twice",
        InputKind::Text,
        0.96,
    ),
    (
        "text-indian-daily-lead-op-ed-chennai-drains-premium-label-numbered-steps-pull-quote-also-read-views-personal-comments",
        InputKind::Text,
        0.98,
    ),
    (
        "text-uk-broadsheet-comment-column-bus-franchising-standfirst-read-more-line-pull-quote-no-stop-italic-bio-comment-count",
        InputKind::Text,
        0.94,
    ),
    (
        "text-us-regional-daily-editorial-water-rates-our-view-pull-quote-repeat-read-more-bullets-correction-letters-prompt",
        InputKind::Text,
        0.98,
    ),
    (
        "html-drupal-university-release-peat-drones-dateline-findings-ul-more-information-doi-kept-media-contact-about",
        InputKind::Html,
        0.98,
    ),
    (
        "html-sitecore-medical-institute-release-aspnet-form-rich-text-split-pull-quote-reference-box-media-contacts",
        InputKind::Html,
        0.98,
    ),
    (
        "html-typo3-baltic-institute-release-body-across-frames-textpic-bullets-original-publication-funding-frames",
        InputKind::Html,
        0.93,
    ),
    (
        "html-wordpress-university-newsroom-bees-release-findings-list-quote-block-related-line-hash-end-notes",
        InputKind::Html,
        0.98,
    ),
    (
        "html-docs-site-search-api-tutorial-on-this-page-box-curl-json-copy-buttons-warning-tip-callouts-table-was-this-helpful",
        InputKind::Html,
        0.96,
    ),
    (
        "html-hardware-site-m2-nvme-ssd-install-how-to-affiliate-disclosure-toc-box-caution-kept-speed-table-buy-box-comments",
        InputKind::Html,
        0.96,
    ),
    (
        "html-hugo-papermod-systemd-timer-tutorial-details-toc-chroma-code-copy-buttons-note-notice-kept-author-box-giscus",
        InputKind::Html,
        0.98,
    ),
    (
        "html-medium-like-git-bisect-tutorial-member-only-claps-follow-pre-span-br-code-unsplash-caption-written-by-recommended",
        InputKind::Html,
        0.98,
    ),
    (
        "text-hindi-short-brief-water-shutdown-yah-bhi-padhen-line-and-box-photo-caption-twice-vigyapan-sabse-zyada",
        InputKind::Text,
        0.98,
    ),
    (
        "text-indonesian-angkot-protest-dprd-quote-heavy-baca-juga-line-and-box-foto-caption-twice-penulis-editor-terpopuler",
        InputKind::Text,
        0.98,
    ),
    (
        "text-thai-flood-siren-towers-three-subheads-an-phoem-toem-line-and-box-phap-captions-twice-khosana-yodniyom",
        InputKind::Text,
        0.95,
    ),
    (
        "text-vietnamese-pho-di-bo-hang-rong-rules-numbered-list-in-body-xem-them-line-and-box-anh-caption-twice-sapo-doc-nhieu",
        InputKind::Text,
        0.94,
    ),
    (
        "html-australian-shire-drupal-foreshore-path-works-stages-ol-readspeaker-fire-danger-banner-acknowledgement-of-country",
        InputKind::Html,
        0.98,
    ),
    (
        "html-canadian-bilingual-city-news-release-winter-parking-quick-facts-francais-toggle-dash-30-contact-date-modified",
        InputKind::Html,
        0.98,
    ),
    (
        "html-uk-borough-council-govuk-frontend-christmas-bin-collection-dates-table-inset-text-on-this-page-useful-form-related",
        InputKind::Html,
        0.98,
    ),
    (
        "html-us-civicplus-news-flash-paving-program-street-closures-ul-alert-banner-google-translate-notify-me-other-news",
        InputKind::Html,
        0.96,
    ),
    (
        "text-cooking-technique-temper-chocolate-skill-time-box-temperature-table-shop-the-gear-step-helpful-votes-cooks-tip",
        InputKind::Text,
        0.69,
    ),
    (
        "text-diy-repair-community-washer-door-boot-step-n-title-lines-image-counters-parts-cards-add-to-cart-view-stats",
        InputKind::Text,
        0.76,
    ),
    (
        "text-gardening-magazine-hardwood-cuttings-difficulty-box-step-colon-heads-expert-tip-shop-the-kit-buy-now-bio",
        InputKind::Text,
        0.92,
    ),
    (
        "text-software-help-centre-two-step-verification-ordered-steps-note-tip-important-screenshot-labels-plan-card-helpful",
        InputKind::Text,
        0.98,
    ),
    (
        "html-danish-avis-banegaard-data-block-type-plus-badge-paywall-box-mid-body-laes-ogsaa-annonce-table-fakta-mest-laeste",
        InputKind::Html,
        0.98,
    ),
    (
        "html-finnish-maakuntalehti-alikulku-tilaajille-lue-myos-aside-mainos-paattyy-kuva-credits-ol-reitit-fakta-luetuimmat",
        InputKind::Html,
        0.98,
    ),
    (
        "html-norwegian-regional-avis-bybane-kun-for-abonnenter-data-component-les-ogsa-annonse-faktaboks-author-card-mest-lest",
        InputKind::Html,
        0.95,
    ),
    (
        "html-swedish-regional-nattbuss-plus-label-hidden-paywall-las-ocksa-div-annons-slutar-har-faktaruta-kalla-mest-last",
        InputKind::Html,
        0.98,
    ),
    (
        "text-argentine-provincial-daily-panaderia-cierra-guillemet-quotes-subheads-mira-tambien-foto-twice-whatsapp-mas-leidas",
        InputKind::Text,
        0.98,
    ),
    (
        "text-brazilian-regional-portal-ponte-interditada-desvios-leia-tambem-line-and-box-foto-twice-telegram-mais-lidas",
        InputKind::Text,
        0.97,
    ),
    (
        "text-colombian-departmental-daily-calamidad-publica-lluvias-numbered-medidas-em-dash-quotes-lea-tambien-agency-credit",
        InputKind::Text,
        0.98,
    ),
    (
        "text-mexican-city-daily-nota-policiaca-robo-cableado-lee-tambien-line-te-puede-interesar-box-foto-especial-telegram",
        InputKind::Text,
        0.98,
    ),
    (
        "html-city-magazine-arc-night-bakers-c-paragraph-dropcap-asterisk-text-breaks-pullquote-interstitial-list-issue-bio",
        InputKind::Html,
        0.95,
    ),
    (
        "html-culture-quarterly-wordpress-ferry-pianist-has-drop-cap-asterisk-breaks-pullquote-wp-footnotes-issue-line-bio",
        InputKind::Html,
        0.95,
    ),
    (
        "html-science-magazine-custom-cms-lichen-dating-span-drop-cap-lozenge-breaks-long-figcaptions-meter-nag-table-notes",
        InputKind::Html,
        0.98,
    ),
    (
        "html-squarespace-literary-review-essay-sqs-blocks-lozenge-breaks-quote-block-pullquote-sup-notes-p-italic-bio-issue",
        InputKind::Html,
        0.94,
    ),
    (
        "html-ghost-product-blog-recurring-invoices-kg-image-captions-cta-card-try-free-hidden-signup-card-share-on-author-role",
        InputKind::Html,
        0.98,
    ),
    (
        "html-hubspot-like-corporate-blog-failed-deliveries-toc-module-table-cta-image-try-it-free-banner-share-on-author-title",
        InputKind::Html,
        0.94,
    ),
    (
        "html-jekyll-minima-project-blog-release-markdown-toc-rouge-code-upgrade-ol-figcaption-discuss-line-share-recent-posts",
        InputKind::Html,
        0.98,
    ),
    (
        "html-nextjs-changelog-entry-cli-release-version-h2-new-changed-fixed-lists-code-copy-captions-cta-banner-subscribe",
        InputKind::Html,
        0.97,
    ),
    (
        "text-athletics-magazine-meeting-report-subheads-selected-results-lines-kept-pull-quote-gallery-counter-18-plus-odds",
        InputKind::Text,
        0.96,
    ),
    (
        "text-federation-site-u23-cycling-stage-win-numbered-top-five-kept-gc-widget-live-tracker-gallery-counter-media-contact",
        InputKind::Text,
        0.98,
    ),
    (
        "text-local-paper-basketball-report-dateline-agate-scorers-kept-drawn-quarter-box-dropped-21-plus-odds-metered-paywall",
        InputKind::Text,
        0.92,
    ),
    (
        "text-national-broadcaster-rugby-union-report-live-scores-ticker-scoreboard-tries-lines-gallery-counter-team-lines-kept",
        InputKind::Text,
        0.91,
    ),
    (
        "html-ghanaian-php-portal-cocoa-chits-also-read-two-links-ad-div-price-table-source-line-google-news-comments",
        InputKind::Html,
        0.98,
    ),
    (
        "html-kenyan-arc-daily-milk-price-c-paragraph-read-also-interstitials-ad-slot-caption-credit-whatsapp-card-related",
        InputKind::Html,
        0.98,
    ),
    (
        "html-nigerian-drupal-broadcaster-flood-also-read-p-ad-divs-video-caption-relief-list-source-nan-disqus-related",
        InputKind::Html,
        0.98,
    ),
    (
        "html-south-african-jannah-water-tankers-also-read-strong-p-in-post-ad-whatsapp-p-wp-caption-related-comments",
        InputKind::Html,
        0.98,
    ),
    (
        "text-estonian-vabatahtlik-paastekomando-subheads-artikkel-jatkub-loe-ka-line-and-box-foto-twice-uudiskiri-loetumad",
        InputKind::Text,
        0.98,
    ),
    (
        "text-lithuanian-mokama-stovejimo-zona-street-lists-subheads-taip-pat-skaitykite-reklama-nuotr-twice-skaitomiausi",
        InputKind::Text,
        0.98,
    ),
    (
        "text-russian-brief-pontoon-bridge-telegram-prompt-mid-body-chitaite-takzhe-foto-twice-oshibka-ctrl-enter",
        InputKind::Text,
        0.98,
    ),
    (
        "text-ukrainian-ambulatoriia-quote-heavy-chytaite-takozh-line-and-box-reklama-foto-twice-pomylka-naichytanishe",
        InputKind::Text,
        0.93,
    ),
    (
        "text-consumer-health-magazine-late-dinner-study-key-takeaways-above-lead-medically-reviewed-tips-sources-disclaimer",
        InputKind::Text,
        0.98,
    ),
    (
        "text-medical-news-site-falls-trial-study-box-who-what-key-findings-after-lead-primary-source-disclosures-cme-labels",
        InputKind::Text,
        0.87,
    ),
    (
        "text-national-paper-health-desk-green-space-study-standfirst-caption-twice-read-more-lines-support-appeal-most-viewed",
        InputKind::Text,
        0.98,
    ),
    (
        "text-university-news-office-ward-noise-study-key-findings-subhead-bullets-kept-photo-by-captions-media-contact-events",
        InputKind::Text,
        0.98,
    ),
    (
        "html-city-paper-restaurant-critic-star-rating-gallery-counter-reservation-widget-info-box-kept-critic-bio-more-reviews",
        InputKind::Html,
        0.87,
    ),
    (
        "html-hobby-blog-board-game-review-wordpress-game-details-box-star-rating-pros-cons-h3-lists-kept-buy-buttons-comments",
        InputKind::Html,
        0.93,
    ),
    (
        "html-tech-site-headphones-review-verdict-box-pros-cons-where-to-buy-rows-mid-body-specs-table-kept-related-reviews",
        InputKind::Html,
        0.94,
    ),
    (
        "html-travel-magazine-hotel-review-check-rates-widget-hotel-details-card-we-love-not-so-much-box-more-reviews",
        InputKind::Html,
        0.93,
    ),
    (
        "html-blogger-minima-rooftop-beehive-harvest-br-br-post-body-tr-caption-posted-by-labels-dl-comments-blog-list-archive",
        InputKind::Html,
        0.98,
    ),
    (
        "html-substack-like-two-author-supper-club-post-audio-player-subscribe-box-mid-body-captioned-image-footnote-comments",
        InputKind::Html,
        0.94,
    ),
    (
        "html-tumblr-like-letterpress-studio-text-post-ol-blockquote-figcaption-tags-notes-reblogs-with-comments-ask-sidebar",
        InputKind::Html,
        0.98,
    ),
    (
        "html-wordpress-com-repair-cafe-post-wp-block-table-kept-figcaption-sharedaddy-like-this-related-follow-via-email",
        InputKind::Html,
        0.98,
    ),
    (
        "text-chinese-library-night-study-room-numbered-rules-list-jizhe-she-captions-xiangguan-yuedu-weijing-shouquan-paihang",
        InputKind::Text,
        0.98,
    ),
    (
        "text-japanese-town-bookstore-closing-quote-heavy-kagikakko-paragraphs-kanren-kiji-lines-shashin-twice-app-prompt",
        InputKind::Text,
        0.98,
    ),
    (
        "text-korean-short-brief-holiday-parking-bracket-gija-lead-gwanryeon-gisa-box-mudan-jeonjae-app-prompt-manhi-bon",
        InputKind::Text,
        0.98,
    ),
    (
        "text-taiwan-rice-mill-museum-bare-subheads-jizhe-baodao-byline-yanshen-yuedu-promo-link-caption-twice-banquan",
        InputKind::Text,
        0.93,
    ),
    (
        "html-italian-wordpress-scuolabus-frazioni-leggi-anche-p-pubblicita-wp-caption-foto-tag-commenti-piu-letti-p-iva",
        InputKind::Html,
        0.98,
    ),
    (
        "html-portuguese-drupal-reflorestacao-serra-leia-tambem-p-br-publicidade-legenda-foto-etiquetas-comentarios-nipc-erc",
        InputKind::Html,
        0.98,
    ),
    (
        "html-spanish-arc-like-comedor-residencia-c-paragraph-lee-tambien-p-and-card-publicidad-figcaption-temas-cif",
        InputKind::Html,
        0.98,
    ),
    (
        "html-swiss-romand-php-portal-eclairage-nocturne-br-br-text-lire-aussi-publicite-legende-mots-cles-reactions-ide-tva",
        InputKind::Html,
        0.98,
    ),
    (
        "text-business-weekly-ceo-qa-plain-questions-unprefixed-answers-company-snapshot-box-ticker-strip-subscriber-wall",
        InputKind::Text,
        0.95,
    ),
    (
        "text-local-paper-five-questions-column-numbered-questions-kept-fact-lines-weather-bar-obituaries-rail-suggest-a-name",
        InputKind::Text,
        0.95,
    ),
    (
        "text-music-magazine-interview-name-prefixed-answers-pull-quote-repeat-album-player-listen-on-row-tour-box",
        InputKind::Text,
        0.91,
    ),
    (
        "text-podcast-episode-partial-transcript-initials-timestamp-prefixes-player-listen-on-quote-card-guest-bio-members-cut",
        InputKind::Text,
        0.87,
    ),
    (
        "text-crypto-news-lending-protocol-exploit-ticker-tape-token-price-widget-sponsored-card-timeline-bullets-disclaimer",
        InputKind::Text,
        0.95,
    ),
    (
        "text-dairy-trade-magazine-cheese-plant-expansion-company-profile-box-sponsored-card-expo-promo-price-table-rows-kept",
        InputKind::Text,
        0.93,
    ),
    (
        "text-financial-daily-insurer-results-index-strip-key-points-box-quote-box-figures-bullets-chart-source-paywall-nag",
        InputKind::Text,
        0.95,
    ),
    (
        "text-regional-business-journal-grocery-chain-sale-free-article-meter-numbered-deal-terms-kept-related-line-awards-promo",
        InputKind::Text,
        0.98,
    ),
    (
        "html-austrian-regional-paper-dorfladen-plus-paywall-box-mid-body-lesen-sie-auch-asides-werbung-foto-credit-kommentare",
        InputKind::Html,
        0.98,
    ),
    (
        "html-dutch-national-site-nep-pakketberichten-lees-ook-inline-advertentie-lees-verder-beeld-anp-bijgewerkt-tips-list",
        InputKind::Html,
        0.98,
    ),
    (
        "html-flemish-regional-site-tunnel-files-lees-ook-boxes-live-blog-embed-mid-body-beeld-credit-bijgewerkt-meest-gelezen",
        InputKind::Html,
        0.87,
    ),
    (
        "html-german-public-broadcaster-hallenbad-video-player-bild-credit-artikel-vorlesen-mehr-zum-thema-box-sendung-line",
        InputKind::Html,
        0.94,
    ),
    (
        "html-geographic-magazine-singing-dunes-meter-banner-gallery-captions-aria-hidden-pull-quote-pitch-table-paid-content",
        InputKind::Html,
        0.98,
    ),
    (
        "html-kids-science-news-fireflies-hidden-vocab-popups-did-you-know-kept-quiz-fieldsets-educator-box-kid-comments",
        InputKind::Html,
        0.98,
    ),
    (
        "html-museum-journal-meteorite-id-dfn-aria-hidden-tips-carousel-captions-ol-checks-promo-did-you-know-cite-tabs-teachers",
        InputKind::Html,
        0.94,
    ),
    (
        "html-public-science-magazine-lake-turnover-hidden-glossary-tooltips-key-terms-box-kept-diagram-captions-cite-box",
        InputKind::Html,
        0.98,
    ),
    (
        "text-newspaper-travel-section-mountain-railway-if-you-go-box-hotel-price-widget-guest-of-line-gallery-captions-twice",
        InputKind::Text,
        0.98,
    ),
    (
        "text-tourism-board-story-cider-makers-listing-cards-from-prices-add-to-trip-planner-plan-your-visit-box-gallery-credits",
        InputKind::Text,
        0.98,
    ),
    (
        "text-travel-blog-hut-to-hut-hike-packing-list-kept-faq-kept-check-prices-affiliate-lines-tour-widget-pin-it-comments",
        InputKind::Text,
        0.95,
    ),
    (
        "text-travel-magazine-destination-guide-venue-subheads-kept-booking-widget-per-hotel-jump-to-list-at-a-glance-box-map",
        InputKind::Text,
        0.91,
    ),
    (
        "html-broadcaster-eclipse-live-page-summary-list-key-events-rail-breaking-badge-get-in-touch-video-caption-tweet",
        InputKind::Html,
        0.97,
    ),
    (
        "html-national-paper-budget-live-blog-pinned-glance-post-standfirst-bullets-key-events-rail-tweet-ads-load-more",
        InputKind::Html,
        0.96,
    ),
    (
        "html-regional-ferry-strike-story-third-party-liveblog-widget-mid-body-highlighted-event-tweet-powered-by",
        InputKind::Html,
        0.92,
    ),
    (
        "html-wordpress-liveblog-plugin-half-marathon-intro-kept-time-ago-and-clock-instagram-embed-wordads-comments",
        InputKind::Html,
        0.97,
    ),
    (
        "text-czech-online-reportaz-scitani-hlasu-casy-s-teckou-shrnuti-dulezite-vysledky-tabulka-inicialy-reklama-facebook",
        InputKind::Text,
        0.91,
    ),
    (
        "text-japanese-hanabi-taikai-live-jikan-midashi-pin-tome-juuyou-badge-kisha-mei-kakko-koukoku-motto-miru-x-toukou",
        InputKind::Text,
        0.83,
    ),
    (
        "text-polish-nawalnica-relacja-na-zywo-godziny-przypiety-wpis-najwazniejsze-odznaki-reklama-pokaz-wiecej-wpis-x",
        InputKind::Text,
        0.84,
    ),
    (
        "text-swedish-strejk-kollektivtrafik-direkt-tider-med-punkt-fast-inlagg-viktig-handelse-annons-visa-fler-x-inlagg",
        InputKind::Text,
        0.93,
    ),
    (
        "text-international-ngo-report-water-vendors-bracket-footnotes-recommendations-ol-language-links-report-details-donate",
        InputKind::Text,
        0.86,
    ),
    (
        "text-ministry-written-statement-fisheries-quota-footnote-n-marks-contents-list-attachment-pdf-box-page-useful",
        InputKind::Text,
        0.98,
    ),
    (
        "text-statistics-office-labour-bulletin-toc-numbered-sections-earnings-table-notes-for-section-chart-source-lines",
        InputKind::Text,
        0.88,
    ),
    (
        "text-think-tank-policy-brief-grid-queue-numbered-section-heads-glued-footnote-digits-in-brief-box-notes-list-citation",
        InputKind::Text,
        0.84,
    ),
    (
        "html-local-paper-high-school-football-recap-scoring-summary-kept-gallery-counter-friday-scoreboard-widget-player-poll",
        InputKind::Html,
        0.98,
    ),
    (
        "html-rugby-specialist-site-report-scorers-kept-live-scores-strip-highlights-card-odds-widget-18-plus-gallery-related",
        InputKind::Html,
        0.98,
    ),
    (
        "html-football-club-official-site-match-report-line-ups-paragraphs-kept-match-facts-rail-motm-vote-highlights-tickets",
        InputKind::Html,
        0.93,
    ),
    (
        "html-national-sports-daily-football-report-score-ticker-ratings-box-mid-body-stats-table-bet-widget-18-plus-related",
        InputKind::Html,
        0.91,
    ),
    (
        "text-canadian-city-daily-curbside-collection-vote-article-content-story-continues-below-changes-list-trending",
        InputKind::Text,
        0.96,
    ),
    (
        "text-irish-regional-brief-gardai-appeal-read-more-line-register-prompt-comments-disabled-trending-footer",
        InputKind::Text,
        0.98,
    ),
    (
        "text-nz-regional-court-sentencing-judge-quote-lines-read-more-bullets-caption-twice-premium-prompt-comments-off",
        InputKind::Text,
        0.98,
    ),
    (
        "text-south-african-news-site-reservoir-repairs-subheads-also-read-lines-advertisement-whatsapp-share-row-trending",
        InputKind::Text,
        0.95,
    ),
    (
        "text-kpop-fan-news-comeback-x-post-tiktok-schedule-list-caps-subheads-shop-the-look-reactions-source-line",
        InputKind::Text,
        0.96,
    ),
    (
        "text-music-news-surprise-album-instagram-post-watch-card-vinyl-affiliate-note-tracklist-tour-dates-more-from",
        InputKind::Text,
        0.93,
    ),
    (
        "text-reality-tv-recap-caps-subheads-photo-counters-watch-cards-fan-x-posts-tiktok-where-to-watch-quiz",
        InputKind::Text,
        0.96,
    ),
    (
        "text-uk-tabloid-showbiz-hot-tub-row-tiktok-embed-x-post-caps-subheads-gallery-counters-watch-card-shop-the-look",
        InputKind::Text,
        0.93,
    ),
    (
        "html-us-local-tv-gray-arc-fire-tanker-winter-storm-banner-powa-video-related-p-app-promo-copyright-p-most-read",
        InputKind::Html,
        0.98,
    ),
    (
        "html-us-local-tv-independent-wordpress-warming-centers-ol-wp-quote-alert-banner-closings-ticker-jetpack-related",
        InputKind::Html,
        0.98,
    ),
    (
        "html-us-local-tv-sinclair-four-day-school-week-closings-ticker-video-loading-also-read-p-blockquote-trending",
        InputKind::Html,
        0.98,
    ),
    (
        "html-us-local-tv-tegna-toll-bridge-fare-table-author-published-lines-related-articles-ul-mid-body-video-trending",
        InputKind::Html,
        0.94,
    ),
    (
        "html-arabic-tagdiv-sea-wall-agency-dateline-iqra-aydan-p-and-box-ilan-slots-caption-credit-telegram-reply-form",
        InputKind::Html,
        0.98,
    ),
    (
        "html-hebrew-nextjs-div-span-paragraphs-reservoir-dateline-kiru-gam-cards-pirsomet-tzilum-whatsapp-talkbacks",
        InputKind::Html,
        0.98,
    ),
    (
        "html-persian-agency-rail-line-dateline-lead-bishtar-bekhanid-p-and-box-timetable-reporter-editor-eitaa",
        InputKind::Html,
        0.98,
    ),
    (
        "html-urdu-drupal-bridge-reopening-dateline-mazeed-parhein-p-and-block-ol-blockquote-report-editing-whatsapp",
        InputKind::Html,
        0.98,
    ),
    (
        "html-amp-national-daily-sleeper-trains-consent-banner-figcaption-credit-ad-labels-more-on-story-accordion",
        InputKind::Html,
        0.98,
    ),
    (
        "html-amp-regional-paper-market-hall-vote-body-continues-in-read-more-accordion-amp-iframe-map-ads-amp-list-latest",
        InputKind::Html,
        0.98,
    ),
    (
        "html-amp-sports-site-cup-tie-penalties-score-header-stats-amp-iframe-shootout-table-bet-box-lineups-accordion",
        InputKind::Html,
        0.94,
    ),
    (
        "html-amp-tech-blog-board-review-spec-list-pre-code-amp-iframe-video-newsletter-box-amp-list-related-posts",
        InputKind::Html,
        0.98,
    ),
    (
        "html-chinese-portal-mp-editor-water-pipes-benbaoxun-lead-center-caption-p-xiangguan-yuedu-p-laiyuan-bianji",
        InputKind::Html,
        0.98,
    ),
    (
        "html-japanese-regional-daily-driverless-bus-h2-midashi-kanren-kiji-box-kokoku-satsuei-caption-signature-p-comments",
        InputKind::Html,
        0.97,
    ),
    (
        "html-korean-ndsoft-closed-school-startup-hub-bracket-lead-h3-headline-gwanryeon-box-jegong-caption-reporter-p",
        InputKind::Html,
        0.96,
    ),
    (
        "html-taiwan-jnews-wordpress-suspension-bridge-jizhe-baodao-p-yanshen-yuedu-box-line-prompt-banquan-fb-comments",
        InputKind::Html,
        0.95,
    ),
    (
        "text-belgian-french-plan-mobilite-liste-puces-lire-aussi-line-publicite-photo-belga-twice-erreur-prompt-reagir",
        InputKind::Text,
        0.98,
    ),
    (
        "text-french-regional-tribunal-amiante-guillemets-intertitres-abonnes-paywall-nag-lire-aussi-inline-and-box",
        InputKind::Text,
        0.94,
    ),
    (
        "text-quebec-regional-patinoire-refrigeree-intertitres-a-lire-aussi-box-ijl-credit-infolettre-partager-commentaires",
        InputKind::Text,
        0.97,
    ),
    (
        "text-swiss-romand-breve-eboulement-route-caption-twice-keystone-credit-ats-initials-tail-abonnez-vous-box-plus-lus",
        InputKind::Text,
        0.98,
    ),
    (
        "text-austrian-ots-like-bahn-stundentakt-dateline-dash-list-subhead-rueckfragehinweis-originaltext-pressemappe",
        InputKind::Text,
        0.96,
    ),
    (
        "text-business-wire-like-quarterly-results-dateline-caption-twice-table-subheads-view-source-version-contacts-twice",
        InputKind::Text,
        0.98,
    ),
    (
        "text-globe-newswire-like-ferry-order-dateline-bullets-disclosure-notice-forward-looking-attachments-tags-recent",
        InputKind::Text,
        0.95,
    ),
    (
        "text-us-wire-food-bank-hub-prnewswire-dateline-caption-twice-tweet-this-drawn-ol-about-media-contact-hash-source",
        InputKind::Text,
        0.98,
    ),
    (
        "html-animal-welfare-wordpress-puppy-farm-rescue-donate-group-petition-counter-foster-quote-cite-adopt-cards",
        InputKind::Html,
        0.91,
    ),
    (
        "html-food-bank-squarespace-busiest-month-quote-block-source-button-block-shortage-list-impact-box-newsletter-block",
        InputKind::Html,
        0.92,
    ),
    (
        "html-international-aid-drupal-field-story-cash-grants-inline-donate-box-amounts-impact-stats-beneficiary-quote",
        InputKind::Html,
        0.95,
    ),
    (
        "html-nationbuilder-river-campaign-water-testing-intro-dek-petition-callout-count-ol-asks-chip-in-reactions-imprint",
        InputKind::Html,
        0.93,
    ),
    (
        "html-law-firm-insight-eat-non-compete-key-points-callout-judgment-quote-pdf-button-disclaimer-author-cards-webinar",
        InputKind::Html,
        0.90,
    ),
    (
        "html-legal-trade-gazette-adjudication-appeal-key-points-box-judgment-blockquote-pdf-link-cpd-promo-author-card",
        InputKind::Html,
        0.98,
    ),
    (
        "html-local-paper-magistrates-court-fly-tipping-read-more-strong-p-inline-ad-court-policy-aside-tip-box-comments",
        InputKind::Html,
        0.98,
    ),
    (
        "html-national-paper-law-section-supreme-court-pension-ruling-judgment-blockquote-read-more-strong-p-ad-slots-epic",
        InputKind::Html,
        0.98,
    ),
    (
        "text-academic-department-news-blog-award-brief-photo-courtesy-seminar-events-box-tags-prev-next-footer",
        InputKind::Text,
        0.94,
    ),
    (
        "text-college-athletics-rowing-recap-subheads-lineup-list-photo-by-twice-quick-results-box-next-event-sponsor",
        InputKind::Text,
        0.98,
    ),
    (
        "text-school-district-news-reading-tutors-alert-banner-drawn-numbered-steps-upcoming-events-translate-footer",
        InputKind::Text,
        0.98,
    ),
    (
        "text-student-newspaper-dining-union-contract-class-year-bylines-photo-courtesy-twice-support-box-comments",
        InputKind::Text,
        0.91,
    ),
    (
        "text-civil-protection-agency-snow-warning-levels-list-drawn-ol-advice-emergency-numbers-box",
        InputKind::Text,
        0.98,
    ),
    (
        "text-local-radio-flood-update-river-level-table-data-credit-roads-list-live-travel-link-emergency-box",
        InputKind::Text,
        0.89,
    ),
    (
        "text-national-broadcaster-storm-story-yellow-wind-warning-box-map-widget-day-by-day-lines-live-travel-link",
        InputKind::Text,
        0.94,
    ),
    (
        "text-regional-paper-storm-damage-amber-banner-caption-twice-road-list-advice-bullets-read-more-line",
        InputKind::Text,
        0.98,
    ),
    (
        "text-city-paper-openings-column-three-spots-where-hours-lines-book-a-table-widget-caption-twice-more-openings",
        InputKind::Text,
        0.81,
    ),
    (
        "text-food-trade-magazine-chain-expansion-sponsored-content-card-mid-body-key-figures-list-webinar-promo-footer",
        InputKind::Text,
        0.98,
    ),
    (
        "text-street-food-blog-truck-lot-opening-weekly-schedule-list-instagram-embed-tip-jar-box-comments-footer",
        InputKind::Text,
        0.93,
    ),
    (
        "text-wine-magazine-winery-tasting-room-opening-caption-twice-drink-responsibly-line-shop-the-wines-box-news-rail",
        InputKind::Text,
        0.98,
    ),
    (
        "html-esports-site-patch-notes-h3-agent-names-ul-lists-live-match-ticker-twitch-vod-embed-standings-widget",
        InputKind::Html,
        0.98,
    ),
    (
        "html-gaming-news-site-sequel-reveal-trailer-embed-platforms-infobox-gallery-counter-preorder-affiliate-box",
        InputKind::Html,
        0.96,
    ),
    (
        "html-indie-games-blog-wordpress-demo-impressions-wishlist-on-steam-button-key-disclosure-slider-comments",
        InputKind::Html,
        0.95,
    ),
    (
        "html-platform-store-news-update-post-patch-notes-h3-ul-lists-dash-signature-store-widget-price-add-to-cart",
        InputKind::Html,
        0.98,
    ),
    (
        "text-greek-limani-anaplasi-diavaste-episis-line-and-box-subheads-fotografia-twice-etiketes-dimofili-sxolia",
        InputKind::Text,
        0.92,
    ),
    (
        "text-italian-cronaca-mercato-coperto-leggi-anche-inline-and-box-foto-twice-subheads-tag-piu-letti-commenti",
        InputKind::Text,
        0.98,
    ),
    (
        "text-portuguese-portugal-breve-autocarro-escolar-leia-tambem-line-and-box-foto-twice-partilhar-tags-mais-lidas",
        InputKind::Text,
        0.98,
    ),
    (
        "text-spanish-diario-local-piscina-lee-tambien-line-and-box-requisitos-list-foto-twice-etiquetas-lo-mas-leido",
        InputKind::Text,
        0.96,
    ),
    (
        "html-beehiiv-like-tide-mill-issue-hi-friends-greeting-sponsor-block-mid-body-poll-referral-forward-unsubscribe",
        InputKind::Html,
        0.92,
    ),
    (
        "html-buttondown-like-radio-repair-post-view-in-browser-sponsor-line-ol-steps-sign-off-forward-subscribe-forms",
        InputKind::Html,
        0.94,
    ),
    (
        "html-ghost-newsletter-archive-seed-library-callout-sponsor-signup-card-mid-body-blockquote-footer-cta",
        InputKind::Html,
        0.97,
    ),
    (
        "html-mailchimp-campaign-archive-allotment-society-awesomebar-mcn-tables-rota-table-sponsor-forward-footer",
        InputKind::Html,
        0.97,
    ),
    (
        "html-university-research-news-bat-echolocation-figcaption-credit-contact-block-story-source-footer-related-news",
        InputKind::Html,
        0.98,
    ),
    (
        "html-wordpress-science-blog-moon-dust-sup-footnote-marks-notes-list-share-comments-reply-form-sidebar",
        InputKind::Html,
        0.97,
    ),
    (
        "text-german-raumfahrtagentur-kometensonde-bildnachweis-missionsdaten-box-verwandte-missionen",
        InputKind::Text,
        0.90,
    ),
    (
        "text-science-magazine-deep-sea-sponge-figure-captions-twice-read-the-study-box-glossary-sidebar-newsletter-box",
        InputKind::Text,
        0.90,
    ),
    (
        "html-car-review-hybrid-estate-spec-table-in-body-price-verdict-box-rivals-carousel-dealer-finder-widget",
        InputKind::Html,
        0.98,
    ),
    (
        "html-dutch-ev-laadpalen-nieuws-embedded-tweet-kept-lees-ook-aside-advertentie-auteur-bio-meest-gelezen",
        InputKind::Html,
        0.98,
    ),
    (
        "text-gt-endurance-race-report-results-table-kept-live-timing-ad-lines-standings-sidebar-caption-twice-more-racing",
        InputKind::Text,
        0.96,
    ),
    (
        "text-used-city-car-buying-guide-drawn-numbered-checklist-affiliate-finance-offers-apr-table-comments",
        InputKind::Text,
        0.90,
    ),
    (
        "html-australian-uniting-parish-newsletter-post-events-sidebar-sign-off-roster-table-ul-acknowledgement-banner",
        InputKind::Html,
        0.95,
    ),
    (
        "html-uk-local-arts-theatre-review-star-rating-ticket-box-cast-list-sidebar-pull-quote-photo-credit-more-reviews",
        InputKind::Html,
        0.98,
    ),
    (
        "text-uk-town-council-meeting-recap-numbered-agenda-items-kept-ldrs-credit-caption-twice-read-more-line-most-read",
        InputKind::Text,
        0.98,
    ),
    (
        "text-us-local-news-obituary-funeral-home-ad-send-flowers-buttons-guestbook-entries-service-details-kept",
        InputKind::Text,
        0.96,
    ),
    (
        "html-austrian-daily-kolumne-wirtshaus-author-mini-and-box-forum-postings-count-pull-quote-blockquote-disclaimer",
        InputKind::Html,
        0.98,
    ),
    (
        "html-flemish-broadcaster-spoorstaking-live-update-time-h3-heads-meer-nieuws-aside-and-list-video-caption",
        InputKind::Html,
        0.97,
    ),
    (
        "text-dutch-regional-news-fietsbrug-lees-ook-inline-lines-cookie-wall-video-player-labels-foto-twice-meest-gelezen",
        InputKind::Text,
        0.98,
    ),
    (
        "text-swiss-german-business-stellenabbau-das-wichtigste-in-kuerze-box-abo-paywall-teaser-cut-bild-caption-twice",
        InputKind::Text,
        0.98,
    ),
    (
        "html-fashion-trend-burgundy-runway-street-galleries-h4-counters-newsletter-module-shoot-credits-more-from-fashion",
        InputKind::Html,
        0.95,
    ),
    (
        "html-wellness-magnesium-sleep-medically-reviewed-byline-box-key-takeaways-toc-form-table-sources-list-read-next",
        InputKind::Html,
        0.98,
    ),
    (
        "text-beauty-lip-balm-roundup-best-for-product-subheads-price-at-retailer-shop-now-lines-affiliate-note",
        InputKind::Text,
        0.90,
    ),
    (
        "text-spanish-decoracion-dormitorio-pequeno-compra-el-look-cards-euro-prices-pinterest-prompts-lo-mas-leido",
        InputKind::Text,
        0.91,
    ),
    (
        "html-dairy-grain-trade-site-whey-powder-exports-data-table-sponsor-banner-events-calendar-box-pull-quote-related",
        InputKind::Html,
        0.98,
    ),
    (
        "html-nz-rural-news-wool-scour-closure-video-embed-figcaption-photo-credit-most-read-ol-newsletter-box-tags",
        InputKind::Html,
        0.98,
    ),
    (
        "text-rural-news-dairy-co-op-merger-vote-related-lines-mid-body-caption-twice-machinery-classifieds-most-read",
        InputKind::Text,
        0.98,
    ),
    (
        "text-uk-farming-weekly-store-cattle-mart-report-price-table-weather-widget-prices-ticker-subscribe-prompt",
        InputKind::Text,
        0.94,
    ),
    (
        "html-album-review-score-badge-tracklist-aside-dropped-track-list-in-body-kept-stream-embed-listen-on-buttons",
        InputKind::Html,
        0.96,
    ),
    (
        "html-portuguese-festival-news-cartaz-line-up-ul-kept-bilhetes-widget-leia-tambem-publicidade-figcaption-credit",
        InputKind::Html,
        0.98,
    ),
    (
        "text-concert-review-numbered-setlist-encore-kept-gallery-captions-twice-upcoming-shows-widget-comments",
        InputKind::Text,
        0.95,
    ),
    (
        "text-music-industry-label-boss-q-a-plain-questions-label-file-boxes-newsletter-prompt-mid-article-edit-note-kept",
        InputKind::Text,
        0.93,
    ),
    (
        "html-hungarian-vasutallomas-kapcsolodo-p-and-aside-elofizetoi-paywall-note-cimkek-hirdetes-foto-mti-legolvasottabb",
        InputKind::Html,
        0.92,
    ),
    (
        "html-polish-regional-basen-czytaj-takze-inline-sonda-poll-mid-body-reklama-fot-captions-komentarze-najnowsze",
        InputKind::Html,
        0.95,
    ),
    (
        "text-romanian-judetean-pod-de-fier-citeste-si-lines-reclama-facebook-follow-prompt-foto-twice-cele-mai-citite",
        InputKind::Text,
        0.98,
    ),
    (
        "text-turkish-ulusal-kutuphane-ilgili-haberler-box-foto-galeri-counter-yorum-sayisi-reklam-aa-cok-okunanlar",
        InputKind::Text,
        0.96,
    ),
    (
        "html-ministry-press-release-island-ferries-breadcrumb-notes-to-editors-kept-media-contact-related-page-useful",
        InputKind::Html,
        0.94,
    ),
    (
        "html-parliament-news-committee-report-rural-bus-services-inline-find-out-more-list-topics-tags-chair-quote-share",
        InputKind::Html,
        0.96,
    ),
    (
        "text-city-government-news-tenant-office-service-alert-banner-translate-selector-share-this-page-bullets",
        InputKind::Text,
        0.98,
    ),
    (
        "text-french-eu-agency-annonce-rapport-qualite-eaux-baignade-document-download-boxes-pdf-size-language-picker",
        InputKind::Text,
        0.98,
    ),
    (
        "html-money-qa-column-reader-question-editors-answer-have-a-question-box-not-advice-disclaimer-related-advice",
        InputKind::Html,
        0.95,
    ),
    (
        "html-stock-market-wrap-inline-ticker-links-market-movers-widget-video-embed-caption-newsletter-most-read",
        InputKind::Html,
        0.98,
    ),
    (
        "text-german-krypto-bitcoin-kurs-ticker-leiste-chart-achsen-labels-risikohinweis-anzeige-mehr-zum-thema",
        InputKind::Text,
        0.98,
    ),
    (
        "text-mortgage-rates-weekly-table-kept-advertiser-disclosure-lender-ad-cards-calculator-widget-related-guides",
        InputKind::Text,
        0.98,
    ),
    (
        "html-gardening-how-to-sweet-peas-month-by-month-list-kept-seed-shop-ad-boxes-comments-section-reply-form",
        InputKind::Html,
        0.96,
    ),
    (
        "html-pet-care-cat-hydration-vet-reviewed-badge-faq-accordion-kept-sources-list-product-ad-related-cards",
        InputKind::Html,
        0.96,
    ),
    (
        "text-dear-advice-column-reader-letter-sign-off-answer-submit-question-prompt-more-advice-list-ad-labels",
        InputKind::Text,
        0.98,
    ),
    (
        "text-parenting-site-screen-time-expert-quote-box-product-carousel-poll-mid-article-newsletter-related",
        InputKind::Text,
        0.96,
    ),
    (
        "html-pakistani-daily-tram-depot-published-in-print-note-recommended-aside-mid-body-h2-list-comments",
        InputKind::Html,
        0.95,
    ),
    (
        "html-singapore-news-site-e-bike-trial-key-points-box-above-lead-inline-read-links-telegram-prompt-figcaption",
        InputKind::Html,
        0.98,
    ),
    (
        "text-indian-national-daily-water-taxi-pti-dateline-also-read-lines-follow-us-on-prompts-cricket-score-widget",
        InputKind::Text,
        0.98,
    ),
    (
        "text-philippine-news-site-coastal-road-reclamation-read-lines-related-story-box-ads-caption-twice-most-read",
        InputKind::Text,
        0.98,
    ),
    (
        "html-cycling-news-site-stage-race-report-top-ten-ol-kept-stage-profile-figure-gallery-carousel-gc-widget-related",
        InputKind::Html,
        0.98,
    ),
    (
        "html-tennis-news-site-withdrawal-story-draw-widget-mid-body-video-embed-caption-related-cards-odds-promo",
        InputKind::Html,
        0.98,
    ),
    (
        "text-french-basketball-site-nba-feature-stats-table-kept-plus-de-nba-lists-publicite-caption-twice-newsletter",
        InputKind::Text,
        0.98,
    ),
    (
        "text-regional-paper-rugby-report-tries-cons-pens-summary-kept-team-line-ups-box-dropped-live-scores-bet-promo",
        InputKind::Text,
        0.94,
    ),
    (
        "html-spanish-scholarly-society-news-prize-winners-ordered-list-jury-quote-figcaption-sidebar-agenda-members-box",
        InputKind::Html,
        0.98,
    ),
    (
        "html-university-library-blog-digitised-ferry-logbooks-figcaptions-cite-this-box-tag-cloud-ask-a-librarian-chat",
        InputKind::Html,
        0.98,
    ),
    (
        "text-department-conference-announcement-important-dates-list-kept-register-buttons-sponsor-logos-twice-venue-box",
        InputKind::Text,
        0.98,
    ),
    (
        "text-research-group-blog-dataset-release-bibtex-block-in-body-kept-figure-caption-twice-previous-next-post-links",
        InputKind::Text,
        0.97,
    ),
    (
        "html-open-source-release-blog-changelog-lists-code-block-sponsor-banner-edit-this-page-on-github",
        InputKind::Html,
        0.98,
    ),
    (
        "html-tech-podcast-episode-show-notes-links-list-chapters-timestamps-subscribe-on-row-player",
        InputKind::Html,
        0.98,
    ),
    (
        "text-security-news-advisory-cve-ids-cli-snippets-vendor-ad-newsletter-box-related-advisories",
        InputKind::Text,
        0.96,
    ),
    (
        "text-tech-site-smartphone-launch-spec-list-pre-order-affiliate-buttons-deals-widget-comment-count",
        InputKind::Text,
        0.97,
    ),
    (
        "html-arabic-economic-daily-port-fees-currency-ticker-bar-fee-table-related-box-mid-body-ilan-slots-market-sidebar",
        InputKind::Html,
        0.93,
    ),
    (
        "html-arabic-regional-portal-olive-press-iqra-aydan-inline-links-figcaption-credit-h2-blockquote-tags-most-read",
        InputKind::Html,
        0.98,
    ),
    (
        "html-turkish-haber-kent-bostani-ilgili-haber-inline-reklam-figcaption-aa-ul-list-etiketler-yorumlar-cok-okunanlar",
        InputKind::Html,
        0.96,
    ),
    (
        "text-egyptian-english-daily-alexandria-tram-restoration-read-also-lines-follow-prompts-ads-caption-twice-most-read",
        InputKind::Text,
        0.98,
    ),
    (
        "html-celebrity-interview-qa-strong-questions-kept-photo-gallery-counter-newsletter-box-mid-body-more-interviews",
        InputKind::Html,
        0.98,
    ),
    (
        "html-tv-series-review-star-rating-box-verdict-trailer-iframe-embed-figcaption-author-bio-more-tv-reviews",
        InputKind::Html,
        0.98,
    ),
    (
        "text-spanish-streaming-estrenos-semana-numbered-title-subheads-estreno-lines-kept-miralo-en-buttons-mas-leidas",
        InputKind::Text,
        0.86,
    ),
    (
        "text-tv-drama-episode-recap-spoiler-warning-where-to-watch-box-episode-info-box-cast-quote-lines-more-recaps-list",
        InputKind::Text,
        0.98,
    ),
    (
        "html-architecture-magazine-library-rope-walk-photo-credit-per-figcaption-project-facts-list-kept-more-projects-grid",
        InputKind::Html,
        0.98,
    ),
    (
        "html-property-news-bungalow-shortage-listing-card-mid-body-mortgage-calculator-agent-valuation-box-similar-homes",
        InputKind::Html,
        0.92,
    ),
    (
        "text-french-blog-renovation-salle-de-bain-avant-apres-legendes-doublees-liens-affilies-depenses-liste-commentaires",
        InputKind::Text,
        0.92,
    ),
    (
        "text-local-news-council-rent-cap-rent-table-kept-quotes-leading-space-read-more-line-have-your-say-box-ldrs-credit",
        InputKind::Text,
        0.98,
    ),
    (
        "html-newspaper-environment-desk-saltmarsh-realignment-map-embed-caption-key-facts-aside-climate-crisis-series-nav",
        InputKind::Html,
        0.93,
    ),
    (
        "html-wildlife-trust-blog-water-voles-return-species-fact-box-dropped-gallery-credits-events-sidebar-comments",
        InputKind::Html,
        0.92,
    ),
    (
        "text-climate-science-news-glacier-melt-chart-axis-labels-data-source-line-explainer-sidebar-caption-twice",
        InputKind::Text,
        0.89,
    ),
    (
        "text-dutch-ngo-campaign-update-peat-meadows-petition-counter-donate-box-numbered-steps-kept-partner-logos",
        InputKind::Text,
        0.95,
    ),
    (
        "html-chinese-portal-stone-bridge-repair-pic-desc-xiangguan-yuedu-box-laiyuan-zeren-bianji-share-remen-tuijian",
        InputKind::Html,
        0.98,
    ),
    (
        "html-korean-daily-public-bike-night-rental-gwanryeon-gisa-box-gija-email-tail-mudan-jeonjae-manhi-bon-nyuseu",
        InputKind::Html,
        0.96,
    ),
    (
        "text-japanese-regional-daily-terraced-rice-owner-system-kanren-kiji-list-shashin-twice-kokoku-ranking-widget",
        InputKind::Text,
        0.98,
    ),
    (
        "text-taiwan-news-fishing-port-market-rebuild-jizhe-bracket-lead-yanshen-yuedu-lines-app-download-prompt-paihang",
        InputKind::Text,
        0.98,
    ),
    (
        "html-german-modellbahn-magazin-bahnhofsvorfeld-h0-stueckliste-table-kept-forum-thread-links-anzeige-slots-shop-box",
        InputKind::Html,
        0.98,
    ),
    (
        "html-photography-blog-blue-hour-tutorial-settings-table-kept-affiliate-gear-box-newsletter-popup-related-posts",
        InputKind::Html,
        0.95,
    ),
    (
        "text-birding-club-reservoir-trip-report-species-list-kept-photo-credits-twice-next-outing-box-comments",
        InputKind::Text,
        0.98,
    ),
    (
        "text-knitting-blog-ribbed-sock-pattern-materials-abbreviations-kept-pdf-shop-buttons-pin-prompts-comments",
        InputKind::Text,
        0.98,
    ),
    (
        "html-rail-industry-news-december-timetable-change-list-kept-related-content-cards-event-promo-mid-body",
        InputKind::Html,
        0.98,
    ),
    (
        "html-shipping-news-lng-dual-fuel-boxship-delivery-vessel-particulars-table-kept-port-call-widget-newsletter-band",
        InputKind::Html,
        0.95,
    ),
    (
        "text-aviation-blog-new-route-launch-schedule-table-kept-booking-widget-trip-reports-list-caption-twice",
        InputKind::Text,
        0.98,
    ),
    (
        "text-spanish-transit-agency-service-change-notice-bullet-lists-kept-alert-banner-translated-links-fare-widget",
        InputKind::Text,
        0.98,
    ),
    (
        "html-catholic-diocese-news-bishops-letter-full-text-kept-signoff-br-lines-mass-times-sidebar-newsletter-box",
        InputKind::Html,
        0.98,
    ),
    (
        "html-muslim-community-magazine-feature-iftar-tent-quran-verse-blockquote-kept-ramadan-timetable-widget-share-row",
        InputKind::Html,
        0.98,
    ),
    (
        "text-denominational-news-service-flood-relief-church-kitchen-scripture-quote-pray-for-box-donate-prompt-related",
        InputKind::Text,
        0.93,
    ),
    (
        "text-jewish-weekly-eruv-expansion-council-vote-candle-lighting-widget-events-sidebar-caption-twice-ad-label",
        InputKind::Text,
        0.98,
    ),
    (
        "html-french-education-ministry-communique-cantines-a-retenir-box-dropped-documents-a-telecharger-ol-timeline",
        InputKind::Html,
        0.98,
    ),
    (
        "html-school-district-news-kindergarten-registration-what-parents-need-to-know-list-translate-widget-calendar",
        InputKind::Html,
        0.98,
    ),
    (
        "text-higher-ed-trade-news-adjunct-pay-paywall-teaser-subscriber-box-job-board-widget-most-read-caption-twice",
        InputKind::Text,
        0.98,
    ),
    (
        "text-primary-school-newsletter-principal-letter-signoff-term-dates-list-kept-notices-pta-sponsor-logos",
        InputKind::Text,
        0.95,
    ),
    (
        "text-australian-regional-bakery-opening-caption-twice-read-more-line-newsletter-box-mid-body-hours-list-kept",
        InputKind::Text,
        0.94,
    ),
    (
        "text-canadian-daily-school-board-closure-vote-ad-story-continues-below-vote-tally-bullets-read-more-signup-box",
        InputKind::Text,
        0.98,
    ),
    (
        "text-uk-regional-bridge-closure-diversion-bullets-kept-caption-three-times-read-more-line-ad-labels-newsletter",
        InputKind::Text,
        0.98,
    ),
    (
        "text-us-local-daily-house-fire-subheads-read-more-and-related-lines-signup-box-mid-body-comments-most-popular",
        InputKind::Text,
        0.98,
    ),
    (
        "html-arc-xp-like-hospital-waiting-list-report-c-paragraph-lead-art-credit-interstitial-link-arcad-related-grid",
        InputKind::Html,
        0.98,
    ),
    (
        "html-drupal-cycling-lane-dispute-field-body-figcaption-credit-read-more-p-ad-block-quote-tags-author-bio-related",
        InputKind::Html,
        0.98,
    ),
    (
        "html-static-site-local-election-result-results-table-kept-figcaption-credit-see-also-p-ad-slot-tags-share-footer",
        InputKind::Html,
        0.98,
    ),
    (
        "html-wordpress-yoast-library-reopening-figcaption-credit-inline-related-p-ad-slot-author-bio-related-grid",
        InputKind::Html,
        0.98,
    ),
    (
        "html-portuguese-portugal-news-site-centro-saude-leia-tambem-inline-link-paywall-note-mais-lidas",
        InputKind::Html,
        0.98,
    ),
    (
        "html-spanish-regional-daily-depuradora-noticias-relacionadas-box-mid-body-taboola-sponsored-block-comments",
        InputKind::Html,
        0.98,
    ),
    (
        "text-catalan-news-site-mercat-municipal-obres-et-pot-interessar-box-subscription-prompt-caption-twice-mes-llegit",
        InputKind::Text,
        0.98,
    ),
    (
        "text-italian-local-news-scuolabus-elettrici-leggi-anche-lines-pubblicita-labels-caption-twice-i-piu-letti",
        InputKind::Text,
        0.98,
    ),
    (
        "html-investigative-newsroom-housing-inspections-methodology-aside-kept-document-embed-figcaptions-correction-kept",
        InputKind::Html,
        0.98,
    ),
    (
        "html-magazine-long-read-canal-basin-drop-cap-span-section-breaks-pull-quotes-authors-note-more-long-reads",
        InputKind::Html,
        0.95,
    ),
    (
        "text-newspaper-weekend-feature-fruit-pickers-numbered-section-heads-photo-captions-twice-read-next",
        InputKind::Text,
        0.98,
    ),
    (
        "text-personal-essay-blog-drawer-of-keys-glued-footnote-marks-notes-dropped-newsletter-box-mid-body-comments",
        InputKind::Text,
        0.92,
    ),
    (
        "html-serbian-cyrillic-daily-digitalizacija-arhiva-novina-povezane-vesti-aside-h2-ul-tagovi-komentari-najcitanije",
        InputKind::Html,
        0.98,
    ),
    (
        "html-slovenian-portal-toplotne-crpalke-subvencije-preberite-tudi-inline-link-paywall-note-narocniki-najbolj-brano",
        InputKind::Html,
        0.98,
    ),
    (
        "text-bulgarian-news-site-selsko-uchilishte-otvarya-oshte-po-temata-box-komentari-count-snimka-twice-nai-cheteni",
        InputKind::Text,
        0.98,
    ),
    (
        "text-croatian-portal-javni-bicikli-procitajte-jos-lines-foto-twice-oglas-labels-komentari-najcitanije",
        InputKind::Text,
        0.98,
    ),
    (
        "html-german-pharmacy-chain-ratgeber-heuschnupfen-product-ad-cards-mid-body-symptom-checker-widget",
        InputKind::Html,
        0.94,
    ),
    (
        "html-medical-journal-news-summary-kidney-stones-trial-reference-citation-box-related-articles",
        InputKind::Html,
        0.98,
    ),
    (
        "text-health-news-fermented-vegetables-study-what-the-study-found-list-medically-reviewed-by-sources",
        InputKind::Text,
        0.98,
    ),
    (
        "text-hospital-trust-press-release-rapid-diagnosis-centre-notes-to-editors-kept-media-contacts-share-this-page",
        InputKind::Text,
        0.96,
    ),
    (
        "html-cricket-fan-blog-club-t20-win-scorecard-table-kept-upcoming-fixtures-sidebar-wp-caption-share-comments",
        InputKind::Html,
        0.95,
    ),
    (
        "html-team-fan-blog-network-post-embedded-tweet-kept-filed-under-line-fan-poll-widget-comments-usernames-recs",
        InputKind::Html,
        0.98,
    ),
    (
        "text-motorsport-forum-news-post-team-press-statement-quoted-kept-quote-reply-buttons-member-ranks-signatures",
        InputKind::Text,
        0.98,
    ),
    (
        "text-supporters-club-news-post-away-coach-travel-bullets-match-programme-ad-join-the-club-box-member-comments",
        InputKind::Text,
        0.92,
    ),
    (
        "html-corporate-newsroom-press-release-ferry-retrofit-dateline-about-company-forward-looking-media-contacts",
        InputKind::Html,
        0.98,
    ),
    (
        "html-saas-engineering-blog-queue-backpressure-pre-code-try-it-free-cta-author-card-related-posts",
        InputKind::Html,
        0.98,
    ),
    (
        "text-french-bank-insights-epargne-chiffres-cles-list-avertissement-risques-parler-a-un-conseiller-box",
        InputKind::Text,
        0.88,
    ),
    (
        "text-retailer-blog-store-openings-store-list-kept-shop-now-buttons-caption-twice-more-from-journal",
        InputKind::Text,
        0.95,
    ),
    (
        "text-french-national-daily-greve-ter-regionale-lire-aussi-lines-publicite-newsletter-prompt-caption-twice-plus-lus",
        InputKind::Text,
        0.98,
    ),
    (
        "text-german-national-daily-museum-wiedereroeffnung-auch-interessant-anzeige-newsletter-caption-twice-meistgelesen",
        InputKind::Text,
        0.98,
    ),
    (
        "text-italian-national-daily-sentenza-affitti-leggi-anche-lines-pubblicita-newsletter-didascalia-twice-i-piu-letti",
        InputKind::Text,
        0.98,
    ),
    (
        "text-spanish-national-daily-sequia-campo-te-puede-interesar-lines-publicidad-newsletter-caption-twice-lo-mas-visto",
        InputKind::Text,
        0.98,
    ),
    (
        "html-amp-coastal-news-harbour-dredging-amp-img-captions-amp-ad-slots-amp-social-share-row-sidebar-more-stories",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-kreiszeitung-freibad-sanierung-no-article-element-inhalt-absatz-classes-werbung-kasten-mehr-zum-thema",
        InputKind::Html,
        0.98,
    ),
    (
        "html-regional-daily-bridge-repairs-body-in-sibling-text-blocks-ad-slots-related-box-between-newsletter-most-read",
        InputKind::Html,
        0.98,
    ),
    (
        "html-small-town-weekly-library-flood-body-in-div-br-br-lines-bold-subheads-read-more-link-in-flow-related-footer",
        InputKind::Html,
        0.98,
    ),
    (
        "html-baking-blog-cardamom-buns-jump-to-recipe-long-preamble-kept-wprm-card-ads-between-paragraphs-comments",
        InputKind::Html,
        0.94,
    ),
    (
        "html-food-news-restaurant-closure-instagram-embed-text-kept-newsletter-box-mid-body-more-closings",
        InputKind::Html,
        0.96,
    ),
    (
        "text-french-critique-restaurant-note-etoiles-dropped-fiche-horaires-kept-caption-twice-lire-aussi",
        InputKind::Text,
        0.95,
    ),
    (
        "text-wine-column-autumn-reds-tasting-notes-list-kept-buy-now-price-box-caption-twice-more-from-wine-most-read",
        InputKind::Text,
        0.98,
    ),
    (
        "html-hiking-trail-guide-ridge-loop-trail-facts-list-kept-map-embed-caption-gear-affiliate-box-comments",
        InputKind::Html,
        0.98,
    ),
    (
        "html-national-park-news-update-alerts-banner-dropped-closures-list-kept-plan-your-visit-box-related-news",
        InputKind::Html,
        0.98,
    ),
    (
        "text-norwegian-ski-resort-news-post-lift-status-widget-season-pass-ad-caption-twice-siste-nytt",
        InputKind::Text,
        0.95,
    ),
    (
        "text-travel-blog-city-guide-numbered-where-to-eat-subheads-kept-booking-widgets-pin-caption-twice-comments",
        InputKind::Text,
        0.90,
    ),
    (
        "text-us-city-magazine-best-pizza-listicle-numbered-venue-subheads-address-lines-kept-sponsored-cards-between-items",
        InputKind::Text,
        0.96,
    ),
    (
        "text-us-college-sports-site-baseball-recap-box-score-table-kept-buy-tickets-buttons-caption-twice-scoreboard-strip",
        InputKind::Text,
        0.96,
    ),
    (
        "text-us-local-tv-station-weather-story-seven-day-forecast-list-kept-radar-caption-twice-download-our-app-prompts",
        InputKind::Text,
        0.98,
    ),
    (
        "text-us-public-radio-story-audio-player-label-listen-lines-support-public-radio-appeal-caption-twice-more-stories",
        InputKind::Text,
        0.95,
    ),
    (
        "html-dutch-daily-grofvuil-lees-ook-aside-mid-body-single-quote-paras-h3-subheads-meer-over-tag-chips",
        InputKind::Html,
        0.98,
    ),
    (
        "html-french-regional-daily-passerelle-a-lire-aussi-div-and-p-h2-subheads-list-abonnez-vous-box-plus-lus",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-public-broadcaster-hallenbad-topline-bold-teaser-blockquote-video-teaser-mehr-zum-thema",
        InputKind::Html,
        0.98,
    ),
    (
        "html-italian-daily-teatro-riapre-sommario-leggi-anche-box-mid-body-guillemet-quotes-list-ultime-notizie",
        InputKind::Html,
        0.98,
    ),
    (
        "text-chinese-wetland-park-yuan-biaoti-laiyuan-lines-caption-twice-xiangguan-yuedu-xiangguan-xinwen-paihang",
        InputKind::Text,
        0.98,
    ),
    (
        "text-japanese-portal-sake-brewery-kono-kiji-no-gazou-counter-shashin-twice-kanren-kiji-lines-and-box-ranking",
        InputKind::Text,
        0.98,
    ),
    (
        "text-korean-portal-market-roof-gudok-prompts-sajin-caption-twice-gwanryeon-gisa-arrows-gija-at-end-manhi-bon",
        InputKind::Text,
        0.98,
    ),
    (
        "text-vietnamese-bridge-closure-slo-lead-xem-them-lines-detour-list-anh-caption-twice-tin-lien-quan-doc-nhieu",
        InputKind::Text,
        0.98,
    ),
    (
        "html-phpbb-forum-thread-cast-iron-restoration-first-post-kept-list-inside-replies-with-quotes-signatures-dropped",
        InputKind::Html,
        0.96,
    ),
    (
        "html-wiki-article-covered-bridge-infobox-toc-edit-links-cite-sups-dimensions-table-references-navbox-categories",
        InputKind::Html,
        0.98,
    ),
    (
        "text-careers-job-posting-field-technician-responsibilities-requirements-lists-kept-apply-now-similar-jobs",
        InputKind::Text,
        0.96,
    ),
    (
        "text-concert-event-listing-description-kept-ticket-tiers-table-dropped-lineup-times-venue-more-events",
        InputKind::Text,
        0.98,
    ),
    (
        "html-danish-regional-daily-faergeleje-plus-log-ind-wall-mid-body-laes-ogsaa-aside-annonce-figcaptions-mest-laeste",
        InputKind::Html,
        0.98,
    ),
    (
        "html-norwegian-broadcaster-hjortepakjorsler-fakta-om-box-kept-kilde-dropped-figcaptions-siste-nytt-list",
        InputKind::Html,
        0.98,
    ),
    (
        "text-finnish-uutissivusto-kirjasto-sahkopyorat-lue-myos-lines-mainos-paattyy-kuva-twice-kommentit-27-luetuimmat",
        InputKind::Text,
        0.98,
    ),
    (
        "text-swedish-lokaltidning-vattenverk-premium-paywall-teaser-las-ocksa-foto-caption-twice-annons-mest-last",
        InputKind::Text,
        0.98,
    ),
    (
        "html-uk-tabloid-gran-big-wheel-one-sentence-paras-read-more-aside-jw-video-player-more-on-list-comments-count",
        InputKind::Html,
        0.95,
    ),
    (
        "html-us-entertainment-tiktok-embed-kept-inline-related-cards-wp-quote-h2-subhead-author-box-related-grid",
        InputKind::Html,
        0.98,
    ),
    (
        "text-uk-tabloid-dancer-split-caps-captions-caps-subheads-read-more-instagram-post-got-a-story-most-read-in-tv",
        InputKind::Text,
        0.93,
    ),
    (
        "text-us-celebrity-copper-bob-caption-twice-photo-n-of-12-slideshow-need-to-know-shop-the-look-trending",
        InputKind::Text,
        0.86,
    ),
    (
        "html-malay-portal-jeti-nelayan-baca-juga-inline-links-telegram-prompt-figcaption-iklan-slots-artikel-berkaitan",
        InputKind::Html,
        0.98,
    ),
    (
        "html-vietnamese-news-site-cho-dem-di-doi-sapo-xem-them-box-tin-lien-quan-figcaption-anh-credit-author-bottom",
        InputKind::Html,
        0.97,
    ),
    (
        "text-indonesian-portal-sumur-bor-kemarau-baca-juga-lines-advertisement-labels-caption-twice-editor-berita-terkait",
        InputKind::Text,
        0.98,
    ),
    (
        "text-thai-news-site-canal-water-hyacinth-boats-an-khao-thi-kiaokhong-lines-share-prompts-caption-twice-khao-lasut",
        InputKind::Text,
        0.96,
    ),
    (
        "html-provincial-election-night-live-blog-key-points-box-results-widget-per-post-author-x-embed",
        InputKind::Html,
        0.98,
    ),
    (
        "html-transfer-deadline-day-live-page-pinned-post-titles-done-deal-badges-bet-box-load-more-comments",
        InputKind::Html,
        0.95,
    ),
    (
        "text-spanish-partido-en-directo-minuto-a-minuto-gol-lines-marcador-alineaciones-publicidad-actualizar",
        InputKind::Text,
        0.97,
    ),
    (
        "text-storm-live-page-time-heads-refresh-buttons-new-posts-banner-share-rows-caption-twice-power-outage-map",
        InputKind::Text,
        0.97,
    ),
    (
        "html-brazilian-portal-ponte-interditada-desvios-list-leia-tambem-ul-box-continua-apos-publicidade-lgpd-mais-lidas",
        InputKind::Html,
        0.98,
    ),
    (
        "html-peruvian-daily-friaje-colegios-lee-tambien-p-and-aside-blockquote-whatsapp-box-comentarios-lo-mas-leido",
        InputKind::Html,
        0.96,
    ),
    (
        "text-brazilian-regional-portal-vacinacao-gripe-grupos-list-leia-tambem-lines-canal-whatsapp-foto-twice-mais-lidas",
        InputKind::Text,
        0.98,
    ),
    (
        "text-chilean-portal-feria-libre-traslado-lee-tambien-lines-whatsapp-canal-foto-twice-comentarios-lo-mas-leido",
        InputKind::Text,
        0.98,
    ),
    (
        "html-senegalese-drupal-daily-pirogue-gps-beacons-flash-info-lire-aussi-asides-abonnement-box-table",
        InputKind::Html,
        0.94,
    ),
    (
        "html-south-african-tagdiv-taxi-rank-upgrade-breaking-ticker-also-read-strong-subscriber-box-follow-row",
        InputKind::Html,
        0.98,
    ),
    (
        "text-ivorian-news-site-yopougon-market-move-a-la-une-ticker-lire-aussi-premium-pitch-avec-aip-credit",
        InputKind::Text,
        0.98,
    ),
    (
        "text-nigerian-news-site-borehole-levy-breaking-ticker-read-also-lines-support-pitch-follow-row-nan-credit",
        InputKind::Text,
        0.98,
    ),
    (
        "html-law-firm-blog-remote-overtime-appeal-ruling-blockquote-takeaways-list-disclaimer-attorney-bio-consult-form",
        InputKind::Html,
        0.98,
    ),
    (
        "html-legal-news-site-supreme-court-ruling-case-info-aside-judgment-blockquotes-vote-table-related-cases-mid-body",
        InputKind::Html,
        0.98,
    ),
    (
        "text-legal-trade-press-appeal-citation-line-indented-judgment-numbered-holdings-lawyer-bio-not-legal-advice",
        InputKind::Text,
        0.94,
    ),
    (
        "text-regional-paper-fraud-trial-day-three-caption-twice-indented-testimony-court-policy-note-related-cases",
        InputKind::Text,
        0.97,
    ),
    (
        "html-cosy-game-review-platforms-price-line-verdict-for-against-best-prices-table-video-caption-comments",
        InputKind::Html,
        0.98,
    ),
    (
        "html-wordpress-patch-notes-game-infobox-hero-changes-ul-kept-dev-blockquote-video-caption-affiliate-box-carousel",
        InputKind::Html,
        0.96,
    ),
    (
        "text-esports-grand-final-match-report-map-score-box-vod-caption-twice-read-more-bracket-bet-box-more-from-comments",
        InputKind::Text,
        0.98,
    ),
    (
        "text-handheld-pc-review-deals-widget-spec-table-kept-video-title-twice-verdict-stars-pros-cons-comments",
        InputKind::Text,
        0.96,
    ),
    (
        "html-english-news-site-flood-red-rain-warning-banner-rainfall-table-kept-radar-embed-emergency-box-updated-line",
        InputKind::Html,
        0.91,
    ),
    (
        "html-german-regionalportal-orkanboeen-warnstufe-box-vorhersage-tabelle-kept-live-radar-notruf-box-aktualisiert",
        InputKind::Html,
        0.94,
    ),
    (
        "text-japanese-regional-news-earthquake-shindo-list-kept-tsunami-box-live-radar-widget-kinkyu-renraku-box-koshin",
        InputKind::Text,
        0.88,
    ),
    (
        "text-spanish-diario-regional-ola-de-calor-aviso-rojo-caja-niveles-tabla-prevision-kept-telefono-112-actualizado",
        InputKind::Text,
        0.96,
    ),
    (
        "html-english-gallery-exhibition-review-star-rating-on-view-infobox-artwork-credit-figcaptions-more-reviews",
        InputKind::Html,
        0.98,
    ),
    (
        "html-italian-recensione-opera-stelle-scheda-spettacolo-aside-didascalie-foto-credit-altre-recensioni-list",
        InputKind::Html,
        0.92,
    ),
    (
        "text-english-weekly-book-review-star-line-book-details-block-caption-twice-author-qa-teaser-more-reviews-list",
        InputKind::Text,
        0.98,
    ),
    (
        "text-french-magazine-entretien-sculptrice-questions-en-gras-infos-pratiques-box-legende-deux-fois-a-lire-aussi",
        InputKind::Text,
        0.98,
    ),
    (
        "html-business-daily-chip-earnings-ticker-bar-stock-widget-results-table-tweet-newsletter-sponsored-disclosure",
        InputKind::Html,
        0.93,
    ),
    (
        "html-german-startup-portal-produktstart-finanzierungsrunde-faktenbox-linkedin-post-newsletter-gesponsert",
        InputKind::Html,
        0.92,
    ),
    (
        "text-german-wirtschaftszeitung-stellenabbau-software-kursticker-unternehmensprofil-x-post-anzeige-newsletter",
        InputKind::Text,
        0.93,
    ),
    (
        "text-tech-site-series-b-funding-company-facts-box-linkedin-post-quote-newsletter-box-sponsored-disclosure",
        InputKind::Text,
        0.94,
    ),
    (
        "html-dutch-krant-pro-formazitting-drugslab-lees-ook-p-figcaption-credit-onschuldpresumptie-noot-reacties-dicht",
        InputKind::Html,
        0.98,
    ),
    (
        "html-us-paper-arson-arrest-court-appearance-mugshot-figcaption-crime-map-widget-presumed-innocent-comment-policy",
        InputKind::Html,
        0.98,
    ),
    (
        "text-dutch-omroep-jeweller-robbery-witness-appeal-box-kept-signalement-list-caption-twice-lees-ook-reacties-uit",
        InputKind::Text,
        0.98,
    ),
    (
        "text-polish-portal-missing-teen-police-appeal-rysopis-list-kept-fot-kpp-twice-reklama-czytaj-takze-comments",
        InputKind::Text,
        0.98,
    ),
    (
        "html-family-blog-half-term-ideas-age-range-line-product-cards-ask-parents-widget-you-might-also-like-grid",
        InputKind::Html,
        0.96,
    ),
    (
        "html-toddler-speech-article-medically-reviewed-expert-quote-box-age-badge-product-card-community-qa-related-grid",
        InputKind::Html,
        0.95,
    ),
    (
        "text-german-familienportal-taschengeld-altersinfo-expertenbox-produktkarten-elternforum-koennte-interessieren",
        InputKind::Text,
        0.94,
    ),
    (
        "text-spanish-revista-embarazo-tercer-trimestre-revisado-por-matrona-caja-experta-productos-comunidad-preguntas",
        InputKind::Text,
        0.98,
    ),
    (
        "html-beauty-launch-fragrance-affiliate-disclaimer-figure-credits-shop-the-story-strip-strong-qa-trending-now-list",
        InputKind::Html,
        0.98,
    ),
    (
        "html-runway-review-london-gallery-look-of-counters-credits-pull-quote-newsletter-mid-body-shop-story-trending",
        InputKind::Html,
        0.96,
    ),
    (
        "text-french-runway-report-look-numbers-gallery-credits-twice-shop-the-story-strip-a-lire-aussi-tendances-list",
        InputKind::Text,
        0.98,
    ),
    (
        "text-italian-designer-interview-qa-questions-own-lines-pubblicita-between-q-and-a-acquista-il-look-di-tendenza",
        InputKind::Text,
        0.98,
    ),
    (
        "html-aviation-trade-site-aircraft-order-press-statement-blockquotes-order-table-kept-stock-ticker-deals-sidebar",
        InputKind::Html,
        0.96,
    ),
    (
        "html-travel-site-atc-strike-advice-know-before-you-go-box-kept-flight-status-widget-map-iframe-deals-sidebar",
        InputKind::Html,
        0.98,
    ),
    (
        "text-german-regionalzeitung-flughafen-warnstreik-flugstatus-widget-fluggastrechte-liste-kept-anzeige-caption-twice",
        InputKind::Text,
        0.92,
    ),
    (
        "text-spanish-diario-nueva-ruta-aerolinea-tabla-tarifas-kept-comunicado-cita-mapa-ruta-ofertas-publicidad-twice",
        InputKind::Text,
        0.93,
    ),
    (
        "html-danish-regional-daily-solar-park-vote-plus-paywall-box-mid-body-fakta-box-kept-podcast-embed-laes-ogsaa",
        InputKind::Html,
        0.94,
    ),
    (
        "html-english-grid-trade-press-blackout-report-chart-source-caption-table-kept-event-promo-podcast-card",
        InputKind::Html,
        0.94,
    ),
    (
        "text-dutch-regional-paper-negative-power-prices-hourly-table-kept-grafiek-bron-twice-plus-paywall-lees-ook",
        InputKind::Text,
        0.91,
    ),
    (
        "text-english-oil-trade-weekly-brent-price-table-kept-key-figures-box-podcast-embed-event-promo-paywall-teaser",
        InputKind::Text,
        0.89,
    ),
    (
        "html-canadian-community-site-church-150th-reader-submitted-notes-schedule-list-blockquote-events-calendar-obits",
        InputKind::Html,
        0.98,
    ),
    (
        "html-us-weekly-newspack-school-board-four-day-week-submitted-photo-e-edition-promo-box-obits-classifieds-widgets",
        InputKind::Html,
        0.98,
    ),
    (
        "text-canadian-town-weekly-bakery-opening-submitted-photo-twice-events-box-mid-body-e-edition-classifieds",
        InputKind::Text,
        0.94,
    ),
    (
        "text-us-county-weekly-fair-livestock-results-list-submitted-photo-twice-e-edition-promo-obits-rail-events-calendar",
        InputKind::Text,
        0.92,
    ),
    (
        "text-czech-portal-pivovar-druzstvo-plus-paywall-cuts-body-ctk-dateline-ctete-take-foto-ctk-twice-diskuse",
        InputKind::Text,
        0.98,
    ),
    (
        "text-greek-island-news-afalatosi-ape-mpe-byline-diavaste-episis-line-and-box-schedule-bullets-sxolia-mit",
        InputKind::Text,
        0.98,
    ),
    (
        "text-portuguese-portugal-praia-fluvial-lusa-dateline-exclusivo-assinantes-leia-tambem-lusa-fim-comentarios",
        InputKind::Text,
        0.97,
    ),
    (
        "text-slovak-regional-autobusy-tasr-dateline-precitajte-si-aj-line-and-box-skratke-bullets-foto-twice",
        InputKind::Text,
        0.98,
    ),
    (
        "html-blogger-simple-sewing-machine-rescue-br-br-text-b-subheads-tr-caption-parts-ul-threaded-comments",
        InputKind::Html,
        0.98,
    ),
    (
        "html-jekyll-minimal-mistakes-cron-backup-postmortem-rouge-code-lines-ol-steps-notice-box-share-you-may-also-enjoy",
        InputKind::Html,
        0.98,
    ),
    (
        "html-joomla-3-protostar-parish-council-footpath-item-page-article-info-hits-table-img-caption-pagenav-modules",
        InputKind::Html,
        0.98,
    ),
    (
        "html-wix-blog-ricos-choir-concert-post-draftjs-spans-h2-list-figcaption-tags-share-recent-posts-views-likes",
        InputKind::Html,
        0.98,
    ),
    (
        "html-english-diy-guide-numbered-step-h3s-in-ol-toc-tools-list-tip-box-helpful-widget-author-box-related-guides",
        InputKind::Html,
        0.98,
    ),
    (
        "html-portuguese-jornal-explicador-h2-questions-indice-toc-publicidade-tabela-leia-tambem-foi-util-autor-box",
        InputKind::Html,
        0.98,
    ),
    (
        "text-dutch-omroep-timeline-ferry-closure-dated-subheads-toc-caption-twice-lees-ook-was-dit-nuttig-meer-tijdlijnen",
        InputKind::Text,
        0.92,
    ),
    (
        "text-english-qa-interview-bridge-inspector-q-a-prefixes-one-word-answer-ad-between-q-and-a-helpful-widget-more-qas",
        InputKind::Text,
        0.98,
    ),
    (
        "text-danish-lokalavis-elfaerge-laes-ogsaa-lines-annonce-foto-twice-fakta-box-kept-kilde-line-debat-mest-laeste",
        InputKind::Text,
        0.92,
    ),
    (
        "text-finnish-maakuntalehti-hirvikolarit-table-kept-lahde-line-lue-myos-kuva-twice-tips-list-kommentoi-luetuimmat",
        InputKind::Text,
        0.98,
    ),
    (
        "text-norwegian-regionavis-skolenedleggelse-pluss-les-ogsa-lines-fakta-box-kept-foto-twice-kommentarer-pfu-footer",
        InputKind::Text,
        0.96,
    ),
    (
        "text-swedish-lokaltidning-sagverk-varsel-plus-paywall-cut-fakta-box-kept-las-ocksa-foto-twice-kommentera-mest-last",
        InputKind::Text,
        0.98,
    ),
    (
        "html-uk-wordpress-vip-regional-harbour-wall-delay-ad-slot-p-labels-read-more-ul-newsletter-iframe-ldr-credit",
        InputKind::Html,
        0.98,
    ),
    (
        "html-us-arc-xp-metro-daily-bridge-toll-vote-arcad-slots-interstitial-link-rate-list-newsletter-iframe-trending",
        InputKind::Html,
        0.98,
    ),
    (
        "html-us-blox-small-daily-library-levy-subscriber-only-divs-tncms-ad-regions-relcontent-mid-body-author-card",
        InputKind::Html,
        0.92,
    ),
    (
        "html-us-brightspot-regional-paper-school-lunch-debt-ps-htmlad-promo-enhancement-table-kept-tagline-trending",
        InputKind::Html,
        0.98,
    ),
    (
        "html-english-science-magazine-explainer-h2-questions-figure-credit-related-aside-journal-reference-funding-box",
        InputKind::Html,
        0.92,
    ),
    (
        "html-french-universite-communique-glaciers-rocheux-figcaption-credit-reference-doi-financement-contact-presse",
        InputKind::Html,
        0.98,
    ),
    (
        "text-english-preprint-coverage-honeybee-dance-caption-twice-not-peer-reviewed-kept-doi-line-related-research",
        InputKind::Text,
        0.94,
    ),
    (
        "text-german-uni-pressemitteilung-stadtbaeume-bildunterschrift-zweimal-originalpublikation-doi-foerderung-kontakt",
        InputKind::Text,
        0.98,
    ),
    (
        "html-english-qa-site-sourdough-question-kept-pre-code-log-accepted-answer-comments-dropped-reputation-badges",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-xenforo-forum-waermepumpe-first-post-table-kept-signature-quoted-replies-aehnliche-themen",
        InputKind::Html,
        0.96,
    ),
    (
        "text-german-kochforum-dinkelbrot-rezept-erster-beitrag-zutaten-schritte-kept-signatur-zitat-aehnliche-themen",
        InputKind::Text,
        0.97,
    ),
    (
        "text-reddit-like-commuting-self-post-costs-list-edit-lines-kept-user-flair-vote-bar-promoted-post-comments",
        InputKind::Text,
        0.98,
    ),
    (
        "html-indian-english-lake-desilting-also-read-p-live-tv-aside-figcaption-pti-google-news-whatsapp-trending-topics",
        InputKind::Html,
        0.98,
    ),
    (
        "html-marathi-water-cut-hehi-vacha-p-and-box-ward-table-live-tv-iframe-chhayachitra-google-news-whatsapp-trending",
        InputKind::Html,
        0.97,
    ),
    (
        "text-hindi-flyover-ise-bhi-padhen-line-and-box-live-tv-strip-caption-ani-twice-google-news-whatsapp-trending",
        InputKind::Text,
        0.97,
    ),
    (
        "text-telugu-reservoir-gates-ivi-kuda-chadavandi-line-and-box-live-tv-player-photo-pti-twice-whatsapp-trending",
        InputKind::Text,
        0.95,
    ),
    (
        "html-georgian-kindergarten-agretve-tsaikitkhet-p-strong-telegram-reklama-foto-credit-facebook-comments-most-read",
        InputKind::Html,
        0.95,
    ),
    (
        "html-romanian-jnews-piata-citeste-si-p-strong-galerie-foto-credit-reclama-google-news-comentarii-cele-mai-citite",
        InputKind::Html,
        0.98,
    ),
    (
        "html-serbian-cyrillic-newspaper-theme-bibliobus-procitajte-jos-p-strong-galerija-foto-reklama-disqus-najcitanije",
        InputKind::Html,
        0.91,
    ),
    (
        "html-ukrainian-bitrix-ferry-chytaite-takozh-p-strong-telegram-reklama-gallery-credits-komentari-naipopuliarnishe",
        InputKind::Html,
        0.98,
    ),
    (
        "html-english-cycling-team-squad-announcement-rider-ul-stage-table-kept-race-countdown-shop-cta-partners-more-news",
        InputKind::Html,
        0.98,
    ),
    (
        "html-spanish-basketball-league-nota-de-prensa-results-table-kept-scores-ticker-entradas-promo-clasificacion",
        InputKind::Html,
        0.93,
    ),
    (
        "text-english-village-cricket-club-match-report-result-dek-scorers-line-kept-sponsor-next-fixture-table-comments",
        InputKind::Text,
        0.94,
    ),
    (
        "text-italian-calcio-club-serie-d-rimonta-tabellino-formazioni-marcatori-kept-prossima-partita-classifica-partner",
        InputKind::Text,
        0.98,
    ),
    (
        "html-british-regional-leader-column-bus-depot-the-view-kicker-pull-quote-repeat-about-our-leaders-write-to-us",
        InputKind::Html,
        0.94,
    ),
    (
        "html-spanish-diario-columna-huertos-urbanos-cita-destacada-repetida-catedratica-bio-escribenos-mas-columnas",
        InputKind::Html,
        0.98,
    ),
    (
        "text-german-lokalzeitung-gastbeitrag-freibad-zitat-wiederholt-professorin-tagline-meinung-der-autorin-leserbrief",
        InputKind::Text,
        0.95,
    ),
    (
        "text-us-daily-op-ed-school-start-times-pull-quote-repeat-professor-tagline-views-own-write-to-us-more-opinion",
        InputKind::Text,
        0.94,
    ),
    (
        "html-hebrew-library-evening-hours-strong-dateline-kiru-od-div-and-p-pirsomet-whatsapp-ul-talkback-form-hanikraim",
        InputKind::Html,
        0.98,
    ),
    (
        "html-persian-agency-bridge-reopening-rutitr-lead-bishtar-bekhanid-p-and-box-telegram-enteha-porbazdidtarin",
        InputKind::Html,
        0.94,
    ),
    (
        "text-arabic-solar-irrigation-wakalat-dateline-iqra-aydan-caption-twice-telegram-whatsapp-comment-form-most-read",
        InputKind::Text,
        0.98,
    ),
    (
        "text-urdu-rickshaw-fares-app-dateline-mazeed-parhein-bullets-caption-twice-whatsapp-comment-form-most-read",
        InputKind::Text,
        0.98,
    ),
    (
        "html-english-company-newsroom-product-launch-dateline-blockquote-media-kit-downloads-about-safe-harbor-related",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-stadtwerke-pressemitteilung-partnerschaft-tarif-tabelle-bildmaterial-ueber-uns-pressekontakt",
        InputKind::Html,
        0.98,
    ),
    (
        "text-german-newswire-quartalszahlen-dateline-kennzahlen-tabelle-zukunftsaussagen-pressekontakt-weitere-meldungen",
        InputKind::Text,
        0.90,
    ),
    (
        "text-us-newswire-partnership-dateline-caption-twice-tweet-this-two-abouts-safe-harbor-more-from-source",
        InputKind::Text,
        0.93,
    ),
    (
        "html-french-tuto-imprimante-hors-ligne-ol-etapes-captures-encadres-astuce-attention-produit-affilie-article-utile",
        InputKind::Html,
        0.96,
    ),
    (
        "html-wordpress-how-to-windows-wifi-keeps-disconnecting-h2-fixes-figcaptions-pre-commands-warning-kept-our-pick",
        InputKind::Html,
        0.94,
    ),
    (
        "text-french-tuto-sauvegarde-photos-android-etapes-numerotees-captures-encadre-attention-notre-selection-utile",
        InputKind::Text,
        0.94,
    ),
    (
        "text-spanish-truco-movil-se-desconecta-wifi-subtitulos-numerados-rutas-ajustes-nota-recomendacion-util-widget",
        InputKind::Text,
        0.96,
    ),
    (
        "html-english-things-to-do-numbered-h2-practical-info-ul-kept-tour-card-map-iframe-plan-your-trip-more-guides",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-reisenews-hotel-eroeffnung-zimmerpreise-ul-kept-buchungswidget-affiliate-hinweis-karte-mehr-reiseziele",
        InputKind::Html,
        0.98,
    ),
    (
        "text-english-city-guide-things-to-do-numbered-items-address-hours-price-tour-widget-plan-your-trip-more-guides",
        InputKind::Text,
        0.91,
    ),
    (
        "text-italian-guida-festival-borgo-programma-per-giorno-info-pratiche-orari-prezzi-widget-prenota-mappa-altre-guide",
        InputKind::Text,
        0.98,
    ),
    (
        "html-english-crypto-market-wrap-token-unlock-ticker-key-takeaways-tweet-embed-price-table-disclaimer-latest",
        InputKind::Html,
        0.98,
    ),
    (
        "html-korean-won-stablecoin-launch-sise-ticker-haeksim-yoyak-gwanryeon-box-reserve-table-disclaimer-comments",
        InputKind::Html,
        0.98,
    ),
    (
        "text-korean-coin-sangjang-gyuje-sise-ticker-haeksim-yoyak-gwanryeon-gisa-table-tuja-yuui-choesin-manhi-bon",
        InputKind::Text,
        0.89,
    ),
    (
        "text-spanish-cripto-exchange-hackeo-ticker-puntos-clave-post-embebido-tabla-activos-aviso-riesgo-ultimas",
        InputKind::Text,
        0.98,
    ),
    (
        "html-english-town-museum-news-reopening-figcaption-archive-credits-sidebar-visit-hours-support-our-museum-appeal",
        InputKind::Html,
        0.98,
    ),
    (
        "html-french-magazine-ce-jour-la-date-h3-sections-blockquote-gazette-credit-archives-dans-nos-archives-soutenez",
        InputKind::Html,
        0.98,
    ),
    (
        "text-french-regional-fouilles-necropole-legendes-credit-archives-infos-pratiques-lire-aussi-soutenir-plus-lus",
        InputKind::Text,
        0.98,
    ),
    (
        "text-german-lokalzeitung-kolumne-vor-100-jahren-datums-abschnitte-stadtarchiv-bildnachweis-aus-dem-archiv-liste",
        InputKind::Text,
        0.86,
    ),
    (
        "html-english-portal-afp-desalination-dateline-summary-ul-file-photo-figcaption-correction-kept-ticker-trending",
        InputKind::Html,
        0.95,
    ),
    (
        "text-english-portal-wire-smelter-fire-ticker-summary-bullets-file-photo-twice-correction-kept-reporting-editing",
        InputKind::Text,
        0.96,
    ),
    (
        "text-german-portal-dpa-faehre-eisgang-dateline-archivbild-caption-twice-boersenticker-dpa-kuerzel-meistgelesen",
        InputKind::Text,
        0.98,
    ),
    (
        "text-spanish-portal-efe-vendimia-granizo-dateline-claves-foto-archivo-twice-cotizaciones-tendencias-efe-firma",
        InputKind::Text,
        0.98,
    ),
    (
        "html-english-science-magazine-moth-census-dropcap-span-hr-pullquote-wide-figures-method-box-kept-bio-read-next",
        InputKind::Html,
        0.92,
    ),
    (
        "html-ghost-society-feature-night-laundrette-dropcap-span-hr-kg-pullquote-callout-donate-dropped-bio-read-next",
        InputKind::Html,
        0.95,
    ),
    (
        "html-italian-culture-magazine-mountain-cinema-capolettera-asterisks-repeated-pullquote-leggi-anche-bio-leggi-dopo",
        InputKind::Html,
        0.98,
    ),
    (
        "html-italian-science-magazine-fireflies-census-capolettera-span-hr-pullquote-figure-table-kept-bio-read-next",
        InputKind::Html,
        0.98,
    ),
    (
        "html-astra-rescue-adoption-appeal-lurcher-info-box-kept-blockquote-cite-adopt-me-cards-newsletter-related-comments",
        InputKind::Html,
        0.98,
    ),
    (
        "html-nextjs-pet-tech-review-gps-collar-vet-reviewed-badge-product-box-prices-spec-table-pros-cons-related-grid",
        InputKind::Html,
        0.98,
    ),
    (
        "text-german-tierratgeber-zecken-tieraerztlich-geprueft-symptomliste-produktkarte-preis-hinweis-mehr-zum-thema",
        InputKind::Text,
        0.90,
    ),
    (
        "text-spanish-fauna-tortuga-suelta-caption-twice-te-puede-interesar-cita-nbsp-video-apadrina-box-relacionadas",
        InputKind::Text,
        0.98,
    ),
    (
        "text-chinese-county-daily-stone-bridge-repair-bracket-jizhe-lead-xiangguan-yuedu-box-caption-twice-app-paihang",
        InputKind::Text,
        0.98,
    ),
    (
        "text-japanese-hatena-blog-island-lighthouse-walk-mokuji-sponsor-kanren-kiji-twice-blogmura-banner-ninki-ranking",
        InputKind::Text,
        0.75,
    ),
    (
        "text-korean-closed-school-campsite-dateline-gija-lead-gwanryeon-box-diamond-subheads-caption-twice-mudan-jeonjae",
        InputKind::Text,
        0.95,
    ),
    (
        "text-taiwan-daily-rice-mill-son-returns-bracket-jizhe-line-and-lead-yanshen-yuedu-lines-caption-twice-app-remen",
        InputKind::Text,
        0.98,
    ),
    (
        "html-french-agglo-dsfr-collecte-dechets-jours-changent-sur-cette-page-table-communes-rues-callout-contact-utile",
        InputKind::Html,
        0.95,
    ),
    (
        "html-uk-localgov-drupal-20mph-consultation-on-this-page-streets-ul-updated-note-contact-box-page-useful-cookies",
        InputKind::Html,
        0.96,
    ),
    (
        "text-dutch-gemeente-inspraak-parkeerbeleid-op-deze-pagina-straten-lijst-drie-manieren-ol-nuttig-widget-footer",
        InputKind::Text,
        0.96,
    ),
    (
        "text-uk-district-council-roadworks-resurfacing-on-this-page-affected-streets-dates-list-contact-box-page-useful",
        InputKind::Text,
        0.98,
    ),
    (
        "html-box-office-weekend-report-top-five-table-watch-the-trailer-embed-x-post-ad-slots-trending-list-comments",
        InputKind::Html,
        0.94,
    ),
    (
        "html-portuguese-celebrity-interview-strong-questions-instagram-embed-galeria-counter-compre-o-look-em-alta",
        InputKind::Html,
        0.94,
    ),
    (
        "text-portuguese-music-awards-winners-list-gallery-foto-counter-x-embed-leia-tambem-inline-em-alta-comentarios",
        InputKind::Text,
        0.91,
    ),
    (
        "text-spanish-series-casting-instagram-embed-caption-twice-mira-el-trailer-publicidad-tendencias-comentarios",
        InputKind::Text,
        0.91,
    ),
    (
        "html-czech-regional-elektrizace-trati-ctk-dateline-perex-ctete-take-aside-and-p-subhead-ul-diskuse-nejctenejsi",
        InputKind::Html,
        0.98,
    ),
    (
        "html-polish-tagdiv-rynek-bez-aut-pap-dateline-bold-lead-czytaj-takze-p-and-card-h3-ol-komentarze-najczesciej",
        InputKind::Html,
        0.94,
    ),
    (
        "text-slovak-portal-kupalisko-tasr-dateline-perex-precitajte-si-aj-foto-twice-cennik-list-diskusia-najcitanejsie",
        InputKind::Text,
        0.98,
    ),
    (
        "text-ukrainian-ukrinform-dateline-chytaite-takozh-lines-foto-caption-twice-subhead-list-komentari-populiarne",
        InputKind::Text,
        0.98,
    ),
    (
        "html-craft-blog-crochet-market-bag-ez-toc-related-box-mid-post-then-h2-list-share-author-sidebar-comments",
        InputKind::Html,
        0.97,
    ),
    (
        "html-german-shopify-laden-blog-buchhandlung-umzug-inhalt-toc-auch-interessant-box-mid-post-liste-gruss-kommentare",
        InputKind::Html,
        0.94,
    ),
    (
        "text-gardening-blog-seed-potatoes-toc-repeats-subheads-related-posts-mid-post-list-greeting-signoff-comments",
        InputKind::Text,
        0.98,
    ),
    (
        "text-japanese-travel-diary-onsen-town-mokuji-toc-kanren-kiji-box-mid-post-list-hatena-star-share-profile-comments",
        InputKind::Text,
        0.78,
    ),
    (
        "html-english-bank-quarterly-results-drupal-ticker-key-figures-aside-results-table-analyst-ratings-about-company",
        InputKind::Html,
        0.95,
    ),
    (
        "html-french-portrait-entreprise-fiche-societe-aside-consensus-analystes-widget-cours-inline-tableau-a-propos",
        InputKind::Html,
        0.93,
    ),
    (
        "text-dutch-beursnieuws-kwartaalcijfers-koerschips-analistenadvies-widget-cijfertabel-over-het-bedrijf-disclaimer",
        InputKind::Text,
        0.91,
    ),
    (
        "text-english-central-bank-rate-hold-ticker-key-figures-box-chart-as-text-quote-chips-reporting-credit-most-read",
        InputKind::Text,
        0.88,
    ),
    (
        "html-sno-student-paper-alumni-profile-figcaption-photographer-support-box-mid-body-events-ul-staff-widget",
        InputKind::Html,
        0.98,
    ),
    (
        "html-spanish-drupal-student-paper-federacion-elecciones-calendar-table-blockquote-apoya-directorio-mas-noticias",
        InputKind::Html,
        0.98,
    ),
    (
        "text-spanish-periodico-universitario-baloncesto-resultados-list-kept-foto-twice-lee-tambien-apoya-equipo",
        InputKind::Text,
        0.98,
    ),
    (
        "text-student-newspaper-rec-fee-referendum-events-by-date-list-caption-twice-support-box-more-campus-news-staff",
        InputKind::Text,
        0.98,
    ),
    (
        "html-english-grand-prix-report-top-ten-ol-kept-live-timing-ticker-race-highlights-video-standings-more-from-race",
        InputKind::Html,
        0.95,
    ),
    (
        "html-italian-motogp-gara-ordine-arrivo-table-kept-live-timing-bar-highlights-video-classifica-widget-sponsor-altro",
        InputKind::Html,
        0.98,
    ),
    (
        "text-dutch-marathon-verslag-uitslag-top-tien-kept-live-tussentijden-video-samenvatting-sponsors-meer-over",
        InputKind::Text,
        0.85,
    ),
    (
        "text-english-rally-report-live-times-strip-highlights-video-top-ten-list-kept-standings-widget-sponsor-row",
        InputKind::Text,
        0.93,
    ),
    (
        "text-austrian-public-broadcaster-dorfladen-genossenschaft-teilen-apa-caption-twice-mehr-zum-thema-red-links",
        InputKind::Text,
        0.96,
    ),
    (
        "text-austrian-regional-daily-plus-hallenbad-paywall-cut-mid-sentence-lesen-sie-auch-apa-caption-twice-meistgelesen",
        InputKind::Text,
        0.98,
    ),
    (
        "text-swiss-german-daily-abo-laubblaeser-regeln-liste-lesen-sie-auch-keystone-twice-kommentare-meistgelesen",
        InputKind::Text,
        0.98,
    ),
    (
        "text-swiss-public-broadcaster-rufbus-legende-caption-keystone-twice-mehr-zum-thema-audio-box-quote-line-sda-credit",
        InputKind::Text,
        0.93,
    ),
    (
        "html-mailchimp-archive-harbour-weekly-morning-all-timetable-table-sponsor-box-whats-on-ul-unsubscribe-footer",
        InputKind::Html,
        0.91,
    ),
    (
        "html-wordpress-neighborhood-blog-pocket-park-hi-neighbors-jetpack-subscribe-mid-post-work-days-ul-sharedaddy",
        InputKind::Html,
        0.97,
    ),
    (
        "text-community-radio-news-ambulance-merger-listen-live-audio-player-caption-twice-underwriting-mid-story-donate",
        InputKind::Text,
        0.91,
    ),
    (
        "text-substack-like-neighborhood-newsletter-good-morning-greeting-subscribe-box-mid-post-sponsor-line-events-list",
        InputKind::Text,
        0.95,
    ),
    (
        "html-andalusian-wordpress-regantes-dotacion-table-te-puede-interesar-ul-in-body-jetpack-related-comments-tabs",
        InputKind::Html,
        0.98,
    ),
    (
        "html-azores-tagdiv-ligacoes-maritimas-horarios-table-blockquote-leia-tambem-p-publicidade-didomi-banner-mais-lidas",
        InputKind::Html,
        0.98,
    ),
    (
        "html-galician-daily-berberecho-didomi-popup-te-puede-interesar-aside-in-body-gallery-credits-ul-comments-tabs",
        InputKind::Html,
        0.98,
    ),
    (
        "html-portuguese-alto-minho-ecopista-leia-tambem-twice-in-body-galeria-legenda-credito-p-publicidade-mais-lidas",
        InputKind::Html,
        0.92,
    ),
    (
        "text-turkish-national-daily-baraj-kuraklik-son-dakika-ilgili-haberler-haberin-devami-galeri-caption-twice",
        InputKind::Text,
        0.98,
    ),
    (
        "text-turkish-news-portal-kar-tatili-drawn-numbered-list-haberin-devami-ilginizi-cekebilir-abone-ol",
        InputKind::Text,
        0.92,
    ),
    (
        "text-turkish-news-portal-lavanta-hasadi-dateline-galeri-counters-captions-twice-ilgili-haberler-yorumlar",
        InputKind::Text,
        0.96,
    ),
    (
        "text-turkish-sports-site-basketbol-uzatma-score-ticker-ilginizi-cekebilir-mid-body-stats-table-abone-ol",
        InputKind::Text,
        0.95,
    ),
    (
        "html-australian-rural-paper-nextjs-header-sales-rush-rainfall-widget-port-grain-ticker-related-div-mid-body",
        InputKind::Html,
        0.98,
    ),
    (
        "html-canadian-farm-weekly-margin-program-dateline-ul-related-aside-in-body-sponsored-event-promo-author-bio",
        InputKind::Html,
        0.98,
    ),
    (
        "html-uk-farming-weekly-lamb-deadweight-prices-strip-mart-table-read-more-mid-body-sponsored-content-event-promo",
        InputKind::Html,
        0.98,
    ),
    (
        "html-us-farm-paper-drupal-soybean-basis-futures-ticker-weather-widget-related-mid-body-bids-table-author-box",
        InputKind::Html,
        0.98,
    ),
    (
        "text-australian-country-paper-vale-show-secretary-caption-twice-read-more-funeral-notices-guest-book",
        InputKind::Text,
        0.91,
    ),
    (
        "text-irish-death-notice-retired-principal-reposing-removal-lines-kept-condolences-book-recent-notices-cookie",
        InputKind::Text,
        0.98,
    ),
    (
        "text-uk-family-notices-death-notice-retired-midwife-funeral-details-box-tributes-candles-flowers-other-notices",
        InputKind::Text,
        0.98,
    ),
    (
        "text-us-daily-lives-remembered-crossing-guard-series-note-obituary-widget-guest-book-send-flowers-more-obituaries",
        InputKind::Text,
        0.95,
    ),
    (
        "html-french-essai-citadine-electrique-fiche-technique-tableau-plus-moins-avis-rivales-carrousel-devis-form",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-fahrbericht-kombi-phev-technische-daten-tabelle-plus-minus-box-testurteil-preisvergleich-galerie",
        InputKind::Html,
        0.98,
    ),
    (
        "html-uk-dealer-group-blog-new-suv-trim-levels-ul-finance-example-get-a-quote-form-test-drive-cta-more-posts",
        InputKind::Html,
        0.95,
    ),
    (
        "html-us-auto-news-pickup-price-cut-affiliate-note-trim-price-table-price-finder-zip-widget-stars-more-reviews",
        InputKind::Html,
        0.93,
    ),
    (
        "text-dutch-omroep-natuurijs-marathon-liveblog-time-heads-kept-result-lines-video-cards-sponsor-row",
        InputKind::Text,
        0.84,
    ),
    (
        "text-dutch-regional-daily-football-derby-report-video-cards-lees-ook-stand-table-kept-sponsors-meest-gelezen",
        InputKind::Text,
        0.95,
    ),
    (
        "text-flemish-regional-paper-indoor-athletics-medal-list-kept-plus-badge-lees-ook-video-card-meer-over-reacties",
        InputKind::Text,
        0.95,
    ),
    (
        "text-flemish-sports-site-cyclocross-live-ticker-bulleted-uitslag-kept-video-cards-stand-widget-reacties",
        InputKind::Text,
        0.90,
    ),
    (
        "text-japanese-ameblo-diary-allotment-tomatoes-pr-ads-theme-line-iine-reblog-amember-kiji-ichiran-ranking",
        InputKind::Text,
        0.78,
    ),
    (
        "text-japanese-hatena-tech-blog-nas-backup-mokuji-code-lines-sponsor-kanren-kiji-mid-post-hatebu-comments",
        InputKind::Text,
        0.84,
    ),
    (
        "text-japanese-note-essay-morning-bread-baking-mokuji-hashtags-suki-count-support-box-creator-card-comments-osusume",
        InputKind::Text,
        0.90,
    ),
    (
        "text-japanese-wordpress-cocoon-dev-blog-numbered-mokuji-sponsor-twice-table-kono-kiji-wo-kaita-hito-comment-form",
        InputKind::Text,
        0.52,
    ),
    (
        "html-english-wire-phase2-trial-denver-dateline-logo-caption-highlights-ul-forward-looking-more-news-from-source",
        InputKind::Html,
        0.98,
    ),
    (
        "html-french-wire-communique-recyclage-dateline-faits-marquants-ul-a-propos-avertissement-traduction-note",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-company-newsroom-azubis-h3-zwischentitel-blockquote-bild-download-teilen-ueber-pressekontakt",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-wire-pressemitteilung-berlin-dateline-auf-einen-blick-ul-ueber-pressekontakt-weitere-meldungen",
        InputKind::Html,
        0.98,
    ),
    (
        "html-irish-regional-weekly-gaeltacht-bus-route-irish-menu-labels-facebook-embed-read-more-timetable-most-read",
        InputKind::Html,
        0.98,
    ),
    (
        "html-scottish-highland-weekly-pier-repairs-gaelic-menu-embedded-tweet-read-more-place-tags-most-read-cookies",
        InputKind::Html,
        0.98,
    ),
    (
        "html-scottish-island-community-news-peat-bank-gaelic-footer-gallery-captions-membership-appeal-most-read",
        InputKind::Html,
        0.96,
    ),
    (
        "html-welsh-community-news-chapel-choir-bilingual-menu-photo-gallery-captions-support-local-journalism-box",
        InputKind::Html,
        0.95,
    ),
    (
        "text-italian-local-portal-sagra-continua-a-leggere-paywall-cut-leggi-anche-lines-foto-twice-potrebbe-interessarti",
        InputKind::Text,
        0.98,
    ),
    (
        "text-italian-provincial-daily-ambulatorio-montagna-riapre-leggi-anche-box-continua-a-leggere-dopo-pubblicita-tag",
        InputKind::Text,
        0.95,
    ),
    (
        "text-italian-provincial-daily-strada-chiusa-frana-avviso-comune-orari-info-kept-leggi-anche-box-foto-twice-tag",
        InputKind::Text,
        0.98,
    ),
    (
        "text-italian-town-portal-isola-ecologica-nuovi-orari-list-kept-info-line-leggi-anche-caption-twice-i-piu-letti",
        InputKind::Text,
        0.88,
    ),
    (
        "html-german-radio-sendung-manuskript-audio-player-sendetermin-kapitel-zu-gast-box-abonnieren-weitere-sendungen",
        InputKind::Html,
        0.92,
    ),
    (
        "html-indie-podcast-episode-squarespace-player-chapter-marks-sponsor-read-guest-bio-box-more-episodes-newsletter",
        InputKind::Html,
        0.77,
    ),
    (
        "html-public-radio-programme-episode-page-broadcast-times-playout-running-order-clips-presenter-box-more-episodes",
        InputKind::Html,
        0.95,
    ),
    (
        "html-spanish-radio-podcast-episodio-reproductor-suscribete-capitulos-patrocinio-invitada-mas-episodios-boletin",
        InputKind::Html,
        0.90,
    ),
    (
        "html-australian-portal-news-auction-clearance-table-kept-suburb-profile-widget-borrowing-calculator-newsletter",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-regionalzeitung-immobilienpreise-tabelle-kept-finanzierungsrechner-makler-box-keine-anlageberatung",
        InputKind::Html,
        0.92,
    ),
    (
        "html-uk-regional-paper-property-house-prices-table-kept-homes-for-sale-near-you-cards-calculator-not-advice-note",
        InputKind::Html,
        0.98,
    ),
    (
        "html-us-portal-news-starter-homes-related-articles-mid-body-agent-profile-box-not-financial-advice-listing-grid",
        InputKind::Html,
        0.98,
    ),
    (
        "text-korean-economic-daily-jeonse-rents-sajin-bracket-captions-table-gwanryeon-box-reactions-comments-manhi-bon",
        InputKind::Text,
        0.92,
    ),
    (
        "text-korean-opinion-column-street-trees-pilja-profile-oebu-pilja-disclaimer-gija-page-links-comments-manhi-bon",
        InputKind::Text,
        0.96,
    ),
    (
        "text-korean-portal-sports-rookie-pitcher-gudan-jegong-captions-twice-reaction-buttons-comment-list-manhi-bon",
        InputKind::Text,
        0.98,
    ),
    (
        "text-korean-tv-news-heatwave-cattle-farms-video-player-yeongsang-credits-jebo-prompt-gwanryeon-lines-manhi-bon",
        InputKind::Text,
        0.93,
    ),
    (
        "html-dutch-bibliotheek-lezing-info-list-kept-reserveer-knop-openingstijden-meer-activiteiten-fondsen-footer",
        InputKind::Html,
        0.94,
    ),
    (
        "html-english-library-blog-scrapbook-catalogue-record-card-reserve-button-opening-hours-related-posts",
        InputKind::Html,
        0.79,
    ),
    (
        "html-english-museum-exhibition-news-book-now-card-sidebar-event-box-cc-image-credits-related-events-funders",
        InputKind::Html,
        0.93,
    ),
    (
        "html-german-stadtarchiv-archivale-des-monats-findbuch-widget-bildnachweis-cc-by-sa-oeffnungszeiten-foerderer",
        InputKind::Html,
        0.89,
    ),
    (
        "text-belgian-french-national-daily-tram-retard-abonnes-paywall-cut-lire-aussi-box-belga-twice-reagir-plus-lus",
        InputKind::Text,
        0.98,
    ),
    (
        "text-belgian-french-regional-lesse-kayaks-interdits-lire-aussi-lines-photo-news-twice-partager-reagir-plus-lus",
        InputKind::Text,
        0.98,
    ),
    (
        "text-french-national-daily-frelon-asiatique-mesures-liste-afp-captions-twice-lire-aussi-pipe-partager-plus-lus",
        InputKind::Text,
        0.98,
    ),
    (
        "text-french-regional-daily-grele-vignoble-photo-colon-twice-lire-aussi-box-reagir-comments-plus-lus",
        InputKind::Text,
        0.98,
    ),
    (
        "html-australian-rugby-league-preview-team-lists-kept-odds-widget-gamble-responsibly-video-card-more-from-team",
        InputKind::Html,
        0.96,
    ),
    (
        "html-indian-cricket-t20-report-live-score-strip-scorecard-widget-mid-body-key-moments-video-also-read-comments",
        InputKind::Html,
        0.92,
    ),
    (
        "html-uk-football-report-live-score-widget-key-moments-timeline-ratings-box-video-card-odds-18-plus-comments",
        InputKind::Html,
        0.96,
    ),
    (
        "html-us-college-basketball-recap-box-score-widget-quarter-table-kept-betting-odds-disclaimer-video-comments",
        InputKind::Html,
        0.95,
    ),
    (
        "text-argentine-provincial-escuela-rural-internet-mira-tambien-subheads-sumate-whatsapp-foto-gentileza-twice",
        InputKind::Text,
        0.98,
    ),
    (
        "text-colombian-regional-troncal-buses-lea-tambien-le-puede-interesar-numbered-list-foto-twice-suscribase-meter",
        InputKind::Text,
        0.98,
    ),
    (
        "text-mexican-state-daily-hallazgo-arqueologico-te-puede-interesar-line-foto-twice-list-whatsapp-canal-temas",
        InputKind::Text,
        0.98,
    ),
    (
        "text-spain-regional-lonja-subasta-electronica-lee-tambien-foto-twice-suscribete-wall-mid-body-temas-lo-mas-leido",
        InputKind::Text,
        0.98,
    ),
    (
        "text-indonesian-business-portal-kopi-page-2-of-2-sebelumnya-price-table-advertisement-scroll-baca-juga",
        InputKind::Text,
        0.98,
    ),
    (
        "text-indonesian-portal-kereta-perintis-halaman-selanjutnya-baca-juga-two-line-foto-caption-twice-google-news",
        InputKind::Text,
        0.98,
    ),
    (
        "text-indonesian-regional-petani-garam-laporan-wartawan-caption-twice-artikel-telah-tayang-google-news",
        InputKind::Text,
        0.90,
    ),
    (
        "text-malay-portal-jambatan-gantung-baca-juga-iklan-foto-caption-twice-bullet-list-penulis-editor-terpopuler",
        InputKind::Text,
        0.98,
    ),
    (
        "html-danish-national-daily-praktikpladser-laes-ogsaa-p-and-plus-box-annonce-blockquote-fakta-nyhedsbrev",
        InputKind::Html,
        0.98,
    ),
    (
        "html-norwegian-regional-avis-bomring-takster-plus-marked-les-ogsa-box-annonse-takst-table-fakta-kept-mest-lest",
        InputKind::Html,
        0.98,
    ),
    (
        "html-swedish-national-daily-simlarare-for-prenumeranter-las-ocksa-ul-nyhetsbrev-mid-body-fakta-kept-mest-last",
        InputKind::Html,
        0.98,
    ),
    (
        "html-swedish-public-broadcaster-isvag-las-ocksa-link-p-video-caption-foto-byline-roles-fakta-kept-mest-last",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-klinikum-pressemitteilung-stroke-unit-faktenbox-aside-arzt-profilbox-termin-cta-newsletter-impressum",
        InputKind::Html,
        0.93,
    ),
    (
        "html-patient-info-news-asthma-inhalers-medically-reviewed-symptom-checker-related-conditions-references-disclaimer",
        InputKind::Html,
        0.98,
    ),
    (
        "html-regional-daily-health-measles-cases-table-kept-newsletter-form-mid-body-ask-a-doctor-promo-comments",
        InputKind::Html,
        0.94,
    ),
    (
        "html-spanish-daily-salud-dengue-vacuna-revisado-por-datos-clave-box-te-puede-interesar-fuentes-aviso",
        InputKind::Html,
        0.91,
    ),
    (
        "html-chinese-mainland-evening-paper-ev-charging-xiangguan-yuedu-box-pic-desc-zeren-bianji-fenxiang-pinglun",
        InputKind::Html,
        0.98,
    ),
    (
        "html-hong-kong-news-tong-lau-youth-hostel-rent-table-yanshen-yuedu-p-links-laiyuan-zeren-bianji-comments",
        InputKind::Html,
        0.98,
    ),
    (
        "html-singapore-chinese-daily-polyclinic-evening-hours-xiangguan-xinwen-box-list-whatsapp-banquan-remen",
        InputKind::Html,
        0.98,
    ),
    (
        "html-taiwan-news-school-lunch-local-produce-yanshen-yuedu-ul-tu-captions-app-download-tail-banquan-liuyan",
        InputKind::Html,
        0.98,
    ),
    (
        "html-australian-celebrity-farmhouse-reno-megamenu-affiliate-shop-the-look-instagram-list-kept-newsletter-popin",
        InputKind::Html,
        0.96,
    ),
    (
        "html-australian-tabloid-inflatable-kangaroo-council-read-more-p-jw-video-x-embed-caps-caption-long-comments",
        InputKind::Html,
        0.98,
    ),
    (
        "html-irish-tabloid-reality-star-wedding-read-more-ul-box-instagram-x-embeds-caps-gallery-whatsapp-box-comments",
        InputKind::Html,
        0.98,
    ),
    (
        "html-uk-tabloid-soap-star-quits-mega-menu-trending-read-more-p-instagram-caps-gallery-newsletter-popin-comments",
        InputKind::Html,
        0.96,
    ),
    (
        "text-english-tech-news-app-update-rollout-update-note-top-version-table-kept-newsletter-box-mid-body-comment-count",
        InputKind::Text,
        0.95,
    ),
    (
        "text-english-ultrabook-review-score-card-above-lead-spec-benchmark-tables-kept-buy-at-box-mid-body-comments",
        InputKind::Text,
        0.98,
    ),
    (
        "text-german-smartphone-test-pro-contra-listen-kept-benchmark-tabelle-preisvergleich-affiliate-testnote-box",
        InputKind::Text,
        0.98,
    ),
    (
        "text-spanish-analisis-portatil-nota-box-lo-mejor-lo-peor-ficha-tecnica-kept-comprar-en-afiliados-comentarios",
        InputKind::Text,
        0.97,
    ),
    (
        "html-bulgarian-news-chitalishte-restavratsiya-prochetete-oshte-aside-snimka-galeriya-reklama-komentari-nai-cheteni",
        InputKind::Html,
        0.96,
    ),
    (
        "html-croatian-portal-knjiznica-duhanski-magazin-procitajte-jos-box-galerija-foto-oglas-tagovi-komentari-gdpr",
        InputKind::Html,
        0.98,
    ),
    (
        "html-serbian-cyrillic-portal-seoska-skola-solarna-elektrana-procitajte-jos-p-foto-credit-reklama-izvor-komentari",
        InputKind::Html,
        0.98,
    ),
    (
        "html-slovenian-regional-portal-zicnica-obnova-preberite-se-links-oglas-foto-figcaptions-vir-sta-oznake-komentarji",
        InputKind::Html,
        0.97,
    ),
    (
        "html-diocesan-paper-bell-tower-psalm-blockquote-donate-box-mid-body-gallery-captions-mass-times-sidebar",
        InputKind::Html,
        0.98,
    ),
    (
        "html-interfaith-news-community-garden-rota-table-leviticus-blockquote-inline-related-gallery-donate-events",
        InputKind::Html,
        0.98,
    ),
    (
        "html-polish-parish-site-odpust-organy-psalm-blockquote-fot-caption-galeria-udostepnij-msze-kancelaria-sidebar",
        InputKind::Html,
        0.96,
    ),
    (
        "html-spanish-diocesan-weekly-comedor-parroquial-mateo-blockquote-colon-list-galeria-horarios-misas-agenda",
        InputKind::Html,
        0.97,
    ),
    (
        "html-dutch-regional-daily-airport-security-queues-verkeersinfo-banner-lees-ook-x-embed-vertrektijden-widget-table",
        InputKind::Html,
        0.87,
    ),
    (
        "html-german-lokalzeitung-tram-umleitung-stoerung-banner-karte-figcaption-lesen-sie-auch-verkehrslage-instagram",
        InputKind::Html,
        0.92,
    ),
    (
        "html-uk-regional-rail-viaduct-closure-alert-banner-live-status-widget-bus-table-kept-tweet-plan-journey-form",
        InputKind::Html,
        0.90,
    ),
    (
        "html-us-nonprofit-newspack-bridge-closure-detour-map-caption-detour-list-kept-traffic-cam-transit-facebook-post",
        InputKind::Html,
        0.89,
    ),
    (
        "text-dutch-daily-klimaat-beregeningsverbod-serie-note-cijferbox-bron-lees-ook-cc-beeld-captions-reacties",
        InputKind::Text,
        0.91,
    ),
    (
        "text-german-green-magazine-schwammstadt-serie-note-messwerte-table-kept-lesen-sie-auch-spendenbox-kommentare",
        InputKind::Text,
        0.98,
    ),
    (
        "text-ngo-news-beaver-wetland-series-note-data-box-source-donate-mid-read-more-cc-by-sa-captions-comments",
        InputKind::Text,
        0.96,
    ),
    (
        "text-uk-paper-climate-section-cliff-erosion-managed-retreat-cc-by-sa-captions-read-more-list-favour-ask-comments",
        InputKind::Text,
        0.98,
    ),
    (
        "text-hungarian-county-portal-mti-dateline-gyaloghid-munkafazis-table-foto-twice-kapcsolodo-cimkek-legolvasottabb",
        InputKind::Text,
        0.98,
    ),
    (
        "text-hungarian-national-portal-mentoallomas-kapcsolodo-box-foto-twice-ha-tetszett-hozzaszolasok-legolvasottabb",
        InputKind::Text,
        0.98,
    ),
    (
        "text-hungarian-national-portal-pekseg-szovetkezet-olvasta-mar-hirdetes-folytatjuk-foto-twice-cimkek-legolvasottabb",
        InputKind::Text,
        0.98,
    ),
    (
        "text-hungarian-town-portal-piacrend-mi-valtozik-bullet-list-kapcsolodo-hirdetes-galeria-counter-hozzaszolasok",
        InputKind::Text,
        0.96,
    ),
    (
        "html-brazilian-city-site-onibus-linhas-table-kept-ul-leia-tambem-aside-publicidade-comentarios-facebook",
        InputKind::Html,
        0.98,
    ),
    (
        "html-brazilian-national-portal-estiagem-balsas-leia-tambem-ul-continua-apos-publicidade-divulgacao-whatsapp",
        InputKind::Html,
        0.98,
    ),
    (
        "html-brazilian-regional-drupal-casarao-blockquote-continua-apos-publicidade-galeria-divulgacao-disqus",
        InputKind::Html,
        0.98,
    ),
    (
        "html-brazilian-regional-wordpress-feira-livro-leia-tambem-p-publicidade-divulgacao-telegram-comentarios",
        InputKind::Html,
        0.98,
    ),
    (
        "html-czech-national-portal-protipovodnova-hradba-ctete-take-box-reklama-galerie-foto-sdilet-stitky-diskuse",
        InputKind::Html,
        0.93,
    ),
    (
        "html-czech-regional-daily-uzkokolejka-jizdni-rad-table-ctete-take-aside-reklama-clanek-pro-predplatitele",
        InputKind::Html,
        0.98,
    ),
    (
        "html-slovak-national-portal-tasr-dateline-citajte-aj-reklama-foto-paywall-pre-predplatitelov-najcitanejsie",
        InputKind::Html,
        0.98,
    ),
    (
        "html-slovak-regional-wordpress-amfiteater-citajte-aj-p-reklama-galeria-foto-znacky-komentare-cookie-bar",
        InputKind::Html,
        0.98,
    ),
    (
        "text-us-metro-daily-heat-cooling-centers-list-ordered-tips-kept-two-bylines-story-continues-ad-most-popular",
        InputKind::Text,
        0.96,
    ),
    (
        "text-us-metro-daily-transit-levy-staff-writer-email-updated-stamp-advertisement-story-continues-related-popular",
        InputKind::Text,
        0.98,
    ),
    (
        "text-us-regional-daily-maternity-unit-dateline-bullets-kept-newsletter-mid-body-photo-credit-twice-comment-prompt",
        InputKind::Text,
        0.98,
    ),
    (
        "text-us-state-capital-daily-phone-ban-vote-table-kept-updated-stamp-caption-twice-related-line-trending",
        InputKind::Text,
        0.96,
    ),
    (
        "html-belgian-daily-rues-scolaires-ul-kept-lire-aussi-abonnes-box-newsletter-mid-body-belga-credit-reagir",
        InputKind::Html,
        0.98,
    ),
    (
        "html-french-regional-cafe-cooperatif-lire-aussi-p-and-aside-publicite-afp-caption-abonnes-reagir-plus-lus",
        InputKind::Html,
        0.98,
    ),
    (
        "html-quebec-daily-deneigement-contrat-blockquote-a-lire-aussi-p-publicite-photo-credit-avec-pc-reagir",
        InputKind::Html,
        0.98,
    ),
    (
        "html-swiss-romand-votation-patinoire-results-table-keystone-ats-abonnes-badge-lire-aussi-newsletter-reagir",
        InputKind::Html,
        0.98,
    ),
    (
        "text-russian-city-portal-naberezhnaya-chitaite-takzhe-box-reklama-foto-twice-podelitsya-telegram-kommentarii",
        InputKind::Text,
        0.93,
    ),
    (
        "text-russian-national-snegopad-dateline-subheads-list-chitaite-takzhe-reklama-foto-twice-samoe-chitaemoe",
        InputKind::Text,
        0.98,
    ),
    (
        "text-ukrainian-city-vtorsyrovyna-chytaite-takozh-reklama-foto-twice-podilytysia-telegram-naipopuliarnishe",
        InputKind::Text,
        0.98,
    ),
    (
        "text-ukrainian-oblast-news-zroshuvalnyi-kanal-dateline-dash-quotes-chytaite-takozh-box-foto-twice-tehy-komentari",
        InputKind::Text,
        0.98,
    ),
    (
        "text-polish-city-portal-rower-miejski-zobacz-tez-box-subheads-cennik-bullets-fot-twice-komentarze",
        InputKind::Text,
        0.96,
    ),
    (
        "text-polish-national-nocny-pociag-dateline-czytaj-takze-reklama-oferta-fot-twice-zobacz-tez-komentarze",
        InputKind::Text,
        0.98,
    ),
    (
        "text-polish-regional-dotacje-pompy-ciepla-ordered-steps-czytaj-takze-box-wideo-twice-sponsorowany",
        InputKind::Text,
        0.92,
    ),
    (
        "text-polish-regional-szkola-likwidacja-artykul-dostepny-dla-subskrybentow-cut-czytaj-takze-reklama",
        InputKind::Text,
        0.98,
    ),
    (
        "html-austrian-regionalzeitung-hochwasserschutz-foto-apa-inline-links-blockquote-lesen-sie-auch-werbung-postings",
        InputKind::Html,
        0.98,
    ),
    (
        "html-bavarian-heimatzeitung-feuerwehrhaus-lesen-sie-auch-anzeige-dpa-caption-plus-teaser-meistgelesen-kommentare",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-regional-broadcaster-talbruecke-consent-banner-video-placeholder-teilen-dpa-caption-mehr-zum-thema",
        InputKind::Html,
        0.93,
    ),
    (
        "html-german-regionalzeitung-fernwaerme-preistabelle-lesen-sie-auch-p-anzeige-plus-teaser-meistgelesen-kommentare",
        InputKind::Html,
        0.98,
    ),
    (
        "text-food-blog-overnight-focaccia-long-intro-pin-it-save-recipe-box-card-nutrition-rated-comments-replies",
        InputKind::Text,
        0.95,
    ),
    (
        "text-french-recette-gratin-dauphinois-aller-a-la-recette-epingler-liens-affilies-valeurs-nutritionnelles-reponses",
        InputKind::Text,
        0.93,
    ),
    (
        "text-italian-ricetta-pasta-e-ceci-vai-alla-ricetta-pinnala-affiliato-amazon-valori-nutrizionali-stelle-risposte",
        InputKind::Text,
        0.94,
    ),
    (
        "text-uk-food-blog-leek-pie-skip-to-recipe-step-photo-captions-twice-faq-kept-video-nutrition-rows-author-replies",
        InputKind::Text,
        0.86,
    ),
    (
        "html-australian-state-media-release-rail-timetable-at-a-glance-summary-on-this-page-acknowledgement-helpful",
        InputKind::Html,
        0.98,
    ),
    (
        "html-canadian-wet-provincial-news-release-ferry-quotes-quick-facts-associated-links-contacts-francais-toggle",
        InputKind::Html,
        0.98,
    ),
    (
        "html-uk-gov-style-news-story-contents-list-last-updated-said-colon-quotes-media-enquiries-page-useful",
        InputKind::Html,
        0.98,
    ),
    (
        "html-us-city-press-release-library-hours-table-immediate-release-contact-translate-widget-alert-bar-hash-end",
        InputKind::Html,
        0.98,
    ),
    (
        "text-dutch-national-daily-vierdaagse-schoolweek-lees-ook-lines-advertentie-foto-twice-indented-quote-27-reacties",
        InputKind::Text,
        0.98,
    ),
    (
        "text-dutch-public-broadcaster-dijkversterking-bomenkap-lees-ook-box-video-caption-foto-anp-twice-net-binnen",
        InputKind::Text,
        0.98,
    ),
    (
        "text-flemish-public-broadcaster-stookolieketel-question-subheads-bullets-kept-lees-ook-box-belga-twice",
        InputKind::Text,
        0.98,
    ),
    (
        "text-flemish-regional-paper-stationsparking-plus-premium-teasers-lees-ook-lines-belga-twice-12-reacties",
        InputKind::Text,
        0.98,
    ),
    (
        "html-dutch-kennisinstituut-nieuws-dijkgras-beeld-cc-by-nc-publicatie-doi-mediacontact-agenda-gerelateerd-nieuws",
        InputKind::Html,
        0.98,
    ),
    (
        "html-english-marine-institute-wordpress-seagrass-cookie-banner-cc-by-caption-publication-doi-funding-box-events",
        InputKind::Html,
        0.90,
    ),
    (
        "html-german-hochschule-typo3-pressemitteilung-holzbruecke-bildnachweis-cc-by-sa-originalpublikation-termine",
        InputKind::Html,
        0.98,
    ),
    (
        "html-spanish-universidad-noticia-olivar-sequia-financiacion-kept-referencia-doi-fuente-agenda-relacionadas",
        InputKind::Html,
        0.92,
    ),
    (
        "text-arabic-gulf-school-bus-fees-iqra-aydan-box-ilan-tasweer-caption-twice-body-line-starting-sharik-replies",
        InputKind::Text,
        0.98,
    ),
    (
        "text-arabic-levant-snowstorm-drawn-numbered-road-closures-iqra-aydan-box-sura-credit-caption-twice-comments",
        InputKind::Text,
        0.98,
    ),
    (
        "text-arabic-maghreb-dam-levels-table-rows-ilan-iqra-aydan-most-read-box-mid-body-masdar-credit-comments",
        InputKind::Text,
        0.98,
    ),
    (
        "text-arabic-nile-portal-train-timetable-question-subheads-one-word-answer-iqra-aydan-dots-shahid-video",
        InputKind::Text,
        0.87,
    ),
    (
        "html-english-album-review-rating-box-spotify-iframe-listen-on-row-buy-vinyl-affiliate-tracklist-aside-comments",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-musiknews-neues-album-tracklist-ol-kept-youtube-iframe-tourdaten-widget-tickets-anzeige-mehr-news",
        InputKind::Html,
        0.98,
    ),
    (
        "html-music-blog-ep-review-bandcamp-iframe-standout-tracks-ul-kept-score-line-jetpack-share-related-posts-comments",
        InputKind::Html,
        0.97,
    ),
    (
        "html-spanish-critica-disco-nota-caja-ficha-tracklist-dropped-escuchalo-en-comprar-vinilo-relacionadas-comentarios",
        InputKind::Html,
        0.98,
    ),
    (
        "html-financial-paper-profit-warning-market-strip-quote-box-guidance-table-newsletter-meter-teaser-related-firms",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-boersenportal-marktbericht-dax-index-ticker-snapshot-box-schlussstaende-table-newsletter-risikohinweis",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-wirtschaftszeitung-prognose-kursleiste-kursbox-quartalstabelle-newsletter-plus-paywall-erwaehnte-werte",
        InputKind::Html,
        0.98,
    ),
    (
        "html-shipping-trade-journal-carrier-loss-rate-ticker-results-table-blockquote-newsletter-leaky-paywall-author-box",
        InputKind::Html,
        0.98,
    ),
    (
        "text-basque-ibaialde-egunkaria-frontoi-estalkia-irakurri-ere-lines-argazkia-twice-harpidetu-box-gehien-irakurriak",
        InputKind::Text,
        0.98,
    ),
    (
        "text-catalan-comarcal-cooperativa-moli-oli-llegiu-tambe-lines-foto-captions-twice-llista-paywall-box-el-mes-llegit",
        InputKind::Text,
        0.98,
    ),
    (
        "text-galician-xornal-percebe-confraria-le-tamen-lines-foto-captions-twice-nbsp-quote-asinantes-box-o-mais-lido",
        InputKind::Text,
        0.98,
    ),
    (
        "text-valencian-portal-riuada-ajudes-llegiu-tambe-galeria-foto-twice-ol-passos-subscriptor-box-el-mes-llegit",
        InputKind::Text,
        0.98,
    ),
    (
        "text-uk-national-broadsheet-hosepipe-ban-reservoir-table-rows-photograph-twice-daily-newsletter-box-dont-miss",
        InputKind::Text,
        0.98,
    ),
    (
        "text-uk-national-midmarket-parcel-scam-texts-caps-dont-miss-block-getty-caption-twice-daily-newsletter-box",
        InputKind::Text,
        0.98,
    ),
    (
        "text-uk-reach-live-site-pothole-claims-get-the-latest-news-box-privacy-line-read-more-dont-miss-most-read",
        InputKind::Text,
        0.98,
    ),
    (
        "text-uk-yorkshire-regional-planning-appeal-kiosk-picture-credit-twice-read-more-pairs-dont-miss-list-newsletter-box",
        InputKind::Text,
        0.98,
    ),
    (
        "html-us-local-tv-gray-boil-water-update-lead-p-alert-banner-watch-live-title-video-caption-copyright-p-latest",
        InputKind::Html,
        0.98,
    ),
    (
        "html-us-local-tv-nexstar-elevator-fire-watch-live-title-update-p-read-more-p-closures-ul-app-box-copyright-latest",
        InputKind::Html,
        0.98,
    ),
    (
        "html-us-local-tv-sinclair-phone-ban-vote-tornado-banner-live-title-h2-blockquote-also-read-copyright-typo-latest",
        InputKind::Html,
        0.98,
    ),
    (
        "html-us-local-tv-water-rates-table-rows-flood-banner-watch-live-caption-update-last-p-app-p-copyright-typo-latest",
        InputKind::Html,
        0.94,
    ),
    (
        "text-australian-broadcaster-air-tanker-cuts-in-short-box-getty-caption-twice-loading-read-more-list-popular-now",
        InputKind::Text,
        0.91,
    ),
    (
        "text-australian-metro-daily-ferry-wharf-related-lines-aap-caption-twice-loading-subscriber-prompt-most-viewed",
        InputKind::Text,
        0.98,
    ),
    (
        "text-australian-regional-paper-birthing-unit-caption-twice-read-more-subscriber-prompt-comments-most-viewed",
        InputKind::Text,
        0.98,
    ),
    (
        "text-nz-metro-daily-premium-cycle-lane-listen-row-photo-credit-twice-subscribe-prompt-read-more-most-viewed",
        InputKind::Text,
        0.98,
    ),
    (
        "text-cretan-portal-flood-drawn-numbered-measures-eurokinissi-caption-split-diafimisi-synexeia-anagnosis-sxolia",
        InputKind::Text,
        0.98,
    ),
    (
        "text-cypriot-local-paper-exam-results-table-rows-fotografia-arxeiou-twice-diavaste-episis-pigi-credit-dimofili",
        InputKind::Text,
        0.98,
    ),
    (
        "text-cypriot-portal-water-cuts-village-bullets-diavaste-episis-diafimisi-fotografia-twice-sxolia-count-dimofili",
        InputKind::Text,
        0.98,
    ),
    (
        "text-greek-portal-antibiotic-shortages-eurokinissi-caption-twice-diavaste-episis-box-and-line-sponsored-roi",
        InputKind::Text,
        0.98,
    ),
    (
        "html-indian-business-portal-ipo-faq-h3-kept-ipo-widget-table-dropped-ticker-also-read-disclaimer-read-full-article",
        InputKind::Html,
        0.96,
    ),
    (
        "html-indian-national-daily-heatwave-school-timings-also-read-p-and-card-photo-pti-catch-all-read-full-article",
        InputKind::Html,
        0.98,
    ),
    (
        "html-indian-regional-tagdiv-assam-floods-also-read-after-br-br-in-p-wp-caption-photo-pti-trending-now-leave-reply",
        InputKind::Html,
        0.98,
    ),
    (
        "html-indian-sports-daily-hockey-semifinal-key-highlights-ul-blockquote-gallery-photo-pti-also-read-catch-all",
        InputKind::Html,
        0.98,
    ),
    (
        "html-french-blog-observatoire-etoile-variable-credit-image-glossaire-encadre-bio-auteur-commentaires-a-lire-aussi",
        InputKind::Html,
        0.92,
    ),
    (
        "html-newspaper-science-desk-lunar-lander-image-credit-video-title-related-box-journal-doi-bio-newsletter-comments",
        InputKind::Html,
        0.93,
    ),
    (
        "html-popular-science-wordpress-comet-outburst-figcaption-credit-video-title-journal-ref-doi-related-cards-comments",
        InputKind::Html,
        0.94,
    ),
    (
        "html-spanish-diario-ciencia-volcan-submarino-pie-foto-credito-referencia-doi-glosario-aside-video-comentarios",
        InputKind::Html,
        0.94,
    ),
    (
        "text-company-engineering-blog-cache-stampede-go-code-copy-buttons-toc-box-results-table-hiring-aside-author-card",
        InputKind::Text,
        0.92,
    ),
    (
        "text-personal-blog-sqlite-strict-tables-sql-shell-blocks-numbered-steps-newsletter-box-mid-post-disqus-comments",
        InputKind::Text,
        0.86,
    ),
    (
        "text-tutorial-site-css-container-queries-lesson-sidebar-html-css-tabs-copy-try-it-ads-quiz-box-prev-next-lessons",
        InputKind::Text,
        0.93,
    ),
    (
        "text-wordpress-dev-blog-systemd-node-service-ez-toc-hide-unit-file-journalctl-output-jetpack-like-comments-replies",
        InputKind::Text,
        0.98,
    ),
    (
        "html-argentine-national-daily-ramal-tren-reabre-lee-tambien-strong-p-foto-archivo-google-news-lo-mas-visto",
        InputKind::Html,
        0.98,
    ),
    (
        "html-chilean-wordpress-feria-costumbrista-suspendida-em-dash-quotes-medidas-ul-lee-tambien-whatsapp-temas",
        InputKind::Html,
        0.98,
    ),
    (
        "html-mexican-state-daily-deslave-te-puede-interesar-cards-publicidad-cuartoscuro-whatsapp-temas-comentarios",
        InputKind::Html,
        0.98,
    ),
    (
        "html-peruvian-daily-precio-papa-mercado-mayorista-table-blockquote-te-puede-interesar-foto-andina-google-news",
        InputKind::Html,
        0.94,
    ),
    (
        "text-danish-regional-daily-havnebad-bakterier-laes-ogsaa-lines-annonce-foto-twice-plus-emner-mest-laeste",
        InputKind::Text,
        0.98,
    ),
    (
        "text-norwegian-national-avis-bompenger-elbil-pluss-les-ogsa-lines-annonse-foto-twice-tabell-kept-mest-lest",
        InputKind::Text,
        0.98,
    ),
    (
        "text-swedish-national-morgontidning-lakemedelsbrist-drawn-numbered-list-kept-nbsp-quote-las-ocksa-box-mest-last",
        InputKind::Text,
        0.98,
    ),
    (
        "text-swedish-regional-daily-fjarrvarme-las-ocksa-lines-annons-foto-twice-fakta-box-kept-premium-box-mest-last",
        InputKind::Text,
        0.98,
    ),
    (
        "html-us-gannett-style-bus-routes-up-to-the-minute-news-signup-support-local-journalism-contact-the-writer-related",
        InputKind::Html,
        0.98,
    ),
    (
        "html-us-lee-blox-fair-grandstand-be-the-first-to-know-box-read-more-p-staff-photo-caption-tags-most-popular",
        InputKind::Html,
        0.98,
    ),
    (
        "html-us-mcclatchy-style-river-trail-h2-subheads-related-stories-box-photographer-caption-most-popular",
        InputKind::Html,
        0.98,
    ),
    (
        "html-us-regional-daily-water-rate-table-kept-read-more-links-be-the-first-to-know-contact-writer-tag-row-footer",
        InputKind::Html,
        0.98,
    ),
    (
        "html-film-news-sequel-casting-trailer-player-x-post-kept-related-card-where-to-watch-widget-trending-list",
        InputKind::Html,
        0.96,
    ),
    (
        "html-spanish-cine-noticia-estreno-trailer-video-titulo-donde-ver-botones-te-puede-interesar-x-post-lo-mas-leido",
        InputKind::Html,
        0.98,
    ),
    (
        "html-spanish-revista-famosos-boda-instagram-embed-kept-galeria-getty-credits-relacionado-newsletter-tendencias",
        InputKind::Html,
        0.98,
    ),
    (
        "html-tv-series-review-affiliate-disclosure-where-to-watch-buttons-cast-list-kept-trailer-embed-newsletter-trending",
        InputKind::Html,
        0.96,
    ),
    (
        "text-indian-business-paper-gold-loan-ipo-price-band-ticker-also-read-colon-details-list-first-published-catch-all",
        InputKind::Text,
        0.98,
    ),
    (
        "text-indian-daily-explainer-crop-insurance-question-subheads-also-read-above-subhead-space-quote-agencies-credit",
        InputKind::Text,
        0.98,
    ),
    (
        "text-indian-national-daily-lake-encroachment-drive-also-read-pipe-lines-ani-caption-twice-pti-credit-comment-count",
        InputKind::Text,
        0.98,
    ),
    (
        "text-indian-tv-news-portal-bus-strike-pti-dateline-watch-video-card-only-the-headline-note-trending-list",
        InputKind::Text,
        0.98,
    ),
    (
        "text-portuguese-portugal-daily-residencias-estudantes-assine-box-mid-body-ler-mais-lusa-caption-twice-mais-lidas",
        InputKind::Text,
        0.98,
    ),
    (
        "text-portuguese-portugal-madeira-lusa-dateline-lead-ler-mais-line-foto-lusa-twice-assine-line-tags-comment-count",
        InputKind::Text,
        0.98,
    ),
    (
        "text-portuguese-portugal-regional-dessalinizadora-bullets-kept-leia-tambem-box-foto-twice-etiquetas-comentarios",
        InputKind::Text,
        0.98,
    ),
    (
        "text-portuguese-portugal-tv-portal-incendio-video-player-ler-mais-lines-lusa-captions-twice-partilhar-mais-vistos",
        InputKind::Text,
        0.98,
    ),
    (
        "html-uk-broadsheet-money-savings-rates-affiliate-disclosure-h2-subheads-rates-table-rich-link-epic-most-viewed",
        InputKind::Html,
        0.98,
    ),
    (
        "html-uk-reach-local-bus-route-axed-read-more-strong-links-newsletter-consent-line-image-credits-most-read-taboola",
        InputKind::Html,
        0.98,
    ),
    (
        "html-uk-scottish-regional-ferry-cafe-read-more-card-dont-miss-box-blockquote-newsletter-consent-most-read-ticker",
        InputKind::Html,
        0.98,
    ),
    (
        "html-uk-tabloid-showbiz-soap-star-panto-dont-miss-box-getty-captions-newsletter-consent-video-promo-comments-count",
        InputKind::Html,
        0.98,
    ),
    (
        "text-canadian-metro-daily-library-sundays-article-content-lines-advertisement-n-subscribe-box-bullets-trending",
        InputKind::Text,
        0.98,
    ),
    (
        "text-canadian-public-broadcaster-wharf-repair-social-sharing-cp-caption-twice-related-lines-with-files-from-cp",
        InputKind::Text,
        0.98,
    ),
    (
        "text-french-canadian-public-broadcaster-classes-modulaires-partager-a-lire-aussi-list-pc-caption-twice-tendances",
        InputKind::Text,
        0.98,
    ),
    (
        "text-quebec-daily-bleuets-gel-a-lire-aussi-lines-publicite-presse-canadienne-caption-twice-partager-plus-lus",
        InputKind::Text,
        0.98,
    ),
    (
        "text-irish-national-site-circuit-court-burglary-gang-sentence-list-read-more-lines-garda-appeal-box-newsletter",
        InputKind::Text,
        0.94,
    ),
    (
        "text-uk-regional-crown-court-stabbing-jailed-police-appeal-kept-crimestoppers-box-picture-police-twice-legal-note",
        InputKind::Text,
        0.93,
    ),
    (
        "text-uk-weekly-magistrates-court-roundup-listings-kept-picture-police-twice-reporting-notice-comments-closed",
        InputKind::Text,
        0.92,
    ),
    (
        "text-us-regional-paper-sentencing-catalytic-converter-ring-read-more-lines-mugshots-twice-tip-line-box-most-read",
        InputKind::Text,
        0.98,
    ),
    (
        "html-japanese-business-weekly-supermarket-alliance-h2-subheads-plan-table-awasete-yomitai-next-page-premium-teaser",
        InputKind::Html,
        0.98,
    ),
    (
        "html-japanese-national-daily-bus-driver-shortage-yuryo-kaiin-paywall-kanren-kiji-aside-kokoku-ranking",
        InputKind::Html,
        0.98,
    ),
    (
        "html-japanese-national-daily-observatory-cuts-br-br-lead-change-list-kept-kanren-box-premium-tsuzuki-ranking",
        InputKind::Html,
        0.98,
    ),
    (
        "html-japanese-regional-paper-port-asaichi-tsuzuki-wo-yomu-hidden-div-kept-shashin-captions-kanren-ranking",
        InputKind::Html,
        0.98,
    ),
    (
        "html-russian-bitrix-regional-avtobus-raspisanie-table-reklama-erid-chitaite-takzhe-podpisyvaytes-kommentarii",
        InputKind::Html,
        0.98,
    ),
    (
        "html-russian-independent-selskaya-shkola-donation-box-mid-body-chitaite-takzhe-card-foto-credit-telegram-tegi",
        InputKind::Html,
        0.94,
    ),
    (
        "html-ukrainian-nextjs-biblioteka-pidtrymaite-nas-chytaite-takozh-cards-h2-blockquote-foto-naichytanishe",
        InputKind::Html,
        0.98,
    ),
    (
        "html-ukrainian-tagdiv-vodokanal-streets-ul-chytaite-takozh-p-reklama-foto-telegram-tehy-komentari-naipopuliarnishe",
        InputKind::Html,
        0.98,
    ),
    (
        "text-spanish-digital-native-repartidores-no-blank-lines-ordered-list-kept-whatsapp-prompt-te-puede-interesar",
        InputKind::Text,
        0.98,
    ),
    (
        "text-spanish-digital-native-residencias-europa-press-caption-twice-socios-box-list-kept-con-informacion-de",
        InputKind::Text,
        0.97,
    ),
    (
        "text-spanish-national-daily-alquiler-lee-tambien-lines-efe-captions-twice-suscriptores-box-temas-lo-mas-leido",
        InputKind::Text,
        0.98,
    ),
    (
        "text-spanish-national-daily-retablo-nbsp-quote-efe-captions-twice-newsletter-box-one-sentence-end-lo-mas-visto",
        InputKind::Text,
        0.98,
    ),
    (
        "html-german-nachrichtenmagazin-elbbruecke-plus-badge-guillemet-blockquote-mehr-zum-thema-anzeige-foto-dpa-forum",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-national-daily-berlin-dpa-dateline-ul-after-colon-lesen-sie-auch-card-anzeige-dpa-captions-kommentare",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-wochenzeitung-dorfschule-z-plus-paywall-box-mid-body-artikel-vorlesen-player-newsletter-kommentare",
        InputKind::Html,
        0.98,
    ),
    (
        "html-swiss-german-daily-kraftwerk-uri-abo-badge-lesen-sie-auch-werbung-table-kept-foto-keystone-sda-kommentare",
        InputKind::Html,
        0.98,
    ),
    (
        "text-italian-national-daily-bollette-novita-ol-items-split-by-abbonati-paywall-box-caption-twice-subhead-piu-letti",
        InputKind::Text,
        0.98,
    ),
    (
        "text-italian-national-daily-scuola-smartphone-caption-twice-lapresse-leggi-anche-subheads-commenti-piu-letti",
        InputKind::Text,
        0.98,
    ),
    (
        "text-italian-news-agency-portal-treni-orario-dateline-lead-foto-ansa-lapresse-captions-leggi-anche-condividi-tag",
        InputKind::Text,
        0.93,
    ),
    (
        "text-italian-tv-news-site-relitto-video-player-foto-ansa-lapresse-captions-nbsp-quote-subhead-commenti-piu-visti",
        InputKind::Text,
        0.98,
    ),
    (
        "html-dutch-national-daily-tandarts-plus-badge-paywall-box-mid-body-lees-ook-cards-advertentie-anp-credit-reacties",
        InputKind::Html,
        0.98,
    ),
    (
        "html-dutch-news-portal-spoorbrug-dicht-block-divs-lees-ook-video-block-title-ul-kept-anp-credit-ook-interessant",
        InputKind::Html,
        0.98,
    ),
    (
        "html-flemish-regional-broadcaster-beverdam-video-player-title-description-lees-ook-list-foto-belga-meest-gelezen",
        InputKind::Html,
        0.98,
    ),
    (
        "html-flemish-regional-paper-bakkerij-sluit-plus-badge-lees-ook-line-mid-body-advertentie-foto-belga-reacties-form",
        InputKind::Html,
        0.98,
    ),
    (
        "html-french-deco-magazine-coin-lecture-numbered-h2-didomi-enregistrer-pin-acheter-card-citation-shop-the-story",
        InputKind::Html,
        0.94,
    ),
    (
        "html-german-reisemagazin-kammweg-etappen-table-kept-consent-merken-jetzt-kaufen-card-zitat-aside-shop-story",
        InputKind::Html,
        0.94,
    ),
    (
        "html-nextjs-lifestyle-picnic-guide-css-module-divs-ol-kept-product-cards-buy-now-pullquote-repeat-save-shop-story",
        InputKind::Html,
        0.89,
    ),
    (
        "html-travel-magazine-harbour-weekend-cookie-dialog-pin-save-buy-now-card-newsletter-pullquote-shop-story",
        InputKind::Html,
        0.95,
    ),
    (
        "html-czech-national-daily-premium-mrazy-vinice-ctk-dateline-ctete-take-aside-foto-ctk-paywall-cut-nejctenejsi",
        InputKind::Html,
        0.98,
    ),
    (
        "html-czech-regional-portal-knihovna-pivovar-ctete-take-cards-reklama-foto-ctk-galerie-blockquote-diskuse",
        InputKind::Html,
        0.98,
    ),
    (
        "html-polish-national-portal-skup-jablek-pap-dateline-bold-lead-kept-cennik-table-zobacz-tez-galeria-reklama",
        InputKind::Html,
        0.98,
    ),
    (
        "html-polish-regional-daily-schronisko-rozbudowa-czytaj-takze-p-and-card-reklama-fot-paywall-box-komentarze",
        InputKind::Html,
        0.90,
    ),
    (
        "text-australian-tennis-report-live-scores-widget-read-more-lines-odds-boost-18-plus-results-kept-most-read",
        InputKind::Text,
        0.89,
    ),
    (
        "text-indian-cricket-report-live-score-strip-also-read-lines-video-card-brief-scores-kept-fantasy-promo-comments",
        InputKind::Text,
        0.92,
    ),
    (
        "text-uk-football-report-live-scores-strip-highlights-card-read-more-lines-odds-box-18-plus-teams-kept-most-read",
        InputKind::Text,
        0.91,
    ),
    (
        "text-us-college-basketball-recap-dateline-scores-strip-big-picture-up-next-kept-odds-21-plus-game-leaders",
        InputKind::Text,
        0.91,
    ),
    (
        "text-cable-news-ground-stop-story-continues-below-ad-newsletter-box-mid-body-read-more-lines-comments-trending",
        InputKind::Text,
        0.98,
    ),
    (
        "text-national-daily-park-wildfire-ap-caption-twice-copyright-key-points-dropped-related-lines-newsletter-trending",
        InputKind::Text,
        0.92,
    ),
    (
        "text-national-paper-social-security-offices-read-more-lines-ad-labels-subheads-bullets-kept-correction-comments",
        InputKind::Text,
        0.96,
    ),
    (
        "text-wire-service-rural-water-towers-related-lines-ap-photo-captions-twice-advertisement-ap-copyright-most-read",
        InputKind::Text,
        0.98,
    ),
    (
        "text-ghanaian-news-portal-parliament-loan-vote-read-also-lines-twitter-byline-ad-slots-comment-count-sister-titles",
        InputKind::Text,
        0.98,
    ),
    (
        "text-kenyan-daily-cholera-outbreak-caption-twice-also-read-lines-swahili-quote-whatsapp-channel-related-trending",
        InputKind::Text,
        0.98,
    ),
    (
        "text-nigerian-business-daily-cement-prices-also-read-lines-advert-slots-twitter-byline-whatsapp-channel-trending",
        InputKind::Text,
        0.98,
    ),
    (
        "text-south-african-business-site-labour-court-strike-interdict-also-read-lines-caption-twice-whatsapp-trending",
        InputKind::Text,
        0.98,
    ),
    (
        "html-croatian-national-portal-vatrogasci-hina-dateline-blockquote-procitajte-i-oglas-pixsell-galerija-najcitanije",
        InputKind::Html,
        0.98,
    ),
    (
        "html-croatian-regional-portal-riva-parking-procitajte-i-p-and-card-oglas-foto-pixsell-galerija-komentari-cookie",
        InputKind::Html,
        0.98,
    ),
    (
        "html-serbian-latin-portal-otkup-maline-table-kept-procitajte-i-strong-p-reklama-foto-tanjug-komentari-najcitanije",
        InputKind::Html,
        0.98,
    ),
    (
        "html-slovenian-portal-vrtec-prizidek-preberite-se-card-oglas-foto-sta-galerija-vir-sta-najbolj-brano-komentarji",
        InputKind::Html,
        0.96,
    ),
    (
        "text-french-verificateur-eau-nitrates-affirmation-verdict-kept-a-lire-aussi-notre-methode-sources-don",
        InputKind::Text,
        0.95,
    ),
    (
        "text-german-faktencheck-e-rezept-behauptung-bewertung-fakten-kept-list-kept-recherche-ueberblick-spenden",
        InputKind::Text,
        0.98,
    ),
    (
        "text-spanish-bulo-tasa-ropa-balcon-falso-label-whatsapp-box-publicidad-fuentes-metodologia-mas-desmentidos",
        InputKind::Text,
        0.98,
    ),
    (
        "text-uk-charity-fact-check-car-washing-what-was-claimed-our-verdict-box-kept-read-more-our-sources-donate",
        InputKind::Text,
        0.95,
    ),
    (
        "html-indonesian-english-daily-commuter-rail-read-also-p-related-box-antara-caption-tweet-kept-premium-box-trending",
        InputKind::Html,
        0.98,
    ),
    (
        "html-malaysian-daily-retention-pond-also-read-cards-bernama-captions-village-list-tweet-kept-telegram-more-from",
        InputKind::Html,
        0.97,
    ),
    (
        "html-philippine-daily-ferry-terminal-read-p-related-card-facebook-embed-kept-ul-with-reports-from-comments",
        InputKind::Html,
        0.96,
    ),
    (
        "html-singapore-daily-hawker-tray-robots-read-also-cards-table-instagram-embed-kept-paywall-teaser-most-popular",
        InputKind::Html,
        0.98,
    ),
    (
        "text-hungarian-county-portal-gat-kapcsolodo-cikk-box-hirdetes-foto-mti-twice-forras-mti-cimkek-legolvasottabb",
        InputKind::Text,
        0.98,
    ),
    (
        "text-hungarian-national-portal-menetrend-kapcsolodo-lines-hirdetes-foto-mti-twice-bullets-share-legolvasottabb",
        InputKind::Text,
        0.98,
    ),
    (
        "text-romanian-judetean-tarif-apa-bullets-citeste-si-box-publicitate-foto-twice-etichete-comentarii-cele-mai-citite",
        InputKind::Text,
        0.98,
    ),
    (
        "text-romanian-national-portal-ninsori-update-para-citeste-si-lines-publicitate-foto-inquam-twice-cele-mai-citite",
        InputKind::Text,
        0.98,
    ),
    (
        "text-australian-shire-news-roadside-slashing-fire-danger-banner-subheads-last-modified-feedback-acknowledgement",
        InputKind::Text,
        0.98,
    ),
    (
        "text-irish-county-council-news-greenway-funding-bilingual-header-notes-to-editors-kept-media-enquiries-page-useful",
        InputKind::Text,
        0.98,
    ),
    (
        "text-uk-district-council-news-free-parking-breadcrumb-last-updated-media-enquiries-page-helpful-report-problem",
        InputKind::Text,
        0.98,
    ),
    (
        "text-us-county-news-flash-bridge-replacements-schedule-bullets-hash-end-media-contact-caption-after-body-notify-me",
        InputKind::Text,
        0.94,
    ),
    (
        "html-german-kopfhoerer-test-testnote-box-pro-contra-preisvergleich-datenblatt-so-testen-wir-kommentare",
        InputKind::Html,
        0.92,
    ),
    (
        "html-german-notebook-test-wertungskasten-plus-minus-beste-angebote-datenblatt-video-untertitel-kommentare",
        InputKind::Html,
        0.98,
    ),
    (
        "html-phone-review-verdict-box-score-pros-cons-best-deals-today-widget-spec-table-video-embed-caption-comments",
        InputKind::Html,
        0.93,
    ),
    (
        "html-wordpress-ultrabook-review-score-badge-check-price-at-buttons-ol-benchmarks-kept-related-carousel",
        InputKind::Html,
        0.97,
    ),
    (
        "html-dutch-universiteit-nieuws-fietsen-naar-school-foto-credit-over-het-onderzoek-doi-persvoorlichting-agenda",
        InputKind::Html,
        0.93,
    ),
    (
        "html-english-university-drupal-news-street-lights-moths-about-the-study-doi-media-contact-events-related-tiles",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-universitaet-typo3-streuobstwiesen-foto-credit-originalpublikation-doi-pressekontakt-termine",
        InputKind::Html,
        0.98,
    ),
    (
        "html-spanish-instituto-investigacion-liferay-posidonia-table-foto-credit-publicacion-original-doi-eventos",
        InputKind::Html,
        0.98,
    ),
    (
        "html-english-health-news-tick-fever-cases-medically-reviewed-key-takeaways-symptom-checker-sources-helpful",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-gesundheitsportal-pollenflug-medizinisch-geprueft-das-wichtigste-anzeige-quellen-hilfreich",
        InputKind::Html,
        0.96,
    ),
    (
        "html-italian-salute-vaccino-antinfluenzale-farmacie-revisione-medica-in-breve-leggi-anche-p-blockquote-fonti-utile",
        InputKind::Html,
        0.98,
    ),
    (
        "html-spanish-salud-golpe-de-calor-mayores-revisado-por-caja-claves-tabla-riesgo-te-puede-interesar-p-fuentes-util",
        InputKind::Html,
        0.98,
    ),
    (
        "text-australian-ute-price-and-specs-news-price-table-kept-read-more-lines-watch-card-finance-calculator-1-of-12",
        InputKind::Text,
        0.98,
    ),
    (
        "text-french-essai-citadine-electrique-fiche-technique-box-offre-loa-galerie-1-sur-24-lire-aussi-derniers-essais",
        InputKind::Text,
        0.94,
    ),
    (
        "text-german-motorrad-news-naked-bike-daten-box-bild-1-von-18-weiterlesen-farben-liste-video-dauer-konkurrenten",
        InputKind::Text,
        0.98,
    ),
    (
        "text-uk-first-drive-hybrid-suv-at-a-glance-spec-box-pcp-finance-widget-gallery-1-of-24-video-card-rivals-latest",
        InputKind::Text,
        0.98,
    ),
    (
        "html-english-album-review-star-rating-release-info-dl-listen-on-iframe-pull-quote-author-box-more-reviews",
        InputKind::Html,
        0.96,
    ),
    (
        "html-english-film-review-stars-showtimes-widget-mid-body-where-to-watch-cast-dl-more-film-reviews",
        InputKind::Html,
        0.98,
    ),
    (
        "html-french-critique-concert-note-etoiles-setlist-ol-rappel-kept-billetterie-widget-lire-aussi-newsletter-plus-lus",
        InputKind::Html,
        0.97,
    ),
    (
        "html-spanish-critica-cine-valoracion-estrellas-ficha-tecnica-aside-trailer-iframe-donde-ver-mas-criticas",
        InputKind::Html,
        0.94,
    ),
    (
        "text-australian-auction-results-clearance-box-results-list-kept-agent-card-related-listings-most-viewed",
        InputKind::Text,
        0.93,
    ),
    (
        "text-german-immobilien-mietspiegel-preisbox-objekt-der-woche-finanzierungsrechner-meistgelesen",
        InputKind::Text,
        0.92,
    ),
    (
        "text-uk-regional-property-news-first-time-buyers-price-box-property-of-the-week-caption-twice-most-viewed",
        InputKind::Text,
        0.94,
    ),
    (
        "text-us-metro-daily-condo-sellout-sponsored-rate-table-payment-calculator-agent-card-related-listings",
        InputKind::Text,
        0.90,
    ),
    (
        "text-australian-regional-news-vale-surf-lifesaver-picture-supplied-twice-death-notices-guest-book-comments",
        InputKind::Text,
        0.93,
    ),
    (
        "text-canadian-city-daily-tribute-curling-coach-caption-twice-guest-book-widget-send-flowers-related-comments",
        InputKind::Text,
        0.98,
    ),
    (
        "text-uk-regional-daily-tribute-radio-presenter-image-credit-twice-read-more-lines-funeral-notices-most-read",
        InputKind::Text,
        0.98,
    ),
    (
        "text-us-metro-daily-news-obituary-band-director-send-flowers-mid-body-in-memoriam-box-death-notices-comments",
        InputKind::Text,
        0.97,
    ),
    (
        "html-chinese-city-news-pocket-parks-benbaoxun-jizhe-tupian-laiyuan-xiangguan-yuedu-ul-zeren-bianji-banquan-paihang",
        InputKind::Html,
        0.98,
    ),
    (
        "html-korean-daily-island-sea-taxi-gija-lead-sajin-jegong-gwanryeon-gisa-box-reporter-email-copyright-manhi-bon",
        InputKind::Html,
        0.98,
    ),
    (
        "html-taiwan-news-rural-care-shuttle-jizhe-bracket-lead-tu-tigong-guanggao-yanshen-yuedu-gengduo-xinwen-remen",
        InputKind::Html,
        0.98,
    ),
    (
        "html-traditional-chinese-daily-library-night-hours-jizhe-tupian-laiyuan-yanshen-yuedu-zeren-bianji-paihang",
        InputKind::Html,
        0.88,
    ),
    (
        "text-german-naturpodcast-streuobstwiese-player-abonnieren-werbung-kapitel-links-zur-folge-zu-gast-transkript",
        InputKind::Text,
        0.91,
    ),
    (
        "text-indie-history-podcast-pigeon-post-listen-on-list-ad-break-bracket-chapters-further-reading-guest-bio-patreon",
        InputKind::Text,
        0.87,
    ),
    (
        "text-spanish-radio-programa-conserveras-disponible-hasta-suscribete-caption-twice-raya-patrocinio-contenido",
        InputKind::Text,
        0.90,
    ),
    (
        "text-uk-public-radio-programme-fen-pumping-engine-broadcast-times-caption-twice-clips-presenter-box-transcript",
        InputKind::Text,
        0.92,
    ),
    (
        "html-french-municipales-second-tour-triangulaire-tableau-kept-bandeau-en-direct-sondage-source-lire-aussi-plus-lus",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-ob-stichwahl-wahltabelle-kept-live-wahl-widget-quelle-erklaerer-infobox-lesen-sie-auch-meistgelesen",
        InputKind::Html,
        0.91,
    ),
    (
        "html-italian-politiche-collegio-uninominale-tabella-kept-speciale-diretta-tweet-kept-come-si-vota-box-sondaggio",
        InputKind::Html,
        0.89,
    ),
    (
        "html-us-county-executive-runoff-live-results-aside-results-table-kept-x-post-kept-key-races-cards-newsletter",
        InputKind::Html,
        0.98,
    ),
    (
        "html-beehiiv-like-library-blackout-sponsor-block-top-subscribe-embed-poll-referral-keep-reading",
        InputKind::Html,
        0.98,
    ),
    (
        "html-ghost-german-buergerbus-kg-html-table-hidden-signup-card-bookmark-callout-author-card-weiterlesen",
        InputKind::Html,
        0.94,
    ),
    (
        "html-spanish-substack-like-molino-footnotes-ol-suscribete-box-compartir-comentario-recomendaciones-listo",
        InputKind::Html,
        0.98,
    ),
    (
        "html-substack-like-harbour-pilots-paid-cut-upgrade-box-mid-body-embedded-post-footnotes-author-card-recommended",
        InputKind::Html,
        0.94,
    ),
    (
        "text-australian-rural-weekly-wool-sale-price-bullets-kept-saleyard-ticker-sponsored-ute-card-caption-twice",
        InputKind::Text,
        0.98,
    ),
    (
        "text-german-agrarzeitung-milchpreis-molkerei-tabelle-kept-marktticker-anzeige-lesen-sie-auch-meistgelesen",
        InputKind::Text,
        0.98,
    ),
    (
        "text-irish-farm-weekly-suckler-payments-delay-mart-reports-box-mid-body-read-more-lines-subscriber-prompt",
        InputKind::Text,
        0.92,
    ),
    (
        "text-us-midwest-farm-paper-corn-harvest-yield-table-kept-cash-bids-ticker-sponsored-combine-card-most-read",
        InputKind::Text,
        0.98,
    ),
    (
        "html-english-horror-game-review-spoiler-warning-score-panel-platforms-buy-on-prices-trailer-caption-comments",
        InputKind::Html,
        0.93,
    ),
    (
        "html-french-test-jeu-gestion-note-sur-20-plateformes-galerie-compteur-acheter-sur-prix-newsletter-jeux-similaires",
        InputKind::Html,
        0.96,
    ),
    (
        "html-german-spiele-news-releasetermin-trailer-embed-bildergalerie-zaehler-ul-kept-autorenbox-verwandte-spiele",
        InputKind::Html,
        0.98,
    ),
    (
        "html-spanish-analisis-aventura-caja-nota-plataformas-aviso-spoilers-comprar-en-precios-galeria-comentarios",
        InputKind::Html,
        0.94,
    ),
    (
        "text-german-finanzportal-tagesgeld-zinsen-sinken-zinsvergleich-widget-kurschips-autorenbox-keine-anlageberatung",
        InputKind::Text,
        0.95,
    ),
    (
        "text-indian-sensex-nifty-closing-bell-ticker-strip-top-gainers-widget-also-read-video-card-disclaimer-trending",
        InputKind::Text,
        0.98,
    ),
    (
        "text-uk-ftse-close-report-index-strip-inline-ticker-moves-video-card-duration-read-more-lines-capital-at-risk-note",
        InputKind::Text,
        0.95,
    ),
    (
        "text-us-savings-rates-after-fed-cut-advertiser-disclosure-compare-rates-widget-apy-table-kept-reviewed-by-cfp-box",
        InputKind::Text,
        0.89,
    ),
    (
        "text-australian-student-paper-tutor-back-pay-degree-year-byline-caption-twice-comment-policy-events",
        InputKind::Text,
        0.98,
    ),
    (
        "text-canadian-school-board-outdoor-classrooms-translate-posted-in-caption-twice-upcoming-events-quick-links",
        InputKind::Text,
        0.98,
    ),
    (
        "text-uk-teachers-union-supply-pay-survey-posted-in-join-box-mid-body-findings-bullets-notes-to-editors",
        InputKind::Text,
        0.90,
    ),
    (
        "text-us-student-newspaper-library-hours-class-year-bylines-caption-twice-correction-related-comment-policy",
        InputKind::Text,
        0.98,
    ),
    (
        "html-belgian-daily-ferme-urbaine-belga-figcaption-lire-aussi-cards-ul-kept-newsletter-mid-body-reagir-plus-lus",
        InputKind::Html,
        0.96,
    ),
    (
        "html-french-national-daily-trains-de-nuit-blockquote-kept-video-legende-lire-aussi-paywall-cut-abonnes-plus-lus",
        InputKind::Html,
        0.98,
    ),
    (
        "html-french-regional-daily-telesiege-afp-figcaption-lire-aussi-publicite-abonnes-box-mid-body-commentaires",
        InputKind::Html,
        0.98,
    ),
    (
        "html-swiss-romand-tarif-eau-table-kept-keystone-figcaption-lire-aussi-aside-publicite-ats-tail-newsletter-plus-lus",
        InputKind::Html,
        0.95,
    ),
    (
        "text-english-space-news-exoplanet-haze-nasa-jpl-credit-key-facts-box-video-card-journal-ref-doi-most-read",
        InputKind::Text,
        0.98,
    ),
    (
        "text-german-wissen-umwelt-moor-wiedervernaessung-auf-einen-blick-glossar-video-laenge-doi-meistgelesen",
        InputKind::Text,
        0.87,
    ),
    (
        "text-italian-scienza-ambiente-ghiacciaio-in-sintesi-box-glossario-credit-foto-video-durata-doi-piu-letti",
        InputKind::Text,
        0.86,
    ),
    (
        "text-spanish-ciencia-posidonia-datos-clave-credito-foto-video-duracion-referencia-doi-temas-lo-mas-leido",
        InputKind::Text,
        0.83,
    ),
    (
        "html-canadian-community-news-farmers-market-moves-hours-table-support-local-journalism-box-lji-credit-events",
        InputKind::Html,
        0.94,
    ),
    (
        "html-uk-hyperlocal-blog-railway-path-reopens-reader-photo-credits-event-cards-mid-post-comments-reply-buttons",
        InputKind::Html,
        0.89,
    ),
    (
        "html-us-ghost-neighborhood-blog-corner-store-closing-members-cta-mid-post-news-tip-box-comments-reply-buttons",
        InputKind::Html,
        0.98,
    ),
    (
        "html-us-newspack-nonprofit-library-levy-donate-block-mid-body-news-tip-box-republish-sponsor-logos",
        InputKind::Html,
        0.98,
    ),
    (
        "html-turkish-economy-wordpress-findik-fiyat-table-reklam-ilgili-haber-card-foto-aa-tail-jetpack-related-comments",
        InputKind::Html,
        0.95,
    ),
    (
        "html-turkish-local-sel-kopru-video-iha-credit-ilgili-haberler-ul-mid-body-reklam-kaynak-iha-comments-kvkk-bar",
        InputKind::Html,
        0.98,
    ),
    (
        "html-turkish-national-portal-hizli-tren-ilgili-haberler-box-blockquote-reklam-foto-aa-agency-tail-cok-okunanlar",
        InputKind::Html,
        0.98,
    ),
    (
        "html-turkish-regional-carsi-restorasyon-haberin-devami-collapsed-body-inline-box-foto-dha-kaynak-cok-okunanlar",
        InputKind::Html,
        0.98,
    ),
    (
        "text-australian-legal-news-federal-court-unfair-terms-case-box-caption-twice-cpd-quiz-related-articles-comments",
        InputKind::Text,
        0.98,
    ),
    (
        "text-german-kanzlei-beitrag-bag-urteil-aktenzeichen-im-text-ansprechpartner-hinweis-newsletter-impressum",
        InputKind::Text,
        0.93,
    ),
    (
        "text-uk-law-firm-insight-restrictive-covenant-appeal-key-takeaways-author-box-key-contacts-cpd-note-sra-footer",
        InputKind::Text,
        0.97,
    ),
    (
        "text-us-law-firm-client-alert-arbitration-ruling-attorney-advertising-authors-cle-note-related-insights",
        InputKind::Text,
        0.95,
    ),
    (
        "html-dutch-museumsite-tentoonstelling-praktische-informatie-museumkaart-citaat-vriend-worden-cookiebalk",
        InputKind::Html,
        0.98,
    ),
    (
        "html-english-museum-site-acquisition-story-pull-quote-estate-credits-plan-your-visit-membership-appeal-cards",
        InputKind::Html,
        0.96,
    ),
    (
        "html-german-kunstmagazin-ausstellungskritik-infobox-eintritt-bildnachweis-courtesy-werbung-newsletter",
        InputKind::Html,
        0.98,
    ),
    (
        "html-italian-giornale-arte-mostra-info-box-courtesy-galleria-leggi-anche-newsletter-iubenda-banner",
        InputKind::Html,
        0.98,
    ),
    (
        "text-indonesian-atap-sekolah-ambruk-laporan-wartawan-baca-juga-box-foto-twice-simak-video-artikel-telah-tayang",
        InputKind::Text,
        0.98,
    ),
    (
        "text-indonesian-bank-sampah-desa-baca-juga-lines-advertisement-foto-caption-twice-topik-berita-terkait-komentar",
        InputKind::Text,
        0.98,
    ),
    (
        "text-vietnamese-apartment-ev-charging-rules-tin-lien-quan-box-mid-body-anh-caption-twice-bien-tap-line-chu-de",
        InputKind::Text,
        0.93,
    ),
    (
        "text-vietnamese-dengue-ward-outbreak-prevention-list-xem-them-lines-quang-cao-anh-caption-twice-tin-lien-quan",
        InputKind::Text,
        0.98,
    ),
    (
        "text-dutch-airport-baggage-outage-lees-ook-lines-vluchtinformatie-widget-advice-bullets-app-prompt-meest-gelezen",
        InputKind::Text,
        0.91,
    ),
    (
        "text-german-bahnstreik-live-ticker-uhrzeiten-linien-liste-verbindung-pruefen-box-verkehrslage-widget-meistgelesen",
        InputKind::Text,
        0.96,
    ),
    (
        "text-italian-sciopero-trasporti-fasce-di-garanzia-lists-verifica-viaggio-box-leggi-anche-aggiornamenti-i-piu-letti",
        InputKind::Text,
        0.91,
    ),
    (
        "text-uk-regional-rail-strike-check-your-journey-box-affected-lines-bullets-live-travel-widget-read-more-most-read",
        InputKind::Text,
        0.98,
    ),
    (
        "html-english-ngo-press-release-flood-water-donate-box-mid-body-photo-credit-notes-to-editors-about-media-contact",
        InputKind::Html,
        0.89,
    ),
    (
        "html-french-ong-actualite-sahel-malnutrition-chiffres-cles-bloc-don-mid-body-credit-contact-presse-a-lire-aussi",
        InputKind::Html,
        0.94,
    ),
    (
        "html-german-hilfswerk-pressemitteilung-winterhilfe-typo3-zahlen-infobox-spendenbox-hinweise-redaktionen-kontakt",
        InputKind::Html,
        0.80,
    ),
    (
        "html-spanish-fundacion-nota-de-prensa-becas-comedor-cifras-impacto-hazte-socio-sobre-contacto-medios",
        InputKind::Html,
        0.87,
    ),
    (
        "html-danish-amtsavis-skolelukning-plus-laes-ogsaa-p-annonce-foto-figcaption-fakta-kept-plus-wall-mest-laeste",
        InputKind::Html,
        0.98,
    ),
    (
        "html-finnish-maakuntalehti-jaatynyt-vesiputki-tilaajille-lue-myos-p-mainos-paattyy-kuva-fakta-kept-luetuimmat",
        InputKind::Html,
        0.95,
    ),
    (
        "html-icelandic-frettavefur-hofn-skrifar-byline-sja-einnig-p-auglysing-mynd-credit-hnotskurn-kept-mest-lesid",
        InputKind::Html,
        0.98,
    ),
    (
        "html-swedish-lokaltidning-paketombud-premium-las-ocksa-div-annons-foto-figcaptions-faktaruta-kept-kalla-mest-last",
        InputKind::Html,
        0.98,
    ),
    (
        "text-engineering-blog-postgres-bigint-migration-two-authors-toc-ol-steps-sql-copy-note-kept-try-free-box",
        InputKind::Text,
        0.87,
    ),
    (
        "text-german-engineering-blog-ci-pipeline-inhalt-toc-yaml-kopieren-hiring-box-table-two-author-cards-cookie-bar-end",
        InputKind::Text,
        0.91,
    ),
    (
        "text-german-product-announcement-webhooks-cookie-banner-curl-kopieren-event-list-hinweis-kept-testen-box",
        InputKind::Text,
        0.95,
    ),
    (
        "text-saas-product-announcement-scheduled-exports-cookie-banner-feature-list-cli-copy-try-free-box-footer-columns",
        InputKind::Text,
        0.97,
    ),
    (
        "text-german-portal-hitzewelle-warnstufe-banner-wetter-widget-live-radar-tipps-liste-kept-foto-twice-meistgelesen",
        InputKind::Text,
        0.98,
    ),
    (
        "text-spanish-diario-dana-aviso-rojo-banner-radar-en-directo-consejos-list-kept-foto-twice-lee-tambien-lo-mas-leido",
        InputKind::Text,
        0.96,
    ),
    (
        "text-uk-regional-storm-amber-warning-banner-live-radar-link-forecast-widget-caption-twice-safety-bullets-most-read",
        InputKind::Text,
        0.94,
    ),
    (
        "text-us-tv-station-heat-wave-alert-bar-update-line-kept-forecast-strip-cooling-center-bullets-caption-twice",
        InputKind::Text,
        0.92,
    ),
    (
        "html-french-cycling-etape-video-embed-legende-top-dix-ol-kept-classement-widget-plus-de-cyclisme-commentaires",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-handball-spielbericht-live-bar-spielfakten-aside-mid-body-torschuetzen-p-kept-wett-18-plus-kommentare",
        InputKind::Html,
        0.98,
    ),
    (
        "html-italian-calcio-serie-c-cronaca-risultati-live-pagelle-box-mid-body-tabellino-rail-scommesse-18-commenti",
        InputKind::Html,
        0.98,
    ),
    (
        "html-spanish-motogp-carrera-cronometraje-en-vivo-tabla-resultados-kept-mundial-sidebar-apuestas-18-comentarios",
        InputKind::Html,
        0.98,
    ),
    (
        "text-australian-senate-climate-bill-division-line-key-points-box-politics-live-tweet-read-more-most-read",
        InputKind::Text,
        0.98,
    ),
    (
        "text-austrian-nationalrat-mietpreisbremse-vote-line-das-wichtigste-box-liveticker-x-post-meistgelesen",
        InputKind::Text,
        0.98,
    ),
    (
        "text-irish-daily-dail-housing-motion-ta-nil-vote-line-read-more-lines-x-post-newsletter-bio-most-read",
        InputKind::Text,
        0.98,
    ),
    (
        "text-uk-daily-commons-renters-bill-division-list-key-points-box-politics-live-ticker-x-post-read-more-most-viewed",
        InputKind::Text,
        0.96,
    ),
    (
        "html-english-recipe-blog-rhubarb-crumble-bars-tasty-card-newsletter-mid-story-stars-print-pin-nutrition-comments",
        InputKind::Html,
        0.91,
    ),
    (
        "html-french-blog-recette-tarte-tatin-wprm-card-sauter-a-la-recette-ustensiles-affilies-newsletter-avis",
        InputKind::Html,
        0.94,
    ),
    (
        "html-italian-magazine-ricetta-parmigiana-zucchine-scheda-passaggi-numerati-consigli-valori-nutrizionali-commenti",
        InputKind::Html,
        0.98,
    ),
    (
        "html-spanish-blog-receta-crema-catalana-create-card-ir-a-la-receta-votos-nutricional-boletin-comentarios",
        InputKind::Html,
        0.89,
    ),
    (
        "text-czech-regional-cyklostezka-lavka-perex-ctete-take-lines-reklama-foto-twice-stitky-diskuse-nejctenejsi",
        InputKind::Text,
        0.98,
    ),
    (
        "text-polish-regional-bibliobus-czytaj-takze-lines-reklama-dalsza-czesc-fot-twice-dash-quotes-najpopularniejsze",
        InputKind::Text,
        0.98,
    ),
    (
        "text-ukrainian-city-news-avtobus-marshrut-chytaite-takozh-caps-list-box-telegram-prompt-mid-body-foto-twice",
        InputKind::Text,
        0.98,
    ),
    (
        "text-ukrainian-oblast-portal-medovyi-yarmarok-chytaite-takozh-lines-reklama-copy-foto-twice-telegram-populiarne-ol",
        InputKind::Text,
        0.98,
    ),
    (
        "html-cypriot-newspaper-reservoirs-subtitle-h2-measures-ul-kept-diavaste-episis-ul-dropped-video-caption-gnews",
        InputKind::Html,
        0.98,
    ),
    (
        "html-cypriot-tagdiv-stone-bridge-kype-dateline-lead-diafimisi-diavaste-episis-block-blockquote-google-news-sxolia",
        InputKind::Html,
        0.98,
    ),
    (
        "html-greek-national-portal-city-buses-read-also-card-and-strong-p-diafimisi-google-news-etiketes-comments-dimofili",
        InputKind::Html,
        0.98,
    ),
    (
        "html-greek-regional-drupal-olive-oil-ape-mpe-pigi-line-table-rows-diavaste-episis-caps-p-google-news-fb-comments",
        InputKind::Html,
        0.98,
    ),
    (
        "text-english-bridge-closure-live-blog-pinned-summary-key-events-time-heads-x-post-show-more-updates-share-rows",
        InputKind::Text,
        0.98,
    ),
    (
        "text-french-greve-tram-direct-moments-cles-epingle-post-x-auteurs-par-post-afficher-plus-publicite",
        InputKind::Text,
        0.91,
    ),
    (
        "text-german-grossbrand-liveticker-uhr-zeiten-wichtigste-fakten-neue-beitraege-instagram-post-anzeige-mehr-laden",
        InputKind::Text,
        0.95,
    ),
    (
        "text-spanish-incendio-forestal-directo-lo-mas-importante-fijado-post-x-por-autor-cargar-mas",
        InputKind::Text,
        0.97,
    ),
    (
        "html-dutch-beurskrant-kwartaalcijfers-koerschip-kerncijfers-tabel-analisten-widget-meer-over-cookiewall",
        InputKind::Html,
        0.94,
    ),
    (
        "html-english-business-review-takeover-ticker-chips-company-card-key-figures-table-analyst-box-meter-paywall",
        InputKind::Html,
        0.95,
    ),
    (
        "html-german-wirtschaftsblatt-stellenabbau-unternehmenskarte-kennzahlen-tabelle-blockquote-paywall-cmp",
        InputKind::Html,
        0.93,
    ),
    (
        "html-italian-bilancio-pastificio-scheda-titolo-tabella-numeri-leggi-anche-box-analisti-paywall-iubenda",
        InputKind::Html,
        0.98,
    ),
    (
        "text-irish-county-weekly-library-extension-irish-masthead-read-more-block-photo-captions-twice-comments-most-read",
        InputKind::Text,
        0.95,
    ),
    (
        "text-irish-national-daily-island-power-cable-listen-gift-row-irish-quote-read-more-links-paid-content",
        InputKind::Text,
        0.98,
    ),
    (
        "text-scottish-highland-weekly-turbine-fund-gaelic-english-menu-article-meter-read-more-grants-list-ldrs-note",
        InputKind::Text,
        0.98,
    ),
    (
        "text-welsh-bilingual-site-station-reopening-cymraeg-english-labels-welsh-quote-read-more-mwyaf-poblogaidd",
        InputKind::Text,
        0.98,
    ),
    (
        "html-japanese-block-paper-sake-rice-ul-kept-kanren-inline-douga-label-kisha-credit-sns-share-ranking-footer",
        InputKind::Html,
        0.89,
    ),
    (
        "html-japanese-national-daily-hospital-merger-yuryo-kaiin-gentei-note-shashin-captions-zukai-label-link-ranking",
        InputKind::Html,
        0.82,
    ),
    (
        "html-japanese-prefectural-paper-ferry-route-ends-h2-fare-table-kakko-label-links-p-caption-kanren-kokoku-copyright",
        InputKind::Html,
        0.98,
    ),
    (
        "html-japanese-regional-paper-nori-farm-kanren-kiji-box-mid-body-kokoku-satsuei-figcaption-kisha-line-ranking",
        InputKind::Html,
        0.97,
    ),
    (
        "text-dutch-hr-vakblad-thuiswerkvergoeding-cao-enquete-bullets-vacatures-salaris-lees-ook-webinar-meest-gelezen",
        InputKind::Text,
        0.88,
    ),
    (
        "text-german-hr-fachportal-azubi-umfrage-wichtigste-box-stellenmarkt-gehalt-lesen-sie-auch-webinar-meistgelesen",
        InputKind::Text,
        0.91,
    ),
    (
        "text-uk-hr-trade-four-day-week-trial-key-takeaways-box-survey-bullets-kept-jobs-widget-webinar-promo-most-read",
        InputKind::Text,
        0.90,
    ),
    (
        "text-us-hr-news-rto-mandate-survey-chart-caption-numbered-steps-related-jobs-salary-cards-webinar-bio-most-read",
        InputKind::Text,
        0.98,
    ),
    (
        "html-city-mag-best-brunch-spots-numbered-h2-venue-cards-hours-prices-book-a-table-pullquote-repeat-map-also-like",
        InputKind::Html,
        0.96,
    ),
    (
        "html-german-stadtmagazin-wochenende-tipps-h3-events-wann-wo-zeilen-tickets-buttons-anzeige-karte-auch-interessant",
        InputKind::Html,
        0.94,
    ),
    (
        "html-italian-cosa-fare-weekend-h2-orari-prezzi-tabella-programma-acquista-biglietti-leggi-anche-mappa-iubenda",
        InputKind::Html,
        0.98,
    ),
    (
        "html-spanish-guia-brunch-fichas-direccion-horario-precio-reservar-mesa-cita-repetida-mapa-te-puede-interesar",
        InputKind::Html,
        0.94,
    ),
    (
        "text-dutch-public-broadcaster-pinpas-streekbus-video-card-lees-ook-lines-anp-twice-deel-dit-artikel-meest-gelezen",
        InputKind::Text,
        0.96,
    ),
    (
        "text-dutch-regional-omroep-ooievaars-kerktoren-livestream-card-bekijk-video-lees-ook-bullets-kept-meest-gelezen",
        InputKind::Text,
        0.92,
    ),
    (
        "text-flemish-public-broadcaster-zwembad-sluit-foto-belga-twice-video-cards-lees-ook-reacties-prompt-meest-gelezen",
        InputKind::Text,
        0.94,
    ),
    (
        "text-flemish-regional-paper-kermis-plus-badge-lees-ook-foto-belga-twice-video-card-12-reacties-meest-gelezen",
        InputKind::Text,
        0.98,
    ),
    (
        "html-argentine-portal-feria-americana-club-foto-telam-segui-leyendo-whatsapp-canal-mira-tambien-mas-leidas",
        InputKind::Html,
        0.98,
    ),
    (
        "html-chilean-wordpress-ascensor-porteno-reabre-em-dash-quotes-lee-tambien-strong-p-wp-caption-agencia-uno",
        InputKind::Html,
        0.98,
    ),
    (
        "html-colombian-daily-ciclorruta-rural-dateline-lea-tambien-box-colprensa-credit-whatsapp-comentarios-mas-visto",
        InputKind::Html,
        0.98,
    ),
    (
        "html-spanish-regional-daily-faro-restaurado-lee-tambien-cards-publicidad-efe-figcaption-etiquetas-comentarios",
        InputKind::Html,
        0.95,
    ),
    (
        "text-chip-trade-site-foundry-node-ramp-spec-bullets-kept-related-lines-sponsored-card-author-bio-most-read",
        InputKind::Text,
        0.98,
    ),
    (
        "text-french-telecom-site-fibre-rurale-a-lire-aussi-lines-publicite-newsletter-les-plus-lus-commentaires",
        InputKind::Text,
        0.98,
    ),
    (
        "text-german-startup-portal-5g-campusnetz-series-a-faktenbox-gesponsert-newsletter-transparenzhinweis",
        InputKind::Text,
        0.90,
    ),
    (
        "text-korean-english-daily-hbm-memory-chip-spec-list-related-lines-reporter-email-most-viewed-copyright",
        InputKind::Text,
        0.98,
    ),
    (
        "html-french-ministere-dsfr-communique-navettes-rurales-fil-ariane-tableau-partager-contact-presse-page-utile",
        InputKind::Html,
        0.98,
    ),
    (
        "html-german-bundesministerium-gsb-pressemitteilung-sprachwechsel-eckpunkte-zitat-pressekontakt-seite-teilen-stand",
        InputKind::Html,
        0.98,
    ),
    (
        "html-uk-gov-news-story-towpath-fund-breadcrumb-contents-list-said-colon-quotes-region-table-share-page-useful",
        InputKind::Html,
        0.98,
    ),
    (
        "html-us-state-agency-press-release-lead-pipe-grants-dateline-translate-media-contact-awards-list-feedback-related",
        InputKind::Html,
        0.98,
    ),
];

/// Floors on the macro-averaged F1 over all fixtures of one kind (text
/// 0.9801 and HTML 0.9864 over 2586 pages when last set; listing and
/// product cards laid out as tables or among long blurbs, pull quotes,
/// donation widgets and East Asian blogs among the HTML pages, and live
/// commentaries, deal roundups, slideshows and reports' notes among the
/// text pages, are known misses).
const TOTAL_FLOORS: &[(InputKind, f64)] = &[(InputKind::Text, 0.980), (InputKind::Html, 0.986)];

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

fn run(name: &str, kind: InputKind) -> Outcome {
    let dir = fixtures_dir().join(name);
    let fixture = evaluate::fixture_at(&dir).unwrap_or_else(|| panic!("{name}: not a fixture"));
    let input = fixture
        .inputs
        .iter()
        .find(|(k, _)| *k == kind)
        .map(|(_, path)| path.clone())
        .unwrap_or_else(|| panic!("{name}: no {} input", kind.as_str()));
    evaluate::clean_and_score(
        name,
        kind,
        &input,
        &fixture.expected_path(),
        &Options::default(),
    )
    .unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn every_fixture_meets_its_floor() {
    let mut failures = Vec::new();
    for &(name, kind, floor) in FLOORS {
        let outcome = run(name, kind);
        if outcome.score.f1 < floor {
            failures.push(format!(
                "{name} ({}): F1 {:.3} below floor {floor:.2}\n{}",
                kind.as_str(),
                outcome.score.f1,
                boilerstrip::diff::render(
                    &outcome.expected,
                    &outcome.predicted,
                    &boilerstrip::diff::Style::plain()
                )
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A fixture's name, with an extension added, must still be a file name
/// that file systems accept (255 bytes): the scorer's check writes one
/// file per fixture.
const FIXTURE_NAME_MAX_BYTES: usize = 240;

#[test]
fn every_fixture_name_leaves_room_for_an_extension() {
    let fixtures = evaluate::discover(&fixtures_dir()).expect("fixtures/ is readable");
    for fixture in fixtures {
        assert!(
            fixture.name.len() <= FIXTURE_NAME_MAX_BYTES,
            "{} is {} bytes long",
            fixture.name,
            fixture.name.len()
        );
    }
}

#[test]
fn every_fixture_has_a_floor() {
    let fixtures = evaluate::discover(&fixtures_dir()).expect("fixtures/ is readable");
    assert!(fixtures.len() >= 20, "only {} fixtures", fixtures.len());
    for fixture in fixtures {
        for (kind, _) in &fixture.inputs {
            assert!(
                FLOORS
                    .iter()
                    .any(|&(n, k, _)| n == fixture.name && k == *kind),
                "{} ({}) has no floor in tests/fixtures.rs",
                fixture.name,
                kind.as_str()
            );
        }
    }
}

#[test]
fn totals_per_kind_meet_their_floors() {
    for &(kind, floor) in TOTAL_FLOORS {
        let scores: Vec<_> = FLOORS
            .iter()
            .filter(|&&(_, k, _)| k == kind)
            .map(|&(name, k, _)| run(name, k).score)
            .collect();
        let total = metrics::summarise(&scores);
        assert!(
            total.f1 >= floor,
            "{} fixtures: F1 {:.3} below floor {floor}",
            kind.as_str(),
            total.f1
        );
    }
}

#[test]
fn headlines_and_bylines_are_reported_not_kept() {
    let outcome = run("seed-000-tpm-putin-zero-relationship", InputKind::Text);
    assert!(!outcome.predicted.contains("Zero Personal Relationship"));
    let bytes =
        std::fs::read(fixtures_dir().join("seed-000-tpm-putin-zero-relationship/input.txt"))
            .expect("seed input");
    let cleaned = boilerstrip::clean_bytes(&bytes, &Options::default()).expect("cleans");
    assert_eq!(
        cleaned.title.as_deref(),
        Some("Putin Says He Has ‘Zero Personal Relationship’ With Trump")
    );
    assert_eq!(cleaned.date.as_deref(), Some("October 4, 2017 11:23 am"));
    assert!(cleaned.paragraphs.iter().all(|p| !p.starts_with("By ")));
}
