//! Lists the bundled examples (file name and title) for the app's example picker, so adding
//! an example means adding a file to `public/examples/`.

use std::{env, fs, path::Path};

fn main() {
    println!("cargo:rerun-if-changed=public/examples");
    let mut entries: Vec<(String, String)> = fs::read_dir("public/examples")
        .expect("public/examples")
        .filter_map(|e| {
            let path = e.ok()?.path();
            if path.extension()? != "json" {
                return None;
            }
            let name = path.file_name()?.to_string_lossy().into_owned();
            let text = fs::read_to_string(&path).ok()?;
            let value: serde_json::Value = serde_json::from_str(&text).ok()?;
            let title = value.get("title")?.as_str()?.to_owned();
            Some((name, title))
        })
        .collect();
    entries.sort();
    let items: Vec<String> = entries
        .iter()
        .map(|(n, t)| format!("({n:?}, {t:?})"))
        .collect();
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("examples.rs");
    fs::write(out, format!("&[{}]", items.join(", "))).unwrap();
}
