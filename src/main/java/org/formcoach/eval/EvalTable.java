package org.formcoach.eval;

import java.io.PrintWriter;
import java.util.Locale;

/** Prints an {@link EvalSummary} as a Markdown table people can read in a terminal or paste into docs. */
public final class EvalTable {

    private EvalTable() {
    }

    public static void print(EvalSummary s, PrintWriter out) {
        out.println("| clip | exercise | view | reps (true / counted) | fault cues (found / labelled, false) "
                + "| posture (alerted / slumps, false) | notes |");
        out.println("|---|---|---|---|---|---|---|");
        for (ClipScore c : s.clips()) {
            out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", c.clip(), c.exercise(), c.view(),
                    c.countsReps() ? c.truthReps() + " / " + c.countedReps() : "–",
                    c.faultEpisodes() + c.faultCues() == 0 ? "–"
                            : c.faultsFound() + " / " + c.faultEpisodes() + ", " + c.falseCues() + " false",
                    c.slumps() + c.falseAlerts() == 0 && !"desk-posture".equals(c.exercise()) ? "–"
                            : c.slumpsAlerted() + " / " + c.slumps() + ", " + c.falseAlerts() + " false",
                    (c.notes().isEmpty() ? "right" : String.join("; ", c.notes()))
                            + (c.remarks().isEmpty() ? "" : " (" + String.join("; ", c.remarks()) + ")"));
        }
        out.println();
        out.printf(Locale.ROOT, "model %s: %d clips; counting (%d clips): exact %.0f %%, off-by-one %.0f %%, "
                        + "mean absolute error %.2f reps; fault cues: precision %.0f %% (%d of %d right), recall %.0f %% "
                        + "(%d of %d episodes); posture: %d of %d slumps alerted, %d false alerts%n",
                s.model(), s.clips().size(), s.countedClips(), 100 * s.exactAccuracy(), 100 * s.offByOneAccuracy(),
                s.meanAbsoluteError(), 100 * s.faultPrecision(), s.faultCues() - s.falseCues(), s.faultCues(),
                100 * s.faultRecall(), s.faultsFound(), s.faultEpisodes(), s.slumpsAlerted(), s.slumps(),
                s.falseAlerts());
        out.flush();
    }
}
