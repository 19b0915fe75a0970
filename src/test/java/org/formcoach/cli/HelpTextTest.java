package org.formcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code formcoach --help} lists each command with the first line of its description: a whole sentence. */
class HelpTextTest {

    private static void collect(CommandLine command, List<String> broken) {
        for (CommandLine sub : command.getSubcommands().values()) {
            String[] description = sub.getCommandSpec().usageMessage().description();
            String first = description.length == 0 ? "" : description[0].strip();
            if (!first.endsWith(".")) {
                broken.add(sub.getCommandSpec().qualifiedName() + ": '" + first + "'");
            }
            collect(sub, broken);
        }
    }

    @Test
    void everyCommandInTheListIsDescribedByAWholeSentence() {
        List<String> broken = new ArrayList<>();
        collect(FormCoachCommand.newCommandLine(), broken);
        assertEquals(List.of(), broken, "descriptions whose first line stops mid-sentence in 'formcoach --help'");
    }
}
