package org.taizhang.xlsx.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.taizhang.core.LedgerException;
import org.taizhang.core.spi.ReadContext;

/**
 * An Open Packaging Conventions package (the zip of an .xlsx) opened read-only: parts found by
 * name without regard to case or a leading {@code /}, each inflated through a
 * {@link GuardedEntryStream}, and the relationships that link them. Not thread-safe.
 */
final class XlsxPackage implements Closeable {
    /** A relationship: its id, its type URI and the part it targets (null when external). */
    record Relationship(String id, String type, String target) {
        /**
         * @param suffix the last segment of a relationship type, such as {@code /worksheet}
         * @return true when this relationship's type ends with it, in the transitional or the
         *     strict namespace alike
         */
        boolean typeEndsWith(String suffix) {
            return type != null && type.endsWith(suffix);
        }
    }

    private final ZipFile zip;
    private final Map<String, ZipEntry> entries = new HashMap<>();
    private final ReadContext context;

    private XlsxPackage(ZipFile zip, ReadContext context) {
        this.zip = zip;
        this.context = context;
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry e = all.nextElement();
            if (!e.isDirectory()) {
                entries.putIfAbsent(key(e.getName()), e);
            }
        }
    }

    /**
     * @param file the package
     * @param context the read's context
     * @return the package, open
     * @throws IOException when it is not a zip that can be read
     */
    static XlsxPackage open(Path file, ReadContext context) throws IOException {
        ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        try {
            return new XlsxPackage(zip, context);
        } catch (RuntimeException e) {
            zip.close();
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * @param part a part name, absolute or not
     * @return true when the package holds it
     */
    boolean has(String part) {
        return entry(part) != null;
    }

    /**
     * Opens a part's XML as UTF-8.
     *
     * @param part a part name
     * @param place the part for messages
     * @return its content, bounded by the zip guards
     * @throws LedgerException when the package has no such part or its encoding is unknown
     * @throws IOException when it cannot be read
     */
    InputStream xml(String part, String place) throws LedgerException, IOException {
        ZipEntry e = entry(part);
        if (e == null) {
            throw context.error(place, "not a valid .xlsx file: the package has no part /" + key(part));
        }
        if (e.getSize() > GuardedEntryStream.MAX_ENTRY_BYTES) {
            throw new ZipBombException("Zip bomb detected: " + e.getName()
                    + " would exceed the max size of the expanded data");
        }
        InputStream raw = new GuardedEntryStream(zip.getInputStream(e), e.getName(), e.getCompressedSize(),
                GuardedEntryStream.MAX_ENTRY_BYTES);
        try {
            return XmlSource.utf8(raw, context, place);
        } catch (LedgerException | IOException | RuntimeException ex) {
            raw.close();
            throw ex;
        }
    }

    /**
     * The relationships of a part, from its {@code _rels/NAME.rels} part; targets resolved to
     * part names.
     *
     * @param source the source part, or {@code ""} for the package itself
     * @return its relationships, empty when it has none
     * @throws LedgerException when the relationships part is malformed
     * @throws IOException when it cannot be read
     */
    List<Relationship> relationships(String source) throws LedgerException, IOException {
        String name = source.startsWith("/") ? source.substring(1) : source;
        int slash = name.lastIndexOf('/');
        String rels = name.substring(0, slash + 1) + "_rels/" + name.substring(slash + 1) + ".rels";
        List<Relationship> out = new ArrayList<>();
        if (!has(rels)) {
            return out;
        }
        String place = "relationships /" + rels;
        try (InputStream in = xml(rels, place)) {
            XmlScanner x = new XmlScanner(in, context, place);
            for (int e = x.next(); e != XmlScanner.EOF; e = x.next()) {
                if (e == XmlScanner.START && x.is("Relationship")) {
                    String target = x.attribute("Target");
                    boolean external = "External".equals(x.attribute("TargetMode"));
                    out.add(new Relationship(x.attribute("Id"), x.attribute("Type"),
                            external || target == null ? null : resolve(name, target)));
                }
            }
        }
        return out;
    }

    /**
     * The content type the package declares for a part: its override, else the default for its
     * extension.
     *
     * @param part a part name
     * @return the content type, or null when none is declared
     * @throws LedgerException when {@code [Content_Types].xml} is missing or malformed
     * @throws IOException when it cannot be read
     */
    String contentType(String part) throws LedgerException, IOException {
        String name = key(part);
        String ext = name.substring(name.lastIndexOf('.') + 1);
        if (!has("[Content_Types].xml")) {
            throw context.error(null, "not a valid .xlsx file: the package has no [Content_Types].xml");
        }
        String byDefault = null;
        try (InputStream in = xml("[Content_Types].xml", "content types")) {
            XmlScanner x = new XmlScanner(in, context, "content types");
            for (int e = x.next(); e != XmlScanner.EOF; e = x.next()) {
                if (e != XmlScanner.START) {
                    continue;
                }
                if (x.is("Override") && name.equals(key(String.valueOf(x.attribute("PartName"))))) {
                    return x.attribute("ContentType");
                }
                if (x.is("Default") && ext.equalsIgnoreCase(String.valueOf(x.attribute("Extension")))) {
                    byDefault = x.attribute("ContentType");
                }
            }
        }
        return byDefault;
    }

    /**
     * Resolves a relationship's target against its source part.
     *
     * @param source the source part name, without a leading {@code /}
     * @param target the target, relative to the source's folder or absolute
     * @return the part name, without a leading {@code /}
     */
    static String resolve(String source, String target) {
        String t = target.replace('\\', '/');
        int cut = t.indexOf('#');
        if (cut >= 0) {
            t = t.substring(0, cut);
        }
        String path = t.startsWith("/") ? t : source.substring(0, source.lastIndexOf('/') + 1) + t;
        Deque<String> segments = new ArrayDeque<>();
        for (String s : path.split("/")) {
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                segments.pollLast();
            } else {
                segments.addLast(s);
            }
        }
        return String.join("/", segments);
    }

    private ZipEntry entry(String part) {
        ZipEntry e = entries.get(key(part));
        if (e == null && part.indexOf('%') >= 0) {
            try {
                e = entries.get(key(URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8)));
            } catch (IllegalArgumentException bad) {
                return null;
            }
        }
        return e;
    }

    // Part names are compared without case (OPC says so) and without a leading slash.
    private static String key(String name) {
        String n = name.startsWith("/") ? name.substring(1) : name;
        return n.toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
