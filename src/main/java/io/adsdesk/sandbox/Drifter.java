package io.adsdesk.sandbox;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Picks programs at random and changes them the way another user in Yelp's UI would. */
final class Drifter {
    private static final long[] BUDGETS = {2500, 5000, 10000, 20000, 40000, 80000, 160000};

    private final SandboxAccount account;
    private final Random random;
    private final LocalDate today;

    Drifter(SandboxAccount account, Random random, LocalDate today) {
        this.account = account;
        this.random = random;
        this.today = today;
    }

    /** Modifies up to n distinct programs that can still change (not past); returns their IDs. */
    List<String> modify(int n) {
        List<SandboxProgram> all = account.programs();
        Set<String> done = new LinkedHashSet<>();
        int attempts = 0;
        while (done.size() < n && !all.isEmpty() && attempts++ < 50 * n + 1000) {
            SandboxProgram p = all.get(random.nextInt(all.size()));
            if (p.past(today) || done.contains(p.id())) {
                continue;
            }
            account.updateProgram(p.id(), this::change);
            done.add(p.id());
        }
        return new ArrayList<>(done);
    }

    private SandboxProgram change(SandboxProgram p) {
        if (!p.type().equals("CPC") || p.future(today)) {
            return random.nextInt(4) == 0 ? p.withEnded(today) : p.withBudget(p.budget() + 500);
        }
        return switch (random.nextInt(5)) {
            case 0 -> p.withPaused(!p.paused());
            case 1 -> p.withEnded(today);
            default -> p.withBudget(otherBudget(p.budget()));
        };
    }

    private long otherBudget(long budget) {
        long b = BUDGETS[random.nextInt(BUDGETS.length)];
        return b == budget ? budget + 2500 : b;
    }
}
