package org.formcoach.yaml;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A YAML document as a tree that remembers where each node and key starts, so that validation
 * messages can point at line and column. Jackson's {@code JsonNode} trees drop locations, hence this
 * small tree built from the streaming parser. Only plain data is read: maps, lists and scalars; no
 * tags are resolved to Java types.
 */
public final class YamlTree {

    private YamlTree() {
    }

    /** A 1-based line and column. */
    public record Loc(int line, int column) {
        public static Loc of(JsonLocation l) {
            return new Loc(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
        }
    }

    public sealed interface Node {
        Loc loc();

        /** What the node is, for messages ("a list", "a text value"). */
        String describe();
    }

    public record Entry(String key, Loc keyLoc, Node value) {
    }

    public record MapNode(Map<String, Entry> entries, Loc loc) implements Node {
        public Entry entry(String key) {
            return entries.get(key);
        }

        public String describe() {
            return "a map of fields";
        }
    }

    public record ListNode(List<Node> items, Loc loc) implements Node {
        public String describe() {
            return "a list";
        }
    }

    /** A scalar; {@code text} is null for a YAML null. */
    public record Scalar(String text, JsonToken token, Loc loc) implements Node {
        public boolean isNumber() {
            return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
        }

        public String describe() {
            return text == null ? "empty" : "'" + text + "'";
        }
    }

    /** A syntax error the parser reported, with its location. */
    public static final class SyntaxError extends Exception {
        public final Loc loc;

        SyntaxError(String message, Loc loc) {
            super(message);
            this.loc = loc;
        }
    }

    /**
     * Parses one YAML document. Duplicate keys are reported through {@code duplicateKey} with the
     * location of the second one; the first value is kept.
     */
    public static Node parse(Reader reader, YAMLFactory factory, Consumer<Entry> duplicateKey) throws SyntaxError, IOException {
        try (JsonParser p = factory.createParser(reader)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return new Scalar(null, JsonToken.VALUE_NULL, new Loc(1, 1));
            }
            return read(p, duplicateKey);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // SnakeYAML knows where the problem is; Jackson's location is often where the token began
            if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException y && y.getProblemMark() != null) {
                String what = y.getContext() == null ? y.getProblem() : y.getContext() + ": " + y.getProblem();
                throw new SyntaxError("YAML syntax error: " + oneLine(what) + " — check indentation (spaces, "
                        + "not tabs), colons, quotes and brackets",
                        new Loc(y.getProblemMark().getLine() + 1, y.getProblemMark().getColumn() + 1));
            }
            JsonLocation l = e.getLocation();
            throw new SyntaxError("YAML syntax error: " + oneLine(e.getOriginalMessage())
                    + " — check indentation, colons and quotes", l == null ? new Loc(1, 1) : Loc.of(l));
        }
    }

    private static Node read(JsonParser p, Consumer<Entry> duplicateKey) throws IOException {
        Loc loc = Loc.of(p.currentTokenLocation());
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, Entry> entries = new LinkedHashMap<>();
            Loc first = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                Loc keyLoc = Loc.of(p.currentTokenLocation());
                first = first == null ? keyLoc : first;
                p.nextToken();
                Entry e = new Entry(key, keyLoc, read(p, duplicateKey));
                if (entries.putIfAbsent(key, e) != null) {
                    duplicateKey.accept(e);
                }
            }
            // a block map's own location is where its first key starts
            return new MapNode(entries, first == null ? loc : first);
        }
        if (t == JsonToken.START_ARRAY) {
            List<Node> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                items.add(read(p, duplicateKey));
            }
            return new ListNode(items, loc);
        }
        return new Scalar(t == JsonToken.VALUE_NULL ? null : p.getText(), t, loc);
    }

    private static String oneLine(String s) {
        return s == null ? "unreadable document" : s.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
