package org.taizhang.cli;

import java.time.LocalDate;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineContext;
import org.taizhang.core.LedgerException;
import org.taizhang.json.LedgerJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code taizhang deadline [--year Y] [--issued DATE] [TEXT…]}: parses deadline phrases. */
@Command(name = "deadline", mixinStandardHelpOptions = true,
        description = {"Parse deadline phrases (完成时限) into JSON, one object a line.",
            "With no TEXT, reads one phrase a line from standard input."})
final class DeadlineCommand extends PerLineCommand {

    @Option(names = "--year", paramLabel = "YEAR",
            description = "the plan year for phrases without one (default: the year of --issued, else this year)")
    Integer year;

    @Option(names = "--issued", paramLabel = "YYYY-MM-DD",
            description = "the plan's issue date, for phrases such as 印发后30日内")
    LocalDate issued;

    @picocli.CommandLine.Mixin
    VocabularyOption vocabulary = new VocabularyOption();

    private DeadlineContext context;

    @Override
    void prepare() throws LedgerException {
        int y = year != null ? year : issued != null ? issued.getYear() : LocalDate.now().getYear();
        context = (issued == null ? DeadlineContext.ofYear(y) : DeadlineContext.ofYear(y).withIssuedOn(issued))
                .withVocabulary(vocabulary.load());
    }

    @Override
    String answer(String text) {
        return LedgerJson.deadlineToJson(Deadline.parse(text, context));
    }
}
