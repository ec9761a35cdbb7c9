"""The extraction pipeline: message and calendar-event facts from raw records."""
