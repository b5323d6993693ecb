package org.taizhang.core;

import java.time.Duration;
import org.immutables.value.Value;

/**
 * Bounds on what a reader accepts from an untrusted file. Passing a limit ends the read with a
 * {@link LimitExceededException} that names the limit and the place. The defaults suit a whole
 * province's real ledgers; raise them through {@link #builder()} for trusted, larger files.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReadLimits {

    /** @return the largest file accepted, in bytes; default 64 MiB */
    @Value.Default
    public long maxFileBytes() {
        return 64L << 20;
    }

    /** @return the most rows (or lines, or paragraphs) read from one file; default 200,000 */
    @Value.Default
    public int maxRows() {
        return 200_000;
    }

    /** @return the most non-empty cells read from one file; default 2,000,000 */
    @Value.Default
    public int maxCells() {
        return 2_000_000;
    }

    /** @return the most characters in one cell or value; default 100,000 */
    @Value.Default
    public int maxCellChars() {
        return 100_000;
    }

    /** @return the most characters of text in one file, after unpacking; default 50,000,000 */
    @Value.Default
    public long maxTextChars() {
        return 50_000_000L;
    }

    /** @return the deepest nesting of a structured format such as JSON; default 64 */
    @Value.Default
    public int maxDepth() {
        return 64;
    }

    /** @return the longest a read may take; default 2 minutes */
    @Value.Default
    public Duration maxTime() {
        return Duration.ofMinutes(2);
    }

    /** @return the default limits */
    public static ReadLimits defaults() {
        return builder().build();
    }

    /**
     * The limits for files of up to {@code maxRows} rows. Above the default row limit, the cell,
     * text, file-size and time limits grow in the same proportion as the rows, so that a larger
     * ledger of the usual shape passes (five times the rows: 10,000,000 cells, 250,000,000
     * characters, 320 MiB, 10 minutes); the per-cell and nesting limits stay. At or below it, only
     * the row limit changes.
     *
     * @param maxRows the most rows, at least 1
     * @return the limits
     * @throws IllegalArgumentException when {@code maxRows} is not positive
     */
    public static ReadLimits forRows(int maxRows) {
        ReadLimits d = defaults();
        Builder b = builder();
        b.maxRows(maxRows);
        if (maxRows > d.maxRows()) {
            double f = (double) maxRows / d.maxRows();
            b.maxCells((int) Math.min(Integer.MAX_VALUE, Math.ceil(d.maxCells() * f)))
                    .maxTextChars((long) Math.ceil(d.maxTextChars() * f))
                    .maxFileBytes((long) Math.ceil(d.maxFileBytes() * f))
                    .maxTime(Duration.ofMillis((long) Math.ceil(d.maxTime().toMillis() * f)));
        }
        return b.build();
    }

    /** @return a new builder, starting from the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ReadLimits}; not thread-safe. */
    public static class Builder extends ImmutableReadLimits.Builder {
        /** A builder with nothing set. */
        public Builder() {}
    }

    @Value.Check
    protected void check() {
        if (maxFileBytes() <= 0 || maxRows() <= 0 || maxCells() <= 0 || maxCellChars() <= 0
                || maxTextChars() <= 0 || maxDepth() <= 0 || maxTime().isNegative()
                || maxTime().isZero()) {
            throw new IllegalArgumentException("every read limit must be positive: " + this);
        }
    }
}
