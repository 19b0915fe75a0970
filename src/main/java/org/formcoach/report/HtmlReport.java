package org.formcoach.report;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.formcoach.compare.AngleSignals;
import org.formcoach.compare.Comparison;
import org.formcoach.recording.EventLine;
import org.formcoach.recording.TrackFrame;
import org.formcoach.recording.Tracks;
import org.formcoach.review.ReviewMedia;
import org.formcoach.routine.Exercise;

/**
 * The report a therapist hands over, as one self-contained XHTML page: pictures embedded as data,
 * no scripts, no links to load, a print style sheet for A4. The same page is printed to PDF by
 * {@link ReportFile}. Two kinds: a session or recording (key frames at the bottom of each rep,
 * angles over time, reps and faults, holds, cues, notes) and a comparison with a demonstration
 * (per-phase differences, side-by-side key frames, the reps' alignment).
 */
public final class HtmlReport {

    private final StringBuilder html = new StringBuilder();

    private HtmlReport() {
    }

    // ---- a session or recording ------------------------------------------------------------------

    /** The report of one recording (or analysed video). */
    public static String recording(ReviewMedia media, Exercise exercise, String notes) {
        HtmlReport r = new HtmlReport();
        String name = exercise == null ? media.exerciseId() : exercise.name();
        r.head(name + " — " + media.title());
        r.html.append("<h1>").append(esc(name)).append("</h1>\n");
        List<EventLine.Rep> reps = media.reps();
        long counted = reps.stream().filter(EventLine.Rep::counted).count();
        long clean = reps.stream().filter(EventLine.Rep::clean).count();
        double duration = media.frameCount() == 0 ? 0 : media.track().get(media.frameCount() - 1).t() + 1 / media.fps();
        r.html.append("<p class=\"meta\">").append(patient(media)).append(esc(media.title())).append(" · ")
                .append(String.format(Locale.ROOT, "%.1f s, %d frames", duration, media.frameCount()))
                .append(" · report of ").append(LocalDate.now()).append("</p>\n");
        r.html.append("<table class=\"summary\"><tr>")
                .append(cell("Reps counted", String.valueOf(counted)))
                .append(cell("Clean reps", String.valueOf(clean)))
                .append(cell("Not counted", String.valueOf(reps.size() - counted)))
                .append(cell("Held", holdText(media)))
                .append("</tr></table>\n");
        r.notes(notes != null ? notes : media.notes());
        if (!reps.isEmpty()) {
            r.html.append("<h2>The bottom of each rep</h2>\n<div class=\"frames\">\n");
            for (EventLine.Rep rep : reps) {
                int f = media.frameAt(rep.bottomSeconds());
                String caption = "Rep " + rep.number() + " — " + depth(rep) + " — "
                        + (rep.counted() ? rep.faults().isEmpty() ? "clean" : String.join(", ", rep.faults())
                        : "not counted");
                r.figure(keyFrame(media, exercise, f), caption, "frame");
            }
            r.html.append("</div>\n");
        }
        if (exercise != null && media.frameCount() > 1) {
            AngleSignals signals = AngleSignals.of(media.track().subList(0, media.frameCount()), exercise);
            if (!signals.names().isEmpty()) {
                r.html.append("<h2>Angles over time</h2>\n");
                double[] t = media.track().subList(0, media.frameCount()).stream().mapToDouble(TrackFrame::t).toArray();
                List<Charts.Marker> markers = reps.stream().map(x -> new Charts.Marker(x.bottomSeconds(),
                        "rep " + x.number())).toList();
                for (int k = 0; k < signals.names().size(); k++) {
                    double[] v = new double[t.length];
                    for (int i = 0; i < t.length; i++) {
                        v[i] = signals.values()[i][k];
                    }
                    r.chart(Charts.lines(signals.names().get(k), "°", List.of(new Charts.Series(
                            signals.names().get(k), colour(k), t, v)), markers, 900, 250), signals.names().get(k));
                }
            }
        }
        if (!reps.isEmpty()) {
            r.html.append("<h2>Reps</h2>\n<table><tr><th>Rep</th><th>Set</th><th>From – to</th><th>Depth</th>"
                    + "<th>Counted</th><th>Faults</th></tr>\n");
            for (EventLine.Rep rep : reps) {
                r.html.append("<tr><td>").append(rep.number()).append("</td><td>").append(rep.set())
                        .append("</td><td>").append(String.format(Locale.ROOT, "%.2f – %.2f s", rep.startSeconds(),
                                rep.endSeconds()))
                        .append("</td><td>").append(esc(depth(rep))).append("</td><td>")
                        .append(rep.counted() ? "yes" : "no").append("</td><td>")
                        .append(esc(rep.faults().isEmpty() ? "—" : String.join(", ", rep.faults())))
                        .append("</td></tr>\n");
            }
            r.html.append("</table>\n");
        }
        List<EventLine> cues = media.events().stream().filter(e -> e.type().equals("cue_started")).toList();
        if (!cues.isEmpty()) {
            r.html.append("<h2>Cues</h2>\n<table><tr><th>Time</th><th>Cue</th><th>What it said</th></tr>\n");
            for (EventLine e : cues) {
                r.html.append("<tr><td>").append(String.format(Locale.ROOT, "%.2f s", e.t())).append("</td><td>")
                        .append(esc(e.subject())).append("</td><td>").append(esc(e.text() == null ? "" : e.text()))
                        .append("</td></tr>\n");
            }
            r.html.append("</table>\n");
        }
        r.foot();
        return r.html.toString();
    }

