package org.formcoach.app.model;

import static org.formcoach.app.model.Frames.pose;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.formcoach.form.FormEvent;
import org.formcoach.form.Measurement;
import org.formcoach.form.TrackerState;
import org.formcoach.pose.MoveNetModel;
import org.formcoach.rule.RepPhase;
import org.formcoach.session.SessionStore;

/**
 * The child process of the kill test: coaches wall push-ups through the real session controller
 * into the store in {@code args[0]}, set after set, without end, and prints "sets N" each time the
 * database holds another committed set (read on a connection of its own, as any other reader would
 * see it). After the first set of each session it lingers, so that the test can kill it while a
 * session is certainly running; it kills it with SIGKILL.
 */
public final class KillChild {

    private KillChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        ExecutorService ui = Executors.newSingleThreadExecutor();
        ExecutorService background = Executors.newSingleThreadExecutor();
        ScriptedEngine engine = new ScriptedEngine();
        Clock clock = Clock.systemUTC();
        SessionStore store = SessionStore.open(dataDir, clock);
        SessionController c = ui.submit(() -> new SessionController(new SessionController.Setup(Frames.CATALOG,
                Path.of("routines"), engine, new StoredSettings(store, dataDir), background, ui, s -> { },
                Duration.ofMinutes(90), System::nanoTime, store, clock))).get();
        ui.submit(() -> c.open("wall-pushup", "0", MoveNetModel.LIGHTNING, false, true)).get();
        ScriptedEngine.Feed feed = engine.nextStart();
        Thread monitor = new Thread(() -> {
            long seen = -1;
            while (true) {
                long now = store.sets(null, false).size();
                if (now != seen) {
                    seen = now;
                    System.out.println("sets " + now);
                    System.out.flush();
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "monitor");
        monitor.setDaemon(true);
        monitor.start();
        double t = 0;
        int setNumber = 0;
        while (true) {
            // one set of 8 reps, then the 60-s rest runs out on frame time
            for (int rep = 1; rep <= 8; rep++) {
                int r = rep;
                double t0 = t;
                feed.frame(id -> frame(id, t0, r - 1, RepPhase.DOWN, 120, List.of()));
                feed.frame(id -> frame(id, t0 + 1, r - 1, RepPhase.BOTTOM, 88, List.of()));
                List<FormEvent> top = new ArrayList<>(List.of(new FormEvent(FormEvent.Type.REP_COUNTED,
                        Frames.seconds(t0 + 2), "", r)));
                if (r == 8) {
                    top.add(new FormEvent(FormEvent.Type.SET_DONE, Frames.seconds(t0 + 2), "", r));
                }
                org.formcoach.form.RepResult done = new org.formcoach.form.RepResult(r, true, t0, t0 + 1, t0 + 2, "angle",
                        88, List.of());
                feed.frame(id -> frame(id, t0 + 2, r, RepPhase.TOP, 170, top, done));
                t += 3;
                TimeUnit.MILLISECONDS.sleep(3);
            }
            t += 61;
            double rest = t;
            feed.frame(id -> frame(id, rest, 0, RepPhase.TOP, 170, List.of()));
            setNumber++;
            if (setNumber % 2 == 0) {
                ui.submit(c::restart).get();  // the two sets are done: again, as a new session
            } else {
                // between the two sets of a session: linger so that the kill lands while a session runs
                TimeUnit.MILLISECONDS.sleep(1500);
            }
        }
    }

    private static org.formcoach.pipeline.CoachFrame frame(String exercise, double t, int reps, RepPhase phase,
            double angle, List<FormEvent> events) {
        return frame(exercise, t, reps, phase, angle, events, null);
    }

    private static org.formcoach.pipeline.CoachFrame frame(String exercise, double t, int reps, RepPhase phase,
            double angle, List<FormEvent> events, org.formcoach.form.RepResult rep) {
        return Frames.frame(exercise, pose(), Frames.form(t, new TrackerState.Reps(reps, 8, 0, phase, reps >= 8),
                List.of(), events, List.of(new Measurement("rep-angle", angle, "deg", null)), rep));
    }
}
