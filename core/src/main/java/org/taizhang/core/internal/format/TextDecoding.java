package org.taizhang.core.internal.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.taizhang.core.LedgerException;
import org.taizhang.core.spi.ReadContext;
import org.taizhang.core.LimitExceededException;

/**
 * The character set of a text file (CSV, plain text), detected or given by the caller, and a
 * strict reader for it. Immutable and thread-safe.
 *
 * <p>Detection, in order: a byte-order mark (UTF-8, UTF-16LE, UTF-16BE); strict UTF-8 over the
 * whole content; strict GB18030; strict Windows code page 936 ({@code x-mswin-936}, the
 * "GBK" that Excel writes on Chinese Windows, where byte {@code 0x80} is {@code €} and which
 * Java's {@code GBK} and {@code GB18030} decoders reject). UTF-8 comes before GB18030 because
 * UTF-8 text nearly always decodes as GB18030 too, while GB18030 text is valid UTF-8 only when
 * short: one such case is caught (a UTF-8 reading with no Chinese but Greek, Cyrillic or Arabic
 * letters, whose GB18030 reading is Chinese, is taken as GB18030). Content that fits none of them
 * is read as GB18030 and fails, where the first bad byte is, as a wrong encoding.
 *
 * <p>{@link ReadContext#options()} can name the charset instead; its decoding is strict as well,
 * so that text in another encoding ends in a "wrong encoding" {@link LedgerException} rather than
 * in replacement characters.
 */
public final class TextDecoding {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String CP936 = "x-mswin-936";

    private final Charset charset;
    private final int bomLength;
    private final boolean detected;

    private TextDecoding(Charset charset, int bomLength, boolean detected) {
        this.charset = charset;
        this.bomLength = bomLength;
        this.detected = detected;
    }

    /**
     * Reads a whole file, refusing one larger than {@link org.taizhang.core.ReadLimits#maxFileBytes()}.
     *
     * @param file the file
     * @param context the limits and the file name for messages
     * @return its bytes
     * @throws LedgerException when it is too large or cannot be read
     */
    public static byte[] readAllBytes(Path file, ReadContext context) throws LedgerException {
        try {
            long size = Files.size(file);
            long max = context.limits().maxFileBytes();
            if (size > max) {
                throw context.limit(null, "the file has " + size + " bytes, more than " + max
                        + " (ReadLimits.maxFileBytes)");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw context.error(null, "cannot read the file: " + e.getClass().getSimpleName(), e);
        }
    }

    /**
     * The charset of some content: the one the options name, else the one detected.
     *
     * @param content the whole content of the file
     * @param context the options
     * @return the decoding
     */
    public static TextDecoding of(byte[] content, ReadContext context) {
        Optional<Charset> given = context.options().charset();
        return given.isPresent() ? given(content, given.get()) : detect(content);
    }

    /**
     * The decoding for a charset the caller named. A byte-order mark of that same charset is
     * skipped.
     *
     * @param content the content
     * @param charset the charset
     * @return the decoding
     */
    public static TextDecoding given(byte[] content, Charset charset) {
        int bom = 0;
        String name = charset.name();
        if (name.equals("UTF-8") && hasUtf8Bom(content)) {
            bom = 3;
        } else if (name.startsWith("UTF-16") && content.length >= 2
                && ((content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF
                || (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE)) {
            bom = name.equals("UTF-16") ? 0 : 2; // plain UTF-16 reads its own mark
        }
        return new TextDecoding(charset, bom, false);
    }

    /**
     * Detects the charset of some content (BOM, strict UTF-8, GB18030, code page 936).
     *
     * @param content the whole content of the file
     * @return the decoding
     */
    public static TextDecoding detect(byte[] content) {
        if (hasUtf8Bom(content)) {
            return new TextDecoding(StandardCharsets.UTF_8, 3, true);
        }
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
            return new TextDecoding(StandardCharsets.UTF_16LE, 2, true);
        }
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
            return new TextDecoding(StandardCharsets.UTF_16BE, 2, true);
        }
        for (Charset cs : candidates()) {
            if (decodesStrictly(content, cs)) {
                if (cs.equals(StandardCharsets.UTF_8) && looksLikeMisreadGb18030(content)) {
                    return new TextDecoding(GB18030, 0, true);
                }
                return new TextDecoding(cs, 0, true);
            }
        }
        return new TextDecoding(GB18030, 0, true);
    }

    // Short GB18030 text can be valid UTF-8 too: 一 (D2 BB) reads as Cyrillic һ. When the UTF-8
    // reading has no Chinese at all but letters of Greek, Cyrillic, Hebrew, Arabic… (U+0250 to
    // U+07FF, what GB18030 lead bytes C2 to DF make in UTF-8) and the GB18030 reading is Chinese,
    // the file is GB18030. Accented Latin letters alone keep UTF-8.
    private static boolean looksLikeMisreadGb18030(byte[] content) {
        int n = Math.min(content.length, 65_536);
        String utf8 = new String(content, 0, n, StandardCharsets.UTF_8);
        boolean oddLetters = false;
        for (int i = 0; i < utf8.length(); i++) {
            char c = utf8.charAt(i);
            if (isChinese(c)) {
                return false;
            }
            oddLetters |= c >= 0x250 && c <= 0x7FF;
        }
        if (!oddLetters || !decodesStrictly(content, GB18030)) {
            return false;
        }
        String gb = new String(content, 0, n, GB18030);
        int chinese = 0;
        int other = 0;
        for (int i = 0; i < gb.length(); i++) {
            char c = gb.charAt(i);
            if (isChinese(c)) {
                chinese++;
            } else if (c > 0x7F) {
                other++;
            }
        }
        return chinese > other;
    }

    // CJK ideographs and punctuation, full-width forms
    private static boolean isChinese(char c) {
        return c >= 0x3000 && c <= 0x9FFF || c >= 0xFF00 && c <= 0xFFEF;
    }

    /**
     * Guesses the charset of the first bytes of a file, for format detection: like
     * {@link #detect(byte[])}, but a character cut off at the end of the sample does not count.
     *
     * @param head the first bytes of the file
     * @return the text of the head, with the byte-order mark removed
     */
    public static String sniff(byte[] head) {
        TextDecoding bom = detect(Arrays.copyOf(head, Math.min(head.length, 3)));
        if (bom.bomLength > 0) {
            return new String(head, bom.bomLength, head.length - bom.bomLength, bom.charset);
        }
        for (Charset cs : candidates()) {
            // a character of up to 4 bytes may be cut off at the end of the sample
            for (int drop = 0; drop <= Math.min(3, head.length); drop++) {
                if (decodesStrictly(Arrays.copyOf(head, head.length - drop), cs)) {
                    return new String(head, 0, head.length - drop, cs);
                }
            }
        }
        return new String(head, GB18030);
    }

    /** @return the charset */
    public Charset charset() {
        return charset;
    }

    /** @return how many bytes of byte-order mark the content starts with, skipped by the reader */
    public int bomLength() {
        return bomLength;
    }

    /** @return true when the charset was detected, false when the caller named it */
    public boolean detected() {
        return detected;
    }

    /**
     * A reader of the content after its byte-order mark. Decoding is strict: a malformed byte
     * sequence ends the read with a {@link CharacterCodingException}, which
     * {@link #wrongEncoding} turns into a message.
     *
     * @param content the content this decoding was made for
     * @return the reader
     */
    public Reader reader(byte[] content) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(
                new ByteArrayInputStream(content, bomLength, content.length - bomLength), decoder);
    }

