package org.taizhang.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Makes Chinese file names and arguments work when the command starts under a locale whose
 * character set cannot hold them ({@code LANG=C}, {@code POSIX}): Java then decodes every
 * argument and file name as ASCII, turning {@code 台账.xlsx} into {@code ??.xlsx}, and
 * {@code sun.jnu.encoding} cannot be changed once the JVM runs.
 *
 * <p>On Linux the arguments as typed are still in {@code /proc/self/cmdline}. The command writes
 * them, as UTF-8, to a temporary file and runs itself again in a child JVM under the
 * {@code C.UTF-8} locale, passing the file's name in the system property {@value #ARGS_FILE}
 * (arguments themselves would be mangled again on the way to the child, which Java encodes with
 * the same ASCII). The child reads them back exactly. Nothing happens under a UTF-8 or GBK locale,
 * on Windows or macOS, or when the child's locale would not be UTF-8 either.
 */
final class Utf8Relaunch {
    /** The system property naming the file that holds the arguments, NUL-separated, in UTF-8. */
    static final String ARGS_FILE = "taizhang.argsFile";
    private static final String LOCALE = "C.UTF-8";

    private Utf8Relaunch() {}

    /** @return true when file names cannot hold Chinese here and a relaunch can fix that */
    static boolean wanted() {
        return System.getProperty(ARGS_FILE) == null && !canHoldChinese(System.getProperty("sun.jnu.encoding"))
                && Files.isReadable(Path.of("/proc/self/cmdline"))
                && !LOCALE.equals(System.getenv("LC_ALL"));
    }

    /**
     * @param encoding a character set name, or null
     * @return true when it can encode Chinese text
     */
    static boolean canHoldChinese(String encoding) {
        try {
            return encoding != null && Charset.forName(encoding).newEncoder().canEncode("台账");
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return false;
        }
    }

    /**
     * Runs the command again in a child JVM under the UTF-8 locale.
     *
     * @param args the arguments as Java decoded them (only their count is used)
     * @return the child's exit status, or -1 when it could not be started (then run in-process)
     */
    static int run(String[] args) {
        Path file = null;
        try {
            List<byte[]> raw = splitNul(Files.readAllBytes(Path.of("/proc/self/cmdline")));
            if (raw.size() < args.length) {
                return -1;
            }
            file = Files.createTempFile("taizhang-args", ".bin");
            StringBuilder joined = new StringBuilder();
            for (byte[] arg : raw.subList(raw.size() - args.length, raw.size())) {
                joined.append(new String(arg, StandardCharsets.UTF_8)).append('\0');
            }
            Files.writeString(file, joined, StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
            command.add("-D" + ARGS_FILE + "=" + file);
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(Main.class.getName());
            ProcessBuilder child = new ProcessBuilder(command).inheritIO();
            child.environment().put("LC_ALL", LOCALE);
            return child.start().waitFor();
        } catch (IOException | RuntimeException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file in the temporary folder
                }
            }
        }
    }

    /**
     * The arguments a parent JVM passed in {@value #ARGS_FILE}, or the given ones.
     *
     * @param args the arguments as Java decoded them
     * @return the arguments to use
     */
    static String[] arguments(String[] args) {
        String file = System.getProperty(ARGS_FILE);
        if (file == null) {
            return args;
        }
        try {
            String all = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            if (all.isEmpty()) {
                return new String[0];
            }
            return all.substring(0, all.length() - 1).split("\0", -1);
        } catch (IOException e) {
            return args;
        }
    }

    private static List<byte[]> splitNul(byte[] bytes) {
        List<byte[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                out.add(Arrays.copyOfRange(bytes, start, i));
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            out.add(Arrays.copyOfRange(bytes, start, bytes.length));
        }
        return out;
    }
}
