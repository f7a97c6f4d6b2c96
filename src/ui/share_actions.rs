//! "Copy link" and the system share sheet, for a seminar's page and for a
//! shared list of saved seminars.

use leptos::prelude::*;

use crate::i18n::texts::{self, fill, SeminarTexts};
use crate::web::files::copy_to_clipboard;
use crate::web::share::{can_share, share};

/// A "Copy link" button (with, where the clipboard is refused, the address
/// in a field to copy by hand) and, where the browser has one, a "Share…"
/// button for the system share sheet.
#[component]
pub fn ShareActions(
    /// The absolute address to share.
    url: String,
    /// The title the share sheet shows.
    title: String,
    /// The copy button's text.
    copy_label: &'static str,
    /// The label of the address field shown when copying is refused.
    address_label: &'static str,
    /// The id of that field.
    field_id: &'static str,
) -> impl IntoView {
    let lang = texts::use_lang();
    let s = SeminarTexts::of(lang);
    let said = RwSignal::new(None::<String>);
    let refused = RwSignal::new(false);
    let copy = {
        let url = url.clone();
        move |_| {
            let url = url.clone();
            leptos::task::spawn_local(async move {
                match copy_to_clipboard(&url).await {
                    Ok(()) => {
                        refused.set(false);
                        said.set(Some(s.link_copied.to_owned()));
                    }
                    Err(e) => {
                        refused.set(true);
                        said.set(Some(fill(s.copy_refused, &[("reason", &e.say(lang))])));
                    }
                }
            });
        }
    };
    let share_button = can_share().then(|| {
        let (url, title) = (url.clone(), title.clone());
        let open = move |_| {
            let (url, title) = (url.clone(), title.clone());
            leptos::task::spawn_local(async move {
                if let Err(reason) = share(&title, &url).await {
                    let reason = reason.unwrap_or_default();
                    said.set(Some(fill(s.share_failed, &[("reason", &reason)])));
                }
            });
        };
        view! { <button type="button" on:click=open>{s.share}</button> }
    });
    view! {
        <button type="button" class="copy-link" on:click=copy>{copy_label}</button>
        {share_button}
        <p class="share-status" role="status">{move || said.get()}</p>
        {move || {
            refused
                .get()
                .then(|| {
                    view! {
                        <p class="field">
                            <label for=field_id>{address_label}</label>
                            <input id=field_id type="text" readonly prop:value=url.clone() />
                        </p>
                    }
                })
        }}
    }
}
