package org.formcoach.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The programme's schedule: the office reset every 90 minutes, evening, Saturday morning, daily. */
class RemindersTest {

    private static final long MIN = 60_000_000_000L;
    private static final LocalDateTime SATURDAY_9 = LocalDateTime.of(2026, 11, 28, 9, 0);
    private static final LocalDateTime TUESDAY_8PM = LocalDateTime.of(2026, 12, 1, 20, 0);
    private static final LocalDateTime TUESDAY_10AM = LocalDateTime.of(2026, 12, 1, 10, 0);
    private static final LocalDateTime TUESDAY_11PM_45 = LocalDateTime.of(2026, 12, 1, 23, 45);

    private final Reminders r = new Reminders(Frames.CATALOG, "office-reset", Duration.ofMinutes(90), 0);

    private Optional<String> due(LocalDateTime at, long now, Reminders.Today today, Set<String> off) {
        return r.due(at, now, today, off).map(Reminders.Reminder::routineId);
    }

    @Test
    void theOfficeResetComesEveryNinetyMinutesWhileTheAppIsOpen() {
        assertEquals(Optional.empty(), due(TUESDAY_11PM_45, 89 * MIN, Reminders.Today.NOTHING, Set.of()));
        assertEquals(Optional.of("office-reset"), due(TUESDAY_11PM_45, 90 * MIN, Reminders.Today.NOTHING, Set.of()));
        assertEquals("Time for the 90-second office reset: 90 minutes have passed",
                r.due(TUESDAY_11PM_45, 90 * MIN, Reminders.Today.NOTHING, Set.of()).orElseThrow().text());
        r.snooze("office-reset", 90 * MIN);
        assertEquals(Optional.empty(), due(TUESDAY_11PM_45, 95 * MIN, Reminders.Today.NOTHING, Set.of()));
        assertEquals(Optional.of("office-reset"), due(TUESDAY_11PM_45, 100 * MIN, Reminders.Today.NOTHING, Set.of()));
        r.sessionDone(100 * MIN);
        assertEquals(Optional.empty(), due(TUESDAY_11PM_45, 180 * MIN, Reminders.Today.NOTHING, Set.of()),
                "90 minutes from the last session");
        assertEquals(Optional.empty(), due(TUESDAY_11PM_45, 200 * MIN, Reminders.Today.NOTHING,
                Set.of("office-reset")), "turned off");
    }

    @Test
    void theWeekendSessionOnSaturdayMorningTheWindDownInTheEveningTheDailyUntilTenMinutes() {
        assertEquals(Optional.of("weekend-session"), due(SATURDAY_9, 0, Reminders.Today.NOTHING, Set.of()));
        assertEquals("Saturday morning: time for the 15-minute weekend session",
                r.due(SATURDAY_9, 0, Reminders.Today.NOTHING, Set.of()).orElseThrow().text());
        Reminders.Today weekendDone = new Reminders.Today(Set.of("weekend-session"), 16);
        assertEquals(Optional.empty(), due(SATURDAY_9, 0, weekendDone, Set.of()), "done, and 10 minutes reached");
        assertEquals(Optional.of("daily"), due(SATURDAY_9, 0, new Reminders.Today(Set.of("weekend-session"), 4),
                Set.of()));

        assertEquals(Optional.of("evening-wind-down"), due(TUESDAY_8PM, 0, new Reminders.Today(Set.of(), 12),
                Set.of()));
        assertEquals("This evening, before bed: the 7-minute evening wind-down",
                r.due(TUESDAY_8PM, 0, new Reminders.Today(Set.of(), 12), Set.of()).orElseThrow().text());
        assertEquals(Optional.of("daily"), due(TUESDAY_10AM, 0, new Reminders.Today(Set.of(), 4), Set.of()));
        assertEquals("Your daily 10 minutes: 4 of 10 minutes done today",
                r.due(TUESDAY_10AM, 0, new Reminders.Today(Set.of(), 4.6), Set.of()).orElseThrow().text());
        assertEquals(Optional.empty(), due(TUESDAY_10AM, 0, new Reminders.Today(Set.of(), 10), Set.of()));
    }

    @Test
    void eachCanBePutOffForTheDayOrTurnedOff() {
        r.putOff("weekend-session", SATURDAY_9.toLocalDate(), 0);
        assertEquals(Optional.of("daily"), due(SATURDAY_9, 0, Reminders.Today.NOTHING, Set.of()));
        assertEquals(Optional.empty(), due(SATURDAY_9, 0, Reminders.Today.NOTHING, Set.of("daily")));
        assertEquals(Optional.of("weekend-session"), due(SATURDAY_9.plusWeeks(1), 0, Reminders.Today.NOTHING,
                Set.of()), "next Saturday again");
        assertTrue(r.choices(Set.of("daily")).stream().anyMatch(c -> c.routineId().equals("daily") && !c.on()));
        assertEquals(4, r.choices(Set.of()).size(), "the office reset, the wind-down, the weekend and the daily");
        assertTrue(LocalDate.of(2026, 11, 28).getDayOfWeek() == DayOfWeek.SATURDAY);
    }
}
