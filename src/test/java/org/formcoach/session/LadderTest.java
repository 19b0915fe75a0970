package org.formcoach.session;

import static org.formcoach.session.StoreFixtures.session;
import static org.formcoach.session.StoreFixtures.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.formcoach.routine.Catalog;
import org.formcoach.routine.Routine;
import org.formcoach.routine.RoutineLoader;
import org.formcoach.routine.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ladder's decisions on recorded histories. */
class LadderTest {

    static final Catalog CATALOG = new RoutineLoader().load(Path.of("routines"));
    private static final LocalDate DAY0 = LocalDate.of(2026, 11, 2);
    private final Ladder ladder = Ladder.of(CATALOG).orElseThrow();

    @TempDir
    Path dir;

    /** A session on day {@code day} of the programme: one set per entry of {@code reps}, {@code clean} of each clean. */
    private static Ladder.Attempt attempt(int day, String exercise, int clean, int... reps) {
        SessionRecord s = session("s" + day + exercise + reps.length, exercise, DAY0.plusDays(day), 8);
        List<SetRecord> sets = new ArrayList<>();
        for (int i = 0; i < reps.length; i++) {
            sets.add(set(s, i + 1, exercise, reps[i], reps[i], Math.min(clean, reps[i])));
        }
        return new Ladder.Attempt(sets.get(sets.size() - 1).endedAt(), s.localDate(), exercise, sets);
    }

    private static Rung rung(String exercise, int sets, int reps) {
        return new Rung("wall-pushup", exercise, sets, reps, DAY0);
    }

    private Ladder.Advice advise(Rung current, int today, Ladder.Attempt... attempts) {
        return ladder.advise(current, List.of(attempts), null, DAY0, DAY0.plusDays(today));
    }

    @Test
    void theRungsComeFromTheProgressionFieldsAndEachRungGrowsFrom2x8To3x12() {
        assertEquals(List.of("wall-pushup", "counter-pushup", "chair-pushup", "floor-pushup"),
                ladder.rungs().stream().map(e -> e.id()).toList());
        assertEquals("[2 × 8, 2 × 10, 2 × 12, 3 × 10, 3 × 12]", ladder.doses("wall-pushup").toString());
        assertEquals(new Rung("wall-pushup", "wall-pushup", 2, 8, DAY0), ladder.start(DAY0));
    }

    @Test
    void aSessionWithEveryRepCleanGrowsTheDoseAndOneFaultKeepsIt() {
        Ladder.Advice grow = advise(rung("wall-pushup", 2, 8), 0, attempt(0, "wall-pushup", 8, 8, 8));
        assertEquals(Ladder.Kind.GROW, grow.kind());
        assertEquals("2 × 10", grow.proposed().dose());
        Ladder.Advice keep = advise(rung("wall-pushup", 2, 8), 0, attempt(0, "wall-pushup", 7, 8, 8));
        assertEquals(Ladder.Kind.KEEP, keep.kind());
        assertEquals("Next: 2 × 10 after a session of 2 × 8 with every rep clean.", keep.needed());
        assertEquals(Ladder.Kind.GROW, advise(rung("wall-pushup", 2, 12), 3, attempt(3, "wall-pushup", 12, 12, 12))
                .kind());
        assertEquals("3 × 10", advise(rung("wall-pushup", 2, 12), 3, attempt(3, "wall-pushup", 12, 12, 12))
                .proposed().dose(), "after 2 × 12 a third set");
    }

    @Test
    void theNextRungIsOfferedAfter3x12WithEveryRepCleanOnTwoDifferentDays() {
        Rung top = rung("wall-pushup", 3, 12);
        Ladder.Advice one = advise(top, 5, attempt(5, "wall-pushup", 12, 12, 12, 12));
        assertEquals(Ladder.Kind.KEEP, one.kind());
        assertEquals("Counter push-up: 3 × 12 with every rep clean on 2 different days (1 of 2 so far).", one.needed());
        Ladder.Advice sameDay = advise(top, 5, attempt(5, "wall-pushup", 12, 12, 12, 12),
                attempt(5, "wall-pushup", 12, 12, 12, 12, 12));
        assertEquals(Ladder.Kind.KEEP, sameDay.kind(), "two sessions on one day are one day");
        Ladder.Advice faulty = advise(top, 6, attempt(5, "wall-pushup", 12, 12, 12, 12),
                attempt(6, "wall-pushup", 11, 12, 12, 12));
        assertEquals(Ladder.Kind.KEEP, faulty.kind(), "one rep with a fault is not perfect form");
        Ladder.Advice offer = advise(top, 6, attempt(5, "wall-pushup", 12, 12, 12, 12),
                attempt(6, "wall-pushup", 12, 12, 12, 12));
        assertEquals(Ladder.Kind.OFFER_NEXT, offer.kind());
        assertEquals(new Rung("wall-pushup", "counter-pushup", 2, 8, DAY0.plusDays(6)), offer.proposed());
    }

