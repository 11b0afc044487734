//! The date pattern: dates, times and relative times ("3 hours ago"), and
//! the words they are made of.
//!
//! This file stands alone (no `use`) because `build.rs` includes it too: it
//! compiles the pattern into the automata that [`super::dates`] loads, and
//! the lexicon marks the words as date cues.

/// Months, full and abbreviated.
pub const MONTHS: &[&str] = &[
    "jan",
    "january",
    "feb",
    "february",
    "mar",
    "march",
    "apr",
    "april",
    "may",
    "jun",
    "june",
    "jul",
    "july",
    "aug",
    "august",
    "sep",
    "sept",
    "september",
    "oct",
    "october",
    "nov",
    "november",
    "dec",
    "december",
    "ene",
    "abr",
    "ago",
    "dic",
    "févr",
    "avr",
    "juil",
    "déc",
    "gen",
    "mag",
    "giu",
    "lug",
    "ott",
    "dez",
    "okt",
    "januar",
    "februar",
    "märz",
    "mai",
    "juni",
    "juli",
    "oktober",
    "dezember",
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "janvier",
    "février",
    "mars",
    "avril",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "gennaio",
    "febbraio",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "settembre",
    "ottobre",
    "dicembre",
    "janeiro",
    "fevereiro",
    "março",
    "maio",
    "junho",
    "julho",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
    "januari",
    "februari",
    "maart",
    "mei",
    "augustus",
    "marts",
    "maj",
    "augusti",
    "desember",
];

/// Words that open or close relative times: "3 hours ago", "vor 3
/// Stunden", "hace 3 horas", "il y a 3 heures".
pub const RELATIVE_TIME_WORDS: &[&str] = &["ago", "vor", "hace", "il"];

/// Weekdays, full and abbreviated: dates without a digit.
pub const WEEKDAYS: &[&str] = &[
    "mon",
    "monday",
    "tue",
    "tues",
    "tuesday",
    "wed",
    "wednesday",
    "thu",
    "thur",
    "thurs",
    "thursday",
    "fri",
    "friday",
    "sat",
    "saturday",
    "sun",
    "sunday",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "mandag",
    "tirsdag",
    "onsdag",
    "torsdag",
    "fredag",
    "lørdag",
    "søndag",
    "måndag",
    "tisdag",
    "lördag",
    "söndag",
];

/// Days named relative to today.
pub const RELATIVE_DAYS: &[&str] = &[
    "yesterday",
    "today",
    "just now",
    "gestern",
    "heute",
    "ayer",
    "hoy",
    "hier",
    "aujourd'hui",
    "ieri",
    "oggi",
    "ontem",
    "hoje",
];

/// A regex alternation of words, longest first (so "monday" is preferred
/// to "mon"), spaces standing for a space or a tab.
fn alternatives(words: &[&str]) -> String {
    let mut sorted = words.to_vec();
    sorted.sort_by_key(|w| std::cmp::Reverse(w.len()));
    sorted
        .iter()
        .map(|w| w.replace(' ', r"[\ \t]"))
        .collect::<Vec<_>>()
        .join("|")
}

/// The pattern. ASCII-only classes, case folding and word boundaries
/// (`-u`) let it compile to a plain DFA.
pub fn pattern() -> String {
    let months = alternatives(MONTHS);
    let weekdays = alternatives(WEEKDAYS);
    let relative_days = alternatives(RELATIVE_DAYS);
    let units = "seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?";
    let b = r"\b";
    format!(
        r"(?xi-u)
        {b}[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}(t[0-9:.]+(z|[+-][0-9][0-9]:?[0-9][0-9])?)?{b}
        | {b}[0-9]{{1,2}}[./][0-9]{{1,2}}[./][0-9]{{2,4}}{b}
        | {b}[0-9]{{1,2}}\.[\ \t][0-9]{{1,2}}\.[\ \t][0-9]{{4}}{b}
        | {b}({months})\.?[\ \t]+[0-9]{{1,2}}(st|nd|rd|th)?(,?[\ \t]+[0-9]{{4}})?{b}
        | {b}[0-9]{{1,2}}(st|nd|rd|th)?\.?[\ \t]+(de[\ \t]+)?({months})\.?(,?[\ \t]+(de[\ \t]+)?[0-9]{{4}})?{b}
        | {b}({months})\.?[\ \t]+[0-9]{{4}}{b}
        | {b}({weekdays}){b},?
        | {b}[0-9]{{1,2}}:[0-9]{{2}}(:[0-9]{{2}})?[\ \t]*([ap]\.?m\.?)?([\ \t]*(gmt|utc|[ecmp][sd]t|bst|cet|cest|et|pt){b})?
        | {b}[0-9]{{1,2}}[\ \t]*[ap]\.?m\.?
        | {b}([0-9]+|an?|one)[\ \t]+({units})[\ \t]+ago{b}
        | {b}vor[\ \t]+[0-9]+[\ \t]+(sekunden|minuten|stunden|tagen|wochen){b}
        | {b}hace[\ \t]+[0-9]+[\ \t]+(segundos|minutos|horas|días|semanas)
        | {b}il[\ \t]+y[\ \t]+a[\ \t]+[0-9]+[\ \t]+(secondes|minutes|heures|jours){b}
        | {b}({relative_days}){b}
        "
    )
}
