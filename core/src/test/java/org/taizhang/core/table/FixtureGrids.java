package org.taizhang.core.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Turns the fixture ledgers into grids the way a format reader would, for tests of the table
 * layer only: the fixtures are small, generated files, so a few patterns read their XML.
 */
final class FixtureGrids {
    static final Path FIXTURES = Path.of("../testdata/fixtures");

    private static final Pattern SI = Pattern.compile("<si>(.*?)</si>", Pattern.DOTALL);
    private static final Pattern T = Pattern.compile("<t(?: [^>]*)?>(.*?)</t>", Pattern.DOTALL);
    private static final Pattern ROW = Pattern.compile("<row r=\"(\\d+)\"[^>]*?(?:/>|>(.*?)</row>)", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile(
            "<c r=\"([A-Z]+)(\\d+)\"([^>]*?)(?:/>|>(.*?)</c>)", Pattern.DOTALL);
    private static final Pattern V = Pattern.compile("<v>(.*?)</v>", Pattern.DOTALL);
    private static final Pattern MERGE = Pattern.compile("<mergeCell ref=\"([A-Z]+)(\\d+):([A-Z]+)(\\d+)\"");
    private static final Pattern SHEET = Pattern.compile("<sheet [^>]*name=\"([^\"]+)\"");

    private static final Pattern BODY_PART = Pattern.compile(
            "<w:tbl>(.*?)</w:tbl>|<w:p(?: [^>]*)?>(.*?)</w:p>", Pattern.DOTALL);
    private static final Pattern TR = Pattern.compile("<w:tr(?: [^>]*)?>(.*?)</w:tr>", Pattern.DOTALL);
    private static final Pattern TC = Pattern.compile("<w:tc>(.*?)</w:tc>", Pattern.DOTALL);
    private static final Pattern P = Pattern.compile("<w:p(?: [^>]*)?>(.*?)</w:p>", Pattern.DOTALL);
    private static final Pattern WT = Pattern.compile("<w:t(?: [^>]*)?>(.*?)</w:t>|<w:br/>", Pattern.DOTALL);
    private static final Pattern SPAN = Pattern.compile("<w:gridSpan w:val=\"(\\d+)\"/>");
    private static final Pattern VMERGE = Pattern.compile("<w:vMerge( w:val=\"restart\")?/>");

    private FixtureGrids() {}

    /** The first sheet of a fixture workbook, with its merged regions. */
    static GridDocument xlsx(String file) throws IOException {
        try (ZipFile zip = new ZipFile(FIXTURES.resolve(file).toFile())) {
            List<String> strings = new ArrayList<>();
            Matcher si = SI.matcher(entry(zip, "xl/sharedStrings.xml"));
            while (si.find()) {
                StringBuilder sb = new StringBuilder();
                Matcher t = T.matcher(si.group(1));
                while (t.find()) {
                    sb.append(unescape(t.group(1)));
                }
                strings.add(sb.toString());
            }
            Matcher name = SHEET.matcher(entry(zip, "xl/workbook.xml"));
            String sheet = name.find() ? unescape(name.group(1)) : "Sheet1";
            String xml = entry(zip, "xl/worksheets/sheet1.xml");
            Grid.Builder b = Grid.builder(sheet, CellAddressing.sheet(sheet));
            Matcher row = ROW.matcher(xml);
            while (row.find()) {
                b.startRow(Integer.parseInt(row.group(1)));
                if (row.group(2) == null) {
                    continue;
                }
                Matcher c = CELL.matcher(row.group(2));
                while (c.find()) {
                    if (c.group(4) == null) {
                        continue;
                    }
                    Matcher v = V.matcher(c.group(4));
                    String text = "";
                    if (c.group(3).contains("t=\"s\"") && v.find()) {
                        text = strings.get(Integer.parseInt(v.group(1)));
                    } else if (v.find()) {
                        text = unescape(v.group(1));
                    } else {
                        Matcher t = T.matcher(c.group(4));
                        while (t.find()) {
                            text += unescape(t.group(1));
                        }
                    }
                    b.cell(column(c.group(1)), text);
                }
            }
            Matcher m = MERGE.matcher(xml);
            while (m.find()) {
                b.merge(Integer.parseInt(m.group(2)), column(m.group(1)), Integer.parseInt(m.group(4)),
                        column(m.group(3)));
            }
            return new GridDocument(file, List.of(), List.of(b.build()));
        }
    }

    /** Every table of a fixture Word document, and the paragraphs outside them. */
    static GridDocument docx(String file) throws IOException {
        try (ZipFile zip = new ZipFile(FIXTURES.resolve(file).toFile())) {
            String xml = entry(zip, "word/document.xml");
            List<TextLine> paragraphs = new ArrayList<>();
            List<Grid> grids = new ArrayList<>();
            Matcher part = BODY_PART.matcher(xml);
            int paragraph = 0;
            while (part.find()) {
                if (part.group(1) != null) {
                    grids.add(table(part.group(1), grids.size() + 1));
                } else {
                    paragraph++;
                    String text = paragraphText(part.group(2));
                    if (!text.isBlank()) {
                        paragraphs.add(new TextLine(text, "paragraph " + paragraph, paragraph));
                    }
                }
            }
            return new GridDocument(file, paragraphs, grids);
        }
    }

    private static Grid table(String xml, int number) {
        Grid.Builder b = Grid.builder("table " + number, CellAddressing.table(number));
        Matcher tr = TR.matcher(xml);
        int row = 0;
        List<int[]> merges = new ArrayList<>();
        int[] runStart = new int[64];
        java.util.Arrays.fill(runStart, -1);
        while (tr.find()) {
            row++;
            b.startRow(row);
            Matcher tc = TC.matcher(tr.group(1));
            int col = 0;
            while (tc.find()) {
                String cell = tc.group(1);
                Matcher span = SPAN.matcher(cell);
                int width = span.find() ? Integer.parseInt(span.group(1)) : 1;
                Matcher vm = VMERGE.matcher(cell);
                if (vm.find() && vm.group(1) == null) {
                    // continues the merge above: nothing of its own
                } else {
                    closeRun(runStart, col, row - 1, width, merges);
                    if (vm.find(0) && vm.group(1) != null) {
                        runStart[col] = row;
                    }
                    StringBuilder text = new StringBuilder();
                    Matcher p = P.matcher(cell);
                    while (p.find()) {
                        if (text.length() > 0) {
                            text.append('\n');
                        }
                        text.append(paragraphText(p.group(1)));
                    }
                    b.cell(col, text.toString());
                }
                if (width > 1) {
                    merges.add(new int[] {row, col, row, col + width - 1});
                }
                col += width;
            }
        }
        for (int c = 0; c < runStart.length; c++) {
            closeRun(runStart, c, row, 1, merges);
        }
        for (int[] m : merges) {
            b.merge(m[0], m[1], m[2], m[3]);
        }
        return b.build();
    }

    private static void closeRun(int[] runStart, int col, int lastRow, int width, List<int[]> merges) {
        for (int c = col; c < col + width; c++) {
            if (runStart[c] >= 0 && lastRow > runStart[c]) {
                merges.add(new int[] {runStart[c], c, lastRow, c});
            }
            runStart[c] = -1;
        }
    }

    private static String paragraphText(String xml) {
        StringBuilder sb = new StringBuilder();
        Matcher t = WT.matcher(xml);
        while (t.find()) {
            sb.append(t.group(1) == null ? "\n" : unescape(t.group(1)));
        }
        return sb.toString();
    }

    /** A CSV fixture as a spreadsheet shows it: {@code A1} addresses, no merges. */
    static GridDocument csv(String file, Charset charset) throws IOException {
        String text = Files.readString(FIXTURES.resolve(file), charset);
        if (text.startsWith("\ufeff")) {
            text = text.substring(1);
        }
        Grid.Builder b = Grid.builder(file, CellAddressing.a1());
        int row = 1;
        int col = 0;
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean rowOpen = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (!rowOpen) {
                b.startRow(row);
                rowOpen = true;
            }
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                b.cell(col++, field.toString());
                field.setLength(0);
            } else if (ch == '\r') {
                continue;
            } else if (ch == '\n') {
                b.cell(col, field.toString());
                field.setLength(0);
                col = 0;
                row++;
                rowOpen = false;
            } else {
                field.append(ch);
            }
        }
        if (rowOpen) {
            b.cell(col, field.toString());
        }
        return new GridDocument(file, List.of(), List.of(b.build()));
    }

    static Charset gbk() {
        return Charset.forName("GBK");
    }

    static Charset utf8() {
        return StandardCharsets.UTF_8;
    }

    private static String entry(ZipFile zip, String name) throws IOException {
        ZipEntry e = zip.getEntry(name);
        try (InputStream in = zip.getInputStream(e)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    private static int column(String letters) {
        int n = 0;
        for (char c : letters.toCharArray()) {
            n = n * 26 + (c - 'A' + 1);
        }
        return n - 1;
    }

    private static String unescape(String s) {
        Matcher m = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int cp = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            m.appendReplacement(sb, Matcher.quoteReplacement(new String(Character.toChars(cp))));
        }
        m.appendTail(sb);
        return sb.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'").replace("&amp;", "&");
    }
}
