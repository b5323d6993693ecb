package org.taizhang.core.internal.units;

import org.taizhang.core.Role;

/** A unit read from a cell before its role, prefix and canonical name are settled. */
final class Draft {
    final String name;
    String qualifier;
    /** true when the qualifier is written in front of this unit, not only in front of the list */
    boolean qualifierWritten;
    /** the head noun a field name shares with the list ({@code 教育} + {@code 部门}), or null */
    String head;
    /** the {@code 各} a list of places shares with its first item ({@code 各设区市、县（市、区）人民政府}), or null */
    String sharedStart;
    /** true for a name that is a field of work rather than a body ({@code 民政}, {@code 卫生健康}) */
    final boolean field;
    /** true for 相关部门 split off from 等相关部门 */
    final boolean generic;
    /** true for a person named as an assignee ({@code 王某某副县长}) */
    boolean person;
    Role role;
    String roleText;

    Draft(String name, boolean field, boolean generic) {
        this.name = name;
        this.field = field;
        this.generic = generic;
    }

    void assign(Role r, String text) {
        role = r;
        roleText = text;
    }

    @Override
    public String toString() {
        return name + "(" + role + ")";
    }
}
