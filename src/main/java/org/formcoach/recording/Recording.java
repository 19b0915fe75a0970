package org.formcoach.recording;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A recording read back: its folder, manifest, keypoint track and events. A track cut short (the
 * last line half written when the disk filled) keeps every whole line before it.
 */
public record Recording(Path folder, Manifest manifest, List<TrackFrame> track, List<EventLine> events) {

    /** Manifests, tracks and event files larger than this are refused unread (a recording's are a few MB). */
    static final long MAX_TEXT_BYTES = 512L * 1024 * 1024;

    public Recording {
        track = List.copyOf(track);
        events = List.copyOf(events);
    }

    /** Whether {@code path} is a recording folder (or its manifest). */
    public static boolean isRecording(Path path) {
        Path folder = Files.isDirectory(path) ? path : path.getParent();
        return folder != null && Files.isRegularFile(folder.resolve(Manifest.FILE))
                && (Files.isDirectory(path) || path.getFileName().toString().equals(Manifest.FILE));
    }

    /** Reads the recording in {@code path} (its folder or its manifest). */
    public static Recording load(Path path) throws RecordingException {
        Path folder = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
        Path manifestFile = folder.resolve(Manifest.FILE);
        Manifest manifest;
        try {
            manifest = Tracks.JSON.readValue(read(manifestFile), Manifest.class);
        } catch (NoSuchFileException e) {
            throw new RecordingException(folder + " is not a recording (it has no " + Manifest.FILE + ")");
        } catch (JsonProcessingException e) {
            throw new RecordingException(manifestFile + " is damaged: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new RecordingException("cannot read " + manifestFile + " (" + e.getMessage() + ")", e);
        }
        if (!Manifest.FORMAT.equals(manifest.format())) {
            throw new RecordingException(manifestFile + " is not a FormCoach recording's manifest");
        }
        if (manifest.version() > Manifest.VERSION) {
            throw new RecordingException(folder + " was recorded by a newer FormCoach (layout "
                    + manifest.version() + "); update FormCoach to open it");
        }
        if (manifest.video() == null || !Files.isRegularFile(folder.resolve(manifest.video()))) {
            throw new RecordingException(folder + ": the video " + manifest.video() + " is missing");
        }
        List<TrackFrame> track = lines(folder.resolve(orDefault(manifest.keypoints(), Manifest.KEYPOINTS)),
                TrackFrame.class);
        List<EventLine> events = lines(folder.resolve(orDefault(manifest.events(), Manifest.EVENTS)), EventLine.class);
        return new Recording(folder, manifest, track, events);
    }

    /** The video file. */
    public Path video() {
        return folder.resolve(manifest.video());
    }

    /** The finished rep attempts, in order. */
    public List<EventLine.Rep> reps() {
        return events.stream().filter(e -> EventLine.REP.equals(e.type()) && e.rep() != null).map(EventLine::rep)
                .toList();
    }

    /** The track line nearest to {@code t} seconds. */
    public int frameAt(double t) {
        int lo = 0;
        int hi = track.size() - 1;
        if (hi < 0) {
            return 0;
        }
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (track.get(mid).t() < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo > 0 && Math.abs(track.get(lo - 1).t() - t) <= Math.abs(track.get(lo).t() - t)) {
            return lo - 1;
        }
        return lo;
    }

    private static String orDefault(String name, String fallback) {
        return name == null || name.isBlank() ? fallback : name;
    }

    private static String read(Path file) throws IOException {
        if (Files.size(file) > MAX_TEXT_BYTES) {
            throw new IOException("larger than " + MAX_TEXT_BYTES / 1024 / 1024 + " MB");
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static <T> List<T> lines(Path file, Class<T> type) throws RecordingException {
        List<T> out = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            throw new RecordingException(file + " is missing");
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            String pending = null;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                if (pending != null) {
                    // a damaged line in the middle (not the last, which a full disk may cut short)
                    throw new RecordingException(file + ":" + (number - 1) + ": " + pending);
                }
                try {
                    out.add(Tracks.JSON.readValue(line, type));
                } catch (JsonProcessingException e) {
                    pending = "a damaged line (" + e.getOriginalMessage() + ")";
                }
            }
        } catch (IOException e) {
            throw new RecordingException("cannot read " + file + " (" + e.getMessage() + ")", e);
        }
        return out;
    }
}
