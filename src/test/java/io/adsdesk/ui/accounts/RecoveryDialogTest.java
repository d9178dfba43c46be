package io.adsdesk.ui.accounts;

import io.adsdesk.testing.SyncWrites;

import io.adsdesk.model.FeePeriod;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;
import io.adsdesk.model.SyncOutcome;
import io.adsdesk.model.SyncRun;
import io.adsdesk.registry.HibernateProgramRegistry;
import io.adsdesk.registry.RegistryDamagedException;
import io.adsdesk.registry.RegistryRecovery;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The damaged-registry dialog, headless: it says what happened, offers the newest backup, and restores it. */
@ExtendWith(ApplicationExtension.class)
class RecoveryDialogTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
    }

    private RegistryDamagedException damagedRegistry(boolean withBackup) throws Exception {
        try (var registry = HibernateProgramRegistry.open(dir)) {
            Program p = new Program("p1", "CPC", LocalDate.of(2026, 1, 5), null, true, false, 1000L, null, "USD", false,
                    FeePeriod.ROLLING_MONTH, 0, 0, null, List.of(new ProgramBusiness("b1", null)), List.of(), List.of(),
                    List.of(), List.of(), null);
            SyncWrites.apply(registry, List.of(p), List.of(), Set.of(),
                    new SyncRun(0, T0, T0.plusSeconds(1), SyncOutcome.SYNCED, 1, 0, 1, 1, 0, 0, 1, null));
            if (withBackup) {
                assertTrue(registry.backUp().isEmpty());
            }
        }
        Files.write(dir.resolve("registry.mv.db"), new byte[0]);
        return assertThrows(RegistryDamagedException.class, () -> HibernateProgramRegistry.open(dir));
    }

    private RecoveryDialog show(RecoveryViewModel model, FxRobot robot) {
        RecoveryDialog[] dialog = new RecoveryDialog[1];
        robot.interact(() -> {
            dialog[0] = new RecoveryDialog(stage, model);
            dialog[0].show();
        });
        return dialog[0];
    }

    @Test
    void restoringTheOfferedBackupClosesTheDialogAndOpensTheAccountAgain(FxRobot robot) throws Exception {
        RegistryDamagedException damage = damagedRegistry(true);
        AtomicInteger reopened = new AtomicInteger();
        RecoveryViewModel model = new RecoveryViewModel(damage, RegistryRecovery.of(dir), new CurrentThreadTaskExecutor(),
                reopened::incrementAndGet);
        RecoveryDialog dialog = show(model, robot);

        assertTrue(robot.lookup("#recovery-problem").queryAs(Label.class).getText().contains("the registry file is empty"));
        ComboBox<?> backups = robot.lookup("#recovery-backups").queryAs(ComboBox.class);
        assertEquals(model.backups().getFirst(), backups.getValue(), "the newest backup is offered");
        @SuppressWarnings("unchecked")
        ComboBox<Object> combo = (ComboBox<Object>) backups;
        String shown = combo.getConverter().toString(combo.getValue());
        assertTrue(shown.startsWith("Backup from "), shown);
        robot.clickOn("#recovery-restore");

        assertEquals(1, reopened.get());
        assertFalse(dialog.isShowing());
        try (var registry = HibernateProgramRegistry.open(dir)) {
            assertEquals(1, registry.countPrograms());
        }
    }

    @Test
    void withoutABackupRestoreIsOffAndRebuildWorks(FxRobot robot) throws Exception {
        RegistryDamagedException damage = damagedRegistry(false);
        AtomicInteger reopened = new AtomicInteger();
        RecoveryViewModel model = new RecoveryViewModel(damage, RegistryRecovery.of(dir), new CurrentThreadTaskExecutor(),
                reopened::incrementAndGet);
        RecoveryDialog dialog = show(model, robot);

        assertTrue(robot.lookup("#recovery-restore").queryAs(Button.class).isDisabled());
        assertFalse(robot.lookup("#recovery-backups").query().isVisible());
        robot.clickOn("#recovery-rebuild");

        assertEquals(1, reopened.get());
        assertFalse(dialog.isShowing());
        try (var registry = HibernateProgramRegistry.open(dir)) {
            assertEquals(0, registry.countPrograms());
        }
    }
}
