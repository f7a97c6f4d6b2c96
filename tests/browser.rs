//! Components rendered into a real DOM in headless Chromium.
#![cfg(target_arch = "wasm32")]
// A test stands where the browser is, and reaches it directly.
#![allow(clippy::disallowed_methods)]

use leptos::prelude::*;
use leptos::task::tick;
use seminars::first::browse::page::SeminarBrowser;
use seminars::stores::catalogue::Listings;
use seminars::web::intl::Visitor;
use seminars_core::catalogue::Catalogue;
use seminars_core::dates::parse_iso_date;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const CATALOGUE: &str = include_str!("../public/seminars.json");

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh element to mount into, so tests do not see each other's DOM.
fn fresh_root() -> web_sys::HtmlElement {
    let root: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&root).unwrap();
    root
}

/// Mounts the list for a catalogue, on every date, as seen on 2026-11-28 in Shanghai.
fn mount_list(catalogue: Catalogue, root: &web_sys::HtmlElement) -> impl Drop {
    let listings = Listings::new(catalogue);
    leptos::mount::mount_to(root.clone(), move || {
        provide_context(Visitor {
            today: parse_iso_date("2026-11-28").unwrap(),
            time_zone: Some("Asia/Shanghai".to_owned()),
        });
        seminars::nav::router::Router::provide("");
        view! { <SeminarBrowser listings /> }
    })
}

fn set_url_query(query: &str) {
    let history = web_sys::window().unwrap().history().unwrap();
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("/{query}")))
        .unwrap();
}

