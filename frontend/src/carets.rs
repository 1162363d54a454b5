//! Where a traceback's caret line puts its `^` among `~`, as CPython 3.11's
//! interpreter prints uncaught exceptions (`extract_anchors_from_expr` in
//! Python/traceback.c; Lib/traceback.py's version differs around
//! parentheses and two-character operators).

use rustpython_parser::ast::{Expr, Ranged, Stmt};
use rustpython_parser::{parse, Mode};

/// For the source text of a failing instruction's expression, when it is
/// a binary operation or a subscript: the character offsets in `segment`
/// where the highlighted part (the operator, or the brackets and index)
/// starts and ends. `None` when the segment is not one such expression.
pub fn anchors(segment: &str) -> Option<(usize, usize)> {
    let body = match parse(segment, Mode::Module, "<traceback>").ok()? {
        rustpython_parser::ast::Mod::Module(m) => m.body,
        _ => return None,
    };
    let [Stmt::Expr(stmt)] = body.as_slice() else { return None };
    let bytes = segment.as_bytes();
    let at = |i: usize| bytes.get(i).copied().unwrap_or(0);
    let chars = |byte: usize| segment.get(..byte.min(segment.len())).map_or(byte, |s| s.chars().count());
    match &*stmt.value {
        Expr::BinOp(b) => {
            // The first operator character after the left operand, past
            // spaces and closing parentheses; two characters when the next
            // is not a space (`//`, `**`).
            let (from, to) = (usize::from(b.left.range().end()), usize::from(b.right.range().start()));
            let space = |c: u8| matches!(c, b' ' | b'\t' | b'\x0c');
            let mut found = None;
            for i in from..to {
                if space(at(i)) {
                    continue;
                }
                let width = if i + 1 < to && !space(at(i + 1)) { 2 } else { 1 };
                found = Some((i, i + width));
                if i + 1 < to && at(i) == b')' {
                    continue;
                }
                break;
            }
            let (left, right) = found?;
            Some((chars(left), chars(right)))
        }
        Expr::Subscript(s) => {
            let mut left = chars(usize::from(s.value.range().end()));
            let mut right = chars(usize::from(s.slice.range().end()) + 1);
            let text: Vec<char> = segment.chars().collect();
            while left < text.len() && text[left] != '[' {
                left += 1;
            }
            while right < text.len() && text[right] != ']' {
                right += 1;
            }
            if right < text.len() {
                right += 1;
            }
            Some((left, right))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::anchors;

    #[test]
    fn operators_and_subscripts() {
        assert_eq!(anchors("1 / x"), Some((2, 3)));
        assert_eq!(anchors("a // b"), Some((2, 4)));
        assert_eq!(anchors("(a) + b"), Some((4, 5)));
        assert_eq!(anchors("d[\"x\"]"), Some((1, 6)));
        assert_eq!(anchors("f(x)"), None);
        assert_eq!(anchors("x ="), None);
        // CPython 3.11.7's interpreter's answers (its traceback module
        // gives (7, 8) and (6, 8) for the first and the last).
        assert_eq!(anchors("(a  )  **  b"), Some((7, 9)));
        assert_eq!(anchors("a[1:2] [3]"), Some((7, 10)));
        assert_eq!(anchors("x.y[ i ]"), Some((3, 8)));
        assert_eq!(anchors("((1)) - (x)"), Some((6, 7)));
        assert_eq!(anchors("(self.total) // people"), Some((13, 15)));
    }
}
