package org.formcoach.app.model;

import static org.formcoach.app.model.Frames.pose;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.formcoach.app.model.SessionController.Snapshot;
import org.formcoach.form.FormEvent;
import org.formcoach.form.Measurement;
import org.formcoach.form.TrackerState;
import org.formcoach.pipeline.CoachFrame;
import org.formcoach.pose.MoveNetModel;
import org.formcoach.rule.RepPhase;
import org.formcoach.session.Ladder;
import org.formcoach.session.SessionStore;

/**
 * Two weeks and a day of wall and counter push-ups, done through the real {@link SessionController}
 * into a real store: one session a day, every set to its dose, every rep clean except one on day 4;
 * a journal entry after each session; desk mode on three afternoons. The frames are hand-made (no
 * camera, no model) but go through the controller's sink, the routine, the recorder and the
 * store's writer exactly as live frames do. Each session ends with the quick journal entry and the
 * ladder's word, which the fortnight records.
 */
public final class Fortnight {

    /** The first day of the programme (a Monday). */
    public static final LocalDate DAY0 = LocalDate.of(2026, 11, 2);
    public static final int DAYS = 15;
    /** The day with one rep that sags. */
    static final int FAULTY_DAY = 4;

    /** What the ladder said after each day's session, in order. */
    public record Outcome(int day, String exercise, String dose, Ladder.Kind kind, String needed) {
    }

    /** A wall clock the fortnight moves on. */
    static final class MovingClock extends Clock {
        private volatile Instant now;

        MovingClock(Instant start) {
            now = start;
        }

