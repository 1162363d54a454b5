//! The matching engine: CPython's Modules/_sre/sre_lib.h, executing the code
//! that `re._compiler` produces with the same backtracking choices.
//!
//! Like sre_lib.h, backtracking never recurses on the native stack: each
//! pending sub-match is a `Ctx` on an explicit stack that records where to
//! resume (the `Jump` kind), and saved marks and repeat pointers go to a
//! separate data stack. The engine is generic over the width of the subject's
//! characters (bytes and Latin-1 text as `u8`, other text as `u32`).
//! Positions are indices into the subject; a mark of -1 is CPython's NULL.

use super::chars::*;
use super::constants::*;

/// Whether POSSESSIVE_REPEAT installs a repeat context (as CPython 3.12 does).
const POSS_REPEAT_CTX: bool = false;

/// A character of the subject.
pub trait SreChar: Copy {
    fn code(self) -> u32;
}

impl SreChar for u8 {
    #[inline(always)]
    fn code(self) -> u32 {
        self as u32
    }
}

impl SreChar for u32 {
    #[inline(always)]
    fn code(self) -> u32 {
        self
    }
}

/// Why matching stopped without an answer (CPython's negative statuses).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SreError {
    /// SRE_ERROR_ILLEGAL / SRE_ERROR_STATE: code the engine cannot run.
    Internal,
    /// SRE_ERROR_INTERRUPTED: a signal (Ctrl-C) arrived.
    Interrupted,
}

pub type SreResult<T> = Result<T, SreError>;

/// A repeat context (SRE_REPEAT), made by REPEAT and POSSESSIVE_REPEAT.
#[derive(Clone, Copy)]
struct Repeat {
    count: isize,
    /// Index of the REPEAT's skip word (CPython's `pattern`, one past the opcode).
    pattern: usize,
    prev: Option<usize>,
    last_ptr: isize,
}

/// Where a finished sub-match resumes its parent (the JUMP_* labels).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Jump {
    None,
    MaxUntil1,
    MaxUntil2,
    MaxUntil3,
    MinUntil1,
    MinUntil2,
    MinUntil3,
    Repeat,
    RepeatOne1,
    RepeatOne2,
    MinRepeatOne,
    Branch,
    Assert,
    AssertNot,
    PossRepeat1,
    PossRepeat2,
    AtomicGroup,
}

/// One pending match (SRE(match_context)).
#[derive(Clone, Copy)]
struct Ctx {
    count: isize,
    /// `u.chr` or `u.rep`.
    u: usize,
    lastmark: isize,
    lastindex: isize,
    pattern: usize,
    ptr: isize,
    toplevel: bool,
    jump: Jump,
}

/// The matching state (SRE_STATE) minus the subject, which is passed along.
pub struct State {
    /// Where the current match attempt starts.
    pub start: isize,
    /// The end of the searched slice (endpos).
    pub end: isize,
    /// The current position; after a match, its end.
    pub ptr: isize,
    pub pos: isize,
    pub endpos: isize,
    pub match_all: bool,
    pub must_advance: bool,
    pub marks: Vec<isize>,
    pub lastmark: isize,
    pub lastindex: isize,
    repeat: Option<usize>,
    repeats: Vec<Repeat>,
    data: Vec<isize>,
    ctxs: Vec<Ctx>,
    sigcount: u32,
}

impl State {
    /// state_init: a state over `[pos, endpos)` of a subject of `length`
    /// characters, for a pattern with `groups` groups.
    pub fn new(length: usize, pos: i64, endpos: i64, groups: usize) -> State {
        let length = length as i64;
        let start = pos.clamp(0, length) as isize;
        let end = endpos.clamp(0, length) as isize;
        let (data, ctxs) = POOL.with(|p| p.take()).unwrap_or_default();
        State {
            start,
            end,
            ptr: start,
            pos: start,
            endpos: end,
            match_all: false,
            must_advance: false,
            marks: vec![-1; 2 * groups + 2],
            lastmark: -1,
            lastindex: -1,
            repeat: None,
            repeats: Vec::new(),
            data,
            ctxs,
            sigcount: 0,
        }
    }

    /// state_reset: forget the marks and stacks of the previous attempt.
    pub fn reset(&mut self) {
        self.lastmark = -1;
        self.lastindex = -1;
        self.repeat = None;
        self.repeats.clear();
        self.data.clear();
        self.ctxs.clear();
    }

    /// The span of group `g` (1-based) as recorded in the marks, or None.
    pub fn group_span(&self, g: usize) -> Option<(isize, isize)> {
        let j = 2 * (g - 1);
        if (j + 1) as isize <= self.lastmark && self.marks[j] >= 0 && self.marks[j + 1] >= 0 {
            Some((self.marks[j], self.marks[j + 1]))
        } else {
            None
        }
    }

    #[inline]
    fn mark_push(&mut self, lastmark: isize) {
        if lastmark >= 0 {
            let n = lastmark as usize + 1;
            self.data.extend_from_slice(&self.marks[..n]);
        }
    }

    #[inline]
    fn mark_pop(&mut self, lastmark: isize) {
        if lastmark >= 0 {
            let n = lastmark as usize + 1;
            let at = self.data.len() - n;
            self.marks[..n].copy_from_slice(&self.data[at..]);
            self.data.truncate(at);
        }
    }

    #[inline]
    fn mark_pop_keep(&mut self, lastmark: isize) {
        if lastmark >= 0 {
            let n = lastmark as usize + 1;
            let at = self.data.len() - n;
            self.marks[..n].copy_from_slice(&self.data[at..]);
        }
    }

    #[inline]
    fn mark_pop_discard(&mut self, lastmark: isize) {
        if lastmark >= 0 {
            let n = lastmark as usize + 1;
            let at = self.data.len() - n;
            self.data.truncate(at);
        }
    }

    #[inline]
    fn lastmark_save(&mut self, c: usize) {
        self.ctxs[c].lastmark = self.lastmark;
        self.ctxs[c].lastindex = self.lastindex;
    }

