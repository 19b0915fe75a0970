package org.formcoach.session;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Hand-made records for the store and ladder tests. */
final class StoreFixtures {

    private StoreFixtures() {
    }

    /** A session on {@code day} at 08:00 UTC, lasting {@code minutes}. */
    static SessionRecord session(String id, String program, LocalDate day, int minutes) {
        Instant start = day.atTime(8, 0).toInstant(ZoneOffset.UTC);
        return new SessionRecord(id, program, false, start, day, start.plusSeconds(60L * minutes), EndReason.COMPLETED);
    }

    /** A set of {@code reps} reps of which {@code clean} are clean (the rest with a body-line fault). */
    static SetRecord set(SessionRecord s, int seq, String exercise, int target, int reps, int clean) {
        List<RepRecord> list = new ArrayList<>();
        for (int i = 1; i <= reps; i++) {
            list.add(new RepRecord(i, 2.4, 88.5, true, i <= clean ? List.of() : List.of("body-line")));
        }
        Instant start = s.startedAt().plusSeconds(60L * seq);
        return new SetRecord(UUID.randomUUID().toString(), s.id(), seq, exercise, seq, target, reps, clean, 0, 0, 0,
                start, start.plusSeconds(40), reps >= target ? SetOutcome.DONE : SetOutcome.SKIPPED,
                reps > clean ? Map.of("body-line", reps - clean) : Map.of(), list);
    }
}
