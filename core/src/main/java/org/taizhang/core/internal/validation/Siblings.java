package org.taizhang.core.internal.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taizhang.core.OutlineEntry;

/** Groups outline entries by the node they stand in, keeping outline order. */
final class Siblings {
    private Siblings() {}

    static <T> Collection<List<OutlineEntry<T>>> of(List<OutlineEntry<T>> entries) {
        Map<String, List<OutlineEntry<T>>> byParent = new LinkedHashMap<>();
        for (OutlineEntry<T> e : entries) {
            int dot = e.id().lastIndexOf('.');
            String parent = dot < 0 ? "" : e.id().substring(0, dot);
            byParent.computeIfAbsent(parent, k -> new ArrayList<>()).add(e);
        }
        return byParent.values();
    }
}
