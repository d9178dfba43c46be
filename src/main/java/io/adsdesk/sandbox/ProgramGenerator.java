package io.adsdesk.sandbox;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Makes realistic programs for a set of businesses: CPC most common, a mix of past, current,
 * future and paused, open-ended 9999-12-31 end dates, some multi-location programs. Businesses get
 * programs unevenly (a Zipf-like weight), so some have hundreds and some a handful.
 */
final class ProgramGenerator {
    static final List<String> FEATURES = List.of("LINK_TRACKING", "NEGATIVE_KEYWORD_TARGETING",
            "STRICT_CATEGORY_TARGETING", "AD_SCHEDULING", "CUSTOM_LOCATION_TARGETING", "AD_GOAL",
            "CALL_TRACKING", "SERVICE_OFFERINGS_TARGETING");
    private static final String[] TYPES = {"BP", "EP", "RCA", "CTA", "SLIDESHOW", "BH", "VL", "LOGO", "PORTFOLIO"};
    private static final long[] BUDGETS = {2500, 5000, 7500, 10000, 15000, 20000, 30000, 50000, 75000,
            100000, 150000, 250000, 1000000};
    private static final long[] PAGE_RATES = {2500, 4900, 9900, 14900, 19900, 29900, 49900};
    private static final double SKEW = 0.8;

    private final Random random;
    private final List<SandboxBusiness> businesses;
    private final double[] cumulative;

    ProgramGenerator(Random random, List<SandboxBusiness> businesses) {
        this.random = random;
        this.businesses = List.copyOf(businesses);
        this.cumulative = cumulativeWeights(businesses.size(), random);
    }

    SandboxProgram next(String id, LocalDate today) {
        String type = random.nextInt(100) < 55 ? "CPC" : TYPES[random.nextInt(TYPES.length)];
        boolean cpc = type.equals("CPC");
        SandboxBusiness main = pickBusiness();
        List<String> businessIds = businessIds(main);
        int phase = random.nextInt(1000);
        LocalDate start;
        LocalDate end;
        boolean ended = false;
        if (phase < 350) {                       // past: ended naturally, a few ended early
            start = today.minusDays(60 + random.nextInt(1000));
            end = start.plusDays(30 + random.nextInt(400));
            end = end.isBefore(today) ? end : today.minusDays(1 + random.nextInt(30));
            ended = random.nextInt(10) == 0;
        } else if (phase < 355) {                // ended through the API today: INACTIVE in range
            start = today.minusDays(1 + random.nextInt(300));
            end = today;
            ended = true;
        } else if (phase < 900) {                // current
            start = today.minusDays(random.nextInt(700));
            end = random.nextInt(10) < 7 ? SandboxProgram.OPEN_END : today.plusDays(random.nextInt(365));
        } else {                                 // future: starts after today, reported INACTIVE
            start = today.plusDays(1 + random.nextInt(90));
            end = random.nextBoolean() ? SandboxProgram.OPEN_END : start.plusDays(30 + random.nextInt(335));
        }
        boolean running = !ended && !start.isAfter(today) && !end.isBefore(today);
        boolean paused = cpc && running && random.nextInt(10) == 0;
        boolean started = !start.isAfter(today);
        long budget = cpc ? BUDGETS[random.nextInt(BUDGETS.length)] : PAGE_RATES[random.nextInt(PAGE_RATES.length)];
        boolean autobid = cpc && random.nextInt(10) < 7;
        Long maxBid = cpc && !autobid ? 50L + 25L * random.nextInt(80) : null;
        long impressions = cpc && started ? random.nextInt(200_000) : 0;
        long clicks = impressions == 0 ? 0 : impressions * (1 + random.nextInt(50)) / 1000;
        long adCost = cpc ? Math.min(budget, clicks * (150 + random.nextInt(900))) : started ? budget : 0;
        String feePeriod = cpc && random.nextInt(100) < 15 ? "Rolling Month" : "Calendar Month";
        List<String> available = cpc ? features(5 + random.nextInt(4)) : random.nextInt(3) == 0 ? features(2) : List.of();
        List<String> active = available.isEmpty() ? List.of() : available.subList(0, random.nextInt(Math.min(4, available.size()) + 1));
        available = withTypeFeatures(type, available);
        List<SandboxProgram.BudgetChange> changes = cpc && running && random.nextInt(12) == 0
                ? List.of(new SandboxProgram.BudgetChange(BUDGETS[random.nextInt(BUDGETS.length)],
                        today.withDayOfMonth(1).plusMonths(1), budget))
                : List.of();
        SandboxProgram.PageUpgrade upgrade = !cpc && random.nextInt(10) < 6
                ? new SandboxProgram.PageUpgrade(budget, random.nextInt(4) == 0 ? budget * 9 / 10 : budget)
                : null;
        List<String> adCategories = cpc ? adCategories(main) : List.of();
        return new SandboxProgram(id, type, start, end, ended, paused, budget, currency(main), autobid, maxBid,
                impressions, clicks, adCost, feePeriod, businessIds, adCategories, active, available, changes, upgrade);
    }

