package org.taizhang.cli.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Every reader over arbitrary bytes: a plan or a {@link org.taizhang.core.LedgerException},
 * nothing else (no other exception, no error, no hang past the time limit). Seeded with the
 * fixtures under {@code ReaderFuzzTestInputs/<format>/}; a normal test run replays those inputs
 * and every crash found while fuzzing and kept there. To fuzz one reader for a while:
 * {@code JAZZER_FUZZ=1 mvn -o -pl cli -am test -Dtest=ReaderFuzzTest#csv -Dsurefire.failIfNoSpecifiedTests=false
 * -Djazzer.max_duration=2m}.
 */
class ReaderFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void xlsx(byte[] data) {
        FuzzedRead.check("xlsx", data);
    }

    @FuzzTest(maxDuration = "30s")
    void xls(byte[] data) {
        FuzzedRead.check("xls", data);
    }

    @FuzzTest(maxDuration = "30s")
    void docx(byte[] data) {
        FuzzedRead.check("docx", data);
    }

    @FuzzTest(maxDuration = "30s")
    void csv(byte[] data) {
        FuzzedRead.check("csv", data);
    }

    @FuzzTest(maxDuration = "30s")
    void txt(byte[] data) {
        FuzzedRead.check("txt", data);
    }

    @FuzzTest(maxDuration = "30s")
    void json(byte[] data) {
        FuzzedRead.check("json", data);
    }
}
