package org.taizhang.core.rollup;

/**
 * Decides the light of a task or a group of tasks from its rollup. Implementations must be
 * thread-safe and must not depend on {@link Rollup#light()}.
 */
@FunctionalInterface
public interface TrafficLightPolicy {

    /**
     * @param rollup the counts of a task or a group (a single task is a rollup of one)
     * @return its light
     */
    Light light(Rollup rollup);

    /**
     * DESIGN's default: 红 when any task is overdue, else 黄 when any falls due soon, else 绿 when any
     * has a due date, else 灰.
     *
     * @return the default policy
     */
    static TrafficLightPolicy standard() {
        return r -> r.overdue() > 0 ? Light.RED
                : r.dueSoon() > 0 ? Light.YELLOW
                : r.dated() > 0 ? Light.GREEN
                : Light.GREY;
    }
}