    /**
     * The failure to report when the reader met bytes that are not text in this charset.
     *
     * @param context the context of the read
     * @param place where the reader was, such as {@code line 12}
     * @return the exception, to throw
     */
    public LedgerException wrongEncoding(ReadContext context, String place) {
        String reason = detected
                ? "wrong encoding: the file is neither UTF-8 nor GB18030/GBK text; give its encoding in ReadOptions.charset"
                : "wrong encoding: the file is not valid " + charset.name()
                        + " text; check the encoding given in ReadOptions.charset";
        return context.error(place, reason);
    }

    /**
     * Decodes a whole content to a string, bounded by
     * {@link org.taizhang.core.ReadLimits#maxTextChars()}.
     *
     * @param content the content
     * @param context the limits and the file name
     * @return the text, without the byte-order mark
     * @throws LedgerException on a wrong encoding or a text too long
     */
    public String decode(byte[] content, ReadContext context) throws LedgerException {
        StringBuilder sb = new StringBuilder(Math.min(content.length, 1 << 20));
        char[] buf = new char[8192];
        long max = context.limits().maxTextChars();
        try (Reader r = reader(content)) {
            int n;
            while ((n = r.read(buf)) > 0) {
                sb.append(buf, 0, n);
                if (sb.length() > max) {
                    throw new LimitExceededException("the text has more than " + max
                            + " characters (ReadLimits.maxTextChars)", context.fileName().orElse(null),
                            null);
                }
            }
        } catch (CharacterCodingException e) {
            throw wrongEncoding(context, "line " + (countLines(sb) + 1));
        } catch (IOException e) {
            throw context.error(null, "cannot decode the file: " + e.getClass().getSimpleName(), e);
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return charset.name() + (bomLength > 0 ? " with BOM" : "") + (detected ? " (detected)" : "");
    }

    private static long countLines(CharSequence s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static List<Charset> candidates() {
        return Charset.isSupported(CP936)
                ? List.of(StandardCharsets.UTF_8, GB18030, Charset.forName(CP936))
                : List.of(StandardCharsets.UTF_8, GB18030);
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static boolean decodesStrictly(byte[] content, Charset cs) {
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                return false;
            }
            if (r.isUnderflow()) {
                break;
            }
            out.clear();
        }
        out.clear();
        return !decoder.flush(out).isError();
    }
}
