//! The topic checkboxes of the list view.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::domain::catalogue::Catalogue;
use crate::domain::filter::topic_counts;
use crate::domain::query::SearchQuery;
use crate::paths::Paths;
use crate::strings;

/// One checkbox per catalogue topic, labelled with the topic and the number
/// of seminars filed under it. Checking one changes the URL, so the view can
/// be shared and back and forward restore it.
#[component]
pub fn TopicFilter(
    /// The loaded catalogue.
    catalogue: Arc<Catalogue>,
    /// The current query, read from the URL.
    query: Memo<SearchQuery>,
) -> impl IntoView {
    let paths = use_context::<Paths>().unwrap_or_default();
    let navigate = use_navigate();
    let boxes = topic_counts(&catalogue)
        .into_iter()
        .filter_map(|(id, count)| catalogue.topic(id).map(|t| (t.clone(), count)))
        .map(|(topic, count)| {
            let input_id = format!("topic-{}", topic.id);
            let checked_id = topic.id.clone();
            let toggled_id = topic.id.clone();
            let catalogue = catalogue.clone();
            let paths = paths.clone();
            let navigate = navigate.clone();
            let on_change = move |ev: leptos::ev::Event| {
                let checked = event_target_checked(&ev);
                let next = query
                    .get_untracked()
                    .with_topic(&toggled_id, checked, &catalogue);
                navigate(
                    &paths.home(&next.to_query_string()),
                    NavigateOptions {
                        scroll: false,
                        ..NavigateOptions::default()
                    },
                );
            };
            view! {
                <li>
                    <input
                        type="checkbox"
                        id=input_id.clone()
                        prop:checked=move || query.with(|q| q.topics.contains(&checked_id))
                        on:change=on_change
                    />
                    <label for=input_id>
                        {topic.label.clone()}
                        <span class="count">{format!(" ({count})")}</span>
                    </label>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="filter">
            <legend>{strings::TOPICS}</legend>
            <ul>{boxes}</ul>
        </fieldset>
    }
}
