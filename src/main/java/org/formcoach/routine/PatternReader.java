package org.formcoach.routine;

import java.util.Set;
import org.formcoach.yaml.FieldReader;
import org.formcoach.yaml.YamlTree.Loc;
import org.formcoach.yaml.YamlTree.MapNode;

/** Reads one pain-pattern file ({@code patterns/<id>.yaml}) into a {@link PainPattern}. */
final class PatternReader {

    private static final Set<String> FIELDS = Set.of("id", "name", "feels", "muscles", "routine", "stretches",
            "advice");

    /** The pattern as read, with where its references are written (for the linker). */
    record Read(PainPattern pattern, Loc idLoc, Loc routineLoc, Loc stretchesLoc) {
    }

    private PatternReader() {
    }

    /** Null when the file has errors (they are in {@code doc.errors}). */
    static Read read(YamlDocument doc) {
        MapNode m = doc.root().orElse(null);
        if (m == null) {
            return null;
        }
        FieldReader in = doc.fields;
        in.checkFields(m, FIELDS, "a pain pattern");
        String id = doc.id(m, "pattern");
        String name = in.text(m, "name", true);
        String feels = in.text(m, "feels", false);
        String muscles = in.text(m, "muscles", false);
        String routine = in.text(m, "routine", true);
        var stretches = in.textList(m, "stretches");
        String advice = in.text(m, "advice", false);
        if (doc.hasErrors()) {
            return null;
        }
        return new Read(new PainPattern(id, name, feels, muscles, routine, stretches, advice, doc.file),
                FieldReader.locOf(m, "id"), FieldReader.locOf(m, "routine"), FieldReader.locOf(m, "stretches"));
    }
}
