package org.formcoach.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The corpus's {@code labels.yaml}: {@code clips:} with one {@link ClipLabel} each. */
public record LabelFile(List<ClipLabel> clips) {

    public static final String NAME = "labels.yaml";
    /** A labels file is small text; anything larger is not one. */
    static final long MAX_BYTES = 1 << 20;

    public LabelFile {
        clips = clips == null ? List.of() : List.copyOf(clips);
    }

    /** Thrown with one line that names the file and what to fix. */
    public static final class Invalid extends Exception {
        public Invalid(String message) {
            super(message);
        }
    }

    /** Reads {@code dir/labels.yaml}. */
    public static LabelFile read(Path dir) throws Invalid {
        Path file = dir.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            throw new Invalid(file + ": no labels file — a corpus folder holds " + NAME + " beside its clips");
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new Invalid(file + ": " + Files.size(file) + " bytes is too large for a labels file (at most 1 MB)");
            }
            ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
            LabelFile labels = yaml.readValue(file.toFile(), LabelFile.class);
            for (ClipLabel c : labels.clips()) {
                if (c.clip() == null || c.exercise() == null) {
                    throw new Invalid(file + ": every clip needs 'clip' and 'exercise' (" + c.clip() + ")");
                }
                if (!Files.isRegularFile(dir.resolve(c.clip()))) {
                    throw new Invalid(file + ": clip '" + c.clip() + "' is not in " + dir);
                }
                if (!c.formLabelled() && !c.faults().isEmpty()) {
                    throw new Invalid(file + ": clip '" + c.clip() + "' has form: " + ClipLabel.FORM_UNLABELLED
                            + " and fault episodes; label its faults or leave them out");
                }
            }
            return labels;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":"
                    + e.getLocation().getColumnNr();
            throw new Invalid(file + where + ": " + e.getOriginalMessage().lines().findFirst().orElse("")
                    + " — fix the labels file");
        } catch (IOException e) {
            throw new Invalid(file + ": cannot read it (" + e.getMessage() + ")");
        }
    }
}
