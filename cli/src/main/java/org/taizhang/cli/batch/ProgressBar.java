package org.taizhang.cli.batch;

import java.io.PrintWriter;

/**
 * A one-line progress bar ({@code [#########...........]  12/40  台账.xlsx}) redrawn in place on
 * standard error. It draws only on an interactive terminal, so that output piped to a file or
 * another program never holds it. Thread-safe.
 */
public final class ProgressBar {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final int total;
    private int done;
    private long lastDraw;
    private int lastLength;

    /**
     * @param err where to draw
     * @param total the number of steps
     * @param enabled false to draw nothing
     */
    public ProgressBar(PrintWriter err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled && total > 1;
    }

    /**
     * @return true when standard error is taken to be a terminal: the program has a console and the
     *     terminal is not a dumb one
     */
    public static boolean terminal() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    /**
     * One step done.
     *
     * @param name what was just done, shown after the count
     */
    public synchronized void step(String name) {
        done++;
        long now = System.nanoTime();
        if (!enabled || done < total && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        String line = "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "]  " + done + "/" + total + "  "
                + (name.length() > 40 ? "…" + name.substring(name.length() - 39) : name);
        err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
        err.flush();
        lastLength = line.length();
    }

    /** Clears the bar, so that what is printed next starts on a clean line. */
    public synchronized void finish() {
        if (enabled && lastLength > 0) {
            err.print("\r" + " ".repeat(lastLength) + "\r");
            err.flush();
            lastLength = 0;
        }
    }

    /** @return the steps done so far */
    public synchronized int done() {
        return done;
    }
}