    #[inline]
    fn lastmark_restore(&mut self, c: usize) {
        self.lastmark = self.ctxs[c].lastmark;
        self.lastindex = self.ctxs[c].lastindex;
    }

    /// MAYBE_CHECK_SIGNALS: every 4096 steps, look for a pending Ctrl-C.
    #[inline]
    fn check_signals(&mut self) -> SreResult<()> {
        self.sigcount = self.sigcount.wrapping_add(1);
        if self.sigcount & 0xfff == 0
            && crate::thread::INTERRUPTED.load(std::sync::atomic::Ordering::Relaxed)
        {
            return Err(SreError::Interrupted);
        }
        Ok(())
    }

    fn alloc_repeat(&mut self, r: Repeat) -> usize {
        self.repeats.push(r);
        self.repeats.len() - 1
    }

    fn free_repeat(&mut self, i: usize) {
        self.repeats.truncate(i);
    }
}

/// Stacks kept for the next state, so repeated matching does not allocate
/// and fault in fresh memory each time.
type Stacks = (Vec<isize>, Vec<Ctx>);

thread_local! {
    static POOL: std::cell::Cell<Option<Stacks>> = const { std::cell::Cell::new(None) };
}

/// Stacks larger than this are freed rather than kept.
const POOL_MAX_BYTES: usize = 16 << 20;

impl Drop for State {
    fn drop(&mut self) {
        let mut data = std::mem::take(&mut self.data);
        let mut ctxs = std::mem::take(&mut self.ctxs);
        if data.capacity() * 8 + ctxs.capacity() * std::mem::size_of::<Ctx>() <= POOL_MAX_BYTES {
            data.clear();
            ctxs.clear();
            POOL.with(|p| p.set(Some((data, ctxs))));
        }
    }
}

/// SRE(at): is `ptr` at the position described by `at`?
fn at<C: SreChar>(st: &State, s: &[C], ptr: isize, at: u32) -> bool {
    let end = st.end;
    let word_around = |f: fn(u32) -> bool| -> (bool, bool) {
        let thatp = ptr > 0 && f(s[(ptr - 1) as usize].code());
        let thisp = ptr < end && f(s[ptr as usize].code());
        (thatp, thisp)
    };
    match at {
        AT_BEGINNING | AT_BEGINNING_STRING => ptr == 0,
        AT_BEGINNING_LINE => ptr == 0 || is_linebreak(s[(ptr - 1) as usize].code()),
        AT_END => (end - ptr == 1 && is_linebreak(s[ptr as usize].code())) || ptr == end,
        AT_END_LINE => ptr == end || is_linebreak(s[ptr as usize].code()),
        AT_END_STRING => ptr == end,
        AT_BOUNDARY | AT_NON_BOUNDARY | AT_LOC_BOUNDARY | AT_LOC_NON_BOUNDARY | AT_UNI_BOUNDARY
        | AT_UNI_NON_BOUNDARY => {
            if end == 0 {
                return false;
            }
            let f: fn(u32) -> bool = match at {
                AT_BOUNDARY | AT_NON_BOUNDARY => is_word,
                AT_LOC_BOUNDARY | AT_LOC_NON_BOUNDARY => loc_is_word,
                _ => uni_is_word,
            };
            let (thatp, thisp) = word_around(f);
            if matches!(at, AT_BOUNDARY | AT_LOC_BOUNDARY | AT_UNI_BOUNDARY) {
                thisp != thatp
            } else {
                thisp == thatp
            }
        }
        _ => false,
    }
}

/// SRE(charset): is `ch` a member of the set starting at `code[p]`?
pub fn charset(code: &[u32], mut p: usize, ch: u32) -> bool {
    let mut ok = true;
    loop {
        let op = code[p];
        p += 1;
        match op {
            OP_FAILURE => return !ok,
            OP_LITERAL => {
                if ch == code[p] {
                    return ok;
                }
                p += 1;
            }
            OP_CATEGORY => {
                if category(code[p], ch) {
                    return ok;
                }
                p += 1;
            }
            OP_CHARSET => {
                if ch < 256 && code[p + (ch as usize >> 5)] & (1u32 << (ch & 31)) != 0 {
                    return ok;
                }
                p += 8;
            }
            OP_RANGE => {
                if code[p] <= ch && ch <= code[p + 1] {
                    return ok;
                }
                p += 2;
            }
            OP_RANGE_UNI_IGNORE => {
                if code[p] <= ch && ch <= code[p + 1] {
                    return ok;
                }
                let uch = upper_unicode(ch);
                if code[p] <= uch && uch <= code[p + 1] {
                    return ok;
                }
                p += 2;
            }
            OP_NEGATE => ok = !ok,
            OP_BIGCHARSET => {
                let count = code[p] as usize;
                p += 1;
                let block: Option<usize> = if ch < 0x10000 {
                    let hi = (ch >> 8) as usize;
                    Some(((code[p + hi / 4] >> (8 * (hi % 4))) & 0xff) as usize)
                } else {
                    None
                };
                p += 64;
                if let Some(block) = block {
                    let bit = block * 256 + (ch & 255) as usize;
                    if code[p + bit / 32] & (1u32 << (ch & 31)) != 0 {
                        return ok;
                    }
                }
                p += count * 8;
            }
            _ => return false,
        }
    }
}

/// SRE(charset_loc_ignore): membership of `ch` in either locale case.
fn charset_loc_ignore(code: &[u32], p: usize, ch: u32) -> bool {
    let lo = lower_locale(ch);
    if charset(code, p, lo) {
        return true;
    }
    let up = upper_locale(ch);
    up != lo && charset(code, p, up)
}

