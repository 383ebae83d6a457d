//! The English catalog built into the console: what every screen says (the `CORE` files
//! of `locales/en/`, as scripts/locales.mjs names them) joined in name order, without
//! their comments (notes for translators, which the console never shows). The other
//! files, what the screens beyond the first load say, are fetched with those screens.

use std::path::Path;

/// The files of a language that the first screen needs, in name order
/// (scripts/locales.mjs: `CORE`).
const CORE: [&str; 2] = ["main.ftl", "problems.ftl"];

fn main() {
    println!("cargo::rustc-env=CATALOG_CORE_FILES={}", CORE.join(" "));
    let texts: Vec<String> = CORE
        .iter()
        .map(|file| {
            let p = Path::new("locales/en").join(file);
            println!("cargo::rerun-if-changed={}", p.display());
            let text =
                std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
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
