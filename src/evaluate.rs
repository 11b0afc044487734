//! Evaluation over fixture directories: a fixture is a folder holding
//! `input.txt` and/or `input.html` (or a gzipped one) and `expected.txt`,
//! the layout of `fixtures/` and of the benchmark's development set. This is
//! `clean` + [`crate::metrics`], used alike by `boilerstrip diff`
//! and by the test suite, so the figures users see are the ones tests assert.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::input::InputKind;
use crate::metrics::{self, PageScore};
use crate::{Options, clean_bytes};

/// The expected-output file of a fixture.
pub const EXPECTED_FILE: &str = "expected.txt";

/// One fixture folder.
#[derive(Debug, Clone)]
pub struct Fixture {
    /// The folder's name.
    pub name: String,
    pub dir: PathBuf,
    /// Its inputs, text first.
    pub inputs: Vec<(InputKind, PathBuf)>,
}

impl Fixture {
    pub fn expected_path(&self) -> PathBuf {
        self.dir.join(EXPECTED_FILE)
    }
}

const INPUT_NAMES: &[(InputKind, &str)] = &[
    (InputKind::Text, "input.txt"),
    (InputKind::Text, "input.txt.gz"),
    (InputKind::Html, "input.html"),
    (InputKind::Html, "input.html.gz"),
];

/// Reads one folder as a fixture, if it has `expected.txt`.
pub fn fixture_at(dir: &Path) -> Option<Fixture> {
    if !dir.join(EXPECTED_FILE).is_file() {
        return None;
    }
    let inputs = INPUT_NAMES
        .iter()
        .map(|&(kind, name)| (kind, dir.join(name)))
        .filter(|(_, path)| path.is_file())
        .collect();
    let name = dir.file_name().map_or_else(
        || dir.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    Some(Fixture {
        name,
        dir: dir.to_path_buf(),
        inputs,
    })
}

/// The fixtures of a directory: the directory itself if it is one,
/// otherwise its immediate subfolders that are, sorted by name.
pub fn discover(root: &Path) -> io::Result<Vec<Fixture>> {
    if let Some(fixture) = fixture_at(root) {
        return Ok(vec![fixture]);
    }
    let mut fixtures: Vec<Fixture> = fs::read_dir(root)?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.is_dir())
        .filter_map(|path| fixture_at(&path))
        .collect();
    fixtures.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(fixtures)
}

/// A page cleaned (or predicted by another tool) and scored.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub name: String,
    pub kind: InputKind,
    pub expected: String,
    pub predicted: String,
    pub score: PageScore,
}

/// Reads a text file as UTF-8, replacing invalid bytes.
pub fn read_text(path: &Path) -> io::Result<String> {
    let bytes = fs::read(path)?;
    Ok(match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    })
}

/// Cleans `input` as `kind` and scores the result against `expected_path`.
pub fn clean_and_score(
    name: &str,
    kind: InputKind,
    input: &Path,
    expected_path: &Path,
    options: &Options,
) -> Result<Outcome, String> {
    let bytes = fs::read(input).map_err(|e| format!("{}: {e}", input.display()))?;
    let expected =
        read_text(expected_path).map_err(|e| format!("{}: {e}", expected_path.display()))?;
    let options = Options {
        kind,
        ..options.clone()
    };
    let cleaned = clean_bytes(&bytes, &options).map_err(|e| format!("{}: {e}", input.display()))?;
    let predicted = cleaned.body();
    Ok(Outcome {
        name: name.to_owned(),
        kind,
        score: metrics::score_page(&expected, &predicted),
        expected,
        predicted,
    })
}

/// Scores a prediction made elsewhere against `expected`.
pub fn score_prediction(
    name: &str,
    kind: InputKind,
    expected: String,
    predicted: String,
) -> Outcome {
    Outcome {
        name: name.to_owned(),
        kind,
        score: metrics::score_page(&expected, &predicted),
        expected,
        predicted,
    }
}
