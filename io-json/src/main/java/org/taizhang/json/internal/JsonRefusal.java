package org.taizhang.json.internal;

/**
 * A document the strict reader refuses, with the place (JSONPath, line and column) and the reason
 * already worded; the reader turns it into a {@link org.taizhang.core.LedgerException}.
 */
final class JsonRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Where, as a message gives it: {@code $.tasks[0].status (line 1, column 44)}. */
    final String place;
    /** Why, for the ledger's author. */
    final String reason;

    JsonRefusal(String place, String reason) {
        super(place + ": " + reason, null, false, false);
        this.place = place;
        this.reason = reason;
    }
}
