//! The benchmark corpora's source: the shipped UTF-8 samples.

/// The UTF-8 samples (not the legacy-encoded ones), sorted by file name.
pub fn utf8_samples() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/samples");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("samples/")
        .filter_map(|e| {
            let p = e.ok()?.path();
            let name = p.file_name()?.to_str()?.to_string();
            (p.extension()? == "txt" && !name.starts_with("legacy-"))
                .then_some((name, p))
        })
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|(_, p)| std::fs::read_to_string(p).expect("a UTF-8 sample"))
        .collect()
}
