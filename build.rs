//! Build script of the `pyrite` package: lays out the binary's code in the
//! order of tools/text-order.txt (see tools/text_order.py for why and how it is
//! made). Only where rustc links with LLD by default (x86_64 Linux since Rust
//! 1.90); `PYRITE_TEXT_ORDER=0` turns it off, e.g. for a non-LLD linker.

use std::env;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=tools/text-order.txt");
    println!("cargo:rerun-if-env-changed=PYRITE_TEXT_ORDER");
    let target = env::var("TARGET").unwrap_or_default();
    let enabled = env::var("PYRITE_TEXT_ORDER").map_or(true, |v| v != "0");
    if !enabled || target != "x86_64-unknown-linux-gnu" {
        return;
    }
    let dir = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let order = Path::new(&dir).join("tools").join("text-order.txt");
    if order.exists() {
        println!("cargo:rustc-link-arg-bin=pyrite=-Wl,--symbol-ordering-file={}", order.display());
        println!("cargo:rustc-link-arg-bin=pyrite=-Wl,--no-warn-symbol-ordering");
    }
}
