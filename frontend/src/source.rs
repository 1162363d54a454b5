//! Source text: decoding bytes as CPython does (PEP 263), and mapping byte
//! offsets to lines and columns.

use crate::error::{CompileError, ErrorKind};

/// Decodes a source file's bytes: a UTF-8 BOM, else a PEP 263 coding
/// declaration on line 1 or 2, else UTF-8.
pub fn decode_source(bytes: &[u8], filename: &str) -> Result<String, CompileError> {
    if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        return decode_utf8(rest, filename);
    }
    match coding_declaration(bytes) {
        None => decode_utf8(bytes, filename),
        Some(name) => {
            let norm = name.to_ascii_lowercase().replace('_', "-");
            match norm.as_str() {
                "utf-8" | "utf8" | "utf-8-sig" => decode_utf8(bytes, filename),
                "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "iso-latin-1" => {
                    Ok(bytes.iter().map(|&b| b as char).collect())
                }
                "ascii" | "us-ascii" => match bytes.iter().position(|&b| b >= 0x80) {
                    None => Ok(bytes.iter().map(|&b| b as char).collect()),
                    Some(pos) => Err(decode_error(bytes, pos, filename, "ascii")),
                },
                "cp1252" | "windows-1252" => Ok(bytes.iter().map(|&b| cp1252(b)).collect()),
                _ => Err(CompileError::new(
                    ErrorKind::SyntaxError,
                    format!("unknown encoding: {name}"),
                    filename,
                    0,
                    0,
                )),
            }
        }
    }
}

fn decode_utf8(bytes: &[u8], filename: &str) -> Result<String, CompileError> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_owned()),
        Err(e) => {
            let pos = e.valid_up_to();
            let line = 1 + bytes[..pos].iter().filter(|&&b| b == b'\n').count() as u32;
            let mut err = CompileError::new(
                ErrorKind::SyntaxError,
                format!(
                    "Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                    bytes[pos], filename, line
                ),
                filename,
                0,
                0,
            );
            err.bare = true;
            Err(err)
        }
    }
}

fn decode_error(bytes: &[u8], pos: usize, filename: &str, codec: &str) -> CompileError {
    let line = 1 + bytes[..pos].iter().filter(|&&b| b == b'\n').count() as u32;
    CompileError::new(
        ErrorKind::SyntaxError,
        format!(
            "'{codec}' codec can't decode byte 0x{:02x} in position {}: ordinal not in range(128)",
            bytes[pos], pos
        ),
        filename,
        line,
        0,
    )
}

/// The encoding named by a `coding[:=]` comment on one of the first two lines.
fn coding_declaration(bytes: &[u8]) -> Option<String> {
    let mut lines = bytes.split(|&b| b == b'\n');
    for i in 0..2 {
        let line = lines.next()?;
        let trimmed: &[u8] = {
            let start = line.iter().position(|&b| !matches!(b, b' ' | b'\t' | b'\x0c')).unwrap_or(line.len());
            &line[start..]
        };
        if !trimmed.starts_with(b"#") {
            // A first line that is not a comment or blank ends the search.
            if i == 0 && !trimmed.is_empty() && trimmed != b"\r" {
                return None;
            }
            continue;
        }
        let text = String::from_utf8_lossy(trimmed);
        if let Some(idx) = text.find("coding") {
            let rest = &text[idx + 6..];
            if let Some(rest) = rest.strip_prefix([':', '=']) {
                let rest = rest.trim_start_matches([' ', '\t']);
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
                    .collect();
                if !name.is_empty() {
                    return Some(name);
                }
            }
        }
    }
    None
}

fn cp1252(b: u8) -> char {
    const HIGH: [u16; 32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
        0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ];
    if (0x80..0xa0).contains(&b) {
        char::from_u32(HIGH[(b - 0x80) as usize] as u32).unwrap_or('\u{fffd}')
    } else {
        b as char
    }
}

/// Maps byte offsets in a source text to 1-based lines and 0-based character columns.
pub struct LineIndex<'a> {
    source: &'a str,
    /// Byte offset at which each line starts.
    starts: Vec<u32>,
}

impl<'a> LineIndex<'a> {
    pub fn new(source: &'a str) -> LineIndex<'a> {
        let mut starts = vec![0];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineIndex { source, starts }
    }

    /// (line, column) of a byte offset; the column counts characters.
    pub fn locate(&self, offset: u32) -> (u32, u32) {
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.starts[line] as usize;
        let end = (offset as usize).min(self.source.len());
        let col = self.source.get(start..end).map_or(end - start, |s| s.chars().count());
        (line as u32 + 1, col as u32)
    }

    /// The text of a 1-based line, without its newline.
    pub fn line_text(&self, line: u32) -> Option<&'a str> {
        let i = line.checked_sub(1)? as usize;
        let start = *self.starts.get(i)? as usize;
        let end = self.starts.get(i + 1).map_or(self.source.len(), |&e| e as usize);
        Some(self.source[start..end].trim_end_matches(['\n', '\r']))
    }

    /// Byte offset of a 1-based line and 1-based character column.
    pub fn offset_of(&self, line: u32, col: u32) -> u32 {
        let Some(&start) = line.checked_sub(1).and_then(|i| self.starts.get(i as usize)) else {
            return self.source.len() as u32;
        };
        let rest = &self.source[start as usize..];
        let n = col.saturating_sub(1) as usize;
        let bytes: usize = rest.chars().take(n).map(char::len_utf8).sum();
        start + bytes as u32
    }

    /// The whole source text.
    pub fn source(&self) -> &'a str {
        self.source
    }

    pub fn line_count(&self) -> u32 {
        self.starts.len() as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coding_lines() {
        assert_eq!(coding_declaration(b"# -*- coding: latin-1 -*-\n"), Some("latin-1".into()));
        assert_eq!(coding_declaration(b"#!/usr/bin/python\n# vim: set fileencoding=utf-8 :\n"), Some("utf-8".into()));
        assert_eq!(coding_declaration(b"x = 1\n# coding: latin-1\n"), None);
        let s = decode_source(b"# coding: latin-1\nx = '\xe9'\n", "f").unwrap();
        assert!(s.contains('\u{e9}'));
    }

    #[test]
    fn bad_utf8() {
        let e = decode_source(b"x = 1\ny = '\xff'\n", "f.py").unwrap_err();
        assert!(e.msg.starts_with("Non-UTF-8 code starting with '\\xff' in file f.py on line 2"));
    }

    #[test]
    fn line_index() {
        let idx = LineIndex::new("ab\nc\u{e9}d\n");
        assert_eq!(idx.locate(0), (1, 0));
        assert_eq!(idx.locate(3), (2, 0));
        assert_eq!(idx.locate(6), (2, 2));
        assert_eq!(idx.line_text(2), Some("c\u{e9}d"));
    }
}
