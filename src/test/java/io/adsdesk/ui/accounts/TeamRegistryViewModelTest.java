package io.adsdesk.ui.accounts;

import io.adsdesk.model.Account;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import io.adsdesk.ui.common.UiSettings;
import io.adsdesk.ui.testing.FakeGateway;
import io.adsdesk.ui.testing.TeamGateway;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The connect dialog's Team registry section: checks, Test connection, and the choice saved per account. */
class TeamRegistryViewModelTest {
    private static final String URL = "jdbc:postgresql://db.example.com:5432/adsdesk";
    private static final Account ALICE = new Account("alice", "https://partner-api.yelp.com");

    private final TeamGateway gateway = new TeamGateway(new FakeGateway(5, 1));
    private final AccountsViewModel model = new AccountsViewModel(gateway, new CurrentThreadTaskExecutor());
    private final TeamRegistryViewModel team = model.team();
    private final UiSettings settings = new UiSettings();
    private int saves;

    TeamRegistryViewModelTest() {
        model.useSettings(settings, () -> saves++);
    }

    private void fillAccount() {
        model.usernameProperty().set("alice");
        model.passwordProperty().set("secret");
    }

    private void fillTeam(String url, String user, String password) {
        team.teamProperty().set(true);
        team.urlProperty().set(url);
        team.userProperty().set(user);
        team.passwordProperty().set(password);
    }

    @Test
    void thisComputerIsTheDefaultAndNeedsNothingMore() {
        fillAccount();
        assertFalse(team.teamProperty().get());
        assertEquals("", team.problemProperty().get());
        assertTrue(model.canConnectProperty().get());
    }

    @Test
    void eachBadValueIsSaidInPlainWordsAndConnectWaits() {
        fillAccount();
        team.teamProperty().set(true);
        List<String[]> cases = List.of(
                new String[] {"", "Enter the team registry's URL"},
                new String[] {"postgres://db/adsdesk", "starts with jdbc:postgresql://"},
                new String[] {"jdbc:postgresql://db.example.com", "needs a host and a database"},
                new String[] {"jdbc:postgresql:///adsdesk", "needs a host and a database"},
                new String[] {"jdbc:postgresql://db:99999/adsdesk", "port in the team registry URL must be a number from 1 to 65535"},
                new String[] {"jdbc:postgresql://db:abc/adsdesk", "port in the team registry URL must be a number"},
                new String[] {"jdbc:postgresql://db/adsdesk?user=a&password=hunter2", "not in the URL"},
                new String[] {"jdbc:postgresql://db/ads\ndesk", "one line"});
        for (String[] c : cases) {
            team.urlProperty().set(c[0]);
            team.userProperty().set("adsdesk");
            assertTrue(team.problemProperty().get().contains(c[1]), c[0] + " -> " + team.problemProperty().get());
            assertEquals(team.problemProperty().get(), model.problemProperty().get());
            assertFalse(model.canConnectProperty().get(), c[0]);
        }
        team.urlProperty().set(URL);
        team.userProperty().set("  ");
        assertEquals("Enter the database user of the team registry.", model.problemProperty().get());
        team.userProperty().set("adsdesk");
        assertTrue(model.canConnectProperty().get());
    }

    @Test
    void verifiedTlsAnIpv6HostAndTheDefaultPortAreAccepted() {
        for (String url : List.of("jdbc:postgresql://db.example.com:5432/adsdesk?sslmode=verify-full&sslrootcert=/etc/ca.crt",
                "jdbc:postgresql://[::1]:5432/adsdesk", "jdbc:postgresql://db.example.com/adsdesk")) {
            assertEquals("", TeamRegistryViewModel.problemWith(true, url, "adsdesk", ""), url);
        }
    }

    @Test
    void aRefusedConnectKeepsEveryTypedValue() {
        fillAccount();
        fillTeam("jdbc:postgresql://db:0/adsdesk", "adsdesk", "dbsecret");
        model.connect(s -> { });
        assertEquals("The port in the team registry URL must be a number from 1 to 65535.", model.errorProperty().get());
        assertEquals("jdbc:postgresql://db:0/adsdesk", team.urlProperty().get());
        assertEquals("adsdesk", team.userProperty().get());
        assertEquals("dbsecret", team.passwordProperty().get());
        assertEquals("secret", model.passwordProperty().get());
        assertTrue(gateway.connects.isEmpty());
    }

    @Test
    void testConnectionSendsTheTypedPasswordAndShowsTheAnswer() {
        fillTeam(URL, "adsdesk", "dbsecret");
        gateway.answer = new TeamCheck(false, false, "PostgreSQL at db.example.com:5432 refused user adsdesk: the password is wrong.");
        team.testConnection(ALICE);
        assertEquals(List.of("dbsecret"), gateway.testedPasswords);
        assertEquals(gateway.answer, team.checkProperty().get());
        assertEquals("dbsecret", team.passwordProperty().get(), "a test keeps the password for the connect that follows");
        team.passwordProperty().set("other");
        assertNull(team.checkProperty().get(), "an edit makes the last answer stale");
    }

