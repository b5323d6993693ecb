package org.taizhang.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.taizhang.core.LedgerException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * A command that answers one line of output for each text: the texts given as arguments, or else
 * one per line of standard input, in order. Output is flushed whenever the input has nothing more
 * buffered, so the command works both in a pipe over thousands of lines and interactively.
 */
abstract class PerLineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TEXT", arity = "0..*", description = "the texts; none: one a line from standard input")
    List<String> texts;

    InputStream stdin = System.in;

    /**
     * Called once before the first text, after the options are parsed.
     *
     * @throws LedgerException when a file the options name cannot be read
     */
    void prepare() throws LedgerException {}

    /**
     * @param text one text
     * @return its answer, one line of JSON
     */
    abstract String answer(String text);

    @Override
    public final Integer call() throws IOException, LedgerException {
        prepare();
        PrintWriter out = spec.commandLine().getOut();
        if (texts != null && !texts.isEmpty()) {
            for (String t : texts) {
                out.println(answer(t));
            }
            out.flush();
            return ExitCodes.OK;
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        String line;
        boolean first = true;
        while ((line = in.readLine()) != null) {
            if (first && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            first = false;
            out.println(answer(line));
            if (!in.ready()) {
                out.flush();
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
