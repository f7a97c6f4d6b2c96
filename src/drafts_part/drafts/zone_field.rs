//! The time zone, chosen from common zones named in the interface's
//! language ("中国标准时间（北京）"), not typed as an IANA name; a zone the
//! draft already holds that is not among them stays on offer as it is.

use leptos::prelude::*;

use crate::drafts_part::drafts::form_fields::{FieldProblems, FormEditor};
use crate::i18n::texts::{self, fill, DraftTexts};
use seminars_core::drafts::zones::COMMON_ZONES;

/// A common zone's name in the interface's language.
pub fn zone_label(d: &'static DraftTexts, zone: &str) -> Option<&'static str> {
    Some(match zone {
        "Asia/Shanghai" => d.zone_asia_shanghai,
        "Asia/Hong_Kong" => d.zone_asia_hong_kong,
        "Asia/Taipei" => d.zone_asia_taipei,
        "Asia/Tokyo" => d.zone_asia_tokyo,
        "Asia/Seoul" => d.zone_asia_seoul,
        "Asia/Singapore" => d.zone_asia_singapore,
        "Asia/Bangkok" => d.zone_asia_bangkok,
        "Asia/Kolkata" => d.zone_asia_kolkata,
        "Australia/Sydney" => d.zone_australia_sydney,
        "Europe/London" => d.zone_europe_london,
        "Europe/Paris" => d.zone_europe_paris,
        "Europe/Berlin" => d.zone_europe_berlin,
        "America/New_York" => d.zone_america_new_york,
        "America/Chicago" => d.zone_america_chicago,
        "America/Los_Angeles" => d.zone_america_los_angeles,
        "UTC" => d.zone_utc,
        _ => return None,
    })
}

/// The time-zone field of the draft form.
#[component]
pub fn ZoneField(
    /// The form.
    editor: FormEditor,
) -> impl IntoView {
    let d = DraftTexts::of(texts::use_lang());
    let field = "time_zone";
    let held = Memo::new(move |_| editor.form.with(|f| f.time_zone.clone()));
    // Zones off the list stay on offer once seen, so that choosing another
    // zone does not take the draft's own away.
    let seen = StoredValue::new(Vec::<String>::new());
    let options = move || {
        let held = held.get();
        let mut options: Vec<(String, String)> = Vec::new();
        if held.trim().is_empty() {
            options.push((String::new(), d.zone_choose.to_owned()));
        } else if !COMMON_ZONES.contains(&held.as_str()) {
            seen.update_value(|seen| {
                if !seen.contains(&held) {
                    seen.push(held.clone());
                }
            });
        }
        for zone in seen.get_value() {
            let label = fill(d.zone_other, &[("zone", &zone)]);
            options.push((zone, label));
        }
        options.extend(
            COMMON_ZONES
                .iter()
                .filter_map(|&zone| Some((zone.to_owned(), zone_label(d, zone)?.to_owned()))),
        );
        options
            .into_iter()
            .map(|(value, label)| {
                let selected = value == held;
                view! { <option value=value selected=selected>{label}</option> }
            })
            .collect_view()
    };
    view! {
        <div class="field">
            <label for="field-time_zone">{d.form_time_zone}</label>
            <p id="field-time_zone-hint" class="hint">{d.form_time_zone_hint}</p>
            <select
                id="field-time_zone"
                aria-describedby="field-time_zone-hint field-time_zone-problems"
                aria-invalid=move || editor.has_problems(field).to_string()
                prop:value=move || held.get()
                on:change=move |ev| {
                    let zone = event_target_value(&ev);
                    editor.edit(|f| f.time_zone = zone);
                }
                on:blur=move |_| editor.leave(field)
            >
                {options}
            </select>
            <FieldProblems editor field id="field-time_zone-problems".to_owned() />
        </div>
    }
}
