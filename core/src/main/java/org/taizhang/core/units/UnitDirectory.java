package org.taizhang.core.units;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.taizhang.core.LedgerException;
import org.taizhang.core.LimitExceededException;
import org.taizhang.core.internal.units.Abbreviations;
import org.taizhang.core.internal.units.CsvRows;
import org.taizhang.core.internal.units.Similarity;

/**
 * The units a caller knows, with their canonical names and the other names they go by, for turning
 * {@code 区人社局} into {@code 区人力资源和社会保障局} and for suggesting a known name for an unknown one.
 *
 * <p>Load one from a CSV file with the columns {@code name, aliases, level} (aliases separated by
 * {@code |}, {@code ;}, {@code 、} or, in a quoted field, commas; an optional header row; lines starting with {@code #} are
 * comments; UTF-8 with or without a BOM). {@link #builtIn()} knows no units but the common short
 * forms of department names shipped with the library ({@code 发改委}, {@code 人社局}, {@code 卫健委},
 * …); {@link #withBuiltInAbbreviations()} adds those to a loaded directory.
 *
 * <p>Names are compared after NFKC folding with white space removed, so full-width and half-width
 * brackets match. Immutable and thread-safe.
 */
public final class UnitDirectory {
    /** The largest directory file read, in bytes. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    /** The most entries a directory file may hold. */
    public static final int MAX_ENTRIES = 200_000;

    private static final int MAX_SUGGESTIONS = 5;
    private static final int MAX_NAME = 64;

    private static final UnitDirectory EMPTY = new UnitDirectory(List.of(), false);
    private static final UnitDirectory BUILT_IN = new UnitDirectory(List.of(), true);

    private final List<KnownUnit> units;
    private final Map<String, KnownUnit> byKey;
    private final boolean abbreviations;

    private UnitDirectory(List<KnownUnit> units, boolean abbreviations) {
        this.units = List.copyOf(units);
        this.abbreviations = abbreviations;
        Map<String, KnownUnit> keys = new LinkedHashMap<>();
        for (KnownUnit u : this.units) {
            keys.putIfAbsent(key(u.name()), u);
        }
        for (KnownUnit u : this.units) {
            for (String alias : u.aliases()) {
                keys.putIfAbsent(key(alias), u);
            }
            if (abbreviations) {
                keys.putIfAbsent(key(Abbreviations.expand(u.name())), u);
            }
        }
        this.byKey = Map.copyOf(keys);
    }

    /** @return a directory that knows nothing */
    public static UnitDirectory empty() {
        return EMPTY;
    }

    /** @return a directory that knows no units but the built-in short forms of department names */
    public static UnitDirectory builtIn() {
        return BUILT_IN;
    }

    /**
     * @param units the known units; on a repeated name or alias the first entry wins
     * @return a directory of them
     */
    public static UnitDirectory of(Collection<KnownUnit> units) {
        return new UnitDirectory(new ArrayList<>(units), false);
    }

    /** @return this directory, also knowing the built-in short forms of department names */
    public UnitDirectory withBuiltInAbbreviations() {
        return abbreviations ? this : new UnitDirectory(units, true);
    }

    /**
     * Reads a directory from a CSV file.
     *
     * @param csv the file
     * @return the directory
     * @throws LedgerException if the file cannot be read, is not UTF-8, is too large or malformed;
     *     the message names the file and the line
     */
    public static UnitDirectory load(Path csv) throws LedgerException {
        String file = String.valueOf(csv.getFileName());
        try (InputStream in = Files.newInputStream(csv)) {
            return read(in, file);
        } catch (IOException e) {
            throw new LedgerException("cannot read the unit directory: " + e.getMessage(), file, null, e);
        }
    }

