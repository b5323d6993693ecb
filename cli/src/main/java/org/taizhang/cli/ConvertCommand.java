package org.taizhang.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.taizhang.core.FormatRegistry;
import org.taizhang.core.Ledgers;
import org.taizhang.core.ReadLimits;
import org.taizhang.core.ReadOptions;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.WriteOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code taizhang convert IN OUT}: any readable format to any writable one. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert a ledger between formats, chosen by content and file extension.")
final class ConvertCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IN", description = "the ledger to read")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "the file to write")
    Path out;

    @Option(names = "--to", paramLabel = "FORMAT",
            description = "the format to write, whatever OUT's extension (${COMPLETION-CANDIDATES})",
            completionCandidates = WritableFormats.class)
    String to;

    @Option(names = "--charset", paramLabel = "CHARSET",
            description = "the character set of a text format written, e.g. GBK for a CSV that older Excel opens"
                    + " (default: UTF-8 with a byte-order mark)")
    Charset charset;

    @Option(names = "--max-rows", paramLabel = "N",
            description = "read a file of up to N rows (default 200000); the cell, text, size and time limits grow alike")
    Integer maxRows;

    @Override
    public Integer call() throws Exception {
        WorkPlan plan = Ledgers.read(in, maxRows == null ? ReadOptions.defaults()
                : ReadOptions.builder().limits(ReadLimits.forRows(maxRows)).build());
        WriteOptions.Builder options = WriteOptions.builder();
        if (charset != null) {
            options.charset(charset);
        }
        Ledgers.write(plan, out, to, options.build());
        return ExitCodes.OK;
    }

    /** The ids of the formats that can be written, for {@code --help}. */
    static final class WritableFormats implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return FormatRegistry.installed().writableFormats().stream().map(f -> f.id())
                    .collect(Collectors.toList()).iterator();
        }
    }
}