/// SRE(count): how many times (at most `maxcount`) the single-character item
/// at `code[p]` matches from `st.ptr`.
fn count<C: SreChar>(st: &mut State, s: &[C], code: &[u32], p: usize, maxcount: u32) -> SreResult<isize> {
    let start = st.ptr;
    let mut ptr = st.ptr;
    let mut end = st.end;
    if maxcount != MAXREPEAT && (maxcount as isize) < end - ptr {
        end = ptr + maxcount as isize;
    }
    macro_rules! scan {
        ($cond:expr) => {{
            while ptr < end {
                let c = s[ptr as usize].code();
                #[allow(clippy::redundant_closure_call)]
                if !($cond)(c) {
                    break;
                }
                ptr += 1;
            }
        }};
    }
    match code[p] {
        OP_IN => scan!(|c| charset(code, p + 2, c)),
        OP_ANY => scan!(|c| !is_linebreak(c)),
        OP_ANY_ALL => ptr = end,
        OP_LITERAL => {
            let chr = code[p + 1];
            scan!(|c| c == chr)
        }
        OP_LITERAL_IGNORE => {
            let chr = code[p + 1];
            scan!(|c| lower_ascii(c) == chr)
        }
        OP_LITERAL_UNI_IGNORE => {
            let chr = code[p + 1];
            scan!(|c| lower_unicode(c) == chr)
        }
        OP_LITERAL_LOC_IGNORE => {
            let chr = code[p + 1];
            scan!(|c| char_loc_ignore(chr, c))
        }
        OP_NOT_LITERAL => {
            let chr = code[p + 1];
            scan!(|c| c != chr)
        }
        OP_NOT_LITERAL_IGNORE => {
            let chr = code[p + 1];
            scan!(|c| lower_ascii(c) != chr)
        }
        OP_NOT_LITERAL_UNI_IGNORE => {
            let chr = code[p + 1];
            scan!(|c| lower_unicode(c) != chr)
        }
        OP_NOT_LITERAL_LOC_IGNORE => {
            let chr = code[p + 1];
            scan!(|c| !char_loc_ignore(chr, c))
        }
        _ => {
            // A repeated single-character subpattern: run it one step at a time.
            while st.ptr < end {
                if !sre_match(st, s, code, p, false)? {
                    break;
                }
            }
            return Ok(st.ptr - start);
        }
    }
    Ok(ptr - start)
}

/// What an opcode handler decided.
enum Step {
    /// Keep dispatching at (pattern, ptr).
    Go(usize, isize),
    /// Start the sub-match at `pattern` (the parent's resume point is saved).
    Call { jump: Jump, pattern: usize, toplevel: bool },
    /// This context finished with a result.
    Ret(bool),
}

/// SRE(match): does the code at `code[pc]` match at `st.ptr`? On success
/// `st.ptr` is the end of the match.
pub fn sre_match<C: SreChar>(st: &mut State, s: &[C], code: &[u32], pc: usize, toplevel: bool) -> SreResult<bool> {
    let base = st.ctxs.len();
    let r = run(st, s, code, pc, toplevel);
    st.ctxs.truncate(base);
    r
}

/// Pushes a child context that will resume the parent at `jump`.
#[inline]
fn push_ctx(st: &mut State, jump: Jump, toplevel: bool) {
    st.ctxs.push(Ctx { count: 0, u: 0, lastmark: -1, lastindex: -1, pattern: 0, ptr: 0, toplevel, jump });
}

fn run<C: SreChar>(st: &mut State, s: &[C], code: &[u32], pc: usize, toplevel: bool) -> SreResult<bool> {
    let base = st.ctxs.len();
    push_ctx(st, Jump::None, toplevel);
    let mut pattern = pc;
    let mut ptr: isize;
    let mut ret: bool;
    let end = st.end;
    // `entrance`: a new context starts matching at `pattern`.
    'entrance: loop {
        let c = st.ctxs.len() - 1;
        ptr = st.ptr;
        if code[pattern] == OP_INFO {
            // <INFO> <1=skip> <2=flags> <3=min> ...
            let min = code[pattern + 3];
            if min != 0 && ((end - ptr) as usize) < min as usize {
                ret = false;
            } else {
                pattern += code[pattern + 1] as usize + 1;
                ret = true;
            }
        } else {
            ret = true;
        }
        let mut step = if ret { dispatch(st, s, code, c, pattern, ptr)? } else { Step::Ret(false) };
        loop {
            match step {
                Step::Go(p, q) => {
                    let c = st.ctxs.len() - 1;
                    step = dispatch(st, s, code, c, p, q)?;
                }
                Step::Call { jump, pattern: next, toplevel } => {
                    push_ctx(st, jump, toplevel);
                    pattern = next;
                    continue 'entrance;
                }
                Step::Ret(r) => {
                    // `exit`: pop this context and resume its parent.
                    let done = st.ctxs.pop().expect("a context");
                    if st.ctxs.len() == base {
                        return Ok(r);
                    }
                    let c = st.ctxs.len() - 1;
                    step = resume(st, s, code, c, done.jump, r)?;
                }
            }
        }
    }
}

/// Saves the parent's position and asks for a sub-match (DO_JUMP).
#[inline]
fn call(st: &mut State, c: usize, pattern: usize, ptr: isize, jump: Jump, next: usize, toplevel: bool) -> Step {
    st.ctxs[c].pattern = pattern;
    st.ctxs[c].ptr = ptr;
    Step::Call { jump, pattern: next, toplevel }
}

