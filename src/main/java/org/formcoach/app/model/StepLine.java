package org.formcoach.app.model;

/** One line of the routine's step list. */
public record StepLine(String text, Status status) {

    public enum Status {
        DONE, CURRENT, NEXT, LATER
    }
}
