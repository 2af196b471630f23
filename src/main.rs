//! The `vnextract` command.

mod cli;

/// mimalloc: extraction allocates many small strings per document, and
/// the system allocator costs about a tenth of the run with them. It is
/// built without transparent huge pages (feature `no_thp`): memory it hands
/// back and takes again would otherwise be zeroed 2 MiB at a time, which
/// cost up to a tenth of a run in system time and a third more memory.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::main()
}
