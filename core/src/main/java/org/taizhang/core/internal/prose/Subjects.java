package org.taizhang.core.internal.prose;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.taizhang.core.Responsibility;
import org.taizhang.core.units.ResponsibilityParser;

/**
 * Finds the bodies written at the start of a clause, before the word that ends them: in
 * {@code 县应急管理局要会同…} the subject is 县应急管理局, not 县 before 应. Each place where an end
 * word stands is tried from the left; the first prefix that the responsibility parser reads as a
 * list of bodies (see {@link UnitNames}) is the subject.
 */
final class Subjects {
    /** Words a subject may not contain: it is a noun phrase of its own, not a qualified one. */
    private static final Pattern NOT_A_SUBJECT = Pattern.compile(
            "^(对|将|把|在|从|按|根据|通过|以|为|并|同时|还|也|都|未|凡|如|若|和|与|及|因)|的|“|《|[0-9０-９]");
    private static final int MAX = 60;

    private Subjects() {}

    /**
     * The longest-needed prefix of a clause that names bodies and is followed by one of the end words.
     *
     * @param clause the clause
     * @param ends the words that may follow the subject (a regular expression alternation)
     * @return the subject and where it ends, if the clause has one
     */
    static Optional<Found> at(String clause, Pattern ends) {
        Matcher m = ends.matcher(clause);
        while (m.find()) {
            if (m.start() < 2 || m.start() > MAX) {
                if (m.start() > MAX) {
                    break;
                }
                continue;
            }
            String subject = clause.substring(0, m.start()).strip();
            if (NOT_A_SUBJECT.matcher(subject).find() || !DeadlinePhrases.all(subject).isEmpty()) {
                continue;
            }
            Responsibility r = ResponsibilityParser.parse(subject);
            if (UnitNames.allUnits(r) && !UnitNames.hasRoleWord(r) && UnitNames.coversAll(subject, r)) {
                return Optional.of(new Found(subject, m.start(), m.group()));
            }
        }
        return Optional.empty();
    }

    /** A subject found at the start of a clause. */
    static final class Found {
        final String subject;
        final int end;
        final String endWord;

        Found(String subject, int end, String endWord) {
            this.subject = subject;
            this.end = end;
            this.endWord = endWord;
        }
    }
}
