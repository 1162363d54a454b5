//! Code validation (`_validate` in CPython's Modules/_sre/sre.c): `_sre.compile`
//! checks the code list so the engine never reads outside it or follows a
//! jump that does not land on an opcode.

use super::constants::*;

type V<T> = Result<T, ()>;

/// A cursor over `code[..end]` with CPython's GET_OP/GET_ARG/GET_SKIP.
struct Cur<'a> {
    code: &'a [u32],
    pc: isize,
    end: isize,
}

impl Cur<'_> {
    fn get(&mut self) -> V<u32> {
        if self.pc >= self.end || self.pc < 0 {
            return Err(());
        }
        let v = self.code[self.pc as usize];
        self.pc += 1;
        Ok(v)
    }

    /// GET_SKIP_ADJ: a skip whose target (less `adj`) stays inside the range.
    fn skip_adj(&mut self, adj: isize) -> V<isize> {
        if self.pc >= self.end || self.pc < 0 {
            return Err(());
        }
        let skip = self.code[self.pc as usize] as isize;
        if skip - adj < 0 || skip - adj > self.end - self.pc {
            return Err(());
        }
        self.pc += 1;
        Ok(skip)
    }
}

/// `_validate_charset` over `code[pc..end]`.
fn charset(code: &[u32], pc: isize, end: isize) -> V<()> {
    let mut c = Cur { code, pc, end };
    while c.pc < c.end {
        match c.get()? {
            OP_NEGATE => {}
            OP_LITERAL => {
                c.get()?;
            }
            OP_RANGE | OP_RANGE_UNI_IGNORE => {
                c.get()?;
                c.get()?;
            }
            OP_CHARSET => {
                if 8 > c.end - c.pc {
                    return Err(());
                }
                c.pc += 8;
            }
            OP_BIGCHARSET => {
                let count = c.get()?;
                if 64 > c.end - c.pc {
                    return Err(());
                }
                for i in 0..256usize {
                    let word = code[c.pc as usize + i / 4];
                    if (word >> (8 * (i % 4))) & 0xff >= count {
                        return Err(());
                    }
                }
                c.pc += 64;
                let offset = count as isize * 8;
                if offset > c.end - c.pc {
                    return Err(());
                }
                c.pc += offset;
            }
            OP_CATEGORY => {
                if c.get()? > CATEGORY_UNI_NOT_LINEBREAK {
                    return Err(());
                }
            }
            _ => return Err(()),
        }
    }
    Ok(())
}

