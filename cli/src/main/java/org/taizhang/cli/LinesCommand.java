package org.taizhang.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * Answers one line of output for each text: the texts given as arguments, or else one per line of
 * standard input, in order. Output is flushed whenever the input has nothing more buffered, so the
 * command works both in a pipe over thousands of lines and interactively.
 */
final class LinesCommand {
    private LinesCommand() {}

    static void answer(List<String> texts, InputStream stdin, PrintWriter out,
            Function<String, String> answer) throws IOException {
        if (texts != null && !texts.isEmpty()) {
            for (String t : texts) {
                out.println(answer.apply(t));
            }
            out.flush();
            return;
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        String line;
        boolean first = true;
        while ((line = in.readLine()) != null) {
            if (first && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            first = false;
            out.println(answer.apply(line));
            if (!in.ready()) {
                out.flush();
            }
        }
        out.flush();
    }
}
