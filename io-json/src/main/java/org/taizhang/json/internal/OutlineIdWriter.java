package org.taizhang.json.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.BeanPropertyDefinition;
import tools.jackson.databind.ser.VirtualBeanPropertyWriter;
import tools.jackson.databind.util.Annotations;

/**
 * The virtual {@code id} property of sections and tasks. The id is not part of the model: it is
 * the next one of the ids the envelope serializer took from the plan, which come in the order the
 * document is written (see {@link OutlineIds.Sequence}). Outside a plan (a task written alone) there is none.
 */
public final class OutlineIdWriter extends VirtualBeanPropertyWriter {
    private static final long serialVersionUID = 1L;

    /** For Jackson, which creates the writer from the mix-in's {@code @JsonAppend}. */
    public OutlineIdWriter() {}

    private OutlineIdWriter(BeanPropertyDefinition propDef, Annotations annotations, JavaType type) {
        super(propDef, annotations, type);
    }

    @Override
    protected Object value(Object bean, JsonGenerator g, SerializationContext ctxt) {
        OutlineIds.Sequence ids = (OutlineIds.Sequence) ctxt.getAttribute(OutlineIds.WRITE_ATTRIBUTE);
        if (ids == null) {
            return null;
        }
        return ids.idOf(bean, () -> {
            TokenStreamContext c = g.streamWriteContext();
            if (c.inObject()) {
                c = c.getParent();
            }
            return c.pathAsPointer().toString();
        });
    }

    @Override
    public VirtualBeanPropertyWriter withConfig(MapperConfig<?> config, AnnotatedClass declaringClass,
            BeanPropertyDefinition propDef, JavaType type) {
        return new OutlineIdWriter(propDef, declaringClass.getAnnotations(), type);
    }
}