/// Runs opcodes from `pattern` until the context needs a sub-match or ends.
fn dispatch<C: SreChar>(st: &mut State, s: &[C], code: &[u32], c: usize, mut pattern: usize, mut ptr: isize) -> SreResult<Step> {
    let end = st.end;
    loop {
        st.check_signals()?;
        let op = code[pattern];
        pattern += 1;
        macro_rules! fail {
            () => {
                return Ok(Step::Ret(false))
            };
        }
        macro_rules! cur {
            () => {
                s[ptr as usize].code()
            };
        }
        match op {
            OP_MARK => {
                let i = code[pattern] as isize;
                if i & 1 != 0 {
                    st.lastindex = i / 2 + 1;
                }
                if i > st.lastmark {
                    let mut j = st.lastmark + 1;
                    while j < i {
                        st.marks[j as usize] = -1;
                        j += 1;
                    }
                    st.lastmark = i;
                }
                st.marks[i as usize] = ptr;
                pattern += 1;
            }
            OP_LITERAL => {
                if ptr >= end || cur!() != code[pattern] {
                    fail!();
                }
                pattern += 1;
                ptr += 1;
            }
            OP_NOT_LITERAL => {
                if ptr >= end || cur!() == code[pattern] {
                    fail!();
                }
                pattern += 1;
                ptr += 1;
            }
            OP_SUCCESS => {
                let ctx = &st.ctxs[c];
                if ctx.toplevel && ((st.match_all && ptr != st.end) || (st.must_advance && ptr == st.start)) {
                    fail!();
                }
                st.ptr = ptr;
                return Ok(Step::Ret(true));
            }
            OP_AT => {
                if !at(st, s, ptr, code[pattern]) {
                    fail!();
                }
                pattern += 1;
            }
            OP_CATEGORY => {
                if ptr >= end || !category(code[pattern], cur!()) {
                    fail!();
                }
                pattern += 1;
                ptr += 1;
            }
            OP_ANY => {
                if ptr >= end || is_linebreak(cur!()) {
                    fail!();
                }
                ptr += 1;
            }
            OP_ANY_ALL => {
                if ptr >= end {
                    fail!();
                }
                ptr += 1;
            }
            OP_IN => {
                if ptr >= end || !charset(code, pattern + 1, cur!()) {
                    fail!();
                }
                pattern += code[pattern] as usize;
                ptr += 1;
            }
            OP_LITERAL_IGNORE => {
                if ptr >= end || lower_ascii(cur!()) != code[pattern] {
                    fail!();
                }
                pattern += 1;
                ptr += 1;
            }
            OP_LITERAL_UNI_IGNORE => {
                if ptr >= end || lower_unicode(cur!()) != code[pattern] {
                    fail!();
                }
                pattern += 1;
                ptr += 1;
            }
            OP_LITERAL_LOC_IGNORE => {
                if ptr >= end || !char_loc_ignore(code[pattern], cur!()) {
                    fail!();
                }
                pattern += 1;
                ptr += 1;
            }
            OP_NOT_LITERAL_IGNORE => {
                if ptr >= end || lower_ascii(cur!()) == code[pattern] {
                    fail!();
                }
                pattern += 1;
                ptr += 1;
            }
            OP_NOT_LITERAL_UNI_IGNORE => {
                if ptr >= end || lower_unicode(cur!()) == code[pattern] {
                    fail!();
                }
                pattern += 1;
                ptr += 1;
            }
            OP_NOT_LITERAL_LOC_IGNORE => {
                if ptr >= end || char_loc_ignore(code[pattern], cur!()) {
                    fail!();
                }
                pattern += 1;
                ptr += 1;
            }
            OP_IN_IGNORE => {
                if ptr >= end || !charset(code, pattern + 1, lower_ascii(cur!())) {
                    fail!();
                }
                pattern += code[pattern] as usize;
                ptr += 1;
            }
            OP_IN_UNI_IGNORE => {
                if ptr >= end || !charset(code, pattern + 1, lower_unicode(cur!())) {
                    fail!();
                }
                pattern += code[pattern] as usize;
                ptr += 1;
            }
            OP_IN_LOC_IGNORE => {
                if ptr >= end || !charset_loc_ignore(code, pattern + 1, cur!()) {
                    fail!();
                }
                pattern += code[pattern] as usize;
                ptr += 1;
            }
            OP_JUMP | OP_INFO => {
                pattern += code[pattern] as usize;
            }
            OP_BRANCH => {
                // <BRANCH> <0=skip> code <JUMP> ... <NULL>
                st.lastmark_save(c);
                if st.repeat.is_some() {
                    st.mark_push(st.ctxs[c].lastmark);
                }
                return Ok(branch_next(st, s, code, c, pattern, ptr));
            }
            OP_REPEAT_ONE => {
                // <REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
                let min = code[pattern + 1] as isize;
                if min > end - ptr {
                    fail!();
                }
                st.ptr = ptr;
                let n = count(st, s, code, pattern + 3, code[pattern + 2])?;
                st.ctxs[c].count = n;
                ptr += n;
                if n < min {
                    fail!();
                }
                let tail = pattern + code[pattern] as usize;
                if code[tail] == OP_SUCCESS
                    && ptr == st.end
                    && !(st.ctxs[c].toplevel && st.must_advance && ptr == st.start)
                {
                    st.ptr = ptr;
                    return Ok(Step::Ret(true));
                }
                st.lastmark_save(c);
                if st.repeat.is_some() {
                    st.mark_push(st.ctxs[c].lastmark);
                }
                if code[tail] == OP_LITERAL {
                    st.ctxs[c].u = code[tail + 1] as usize;
                    return Ok(repeat_one_1(st, s, code, c, pattern, ptr));
                }
                return Ok(repeat_one_2(st, code, c, pattern, ptr));
            }
            OP_MIN_REPEAT_ONE => {
                // <MIN_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
                let min = code[pattern + 1] as isize;
                if min > end - ptr {
                    fail!();
                }
                st.ptr = ptr;
                if min == 0 {
                    st.ctxs[c].count = 0;
                } else {
                    let n = count(st, s, code, pattern + 3, code[pattern + 1])?;
                    if n < min {
                        fail!();
                    }
                    st.ctxs[c].count = n;
                    ptr += n;
                }
                let tail = pattern + code[pattern] as usize;
                let toplevel = st.ctxs[c].toplevel;
                if code[tail] == OP_SUCCESS
                    && !(toplevel && ((st.match_all && ptr != st.end) || (st.must_advance && ptr == st.start)))
                {
                    st.ptr = ptr;
                    return Ok(Step::Ret(true));
                }
                st.lastmark_save(c);
                if st.repeat.is_some() {
                    st.mark_push(st.ctxs[c].lastmark);
                }
                return min_repeat_one_next(st, code, c, pattern, ptr);
            }
            OP_POSSESSIVE_REPEAT_ONE => {
                // <POSSESSIVE_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
                let min = code[pattern + 1] as isize;
                if ptr + min > end {
                    fail!();
                }
                st.ptr = ptr;
                let n = count(st, s, code, pattern + 3, code[pattern + 2])?;
                st.ctxs[c].count = n;
                ptr += n;
                if n < min {
                    fail!();
                }
                pattern += code[pattern] as usize;
                if code[pattern] == OP_SUCCESS
                    && ptr == st.end
                    && !(st.ctxs[c].toplevel && st.must_advance && ptr == st.start)
                {
                    st.ptr = ptr;
                    return Ok(Step::Ret(true));
                }
            }
            OP_REPEAT => {
                // <REPEAT> <skip> <1=min> <2=max> item <UNTIL> tail
                let rep = st.alloc_repeat(Repeat { count: -1, pattern, prev: st.repeat, last_ptr: -1 });
                st.ctxs[c].u = rep;
                st.repeat = Some(rep);
                st.ptr = ptr;
                let next = pattern + code[pattern] as usize;
                return Ok(call(st, c, pattern, ptr, Jump::Repeat, next, st.ctxs[c].toplevel));
            }
            OP_MAX_UNTIL => {
                // <REPEAT> <skip> <1=min> <2=max> item <MAX_UNTIL> tail
                let Some(rep) = st.repeat else {
                    return Err(SreError::Internal);
                };
                st.ctxs[c].u = rep;
                st.ptr = ptr;
                let n = st.repeats[rep].count + 1;
                st.ctxs[c].count = n;
                let rp = st.repeats[rep].pattern;
                let toplevel = st.ctxs[c].toplevel;
                if n < code[rp + 1] as isize {
                    // not enough matches
                    st.repeats[rep].count = n;
                    return Ok(call(st, c, pattern, ptr, Jump::MaxUntil1, rp + 3, toplevel));
                }
                let max = code[rp + 2];
                if (n < max as isize || max == MAXREPEAT) && st.ptr != st.repeats[rep].last_ptr {
                    // we may have enough matches, but if we can match another item, do so
                    st.repeats[rep].count = n;
                    st.lastmark_save(c);
                    st.mark_push(st.ctxs[c].lastmark);
                    // zero-width match protection
                    let lp = st.repeats[rep].last_ptr;
                    st.data.push(lp);
                    st.repeats[rep].last_ptr = st.ptr;
                    return Ok(call(st, c, pattern, ptr, Jump::MaxUntil2, rp + 3, toplevel));
                }
                return Ok(max_until_tail(st, c, pattern, ptr));
            }
            OP_MIN_UNTIL => {
                // <REPEAT> <skip> <1=min> <2=max> item <MIN_UNTIL> tail
                let Some(rep) = st.repeat else {
                    return Err(SreError::Internal);
                };
                st.ctxs[c].u = rep;
                st.ptr = ptr;
                let n = st.repeats[rep].count + 1;
                st.ctxs[c].count = n;
                let rp = st.repeats[rep].pattern;
                let toplevel = st.ctxs[c].toplevel;
                if n < code[rp + 1] as isize {
                    // not enough matches
                    st.repeats[rep].count = n;
                    return Ok(call(st, c, pattern, ptr, Jump::MinUntil1, rp + 3, toplevel));
                }
                // see if the tail matches
                st.repeat = st.repeats[rep].prev;
                st.lastmark_save(c);
                if st.repeat.is_some() {
                    st.mark_push(st.ctxs[c].lastmark);
                }
                return Ok(call(st, c, pattern, ptr, Jump::MinUntil2, pattern, toplevel));
            }
            OP_POSSESSIVE_REPEAT => {
                // <POSSESSIVE_REPEAT> <skip> <1=min> <2=max> pattern <SUCCESS> tail
                st.ptr = ptr;
                if POSS_REPEAT_CTX {
                    let rep = st.alloc_repeat(Repeat { count: -1, pattern: usize::MAX, prev: st.repeat, last_ptr: -1 });
                    st.ctxs[c].u = rep;
                    st.repeat = Some(rep);
                }
                st.ctxs[c].count = 0;
                return Ok(poss_repeat_min(st, code, c, pattern, ptr));
            }
            OP_ATOMIC_GROUP => {
                // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
                st.ptr = ptr;
                return Ok(call(st, c, pattern, ptr, Jump::AtomicGroup, pattern + 1, false));
            }
            OP_GROUPREF | OP_GROUPREF_IGNORE | OP_GROUPREF_UNI_IGNORE | OP_GROUPREF_LOC_IGNORE => {
                let groupref = code[pattern] as isize * 2;
                if groupref >= st.lastmark {
                    fail!();
                }
                let mut p = st.marks[groupref as usize];
                let e = st.marks[groupref as usize + 1];
                if p < 0 || e < 0 || e < p {
                    fail!();
                }
                let fold: fn(u32) -> u32 = match op {
                    OP_GROUPREF => |c| c,
                    OP_GROUPREF_IGNORE => lower_ascii,
                    OP_GROUPREF_UNI_IGNORE => lower_unicode,
                    _ => lower_locale,
                };
                while p < e {
                    if ptr >= end || fold(cur!()) != fold(s[p as usize].code()) {
                        fail!();
                    }
                    p += 1;
                    ptr += 1;
                }
                pattern += 1;
            }
            OP_GROUPREF_EXISTS => {
                // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno ...
                let groupref = code[pattern] as isize * 2;
                if groupref >= st.lastmark {
                    pattern += code[pattern + 1] as usize;
                } else {
                    let p = st.marks[groupref as usize];
                    let e = st.marks[groupref as usize + 1];
                    if p < 0 || e < 0 || e < p {
                        pattern += code[pattern + 1] as usize;
                    } else {
                        pattern += 2;
                    }
                }
            }
            OP_ASSERT => {
                // <ASSERT> <skip> <back> <pattern>
                let back = code[pattern + 1] as isize;
                if ptr < back {
                    fail!();
                }
                st.ptr = ptr - back;
                return Ok(call(st, c, pattern, ptr, Jump::Assert, pattern + 2, false));
            }
            OP_ASSERT_NOT => {
                // <ASSERT_NOT> <skip> <back> <pattern>
                let back = code[pattern + 1] as isize;
                if ptr >= back {
                    st.ptr = ptr - back;
                    st.lastmark_save(c);
                    if st.repeat.is_some() {
                        st.mark_push(st.ctxs[c].lastmark);
                    }
                    return Ok(call(st, c, pattern, ptr, Jump::AssertNot, pattern + 2, false));
                }
                pattern += code[pattern] as usize;
            }
            OP_FAILURE => fail!(),
            _ => return Err(SreError::Internal),
        }
    }
}

