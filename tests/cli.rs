//! The `boilerstrip` command's contract: what `clean` and `diff` print, write
//! and exit with. Runs the binary Cargo built for this test run.
//!
//! The metric-agreement tests call `python3 ../shared/eval/score.py`; they
//! print a note and pass when python3 or the shared directory is missing
//! (set `BOILERSTRIP_SHARED` to point elsewhere).

use std::collections::BTreeSet;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::Duration;

use assert_cmd::Command;
use boilerstrip::metrics::score_page;
use serde_json::Value;
use tempfile::TempDir;

// ---------------------------------------------------------------- helpers

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn fixtures_dir() -> PathBuf {
    manifest_dir().join("fixtures")
}

fn fixture(name: &str) -> PathBuf {
    fixtures_dir().join(name)
}

/// The one input of a fixture folder.
fn fixture_input(name: &str) -> PathBuf {
    let dir = fixture(name);
    ["input.txt", "input.html"]
        .iter()
        .map(|f| dir.join(f))
        .find(|p| p.is_file())
        .unwrap_or_else(|| panic!("{} has no input", dir.display()))
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Fixture folders (those with expected.txt) and how many text and HTML
/// inputs they hold, found without the library so the CLI is checked
/// against an independent count.
struct FixtureCounts {
    names: Vec<String>,
    text: usize,
    html: usize,
}

fn fixture_counts(root: &Path) -> FixtureCounts {
    let mut names = Vec::new();
    let (mut text, mut html) = (0, 0);
    for entry in fs::read_dir(root).unwrap() {
        let dir = entry.unwrap().path();
        if !dir.join("expected.txt").is_file() {
            continue;
        }
        names.push(dir.file_name().unwrap().to_string_lossy().into_owned());
        if dir.join("input.txt").is_file() || dir.join("input.txt.gz").is_file() {
            text += 1;
        }
        if dir.join("input.html").is_file() || dir.join("input.html.gz").is_file() {
            html += 1;
        }
    }
    names.sort();
    FixtureCounts { names, text, html }
}

fn seed_fixtures() -> Vec<String> {
    let names: Vec<String> = fixture_counts(&fixtures_dir())
        .names
        .into_iter()
        .filter(|n| n.starts_with("seed-"))
        .collect();
    assert!(!names.is_empty(), "no seed fixtures found");
    names
}

/// The binary, with a timeout so that a hang fails the test instead of the run.
fn bin() -> Command {
    let mut cmd = Command::cargo_bin("boilerstrip").unwrap();
    cmd.timeout(Duration::from_secs(60));
    cmd
}

fn run_in(dir: &Path, args: &[&str]) -> Output {
    bin().current_dir(dir).args(args).output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Fails with both streams shown, which is what one needs to read a failure.
#[track_caller]
fn expect_status(output: &Output, code: i32) {
    assert_eq!(
        output.status.code(),
        Some(code),
        "expected exit {code}\n--- stdout\n{}\n--- stderr\n{}",
        String::from_utf8_lossy(&output.stdout),
        stderr(output)
    );
    assert!(
        !stderr(output).contains("panicked"),
        "panic: {}",
        stderr(output)
    );
}

fn jsonl(text: &str) -> Vec<Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l:?}: {e}")))
        .collect()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

fn write(path: &Path, contents: impl AsRef<[u8]>) {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).unwrap();
    }
    fs::write(path, contents).unwrap();
}

/// A page whose body is certain: two long paragraphs amid navigation and
/// footer lines (the library's own doc example).
const SMALL_PAGE: &str = "Home | World | Sports\n\
Storm Closes Harbour\n\
By Ana Ruiz\n\
The harbour was closed on Tuesday after a storm tore two ferries from their moorings and left the pier without power for the night.\n\
Officials said that it would reopen once the damage had been assessed, which they expected to take at least a week.\n\
Share on Facebook\n\
© 2024 Coast Herald. All rights reserved.\n";

/// A fixture tree in a temporary directory: `in/a/1.html`, `in/b.txt`,
/// `in/z.txt`, plus a hidden file that must be skipped.
fn input_tree() -> TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("in");
    write(
        &root.join("a/1.html"),
        fs::read(fixture_input("html-nav-aside-comments-related")).unwrap(),
    );
    write(
        &root.join("b.txt"),
        fs::read(fixture_input("seed-000-tpm-putin-zero-relationship")).unwrap(),
    );
    write(&root.join("z.txt"), SMALL_PAGE);
    write(&root.join(".hidden.txt"), SMALL_PAGE);
    tmp
}

/// Bytes that decode to control characters: refused as binary.
fn binary_junk() -> Vec<u8> {
    (0..4000u32).map(|i| (i * 7919 % 251) as u8).collect()
}

// ---------------------------------------------------------------- clean

#[test]
fn clean_file_prints_the_body_of_each_seed() {
    for name in seed_fixtures() {
        let output = bin()
            .arg("clean")
            .arg(fixture_input(&name))
            .output()
            .unwrap();
        expect_status(&output, 0);
        let body = stdout(&output);
        assert!(
            body.ends_with('\n'),
            "{name}: body should end with a newline"
        );
        let score = score_page(&read(&fixture(&name).join("expected.txt")), &body);
        assert!(score.f1 >= 0.95, "{name}: F1 {:.3} < 0.95", score.f1);
    }
}

