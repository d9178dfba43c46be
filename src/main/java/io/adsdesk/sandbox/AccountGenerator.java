package io.adsdesk.sandbox;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;

/**
 * Builds a sandbox account deterministically from (seed, programs, businesses): same inputs, same
 * IDs; the dates are relative to the clock's Pacific today. IDs come from their own random stream,
 * so they do not depend on the day either.
 */
final class AccountGenerator {
    private AccountGenerator() {
    }

    static SandboxAccount generate(long seed, int programCount, int businessCount, Clock clock) {
        if (businessCount < 1 || programCount < 0) {
            throw new IllegalArgumentException("need at least one business and no negative program count");
        }
        SandboxIds ids = new SandboxIds(new Random(seed));
        Random data = new Random(seed * 0x9E3779B97F4A7C15L + 7);
        List<SandboxBusiness> businesses = new BusinessGenerator(data).generate(businessCount, ids);
        ProgramGenerator programs = new ProgramGenerator(data, businesses);
        LocalDate today = SandboxAccount.pacificToday(clock);
        LinkedHashMap<String, SandboxProgram> byId = LinkedHashMap.newLinkedHashMap(programCount);
        for (int i = 0; i < programCount; i++) {
            String id = ids.next();
            byId.put(id, programs.next(id, today));
        }
        LinkedHashMap<String, SandboxBusiness> businessById = LinkedHashMap.newLinkedHashMap(businessCount);
        businesses.forEach(b -> businessById.put(b.id(), b));
        return new SandboxAccount(clock, ids, programs, new Random(seed + 0x5DEECE66DL), byId, businessById);
    }
}