/// `_validate_inner` over `code[pc..end]`: Ok(true) if it ends with a JUMP.
fn inner(code: &[u32], pc: isize, end: isize, groups: usize) -> V<bool> {
    if pc > end || end as usize > code.len() {
        return Err(());
    }
    let mut c = Cur { code, pc, end };
    while c.pc < c.end {
        let op = c.get()?;
        match op {
            OP_MARK => {
                if c.get()? as usize > 2 * groups + 1 {
                    return Err(());
                }
            }
            OP_LITERAL | OP_NOT_LITERAL | OP_LITERAL_IGNORE | OP_NOT_LITERAL_IGNORE | OP_LITERAL_UNI_IGNORE
            | OP_NOT_LITERAL_UNI_IGNORE | OP_LITERAL_LOC_IGNORE | OP_NOT_LITERAL_LOC_IGNORE => {
                c.get()?;
            }
            OP_SUCCESS | OP_FAILURE | OP_ANY | OP_ANY_ALL => {}
            OP_AT => {
                if c.get()? > AT_UNI_NON_BOUNDARY {
                    return Err(());
                }
            }
            OP_IN | OP_IN_IGNORE | OP_IN_UNI_IGNORE | OP_IN_LOC_IGNORE => {
                let skip = c.skip_adj(0)?;
                if skip < 2 {
                    return Err(());
                }
                charset(code, c.pc, c.pc + skip - 2)?;
                if code[(c.pc + skip - 2) as usize] != OP_FAILURE {
                    return Err(());
                }
                c.pc += skip - 1;
            }
            OP_INFO => {
                let skip = c.skip_adj(0)?;
                if skip < 1 {
                    return Err(());
                }
                let newcode = c.pc + skip - 1;
                let flags = c.get()?;
                c.get()?;
                c.get()?;
                if flags & !(INFO_PREFIX | INFO_LITERAL | INFO_CHARSET) != 0 {
                    return Err(());
                }
                if flags & INFO_PREFIX != 0 && flags & INFO_CHARSET != 0 {
                    return Err(());
                }
                if flags & INFO_LITERAL != 0 && flags & INFO_PREFIX == 0 {
                    return Err(());
                }
                if flags & INFO_PREFIX != 0 {
                    let prefix_len = c.get()? as isize;
                    c.get()?;
                    if prefix_len > newcode - c.pc {
                        return Err(());
                    }
                    c.pc += prefix_len;
                    if prefix_len > newcode - c.pc {
                        return Err(());
                    }
                    for i in 0..prefix_len {
                        if code[(c.pc + i) as usize] as isize >= prefix_len {
                            return Err(());
                        }
                    }
                    c.pc += prefix_len;
                }
                if flags & INFO_CHARSET != 0 {
                    if newcode < 1 || newcode - 1 < c.pc {
                        return Err(());
                    }
                    charset(code, c.pc, newcode - 1)?;
                    if code[(newcode - 1) as usize] != OP_FAILURE {
                        return Err(());
                    }
                    c.pc = newcode;
                } else if c.pc != newcode {
                    return Err(());
                }
            }
            OP_BRANCH => {
                let mut target: Option<isize> = None;
                loop {
                    let skip = c.skip_adj(0)?;
                    if skip == 0 {
                        break;
                    }
                    if skip < 3 {
                        return Err(());
                    }
                    if inner(code, c.pc, c.pc + skip - 3, groups)? {
                        return Err(());
                    }
                    c.pc += skip - 3;
                    if c.get()? != OP_JUMP {
                        return Err(());
                    }
                    let skip = c.skip_adj(0)?;
                    let t = c.pc + skip - 1;
                    match target {
                        None => target = Some(t),
                        Some(x) if x != t => return Err(()),
                        _ => {}
                    }
                }
                if Some(c.pc) != target {
                    return Err(());
                }
            }
            OP_REPEAT_ONE | OP_MIN_REPEAT_ONE | OP_POSSESSIVE_REPEAT_ONE => {
                let skip = c.skip_adj(0)?;
                let min = c.get()?;
                let max = c.get()?;
                if min > max || skip < 4 {
                    return Err(());
                }
                if inner(code, c.pc, c.pc + skip - 4, groups)? {
                    return Err(());
                }
                c.pc += skip - 4;
                if c.get()? != OP_SUCCESS {
                    return Err(());
                }
            }
            OP_REPEAT | OP_POSSESSIVE_REPEAT => {
                let skip = c.skip_adj(0)?;
                let min = c.get()?;
                let max = c.get()?;
                if min > max || skip < 3 {
                    return Err(());
                }
                if inner(code, c.pc, c.pc + skip - 3, groups)? {
                    return Err(());
                }
                c.pc += skip - 3;
                let last = c.get()?;
                if op == OP_POSSESSIVE_REPEAT {
                    if last != OP_SUCCESS {
                        return Err(());
                    }
                } else if last != OP_MAX_UNTIL && last != OP_MIN_UNTIL {
                    return Err(());
                }
            }
            OP_ATOMIC_GROUP => {
                let skip = c.skip_adj(0)?;
                if skip < 2 {
                    return Err(());
                }
                if inner(code, c.pc, c.pc + skip - 2, groups)? {
                    return Err(());
                }
                c.pc += skip - 2;
                if c.get()? != OP_SUCCESS {
                    return Err(());
                }
            }
            OP_GROUPREF | OP_GROUPREF_IGNORE | OP_GROUPREF_UNI_IGNORE | OP_GROUPREF_LOC_IGNORE => {
                if c.get()? as usize >= groups {
                    return Err(());
                }
            }
            OP_GROUPREF_EXISTS => {
                if c.get()? as usize >= groups {
                    return Err(());
                }
                let mut skip = c.skip_adj(1)?;
                c.pc -= 1; // the skip is relative to the first argument
                if skip < 2 {
                    return Err(());
                }
                let mut ends_with_jump = inner(code, c.pc + 1, c.pc + skip - 1, groups)?;
                if ends_with_jump {
                    c.pc += skip - 2; // after the JUMP, at <skipno>
                    skip = c.skip_adj(0)?;
                    if skip < 1 {
                        return Err(());
                    }
                    ends_with_jump = inner(code, c.pc, c.pc + skip - 1, groups)?;
                }
                if ends_with_jump {
                    return Err(());
                }
                c.pc += skip - 1;
            }
            OP_ASSERT | OP_ASSERT_NOT => {
                let skip = c.skip_adj(0)?;
                let back = c.get()?;
                c.pc -= 1;
                if back & 0x8000_0000 != 0 || skip < 2 {
                    return Err(());
                }
                if inner(code, c.pc + 1, c.pc + skip - 2, groups)? {
                    return Err(());
                }
                c.pc += skip - 2;
                if c.get()? != OP_SUCCESS {
                    return Err(());
                }
            }
            OP_JUMP => {
                if c.pc + 1 != c.end {
                    return Err(());
                }
                return Ok(true);
            }
            _ => return Err(()),
        }
    }
    Ok(false)
}

/// `_validate`: is `code` well-formed code for a pattern with `groups` groups?
pub fn validate(code: &[u32], groups: i64) -> bool {
    if groups < 0 || groups as u64 > MAXGROUPS as u64 || code.is_empty() || code[code.len() - 1] != OP_SUCCESS {
        return false;
    }
    matches!(inner(code, 0, code.len() as isize - 1, groups as usize), Ok(false))
}
