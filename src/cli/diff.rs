//! `boilerstrip diff`: clean + metrics + rendering, over one page or a
//! directory of fixtures.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use clap::ValueEnum;
use rayon::prelude::*;

use boilerstrip::diff::{self, Style};
use boilerstrip::evaluate::{self, Fixture, Outcome};
use boilerstrip::metrics::{self, Summary};
use boilerstrip::{InputKind, Options};

use super::sources::describe_io;
use super::{CommonArgs, EXIT_FAILED, EXIT_OK, EXIT_USAGE, KindArg, error, write};

pub const AFTER_HELP: &str = "Modes:
  diff INPUT EXPECTED       clean INPUT (HTML or scraped text), compare with EXPECTED
  diff --pred OUT EXPECTED  compare another tool's output OUT with EXPECTED
  diff DIR...               every fixture under DIR: a folder with input.txt and/or
                            input.html (or .gz) and expected.txt; a folder with both
                            inputs gives two rows (--type restricts to one kind)
  diff DIR --pred-dir P     score P/<fixture-name>.txt files made by another tool

Reading the diff:
  `+` lines were kept but are not in EXPECTED (boilerplate that leaked), `-` lines
  are in EXPECTED but were dropped (body that was lost), `~` lines are paragraphs
  that are partly wrong, with [-lost-] and {+leaked+} words. Long unchanged
  stretches fold.

Figures:
  P, R and F1 are the benchmark metric: word 4-gram shingles per page, precision
  averaged over pages with output, recall over pages with a reference, F1 of the
  two averages (not a mean of page F1s). bagF1 compares words regardless of order;
  exact is the share of pages whose words match exactly.

Exit status: 0 done, 1 total F1 below --min-f1, 2 usage or input error.";

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiffFormat {
    /// A diff and a table for people.
    Text,
    /// {"summary": {...}, "pages": [...]}.
    Json,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorChoice {
    /// Colour when standard output is a terminal.
    Auto,
    Always,
    Never,
}

#[derive(clap::Args, Debug)]
pub struct DiffArgs {
    /// INPUT EXPECTED, EXPECTED (with --pred), or fixture directories.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Score this file (another tool's output) instead of cleaning an input.
    #[arg(long, value_name = "FILE", conflicts_with = "pred_dir")]
    pub pred: Option<PathBuf>,
    /// Score DIR/<fixture-name>.txt for each fixture instead of cleaning.
    #[arg(long, value_name = "DIR")]
    pub pred_dir: Option<PathBuf>,
    /// Which inputs of a fixture to clean: both kinds (auto), or one.
    #[arg(long = "type", value_enum, default_value = "auto")]
    pub kind: KindArg,
    /// Print only the totals.
    #[arg(short, long)]
    pub quiet: bool,
    /// On a directory, also print each page's diff (worst first).
    #[arg(long)]
    pub diffs: bool,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: DiffFormat,
    /// Exit with status 1 when the total F1 is below X (for CI).
    #[arg(long, value_name = "X")]
    pub min_f1: Option<f64>,
    /// When to colour the diff.
    #[arg(long, value_enum, default_value = "auto")]
    pub color: ColorChoice,
    /// Unchanged paragraphs shown around each change.
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub context: usize,
    #[command(flatten)]
    pub common: CommonArgs,
}

#[derive(serde::Serialize)]
struct PageRow<'a> {
    name: &'a str,
    kind: &'static str,
    precision: Option<f64>,
    recall: Option<f64>,
    f1: f64,
    bag_f1: f64,
    exact: bool,
}

