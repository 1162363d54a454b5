//! The stubs' machine code (x86-64, System V: `rdi` stack slot, `rsi` site
//! cache, `rdx` name, `rcx` the receiver (as in the slot: compiled code has
//! it in a register, so the stub need not wait for the slot's store);
//! `rax`, `rcx`, `r8`-`r11` scratch). A `LoadAttr` hit returns its result
//! (also stored in the slot), other hits 1, and 0 takes the full path.
//!
//! ```text
//!   obj = the receiver; small int -> miss
//!   ty = obj.ty; v = ty.version
//!   v == cache.entries[j].version (each way the stub was built for)
//!       -> way j: rdx = &entries[j]; kind checked again in memory, else -> miss
//!          -> the code for that kind (one copy per kind, shared by its ways)
//!   -> miss
//!   miss: rdx = name, rcx = site; jmp site_miss
//!   slow: rdx = name, rcx = site; jmp site_slow
//! ```
//!
//! Sharing the kind's code keeps a four-way stub within its slot.

use crate::{Op, Site, State};
use dynasmrt::x64::X64Relocation;
use dynasmrt::{dynasm, DynamicLabel, DynasmApi, DynasmLabelApi, VecAssembler};
use std::mem::offset_of;
use std::sync::OnceLock;
use tern_runtime::attrcache::{is_type_kind, AttrCache, AttrEntry, DICT, EMPTY, MEMBER, METHOD, STORE_DICT, STORE_MEMBER, TYPE_CLASSMETHOD, TYPE_STATIC, TYPE_VALUE, WAYS};
use tern_runtime::objects::function::StaticMethodObject;
use tern_runtime::objects::dict::{jit_layout, JitLayout};
use tern_runtime::objects::str::StrObject;
use tern_runtime::types::{TypeObject, TYPE_TYPE};
use tern_runtime::value::{ObjHeader, Value};

/// This build's dict layout (None: the caches stay off).
pub fn layout() -> Option<JitLayout> {
    static L: OnceLock<Option<JitLayout>> = OnceLock::new();
    *L.get_or_init(jit_layout)
}

type Asm = VecAssembler<X64Relocation>;

fn entry_off(j: usize, field: usize) -> i32 {
    (offset_of!(AttrCache, entries) + j * std::mem::size_of::<AttrEntry>() + field) as i32
}

/// The offset of an entry's field from the entry (`rdx` in a kind's code).
fn field(f: usize) -> i32 {
    f as i32
}

/// Machine code for `site` built for entries of `kinds`, to be written at `at`.
pub fn assemble(site: &Site, kinds: &[u32; WAYS], at: *mut u8) -> Result<Vec<u8>, String> {
    if site.op.is_call() {
        return assemble_call(site, kinds, at);
    }
    if site.op.is_operator() {
        return assemble_operator(site, kinds, at);
    }
    if site.op.is_container() {
        return assemble_container(site, at);
    }
    let l = layout().ok_or("no dict layout")?;
    let mut a: Asm = VecAssembler::new(at as usize);
    let site_addr = site as *const Site as i64;
    match site.state.get() {
        State::Generic => return generic(site, at),
        State::Mega => {
            dynasm!(a
                ; .arch x64
                ; mov rcx, QWORD site_addr
                ; mov r11, QWORD crate::site_slow as *const () as i64
                ; jmp r11
            );
            return a.finalize().map_err(|e| format!("{e:?}"));
        }
        _ => {}
    }
    let ty_off = offset_of!(ObjHeader, ty) as i32;
    let ver_off = offset_of!(TypeObject, version) as i32;
    dynasm!(a
        ; .arch x64
        ; mov rax, rcx
        ; test al, 1
        ; jnz ->miss
        ; mov r8, QWORD [rax + ty_off]
    );
    let labels: Vec<(usize, DynamicLabel)> = (0..WAYS).filter(|&j| kinds[j] != EMPTY).map(|j| (j, a.new_dynamic_label())).collect();
    // Classes (metaclass exactly `type`) match their own version against
    // the `TYPE_*` entries; other objects their type's against the rest.
    let class_ways: Vec<(usize, DynamicLabel)> = labels.iter().copied().filter(|&(j, _)| is_type_kind(kinds[j])).collect();
    if !class_ways.is_empty() {
        dynasm!(a
            ; .arch x64
            ; mov r11, QWORD &TYPE_TYPE as *const TypeObject as i64
            ; cmp r8, r11
            ; je ->class_recv
        );
    }
    dynasm!(a ; .arch x64 ; mov r9d, DWORD [r8 + ver_off]);
    for &(j, lbl) in labels.iter().filter(|&&(j, _)| !is_type_kind(kinds[j])) {
        let v = entry_off(j, offset_of!(AttrEntry, version));
        dynasm!(a ; .arch x64 ; cmp r9d, DWORD [rsi + v] ; je =>lbl);
    }
    dynasm!(a ; .arch x64 ; jmp ->miss);
    if !class_ways.is_empty() {
        dynasm!(a ; .arch x64 ; ->class_recv: ; mov r9d, DWORD [rax + ver_off]);
        for &(j, lbl) in &class_ways {
            let v = entry_off(j, offset_of!(AttrEntry, version));
            dynasm!(a ; .arch x64 ; cmp r9d, DWORD [rsi + v] ; je =>lbl);
        }
        dynasm!(a ; .arch x64 ; jmp ->miss);
    }
    // Each way points rdx at its entry, rechecks the kind (the entry may
    // have been refilled since the build) and goes to its kind's code.
    let mut kind_labels: Vec<(u32, DynamicLabel)> = Vec::new();
    for &(j, lbl) in &labels {
        let kind = kinds[j];
        let klbl = match kind_labels.iter().find(|(k, _)| *k == kind) {
            Some(&(_, l)) => l,
            None => {
                let l = a.new_dynamic_label();
                kind_labels.push((kind, l));
                l
            }
        };
        let base = entry_off(j, 0);
        let k = field(offset_of!(AttrEntry, kind));
        dynasm!(a
            ; .arch x64
            ; =>lbl
            ; lea rdx, [rsi + base]
            ; cmp DWORD [rdx + k], kind as i32
            ; jne ->miss
            ; jmp =>klbl
        );
    }
    for &(kind, klbl) in &kind_labels {
        dynasm!(a ; .arch x64 ; =>klbl);
        kind_code(&mut a, &l, site, kind, site_addr);
    }
    dynasm!(a
        ; .arch x64
        ; ->free_obj:
        ; mov rdi, rax
    );
    if site.op == Op::LoadAttr {
        dynasm!(a ; .arch x64 ; mov rsi, r10);
    } else {
        dynasm!(a ; .arch x64 ; mov esi, 1);
    }
    dynasm!(a
        ; .arch x64
        ; mov r11, QWORD crate::free_and_hit as *const () as i64
        ; jmp r11
        ; ->slow:
        ; mov rdx, QWORD site.name as i64
        ; mov rcx, QWORD site_addr
        ; mov r11, QWORD crate::site_slow as *const () as i64
        ; jmp r11
        ; ->miss:
        ; mov rdx, QWORD site.name as i64
        ; mov rcx, QWORD site_addr
        ; mov r11, QWORD crate::site_miss as *const () as i64
        ; jmp r11
    );
    let code = a.finalize().map_err(|e| format!("{e:?}"))?;
    if code.len() > crate::mem::BIG_SIZE {
        return Err("stub too large".into());
    }
    Ok(code)
}