    /** "Patient: CODE · " when the recording was made for a patient. */
    private static String patient(ReviewMedia media) {
        return media.patient() == null || media.patient().isBlank() ? ""
                : "Patient: " + esc(media.patient()) + " · ";
    }

    private static String holdText(ReviewMedia media) {
        double held = 0;
        Double start = null;
        for (EventLine e : media.events()) {
            switch (e.type()) {
                case "hold_started", "hold_resumed" -> start = e.t();
                case "hold_paused", "hold_done" -> {
                    if (start != null) {
                        held += e.t() - start;
                        start = null;
                    }
                }
                default -> {
                }
            }
        }
        return held == 0 ? "—" : String.format(Locale.ROOT, "%.1f s", held);
    }

    private static String depth(EventLine.Rep rep) {
        if (rep.depth() == null) {
            return "depth —";
        }
        return "angle".equals(rep.signal()) ? String.format(Locale.ROOT, "elbow %.0f°", rep.depth())
                : String.format(Locale.ROOT, "reach %.2f", rep.depth());
    }

    // ---- a comparison ----------------------------------------------------------------------------

    /** The report of an attempt compared with a demonstration. */
    public static String comparison(Comparison.Result result, ReviewMedia reference, ReviewMedia attempt,
            Exercise exercise, String notes) {
        HtmlReport r = new HtmlReport();
        r.head(result.exerciseName() + " — attempt against demonstration");
        r.html.append("<h1>").append(esc(result.exerciseName())).append(": attempt against demonstration</h1>\n");
        r.html.append("<p class=\"meta\">").append(patient(attempt)).append("Demonstration: ")
                .append(esc(result.reference())).append(" (rep ")
                .append(result.referenceRep()).append(") · Attempt: ").append(esc(result.attempt())).append(" (")
                .append(result.reps().size()).append(result.reps().size() == 1 ? " rep" : " reps")
                .append(") · report of ").append(LocalDate.now()).append("</p>\n");
        r.notes(notes);
        r.html.append("<h2>Differences by phase</h2>\n<p class=\"explain\">Each rep of the attempt is lined up with"
                + " the demonstration's rep by dynamic time warping on the angles below, so a different pace does not"
                + " count as a difference. Differences are the attempt minus the demonstration, averaged over the"
                + " phase and over the attempt's reps.</p>\n");
        r.html.append("<table><tr><th>Phase</th>");
        for (String s : result.signals()) {
            r.html.append("<th>").append(esc(s)).append("<br/><span class=\"unit\">demo → attempt (difference)</span></th>");
        }
        r.html.append("<th>Broken only in the attempt</th></tr>\n");
        for (Comparison.PhaseDiff d : result.summary()) {
            r.html.append("<tr><td><b>").append(d.phase().label()).append("</b></td>");
            for (Comparison.SignalDiff s : d.signals()) {
                String cls = Math.abs(s.meanDiff()) >= 10 ? " class=\"big\"" : "";
                r.html.append("<td").append(cls).append(">").append(String.format(Locale.ROOT, "%.0f° → %.0f° (%+.0f°)",
                        s.reference(), s.attempt(), s.meanDiff())).append("</td>");
            }
            for (int k = d.signals().size(); k < result.signals().size(); k++) {
                r.html.append("<td>—</td>");
            }
            r.html.append("<td>").append(esc(d.brokenOnlyByAttempt().isEmpty() ? "—"
                    : String.join(", ", d.brokenOnlyByAttempt()))).append("</td></tr>\n");
        }
        r.html.append("</table>\n");
        if (!result.reps().isEmpty()) {
            Comparison.RepComparison first = result.reps().get(0);
            r.html.append("<h2>Side by side: demonstration and attempt rep ").append(first.attemptRep())
                    .append("</h2>\n<table class=\"pairs\">\n");
            for (Comparison.Phase p : Comparison.Phase.values()) {
                int at = middleOf(first.phases(), p);
                if (at < 0) {
                    continue;
                }
                int refFrame = first.referenceFrames()[at];
                int attFrame = first.warped()[at];
                r.html.append("<tr><td class=\"phase\">").append(p.label()).append("</td><td>")
                        .append(img(jpeg(keyFrame(reference, exercise, refFrame)), "demonstration " + p.label()))
                        .append("</td><td>")
                        .append(img(jpeg(keyFrame(attempt, exercise, attFrame)), "attempt " + p.label()))
                        .append("</td></tr>\n");
            }
            r.html.append("<tr><td></td><td class=\"caption\">Demonstration</td><td class=\"caption\">Attempt</td>"
                    + "</tr></table>\n");
            // the joint angle through the rep, the attempt warped onto the demonstration's time
            AngleSignals ref = AngleSignals.of(reference.track().subList(0, reference.frameCount()), exercise);
            AngleSignals att = AngleSignals.of(attempt.track().subList(0, attempt.frameCount()), exercise);
            if (!ref.names().isEmpty()) {
                r.html.append("<h2>Through the rep</h2>\n");
                for (int k = 0; k < ref.names().size(); k++) {
                    int n = first.referenceFrames().length;
                    double[] t = new double[n];
                    double[] a = new double[n];
                    double[] b = new double[n];
                    for (int i = 0; i < n; i++) {
                        t[i] = reference.track().get(first.referenceFrames()[i]).t()
                                - reference.track().get(first.referenceFrames()[0]).t();
                        a[i] = ref.values()[first.referenceFrames()[i]][k];
                        b[i] = att.values()[first.warped()[i]][k];
                    }
                    r.chart(Charts.lines(ref.names().get(k) + " (rep " + first.attemptRep()
                            + " on the demonstration's time)", "°", List.of(
                            new Charts.Series("demonstration", Charts.BLUE, t, a),
                            new Charts.Series("attempt", Charts.ORANGE, t, b)), List.of(), 900, 240), ref.names().get(k));
                }
            }
        }
        r.html.append("<h2>The attempt's reps</h2>\n<table><tr><th>Rep</th><th>Counted</th><th>Time</th>"
                + "<th>Faults</th><th>Mean distance</th><th>Largest difference</th></tr>\n");
        for (Comparison.RepComparison c : result.reps()) {
            Comparison.SignalDiff worst = null;
            Comparison.Phase where = null;
            for (Comparison.PhaseDiff d : c.diffs()) {
                for (Comparison.SignalDiff s : d.signals()) {
                    if (worst == null || Math.abs(s.meanDiff()) > Math.abs(worst.meanDiff())) {
                        worst = s;
                        where = d.phase();
                    }
                }
            }
            r.html.append("<tr><td>").append(c.attemptRep()).append("</td><td>").append(c.counted() ? "yes" : "no")
                    .append("</td><td>").append(String.format(Locale.ROOT, "%.1f s", c.attemptSeconds()))
                    .append("</td><td>").append(esc(c.faults().isEmpty() ? "—" : String.join(", ", c.faults())))
                    .append("</td><td>").append(String.format(Locale.ROOT, "%.1f°", c.meanCost())).append("</td><td>")
                    .append(worst == null ? "—" : esc(String.format(Locale.ROOT, "%s %+.0f° (%s)", worst.signal(),
                            worst.meanDiff(), where.label().toLowerCase(Locale.ROOT))))
                    .append("</td></tr>\n");
        }
        r.html.append("</table>\n");
        r.html.append("<p class=\"explain\">The demonstration's rep ").append(result.referenceRep()).append(" took ")
                .append(String.format(Locale.ROOT, "%.1f s", result.referenceSeconds())).append(result.referenceFaults()
                        .isEmpty() ? " and had no faults." : " with " + esc(String.join(", ", result.referenceFaults()))
                        + ".").append("</p>\n");
        r.foot();
        return r.html.toString();
    }