/// BRANCH: tries the alternatives from the one at `pattern` on.
fn branch_next<C: SreChar>(st: &mut State, s: &[C], code: &[u32], c: usize, mut pattern: usize, ptr: isize) -> Step {
    let end = st.end;
    while code[pattern] != 0 {
        let quick_fail = (code[pattern + 1] == OP_LITERAL && (ptr >= end || s[ptr as usize].code() != code[pattern + 2]))
            || (code[pattern + 1] == OP_IN && (ptr >= end || !charset(code, pattern + 3, s[ptr as usize].code())));
        if !quick_fail {
            st.ptr = ptr;
            let toplevel = st.ctxs[c].toplevel;
            return call(st, c, pattern, ptr, Jump::Branch, pattern + 1, toplevel);
        }
        pattern += code[pattern] as usize;
    }
    if st.repeat.is_some() {
        st.mark_pop_discard(st.ctxs[c].lastmark);
    }
    Step::Ret(false)
}

/// REPEAT_ONE whose tail starts with a literal: backs off to positions where
/// that literal follows.
fn repeat_one_1<C: SreChar>(st: &mut State, s: &[C], code: &[u32], c: usize, pattern: usize, mut ptr: isize) -> Step {
    let end = st.end;
    let min = code[pattern + 1] as isize;
    let chr = st.ctxs[c].u as u32;
    while st.ctxs[c].count >= min && (ptr >= end || s[ptr as usize].code() != chr) {
        ptr -= 1;
        st.ctxs[c].count -= 1;
    }
    if st.ctxs[c].count >= min {
        st.ptr = ptr;
        let toplevel = st.ctxs[c].toplevel;
        return call(st, c, pattern, ptr, Jump::RepeatOne1, pattern + code[pattern] as usize, toplevel);
    }
    if st.repeat.is_some() {
        st.mark_pop_discard(st.ctxs[c].lastmark);
    }
    Step::Ret(false)
}

