package org.taizhang.json.internal;

import java.util.Optional;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.AnnotatedMethod;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;

/**
 * Chooses between a builder's two setters of an optional field, {@code source(SourceRef)} and
 * {@code source(Optional<SourceRef>)}: the plain one, so that a JSON value is read as the value
 * itself and an absent field stays absent.
 * Registered only on io-json's own mappers.
 */
final class PlainSetterPreference extends NopAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    @Override
    public AnnotatedMethod resolveSetterConflict(MapperConfig<?> config, AnnotatedMethod setter1,
            AnnotatedMethod setter2) {
        boolean first = setter1.getRawParameterType(0) == Optional.class;
        boolean second = setter2.getRawParameterType(0) == Optional.class;
        if (first != second) {
            return first ? setter2 : setter1;
        }
        // Other overloads (addDue(LocalDate) and addDue(LocalDate...)) are not properties of the
        // format and StrictBuilderProperties drops them; any choice lets Jackson go on.
        return setter1;
    }
}
