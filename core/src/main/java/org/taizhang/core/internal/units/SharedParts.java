package org.taizhang.core.internal.units;

import java.util.List;

/**
 * Parts written once for a list of places joined by {@code 、}: the body written after the last
 * place ({@code 经开区、高新区管委会}: both have a 管委会) and the {@code 各} written before the first
 * ({@code 各设区市、县（市、区）人民政府}: the counties are every county too).
 */
final class SharedParts {
    private SharedParts() {}

    /** Bodies that every place of a list has, longest first. */
    private static final List<String> BODIES =
            List.of("管理委员会", "管委会", "人民政府", "政府", "党工委", "党委");

    /** Places that are a level of their own rather than one of a list (自治区人民政府). */
    private static final List<String> LEVEL_WORDS = List.of("自治区", "省", "市", "区", "县", "旗", "盟");

    /**
     * Gives the bare places before a place with a body that body as their head noun, and the places
     * after a first place written with 各 that 各.
     *
     * @param items the drafts of each list item, in order (null for an item that gave not exactly one)
     * @param joined for each item, true if it is joined to the item before by 、 alone
     */
    static void share(List<Draft> items, List<Boolean> joined) {
        for (int j = 1; j < items.size(); j++) {
            Draft last = items.get(j);
            String body = last == null ? null : bodyOfPlace(last);
            if (body == null || !joined.get(j)) {
                continue;
            }
            int first = j;
            while (first > 0 && joined.get(first) && isBarePlace(items.get(first - 1))) {
                first--;
            }
            if (first == j) {
                continue;
            }
            boolean every = items.get(first).name.startsWith("各");
            for (int i = first; i < j; i++) {
                Draft d = items.get(i);
                d.head = body;
                if (every && !d.name.startsWith("各")) {
                    d.sharedStart = "各";
                }
            }
            if (every) {
                last.sharedStart = "各";
            }
        }
    }

    /** @return the body of {@code 高新区管委会} or {@code 县（市、区）人民政府}, or null */
    private static String bodyOfPlace(Draft d) {
        if (d.qualifier != null || d.role != null || d.name.startsWith("各")) {
            return null;
        }
        for (String body : BODIES) {
            if (d.name.endsWith(body)) {
                String place = d.name.substring(0, d.name.length() - body.length());
                return isPlace(place) ? body : null;
            }
        }
        return null;
    }

    /** 经开区, 鄞州区, 县（市、区）: a place, not a bare level word. */
    private static boolean isPlace(String place) {
        String core = UnitWords.stripTrailingBrackets(place);
        if (core.length() == 1 && core.length() < place.length()) {
            return UnitWords.levelPrefix(core + "··") != 0; // 县（市、区）
        }
        return !LEVEL_WORDS.contains(core) && core.length() >= 2 && UnitWords.endsLikePlace(core);
    }

    /** 经开区, 各设区市, 县（市、区）: a list item that names places and no body. */
    private static boolean isBarePlace(Draft d) {
        if (d == null || d.qualifier != null || d.role != null || d.head != null) {
            return false;
        }
        String core = UnitWords.stripTrailingBrackets(d.name);
        if (core.length() == 1 || (core.length() == 2 && core.startsWith("各"))) {
            return UnitWords.levelPrefix(core.substring(core.length() - 1) + "··") != 0;
        }
        return UnitWords.endsLikePlace(core) && !UnitWords.endsLikeBody(core);
    }
}