#[test]
fn clean_reads_stdin_with_no_path_and_with_dash() {
    let input = fixture_input("seed-001-rferl-trump-putin-north-korea-call");
    let from_file = bin().arg("clean").arg(&input).output().unwrap();
    expect_status(&from_file, 0);
    assert!(!from_file.stdout.is_empty());
    let bytes = fs::read(&input).unwrap();
    for args in [&["clean"][..], &["clean", "-"][..]] {
        let from_stdin = bin()
            .args(args)
            .write_stdin(bytes.clone())
            .output()
            .unwrap();
        expect_status(&from_stdin, 0);
        assert_eq!(stdout(&from_stdin), stdout(&from_file), "{args:?}");
    }
}

/// Files of a megabyte or more are mapped rather than read: the same
/// bytes must come out the same either way, and the size limit still holds.
#[test]
fn a_large_file_cleans_as_its_bytes_do_on_stdin() {
    let tmp = TempDir::new().unwrap();
    let page = fs::read(fixture_input("seed-001-rferl-trump-putin-north-korea-call")).unwrap();
    let bytes = page.repeat((2 << 20) / page.len() + 1);
    let path = tmp.path().join("large.txt");
    write(&path, &bytes);
    let from_file = bin().arg("clean").arg(&path).output().unwrap();
    expect_status(&from_file, 0);
    assert!(!from_file.stdout.is_empty());
    let from_stdin = bin()
        .arg("clean")
        .write_stdin(bytes.clone())
        .output()
        .unwrap();
    expect_status(&from_stdin, 0);
    assert_eq!(stdout(&from_file), stdout(&from_stdin));
    let limit = (bytes.len() - 1).to_string();
    let refused = bin()
        .args(["clean", "--max-bytes", &limit])
        .arg(&path)
        .output()
        .unwrap();
    expect_status(&refused, 1);
    assert!(stderr(&refused).contains("larger than the limit"));
}

#[test]
fn type_auto_sniffs_html_by_content_whatever_the_name() {
    let tmp = tempfile::tempdir().unwrap();
    let html_named_txt = tmp.path().join("page.txt");
    fs::copy(
        fixture_input("html-nav-aside-comments-related"),
        &html_named_txt,
    )
    .unwrap();
    let text_named_html = tmp.path().join("page.html");
    fs::copy(
        fixture_input("seed-004-rferl-putin-no-meeting-before-inauguration"),
        &text_named_html,
    )
    .unwrap();

    let json_of = |path: &Path, kind: &str| -> Value {
        let output = bin()
            .args(["clean", "--format", "json", "--type", kind])
            .arg(path)
            .output()
            .unwrap();
        expect_status(&output, 0);
        serde_json::from_str(&stdout(&output)).unwrap()
    };

    let auto = json_of(&html_named_txt, "auto");
    assert_eq!(auto["kind"], "html");
    let body = auto["body"].as_str().unwrap();
    assert!(!body.is_empty() && !body.contains("<p>"), "{body}");
    assert_eq!(json_of(&html_named_txt, "html"), auto);

    // Forced to text, the markup is taken as words.
    let forced = json_of(&html_named_txt, "text");
    assert_eq!(forced["kind"], "text");
    assert!(forced["body"].as_str().unwrap().contains('<'));

    assert_eq!(json_of(&text_named_html, "auto")["kind"], "text");
}

#[test]
fn json_format_is_one_object_with_metadata_and_body() {
    let output = bin()
        .args(["clean", "--format", "json"])
        .arg(fixture_input("html-nav-aside-comments-related"))
        .output()
        .unwrap();
    expect_status(&output, 0);
    let record: Value = serde_json::from_str(&stdout(&output)).unwrap();
    // This fixture declares all three in its <head>.
    for key in ["title", "byline", "date"] {
        assert!(record[key].is_string(), "{key}: {}", record[key]);
    }
    let paragraphs: Vec<&str> = record["paragraphs"]
        .as_array()
        .expect("paragraphs is an array")
        .iter()
        .map(|p| p.as_str().expect("paragraphs are strings"))
        .collect();
    assert!(!paragraphs.is_empty());
    assert_eq!(record["body"].as_str().unwrap(), paragraphs.join("\n"));
    assert!(record.get("path").is_none(), "path is only for jsonl");

    // Nothing found: the keys are there, as null.
    let output = bin()
        .args(["clean", "--format", "json"])
        .write_stdin(" \n\t\n")
        .output()
        .unwrap();
    expect_status(&output, 0);
    let record: Value = serde_json::from_str(&stdout(&output)).unwrap();
    for key in ["title", "byline", "date"] {
        assert_eq!(record.get(key), Some(&Value::Null), "{key}");
    }
    assert_eq!(record["body"], "");
    assert_eq!(record["paragraphs"], Value::Array(vec![]));
}

