package org.formcoach.routine;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * When a routine is suggested: on these days, between {@code from} and {@code until} (e.g. the
 * weekend session on Saturday morning, the wind-down in the evening), until it was done that day;
 * or, with {@code goalMinutes}, until that many minutes of sessions were done that day (the daily
 * 10 minutes).
 */
public record Schedule(Set<DayOfWeek> days, LocalTime from, LocalTime until, int goalMinutes) {

    public Schedule {
        days = days == null || days.isEmpty() ? EnumSet.allOf(DayOfWeek.class) : EnumSet.copyOf(days);
        if (!from.isBefore(until)) {
            throw new IllegalArgumentException("from " + from + " must be before until " + until);
        }
    }

    /** Whether {@code at} falls on one of the days, within the hours. */
    public boolean covers(LocalDateTime at) {
        LocalTime t = at.toLocalTime();
        return days.contains(at.getDayOfWeek()) && !t.isBefore(from) && t.isBefore(until);
    }

    /** e.g. "Saturday 07:00–12:00", "every day 19:00–23:30". */
    public String describe() {
        String when = days.size() == 7 ? "every day" : String.join(", ", days.stream()
                .map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).toList());
        return when + " " + from + "–" + until + (goalMinutes > 0 ? ", until " + goalMinutes + " min are done" : "");
    }
}
