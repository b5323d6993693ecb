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
    private static final List<String> BARE = List.of("政府", "人民政府", "党委", "党工委", "办事处", "管委会");

    /** Endings that separate the place from its body in the name before. */
    private static final List<String> BODIES = List.of(
            "党（工）委", "党(工)委", "党工委", "党委", "人民政府", "政府", "管委会", "办事处");

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
