//! "有 3 个问题待修正" at the top of the editor, once problems are shown:
//! each problem a link that puts focus in the field it is about.

use leptos::prelude::*;

use crate::drafts_part::drafts::form_fields::FormEditor;
use crate::i18n::texts::drafts::{self as drafts_text};
use crate::i18n::texts::{self, DraftTexts};

/// The summary's element id; the "check" button moves focus to it.
pub const SUMMARY_ID: &str = "problem-summary";

/// The ids of the elements that may take focus for a problem about
/// `field`, the best first (a list's first row, else its "Add" button).
fn focus_targets(field: &str) -> Vec<String> {
    let fixed: &[&str] = match field {
        "topics" => &["draft-topic-0", "draft-other-topic-0"],
        "format" => &["draft-format-in_person"],
        "organisers" => &["organiser-0", "add-organiser"],
        "hosts" => &["host-0", "add-host"],
        "speakers" => &["speaker-0-0", "add-speaker"],
        "agenda" => &["agenda-0-0", "add-agenda"],
        _ => &[],
    };
    let mut ids: Vec<String> = fixed.iter().map(|&id| id.to_owned()).collect();
    if ids.is_empty() {
        ids.push(format!("field-{}", field.replace('.', "-")));
    }
    if field.starts_with("translation") {
        ids.push("translation-toggle".to_owned());
    }
    ids.push(format!("{}-problems", field.replace('.', "-")));
    ids
}

/// Puts focus on the first of the elements that is on the page.
fn focus_first(ids: Vec<String>) {
    request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        let target = ids
            .iter()
            .filter_map(|id| crate::web::dom::element(id))
            .find_map(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(el) = target {
            let _ = el.focus();
        }
    });
}

/// The list of the problems shown, each leading to its field.
#[component]
pub fn ProblemSummary(
    /// The form.
    editor: FormEditor,
) -> impl IntoView {
    let lang = texts::use_lang();
    let d = DraftTexts::of(lang);
    let shown = Memo::new(move |_| editor.shown_problems());
    move || {
        let problems = shown.get();
        (!problems.is_empty()).then(|| {
            let items = problems
                .into_iter()
                .map(|p| {
                    let targets = focus_targets(p.field);
                    let href = format!("#{}", targets[0]);
                    view! {
                        <li>
                            <a
                                href=href
                                on:click=move |ev| {
                                    ev.prevent_default();
                                    focus_first(targets.clone());
                                }
                            >
                                {p.message.say(lang)}
                            </a>
                        </li>
                    }
                })
                .collect_view();
            let n = shown.with_untracked(Vec::len);
            view! {
                <section
                    id=SUMMARY_ID
                    class="notice error problem-summary"
                    tabindex="-1"
                    aria-labelledby="problem-summary-heading"
                >
                    <h2 id="problem-summary-heading">{drafts_text::problems_count(d, n)}</h2>
                    <ul>{items}</ul>
                </section>
            }
        })
    }
}

/// Shows every problem, and puts focus on the summary when there are any.
pub fn check_all(editor: FormEditor) {
    editor
        .shown
        .update(seminars_core::drafts::shown::ShownProblems::check);
    if editor.problems.with_untracked(|p| !p.is_empty()) {
        focus_first(vec![SUMMARY_ID.to_owned()]);
    }
}
