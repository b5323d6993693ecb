package org.taizhang.benchmarks.race;

import com.alibaba.excel.EasyExcel;
import com.alibaba.excel.cache.MapCache;
import com.alibaba.excel.context.AnalysisContext;
import com.alibaba.excel.enums.CellExtraTypeEnum;
import com.alibaba.excel.metadata.CellExtra;
import com.alibaba.excel.read.listener.ReadListener;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The baselines: reading a workbook's raw cell text and merged regions, and nothing more, with
 * EasyExcel and with POI's streaming API and a plain SAX handler. Each returns a checksum (cells,
 * characters and merged regions seen) so that the work cannot be skipped and the two can be
 * compared.
 */
public final class RawReads {
    private RawReads() {}

    /** What a raw read saw. */
    public static final class Tally {
        long cells;
        long chars;
        long merges;

        @Override
        public String toString() {
            return cells + " cells, " + chars + " chars, " + merges + " merged regions";
        }

        /** @return the non-empty cells seen */
        public long cells() {
            return cells;
        }

        /** @return the merged regions seen */
        public long merges() {
            return merges;
        }
    }

    /**
     * EasyExcel 4: every sheet, no header row, rows as maps of cell text, merged regions as extras.
     * The shared strings are held in memory ({@link MapCache}), EasyExcel's fastest setting; by
     * default it moves a large table to an on-disk cache, which is several times slower.
     *
     * @param file the workbook
     * @return what it saw
     */
    public static Tally easyExcel(Path file) {
        Tally tally = new Tally();
        ReadListener<Map<Integer, String>> listener = new ReadListener<>() {
            @Override
            public void invoke(Map<Integer, String> row, AnalysisContext context) {
                for (String v : row.values()) {
                    if (v != null) {
                        tally.cells++;
                        tally.chars += v.length();
                    }
                }
            }

            @Override
            public void extra(CellExtra extra, AnalysisContext context) {
                if (extra.getType() == CellExtraTypeEnum.MERGE) {
                    tally.merges++;
                }
            }

            @Override
            public void doAfterAllAnalysed(AnalysisContext context) {}
        };
        EasyExcel.read(file.toFile(), listener).readCache(new MapCache()).extraRead(CellExtraTypeEnum.MERGE)
                .headRowNumber(0).doReadAll();
        return tally;
    }

    /**
     * POI's streaming reader: {@link XSSFReader}, its read-only shared string table, and a plain SAX
     * handler that takes each cell's stored text and each merged region.
     *
     * @param file the workbook
     * @return what it saw
     * @throws Exception when POI fails
     */
    public static Tally poiSax(Path file) throws Exception {
        Tally tally = new Tally();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable sst = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new SheetHandler(sst, tally));
                    xml.parse(new InputSource(in));
                }
            }
        }
        return tally;
    }

    private static final class SheetHandler extends DefaultHandler {
        private final ReadOnlySharedStringsTable sst;
        private final Tally tally;
        private final StringBuilder value = new StringBuilder();
        private boolean shared;
        private boolean capture;

        SheetHandler(ReadOnlySharedStringsTable sst, Tally tally) {
            this.sst = sst;
            this.tally = tally;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            if (localName.equals("c")) {
                shared = "s".equals(atts.getValue("t"));
                value.setLength(0);
            } else if (localName.equals("v") || localName.equals("t")) {
                capture = true;
            } else if (localName.equals("mergeCell")) {
                tally.merges++;
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (localName.equals("v") || localName.equals("t")) {
                capture = false;
            } else if (localName.equals("c") && value.length() > 0) {
                String text = shared ? sst.getItemAt(Integer.parseInt(value.toString())).getString()
                        : value.toString();
                tally.cells++;
                tally.chars += text.length();
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (capture) {
                value.append(ch, start, length);
            }
        }
    }
}
