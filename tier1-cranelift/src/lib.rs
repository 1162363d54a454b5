//! Tier 1: a baseline compiler from tern bytecode to machine code through
//! Cranelift, one visitor per opcode of the table in
//! `tern_frontend::bytecode`.
//!
//! Compiled code works on the interpreter's frames (see `tern_runtime::jit`):
//! every value lives in the frame's slots at the place the interpreter would
//! keep it, and the stack depth before each instruction is known when
//! compiling (`tern_frontend::flow`), so stack addresses are constants. Each
//! instruction is either done inline (local and constant loads and stores,
//! reference counts, small-int arithmetic and comparisons, branches on
//! booleans, jumps, returns and yields) or handed to the interpreter's own
//! code for it through `rt_step`; inline fast paths fall back to `rt_step`
//! when their operands are not the expected kind. So every opcode is covered
//! and each one's semantics are written once.
//!
//! ```text
//!   entry(frame, out):  slots = frame.slots; goto dispatch
//!   dispatch:           switch frame.ip { each entry point -> its block }
//!   instruction i:      fast path ... | store ip, sp; status = rt_step(frame)
//!                       status: NEXT -> i+1, GOTO -> dispatch, ERROR -> return EXIT_ERROR
//! ```
//!
//! Code memory comes from cranelift-jit: written while read-write, then
//! switched to read-execute before it runs; it is never both.

mod emit;

use cranelift_codegen::settings::{self, Configurable};
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{default_libcall_names, Linkage, Module};
use std::cell::RefCell;
use std::time::Instant;
use tern_runtime::jit::Entry;
use tern_runtime::objects::code::CodeObj;

/// Installs tier 1 into the runtime (unless `TERN_JIT=0`).
pub fn install() -> Result<(), String> {
    tern_runtime::jit::install(compile)
}

struct Jit {
    module: JITModule,
    ctx: cranelift_codegen::Context,
    builder_ctx: cranelift_frontend::FunctionBuilderContext,
    dump_clif: bool,
    dump_asm: bool,
}

thread_local! {
    // Compiled code lives as long as the process: the module is never dropped.
    static JIT: RefCell<Option<&'static mut Jit>> = const { RefCell::new(None) };
}

fn new_jit() -> Result<Jit, String> {
    let mut flags = settings::builder();
    let set = |f: &mut settings::Builder, k: &str, v: &str| f.set(k, v).map_err(|e| format!("cranelift setting {k}: {e}"));
    // A baseline compiler: Cranelift's optimizer costs a third more compile
    // time for little on code that is mostly calls and memory traffic.
    set(&mut flags, "opt_level", "none")?;
    set(&mut flags, "use_colocated_libcalls", "false")?;
    set(&mut flags, "is_pic", "false")?;
    set(&mut flags, "enable_verifier", "false")?;
    let isa = cranelift_native::builder()
        .map_err(|e| format!("no Cranelift backend for this machine: {e}"))?
        .finish(settings::Flags::new(flags))
        .map_err(|e| format!("Cranelift ISA: {e}"))?;
    let module = JITModule::new(JITBuilder::with_isa(isa, default_libcall_names()));
    let ctx = module.make_context();
    let dump = tern_runtime::config::get("TERN_DUMP");
    Ok(Jit {
        module,
        ctx,
        builder_ctx: cranelift_frontend::FunctionBuilderContext::new(),
        dump_clif: dump == "clif",
        dump_asm: dump == "asm",
    })
}

/// Compiles one code object (the runtime calls this at tier-up).
fn compile(code: &CodeObj) -> Result<Entry, String> {
    JIT.with(|j| {
        let mut slot = j.borrow_mut();
        if slot.is_none() {
            let start = Instant::now();
            *slot = Some(Box::leak(Box::new(new_jit()?)));
            tern_runtime::jit::note_phase("setup", start.elapsed());
        }
        let jit = slot.as_mut().unwrap();
        jit.compile(code)
    })
}

impl Jit {
    fn compile(&mut self, code: &CodeObj) -> Result<Entry, String> {
        let mut clock = Instant::now();
        let mut phase = |name: &'static str| {
            let now = Instant::now();
            tern_runtime::jit::note_phase(name, now - clock);
            clock = now;
        };
        let flow = tern_frontend::flow::analyze(&code.code)?;
        phase("flow");
        self.module.clear_context(&mut self.ctx);
        // The function's new inline-cache stubs become executable together.
        let stubs = tern_ic::batch();
        emit::build(&mut self.ctx.func, &mut self.builder_ctx, self.module.isa(), code, &flow)?;
        phase("clif");
        let name = tern_runtime::jit::describe(code);
        if self.dump_clif {
            eprintln!("; tier 1: {name}\n{}", self.ctx.func.display());
        }
        self.ctx.set_disasm(self.dump_asm);
        // Named after the Python function: cranelift-jit writes its own perf
        // map lines (when run under `perf record`) with this name.
        let mut symbol = format!("py::{name}");
        if self.module.declarations().get_name(&symbol).is_some() {
            symbol = format!("{symbol} #{}", self.module.declarations().get_functions().count());
        }
        let id = self
            .module
            .declare_function(&symbol, Linkage::Local, &self.ctx.func.signature)
            .map_err(|e| format!("cranelift: {e}"))?;
        self.module.define_function(id, &mut self.ctx).map_err(|e| format!("cranelift: {e:?}"))?;
        phase("codegen");
        let size = self.ctx.compiled_code().map_or(0, |c| c.code_buffer().len());
        if self.dump_asm {
            if let Some(asm) = self.ctx.compiled_code().and_then(|c| c.vcode.as_ref()) {
                eprintln!("; tier 1: {name}\n{asm}");
            }
        }
        self.module.clear_context(&mut self.ctx);
        self.module.finalize_definitions().map_err(|e| format!("cranelift: {e}"))?;
        let addr = self.module.get_finalized_function(id);
        drop(stubs);
        phase("finalize");
        tern_runtime::perf::name(addr, size, format_args!("{symbol}"));
        // SAFETY: the function's code, finalized (readable and executable).
        tern_runtime::perf::code(addr, unsafe { std::slice::from_raw_parts(addr, size) }, format_args!("{symbol}"));
        Ok(unsafe { std::mem::transmute::<*const u8, Entry>(addr) })
    }
}