pub fn run(args: DiffArgs) -> u8 {
    let style = Style {
        color: match args.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => std::io::stdout().is_terminal(),
        },
        context: args.context,
    };
    let outcomes = match gather(&args) {
        Ok(outcomes) => outcomes,
        Err(e) => {
            error(e);
            return EXIT_USAGE;
        }
    };
    let single = outcomes.len() == 1 && !is_directory_mode(&args);
    let summary = metrics::summarise(&outcomes.iter().map(|o| o.score).collect::<Vec<_>>());
    let mut stdout = write::Stdout::new();
    match args.format {
        DiffFormat::Json => {
            stdout.write(&json_report(&outcomes, &summary));
        }
        DiffFormat::Text => {
            let mut sorted: Vec<&Outcome> = outcomes.iter().collect();
            sorted.sort_by(|a, b| a.score.f1.total_cmp(&b.score.f1).then(a.name.cmp(&b.name)));
            if !args.quiet && (single || args.diffs) {
                stdout.write(&format!("{}\n", diff::LEGEND));
                for o in &sorted {
                    if !single {
                        stdout.write(&format!("\n==> {} ({}) <==\n", o.name, kind_name(o.kind)));
                    }
                    stdout.write(&diff::render(&o.expected, &o.predicted, &style));
                }
                stdout.write("\n");
            }
            if !args.quiet && !single {
                stdout.write(&table(&sorted));
            }
            stdout.write(&totals(&outcomes, &summary));
        }
    }
    stdout.flush();
    match args.min_f1 {
        Some(min) if summary.f1 < min => {
            error(format!(
                "total F1 {:.4} is below --min-f1 {min}",
                summary.f1
            ));
            EXIT_FAILED
        }
        _ => EXIT_OK,
    }
}

fn is_directory_mode(args: &DiffArgs) -> bool {
    args.common.files_from.is_some() || args.paths.iter().all(|p| p.is_dir())
}

/// Cleans (or reads predictions for) every page asked for, and scores it.
fn gather(args: &DiffArgs) -> Result<Vec<Outcome>, String> {
    let options = args.common.options(args.kind);
    if !is_directory_mode(args) {
        return pair(args, &options).map(|o| vec![o]);
    }
    let mut dirs = args.paths.clone();
    if let Some(list) = &args.common.files_from {
        dirs.extend(read_list(list)?);
    }
    if dirs.is_empty() {
        return Err("give INPUT EXPECTED, or fixture directories".into());
    }
    let mut fixtures = Vec::new();
    for dir in &dirs {
        let found = evaluate::discover(dir)
            .map_err(|e| format!("{}: {}", dir.display(), describe_io(e)))?;
        if found.is_empty() {
            return Err(format!(
                "{}: no fixtures (folders with expected.txt) found",
                dir.display()
            ));
        }
        fixtures.extend(found);
    }
    let jobs: Vec<(&Fixture, InputKind, Option<&Path>)> = match &args.pred_dir {
        Some(_) => fixtures
            .iter()
            .map(|f| (f, InputKind::Auto, None))
            .collect(),
        None => fixtures
            .iter()
            .flat_map(|f| {
                f.inputs
                    .iter()
                    .filter(|(kind, _)| {
                        args.kind == KindArg::Auto || InputKind::from(args.kind) == *kind
                    })
                    .map(move |(kind, path)| (f, *kind, Some(path.as_path())))
            })
            .collect(),
    };
    if jobs.is_empty() {
        return Err("the fixtures have no inputs of the requested --type".into());
    }
    let pool = args.common.pool(jobs.len())?;
    pool.install(|| {
        jobs.par_iter()
            .map(|&(fixture, kind, input)| match (input, &args.pred_dir) {
                (Some(input), _) => evaluate::clean_and_score(
                    &fixture.name,
                    kind,
                    input,
                    &fixture.expected_path(),
                    &options,
                ),
                (None, Some(pred_dir)) => {
                    let expected = read(&fixture.expected_path())?;
                    let pred_path = pred_dir.join(format!("{}.txt", fixture.name));
                    // A missing prediction is an empty one, as the benchmark scores it.
                    let predicted = if pred_path.exists() {
                        read(&pred_path)?
                    } else {
                        String::new()
                    };
                    Ok(evaluate::score_prediction(
                        &fixture.name,
                        kind,
                        expected,
                        predicted,
                    ))
                }
                (None, None) => unreachable!("a job has an input or a prediction"),
            })
            .collect()
    })
}

