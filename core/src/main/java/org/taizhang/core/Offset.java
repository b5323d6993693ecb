package org.taizhang.core;

import org.immutables.value.Value;

/**
 * The offset of a relative deadline: {@code 10个工作日} is {@code Offset.of(10, WORKDAYS)}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Offset {

    /** @return the amount, zero or more ({@code 同步} is zero days) */
    @Value.Parameter
    public abstract int amount();

    /** @return the unit */
    @Value.Parameter
    public abstract PeriodUnit unit();

    /**
     * An offset.
     *
     * @param amount the amount, zero or more
     * @param unit the unit
     * @return the offset
     */
    public static Offset of(int amount, PeriodUnit unit) {
        return ImmutableOffset.of(amount, unit);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Offset}; not thread-safe. */
    public static class Builder extends ImmutableOffset.Builder {
        /** A builder with nothing set. */
        public Builder() {}
    }

    @Value.Check
    protected void check() {
        if (amount() < 0) {
            throw new IllegalArgumentException("offset amount is negative: " + amount());
        }
    }

    @Override
    public String toString() {
        return amount() + " " + unit().name().toLowerCase(java.util.Locale.ROOT);
    }
}
