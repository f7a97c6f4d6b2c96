//! Links the wasm build with its relocations kept: `wasm-split-cli` needs
//! them to split the module at the `wasm_split` functions of src/parts.rs
//! (tools/post-build.mjs). Native builds are left as they are.

fn main() {
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-bins=--emit-relocs");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
