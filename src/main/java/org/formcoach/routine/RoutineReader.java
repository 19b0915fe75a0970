package org.formcoach.routine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.formcoach.yaml.FieldReader;
import org.formcoach.yaml.YamlTree.Entry;
import org.formcoach.yaml.YamlTree.Loc;
import org.formcoach.yaml.YamlTree.MapNode;

/** Reads one routine file: steps that name exercises (already loaded) by id, or rests. */
final class RoutineReader {

    private static final Set<String> FIELDS = Set.of("id", "name", "description", "steps");

    /** The routine as read and where its id is written. */
    record Read(Routine routine, YamlDocument document, Loc idLoc) {
    }

    private RoutineReader() {
    }

    /** Null when the file has errors (they are in {@code doc.errors}). */
    static Read read(YamlDocument doc, Map<String, Exercise> exercises) {
        MapNode m = doc.root().orElse(null);
        if (m == null) {
            return null;
        }
        FieldReader in = doc.fields;
        in.checkFields(m, FIELDS, "a routine");
        String id = doc.id(m, "routine");
        String name = in.text(m, "name", true);
        String description = in.text(m, "description", false);
        List<Step> steps = new ArrayList<>();
        Entry se = m.entry("steps");
        if (se == null) {
            in.missing(m, "steps", "steps: [{exercise: chest-opener}, {rest: 15}]");
        }
        for (MapNode s : in.mapList(m, "steps")) {
            Step step = step(in, s, exercises);
            if (step != null) {
                steps.add(step);
            }
        }
        if (se != null && steps.isEmpty() && !doc.hasErrors()) {
            in.error(se.value().loc(), "a routine needs at least one step");
        }
        return doc.hasErrors() ? null
                : new Read(new Routine(id, name, description, steps, doc.file), doc, FieldReader.locOf(m, "id"));
    }

    private static Step step(FieldReader in, MapNode s, Map<String, Exercise> exercises) {
        Set<String> fields = new HashSet<>(DoseReader.FIELDS);
        fields.addAll(List.of("exercise", "note"));
        in.checkFields(s, fields, "a step");
        String note = in.text(s, "note", false);
        String exerciseId = in.text(s, "exercise", false);
        if (exerciseId == null) {
            if (s.entry("rest") == null) {
                in.missing(s, "exercise", "exercise: <id> (or rest: <seconds> for a pause)");
                return null;
            }
            in.checkFields(s, Set.of("rest", "note"), "a rest step");
            Double rest = in.number(s, "rest", 1, 600, true, "seconds");
            return rest == null ? null : Step.rest(rest, note);
        }
        Exercise e = exercises.get(exerciseId);
        if (e == null) {
            in.error(s.entry("exercise").value().loc(), "unknown exercise '" + exerciseId + "' — use one of "
                    + String.join(", ", exercises.keySet()) + " (or fix the errors in its file)");
            return null;
        }
        Dose d = DoseReader.fields(in, s, e.dose());
        DoseReader.check(in, d, e.tracker(), s.loc());
        return new Step(exerciseId, d, d.restSeconds(), note);
    }
}
