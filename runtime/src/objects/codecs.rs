//! The text codecs behind `str.encode`, `bytes.decode` and `str(b, enc)`:
//! utf-8 (and utf-8-sig), ascii, latin-1, cp1252, utf-16/32 (with and without
//! BOM), unicode_escape and raw_unicode_escape, with the standard error
//! handlers and CPython's UnicodeEncodeError/UnicodeDecodeError details.

use crate::error::{PyErr, PyResult};
use crate::objects::exception::{LOOKUP_ERROR, UNICODE_DECODE_ERROR, UNICODE_ENCODE_ERROR};
use crate::objects::int::new_int;
use crate::objects::str::new_str;
use crate::value::Value;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
    Cp1252,
    /// UTF-16; `None`: native order with a BOM when encoding.
    Utf16(Option<bool>),
    /// UTF-32; `None`: native order with a BOM when encoding.
    Utf32(Option<bool>),
    UnicodeEscape,
    RawUnicodeEscape,
}

impl Codec {
    /// The codec's canonical name, as error messages print it.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Utf8Sig => "utf-8-sig",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Cp1252 => "charmap",
            Codec::Utf16(None) => "utf-16",
            Codec::Utf16(Some(true)) => "utf-16-le",
            Codec::Utf16(Some(false)) => "utf-16-be",
            Codec::Utf32(None) => "utf-32",
            Codec::Utf32(Some(true)) => "utf-32-le",
            Codec::Utf32(Some(false)) => "utf-32-be",
            Codec::UnicodeEscape => "unicodeescape",
            Codec::RawUnicodeEscape => "rawunicodeescape",
        }
    }
}

/// Finds a codec by name the way `codecs.lookup` normalizes names and aliases.
pub fn lookup(name: &str) -> PyResult<Codec> {
    let mut norm = String::with_capacity(name.len());
    for w in name.trim().split(|c: char| !c.is_alphanumeric() && c != '.') {
        if w.is_empty() {
            continue;
        }
        if !norm.is_empty() {
            norm.push('_');
        }
        norm.push_str(&w.to_lowercase());
    }
    Ok(match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Codec::Utf8,
        "utf_8_sig" | "utf8_sig" => Codec::Utf8Sig,
        "ascii" | "us_ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367" | "csascii"
        | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819" | "iso_ir_100"
        | "csisolatin1" | "ibm819" | "iso_8859_1_1987" => Codec::Latin1,
        "cp1252" | "windows_1252" | "1252" => Codec::Cp1252,
        "utf_16" | "utf16" | "u16" => Codec::Utf16(None),
        "utf_16_le" | "utf_16le" | "utf16le" | "unicodelittleunmarked" => Codec::Utf16(Some(true)),
        "utf_16_be" | "utf_16be" | "utf16be" | "unicodebigunmarked" => Codec::Utf16(Some(false)),
        "utf_32" | "utf32" | "u32" => Codec::Utf32(None),
        "utf_32_le" | "utf_32le" | "utf32le" => Codec::Utf32(Some(true)),
        "utf_32_be" | "utf_32be" | "utf32be" => Codec::Utf32(Some(false)),
        "unicode_escape" => Codec::UnicodeEscape,
        "raw_unicode_escape" => Codec::RawUnicodeEscape,
        _ => return Err(PyErr::new(&LOOKUP_ERROR, format!("unknown encoding: {name}"))),
    })
}

/// `LookupError: unknown error handler name '...'`.
fn unknown_handler(errors: &str) -> PyErr {
    PyErr::new(&LOOKUP_ERROR, format!("unknown error handler name '{errors}'"))
}

/// The cp1252 byte for a character, if it has one.
fn cp1252_byte(c: char) -> Option<u8> {
    let n = c as u32;
    if n < 0x80 || (0xa0..=0xff).contains(&n) {
        return Some(n as u8);
    }
    CP1252_HIGH.iter().position(|&m| m == n && m != 0).map(|i| 0x80 + i as u8)
}