/// The stub of a generic site: it counts its executions (as misses) and
/// takes the full path (an attribute site returns 0; a call or operator
/// site jumps to the runtime's function for the instruction), until
/// `retry_at`, when it jumps to `site_retry` / `instruction_site_retry`.
fn generic(site: &Site, at: *mut u8) -> Result<Vec<u8>, String> {
    let mut a: Asm = VecAssembler::new(at as usize);
    dynasm!(a
        ; .arch x64
        ; mov r11, QWORD site as *const Site as i64
        ; mov rax, QWORD [r11 + 8]
        ; add rax, 1
        ; mov QWORD [r11 + 8], rax
        ; cmp rax, QWORD [r11 + 16]
        ; jae >retry
    );
    let retry = if site.op.is_instruction() {
        dynasm!(a ; .arch x64 ; mov r11, QWORD site.full_fn() as *const () as i64 ; jmp r11);
        crate::instruction_site_retry as *const () as i64
    } else {
        dynasm!(a ; .arch x64 ; xor eax, eax ; ret);
        crate::site_retry as *const () as i64
    };
    dynasm!(a
        ; .arch x64
        ; retry:
        ; mov rcx, r11
        ; mov r11, QWORD retry
        ; jmp r11
    );
    a.finalize().map_err(|e| format!("{e:?}"))
}

/// An operator site's stub (`(frame, ip, depth) -> status`, as
/// `rt_binary_op`); `rcx` = the slot of the first operand (the result's):
///
/// ```text
///   a, b = the two operands
///   int,int (learned): both small ints -> the operation on the tagged
///       words (+ - * & | ^, comparisons) or on the values (// %),
///       overflow or a zero divisor -> the runtime's function
///   float,float|int (learned): two floats, or a float and a small int (of at
///       most 53 bits for a comparison) -> SSE; the result replaces the
///       operands (float_result_next / bool_result_next); / by zero -> the
///       runtime's function
///   str,str (learned): two exact strs -> str_concat_next / str_compare_next
///   a or b a small int, or their types differ -> miss
///   v = the type's version: == entry j's version (each way built for)?
///       kind still DUNDER, a function (not 0)? -> rcx = &entry j; jmp rt_operator_known
///       no function: the class has none -> the runtime's function (`versioned_ways`)
///   -> jmp operator_site_miss (rcx = site)
/// ```
fn assemble_operator(site: &Site, kinds: &[u32; WAYS], at: *mut u8) -> Result<Vec<u8>, String> {
    use tern_runtime::attrcache::DUNDER;
    use tern_runtime::interp::frame::Frame;
    if matches!(site.state.get(), State::Generic | State::Mega) {
        return generic(site, at);
    }
    let mut a: Asm = VecAssembler::new(at as usize);
    let site_addr = site as *const Site as i64;
    let ty_off = offset_of!(ObjHeader, ty) as i32;
    let ver_off = offset_of!(TypeObject, version) as i32;
    let stack_off = offset_of!(Frame, stack) as i32;
    dynasm!(a
        ; .arch x64
        ; mov rax, QWORD [rdi + stack_off]
        ; lea ecx, [rdx - 2]
        ; lea rcx, [rax + rcx * 8]
        ; mov r8, QWORD [rcx]
        ; mov r9, QWORD [rcx + 8]
    );
    builtin_operator_ways(&mut a, site, site_addr);
    dynasm!(a
        ; .arch x64
        ; test r8b, 1
        ; jnz ->miss
        ; test r9b, 1
        ; jnz ->miss
        ; mov r10, QWORD [r8 + ty_off]
        ; cmp r10, QWORD [r9 + ty_off]
        ; jne ->miss
        ; mov eax, DWORD [r10 + ver_off]
        ; mov r10, QWORD site.cache as i64
    );
    versioned_ways(&mut a, kinds, DUNDER, site_addr, tern_runtime::interp::eval::rt_operator_known as *const () as i64);
    instruction_tail(a, site, crate::operator_site_miss as *const () as i64)
}

