package org.taizhang.cli;

import java.nio.file.Path;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Vocabulary;
import picocli.CommandLine.Option;

/** {@code --vocabulary FILE}: a caller's words, for every command that reads. */
final class VocabularyOption {

    @Option(names = "--vocabulary", paramLabel = "FILE",
            description = "local words to read with: UTF-8 lines kind<TAB>word<TAB>meaning"
                    + " (header, role, unit-suffix, collective, vague, ongoing, status; see docs/vocabulary.md)")
    Path file;

    /**
     * @return the shipped words plus the file's
     * @throws LedgerException when the file cannot be read or a line is malformed
     */
    Vocabulary load() throws LedgerException {
        return file == null ? Vocabulary.builtIn() : Vocabulary.load(file);
    }
}
