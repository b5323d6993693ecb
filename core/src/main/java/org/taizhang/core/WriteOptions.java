package org.taizhang.core;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How to write a ledger. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class WriteOptions {

    /** @return the character set of a text format; each writer documents its default */
    public abstract Optional<Charset> charset();

    /** @return the day reports are computed for (what is overdue); by default today */
    public abstract Optional<LocalDate> asOf();

    /** @return the default options */
    public static WriteOptions defaults() {
        return builder().build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link WriteOptions}; not thread-safe. */
    public static class Builder extends ImmutableWriteOptions.Builder {
        /** A builder with nothing set. */
        public Builder() {}
    }
}