/// The ways an operator site learned for built-in operand types
/// (`way::INTS`, `FLOATS`, `STRS`; `r8`, `r9` the operands, `rcx` their
/// slot); each falls through when its types do not match.
fn builtin_operator_ways(a: &mut Asm, site: &Site, site_addr: i64) {
    use crate::way;
    use tern_frontend::bytecode::{BinOp, CmpOp};
    use tern_runtime::objects::bool_none::{FALSE, TRUE};
    use tern_runtime::objects::float::{FloatObject, FLOAT_TYPE};
    use tern_runtime::objects::str::STR_TYPE;
    let seen = site.seen.get();
    let ty_off = offset_of!(ObjHeader, ty) as i32;
    // None: a comparison.
    let (arith, cmp) = match site.op {
        Op::BinaryOp => (Some(BinOp::decode(site.name as u32).0), CmpOp::Eq),
        _ => (None, CmpOp::from_arg(site.name as u32)),
    };
    if seen & way::INTS != 0 {
        dynasm!(a
            ; .arch x64
            ; mov r10, r8
            ; and r10, r9
            ; test r10b, 1
            ; jz >not_ints
        );
        // Small ints are words 2x+1: the operation on the words, retagged.
        match arith {
            Some(BinOp::Add) => dynasm!(a ; .arch x64 ; mov rax, r8 ; sub rax, 1 ; add rax, r9 ; jo ->full),
            Some(BinOp::Sub) => dynasm!(a ; .arch x64 ; mov rax, r8 ; sub rax, r9 ; jo ->full ; or rax, 1),
            Some(BinOp::Mul) => dynasm!(a ; .arch x64 ; mov rax, r8 ; sub rax, 1 ; mov r10, r9 ; sar r10, 1 ; imul rax, r10 ; jo ->full ; or rax, 1),
            Some(BinOp::And) => dynasm!(a ; .arch x64 ; mov rax, r8 ; and rax, r9),
            Some(BinOp::Or) => dynasm!(a ; .arch x64 ; mov rax, r8 ; or rax, r9),
            Some(BinOp::Xor) => dynasm!(a ; .arch x64 ; mov rax, r8 ; xor rax, r9 ; or rax, 1),
            Some(op @ (BinOp::FloorDiv | BinOp::Mod)) => {
                // idiv on the untagged values (rdx, the depth, kept in r11);
                // a remainder of the divisor's opposite sign moves the
                // truncated quotient down by one and the remainder up by the
                // divisor (Python floors). By zero: the full path raises.
                dynasm!(a
                    ; .arch x64
                    ; mov r10, r9
                    ; sar r10, 1
                    ; jz ->full
                    ; mov r11, rdx
                    ; mov rax, r8
                    ; sar rax, 1
                    ; cqo
                    ; idiv r10
                    ; test rdx, rdx
                    ; jz >floored
                    ; mov r9, rdx
                    ; xor r9, r10
                    ; jns >floored
                    ; sub rax, 1
                    ; add rdx, r10
                    ; floored:
                );
                if op == BinOp::Mod {
                    dynasm!(a ; .arch x64 ; mov rax, rdx);
                }
                // Only -2**62 // -1 leaves the small ints.
                dynasm!(a ; .arch x64 ; mov rdx, r11 ; add rax, rax ; jo ->full ; or rax, 1);
            }
            Some(_) => dynasm!(a ; .arch x64 ; jmp ->full),
            None => {
                // Tagging keeps the order: compare the words.
                dynasm!(a ; .arch x64 ; cmp r8, r9);
                match cmp {
                    CmpOp::Lt => dynasm!(a ; .arch x64 ; setl al),
                    CmpOp::Le => dynasm!(a ; .arch x64 ; setle al),
                    CmpOp::Eq => dynasm!(a ; .arch x64 ; sete al),
                    CmpOp::Ne => dynasm!(a ; .arch x64 ; setne al),
                    CmpOp::Gt => dynasm!(a ; .arch x64 ; setg al),
                    CmpOp::Ge => dynasm!(a ; .arch x64 ; setge al),
                }
                // True and False are never freed: no counts to keep.
                dynasm!(a
                    ; .arch x64
                    ; test al, al
                    ; mov rax, QWORD &FALSE as *const _ as i64
                    ; mov r10, QWORD &TRUE as *const _ as i64
                    ; cmovnz rax, r10
                );
            }
        }
        dynasm!(a ; .arch x64 ; mov QWORD [rcx], rax);
        count_hit(a, site_addr);
        dynasm!(a
            ; .arch x64
            ; xor eax, eax
            ; ret
            ; not_ints:
        );
    }
    if seen & way::FLOATS != 0 {
        let value = offset_of!(FloatObject, value) as i32;
        let float_ty = &FLOAT_TYPE as *const TypeObject as i64;
        // Two small ints are not for this way.
        dynasm!(a
            ; .arch x64
            ; mov r10, r8
            ; and r10, r9
            ; test r10b, 1
            ; jnz >not_floats
            ; mov r11, QWORD float_ty
        );
        // A small int operand is converted, as float's own operators do; a
        // comparison takes only ints of at most 53 bits, which convert
        // exactly (Python compares an int and a float exactly).
        let exact_only = arith.is_none();
        for (obj, xmm) in [(8u8, 0u8), (9, 1)] {
            dynasm!(a
                ; .arch x64
                ; test Rb(obj), 1
                ; jz >heap
                ; mov r10, Rq(obj)
                ; sar r10, 1
            );
            if exact_only {
                // x >> 53 is 0 or -1.
                dynasm!(a
                    ; .arch x64
                    ; mov rax, r10
                    ; sar rax, 53
                    ; add rax, 1
                    ; cmp rax, 1
                    ; ja >not_floats
                );
            }
            dynasm!(a
                ; .arch x64
                ; cvtsi2sd Rx(xmm), r10
                ; jmp >loaded
                ; heap:
                ; cmp QWORD [Rq(obj) + ty_off], r11
                ; jne >not_floats
                ; movsd Rx(xmm), QWORD [Rq(obj) + value]
                ; loaded:
            );
        }
        let result = match arith {
            Some(op) => {
                match op {
                    BinOp::Add => dynasm!(a ; .arch x64 ; addsd xmm0, xmm1),
                    BinOp::Sub => dynasm!(a ; .arch x64 ; subsd xmm0, xmm1),
                    BinOp::Mul => dynasm!(a ; .arch x64 ; mulsd xmm0, xmm1),
                    // Division by zero (or a NaN divisor) raises on the full path.
                    BinOp::TrueDiv => dynasm!(a ; .arch x64 ; xorpd xmm2, xmm2 ; ucomisd xmm1, xmm2 ; je ->full ; divsd xmm0, xmm1),
                    _ => dynasm!(a ; .arch x64 ; jmp ->full),
                }
                crate::float_result_next as *const () as i64
            }
            None => {
                // ucomisd: unordered (NaN) sets ZF, PF and CF; only != holds then.
                match cmp {
                    CmpOp::Lt => dynasm!(a ; .arch x64 ; ucomisd xmm1, xmm0 ; seta al),
                    CmpOp::Le => dynasm!(a ; .arch x64 ; ucomisd xmm1, xmm0 ; setae al),
                    CmpOp::Gt => dynasm!(a ; .arch x64 ; ucomisd xmm0, xmm1 ; seta al),
                    CmpOp::Ge => dynasm!(a ; .arch x64 ; ucomisd xmm0, xmm1 ; setae al),
                    CmpOp::Eq => dynasm!(a ; .arch x64 ; ucomisd xmm0, xmm1 ; sete al ; setnp r10b ; and al, r10b),
                    CmpOp::Ne => dynasm!(a ; .arch x64 ; ucomisd xmm0, xmm1 ; setne al ; setp r10b ; or al, r10b),
                }
                dynasm!(a ; .arch x64 ; movzx esi, al);
                crate::bool_result_next as *const () as i64
            }
        };
        dynasm!(a ; .arch x64 ; mov rdi, rcx);
        count_hit(a, site_addr);
        dynasm!(a
            ; .arch x64
            ; mov r11, QWORD result
            ; jmp r11
            ; not_floats:
        );
    }
    if seen & way::STRS != 0 {
        let (helper, op) = match arith {
            Some(_) => (crate::str_concat_next as *const () as i64, 0),
            None => (crate::str_compare_next as *const () as i64, site.name as i32),
        };
        dynasm!(a
            ; .arch x64
            ; test r8b, 1
            ; jnz >not_strs
            ; test r9b, 1
            ; jnz >not_strs
            ; mov r11, QWORD &STR_TYPE as *const TypeObject as i64
            ; cmp QWORD [r8 + ty_off], r11
            ; jne >not_strs
            ; cmp QWORD [r9 + ty_off], r11
            ; jne >not_strs
            ; mov rdi, rcx
            ; mov esi, op
        );
        count_hit(a, site_addr);
        dynasm!(a
            ; .arch x64
            ; mov r11, QWORD helper
            ; jmp r11
            ; not_strs:
        );
    }
}

/// The ways of `kind` keyed on a class's version tag (`eax`; `r10` the
/// site's cache): a matching way whose entry is still of `kind` and holds a
/// function counts a hit and jumps to `target(frame, ip, depth, entry)`
/// (`rcx` = the entry); one holding 0 (the class does more than the
/// function would) goes to `->full`; a changed kind to `->miss`.
fn versioned_ways(a: &mut Asm, kinds: &[u32; WAYS], kind: u32, site_addr: i64, target: i64) {
    for j in (0..WAYS).filter(|&j| kinds[j] == kind) {
        let version = entry_off(j, offset_of!(AttrEntry, version));
        let k = entry_off(j, offset_of!(AttrEntry, kind));
        let value = entry_off(j, offset_of!(AttrEntry, value));
        dynasm!(a
            ; .arch x64
            ; cmp eax, DWORD [r10 + version]
            ; jne >next
            ; cmp DWORD [r10 + k], kind as i32
            ; jne ->miss
            ; cmp QWORD [r10 + value], 0
            ; je ->full
            ; lea rcx, [r10 + entry_off(j, 0)]
            ; mov r11, QWORD site_addr
            ; add QWORD [r11], 1
            ; mov r11, QWORD target
            ; jmp r11
            ; next:
        );
    }
}

