package org.taizhang.core.spi;

import java.nio.file.Path;
import org.taizhang.core.LedgerException;
import org.taizhang.core.WorkPlan;

/**
 * Reads one file format into a {@link WorkPlan}. Implementations are found by
 * {@link java.util.ServiceLoader}, must have a public no-argument constructor, and must be
 * thread-safe (one instance serves every read).
 *
 * <p>A reader takes untrusted files: it bounds time and memory by the context's limits and ends
 * every failure in a {@link LedgerException} that names the place. It never drops what it could
 * not interpret: that goes to a task's {@code extra}, an unparsed deadline, or a finding.
 */
public interface LedgerReader {

    /** Detection score: the content proves the format (magic bytes, zip parts, a format marker). */
    int CERTAIN = 100;
    /** Detection score: the content is plausible for the format. */
    int LIKELY = 50;
    /** Detection score: only the file name's extension matches. */
    int EXTENSION_ONLY = 10;
    /** Detection score: not this format. */
    int NO = 0;

    /** @return the format read */
    LedgerFormat format();

    /**
     * How sure this reader is that it can read a file, from its content first and then its name:
     * {@link #CERTAIN}, {@link #LIKELY}, {@link #EXTENSION_ONLY} or {@link #NO}.
     *
     * @param sample the first bytes, name and zip entries of the file
     * @return the score
     */
    int detect(ContentSample sample);

    /**
     * Reads a file.
     *
     * @param file the file
     * @param context the file name for messages, the options and the time limit
     * @return the plan
     * @throws LedgerException when the file cannot be read; the message names the place
     */
    WorkPlan read(Path file, ReadContext context) throws LedgerException;

    /**
     * Orders readers of equal detection score: the higher first. Built-in readers use 0; a
     * provider that should override them returns more.
     *
     * @return the priority
     */
    default int priority() {
        return 0;
    }
}