    /**
     * Reads a directory from a CSV stream. The stream is read to its end but not closed.
     *
     * @param in the CSV bytes, UTF-8 with or without a BOM
     * @param file the name to give in error messages
     * @return the directory
     * @throws LedgerException if the bytes are not UTF-8, too many or malformed
     */
    public static UnitDirectory read(InputStream in, String file) throws LedgerException {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new LedgerException("cannot read the unit directory: " + e.getMessage(), file, null, e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new LimitExceededException("the unit directory is larger than " + MAX_BYTES + " bytes", file, null);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new LedgerException("the unit directory is not UTF-8 text", file, null, e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<CsvRows.Row> rows;
        try {
            rows = CsvRows.parse(text);
        } catch (CsvRows.UnclosedQuoteException e) {
            throw new LedgerException("a quoted field is never closed", file, "line " + e.line(), e);
        }
        List<KnownUnit> units = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            CsvRows.Row row = rows.get(r);
            String name = row.fields().get(0).strip();
            if (name.startsWith("#") || (r == 0 && isHeader(name))) {
                continue;
            }
            if (units.size() >= MAX_ENTRIES) {
                throw new LimitExceededException(
                        "the unit directory has more than " + MAX_ENTRIES + " entries", file, "line " + row.line());
            }
            if (name.isEmpty()) {
                throw new LedgerException("the name is empty", file, "line " + row.line(), null);
            }
            List<String> aliases = new ArrayList<>();
            if (row.fields().size() > 1) {
                for (String a : row.fields().get(1).split("[|;；、,，]")) {
                    if (!a.isBlank()) {
                        aliases.add(a.strip());
                    }
                }
            }
            String level = row.fields().size() > 2 ? row.fields().get(2).strip() : "";
            units.add(new KnownUnit(name, aliases, level));
        }
        return of(units);
    }

    private static boolean isHeader(String first) {
        String f = first.toLowerCase(java.util.Locale.ROOT);
        return f.equals("name") || f.equals("名称") || f.equals("单位") || f.equals("单位名称") || f.equals("标准名称");
    }

    /** @return the known units, in the order given */
    public List<KnownUnit> units() {
        return units;
    }

    /**
     * Finds a unit by its name or one of its aliases; with the built-in short forms, also by a short
     * form of its name ({@code 区人社局} finds {@code 区人力资源和社会保障局}).
     *
     * @param name a unit name as written
     * @return the known unit, if any
     */
    public Optional<KnownUnit> lookup(String name) {
        if (name == null || name.isBlank() || units.isEmpty()) {
            return Optional.empty();
        }
        KnownUnit u = byKey.get(key(name));
        if (u == null && abbreviations) {
            u = byKey.get(key(Abbreviations.expand(name)));
        }
        return Optional.ofNullable(u);
    }

    /**
     * @param name a unit name as written
     * @return the canonical name: the known unit's name, else (with the built-in short forms) the
     *     name with its short form written out; empty when nothing is known about the name
     */
    public Optional<String> canonicalName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        Optional<KnownUnit> u = lookup(name);
        if (u.isPresent()) {
            return Optional.of(u.get().name());
        }
        if (abbreviations) {
            String expanded = Abbreviations.expand(name);
            if (!expanded.equals(name)) {
                return Optional.of(expanded);
            }
        }
        return Optional.empty();
    }

    /**
     * The known names closest to a name, for a finding such as "unknown unit 区人设局, did you mean
     * 区人力资源和社会保障局?".
     *
     * @param name a unit name as written
     * @return at most five canonical names, closest first; the unit itself if it is known; empty if
     *     nothing is close
     */
    public List<String> suggest(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        Optional<KnownUnit> known = lookup(name);
        if (known.isPresent()) {
            return List.of(known.get().name());
        }
        String k = key(name);
        if (k.length() > MAX_NAME) {
            k = k.substring(0, MAX_NAME);
        }
        String expanded = abbreviations ? key(Abbreviations.expand(name)) : k;
        int limit = Math.max(1, Math.max(k.length(), expanded.length()) / 3);
        Map<KnownUnit, Integer> best = new LinkedHashMap<>();
        for (Map.Entry<String, KnownUnit> e : byKey.entrySet()) {
            int d = Math.min(Similarity.distance(k, e.getKey(), limit), Similarity.distance(expanded, e.getKey(), limit));
            if (d <= limit) {
                best.merge(e.getValue(), d, Math::min);
            }
        }
        return best.entrySet().stream()
                .sorted(Map.Entry.<KnownUnit, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey().name(), Comparator.naturalOrder()))
                .limit(MAX_SUGGESTIONS)
                .map(e -> e.getKey().name())
                .toList();
    }

    private static String key(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!Character.isWhitespace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "UnitDirectory[" + units.size() + " units" + (abbreviations ? ", built-in short forms" : "") + "]";
    }
}
