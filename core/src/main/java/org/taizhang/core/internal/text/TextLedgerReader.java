package org.taizhang.core.internal.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.taizhang.core.LedgerException;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.spi.ContentSample;
import org.taizhang.core.spi.LedgerFormat;
import org.taizhang.core.spi.LedgerReader;
import org.taizhang.core.spi.ReadContext;
import org.taizhang.core.internal.format.TextDecoding;
import org.taizhang.core.table.GridDocument;
import org.taizhang.core.table.LedgerAssembler;
import org.taizhang.core.table.TextLine;

/**
 * Reads a plain-text work-points document ({@code .txt}): one {@link TextLine} per non-blank line,
 * numbered as the file numbers its lines, handed to the prose outline.
 */
public final class TextLedgerReader implements LedgerReader {
    private static final LedgerFormat FORMAT = LedgerFormat.of("txt",
            "plain text work points (一、 parts, （一） points, one paragraph a line)", "txt");
    // extensions of other text formats, which their own readers take
    private static final Set<String> OTHER_TEXT = Set.of("csv", "tsv", "json", "xml", "html", "htm",
            "md", "yaml", "yml");

    /** A reader; found by {@link java.util.ServiceLoader}. */
    public TextLedgerReader() {}

    @Override
    public LedgerFormat format() {
        return FORMAT;
    }

    @Override
    public int detect(ContentSample sample) {
        String ext = sample.extension();
        if (OTHER_TEXT.contains(ext) || sample.isZip() || sample.isOle2() || sample.looksBinary()
                && !sample.hasUtf16Bom()) {
            return NO;
        }
        if ((ext.isEmpty() || ext.equals("txt")) && org.taizhang.core.internal.prose.ProseAssembler.looksLikeWorkPoints(
                TextDecoding.sniff(sample.head()))) {
            return LIKELY;
        }
        return ext.equals("txt") ? EXTENSION_ONLY : NO;
    }

    @Override
    public WorkPlan read(Path file, ReadContext context) throws LedgerException {
        byte[] content = TextDecoding.readAllBytes(file, context);
        return LedgerAssembler.assemble(new GridDocument(context.fileName().orElse(null),
                lines(content, context), List.of()), context);
    }

    /**
     * Decodes content and splits it into its non-blank lines, trimmed, each with its 1-based line
     * number.
     *
     * @param content the file's bytes
     * @param context the options and limits
     * @return the lines
     * @throws LedgerException on a wrong encoding or a limit passed
     */
    public static List<TextLine> lines(byte[] content, ReadContext context) throws LedgerException {
        String text = TextDecoding.of(content, context).decode(content, context);
        List<TextLine> out = new ArrayList<>();
        int lineNo = 0;
        int start = 0;
        int n = text.length();
        while (start < n || start == n && lineNo == 0) {
            int end = start;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            lineNo++;
            String place = "line " + lineNo;
            if (lineNo > context.limits().maxRows()) {
                throw context.limit(place, "the file has more than " + context.limits().maxRows()
                        + " lines (ReadLimits.maxRows)");
            }
            if ((lineNo & 1023) == 0) {
                context.checkTime(place);
            }
            String line = text.substring(start, end).strip();
            context.checkCellLength(place, line.length());
            if (!line.isEmpty()) {
                out.add(new TextLine(line, place, lineNo));
            }
            if (end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n') {
                end++;
            }
            start = end + 1;
        }
        return out;
    }
}