fn pair(args: &DiffArgs, options: &Options) -> Result<Outcome, String> {
    match (&args.pred, args.paths.as_slice()) {
        (Some(pred), [expected]) => {
            let name = pred.display().to_string();
            Ok(evaluate::score_prediction(
                &name,
                InputKind::Auto,
                read(expected)?,
                read(pred)?,
            ))
        }
        (None, [input, expected]) => {
            let name = input.display().to_string();
            evaluate::clean_and_score(&name, options.kind, input, expected, options)
        }
        (Some(_), _) => Err("with --pred FILE, give one EXPECTED file".into()),
        (None, _) => Err("give INPUT EXPECTED, or fixture directories".into()),
    }
}

fn read(path: &Path) -> Result<String, String> {
    evaluate::read_text(path).map_err(|e| format!("{}: {}", path.display(), describe_io(e)))
}

fn read_list(list: &Path) -> Result<Vec<PathBuf>, String> {
    let text = if list.as_os_str() == "-" {
        std::io::read_to_string(std::io::stdin()).map_err(|e| e.to_string())?
    } else {
        read(list)?
    };
    Ok(text
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty())
        .map(PathBuf::from)
        .collect())
}

fn kind_name(kind: InputKind) -> &'static str {
    match kind {
        InputKind::Auto => "pred",
        kind => kind.as_str(),
    }
}

fn fmt_opt(value: Option<f64>) -> String {
    value.map_or_else(|| "    -".into(), |v| format!("{v:.3}"))
}

fn table(sorted: &[&Outcome]) -> String {
    let mut out = String::from("   F1      P      R  bagF1  exact  kind  page\n");
    for o in sorted {
        let s = &o.score;
        out.push_str(&format!(
            "{:.3}  {}  {}  {:.3}  {:>5}  {:<4}  {}\n",
            s.f1,
            fmt_opt(s.precision),
            fmt_opt(s.recall),
            s.bag_f1,
            if s.exact { "yes" } else { "no" },
            kind_name(o.kind),
            o.name
        ));
    }
    out.push('\n');
    out
}

fn summary_line(label: &str, s: &Summary) -> String {
    format!(
        "{label}: pages {}  F1 {:.3}  P {:.3}  R {:.3}  bagF1 {:.3}  exact {:.3}\n",
        s.pages, s.f1, s.precision, s.recall, s.bag_f1, s.exact
    )
}

fn by_kind(outcomes: &[Outcome]) -> Vec<(&'static str, Summary)> {
    let mut kinds: Vec<InputKind> = outcomes.iter().map(|o| o.kind).collect();
    kinds.dedup();
    kinds.sort_by_key(|k| k.as_str());
    kinds.dedup();
    kinds
        .into_iter()
        .map(|kind| {
            let scores: Vec<_> = outcomes
                .iter()
                .filter(|o| o.kind == kind)
                .map(|o| o.score)
                .collect();
            (kind_name(kind), metrics::summarise(&scores))
        })
        .collect()
}

fn totals(outcomes: &[Outcome], summary: &Summary) -> String {
    let kinds = by_kind(outcomes);
    let mut out = String::new();
    if kinds.len() > 1 {
        for (kind, s) in &kinds {
            out.push_str(&summary_line(kind, s));
        }
    }
    out.push_str(&summary_line("total", summary));
    out
}

fn json_report(outcomes: &[Outcome], summary: &Summary) -> String {
    let pages: Vec<PageRow> = outcomes
        .iter()
        .map(|o| PageRow {
            name: &o.name,
            kind: kind_name(o.kind),
            precision: o.score.precision,
            recall: o.score.recall,
            f1: o.score.f1,
            bag_f1: o.score.bag_f1,
            exact: o.score.exact,
        })
        .collect();
    let by_kind: serde_json::Map<String, serde_json::Value> = by_kind(outcomes)
        .into_iter()
        .map(|(k, s)| {
            (
                k.to_owned(),
                serde_json::to_value(s).expect("summary serialises"),
            )
        })
        .collect();
    let report = serde_json::json!({
        "summary": summary,
        "by_kind": by_kind,
        "pages": pages,
    });
    let mut text = serde_json::to_string_pretty(&report).expect("report serialises");
    text.push('\n');
    text
}