#[test]
fn jsonl_over_a_directory_is_sorted_and_marks_failures() {
    let tmp = input_tree();
    let expected_paths = ["in/a/1.html", "in/b.txt", "in/z.txt"];

    let output = run_in(tmp.path(), &["clean", "--format", "jsonl", "in"]);
    expect_status(&output, 0);
    let records = jsonl(&stdout(&output));
    let paths: Vec<&str> = records
        .iter()
        .map(|r| r["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, expected_paths, "sorted, hidden files skipped");
    for r in &records {
        assert!(r["body"].is_string() && r.get("error").is_none(), "{r}");
        assert!(r["paragraphs"].is_array());
    }

    // A failed input is a record with `error` and no body, in its place.
    write(&tmp.path().join("in/c/junk.bin"), binary_junk());
    let one_thread = run_in(tmp.path(), &["clean", "--format", "jsonl", "-j1", "in"]);
    expect_status(&one_thread, 1);
    let records = jsonl(&stdout(&one_thread));
    let paths: Vec<&str> = records
        .iter()
        .map(|r| r["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        paths,
        ["in/a/1.html", "in/b.txt", "in/c/junk.bin", "in/z.txt"]
    );
    let failed = &records[2];
    assert!(
        failed["error"].as_str().unwrap().contains("binary"),
        "{failed}"
    );
    assert!(failed.get("body").is_none());
    assert!(stderr(&one_thread).contains("in/c/junk.bin"));

    // The order does not depend on the number of threads.
    let many_threads = run_in(tmp.path(), &["clean", "--format", "jsonl", "-j4", "in"]);
    expect_status(&many_threads, 1);
    assert_eq!(stdout(&many_threads), stdout(&one_thread));
}

#[test]
fn several_inputs_to_stdout_as_text_is_a_usage_error() {
    let tmp = input_tree();
    for format in ["text", "json"] {
        let output = run_in(
            tmp.path(),
            &["clean", "--format", format, "in/b.txt", "in/z.txt"],
        );
        expect_status(&output, 2);
        let message = stderr(&output);
        assert!(
            message.contains("-o") && message.contains("jsonl"),
            "{message}"
        );
        assert!(output.stdout.is_empty());
    }
    // A directory is several inputs too.
    let output = run_in(tmp.path(), &["clean", "in"]);
    expect_status(&output, 2);
    // jsonl cannot go to files.
    let output = run_in(
        tmp.path(),
        &["clean", "--format", "jsonl", "-o", "out", "in"],
    );
    expect_status(&output, 2);
}

/// Every file under `dir`, relative to it.
fn files_under(dir: &Path) -> BTreeSet<String> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeSet<String>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let rel = path.strip_prefix(root).unwrap();
                out.insert(rel.to_string_lossy().into_owned());
            }
        }
    }
    let mut out = BTreeSet::new();
    walk(dir, dir, &mut out);
    out
}

