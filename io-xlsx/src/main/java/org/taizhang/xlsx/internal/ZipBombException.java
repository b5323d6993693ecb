package org.taizhang.xlsx.internal;

import java.io.IOException;

/**
 * A zip entry inflated past a safety limit: larger than any part may be, or far larger than its
 * compressed size. {@link XlsxGridReader#failure} reports it as a limit.
 */
final class ZipBombException extends IOException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message which limit, and the entry
     */
    ZipBombException(String message) {
        super(message);
    }
}
