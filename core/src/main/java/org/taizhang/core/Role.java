package org.taizhang.core;

/**
 * The role a unit plays in a task (主体 / 主管 / 指导 / 牵头 / 配合 / 负责).
 *
 * <p>The word actually written is kept beside the role as {@link Assignment#roleText()}:
 * 主办 is {@link #LEAD}, 协办 / 协助 / 参与 are {@link #SUPPORT}.
 */
public enum Role {
    /** 主体责任: the body that carries the task out in the first place. */
    PRINCIPAL,
    /** 主管责任: the body in charge of the field. */
    COMPETENT,
    /** 指导责任: the body that guides. */
    GUIDE,
    /** 牵头 / 主办: leads and coordinates. */
    LEAD,
    /** 配合 / 协办 / 协助 / 参与 / 协同: supports the lead. */
    SUPPORT,
    /** 负责 / 负责落实 / 落实: responsible; the default when the text names no role. */
    RESPONSIBLE
}
