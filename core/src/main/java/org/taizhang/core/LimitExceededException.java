package org.taizhang.core;

/**
 * A file went past one of the limits of {@link ReadLimits}: too large, too many rows or cells, a
 * cell too long, nested too deep, or too slow to read. Raise the limit through
 * {@link ReadOptions} if the file is trusted.
 */
public class LimitExceededException extends LedgerException {
    private static final long serialVersionUID = 1L;

    /**
     * @param reason which limit, and its value
     * @param file the file name, or null
     * @param place where the limit was reached, or null
     */
    public LimitExceededException(String reason, String file, String place) {
        super(reason, file, place, null);
    }
}
