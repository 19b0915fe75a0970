package org.formcoach.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.formcoach.pose.ModelFileVerifier;
import org.junit.jupiter.api.Test;

/**
 * The clip that {@code --demo} plays ships with what makes it redistributable: samples/README.md
 * names its source, its licence (whose full text lies beside it) and its SHA-256, and that checksum
 * is the one of the file that ships.
 */
class SampleClipProvenanceTest {

    private static final Pattern CHECKSUM = Pattern.compile("SHA-256 of this file: `([0-9a-f]{64})`");
    private static final Pattern SOURCE = Pattern.compile("Source: the GitHub repository `[\\w.-]+/[\\w.-]+` at commit\\s+`[0-9a-f]{40}`");
    private static final Pattern LICENCE = Pattern.compile("\\[(LICENSE-[\\w.-]+\\.txt)]\\(\\1\\)");

    private final Path clip = Path.of(Demo.shipped().clip());
    private final Path samples = clip.getParent();

    @Test
    void theReadmeBesideTheClipHoldsItsChecksumSourceAndLicence() throws Exception {
        String readme = Files.readString(samples.resolve("README.md"));
        assertTrue(readme.contains("`" + Demo.SHIPPED_CLIP + "`"), "the README names the clip");

        Matcher checksum = CHECKSUM.matcher(readme);
        assertTrue(checksum.find(), "the README gives the clip's SHA-256");
        assertEquals(checksum.group(1), ModelFileVerifier.sha256(clip), "the checksum is the shipped file's");

        assertTrue(SOURCE.matcher(readme).find(), "the README names the repository and commit it comes from");

        Matcher licence = LICENCE.matcher(readme);
        assertTrue(licence.find(), "the README links the licence's full text");
        String text = Files.readString(samples.resolve(licence.group(1)));
        assertTrue(text.startsWith("MIT License") && text.contains("Permission is hereby granted"), text);
        assertTrue(readme.contains("Licence: MIT"), "the README says which licence");
    }

    @Test
    void theClipIsSmall() throws Exception {
        assertTrue(Files.size(clip) < 1_000_000, "the sample adds under 1 MB: " + Files.size(clip) + " bytes");
    }
}
