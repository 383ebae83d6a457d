//! The English catalog built into the console: the files of `locales/en/` joined in name
//! order, as scripts/locales.mjs joins the other languages', without their comments
//! (notes for translators, about 4 KB that the console never shows).

use std::path::Path;

fn main() {
    let dir = Path::new("locales/en");
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("locales/en/ is readable")
        .map(|f| f.expect("locales/en/ lists").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    let texts: Vec<String> = files
        .iter()
        .map(|p| {
            println!("cargo::rerun-if-changed={}", p.display());
            let text = std::fs::read_to_string(p).expect("a catalog file is UTF-8 text");
            // A line that starts with `#` is a comment: Fluent allows no pattern there.
            text.lines()
                .filter(|l| !l.starts_with('#'))
                .map(|l| format!("{l}\n"))
                .collect()
        })
        .collect();
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("en.ftl");
    std::fs::write(out, texts.join("\n")).expect("OUT_DIR is writable");
}