    @Test
    void testConnectionWithBadValuesSaysWhyWithoutAsking() {
        fillTeam("jdbc:postgresql://db/", "adsdesk", "");
        team.testConnection(ALICE);
        assertTrue(gateway.testedPasswords.isEmpty());
        assertFalse(team.checkProperty().get().ok());
        assertTrue(team.checkProperty().get().message().contains("needs a host and a database"));
    }

    @Test
    void connectingHandsTheChoiceAndPasswordOverAndSavesTheChoiceWithoutThePassword() {
        fillAccount();
        fillTeam(" " + URL + " ", " adsdesk ", "dbsecret");
        model.connect(s -> { });
        assertEquals(List.of(new TeamGateway.Connect(ALICE, new TeamRegistryChoice(URL, "adsdesk"), "dbsecret")), gateway.connects);
        assertEquals("", team.passwordProperty().get());
        assertEquals(URL, settings.teamRegistries.get(ALICE.key()).url);
        assertEquals("adsdesk", settings.teamRegistries.get(ALICE.key()).user);
        assertEquals(1, saves);
        assertEquals(new TeamRegistryChoice(URL, "adsdesk"), model.teamRegistryOf(ALICE));
    }

    @Test
    void anEmptyPasswordFieldMeansTheStoredOne() {
        fillAccount();
        fillTeam(URL, "adsdesk", "");
        model.connect(s -> { });
        assertNull(gateway.connects.getFirst().teamPassword());
    }

    @Test
    void choosingThisComputerAgainForgetsTheSavedTeamRegistry() {
        settings.teamRegistries.put(ALICE.key(), new UiSettings.TeamRegistry(URL, "adsdesk"));
        model.prepareForm(ALICE);
        assertTrue(team.teamProperty().get());
        assertTrue(team.passwordKeptProperty().get());
        model.passwordProperty().set("secret");
        team.teamProperty().set(false);
        model.connect(s -> { });
        assertFalse(settings.teamRegistries.containsKey(ALICE.key()));
        assertTrue(gateway.connects.isEmpty(), "this computer goes the usual way");
    }

    @Test
    void theFormForAnotherAccountStartsOnThisComputer() {
        settings.teamRegistries.put(ALICE.key(), new UiSettings.TeamRegistry(URL, "adsdesk"));
        model.prepareForm(new Account("bob", "https://partner-api.yelp.com"));
        assertFalse(team.teamProperty().get());
        assertEquals("", team.urlProperty().get());
        model.prepareForm(ALICE);
        assertEquals(URL, team.urlProperty().get());
        assertEquals("adsdesk", team.userProperty().get());
    }

    @Test
    void reopeningAnAccountUsesItsSavedTeamRegistryAndTheStoredPasswords() {
        settings.teamRegistries.put(ALICE.key(), new UiSettings.TeamRegistry(URL, "adsdesk"));
        gateway.fake.stored.put(ALICE, "secret".toCharArray());
        model.reopen(ALICE, s -> { }, a -> { });
        assertEquals(List.of(new TeamGateway.Connect(ALICE, new TeamRegistryChoice(URL, "adsdesk"), null)), gateway.connects);
        assertEquals(ALICE, model.getSession().account());
    }

    @Test
    void reopeningWithoutAStoredPasswordOpensTheTeamRegistryForBrowsing() {
        settings.teamRegistries.put(ALICE.key(), new UiSettings.TeamRegistry(URL, "adsdesk"));
        model.reopen(ALICE, s -> { }, a -> { });
        assertEquals(List.of(new TeamGateway.Connect(ALICE, new TeamRegistryChoice(URL, "adsdesk"), null)), gateway.connects);
        assertEquals(URL, team.urlProperty().get(), "the password prompt shows the saved team registry");
    }

    @Test
    void theSettingsFileNeverHoldsTheDatabasePassword(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        fillAccount();
        fillTeam(URL, "adsdesk", "db-canary-4711");
        model.connect(s -> { });
        java.nio.file.Path file = dir.resolve(UiSettings.FILE_NAME);
        settings.save(file);
        String saved = java.nio.file.Files.readString(file);
        assertTrue(saved.contains(URL), saved);
        assertFalse(saved.contains("db-canary-4711"), saved);
        assertEquals(URL, UiSettings.load(file).teamRegistries.get(ALICE.key()).url);
        assertTrue(Arrays.stream(new String[] {saved}).noneMatch(s -> s.contains("secret")));
    }
}
