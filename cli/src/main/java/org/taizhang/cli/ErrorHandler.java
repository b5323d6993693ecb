package org.taizhang.cli;

import org.taizhang.core.LedgerException;
import org.taizhang.core.LimitExceededException;
import org.taizhang.core.UnsupportedFormatException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns a failure into one line naming the file and the place, and an exit status; no stack trace. */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        cmd.getErr().println("taizhang: " + ex.getMessage());
        if (ex instanceof LimitExceededException) {
            cmd.getErr().println("taizhang: " + limitHint(cmd));
        }
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

    /** What an official can do about a file past the read limits, where the command offers it. */
    static String limitHint(CommandLine cmd) {
        if (cmd.getCommandSpec().findOption("--max-rows") != null) {
            return "文件超出默认读取上限（防止异常文件占满内存）；如确为大台账，可加 --max-rows N 放宽上限后重试";
        }
        return "文件超出默认读取上限（防止异常文件占满内存），此命令不能放宽上限";
    }
}
