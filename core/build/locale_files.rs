//! Reading `locales/{lang}/{group}.json`, shared by the build scripts of
//! the core (messages) and of the app (the interface's texts).

/// The interface's languages, in the order of `Lang::ALL`.
pub const LANGS: [&str; 2] = ["en", "zh-Hans"];

/// The folder of the locale files: `locales/` at the workspace's root.
pub fn root() -> std::path::PathBuf {
    let here = std::path::PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let mut dir = here.as_path();
    loop {
        if dir.join("locales").is_dir() {
            let root = dir.join("locales");
            println!("cargo:rerun-if-changed={}", root.display());
            return root;
        }
        match dir.parent() {
            Some(parent) => dir = parent,
            None => panic!("no locales/ folder above {}", here.display()),
        }
    }
}

/// One text: a plain template, or the forms a count chooses between.
/// (The core's messages have no plural forms, so its script reads no
/// `Plural`'s fields.)
#[allow(dead_code)]
pub enum Text {
    Plain(String),
    Plural { one: String, other: String },
}

/// Reads one locale file: keys to templates, with `name.one`/`name.other`
/// pairs gathered into one plural text.
pub fn read_texts(path: &std::path::Path) -> std::collections::BTreeMap<String, Text> {
    println!("cargo:rerun-if-changed={}", path.display());
    let raw = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let map: std::collections::BTreeMap<String, String> = serde_json::from_str(&raw)
        .unwrap_or_else(|e| panic!("{} is not an object of texts: {e}", path.display()));
    let mut texts = std::collections::BTreeMap::new();
    for (key, template) in &map {
        if let Some(name) = key.strip_suffix(".one") {
            let other = map
                .get(&format!("{name}.other"))
                .unwrap_or_else(|| panic!("{}: {key} has no {name}.other", path.display()));
            texts.insert(
                name.to_owned(),
                Text::Plural {
                    one: template.clone(),
                    other: other.clone(),
                },
            );
        } else if key.ends_with(".other") {
            let name = &key[..key.len() - ".other".len()];
            if !map.contains_key(&format!("{name}.one")) {
                panic!("{}: {key} has no {name}.one", path.display());
            }
        } else {
            texts.insert(key.clone(), Text::Plain(template.clone()));
        }
    }
    texts
}

/// Writes a generated file into `OUT_DIR`.
pub fn write_out(name: &str, text: &str) {
    let dir = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".to_owned());
    let path = std::path::Path::new(&dir).join(name);
    if let Err(e) = std::fs::write(&path, text) {
        panic!("cannot write {}: {e}", path.display());
    }
}