/// REPEAT_ONE, general case: tries the tail after `count` items, then fewer.
fn repeat_one_2(st: &mut State, code: &[u32], c: usize, pattern: usize, ptr: isize) -> Step {
    let min = code[pattern + 1] as isize;
    if st.ctxs[c].count >= min {
        st.ptr = ptr;
        let toplevel = st.ctxs[c].toplevel;
        return call(st, c, pattern, ptr, Jump::RepeatOne2, pattern + code[pattern] as usize, toplevel);
    }
    if st.repeat.is_some() {
        st.mark_pop_discard(st.ctxs[c].lastmark);
    }
    Step::Ret(false)
}

/// MIN_REPEAT_ONE: tries the tail after `count` items (then one more, ...).
fn min_repeat_one_next(st: &mut State, code: &[u32], c: usize, pattern: usize, ptr: isize) -> SreResult<Step> {
    let max = code[pattern + 2];
    if max == MAXREPEAT || st.ctxs[c].count <= max as isize {
        st.ptr = ptr;
        let toplevel = st.ctxs[c].toplevel;
        return Ok(call(st, c, pattern, ptr, Jump::MinRepeatOne, pattern + code[pattern] as usize, toplevel));
    }
    if st.repeat.is_some() {
        st.mark_pop_discard(st.ctxs[c].lastmark);
    }
    Ok(Step::Ret(false))
}

/// MAX_UNTIL: no more items here; the tail must match.
fn max_until_tail(st: &mut State, c: usize, pattern: usize, ptr: isize) -> Step {
    let rep = st.ctxs[c].u;
    st.repeat = st.repeats[rep].prev;
    let toplevel = st.ctxs[c].toplevel;
    call(st, c, pattern, ptr, Jump::MaxUntil3, pattern, toplevel)
}

/// POSSESSIVE_REPEAT: the required repetitions, then the optional ones.
fn poss_repeat_min(st: &mut State, code: &[u32], c: usize, pattern: usize, ptr: isize) -> Step {
    if st.ctxs[c].count < code[pattern + 1] as isize {
        return call(st, c, pattern, ptr, Jump::PossRepeat1, pattern + 3, false);
    }
    // ptr = NULL: differs from st.ptr so the loop is entered.
    poss_repeat_more(st, code, c, pattern, isize::MIN)
}

/// POSSESSIVE_REPEAT: one more optional repetition, or the tail.
fn poss_repeat_more(st: &mut State, code: &[u32], c: usize, pattern: usize, ptr: isize) -> Step {
    let max = code[pattern + 2];
    if (st.ctxs[c].count < max as isize || max == MAXREPEAT) && st.ptr != ptr {
        st.lastmark_save(c);
        st.mark_push(st.ctxs[c].lastmark);
        let ptr = st.ptr;
        return call(st, c, pattern, ptr, Jump::PossRepeat2, pattern + 3, false);
    }
    poss_repeat_done(st, code, c, pattern)
}

/// POSSESSIVE_REPEAT: drop the repeat context and go on with the tail.
fn poss_repeat_done(st: &mut State, code: &[u32], c: usize, pattern: usize) -> Step {
    if POSS_REPEAT_CTX {
        let rep = st.ctxs[c].u;
        st.repeat = st.repeats[rep].prev;
        st.free_repeat(rep);
    }
    Step::Go(pattern + code[pattern] as usize + 1, st.ptr)
}

