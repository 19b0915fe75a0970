package org.formcoach.routine;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What the answers to the red-flag questions mean. Any "yes" stops coaching; an urgent one (loss of
 * bladder or bowel control) means emergency care now.
 */
public final class SafetyCheck {

    public enum Verdict {
        /** No red flag: coaching may go on. */
        CONTINUE("No red flags. You can go on."),
        /** A red flag: stop and contact a healthcare provider before exercising again. */
        STOP("Please stop here and contact a healthcare provider before you exercise again."),
        /** An urgent red flag: seek emergency care now. */
        EMERGENCY("Please seek emergency medical care now.");

        private final String advice;

        Verdict(String advice) {
            this.advice = advice;
        }

        /** What to tell the user. */
        public String advice() {
            return advice;
        }
    }

    private SafetyCheck() {
    }

    /**
     * @param flags   the questions asked (e.g. {@link Catalog#redFlags()})
     * @param yesIds  ids of the questions answered "yes"
     * @throws IllegalArgumentException if an answer names a question that was not asked
     */
    public static Verdict assess(List<RedFlag> flags, Collection<String> yesIds) {
        Set<String> asked = Set.copyOf(flags.stream().map(RedFlag::id).toList());
        for (String id : yesIds) {
            if (!asked.contains(id)) {
                throw new IllegalArgumentException("no red-flag question '" + id + "' (asked: " + asked + ")");
            }
        }
        boolean urgent = flags.stream().anyMatch(f -> f.urgent() && yesIds.contains(f.id()));
        return urgent ? Verdict.EMERGENCY : yesIds.isEmpty() ? Verdict.CONTINUE : Verdict.STOP;
    }
}
