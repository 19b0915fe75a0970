package org.formcoach.routine;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.formcoach.yaml.FieldReader;
import org.formcoach.yaml.YamlTree;
import org.formcoach.yaml.YamlTree.Entry;
import org.formcoach.yaml.YamlTree.Loc;
import org.formcoach.yaml.YamlTree.MapNode;

/** Reads one routine file: steps that name exercises (already loaded) by id, or rests. */
final class RoutineReader {

    private static final Set<String> FIELDS = Set.of("id", "name", "description", "steps", "warm_up", "schedule");

    /** The routine as read, where its id and its warm-up are written (for the linker). */
    record Read(Routine routine, YamlDocument document, Loc idLoc, Loc warmUpLoc) {
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
        String warmUp = in.text(m, "warm_up", false);
        Schedule schedule = schedule(in, in.map(m, "schedule", false));
        return doc.hasErrors() ? null
                : new Read(new Routine(id, name, description, steps, doc.file, warmUp, schedule), doc,
                        FieldReader.locOf(m, "id"), FieldReader.locOf(m, "warm_up"));
    }

    /** {@code schedule: {days: [saturday], from: "07:00", until: "12:00", goal_minutes: 10}}. */
    private static Schedule schedule(FieldReader in, MapNode m) {
        if (m == null) {
            return null;
        }
        in.checkFields(m, Set.of("days", "from", "until", "goal_minutes"), "a schedule");
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (YamlTree.Node n : in.items(m, "days", "days, e.g. [saturday, sunday]")) {
            DayOfWeek d = in.enumOf(n, DayOfWeek.class);
            if (d != null) {
                days.add(d);
            }
        }
        LocalTime from = time(in, m, "from");
        LocalTime until = time(in, m, "until");
        Double goal = in.number(m, "goal_minutes", 1, 24 * 60, false, "minutes");
        if (from != null && until != null && !from.isBefore(until)) {
            in.error(m.entry("until").value().loc(), "until " + until + " must be later than from " + from);
            return null;
        }
        return from == null || until == null ? null : new Schedule(days, from, until, goal == null ? 0 : goal.intValue());
    }

    private static LocalTime time(FieldReader in, MapNode m, String key) {
        String text = in.text(m, key, true);
        if (text == null) {
            return null;
        }
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (DateTimeParseException e) {
            in.error(m.entry(key).value().loc(), "'" + key + "' must be a time of day in quotes, e.g. \"19:00\","
                    + " found '" + text + "'");
            return null;
        }
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
