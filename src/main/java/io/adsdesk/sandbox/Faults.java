package io.adsdesk.sandbox;

import java.util.Random;

/** Draws fault decisions from a seeded random, so a run with the same seed and order repeats. */
final class Faults {
    private final Random random;

    Faults(long seed) {
        this.random = new Random(seed ^ 0x2545F4914F6CDD1DL);
    }

    /** True with probability p; 0 never and 1 always, without drawing. */
    synchronized boolean roll(double p) {
        if (p <= 0) {
            return false;
        }
        return p >= 1 || random.nextDouble() < p;
    }
}
