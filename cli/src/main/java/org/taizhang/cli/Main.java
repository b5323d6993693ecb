package org.taizhang.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
        subcommands = {ConvertCommand.class, ValidateCommand.class, SummaryCommand.class, DeadlineCommand.class,
            UnitsCommand.class, DemoCommand.class})
public final class Main {

    private Main() {}

    /**
     * Runs the command and exits with its status.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        if (Utf8Relaunch.wanted()) {
            int code = Utf8Relaunch.run(args);
            if (code >= 0) {
                System.exit(code);
            }
        }
        Charset console = consoleCharset();
        System.exit(run(Utf8Relaunch.arguments(args), new PrintWriter(new OutputStreamWriter(System.out, console), true),
                new PrintWriter(new OutputStreamWriter(System.err, console), true)));
    }

    /**
     * The character set of the terminal when it can show Chinese (UTF-8, GBK, GB18030), else UTF-8:
     * under {@code LANG=C} Java would print every Chinese character as {@code ?}.
     */
    static Charset consoleCharset() {
        String named = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding",
                System.getProperty("native.encoding", Charset.defaultCharset().name())));
        return Utf8Relaunch.canHoldChinese(named) ? Charset.forName(named) : StandardCharsets.UTF_8;
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
