package org.taizhang.cli.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.taizhang.core.FormatRegistry;
import org.taizhang.core.LedgerException;
import org.taizhang.core.ReadLimits;
import org.taizhang.core.ReadOptions;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.spi.LedgerReader;
import org.taizhang.core.spi.ReadContext;

/** Hands fuzzed bytes to one reader, as a file named for its format, and checks the contract. */
final class FuzzedRead {
    private static final ReadOptions OPTIONS = ReadOptions.builder()
            .limits(ReadLimits.builder().maxTime(Duration.ofSeconds(20)).build()).build();
    private static final Map<String, Path> FILES = new ConcurrentHashMap<>();

    private FuzzedRead() {}

    /**
     * Reads the bytes with the reader of the format, directly (not through {@code Ledgers}, which
     * would wrap a reader's runtime exception and hide it).
     *
     * @param format the format id, also the file's extension
     * @param data the file's content
     */
    static void check(String format, byte[] data) {
        LedgerReader reader = FormatRegistry.installed().reader(format)
                .orElseThrow(() -> new AssertionError("no reader for " + format));
        Path file = FILES.computeIfAbsent(format, FuzzedRead::file);
        try {
            Files.write(file, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = "fuzz." + format;
        try {
            WorkPlan plan = reader.read(file, new ReadContext(name, OPTIONS));
            if (plan == null) {
                throw new AssertionError("the " + format + " reader returned null");
            }
        } catch (LedgerException e) {
            if (e.getMessage() == null || !e.getMessage().startsWith(name)) {
                throw new AssertionError("a LedgerException that does not name the file: " + e.getMessage(), e);
            }
        }
    }

    private static Path file(String format) {
        try {
            Path dir = Files.createTempDirectory("taizhang-fuzz");
            dir.toFile().deleteOnExit();
            Path file = dir.resolve("fuzz." + format);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
