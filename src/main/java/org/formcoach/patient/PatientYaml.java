package org.formcoach.patient;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import org.formcoach.routine.Catalog;
import org.formcoach.routine.Exercise;

/**
 * A patient profile as a YAML document, to hand from one computer to another:
 * <pre>
 * code: P-017
 * name: Anna
 * notes: Sore neck after long days at the desk.
 * routine: weekend-session
 * rung: counter-pushup
 * thresholds:
 *   - {exercise: floor-pushup, rule: hip-line, min: -18, max: 30}
 * </pre>
 */
public final class PatientYaml {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    /** Patient files over this size are refused unread (a profile is a few hundred bytes). */
    public static final int MAX_BYTES = 1024 * 1024;

    private PatientYaml() {
    }

    public static String write(PatientProfile p) {
        try {
            return YAML.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads a profile and checks it against {@code catalog}: every override names an exercise and
     * rule that exist and a range that is not empty.
     *
     * @throws IllegalArgumentException with one line saying what is wrong and where
     */
    public static PatientProfile read(String yaml, Catalog catalog) {
        PatientProfile p;
        try {
            p = YAML.readValue(yaml, PatientProfile.class);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ": ";
            String why = e.getOriginalMessage().lines().findFirst().orElse("");
            if (e.getCause() instanceof IllegalArgumentException iae) {
                why = iae.getMessage();
            }
            throw new IllegalArgumentException(where + why, e);
        }
        if (p == null) {
            throw new IllegalArgumentException("the file holds no patient");
        }
        for (PatientProfile.Threshold t : p.thresholds()) {
            Exercise e = catalog.exercise(t.exercise()).orElseThrow(() -> new IllegalArgumentException(
                    "threshold for unknown exercise '" + t.exercise() + "' (known: "
                            + String.join(", ", catalog.exercises().keySet()) + ")"));
            var rule = e.rule(t.rule()).orElseThrow(() -> new IllegalArgumentException("exercise " + e.id()
                    + " has no rule '" + t.rule() + "' (its rules: " + String.join(", ",
                    e.rules().stream().map(r -> r.id()).toList()) + ")"));
            rule.withRange(t.min(), t.max());  // throws for an empty range
        }
        return p;
    }
}
