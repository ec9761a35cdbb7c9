from extractors.events import extract_events
from extractors.pipeline import EXTRACTOR_VERSION


def test_event_rows():
    events = [
        {
            "event_key": "cal/1",
            "summary": "Northwind Analytics <> Sam Rivera - Technical Interview",
            "description": "Join with Zoom",
            "organizer_email": "jane@northwind.com",
            "attendees": ["sam@gmail.com", "jane@northwind.com"],
            "ical_uid": "uid-1",
        },
        {
            "event_key": "cal/2",
            "summary": "Coffee with Mike",
            "description": "",
            "organizer_email": "mike@gmail.com",
            "attendees": ["sam@gmail.com"],
            "ical_uid": "uid-2",
        },
        {
            "event_key": "cal/3",
            "summary": "Sam Rivera / Orbital Labs",
            "description": "",
            "organizer_email": "scheduling@goodtime.io",
            "attendees": ["sam@gmail.com", "tom@orbitallabs.com"],
            "ical_uid": "uid-3",
        },
    ]
    rows = list(extract_events(events))
    assert [{k: r[k] for k in r if k != "evidence"} for r in rows] == [
        {
            "event_key": "cal/1",
            "is_interview": True,
            "interview_type": "technical",
            "company": "Northwind Analytics",
            "ical_uid": "uid-1",
            "confidence": 0.9,
            "extractor_version": EXTRACTOR_VERSION,
        },
        {
            "event_key": "cal/2",
            "is_interview": False,
            "interview_type": None,
            "company": None,
            "ical_uid": "uid-2",
            "confidence": 0.85,
            "extractor_version": EXTRACTOR_VERSION,
        },
        {
            "event_key": "cal/3",
            "is_interview": True,
            "interview_type": None,
            "company": "Orbital Labs",
            "ical_uid": "uid-3",
            "confidence": 0.65,
            "extractor_version": EXTRACTOR_VERSION,
        },
    ]
    assert rows[0]["evidence"][0] == {
        "label": "INTERVIEW",
        "text": "Interview",
        "start": 46,
        "end": 55,
    }
