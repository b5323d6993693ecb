package org.taizhang.cli.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.taizhang.core.FormatRegistry;
import org.taizhang.core.spi.LedgerFormat;

/**
 * The ledgers named on a command line: a file is taken as it is; a folder is searched recursively
 * for every file whose extension a reader accepts, in name order, leaving out hidden files and the
 * lock files office programs leave beside open documents ({@code ~$台账.xlsx}).
 */
public final class LedgerFiles {
    private LedgerFiles() {}

    /**
     * @param inputs files and folders
     * @param exclude a folder to leave out of the search (the output folder of a conversion), or null
     * @return the files, folders expanded, without repeats, in the order given
     * @throws IOException if a folder cannot be listed
     */
    public static List<Path> find(List<Path> inputs, Path exclude) throws IOException {
        Set<String> extensions = readableExtensions();
        List<Path> out = new ArrayList<>();
        Set<Path> seen = new java.util.HashSet<>();
        Path skip = exclude == null ? null : exclude.toAbsolutePath().normalize();
        for (Path in : inputs) {
            if (!Files.isDirectory(in)) {
                if (seen.add(in.toAbsolutePath().normalize())) {
                    out.add(in);
                }
                continue;
            }
            TreeSet<Path> found = new TreeSet<>();
            try (Stream<Path> walk = Files.walk(in)) {
                walk.filter(p -> skip == null || !p.toAbsolutePath().normalize().startsWith(skip))
                        .filter(Files::isRegularFile)
                        .filter(p -> isLedgerName(p.getFileName().toString(), extensions))
                        .forEach(found::add);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            for (Path p : found) {
                if (seen.add(p.toAbsolutePath().normalize())) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    static boolean isLedgerName(String name, Set<String> extensions) {
        if (name.startsWith(".") || name.startsWith("~$")) {
            return false;
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 && extensions.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** @return the extensions of every installed reader, lower case, without the dot */
    static Set<String> readableExtensions() {
        Set<String> out = new TreeSet<>();
        for (LedgerFormat f : FormatRegistry.installed().readableFormats()) {
            for (String e : f.extensions()) {
                out.add(e.toLowerCase(Locale.ROOT).replaceFirst("^\\.", ""));
            }
        }
        return out;
    }
}