/// A container site's stub (`(frame, ip, depth) -> status`, as the
/// runtime's function for the instruction), one way per bit of `seen`:
///
/// ```text
///   BinarySubscr: rcx = &slot of the container (the result's), r8 = it, r9 = the key
///   StoreSubscr:  rcx = &slot of the value, r8 = the container, r9 = the key
///   ForIter:      rcx = &slot of the iterator (the item goes above), r8 = it
///   r8 a small int -> miss; r10 = its type
///   list[int] / tuple[int]: the index (negative from the end) in range?
///       read: the item, a new reference, replaces the container (dropped)
///       store: the value replaces the item; old item and container dropped
///       out of range -> the full path (IndexError)
///   str[int]: an ASCII str, the index in range -> its one-character str
///       (the immortal table's; not made yet -> the full path)
///   dict[str|int]: -> jmp rt_dict_subscr_known / rt_dict_store_subscr_known
///   list[slice]: -> the runtime's function (its first test is for a list's slice)
///   list/tuple iterator: a sequence left and an index below its length?
///       the item (a new reference) pushed, the index moved; else -> the full path
///   range iterator: index below the length, the value a small int?
///       pushed, the index moved; else -> the full path
///   -> jmp container_site_miss (rcx = site)
/// ```
fn assemble_container(site: &Site, at: *mut u8) -> Result<Vec<u8>, String> {
    use crate::way;
    use tern_runtime::interp::eval;
    use tern_runtime::interp::frame::Frame;
    use tern_runtime::objects::dict::DICT_TYPE;
    use tern_runtime::objects::iter::{SeqIterObject, LIST_ITER_TYPE, TUPLE_ITER_TYPE};
    use tern_runtime::objects::list::{ListObject, LIST_TYPE};
    use tern_runtime::objects::range::{RangeIterObject, RANGE_ITER_TYPE};
    use tern_runtime::objects::str::STR_TYPE;
    use tern_runtime::objects::tuple::{TupleObject, TUPLE_TYPE};
    if matches!(site.state.get(), State::Generic | State::Mega) {
        return generic(site, at);
    }
    let (Some(list), Some(tuple)) = (ListObject::items_offsets(), TupleObject::items_offsets()) else {
        return generic(site, at);
    };
    let mut a: Asm = VecAssembler::new(at as usize);
    let site_addr = site as *const Site as i64;
    let ty_off = offset_of!(ObjHeader, ty) as i32;
    let stack_off = offset_of!(Frame, stack) as i32;
    let seen = site.seen.get();
    let store = site.op == Op::StoreSubscr;
    // The first of the instruction's slots, and where the container is from it.
    let (first, obj) = match site.op {
        Op::BinarySubscr => (2, 0),
        Op::StoreSubscr => (3, 8),
        _ => (1, 0),
    };
    dynasm!(a
        ; .arch x64
        ; mov rax, QWORD [rdi + stack_off]
        ; lea ecx, [rdx - first]
        ; lea rcx, [rax + rcx * 8]
        ; mov r8, QWORD [rcx + obj]
        ; test r8b, 1
        ; jnz ->miss
        ; mov r10, QWORD [r8 + ty_off]
    );
    if site.op != Op::ForIter {
        dynasm!(a ; .arch x64 ; mov r9, QWORD [rcx + obj + 8]);
    }
    for (bit, ty, (items_ptr, items_len)) in [(way::LIST_INT, &LIST_TYPE, list), (way::TUPLE_INT, &TUPLE_TYPE, tuple)] {
        if seen & bit == 0 {
            continue;
        }
        expect_type(&mut a, ty);
        checked_index(&mut a, items_len as i32);
        count_hit(&mut a, site_addr);
        dynasm!(a ; .arch x64 ; mov r11, QWORD [r8 + items_ptr as i32]);
        if store {
            // The value's reference moves into the list; then the list's
            // and the old item's are dropped.
            dynasm!(a
                ; .arch x64
                ; lea r11, [r11 + rax * 8]
                ; mov rax, QWORD [r11]
                ; mov r9, QWORD [rcx]
                ; mov QWORD [r11], r9
                ; sub QWORD [r8], 1
                ; jz ->free_list
                ; test al, 1
                ; jnz >done
                ; sub QWORD [rax], 1
                ; jz ->free_rax
                ; done:
                ; xor eax, eax
                ; ret
            );
        } else {
            dynasm!(a
                ; .arch x64
                ; mov rax, QWORD [r11 + rax * 8]
                ; test al, 1
                ; jnz >counted
                ; add QWORD [rax], 1
                ; counted:
                ; mov QWORD [rcx], rax
                ; sub QWORD [r8], 1
                ; jz ->free_r8
                ; xor eax, eax
                ; ret
            );
        }
        dynasm!(a ; .arch x64 ; next:);
    }
    if seen & way::STR_INT != 0 {
        // An ASCII str's character at the index: its one-character str
        // from the table (immortal; 0 when not made yet -> the full path).
        // ASCII: as many bytes as characters.
        let (len, bytes, data) = (StrObject::CHAR_LEN_OFFSET as i32, StrObject::LEN_OFFSET as i32, StrObject::DATA_OFFSET as i32);
        expect_type(&mut a, &STR_TYPE);
        checked_index(&mut a, len);
        dynasm!(a
            ; .arch x64
            ; mov r11, QWORD [r8 + len]
            ; cmp r11, QWORD [r8 + bytes]
            ; jne ->full
            ; mov r11, QWORD [r8 + data]
            ; movzx eax, BYTE [r11 + rax]
            ; mov r11, QWORD tern_runtime::objects::str::ascii_chars() as i64
            ; mov rax, QWORD [r11 + rax * 8]
            ; test rax, rax
            ; jz ->full
            ; add QWORD [rax], 1
            ; mov QWORD [rcx], rax
        );
        count_hit(&mut a, site_addr);
        dynasm!(a
            ; .arch x64
            ; sub QWORD [r8], 1
            ; jz ->free_r8
            ; xor eax, eax
            ; ret
            ; next:
        );
    }
    if seen & way::LIST_SLICE != 0 {
        expect_type(&mut a, &LIST_TYPE);
        dynasm!(a
            ; .arch x64
            ; test r9b, 1
            ; jnz >next
            ; mov r11, QWORD &tern_runtime::objects::slice::SLICE_TYPE as *const TypeObject as i64
            ; cmp QWORD [r9 + ty_off], r11
            ; jne >next
        );
        count_hit(&mut a, site_addr);
        dynasm!(a
            ; .arch x64
            ; jmp ->full
            ; next:
        );
    }
    if seen & way::DICT_KEY != 0 {
        let known = if store { eval::rt_dict_store_subscr_known as *const () } else { eval::rt_dict_subscr_known as *const () };
        expect_type(&mut a, &DICT_TYPE);
        dynasm!(a
            ; .arch x64
            ; test r9b, 1
            ; jnz >key_ok
            ; mov r11, QWORD &STR_TYPE as *const TypeObject as i64
            ; cmp QWORD [r9 + ty_off], r11
            ; jne ->miss
            ; key_ok:
        );
        count_hit(&mut a, site_addr);
        dynasm!(a
            ; .arch x64
            ; mov r11, QWORD known as i64
            ; jmp r11
            ; next:
        );
    }
    let [seq_off, index_off] = SeqIterObject::FIELD_OFFSETS.map(|o| o as i32);
    for (bit, ty, (items_ptr, items_len)) in [(way::LIST_ITER, &LIST_ITER_TYPE, list), (way::TUPLE_ITER, &TUPLE_ITER_TYPE, tuple)] {
        if seen & bit == 0 {
            continue;
        }
        expect_type(&mut a, ty);
        dynasm!(a
            ; .arch x64
            // A finished iterator has no sequence.
            ; mov r9, QWORD [r8 + seq_off]
            ; test r9, r9
            ; jz ->full
            ; mov rax, QWORD [r8 + index_off]
            ; cmp rax, QWORD [r9 + items_len as i32]
            ; jae ->full
            ; mov r11, QWORD [r9 + items_ptr as i32]
            ; mov r11, QWORD [r11 + rax * 8]
            ; test r11b, 1
            ; jnz >counted
            ; add QWORD [r11], 1
            ; counted:
            ; add rax, 1
            ; mov QWORD [r8 + index_off], rax
            ; mov QWORD [rcx + 8], r11
        );
        way_done(&mut a, site_addr);
    }
    if seen & way::RANGE_ITER != 0 {
        let [start, step, len, index] = RangeIterObject::FIELD_OFFSETS.map(|o| o as i32);
        expect_type(&mut a, &RANGE_ITER_TYPE);
        dynasm!(a
            ; .arch x64
            ; mov rax, QWORD [r8 + index]
            ; cmp rax, QWORD [r8 + len]
            ; jge ->full
            ; mov r9, rax
            ; imul r9, QWORD [r8 + step]
            ; add r9, QWORD [r8 + start]
            // A small int when the value survives the tag shift.
            ; mov r11, r9
            ; add r11, r9
            ; jo ->full
            ; or r11, 1
            ; add rax, 1
            ; mov QWORD [r8 + index], rax
            ; mov QWORD [rcx + 8], r11
        );
        way_done(&mut a, site_addr);
    }
    dynasm!(a ; .arch x64 ; jmp ->miss);
    free_tails(&mut a);
    instruction_tail(a, site, crate::container_site_miss as *const () as i64)
}

