package org.formcoach.session;

import java.time.Instant;
import java.util.Locale;

/**
 * Something that happened on a ladder.
 *
 * @param kind what: the dose grew, the user moved up, stayed, or stepped back
 */
public record LadderEvent(String id, Instant at, String family, Kind kind, String fromExercise, String toExercise,
        int sets, int reps) {

    public enum Kind {
        /** More sets or reps on the same rung. */
        DOSE,
        /** The next rung was offered and taken. */
        MOVED_UP,
        /** An offer (up or back) was declined. */
        STAYED,
        /** A step back was offered and taken. */
        STEPPED_BACK;

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Kind of(String id) {
            return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }
}