/// cp1252's bytes 0x80..0x9f (0: undefined).
const CP1252_HIGH: [u32; 32] = [
    0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0,
    0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN` for one character.
fn backslash_escape(c: char, out: &mut Vec<u8>) {
    let n = c as u32;
    let s = if n <= 0xff {
        format!("\\x{n:02x}")
    } else if n <= 0xffff {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    };
    out.extend_from_slice(s.as_bytes());
}

/// Encodes `text` (the str object `obj`) with a codec and error handler.
pub fn encode(obj: &Value, text: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup(encoding)?;
    let byte_of: fn(char) -> Option<u8> = match codec {
        Codec::Utf8 => return Ok(text.as_bytes().to_vec()),
        Codec::Utf8Sig => {
            let mut v = vec![0xef, 0xbb, 0xbf];
            v.extend_from_slice(text.as_bytes());
            return Ok(v);
        }
        Codec::Utf16(order) => {
            let le = order.unwrap_or(cfg!(target_endian = "little"));
            let mut v = Vec::with_capacity(text.len() * 2 + 2);
            let mut push = |u: u16| v.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
            if order.is_none() {
                push(0xfeff);
            }
            for u in text.encode_utf16() {
                push(u);
            }
            return Ok(v);
        }
        Codec::Utf32(order) => {
            let le = order.unwrap_or(cfg!(target_endian = "little"));
            let mut v = Vec::with_capacity(text.len() * 4 + 4);
            let mut push = |u: u32| v.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
            if order.is_none() {
                push(0xfeff);
            }
            for c in text.chars() {
                push(c as u32);
            }
            return Ok(v);
        }
        Codec::UnicodeEscape | Codec::RawUnicodeEscape => {
            let raw = codec == Codec::RawUnicodeEscape;
            let mut v = Vec::with_capacity(text.len());
            for c in text.chars() {
                let n = c as u32;
                match c {
                    _ if raw && n < 0x100 => v.push(n as u8),
                    '\\' => v.extend_from_slice(b"\\\\"),
                    '\t' => v.extend_from_slice(b"\\t"),
                    '\n' => v.extend_from_slice(b"\\n"),
                    '\r' => v.extend_from_slice(b"\\r"),
                    _ if (0x20..0x7f).contains(&n) => v.push(n as u8),
                    _ => backslash_escape(c, &mut v),
                }
            }
            return Ok(v);
        }
        Codec::Ascii => |c| if c.is_ascii() { Some(c as u8) } else { None },
        Codec::Latin1 => |c| if (c as u32) < 256 { Some(c as u32 as u8) } else { None },
        Codec::Cp1252 => cp1252_byte,
    };
    let reason = match codec {
        Codec::Ascii => "ordinal not in range(128)",
        Codec::Latin1 => "ordinal not in range(256)",
        _ => "character maps to <undefined>",
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if let Some(b) = byte_of(chars[i]) {
            out.push(b);
            i += 1;
            continue;
        }
        // A run of unencodable characters is reported (and replaced) as one.
        let mut j = i + 1;
        while j < chars.len() && byte_of(chars[j]).is_none() {
            j += 1;
        }
        match errors {
            "strict" => {
                let args = vec![new_str(codec.name()), obj.clone(), new_int(i as i64), new_int(j as i64), new_str(reason)];
                return Err(PyErr::with_args(&UNICODE_ENCODE_ERROR, args));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat(b'?').take(j - i)),
            "backslashreplace" => chars[i..j].iter().for_each(|&c| backslash_escape(c, &mut out)),
            "xmlcharrefreplace" => {
                for &c in &chars[i..j] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            _ => return Err(unknown_handler(errors)),
        }
        i = j;
    }
    Ok(out)
}

/// A decode failure at bytes `start..end`, handled per `errors`; pushes any replacement.
fn decode_error(
    obj: &Value,
    codec: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
    errors: &str,
    out: &mut String,
) -> PyResult<()> {
    match errors {
        "strict" => {
            let args = vec![new_str(codec), obj.clone(), new_int(start as i64), new_int(end as i64), new_str(reason)];
            Err(PyErr::with_args(&UNICODE_DECODE_ERROR, args))
        }
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{fffd}');
            Ok(())
        }
        "backslashreplace" => {
            for b in &data[start..end] {
                out.push_str(&format!("\\x{b:02x}"));
            }
            Ok(())
        }
        _ => Err(unknown_handler(errors)),
    }
}

/// Decodes `data` (from the bytes-like object `obj`) with a codec and error handler.
pub fn decode(obj: &Value, data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = lookup(encoding)?;
    let mut out = String::with_capacity(data.len());
    match codec {
        Codec::Utf8 | Codec::Utf8Sig => {
            let mut rest = data;
            let mut base = 0;
            if codec == Codec::Utf8Sig && rest.starts_with(&[0xef, 0xbb, 0xbf]) {
                rest = &rest[3..];
                base = 3;
            }
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        break;
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or(""));
                        let start = base + good;
                        let (len, reason) = match e.error_len() {
                            None => (rest.len() - good, "unexpected end of data"),
                            Some(n) => {
                                let lead = rest[good];
                                if n > 1 || (0xc2..=0xf4).contains(&lead) {
                                    (n, "invalid continuation byte")
                                } else {
                                    (n, "invalid start byte")
                                }
                            }
                        };
                        decode_error(obj, codec.name(), data, start, start + len, reason, errors, &mut out)?;
                        rest = &rest[good + len..];
                        base = start + len;
                    }
                }
            }
        }
        Codec::Ascii => {
            for (i, &b) in data.iter().enumerate() {
                if b < 128 {
                    out.push(b as char);
                } else {
                    decode_error(obj, "ascii", data, i, i + 1, "ordinal not in range(128)", errors, &mut out)?;
                }
            }
        }
        Codec::Latin1 => out.extend(data.iter().map(|&b| b as char)),
        Codec::Cp1252 => {
            for (i, &b) in data.iter().enumerate() {
                let n = if (0x80..0xa0).contains(&b) { CP1252_HIGH[b as usize - 0x80] } else { b as u32 };
                match char::from_u32(n).filter(|_| n != 0 || b == 0) {
                    Some(c) => out.push(c),
                    None => decode_error(obj, "charmap", data, i, i + 1, "character maps to <undefined>", errors, &mut out)?,
                }
            }
        }
        Codec::Utf16(order) => {
            let mut le = order.unwrap_or(true);
            let mut pos = 0;
            if order.is_none() && data.len() >= 2 {
                if data[..2] == [0xff, 0xfe] {
                    pos = 2;
                } else if data[..2] == [0xfe, 0xff] {
                    le = false;
                    pos = 2;
                }
            }
            let name = if order.is_none() { "utf-16" } else { codec.name() };
            let unit = |i: usize| {
                let b = [data[i], data[i + 1]];
                if le {
                    u16::from_le_bytes(b)
                } else {
                    u16::from_be_bytes(b)
                }
            };
            while pos < data.len() {
                if pos + 1 >= data.len() {
                    decode_error(obj, name, data, pos, data.len(), "truncated data", errors, &mut out)?;
                    break;
                }
                let u = unit(pos);
                if !(0xd800..0xe000).contains(&u) {
                    out.push(char::from_u32(u as u32).unwrap_or('\u{fffd}'));
                    pos += 2;
                } else if u >= 0xdc00 {
                    decode_error(obj, name, data, pos, pos + 2, "illegal encoding", errors, &mut out)?;
                    pos += 2;
                } else if pos + 3 >= data.len() {
                    decode_error(obj, name, data, pos, data.len(), "unexpected end of data", errors, &mut out)?;
                    break;
                } else {
                    let lo = unit(pos + 2);
                    if (0xdc00..0xe000).contains(&lo) {
                        let c = 0x10000 + (((u as u32) - 0xd800) << 10) + (lo as u32 - 0xdc00);
                        out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                        pos += 4;
                    } else {
                        decode_error(obj, name, data, pos, pos + 2, "illegal UTF-16 surrogate", errors, &mut out)?;
                        pos += 2;
                    }
                }
            }
        }
        Codec::Utf32(order) => {
            let mut le = order.unwrap_or(true);
            let mut pos = 0;
            if order.is_none() && data.len() >= 4 {
                if data[..4] == [0xff, 0xfe, 0, 0] {
                    pos = 4;
                } else if data[..4] == [0, 0, 0xfe, 0xff] {
                    le = false;
                    pos = 4;
                }
            }
            let name = if order.is_none() { "utf-32" } else { codec.name() };
            while pos < data.len() {
                if pos + 3 >= data.len() {
                    decode_error(obj, name, data, pos, data.len(), "truncated data", errors, &mut out)?;
                    break;
                }
                let b = [data[pos], data[pos + 1], data[pos + 2], data[pos + 3]];
                let n = if le { u32::from_le_bytes(b) } else { u32::from_be_bytes(b) };
                match char::from_u32(n) {
                    Some(c) => out.push(c),
                    None => {
                        let reason = if n > 0x10ffff { "code point not in range(0x110000)" } else { "code point in surrogate code point range(0xd800, 0xe000)" };
                        decode_error(obj, name, data, pos, pos + 4, reason, errors, &mut out)?;
                    }
                }
                pos += 4;
            }
        }
        Codec::UnicodeEscape | Codec::RawUnicodeEscape => {
            let raw = codec == Codec::RawUnicodeEscape;
            let name = codec.name();
            let mut i = 0;
            while i < data.len() {
                let b = data[i];
                if b != b'\\' || i + 1 >= data.len() {
                    if b == b'\\' && !raw {
                        decode_error(obj, name, data, i, data.len(), "\\ at end of string", errors, &mut out)?;
                        break;
                    }
                    out.push(b as char);
                    i += 1;
                    continue;
                }
                let e = data[i + 1];
                let hex_len = match e {
                    b'x' if !raw => 2,
                    b'u' => 4,
                    b'U' => 8,
                    _ => 0,
                };
                if hex_len > 0 {
                    let digits = &data[i + 2..(i + 2 + hex_len).min(data.len())];
                    let ok = digits.len() == hex_len && digits.iter().all(|d| d.is_ascii_hexdigit());
                    let n = if ok { u32::from_str_radix(std::str::from_utf8(digits).unwrap_or("x"), 16).ok() } else { None };
                    match n.and_then(char::from_u32) {
                        Some(c) => out.push(c),
                        None => {
                            let reason = match (e, ok) {
                                (b'x', _) => "truncated \\xXX escape",
                                (b'u', _) => "truncated \\uXXXX escape",
                                (_, false) => "truncated \\UXXXXXXXX escape",
                                _ => "illegal Unicode character",
                            };
                            let end = i + 2 + digits.iter().take_while(|d| d.is_ascii_hexdigit()).count();
                            decode_error(obj, name, data, i, end, reason, errors, &mut out)?;
                        }
                    }
                    i += 2 + hex_len;
                    continue;
                }
                if raw {
                    out.push('\\');
                    i += 1;
                    continue;
                }
                i += 2;
                match e {
                    b'\n' => {}
                    b'\\' => out.push('\\'),
                    b'\'' => out.push('\''),
                    b'"' => out.push('"'),
                    b'a' => out.push('\x07'),
                    b'b' => out.push('\x08'),
                    b'f' => out.push('\x0c'),
                    b'n' => out.push('\n'),
                    b'r' => out.push('\r'),
                    b't' => out.push('\t'),
                    b'v' => out.push('\x0b'),
                    b'0'..=b'7' => {
                        let mut n = (e - b'0') as u32;
                        let mut k = 0;
                        while k < 2 && i < data.len() && (b'0'..=b'7').contains(&data[i]) {
                            n = n * 8 + (data[i] - b'0') as u32;
                            i += 1;
                            k += 1;
                        }
                        out.push(char::from_u32(n).unwrap_or('\u{fffd}'));
                    }
                    _ => {
                        out.push('\\');
                        out.push(e as char);
                    }
                }
            }
        }
    }
    Ok(out)
}
