package org.taizhang.json.internal;

import java.util.Arrays;
import org.taizhang.core.LedgerException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;

/**
 * Checks the outline ids a document states against their position while it is read: the children
 * of a node are numbered from 1, its sections first and then its tasks (as
 * {@link org.taizhang.core.WorkPlan#allSections()} numbers them). A section's id is known when the
 * section starts; a task's depends on how many sections its node has, which is known only once the
 * node's {@code sections} field has been read (fields may come in any order), so until then the
 * task's id waits on a stack. The first wrong id in document order is kept and reported once the
 * whole document has been read.
 */
final class OutlineIdCheck {
    private String[] pendingIds = new String[16];
    private int[] pendingIndex = new int[16];
    private int[] pendingOrdinal = new int[16];
    private TokenStreamLocation[] pendingAt = new TokenStreamLocation[16];
    private int pending;
    private int ordinal;

    private int wrongOrdinal = Integer.MAX_VALUE;
    private String wrongPlace;
    private String wrongReason;

    /** A plan or a section: what its children's ids start with, and how many sections it has. */
    final class Node {
        private final Node parent;
        private final int index;
        /** The node's own id, or "" for the plan. */
        final String id;
        private final String prefix;
        private final int mark;
        private int sections = -1;

        private Node(Node parent, int index, String id) {
            this.parent = parent;
            this.index = index;
            this.id = id;
            this.prefix = id.isEmpty() ? "" : id + ".";
            this.mark = pending;
        }

        /** @param count the number of sections the node has, once its {@code sections} field is read */
        void sections(int count) {
            sections = count;
        }

        /**
         * @param stated the id the section states
         * @param p the parser, at the id
         */
        void stated(String stated, JsonParser p) {
            int n = ordinal++;
            if (!stated.equals(id)) {
                wrong(n, pointer(parent, "sections", index), p.currentTokenLocation(), stated, id);
            }
        }
    }

    /** @return the plan's node */
    Node root() {
        return new Node(null, 0, "");
    }

    /**
     * @param parent the node holding the section
     * @param index its place in the node's {@code sections}, from 0
     * @return the section's node
     */
    Node section(Node parent, int index) {
        return new Node(parent, index, parent.prefix + (index + 1));
    }

    /**
     * @param parent the node holding the task
     * @param index its place in the node's {@code tasks}, from 0
     * @param stated the id the task states
     * @param p the parser, at the id
     */
    void task(Node parent, int index, String stated, JsonParser p) {
        int n = ordinal++;
        if (parent.sections >= 0) {
            if (!isId(stated, parent.prefix, parent.sections + index + 1)) {
                wrong(n, pointer(parent, "tasks", index), p.currentTokenLocation(), stated,
                        parent.prefix + (parent.sections + index + 1));
            }
            return;
        }
        if (pending == pendingIds.length) {
            int size = pending * 2;
            pendingIds = Arrays.copyOf(pendingIds, size);
            pendingIndex = Arrays.copyOf(pendingIndex, size);
            pendingOrdinal = Arrays.copyOf(pendingOrdinal, size);
            pendingAt = Arrays.copyOf(pendingAt, size);
        }
        pendingIds[pending] = stated;
        pendingIndex[pending] = index;
        pendingOrdinal[pending] = n;
        pendingAt[pending] = p.currentTokenLocation();
        pending++;
    }

    /** @param node a node whose object has been read whole: its tasks' ids waiting are checked */
    void end(Node node) {
        int sections = Math.max(node.sections, 0);
        for (int i = node.mark; i < pending; i++) {
            int n = sections + pendingIndex[i] + 1;
            if (!isId(pendingIds[i], node.prefix, n)) {
                wrong(pendingOrdinal[i], pointer(node, "tasks", pendingIndex[i]), pendingAt[i], pendingIds[i],
                        node.prefix + n);
            }
            pendingIds[i] = null;
            pendingAt[i] = null;
        }
        pending = node.mark;
    }

    /** Throws the refusal of the first wrong id, if there was one. */
    void reportFirstWrong() {
        if (wrongPlace != null) {
            throw new JsonRefusal(wrongPlace, wrongReason);
        }
    }

    private void wrong(int n, String path, TokenStreamLocation at, String stated, String want) {
        if (n > wrongOrdinal) {
            return;
        }
        wrongOrdinal = n;
        String place = path + ".id";
        if (at != null && at.getLineNr() >= 1) {
            place += " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        }
        wrongPlace = place;
        wrongReason = "outline id " + LedgerException.echo(stated) + " does not match its position, which gives \""
                + want + "\"";
    }

    /** @return the JSONPath of a child: {@code $.sections[0].tasks[3]} */
    private static String pointer(Node parent, String field, int index) {
        StringBuilder path = new StringBuilder();
        for (Node n = parent; n != null && n.parent != null; n = n.parent) {
            path.insert(0, ".sections[" + n.index + "]");
        }
        return "$" + path + "." + field + "[" + index + "]";
    }

    /** @return whether {@code stated} is {@code prefix} followed by the decimal digits of {@code n} */
    private static boolean isId(String stated, String prefix, int n) {
        if (!stated.startsWith(prefix)) {
            return false;
        }
        int digits = 1;
        for (int rest = n / 10; rest > 0; rest /= 10) {
            digits++;
        }
        if (stated.length() != prefix.length() + digits) {
            return false;
        }
        for (int i = stated.length() - 1; i >= prefix.length(); i--) {
            if (stated.charAt(i) != (char) ('0' + n % 10)) {
                return false;
            }
            n /= 10;
        }
        return true;
    }
}
