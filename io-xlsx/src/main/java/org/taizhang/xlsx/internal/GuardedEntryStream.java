package org.taizhang.xlsx.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Inflates one zip entry, failing with a {@link ZipBombException} as soon as it passes a bound:
 * more bytes than any part may have, or, once past a grace size, more than {@code maxRatio}
 * times the entry's compressed size (the limits POI applies by default: 4 GiB and 100 times).
 */
final class GuardedEntryStream extends FilterInputStream {
    /** Entries smaller than this are never taken for bombs, whatever their ratio. */
    static final long GRACE_BYTES = 100 * 1024;
    /** The most an entry may inflate to. */
    static final long MAX_ENTRY_BYTES = 0xFFFF_FFFFL;
    /** The most an entry may inflate to, per byte stored. */
    static final long MAX_RATIO = 100;

    private final String entry;
    private final long compressed;
    private final long maxBytes;
    private long inflated;

    /**
     * @param in the entry's inflating stream
     * @param entry its name, for the message
     * @param compressed its compressed size from the central directory
     * @param maxBytes the most it may inflate to
     */
    GuardedEntryStream(InputStream in, String entry, long compressed, long maxBytes) {
        super(in);
        this.entry = entry;
        this.compressed = Math.max(compressed, 0);
        this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long k = super.skip(n);
        count(k);
        return k;
    }

    private void count(long n) throws ZipBombException {
        inflated += n;
        if (inflated > maxBytes) {
            throw new ZipBombException("Zip bomb detected: " + entry
                    + " would exceed the max size of the expanded data (" + maxBytes + " bytes)");
        }
        if (inflated > GRACE_BYTES && inflated > compressed * MAX_RATIO) {
            throw new ZipBombException("Zip bomb detected: " + entry
                    + " would exceed the max. ratio of expanded to compressed size (" + MAX_RATIO + ")");
        }
    }
}
