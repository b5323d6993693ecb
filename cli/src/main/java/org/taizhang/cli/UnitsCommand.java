package org.taizhang.cli;

import org.taizhang.core.LedgerException;
import org.taizhang.core.units.ResponsibilityParser;
import org.taizhang.json.LedgerJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code taizhang units [--column HEADER] [TEXT…]}: parses responsibility texts. */
@Command(name = "units", mixinStandardHelpOptions = true,
        description = {"Parse responsible-unit texts (责任单位) into JSON, one object a line.",
            "With no TEXT, reads one text a line from standard input."})
final class UnitsCommand extends PerLineCommand {

    @Option(names = "--column", paramLabel = "HEADER",
            description = "the header of the column the texts come from, giving their default role (e.g. 主管责任单位)")
    String column;

    @picocli.CommandLine.Mixin
    VocabularyOption vocabulary = new VocabularyOption();

    private ResponsibilityParser parser;

    @Override
    void prepare() throws LedgerException {
        parser = ResponsibilityParser.builder().vocabulary(vocabulary.load()).build();
    }

    @Override
    String answer(String text) {
        return LedgerJson.responsibilityToJson(parser.read(text, column));
    }
}
