package org.taizhang.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.taizhang.core.Ledgers;
import org.taizhang.core.ReadOptions;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.rollup.PlanRollup;
import org.taizhang.json.SummaryJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code taizhang summary IN [--as-of DATE] [--format text|json|html] [-o FILE]}: where the work stands. */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = {"Show where a ledger's work stands on a day: totals, every part and point with its light",
            "(红 overdue, 黄 due within 14 days, 绿 on track, 灰 no date), units by role, due dates by month,",
            "and the overdue and due-soon tasks with their places in the file."})
final class SummaryCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format { text, json, html }

    @Parameters(index = "0", paramLabel = "IN", description = "the ledger to read")
    Path in;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "the day to judge overdue and due soon (default: today)")
    LocalDate asOf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (Chinese, for reading), json or html (one self-contained page); default: ${DEFAULT-VALUE}")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of standard output")
    Path output;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    VocabularyOption vocabulary = new VocabularyOption();

    @Override
    public Integer call() throws Exception {
        WorkPlan plan = Ledgers.read(in, ReadOptions.builder().vocabulary(vocabulary.load()).build());
        String document = render(PlanRollup.of(plan, asOf != null ? asOf : LocalDate.now()), format);
        if (output != null) {
            Files.writeString(output, document, StandardCharsets.UTF_8);
        } else {
            PrintWriter out = spec.commandLine().getOut();
            out.print(document);
            out.flush();
        }
        return ExitCodes.OK;
    }

    static String render(PlanRollup rollup, Format format) {
        switch (format) {
            case json:
                return SummaryJson.write(rollup);
            case html:
                return new SummaryHtml(rollup).render();
            default:
                StringWriter text = new StringWriter();
                new SummaryText(rollup).print(new PrintWriter(text));
                return text.toString();
        }
    }
}
