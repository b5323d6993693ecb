package org.taizhang.core.internal.units;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.taizhang.core.units.UnitDirectory;

/** The built-in table of short forms of department names ({@code 人社局} → {@code 人力资源和社会保障局}). */
public final class Abbreviations {
    private Abbreviations() {}

    private static final int MAX_PREFIX = 10;

    /** short form and full form, longest short form first */
    private static final List<String[]> TABLE = load();

    private static List<String[]> load() {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = UnitDirectory.class.getResourceAsStream("abbreviations.txt")) {
            if (in == null) {
                throw new IllegalStateException("abbreviations.txt is missing from the core jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                int eq = line.indexOf('=');
                if (line.isEmpty() || line.startsWith("#") || eq <= 0) {
                    continue;
                }
                out.add(new String[] {line.substring(0, eq), line.substring(eq + 1)});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(Comparator.comparingInt((String[] e) -> e[0].length()).reversed());
        return List.copyOf(out);
    }

    /**
     * @param name a unit name
     * @return the name with its short form written out ({@code 区人社局} → {@code 区人力资源和社会保障局}),
     *     or the name itself when it has none
     */
    public static String expand(String name) {
        for (String[] e : TABLE) {
            if (name.endsWith(e[0]) && !name.endsWith(e[1])) {
                String prefix = name.substring(0, name.length() - e[0].length());
                if (prefix.length() <= MAX_PREFIX && !prefix.endsWith("人民")) {
                    return prefix + e[1];
                }
            }
        }
        return name;
    }
}
