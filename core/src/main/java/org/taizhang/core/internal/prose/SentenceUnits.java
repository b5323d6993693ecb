package org.taizhang.core.internal.prose;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.taizhang.core.Responsibility;
import org.taizhang.core.units.ResponsibilityParser;

/**
 * The units a paragraph names in its sentences, for a task whose text has no note of its units:
 * the subject of {@code X要…} (also 应, 须, 负责, 牵头, 于…), {@code 由X牵头}, {@code X会同Y…} and
 * {@code 请X于…前报送}, and a clause that is only units and a role word ({@code 县财政局配合}) after
 * such a subject. Subjects are read like a 责任单位 cell (lists, collectives, qualifiers); the role is
 * the role word written (牵头, 负责, 会同), else {@code RESPONSIBLE}.
 */
final class SentenceUnits {
    private static final Pattern SENTENCE = Pattern.compile("[。；;！!？?\\n]");
    private static final String CLAUSE = "，,：:";
    private static final Pattern LEAD_IN = Pattern.compile(
            "^(?:同时|另外|此外|并|并且|还|其中|对此|为此|请|由|要求|明确)[，,]?");
    // the word after a subject; those that are role words are kept with it
    private static final Pattern END = Pattern.compile(
            "牵头|负责|会同|联合|配合|协助|统筹|主办|要|应当|应|须|需|必须|务必|切实|于|在|按|及时|进一步|认真"
                    + "|加快|抓紧|全面|积极|主动|将|对|结合|围绕|持续|做好|抓好|分别|共同|每|定期|尽快|依法|严格|加强"
                    + "|组织|制定|开展|推进|完成|建立|健全|落实|牵|报送|作为|为");
    private static final Pattern ROLE_END = Pattern.compile("^(牵头|负责|配合|协助|统筹|主办)$");
    private static final Pattern PARTNERS = Pattern.compile("^(会同|联合|协同)");
    private static final Pattern PARTNER_END = Pattern.compile(
            "制定|开展|推进|做好|完成|建立|健全|加强|落实|组织|研究|出台|印发|发布|梳理|编制|报送|指导|督促|抓好"
                    + "|实施|推动|提升|优化|统筹|开发|清理|修订|起草|核查|共同|联合|对|于|在|按|及时|进一步|认真|抓紧"
                    + "|加快|全面|定期|每|召开|举办|评估|审核|更新|完善|探索|规范|严格|强化|深化|持续|扎实|切实|依法"
                    + "|负责|牵头|配合|做|等|，|,");

    private SentenceUnits() {}

    /**
     * @param text the task's text
     * @return the responsibility its sentences name, the subjects as written joined by {@code ；}
     */
    static Optional<Responsibility> read(String text) {
        Set<String> duties = new LinkedHashSet<>();
        // a paragraph names its units early; a text this long is no paragraph of a plan
        String read = text.length() > DeadlinePhrases.MAX_TEXT ? text.substring(0, DeadlinePhrases.MAX_TEXT) : text;
        for (String sentence : SENTENCE.split(read)) {
            List<String> clauses = Brackets.splitOutside(sentence, CLAUSE);
            String found = null;
            for (String clause : clauses) {
                Optional<String> duty = subject(clause);
                Matcher partners = PARTNERS.matcher(clause);
                if (duty.isPresent()) {
                    duties.add(duty.get());
                    found = duty.get();
                } else if (found != null && partners.find()) {
                    // 省市场监管局牵头，会同省有关部门制定…: the partners of the subject before
                    Optional<Subjects.Found> partner = Subjects.at(clause.substring(partners.end()), PARTNER_END);
                    if (partner.isPresent()) {
                        duties.remove(found);
                        found = found + "，" + partners.group() + partner.get().subject;
                        duties.add(found);
                    }
                } else if (found != null && dutyOnly(clause)) {
                    // 由县发改局牵头，县财政局、县自然资源局配合
                    duties.add(clause);
                }
            }
        }
        if (duties.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ResponsibilityParser.parse(String.join("；", duties)));
    }

    // the subject of a clause with the role word written after it, as the text to parse
    private static Optional<String> subject(String clause) {
        String c = clause.strip();
        Matcher lead = LEAD_IN.matcher(c);
        if (lead.find()) {
            c = c.substring(lead.end());
        }
        Optional<Subjects.Found> found = Subjects.at(c, END);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Subjects.Found f = found.get();
        String rest = c.substring(f.end);
        if (ROLE_END.matcher(f.endWord).find()) {
            return Optional.of(f.subject + f.endWord);
        }
        Matcher partners = PARTNERS.matcher(rest.startsWith("要") ? rest.substring(1) : rest);
        if (partners.find()) {
            String after = (rest.startsWith("要") ? rest.substring(1) : rest).substring(partners.end());
            Optional<Subjects.Found> partner = Subjects.at(after, PARTNER_END);
            if (partner.isPresent()) {
                return Optional.of(f.subject + partners.group() + partner.get().subject);
            }
        }
        return Optional.of(f.subject);
    }

    // a clause of units and a role word only: 县财政局、县自然资源局配合
    private static boolean dutyOnly(String clause) {
        if (clause.length() > 40) {
            return false;
        }
        Responsibility r = ResponsibilityParser.parse(clause);
        return UnitNames.hasRoleWord(r) && UnitNames.allUnits(r) && UnitNames.coversAll(clause.strip(), r)
                && r.assignments().stream().allMatch(a -> a.roleText().isPresent());
    }
}