#[test]
fn output_dir_mirrors_input_paths_and_leaves_nothing_else() {
    let tmp = input_tree();
    let output = run_in(tmp.path(), &["clean", "-o", "out", "in/b.txt", "in/a"]);
    expect_status(&output, 0);
    assert!(output.stdout.is_empty(), "nothing on stdout with -o");
    let written = files_under(&tmp.path().join("out"));
    let expected: BTreeSet<String> = ["in/b.txt.txt", "in/a/1.html.txt"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(written, expected, "no temporary or extra files");
    // Each file holds what cleaning that input alone prints.
    let alone = run_in(tmp.path(), &["clean", "in/b.txt"]);
    assert_eq!(read(&tmp.path().join("out/in/b.txt.txt")), stdout(&alone));

    let output = run_in(
        tmp.path(),
        &["clean", "--format", "json", "-o", "json-out", "in"],
    );
    expect_status(&output, 0);
    let written = files_under(&tmp.path().join("json-out"));
    let expected: BTreeSet<String> = ["in/a/1.html.json", "in/b.txt.json", "in/z.txt.json"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(written, expected);
    for name in &written {
        let record: Value = serde_json::from_str(&read(&tmp.path().join("json-out").join(name)))
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(record["body"].is_string(), "{name}");
    }
}

/// Output files get the same permissions as any file the user creates: a
/// cleaned corpus is meant to be read by other tools and users.
#[cfg(unix)]
#[test]
fn output_files_have_ordinary_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = input_tree();
    let output = run_in(tmp.path(), &["clean", "-o", "out", "in/z.txt"]);
    expect_status(&output, 0);
    let reference = tmp.path().join("out/in/reference");
    fs::write(&reference, "x").unwrap();
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(
        format!("{:o}", mode(&tmp.path().join("out/in/z.txt.txt"))),
        format!("{:o}", mode(&reference)),
        "an output file should have the mode the umask gives new files"
    );
}

#[test]
fn output_dir_never_overwrites_an_input() {
    let tmp = tempfile::tempdir().unwrap();
    // Under `-o .`, the output of `page` is `./page.txt`: an input.
    write(&tmp.path().join("page"), SMALL_PAGE);
    let original = fs::read(fixture_input("text-news-brief-water-main-break")).unwrap();
    write(&tmp.path().join("page.txt"), &original);
    let output = run_in(tmp.path(), &["clean", "-o", ".", "page", "page.txt"]);
    expect_status(&output, 1);
    let message = stderr(&output);
    assert!(
        message.contains("page") && message.contains("overwrite"),
        "{message}"
    );
    assert_eq!(fs::read(tmp.path().join("page.txt")).unwrap(), original);
    // The other input was still done.
    assert!(tmp.path().join("page.txt.txt").is_file());
}

#[test]
fn output_dir_names_standard_input_stdin() {
    let tmp = tempfile::tempdir().unwrap();
    let output = bin()
        .current_dir(tmp.path())
        .args(["clean", "-o", "out", "-"])
        .write_stdin(SMALL_PAGE)
        .output()
        .unwrap();
    expect_status(&output, 0);
    let written = read(&tmp.path().join("out/stdin.txt"));
    assert!(written.contains("The harbour was closed"), "{written}");
}

/// Two different inputs must not silently end up in one output file (the
/// second replacing the first): standard input is written to `stdin.txt`,
/// and so is a file named `stdin`.
#[test]
fn distinct_inputs_never_share_an_output_file() {
    let tmp = tempfile::tempdir().unwrap();
    write(&tmp.path().join("stdin"), SMALL_PAGE);
    let other = "Officials said that it would reopen once the damage had been assessed, \
                 which they expected to take at least a week or perhaps a little longer.\n";
    let output = bin()
        .current_dir(tmp.path())
        .args(["clean", "-o", "out", "-", "stdin"])
        .write_stdin(other)
        .output()
        .unwrap();
    let written = files_under(&tmp.path().join("out"));
    assert!(
        output.status.code() == Some(1) || written.len() == 2,
        "exit {:?}, wrote only {written:?}: one input's output was lost",
        output.status.code()
    );
}

#[test]
fn files_from_a_list_and_from_stdin() {
    let tmp = input_tree();
    // Blank lines and CRLF endings are tolerated.
    write(&tmp.path().join("list"), "in/z.txt\r\n\nin/b.txt\n");
    let output = run_in(
        tmp.path(),
        &["clean", "--format", "jsonl", "--files-from", "list"],
    );
    expect_status(&output, 0);
    let records = jsonl(&stdout(&output));
    let paths: Vec<&str> = records
        .iter()
        .map(|r| r["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["in/z.txt", "in/b.txt"], "list order is kept");

    let from_stdin = bin()
        .current_dir(tmp.path())
        .args(["clean", "--format", "jsonl", "--files-from", "-"])
        .write_stdin("in/z.txt\nin/b.txt\n")
        .output()
        .unwrap();
    expect_status(&from_stdin, 0);
    assert_eq!(stdout(&from_stdin), stdout(&output));

    // A missing list is a usage error naming it; stdin cannot be read twice.
    let output = run_in(tmp.path(), &["clean", "--files-from", "no-such-list"]);
    expect_status(&output, 2);
    assert!(stderr(&output).contains("no-such-list"));
    let output = run_in(
        tmp.path(),
        &["clean", "--format", "jsonl", "--files-from", "-", "-"],
    );
    expect_status(&output, 2);
}

#[test]
fn a_missing_file_is_reported_and_the_others_done() {
    let tmp = input_tree();
    let output = run_in(
        tmp.path(),
        &["clean", "-o", "out", "in/missing.txt", "in/z.txt"],
    );
    expect_status(&output, 1);
    let message = stderr(&output);
    assert!(
        message.contains("in/missing.txt") && message.contains("no such file"),
        "{message}"
    );
    assert!(tmp.path().join("out/in/z.txt.txt").is_file());

    let output = run_in(
        tmp.path(),
        &["clean", "--format", "jsonl", "in/missing.txt", "in/z.txt"],
    );
    expect_status(&output, 1);
    let records = jsonl(&stdout(&output));
    assert_eq!(records.len(), 2);
    assert_eq!(records[0]["path"], "in/missing.txt");
    assert!(records[0]["error"].is_string());
    assert!(records[1]["body"].is_string());

    // A single missing file is a failure too, not a usage error.
    let output = run_in(tmp.path(), &["clean", "in/missing.txt"]);
    expect_status(&output, 1);
    assert!(stderr(&output).contains("in/missing.txt"));
}

/// White space as the text reader sees it (no-break space included).
fn is_blank(line: &str) -> bool {
    line.chars()
        .all(|c| c.is_whitespace() || c == '\u{a0}' || c == '\u{feff}')
}

#[test]
fn explain_has_one_entry_per_non_blank_line() {
    const LABELS: [&str; 5] = ["body", "title", "byline", "date", "boilerplate"];
    for name in [
        "text-news-brief-water-main-break",
        "seed-001-rferl-trump-putin-north-korea-call",
    ] {
        let input = fixture_input(name);
        let output = bin()
            .args(["clean", "--explain"])
            .arg(&input)
            .output()
            .unwrap();
        expect_status(&output, 0);
        let text = stdout(&output);
        let mut lines_seen = Vec::new();
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            // Entry lines: line number, label, score, excerpt. The lines
            // under them (reasons, DOM) start with a rule name instead.
            let mut tokens = line.split_whitespace();
            let Some(number) = tokens.next().and_then(|t| t.parse::<usize>().ok()) else {
                continue;
            };
            let label = tokens.next().unwrap_or_default();
            assert!(LABELS.contains(&label), "{name}: label in {line:?}");
            let score: f32 = tokens
                .next()
                .and_then(|t| t.parse().ok())
                .unwrap_or_else(|| panic!("{name}: no score in {line:?}"));
            assert!(score.is_finite());
            lines_seen.push(number);
        }
        let non_blank: Vec<usize> = read(&input)
            .split('\n')
            .enumerate()
            .filter(|(_, l)| !is_blank(l))
            .map(|(i, _)| i + 1)
            .collect();
        assert_eq!(lines_seen, non_blank, "{name}");
    }
}

#[test]
fn max_bytes_refuses_a_larger_file_naming_it_and_the_limit() {
    let tmp = tempfile::tempdir().unwrap();
    let big = tmp.path().join("big.txt");
    write(&big, SMALL_PAGE.repeat(4)); // about 2 KB
    let output = bin()
        .args(["clean", "--max-bytes", "1K"])
        .arg(&big)
        .output()
        .unwrap();
    expect_status(&output, 1);
    let message = stderr(&output);
    assert!(
        message.contains("big.txt") && message.contains("1024"),
        "{message}"
    );
    assert!(output.stdout.is_empty());

    // At or under the limit it is cleaned.
    let small = tmp.path().join("small.txt");
    write(&small, SMALL_PAGE);
    assert!(SMALL_PAGE.len() <= 1024);
    let output = bin()
        .args(["clean", "--max-bytes", "1K"])
        .arg(&small)
        .output()
        .unwrap();
    expect_status(&output, 0);
    assert!(stdout(&output).contains("The harbour was closed"));

    // The same limit holds on standard input.
    let output = bin()
        .args(["clean", "--max-bytes", "1K"])
        .write_stdin(SMALL_PAGE.repeat(4))
        .output()
        .unwrap();
    expect_status(&output, 1);
    assert!(stderr(&output).contains("1024"));

    // A size that is not one is a usage error.
    let output = bin()
        .args(["clean", "--max-bytes", "12X"])
        .arg(&small)
        .output()
        .unwrap();
    expect_status(&output, 2);
}

#[test]
fn gzip_inputs_are_undone() {
    let tmp = tempfile::tempdir().unwrap();
    for name in [
        "seed-002-viewus-putin-openness-to-trump",
        "html-table-and-code-block",
    ] {
        let input = fixture_input(name);
        let plain = bin().arg("clean").arg(&input).output().unwrap();
        expect_status(&plain, 0);
        let gz = tmp.path().join(format!("{name}.gz"));
        write(&gz, gzip(&fs::read(&input).unwrap()));
        let unzipped = bin().arg("clean").arg(&gz).output().unwrap();
        expect_status(&unzipped, 0);
        assert_eq!(stdout(&unzipped), stdout(&plain), "{name}");
        assert!(!unzipped.stdout.is_empty());
        // Also from standard input, where there is no name to go by.
        let piped = bin()
            .arg("clean")
            .write_stdin(fs::read(&gz).unwrap())
            .output()
            .unwrap();
        expect_status(&piped, 0);
        assert_eq!(stdout(&piped), stdout(&plain), "{name} on stdin");
    }
}

#[test]
fn help_shows_examples_and_exit_statuses() {
    let output = bin().arg("--help").output().unwrap();
    expect_status(&output, 0);
    assert!(stdout(&output).contains("Examples:"));
    for sub in ["clean", "diff"] {
        let output = bin().args([sub, "--help"]).output().unwrap();
        expect_status(&output, 0);
        let text = stdout(&output);
        assert!(
            text.contains("Exit status: 0 ") && text.contains(", 2 usage"),
            "{sub} --help should say what the exit statuses mean"
        );
    }
}

/// The top-level help is the first thing a user reads; it should say how
/// the exit status reports failures without sending them to each command.
#[test]
fn top_level_help_mentions_exit_statuses() {
    let output = bin().arg("--help").output().unwrap();
    expect_status(&output, 0);
    assert!(
        stdout(&output).to_lowercase().contains("exit status"),
        "`boilerstrip --help` has examples but no word on exit statuses"
    );
}

// ---------------------------------------------------------------- diff

/// A single-page diff set-up where both kinds of error are certain: the
/// expected text lacks the body's first paragraph (so cleaning "leaks" it)
/// and has a sentence the page never had (so it is "lost").
fn doctored_pair(tmp: &Path) -> (PathBuf, PathBuf) {
    let name = "seed-001-rferl-trump-putin-north-korea-call";
    let input = fixture_input(name);
    let expected = read(&fixture(name).join("expected.txt"));
    let mut lines: Vec<&str> = expected.lines().filter(|l| !is_blank(l)).collect();
    lines.remove(0);
    lines.push("Zebras quietly reorganised the marmalade archive beyond all recognition.");
    let doctored = tmp.join("expected.txt");
    write(&doctored, lines.join("\n"));
    (input, doctored)
}

#[test]
fn diff_pair_prints_legend_changes_and_totals() {
    let tmp = tempfile::tempdir().unwrap();
    let (input, expected) = doctored_pair(tmp.path());
    let output = bin()
        .args(["diff", "--color", "never"])
        .arg(&input)
        .arg(&expected)
        .output()
        .unwrap();
    expect_status(&output, 0);
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].contains("wrongly kept") && lines[0].contains("wrongly dropped"));
    let body = &lines[1..];
    assert!(
        body.iter().any(|l| l.starts_with("- Zebras quietly")),
        "the lost sentence is a `-` line:\n{text}"
    );
    assert!(
        body.iter().any(|l| l.starts_with("+ ")),
        "the leaked paragraph is a `+` line:\n{text}"
    );
    let last = lines.last().unwrap();
    assert!(last.starts_with("total: pages 1  F1 "), "{last}");
}

