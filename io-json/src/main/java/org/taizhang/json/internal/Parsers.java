package org.taizhang.json.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.taizhang.core.ReadLimits;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Streaming parser factories for reading: duplicate keys are errors, the input is not closed, and
 * nesting depth, string and name length and document length follow the {@link ReadLimits}.
 * Factories are cached by limits.
 */
final class Parsers {
    private static final int MAX_CACHED = 16;
    private static final Map<String, JsonFactory> FACTORIES = new ConcurrentHashMap<>();

    private Parsers() {}

    /**
     * @param limits the limits of the read
     * @return a factory whose parsers enforce them
     */
    static JsonFactory factory(ReadLimits limits) {
        String key = limits.maxDepth() + "/" + limits.maxCellChars() + "/" + limits.maxFileBytes();
        JsonFactory cached = FACTORIES.get(key);
        if (cached != null) {
            return cached;
        }
        if (FACTORIES.size() >= MAX_CACHED) {
            FACTORIES.clear();
        }
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(limits.maxCellChars())
                        .maxNameLength(limits.maxCellChars())
                        .maxDocumentLength(limits.maxFileBytes())
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .build();
        FACTORIES.put(key, factory);
        return factory;
    }
}
