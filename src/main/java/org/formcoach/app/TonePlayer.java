package org.formcoach.app;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.formcoach.app.model.Sound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays FormCoach's sounds, synthesised in code (no audio files): a high tick for a counted rep, a
 * rising two-note chime for a finished hold or set, a low double buzz for a correction, and soft
 * notes for the breathing guide's phases (rising: breathe in, one note: hold, falling: breathe out). Sounds play
 * on their own thread, one after another; on a machine without an audio device the first failure is
 * logged once and the player goes quiet.
 */
final class TonePlayer implements Consumer<Sound>, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TonePlayer.class);
    static final float RATE = 44_100f;
    private static final AudioFormat FORMAT = new AudioFormat(RATE, 16, 1, true, false);

    private final Map<Sound, byte[]> clips = new EnumMap<>(Sound.class);
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sounds");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean broken;

    TonePlayer() {
        for (Sound s : Sound.values()) {
            clips.put(s, synthesise(s));
        }
    }

    @Override
    public void accept(Sound sound) {
        if (!broken) {
            try {
                thread.execute(() -> play(clips.get(sound)));
            } catch (RejectedExecutionException e) {
                // the window is closing: a frame still on its way makes no sound
            }
        }
    }

    private void play(byte[] pcm) {
        if (broken) {
            return;
        }
        try (SourceDataLine line = AudioSystem.getSourceDataLine(FORMAT)) {
            line.open(FORMAT, pcm.length);
            line.start();
            line.write(pcm, 0, pcm.length);
            line.drain();
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            broken = true;
            LOG.info("no audio output, sounds are off: {}", e.getMessage());
        }
    }

    /** 16-bit little-endian mono PCM of {@code sound}. */
    static byte[] synthesise(Sound sound) {
        return switch (sound) {
            case REP_COUNTED -> tones(new double[] {1320}, 0.07, 0);
            case HOLD_DONE -> tones(new double[] {660, 990}, 0.16, 0.02);
            case CORRECTION -> tones(new double[] {220, 220}, 0.12, 0.06);
            case BREATHE_IN -> tones(new double[] {392, 523}, 0.14, 0.02);
            case BREATHE_HOLD -> tones(new double[] {523}, 0.12, 0);
            case BREATHE_OUT -> tones(new double[] {523, 392}, 0.14, 0.02);
        };
    }

    /** Notes of {@code seconds} each with {@code gap} of silence between, with a soft attack and decay. */
    private static byte[] tones(double[] frequencies, double seconds, double gap) {
        int noteSamples = (int) (RATE * seconds);
        int gapSamples = (int) (RATE * gap);
        int total = frequencies.length * noteSamples + (frequencies.length - 1) * gapSamples;
        byte[] pcm = new byte[total * 2];
        int at = 0;
        for (int n = 0; n < frequencies.length; n++) {
            for (int i = 0; i < noteSamples; i++) {
                double t = i / RATE;
                double envelope = Math.min(1, i / (RATE * 0.005)) * Math.exp(-4.0 * i / noteSamples);
                double square = frequencies[n] < 400 ? 0.3 * Math.signum(Math.sin(2 * Math.PI * frequencies[n] * t)) : 0;
                double v = (0.7 * Math.sin(2 * Math.PI * frequencies[n] * t) + square) * envelope * 0.5;
                short s = (short) Math.round(v * Short.MAX_VALUE);
                pcm[2 * at] = (byte) s;
                pcm[2 * at + 1] = (byte) (s >> 8);
                at++;
            }
            at += n < frequencies.length - 1 ? gapSamples : 0;
        }
        return pcm;
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