        void set(Instant t) {
            now = t;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ExecutorService ui = TestExecutors.single("fortnight-ui");
    private final ExecutorService background = TestExecutors.single("fortnight-bg");
    private final ScriptedEngine engine = new ScriptedEngine();
    private final MovingClock clock = new MovingClock(DAY0.atTime(7, 0).toInstant(ZoneOffset.UTC));
    private final SessionStore store;
    private final SessionController c;

    private boolean answerLastOffer = true;

    private Fortnight(Path dataDir) throws Exception {
        store = SessionStore.open(dataDir, clock);
        c = onUi(() -> new SessionController(new SessionController.Setup(Frames.CATALOG, Path.of("routines"), engine,
                new StoredSettings(store, dataDir.resolve("no-legacy")), background, ui, s -> { },
                Duration.ofMinutes(90), System::nanoTime, store, clock)));
        ui(() -> c.open("wall-pushup", "0", MoveNetModel.LIGHTNING, false, false));
    }

    /** Seeds {@code dataDir} with the fortnight and returns what the ladder said each day. */
    public static List<Outcome> seed(Path dataDir) throws Exception {
        return seed(dataDir, true);
    }

    /**
     * As {@link #seed(Path)}; with {@code answerLastOffer} false the chair, offered on the last day,
     * is left unanswered.
     */
    public static List<Outcome> seed(Path dataDir, boolean answerLastOffer) throws Exception {
        Fortnight f = new Fortnight(dataDir);
        f.answerLastOffer = answerLastOffer;
        try {
            return f.run();
        } finally {
            f.close();
        }
    }

    private List<Outcome> run() throws Exception {
        List<Outcome> outcomes = new ArrayList<>();
        for (int d = 0; d < DAYS; d++) {
            int day = d;
            LocalDate date = DAY0.plusDays(day);
            clock.set(date.atTime(7, 30).toInstant(ZoneOffset.UTC));
            var rung = c.progress().orElseThrow().current();
            ui(() -> {
                c.selectProgram(rung.exerciseId());
                if (c.snapshot().phase() != SessionController.Phase.LOADING) {
                    c.start();  // choosing did not start it (it was chosen already)
                }
            });
            ScriptedEngine.Feed feed = engine.nextStart();
            await(s -> s.phase() == SessionController.Phase.RUNNING);
            frameTime = 0;
            for (int set = 1; set <= rung.sets(); set++) {
                set(feed, rung.reps(), day == FAULTY_DAY && set == 2 ? 5 : -1);
                clock.set(clock.instant().plusSeconds(240));  // the rest, and getting ready again
            }
            Snapshot after = await(s -> s.journal() != null && s.journal().advice() != null);
            Ladder.Advice advice = after.journal().advice();
            outcomes.add(new Outcome(day, rung.exerciseId(), rung.dose(), advice.kind(), advice.needed()));
            if (advice.isOffer() && (answerLastOffer || day < DAYS - 1)) {
                ui(c::acceptOffer);
                await(s -> s.status().startsWith("Your level is now"));
            }
            ui(() -> c.saveJournal(Math.max(0, 4 - day / 4), "between the shoulder blades",
                    day % 3 == 0 ? "after sitting long" : "comes and goes", "day " + day, Map.of()));
            if (day % 5 == 2) {
                desk(date);
            }
        }
        store.flush();
        return outcomes;
    }

    private double frameTime;

    /**
     * One set of {@code reps} reps, four frames each (down, bottom with the elbow angle, up, top with
     * the count); the rep {@code faulty} (1-based, or -1) has the hips sag while it is done.
     *
     */
    private void set(ScriptedEngine.Feed feed, int reps, int faulty) {
        double time = frameTime;
        for (int r = 1; r <= reps; r++) {
            int rep = r;
            boolean sag = rep == faulty;
            double t0 = time;
            feed.frame(id -> frame(id, t0, rep - 1, reps, RepPhase.DOWN, 120,
                    sag ? List.of(new FormEvent(FormEvent.Type.CUE_STARTED, Frames.seconds(t0), "hip-line", 0)) : List.of()));
            feed.frame(id -> frame(id, t0 + 1, rep - 1, reps, RepPhase.BOTTOM, 88, List.of()));
            feed.frame(id -> frame(id, t0 + 2, rep - 1, reps, RepPhase.UP, 130,
                    sag ? List.of(new FormEvent(FormEvent.Type.CUE_ENDED, Frames.seconds(t0 + 2), "hip-line", 0)) : List.of()));
            List<FormEvent> top = new ArrayList<>(List.of(new FormEvent(FormEvent.Type.REP_COUNTED,
                    Frames.seconds(t0 + 3), "", rep)));
            if (rep == reps) {
                top.add(new FormEvent(FormEvent.Type.SET_DONE, Frames.seconds(t0 + 3), "", rep));
            }
            org.formcoach.form.RepResult done = new org.formcoach.form.RepResult(rep, true, t0, t0 + 1, t0 + 3, "angle",
                    88, sag ? List.of("hip-line") : List.of());
            feed.frame(id -> frame(id, t0 + 3, rep, reps, RepPhase.TOP, 170, top, done));
            time += 4;
            clock.set(clock.instant().plusSeconds(4));
        }
        // the rest between sets (60 s) runs out on frame time
        double restEnd = time + 61;
        feed.frame(id -> frame(id, restEnd, 0, reps, RepPhase.TOP, 170, List.of()));
        frameTime = restEnd + 1;
    }

    private static CoachFrame frame(String exercise, double t, int reps, int target, RepPhase phase, double angle,
            List<FormEvent> events) {
        return frame(exercise, t, reps, target, phase, angle, events, null);
    }

    private static CoachFrame frame(String exercise, double t, int reps, int target, RepPhase phase, double angle,
            List<FormEvent> events, org.formcoach.form.RepResult rep) {
        return Frames.frame(exercise, pose(), Frames.form(t, new TrackerState.Reps(reps, target, 0, phase,
                reps >= target), List.of(), events, List.of(new Measurement("rep-angle", angle, "deg", null)), rep));
    }

    /** Desk mode from 13:00 for three hours: 2, 5 and 1 posture alerts. */
    private void desk(LocalDate date) throws Exception {
        clock.set(date.atTime(13, 0).toInstant(ZoneOffset.UTC));
        ui(c::dismissJournal);
        ui(c::enterDeskMode);
        ScriptedEngine.Feed feed = engine.nextStart();
        await(s -> s.phase() == SessionController.Phase.RUNNING && s.desk() != null);
        List<List<Integer>> hours = List.of(List.of(2), List.of(2, 5), List.of(2, 5, 1));
        double t = 0;
        for (List<Integer> h : hours) {
            double at = t;
            feed.frame(id -> Frames.frame(id, pose(), Frames.form(at, new TrackerState.Watch(true, at, h), List.of(),
                    List.of(), List.of())));
            t += 3600;
        }
        clock.set(date.atTime(16, 0).toInstant(ZoneOffset.UTC));
        ui(c::leaveDeskMode);
        ui(() -> c.selectProgram("office-reset"));  // ends the desk session: the reset starts
        engine.nextStart();
        await(s -> s.phase() == SessionController.Phase.RUNNING && s.program().id().equals("office-reset"));
    }

    private void close() throws Exception {
        ui(c::close);
        ui.shutdownNow();
        background.shutdownNow();
        store.close();
    }

    private <T> T onUi(Callable<T> task) throws Exception {
        return ui.submit(task).get(10, TimeUnit.SECONDS);
    }

    private void ui(Runnable task) throws Exception {
        ui.submit(task).get(10, TimeUnit.SECONDS);
    }

    private Snapshot await(Predicate<Snapshot> test) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            Snapshot s = onUi(c::snapshot);
            if (test.test(s)) {
                return s;
            }
            Thread.sleep(2);
        }
        throw new AssertionError("not reached in 10 s; last: " + c.snapshot());
    }
}
