//! Cleaning throughput, single-threaded, through the library's byte-level
//! entry point (decoding included, process start-up and output excluded;
//! `scripts/throughput.py` measures the whole command).
//!
//!     cargo bench --bench throughput
//!     cargo bench --bench throughput -- html      # only the HTML benches
//!
//! Page sets: the fixtures (always present) and, when it exists, every
//! sixth page of the development set in ../shared/data/scrapinghub (or
//! `BOILERSTRIP_DEV_SET`). Criterion reports bytes of input per second.

use std::fs;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use boilerstrip::{InputKind, Options, clean_bytes};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// Every `DEV_SET_STRIDE`th page of the development set: a sample large
/// enough to average over sites, small enough for a 5 s measurement.
const DEV_SET_STRIDE: usize = 6;

struct PageSet {
    name: String,
    kind: InputKind,
    pages: Vec<Vec<u8>>,
}

impl PageSet {
    fn bytes(&self) -> u64 {
        self.pages.iter().map(|p| p.len() as u64).sum()
    }
}

/// The `file` of each folder under `root` (sorted), every `stride`th one.
fn load(root: &Path, file: &str, stride: usize) -> Vec<Vec<u8>> {
    let Ok(entries) = fs::read_dir(root) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path().join(file))
        .filter(|p| p.is_file())
        .collect();
    paths.sort();
    paths
        .iter()
        .step_by(stride)
        .map(|p| fs::read(p).expect("readable page"))
        .collect()
}

fn page_sets() -> Vec<PageSet> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dev_set = std::env::var_os("BOILERSTRIP_DEV_SET")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest.join("../shared/data/scrapinghub"));
    let mut sets = Vec::new();
    for (kind, file) in [
        (InputKind::Text, "input.txt"),
        (InputKind::Html, "input.html"),
    ] {
        sets.push(PageSet {
            name: format!("fixtures/{}", kind.as_str()),
            kind,
            pages: load(&manifest.join("fixtures"), file, 1),
        });
        sets.push(PageSet {
            name: format!("dev-set/{}", kind.as_str()),
            kind,
            pages: load(&dev_set, file, DEV_SET_STRIDE),
        });
    }
    sets.retain(|s| !s.pages.is_empty());
    sets
}

fn clean_throughput(c: &mut Criterion) {
    let mut group = c.benchmark_group("clean");
    group
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5))
        .sample_size(20);
    for set in page_sets() {
        let options = Options {
            kind: set.kind,
            ..Options::default()
        };
        eprintln!(
            "{}: {} pages, {:.2} MB",
            set.name,
            set.pages.len(),
            set.bytes() as f64 / 1e6
        );
        group.throughput(Throughput::Bytes(set.bytes()));
        group.bench_function(&set.name, |b| {
            b.iter(|| {
                for page in &set.pages {
                    let cleaned = clean_bytes(black_box(page), &options).expect("page cleans");
                    black_box(cleaned);
                }
            })
        });
    }
    group.finish();
}

criterion_group!(benches, clean_throughput);
criterion_main!(benches);
