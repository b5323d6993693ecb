package org.taizhang.core.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.quicktheories.core.Gen;

/** Texts made of a few chosen characters, for property tests of scanners held to a reference. */
public final class AlphabetTexts {
    private AlphabetTexts() {}

    /**
     * @param alphabet the characters a text may hold, each as likely as the others
     * @param maxLength the longest text
     * @return texts of 0 to {@code maxLength} characters of the alphabet
     */
    public static Gen<String> of(String alphabet, int maxLength) {
        return lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, maxLength).map(ks -> {
            StringBuilder sb = new StringBuilder(ks.size());
            ks.forEach(k -> sb.append(alphabet.charAt(k)));
            return sb.toString();
        });
    }
}
