package org.taizhang.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Collectors;
import org.taizhang.core.spi.ContentSample;
import org.taizhang.core.spi.LedgerReader;
import org.taizhang.core.spi.LedgerWriter;
import org.taizhang.core.spi.ReadContext;

/**
 * Reads and writes ledgers in any format whose module is on the class path.
 *
 * <pre>{@code
 * WorkPlan plan = Ledgers.read(Path.of("台账.xlsx"));
 * Ledgers.write(plan, Path.of("台账.json"));
 * }</pre>
 *
 * <p>The format of a file read is detected from its content (zip parts, BOM, first bytes) and then
 * its extension; the format of a file written comes from its extension. Thread-safe.
 */
public final class Ledgers {
    private Ledgers() {}

    /**
     * Reads a ledger with the default options.
     *
     * @param file the file
     * @return the plan
     * @throws LedgerException when it cannot be read; the message names the file and the place
     */
    public static WorkPlan read(Path file) throws LedgerException {
        return read(file, ReadOptions.defaults());
    }

    /**
     * Reads a ledger.
     *
     * @param file the file
     * @param options limits and known facts
     * @return the plan
     * @throws LedgerException when it cannot be read; the message names the file and the place
     */
    public static WorkPlan read(Path file, ReadOptions options) throws LedgerException {
        return read(file, options, FormatRegistry.installed());
    }

    /**
     * Reads a ledger with the given providers.
     *
     * @param file the file
     * @param options limits and known facts
     * @param registry the readers to choose from
     * @return the plan
     * @throws LedgerException when it cannot be read; the message names the file and the place
     */
    public static WorkPlan read(Path file, ReadOptions options, FormatRegistry registry)
            throws LedgerException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        ContentSample sample;
        try {
            if (Files.isDirectory(file)) {
                throw new LedgerException("is a directory, not a ledger file", name);
            }
            long size = Files.size(file);
            if (size > options.limits().maxFileBytes()) {
                throw new LimitExceededException("the file has " + size + " bytes, more than "
                        + options.limits().maxFileBytes() + " (ReadLimits.maxFileBytes)", name, null);
            }
            sample = FormatRegistry.sample(file);
        } catch (IOException e) {
            throw ioFailure(name, e);
        }
        LedgerReader reader = registry.readerFor(sample).orElseThrow(() -> unsupported(name, sample, registry));
        try {
            return reader.read(file, new ReadContext(name, options));
        } catch (LedgerException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // Readers promise LedgerException only; this keeps a reader's bug from reaching the user
            // as a stack trace.
            throw new LedgerException("the " + reader.format().id() + " reader failed: "
                    + e.getClass().getSimpleName(), name, null, e);
        }
    }

    /**
     * Reads a ledger from a stream, which is read to its end but not closed. The stream is copied
     * to a temporary file first (bounded by {@link ReadLimits#maxFileBytes()}), since container
     * formats need random access.
     *
     * @param in the stream
     * @param fileName the file's name, for detection and messages
     * @param options limits and known facts
     * @return the plan
     * @throws LedgerException when it cannot be read
     */
    public static WorkPlan read(InputStream in, String fileName, ReadOptions options)
            throws LedgerException {
        Path dir = null;
        Path tmp = null;
        try {
            dir = Files.createTempDirectory("taizhang");
            tmp = dir.resolve(safeName(fileName));
            long max = options.limits().maxFileBytes();
            try (OutputStream out = Files.newOutputStream(tmp)) {
                byte[] buf = new byte[65536];
                long total = 0;
                int n;
                while ((n = in.read(buf)) > 0) {
                    total += n;
                    if (total > max) {
                        throw new LimitExceededException("the input has more than " + max
                                + " bytes (ReadLimits.maxFileBytes)", fileName, null);
                    }
                    out.write(buf, 0, n);
                }
            }
            return read(tmp, options);
        } catch (IOException e) {
            throw ioFailure(fileName, e);
        } finally {
            deleteQuietly(tmp);
            deleteQuietly(dir);
        }
    }

    /**
     * Writes a ledger in the format its file name's extension names.
     *
     * @param plan the plan
     * @param file the file, replaced if it exists
     * @throws LedgerException when no writer handles the extension, or writing fails
     */
    public static void write(WorkPlan plan, Path file) throws LedgerException {
        write(plan, file, null, WriteOptions.defaults());
    }

    /**
     * Writes a ledger.
     *
     * @param plan the plan
     * @param file the file, replaced if it exists; written in full or not at all: the content goes
     *     to a new file beside it (created with the process's default permissions, or those of the
     *     file it replaces), which then takes its place
     * @param format the format id or extension, or null to use the file name's extension
     * @param options the options
     * @throws LedgerException when no writer handles the format, or writing fails
     */
    public static void write(WorkPlan plan, Path file, String format, WriteOptions options)
            throws LedgerException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        LedgerWriter writer = writerFor(name, format);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new LedgerException("the folder " + parent + " does not exist", name);
        }
        Path tmp = null;
        try {
            tmp = SiblingFile.create(file);
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
                writer.write(plan, out, options);
            }
            SiblingFile.keepPermissions(file, tmp);
            SiblingFile.replace(tmp, file);
            tmp = null;
        } catch (IOException e) {
            throw ioFailure(name, e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    /**
     * Writes a ledger to a stream, which is not closed.
     *
     * @param plan the plan
     * @param out the stream
     * @param format the format id or extension ({@code json}, {@code xlsx})
     * @param options the options
     * @throws LedgerException when no writer handles the format, or writing fails
     */
    public static void write(WorkPlan plan, OutputStream out, String format, WriteOptions options)
            throws LedgerException {
        writerFor(null, format).write(plan, out, options);
    }

    private static LedgerWriter writerFor(String fileName, String format) throws LedgerException {
        FormatRegistry registry = FormatRegistry.installed();
        String known = registry.writableFormats().stream().map(f -> f.id())
                .collect(Collectors.joining(", "));
        if (format != null) {
            return registry.writer(format).orElseThrow(() -> new UnsupportedFormatException(
                    "no writer for format '" + format + "' (can write: " + known + ")", fileName));
        }
        return registry.writerForName(fileName).orElseThrow(() -> new UnsupportedFormatException(
                "cannot tell the format to write from the file name (can write: " + known + ")",
                fileName));
    }

    private static UnsupportedFormatException unsupported(String name, ContentSample sample,
            FormatRegistry registry) {
        String seen = sample.isZip() ? "a zip archive that is neither .xlsx nor .docx"
                : sample.isOle2() ? "an OLE2 document (.xls, .doc or an encrypted file)"
                : sample.looksBinary() ? "binary content"
                : "text of no known format";
        String known = registry.readableFormats().stream().map(f -> f.id())
                .collect(Collectors.joining(", "));
        return new UnsupportedFormatException("unsupported format: found " + seen
                + " (can read: " + known + ")", name);
    }

    private static LedgerException ioFailure(String name, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new LedgerException("file not found", name, null, e);
        }
        if (e instanceof AccessDeniedException) {
            return new LedgerException("permission denied", name, null, e);
        }
        return new LedgerException("cannot read or write the file: " + e.getMessage(), name, null, e);
    }

    private static String safeName(String fileName) {
        String base = fileName == null ? "input" : Path.of(fileName.replace('\\', '/'))
                .getFileName().toString();
        return base.replaceAll("[^\\p{L}\\p{N}._-]", "_");
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a temporary file left behind is harmless
            }
        }
    }
}
