package org.formcoach.routine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.formcoach.pose.Keypoint;
import org.formcoach.rule.RepPhase;
import org.formcoach.rule.RuleSpec;

/** Writes a {@link Catalog} for people (text) or tools (JSON). */
public final class CatalogPrinter {

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE);

    public void printText(Catalog c, PrintWriter out) {
        out.println("Routines");
        for (Routine r : c.routines().values()) {
            out.println("  " + r.id() + "  " + r.name() + "  " + totalText(c, r));
            if (r.schedule() != null) {
                out.println("    suggested: " + r.schedule().describe());
            }
            int n = 1;
            for (Step s : r.steps()) {
                out.println("    " + n++ + ". [" + Timing.clock(Timing.seconds(s, s.isRest() ? null
                        : c.exercise(s.exerciseId()).orElseThrow())) + "] " + stepText(c, s));
            }
        }
        out.println();
        out.println("Exercises");
        for (Exercise e : c.exercises().values()) {
            out.println("  " + e.id() + "  " + e.name() + "  [view: " + e.view().id() + "]");
            out.println("    dose: " + e.dose().describe(e.tracker())
                    + (e.progression() == null ? "" : "; build up to " + e.progression().sets() + " × "
                            + e.progression().reps() + (e.progression().next() == null ? ""
                            : ", then " + e.progression().next())));
            out.println("    counts: " + trackerText(e.tracker()));
            if (e.breathing() != null) {
                out.println("    breathing guide: " + e.breathing().describe());
            }
            for (RuleSpec r : e.rules()) {
                out.println("    rule " + ruleText(r));
            }
            for (String t : e.timedOnly()) {
                out.println("    not checked: " + t);
            }
            if (!e.redFlags().isEmpty()) {
                out.println("    red flags: " + e.redFlags().size() + " questions (any yes: stop and contact a "
                        + "healthcare provider)");
            }
        }
        if (!c.patterns().isEmpty()) {
            out.println();
            out.println("Where does it bother you?");
            for (PainPattern p : c.patterns().values()) {
                out.println("  " + p.id() + "  " + p.name() + (p.muscles().isEmpty() ? "" : " (" + p.muscles() + ")"));
                out.println("    routine: " + p.routine() + (p.stretches().isEmpty() ? ""
                        : "; stretches: " + String.join(", ", p.stretches())));
            }
        }
        out.flush();
    }

    /** e.g. "1:30 + 1:00 warm-up = 2:30", or "15:00". */
    public static String totalText(Catalog c, Routine r) {
        double own = Timing.total(r, c);
        double all = c.sessionSeconds(r);
        return all > own ? Timing.clock(own) + " + " + Timing.clock(all - own) + " " + r.warmUp() + " = "
                + Timing.clock(all) : Timing.clock(own);
    }

    public void printJson(Catalog c, PrintWriter out) {
        ObjectNode root = json.createObjectNode();
        ArrayNode routines = root.putArray("routines");
        for (Routine r : c.routines().values()) {
            ObjectNode n = routines.addObject().put("id", r.id()).put("name", r.name()).put("description", r.description())
                    .put("file", r.source().toString()).put("warm_up", r.warmUp())
                    .put("total_seconds", Timing.total(r, c)).put("session_seconds", c.sessionSeconds(r));
            if (r.schedule() != null) {
                n.put("schedule", r.schedule().describe());
            }
            ArrayNode steps = n.putArray("steps");
            for (Step s : r.steps()) {
                ObjectNode sn = steps.addObject();
                sn.put("seconds", Timing.seconds(s, s.isRest() ? null : c.exercise(s.exerciseId()).orElseThrow()));
                if (s.isRest()) {
                    sn.put("rest_seconds", s.restSeconds());
                } else {
                    sn.put("exercise", s.exerciseId()).put("dose", c.exercise(s.exerciseId())
                            .map(e -> s.dose().describe(e.tracker())).orElse(""));
                    sn.set("dose_fields", json.valueToTree(s.dose()));
                }
                sn.put("note", s.note());
            }
        }
        ArrayNode exercises = root.putArray("exercises");
        for (Exercise e : c.exercises().values()) {
            ObjectNode n = exercises.addObject().put("id", e.id()).put("name", e.name()).put("view", e.view().id())
                    .put("dose", e.dose().describe(e.tracker())).put("tracker", e.tracker().kind())
                    .put("counts", trackerText(e.tracker())).put("file", e.source().toString());
            n.set("dose_fields", json.valueToTree(e.dose()));
            if (e.progression() != null) {
                n.set("progression", json.valueToTree(e.progression()));
            }
            ArrayNode rules = n.putArray("rules");
            for (RuleSpec r : e.rules()) {
                ObjectNode rn = rules.addObject().put("id", r.id()).put("kind", r.kind().id())
                        .put("range", r.rangeText()).put("severity", r.severity().name().toLowerCase(Locale.ROOT))
                        .put("phase", r.phase().name().toLowerCase(Locale.ROOT))
                        .put("relative_to_neutral", r.relativeToNeutral()).put("after_seconds", r.afterSeconds());
                ArrayNode pts = rn.putArray("points");
                r.points().forEach(k -> pts.add(k.id()));
            }
            if (e.breathing() != null) {
                n.set("breathing", json.valueToTree(e.breathing()));
            }
            ArrayNode timed = n.putArray("timed_only");
            e.timedOnly().forEach(timed::add);
            ArrayNode flags = n.putArray("red_flags");
            e.redFlags().forEach(f -> flags.addObject().put("id", f.id()).put("question", f.question())
                    .put("urgent", f.urgent()));
        }
        ArrayNode patterns = root.putArray("patterns");
        for (PainPattern p : c.patterns().values()) {
            ObjectNode pn = patterns.addObject().put("id", p.id()).put("name", p.name()).put("feels", p.feels())
                    .put("muscles", p.muscles()).put("routine", p.routine()).put("advice", p.advice());
            ArrayNode st = pn.putArray("stretches");
            p.stretches().forEach(st::add);
        }
        ArrayNode errors = root.putArray("errors");
        for (RoutineError err : c.errors()) {
            errors.addObject().put("file", err.file().toString()).put("line", err.line()).put("column", err.column())
                    .put("message", err.message());
        }
        try {
            out.println(json.writeValueAsString(root));
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException("cannot write JSON", ex);
        }
        out.flush();
    }

    private static String stepText(Catalog c, Step s) {
        String text = s.isRest() ? "rest " + Dose.seconds(s.restSeconds()) + " s"
                : s.exerciseId() + " — " + s.dose().describe(c.exercise(s.exerciseId()).orElseThrow().tracker());
        return s.note() == null ? text : text + " (" + s.note() + ")";
    }

    /** One line per rule: id, kind, keypoints, allowed range, severity and phase. */
    static String ruleText(RuleSpec r) {
        return r.id() + ": " + r.kind().id() + " " + ids(r.points()) + " " + r.rangeText()
                + (r.relativeToNeutral() ? " vs neutral" : "") + ", " + r.severity().name().toLowerCase(Locale.ROOT)
                + (r.phase() == RepPhase.ANY ? "" : ", at " + r.phase().name().toLowerCase(Locale.ROOT))
                + (r.afterSeconds() >= 5 ? ", after " + Dose.seconds(r.afterSeconds()) + " s" : "");
    }

    static String trackerText(TrackerSpec t) {
        return t.accept(new TrackerSpec.Visitor<String>() {
            public String hold(TrackerSpec.Hold h) {
                return "hold timer (pauses after " + Dose.seconds(h.graceSeconds()) + " s of broken form)";
            }

            public String reps(TrackerSpec.Reps r) {
                return "reps on the angle " + ids(r.angle()) + " (top >= " + Dose.seconds(r.top()) + ", bottom <= "
                        + Dose.seconds(r.bottom()) + ")"
                        + (r.reach() == null ? "" : " or the reach (top >= " + Dose.seconds(r.reach().top())
                                + ", bottom <= " + Dose.seconds(r.reach().bottom()) + ")")
                        + ", tempo cue under " + Dose.seconds(r.minRepSeconds()) + " s";
            }

            public String sequence(TrackerSpec.Sequence s) {
                return "sequence of " + s.point().id() + " against " + s.reference().id() + ": "
                        + String.join(", ", s.positions().stream().map(p -> p.name()).toList()) + ", "
                        + Dose.seconds(s.secondsEach()) + " s each";
            }

            public String circles(TrackerSpec.Circles c) {
                return "circles of " + c.point().id() + " around " + c.reference().id() + ", "
                        + String.join(" then ", c.directions().stream().map(TrackerSpec.CircleDirection::id).toList());
            }

            public String headRotation(TrackerSpec.HeadRotation h) {
                return "head turns both ways (nose against the ears, at least " + Dose.seconds(h.minTurn()) + ")";
            }

            public String watch(TrackerSpec.Watch w) {
                return "posture watch (neutral from the first " + Dose.seconds(w.calibrationSeconds()) + " s"
                        + (w.reminderMinutes() > 0 ? ", " + w.reminderRoutine() + " reminder every "
                                + Dose.seconds(w.reminderMinutes()) + " min" : "") + ")";
            }

            public String armOpening(TrackerSpec.ArmOpening a) {
                return "arm openings per side (the wrists apart from " + Dose.seconds(a.closed()) + " to "
                        + Dose.seconds(a.open()) + " arm lengths and back), tempo cue under "
                        + Dose.seconds(a.minRotationSeconds()) + " s";
            }
        });
    }

    private static String ids(List<Keypoint> points) {
        return "[" + String.join(", ", points.stream().map(Keypoint::id).toList()) + "]";
    }
}
