package org.taizhang.json.internal;

import org.taizhang.core.LedgerException;
import org.taizhang.core.spi.ReadContext;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * A parser that checks the read's time limit every few thousand tokens, so that a slow read ends
 * in the limit's exception rather than running on.
 */
final class TimedParser extends JsonParserDelegate {
    private static final int CHECK_EVERY = 4096;

    private final ReadContext context;
    private int tokens;

    TimedParser(JsonParser delegate, ReadContext context) {
        super(delegate);
        this.context = context;
    }

    /** Carries a {@link LedgerException} through Jackson, which only passes its own exceptions. */
    static final class Stop extends StreamReadException {
        private static final long serialVersionUID = 1L;

        Stop(JsonParser p, LedgerException cause) {
            super(p, cause.getMessage(), cause);
        }

        LedgerException ledgerException() {
            return (LedgerException) getCause();
        }
    }

    private void tick() {
        if (++tokens % CHECK_EVERY == 0) {
            try {
                context.checkTime(JsonPaths.place(this));
            } catch (LedgerException e) {
                throw new Stop(this, e);
            }
        }
    }

    @Override
    public JsonToken nextToken() {
        tick();
        return super.nextToken();
    }

    @Override
    public JsonToken nextValue() {
        tick();
        return super.nextValue();
    }

    @Override
    public String nextName() {
        tick();
        return super.nextName();
    }

    @Override
    public boolean nextName(SerializableString str) {
        tick();
        return super.nextName(str);
    }

    @Override
    public int nextNameMatch(PropertyNameMatcher matcher) {
        tick();
        return super.nextNameMatch(matcher);
    }
}
