//! The `boilerstrip` command: a thin layer over the library.

mod cli;

fn main() -> std::process::ExitCode {
    keep_freed_memory();
    cli::main()
}

/// A long input is classified in windows whose buffers (a few MB) are
/// freed and allocated again window after window. By default glibc hands
/// such freed memory back to the kernel each time, and every window then
/// pays page faults to get it back (on a 17 MB text, 16,000 faults instead
/// of 6,000). Fixed thresholds keep up to 8 MB of freed memory for reuse
/// and leave blocks over 4 MB (which grow in place by remapping) to the
/// kernel; peak memory is the same.
fn keep_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets allocator parameters; it is called before
    // any other thread exists.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 4 << 20);
        libc::mallopt(libc::M_TRIM_THRESHOLD, 8 << 20);
    }
}
