package org.taizhang.cli;

/** The exit statuses of the {@code taizhang} command. */
final class ExitCodes {
    /** Done, and no errors. */
    static final int OK = 0;
    /** Validation found errors. */
    static final int FINDINGS = 1;
    /** Bad usage, or an unsupported format. */
    static final int USAGE = 2;
    /** The input could not be read: corrupt, too large, wrong encoding. */
    static final int UNREADABLE = 3;

    private ExitCodes() {}
}
