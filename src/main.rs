//! Entry point: install the panic hook and mount the app.

fn main() {
    seminars::ui::crash::install_panic_hook();
    leptos::mount::mount_to_body(seminars::App);
    seminars::ui::crash::remove_boot_message();
}
