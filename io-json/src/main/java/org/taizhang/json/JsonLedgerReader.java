package org.taizhang.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.taizhang.core.LedgerException;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.spi.ContentSample;
import org.taizhang.core.spi.LedgerFormat;
import org.taizhang.core.spi.LedgerReader;
import org.taizhang.core.spi.ReadContext;
import org.taizhang.json.internal.JsonCodec;

/**
 * Reads {@code taizhang/1} JSON documents; found by {@link java.util.ServiceLoader}.
 *
 * <p>Detection is {@link #CERTAIN} when the file starts (after a BOM and white space) with a JSON
 * object whose first bytes hold {@code "format": "taizhang/…"}, and {@link #EXTENSION_ONLY} for
 * any other {@code .json} file. Thread-safe.
 */
public final class JsonLedgerReader implements LedgerReader {
    private static final Pattern MARKER = Pattern.compile("\"format\"\\s*:\\s*\"taizhang/");

    /** A reader; {@link java.util.ServiceLoader} calls this. */
    public JsonLedgerReader() {}

    @Override
    public LedgerFormat format() {
        return JsonFormat.FORMAT;
    }

    @Override
    public int detect(ContentSample sample) {
        String head = sample.headText().strip();
        if (head.startsWith("{") && MARKER.matcher(head).find()) {
            return CERTAIN;
        }
        return "json".equals(sample.extension()) ? EXTENSION_ONLY : NO;
    }

    @Override
    public WorkPlan read(Path file, ReadContext context) throws LedgerException {
        try (InputStream in = Files.newInputStream(file)) {
            return JsonCodec.read(in, context);
        } catch (NoSuchFileException e) {
            throw context.error(null, "file not found", e);
        } catch (IOException e) {
            throw context.error(null, "cannot read the file: " + e.getMessage(), e);
        }
    }
}
