package org.taizhang.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.taizhang.core.Assignment;
import org.taizhang.core.Deadline;
import org.taizhang.core.LedgerTable;
import org.taizhang.core.OutlineEntry;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Section;
import org.taizhang.core.SourceRef;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain Java records holding what a {@code taizhang/1} document holds, field for field and in the
 * same order and nesting, for the baseline of the JSON benchmark: plain Jackson writing and reading
 * these is what JSON costs without Taizhang's model, strict checks and outline ids.
 * {@link JsonSpeedCheck} checks that both documents are the same JSON.
 */
final class JsonRecords {
    private JsonRecords() {}

    /**
     * @return plain Jackson with the checks that cost little and that the canonical reader makes
     *     too: unknown properties, duplicate keys and content after the document are errors
     */
    static JsonMapper mapper() {
        return JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record PlanDoc(String format, Header plan, List<SectionRec> sections, List<TaskRec> tasks,
            List<TableRec> tables, SourceRec source) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Header(String title, String issuer, Integer year, String issuedOn, List<String> notes) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record SectionRec(String id, String number, String numbering, String title, List<SectionRec> sections,
            List<TaskRec> tasks, SourceRec source) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record TaskRec(String id, String number, String name, String content, String basis, Resp responsibility,
            DeadlineRec deadline, String indicators, String progress, String status, String completedOn,
            String remarks, Map<String, String> extra, SourceRec source, List<String> inferred) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Resp(String text, List<AssignmentRec> assignments) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record AssignmentRec(String unit, String canonical, String role, String roleText, Boolean collective,
            String qualifier, Boolean person) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record DeadlineRec(String text, String kind, List<String> due, String until, String rrule, String anchor,
            String event, OffsetRec offset, String action, List<DeadlineRec> parts, Boolean provisional) {}

    record OffsetRec(int amount, String unit) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record TableRec(List<String> columns, Boolean headerFound, SourceRec source) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record SourceRec(String file, String sheet, Integer table, Integer row, Map<String, String> cells) {}

    /**
     * @param plan a plan
     * @return the same as records, with the outline ids the canonical JSON writes
     */
    static PlanDoc of(WorkPlan plan) {
        Iterator<OutlineEntry<Section>> ids = plan.allSections().iterator();
        Iterator<OutlineEntry<Task>> taskIds = plan.allTasks().iterator();
        List<SectionRec> sections = sections(plan.sections(), ids, taskIds);
        List<TaskRec> tasks = tasks(plan.tasks(), taskIds);
        boolean header = plan.title().isPresent() || plan.issuer().isPresent() || plan.year().isPresent()
                || plan.issuedOn().isPresent() || !plan.notes().isEmpty();
        List<TableRec> tables = new ArrayList<>();
        for (LedgerTable t : plan.tables()) {
            tables.add(new TableRec(t.columns(), t.headerFound() ? null : Boolean.FALSE,
                    t.source().map(JsonRecords::source).orElse(null)));
        }
        return new PlanDoc("taizhang/1", header ? new Header(plan.title().orElse(null),
                plan.issuer().orElse(null), plan.year().orElse(null), text(plan.issuedOn().orElse(null)),
                plan.notes()) : null, sections, tasks, tables, plan.source().map(JsonRecords::source).orElse(null));
    }

    private static List<SectionRec> sections(List<Section> sections, Iterator<OutlineEntry<Section>> ids,
            Iterator<OutlineEntry<Task>> taskIds) {
        List<SectionRec> out = new ArrayList<>();
        for (Section s : sections) {
            String id = ids.next().id();
            List<SectionRec> children = sections(s.sections(), ids, taskIds);
            out.add(new SectionRec(id, s.number().orElse(null), s.numbering().name(), s.title(), children,
                    tasks(s.tasks(), taskIds), s.source().map(JsonRecords::source).orElse(null)));
        }
        return out;
    }

    private static List<TaskRec> tasks(List<Task> tasks, Iterator<OutlineEntry<Task>> taskIds) {
        List<TaskRec> out = new ArrayList<>();
        for (Task t : tasks) {
            out.add(new TaskRec(taskIds.next().id(), t.number().orElse(null), t.name().orElse(null),
                    t.content().orElse(null), t.basis().orElse(null),
                    t.responsibility().map(JsonRecords::responsibility).orElse(null),
                    t.deadline().map(JsonRecords::deadline).orElse(null), t.indicators().orElse(null),
                    t.progress().orElse(null), t.status().name(), text(t.completedOn().orElse(null)),
                    t.remarks().orElse(null), t.extra(), t.source().map(JsonRecords::source).orElse(null),
                    List.copyOf(t.inferred())));
        }
        return out;
    }

    private static Resp responsibility(Responsibility r) {
        List<AssignmentRec> out = new ArrayList<>();
        for (Assignment a : r.assignments()) {
            out.add(new AssignmentRec(a.unit().name(), a.unit().canonicalName().orElse(null), a.role().name(),
                    a.roleText().orElse(null), a.unit().isCollective() ? Boolean.TRUE : null,
                    a.unit().qualifier().orElse(null), a.unit().isPerson() ? Boolean.TRUE : null));
        }
        return new Resp(r.text(), out);
    }

    private static DeadlineRec deadline(Deadline d) {
        List<DeadlineRec> parts = new ArrayList<>();
        for (Deadline p : d.parts()) {
            parts.add(deadline(p));
        }
        return new DeadlineRec(d.text(), d.kind().name(), d.due().stream().map(Object::toString).toList(),
                text(d.until().orElse(null)), d.rrule().orElse(null), d.anchor().map(Enum::name).orElse(null),
                d.event().orElse(null), d.offset().map(o -> new OffsetRec(o.amount(), o.unit().name())).orElse(null),
                d.action().orElse(null), parts, d.isProvisional() ? Boolean.TRUE : null);
    }

    private static SourceRec source(SourceRef s) {
        return new SourceRec(s.file().orElse(null), s.sheet().orElse(null), s.table().orElse(null),
                s.row().orElse(null), s.cells());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