/// The rows of `diff DIR`'s table: (F1, kind, name).
fn table_rows(text: &str) -> Vec<(f64, String, String)> {
    text.lines()
        .skip_while(|l| !l.trim_start().starts_with("F1"))
        .skip(1)
        .take_while(|l| !l.is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split_whitespace().collect();
            assert_eq!(cols.len(), 7, "row {l:?}");
            (cols[0].parse().unwrap(), cols[5].into(), cols[6].into())
        })
        .collect()
}

#[test]
fn diff_directory_table_is_sorted_worst_first_with_totals_per_kind() {
    let counts = fixture_counts(&fixtures_dir());
    let output = bin()
        .args(["diff", "--color", "never"])
        .arg(fixtures_dir())
        .output()
        .unwrap();
    expect_status(&output, 0);
    let text = stdout(&output);
    let rows = table_rows(&text);
    assert_eq!(rows.len(), counts.text + counts.html, "{text}");
    assert!(
        rows.windows(2).all(|w| w[0].0 <= w[1].0),
        "not sorted worst first:\n{text}"
    );
    let names: BTreeSet<&str> = rows.iter().map(|r| r.2.as_str()).collect();
    let expected: BTreeSet<&str> = counts.names.iter().map(String::as_str).collect();
    assert_eq!(names, expected);
    assert!(
        text.contains(&format!("\nhtml: pages {}  F1 ", counts.html)),
        "{text}"
    );
    assert!(
        text.contains(&format!("\ntext: pages {}  F1 ", counts.text)),
        "{text}"
    );
    assert!(text.contains(&format!(
        "\ntotal: pages {}  F1 ",
        counts.text + counts.html
    )));
}

