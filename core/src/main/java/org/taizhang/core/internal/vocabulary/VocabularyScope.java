package org.taizhang.core.internal.vocabulary;

import org.taizhang.core.Vocabulary;

/**
 * The caller's words for the read under way on this thread. The word lookups of the readers are
 * static and reached from many places; rather than thread a vocabulary through each of them, a read
 * sets it here for its duration ({@link #within}) and each lookup consults {@link #current()} beside
 * its shipped list. Reads on other threads are not affected.
 */
public final class VocabularyScope {
    private static final ThreadLocal<Vocabulary> CURRENT = ThreadLocal.withInitial(Vocabulary::builtIn);

    private VocabularyScope() {}

    /** Work that may fail. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        /**
         * @return the result
         * @throws E when the work fails
         */
        T run() throws E;
    }

    /** @return the words in force on this thread; the shipped words alone outside a read */
    public static Vocabulary current() {
        return CURRENT.get();
    }

    /**
     * Runs work with a vocabulary in force, then restores the one before.
     *
     * @param vocabulary the words
     * @param work the work
     * @param <T> its result
     * @param <E> its failure
     * @return its result
     * @throws E when it fails
     */
    public static <T, E extends Exception> T within(Vocabulary vocabulary, Work<T, E> work) throws E {
        Vocabulary before = CURRENT.get();
        if (before.equals(vocabulary)) {
            return work.run();
        }
        CURRENT.set(vocabulary);
        try {
            return work.run();
        } finally {
            CURRENT.set(before);
        }
    }
}
