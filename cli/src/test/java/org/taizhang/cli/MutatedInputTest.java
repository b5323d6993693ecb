package org.taizhang.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.taizhang.core.FormatRegistry;
import org.taizhang.core.LedgerException;
import org.taizhang.core.ReadLimits;
import org.taizhang.core.ReadOptions;
import org.taizhang.core.spi.LedgerReader;
import org.taizhang.core.spi.ReadContext;

/**
 * Damaged files: every reader, called directly (without the safety net of {@code Ledgers.read}),
 * either returns a plan or throws {@link LedgerException} naming the file — never another
 * exception — for fixtures with flipped bytes, cut short, or with a run of bytes overwritten.
 */
class MutatedInputTest {

    private static final ReadOptions OPTIONS = ReadOptions.builder()
            .limits(ReadLimits.builder().maxTime(Duration.ofSeconds(20)).build()).build();

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("xlsx", "ordos-2022-ledger.xlsx"),
                Arguments.of("docx", "wuhai-basic-level-tasks.docx"),
                Arguments.of("csv", "ordos-2022-ledger.gbk.csv"),
                Arguments.of("csv", "shangdang-2022-tasks.csv"),
                Arguments.of("txt", "alxa-left-banner-2022-points.txt"),
                Arguments.of("json", "../../docs/samples/sample-ledger.json"));
    }

    @ParameterizedTest(name = "{0} reader on damaged {1}")
    @MethodSource("fixtures")
    void damaged_files_end_in_a_ledger_exception_or_a_plan(String format, String fixture) throws IOException {
        byte[] original = Files.readAllBytes(Path.of("../testdata/fixtures", fixture));
        LedgerReader reader = FormatRegistry.installed().reader(format).orElseThrow();
        Path dir = Files.createTempDirectory("mutated");
        String name = Path.of(fixture).getFileName().toString();
        try {
            qt().withExamples(25).withShrinkCycles(0)
                    .forAll(integers().between(0, Integer.MAX_VALUE - 1))
                    .checkAssert(seed -> {
                        Path file = dir.resolve(name);
                        write(file, mutate(original, new Random(seed)));
                        try {
                            reader.read(file, new ReadContext(name, OPTIONS));
                        } catch (LedgerException e) {
                            assertThat(e.getMessage()).startsWith(name + ": ");
                        }
                    });
        } finally {
            try (Stream<Path> files = Files.list(dir)) {
                files.forEach(MutatedInputTest::delete);
            }
            Files.delete(dir);
        }
    }

    private static byte[] mutate(byte[] original, Random random) {
        byte[] b = original.clone();
        switch (random.nextInt(3)) {
            case 0:
                for (int i = 0; i < 1 + random.nextInt(8); i++) {
                    b[random.nextInt(b.length)] ^= (byte) (1 + random.nextInt(255));
                }
                return b;
            case 1:
                return java.util.Arrays.copyOf(b, random.nextInt(b.length));
            default:
                int from = random.nextInt(b.length);
                int to = Math.min(b.length, from + 1 + random.nextInt(512));
                for (int i = from; i < to; i++) {
                    b[i] = (byte) random.nextInt(256);
                }
                return b;
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path p) {
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
