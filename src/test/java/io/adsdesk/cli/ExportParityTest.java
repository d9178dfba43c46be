package io.adsdesk.cli;

import io.adsdesk.model.PacificDate;
import io.adsdesk.registry.AccountStore;
import io.adsdesk.registry.ProgramRegistry;
import io.adsdesk.sandbox.DemoAccount;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import io.adsdesk.ui.programs.BusinessOption;
import io.adsdesk.ui.programs.ProgramsViewModel;
import io.adsdesk.ui.programs.StatusFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The app's "Export CSV" and {@code adsdesk export --format csv} of the same view write the same bytes. */
class ExportParityTest {
    @TempDir
    Path dir;

    @Test
    void theAppAndTheCommandLineExportTheSameViewByteForByte() throws Exception {
        Path data = dir.resolve("data");
        CliProcess.Result sync = CliProcess.run(dir, Map.of(), "sync", "--demo", "--data-dir", data.toString());
        assertEquals(0, sync.exit(), sync.err());

        Path appFile = dir.resolve("app.csv");
        String businessId;
        try (ProgramRegistry registry = AccountStore.openRegistry(data, DemoAccount.ACCOUNT)) {
            ProgramsViewModel view = new ProgramsViewModel(new CurrentThreadTaskExecutor(), PacificDate::today);
            view.setRegistry(registry);
            BusinessOption business = view.businessOptions().get(1);
            businessId = business.businessId();
            view.businessProperty().set(business);
            view.statusProperty().set(StatusFilter.CURRENT);
            assertTrue(view.rows().size() > 0, "the view shows some programs");
            view.exportCsv(appFile, n -> { }, e -> { throw new AssertionError(e); });
        }

        CliProcess.Result cli = CliProcess.run(dir, Map.of(), "export", "--demo", "--format", "csv",
                "--business", businessId, "--status", "current", "--data-dir", data.toString());
        assertEquals(0, cli.exit(), cli.err());

        byte[] app = Files.readAllBytes(appFile);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(app, 3), "UTF-8 byte order mark");
        assertArrayEquals(app, cli.out().getBytes(StandardCharsets.UTF_8));
    }
}