#[test]
fn diff_quiet_prints_only_totals() {
    let output = bin()
        .args(["diff", "--quiet"])
        .arg(fixtures_dir())
        .output()
        .unwrap();
    expect_status(&output, 0);
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    for (line, kind) in lines.iter().zip(["html:", "text:", "total:"]) {
        assert!(line.starts_with(kind), "{line}");
    }
}

fn diff_json(args: &[&str], extra: &[&Path]) -> Value {
    let output = bin()
        .arg("diff")
        .args(["--format", "json"])
        .args(args)
        .args(extra)
        .output()
        .unwrap();
    expect_status(&output, 0);
    serde_json::from_str(&stdout(&output)).unwrap()
}

fn number(v: &Value) -> f64 {
    v.as_f64().unwrap_or_else(|| panic!("not a number: {v}"))
}

#[test]
fn diff_json_has_a_summary_consistent_with_its_pages() {
    let counts = fixture_counts(&fixtures_dir());
    let report = diff_json(&[], &[&fixtures_dir()]);
    let pages = report["pages"].as_array().unwrap();
    assert_eq!(pages.len(), counts.text + counts.html);
    let summary = &report["summary"];
    assert_eq!(summary["pages"], pages.len());
    // The benchmark's totals: precision over pages with output, recall over
    // pages with a reference, F1 of the two means.
    let mean = |key: &str| {
        let values: Vec<f64> = pages.iter().filter_map(|p| p[key].as_f64()).collect();
        values.iter().sum::<f64>() / values.len() as f64
    };
    let (p, r) = (mean("precision"), mean("recall"));
    assert!((number(&summary["precision"]) - p).abs() < 1e-12);
    assert!((number(&summary["recall"]) - r).abs() < 1e-12);
    assert!((number(&summary["f1"]) - 2.0 * p * r / (p + r)).abs() < 1e-12);
    for page in pages {
        assert!(page["name"].is_string() && page["kind"].is_string());
        let f1 = number(&page["f1"]);
        assert!((0.0..=1.0).contains(&f1), "{page}");
    }
}

/// A gold directory and a prediction directory made up for the test, with
/// scores that do not depend on the cleaner.
fn made_up_gold(tmp: &Path) -> (PathBuf, PathBuf) {
    let gold = tmp.join("gold");
    let pred = tmp.join("pred");
    write(
        &gold.join("alpha/expected.txt"),
        "one two three four five six seven eight",
    );
    write(
        &pred.join("alpha.txt"),
        "one two three four five six seven eight nine ten eleven twelve",
    );
    // No prediction for beta: it counts as empty.
    write(
        &gold.join("beta/expected.txt"),
        "the body of the second page has words",
    );
    (gold, pred)
}