/// Resumes context `c` after its sub-match (of kind `jump`) returned `ret`.
fn resume<C: SreChar>(st: &mut State, s: &[C], code: &[u32], c: usize, jump: Jump, ret: bool) -> SreResult<Step> {
    let pattern = st.ctxs[c].pattern;
    let mut ptr = st.ctxs[c].ptr;
    Ok(match jump {
        Jump::None => Step::Ret(ret),
        Jump::Branch => {
            if ret {
                if st.repeat.is_some() {
                    st.mark_pop_discard(st.ctxs[c].lastmark);
                }
                return Ok(Step::Ret(true));
            }
            if st.repeat.is_some() {
                st.mark_pop_keep(st.ctxs[c].lastmark);
            }
            st.lastmark_restore(c);
            branch_next(st, s, code, c, pattern + code[pattern] as usize, ptr)
        }
        Jump::RepeatOne1 | Jump::RepeatOne2 => {
            if ret {
                if st.repeat.is_some() {
                    st.mark_pop_discard(st.ctxs[c].lastmark);
                }
                return Ok(Step::Ret(true));
            }
            if st.repeat.is_some() {
                st.mark_pop_keep(st.ctxs[c].lastmark);
            }
            st.lastmark_restore(c);
            ptr -= 1;
            st.ctxs[c].count -= 1;
            if jump == Jump::RepeatOne1 {
                repeat_one_1(st, s, code, c, pattern, ptr)
            } else {
                repeat_one_2(st, code, c, pattern, ptr)
            }
        }
        Jump::MinRepeatOne => {
            if ret {
                if st.repeat.is_some() {
                    st.mark_pop_discard(st.ctxs[c].lastmark);
                }
                return Ok(Step::Ret(true));
            }
            if st.repeat.is_some() {
                st.mark_pop_keep(st.ctxs[c].lastmark);
            }
            st.lastmark_restore(c);
            st.ptr = ptr;
            let n = count(st, s, code, pattern + 3, 1)?;
            if n == 0 {
                if st.repeat.is_some() {
                    st.mark_pop_discard(st.ctxs[c].lastmark);
                }
                return Ok(Step::Ret(false));
            }
            ptr += 1;
            st.ctxs[c].count += 1;
            return min_repeat_one_next(st, code, c, pattern, ptr);
        }
        Jump::Repeat => {
            let rep = st.ctxs[c].u;
            st.repeat = st.repeats[rep].prev;
            st.free_repeat(rep);
            Step::Ret(ret)
        }
        Jump::MaxUntil1 => {
            if ret {
                return Ok(Step::Ret(true));
            }
            let rep = st.ctxs[c].u;
            st.repeats[rep].count = st.ctxs[c].count - 1;
            st.ptr = ptr;
            Step::Ret(false)
        }
        Jump::MaxUntil2 => {
            let rep = st.ctxs[c].u;
            let lp = st.data.pop().expect("saved last_ptr");
            st.repeats[rep].last_ptr = lp;
            if ret {
                st.mark_pop_discard(st.ctxs[c].lastmark);
                return Ok(Step::Ret(true));
            }
            st.mark_pop(st.ctxs[c].lastmark);
            st.lastmark_restore(c);
            st.repeats[rep].count = st.ctxs[c].count - 1;
            st.ptr = ptr;
            max_until_tail(st, c, pattern, ptr)
        }
        Jump::MaxUntil3 => {
            let rep = st.ctxs[c].u;
            st.repeat = Some(rep);
            if ret {
                return Ok(Step::Ret(true));
            }
            st.ptr = ptr;
            Step::Ret(false)
        }
        Jump::MinUntil1 => {
            if ret {
                return Ok(Step::Ret(true));
            }
            let rep = st.ctxs[c].u;
            st.repeats[rep].count = st.ctxs[c].count - 1;
            st.ptr = ptr;
            Step::Ret(false)
        }
        Jump::MinUntil2 => {
            let rep = st.ctxs[c].u;
            let repeat_of_tail = st.repeat;
            st.repeat = Some(rep);
            if ret {
                if repeat_of_tail.is_some() {
                    st.mark_pop_discard(st.ctxs[c].lastmark);
                }
                return Ok(Step::Ret(true));
            }
            if repeat_of_tail.is_some() {
                st.mark_pop(st.ctxs[c].lastmark);
            }
            st.lastmark_restore(c);
            st.ptr = ptr;
            let rp = st.repeats[rep].pattern;
            let max = code[rp + 2];
            let n = st.ctxs[c].count;
            if (n >= max as isize && max != MAXREPEAT) || st.ptr == st.repeats[rep].last_ptr {
                return Ok(Step::Ret(false));
            }
            st.repeats[rep].count = n;
            // zero-width match protection
            let lp = st.repeats[rep].last_ptr;
            st.data.push(lp);
            st.repeats[rep].last_ptr = st.ptr;
            let toplevel = st.ctxs[c].toplevel;
            call(st, c, pattern, ptr, Jump::MinUntil3, rp + 3, toplevel)
        }
        Jump::MinUntil3 => {
            let rep = st.ctxs[c].u;
            let lp = st.data.pop().expect("saved last_ptr");
            st.repeats[rep].last_ptr = lp;
            if ret {
                return Ok(Step::Ret(true));
            }
            st.repeats[rep].count = st.ctxs[c].count - 1;
            st.ptr = ptr;
            Step::Ret(false)
        }
        Jump::PossRepeat1 => {
            if ret {
                st.ctxs[c].count += 1;
                poss_repeat_min(st, code, c, pattern, ptr)
            } else {
                st.ptr = ptr;
                if POSS_REPEAT_CTX {
                    let rep = st.ctxs[c].u;
                    st.repeat = st.repeats[rep].prev;
                    st.free_repeat(rep);
                }
                Step::Ret(false)
            }
        }
        Jump::PossRepeat2 => {
            if ret {
                st.mark_pop_discard(st.ctxs[c].lastmark);
                st.ctxs[c].count += 1;
                poss_repeat_more(st, code, c, pattern, ptr)
            } else {
                st.mark_pop(st.ctxs[c].lastmark);
                st.lastmark_restore(c);
                st.ptr = ptr;
                poss_repeat_done(st, code, c, pattern)
            }
        }
        Jump::AtomicGroup => {
            if !ret {
                st.ptr = ptr;
                return Ok(Step::Ret(false));
            }
            Step::Go(pattern + code[pattern] as usize, st.ptr)
        }
        Jump::Assert => {
            if !ret {
                return Ok(Step::Ret(false));
            }
            Step::Go(pattern + code[pattern] as usize, ptr)
        }
        Jump::AssertNot => {
            if ret {
                if st.repeat.is_some() {
                    st.mark_pop_discard(st.ctxs[c].lastmark);
                }
                return Ok(Step::Ret(false));
            }
            if st.repeat.is_some() {
                st.mark_pop(st.ctxs[c].lastmark);
            }
            st.lastmark_restore(c);
            Step::Go(pattern + code[pattern] as usize, ptr)
        }
    })
}

