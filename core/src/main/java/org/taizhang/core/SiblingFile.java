package org.taizhang.core;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The temporary file a ledger is written to before it takes the target's place. It stands beside
 * the target (same folder, so the final move is a rename on the same file system) and is created
 * like any file the process creates, so that it gets the default permissions (the umask on Unix):
 * {@code Files.createTempFile} would make it readable by its owner only, and the written ledger
 * would keep that.
 */
final class SiblingFile {
    private SiblingFile() {}

    /**
     * @param target the file to be written
     * @return a new, empty file beside it, named {@code .taizhang.random.tmp} (not after the target:
     *     a long Chinese name would pass the file system's 255-byte limit with a suffix)
     * @throws IOException when the folder cannot be written
     */
    static Path create(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        for (int attempt = 0; ; attempt++) {
            Path tmp = abs.resolveSibling(".taizhang." + Long.toUnsignedString(
                    ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    /** Gives the new file the permissions of the file it replaces, when there is one. */
    static void keepPermissions(Path target, Path tmp) {
        PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        PosixFileAttributeView fresh = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (old == null || fresh == null || !Files.isRegularFile(target)) {
            return;
        }
        try {
            fresh.setPermissions(old.readAttributes().permissions());
        } catch (IOException | SecurityException e) {
            // the default permissions stay: still what a new file gets
        }
    }

    /** Moves the written file onto the target, atomically where the file system can. */
    static void replace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
