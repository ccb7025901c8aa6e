//! `tavle-app [FILE]`: the desktop app. Everything is in the library so tests can build it.

// No console window behind the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    tavle_app::run();
}
