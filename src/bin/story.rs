//! The `story` command for editors (host only): check the data file, show what readers see
//! at an instant, and export or import the story as spreadsheet files.
//! `cargo run --bin story -- help` prints the usage; the code is in `phase_tracker::cli`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    std::process::exit(phase_tracker::cli::run(&args));
}

#[cfg(target_arch = "wasm32")]
fn main() {}
