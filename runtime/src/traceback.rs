//! Printing uncaught exceptions the way CPython does: chained exceptions,
//! `Traceback (most recent call last):` with source lines, repeated-frame
//! folding, SyntaxError's location block, and "Did you mean" suggestions.

use crate::error::PyErr;
use crate::objects::bool_none::is_none;
use crate::objects::code::CodeObj;
use crate::objects::exception::{as_exc, TracebackObject, ATTRIBUTE_ERROR, NAME_ERROR, SYNTAX_ERROR};
use crate::objects::str::{as_str, intern, intern_static};
use crate::value::Value;
use tern_frontend::code::Position;
use std::cell::RefCell;
use std::collections::HashMap;

thread_local! {
    static SOURCES: RefCell<HashMap<String, Option<Vec<String>>>> = RefCell::new(HashMap::new());
}

/// Line `n` (1-based) of a source file, if it can be read.
pub fn source_line(filename: &str, n: u32) -> Option<String> {
    if filename.starts_with('<') {
        return None;
    }
    SOURCES.with(|s| {
        let mut s = s.borrow_mut();
        let lines = s.entry(filename.to_owned()).or_insert_with(|| {
            let bytes = std::fs::read(filename).ok()?;
            let text = tern_frontend::source::decode_source(&bytes, filename).ok()?;
            Some(text.lines().map(str::to_owned).collect())
        });
        lines.as_ref()?.get(n.checked_sub(1)? as usize).cloned()
    })
}

/// Remembers source text compiled from a string (e.g. `-c` code) for tracebacks.
pub fn register_source(filename: &str, text: &str) {
    SOURCES.with(|s| {
        s.borrow_mut().insert(filename.to_owned(), Some(text.lines().map(str::to_owned).collect()));
    });
}

const RECURSIVE_CUTOFF: usize = 3;

fn format_tb(tb: &Value, out: &mut String) {
    // (file, line, function) and the failing instruction's source span.
    let mut entries: Vec<((String, u32, String), Option<Position>)> = Vec::new();
    let mut cur = Some(tb.clone());
    while let Some(t) = cur {
        let Some(te) = t.downcast::<TracebackObject>() else { break };
        let code = te.code.downcast::<CodeObj>().unwrap();
        let pos = code.code.positions.get(te.lasti as usize).copied();
        entries.push(((code.code.filename.to_string(), te.lineno, code.code.name.clone()), pos));
        cur = te.next();
    }
    // sys.tracebacklimit defaults to 1000: only the innermost entries are shown.
    if entries.len() > 1000 {
        entries.drain(..entries.len() - 1000);
    }
    let mut last: Option<(String, u32, String)> = None;
    let mut count = 0usize;
    for (e, pos) in entries {
        if last.as_ref() != Some(&e) {
            if count > RECURSIVE_CUTOFF {
                repeated(out, count - RECURSIVE_CUTOFF);
            }
            last = Some(e.clone());
            count = 0;
        }
        count += 1;
        if count <= RECURSIVE_CUTOFF {
            out.push_str(&format!("  File \"{}\", line {}, in {}\n", e.0, e.1, e.2));
            if let Some(line) = source_line(&e.0, e.1) {
                // The interpreter's printing keeps trailing whitespace.
                let l = line.trim_start().trim_end_matches(['\r', '\n']);
                if !l.trim_end().is_empty() {
                    out.push_str(&format!("    {l}\n"));
                    if let Some(carets) = pos.and_then(|p| caret_line(&line, e.1, p)) {
                        out.push_str(&carets);
                    }
                }
            }
        }
    }
    if count > RECURSIVE_CUTOFF {
        repeated(out, count - RECURSIVE_CUTOFF);
    }
}

