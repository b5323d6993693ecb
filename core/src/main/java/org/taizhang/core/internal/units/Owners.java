package org.taizhang.core.internal.units;

import java.util.List;

/**
 * The owner shared by a party committee and a government listed together: in {@code 镇党委、政府},
 * {@code 各县（市、区）党委、政府} and {@code 街道党工委、办事处} the bare second name belongs to the
 * place named in the first.
 */
final class Owners {
    private Owners() {}

    /** Names that never stand alone: the body of a place named just before. */
    private static final List<String> BARE =
            List.of("政府", "人民政府", "党委", "党工委", "办事处", "管委会", "单位", "部门", "机构");

    /** Endings that separate the place from its body in the name before. */
    private static final List<String> BODIES = List.of(
            "党（工）委", "党(工)委", "党工委", "党委", "人民政府", "政府", "管委会", "办事处", "部门", "单位", "机构");

    /** Words for the units listed before: 以上单位按职责分工负责. */
    private static final List<String> BACK_REFERENCES =
            List.of("以上单位", "上述单位", "以上部门", "上述部门", "以上各单位", "上述各单位", "以上各部门", "以上");

    /** Characters of the places a collective such as 各县（市、区） or 各乡镇（街道） names. */
    private static final String PLACE_CHARS = "省市区县旗州盟镇乡街道苏木嘎查村、";

    /** The bodies every place has, written after its level: 区人民政府, 县委. */
    private static final List<String> PLACE_BODIES = List.of(
            "政府", "人民政府", "党委", "委", "党委政府", "党委和政府", "党委、政府", "政府办", "政府办公室",
            "人民政府办公室", "党委办公室", "委办", "党工委", "管委会");

    /** Levels of one tier, listed together under one 各: counties and their peers, towns, cities. */
    private static final List<String> TIERS = List.of("县区市旗", "乡镇", "市州盟");

    /**
     * @param levels text
     * @return the tier all its characters belong to ({@code 县、区}, {@code 乡镇}), or null when it is
     *     not made of the bare levels of one tier (and 、) alone
     */
    static String levelTier(String levels) {
        if (levels.isEmpty() || levels.length() > 8) {
            return null;
        }
        for (String tier : TIERS) {
            boolean all = true;
            for (int i = 0; i < levels.length() && all; i++) {
                char c = levels.charAt(i);
                all = c == '、' ? i > 0 && i < levels.length() - 1 : tier.indexOf(c) >= 0;
            }
            if (all) {
                return tier;
            }
        }
        return null;
    }

    /**
     * @param item a list item
     * @param tier the tier of the levels listed before it
     * @return true for bare levels of that tier followed by the body every such place has
     *     ({@code 区人民政府}, {@code 市、区政府}, {@code 县委})
     */
    static boolean isLevelsWithPlaceBody(String item, String tier) {
        int i = 0;
        while (i < item.length() && (tier.indexOf(item.charAt(i)) >= 0 || item.charAt(i) == '、')) {
            i++;
        }
        return i > 0 && tier.equals(levelTier(item.substring(0, i))) && PLACE_BODIES.contains(item.substring(i));
    }

    /**
     * @param item a list item
     * @return true for words that point back at the units listed before ({@code 以上单位})
     */
    static boolean isBackReference(String item) {
        return BACK_REFERENCES.contains(item.strip());
    }

    /**
     * @param name a unit name
     * @return the places a collective starts with ({@code 各县（市、区）} of {@code 各县（市、区）党委组织部}),
     *     or null
     */
    static String placeOfCollective(String name) {
        if (!name.startsWith("各")) {
            return null;
        }
        int i = 1;
        while (i < name.length()) {
            char c = name.charAt(i);
            if (PLACE_CHARS.indexOf(c) >= 0) {
                i++;
            } else if (UnitWords.OPEN.indexOf(c) >= 0) {
                int close = UnitWords.matchingClose(name, i);
                if (close < 0 || !onlyPlaces(name.substring(i + 1, close))) {
                    break;
                }
                i = close + 1;
            } else {
                break;
            }
        }
        return i > 1 ? name.substring(0, i) : null;
    }

    private static boolean onlyPlaces(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (PLACE_CHARS.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /**
     * @param before the unit written before
     * @param bare the unit to read
     * @return the place both belong to ({@code 各县（市、区）}), or null when {@code bare} is not a bare
     *     body or {@code before} names no place
     */
    static String sharedOwner(String before, String bare) {
        if (!BARE.contains(bare)) {
            return null;
        }
        for (String body : BODIES) {
            if (before.endsWith(body) && before.length() > body.length()) {
                return before.substring(0, before.length() - body.length());
            }
        }
        return null;
    }
}
