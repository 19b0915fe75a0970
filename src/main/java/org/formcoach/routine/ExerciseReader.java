package org.formcoach.routine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.formcoach.pose.OneEuroParameters;
import org.formcoach.rule.RepPhase;
import org.formcoach.rule.RuleSpec;
import org.formcoach.yaml.FieldReader;
import org.formcoach.yaml.YamlTree.Loc;
import org.formcoach.yaml.YamlTree.MapNode;

/** Reads one exercise file ({@code exercises/<id>.yaml}) into an {@link Exercise}. */
final class ExerciseReader {

    private static final Set<String> FIELDS = Set.of("id", "name", "view", "instructions", "dose", "progression",
            "tracker", "rules", "timed_only", "red_flags", "smoothing", "position", "breathing");

    /** The exercise as read, with where its cross-file references are written (for the linker). */
    record Read(Exercise exercise, YamlDocument document, Loc idLoc, Loc progressionNextLoc, Loc reminderLoc) {
    }

    private ExerciseReader() {
    }

    /** Null when the file has errors (they are in {@code doc.errors}). */
    static Read read(YamlDocument doc) {
        MapNode m = doc.root().orElse(null);
        if (m == null) {
            return null;
        }
        FieldReader in = doc.fields;
        in.checkFields(m, FIELDS, "an exercise");
        String id = doc.id(m, "exercise");
        String name = in.text(m, "name", true);
        CameraView view = in.enumValue(m, "view", CameraView.class, null, true);
        String instructions = in.text(m, "instructions", false);
        TrackerReader trackers = new TrackerReader(in);
        TrackerSpec tracker = trackers.read(in.map(m, "tracker", true));
        Dose dose = DoseReader.read(in, in.map(m, "dose", false), Dose.NONE);
        if (tracker != null) {
            DoseReader.check(in, dose, tracker, FieldReader.locOf(m, "dose"));
        }
        List<RuleSpec> rules = rules(in, m, tracker);
        List<String> timedOnly = in.textList(m, "timed_only");
        List<RedFlag> flags = new ArrayList<>();
        for (MapNode f : in.mapList(m, "red_flags")) {
            in.checkFields(f, Set.of("id", "question", "urgent", "during_movement", "symptom"), "a red flag");
            String fid = in.text(f, "id", true);
            String q = in.text(f, "question", true);
            Boolean urgent = in.bool(f, "urgent");
            Boolean during = in.bool(f, "during_movement");
            flags.add(new RedFlag(fid, q, urgent != null && urgent, during != null && during,
                    in.text(f, "symptom", false)));
        }
        MapNode pm = in.map(m, "progression", false);
        Progression progression = progression(in, pm);
        OneEuroParameters smoothing = smoothing(in, in.map(m, "smoothing", false));
        List<RuleSpec> position = new ArrayList<>();
        for (MapNode r : in.mapList(m, "position")) {
            RuleSpec rule = RuleReader.read(in, r);
            if (rule != null) {
                position.add(rule);
            }
        }
        Breathing breathing = breathing(in, in.map(m, "breathing", false));
        if (doc.hasErrors()) {
            return null;
        }
        return new Read(new Exercise(id, name, view, instructions, dose, tracker, rules, timedOnly, flags, progression,
                smoothing, position, doc.file, breathing), doc, FieldReader.locOf(m, "id"),
                pm == null ? m.loc() : FieldReader.locOf(pm, "next"),
                trackers.reminderLoc == null ? m.loc() : trackers.reminderLoc);
    }

    private static List<RuleSpec> rules(FieldReader in, MapNode m, TrackerSpec tracker) {
        List<RuleSpec> rules = new ArrayList<>();
        Map<String, Loc> ids = new LinkedHashMap<>();
        for (MapNode r : in.mapList(m, "rules")) {
            RuleSpec rule = RuleReader.read(in, r);
            if (rule == null) {
                continue;
            }
            Loc first = ids.putIfAbsent(rule.id(), r.entry("id").value().loc());
            if (first != null) {
                in.error(r.entry("id").value().loc(), "duplicate rule id '" + rule.id() + "' (first at line "
                        + first.line() + ") — give each rule its own id");
            }
            if (rule.phase() != RepPhase.ANY && tracker != null && !(tracker instanceof TrackerSpec.Reps)) {
                in.error(r.entry("phase").value().loc(), "'phase' applies only to exercises that count reps, "
                        + "this one is a " + tracker.kind() + " — remove the phase");
            }
            rules.add(rule);
        }
        return rules;
    }

    private static Progression progression(FieldReader in, MapNode pm) {
        if (pm == null) {
            return null;
        }
        in.checkFields(pm, Set.of("sets", "reps", "next"), "a progression");
        Double sets = in.number(pm, "sets", 1, 20, true, "sets");
        Double reps = in.number(pm, "reps", 1, 100, true, "reps");
        String next = in.text(pm, "next", false);
        return new Progression(sets == null ? 1 : sets.intValue(), reps == null ? 1 : reps.intValue(), next);
    }

    /** A breathing pattern to pace: seconds in, held (optional) and out. */
    private static Breathing breathing(FieldReader in, MapNode bm) {
        if (bm == null) {
            return null;
        }
        in.checkFields(bm, Set.of("inhale", "hold", "exhale"), "a breathing pattern");
        Double inhale = in.number(bm, "inhale", 1, 20, true, "seconds");
        double hold = in.numberOr(bm, "hold", 0, 20, 0, "seconds");
        Double exhale = in.number(bm, "exhale", 1, 20, true, "seconds");
        return inhale == null || exhale == null ? null : new Breathing(inhale, hold, exhale);
    }

    /** The 1€ filter on the keypoints (see {@link OneEuroParameters}), within ranges a webcam can use. */
    private static OneEuroParameters smoothing(FieldReader in, MapNode sm) {
        OneEuroParameters d = OneEuroParameters.DEFAULT;
        if (sm == null) {
            return d;
        }
        in.checkFields(sm, Set.of("min_cutoff", "beta", "d_cutoff"), "smoothing");
        Double minCutoff = in.number(sm, "min_cutoff", 0.05, 30, false, "Hz");
        Double beta = in.number(sm, "beta", 0, 10, false, "per pixel per second");
        Double dCutoff = in.number(sm, "d_cutoff", 0.05, 30, false, "Hz");
        return new OneEuroParameters(minCutoff == null ? d.minCutoffHz() : minCutoff, beta == null ? d.beta() : beta,
                dCutoff == null ? d.derivativeCutoffHz() : dCutoff);
    }
}
