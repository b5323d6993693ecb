package org.taizhang.cli;

import org.taizhang.core.LedgerException;
import org.taizhang.core.UnsupportedFormatException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns a failure into one line naming the file and the place, and an exit status; no stack trace. */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        cmd.getErr().println("taizhang: " + ex.getMessage());
        if (ex instanceof UnsupportedFormatException) {
            return ExitCodes.USAGE;
        }
        if (ex instanceof LedgerException) {
            return ExitCodes.UNREADABLE;
        }
        if (ex instanceof IllegalArgumentException) {
            return ExitCodes.USAGE;
        }
        return ExitCodes.UNREADABLE;
    }
}
