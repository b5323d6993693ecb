package org.taizhang.benchmarks.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.taizhang.core.LedgerException;

/**
 * Writes generated ledgers: {@code GenerateLedgers DIR [TASKS...]} writes {@code ledger-TASKS.xlsx},
 * {@code .csv} and {@code .json} into DIR for each size (default 10000, 100000 and 1000000), from a
 * fixed seed, so that every run gives the same files. A size followed by {@code :xlsx} writes only
 * the workbook.
 */
public final class GenerateLedgers {
    /** The seed of every generated ledger. */
    public static final long SEED = 20221130L;
    /** The plan year of every generated ledger. */
    public static final int YEAR = 2022;

    private GenerateLedgers() {}

    /**
     * @param args the directory, then the sizes
     * @throws IOException when writing fails
     * @throws LedgerException when the JSON cannot be written
     */
    public static void main(String[] args) throws IOException, LedgerException {
        if (args.length < 1) {
            System.err.println("usage: GenerateLedgers DIR [TASKS[:xlsx]...]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        String[] sizes = args.length > 1 ? java.util.Arrays.copyOfRange(args, 1, args.length)
                : new String[] {"10000", "100000", "1000000"};
        for (String size : sizes) {
            boolean xlsxOnly = size.endsWith(":xlsx");
            int tasks = Integer.parseInt(xlsxOnly ? size.substring(0, size.length() - 5) : size);
            long t0 = System.nanoTime();
            GeneratedLedger ledger = new LedgerGenerator(SEED, YEAR).generate(tasks);
            XlsxLedgerFile.write(ledger, file(dir, tasks, "xlsx"));
            if (!xlsxOnly) {
                OtherLedgerFiles.writeCsv(ledger, file(dir, tasks, "csv"));
                OtherLedgerFiles.writeJson(ledger, YEAR, file(dir, tasks, "json"));
            }
            System.out.printf("%d tasks, %d points, %d parts: %s (%.1f s)%n", ledger.taskCount(),
                    ledger.pointCount(), ledger.parts().size(), file(dir, tasks, "xlsx"),
                    (System.nanoTime() - t0) / 1e9);
        }
    }

    /**
     * @param dir the directory
     * @param tasks the size
     * @param extension the format
     * @return the generated file's path
     */
    public static Path file(Path dir, int tasks, String extension) {
        return dir.resolve("ledger-" + tasks + "." + extension);
    }
}