/// The end of a way that did the instruction: counts the hit, returns
/// `STEP_NEXT`; then the way's `next` label (where its checks failed).
fn way_done(a: &mut Asm, site_addr: i64) {
    count_hit(a, site_addr);
    dynasm!(a
        ; .arch x64
        ; xor eax, eax
        ; ret
        ; next:
    );
}

/// Counts a hit of the site at `site_addr` (clobbers `r11`).
fn count_hit(a: &mut Asm, site_addr: i64) {
    dynasm!(a ; .arch x64 ; mov r11, QWORD site_addr ; add QWORD [r11], 1);
}

/// Goes on when `r10` (a type) is `ty`, else to the way's `next` label.
fn expect_type(a: &mut Asm, ty: &TypeObject) {
    dynasm!(a
        ; .arch x64
        ; mov r11, QWORD ty as *const TypeObject as i64
        ; cmp r10, r11
        ; jne >next
    );
}

/// `rax` = the small-int index `r9` (a tagged word; anything else to the
/// way's `next` label), negative ones counted from the end, checked
/// against the length at `len_off` in the container `r8` (unsigned: one
/// still negative after adding the length is too big): out of range -> the
/// full path (IndexError).
fn checked_index(a: &mut Asm, len_off: i32) {
    dynasm!(a
        ; .arch x64
        ; test r9b, 1
        ; jz >next
        ; mov rax, r9
        ; sar rax, 1
        ; mov r11, QWORD [r8 + len_off]
        ; test rax, rax
        ; jns >positive
        ; add rax, r11
        ; positive:
        ; cmp rax, r11
        ; jae ->full
    );
}

/// The labels a container or `len` way jumps to when it dropped the last
/// reference to `r8` or `rax` (`->free_r8`, `->free_rax`: deallocated, the
/// instruction done), or to a list whose old item `rax` is still to drop
/// (`->free_list`, the list in `r8`).
fn free_tails(a: &mut Asm) {
    dynasm!(a
        ; .arch x64
        ; ->free_r8:
        ; mov rdi, r8
        ; mov r11, QWORD crate::free_and_next as *const () as i64
        ; jmp r11
        ; ->free_rax:
        ; mov rdi, rax
        ; mov r11, QWORD crate::free_and_next as *const () as i64
        ; jmp r11
        ; ->free_list:
        ; mov rdi, r8
        ; mov rsi, rax
        ; mov r11, QWORD crate::free_list_and_next as *const () as i64
        ; jmp r11
    );
}

/// The end of a call or operator stub: nothing matched -> `miss(frame, ip,
/// depth, site)`; `->full`: the runtime's function for the instruction.
fn instruction_tail(mut a: Asm, site: &Site, miss: i64) -> Result<Vec<u8>, String> {
    dynasm!(a
        ; .arch x64
        ; jmp ->miss
        ; ->full:
        ; mov r11, QWORD site.full_fn() as *const () as i64
        ; jmp r11
        ; ->miss:
        ; mov rcx, QWORD site as *const Site as i64
        ; mov r11, QWORD miss
        ; jmp r11
    );
    let code = a.finalize().map_err(|e| format!("{e:?}"))?;
    if code.len() > crate::mem::BIG_SIZE {
        return Err("stub too large".into());
    }
    Ok(code)
}

/// The code of a slot whose stub is in the overflow slot `to`.
pub fn jump(at: *mut u8, to: *mut u8) -> Result<Vec<u8>, String> {
    let mut a: Asm = VecAssembler::new(at as usize);
    dynasm!(a
        ; .arch x64
        ; mov r11, QWORD to as i64
        ; jmp r11
    );
    a.finalize().map_err(|e| format!("{e:?}"))
}

