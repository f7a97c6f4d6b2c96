// Reads an iCalendar file with ical.js (a parser independent of the
// app's writer) and prints its events as JSON, for the end-to-end tests:
//
//   node core/tests/ics/parse.mjs FILE
//
// {"events": [{"uid", "summary", "start", "end", "allDay", "location",
//              "url", "description", "status", "sequence"}, ...]}
//
// start and end are "YYYY-MM-DD" for dates, "YYYY-MM-DDTHH:MM:SSZ" for
// times in UTC (a time in a zone the file defines is converted to UTC),
// and "YYYY-MM-DDTHH:MM:SS" for floating times. end is null when the
// event has no DTEND: it is not made up from the start. Texts are as the
// parser unescapes them; status is STATUS as written, sequence SEQUENCE
// as a number; a property the event lacks is null. The file
// must be one VCALENDAR; anything ical.js cannot read is an error (exit 1).
// core/tests/ics/parse.py prints the same from Python's icalendar.
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const pad = (n, width = 2) => String(n).padStart(width, "0");

/** An ICAL.Time as the shared output format writes it. */
function when(time) {
  if (!time) return null;
  const date = `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}`;
  if (time.isDate) return date;
  const floating = time.zone === ICAL.Timezone.localTimezone;
  const t = floating ? time : time.convertToZone(ICAL.Timezone.utcTimezone);
  const day = `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`;
  return `${day}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}${floating ? "" : "Z"}`;
}

const file = process.argv[2];
if (!file || process.argv.length > 3) {
  console.error("usage: node core/tests/ics/parse.mjs FILE");
  process.exit(2);
}

try {
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, "utf8")));
  if (calendar.name !== "vcalendar") throw new Error(`not a VCALENDAR: ${calendar.name}`);
  const events = calendar.getAllSubcomponents("vevent").map((vevent) => {
    const value = (name) => vevent.getFirstPropertyValue(name) ?? null;
    const start = value("dtstart");
    return {
      uid: value("uid"),
      summary: value("summary"),
      start: when(start),
      end: when(value("dtend")),
      allDay: Boolean(start?.isDate),
      location: value("location"),
      url: value("url"),
      description: value("description"),
      status: value("status"),
      sequence: vevent.hasProperty("sequence") ? Number(value("sequence")) : null,
    };
  });
  process.stdout.write(JSON.stringify({ events }) + "\n");
} catch (error) {
  console.error(`${file}: ical.js cannot read it: ${error.message}`);
  process.exit(1);
}
