package org.formcoach.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.formcoach.pipeline.CoachFrame;
import org.junit.jupiter.api.Test;

class MemoryTraceTest {

    private static CoachFrame frame(long index) {
        return new CoachFrame(index, index * 33_333_333L, 640, 480, null, "wall-pushup", 1, null, null);
    }

    @Test
    void aLiveRunThatDropsTheMultiplesIsStillLoggedOnceABlock() {
        StringWriter text = new StringWriter();
        MemoryTrace trace = MemoryTrace.start(1000, 1000, new PrintWriter(text));
        try {
            // frames 1000, 2000 and 3000 were dropped, as a live run under load drops them
            for (long index : List.of(0L, 3L, 999L, 1001L, 1500L, 2999L, 3001L, 3002L)) {
                trace.onFrame(frame(index), null);
            }
            MemoryTrace.Summary summary = trace.finish();
            Matcher logged = Pattern.compile("frame (\\d+): RSS").matcher(text.toString());
            StringBuilder frames = new StringBuilder();
            while (logged.find()) {
                frames.append(logged.group(1)).append(' ');
            }
            assertEquals("0 1001 2999 3001 ", frames.toString());
            assertEquals(1001, summary.reference().frame(), "the reference is the first frame analysed from 1,000 on");
            assertTrue(summary.reference().mib() > 0, "a Linux process has an RSS");
        } finally {
            trace.close();
        }
    }
}