/// A call site's stub (`(frame, ip, depth) -> status`, as `rt_call`):
///
/// ```text
///   rcx = out = &frame.stack[depth - n - 1 (- 1 for CallMethod)]
///   CallMethod: slot non-NULL -> callee = it, arguments n + 1: CALL_BOUND ways
///               else rcx += 8, callee = the next slot, n arguments: CALL ways
///   callee == entry j's function? a function, its serial == entry j's, kind still as built
///       -> r8 = arguments, r9 = out; jmp rt_call_known
///   Call: a class (type's type is `type`) whose version is entry j's
///       (CONSTRUCT, with an `__init__`): rcx = &entry j; jmp rt_construct_known
///   -> jmp call_site_miss (rcx = site)
/// ```
///
/// A generic site counts its executions and jumps to the runtime's
/// function for the instruction, or to `instruction_site_retry` at `retry_at`.
fn assemble_call(site: &Site, kinds: &[u32; WAYS], at: *mut u8) -> Result<Vec<u8>, String> {
    use tern_runtime::attrcache::{CALL, CALL_BOUND, CONSTRUCT};
    use tern_runtime::interp::frame::Frame;
    use tern_runtime::objects::function::{FunctionObject, FUNCTION_TYPE};
    let mut a: Asm = VecAssembler::new(at as usize);
    let ty_off = offset_of!(ObjHeader, ty) as i32;
    let site_addr = site as *const Site as i64;
    let method = site.op == Op::CallMethod;
    if matches!(site.state.get(), State::Generic | State::Mega) {
        return generic(site, at);
    }
    let n = site.name as i32;
    let below = n + 1 + method as i32;
    let stack_off = offset_of!(Frame, stack) as i32;
    let serial_off = offset_of!(FunctionObject, serial) as i32;
    let cache = site.cache as i64;
    dynasm!(a
        ; .arch x64
        ; mov rax, QWORD [rdi + stack_off]
        ; lea ecx, [rdx - below]
        ; lea rcx, [rax + rcx * 8]
        ; mov r9, rcx
        ; mov r10, QWORD cache
        ; mov r8, QWORD [rcx]
    );
    let len = site.op == Op::Call && site.seen.get() & crate::way::LEN != 0;
    if len {
        dynasm!(a
            ; .arch x64
            ; mov r11, QWORD tern_runtime::builtins::len_bits() as i64
            ; cmp r8, r11
            ; je ->len
        );
    }
    dynasm!(a ; .arch x64 ; mov r11, QWORD &FUNCTION_TYPE as *const TypeObject as i64);
    // The ways for callees with `nargs` arguments, entries of `kind`.
    let ways = |a: &mut Asm, kind: u32, nargs: i32| {
        for j in (0..WAYS).filter(|&j| kinds[j] == kind) {
            let value = entry_off(j, offset_of!(AttrEntry, value));
            let serial = entry_off(j, offset_of!(AttrEntry, shape));
            let k = entry_off(j, offset_of!(AttrEntry, kind));
            dynasm!(a
                ; .arch x64
                ; cmp r8, QWORD [r10 + value]
                ; jne >next
                // A function (an object of another type may have the dead
                // one's address), then the one seen: its serial.
                ; mov rax, QWORD [r8 + ty_off]
                ; cmp rax, r11
                ; jne ->miss
                ; mov rax, QWORD [r8 + serial_off]
                ; cmp rax, QWORD [r10 + serial]
                ; jne ->miss
                ; cmp DWORD [r10 + k], kind as i32
                ; jne ->miss
                ; mov r8d, nargs
                ; mov r11, QWORD site_addr
                ; add QWORD [r11], 1
                ; mov r11, QWORD tern_runtime::interp::eval::rt_call_known as *const () as i64
                ; jmp r11
                ; next:
            );
        }
    };
    if method {
        dynasm!(a ; .arch x64 ; test r8, r8 ; jz ->null_form);
        ways(&mut a, CALL_BOUND, n + 1);
        dynasm!(a
            ; .arch x64
            ; jmp ->miss
            ; ->null_form:
            ; add rcx, 8
            ; mov r8, QWORD [rcx]
        );
    }
    ways(&mut a, CALL, n);
    // Classes (metaclass exactly `type`) whose call only runs a plain
    // `__init__`: their own version tag against the `CONSTRUCT` ways.
    if site.op == Op::Call && kinds.contains(&CONSTRUCT) {
        let ver_off = offset_of!(TypeObject, version) as i32;
        dynasm!(a
            ; .arch x64
            ; test r8b, 1
            ; jnz ->miss
            ; mov rax, QWORD [r8 + ty_off]
            ; mov r11, QWORD &TYPE_TYPE as *const TypeObject as i64
            ; cmp rax, r11
            ; jne ->miss
            ; mov eax, DWORD [r8 + ver_off]
        );
        versioned_ways(&mut a, kinds, CONSTRUCT, site_addr, tern_runtime::interp::eval::rt_construct_known as *const () as i64);
    }
    if len {
        len_way(&mut a, site_addr);
    }
    instruction_tail(a, site, crate::call_site_miss as *const () as i64)
}

/// `->len`: `len(x)` (`rcx` the slot of `len`, `r8` = `len`) of an exact
/// list, tuple, dict or str: its length read in place replaces `len`, and
/// the argument is dropped; anything else -> miss.
fn len_way(a: &mut Asm, site_addr: i64) {
    use tern_runtime::objects::dict::DICT_TYPE;
    use tern_runtime::objects::list::{ListObject, LIST_TYPE};
    use tern_runtime::objects::str::STR_TYPE;
    use tern_runtime::objects::tuple::{TupleObject, TUPLE_TYPE};
    let ty_off = offset_of!(ObjHeader, ty) as i32;
    dynasm!(a
        ; .arch x64
        ; jmp ->miss
        ; ->len:
        ; mov rax, QWORD [rcx + 8]
        ; test al, 1
        ; jnz ->miss
        ; mov r11, QWORD [rax + ty_off]
    );
    let sized = [
        (&LIST_TYPE as *const TypeObject, ListObject::items_offsets().map(|o| o.1)),
        (&TUPLE_TYPE, TupleObject::items_offsets().map(|o| o.1)),
        (&DICT_TYPE, layout().map(|l| l.used)),
        (&STR_TYPE, Some(StrObject::CHAR_LEN_OFFSET)),
    ];
    for (ty, len_off) in sized {
        let Some(len_off) = len_off else { continue };
        dynasm!(a
            ; .arch x64
            ; mov r10, QWORD ty as i64
            ; cmp r11, r10
            ; jne >other
            ; mov r10, QWORD [rax + len_off as i32]
            ; jmp ->have_len
            ; other:
        );
    }
    // A container's length is far inside the small-int range; `len`
    // itself is never freed: only its count goes down.
    dynasm!(a
        ; .arch x64
        ; jmp ->miss
        ; ->have_len:
        ; add r10, r10
        ; or r10, 1
        ; mov QWORD [rcx], r10
        ; sub QWORD [r8], 1
        ; mov r11, QWORD site_addr
        ; add QWORD [r11], 1
        ; sub QWORD [rax], 1
        ; jz ->free_rax
        ; xor eax, eax
        ; ret
    );
    free_tails(a);
}

