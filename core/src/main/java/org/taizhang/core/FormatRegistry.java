package org.taizhang.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.taizhang.core.spi.ContentSample;
import org.taizhang.core.spi.LedgerFormat;
import org.taizhang.core.spi.LedgerReader;
import org.taizhang.core.spi.LedgerWriter;

/**
 * The readers and writers available, and format detection.
 *
 * <p>{@link #installed()} holds the providers found by {@link ServiceLoader} on the class path (or
 * module path): a format module on the path adds its formats. Providers are ordered by priority,
 * higher first, then by class name, so that the order never depends on the class path's order.
 *
 * <p>Detection reads a {@link ContentSample} (first bytes, BOM, zip entry names) and asks every
 * reader for its score; content outranks the file name's extension. Immutable and thread-safe.
 */
public final class FormatRegistry {
    private static final int MAX_ZIP_ENTRIES_LISTED = 4096;

    private final List<LedgerReader> readers;
    private final List<LedgerWriter> writers;

    private FormatRegistry(List<LedgerReader> readers, List<LedgerWriter> writers) {
        this.readers = readers.stream()
                .sorted(Comparator.comparingInt(LedgerReader::priority).reversed()
                        .thenComparing(r -> r.getClass().getName()))
                .toList();
        this.writers = writers.stream()
                .sorted(Comparator.comparingInt(LedgerWriter::priority).reversed()
                        .thenComparing(w -> w.getClass().getName()))
                .toList();
    }

    private static final class Installed {
        static final FormatRegistry INSTANCE = load(FormatRegistry.class.getClassLoader());
    }

    /** @return the providers found on this library's class path or module path */
    public static FormatRegistry installed() {
        return Installed.INSTANCE;
    }

    /**
     * The providers a class loader sees.
     *
     * @param loader the class loader
     * @return the registry
     */
    public static FormatRegistry load(ClassLoader loader) {
        List<LedgerReader> readers = new ArrayList<>();
        ServiceLoader.load(LedgerReader.class, loader).forEach(readers::add);
        if (FormatRegistry.class.getModule().isNamed()) {
            ServiceLoader.load(FormatRegistry.class.getModule().getLayer(), LedgerReader.class)
                    .forEach(r -> addIfNew(readers, r));
        }
        List<LedgerWriter> writers = new ArrayList<>();
        ServiceLoader.load(LedgerWriter.class, loader).forEach(writers::add);
        if (FormatRegistry.class.getModule().isNamed()) {
            ServiceLoader.load(FormatRegistry.class.getModule().getLayer(), LedgerWriter.class)
                    .forEach(w -> addIfNew(writers, w));
        }
        return new FormatRegistry(readers, writers);
    }

    /**
     * A registry of exactly these providers.
     *
     * @param readers the readers
     * @param writers the writers
     * @return the registry
     */
    public static FormatRegistry of(List<? extends LedgerReader> readers,
            List<? extends LedgerWriter> writers) {
        return new FormatRegistry(List.copyOf(readers), List.copyOf(writers));
    }

    private static <T> void addIfNew(List<T> list, T provider) {
        if (list.stream().noneMatch(p -> p.getClass() == provider.getClass())) {
            list.add(provider);
        }
    }

    /** @return the readers, in order */
    public List<LedgerReader> readers() {
        return readers;
    }

    /** @return the writers, in order */
    public List<LedgerWriter> writers() {
        return writers;
    }

    /**
     * The reader for a file, chosen by content and then by extension.
     *
     * @param sample the file's sample
     * @return the reader with the highest score, if any scores above zero
     */
    public Optional<LedgerReader> readerFor(ContentSample sample) {
        LedgerReader best = null;
        int bestScore = LedgerReader.NO;
        for (LedgerReader r : readers) {
            int score = r.detect(sample);
            if (score > bestScore) {
                best = r;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The reader of a format.
     *
     * @param formatId the format id ({@code xlsx})
     * @return the first reader of that format
     */
    public Optional<LedgerReader> reader(String formatId) {
        String id = formatId.toLowerCase(Locale.ROOT);
        return readers.stream().filter(r -> r.format().id().equals(id)).findFirst();
    }

    /**
     * The writer of a format, by id or by extension.
     *
     * @param formatOrExtension {@code json}, {@code xlsx}, …
     * @return the first writer of that format
     */
    public Optional<LedgerWriter> writer(String formatOrExtension) {
        String id = formatOrExtension.toLowerCase(Locale.ROOT);
        return writers.stream().filter(w -> w.format().id().equals(id)).findFirst()
                .or(() -> writers.stream()
                        .filter(w -> w.format().extensions().contains(id)).findFirst());
    }

    /**
     * The writer for a file name, by its extension.
     *
     * @param fileName the file name
     * @return the writer
     */
    public Optional<LedgerWriter> writerForName(String fileName) {
        return writers.stream().filter(w -> w.format().matchesExtension(fileName)).findFirst();
    }

    /** @return the formats that can be read */
    public List<LedgerFormat> readableFormats() {
        return readers.stream().map(LedgerReader::format).distinct().toList();
    }

    /** @return the formats that can be written */
    public List<LedgerFormat> writableFormats() {
        return writers.stream().map(LedgerWriter::format).distinct().toList();
    }

    /**
     * Samples a file for detection: its first bytes and, for a zip, its entry names.
     *
     * @param file the file
     * @return the sample
     * @throws IOException when the file cannot be read
     */
    public static ContentSample sample(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(ContentSample.HEAD_SIZE);
        }
        Path name = file.getFileName();
        ContentSample first = new ContentSample(head, name == null ? null : name.toString(), List.of());
        if (!first.isZip()) {
            return first;
        }
        return new ContentSample(head, first.fileName().orElse(null), zipEntryNames(file));
    }

    // Reads the central directory only, up to a fixed count: names are enough to tell .xlsx from
    // .docx, and nothing is inflated, so a hostile archive cannot make detection slow.
    private static List<String> zipEntryNames(Path file) {
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (names.size() < MAX_ZIP_ENTRIES_LISTED && entries.hasMoreElements()) {
                names.add(entries.nextElement().getName());
            }
        } catch (IOException | RuntimeException e) {
            // a damaged archive: the reader chosen by extension reports it with its place
        }
        return names;
    }
}
