//! `boilerstrip clean`: the batch runner.

use std::collections::{HashMap, HashSet};
use std::io::IsTerminal;
use std::path::PathBuf;

use clap::ValueEnum;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use boilerstrip::{Cleaned, Options, clean_bytes};

use super::sources::{self, Origin, Source};
use super::{CommonArgs, EXIT_FAILED, EXIT_OK, EXIT_USAGE, KindArg, error, write};

pub const AFTER_HELP: &str = "Inputs:
  Files, directories (walked recursively, sorted, hidden entries skipped) and `-`
  for standard input; no path at all reads standard input. Each input's kind
  (HTML or scraped text) and charset are found from its content unless --type
  says; gzip-compressed inputs are undone.

Output:
  One input prints to standard output. Several inputs need either -o DIR, which
  writes one file per input, or --format jsonl, which prints one JSON object a
  line in input order. Under -o DIR, each input's output goes to DIR/<input path
  as given>.<txt|json> (`..` becomes `_up`, a leading `/` becomes `_root`,
  standard input becomes `stdin`); files are written whole or not at all, and an
  input is never overwritten.

Errors:
  An input that cannot be read or decoded is reported on standard error with
  its path (and as a record with \"error\" in jsonl); the other inputs are still
  done. Exit status: 0 all done, 1 some input failed, 2 usage error.";

/// `--format`: how the body is printed.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The body, one paragraph a line.
    Text,
    /// One object: title, byline, date (null when not found), body, paragraphs.
    Json,
    /// One JSON object a line per input, with its path (or an error).
    Jsonl,
}

#[derive(clap::Args, Debug)]
pub struct CleanArgs {
    /// Files, directories or `-` (standard input) [default: standard input].
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// What the inputs are.
    #[arg(long = "type", value_enum, default_value = "auto")]
    pub kind: KindArg,
    /// Output format.
    #[arg(short, long, value_enum, default_value = "text")]
    pub format: Format,
    /// Write one output file per input under DIR (see Output below).
    #[arg(short = 'o', long = "output-dir", value_name = "DIR")]
    pub output_dir: Option<PathBuf>,
    /// Instead of the body, print every block with its line number, decision
    /// (body, title, byline, date, boilerplate), score and the rules that
    /// decided it.
    #[arg(long)]
    pub explain: bool,
    /// Never show a progress bar (one is shown on a terminal for long batches).
    #[arg(long)]
    pub no_progress: bool,
    #[command(flatten)]
    pub common: CommonArgs,
}

/// Batches at least this long get a progress bar on a terminal.
const PROGRESS_MIN_INPUTS: usize = 20;
/// Inputs cleaned in parallel before their output is printed in order:
/// bounds memory on long batches while keeping both cores busy.
const CHUNK: usize = 256;

/// The JSON shape of one cleaned page.
#[derive(serde::Serialize)]
struct Record<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<&'a str>,
    title: Option<&'a str>,
    byline: Option<&'a str>,
    date: Option<&'a str>,
    kind: &'static str,
    language: &'static str,
    body: String,
    paragraphs: &'a [String],
}

#[derive(serde::Serialize)]
struct ErrorRecord<'a> {
    path: &'a str,
    error: &'a str,
}

fn record<'a>(path: Option<&'a str>, cleaned: &'a Cleaned) -> Record<'a> {
    Record {
        path,
        title: cleaned.title.as_deref(),
        byline: cleaned.byline.as_deref(),
        date: cleaned.date.as_deref(),
        kind: cleaned.kind.as_str(),
        language: cleaned.language,
        body: cleaned.body(),
        paragraphs: &cleaned.paragraphs,
    }
}

/// What one input produced: text for standard output, or an error.
struct Done {
    stdout: String,
    error: Option<String>,
}

pub fn run(args: CleanArgs) -> u8 {
    let sources = match sources::collect(&args.paths, args.common.files_from.as_deref()) {
        Ok(sources) => sources,
        Err(e) => {
            error(e);
            return EXIT_USAGE;
        }
    };
    if sources.is_empty() {
        error("no inputs found");
        return EXIT_USAGE;
    }
    if let Err(e) = check_usage(&args, &sources) {
        error(e);
        return EXIT_USAGE;
    }
    let pool = match args.common.pool(sources.len()) {
        Ok(pool) => pool,
        Err(e) => {
            error(e);
            return EXIT_USAGE;
        }
    };
    let options = Options {
        explain: args.explain,
        ..args.common.options(args.kind)
    };
    let inputs: HashSet<PathBuf> = sources
        .iter()
        .filter_map(|s| match &s.origin {
            Origin::File(path) => path.canonicalize().ok(),
            Origin::Stdin => None,
        })
        .collect();

    let progress = progress_bar(&args, sources.len());
    let mut stdout = write::Stdout::new();
    let mut failed = 0usize;
    let collisions = output_collisions(&args, &sources);
    for (chunk, chunk_collisions) in sources.chunks(CHUNK).zip(collisions.chunks(CHUNK)) {
        let done: Vec<Done> = pool.install(|| {
            chunk
                .par_iter()
                .zip(chunk_collisions)
                .map(|(source, collision)| {
                    let done = run_one(source, &args, &options, &inputs, collision.as_deref());
                    progress.inc(1);
                    done
                })
                .collect()
        });
        for (source, done) in chunk.iter().zip(done) {
            if let Some(e) = &done.error {
                failed += 1;
                progress.suspend(|| error(format!("{}: {e}", source.display)));
            }
            if !stdout.write(&done.stdout) {
                break;
            }
        }
    }
    stdout.flush();
    progress.finish_and_clear();
    if failed > 0 && sources.len() > 1 {
        error(format!("{failed} of {} inputs failed", sources.len()));
    }
    if failed > 0 { EXIT_FAILED } else { EXIT_OK }
}

