//! The benchmark programs: discovery in `benches/programs/`, the sizes each
//! declares (`SMALL_SIZE`, `DEFAULT_SIZE`), and CPython's expected outputs
//! in `benches/expected/NAME.SIZE.out`.

use std::path::{Path, PathBuf};

/// One benchmark program.
#[derive(Clone, Debug)]
pub struct Program {
    pub name: String,
    pub path: PathBuf,
    /// The size `cargo test` checks against CPython's output.
    pub small: u64,
    /// The size `benches run` times unless told otherwise.
    pub default: u64,
    /// The first line of the program's docstring.
    pub summary: String,
}

/// Which size of each program to run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SizeChoice {
    Small,
    Default,
}

impl Program {
    /// The size this choice selects.
    pub fn size(&self, choice: SizeChoice) -> u64 {
        match choice {
            SizeChoice::Small => self.small,
            SizeChoice::Default => self.default,
        }
    }
}

/// The workspace's benches directory (this crate's folder).
pub fn bench_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The workspace root (the parent of this crate's folder).
pub fn workspace_dir() -> PathBuf {
    bench_dir().parent().map(Path::to_path_buf).unwrap_or_else(bench_dir)
}

/// Reads `NAME = <integer>` at the start of a line of a program's source.
pub fn int_constant(source: &str, name: &str) -> Option<u64> {
    source.lines().find_map(|line| {
        let rest = line.strip_prefix(name)?.trim_start().strip_prefix('=')?;
        let digits: String = rest.trim_start().chars().take_while(|c| c.is_ascii_digit() || *c == '_').collect();
        digits.replace('_', "").parse().ok()
    })
}

/// The first line of the module docstring, if the source starts with one.
fn docstring_summary(source: &str) -> String {
    let t = source.trim_start();
    let body = t.strip_prefix("\"\"\"").unwrap_or("");
    body.lines().next().unwrap_or("").trim_end_matches("\"\"\"").trim().to_owned()
}

/// Parses one program file; an error names what is missing.
pub fn load(path: &Path) -> Result<Program, String> {
    let source = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let name = path.file_stem().and_then(|s| s.to_str()).ok_or_else(|| format!("{}: bad file name", path.display()))?;
    let small = int_constant(&source, "SMALL_SIZE").ok_or_else(|| format!("{}: no `SMALL_SIZE = N` line", path.display()))?;
    let default =
        int_constant(&source, "DEFAULT_SIZE").ok_or_else(|| format!("{}: no `DEFAULT_SIZE = N` line", path.display()))?;
    Ok(Program { name: name.to_owned(), path: path.to_path_buf(), small, default, summary: docstring_summary(&source) })
}

/// Every `*.py` in the directory (names not starting with `_`), sorted by name.
pub fn discover(dir: &Path) -> Result<Vec<Program>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut paths: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            let n = p.file_name().and_then(|s| s.to_str()).unwrap_or("");
            n.ends_with(".py") && !n.starts_with('_')
        })
        .collect();
    paths.sort();
    paths.iter().map(|p| load(p)).collect()
}

/// Keeps the programs named in `filter` (all when it is empty); an unknown name is an error.
pub fn select(programs: Vec<Program>, filter: &[String]) -> Result<Vec<Program>, String> {
    if filter.is_empty() {
        return Ok(programs);
    }
    for f in filter {
        if !programs.iter().any(|p| &p.name == f) {
            let names: Vec<&str> = programs.iter().map(|p| p.name.as_str()).collect();
            return Err(format!("no benchmark named {f:?} (have: {})", names.join(", ")));
        }
    }
    Ok(programs.into_iter().filter(|p| filter.contains(&p.name)).collect())
}

/// Where CPython's stdout for this program at this size is stored.
pub fn expected_path(expected_dir: &Path, name: &str, size: u64) -> PathBuf {
    expected_dir.join(format!("{name}.{size}.out"))
}

/// The stored expected stdout, if there is one for this size.
pub fn expected(expected_dir: &Path, name: &str, size: u64) -> Option<Vec<u8>> {
    std::fs::read(expected_path(expected_dir, name, size)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_size_constants() {
        let src = "\"\"\"Doc line.\n\nMore.\n\"\"\"\nSMALL_SIZE = 15    # comment\nDEFAULT_SIZE = 1_500_000  # c\n";
        assert_eq!(int_constant(src, "SMALL_SIZE"), Some(15));
        assert_eq!(int_constant(src, "DEFAULT_SIZE"), Some(1_500_000));
        assert_eq!(int_constant(src, "OTHER"), None);
        assert_eq!(docstring_summary(src), "Doc line.");
        assert_eq!(docstring_summary("\"\"\"One line.\"\"\"\n"), "One line.");
    }

    #[test]
    fn every_program_declares_sizes_and_has_expected_output() {
        let programs = discover(&bench_dir().join("programs")).unwrap();
        assert!(programs.len() >= 18, "only {} programs", programs.len());
        for p in &programs {
            assert!(p.small <= p.default, "{}: SMALL_SIZE > DEFAULT_SIZE", p.name);
            assert!(!p.summary.is_empty(), "{}: no docstring", p.name);
            let exp = expected_path(&bench_dir().join("expected"), &p.name, p.small);
            assert!(exp.exists(), "{} is missing: run `cargo run -p benches -- bless`", exp.display());
        }
    }
}
