package io.adsdesk.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A fixed CPU-bound workload that says how fast the machine (and the JVM's JIT setting) is right
 * now: a plain merge sort, written out here so no platform intrinsic changes it from machine to
 * machine, of the same 300,000 pseudo-random ints, 7 times; the median in ms. The suite prints it
 * first and each UI figure also as a multiple of it, so runs on different machines (or a busy and a
 * quiet one) compare by their multiples.
 */
final class Calibration {
    private static final int SIZE = 300_000;
    private static final int REPEATS = 7;

    private Calibration() {
    }

    /** The median time of one sort of the fixed array, in ms (a few warm-up sorts first). */
    static double measureMs() {
        int[] source = fixedArray();
        int[] work = new int[SIZE];
        int[] scratch = new int[SIZE];
        long check = 0;
        for (int i = 0; i < 3; i++) {
            System.arraycopy(source, 0, work, 0, SIZE);
            sort(work, scratch);
            check += work[SIZE / 2];
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < REPEATS; i++) {
            System.arraycopy(source, 0, work, 0, SIZE);
            long started = System.nanoTime();
            sort(work, scratch);
            times.add(Stats.ms(System.nanoTime() - started));
            check += work[SIZE / 2];
        }
        if (check == 42) {
            System.out.print(""); // keeps the sorts from being optimized away
        }
        return Stats.median(times);
    }

    /** "calibration 41.2 ms (merge sort of 300,000 ints, median of 7)". */
    static String describe(double ms) {
        return String.format(java.util.Locale.ROOT, "calibration %.1f ms (merge sort of %,d ints, median of %d)", ms, SIZE, REPEATS);
    }

    /** {@code ms} as a multiple of the calibration: "0.24×". */
    static String times(double ms, double calibrationMs) {
        return String.format(java.util.Locale.ROOT, "%.2f×", ms / calibrationMs);
    }

    static int[] fixedArray() {
        int[] a = new int[SIZE];
        long x = 0x2545F4914F6CDD1DL;
        for (int i = 0; i < SIZE; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            a[i] = (int) x;
        }
        return a;
    }

    /** Bottom-up merge sort. */
    static void sort(int[] a, int[] scratch) {
        int n = a.length;
        int[] from = a;
        int[] to = scratch;
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    to[k++] = from[i] <= from[j] ? from[i++] : from[j++];
                }
                while (i < mid) {
                    to[k++] = from[i++];
                }
                while (j < hi) {
                    to[k++] = from[j++];
                }
            }
            int[] t = from;
            from = to;
            to = t;
        }
        if (from != a) {
            System.arraycopy(from, 0, a, 0, n);
        }
    }
}
