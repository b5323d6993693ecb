package org.taizhang.core.internal.prose;

import java.util.List;
import java.util.regex.Pattern;
import org.taizhang.core.Assignment;
import org.taizhang.core.Responsibility;

/**
 * Whether words read from prose name bodies: a unit name ends in the word for a kind of body (局,
 * 委, 办, 部门, 中心, 政府, 乡镇, 街道 …), possibly followed by a bracket ({@code 各镇(开发区)}).
 * Everyday words with the same last character ({@code 城乡}, {@code 全部}, {@code 场所}) are no
 * body, nor is a bare place ({@code 全县}, {@code 我市}).
 */
final class UnitNames {
    private static final Pattern LIST_GLUE = Pattern.compile("[\\s、，,；;/和及与以及等]");

    private static final Pattern BODY_END = Pattern.compile(
            "(局|委|办|部|厅|处|科|室|中心|政府|单位|部门|机构|机关|公司|集团|院|所|站|队|镇|乡|街道|苏木|嘎查"
                    + "|社区|村|区|县|市|旗|盟|省|组|专班|指挥部|委员会|会|联社|银行|支行|分行|团|妇联|工会|馆|学校|大学"
                    + "|党委|党组|党工委|办事处|海关|片区|人大|政协|纪委|监委|各级)$");
    private static final Pattern NOT_BODY_END = Pattern.compile(
            "(城乡|城镇|农村|乡村|全部|内部|外部|局部|好处|益处|之处|用处|场所|住所|处所|学科|本科|城市|超市|上市|小区|辖区"
                    + "|社会|机会|大会|例会|会议室|体会|领会|不会|都会|集团化|全体|团队|梯队|方队|排队|专区|园区建设"
                    + "|试点县|示范县|示范区|试验区|先行区|示范村|示范镇|基地县|特色镇|全域|全会|晚会|宴会|博览会|交易会|展会|年会"
                    + "|座谈会|发布会|听证会|推介会|培训班|新闻办|个人|网站|干部|俱乐部|车站|驿站|加油站)$");
    private static final Pattern BARE_PLACE = Pattern.compile("^[全我本该此][省市县区旗镇乡盟州]$|^[省市县区旗镇乡盟州]$");
    private static final Pattern TRAILING_BRACKET = Pattern.compile("[（(][^（()）]*[）)]$");
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "^(含|包括|包含|即|如|指|除|不含|简称|下称|以下|详见|见|参见|详|注|例如|比如|其中|主要|重点)|[0-9０-９]|“|”|《|〔|号$");

    private UnitNames() {}

    /**
     * @param name a unit name as the responsibility parser gave it
     * @return whether it reads as a body
     */
    static boolean looksLikeUnit(String name) {
        String n = name.strip();
        while (TRAILING_BRACKET.matcher(n).find() && n.length() > 2) {
            n = TRAILING_BRACKET.matcher(n).replaceFirst("");
        }
        if (n.length() < 2 || BARE_PLACE.matcher(n).find() || NOT_A_NAME.matcher(n).find()
                || NOT_BODY_END.matcher(n).find()) {
            return false;
        }
        return BODY_END.matcher(n).find();
    }

    /**
     * @param r a parsed responsibility
     * @return whether it has assignments and each names a body
     */
    /**
     * @param text the text that was parsed
     * @param r what the responsibility parser read from it
     * @return whether the units (and role words) read account for the whole text, but for the
     *     separators between them: {@code 旗直各部门、苏木镇(街道办)发布} is no list of bodies
     */
    static boolean coversAll(String text, Responsibility r) {
        String rest = text;
        for (Assignment a : r.assignments()) {
            rest = rest.replace(a.unit().name(), "");
            if (a.roleText().isPresent()) {
                rest = rest.replace(a.roleText().get(), "");
            }
        }
        return LIST_GLUE.matcher(rest).replaceAll("").isEmpty();
    }

    /**
     * @param r a parsed responsibility
     * @return whether every assignment names a body
     */
    static boolean allUnits(Responsibility r) {
        List<Assignment> as = r.assignments();
        return !as.isEmpty() && as.stream().allMatch(a -> looksLikeUnit(a.unit().name()));
    }

    /**
     * @param r a parsed responsibility
     * @return whether some assignment got its role from a word written in the text
     */
    static boolean hasRoleWord(Responsibility r) {
        return r.assignments().stream().anyMatch(a -> a.roleText().isPresent());
    }
}
