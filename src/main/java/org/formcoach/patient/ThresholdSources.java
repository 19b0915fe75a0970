package org.formcoach.patient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each rule's default threshold comes from, as the exercise file says it: the comment lines
 * just above the threshold (the file's convention: every threshold is preceded by its source, e.g.
 * "ACE push-up guidance ... Practical default"). Read from the file itself, so the text shown
 * beside a value in the settings form is the one a physiotherapist would read in the YAML.
 */
public final class ThresholdSources {

    private static final Pattern RULE_START = Pattern.compile("^(\\s*)- id:\\s*([\\w-]+)\\s*$");
    private static final Pattern THRESHOLD = Pattern.compile("^\\s*(min|max|max_[a-z_]+|min_[a-z_]+):");
    private static final Pattern COMMENT = Pattern.compile("^\\s*#\\s?(.*)$");

    private ThresholdSources() {
    }

    /** Rule id → the comment above its threshold (its first threshold line); empty when the file says none. */
    public static Map<String, String> read(Path exerciseFile) {
        Map<String, String> sources = new LinkedHashMap<>();
        if (exerciseFile == null || !Files.isRegularFile(exerciseFile)) {
            return sources;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(exerciseFile);
        } catch (IOException e) {
            return sources;
        }
        String rule = null;
        List<String> comment = new ArrayList<>();
        for (String line : lines) {
            Matcher start = RULE_START.matcher(line);
            if (start.matches()) {
                rule = start.group(2);
                comment.clear();
                continue;
            }
            Matcher c = COMMENT.matcher(line);
            if (c.matches()) {
                comment.add(c.group(1).strip());
                continue;
            }
            if (rule != null && THRESHOLD.matcher(line).find() && !sources.containsKey(rule) && !comment.isEmpty()) {
                sources.put(rule, String.join(" ", comment));
            }
            if (!line.isBlank() && !line.startsWith(" ") && !line.startsWith("-")) {
                rule = null;  // a top-level key: out of the rules
            }
            comment.clear();
        }
        return sources;
    }
}
