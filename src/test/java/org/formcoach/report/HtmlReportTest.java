package org.formcoach.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.formcoach.compare.Comparison;
import org.formcoach.io.OutputFile;
import org.formcoach.recording.Recording;
import org.formcoach.recording.TestRecordings;
import org.formcoach.review.ReviewMedia;
import org.formcoach.routine.Exercise;
import org.formcoach.routine.RoutineLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The reports a therapist hands over, read back as a reader would: parsed as XHTML (every picture
 * embedded, nothing loaded from elsewhere) and as PDF (the text, every character, and pictures of
 * the pages in target/screenshots/).
 */
class HtmlReportTest {

    static final Path SHOTS = Path.of("target", "screenshots");
    static Exercise exercise;
    static ReviewMedia demo;
    static ReviewMedia attempt;

    @TempDir
    Path dir;

    @BeforeAll
    static void record() throws Exception {
        exercise = new RoutineLoader().load(Path.of("routines")).exercise("floor-pushup").orElseThrow();
        demo = ReviewMedia.of(Recording.load(TestRecordings.of("pushup-side-01.mp4", "floor-pushup", "demonstration")));
        attempt = ReviewMedia.of(Recording.load(TestRecordings.of("pushup-side-02.mp4", "floor-pushup", "attempt")));
    }

    static Document parse(String xhtml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Every picture is embedded and decodes; returns how many there are. */
    static int checkPictures(Document doc) throws Exception {
        NodeList imgs = doc.getElementsByTagName("img");
        for (int i = 0; i < imgs.getLength(); i++) {
            String src = ((Element) imgs.item(i)).getAttribute("src");
            assertTrue(src.startsWith("data:image/"), "embedded: " + src.substring(0, Math.min(40, src.length())));
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(
                    src.substring(src.indexOf(',') + 1))));
            assertNotNull(img);
        }
        return imgs.getLength();
    }

    @Test
    void theSessionReportHasAKeyFramePerRepTheAnglesAndTheNotes() throws Exception {
        String html = HtmlReport.recording(demo, exercise, null);
        Document doc = parse(html);
        assertFalse(html.contains("http://") && html.replace("http://www.w3.org/1999/xhtml", "").contains("http://"),
                "nothing to load from the network");
        assertFalse(html.contains("<script"));
        int reps = demo.reps().size();
        // a key frame per rep and a chart per angle
        assertEquals(reps + 3, checkPictures(doc));
        String text = doc.getDocumentElement().getTextContent();
        assertTrue(text.contains("Demonstration — elbows to 90°, body in one line"), "the notes");
        assertTrue(text.contains("Rep 1 — elbow"), text);
        assertTrue(text.contains("head-line"));

        Path pdf = dir.resolve("session.pdf");
        ReportFile.write(OutputFile.forFile(pdf, ReportFile.EXTENSIONS), html);
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            String pdfText = new PDFTextStripper().getText(d);
            assertTrue(pdfText.contains("Demonstration — elbows to 90°, body in one line"), pdfText);
            assertTrue(pdfText.contains("Reps counted"));
            savePages(d, "session-report");
        }
    }

    @Test
    void theComparisonReportShowsEachPhaseSideBySideAndAsPdf() throws Exception {
        Comparison.Result result = Comparison.compare(demo, attempt, exercise);
        String notes = "Keep the hips up — squeeze the glutes.\n\nNext visit: 2 × 8 at the counter.";
        String html = HtmlReport.comparison(result, demo, attempt, exercise, notes);
        Document doc = parse(html);
        // two frames per phase, one chart per angle
        assertEquals(2 * 4 + 3, checkPictures(doc));
        String text = doc.getDocumentElement().getTextContent();
        for (String phase : new String[] {"Top", "Descent", "Bottom", "Ascent"}) {
            assertTrue(text.contains(phase), phase);
        }
        assertTrue(text.contains("Keep the hips up — squeeze the glutes."));

        Path pdf = dir.resolve("compare.pdf");
        ReportFile.write(OutputFile.forFile(pdf, ReportFile.EXTENSIONS), html);
        Path htmlFile = dir.resolve("compare.html");
        ReportFile.write(OutputFile.forFile(htmlFile, ReportFile.EXTENSIONS), html);
        assertEquals(html, Files.readString(htmlFile));
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            String pdfText = new PDFTextStripper().getText(d);
            assertTrue(pdfText.contains("Keep the hips up — squeeze the glutes."), "the em dash is in the PDF");
            assertTrue(pdfText.contains("2 × 8"));
            assertTrue(pdfText.contains("Descent"));
            assertTrue(pdfText.contains("°"));
            assertTrue(d.getNumberOfPages() >= 2);
            savePages(d, "compare-report");
        }
    }

    static void savePages(PDDocument d, String name) throws Exception {
        Files.createDirectories(SHOTS);
        PDFRenderer renderer = new PDFRenderer(d);
        for (int p = 0; p < Math.min(3, d.getNumberOfPages()); p++) {
            BufferedImage page = renderer.renderImageWithDPI(p, 70);
            ImageIO.write(page, "png", SHOTS.resolve(name + "-" + (p + 1) + ".png").toFile());
        }
    }
}
