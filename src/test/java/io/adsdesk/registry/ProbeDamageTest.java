package io.adsdesk.registry;

import io.adsdesk.model.SyncOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

class ProbeDamageTest {
    @TempDir Path dir;

    Path make(String name) throws Exception {
        Path d = dir.resolve(name);
        try (var r = HibernateProgramRegistry.open(d)) {
            for (int k = 0; k < 3; k++) {
                int kk = k;
                var ps = IntStream.range(0, 300).mapToObj(i -> HibernateProgramRegistryTest.program("p" + kk + "_" + i, 1000)).toList();
                r.applySync(new ProgramChanges(ps, List.of(), Set.of()), HibernateProgramRegistryTest.run(SyncOutcome.SYNCED, 300));
            }
        }
        return d;
    }

    void tryOpen(String label, Path d) {
        System.out.println("=== " + label + " size=" + d.resolve("registry.mv.db").toFile().length());
        if (Files.exists(d.resolve("registry.mv.db"))) {
        long t0 = System.nanoTime();
        try (var st = new org.h2.mvstore.MVStore.Builder().fileName(d.resolve("registry.mv.db").toString()).readOnly().open()) {
            System.out.println("mv maps=" + st.getMapNames() + " version=" + st.getCurrentVersion() + " ms=" + (System.nanoTime()-t0)/1e6);
        } catch (Throwable e) { System.out.println("mv fail " + e); }
        }
        try (var r = HibernateProgramRegistry.open(d)) {
            System.out.println("opened; programs=" + r.countPrograms() + " history=" + r.syncHistory(10).size());
            System.out.println("all=" + r.findAll().size());
        } catch (Throwable e) {
            Throwable t = e;
            while (t != null) { System.out.println("  " + t.getClass().getName() + ": " + String.valueOf(t.getMessage()).lines().findFirst().orElse("")); if (t instanceof java.sql.SQLException s) System.out.println("   code " + s.getErrorCode()); t = t.getCause(); }
        }
    }

    @Test
    void probe() throws Exception {
        Path d = make("half");
        Path f = d.resolve("registry.mv.db");
        long size = Files.size(f);
        try (var raf = new RandomAccessFile(f.toFile(), "rw")) { raf.setLength(size / 2); }
        tryOpen("half", d);
        d = make("zero");
        try (var raf = new RandomAccessFile(d.resolve("registry.mv.db").toFile(), "rw")) { raf.setLength(0); }
        tryOpen("zero", d);
        for (double frac : new double[] {0.0, 0.001, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99}) {
            d = make("flip" + frac);
            f = d.resolve("registry.mv.db");
            size = Files.size(f);
            try (var raf = new RandomAccessFile(f.toFile(), "rw")) {
                long at = (long) (size * frac);
                for (int i = 0; i < 64; i++) { raf.seek(at + i); int b = raf.read(); raf.seek(at + i); raf.write(b ^ 0xFF); }
            }
            tryOpen("flip " + frac, d);
        }
        d = make("garbage");
        f = d.resolve("registry.mv.db");
        size = Files.size(f);
        byte[] g = new byte[(int) size]; new java.util.Random(1).nextBytes(g); Files.write(f, g);
        tryOpen("garbage", d);
        d = make("missing");
        Files.delete(d.resolve("registry.mv.db"));
        tryOpen("missing", d);
    }
}
