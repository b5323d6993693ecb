package org.taizhang.core.spi;

import java.time.Duration;
import java.util.Optional;
import org.taizhang.core.LedgerException;
import org.taizhang.core.LimitExceededException;
import org.taizhang.core.ReadLimits;
import org.taizhang.core.ReadOptions;

/**
 * What a reader is given besides the file: its name for messages, the options, and the clock that
 * bounds the read. Helpers here build exceptions that name the file. Not thread-safe: one per read.
 */
public final class ReadContext {
    private final String fileName;
    private final ReadOptions options;
    private final long deadlineNanos;

    /**
     * A context whose time limit starts now.
     *
     * @param fileName the file name for messages, or null
     * @param options the options
     */
    public ReadContext(String fileName, ReadOptions options) {
        this.fileName = fileName;
        this.options = options;
        Duration max = options.limits().maxTime();
        this.deadlineNanos = System.nanoTime() + Math.min(max.toNanos(), Long.MAX_VALUE / 4);
    }

    /** @return the file name, if known */
    public Optional<String> fileName() {
        return Optional.ofNullable(fileName);
    }

    /** @return the options */
    public ReadOptions options() {
        return options;
    }

    /** @return the limits */
    public ReadLimits limits() {
        return options.limits();
    }

    /**
     * A failure at a place in this file.
     *
     * @param place the place, such as {@code 任务台账!D12}, or null
     * @param reason what went wrong
     * @return the exception, to throw
     */
    public LedgerException error(String place, String reason) {
        return new LedgerException(reason, fileName, place, null);
    }

    /**
     * A failure at a place in this file, with its cause.
     *
     * @param place the place, or null
     * @param reason what went wrong
     * @param cause the underlying failure
     * @return the exception, to throw
     */
    public LedgerException error(String place, String reason, Throwable cause) {
        return new LedgerException(reason, fileName, place, cause);
    }

    /**
     * A limit was passed.
     *
     * @param place the place, or null
     * @param reason which limit, and its value
     * @return the exception, to throw
     */
    public LimitExceededException limit(String place, String reason) {
        return new LimitExceededException(reason, fileName, place);
    }

    /**
     * Fails when the read has run longer than {@link ReadLimits#maxTime()}. Readers call this
     * every few hundred rows.
     *
     * @param place where the reader is, for the message
     * @throws LimitExceededException when the time is up
     */
    public void checkTime(String place) throws LimitExceededException {
        if (System.nanoTime() - deadlineNanos > 0) {
            throw limit(place, "reading took longer than " + limits().maxTime().toSeconds()
                    + " s (ReadLimits.maxTime)");
        }
    }

    /**
     * Fails when a cell's text is longer than {@link ReadLimits#maxCellChars()}.
     *
     * @param place the cell
     * @param length its length in characters
     * @throws LimitExceededException when it is too long
     */
    public void checkCellLength(String place, long length) throws LimitExceededException {
        if (length > limits().maxCellChars()) {
            throw limit(place, "a cell holds more than " + limits().maxCellChars()
                    + " characters (ReadLimits.maxCellChars)");
        }
    }
}
