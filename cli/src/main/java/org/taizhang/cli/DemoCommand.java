package org.taizhang.cli;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Ledgers;
import org.taizhang.core.ReadOptions;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.rollup.PlanRollup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code taizhang demo}: reads the sample ledger packed in the jar and prints what it found. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Read the sample ledger packed in this tool (鄂尔多斯市2022年政务公开工作要点任务台账, .xlsx) "
                + "and print its parts, points, tasks, units by role, deadlines by kind and unparsed phrases,"
                + " then what validation finds in it and its summary as of today (see validate, summary).")
final class DemoCommand implements Callable<Integer> {
    static final String SAMPLE = "ordos-2022-ledger.xlsx";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        WorkPlan plan;
        try (InputStream in = DemoCommand.class.getResourceAsStream("samples/" + SAMPLE)) {
            if (in == null) {
                throw new LedgerException("the sample ledger is missing from this build", SAMPLE);
            }
            plan = Ledgers.read(in, SAMPLE, ReadOptions.defaults());
        }
        new PlanReport(plan).print(spec.commandLine().getOut());
        // what `taizhang validate` says of the sample; the demo itself succeeds whatever it finds
        spec.commandLine().getOut().println("\nValidation (taizhang validate):");
        FindingsOutput.text(spec.commandLine().getOut(), SAMPLE,
                ValidationOutcome.of(org.taizhang.core.validation.Validator.standard().validate(plan)));
        // and where the work stands today, as `taizhang summary` says
        spec.commandLine().getOut().println();
        new SummaryText(PlanRollup.of(plan, LocalDate.now())).print(spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
