package org.taizhang.docx.internal;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads a zip file's central directory for the first entry that is neither stored nor deflated.
 * Word writes nothing else; POI's zip reader would hand any other method to a codec library that
 * is not on the class path and fail with a linkage error rather than an exception, and the JDK's
 * zip reader refuses to open such a file at all, so the directory is read here, by hand. Only the
 * directory's own bytes are read, a record at a time.
 */
final class StoredOrDeflated {
    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int END_LENGTH = 22;
    private static final int MAX_COMMENT = 0xFFFF;

    /** An entry compressed some other way: its name and method. */
    record Entry(String name, int method) {}

    private StoredOrDeflated() {}

    /**
     * @param file a zip file
     * @return the first entry neither stored nor deflated; null when there is none, or when the
     *     directory cannot be read this simply (a ZIP64 archive, a damaged one), which is left to
     *     the zip reader to judge
     * @throws IOException when the file cannot be read
     */
    static Entry firstOther(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            int tail = (int) Math.min(size, END_LENGTH + MAX_COMMENT);
            ByteBuffer end = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
            while (end.hasRemaining() && ch.read(end, size - tail + end.position()) > 0) {
                // a read may stop short of the buffer's end
            }
            int at = tail - END_LENGTH;
            while (at >= 0 && end.getInt(at) != END_SIGNATURE) {
                at--;
            }
            if (at < 0) {
                return null;
            }
            int entries = Short.toUnsignedInt(end.getShort(at + 10));
            long directorySize = Integer.toUnsignedLong(end.getInt(at + 12));
            long directoryStart = Integer.toUnsignedLong(end.getInt(at + 16));
            if (entries == 0xFFFF || directoryStart == 0xFFFFFFFFL) {
                return null;
            }
            // the directory ends where the end record starts; zip readers trust that over a wrong offset
            long endStart = size - tail + at;
            if (directoryStart + directorySize != endStart && endStart - directorySize >= 0) {
                directoryStart = endStart - directorySize;
            }
            InputStream in = new BufferedInputStream(Channels.newInputStream(ch.position(directoryStart)));
            try {
                return scan(new DataInputStream(in), entries, directorySize);
            } catch (EOFException e) {
                return null; // the directory runs past the file's end: the zip reader will say so
            }
        }
    }

    private static Entry scan(DataInputStream in, int entries, long directorySize) throws IOException {
        long read = 0;
        byte[] fixed = new byte[46];
        ByteBuffer b = ByteBuffer.wrap(fixed).order(ByteOrder.LITTLE_ENDIAN);
        for (int k = 0; k < entries && read + fixed.length <= directorySize; k++) {
            in.readFully(fixed);
            if (b.getInt(0) != ENTRY_SIGNATURE) {
                return null;
            }
            int method = Short.toUnsignedInt(b.getShort(10));
            int nameLength = Short.toUnsignedInt(b.getShort(28));
            int rest = Short.toUnsignedInt(b.getShort(30)) + Short.toUnsignedInt(b.getShort(32));
            byte[] name = new byte[nameLength];
            in.readFully(name);
            if (method != 0 && method != 8) {
                return new Entry(new String(name, StandardCharsets.UTF_8), method);
            }
            in.skipNBytes(rest);
            read += fixed.length + nameLength + rest;
        }
        return null;
    }
}