#[test]
fn diff_pred_dir_scores_other_outputs_and_missing_ones_as_empty() {
    let tmp = tempfile::tempdir().unwrap();
    let (gold, pred) = made_up_gold(tmp.path());
    let report = diff_json(&["--pred-dir"], &[&pred, &gold]);
    let pages = report["pages"].as_array().unwrap();
    assert_eq!(pages.len(), 2);
    let page = |name: &str| pages.iter().find(|p| p["name"] == name).unwrap();
    let alpha = score_page(
        "one two three four five six seven eight",
        "one two three four five six seven eight nine ten eleven twelve",
    );
    assert_eq!(page("alpha")["precision"].as_f64(), alpha.precision);
    assert_eq!(page("alpha")["recall"].as_f64(), alpha.recall);
    assert!((alpha.precision.unwrap() - 5.0 / 9.0).abs() < 1e-12);
    // Empty prediction: no precision, zero recall.
    assert_eq!(page("beta")["precision"], Value::Null);
    assert_eq!(number(&page("beta")["recall"]), 0.0);
    let summary = &report["summary"];
    assert!((number(&summary["precision"]) - 5.0 / 9.0).abs() < 1e-12);
    assert!((number(&summary["recall"]) - 0.5).abs() < 1e-12);
}

#[test]
fn diff_pred_file_scores_another_output() {
    let tmp = tempfile::tempdir().unwrap();
    let (gold, pred) = made_up_gold(tmp.path());
    let expected = gold.join("alpha/expected.txt");
    let report = diff_json(&["--pred"], &[&pred.join("alpha.txt"), &expected]);
    let summary = &report["summary"];
    assert_eq!(summary["pages"], 1);
    assert!((number(&summary["precision"]) - 5.0 / 9.0).abs() < 1e-12);
    assert_eq!(number(&summary["recall"]), 1.0);

    // In text, the extra words show as a changed paragraph.
    let output = bin()
        .args(["diff", "--color", "never", "--pred"])
        .arg(pred.join("alpha.txt"))
        .arg(&expected)
        .output()
        .unwrap();
    expect_status(&output, 0);
    assert!(stdout(&output).contains("{+"), "{}", stdout(&output));
}

#[test]
fn diff_min_f1_sets_the_exit_status() {
    let tmp = tempfile::tempdir().unwrap();
    let (gold, pred) = made_up_gold(tmp.path());
    // Total F1 here is that of P = 5/9 and R = 1/2: about 0.53.
    let run = |min: &str| {
        bin()
            .args(["diff", "--quiet", "--min-f1", min, "--pred-dir"])
            .arg(&pred)
            .arg(&gold)
            .output()
            .unwrap()
    };
    let output = run("0.99");
    expect_status(&output, 1);
    assert!(stderr(&output).contains("0.99"), "{}", stderr(&output));
    expect_status(&run("0.1"), 0);

    // And on the real fixtures, the tool clears a low bar.
    let output = bin()
        .args(["diff", "--quiet", "--min-f1", "0.1"])
        .arg(fixtures_dir())
        .output()
        .unwrap();
    expect_status(&output, 0);
}

#[test]
fn diff_on_a_path_that_does_not_exist_is_a_usage_error() {
    let tmp = tempfile::tempdir().unwrap();
    let expected = fixture("seed-000-tpm-putin-zero-relationship").join("expected.txt");
    let missing = tmp.path().join("missing");
    let cases: Vec<Vec<&std::ffi::OsStr>> = vec![
        vec![missing.as_os_str()],
        vec![missing.as_os_str(), expected.as_os_str()],
        vec!["--pred".as_ref(), missing.as_os_str(), expected.as_os_str()],
        vec![
            "--pred-dir".as_ref(),
            tmp.path().as_os_str(),
            missing.as_os_str(),
        ],
    ];
    for args in cases {
        let output = bin().arg("diff").args(&args).output().unwrap();
        expect_status(&output, 2);
        assert!(!output.stderr.is_empty(), "{args:?}: no message");
    }
}

#[test]
fn diff_type_restricts_the_rows_to_one_kind() {
    let counts = fixture_counts(&fixtures_dir());
    for (kind, n) in [("text", counts.text), ("html", counts.html)] {
        let report = diff_json(&["--type", kind], &[&fixtures_dir()]);
        let pages = report["pages"].as_array().unwrap();
        assert_eq!(pages.len(), n, "--type {kind}");
        assert!(pages.iter().all(|p| p["kind"] == kind), "--type {kind}");
    }
}

#[test]
fn diff_color_always_and_never() {
    let tmp = tempfile::tempdir().unwrap();
    let (input, expected) = doctored_pair(tmp.path());
    let run = |color: &str| {
        let output = bin()
            .args(["diff", "--color", color])
            .arg(&input)
            .arg(&expected)
            .output()
            .unwrap();
        expect_status(&output, 0);
        stdout(&output)
    };
    assert!(run("always").contains("\x1b["));
    assert!(!run("never").contains('\x1b'));
    // Not a terminal: auto means no colour.
    assert!(!run("auto").contains('\x1b'));
}

// ------------------------------------------------- agreement with score.py

fn shared_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("BOILERSTRIP_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest_dir().join("../shared"));
    dir.join("eval/score.py").is_file().then_some(dir)
}

