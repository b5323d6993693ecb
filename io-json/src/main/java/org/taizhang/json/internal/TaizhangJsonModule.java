package org.taizhang.json.internal;

import org.taizhang.core.Assignment;
import org.taizhang.core.Deadline;
import org.taizhang.core.LedgerTable;
import org.taizhang.core.Offset;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Section;
import org.taizhang.core.SourceRef;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson module of the {@code taizhang/1} format: mix-ins for the model types, the flattened
 * assignment, the document envelope, and the restriction of builders to the format's fields.
 */
public final class TaizhangJsonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** The module, ready to register with a mapper builder. */
    public TaizhangJsonModule() {
        super("taizhang-json");
        StrictBuilderProperties strict = new StrictBuilderProperties();
        mixIn(Section.class, Section.Builder.class, ModelMixIns.SectionMixIn.class, strict);
        mixIn(Task.class, Task.Builder.class, ModelMixIns.TaskMixIn.class, strict);
        mixIn(Responsibility.class, Responsibility.Builder.class,
                ModelMixIns.ResponsibilityMixIn.class, strict);
        mixIn(Deadline.class, Deadline.Builder.class, ModelMixIns.DeadlineMixIn.class, strict);
        mixIn(Offset.class, Offset.Builder.class, ModelMixIns.OffsetMixIn.class, strict);
        mixIn(LedgerTable.class, LedgerTable.Builder.class, ModelMixIns.LedgerTableMixIn.class, strict);
        mixIn(SourceRef.class, SourceRef.Builder.class, ModelMixIns.SourceRefMixIn.class, strict);
        setDeserializerModifier(strict);
        addSerializer(Assignment.class, new AssignmentJson.Serializer());
        addDeserializer(Assignment.class, new AssignmentJson.Deserializer());
        addSerializer(WorkPlan.class, new WorkPlanJson.Serializer());
        addDeserializer(WorkPlan.class, new WorkPlanJson.Deserializer());
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.insertAnnotationIntrospector(new PlainSetterPreference());
    }

    private void mixIn(Class<?> type, Class<?> builder, Class<?> mixIn, StrictBuilderProperties strict) {
        setMixInAnnotation(type, mixIn);
        setMixInAnnotation(builder, ModelMixIns.BuilderMixIn.class);
        strict.allow(builder, mixIn);
    }
}
