//! The `vnextract` command.

mod cli;

/// mimalloc: extraction allocates many small strings per document, and
/// the system allocator costs about a tenth of the run with them.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::main()
}
