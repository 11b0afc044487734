//! Compiles the date pattern into the forward and reverse DFAs that
//! `src/lang/dates.rs` loads (see there why).

use std::path::Path;

use regex_automata::dfa::{dense, regex::Regex};

#[path = "src/lang/date_pattern.rs"]
#[allow(dead_code)]
mod date_pattern;

fn main() {
    println!("cargo::rerun-if-changed=src/lang/date_pattern.rs");
    let regex = Regex::new(&date_pattern::pattern()).expect("date pattern");
    let out = std::env::var_os("OUT_DIR").expect("OUT_DIR");
    let little = std::env::var("CARGO_CFG_TARGET_ENDIAN").as_deref() != Ok("big");
    let bytes = |dfa: &dense::DFA<Vec<u32>>| {
        let (bytes, padding) = if little {
            dfa.to_bytes_little_endian()
        } else {
            dfa.to_bytes_big_endian()
        };
        bytes[padding..].to_vec()
    };
    for (name, dfa) in [("forward", regex.forward()), ("reverse", regex.reverse())] {
        let path = Path::new(&out).join(format!("date_{name}.dfa"));
        std::fs::write(path, bytes(dfa)).expect("write the date automaton");
    }
}
