//! Finding inputs: paths, directories (recursively), standard input, and
//! `--files-from` lists; reading them within the size limit.

use std::fs;
use std::io::{self, BufRead, Read};
use std::path::{Component, Path, PathBuf};

/// Files of this size or more are mapped into memory rather than read:
/// copying a large file into the process and faulting in the pages of its
/// copy costs more than mapping it, while a small file reads faster.
const MAP_MIN_BYTES: u64 = 1 << 20;

/// An input's bytes, read or mapped.
pub enum Bytes {
    Read(Vec<u8>),
    Mapped(memmap2::Mmap),
}

impl std::ops::Deref for Bytes {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        match self {
            Bytes::Read(bytes) => bytes,
            Bytes::Mapped(map) => map,
        }
    }
}

/// Maps `file` read-only, its pages loaded at once; `None` where mapping
/// fails, for the caller to read the file instead.
fn map(file: &fs::File) -> Option<memmap2::Mmap> {
    // SAFETY: the map is read-only and nothing in this process writes the
    // file. Another process truncating the file while it is being cleaned
    // would end this one with SIGBUS: the price every tool that maps its
    // inputs pays for not copying them.
    unsafe { memmap2::MmapOptions::new().populate().map(file) }.ok()
}

/// Where one input comes from.
#[derive(Debug, Clone)]
pub enum Origin {
    Stdin,
    File(PathBuf),
}

/// One input of a batch, or a failure to find one.
#[derive(Debug, Clone)]
pub struct Source {
    /// The path as given or found (`-` for standard input).
    pub display: String,
    pub origin: Origin,
    /// A discovery error (a missing path, a symlink loop), reported in the
    /// batch like any other failed input.
    pub error: Option<String>,
}

impl Source {
    fn file(path: PathBuf) -> Source {
        Source {
            display: path.display().to_string(),
            origin: Origin::File(path),
            error: None,
        }
    }

    fn failed(display: String, error: String) -> Source {
        Source {
            origin: Origin::File(PathBuf::from(&display)),
            display,
            error: Some(error),
        }
    }

    /// Reads the input, refusing more than `max_bytes`.
    pub fn read(&self, max_bytes: usize) -> Result<Bytes, String> {
        if let Some(error) = &self.error {
            return Err(error.clone());
        }
        let too_large =
            || format!("larger than the limit of {max_bytes} bytes (raise it with --max-bytes)");
        match &self.origin {
            Origin::Stdin => {
                let mut bytes = Vec::new();
                io::stdin()
                    .lock()
                    .take(max_bytes as u64 + 1)
                    .read_to_end(&mut bytes)
                    .map_err(|e| e.to_string())?;
                if bytes.len() > max_bytes {
                    return Err(too_large());
                }
                Ok(Bytes::Read(bytes))
            }
            Origin::File(path) => {
                let meta = fs::metadata(path).map_err(describe_io)?;
                if meta.is_dir() {
                    return Err("is a directory".into());
                }
                if meta.len() > max_bytes as u64 {
                    return Err(too_large());
                }
                let file = fs::File::open(path).map_err(describe_io)?;
                if meta.is_file()
                    && meta.len() >= MAP_MIN_BYTES
                    && let Some(map) = map(&file)
                {
                    // The file may have grown since its size was read.
                    if map.len() > max_bytes {
                        return Err(too_large());
                    }
                    return Ok(Bytes::Mapped(map));
                }
                let mut bytes = Vec::with_capacity(meta.len() as usize);
                file.take(max_bytes as u64 + 1)
                    .read_to_end(&mut bytes)
                    .map_err(describe_io)?;
                if bytes.len() > max_bytes {
                    return Err(too_large());
                }
                Ok(Bytes::Read(bytes))
            }
        }
    }

