package org.taizhang.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code taizhang convert IN OUT}: any readable format to any writable one. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert a ledger between formats, chosen by content and file extension.",
            "Reports what it wrote on standard error; never writes over the file it reads."})
final class ConvertCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IN", description = "the ledger to read, or a folder of ledgers")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "the file to write, or the folder to write into")
    Path out;

    @Option(names = "--to", paramLabel = "FORMAT",
            description = "the format to write, whatever OUT's extension (${COMPLETION-CANDIDATES})",
            completionCandidates = WritableFormats.class)
    String to;

    @Option(names = "--charset", paramLabel = "CHARSET",
            description = "the character set of a text format written, e.g. GBK for a CSV that older Excel opens"
                    + " (default: UTF-8 with a byte-order mark)")
    Charset charset;

    @Option(names = {"-q", "--quiet"}, description = "print nothing when all went well")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Option(names = "--max-rows", paramLabel = "N",
            description = "read a file of up to N rows (default 200000); the cell, text, size and time limits grow alike")
    Integer maxRows;

    @picocli.CommandLine.Mixin
    VocabularyOption vocabulary = new VocabularyOption();

    @Override
    public Integer call() throws Exception {
        ReadOptions.Builder read = ReadOptions.builder().vocabulary(vocabulary.load());
        if (maxRows != null) {
            read.limits(ReadLimits.forRows(maxRows));
        }
        ReadOptions readOptions = read.build();
        if (java.nio.file.Files.isDirectory(in)) { // a whole folder: see FolderConvert
            return new FolderConvert(in, out, to, charset, readOptions).run(spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        if (isSameFile(in, out)) {
            spec.commandLine().getErr().println("taizhang: " + out
                    + " is the ledger being read; it is left as it is (write to another file)");
            return ExitCodes.USAGE;
        }
        WorkPlan plan = Ledgers.read(in, readOptions);
        WriteOptions.Builder options = WriteOptions.builder();
        if (charset != null) {
            options.charset(charset);
        }
        Ledgers.write(plan, out, to, options.build());
        if (!quiet) {
            spec.commandLine().getErr().println(WriteReport.line(out.toString(), plan));
        }
        return ExitCodes.OK;
    }

    // the same file under another name too: a symbolic link, "..", a hard link
    static boolean isSameFile(Path in, Path out) throws IOException {
        return Files.exists(in) && Files.exists(out) && Files.isSameFile(in, out);
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
