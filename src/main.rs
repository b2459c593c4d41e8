use std::process::ExitCode;

use clap::Parser;
use gemba::cli::{self, Cli, Outcome};

fn main() -> ExitCode {
    restore_sigpipe();
    let cli = Cli::parse();
    match cli::run(cli) {
        Ok(Outcome::Ok) => ExitCode::SUCCESS,
        Ok(Outcome::Problems) => ExitCode::from(1),
        Err(e) => {
            // A file name or a record's text in the message may hold control characters.
            let message = format!("error: {e:#}");
            eprintln!("{}", gemba::model::printable::printable(&message));
            ExitCode::from(1)
        }
    }
}

/// Rust programs ignore SIGPIPE, so printing into a closed pipe (`gemba show p.ron | head`) would
/// panic; a command-line tool should simply stop, as other Unix tools do.
#[cfg(unix)]
fn restore_sigpipe() {
    // SAFETY: called first thing in main, before any other thread exists; SIG_DFL is a valid
    // disposition for SIGPIPE.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

#[cfg(not(unix))]
fn restore_sigpipe() {}
