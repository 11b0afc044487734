//! No input makes `boilerstrip` panic, hang or eat memory. Inputs are made
//! at test time; each run has a time limit and must end with a clear
//! outcome: exit 0 with output, or a failure naming the file; never a panic
//! message, never a signal.
//!
//! The heavy cases (a 50 MB line, a million lines) take about 15 s in a
//! debug build and well under 5 s in release; nothing is `#[ignore]`d. For
//! quicker runs and release-build figures:
//!
//!     cargo test --release --test robustness
//!
//! Peak memory (VmHWM, polled from /proc) is printed for the heavy cases
//! (`-- --nocapture` to see it) and checked against a generous bound.

use std::fs::{self, File};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::Command;
use boilerstrip::{InputKind, Options, clean, clean_bytes};
use tempfile::TempDir;

/// Time allowed for an ordinary case.
const TIMEOUT: Duration = Duration::from_secs(30);

/// Time allowed for the heavy cases: a debug build is about five times
/// slower than release on them, and other tests share the cores.
const HEAVY_TIMEOUT: Duration = if cfg!(debug_assertions) {
    Duration::from_secs(150)
} else {
    Duration::from_secs(30)
};

const BIN: &str = env!("CARGO_BIN_EXE_boilerstrip");

fn bin() -> Command {
    let mut cmd = Command::new(BIN);
    cmd.timeout(TIMEOUT);
    cmd
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Exited by itself with `code`, without panicking.
#[track_caller]
fn expect_exit(output: &Output, code: i32) {
    let err = stderr(output);
    assert!(!err.contains("panicked"), "panic:\n{err}");
    assert!(
        output.status.code().is_some(),
        "killed by a signal or by the time limit ({:?}); stderr:\n{err}",
        output.status
    );
    assert_eq!(output.status.code(), Some(code), "stderr:\n{err}");
}

/// Cleans one file; returns the output.
fn clean_file(path: &Path, extra: &[&str]) -> Output {
    bin().arg("clean").args(extra).arg(path).output().unwrap()
}

fn tmp() -> TempDir {
    tempfile::tempdir().unwrap()
}

fn write(path: &Path, contents: impl AsRef<[u8]>) -> PathBuf {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).unwrap();
    }
    fs::write(path, contents).unwrap();
    path.to_path_buf()
}

fn fixture_input(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name)
        .join("input.txt")
}

const ARTICLE: &str = "seed-000-tpm-putin-zero-relationship";

/// A run watched from outside: wall time and peak resident memory.
struct Watched {
    status: std::process::ExitStatus,
    stdout_len: u64,
    stderr: String,
    elapsed: Duration,
    /// Peak resident set (VmHWM) in KiB, if /proc could be read.
    peak_kib: Option<u64>,
}