    /// The output file name for this input under `dir`: its path as given,
    /// made relative (root and `..` parts become `_root` and `_up`), with
    /// `extension` appended. Standard input becomes `stdin`.
    pub fn output_path(&self, dir: &Path, extension: &str) -> PathBuf {
        let mut out = dir.to_path_buf();
        match &self.origin {
            Origin::Stdin => out.push("stdin"),
            Origin::File(path) => {
                for component in path.components() {
                    match component {
                        Component::Prefix(_) | Component::RootDir => out.push("_root"),
                        Component::CurDir => {}
                        Component::ParentDir => out.push("_up"),
                        Component::Normal(part) => out.push(part),
                    }
                }
            }
        }
        let mut name = out.file_name().unwrap_or_default().to_os_string();
        name.push(".");
        name.push(extension);
        out.set_file_name(name);
        out
    }
}

pub fn describe_io(e: io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or directory".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// Expands the command line's paths and `--files-from` into inputs, in
/// order; directories are walked recursively (sorted, hidden entries
/// skipped, symbolic links followed with loops reported).
pub fn collect(paths: &[PathBuf], files_from: Option<&Path>) -> Result<Vec<Source>, String> {
    let mut listed: Vec<PathBuf> = paths.to_vec();
    if let Some(list) = files_from {
        listed.extend(read_list(list)?);
    }
    if listed.is_empty() && files_from.is_none() {
        listed.push(PathBuf::from("-"));
    }
    let stdin_uses = listed.iter().filter(|p| p.as_os_str() == "-").count()
        + usize::from(files_from.is_some_and(|f| f.as_os_str() == "-"));
    if stdin_uses > 1 {
        return Err("standard input (`-`) can be read only once".into());
    }
    let mut sources = Vec::new();
    for path in listed {
        if path.as_os_str() == "-" {
            sources.push(Source {
                display: "-".into(),
                origin: Origin::Stdin,
                error: None,
            });
        } else if path.is_dir() {
            walk(&path, &mut sources);
        } else if path.exists() {
            sources.push(Source::file(path));
        } else {
            sources.push(Source::failed(
                path.display().to_string(),
                "no such file or directory".into(),
            ));
        }
    }
    Ok(sources)
}

fn read_list(list: &Path) -> Result<Vec<PathBuf>, String> {
    let reader: Box<dyn BufRead> = if list.as_os_str() == "-" {
        Box::new(io::BufReader::new(io::stdin()))
    } else {
        Box::new(io::BufReader::new(fs::File::open(list).map_err(|e| {
            format!("--files-from {}: {}", list.display(), describe_io(e))
        })?))
    };
    let mut paths = Vec::new();
    for line in reader.lines() {
        let line = line.map_err(|e| format!("--files-from {}: {e}", list.display()))?;
        let line = line.trim_end_matches('\r');
        if !line.trim().is_empty() {
            paths.push(PathBuf::from(line));
        }
    }
    Ok(paths)
}

fn walk(root: &Path, sources: &mut Vec<Source>) {
    let walker = walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walker {
        match entry {
            Ok(entry) if entry.file_type().is_file() => {
                sources.push(Source::file(entry.into_path()));
            }
            Ok(_) => {}
            Err(e) => {
                let display = e
                    .path()
                    .map_or_else(|| root.display().to_string(), |p| p.display().to_string());
                let reason = if e.loop_ancestor().is_some() {
                    "symbolic link loop, skipped".to_owned()
                } else {
                    e.io_error()
                        .map_or_else(|| e.to_string(), |io| io.to_string())
                };
                sources.push(Source::failed(display, reason));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_paths_mirror_inputs_without_escaping() {
        let dir = Path::new("out");
        let at = |p: &str| Source::file(PathBuf::from(p)).output_path(dir, "txt");
        assert_eq!(at("a/b/page.html"), Path::new("out/a/b/page.html.txt"));
        assert_eq!(at("./page.txt"), Path::new("out/page.txt.txt"));
        assert_eq!(at("../x/page"), Path::new("out/_up/x/page.txt"));
        assert_eq!(at("/abs/page.htm"), Path::new("out/_root/abs/page.htm.txt"));
        let stdin = Source {
            display: "-".into(),
            origin: Origin::Stdin,
            error: None,
        };
        assert_eq!(stdin.output_path(dir, "json"), Path::new("out/stdin.json"));
    }
}
