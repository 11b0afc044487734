//! Argument parsing and dispatch. Heuristics live in the library; this layer
//! only finds inputs, runs them (in parallel), and writes results.

mod clean;
mod diff;
mod sources;
mod write;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use boilerstrip::InputKind;

/// Exit status: every input done.
pub const EXIT_OK: u8 = 0;
/// Exit status: some input failed (or, for `diff --min-f1`, the score fell short).
pub const EXIT_FAILED: u8 = 1;
/// Exit status: usage error, or nothing could be read.
pub const EXIT_USAGE: u8 = 2;

#[derive(Parser, Debug)]
#[command(
    name = "boilerstrip",
    version,
    about = "Keep the article body of web pages; drop menus, bylines, captions, ads, \
             share prompts, related stories, comments and footers.",
    long_about = "Keep the article body of web pages; drop menus, bylines, captions, ads, \
share prompts, related stories, comments and footers.

Input is raw HTML (any charset, gzip welcome) or scraped text: a page already \
rendered to plain text, one block per line, as `w3m -dump` or a crawler's text \
field gives it. Each line or block is scored on its own evidence (length, stop \
words, punctuation, boilerplate phrases, dates, repetition, and in HTML link \
density and the DOM around it); neighbours and the choice of the article's main \
region then turn scores into decisions.",
    after_help = "Examples:
  boilerstrip clean page.html                  print the body of one page
  curl -s URL | boilerstrip clean              read standard input
  boilerstrip clean --format json page.txt     body, title, byline and date as JSON
  boilerstrip clean --explain page.txt         why each line was kept or dropped
  boilerstrip clean -o out/ crawl/             clean a directory tree into out/
  boilerstrip clean --format jsonl crawl/ > bodies.jsonl
  boilerstrip diff fixtures/                   accuracy against hand-cleaned pages
  boilerstrip diff page.html expected.txt      what was wrongly kept or dropped

Exit status: 0 when everything was done; 1 when some input failed (clean) or \
the total F1 fell below --min-f1 (diff); 2 for a usage error or when nothing \
could be read."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Clean pages: print or write their article body.
    #[command(after_help = clean::AFTER_HELP)]
    Clean(clean::CleanArgs),
    /// Compare cleaned output with hand-cleaned text: a diff and accuracy figures.
    #[command(after_help = diff::AFTER_HELP)]
    Diff(diff::DiffArgs),
}

/// `--type`: what the inputs are.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum KindArg {
    /// Decide from each input's content.
    Auto,
    /// Scraped text: one block per line.
    Text,
    /// Raw HTML.
    Html,
}

impl From<KindArg> for InputKind {
    fn from(kind: KindArg) -> Self {
        match kind {
            KindArg::Auto => InputKind::Auto,
            KindArg::Text => InputKind::Text,
            KindArg::Html => InputKind::Html,
        }
    }
}

/// Options shared by `clean` and `diff`.
#[derive(clap::Args, Debug, Clone)]
pub struct CommonArgs {
    /// Read the list of inputs from FILE, one path a line (`-` for standard
    /// input), for batches too long for a command line.
    #[arg(long, value_name = "FILE")]
    pub files_from: Option<PathBuf>,
    /// Threads to run on [default: all cores].
    #[arg(short = 'j', long, value_name = "N")]
    pub jobs: Option<usize>,
    /// Refuse inputs larger than this (after gzip decompression). Accepts
    /// K, M and G suffixes (powers of 1024).
    #[arg(long, value_name = "BYTES", default_value = "128M", value_parser = parse_size)]
    pub max_bytes: usize,
    /// Use this language's stop words (ISO 639-1 code, e.g. de) instead of
    /// detecting the language of each page.
    #[arg(long, value_name = "CODE")]
    pub language: Option<String>,
}

impl CommonArgs {
    pub fn options(&self, kind: KindArg) -> boilerstrip::Options {
        boilerstrip::Options {
            kind: kind.into(),
            language: self.language.clone(),
            max_bytes: self.max_bytes,
            ..Default::default()
        }
    }

    /// A thread pool of `--jobs` threads (default: one per core), but no
    /// more threads than there are `inputs`: idle workers only spin.
    pub fn pool(&self, inputs: usize) -> Result<rayon::ThreadPool, String> {
        let cores = || std::thread::available_parallelism().map_or(1, |n| n.get());
        let jobs = self.jobs.unwrap_or_else(cores);
        rayon::ThreadPoolBuilder::new()
            .num_threads(jobs.min(inputs).max(1))
            .build()
            .map_err(|e| e.to_string())
    }
}

fn parse_size(text: &str) -> Result<usize, String> {
    let text = text.trim();
    let (digits, unit) = match text.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        Some((at, _)) => text.split_at(at),
        None => (text, ""),
    };
    let number: usize = digits
        .parse()
        .map_err(|_| format!("`{text}` is not a size such as 50000, 64K, 128M or 1G"))?;
    let factor: usize = match unit.trim().to_ascii_uppercase().as_str() {
        "" | "B" => 1,
        "K" | "KB" | "KIB" => 1 << 10,
        "M" | "MB" | "MIB" => 1 << 20,
        "G" | "GB" | "GIB" => 1 << 30,
        _ => return Err(format!("unknown size unit in `{text}` (use K, M or G)")),
    };
    number
        .checked_mul(factor)
        .ok_or_else(|| format!("`{text}` is too large"))
}

/// Prints an error the way every message of the tool looks.
pub fn error(message: impl std::fmt::Display) {
    eprintln!("boilerstrip: {message}");
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let status = match cli.command {
        Command::Clean(args) => clean::run(args),
        Command::Diff(args) => diff::run(args),
    };
    ExitCode::from(status)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse_with_units() {
        assert_eq!(parse_size("1000"), Ok(1000));
        assert_eq!(parse_size("64K"), Ok(64 << 10));
        assert_eq!(parse_size("128M"), Ok(128 << 20));
        assert_eq!(parse_size("1g"), Ok(1 << 30));
        assert!(parse_size("12X").is_err());
        assert!(parse_size("").is_err());
    }

    #[test]
    fn cli_definition_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
