package org.taizhang.core.internal.deadline;

import org.taizhang.core.Anchor;
import org.taizhang.core.Offset;

/**
 * A relative deadline as read.
 *
 * @param end where its text ends
 * @param offset the time allowed
 * @param anchor what it counts from
 * @param event the event counted from, or null when the anchor is the plan's issue
 */
record RelativeMatch(int end, Offset offset, Anchor anchor, String event) {}
