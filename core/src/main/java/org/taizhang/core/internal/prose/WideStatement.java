package org.taizhang.core.internal.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.taizhang.core.Assignment;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Role;
import org.taizhang.core.units.ResponsibilityParser;

/**
 * A statement that gives units to the whole document rather than to the task it is written in:
 * {@code 以下各项工作各镇（街道）均需抓好落实，不再重复列出}, {@code 下列任务各县区参照执行，不再逐一标注}. It is
 * a run of clauses holding a "not repeated" clause ({@code 不再重复列出}, {@code 以下不再一一标注}) or one
 * that opens with the scope ({@code 以下}, {@code 下列}, {@code 本方案所列}) and says it holds for all
 * ({@code 均}, {@code 都}, {@code 一律}, {@code 参照}). Its units are the subjects of those clauses,
 * each {@link Role#RESPONSIBLE}.
 */
final class WideStatement {
    private static final Pattern NOT_REPEATED = Pattern.compile(
            "不再(?:重复|逐一|一一|单独|另行|逐项|分别)?(?:列出|列明|标注|标明|注明|列举|列示|罗列|明确|赘述|写明|列)"
                    + "|不再重复|不一一列出|不一一标注|不再一一");
    private static final Pattern SCOPE = Pattern.compile(
            "^(?:以下|下列|下述|本(?:要点|方案|计划|通知|清单|意见)(?:中|所列)?)(?:的)?(?:所有|全部|各项|各)?"
                    + "(?:重点)?(?:工作任务|工作|任务|事项|内容|措施|举措)?(?:中|均|，)?");
    private static final Pattern FOR_ALL = Pattern.compile("均|都|一律|参照|同样|全部|一并");
    private static final Pattern SUBJECT_END = Pattern.compile(
            "均|都|一律|需|须|要|应|参照|负责|抓好|落实|按照|结合|为|作为|是|承担|牵头|配合|同步|对照|执行|必须");
    private static final Pattern SCOPE_WORD = Pattern.compile("以下|下列|下述|所有|各项|全部");
    private static final String CLAUSE = "，,";

    /** The statement as written. */
    final String text;
    /** Its units, each responsible. */
    final List<Assignment> assignments;
    /** The clauses it spans, as indices into the clause list it was found in: from inclusive, to exclusive. */
    final int from;
    final int to;

    private WideStatement(String text, List<Assignment> assignments, int from, int to) {
        this.text = text;
        this.assignments = assignments;
        this.from = from;
        this.to = to;
    }

    /**
     * @param text a sentence or the text of a note
     * @return the clauses of the text, as {@link #find(List)} takes them
     */
    static List<String> clauses(String text) {
        return Brackets.splitOutside(text, CLAUSE);
    }

    /**
     * @param clauses the clauses of a sentence or note
     * @return the first statement among them, if any
     */
    static Optional<WideStatement> find(List<String> clauses) {
        for (int i = 0; i < clauses.size(); i++) {
            String c = clauses.get(i);
            boolean scoped = SCOPE.matcher(c).find() && !SCOPE.matcher(c).replaceFirst("").equals(c)
                    && FOR_ALL.matcher(c).find();
            if (!NOT_REPEATED.matcher(c).find() && !scoped) {
                continue;
            }
            int from = i;
            int to = i + 1;
            if (NOT_REPEATED.matcher(c).find()) {
                // the clauses before say who: 以下各项工作，各镇（街道）均需抓好落实，不再重复列出
                while (from > 0 && (FOR_ALL.matcher(clauses.get(from - 1)).find() || scopeOnly(clauses.get(from - 1))
                        || from == i && SCOPE_WORD.matcher(clauses.get(from - 1)).find())) {
                    from--;
                }
            } else if (to < clauses.size() && NOT_REPEATED.matcher(clauses.get(to)).find()) {
                to++;
            }
            List<Assignment> units = new ArrayList<>();
            for (String clause : clauses.subList(from, to)) {
                units.addAll(units(clause));
            }
            return Optional.of(new WideStatement(String.join("，", clauses.subList(from, to)), units, from, to));
        }
        return Optional.empty();
    }

    private static boolean scopeOnly(String clause) {
        Matcher m = SCOPE.matcher(clause);
        return m.find() && m.end() == clause.length() && m.end() > 0;
    }

    // the subject of a clause once its scope words are taken off
    private static List<Assignment> units(String clause) {
        String c = SCOPE.matcher(clause).replaceFirst("");
        c = NOT_REPEATED.matcher(c).replaceAll("");
        Optional<Subjects.Found> f = Subjects.at(c, SUBJECT_END);
        List<Assignment> out = new ArrayList<>();
        if (f.isPresent()) {
            Responsibility r = ResponsibilityParser.parse(f.get().subject);
            r.assignments().forEach(a -> out.add(Assignment.of(a.unit(), Role.RESPONSIBLE)));
        }
        return out;
    }
}
