//! The house rules of the code, read from the sources: which folder may
//! import which, that no feature imports another, that modules import in
//! one direction (no circles), that `src/` itself holds at most four
//! files, and that the core crate's dependency tree holds no web crate.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The folders of `src/` that hold features, one folder per feature, named
/// by the part of the module they are downloaded in.
const PART_FOLDERS: [&str; 3] = ["first", "seminar_part", "drafts_part"];

/// What each shared folder of `src/` may import besides itself and the core.
const SHARED: [(&str, &[&str]); 5] = [
    ("web", &[]),
    ("nav", &["web"]),
    ("i18n", &["web", "nav"]),
    ("ui", &["web", "nav", "i18n", "stores"]),
    ("stores", &["web"]),
];

/// What a feature may import besides itself, the core, and the files (not
/// folders) directly in its own part's folder.
const FOR_FEATURES: [&str; 5] = ["web", "nav", "i18n", "ui", "stores"];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        panic!("{} cannot be read", dir.display());
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// A file's code without its comments (a doc link is not an import) and
/// without its test module (`#[cfg(test)] mod tests`, at the end of a file).
fn code(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let text = match text.find("#[cfg(test)]\nmod tests") {
        Some(at) => &text[..at],
        None => &text[..],
    };
    text.lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The module path of a file under `src` (`src/nav/router.rs` is
/// `nav::router`, a `mod.rs` names its folder, `lib.rs` the crate).
fn module_of(src: &Path, file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(src).unwrap_or(file).with_extension("");
    let mut parts: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts
        .last()
        .is_some_and(|p| p == "mod" || p == "lib" || p == "main")
    {
        parts.pop();
    }
    parts
}

/// Every path of this crate a text names, as its segments from the crate's
/// root: `crate::a::b`, `super::b` (from the module `module`), and each
/// path of a group (`crate::a::{b, c::{d, self}}`).
fn crate_paths(code: &str, module: &[String]) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let bytes = code.as_bytes();
    let mut at = 0;
    while at < code.len() {
        let rest = &code[at..];
        let starts = rest.starts_with("crate::") || rest.starts_with("super::");
        let boundary = at == 0
            || !(bytes[at - 1].is_ascii_alphanumeric()
                || bytes[at - 1] == b'_'
                || bytes[at - 1] == b':');
        if !(starts && boundary) {
            at += rest.chars().next().map_or(1, char::len_utf8);
            continue;
        }
        let (mut base, mut tail) = if let Some(tail) = rest.strip_prefix("crate::") {
            (Vec::new(), tail)
        } else {
            (module.to_vec(), rest)
        };
        while let Some(more) = tail.strip_prefix("super::") {
            base.pop();
            tail = more;
        }
        let used = use_tree(tail, &base, &mut out);
        at += rest.len() - tail.len() + used.max(1);
    }
    out
}

/// Reads one path or group after `prefix::`, pushing every path it names;
/// returns how many bytes it read.
fn use_tree(text: &str, prefix: &[String], out: &mut Vec<Vec<String>>) -> usize {
    let mut path = prefix.to_vec();
    let mut at = 0;
    loop {
        let name: String = text[at..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        at += name.len();
        if !name.is_empty() && name != "self" {
            path.push(name);
        }
        let group = if text[at..].starts_with("::{") {
            Some(3)
        } else if path.len() == prefix.len() && text[at..].starts_with('{') {
            Some(1)
        } else {
            None
        };
        if let Some(opening) = group {
            at += opening;
            loop {
                at += text[at..].len() - text[at..].trim_start().len();
                if text[at..].starts_with('}') {
                    return at + 1;
                }
                at += use_tree(&text[at..], &path, out);
                at += text[at..].len() - text[at..].trim_start().len();
                match text[at..].chars().next() {
                    Some(',') => at += 1,
                    Some('}') => return at + 1,
                    _ => return at,
                }
            }
        } else if text[at..].starts_with("::") {
            at += 2;
        } else {
            out.push(path);
            return at;
        }
    }
}

/// The modules of a crate and, for each, the other modules it imports
/// (by `crate::` paths, resolved to the longest module named). A module
/// naming its own ancestor is not counted: that is where it is declared.
fn module_graph(src: &Path) -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    let modules: BTreeMap<Vec<String>, PathBuf> = files
        .iter()
        .map(|f| (module_of(src, f), f.clone()))
        .collect();
    let mut graph = BTreeMap::new();
    for (module, file) in &modules {
        let mut imports = BTreeSet::new();
        for path in crate_paths(&code(file), module) {
            let target = (1..=path.len())
                .rev()
                .map(|n| path[..n].to_vec())
                .find(|candidate| modules.contains_key(candidate));
            if let Some(target) = target {
                if &target != module && !module.starts_with(&target) {
                    imports.insert(target);
                }
            }
        }
        graph.insert(module.clone(), imports);
    }
    graph
}

/// The circles of a module graph, each as the modules on it.
fn circles(graph: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    for start in graph.keys() {
        // Depth-first from each module, looking for a way back to it.
        let mut stack = vec![(start.clone(), vec![start.join("::")])];
        let mut seen = BTreeSet::new();
        while let Some((at, trail)) = stack.pop() {
            for next in graph.get(&at).into_iter().flatten() {
                if next == start {
                    found.push(trail.clone());
                } else if seen.insert(next.clone()) {
                    let mut longer = trail.clone();
                    longer.push(next.join("::"));
                    stack.push((next.clone(), longer));
                }
            }
        }
    }
    found
}

#[test]
fn src_holds_at_most_four_files() {
    let files: Vec<String> = std::fs::read_dir(root().join("src"))
        .map(|entries| {
            entries
                .flatten()
                .filter(|e| e.path().is_file())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    assert!(
        files.len() <= 4 && !files.is_empty(),
        "src/ holds {files:?}"
    );
}

#[test]
fn a_feature_imports_no_other_feature_and_shared_folders_import_no_feature() {
    let src = root().join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let is_folder = |parts: &[String]| src.join(parts.join("/")).is_dir();
    let mut wrong = Vec::new();
    let mut features = 0;
    for file in &files {
        let module = module_of(&src, file);
        let Some(top) = module.first() else {
            continue;
        };
        let in_part = PART_FOLDERS.contains(&top.as_str());
        let in_feature = in_part && module.len() >= 2 && is_folder(&module[..2]);
        if in_feature && module.len() == 2 {
            features += 1;
        }
        let text = code(file);
        if in_part && module.len() == 1 {
            // A part's mod.rs only names its features and files: no
            // re-export can hand one feature another's items.
            for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
                if !line.starts_with("pub mod ") {
                    wrong.push(format!("src/{top}/mod.rs holds `{line}`"));
                }
            }
        }
        for path in crate_paths(&text, &module) {
            let Some(head) = path.first() else {
                continue;
            };
            let ok = if in_part && module.len() >= 2 {
                // A feature, or a file of a part's folder that its features
                // share: neither imports a feature other than its own.
                let same_feature = in_feature && path.len() >= 2 && path[..2] == module[..2];
                let part_file = head == top
                    && path.len() >= 2
                    && src.join(top).join(format!("{}.rs", path[1])).is_file();
                same_feature || part_file || FOR_FEATURES.contains(&head.as_str())
            } else if let Some((_, may)) = SHARED.iter().find(|(name, _)| name == top) {
                head == top || may.contains(&head.as_str())
            } else {
                // app.rs, split.rs, lib.rs and main.rs compose; they may
                // import anything.
                true
            };
            if !ok {
                wrong.push(format!(
                    "{} imports crate::{}",
                    file.strip_prefix(root()).unwrap_or(file).display(),
                    path.join("::")
                ));
            }
        }
    }
    assert!(features >= 5, "only {features} feature folders found");
    assert!(
        wrong.is_empty(),
        "imports against the layout:\n{}",
        wrong.join("\n")
    );
}

/// Fails, naming each circle, when the graph of `src` has any.
fn expect_no_circles(src: &Path, what: &str, graph: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>) {
    let found = circles(graph);
    assert!(
        found.is_empty(),
        "{}: {what}:\n{}",
        src.display(),
        found
            .iter()
            .map(|c| c.join(" -> "))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn no_module_imports_itself_round_a_circle() {
    for src in [root().join("src"), root().join("core/src")] {
        let graph = module_graph(&src);
        assert!(graph.len() > 10, "{}: too few modules read", src.display());
        expect_no_circles(&src, "import circles", &graph);
    }
}

#[test]
fn no_folder_imports_itself_round_a_circle() {
    for src in [root().join("src"), root().join("core/src")] {
        let mut folders: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
        for (module, imports) in module_graph(&src) {
            let Some(top) = module.first() else {
                continue;
            };
            let entry = folders.entry(vec![top.clone()]).or_default();
            for import in imports {
                if import.first().is_some_and(|other| other != top) {
                    entry.insert(import[..1].to_vec());
                }
            }
        }
        assert!(folders.len() > 5, "{}: too few folders read", src.display());
        expect_no_circles(&src, "folders importing each other", &folders);
    }
}

#[test]
fn paths_are_read_through_groups_and_super() {
    let module: Vec<String> = vec!["first".into(), "browse".into(), "page".into()];
    let found = crate_paths(
        "use crate::{nav::paths::Paths, seminar_part::{saved::{self, ids}, calendar}};\nlet x = super::super::offline::f();",
        &module,
    );
    let found: Vec<String> = found.iter().map(|p| p.join("::")).collect();
    assert_eq!(
        found,
        [
            "nav::paths::Paths",
            "seminar_part::saved",
            "seminar_part::saved::ids",
            "seminar_part::calendar",
            "first::offline::f",
        ]
    );
}

#[test]
fn the_circle_finder_finds_a_circle() {
    let module = |name: &str| vec![name.to_owned()];
    let graph = BTreeMap::from([
        (module("a"), BTreeSet::from([module("b")])),
        (module("b"), BTreeSet::from([module("c")])),
        (module("c"), BTreeSet::from([module("a")])),
        (module("d"), BTreeSet::from([module("a")])),
    ]);
    let found = circles(&graph);
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(found.contains(&vec!["a".to_owned(), "b".to_owned(), "c".to_owned()]));
}

#[test]
fn the_core_depends_on_no_web_crate() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = std::process::Command::new(cargo)
        .args([
            "tree",
            "--offline",
            "--locked",
            "-p",
            "seminars-core",
            "-e",
            "normal,build",
            "--prefix",
            "none",
        ])
        .current_dir(root())
        .output()
        .unwrap_or_else(|e| panic!("cargo tree could not start: {e}"));
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let tree = String::from_utf8_lossy(&output.stdout);
    assert!(tree.contains("serde"), "{tree}");
    for web in ["leptos", "web-sys", "js-sys", "wasm-bindgen", "gloo"] {
        assert!(
            !tree.lines().any(|line| line.starts_with(web)),
            "seminars-core depends on {web}:\n{tree}"
        );
    }
}
