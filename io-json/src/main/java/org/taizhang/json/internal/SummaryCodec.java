package org.taizhang.json.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.taizhang.core.Status;
import org.taizhang.core.rollup.MonthRollup;
import org.taizhang.core.rollup.PlanRollup;
import org.taizhang.core.rollup.Rollup;
import org.taizhang.core.rollup.SectionRollup;
import org.taizhang.core.rollup.TaskAsOf;
import org.taizhang.core.rollup.UnitRollup;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Writes a {@link PlanRollup} in the shape of {@code taizhang-summary-1.schema.json}. */
public final class SummaryCodec {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SummaryCodec() {}

    /**
     * @param r the rollups
     * @return the pretty-printed document, ending with a newline
     */
    public static String write(PlanRollup r) {
        ObjectNode doc = NODES.objectNode();
        doc.put("asOf", r.asOf().toString());
        ObjectNode plan = doc.putObject("plan");
        r.plan().title().ifPresent(t -> plan.put("title", t));
        plan.set("rollup", rollup(r.rollup()));
        doc.set("sections", sections(r.sections()));
        ArrayNode units = doc.putArray("units");
        for (UnitRollup u : r.units()) {
            units.addObject().put("unit", u.unit()).put("role", u.role().name())
                    .put("tasks", u.tasks()).put("overdue", u.overdue());
        }
        ArrayNode months = doc.putArray("months");
        for (MonthRollup m : r.months()) {
            months.addObject().put("month", m.month().toString()).put("due", m.due());
        }
        ArrayNode overdue = doc.putArray("overdue");
        for (TaskAsOf t : r.overdue()) {
            ObjectNode o = overdue.addObject();
            o.put("id", t.id());
            o.put("content", t.task().content().orElse(t.task().label()));
            o.put("due", t.overdueSince().orElseThrow().toString());
            ArrayNode names = o.putArray("units");
            t.units().forEach(names::add);
            o.put("place", t.place());
        }
        return Mappers.prettyWriter().writeValueAsString(doc) + "\n";
    }

    private static ArrayNode sections(List<SectionRollup> sections) {
        ArrayNode out = NODES.arrayNode();
        for (SectionRollup s : sections) {
            ObjectNode o = out.addObject();
            o.put("id", s.id());
            o.put("title", s.section().heading());
            o.set("rollup", rollup(s.rollup()));
            o.set("sections", sections(s.sections()));
        }
        return out;
    }

    private static ObjectNode rollup(Rollup r) {
        ObjectNode o = NODES.objectNode();
        o.put("tasks", r.tasks());
        ObjectNode byStatus = o.putObject("byStatus");
        for (Status s : Status.values()) {
            byStatus.put(s.name(), r.count(s));
        }
        o.put("overdue", r.overdue());
        o.put("dueSoon", r.dueSoon());
        o.put("doneRatio", BigDecimal.valueOf(r.doneRatio()).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros());
        r.nextDue().ifPresent(d -> o.put("nextDue", d.toString()));
        o.put("light", r.light().name());
        return o;
    }
}
