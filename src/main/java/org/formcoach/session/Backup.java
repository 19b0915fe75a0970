package org.formcoach.session;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Everything FormCoach keeps, as one JSON document: a backup, or what to hand to a
 * physiotherapist. Times are ISO-8601 (instants in UTC, days and clock hours local).
 *
 * @param format        always {@value #FORMAT}
 * @param schemaVersion the database schema it was made from
 */
public record Backup(String format, int schemaVersion, Instant exportedAt, List<SessionRecord> sessions,
        List<SetRecord> sets, List<DeskAlertHour> deskAlerts, List<JournalEntry> journal, List<Rung> rungs,
        List<LadderEvent> ladderEvents, Map<String, String> settings) {

    public static final String FORMAT = "formcoach-backup";

    public Backup {
        sessions = List.copyOf(sessions == null ? List.of() : sessions);
        sets = List.copyOf(sets == null ? List.of() : sets);
        deskAlerts = List.copyOf(deskAlerts == null ? List.of() : deskAlerts);
        journal = List.copyOf(journal == null ? List.of() : journal);
        rungs = List.copyOf(rungs == null ? List.of() : rungs);
        ladderEvents = List.copyOf(ladderEvents == null ? List.of() : ladderEvents);
        settings = Map.copyOf(settings == null ? Map.of() : settings);
    }

    /** What an import added. */
    public record Counts(int sessions, int sets, int journalEntries) {
    }

    /** The same content, without the moment of export (to compare two documents). */
    public Backup withoutExportTime() {
        return new Backup(format, schemaVersion, Instant.EPOCH, sessions, sets, deskAlerts, journal, rungs, ladderEvents,
                settings);
    }

    /** Reads and writes the document; enums as their stored words, times as ISO-8601 text. */
    public static ObjectMapper json() {
        SimpleModule times = new SimpleModule("formcoach-times");
        text(times, Instant.class, Instant::parse, Instant::toString);
        text(times, LocalDate.class, LocalDate::parse, LocalDate::toString);
        text(times, LocalDateTime.class, LocalDateTime::parse, LocalDateTime::toString);
        text(times, EndReason.class, EndReason::of, EndReason::id);
        text(times, SetOutcome.class, SetOutcome::of, SetOutcome::id);
        text(times, LadderEvent.Kind.class, LadderEvent.Kind::of, LadderEvent.Kind::id);
        return new ObjectMapper().registerModule(times)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private static <T> void text(SimpleModule module, Class<T> type, Function<String, T> parse,
            Function<T, String> format) {
        module.addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(format.apply(value));
            }
        });
        module.addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String s = p.getValueAsString();
                try {
                    return s == null ? null : parse.apply(s);
                } catch (RuntimeException e) {
                    throw ctxt.weirdStringException(s, type, e.getMessage());
                }
            }
        });
    }
}
