package io.pos4j.terminal.spi;

import io.pos4j.pin.DukptStateStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link DukptStateStore} in one file, replaced crash-safely on every save: the new state is
 * written to a temporary file in the same directory, forced to disk, atomically renamed over the
 * old one, and the directory is forced. A crash leaves either the old or the new state, never a
 * mix (and the state is self-checking: a damaged file is refused by {@code DukptTerminal.restore}).
 *
 * <p><b>SENSITIVE:</b> the state holds the DUKPT future keys in clear. This store is for test rigs,
 * simulators and the {@code pos4j soak} tool; on a real device keep the state in the PIN pad's
 * secure storage (implement {@link DukptStateStore} over it).
 */
public final class FileDukptStateStore implements DukptStateStore {

    private final Path file;

    private FileDukptStateStore(Path file) {
        this.file = file;
    }

    /**
     * @param file the state file (created by the first save; its directory must exist)
     * @return the store
     */
    public static FileDukptStateStore of(Path file) {
        return new FileDukptStateStore(Objects.requireNonNull(file, "file").toAbsolutePath());
    }

    @Override
    public Optional<byte[]> load() {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("DUKPT state " + file.getFileName() + " could not be read", e);
        }
    }

    @Override
    public void save(byte[] state) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer b = ByteBuffer.wrap(state);
                while (b.hasRemaining()) {
                    ch.write(b);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("atomic rename not supported for " + file.getFileName(), e);
            }
            forceDirectory(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("DUKPT state " + file.getFileName() + " could not be saved", e);
        }
    }

    static void forceDirectory(Path dir) {
        if (dir == null) {
            return;
        }
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // some platforms cannot open a directory for sync; the rename itself is atomic
        }
    }

    @Override
    public String toString() {
        return "FileDukptStateStore[" + file.getFileName() + "]";
    }
}
