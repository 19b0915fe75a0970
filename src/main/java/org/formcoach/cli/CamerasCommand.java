package org.formcoach.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.formcoach.capture.CameraDevice;
import org.formcoach.capture.CameraDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code formcoach cameras}: the cameras this computer offers, by the number FormCoach opens them with. */
@Command(name = "cameras", mixinStandardHelpOptions = true,
        description = "Lists the cameras FormCoach can use (open one with its number, or its /dev/video path on Linux).")
final class CamerasCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<CameraDevice> cameras = CameraDirectory.system().list();
        if (cameras.isEmpty()) {
            out.println("No camera found. Plug one in, or analyse a recorded video: formcoach analyze --exercise ID VIDEO");
            return ExitCode.OK;
        }
        for (CameraDevice c : cameras) {
            out.println(c.describe());
        }
        return ExitCode.OK;
    }
}
