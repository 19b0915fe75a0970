package org.formcoach.yaml;

import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import org.formcoach.pose.Keypoint;
import org.formcoach.yaml.YamlTree.Entry;
import org.formcoach.yaml.YamlTree.ListNode;
import org.formcoach.yaml.YamlTree.Loc;
import org.formcoach.yaml.YamlTree.MapNode;
import org.formcoach.yaml.YamlTree.Node;
import org.formcoach.yaml.YamlTree.Scalar;

/**
 * Reads typed fields out of a {@link YamlTree}, reporting every problem at its line and column with
 * a message that says how to fix it. Each reader reports its own error and returns null (or a
 * fallback) on failure, so one pass over a document finds all of its mistakes.
 */
public final class FieldReader {

    private static final List<String> KEYPOINT_IDS = Arrays.stream(Keypoint.values()).map(Keypoint::id).toList();

    private final BiConsumer<Loc, String> errors;

    /** @param errors receives each problem with its location */
    public FieldReader(BiConsumer<Loc, String> errors) {
        this.errors = errors;
    }

    public void error(Loc loc, String message) {
        errors.accept(loc, message);
    }

    /** Reports every field of {@code m} that is not in {@code allowed}. */
    public void checkFields(MapNode m, Set<String> allowed, String what) {
        for (Entry e : m.entries().values()) {
            if (!allowed.contains(e.key())) {
                error(e.keyLoc(), "unknown field '" + e.key() + "' in " + what + " — expected one of "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    public void missing(MapNode m, String key, String example) {
        error(m.loc(), "missing field '" + key + "' — add " + example);
    }

    /** Where the value of {@code key} is written, or where the map starts when it is absent. */
    public static Loc locOf(MapNode m, String key) {
        Entry e = m.entry(key);
        return e == null ? m.loc() : e.value().loc();
    }

    public Scalar scalar(MapNode m, String key, boolean required, String example) {
        Entry e = m.entry(key);
        if (e == null || (e.value() instanceof Scalar s && s.text() == null)) {
            if (required) {
                missing(m, key, example);
            }
            return null;
        }
        if (e.value() instanceof Scalar s) {
            return s;
        }
        error(e.value().loc(), "'" + key + "' must be a single value, found " + e.value().describe()
                + " — write e.g. " + example);
        return null;
    }

    public String text(MapNode m, String key, boolean required) {
        Scalar s = scalar(m, key, required, key + ": ...");
        return s == null ? null : s.text().strip();
    }

    public Boolean bool(MapNode m, String key) {
        Scalar s = scalar(m, key, false, key + ": true");
        if (s == null) {
            return null;
        }
        if (s.token() == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (s.token() == JsonToken.VALUE_FALSE) {
            return false;
        }
        error(s.loc(), "'" + key + "' must be true or false, found '" + s.text() + "'");
        return null;
    }

    /** A number within [lo, hi]; {@code unit} is named in messages. */
    public Double number(MapNode m, String key, double lo, double hi, boolean required, String unit) {
        Scalar s = scalar(m, key, required, key + ": <number>");
        if (s == null) {
            return null;
        }
        if (!s.isNumber()) {
            error(s.loc(), "'" + key + "' must be a number (" + unit + "), found '" + s.text() + "'");
            return null;
        }
        double v;
        try {
            v = Double.parseDouble(s.text().replace("_", ""));
        } catch (NumberFormatException e) {
            error(s.loc(), "'" + key + "' must be a plain decimal number (" + unit + "), found '" + s.text() + "'");
            return null;
        }
        if (v < lo || v > hi || Double.isNaN(v)) {
            error(s.loc(), key + " " + fmt(v) + " is out of range — use a value between " + fmt(lo) + " and "
                    + fmt(hi) + " (" + unit + ")");
            return null;
        }
        return v;
    }

    public double numberOr(MapNode m, String key, double lo, double hi, double fallback, String unit) {
        Double v = number(m, key, lo, hi, false, unit);
        return v == null ? fallback : v;
    }

    public <E extends Enum<E>> E enumValue(MapNode m, String key, Class<E> type, E fallback, boolean required) {
        Scalar s = scalar(m, key, required, key + ": " + enumIds(type).get(0));
        return s == null ? fallback : enumOf(s, type);
    }

    /** An enum constant written in lower case with '-' for '_' (e.g. {@code segment-angle}). */
    public <E extends Enum<E>> E enumOf(Node n, Class<E> type) {
        String text = n instanceof Scalar s && s.text() != null ? s.text().strip() : null;
        for (E c : type.getEnumConstants()) {
            if (c.name().replace('_', '-').toLowerCase(Locale.ROOT).equals(text)) {
                return c;
            }
        }
        error(n.loc(), "unknown value " + n.describe() + " — use one of " + String.join(", ", enumIds(type)));
        return null;
    }

    public Keypoint keypoint(MapNode m, String key) {
        Scalar s = scalar(m, key, true, key + ": left_shoulder");
        return s == null ? null : keypointOf(s);
    }

    public Keypoint keypointOf(Node n) {
        String text = n instanceof Scalar s ? s.text() : null;
        if (text != null && KEYPOINT_IDS.contains(text.strip())) {
            return Keypoint.fromId(text.strip());
        }
        error(n.loc(), "unknown keypoint " + n.describe() + " — use one of " + String.join(", ", KEYPOINT_IDS));
        return null;
    }

    /** A list of keypoints; {@code exactly} > 0 demands that many. Null if any is wrong or it is absent. */
    public List<Keypoint> keypoints(MapNode m, String key, int exactly) {
        Entry e = m.entry(key);
        if (e == null) {
            missing(m, key, key + ": [left_shoulder, left_elbow, left_wrist]");
            return null;
        }
        if (!(e.value() instanceof ListNode)) {
            items(m, key, "keypoints, e.g. [left_shoulder, left_hip]");
            return null;
        }
        List<Keypoint> out = new ArrayList<>();
        for (Node n : items(m, key, "keypoints")) {
            out.add(keypointOf(n));
        }
        if (out.contains(null)) {
            return null;
        }
        if (exactly > 0 && out.size() != exactly) {
            error(e.value().loc(), "'" + key + "' takes exactly " + exactly + " keypoints, found " + out.size());
            return null;
        }
        return out;
    }

    public MapNode map(MapNode m, String key, boolean required) {
        Entry e = m.entry(key);
        if (e == null) {
            if (required) {
                missing(m, key, key + ": {...}");
            }
            return null;
        }
        if (e.value() instanceof MapNode sub) {
            return sub;
        }
        error(e.value().loc(), "'" + key + "' must be a map of fields, found " + e.value().describe());
        return null;
    }

    /** The items of a list field: empty when it is absent, or (after an error) when it is not a list. */
    public List<Node> items(MapNode m, String key, String what) {
        Entry e = m.entry(key);
        if (e == null) {
            return List.of();
        }
        if (e.value() instanceof ListNode l) {
            return l.items();
        }
        error(e.value().loc(), "'" + key + "' must be a list of " + what + ", found " + e.value().describe());
        return List.of();
    }

    public List<MapNode> mapList(MapNode m, String key) {
        List<MapNode> out = new ArrayList<>();
        for (Node n : items(m, key, "maps of fields ('- ' items)")) {
            if (n instanceof MapNode sub) {
                out.add(sub);
            } else {
                error(n.loc(), "each item of '" + key + "' must be a map of fields, found " + n.describe());
            }
        }
        return out;
    }

    public List<String> textList(MapNode m, String key) {
        List<String> out = new ArrayList<>();
        for (Node n : items(m, key, "texts")) {
            if (n instanceof Scalar s && s.text() != null) {
                out.add(s.text().strip());
            } else {
                error(n.loc(), "each item of '" + key + "' must be a text, found " + n.describe());
            }
        }
        return out;
    }

    public static <E extends Enum<E>> List<String> enumIds(Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().replace('_', '-').toLowerCase(Locale.ROOT)).toList();
    }

    /** A number as written in messages: no ".0" on whole numbers. */
    public static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