/// The line under a traceback's source line that marks the failing
/// instruction's span `pos` in `line` (line number `lineno`), as CPython
/// 3.11 prints it: `^` under the span, or for a binary operation or a
/// subscript on one line `~` with `^` under the operator or the brackets.
/// None when the span is the whole line (or unknown).
fn caret_line(line: &str, lineno: u32, pos: Position) -> Option<String> {
    if pos.line != lineno {
        return None;
    }
    let chars: Vec<char> = line.chars().collect();
    let start = pos.col as usize;
    let one_line = pos.end_line == pos.line;
    // A span over several lines is marked to the end of its first.
    let end = if one_line { pos.end_col as usize } else { line.trim_end().chars().count() };
    if start >= end || end > chars.len() {
        return None;
    }
    let anchors = if one_line { tern_frontend::carets::anchors(&chars[start..end].iter().collect::<String>()) } else { None };
    let stripped = line.trim_start().chars().count();
    if end - start == stripped && anchors.is_none() {
        return None;
    }
    let indent = chars.len() - stripped;
    let mut s = " ".repeat(4 + start.saturating_sub(indent));
    match anchors {
        Some((l, r)) => {
            let (l, r) = (l.min(end - start), r.min(end - start));
            s.push_str(&"~".repeat(l));
            s.push_str(&"^".repeat(r.saturating_sub(l)));
            s.push_str(&"~".repeat(end - start - r.max(l)));
        }
        None => s.push_str(&"^".repeat(end - start)),
    }
    s.push('\n');
    Some(s)
}

fn repeated(out: &mut String, n: usize) {
    out.push_str(&format!("  [Previous line repeated {} more time{}]\n", n, if n > 1 { "s" } else { "" }));
}

fn attr(v: &Value, name: &str) -> Option<Value> {
    crate::objects::instance::dict_get(v, &intern(name))
}

/// The exception's class as CPython prints it: `module.Qualname` unless builtin or __main__.
fn type_display(v: &Value) -> String {
    let t = v.ty();
    let m = t.module_name();
    if m == "builtins" || m == "__main__" {
        t.qualname().to_owned()
    } else {
        format!("{}.{}", m, t.qualname())
    }
}

fn format_exception_only(v: &Value, out: &mut String) {
    let name = type_display(v);
    if v.ty().is_subtype(&SYNTAX_ERROR) {
        if let Some(line) = attr(v, "lineno").and_then(|l| crate::objects::int::as_i64(&l)) {
            let file = attr(v, "filename").and_then(|f| as_str(&f).map(str::to_owned)).unwrap_or_else(|| "<string>".into());
            out.push_str(&format!("  File \"{file}\", line {line}\n"));
            if let Some(text) = attr(v, "text").filter(|t| !is_none(t)).and_then(|t| as_str(&t).map(str::to_owned)) {
                let trimmed = text.trim_end_matches(['\n', '\r']);
                let stripped = trimmed.trim_start();
                let removed = trimmed.chars().count() - stripped.chars().count();
                out.push_str(&format!("    {stripped}\n"));
                if let Some(off) = attr(v, "offset").and_then(|o| crate::objects::int::as_i64(&o)) {
                    if off >= 1 {
                        let col = (off as usize - 1).saturating_sub(removed);
                        let end = attr(v, "end_offset")
                            .and_then(|o| crate::objects::int::as_i64(&o))
                            .filter(|&e| e > off)
                            .map(|e| (e as usize - 1).saturating_sub(removed))
                            .unwrap_or(col + 1);
                        let width = end.saturating_sub(col).max(1).min(stripped.chars().count().saturating_sub(col).max(1));
                        out.push_str(&format!("    {}{}\n", " ".repeat(col), "^".repeat(width)));
                    }
                }
            }
        }
        let msg = attr(v, "msg").filter(|m| !is_none(m)).map(|m| crate::ops::str_of(&m).unwrap_or_default());
        match msg {
            Some(m) if !m.is_empty() => out.push_str(&format!("{name}: {m}\n")),
            _ => out.push_str(&format!("{name}\n")),
        }
        format_notes(v, out);
        return;
    }
    let text = match crate::ops::str_of(v) {
        Ok(s) => s,
        Err(_) => "<exception str() failed>".to_owned(),
    };
    let mut line = if text.is_empty() { name } else { format!("{name}: {text}") };
    if let Some(s) = suggestion(v) {
        line.push_str(&format!(". Did you mean: '{s}'?"));
    }
    out.push_str(&line);
    out.push('\n');
    format_notes(v, out);
}

/// The exception's `__notes__` (added by `add_note`), one per line.
fn format_notes(v: &Value, out: &mut String) {
    let notes = match crate::ops::getattr_opt(v, &intern_static("__notes__")) {
        Ok(Some(n)) => n,
        _ => return,
    };
    let items = match crate::ops::collect(&notes) {
        Ok(items) if notes.downcast::<crate::objects::str::StrObject>().is_none() => items,
        _ => {
            let r = crate::ops::repr_string(&notes).unwrap_or_else(|_| "<__notes__ repr() failed>".into());
            out.push_str(&r);
            out.push('\n');
            return;
        }
    };
    for note in items {
        let text = crate::ops::str_of(&note).unwrap_or_else(|_| "<note str() failed>".into());
        out.push_str(&text);
        out.push('\n');
    }
}

