package org.taizhang.core;

/** No reader or writer on the class path handles the file's format. */
public class UnsupportedFormatException extends LedgerException {
    private static final long serialVersionUID = 1L;

    /**
     * @param reason what was seen and what would be needed
     * @param file the file name, or null
     */
    public UnsupportedFormatException(String reason, String file) {
        super(reason, file, null, null);
    }
}