/// SRE(search): finds the first match at or after `st.start`, using the
/// INFO block's literal prefix or first-character set when there is one.
/// On success `st.start..st.ptr` is the match.
pub fn sre_search<C: SreChar>(st: &mut State, s: &[C], code: &[u32]) -> SreResult<bool> {
    let mut ptr = st.start;
    let mut end = st.end;
    if ptr > end {
        return Ok(false);
    }
    let mut flags = 0;
    let mut prefix_len = 0usize;
    let mut prefix_skip = 0usize;
    let mut prefix = 0usize;
    let mut overlap = 0usize;
    let mut charset_at: Option<usize> = None;
    let mut pattern = 0usize;
    if code[0] == OP_INFO {
        // <INFO> <1=skip> <2=flags> <3=min> <4=max> <5=prefix info>
        flags = code[2];
        let min = code[3] as isize;
        if min != 0 && end - ptr < min {
            return Ok(false);
        }
        if min > 1 {
            end -= min - 1;
            if end <= ptr {
                end = ptr;
            }
        }
        if flags & INFO_PREFIX != 0 {
            prefix_len = code[5] as usize;
            prefix_skip = code[6] as usize;
            prefix = 7;
            overlap = prefix + prefix_len - 1;
        } else if flags & INFO_CHARSET != 0 {
            charset_at = Some(5);
        }
        pattern = 1 + code[1] as usize;
    }

    if prefix_len == 1 {
        // pattern starts with a literal character
        let ch = code[prefix];
        let end = st.end;
        st.must_advance = false;
        while ptr < end {
            while s[ptr as usize].code() != ch {
                ptr += 1;
                if ptr >= end {
                    return Ok(false);
                }
            }
            st.start = ptr;
            st.ptr = ptr + prefix_skip as isize;
            if flags & INFO_LITERAL != 0 {
                return Ok(true);
            }
            if sre_match(st, s, code, pattern + 2 * prefix_skip, false)? {
                return Ok(true);
            }
            ptr += 1;
            st.lastmark = -1;
            st.lastindex = -1;
        }
        return Ok(false);
    }

    if prefix_len > 1 {
        // a known prefix: skip forward with the overlap table
        let end = st.end;
        if prefix_len as isize > end - ptr {
            return Ok(false);
        }
        while ptr < end {
            let ch = code[prefix];
            loop {
                let here = s[ptr as usize].code();
                ptr += 1;
                if here == ch {
                    break;
                }
                if ptr >= end {
                    return Ok(false);
                }
            }
            if ptr >= end {
                return Ok(false);
            }
            let mut i = 1usize;
            st.must_advance = false;
            loop {
                if s[ptr as usize].code() == code[prefix + i] {
                    i += 1;
                    if i != prefix_len {
                        ptr += 1;
                        if ptr >= end {
                            return Ok(false);
                        }
                        continue;
                    }
                    // found a potential match
                    st.start = ptr - (prefix_len as isize - 1);
                    st.ptr = ptr - (prefix_len as isize - prefix_skip as isize - 1);
                    if flags & INFO_LITERAL != 0 {
                        return Ok(true);
                    }
                    if sre_match(st, s, code, pattern + 2 * prefix_skip, false)? {
                        return Ok(true);
                    }
                    // close but no cigar -- try again
                    ptr += 1;
                    if ptr >= end {
                        return Ok(false);
                    }
                    st.lastmark = -1;
                    st.lastindex = -1;
                }
                i = code[overlap + i] as usize;
                if i == 0 {
                    break;
                }
            }
        }
        return Ok(false);
    }

    if let Some(cs) = charset_at {
        // pattern starts with a character from a known set
        let end = st.end;
        st.must_advance = false;
        loop {
            while ptr < end && !charset(code, cs, s[ptr as usize].code()) {
                ptr += 1;
            }
            if ptr >= end {
                return Ok(false);
            }
            st.start = ptr;
            st.ptr = ptr;
            if sre_match(st, s, code, pattern, false)? {
                return Ok(true);
            }
            ptr += 1;
            st.lastmark = -1;
            st.lastindex = -1;
        }
    }

    // general case
    st.start = ptr;
    st.ptr = ptr;
    let mut status = sre_match(st, s, code, pattern, true)?;
    st.must_advance = false;
    if !status && code[pattern] == OP_AT && (code[pattern + 1] == AT_BEGINNING || code[pattern + 1] == AT_BEGINNING_STRING) {
        st.start = end;
        st.ptr = end;
        return Ok(false);
    }
    while !status && ptr < end {
        ptr += 1;
        st.lastmark = -1;
        st.lastindex = -1;
        st.start = ptr;
        st.ptr = ptr;
        status = sre_match(st, s, code, pattern, false)?;
    }
    Ok(status)
}
