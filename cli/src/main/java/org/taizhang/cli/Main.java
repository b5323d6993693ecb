package org.taizhang.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code taizhang} command. Exit status: 0 done and no errors; 1 validation found errors;
 * 2 usage or unsupported format; 3 input unreadable.
 */
@Command(
        name = "taizhang",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Read, check and convert work-plan ledgers (工作台账 / 任务分解表).",
        subcommands = {ConvertCommand.class, DeadlineCommand.class, UnitsCommand.class, DemoCommand.class,
            SummaryCommand.class})
public final class Main {

    private Main() {}

    /**
     * Runs the command and exits with its status.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs the command without exiting, for tests and embedding.
     *
     * @param args the arguments
     * @param out standard output
     * @param err standard error
     * @return the exit status
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new Main());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler(new ErrorHandler());
        cmd.registerConverter(java.nio.charset.Charset.class, java.nio.charset.Charset::forName);
        cmd.setParameterExceptionHandler((ex, a) -> {
            err.println("taizhang: " + ex.getMessage());
            ex.getCommandLine().usage(err);
            return ExitCodes.USAGE;
        });
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
