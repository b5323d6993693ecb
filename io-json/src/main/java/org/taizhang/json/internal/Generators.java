package org.taizhang.json.internal;

import java.io.OutputStream;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Streaming generators for {@code taizhang/1} documents: UTF-8, the target stream left open, and
 * for the pretty form two-space indents, {@code "name": value} and LF line ends.
 */
final class Generators {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    private static final DefaultPrettyPrinter PRETTY = prettyPrinter();
    private static final ObjectWriteContext COMPACT_CONTEXT = new ObjectWriteContext.Base();
    private static final ObjectWriteContext PRETTY_CONTEXT = new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            // The printer keeps the nesting of the document being written: one for each generator.
            return PRETTY.createInstance();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    };

    private Generators() {}

    /**
     * @param out the stream, not closed when the generator is
     * @param pretty true for the pretty-printed form
     * @return a generator writing UTF-8 to the stream
     */
    static JsonGenerator create(OutputStream out, boolean pretty) {
        return FACTORY.createGenerator(pretty ? PRETTY_CONTEXT : COMPACT_CONTEXT, out, JsonEncoding.UTF8);
    }

    /** @return the printer of the pretty form, to be copied for each generator */
    static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(new Separators()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}
