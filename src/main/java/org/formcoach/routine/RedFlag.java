package org.formcoach.routine;

/**
 * A safety question. Any "yes" stops coaching and tells the user to contact a healthcare provider;
 * an {@code urgent} one (loss of bladder or bowel control) means emergency care now. A question
 * asked {@code duringMovement} is about what was felt during the head-rotation pain assessment and
 * is asked right after it.
 *
 * @param symptom the symptom in a few words, as the advice names it ("tell them about: …") and the
 *                journal lists it; the question itself when the file gives none
 */
public record RedFlag(String id, String question, boolean urgent, boolean duringMovement, String symptom) {

    public RedFlag {
        symptom = symptom == null || symptom.isBlank() ? question : symptom;
    }

    /** A question about any time, not only the movement just done. */
    public RedFlag(String id, String question, boolean urgent) {
        this(id, question, urgent, false, null);
    }
}
