package org.taizhang.cli.general;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a CSV ledger as a spreadsheet program exports it. */
final class CsvFile {
    private CsvFile() {}

    /** Writes the lines joined by CR LF, with an optional UTF-8 byte-order mark. */
    static Path write(Path dir, String name, Charset charset, boolean bom, List<String> lines) throws IOException {
        Path file = dir.resolve(name);
        byte[] body = (String.join("\r\n", lines) + "\r\n").getBytes(charset);
        byte[] out = body;
        if (bom) {
            out = new byte[body.length + 3];
            out[0] = (byte) 0xEF;
            out[1] = (byte) 0xBB;
            out[2] = (byte) 0xBF;
            System.arraycopy(body, 0, out, 3, body.length);
        }
        Files.write(file, out);
        return file;
    }
}