    /** A program just bought: starts today, open-ended, nothing billed yet. */
    SandboxProgram nextNew(String id, LocalDate today) {
        SandboxProgram p = next(id, today);
        return new SandboxProgram(id, p.type(), today, SandboxProgram.OPEN_END, false, false, p.budget(),
                p.currency(), p.autobid(), p.maxBid(), 0, 0, 0, p.feePeriod(), p.businessIds(), p.adCategories(),
                p.activeFeatures(), p.availableFeatures(), List.of(), p.pageUpgrade());
    }

    private List<String> businessIds(SandboxBusiness main) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(main.id());
        if (businesses.size() > 1 && random.nextInt(100) < 5) {
            int extra = Math.min(businesses.size() - 1, 1 + random.nextInt(2));
            while (ids.size() < 1 + extra) {
                ids.add(businesses.get(random.nextInt(businesses.size())).id());
            }
        }
        return new ArrayList<>(ids);
    }

    private SandboxBusiness pickBusiness() {
        double r = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, r);
        return businesses.get(i >= 0 ? i : Math.min(-i - 1, cumulative.length - 1));
    }

    /**
     * The feature types every program of a type offers (deterministic, no random draw): CPC programs
     * the radius, ad text, ad photo and logo types; BH highlights, VL licenses, LOGO the logo, PORTFOLIO the portfolio.
     */
    static List<String> withTypeFeatures(String type, List<String> drawn) {
        List<String> extra = switch (type) {
            case "CPC" -> List.of("CUSTOM_RADIUS_TARGETING", "CUSTOM_AD_TEXT", "CUSTOM_AD_PHOTO", "BUSINESS_LOGO");
            case "BH" -> List.of("BUSINESS_HIGHLIGHTS");
            case "VL" -> List.of("VERIFIED_LICENSE");
            case "LOGO" -> List.of("BUSINESS_LOGO");
            case "PORTFOLIO" -> List.of("YELP_PORTFOLIO");
            default -> List.of();
        };
        List<String> all = new ArrayList<>(drawn);
        extra.stream().filter(t -> !all.contains(t)).forEach(all::add);
        return List.copyOf(all);
    }

    private List<String> features(int n) {
        List<String> shuffled = new ArrayList<>(FEATURES);
        Collections.shuffle(shuffled, random);
        return List.copyOf(shuffled.subList(0, n));
    }

    private List<String> adCategories(SandboxBusiness b) {
        List<String> cats = b.categories();
        return cats.isEmpty() ? List.of() : cats.subList(0, 1 + random.nextInt(Math.min(2, cats.size())));
    }

    /** The currency a business is billed in: CAD in Canada, else USD. */
    static String currency(SandboxBusiness b) {
        return b.country().equals("CA") ? "CAD" : "USD";
    }

    private static double[] cumulativeWeights(int n, Random random) {
        List<Integer> ranks = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            ranks.add(i);
        }
        Collections.shuffle(ranks, random);
        double[] cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += Math.pow(ranks.get(i), -SKEW);
            cumulative[i] = sum;
        }
        return cumulative;
    }
}
