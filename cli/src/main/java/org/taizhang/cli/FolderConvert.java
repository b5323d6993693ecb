package org.taizhang.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.taizhang.cli.batch.Batch;
import org.taizhang.cli.batch.LedgerFiles;
import org.taizhang.cli.batch.ProgressBar;
import org.taizhang.core.FormatRegistry;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Ledgers;
import org.taizhang.core.ReadOptions;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.WriteOptions;
import org.taizhang.core.spi.LedgerWriter;

/**
 * {@code taizhang convert DIR OUTDIR --to FORMAT}: every ledger in a folder (searched recursively)
 * converted in parallel on all cores, each written under OUTDIR at the same relative path with the
 * format's extension. A file that fails is reported and the others still convert; the exit status
 * is then 3. Memory stays bounded: only a few plans are in hand at a time.
 */
final class FolderConvert {
    private final Path in;
    private final Path outDir;
    private final String to;
    private final Charset charset;
    private final ReadOptions readOptions;

    FolderConvert(Path in, Path outDir, String to, Charset charset, ReadOptions readOptions) {
        this.readOptions = readOptions;
        this.in = in;
        this.outDir = outDir;
        this.to = to;
        this.charset = charset;
    }

    int run(PrintWriter out, PrintWriter err) throws Exception {
        if (to == null) {
            throw new IllegalArgumentException("converting a folder needs --to FORMAT (e.g. --to json)");
        }
        LedgerWriter writer = FormatRegistry.installed().writer(to)
                .orElseThrow(() -> new IllegalArgumentException("no writer for format " + to));
        String extension = writer.format().extensions().isEmpty() ? writer.format().id()
                : writer.format().extensions().get(0).replaceFirst("^\\.", "");
        Files.createDirectories(outDir);
        List<Path> files = LedgerFiles.find(List.of(in), outDir);
        WriteOptions.Builder options = WriteOptions.builder();
        if (charset != null) {
            options.charset(charset);
        }
        WriteOptions writeOptions = options.build();
        ProgressBar bar = new ProgressBar(err, files.size(), ProgressBar.terminal());
        int[] counts = new int[2];
        Batch.onAllCores().run(files, file -> convert(file, target(file, extension), writeOptions), (file, error) -> {
            if (error != null) {
                bar.finish();
                err.println("taizhang: " + error);
                counts[1]++;
            } else {
                counts[0]++;
            }
        }, bar);
        bar.finish();
        out.println("已转换 " + counts[0] + " 个文件，失败 " + counts[1] + " 个（共 " + files.size() + " 个，输出到 "
                + outDir + "）");
        return counts[1] > 0 || files.isEmpty() ? ExitCodes.UNREADABLE : ExitCodes.OK;
    }

    /** @return null when converted, else the reason, naming the file */
    private String convert(Path file, Path target, WriteOptions options) {
        try {
            WorkPlan plan = Ledgers.read(file, readOptions);
            Files.createDirectories(target.getParent());
            Ledgers.write(plan, target, to, options);
            return null;
        } catch (LedgerException e) {
            return e.getMessage();
        } catch (Exception e) {
            return file + ": " + e;
        }
    }

    /** OUTDIR / the file's path under DIR, its extension replaced: {@code 二季度/台账.xlsx} → {@code 二季度/台账.json}. */
    Path target(Path file, String extension) {
        Path relative = in.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        String name = relative.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String targetName = base + "." + extension.toLowerCase(Locale.ROOT);
        Path parent = relative.getParent();
        return parent == null ? outDir.resolve(targetName) : outDir.resolve(parent).resolve(targetName);
    }
}
