package org.formcoach.app.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.formcoach.routine.RedFlag;

/**
 * The red-flag questions: each answered yes or no; any "yes" stops coaching, an urgent one with the
 * words for emergency care. Asked in the programme's order: right after the head-rotation pain
 * assessment, first what was felt during it, then the other red flags; or when the user reports a
 * symptom during a session.
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

    /** Why the questions are asked. */
    public enum Reason {
        /** After the pain assessment (or from the menu): what was felt during it, then the rest. */
        ASSESSMENT,
        /** The user reported a symptom during a session. */
        SYMPTOM
    }

    /** Where to turn for next steps, besides one's own healthcare provider. */
    static final String NURSE_LINE = "A nurse advice line can help with next steps (811 in most Canadian provinces).";
    static final String JOURNAL = "Keep a symptom journal (How does your back feel? in the menu): pain patterns, how"
            + " you respond to stretching and changes in daily function, to share with your provider.";
    static final String STOP_TEXT = "Please stop here: do not stretch or exercise with FormCoach for now. Contact a "
            + "healthcare provider (your doctor or physiotherapist) before stretching again, and tell them about: ";
    static final String URGENT_TEXT = "Loss of bladder or bowel control together with back pain needs emergency "
            + "care: seek it immediately. Call your local emergency number or go to the nearest emergency "
            + "department. Do not exercise.";
    static final String CONTINUE_TEXT = "Thank you. If any of this changes, stop and answer the questions again "
            + "(Safety questions in the menu, or I have a symptom during a session).";

    private final List<RedFlag> flags;
    private final Reason reason;
    private final Map<String, Boolean> answers = new LinkedHashMap<>();

    /** The questions asked after the pain assessment, in the order given (during the movement first). */
    public RedFlagScreening(List<RedFlag> flags) {
        this(flags, Reason.ASSESSMENT);
    }

    public RedFlagScreening(List<RedFlag> flags, Reason reason) {
        // what was felt during the movement first, then the others, each group in its own order
        this.flags = Stream.concat(flags.stream().filter(RedFlag::duringMovement),
                flags.stream().filter(f -> !f.duringMovement())).toList();
        this.reason = reason;
    }

    public List<RedFlag> questions() {
        return flags;
    }

    public Reason reason() {
        return reason;
    }

    /** The questions about what was felt during the head-rotation movement, asked first. */
    public List<RedFlag> duringMovement() {
        return flags.stream().filter(RedFlag::duringMovement).toList();
    }

    /** The other red flags. */
    public List<RedFlag> anyTime() {
        return flags.stream().filter(f -> !f.duringMovement()).toList();
    }

    /** The panel's heading. */
    public String heading() {
        return switch (reason) {
            case SYMPTOM -> "You have a symptom: coaching is paused";
            case ASSESSMENT -> duringMovement().isEmpty() ? "A few safety questions"
                    : "What did you feel while turning your head?";
        };
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
            case STOP -> STOP_TEXT + String.join("; ", flags.stream()
                    .filter(f -> answers.getOrDefault(f.id(), false)).map(RedFlag::symptom).toList()) + ". "
                    + NURSE_LINE + " " + JOURNAL;
            case URGENT_STOP -> URGENT_TEXT + " " + NURSE_LINE;
        };
    }

    /** Whether coaching may start. */
    public boolean mayCoach() {
        return outcome() == Outcome.CONTINUE;
    }

    /** Whether any question about the head-rotation movement was asked (the assessment is then done). */
    public boolean assessed() {
        return !duringMovement().isEmpty();
    }

    /** Whether the other red flags were asked (their answers are then fresh). */
    public boolean screened() {
        return !anyTime().isEmpty();
    }
}
