package org.formcoach.routine;

import java.nio.file.Path;

/** A problem in a routine or exercise file, located to the character, with the fix in the message. */
public record RoutineError(Path file, int line, int column, String message) {

    /** {@code FILE:LINE:COLUMN: message}, the form editors and compilers use. */
    public String format() {
        return file + ":" + line + ":" + column + ": " + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