/// Where exception-group output stands (CPython's _ExceptionPrintContext).
struct PrintCtx {
    /// Nesting of exception groups (each level indents by two).
    depth: usize,
    need_close: bool,
    /// Exceptions already printed (chains and groups can share them).
    seen: Vec<u64>,
}

const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

impl PrintCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Writes `text` with the group margin (`|`, or `margin`) in front of every line.
    fn emit(&self, out: &mut String, text: &str, margin: Option<char>) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin.unwrap_or('|'));
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

/// CPython's TracebackException.format: the chain of causes and contexts of
/// `v`, oldest first, each with its traceback; exception groups with their
/// sub-exceptions in numbered, indented boxes.
fn format_exc(v: &Value, ctx: &mut PrintCtx, out: &mut String) {
    // (message linking to the previous exception, exception), newest first.
    let mut chain: Vec<(Option<&str>, Value)> = Vec::new();
    let mut cur = Some(v.clone());
    while let Some(e) = cur {
        ctx.seen.push(e.id());
        let mut next = None;
        let mut msg = None;
        if let Some(x) = as_exc(&e) {
            if let Some(c) = x.cause().filter(|c| !ctx.seen.contains(&c.id())) {
                msg = Some("\nThe above exception was the direct cause of the following exception:\n\n");
                next = Some(c);
            } else if let Some(c) = x.context().filter(|c| !x.suppress_context.get() && !ctx.seen.contains(&c.id())) {
                msg = Some("\nDuring handling of the above exception, another exception occurred:\n\n");
                next = Some(c);
            }
        }
        chain.push((msg, e));
        cur = next;
    }
    for (msg, e) in chain.iter().rev() {
        if let Some(m) = msg {
            ctx.emit(out, m, None);
        }
        let tb = as_exc(e).and_then(|x| x.traceback());
        let mut tb_text = String::new();
        if let Some(tb) = &tb {
            format_tb(tb, &mut tb_text);
        }
        let mut only = String::new();
        format_exception_only(e, &mut only);
        let group = crate::objects::exception::group_parts(e);
        let Some((_, excs)) = group else {
            if tb.is_some() {
                ctx.emit(out, "Traceback (most recent call last):\n", None);
                ctx.emit(out, &tb_text, None);
            }
            ctx.emit(out, &only, None);
            continue;
        };
        if ctx.depth > MAX_GROUP_DEPTH {
            ctx.emit(out, &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"), None);
            continue;
        }
        let toplevel = ctx.depth == 0;
        if toplevel {
            ctx.depth += 1;
        }
        if tb.is_some() {
            ctx.emit(out, "Exception Group Traceback (most recent call last):\n", if toplevel { Some('+') } else { None });
            ctx.emit(out, &tb_text, None);
        }
        ctx.emit(out, &only, None);
        let subs = crate::objects::tuple::tuple_items(&excs).unwrap_or(&[]).to_vec();
        let n = if subs.len() <= MAX_GROUP_WIDTH { subs.len() } else { MAX_GROUP_WIDTH + 1 };
        ctx.need_close = false;
        for i in 0..n {
            let last = i == n - 1;
            if last {
                ctx.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated { "...".to_string() } else { (i + 1).to_string() };
            out.push_str(&format!("{}{}+---------------- {} ----------------\n", ctx.indent(), if i == 0 { "+-" } else { "  " }, title));
            ctx.depth += 1;
            if !truncated {
                format_exc(&subs[i], ctx, out);
            } else {
                let remaining = subs.len() - MAX_GROUP_WIDTH;
                ctx.emit(out, &format!("and {} more exception{}\n", remaining, if remaining > 1 { "s" } else { "" }), None);
            }
            if last && ctx.need_close {
                out.push_str(&format!("{}+------------------------------------\n", ctx.indent()));
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        if toplevel {
            ctx.depth = 0;
        }
    }
}

/// The full report CPython prints for an uncaught exception.
pub fn format_exception(v: &Value) -> String {
    let mut out = String::new();
    let mut ctx = PrintCtx { depth: 0, need_close: false, seen: Vec::new() };
    format_exc(v, &mut ctx, &mut out);
    out
}

/// Prints an uncaught exception to sys.stderr (stdout is flushed first).
pub fn print_exception(e: &PyErr) {
    let text = format_exception(&e.exc);
    write_stderr(&text);
}

/// Writes to sys.stderr, falling back to the process's stderr.
pub fn write_stderr(text: &str) {
    crate::objects::file::flush_stdout();
    let err = crate::modules::sys::stderr();
    if is_none(&err) || crate::objects::file::write_text(&err, text).is_err() {
        use std::io::Write;
        let _ = std::io::stderr().write_all(text.as_bytes());
    }
    let _ = crate::objects::file::flush_file(&err);
}

/// Reports an exception that cannot propagate (in `__del__`, say).
pub fn write_unraisable(e: &PyErr, what: &str, obj: &Value) {
    let r = crate::ops::repr_string(obj).unwrap_or_else(|_| "<object repr() failed>".into());
    let mut text = format!("{what}: {r}\n");
    text.push_str(&format_exception(&e.exc));
    write_stderr(&text);
}

// ----- suggestions -------------------------------------------------------------

const MAX_CANDIDATES: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: char, b: char) -> usize {
    if a == b {
        0
    } else if a.to_ascii_lowercase() == b.to_ascii_lowercase() {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// CPython's levenshtein_distance from Python/suggestions.c.
fn levenshtein(a: &str, b: &str, max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // Strip common prefix and suffix.
    let mut pre = 0;
    while pre < a.len() && pre < b.len() && a[pre] == b[pre] {
        pre += 1;
    }
    let (mut a, mut b) = (&a[pre..], &b[pre..]);
    while !a.is_empty() && !b.is_empty() && a[a.len() - 1] == b[b.len() - 1] {
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &bc) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (i, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(bc, ac);
            distance = buffer[i];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[i] = result;
            if result < minimum {
                minimum = result;
            }
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

fn calculate_suggestion(candidates: &[String], name: &str) -> Option<String> {
    if candidates.len() > MAX_CANDIDATES || name.chars().count() > MAX_STRING_SIZE {
        return None;
    }
    let mut best: Option<(usize, &String)> = None;
    for item in candidates {
        if item == name {
            continue;
        }
        let mut max_distance = (name.chars().count() + item.chars().count() + 3) * MOVE_COST / 6;
        if let Some((d, _)) = best {
            max_distance = max_distance.min(d.saturating_sub(1));
        }
        let d = levenshtein(name, item, max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, item));
        }
    }
    best.map(|(_, s)| s.clone())
}

fn keys_of(d: &Value) -> Vec<String> {
    crate::objects::dict::as_dict(d)
        .map(|dd| dd.keys().iter().filter_map(|k| as_str(k).map(str::to_owned)).collect())
        .unwrap_or_default()
}

fn suggestion(v: &Value) -> Option<String> {
    let ty = v.ty();
    let name = attr(v, "name").filter(|n| !is_none(n))?;
    let name = as_str(&name)?.to_owned();
    if ty.is_subtype(&NAME_ERROR) {
        let tb = as_exc(v)?.traceback()?;
        // The innermost entry's namespaces.
        let mut cur = tb;
        loop {
            let next = cur.downcast::<TracebackObject>()?.next();
            match next {
                Some(n) => cur = n,
                None => break,
            }
        }
        let scopes = attr(v, "__tern_scopes__")?;
        let items = crate::objects::tuple::tuple_items(&scopes)?.to_vec();
        for scope in items {
            let cands: Vec<String> = if let Some(l) = crate::objects::list::as_list(&scope) {
                l.snapshot().iter().filter_map(|k| as_str(k).map(str::to_owned)).collect()
            } else {
                keys_of(&scope)
            };
            if let Some(s) = calculate_suggestion(&cands, &name) {
                return Some(s);
            }
        }
        let _ = cur;
        return None;
    }
    if ty.is_subtype(&ATTRIBUTE_ERROR) {
        let obj = attr(v, "obj").filter(|o| !is_none(o))?;
        let d = crate::ops::call_method(&obj, "__dir__", &[]).ok()?;
        let cands: Vec<String> = crate::ops::collect(&d).ok()?.iter().filter_map(|k| as_str(k).map(str::to_owned)).collect();
        return calculate_suggestion(&cands, &name);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions() {
        let c = vec!["message".to_string(), "other".to_string()];
        assert_eq!(calculate_suggestion(&c, "mesage"), Some("message".into()));
        assert_eq!(calculate_suggestion(&c, "zzzzzz"), None);
    }
}
