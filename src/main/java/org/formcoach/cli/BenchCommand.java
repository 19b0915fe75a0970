package org.formcoach.cli;

import picocli.CommandLine.Command;

/** {@code formcoach bench ...}: reproducible speed measurements (see docs/BENCHMARKS.md). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures FormCoach's speed on this machine.",
        subcommands = {BenchPoseCommand.class, BenchPipelineCommand.class})
final class BenchCommand {
}
