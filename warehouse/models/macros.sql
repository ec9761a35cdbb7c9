-- Macros used by the models; also handy in `sneaker sql`.

-- Seconds of Monday-to-Friday time from a fixed Monday (1970-01-05, local clock) to `ts`.
-- Weekend time adds nothing, so the difference of two indexes is business time.
create or replace macro business_index(ts, tz) as (
    floor((epoch(timezone(tz, ts)) - 345600) / 604800) * 432000
    + least(
        (epoch(timezone(tz, ts)) - 345600)
        - floor((epoch(timezone(tz, ts)) - 345600) / 604800) * 604800,
        432000
    )
);

-- Business days (Mon-Fri, 24 h each, on the local clock of `tz`; no holidays) between two
-- instants, as a fraction: Friday 17:00 -> Monday 09:00 is 16 h = 0.6667 business days.
create or replace macro business_days_between(start_at, end_at, tz) as (
    (business_index(end_at, tz) - business_index(start_at, tz)) / 86400.0
);

-- Elapsed hours between two instants.
create or replace macro hours_between(start_at, end_at) as (
    (epoch(end_at) - epoch(start_at)) / 3600.0
);

-- The Monday (local date in `tz`) of the week holding `ts`.
create or replace macro local_week_start(ts, tz) as (
    cast(date_trunc('week', timezone(tz, ts)) as date)
);
