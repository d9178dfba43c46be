package io.adsdesk.app;

import io.adsdesk.threads.Threads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One dashboard per data directory. The first instance holds {@code app.lock} and listens on a
 * loopback port (written to {@code app.port}); a second instance asks it to come to the front and
 * exits, so two windows never work on the same registries.
 */
final class SingleInstance implements AutoCloseable {
    static final String ACTIVATE = "activate";
    private static final Logger LOG = LoggerFactory.getLogger(SingleInstance.class);
    private static final int CONNECT_TIMEOUT_MS = 2000;

    private final FileChannel channel;
    private final FileLock lock;
    private final ServerSocket server;
    private final Path portFile;
    private volatile Runnable onActivate = () -> { };
    private static boolean heldHere;

    private SingleInstance(FileChannel channel, FileLock lock, ServerSocket server, Path portFile, Threads threads) {
        this.channel = channel;
        this.lock = lock;
        this.server = server;
        this.portFile = portFile;
        threads.start("single-instance", this::serve);
    }

    /** The instance lock, or empty when another instance holds it; its listener runs on a thread of {@code threads}. */
    static synchronized Optional<SingleInstance> acquire(Path dataRoot, Threads threads) throws IOException {
        Files.createDirectories(dataRoot);
        if (heldHere) {
            return Optional.empty();  // never a second channel on a file this JVM locks: closing it drops the lock
        }
        FileChannel channel = FileChannel.open(dataRoot.resolve("app.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException held) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Path portFile = dataRoot.resolve("app.port");
        Files.writeString(portFile, Integer.toString(server.getLocalPort()), StandardCharsets.US_ASCII);
        heldHere = true;
        return Optional.of(new SingleInstance(channel, lock, server, portFile, threads));
    }

    /** Asks the running instance to show its window. False when it cannot be reached. */
    static boolean activateRunning(Path dataRoot) {
        try {
            int port = Integer.parseInt(Files.readString(dataRoot.resolve("app.port"), StandardCharsets.US_ASCII).trim());
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), CONNECT_TIMEOUT_MS);
                OutputStream out = s.getOutputStream();
                out.write((ACTIVATE + "\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                return true;
            }
        } catch (IOException | NumberFormatException e) {
            LOG.warn("Could not reach the running AdsDesk: {}", e.toString());
            return false;
        }
    }

    /** What to do when a second instance asks for the window (called on a background thread). */
    void onActivate(Runnable action) {
        onActivate = action;
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket s = server.accept();
                 BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII))) {
                s.setSoTimeout(CONNECT_TIMEOUT_MS);
                if (ACTIVATE.equals(in.readLine())) {
                    onActivate.run();
                }
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.debug("Single-instance request failed: {}", e.toString());
                }
            }
        }
    }

    @Override
    public void close() {
        synchronized (SingleInstance.class) {
            heldHere = false;
        }
        try {
            server.close();
            Files.deleteIfExists(portFile);
            lock.release();
            channel.close();
        } catch (IOException e) {
            LOG.debug("Releasing the instance lock: {}", e.toString());
        }
    }
}
