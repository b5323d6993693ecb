package org.taizhang.core;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How to read a ledger: limits, and facts the caller knows better than the file.
 *
 * <p>{@code ReadOptions.defaults()} suits most callers. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReadOptions {

    /** @return the limits on untrusted input */
    @Value.Default
    public ReadLimits limits() {
        return ReadLimits.defaults();
    }

    /** @return the only sheet to read from a workbook; by default every sheet that holds a ledger */
    public abstract Optional<String> sheet();

    /** @return the character set of a text file; by default detected (BOM, UTF-8, then GB18030) */
    public abstract Optional<Charset> charset();

    /** @return the plan year, overriding what the title says */
    public abstract Optional<Integer> year();

    /** @return the issue date, overriding what the document says */
    public abstract Optional<LocalDate> issuedOn();

    /** @return the default options */
    public static ReadOptions defaults() {
        return builder().build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ReadOptions}; not thread-safe. */
    public static class Builder extends ImmutableReadOptions.Builder {
        /** A builder with nothing set. */
        public Builder() {}
    }
}
