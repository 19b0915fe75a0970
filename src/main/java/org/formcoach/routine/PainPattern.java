package org.formcoach.routine;

import java.nio.file.Path;
import java.util.List;

/**
 * A pain pattern the programme names, for "Where does it bother you?": how it feels, the muscles
 * behind it, the routine and the stretches it suggests, and what to keep in mind.
 *
 * @param name       how the user recognises it, e.g. "Between the shoulder blades"
 * @param feels      how it behaves, in the programme's words
 * @param muscles    the muscles behind it, e.g. "rhomboids"; empty for "none"
 * @param routine    the routine it suggests (an id)
 * @param stretches  the exercises it suggests (ids), in order
 * @param advice     what to keep in mind, or empty
 */
public record PainPattern(String id, String name, String feels, String muscles, String routine,
        List<String> stretches, String advice, Path source) {

    public PainPattern {
        stretches = List.copyOf(stretches);
        muscles = muscles == null ? "" : muscles;
        advice = advice == null ? "" : advice;
        feels = feels == null ? "" : feels;
    }
}
