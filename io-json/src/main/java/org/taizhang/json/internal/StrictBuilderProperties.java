package org.taizhang.json.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.introspect.BeanPropertyDefinition;

/**
 * Restricts each model builder to the properties its mix-in names. A builder read with
 * {@code withPrefix = ""} would otherwise accept every one-argument method as a property
 * ({@code from}, {@code addDue}, {@code putExtra}…), and a document could use those names where the
 * format has none.
 */
final class StrictBuilderProperties extends ValueDeserializerModifier {
    private static final long serialVersionUID = 1L;

    private final Map<Class<?>, Set<String>> allowed = new HashMap<>();

    /**
     * @param builder the builder class
     * @param mixIn the mix-in whose {@code @JsonProperty} names are the only properties
     * @return this
     */
    StrictBuilderProperties allow(Class<?> builder, Class<?> mixIn) {
        Set<String> names = java.util.Arrays.stream(mixIn.getDeclaredMethods())
                .map(m -> m.getAnnotation(JsonProperty.class))
                .filter(a -> a != null)
                .map(JsonProperty::value)
                .collect(Collectors.toUnmodifiableSet());
        allowed.put(builder, names);
        return this;
    }

    @Override
    public List<BeanPropertyDefinition> updateProperties(DeserializationConfig config,
            BeanDescription.Supplier beanDesc, List<BeanPropertyDefinition> propDefs) {
        Set<String> names = allowed.get(beanDesc.getBeanClass());
        if (names == null) {
            return propDefs;
        }
        return propDefs.stream().filter(d -> names.contains(d.getName())).collect(Collectors.toList());
    }
}