    @Test
    void theChairIsNotOfferedBeforeTwoWeeksOfWorkNorTheFloorBeforeSix() {
        Rung counterTop = rung("counter-pushup", 3, 12);
        Ladder.Attempt[] perfect = {attempt(9, "counter-pushup", 12, 12, 12, 12),
            attempt(10, "counter-pushup", 12, 12, 12, 12)};
        Ladder.Advice early = advise(counterTop, 13, perfect);
        assertEquals(Ladder.Kind.WAIT, early.kind());
        assertNull(early.proposed());
        assertEquals("Chair push-up opens on Mon 16 Nov (2 weeks into the programme): keep going at 3 × 12.",
                early.needed());
        assertEquals(Ladder.Kind.OFFER_NEXT, advise(counterTop, 14, perfect).kind(), "day 14: two weeks of work");

        Rung chairTop = rung("chair-pushup", 3, 12);
        Ladder.Attempt[] chair = {attempt(30, "chair-pushup", 12, 12, 12, 12),
            attempt(31, "chair-pushup", 12, 12, 12, 12)};
        assertEquals(Ladder.Kind.WAIT, advise(chairTop, 41, chair).kind());
        assertEquals(Ladder.Kind.OFFER_NEXT, advise(chairTop, 42, chair).kind());
        assertEquals("floor-pushup", advise(chairTop, 42, chair).proposed().exerciseId());
    }

    @Test
    void twoSessionsBelowTheDoseOfferAStepBack() {
        Ladder.Advice down = advise(rung("counter-pushup", 2, 10), 20, attempt(19, "counter-pushup", 7, 7, 6),
                attempt(20, "counter-pushup", 8, 9, 8));
        assertEquals(Ladder.Kind.OFFER_BACK, down.kind());
        assertEquals("2 × 8", down.proposed().dose());
        assertEquals("counter-pushup", down.proposed().exerciseId());
        assertEquals(Ladder.Kind.KEEP, advise(rung("counter-pushup", 2, 10), 20, attempt(18, "counter-pushup", 7, 7, 6),
                attempt(19, "counter-pushup", 10, 10, 10), attempt(20, "counter-pushup", 8, 9, 8)).kind(),
                "only two in a row");
        Ladder.Advice back = advise(rung("counter-pushup", 2, 8), 20, attempt(19, "counter-pushup", 5, 5),
                attempt(20, "counter-pushup", 6, 6));
        assertEquals(Ladder.Kind.OFFER_BACK, back.kind());
        assertEquals(new Rung("wall-pushup", "wall-pushup", 3, 12, DAY0.plusDays(20)), back.proposed(),
                "from a rung's first dose to the previous rung's top");
        assertEquals(Ladder.Kind.KEEP, advise(rung("wall-pushup", 2, 8), 2, attempt(1, "wall-pushup", 5, 5),
                attempt(2, "wall-pushup", 6, 6)).kind(), "nothing below the first rung's first dose");
    }

    @Test
    void sessionsBeforeTheLastChangeDoNotCount() {
        Rung top = rung("wall-pushup", 3, 12);
        List<Ladder.Attempt> history = List.of(attempt(5, "wall-pushup", 12, 12, 12, 12),
                attempt(6, "wall-pushup", 12, 12, 12, 12));
        Instant declined = DAY0.plusDays(6).atTime(20, 0).toInstant(ZoneOffset.UTC);
        assertEquals(Ladder.Kind.KEEP, ladder.advise(top, history, declined, DAY0, DAY0.plusDays(7)).kind());
    }

    @Test
    void offersAreTakenOrDeclinedAndTheRoutineUsesTheCurrentRung() {
        Instant now = DAY0.plusDays(8).atTime(18, 0).toInstant(ZoneOffset.UTC);
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        try (SessionStore store = SessionStore.open(dir, clock)) {
            Progress progress = new Progress(store, ladder, clock);
            assertEquals(ladder.start(DAY0.plusDays(8)), progress.current(), "no history: the first rung");
            store.setRung(rung("wall-pushup", 3, 12), null).join();
            for (int day : new int[] {6, 7}) {
                SessionRecord s = session("s" + day, "wall-pushup", DAY0.plusDays(day), 8);
                store.sessionStarted(s);
                for (int i = 1; i <= 3; i++) {
                    store.setCompleted(set(s, i, "wall-pushup", 12, 12, 12));
                }
            }
            store.flush();
            Ladder.Advice offer = progress.advice();
            assertEquals(Ladder.Kind.OFFER_NEXT, offer.kind());
            progress.stay(offer);
            assertEquals(Ladder.Kind.KEEP, progress.advice().kind(), "declined: asked again only when earned again");
            assertEquals(LadderEvent.Kind.STAYED, store.ladderEvents(null).get(0).kind());

            Clock later = Clock.fixed(now.plusSeconds(3 * 86400), ZoneOffset.UTC);
            Progress progressLater = new Progress(store, ladder, later);
            for (int day : new int[] {9, 10}) {
                SessionRecord s = session("t" + day, "wall-pushup", DAY0.plusDays(day), 8);
                store.sessionStarted(s);
                for (int i = 1; i <= 3; i++) {
                    store.setCompleted(set(s, i, "wall-pushup", 12, 12, 12));
                }
            }
            store.flush();
            Ladder.Advice again = progressLater.advice();
            assertEquals(Ladder.Kind.OFFER_NEXT, again.kind());
            progressLater.accept(again);
            assertEquals("counter-pushup", progressLater.current().exerciseId());
            assertEquals("2 × 8", progressLater.current().dose());

            Routine weekend = progressLater.personalise(CATALOG.routine("weekend-session").orElseThrow(), CATALOG::exercise);
            Step pushups = weekend.steps().stream().filter(s -> !s.isRest() && s.exerciseId().contains("pushup"))
                    .findFirst().orElseThrow();
            assertEquals("counter-pushup", pushups.exerciseId(), "the weekend session uses the current level");
            assertEquals(2, pushups.dose().sets());
            assertEquals(8, pushups.dose().reps());
            assertTrue(weekend.steps().size() == CATALOG.routine("weekend-session").orElseThrow().steps().size());
        }
    }
}
