//! Two things the app's build needs from the build machine:
//!
//! - The wasm build is linked with its relocations kept: `wasm-split-cli`
//!   needs them to split the module at the `wasm_split` functions of
//!   src/parts.rs (tools/post-build.mjs). Native builds are left as they are.
//! - Search folds text to lower case. `char::to_lowercase` would bring
//!   core's case tables (about 15 KB gzip of the download, upper case
//!   included); instead this script writes the lower-case mappings of every
//!   code point, as std knows them, into a table of runs (about 180 entries),
//!   which `src/domain/text.rs` includes. It is made by the same compiler,
//!   so it follows the same Unicode version as std; `tests/text.rs` checks it
//!   against `char::to_lowercase` for every code point.

use std::fmt::Write;

fn main() {
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-bins=--emit-relocs");
    }
    println!("cargo:rerun-if-changed=build.rs");
    write_lower_case_runs();
}

/// Writes `LOWER_RUNS`: (first code point, last code point, step between
/// code points of the run, offset to add), for every code point whose lower
/// case is one other code point.
fn write_lower_case_runs() {
    let mut runs: Vec<(u32, u32, u32, i64)> = Vec::new();
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        let mut lower = c.to_lowercase();
        let (Some(l), None) = (lower.next(), lower.next()) else {
            continue;
        };
        if l == c {
            continue;
        }
        let code = u32::from(c);
        let delta = i64::from(u32::from(l)) - i64::from(code);
        if let Some(run) = runs.last_mut() {
            let gap = code - run.1;
            let fits = run.3 == delta && (gap == run.2 || (run.0 == run.1 && gap <= 2));
            if fits {
                run.2 = gap;
                run.1 = code;
                continue;
            }
        }
        runs.push((code, code, 1, delta));
    }
    let mut out = String::from(
        "/// Lower-case mappings as runs: (first, last, step, offset). Written by build.rs.\n\
         pub(crate) static LOWER_RUNS: [(u32, u32, u32, i32); ",
    );
    let _ = write!(out, "{}] = [", runs.len());
    for (first, last, step, delta) in &runs {
        let _ = write!(out, "({first}, {last}, {step}, {delta}),");
    }
    out.push_str("];\n");
    let dir = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".to_owned());
    let path = std::path::Path::new(&dir).join("lower_runs.rs");
    if let Err(e) = std::fs::write(&path, out) {
        panic!("cannot write {}: {e}", path.display());
    }
}
