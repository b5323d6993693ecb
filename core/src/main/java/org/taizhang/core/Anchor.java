package org.taizhang.core;

/** What a {@link DeadlineKind#RELATIVE} deadline counts from. */
public enum Anchor {
    /** The plan's issue date (印发后, 发布之日起). */
    ISSUED,
    /** An event named in the text (决策出台后, 批复后); see {@link Deadline#event()}. */
    EVENT
}
