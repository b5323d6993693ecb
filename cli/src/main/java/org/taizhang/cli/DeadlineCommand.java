package org.taizhang.cli;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineContext;
import org.taizhang.json.LedgerJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code taizhang deadline [--year Y] [--issued DATE] [TEXT…]}: parses deadline phrases. */
@Command(name = "deadline", mixinStandardHelpOptions = true,
        description = {"Parse deadline phrases (完成时限) into JSON, one object a line.",
            "With no TEXT, reads one phrase a line from standard input."})
final class DeadlineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--year", paramLabel = "YEAR",
            description = "the plan year for phrases without one (default: the year of --issued, else this year)")
    Integer year;

    @Option(names = "--issued", paramLabel = "YYYY-MM-DD",
            description = "the plan's issue date, for phrases such as 印发后30日内")
    LocalDate issued;

    @Parameters(paramLabel = "TEXT", arity = "0..*", description = "the phrases")
    List<String> texts;

    InputStream stdin = System.in;

    @Override
    public Integer call() throws Exception {
        int y = year != null ? year : issued != null ? issued.getYear() : LocalDate.now().getYear();
        DeadlineContext context = DeadlineContext.ofYear(y);
        if (issued != null) {
            context = context.withIssuedOn(issued);
        }
        DeadlineContext ctx = context;
        LinesCommand.answer(texts, stdin, spec.commandLine().getOut(),
                t -> LedgerJson.deadlineToJson(Deadline.parse(t, ctx)));
        return ExitCodes.OK;
    }
}
