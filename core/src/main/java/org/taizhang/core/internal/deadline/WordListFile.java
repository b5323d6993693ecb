package org.taizhang.core.internal.deadline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the word lists shipped in {@code org/taizhang/core/vocabulary/}: UTF-8, one entry a line,
 * {@code [name]} starting a list, {@code #} starting a comment, an entry's meaning (if any) after a
 * tab.
 */
final class WordListFile {
    static final String FOLDER = "/org/taizhang/core/vocabulary/";

    private WordListFile() {}

    /**
     * Adds the lists of one shipped file to lists, in the order written.
     *
     * @throws IllegalStateException when the file is missing, an entry stands before any list, or
     *     a list is named twice
     */
    static void read(String file, Map<String, List<String>> lists) {
        String name = FOLDER + file;
        try (InputStream in = WordListFile.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from taizhang-core");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> current = null;
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                if (entry.startsWith("[") && entry.endsWith("]")) {
                    current = new ArrayList<>();
                    if (lists.put(entry.substring(1, entry.length() - 1), current) != null) {
                        throw new IllegalStateException(name + ":" + number + ": list " + entry + " named twice");
                    }
                } else if (current == null) {
                    throw new IllegalStateException(name + ":" + number + ": entry before any [list]");
                } else {
                    current.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All lists of the given files. */
    static Map<String, List<String>> readAll(String... files) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (String f : files) {
            read(f, lists);
        }
        return lists;
    }

    /** An entry's word: what stands before its tab. */
    static String word(String entry) {
        int tab = entry.indexOf('\t');
        return tab < 0 ? entry : entry.substring(0, tab).strip();
    }

    /** An entry's meaning: what stands after its tab, or null. */
    static String meaning(String entry) {
        int tab = entry.indexOf('\t');
        return tab < 0 ? null : entry.substring(tab + 1).strip();
    }
}
