package org.taizhang.json.internal;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.taizhang.core.ReadLimits;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The configured mappers. Jackson's defaults are lenient (unknown properties accepted, duplicate
 * keys accepted, no size limits, scalars coerced); here each is decided: unknown properties, duplicate
 * keys, nulls, coerced scalars, numbers for enums, floats for integers and trailing content are
 * errors, and nesting depth, string length and document length follow {@link ReadLimits}.
 */
final class Mappers {
    private static final int MAX_CACHED = 16;
    private static final Map<String, JsonMapper> READERS = new ConcurrentHashMap<>();
    private static final JsonMapper WRITER = build(StreamReadConstraints.defaults());

    private Mappers() {}

    /** @return the mapper for writing, shared */
    static JsonMapper writer() {
        return WRITER;
    }

    /** @return a writer that indents by two spaces, puts a space after colons and ends lines with LF */
    static ObjectWriter prettyWriter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(new Separators()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        return WRITER.writer().with(printer);
    }

    /**
     * @param limits the limits of the read
     * @return a mapper whose parsers enforce them; mappers are cached by limits
     */
    static JsonMapper reader(ReadLimits limits) {
        String key = limits.maxDepth() + "/" + limits.maxCellChars() + "/" + limits.maxFileBytes();
        JsonMapper cached = READERS.get(key);
        if (cached != null) {
            return cached;
        }
        if (READERS.size() >= MAX_CACHED) {
            READERS.clear();
        }
        JsonMapper mapper = build(StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth())
                .maxStringLength(limits.maxCellChars())
                .maxNameLength(limits.maxCellChars())
                .maxDocumentLength(limits.maxFileBytes())
                .build());
        READERS.put(key, mapper);
        return mapper;
    }

    private static JsonMapper build(StreamReadConstraints constraints) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
        return JsonMapper.builder(factory)
                .addModule(new TaizhangJsonModule())
                .addHandler(new OutlineIdHandler())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .changeDefaultNullHandling(v -> JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL))
                .build();
    }
}
