package org.taizhang.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.taizhang.cli.batch.Batch;
import org.taizhang.cli.batch.LedgerFiles;
import org.taizhang.cli.batch.ProgressBar;
import org.taizhang.core.ReadOptions;
import org.taizhang.core.units.UnitDirectory;
import org.taizhang.core.validation.Severity;
import org.taizhang.core.validation.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code taizhang validate IN…}: reads ledgers (folders searched recursively, files read in parallel
 * on all cores) and reports what validation finds. Exit status 3 when any file could not be read or
 * holds no work plan, else 1 when any finding is an error, else 0.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check ledgers and report their flaws: one line per finding, then a total per file."
                + " Folders are searched for every file a reader accepts.")
final class ValidateCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "IN", description = "ledger files or folders")
    List<Path> inputs;

    @Option(names = "--as-of", paramLabel = "DATE", description = "judge overdue tasks on this day (YYYY-MM-DD)")
    LocalDate asOf;

    @Option(names = "--units", paramLabel = "FILE",
            description = "a unit directory (CSV: name, aliases, level): units not in it are reported")
    Path units;

    @Option(names = "--year", paramLabel = "Y", description = "the plan year of files that do not state one")
    Integer year;

    @Option(names = "--disable", paramLabel = "CODE", split = ",",
            description = "switch finding codes off: repeat the option or separate codes by commas (e.g. value.inferred,role.many-leads)")
    List<String> disable = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (for officials, in Chinese) or json (one object a line per file)")
    Format format;

    @picocli.CommandLine.Mixin
    VocabularyOption vocabulary = new VocabularyOption();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReadOptions.Builder options = ReadOptions.builder().vocabulary(vocabulary.load());
        Validator.Builder validator = Validator.builder().disable(disable.toArray(String[]::new)).asOf(asOf);
        if (units != null) {
            UnitDirectory dir = UnitDirectory.load(units).withBuiltInAbbreviations();
            options.units(dir);
            validator.units(dir);
        }
        if (year != null) {
            options.year(year);
        }
        ReadOptions readOptions = options.build();
        Validator v = validator.build();
        List<Path> files = LedgerFiles.find(inputs, null);
        ProgressBar bar = new ProgressBar(err, files.size(), ProgressBar.terminal());
        int[] status = {ExitCodes.OK};
        Batch.onAllCores().run(files, f -> ValidationOutcome.of(f, readOptions, v), (file, outcome) -> {
            bar.finish();
            if (format == Format.json) {
                FindingsOutput.json(out, file.toString(), outcome);
            } else {
                FindingsOutput.text(out, file.toString(), outcome);
            }
            out.flush();
            status[0] = Math.max(status[0], exitStatus(outcome));
        }, bar);
        bar.finish();
        if (files.isEmpty()) {
            err.println("taizhang: no ledger found in " + inputs);
            return ExitCodes.UNREADABLE;
        }
        return status[0];
    }

    /** 3 unreadable, 1 errors found, 0 otherwise; ordered so that the worst of several files wins. */
    static int exitStatus(ValidationOutcome o) {
        if (o.failed()) {
            return ExitCodes.UNREADABLE;
        }
        return o.report.count(Severity.ERROR) > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
