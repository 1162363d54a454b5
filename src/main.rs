//! `tern`: the command line, as people use `python3`.
//!
//! Runs the program on a thread with a large native stack (deep recursion
//! and deeply nested source must end in a Python error, never a crash), and
//! turns Ctrl-C into KeyboardInterrupt.

use std::io::Read;
use tern_runtime::Outcome;

/// Python programs allocate many small objects; mimalloc serves them much
/// faster than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str = "usage: tern [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options (a subset of python3's):
-c cmd   : program passed in as string (terminates option list)
-h       : print this help message and exit (also -? or --help)
-m mod   : run library module as a script (terminates option list)
-V       : print the Python version number and exit (also --version)
--help-env : list the TERN_* environment variables
-B, -E, -I, -O, -s, -S, -u : accepted for compatibility and ignored
file     : program read from script file
-        : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

enum Program {
    File(String),
    Code(String),
    Module(String),
    Stdin,
}

fn parse_args(args: &[String]) -> Result<(Program, Vec<String>), i32> {
    let mut i = 1;
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "-c" => {
                let Some(code) = args.get(i + 1) else {
                    eprintln!("Argument expected for the -c option\n{USAGE}");
                    return Err(2);
                };
                let mut argv = vec!["-c".to_string()];
                argv.extend_from_slice(&args[i + 2..]);
                return Ok((Program::Code(code.clone()), argv));
            }
            "-m" => {
                let Some(m) = args.get(i + 1) else {
                    eprintln!("Argument expected for the -m option\n{USAGE}");
                    return Err(2);
                };
                let mut argv = vec![m.clone()];
                argv.extend_from_slice(&args[i + 2..]);
                return Ok((Program::Module(m.clone()), argv));
            }
            "-h" | "-?" | "--help" => {
                print!("{USAGE}");
                return Err(0);
            }
            "--help-env" => {
                print!("{}", tern_runtime::config::help());
                return Err(0);
            }
            "-V" | "--version" => {
                println!("Python 3.11.7 (tern {})", env!("CARGO_PKG_VERSION"));
                return Err(0);
            }
            "-" => {
                let mut argv = vec!["-".to_string()];
                argv.extend_from_slice(&args[i + 1..]);
                return Ok((Program::Stdin, argv));
            }
            "-B" | "-E" | "-I" | "-O" | "-OO" | "-s" | "-S" | "-u" | "-b" | "-q" => {}
            "-X" | "-W" => i += 1,
            s if s.starts_with('-') && s.len() > 1 => {
                eprintln!("Unknown option: {s}\n{USAGE}");
                return Err(2);
            }
            _ => {
                return Ok((Program::File(a.clone()), args[i..].to_vec()));
            }
        }
        i += 1;
    }
    Ok((Program::Stdin, vec![String::new()]))
}

extern "C" fn on_sigint(_: libc::c_int) {
    tern_runtime::thread::INTERRUPTED.store(true, std::sync::atomic::Ordering::Relaxed);
}

fn run(program: Program, argv: Vec<String>, stack_size: usize) -> Outcome {
    tern_runtime::thread::set_stack_size(stack_size);
    // sys.path[0]: the script's folder (made absolute), or '' for -c, -m and stdin.
    let script_dir = match &program {
        Program::File(f) => {
            let p = std::path::Path::new(f);
            let abs = std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
            Some(abs.parent().map(|d| d.display().to_string()).unwrap_or_default())
        }
        Program::Module(_) => std::env::current_dir().ok().map(|d| d.display().to_string()),
        _ => Some(String::new()),
    };
    let mut argv = argv;
    if let Program::File(f) = &program {
        // CPython reports the script by its absolute path.
        if let Ok(abs) = std::path::absolute(f) {
            argv[0] = f.clone();
            let _ = abs;
        }
    }
    tern_runtime::init(argv, script_dir);
    match program {
        Program::File(f) => {
            let path = std::path::absolute(&f).map(|p| p.display().to_string()).unwrap_or(f);
            tern_runtime::run_file(&path)
        }
        Program::Code(c) => tern_runtime::run_string(&c),
        Program::Module(m) => tern_runtime::run_module(&m),
        Program::Stdin => {
            let mut src = String::new();
            if std::io::stdin().read_to_string(&mut src).is_err() {
                return Outcome::Exit(1);
            }
            let r = tern_runtime::compile_source(&src, "<stdin>", tern_frontend::Mode::Exec);
            match r {
                Ok(code) => {
                    // Run like a file named <stdin>.
                    let m = tern_runtime::objects::module::new_module("__main__");
                    let mo = m.downcast::<tern_runtime::objects::module::ModuleObject>().unwrap();
                    mo.set("__builtins__", tern_runtime::builtins::builtins_module());
                    tern_runtime::import::register_module("__main__", &m);
                    let d = mo.dict.clone().unwrap();
                    tern_runtime::finish(tern_runtime::interp::run_code(&code, &d, None).map(|_| ()))
                }
                Err(e) => tern_runtime::finish(Err(e)),
            }
        }
    }
}

fn main() {
    // mimalloc asks the kernel for transparent huge pages on its arenas. On
    // hosts whose THP `defrag` setting is `madvise`, a fault in such a
    // region compacts memory and zeroes 2 MiB on the spot: stalls of
    // milliseconds at random points (a compile measured 2 ms in one run and
    // 16 ms in the next). CPython's allocator does not ask for huge pages
    // either. The flag covers regions mapped before this call; child
    // processes inherit it.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
    let args: Vec<String> = std::env::args().collect();
    let (program, argv) = match parse_args(&args) {
        Ok(p) => p,
        Err(code) => std::process::exit(code),
    };
    unsafe {
        libc::signal(libc::SIGINT, on_sigint as *const () as libc::sighandler_t);
    }
    if let Err(e) = tern_ic::install().and_then(|_| tern_tier1::install()) {
        eprintln!("tern: {e}");
        std::process::exit(2);
    }
    let mb: usize = tern_runtime::config::get("TERN_STACK_MB").parse().unwrap_or(2048);
    let stack_size = mb.max(16) << 20;
    let handle = std::thread::Builder::new()
        .name("tern-main".into())
        .stack_size(stack_size)
        .spawn(move || run(program, argv, stack_size))
        .expect("cannot start the interpreter thread");
    let outcome = match handle.join() {
        Ok(o) => o,
        Err(_) => {
            eprintln!("tern: internal error (panic); please report it");
            Outcome::Exit(70)
        }
    };
    if tern_runtime::config::get("TERN_STATS") == "1" {
        eprint!("{}{}{}", tern_ic::report(), tern_runtime::attrcache::report_operators(), tern_runtime::jit::report());
    }
    match outcome {
        Outcome::Exit(code) => std::process::exit(code),
        Outcome::Interrupted => unsafe {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            libc::raise(libc::SIGINT);
            std::process::exit(130);
        },
    }
}
