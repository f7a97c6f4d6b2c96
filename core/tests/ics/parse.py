"""Reads an iCalendar file with Python's icalendar (a parser independent of
the app's writer) and prints its events as JSON, for the end-to-end tests:

    $ICS_PYTHON core/tests/ics/parse.py FILE

{"events": [{"uid", "summary", "start", "end", "allDay", "location",
             "url", "description", "status", "sequence"}, ...]}

start and end are "YYYY-MM-DD" for dates, "YYYY-MM-DDTHH:MM:SSZ" for times
in UTC (a time in another zone is converted to UTC), and
"YYYY-MM-DDTHH:MM:SS" for floating times. end is null when the event has
no DTEND: it is not made up from the start. Texts are as the parser
unescapes them; status is STATUS as written, sequence SEQUENCE as a
number; a property the event lacks is null. The file must be one
VCALENDAR, and anything icalendar reports as broken is an error (exit 1).
core/tests/ics/parse.mjs prints the same from ical.js. The versions used are
pinned in core/tests/ics/requirements.txt; .ci/setup installs them in .venv.
"""

import datetime
import json
import sys

import icalendar


def when(value):
    """A DATE or DATE-TIME value as the shared output format writes it."""
    if value is None:
        return None
    moment = value.dt
    if not isinstance(moment, datetime.datetime):
        return moment.isoformat()
    if moment.tzinfo is None:
        return moment.strftime("%Y-%m-%dT%H:%M:%S")
    return moment.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def text(event, name):
    """A property's value as a string, or None when the event lacks it."""
    value = event.get(name)
    return None if value is None else str(value)


def main(argv):
    if len(argv) != 2:
        print("usage: parse.py FILE", file=sys.stderr)
        return 2
    path = argv[1]
    with open(path, "rb") as f:
        data = f.read()
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except ValueError as error:
        print(f"{path}: icalendar cannot read it: {error}", file=sys.stderr)
        return 1
    problems = [(c.name, e) for c in calendar.walk() for e in c.errors]
    if problems:
        print(f"{path}: icalendar reports {problems}", file=sys.stderr)
        return 1
    events = []
    for event in calendar.walk("VEVENT"):
        start = event.get("DTSTART")
        events.append(
            {
                "uid": text(event, "UID"),
                "summary": text(event, "SUMMARY"),
                "start": when(start),
                "end": when(event.get("DTEND")),
                "allDay": start is not None and not isinstance(start.dt, datetime.datetime),
                "location": text(event, "LOCATION"),
                "url": text(event, "URL"),
                "description": text(event, "DESCRIPTION"),
                "status": text(event, "STATUS"),
                "sequence": None if event.get("SEQUENCE") is None else int(event.get("SEQUENCE")),
            }
        )
    sys.stdout.buffer.write(json.dumps({"events": events}, ensure_ascii=False).encode("utf-8") + b"\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