/// The code for entries of `kind`, with `rdx` pointing at the entry, `rax`
/// the receiver and `r8` its type.
fn kind_code(a: &mut Asm, l: &JitLayout, site: &Site, kind: u32, site_addr: i64) {
    let ty_off = offset_of!(ObjHeader, ty) as i32;
    let ver_off = offset_of!(TypeObject, version) as i32;
    match (site.op, kind) {
        (Op::LoadAttr, DICT) => {
            dict_entry(a, l, site);
            dynasm!(a ; .arch x64 ; mov r10, QWORD [r10 + l.value as i32]);
            push_result(a, site);
        }
        (Op::LoadAttr, MEMBER) => {
            let h = field(offset_of!(AttrEntry, hint));
            dynasm!(a
                ; .arch x64
                ; mov r10d, DWORD [rdx + h]
                ; mov r10, QWORD [rax + r10]
                ; test r10, r10
                ; jz ->slow
            );
            push_result(a, site);
        }
        (Op::LoadMethod, METHOD) => method(a, l, site, site_addr),
        (Op::LoadMethod, DICT) => {
            // No method: NULL, then the instance dict's value (a module's
            // function, a callable stored on an instance).
            dict_entry(a, l, site);
            dynasm!(a
                ; .arch x64
                ; mov r10, QWORD [r10 + l.value as i32]
                ; test r10, r10
                ; jz ->slow
            );
            push_attribute(a, site);
        }
        (Op::LoadMethod, TYPE_CLASSMETHOD) => {
            // The function unbound, the class (moving up a slot) as self.
            let value = field(offset_of!(AttrEntry, value));
            dynasm!(a
                ; .arch x64
                ; mov r10, QWORD [rdx + value]
                ; mov r10, QWORD [r10 + offset_of!(StaticMethodObject, func) as i32]
                ; add QWORD [r10], 1
                ; mov QWORD [rdi], r10
            );
            count_lent_receiver(a, site);
            dynasm!(a
                ; .arch x64
                ; mov QWORD [rdi + 8], rax
                ; mov r11, QWORD site_addr
                ; add QWORD [r11], 1
                ; mov eax, 1
                ; ret
            );
        }
        (Op::LoadAttr | Op::LoadMethod, TYPE_VALUE | TYPE_STATIC) => {
            let value = field(offset_of!(AttrEntry, value));
            let hint = field(offset_of!(AttrEntry, hint));
            dynasm!(a ; .arch x64 ; mov r10, QWORD [rdx + value]);
            if kind == TYPE_STATIC {
                dynasm!(a ; .arch x64 ; mov r10, QWORD [r10 + offset_of!(StaticMethodObject, func) as i32]);
            } else {
                // The value's class, when it could gain a `__get__`, at the version seen.
                dynasm!(a
                    ; .arch x64
                    ; mov ecx, DWORD [rdx + hint]
                    ; test ecx, ecx
                    ; jz >unguarded
                    ; mov r11, QWORD [r10 + ty_off]
                    ; cmp ecx, DWORD [r11 + ver_off]
                    ; jne ->slow
                    ; unguarded:
                );
            }
            if site.op == Op::LoadMethod {
                push_attribute(a, site);
            } else {
                push_result(a, site);
            }
        }
        (Op::StoreAttr, STORE_DICT) => {
            append_entry(a, l, site);
            dict_entry(a, l, site);
            let counter = tern_runtime::objects::dict::version_counter() as i64;
            dynasm!(a
                ; .arch x64
                ; lea r10, [r10 + l.value as i32]
                ; mov rcx, QWORD [r10]
                ; test rcx, rcx
                ; jz ->slow
                ; mov r11, QWORD [rdi]
                ; mov QWORD [r10], r11
                // The dict's version takes the next value of the counter.
                ; stored:
                ; mov r11, QWORD counter
                ; mov r10, QWORD [r11]
                ; add r10, 1
                ; mov QWORD [r11], r10
                ; mov QWORD [r9 + l.version as i32], r10
            );
            store_done(a, site);
        }
        (Op::StoreAttr, STORE_MEMBER) => {
            let h = field(offset_of!(AttrEntry, hint));
            dynasm!(a
                ; .arch x64
                ; mov r10d, DWORD [rdx + h]
                ; add r10, rax
                ; mov rcx, QWORD [r10]
                ; mov r11, QWORD [rdi]
                ; mov QWORD [r10], r11
            );
            store_done(a, site);
        }
        _ => {
            dynasm!(a ; .arch x64 ; jmp ->slow);
        }
    }
}

/// `r10` = the address of the instance dict's entry for the name, through
/// the hint of the entry at `rdx` (`r9` = the dict): at once for a dict in
/// the entry's shape, else if the key there is the name; to `slow` when it
/// is not there.
fn dict_entry(a: &mut Asm, l: &JitLayout, site: &Site) {
    let h = field(offset_of!(AttrEntry, hint));
    let shape = field(offset_of!(AttrEntry, shape));
    instance_dict(a);
    dynasm!(a
        ; .arch x64
        ; mov r10d, DWORD [rdx + h]
        // The shape seen: the name is at the hint (one compare).
        ; mov r11, QWORD [r9 + l.shape as i32]
        ; cmp r11, QWORD [rdx + shape]
        ; je >at_hint
        // Otherwise (another shape, a dict of its own) the key at the hint is checked.
        ; cmp r10, QWORD [r9 + l.entries_len as i32]
        ; jae ->slow
        ; imul r10, r10, l.entry_size as i32
        ; add r10, QWORD [r9 + l.entries_ptr as i32]
        ; mov r11, QWORD site.name as i64
        ; cmp QWORD [r10 + l.key as i32], r11
        ; jne ->slow
        ; jmp >found
        ; at_hint:
        ; imul r10, r10, l.entry_size as i32
        ; add r10, QWORD [r9 + l.entries_ptr as i32]
        ; found:
    );
}

/// `r9` = the instance dict of the receiver `rax` (its type's entry at
/// `rdx`); to `slow` when its type has none or it was not made yet. The
/// dict's offset comes from the entry, not the type: the dict's load then
/// waits on the receiver only.
fn instance_dict(a: &mut Asm) {
    let dict_off = field(offset_of!(AttrEntry, dict_offset));
    dynasm!(a
        ; .arch x64
        ; mov r9d, DWORD [rdx + dict_off]
        ; test r9, r9
        ; jz ->slow
        ; mov r9, QWORD [rax + r9]
        ; test r9, r9
        ; jz ->slow
    );
}

/// A store adding the name to an instance dict in the shape the entry at
/// `rdx` saw before the name was added (its `value`), with room for one more
/// entry: appends (hash, name, value), moves the dict to the shape after
/// (the entry's `shape`), counts the change, `rcx` = 0 (no old value) and
/// goes on at `stored` (the version bump); otherwise falls through, `r9` the
/// dict when there is one.
fn append_entry(a: &mut Asm, l: &JitLayout, site: &Site) {
    let before = field(offset_of!(AttrEntry, value));
    let after = field(offset_of!(AttrEntry, shape));
    let name = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(site.name) });
    let hash = unsafe { name.downcast_unchecked::<StrObject>() }.hash();
    instance_dict(a);
    dynasm!(a
        ; .arch x64
        ; mov r11, QWORD [r9 + l.shape as i32]
        ; test r11, r11
        ; jz >no_append
        ; cmp r11, QWORD [rdx + before]
        ; jne >no_append
        ; mov r10, QWORD [r9 + l.entries_len as i32]
        ; cmp r10, QWORD [r9 + l.entries_cap as i32]
        ; jae >no_append
        ; imul rcx, r10, l.entry_size as i32
        ; add rcx, QWORD [r9 + l.entries_ptr as i32]
        ; mov r11, QWORD hash
        ; mov QWORD [rcx + l.hash as i32], r11
        ; mov r11, QWORD site.name as i64
        ; add QWORD [r11], 1
        ; mov QWORD [rcx + l.key as i32], r11
        ; mov r11, QWORD [rdi]
        ; mov QWORD [rcx + l.value as i32], r11
        ; add r10, 1
        ; mov QWORD [r9 + l.entries_len as i32], r10
        ; add QWORD [r9 + l.used as i32], 1
        ; add QWORD [r9 + l.mutations as i32], 1
        ; mov r11, QWORD [rdx + after]
        ; mov QWORD [r9 + l.shape as i32], r11
        ; xor ecx, ecx
        ; jmp >stored
        ; no_append:
    );
}

/// Replaces the receiver in `slot[0]` with `r10` (a new reference is
/// taken), counts the hit, drops the receiver (`rax`) and returns `r10`.
fn push_result(a: &mut Asm, site: &Site) {
    dynasm!(a
        ; .arch x64
        // A deleted entry has a zero value word.
        ; test r10, r10
        ; jz ->slow
    );
    incref_r10(a);
    dynasm!(a ; .arch x64 ; mov QWORD [rdi], r10);
    hit_and_drop_obj(a, site);
}

/// `LoadMethod` of something that is not a method: NULL in `slot[0]`, then
/// the attribute `r10` (a new reference is taken); counts the hit, drops
/// the receiver (`rax`) and returns 1.
fn push_attribute(a: &mut Asm, site: &Site) {
    incref_r10(a);
    dynasm!(a
        ; .arch x64
        ; mov QWORD [rdi + 8], r10
        ; mov QWORD [rdi], 0
    );
    hit_and_drop_obj(a, site);
}

