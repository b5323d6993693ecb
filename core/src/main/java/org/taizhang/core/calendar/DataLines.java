package org.taizhang.core.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the calendar's shipped data files: one record a line, fields apart by spaces, {@code #} comments. */
final class DataLines {
    private DataLines() {}

    /**
     * @param name the resource name beside this class
     * @return the fields of every line that is neither blank nor a comment, in order
     */
    static List<String[]> read(String name) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = DataLines.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from taizhang-core");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.trim().split(" +"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
