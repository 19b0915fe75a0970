package org.formcoach.routine;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.formcoach.yaml.FieldReader;
import org.formcoach.yaml.YamlTree;
import org.formcoach.yaml.YamlTree.Loc;
import org.formcoach.yaml.YamlTree.MapNode;
import org.formcoach.yaml.YamlTree.Node;

/**
 * One routine or exercise file being read: its parsed tree, the errors found in it (each with the
 * file, line and column) and a {@link FieldReader} that reports into them.
 */
final class YamlDocument {

    private static final YAMLFactory YAML = YAMLFactory.builder().build();

    final Path file;
    final List<RoutineError> errors = new ArrayList<>();
    final FieldReader fields = new FieldReader(this::error);

    YamlDocument(Path file) {
        this.file = file;
    }

    void error(Loc loc, String message) {
        errors.add(new RoutineError(file, loc.line(), loc.column(), message));
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The top-level map of fields, or empty after reporting why there is none. */
    Optional<MapNode> root() {
        try {
            long size = Files.size(file);
            if (size > RoutineLoader.MAX_FILE_BYTES) {
                error(new Loc(1, 1), String.format(Locale.ROOT, "the file is %.1f MB; a routine or exercise file"
                        + " is at most %d MB (the shipped ones are a few kB) — is this the right file?",
                        size / (1024.0 * 1024.0), RoutineLoader.MAX_FILE_BYTES / (1024 * 1024)));
                return Optional.empty();
            }
        } catch (IOException e) {
            error(new Loc(1, 1), "cannot read the file: " + e.getMessage());
            return Optional.empty();
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Node root = YamlTree.parse(r, YAML, dup -> error(dup.keyLoc(),
                    "duplicate field '" + dup.key() + "' — keep only one of them"));
            if (root instanceof MapNode m) {
                return Optional.of(m);
            }
            error(root.loc(), "expected a map of fields (id: ..., name: ...) at the top of the file, found "
                    + root.describe());
        } catch (YamlTree.SyntaxError e) {
            error(e.loc, e.getMessage());
        } catch (CharacterCodingException e) {
            error(new Loc(1, 1), "the file is not UTF-8 text — save it as UTF-8");
        } catch (IOException e) {
            error(new Loc(1, 1), "cannot read the file: " + e.getMessage());
        } catch (RuntimeException e) {
            // the YAML parser's own limits (nesting, aliases) end up here
            error(new Loc(1, 1), "cannot parse the file: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** The document's {@code id}: lower-case words joined by '-'; null after reporting a problem. */
    String id(MapNode m, String what) {
        String id = fields.text(m, "id", true);
        if (id != null && !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            error(m.entry("id").value().loc(), "the " + what + " id '" + id
                    + "' must be lower-case words joined by '-', e.g. wall-pushup");
            return null;
        }
        return id;
    }
}
