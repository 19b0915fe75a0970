package org.formcoach.routine;

/**
 * A safety question. Any "yes" stops coaching and tells the user to contact a healthcare provider;
 * an {@code urgent} one (loss of bladder or bowel control) means emergency care now.
 */
public record RedFlag(String id, String question, boolean urgent) {
}
