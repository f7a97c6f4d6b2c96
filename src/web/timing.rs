//! User Timing marks around the app's hot spots, so the benchmark (and the
//! browser's performance panel) can see how long the work itself took.

/// Runs `work` and records its duration as the performance measure `name`,
/// replacing the previous one so entries do not pile up.
pub fn measure<T>(name: &str, work: impl FnOnce() -> T) -> T {
    begin(name);
    let out = work();
    end(name);
    out
}

/// Milliseconds since the page loaded (0 where there is no clock).
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Starts the performance measure `name`, for work spread over several
/// tasks (reading the catalogue as it downloads); [`end`] ends it.
pub fn begin(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(&format!("{name}:start"));
    }
}

/// Ends the measure [`begin`] started, replacing the previous one.
pub fn end(name: &str) {
    let Some(performance) = web_sys::window().and_then(|w| w.performance()) else {
        return;
    };
    let start = format!("{name}:start");
    let end = format!("{name}:end");
    let _ = performance.mark(&end);
    performance.clear_measures_with_measure_name(name);
    let _ = performance.measure_with_start_mark_and_end_mark(name, &start, &end);
    performance.clear_marks_with_mark_name(&start);
    performance.clear_marks_with_mark_name(&end);
}
