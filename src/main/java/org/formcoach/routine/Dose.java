package org.formcoach.routine;

/**
 * How much of an exercise to do. Fields that do not apply are zero.
 *
 * @param sets            number of sets (at least 1)
 * @param reps            repetitions per set (for circles: per direction)
 * @param holdSeconds     hold time per set
 * @param holdMaxSeconds  upper end of a hold range (e.g. 30–45 s), or 0
 * @param restSeconds     rest between sets
 * @param durationSeconds length of a timed exercise (e.g. the 30-s head-rotation check); for any other
 *                        exercise a time box: the step lasts this long, its sets inside it
 * @param cycles          passes through a sequence
 */
public record Dose(int sets, int reps, double holdSeconds, double holdMaxSeconds, double restSeconds,
        double durationSeconds, int cycles) {

    public static final Dose NONE = new Dose(1, 0, 0, 0, 0, 0, 0);

    /** Human-readable dose, e.g. "2 × 8 reps", "3 × 20 s hold, 15 s rest", "4 forward + 4 backward". */
    public String describe(TrackerSpec tracker) {
        String text = tracker.accept(new TrackerSpec.Visitor<String>() {
            public String hold(TrackerSpec.Hold h) {
                return setsPrefix() + seconds(holdSeconds)
                        + (holdMaxSeconds > holdSeconds ? "–" + seconds(holdMaxSeconds) : "") + " s hold";
            }

            public String reps(TrackerSpec.Reps r) {
                return setsPrefix() + reps + " reps";
            }

            public String sequence(TrackerSpec.Sequence s) {
                return cycles + " cycles × " + s.positions().size() + " × " + seconds(s.secondsEach()) + " s";
            }

            public String circles(TrackerSpec.Circles c) {
                return String.join(" + ", c.directions().stream().map(d -> reps + " " + d.id()).toList());
            }

            public String headRotation(TrackerSpec.HeadRotation h) {
                return seconds(durationSeconds) + " s, both ways";
            }

            public String watch(TrackerSpec.Watch w) {
                return durationSeconds > 0 ? seconds(durationSeconds) + " s" : "continuous";
            }

            public String armOpening(TrackerSpec.ArmOpening a) {
                return setsPrefix() + reps + " per side";
            }
        });
        text = restSeconds > 0 && sets > 1 ? text + ", " + seconds(restSeconds) + " s rest" : text;
        return durationSeconds > 0 && !tracker.usesDuration() ? text + ", within " + Timing.clock(durationSeconds)
                : text;
    }

    private String setsPrefix() {
        return sets > 1 ? sets + " × " : "";
    }

    static String seconds(double s) {
        return s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s);
    }
}