fn python3() -> bool {
    std::process::Command::new("python3")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// The reference scorer's aggregate and per-page figures.
fn reference_scores(gold: &Path, pred: &Path) -> Option<Value> {
    let Some(shared) = shared_dir() else {
        eprintln!("note: ../shared/eval/score.py not found; metric agreement not checked");
        return None;
    };
    if !python3() {
        eprintln!("note: python3 not found; metric agreement not checked");
        return None;
    }
    let output = std::process::Command::new("python3")
        .arg(shared.join("eval/score.py"))
        .arg(gold)
        .arg(pred)
        .args(["--json", "--per-doc"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    Some(serde_json::from_slice(&output.stdout).unwrap())
}

/// Both scorers' totals and per-page precision and recall agree to 1e-9.
fn assert_agreement(gold: &Path, pred: &Path) {
    let Some(reference) = reference_scores(gold, pred) else {
        return;
    };
    let ours = diff_json(&["--pred-dir"], &[pred, gold]);
    let mut disagreements = Vec::new();
    for key in ["precision", "recall", "f1", "bag_f1", "exact"] {
        let (a, b) = (
            number(&ours["summary"][key]),
            number(&reference["aggregate"][key]),
        );
        if (a - b).abs() > 1e-9 {
            disagreements.push(format!("total {key}: boilerstrip {a} vs score.py {b}"));
        }
    }
    for page in ours["pages"].as_array().unwrap() {
        let name = page["name"].as_str().unwrap();
        let theirs = &reference["pages"][name];
        for key in ["precision", "recall", "bag_f1"] {
            let (a, b) = (page[key].as_f64(), theirs[key].as_f64());
            let agree = match (a, b) {
                (Some(a), Some(b)) => (a - b).abs() <= 1e-9,
                (a, b) => a == b,
            };
            if !agree {
                disagreements.push(format!("{name} {key}: boilerstrip {a:?} vs score.py {b:?}"));
            }
        }
    }
    assert!(disagreements.is_empty(), "{}", disagreements.join("\n"));
}

#[test]
fn metric_agrees_with_the_reference_scorer_on_the_fixtures() {
    let tmp = tempfile::tempdir().unwrap();
    let pred = tmp.path().join("pred");
    fs::create_dir(&pred).unwrap();
    // Predictions made by `clean`, one process for all fixtures.
    let counts = fixture_counts(&fixtures_dir());
    let list: String = counts
        .names
        .iter()
        .map(|n| format!("{}\n", fixture_input(n).display()))
        .collect();
    let output = bin()
        .args(["clean", "--format", "jsonl", "--files-from", "-"])
        .write_stdin(list)
        .output()
        .unwrap();
    expect_status(&output, 0);
    let records = jsonl(&stdout(&output));
    assert_eq!(records.len(), counts.names.len());
    for (name, record) in counts.names.iter().zip(&records) {
        write(
            &pred.join(format!("{name}.txt")),
            record["body"].as_str().unwrap(),
        );
    }
    assert_agreement(&fixtures_dir(), &pred);
}

/// Scripts whose words carry combining marks (Devanagari and Thai vowel
/// signs, Hebrew points, Arabic harakat) and symbols such as `ⓒ`: Python's
/// `\w` does not match them, so the reference splits words there; the
/// metric must count the same tokens. (Three pages of the development set
/// have such characters.)
#[test]
fn metric_agrees_with_the_reference_scorer_beyond_latin_letters() {
    let tmp = tempfile::tempdir().unwrap();
    let (gold, pred) = (tmp.path().join("gold"), tmp.path().join("pred"));
    let pages = [
        (
            "hindi",
            "भारत की राजधानी नई दिल्ली में आज सुबह भारी बारिश हुई और कई सड़कों पर पानी भर गया।\n\
             मौसम विभाग ने कहा कि अगले दो दिनों तक बारिश जारी रहने की संभावना है।",
            "भारत की राजधानी नई दिल्ली में आज सुबह भारी बारिश हुई और कई सड़कों पर पानी भर गया।\n\
             विज्ञापन के लिए यहां क्लिक करें और हमारे न्यूज़लेटर की सदस्यता लें।",
        ),
        (
            "thai",
            "กรุงเทพมหานคร มีฝนตกหนัก ในช่วงเช้า วันนี้ ทำให้ ถนน หลายสาย มีน้ำท่วมขัง\n\
             กรมอุตุนิยมวิทยา คาดว่า ฝนจะ ตกต่อเนื่อง อีก สองวัน",
            "กรุงเทพมหานคร มีฝนตกหนัก ในช่วงเช้า วันนี้ ทำให้ ถนน หลายสาย มีน้ำท่วมขัง\n\
             อ่านข่าว เพิ่มเติม ที่นี่ และ ติดตาม เรา",
        ),
        (
            // Circled letters are So but Alphabetic: a word for Rust's
            // is_alphanumeric, not for Python's \w.
            "circled",
            "The council approved the budget on Monday by a wide margin.\n\
             ⓒ 2025 The Riverton Record, all rights reserved",
            "The council approved the budget on Monday by a wide margin.\n\
             ⓒ 2025 The Riverton Record",
        ),
        (
            "hebrew",
            "בְּרֵאשִׁית בָּרָא אֱלֹהִים אֵת הַשָּׁמַיִם וְאֵת הָאָרֶץ וְהָאָרֶץ הָיְתָה תֹהוּ וָבֹהוּ",
            "בְּרֵאשִׁית בָּרָא אֱלֹהִים אֵת הַשָּׁמַיִם וְאֵת הָאָרֶץ שתף בפייסבוק",
        ),
    ];
    for (name, expected, predicted) in pages {
        write(&gold.join(name).join("expected.txt"), expected);
        write(&pred.join(format!("{name}.txt")), predicted);
    }
    assert_agreement(&gold, &pred);
}
