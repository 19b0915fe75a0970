package org.formcoach.session;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One coaching session.
 *
 * @param programId  the routine or exercise coached
 * @param routine    whether {@code programId} is a routine (else a single exercise)
 * @param localDate  the user's calendar day when it started
 * @param endedAt    when it ended, or null while it runs
 * @param endReason  how it ended, or null while it runs
 */
public record SessionRecord(String id, String programId, boolean routine, Instant startedAt, LocalDate localDate,
        Instant endedAt, EndReason endReason) {

    /** How long it lasted (zero while it runs). */
    public Duration duration() {
        return endedAt == null ? Duration.ZERO : Duration.between(startedAt, endedAt);
    }
}
