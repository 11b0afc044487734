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
    "gener",
    "febrer",
    "març",
    "maig",
    "juny",
    "juliol",
    "setembre",
    "desembre",
];

/// Words that open or close relative times: "3 hours ago", "vor 3
/// Stunden", "hace 3 horas", "il y a 3 heures"; more are in
/// [`RELATIVE_TIME_OPENERS`] and [`RELATIVE_TIME_CLOSERS`].
pub const RELATIVE_TIME_WORDS: &[&str] = &["ago", "vor", "hace", "il"];

/// Words before a number and a unit that make a relative time: Croatian,
/// Bosnian and Serbian "prije 2 sata", Slovenian "pred 3 urami", Czech
/// "před 5 minutami", Portuguese "há 2 horas", Romanian "acum 3 ore",
/// Bulgarian "преди 2 часа".
pub const RELATIVE_TIME_OPENERS: &[&str] = &[
    "prije",
    "pre",
    "pred",
    "před",
    "há",
    "acum",
    "преди",
    "Преди",
    "пре",
    "Пре",
];

/// Their units, in every form those languages give them after the opener.
pub const RELATIVE_TIME_OPENER_UNITS: &[&str] = &[
    "sekundi",
    "minuta",
    "minute",
    "minutu",
    "sata",
    "sati",
    "sat",
    "dana",
    "dan",
    "tjedna",
    "minutami",
    "minuto",
    "urami",
    "uro",
    "dnevi",
    "dnevom",
    "minútami",
    "minútou",
    "minutou",
    "hodinami",
    "hodinou",
    "dny",
    "dnem",
    "dňami",
    "dňom",
    "segundos",
    "minutos",
    "horas",
    "dias",
    "semanas",
    "secunde",
    "ore",
    "zile",
    "минути",
    "минута",
    "минуте",
    "часа",
    "час",
    "сата",
    "сати",
    "дни",
    "дана",
    "ден",
];

/// Words after a number and a unit that make a relative time: Polish
/// "2 godziny temu", Italian "3 ore fa", Dutch "5 minuten geleden", Swedish
/// "2 timmar sedan", Danish and Norwegian "2 timer siden", Finnish "2 tuntia
/// sitten", Turkish "2 saat önce", Russian "2 часа назад", Ukrainian "2
/// години тому", Indonesian "2 jam (yang) lalu".
pub const RELATIVE_TIME_CLOSERS: &[&str] = &[
    "temu",
    "fa",
    "geleden",
    "sedan",
    "siden",
    "sitten",
    "önce",
    "назад",
    "тому",
    "lalu",
];

/// Their units.
pub const RELATIVE_TIME_CLOSER_UNITS: &[&str] = &[
    "minut",
    "minuty",
    "minutę",
    "godzin",
    "godziny",
    "godzinę",
    "godz.",
    "dni",
    "minuti",
    "minuto",
    "ore",
    "ora",
    "giorni",
    "giorno",
    "minuten",
    "minuut",
    "uur",
    "dagen",
    "dag",
    "minuter",
    "timmar",
    "timme",
    "dagar",
    "minutter",
    "minutt",
    "timer",
    "time",
    "dage",
    "dager",
    "døgn",
    "minuuttia",
    "tuntia",
    "päivää",
    "dakika",
    "saat",
    "gün",
    "минуту",
    "минуты",
    "минут",
    "час",
    "часа",
    "часов",
    "день",
    "дня",
    "дней",
    "хвилину",
    "хвилини",
    "хвилин",
    "годину",
    "години",
    "годин",
    "дні",
    "днів",
    "menit",
    "jam",
    "hari",
    "detik",
];

/// What may follow a time of day written with a full stop, without which
/// it is a number: a time zone, as British papers print a live report's
/// times ("16.40 GMT"), or German's word for o'clock ("14.32 Uhr").
pub const DOTTED_TIME_ENDINGS: &[&str] = &["gmt", "utc", "bst", "cet", "cest", "uhr"];

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
    "lunedì",
    "martedì",
    "mercoledì",
    "giovedì",
    "venerdì",
    "sabato",
    "domenica",
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
    // A word boundary is ASCII here: a name that ends in another letter
    // ("venerdì") is matched without one after it.
    let (ascii_weekdays, open_weekdays): (Vec<&str>, Vec<&str>) = WEEKDAYS
        .iter()
        .partition(|w| w.ends_with(|c: char| c.is_ascii()));
    let weekdays = alternatives(&ascii_weekdays);
    let open_weekdays = alternatives(&open_weekdays);
    let relative_days = alternatives(RELATIVE_DAYS);
    let dotted_time_endings = alternatives(DOTTED_TIME_ENDINGS);
    let units = "seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?";
    // A word boundary is ASCII here: it can stand only before a Latin opener.
    let (latin, cyrillic): (Vec<&str>, Vec<&str>) = RELATIVE_TIME_OPENERS
        .iter()
        .partition(|w| w.starts_with(|c: char| c.is_ascii()));
    let latin_openers = alternatives(&latin);
    let cyrillic_openers = alternatives(&cyrillic);
    let opener_units = alternatives(RELATIVE_TIME_OPENER_UNITS).replace('.', r"\.");
    let closers = alternatives(RELATIVE_TIME_CLOSERS);
    let closer_units = alternatives(RELATIVE_TIME_CLOSER_UNITS).replace('.', r"\.");
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
        | {b}({open_weekdays}),?
        | {b}[0-9]{{1,2}}:[0-9]{{2}}(:[0-9]{{2}})?[\ \t]*([ap]\.?m\.?)?([\ \t]*(gmt|utc|[ecmp][sd]t|bst|cet|cest|et|pt){b})?
        | {b}[0-9]{{1,2}}[\ \t]*[ap]\.?m\.?
        | {b}[0-9]{{1,2}}\.[0-9]{{2}}[\ \t]*({dotted_time_endings}){b}
        | {b}([0-9]+|an?|one)[\ \t]+({units})[\ \t]+ago{b}
        | {b}vor[\ \t]+[0-9]+[\ \t]+(sekunden|minuten|stunden|tagen|wochen){b}
        | {b}hace[\ \t]+[0-9]+[\ \t]+(segundos|minutos|horas|días|semanas)
        | {b}il[\ \t]+y[\ \t]+a[\ \t]+[0-9]+[\ \t]+(secondes|minutes|heures|jours){b}
        | ({b}({latin_openers})|{cyrillic_openers})[\ \t]+[0-9]+[\ \t]+({opener_units})
        | {b}[0-9]+[\ \t]+({closer_units})[\ \t]+(yang[\ \t]+)?({closers})
        | {b}({relative_days}){b}
        "
    )
}
