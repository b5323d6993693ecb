package org.taizhang.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.taizhang.core.Deadline;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Ledgers;
import org.taizhang.core.OutlineEntry;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;

/**
 * Reads a ledger in any format on the class path and prints one line per task: its outline id,
 * label, units with roles and due dates. The embedding example of the README.
 *
 * <pre>{@code java org.taizhang.examples.ListTasks 任务台账.xlsx}</pre>
 */
public final class ListTasks {
    private ListTasks() {}

    /**
     * @param args the ledger file
     * @throws LedgerException when it cannot be read; the message names the file and the place
     */
    public static void main(String[] args) throws LedgerException {
        if (args.length != 1) {
            System.err.println("usage: ListTasks LEDGER");
            System.exit(2);
        }
        print(Ledgers.read(Path.of(args[0])), System.out);
    }

    /**
     * @param plan the plan
     * @param out where to print
     */
    public static void print(WorkPlan plan, PrintStream out) {
        for (OutlineEntry<Task> entry : plan.allTasks()) {
            Task task = entry.item();
            out.println(entry.id() + " " + task.label()
                    + " " + task.assignments()
                    + " " + task.deadline().map(Deadline::dueDates).orElse(List.of()));
        }
    }
}
