package org.taizhang.cli;

import java.io.InputStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.taizhang.core.units.ResponsibilityParser;
import org.taizhang.json.LedgerJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code taizhang units [--column HEADER] [TEXT…]}: parses responsibility texts. */
@Command(name = "units", mixinStandardHelpOptions = true,
        description = {"Parse responsible-unit texts (责任单位) into JSON, one object a line.",
            "With no TEXT, reads one text a line from standard input."})
final class UnitsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--column", paramLabel = "HEADER",
            description = "the header of the column the texts come from, giving their default role (e.g. 主管责任单位)")
    String column;

    @Parameters(paramLabel = "TEXT", arity = "0..*", description = "the texts")
    List<String> texts;

    InputStream stdin = System.in;

    @Override
    public Integer call() throws Exception {
        LinesCommand.answer(texts, stdin, spec.commandLine().getOut(),
                t -> LedgerJson.responsibilityToJson(ResponsibilityParser.parse(t, column)));
        return ExitCodes.OK;
    }
}
