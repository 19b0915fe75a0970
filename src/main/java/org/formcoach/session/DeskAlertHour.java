package org.formcoach.session;

import java.time.LocalDateTime;

/** Desk mode's posture alerts in one clock hour (local time, on the hour) of a desk session. */
public record DeskAlertHour(String sessionId, LocalDateTime hourStart, int alerts) {
}