fn texts(root: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .map(|n| n.text_content().unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
async fn the_list_renders_every_seminar_and_a_topic_click_narrows_it() {
    let catalogue = Catalogue::from_json(CATALOGUE).unwrap();
    let total = catalogue.seminars.len();
    let root = fresh_root();
    set_url_query("?when=all");
    let mounted = mount_list(catalogue.clone(), &root);
    tick().await;

    let headings = texts(&root, "article h2");
    assert_eq!(headings.len(), total);
    assert!(headings
        .iter()
        .any(|h| h == "Guangxi Zhuang Autonomous Region Climate Change Response Workshop"));
    assert_eq!(
        texts(&root, "#result-count"),
        vec![format!("{total} seminars")]
    );
    let workshop = root
        .query_selector("#seminar-guangxi-climate-change-response-workshop-2021")
        .unwrap()
        .unwrap()
        .closest("article")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(workshop.contains("24–28 May 2021"), "{workshop}");
    assert!(workshop.contains("Shanghai Jiao Tong University, Shanghai"));
    // The card names the body that holds it (主办), the first a notice names.
    assert!(
        workshop.contains(
            "Hosted by: Organization Department of the CPC Guangxi Zhuang Autonomous Region Committee"
        ),
        "{workshop}"
    );
    assert!(workshop.contains("Carbon markets and emissions trading"));

    let adaptation = catalogue
        .seminars
        .iter()
        .filter(|s| s.has_topic("climate-adaptation"))
        .count();
    let position = catalogue
        .topics
        .iter()
        .position(|t| t.id == "climate-adaptation")
        .unwrap();
    let label = texts(&root, &format!("label[for=topic-{position}]"));
    assert_eq!(label, vec![format!("Climate adaptation ({adaptation})")]);

    let checkbox: web_sys::HtmlElement = root
        .query_selector(&format!("#topic-{position}"))
        .unwrap()
        .unwrap()
        .unchecked_into();
    checkbox.click();
    tick().await;
    tick().await;
    assert_eq!(texts(&root, "article h2").len(), adaptation);
    let search = web_sys::window().unwrap().location().search().unwrap();
    assert_eq!(search, "?topic=climate-adaptation&when=all");

    // Back to the unfiltered view for the other tests.
    checkbox.click();
    tick().await;
    tick().await;
    assert_eq!(texts(&root, "article h2").len(), total);
    drop(mounted);
}

#[wasm_bindgen_test]
async fn catalogue_text_is_rendered_as_text_never_as_html() {
    let hostile = CATALOGUE.replacen(
        "Urban Heat Adaptation Clinic",
        "<img src=x onerror=alert(1)><script>boom()</script>",
        1,
    );
    let root = fresh_root();
    set_url_query("?q=onerror");
    let _mounted = mount_list(Catalogue::from_json(&hostile).unwrap(), &root);
    tick().await;
    assert!(root.query_selector("article img").unwrap().is_none());
    assert!(root.query_selector("article script").unwrap().is_none());
    assert!(texts(&root, "article h2")
        .iter()
        .any(|h| h == "<img src=x onerror=alert(1)><script>boom()</script>"));
    assert_eq!(texts(&root, "article h2 mark"), vec!["onerror".to_owned()]);
}

#[wasm_bindgen_test]
async fn skipped_records_are_counted_in_a_visible_notice() {
    let broken = CATALOGUE.replacen(
        "\"title\": \"Urban Heat Adaptation Clinic\"",
        "\"title\": \"\"",
        1,
    );
    let root = fresh_root();
    let _mounted = mount_list(Catalogue::from_json(&broken).unwrap(), &root);
    tick().await;
    let notice = texts(&root, ".notice.warning summary");
    assert_eq!(
        notice,
        vec!["1 record in the catalogue is invalid and is not shown.".to_owned()]
    );
}

#[wasm_bindgen_test]
fn the_crash_screen_has_a_message_and_a_reload_link() {
    let crash = seminars::ui::crash::crash_screen(&document()).unwrap();
    assert_eq!(crash.get_attribute("role").as_deref(), Some("alert"));
    let text = crash.text_content().unwrap();
    assert!(text.contains("Something went wrong"));
    let link = crash.query_selector("a").unwrap().unwrap();
    assert_eq!(
        link.get_attribute("href"),
        web_sys::window().unwrap().location().href().ok()
    );
}

fn day(text: &str) -> time::Date {
    parse_iso_date(text).unwrap()
}

#[wasm_bindgen_test]
fn dates_read_as_each_language_writes_them() {
    use seminars::i18n::dates::format_range;
    use seminars::web::intl::{format_day, DateStyle};
    use seminars_core::i18n::lang::Lang::{En, ZhHans};
    let cases = [
        ("2021-05-24", "2021-05-24", "24 May 2021", "2021年5月24日"),
        (
            "2021-05-24",
            "2021-05-28",
            "24–28 May 2021",
            "2021年5月24日至28日",
        ),
        (
            "2021-05-30",
            "2021-06-02",
            "30 May – 2 June 2021",
            "2021年5月30日至6月2日",
        ),
        (
            "2021-12-30",
            "2022-01-02",
            "30 December 2021 – 2 January 2022",
            "2021年12月30日至2022年1月2日",
        ),
    ];
    for (start, end, english, chinese) in cases {
        assert_eq!(format_range(En, day(start), day(end)), english);
        assert_eq!(format_range(ZhHans, day(start), day(end)), chinese);
    }
    let monday = day("2021-05-24");
    assert!(format_day(En, monday, DateStyle::Weekday).starts_with("Monday"));
    assert!(format_day(ZhHans, monday, DateStyle::Weekday).contains("星期一"));
}

#[wasm_bindgen_test]
fn time_zones_are_named_in_the_language_and_unknown_ones_do_not_throw() {
    use seminars::web::intl::zone_name;
    use seminars_core::i18n::lang::Lang::{En, ZhHans};
    assert_eq!(zone_name(En, "Asia/Shanghai"), "China Standard Time");
    assert_eq!(zone_name(ZhHans, "Asia/Shanghai"), "中国标准时间");
    assert_eq!(zone_name(ZhHans, "Mars/Olympus_Mons"), "Mars/Olympus_Mons");
}

#[wasm_bindgen_test]
async fn the_update_notice_shows_when_told_and_its_reload_asks_the_loader() {
    use seminars::first::offline::UpdateNotice;
    let root = fresh_root();
    let update = RwSignal::new(false);
    let _mounted = leptos::mount::mount_to(root.clone(), move || view! { <UpdateNotice update /> });
    tick().await;
    assert_eq!(texts(&root, ".notice.update"), Vec::<String>::new());

    update.set(true);
    tick().await;
    assert_eq!(
        texts(&root, ".notice.update p"),
        vec!["A new version is available."]
    );
    // "Reload" asks the loader (tools/offline.js), which lets the new build
    // take over; the app itself reloads nothing.
    let asked = std::rc::Rc::new(std::cell::Cell::new(0));
    let count = asked.clone();
    let listener =
        wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || count.set(count.get() + 1));
    let window = web_sys::window().unwrap();
    window
        .add_event_listener_with_callback("seminars:reload", listener.as_ref().unchecked_ref())
        .unwrap();
    let button: web_sys::HtmlElement = root
        .query_selector(".notice.update button")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(button.text_content().unwrap(), "Reload");
    button.click();
    assert_eq!(asked.get(), 1);
    window
        .remove_event_listener_with_callback("seminars:reload", listener.as_ref().unchecked_ref())
        .unwrap();
}

/// The offline note over a copy that arrived at noon UTC on 29 November
/// (29 November wherever the test browser's clock is set), in `lang`.
async fn offline_note_in(lang: seminars::i18n::texts::Lang) -> String {
    use seminars::first::browse::offline_note::OfflineNote;
    let root = fresh_root();
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_context(lang);
        view! { <OfflineNote time="2026-11-29T12:00:00.000Z".to_owned() /> }
    });
    tick().await;
    texts(&root, "#offline-note").concat()
}

#[wasm_bindgen_test]
async fn the_offline_note_says_when_the_copy_arrived_in_the_visitors_words() {
    use seminars::i18n::texts::Lang;
    let note = offline_note_in(Lang::En).await;
    assert!(
        note.starts_with("Offline: listings as of 29 Nov 2026, "),
        "{note}"
    );
    assert!(
        note.ends_with(". They will be refreshed when the connection is back."),
        "{note}"
    );
    let note = offline_note_in(Lang::ZhHans).await;
    assert!(
        note.starts_with("离线：以下是截至 2026年11月29日 "),
        "{note}"
    );
    // A time the browser cannot read is shown as the worker wrote it.
    assert_eq!(
        seminars::web::intl::format_moment(Lang::En, "not a time"),
        "not a time"
    );
}
