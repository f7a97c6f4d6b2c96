//! Entry point: install the panic hook and mount the app.

fn main() {
    seminars::shell::install_panic_hook();
    leptos::mount::mount_to_body(seminars::App);
    seminars::shell::remove_boot_message();
}