fn check_usage(args: &CleanArgs, sources: &[Source]) -> Result<(), String> {
    if args.output_dir.is_some() && args.format == Format::Jsonl {
        return Err("--format jsonl prints to standard output; it cannot go with -o DIR".into());
    }
    if sources.len() > 1 && args.output_dir.is_none() && args.format != Format::Jsonl {
        let what = if args.explain {
            "--explain".to_owned()
        } else {
            format!("--format {}", format_name(args.format))
        };
        return Err(format!(
            "{} inputs and {what} to standard output: use -o DIR to write one file per input, \
             or --format jsonl for one JSON line per input",
            sources.len()
        ));
    }
    Ok(())
}

fn format_name(format: Format) -> &'static str {
    match format {
        Format::Text => "text",
        Format::Json => "json",
        Format::Jsonl => "jsonl",
    }
}

fn progress_bar(args: &CleanArgs, len: usize) -> ProgressBar {
    if args.no_progress || len < PROGRESS_MIN_INPUTS || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len as u64);
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} pages, {per_sec}, {eta} left")
            .expect("valid template"),
    );
    bar
}

fn run_one(
    source: &Source,
    args: &CleanArgs,
    options: &Options,
    inputs: &HashSet<PathBuf>,
    collision: Option<&str>,
) -> Done {
    let result = source
        .read(options.max_bytes)
        .and_then(|bytes| clean_bytes(&bytes, options).map_err(|e| e.to_string()));
    let cleaned = match result {
        Ok(cleaned) => cleaned,
        Err(e) => {
            let stdout = if args.format == Format::Jsonl {
                json_line(&ErrorRecord {
                    path: &source.display,
                    error: &e,
                })
            } else {
                String::new()
            };
            return Done {
                stdout,
                error: Some(e),
            };
        }
    };
    let rendered = render(&cleaned, source, args);
    match &args.output_dir {
        None => Done {
            stdout: rendered,
            error: None,
        },
        Some(dir) => {
            let path = source.output_path(dir, output_extension(args));
            let clobbers_input = path.canonicalize().is_ok_and(|p| inputs.contains(&p));
            let error = if let Some(collision) = collision {
                Some(collision.to_owned())
            } else if clobbers_input {
                Some(format!(
                    "output {} would overwrite an input; choose another -o DIR",
                    path.display()
                ))
            } else {
                write::atomically(&path, rendered.as_bytes())
                    .err()
                    .map(|e| format!("writing {}: {e}", path.display()))
            };
            Done {
                stdout: String::new(),
                error,
            }
        }
    }
}

/// The output for one page, and the file extension it gets under `-o`.
fn render(cleaned: &Cleaned, source: &Source, args: &CleanArgs) -> String {
    if args.explain {
        return cleaned.explain();
    }
    match args.format {
        Format::Text => {
            let mut body = cleaned.body();
            if !body.is_empty() {
                body.push('\n');
            }
            body
        }
        Format::Json => {
            let mut json =
                serde_json::to_string_pretty(&record(None, cleaned)).expect("records serialise");
            json.push('\n');
            json
        }
        Format::Jsonl => json_line(&record(Some(&source.display), cleaned)),
    }
}

/// The extension an output file gets under `-o DIR`.
fn output_extension(args: &CleanArgs) -> &'static str {
    if args.explain {
        return "explain.txt";
    }
    match args.format {
        Format::Text => "txt",
        Format::Json => "json",
        Format::Jsonl => "jsonl",
    }
}

/// For each input, an error when its output file under `-o DIR` is the
/// one an earlier, different input writes (standard input and a file
/// named `stdin`, say): the later input fails rather than silently
/// replacing the other's output.
fn output_collisions(args: &CleanArgs, sources: &[Source]) -> Vec<Option<String>> {
    let Some(dir) = &args.output_dir else {
        return vec![None; sources.len()];
    };
    let identity = |source: &Source| match &source.origin {
        Origin::Stdin => None,
        Origin::File(path) => Some(path.canonicalize().unwrap_or_else(|_| path.clone())),
    };
    let mut claimed: HashMap<PathBuf, (Option<PathBuf>, &str)> = HashMap::new();
    sources
        .iter()
        .map(|source| {
            let path = source.output_path(dir, output_extension(args));
            let me = identity(source);
            match claimed.get(&path) {
                Some((owner, shown)) if *owner != me || me.is_none() => Some(format!(
                    "output {} is already written for {shown}; rename one of the inputs",
                    path.display()
                )),
                Some(_) => None,
                None => {
                    claimed.insert(path, (me, source.display.as_str()));
                    None
                }
            }
        })
        .collect()
}

fn json_line<T: serde::Serialize>(value: &T) -> String {
    let mut line = serde_json::to_string(value).expect("records serialise");
    line.push('\n');
    line
}
