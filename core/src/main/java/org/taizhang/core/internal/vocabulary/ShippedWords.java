package org.taizhang.core.internal.vocabulary;

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
import java.util.Set;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Vocabulary;

/**
 * Reads the word lists shipped in {@code org/taizhang/core/vocabulary/}, once, when the class that
 * uses them is loaded. Two forms, both UTF-8 with one entry a line, blank lines and {@code #}
 * comments skipped:
 *
 * <ul>
 *   <li>{@link #entries}: lines {@code kind<TAB>word<TAB>meaning}, exactly as a caller's vocabulary
 *       file ({@link Vocabulary#load}) and checked by the same rules;
 *   <li>{@link #lists}: {@code [name]} starts a list, every other line is one word of it.
 * </ul>
 *
 * A malformed line is a fault of the build, not of a ledger: it throws {@link IllegalStateException}
 * naming the file and the line, so the class that reads the list fails to load.
 */
public final class ShippedWords {
    /** The folder of the shipped lists. */
    public static final String FOLDER = "/org/taizhang/core/vocabulary/";

    private ShippedWords() {}

    /**
     * @param file a file in {@link #FOLDER} of {@code kind<TAB>word<TAB>meaning} lines
     * @return its entries in the order written
     * @throws IllegalStateException when the file is missing or a line is malformed
     */
    public static List<Vocabulary.Entry> entries(String file) {
        return entries(file, lines(FOLDER + file));
    }

    /**
     * @param source the name of the lines' file, for errors
     * @param lines {@code kind<TAB>word<TAB>meaning} lines
     * @return their entries in the order written
     * @throws IllegalStateException when a line is malformed
     */
    public static List<Vocabulary.Entry> entries(String source, List<String> lines) {
        try {
            return Vocabulary.parse(lines, source).entries();
        } catch (LedgerException e) {
            throw new IllegalStateException("a shipped word list is malformed: " + e.getMessage(), e);
        }
    }

    /**
     * @param file a file in {@link #FOLDER} of {@code [name]} lists
     * @return its lists by name, each in the order written
     * @throws IllegalStateException when the file is missing, a word stands before any list, or a
     *     list is named twice
     */
    public static Map<String, List<String>> lists(String file) {
        String name = FOLDER + file;
        Map<String, List<String>> lists = new LinkedHashMap<>();
        List<String> current = null;
        List<String> lines = lines(name);
        for (int i = 0; i < lines.size(); i++) {
            String entry = lines.get(i).strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            if (entry.startsWith("[") && entry.endsWith("]")) {
                current = new ArrayList<>();
                if (lists.put(entry.substring(1, entry.length() - 1), current) != null) {
                    throw new IllegalStateException(name + ": line " + (i + 1) + ": list " + entry + " named twice");
                }
            } else if (current == null) {
                throw new IllegalStateException(name + ": line " + (i + 1) + ": a word before any [list]");
            } else {
                current.add(entry);
            }
        }
        lists.replaceAll((k, v) -> List.copyOf(v));
        return lists;
    }

    /**
     * The shipped words a vocabulary file can add to, as entries: the exact header words, the role
     * words and phrases, the endings of bodies' names, the vague and ongoing deadline words and the
     * status words that name a status by themselves. {@link Vocabulary#builtIn()} holds them.
     *
     * @return the entries, kind by kind, each in the order of its file
     * @throws IllegalStateException when a file is missing or malformed
     */
    public static List<Vocabulary.Entry> builtIn() {
        List<String> lines = new ArrayList<>();
        for (String file : List.of("header-words.txt", "role-words.txt", "role-phrases.txt", "unit-suffixes.txt")) {
            lines.addAll(lines(FOLDER + file));
        }
        for (String kind : List.of("vague", "ongoing")) {
            for (String entry : list(lists(kind + ".txt"), kind)) {
                int tab = entry.indexOf('\t');
                lines.add(kind + "\t" + (tab < 0 ? entry : entry.substring(0, tab)));
            }
        }
        for (String line : lines(STATUS_WORDS)) {
            String[] fields = line.split("\t");
            if (!line.startsWith("#") && fields.length == 2 && STATUSES.contains(fields[1].strip())) {
                lines.add("status\t" + fields[0].strip() + "\t" + fields[1].strip());
            }
        }
        return entries("the shipped word lists", lines);
    }

    /** The status words: word<TAB>CLASS, where some classes are statuses and others grammar. */
    private static final String STATUS_WORDS = "/org/taizhang/core/internal/status/status-words.txt";
    private static final Set<String> STATUSES = Set.of("NOT_STARTED", "IN_PROGRESS", "DONE");

    /**
     * @param lists lists read by {@link #lists}
     * @param name the name of one
     * @return that list
     * @throws IllegalStateException when the file has no such list
     */
    public static List<String> list(Map<String, List<String>> lists, String name) {
        List<String> list = lists.get(name);
        if (list == null) {
            throw new IllegalStateException("a shipped word list is missing: [" + name + "]");
        }
        return list;
    }

    /**
     * @param name the absolute name of a resource of taizhang-core
     * @return its lines, read as UTF-8
     * @throws IllegalStateException when it is missing
     */
    public static List<String> lines(String name) {
        try (InputStream in = ShippedWords.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from taizhang-core");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(line);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
