package org.taizhang.core;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.taizhang.core.internal.vocabulary.ShippedWords;

/**
 * The words ledgers are read with: the words shipped with the library plus a caller's own.
 *
 * <p>Every place writes ledgers in its own words (a header {@code 抓落实单位}, units that {@code 主抓} a
 * task, a deadline {@code 视情推进}). A vocabulary file adds such words without a new release:
 * UTF-8 lines {@code kind<TAB>word<TAB>meaning}, blank lines and lines starting with {@code #}
 * ignored. The kinds are listed in {@link Kind}; the format is described in {@code docs/vocabulary.md}.
 *
 * <pre>{@code
 * Vocabulary words = Vocabulary.load(Path.of("本地词表.tsv"));
 * WorkPlan plan = Ledgers.read(file, ReadOptions.builder().vocabulary(words).build());
 * }</pre>
 *
 * <p>{@link #builtIn()} is the shipped words alone: {@link #words(Kind)} lists them (the exact header
 * words, role words, endings of bodies' names, vague and ongoing deadline words and status words the
 * library ships), its {@link #entries()} are empty. Every vocabulary holds the shipped words; a
 * caller's words ({@link #entries()}, {@link #added(Kind)}) are consulted first, so a caller's header
 * word also overrides a shipped one. Immutable and thread-safe.
 */
public final class Vocabulary {

    /** The kinds of word a vocabulary holds, and what each one's meaning names. */
    public enum Kind {
        /** A column header; meaning: the model field it names ({@code content}, {@code deadline}, …). */
        HEADER("header"),
        /** A role word in a 责任单位 cell; meaning: a {@link Role} name ({@code LEAD}, {@code SUPPORT}, …). */
        ROLE("role"),
        /** The last characters of a unit's name ({@code 嘎查}, {@code 管委会}); meaning optional. */
        UNIT_SUFFIX("unit-suffix"),
        /** A unit name that stands for several units ({@code 各苏木镇}); meaning optional. */
        COLLECTIVE("collective"),
        /** A vague deadline word ({@code 视情推进}): no date, kind VAGUE; meaning optional. */
        VAGUE("vague"),
        /** An ongoing deadline word ({@code 常抓不懈}): kind ONGOING; meaning optional. */
        ONGOING("ongoing"),
        /** A word in a 状态 or 落实情况 cell; meaning: a {@link Status} name ({@code DONE}, …). */
        STATUS("status");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** @return the kind as written in a vocabulary file ({@code unit-suffix}) */
        public String id() {
            return id;
        }

        /** @return true when a line of this kind must give a meaning */
        boolean needsMeaning() {
            return this == HEADER || this == ROLE || this == STATUS;
        }

        static Kind of(String id) {
            for (Kind k : values()) {
                if (k.id.equals(id)) {
                    return k;
                }
            }
            return null;
        }
    }

    /** The model fields a {@link Kind#HEADER} word may name. */
    public static final Set<String> HEADER_FIELDS = Set.of("number", "name", "content", "basis", "responsibility",
            "deadline", "indicators", "progress", "status", "completed-on", "remarks");

    /**
     * One word.
     *
     * @param kind what kind of word it is
     * @param word the word as written in ledgers
     * @param meaning what it means: a header field, a {@link Role} or {@link Status} name; empty for
     *     the kinds that need none
     */
    public record Entry(Kind kind, String word, String meaning) {}

    /** A line of a vocabulary file, for error messages. */
    private record Where(String file, String line) {
        LedgerException error(String reason) {
            return new LedgerException(reason, file, line, null);
        }
    }

    /**
     * The shipped entries. The shipped files are themselves read by {@link #parse}, while this class
     * is being initialised: the vocabularies made then hold no shipped words (see {@link #shipped()}).
     */
    private static final List<Entry> SHIPPED = ShippedWords.builtIn();

    private static final Vocabulary BUILT_IN = new Vocabulary(List.of());

    private final List<Entry> entries;
    /** The added words of each kind, built once: the readers look them up at every character of a cell. */
    private final Map<Kind, Map<String, String>> addedByKind;
    /** The shipped and the added words of each kind, the added last. */
    private final Map<Kind, Map<String, String>> byKind;

    private Vocabulary(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        this.addedByKind = index(this.entries);
        List<Entry> all = new ArrayList<>(shipped());
        all.addAll(this.entries);
        this.byKind = index(all);
    }

    private static List<Entry> shipped() {
        return SHIPPED == null ? List.of() : SHIPPED;
    }

