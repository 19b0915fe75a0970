package org.formcoach.app.model;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.formcoach.session.SessionStore;

/**
 * When the safety steps were last done with every answer "no": the pain assessment (the head
 * rotation and what was felt during it) and the other red-flag questions. The programme puts the
 * 30-second pain assessment "before any stretching": it is asked before the first session of each
 * day. The other questions are asked again when their answers are older than a week. Kept with the
 * settings in the database; when nothing can be kept, both are asked every time.
 */
public final class SafetyRecord {

    static final String ANSWERED_AT = "safety.answered-at";
    static final String ASSESSED_ON = "safety.assessed-on";
    /** Red-flag answers older than this are asked again at the start of a session. */
    public static final Duration ANSWERS_LAST = Duration.ofDays(7);

    private final SessionStore store;
    private final Clock clock;
    private Instant answeredAt;
    private LocalDate assessedOn;

    public SafetyRecord(SessionStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        Map<String, String> kept = store.settings();
        try {
            // blank after a "yes": asked again
            answeredAt = isBlank(kept.get(ANSWERED_AT)) ? null : Instant.parse(kept.get(ANSWERED_AT));
            assessedOn = isBlank(kept.get(ASSESSED_ON)) ? null : LocalDate.parse(kept.get(ASSESSED_ON));
        } catch (DateTimeParseException e) {
            answeredAt = null;  // a damaged value: ask again
            assessedOn = null;
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** Whether the other red-flag questions are due: never answered all "no", or over a week ago. */
    public boolean questionsDue() {
        return answeredAt == null || Duration.between(answeredAt, clock.instant()).compareTo(ANSWERS_LAST) > 0;
    }

    /** Whether today's pain assessment is still to do. */
    public boolean assessmentDue() {
        return assessedOn == null || !assessedOn.equals(LocalDate.now(clock));
    }

    /** The questions that were asked were all answered "no" now. */
    public void passed(RedFlagScreening answered) {
        LinkedHashMap<String, String> values = new LinkedHashMap<>();
        if (answered.screened()) {
            answeredAt = clock.instant();
            values.put(ANSWERED_AT, answeredAt.toString());
        }
        if (answered.assessed()) {
            assessedOn = LocalDate.now(clock);
            values.put(ASSESSED_ON, assessedOn.toString());
        }
        if (!values.isEmpty()) {
            store.putSettings(values);
        }
    }

    /** A "yes": everything is asked again next time. */
    public void failed() {
        answeredAt = null;
        assessedOn = null;
        store.putSettings(Map.of(ANSWERED_AT, "", ASSESSED_ON, ""));
    }

    /** When the red flags were last answered all "no", or null. */
    public Instant answeredAt() {
        return answeredAt;
    }
}
