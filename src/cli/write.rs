//! Writing results: output files appear whole or not at all, and standard
//! output tolerates a closed pipe.

use std::fs;
use std::io::{self, Write};
use std::path::Path;

/// Writes `contents` to `path` through a temporary file in the same
/// directory, renamed into place: a reader never sees half a file, and an
/// interrupted run leaves no partial output behind.
pub fn atomically(path: &Path, contents: &[u8]) -> io::Result<()> {
    let parent = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(parent)?;
    let mut builder = tempfile::Builder::new();
    builder.prefix(".boilerstrip-").suffix(".partial");
    // Temporary files are private by default; an output file gets the
    // mode any new file gets (0666 less the umask).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let mut temp = builder.tempfile_in(parent)?;
    temp.write_all(contents)?;
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Standard output, buffered; a closed pipe (`| head`) ends the run quietly.
pub struct Stdout {
    out: io::BufWriter<io::StdoutLock<'static>>,
    closed: bool,
}

impl Stdout {
    pub fn new() -> Stdout {
        Stdout {
            out: io::BufWriter::new(io::stdout().lock()),
            closed: false,
        }
    }

    /// Writes, remembering a closed pipe; returns false once it is closed.
    pub fn write(&mut self, text: &str) -> bool {
        if self.closed {
            return false;
        }
        if let Err(e) = self.out.write_all(text.as_bytes()) {
            self.closed = true;
            if e.kind() != io::ErrorKind::BrokenPipe {
                super::error(format!("writing to standard output: {e}"));
            }
        }
        !self.closed
    }

    pub fn flush(&mut self) {
        if !self.closed && self.out.flush().is_err() {
            self.closed = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_whole_files_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a/b/out.txt");
        atomically(&path, b"hello").unwrap();
        atomically(&path, b"again").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "again");
        let names: Vec<_> = fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["out.txt"]);
    }
}
