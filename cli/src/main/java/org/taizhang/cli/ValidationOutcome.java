package org.taizhang.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Ledgers;
import org.taizhang.core.ReadOptions;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.validation.ValidationReport;
import org.taizhang.core.validation.Validator;

/** What validating one file gave: its report, or why it could not be read or holds no work plan. */
final class ValidationOutcome {
    final String error;
    final ValidationReport report;

    private ValidationOutcome(String error, ValidationReport report) {
        this.error = error;
        this.report = report;
    }

    /** Reads and validates a file; never throws. */
    static ValidationOutcome of(Path file, ReadOptions options, Validator validator) {
        WorkPlan plan;
        try {
            plan = Ledgers.read(file, options);
        } catch (LedgerException e) {
            return new ValidationOutcome(e.getMessage(), null);
        } catch (RuntimeException e) {
            return new ValidationOutcome(file.getFileName() + ": cannot be read: " + e, null);
        }
        Optional<String> none = Validator.whyNoWorkPlan(plan);
        if (none.isPresent()) {
            return new ValidationOutcome(file.getFileName() + ": holds no work plan: " + none.get(), null);
        }
        return new ValidationOutcome(null, validator.validate(plan));
    }

    /** A report of a plan already in hand (the demo's sample). */
    static ValidationOutcome of(ValidationReport report) {
        return new ValidationOutcome(null, report);
    }

    boolean failed() {
        return error != null;
    }
}