    /** The words of each kind in order, a word given twice moved to its later place and meaning. */
    private static Map<Kind, Map<String, String>> index(List<Entry> entries) {
        Map<Kind, Map<String, String>> byKind = new java.util.EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            Map<String, String> words = new LinkedHashMap<>();
            for (Entry e : entries) {
                if (e.kind() == kind) {
                    words.remove(e.word());
                    words.put(e.word(), e.meaning());
                }
            }
            byKind.put(kind, Collections.unmodifiableMap(words));
        }
        return byKind;
    }

    /** @return the shipped words alone */
    public static Vocabulary builtIn() {
        return BUILT_IN;
    }

    /**
     * Reads a vocabulary file: UTF-8 lines {@code kind<TAB>word<TAB>meaning}.
     *
     * @param file the file
     * @return the shipped words plus the file's
     * @throws LedgerException when the file cannot be read, or a line is malformed (unknown kind,
     *     missing word or meaning, unknown meaning): the message names the file and the line number
     */
    public static Vocabulary load(Path file) throws LedgerException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new LedgerException("a vocabulary file must be UTF-8", file.toString(), null, e);
        } catch (IOException e) {
            throw new LedgerException("cannot read the vocabulary file: " + e.getMessage(), file.toString(), null, e);
        }
        return parse(lines, file.toString());
    }

    /**
     * Reads vocabulary lines, as {@link #load(Path)} reads a file's.
     *
     * @param lines the lines
     * @param source the name to give in error messages (a file name)
     * @return the shipped words plus the lines'
     * @throws LedgerException when a line is malformed; the message names the source and line number
     */
    public static Vocabulary parse(List<String> lines, String source) throws LedgerException {
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            out.add(entry(line, new Where(source, "line " + (i + 1))));
        }
        return new Vocabulary(out);
    }

    private static Entry entry(String line, Where where) throws LedgerException {
        String[] f = line.split("\t", -1);
        Kind kind = Kind.of(f[0].strip());
        if (kind == null) {
            throw where.error("unknown kind \"" + f[0].strip() + "\" (kinds: header, role, "
                    + "unit-suffix, collective, vague, ongoing, status; fields are separated by tabs)");
        }
        if (f.length > 3) {
            throw where.error("too many fields (kind<TAB>word<TAB>meaning)");
        }
        String word = f.length > 1 ? f[1].strip() : "";
        if (word.isEmpty()) {
            throw where.error("missing word (kind<TAB>word<TAB>meaning)");
        }
        String meaning = f.length > 2 ? f[2].strip() : "";
        if (kind.needsMeaning() && meaning.isEmpty()) {
            throw where.error("missing meaning for " + kind.id() + " " + word);
        }
        switch (kind) {
            case HEADER:
                meaning = meaning.toLowerCase(Locale.ROOT);
                if (!HEADER_FIELDS.contains(meaning)) {
                    throw where.error("unknown field \"" + meaning + "\" for header " + word
                            + " (fields: " + String.join(", ", new java.util.TreeSet<>(HEADER_FIELDS)) + ")");
                }
                break;
            case ROLE:
                meaning = enumName(meaning, Role.class, where, word);
                break;
            case STATUS:
                meaning = enumName(meaning, Status.class, where, word);
                break;
            default:
                if (!meaning.isEmpty() && !meaning.equals("-")) {
                    throw where.error("" + kind.id() + " takes no meaning (write - or nothing)");
                }
                meaning = "";
        }
        return new Entry(kind, word, meaning);
    }

    private static <E extends Enum<E>> String enumName(String meaning, Class<E> type, Where where, String word)
            throws LedgerException {
        String name = meaning.toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return name;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name());
        }
        throw where.error("unknown " + type.getSimpleName() + " \"" + meaning + "\" for " + word
                + " (one of " + String.join(", ", names) + ")");
    }

    /**
     * @param more more words
     * @return this vocabulary's words and then {@code more}'s; for a word given twice, the later
     *     meaning wins
     */
    public Vocabulary plus(Vocabulary more) {
        if (more.entries.isEmpty()) {
            return this;
        }
        List<Entry> all = new ArrayList<>(entries);
        all.addAll(more.entries);
        return new Vocabulary(all);
    }

    /** @return the words added to the shipped ones, in the order given */
    public List<Entry> entries() {
        return entries;
    }

    /** @return true when no words are added to the shipped ones */
    public boolean isBuiltIn() {
        return entries.isEmpty();
    }

    /**
     * @param kind a kind
     * @return every word of that kind and its meaning: the shipped words, then the added words in
     *     the order given (a later entry for the same word wins, so an added word overrides a shipped
     *     one)
     */
    public Map<String, String> words(Kind kind) {
        return byKind.get(kind);
    }

    /**
     * @param kind a kind
     * @return the added words of that kind and their meanings, in the order given (a later entry for
     *     the same word wins); empty for {@link #builtIn()}
     */
    public Map<String, String> added(Kind kind) {
        return addedByKind.get(kind);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Vocabulary && ((Vocabulary) o).entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return "Vocabulary[" + entries.size() + " added words]";
    }
}
