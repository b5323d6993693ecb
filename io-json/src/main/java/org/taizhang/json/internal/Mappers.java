package org.taizhang.json.internal;

import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mapper of the summary document ({@link SummaryCodec}), which is built as a JSON tree. The
 * {@code taizhang/1} document itself is written and read on the streaming API
 * ({@link PlanWriter}, {@link PlanReader}).
 */
final class Mappers {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Mappers() {}

    /** @return a writer that indents by two spaces, puts a space after colons and ends lines with LF */
    static ObjectWriter prettyWriter() {
        return MAPPER.writer().with(Generators.prettyPrinter());
    }
}
