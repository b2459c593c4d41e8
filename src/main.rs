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
            let message = format!("error: {}", causes(&e));
            eprintln!("{}", gemba::model::printable::printable(&message));
            ExitCode::from(1)
        }
    }
}

/// The error and its causes, each said once: most of gemba's errors already name their cause
/// ("p.ron: No such file or directory"), and the chain would repeat it.
fn causes(e: &anyhow::Error) -> String {
    let mut message = e.to_string();
    for cause in e.chain().skip(1) {
        let cause = cause.to_string();
        if !message.contains(&cause) {
            message.push_str(": ");
            message.push_str(&cause);
        }
    }
    message
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
