package org.formcoach.app.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.formcoach.routine.RedFlag;

/**
 * The red-flag questions asked before the first session (and again from the menu): each answered
 * yes or no; any "yes" stops coaching, an urgent one with the words for emergency care.
 */
public final class RedFlagScreening {

    public enum Outcome {
        /** Not every question is answered yet. */
        INCOMPLETE,
        /** All answered "no": coaching may go on. */
        CONTINUE,
        /** A "yes": no coaching; contact a healthcare provider. */
        STOP,
        /** A "yes" to an urgent question (loss of bladder or bowel control): emergency care now. */
        URGENT_STOP
    }

    static final String STOP_TEXT = "Please do not exercise with FormCoach for now. Contact a healthcare provider "
            + "(your doctor or physiotherapist) and tell them what you answered \"yes\" to: ";
    static final String URGENT_TEXT = "Loss of bladder or bowel control together with back pain needs emergency "
            + "care now: call your local emergency number or go to the nearest emergency department. "
            + "Do not exercise.";
    static final String CONTINUE_TEXT = "Thank you. If any of this changes, stop and answer the questions again "
            + "(Safety questions in the menu).";

    private final List<RedFlag> flags;
    private final Map<String, Boolean> answers = new LinkedHashMap<>();

    public RedFlagScreening(List<RedFlag> flags) {
        this.flags = List.copyOf(flags);
    }

    public List<RedFlag> questions() {
        return flags;
    }

    /** Records the answer to the question {@code flagId}. */
    public void answer(String flagId, boolean yes) {
        if (flags.stream().noneMatch(f -> f.id().equals(flagId))) {
            throw new IllegalArgumentException("no red-flag question '" + flagId + "'");
        }
        answers.put(flagId, yes);
    }

    public Optional<Boolean> answerTo(String flagId) {
        return Optional.ofNullable(answers.get(flagId));
    }

    public Outcome outcome() {
        boolean urgent = flags.stream().anyMatch(f -> f.urgent() && answers.getOrDefault(f.id(), false));
        if (urgent) {
            return Outcome.URGENT_STOP;  // no need to wait for the other answers
        }
        if (flags.stream().anyMatch(f -> answers.getOrDefault(f.id(), false))) {
            return Outcome.STOP;
        }
        return answers.size() == flags.size() ? Outcome.CONTINUE : Outcome.INCOMPLETE;
    }

    /** What to tell the user for the current outcome. */
    public String message() {
        return switch (outcome()) {
            case INCOMPLETE -> "Please answer every question.";
            case CONTINUE -> CONTINUE_TEXT;
            case STOP -> STOP_TEXT + String.join(" ", flags.stream()
                    .filter(f -> answers.getOrDefault(f.id(), false)).map(RedFlag::question).toList());
            case URGENT_STOP -> URGENT_TEXT;
        };
    }

    /** Whether coaching may start. */
    public boolean mayCoach() {
        return outcome() == Outcome.CONTINUE;
    }
}
