package org.taizhang.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BatchTest {

    @Test
    void hands_results_over_in_file_order_with_at_most_two_files_per_thread_in_hand() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            files.add(Path.of("台账" + i + ".xlsx"));
        }
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<String> seen = new ArrayList<>();
        new Batch(3).run(files, f -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(f.toString().hashCode() % 2 == 0 ? 1 : 5); // later files may finish first
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return f.getFileName().toString().toUpperCase();
        }, (f, r) -> seen.add(f + "=" + r), null);
        assertThat(seen).hasSize(40);
        for (int i = 0; i < 40; i++) {
            assertThat(seen.get(i)).isEqualTo("台账" + i + ".xlsx=台账" + i + ".XLSX");
        }
        assertThat(most.get()).isLessThanOrEqualTo(3);
    }

    @Test
    void the_progress_bar_draws_only_when_enabled_and_clears_its_line() {
        StringWriter out = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(out), 2, true);
        bar.step("a.xlsx");
        bar.step("b.xlsx");
        bar.finish();
        assertThat(out.toString()).contains("2/2  b.xlsx").endsWith("\r");
        StringWriter quiet = new StringWriter();
        ProgressBar off = new ProgressBar(new PrintWriter(quiet), 2, false);
        off.step("a.xlsx");
        off.finish();
        assertThat(quiet.toString()).isEmpty();
        assertThat(off.done()).isEqualTo(1);
    }

    @Test
    void folders_hold_ledgers_by_extension_but_not_hidden_or_lock_files() {
        Set<String> ext = Set.of("xlsx", "docx", "csv", "txt", "json");
        assertThat(LedgerFiles.isLedgerName("任务台账.XLSX", ext)).isTrue();
        assertThat(LedgerFiles.isLedgerName("~$任务台账.xlsx", ext)).isFalse();
        assertThat(LedgerFiles.isLedgerName(".DS_Store", ext)).isFalse();
        assertThat(LedgerFiles.isLedgerName("说明.pdf", ext)).isFalse();
        assertThat(LedgerFiles.readableExtensions()).contains("xlsx", "docx", "csv", "txt", "json");
    }
}