fn vm_hwm_kib(pid: u32) -> Option<u64> {
    let status = fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Runs the binary with its output going to files (a 50 MB body must not
/// sit in a pipe), polling its peak memory, killing it after `limit`.
fn run_watched(dir: &Path, args: &[&str], limit: Duration) -> Watched {
    let out_path = dir.join("watched.stdout");
    let err_path = dir.join("watched.stderr");
    let start = Instant::now();
    let mut child = std::process::Command::new(BIN)
        .args(args)
        .stdin(Stdio::null())
        .stdout(File::create(&out_path).unwrap())
        .stderr(File::create(&err_path).unwrap())
        .spawn()
        .unwrap();
    let mut peak_kib = None;
    let status = loop {
        // VmHWM only grows; the last reading before exit is the peak, give
        // or take the final few milliseconds.
        if let Some(kib) = vm_hwm_kib(child.id()) {
            peak_kib = Some(peak_kib.map_or(kib, |p: u64| p.max(kib)));
        }
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > limit {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!("{args:?} still running after {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    Watched {
        status,
        stdout_len: fs::metadata(&out_path).unwrap().len(),
        stderr: fs::read_to_string(&err_path).unwrap_or_default(),
        elapsed: start.elapsed(),
        peak_kib,
    }
}

/// Cleans `path` as `kind` under watch, expects success, and checks peak
/// memory against `factor` times `input_bytes` (see
/// [`Watched::report_memory`]).
#[track_caller]
fn clean_in_bounded_memory(
    dir: &Path,
    kind: &str,
    path: &Path,
    what: &str,
    input_bytes: u64,
    factor: u64,
) {
    let watched = run_watched(
        dir,
        &["clean", "--type", kind, path.to_str().unwrap()],
        HEAVY_TIMEOUT,
    );
    watched.expect_success();
    watched.report_memory(what, input_bytes, factor);
}

impl Watched {
    #[track_caller]
    fn expect_success(&self) {
        assert!(!self.stderr.contains("panicked"), "panic:\n{}", self.stderr);
        assert_eq!(self.status.code(), Some(0), "stderr:\n{}", self.stderr);
    }

    /// Prints the figures and checks memory stays under `factor` times the
    /// input (plus a fixed allowance for the program itself).
    fn report_memory(&self, what: &str, input_bytes: u64, factor: u64) {
        let Some(peak) = self.peak_kib else {
            eprintln!(
                "{what}: {:.1?}, peak memory unknown (no /proc)",
                self.elapsed
            );
            return;
        };
        let peak_bytes = peak * 1024;
        eprintln!(
            "{what}: input {:.1} MB, {:.2?}, peak RSS {:.1} MB ({:.1}x input), output {:.1} MB",
            input_bytes as f64 / 1e6,
            self.elapsed,
            peak_bytes as f64 / 1e6,
            peak_bytes as f64 / input_bytes as f64,
            self.stdout_len as f64 / 1e6,
        );
        let bound = factor * input_bytes + (32 << 20);
        assert!(
            peak_bytes < bound,
            "{what}: peak RSS {peak_bytes} bytes over {factor}x the input"
        );
    }
}

// ------------------------------------------------------------ small inputs

#[test]
fn empty_input_gives_an_empty_body() {
    let dir = tmp();
    let path = write(&dir.path().join("empty.txt"), "");
    let output = clean_file(&path, &[]);
    expect_exit(&output, 0);
    assert!(output.stdout.is_empty());
    let output = bin().arg("clean").write_stdin("").output().unwrap();
    expect_exit(&output, 0);
    assert!(output.stdout.is_empty());
    // Empty HTML too.
    let output = bin()
        .args(["clean", "--type", "html"])
        .write_stdin("")
        .output()
        .unwrap();
    expect_exit(&output, 0);
}

#[test]
fn white_space_only_gives_an_empty_body() {
    let dir = tmp();
    let path = write(
        &dir.path().join("blank.txt"),
        " \n\t\t\n\r\n\u{a0}\u{a0}\n\u{feff}\n\x0c\n   ",
    );
    for kind in ["auto", "text", "html"] {
        let output = clean_file(&path, &["--type", kind, "--format", "json"]);
        expect_exit(&output, 0);
        let record: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        assert_eq!(record["body"], "", "--type {kind}");
    }
}

#[test]
fn binary_junk_is_refused_as_binary() {
    let dir = tmp();
    // NULs and control bytes, then pseudo-random bytes without NULs.
    let with_nuls: Vec<u8> = b"\x00\x01\x02binary\x00\x7f\x1b"
        .iter()
        .copied()
        .cycle()
        .take(8000)
        .collect();
    let mut random = Vec::with_capacity(8000);
    let mut x = 0x2545_f491_4f6c_dd1du64;
    while random.len() < 8000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        random.extend(x.to_le_bytes().iter().filter(|&&b| b != 0));
    }
    for (name, bytes) in [("nuls.bin", with_nuls), ("random.dat", random)] {
        let path = write(&dir.path().join(name), bytes);
        let output = clean_file(&path, &[]);
        expect_exit(&output, 1);
        let message = stderr(&output);
        assert!(
            message.contains(name) && message.contains("binary"),
            "{message}"
        );
        assert!(output.stdout.is_empty());
    }
}

/// The seed article with invalid UTF-8 bytes spliced in after its first
/// body paragraph.
fn article_with_invalid_utf8() -> (String, Vec<u8>) {
    let text = fs::read_to_string(fixture_input(ARTICLE)).unwrap();
    let at = text.find("Putin called Trump").unwrap();
    let mut bytes = text.as_bytes()[..at].to_vec();
    bytes.extend_from_slice(b"Broken \xff\xfe bytes \xc3( here.\n");
    bytes.extend_from_slice(&text.as_bytes()[at..]);
    (text, bytes)
}

#[test]
fn invalid_utf8_in_text_is_cleaned() {
    let dir = tmp();
    let (_, bytes) = article_with_invalid_utf8();
    let path = write(&dir.path().join("mixed.txt"), bytes);
    let output = clean_file(&path, &[]);
    expect_exit(&output, 0);
    let body = String::from_utf8(output.stdout).expect("output is UTF-8");
    assert!(
        body.contains("Putin called Trump a strong leader"),
        "{body}"
    );
}

/// A few bad bytes in a UTF-8 page must not turn every other non-ASCII
/// character into mojibake: the rest of the page is still UTF-8.
#[test]
fn a_few_invalid_bytes_do_not_garble_the_rest_of_a_utf8_page() {
    let dir = tmp();
    let (_, bytes) = article_with_invalid_utf8();
    let path = write(&dir.path().join("mixed.txt"), bytes);
    let output = clean_file(&path, &[]);
    expect_exit(&output, 0);
    let body = String::from_utf8(output.stdout).unwrap();
    assert!(
        body.contains("doesn’t have a personal relationship"),
        "curly quotes garbled (decoded as windows-1252?):\n{}",
        body.lines().next().unwrap_or_default()
    );
}

#[test]
fn utf16_with_and_without_bom_cleans_like_utf8() {
    let dir = tmp();
    let text = fs::read_to_string(fixture_input(ARTICLE)).unwrap();
    let reference = clean_file(&fixture_input(ARTICLE), &[]);
    expect_exit(&reference, 0);
    assert!(!reference.stdout.is_empty());
    let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
    let cases = [
        ("le-bom.txt", [&[0xff, 0xfe][..], &le].concat()),
        ("le.txt", le.clone()),
        ("be-bom.txt", [&[0xfe, 0xff][..], &be].concat()),
        ("be.txt", be),
    ];
    for (name, bytes) in cases {
        let path = write(&dir.path().join(name), bytes);
        let output = clean_file(&path, &[]);
        expect_exit(&output, 0);
        assert_eq!(
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&reference.stdout),
            "{name}"
        );
    }
}

#[test]
fn an_unclosed_script_swallows_the_rest_without_leaking_code() {
    let dir = tmp();
    let lead = "The lead paragraph of the article explains, at some length, \
                what happened in the town on Monday night and why it matters.";
    let rest: String = (0..30)
        .map(|i| {
            format!(
                "<p>Paragraph {i} says the council met on Monday and voted to approve the budget.</p>\n"
            )
        })
        .collect();
    for tag in ["script", "style", "textarea", "title", "noscript", "iframe"] {
        let page = format!(
            "<!DOCTYPE html><html><head><title>T</title></head><body><p>{lead}</p>\
             <{tag}>var secret_token = 1;\n{rest}</body></html>"
        );
        let path = write(&dir.path().join(format!("{tag}.html")), page);
        let output = clean_file(&path, &[]);
        expect_exit(&output, 0);
        let body = String::from_utf8(output.stdout).unwrap();
        assert!(!body.contains("secret_token"), "<{tag}>: {body}");
        assert!(body.contains("The lead paragraph"), "<{tag}>: {body}");
    }
}

// ------------------------------------------------------------ deep HTML

/// `depth` openings of `open` (one or more tags), a sentence, then the
/// matching closings if `close`.
fn nested(open: &[&str], depth: usize, close: bool) -> String {
    let opening: String = open.iter().map(|t| format!("<{t}>")).collect();
    let closing: String = open.iter().rev().map(|t| format!("</{t}>")).collect();
    let mut page = String::from("<!DOCTYPE html><html><body>");
    page.push_str(&opening.repeat(depth));
    page.push_str("The deepest paragraph is a sentence of the body, with enough words to count.");
    if close {
        page.push_str(&closing.repeat(depth));
    }
    page.push_str("</body></html>");
    page
}

fn check_nested(open: &[&str]) {
    let dir = tmp();
    for close in [true, false] {
        let path = write(&dir.path().join("deep.html"), nested(open, 100_000, close));
        let start = Instant::now();
        let output = clean_file(&path, &[]);
        expect_exit(&output, 0);
        let body = String::from_utf8(output.stdout).unwrap();
        assert!(
            body.contains("The deepest paragraph"),
            "{open:?} closed={close}: text lost ({:.1?})",
            start.elapsed()
        );
    }
}

#[test]
fn html_nested_100k_deep_div() {
    check_nested(&["div"]);
}

#[test]
fn html_nested_100k_deep_span() {
    check_nested(&["span"]);
}

#[test]
fn html_nested_100k_deep_p() {
    check_nested(&["p"]);
}

#[test]
fn html_nested_100k_deep_a() {
    check_nested(&["a"]);
}

#[test]
fn html_nested_100k_deep_b_i() {
    check_nested(&["b", "i"]);
}

#[test]
fn html_nested_100k_deep_table_cells_and_lists() {
    check_nested(&["table", "tr", "td"]);
    check_nested(&["ul", "li"]);
}

/// html5ever compares each new attribute with all earlier ones of the tag,
/// so one tag with N attributes costs O(N²): 300,000 of them (4 MB) take
/// about 30 s in release, and a 128 MB page would take hours.
#[test]
fn a_tag_with_300k_attributes_finishes() {
    let dir = tmp();
    let mut page = String::from("<!DOCTYPE html><html><body><div");
    for i in 0..300_000 {
        page.push_str(&format!(" a{i}=\"v\""));
    }
    page.push_str("><p>The only paragraph is a sentence of the body, with words enough.</p></div>");
    let path = write(&dir.path().join("attrs.html"), page);
    clean_html_in_time(&path, "300k attributes");
}

/// Preformatted text is one block per line; numbering half a million
/// lines must not recount the lines before each one (it once took minutes).
#[test]
fn a_pre_of_500k_lines_finishes() {
    let dir = tmp();
    let page = format!("<html><body><pre>{}</pre>", "a\n".repeat(500_000));
    let path = write(&dir.path().join("pre.html"), page);
    clean_html_in_time(&path, "500k-line <pre>");
}

/// 100,000 `<br>`-separated lines, each with a link and a hinted span:
/// every line's links and spans are found without scanning all the others.
#[test]
fn a_run_of_100k_linked_lines_finishes() {
    let dir = tmp();
    let line = "<a href=\"/x\">x</a> <span class=\"credit\">y</span><br>";
    let page = format!("<html><body><div>{}</div>", line.repeat(100_000));
    let path = write(&dir.path().join("lines.html"), page);
    clean_html_in_time(&path, "100k linked lines");
}

/// A long JSON-LD `articleBody` and many blocks: each block is checked
/// against the body through an index, not by searching the whole body.
#[test]
fn a_long_article_body_and_many_blocks_finish() {
    let dir = tmp();
    let body = "word ".repeat(100_000);
    let page = format!(
        "<html><head><script type=\"application/ld+json\">\
         {{\"@type\":\"NewsArticle\",\"articleBody\":\"{body}\"}}</script></head><body>{}",
        "<p>a b c d e".repeat(40_000)
    );
    let path = write(&dir.path().join("ld.html"), page);
    clean_html_in_time(&path, "500 KB articleBody, 40k blocks");
}

/// A 32 KB id on the article's wrapper must not be copied into each of
/// its 50,000 blocks.
#[test]
fn a_long_id_above_many_blocks_stays_small() {
    let dir = tmp();
    let page = format!(
        "<html><body><div id=\"{}\">{}",
        "x".repeat(32 << 10),
        "<p>a".repeat(50_000)
    );
    let size = page.len() as u64;
    let path = write(&dir.path().join("id.html"), page);
    clean_in_bounded_memory(
        dir.path(),
        "html",
        &path,
        "32 KB id over 50k blocks",
        size,
        40,
    );
}

/// The attribute cap also holds where a tag hides from a simple reading of
/// the markup: after a comment closed by `--!>`, inside `<svg><title>`.
#[test]
fn tags_with_many_attributes_in_odd_places_finish() {
    let dir = tmp();
    let attrs: String = (0..100_000).map(|i| format!(" a{i}")).collect();
    for (name, hideout) in [("bang", "<!----!>"), ("svg", "<svg><title>")] {
        let path = write(
            &dir.path().join(format!("{name}.html")),
            format!("<html><body>{hideout}<p{attrs}>The paragraph.</p>"),
        );
        clean_html_in_time(&path, &format!("100k attributes after {hideout}"));
    }
}

/// Cleans an HTML file that once took quadratic time: a linear pass takes
/// well under a second, and 20 s bounds the test while it does not.
fn clean_html_in_time(path: &Path, what: &str) {
    let start = Instant::now();
    let output = bin()
        .timeout(Duration::from_secs(20))
        .args(["clean", "--type", "html"])
        .arg(path)
        .output()
        .unwrap();
    expect_exit(&output, 0);
    eprintln!("{what}: {:.1?}", start.elapsed());
}

// ------------------------------------------------------------ big inputs

#[test]
fn a_50_mb_single_line_finishes_in_bounded_memory() {
    let dir = tmp();
    let path = dir.path().join("line.txt");
    let sentence = b"lorem ipsum dolor sit amet, consectetur adipiscing elit. ";
    let size = 50 << 20;
    let mut file = std::io::BufWriter::new(File::create(&path).unwrap());
    let mut written = 0;
    while written < size {
        let n = sentence.len().min(size - written);
        file.write_all(&sentence[..n]).unwrap();
        written += n;
    }
    file.into_inner().unwrap().sync_all().unwrap();
    clean_in_bounded_memory(dir.path(), "text", &path, "50 MB line", size as u64, 40);
}

#[test]
fn a_million_one_word_lines_finish_in_bounded_memory() {
    let dir = tmp();
    let path = dir.path().join("lines.txt");
    let mut file = std::io::BufWriter::new(File::create(&path).unwrap());
    for i in 0..1_000_000u32 {
        writeln!(file, "word{}", i % 1000).unwrap();
    }
    file.into_inner().unwrap().sync_all().unwrap();
    let size = fs::metadata(&path).unwrap().len();
    clean_in_bounded_memory(dir.path(), "text", &path, "1M one-word lines", size, 20);

    // --explain keeps every block's report: heavier, so 100,000 lines.
    let short = dir.path().join("short.txt");
    let text = fs::read_to_string(&path).unwrap();
    let cut = text.match_indices('\n').nth(99_999).unwrap().0 + 1;
    fs::write(&short, &text[..cut]).unwrap();
    let watched = run_watched(
        dir.path(),
        &["clean", "--explain", short.to_str().unwrap()],
        HEAVY_TIMEOUT,
    );
    watched.expect_success();
    assert!(watched.stdout_len > cut as u64, "one entry per line");
    watched.report_memory("100k one-word lines, --explain", cut as u64, 200);
}

/// Memory per block must not dwarf the block, nor may blocks pile up: text
/// is read a window of lines at a time, so the shortest lines cost no more
/// than long ones. Held for every line, a block's 40 bytes alone would come
/// to 20x two-byte lines; 8 MB of them and a 10x bound leave the fixed
/// allowance no room to hide that.
#[test]
fn the_shortest_lines_stay_within_10x_the_input() {
    let dir = tmp();
    let size = 8_000_000;
    let path = write(&dir.path().join("a.txt"), "a\n".repeat(size / 2));
    clean_in_bounded_memory(
        dir.path(),
        "text",
        &path,
        "4M lines of `a`",
        size as u64,
        10,
    );
}

/// HTML as dense as markup gets, 4 MB of each kind: a paragraph every
/// four bytes; formatting elements the tree builder opens again in every
/// paragraph (36 each), and a count of them that grows by one with every
/// paragraph; one with 256 attributes opened again each time. The tree's
/// budget holds all of them to 20x.
#[test]
fn the_densest_html_stays_within_20x_the_input() {
    let dir = tmp();
    let formatting: String = ["b", "i", "u", "s", "em", "strong", "small", "big", "tt"]
        .iter()
        .map(|t| format!("<{t}>"))
        .collect::<String>()
        .repeat(4);
    let attributes: String = (0..256).map(|i| format!(" a{i}=x")).collect();
    let pages = [
        ("1M `<p>a`", "<p>a".repeat(1_000_000)),
        (
            "reopened formatting",
            format!("<p>{formatting}{}", "<p>a".repeat(1_000_000)),
        ),
        (
            "growing formatting",
            (0..250_000).map(|k| format!("<p><b id={k}></p>")).collect(),
        ),
        (
            "reopened attributes",
            format!("<p><b{attributes}>{}", "</p><p>x".repeat(500_000)),
        ),
    ];
    for (what, page) in pages {
        let size = page.len() as u64;
        let path = write(&dir.path().join("dense.html"), page);
        clean_in_bounded_memory(dir.path(), "html", &path, what, size, 20);
    }
}

#[test]
fn a_file_over_the_default_limit_is_refused_before_reading() {
    let dir = tmp();
    let path = dir.path().join("huge.txt");
    // Sparse: the size check comes before any read, so NULs do not matter.
    File::create(&path).unwrap().set_len(200 << 20).unwrap();
    let start = Instant::now();
    let output = clean_file(&path, &[]);
    expect_exit(&output, 1);
    let message = stderr(&output);
    assert!(
        message.contains("huge.txt")
            && message.contains("limit")
            && message.contains("--max-bytes"),
        "{message}"
    );
    assert!(
        start.elapsed() < Duration::from_secs(10),
        "refused only after reading?"
    );
}

fn gzip_member(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

#[test]
fn gzip_bombs_are_refused() {
    let dir = tmp();
    // 3,200 copies of one small member inflate to 200 MiB, over the
    // default limit, from a file of a few hundred kilobytes.
    let member = gzip_member(&[b'a'; 64 << 10]);
    let bomb = write(&dir.path().join("bomb.txt.gz"), member.repeat(3200));
    let watched = run_watched(
        dir.path(),
        &["clean", bomb.to_str().unwrap()],
        HEAVY_TIMEOUT,
    );
    assert_eq!(watched.status.code(), Some(1), "{}", watched.stderr);
    assert!(!watched.stderr.contains("panicked"));
    assert!(
        watched.stderr.contains("bomb.txt.gz") && watched.stderr.contains("limit"),
        "{}",
        watched.stderr
    );
    // Decompression stops at the limit: memory near 128 MiB, not 200.
    if let Some(peak) = watched.peak_kib {
        eprintln!(
            "gzip bomb at the default limit: peak RSS {:.0} MB",
            peak as f64 / 1024.0
        );
        assert!(peak < 180 << 10, "peak {peak} KiB");
    }

    // One member, a lower limit.
    let single = write(
        &dir.path().join("single.gz"),
        gzip_member(&vec![b'x'; 8 << 20]),
    );
    let output = clean_file(&single, &["--max-bytes", "1M"]);
    expect_exit(&output, 1);
    assert!(stderr(&output).contains("single.gz"));

    // A truncated stream is an error, not a panic.
    let whole = gzip_member(fs::read(fixture_input(ARTICLE)).unwrap().as_slice());
    let cut = write(&dir.path().join("cut.gz"), &whole[..whole.len() / 2]);
    let output = clean_file(&cut, &[]);
    expect_exit(&output, 1);
    assert!(stderr(&output).contains("cut.gz"));
}

// ------------------------------------------------------------ file system

#[cfg(unix)]
#[test]
fn a_symlink_loop_is_reported_and_the_walk_ends() {
    use std::os::unix::fs::symlink;
    let dir = tmp();
    let root = dir.path().join("tree");
    write(
        &root.join("a.txt"),
        fs::read(fixture_input(ARTICLE)).unwrap(),
    );
    write(
        &root.join("sub/b.txt"),
        fs::read(fixture_input(ARTICLE)).unwrap(),
    );
    symlink("..", root.join("sub/up")).unwrap();
    symlink("self", root.join("self")).unwrap();
    let output = bin()
        .current_dir(dir.path())
        .args(["clean", "--format", "jsonl", "tree"])
        .output()
        .unwrap();
    expect_exit(&output, 1);
    let records: Vec<serde_json::Value> = String::from_utf8(output.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let done: Vec<&str> = records
        .iter()
        .filter(|r| r.get("body").is_some())
        .map(|r| r["path"].as_str().unwrap())
        .collect();
    assert_eq!(done, ["tree/a.txt", "tree/sub/b.txt"]);
    let failed: Vec<&str> = records
        .iter()
        .filter(|r| r.get("error").is_some())
        .map(|r| r["path"].as_str().unwrap())
        .collect();
    assert_eq!(failed, ["tree/self", "tree/sub/up"], "{}", stderr(&output));
    assert!(stderr(&output).contains("loop"), "{}", stderr(&output));
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_reported_and_the_others_done() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tmp();
    let locked = write(&dir.path().join("locked.txt"), "secret\n");
    let open = write(
        &dir.path().join("open.txt"),
        fs::read(fixture_input(ARTICLE)).unwrap(),
    );
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
    if fs::read(&locked).is_ok() {
        eprintln!("note: running with privileges that read mode-000 files; skipped");
        return;
    }
    let output = bin()
        .args(["clean", "--format", "jsonl"])
        .arg(&locked)
        .arg(&open)
        .output()
        .unwrap();
    expect_exit(&output, 1);
    let message = stderr(&output);
    assert!(
        message.contains("locked.txt") && message.contains("permission denied"),
        "{message}"
    );
    assert_eq!(String::from_utf8(output.stdout).unwrap().lines().count(), 2);
}

// ------------------------------------------------------------ the library

/// A small deterministic generator: the same documents on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const PIECES: &[&str] = &[
    "<div>",
    "</div>",
    "<p>",
    "</p>",
    "<span>",
    "</span>",
    "<a href='/x'>",
    "</a>",
    "<li>",
    "<ul>",
    "</ul>",
    "<table>",
    "<tr>",
    "<td>",
    "</td>",
    "</table>",
    "<br>",
    "<br><br>",
    "<h1>",
    "</h1>",
    "<h2>",
    "<article>",
    "</article>",
    "<nav>",
    "<footer>",
    "<aside>",
    "<pre><code>",
    "</code></pre>",
    "<script>",
    "</script>",
    "<style>",
    "</style>",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "<svg><g>",
    "</svg>",
    "<math>",
    "<template>",
    "<select>",
    "<option>",
    "<figure>",
    "<figcaption>",
    "<title>",
    "<meta charset='windows-1252'>",
    "<b><i>",
    "</b>",
    "<",
    ">",
    "&",
    "&amp;",
    "&#x1F600;",
    "&#0;",
    "&#xD800;",
    "&nbsp;",
    "&notanentity;",
    "\"",
    "'",
    "=",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    " ",
    "\u{a0}",
    "\u{feff}",
    "\u{ad}",
    "\u{200b}",
    "\0",
    "\x0c",
    "\x1b",
    "• ",
    "- ",
    "* ",
    "□ ",
    "1. ",
    "Home | News | Sport",
    "Share on Facebook",
    "Read more",
    "Advertisement",
    "By Jane Doe",
    "March 3, 2025 10:45 am",
    "© 2025 Herald",
    "The council met on Monday and voted to approve the budget for the coming year.",
    "Der Stadtrat hat am Montag den Haushalt für das kommende Jahr beschlossen.",
    "El ayuntamiento aprobó el lunes el presupuesto para el próximo año.",
    "市议会周一投票批准了明年的预算。",
    "مجلس المدينة وافق على الميزانية يوم الاثنين.",
    "भारत की राजधानी में बारिश हुई।",
    "🙂🙂🙂",
    "e\u{301}\u{301}\u{301}",
    "ﷺ",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
];

fn random_document(rng: &mut Rng) -> String {
    let pieces = 1 + rng.below(600);
    let mut doc = String::new();
    if rng.below(3) == 0 {
        doc.push_str("<!DOCTYPE html><html><body>");
    }
    for _ in 0..pieces {
        doc.push_str(rng.pick(PIECES));
    }
    doc
}

/// Runs `work` on another thread and fails if it panics or overruns.
fn within<T: Send + 'static>(
    limit: Duration,
    what: String,
    work: impl FnOnce() -> T + Send + 'static,
) -> T {
    let (tx, rx) = std::sync::mpsc::channel();
    let handle = std::thread::spawn(move || {
        let _ = tx.send(work());
    });
    match rx.recv_timeout(limit) {
        Ok(value) => value,
        Err(_) => {
            if handle.is_finished() {
                let _ = handle.join();
                panic!("{what}: panicked");
            }
            panic!("{what}: still running after {limit:?}");
        }
    }
}

#[test]
fn random_documents_never_panic() {
    within(Duration::from_secs(120), "random documents".into(), || {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        for case in 0..400 {
            let doc = random_document(&mut rng);
            let kind = [InputKind::Auto, InputKind::Text, InputKind::Html][case % 3];
            let options = Options {
                kind,
                explain: case % 2 == 0,
                ..Options::default()
            };
            let result = std::panic::catch_unwind(|| {
                let cleaned = clean(&doc, &options);
                let _ = cleaned.explain();
                // The same bytes cut at an arbitrary byte, so possibly
                // mid-character, through the byte-level entry point.
                let cut = &doc.as_bytes()[..doc.len() * 7 / 8];
                let _ = clean_bytes(cut, &options);
            });
            assert!(
                result.is_ok(),
                "case {case} ({kind:?}) panicked on {} bytes:\n{doc:?}",
                doc.len()
            );
        }
    });
}

/// Multi-byte characters straddling every byte offset the input stage
/// slices at (512, 8192 and around), after leading white space.
#[test]
fn multibyte_characters_at_sniffing_boundaries_never_panic() {
    within(Duration::from_secs(120), "boundaries".into(), || {
        for filler in ["é", "中", "🙂", "e\u{301}"] {
            for lead in 0..4 {
                for tail in [500usize, 512, 8180, 8192, 8200] {
                    let mut doc = " ".repeat(lead);
                    doc.push_str("<p>");
                    while doc.len() < tail + 8 {
                        doc.push_str(filler);
                    }
                    for kind in [InputKind::Auto, InputKind::Html, InputKind::Text] {
                        let options = Options {
                            kind,
                            explain: true,
                            ..Options::default()
                        };
                        let _ = clean(&doc, &options).explain();
                        let _ = clean_bytes(doc.as_bytes(), &options);
                    }
                }
            }
        }
    });
}
