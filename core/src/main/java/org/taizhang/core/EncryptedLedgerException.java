package org.taizhang.core;

/** The file is protected by a password; it must be saved without one before it can be read. */
public class EncryptedLedgerException extends LedgerException {
    private static final long serialVersionUID = 1L;

    /**
     * @param file the file name, or null
     */
    public EncryptedLedgerException(String file) {
        super("the file is encrypted with a password; save it without one and try again", file);
    }
}
