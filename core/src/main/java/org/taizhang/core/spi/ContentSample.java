package org.taizhang.core.spi;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What format detection knows of a file before choosing a reader: its first bytes, its name, and,
 * for a zip container, the names of its entries. Immutable.
 */
public final class ContentSample {
    /** How many bytes a sample holds at most. */
    public static final int HEAD_SIZE = 8192;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
        (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private final byte[] head;
    private final String fileName;
    private final List<String> zipEntries;

    /**
     * A sample.
     *
     * @param head the first bytes of the file, at most {@link #HEAD_SIZE} are kept
     * @param fileName the file name, or null when unknown
     * @param zipEntries the names of the zip entries, empty when not a zip
     */
    public ContentSample(byte[] head, String fileName, List<String> zipEntries) {
        this.head = Arrays.copyOf(head, Math.min(head.length, HEAD_SIZE));
        this.fileName = fileName;
        this.zipEntries = List.copyOf(zipEntries);
    }

    /** @return a copy of the first bytes */
    public byte[] head() {
        return head.clone();
    }

    /** @return the file name, if known */
    public Optional<String> fileName() {
        return Optional.ofNullable(fileName);
    }

    /** @return the lower-case extension without the dot, or an empty string */
    public String extension() {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** @return the zip entry names, empty when the file is not a zip */
    public List<String> zipEntries() {
        return zipEntries;
    }

    /** @return true when the file starts like a zip container (.xlsx, .docx) */
    public boolean isZip() {
        return startsWith(ZIP);
    }

    /** @return true when the file is an OLE2 compound document (.xls, .doc, encrypted OOXML) */
    public boolean isOle2() {
        return startsWith(OLE2);
    }

    /** @return true when the file starts with a UTF-8 byte-order mark */
    public boolean hasUtf8Bom() {
        return head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF;
    }

    /**
     * @return true when the file starts with a UTF-16 byte-order mark, either byte order; such a
     *     text file holds NUL bytes without being binary
     */
    public boolean hasUtf16Bom() {
        return head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF);
    }

    /**
     * The first bytes as text, for sniffing: UTF-8 with the BOM removed, malformed bytes replaced.
     *
     * @return the head as text
     */
    public String headText() {
        int from = hasUtf8Bom() ? 3 : 0;
        return new String(head, from, head.length - from, StandardCharsets.UTF_8);
    }

    /** @return true when the head holds a NUL byte, as binary files do and text files do not */
    public boolean looksBinary() {
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private boolean startsWith(byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
