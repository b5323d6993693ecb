package org.taizhang.json.internal;

import java.util.Map;
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
 * looked up by the object's position in the document being written, from the ids the envelope
 * serializer computed for the whole plan. Outside a plan (a task written alone) there is none.
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
        @SuppressWarnings("unchecked")
        Map<String, String> ids = (Map<String, String>) ctxt.getAttribute(OutlineIds.WRITE_ATTRIBUTE);
        if (ids == null) {
            return null;
        }
        TokenStreamContext c = g.streamWriteContext();
        if (c.inObject()) {
            c = c.getParent();
        }
        return ids.get(c.pathAsPointer().toString());
    }

    @Override
    public VirtualBeanPropertyWriter withConfig(MapperConfig<?> config, AnnotatedClass declaringClass,
            BeanPropertyDefinition propDef, JavaType type) {
        return new OutlineIdWriter(propDef, declaringClass.getAnnotations(), type);
    }
}