    private static int middleOf(Comparison.Phase[] phases, Comparison.Phase p) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < phases.length; i++) {
            if (phases[i] == p) {
                at.add(i);
            }
        }
        return at.isEmpty() ? -1 : at.get(at.size() / 2);
    }

    // ---- pieces ---------------------------------------------------------------------------------

    /** A frame as the coach drew it, at most 640 pixels wide. */
    static BufferedImage keyFrame(ReviewMedia media, Exercise exercise, int frame) {
        TrackFrame line = media.track().get(frame);
        BufferedImage drawn = FrameRenderer.render(media.frames().image(frame),
                FrameRenderer.overlay(Tracks.pose(line, media.width(), media.height()), Tracks.form(line), exercise),
                List.of(), String.format(Locale.ROOT, "%.2f s", line.t()), false);
        if (drawn.getWidth() <= 640) {
            return drawn;
        }
        int h = (int) Math.round(drawn.getHeight() * 640.0 / drawn.getWidth());
        BufferedImage small = new BufferedImage(640, h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(drawn, 0, 0, 640, h, null);
        g.dispose();
        return small;
    }

    private void head(String title) {
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
                + "<meta charset=\"UTF-8\"/>\n<title>").append(esc(title)).append("</title>\n<style>\n")
                .append(CSS).append("</style>\n</head>\n<body>\n");
    }

    private void foot() {
        html.append("<p class=\"footer\">Made by FormCoach from the recorded video and the keypoints of every frame."
                + " Angles are measured in the picture (a camera from the side shows them best).</p>\n"
                + "</body>\n</html>\n");
    }

    private void notes(String notes) {
        if (notes != null && !notes.isBlank()) {
            html.append("<div class=\"notes\"><h2>Therapist's notes</h2>\n");
            for (String para : notes.strip().split("\\n\\s*\\n")) {
                html.append("<p>").append(esc(para).replace("\n", "<br/>")).append("</p>\n");
            }
            html.append("</div>\n");
        }
    }

    private void figure(BufferedImage picture, String caption, String cls) {
        html.append("<div class=\"").append(cls).append("\">").append(img(jpeg(picture), caption))
                .append("<p class=\"caption\">").append(esc(caption)).append("</p></div>\n");
    }

    private void chart(BufferedImage picture, String alt) {
        html.append("<div class=\"chart\">").append(img(png(picture), alt)).append("</div>\n");
    }

    private static String img(String dataUri, String alt) {
        return "<img src=\"" + dataUri + "\" alt=\"" + esc(alt) + "\"/>";
    }

    private static String cell(String label, String value) {
        return "<td><span class=\"value\">" + esc(value) + "</span><br/><span class=\"label\">" + esc(label)
                + "</span></td>";
    }

    private static java.awt.Color colour(int k) {
        java.awt.Color[] c = {Charts.BLUE, Charts.ORANGE, Charts.GREEN, Charts.RED};
        return c[k % c.length];
    }

    static String png(BufferedImage image) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(encode(image, "png"));
    }

    static String jpeg(BufferedImage image) {
        return "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(encode(image, "jpg"));
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text made safe for XHTML (and for the PDF's XML parser). */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static final String CSS = """
            @page { size: A4; margin: 16mm 14mm 16mm 14mm; }
            body { font-family: 'DejaVu Sans', 'Noto Sans', Arial, sans-serif; font-size: 10.5pt; color: #222;
                   max-width: 980px; margin: 0 auto; padding: 12px; }
            h1 { font-size: 20pt; margin: 0 0 4px 0; }
            h2 { font-size: 13pt; margin: 18px 0 6px 0; border-bottom: 1px solid #ccc; padding-bottom: 2px; }
            .meta { color: #555; margin: 0 0 10px 0; }
            .explain, .footer { color: #555; font-size: 9pt; }
            table { border-collapse: collapse; width: 100%; margin: 4px 0 8px 0; page-break-inside: auto; }
            tr { page-break-inside: avoid; }
            th, td { border: 1px solid #ccc; padding: 3px 6px; text-align: left; vertical-align: top; }
            th { background: #f0f3f6; }
            td.big { background: #fdebd0; font-weight: bold; }
            table.summary td { text-align: center; width: 25%; }
            .value { font-size: 18pt; font-weight: bold; }
            .label { color: #555; }
            .unit { font-weight: normal; color: #666; font-size: 8pt; }
            .frames { }
            .frame { display: inline-block; width: 48%; margin: 0 1% 8px 0; vertical-align: top;
                     page-break-inside: avoid; }
            .frame img, table.pairs img { width: 100%; }
            table.pairs td { border: none; width: 46%; padding: 2px; }
            table.pairs td.phase { width: 8%; font-weight: bold; vertical-align: middle; }
            .caption { font-size: 9pt; color: #444; margin: 2px 0 0 0; text-align: center; }
            .chart { page-break-inside: avoid; margin: 4px 0; }
            .chart img { width: 100%; }
            .notes { background: #f7f7f2; border-left: 4px solid #c9b458; padding: 2px 10px; margin: 8px 0;
                     page-break-inside: avoid; }
            """;
}
