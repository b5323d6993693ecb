package org.taizhang.core;

import java.util.Optional;

/**
 * A ledger could not be read or written. The message names the file and the place in it (a cell
 * such as {@code 任务台账!D12}, {@code table 2, row 5}, a line, or a JSON path such as
 * {@code $.sections[0].tasks[3].deadline}) and never echoes more than
 * {@value #MAX_ECHO} characters of the document's text.
 *
 * <p>Subclasses exist only where a caller would act differently:
 * {@link UnsupportedFormatException}, {@link LimitExceededException},
 * {@link EncryptedLedgerException}.
 */
public class LedgerException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The most characters of document text a message repeats. */
    public static final int MAX_ECHO = 64;

    private final String file;
    private final String place;
    private final String reason;

    /**
     * A failure at a known place.
     *
     * @param reason what went wrong, without file or place
     * @param file the file name, or null when unknown
     * @param place the place in the file, or null when unknown
     * @param cause the underlying failure, or null
     */
    public LedgerException(String reason, String file, String place, Throwable cause) {
        super(compose(reason, file, place), cause);
        this.reason = reason;
        this.file = file;
        this.place = place;
    }

    /**
     * A failure with no place.
     *
     * @param reason what went wrong
     * @param file the file name, or null when unknown
     */
    public LedgerException(String reason, String file) {
        this(reason, file, null, null);
    }

    /** @return the file name, when known */
    public Optional<String> file() {
        return Optional.ofNullable(file);
    }

    /** @return the place in the file, when known */
    public Optional<String> place() {
        return Optional.ofNullable(place);
    }

    /** @return what went wrong, without file or place */
    public String reason() {
        return reason;
    }

    /**
     * Cuts document text short for a message: at most {@value #MAX_ECHO} characters, on one line.
     *
     * @param text the text, may be null
     * @return the text, quoted and shortened
     */
    public static String echo(CharSequence text) {
        if (text == null) {
            return "null";
        }
        String s = text.toString().replaceAll("[\\r\\n\\t]+", " ");
        if (s.length() > MAX_ECHO) {
            s = s.substring(0, MAX_ECHO) + "…";
        }
        return "\"" + s + "\"";
    }

    private static String compose(String reason, String file, String place) {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file).append(": ");
        }
        if (place != null && !place.isEmpty()) {
            sb.append(place).append(": ");
        }
        return sb.append(reason).toString();
    }
}