/// Adds a reference to the value in `r10` (unless a small int).
fn incref_r10(a: &mut Asm) {
    dynasm!(a
        ; .arch x64
        ; test r10b, 1
        ; jnz >counted
        ; add QWORD [r10], 1
        ; counted:
    );
}

/// A receiver in `rax` that stays on the stack (a method's self, a class
/// method's class) needs a reference of its own there when it was lent.
fn count_lent_receiver(a: &mut Asm, site: &Site) {
    if site.lent {
        dynasm!(a ; .arch x64 ; add QWORD [rax], 1);
    }
}

/// Counts a hit, drops the reference to the receiver in `rax` (unless
/// the site's receiver is lent), returns the result `r10` for `LoadAttr`,
/// else 1.
fn hit_and_drop_obj(a: &mut Asm, site: &Site) {
    let site_addr = site as *const Site as i64;
    dynasm!(a
        ; .arch x64
        ; mov r11, QWORD site_addr
        ; add QWORD [r11], 1
    );
    if !site.lent {
        dynasm!(a
            ; .arch x64
            ; sub QWORD [rax], 1
            ; jz ->free_obj
        );
    }
    if site.op == Op::LoadAttr {
        dynasm!(a ; .arch x64 ; mov rax, r10 ; ret);
    } else {
        dynasm!(a ; .arch x64 ; mov eax, 1 ; ret);
    }
}

/// After a store: `rcx` is the old value (a reference to drop, or 0 for
/// an unset member), `rax` the receiver (a reference to drop unless lent).
fn store_done(a: &mut Asm, site: &Site) {
    let site_addr = site as *const Site as i64;
    // A lent receiver is not dropped: free_old_and_hit gets a small int's word.
    let drop_rsi = if site.lent { 1 } else { 0 };
    dynasm!(a
        ; .arch x64
        ; test rcx, rcx
        ; jz >old_done
        ; test cl, 1
        ; jnz >old_done
        ; sub QWORD [rcx], 1
        ; jnz >old_done
        ; mov r11, QWORD site_addr
        ; add QWORD [r11], 1
        ; mov rdi, rcx
        ; mov rsi, rax
    );
    if drop_rsi != 0 {
        dynasm!(a ; .arch x64 ; mov esi, drop_rsi);
    }
    dynasm!(a
        ; .arch x64
        ; mov r11, QWORD crate::free_old_and_hit as *const () as i64
        ; jmp r11
        ; old_done:
    );
    hit_and_drop_obj(a, site);
}

/// `LoadMethod` of a method: when the instance dict cannot hold the name
/// (no dict, a dict in the shape seen without it, or a dict of its own whose
/// probe sequence for the name's hash reaches a never-used slot without
/// meeting an entry of that hash), pushes the method unbound and the
/// receiver as self. Another shape or an entry of that hash goes to the runtime.
fn method(a: &mut Asm, l: &JitLayout, site: &Site, site_addr: i64) {
    let dict_off = field(offset_of!(AttrEntry, dict_offset));
    let value = field(offset_of!(AttrEntry, value));
    let shape = field(offset_of!(AttrEntry, shape));
    let name = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(site.name) });
    let hash = unsafe { name.downcast_unchecked::<StrObject>() }.hash();
    let empty = tern_runtime::objects::dict::EMPTY_INDEX as i32;
    let dummy = tern_runtime::objects::dict::DUMMY_INDEX as i32;
    dynasm!(a
        ; .arch x64
        ; mov r9d, DWORD [rdx + dict_off]
        ; test r9, r9
        ; jz >unshadowed
        ; mov r9, QWORD [rax + r9]
        ; test r9, r9
        ; jz >unshadowed
        // A dict in a shape: the shape seen lacks the name, others go to the runtime.
        ; mov r10, QWORD [r9 + l.shape as i32]
        ; test r10, r10
        ; jz >own_table
        ; cmp r10, QWORD [rdx + shape]
        ; je >unshadowed
        ; jmp ->slow
        ; own_table:
        ; mov r10, QWORD [r9 + l.indices_len as i32]
        ; test r10, r10
        ; jz >unshadowed
        // r10 mask, rsi hash, rcx perturb, r11 index-table slot: dict.rs's probe.
        ; sub r10, 1
        ; mov rsi, QWORD hash
        ; mov rcx, rsi
        ; mov r11, rsi
        ; and r11, r10
        ; probe:
        ; mov r8, QWORD [r9 + l.indices_ptr as i32]
        ; mov r8d, DWORD [r8 + r11 * 4]
        ; cmp r8d, empty
        ; je >unshadowed
        ; cmp r8d, dummy
        ; je >next
        ; imul r8, r8, l.entry_size as i32
        ; add r8, QWORD [r9 + l.entries_ptr as i32]
        ; cmp QWORD [r8 + l.hash as i32], rsi
        ; je ->slow
        ; next:
        ; shr rcx, 5
        ; lea r11, [r11 + r11 * 4 + 1]
        ; add r11, rcx
        ; and r11, r10
        ; jmp <probe
        ; unshadowed:
        ; mov r10, QWORD [rdx + value]
        ; add QWORD [r10], 1
        ; mov QWORD [rdi], r10
    );
    count_lent_receiver(a, site);
    dynasm!(a
        ; .arch x64
        ; mov QWORD [rdi + 8], rax
        ; mov r11, QWORD site_addr
        ; add QWORD [r11], 1
        ; mov eax, 1
        ; ret
    );
}

/// What `TERN_DUMP=asm` prints for a stub.
pub fn describe(site: &Site, kinds: &[u32; WAYS], at: *mut u8, code: &[u8]) -> String {
    // The ways the site learned by itself, then those of its cache's entries.
    let mut ways: Vec<&str> = crate::way::NAMES.iter().filter(|(b, _)| site.seen.get() & b != 0).map(|&(_, n)| n).collect();
    let name = if site.op.is_container() {
        String::new()
    } else if site.op.is_call() {
        format!("{} args", site.name)
    } else if site.op.is_operator() {
        format!("operator {}", site.name)
    } else {
        let name = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(site.name) });
        tern_runtime::objects::str::as_str(&name).unwrap_or("?").to_owned()
    };
    if !site.op.is_container() {
        ways.extend(kinds.iter().map(|&k| match k {
            EMPTY => "-",
            DICT => "dict",
            METHOD => "method",
            MEMBER => "member",
            STORE_DICT => "store-dict",
            STORE_MEMBER => "store-member",
            TYPE_VALUE => "class-value",
            TYPE_STATIC => "class-static",
            TYPE_CLASSMETHOD => "class-classmethod",
            tern_runtime::attrcache::CALL => "function",
            tern_runtime::attrcache::CALL_BOUND => "function-with-receiver",
            tern_runtime::attrcache::DUNDER => "class-operator",
            _ => "runtime",
        }));
    }
    let hex: Vec<String> = code.chunks(16).map(|c| c.iter().map(|b| format!("{b:02x}")).collect::<Vec<_>>().join(" ")).collect();
    format!(
        "; ic stub {:?} .{name} at {:p} ({:?}, ways: {}), {} bytes\n;   {}",
        site.op,
        at,
        site.state.get(),
        ways.join(" "),
        code.len(),
        hex.join("\n;   ")
    )
}
