package org.formcoach.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.formcoach.io.OutputException;
import org.formcoach.io.OutputFile;

/**
 * Writes a report: {@code .html} as it is, {@code .pdf} printed from the same page by
 * openhtmltopdf with a Unicode font embedded (DejaVu Sans where the system has it), so every
 * character of the page is in the PDF. Both through {@link OutputFile}: checked first, whole or not
 * at all.
 */
public final class ReportFile {

    public static final List<String> EXTENSIONS = List.of("html", "pdf");

    /** Where the DejaVu fonts are on Linux, macOS (Homebrew or user fonts) and Windows. */
    private static final List<Path> FONT_FOLDERS = List.of(Path.of("/usr/share/fonts/truetype/dejavu"),
            Path.of("/usr/share/fonts/dejavu"), Path.of("/usr/share/fonts/TTF"),
            Path.of("/opt/homebrew/share/fonts"), Path.of(System.getProperty("user.home"), "Library", "Fonts"),
            Path.of("/Library/Fonts"), Path.of("C:\\Windows\\Fonts"));

    private ReportFile() {
    }

    /** Checks {@code path} before the work starts (a folder, a wrong extension, a read-only place, a full disk). */
    public static OutputFile check(Path path) throws OutputException {
        return OutputFile.forFile(path, EXTENSIONS);
    }

    /** Writes {@code xhtml} to {@code file}, as HTML or PDF after the file's extension. */
    public static void write(OutputFile file, String xhtml) throws OutputException {
        if (OutputFile.extension(file.path()).equals("pdf")) {
            file.write(out -> pdf(xhtml, out));
        } else {
            file.writeString(xhtml);
        }
    }

    static void pdf(String xhtml, java.io.OutputStream out) throws IOException {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);  // its progress notes are not the user's business
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        for (String[] face : new String[][] {{"DejaVuSans.ttf", "400"}, {"DejaVuSans-Bold.ttf", "700"}}) {
            File font = font(face[0]);
            if (font != null) {
                builder.useFont(font, "DejaVu Sans", Integer.valueOf(face[1]),
                        com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
            }
        }
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (RuntimeException e) {
            throw new IOException("the PDF could not be laid out (" + e.getMessage() + ")", e);
        }
    }

    static File font(String name) {
        for (Path folder : FONT_FOLDERS) {
            Path f = folder.resolve(name);
            if (Files.isRegularFile(f)) {
                return f.toFile();
            }
        }
        return null;
    }
}
