package io.adsdesk.ui.programs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One load's rows by position (their load order), for the work a click or a keystroke does on all
 * of them: the table's order from per-column ranks, and which rows hold each character of the
 * search keys. Toolkit-free; built on the FX thread with the rows, the ranks and the character
 * index when first needed.
 * <p>A column's rank per row (equal keys, equal rank; nulls first) is computed once per load, with
 * one pass and a sort of the distinct keys only. Any order of keys is then one stable counting sort
 * per key, last key first: no comparisons, no boxing, ties in load order, exactly as a stable sort
 * with {@link ColumnSort#comparator(List)} orders them.
 */
final class RowIndex {
    private final ProgramRow[] rows;
    private final long[] budgetCents;
    private final long[] adCostCents;
    private final long totalBudgetCents;
    private final long totalAdCostCents;
    private final int[][] ranks = new int[ProgramColumn.values().length][];
    private final int[] distinct = new int[ProgramColumn.values().length];
    private SearchIndex search;
    /** Program ID → position, built when first asked for. */
    private Map<String, Integer> positions;

    RowIndex(List<ProgramRow> loaded) {
        rows = loaded.toArray(ProgramRow[]::new);
        budgetCents = new long[rows.length];
        adCostCents = new long[rows.length];
        long budget = 0;
        long adCost = 0;
        for (int i = 0; i < rows.length; i++) {
            Long b = rows[i].program().budgetCents();
            Long c = rows[i].program().adCostCents();
            budgetCents[i] = b == null ? 0 : b;
            adCostCents[i] = c == null ? 0 : c;
            budget += budgetCents[i];
            adCost += adCostCents[i];
        }
        totalBudgetCents = budget;
        totalAdCostCents = adCost;
    }

    int size() {
        return rows.length;
    }

    ProgramRow row(int position) {
        return rows[position];
    }

    long budgetCents(int position) {
        return budgetCents[position];
    }

    long adCostCents(int position) {
        return adCostCents[position];
    }

    long totalBudgetCents() {
        return totalBudgetCents;
    }

    long totalAdCostCents() {
        return totalAdCostCents;
    }

    /** The position of this program's row; -1 when it is not one of these rows. */
    int position(String programId) {
        if (programId == null) {
            return -1;
        }
        if (positions == null) {
            Map<String, Integer> map = new HashMap<>(rows.length * 2);
            for (int i = rows.length - 1; i >= 0; i--) {
                map.put(rows[i].programId(), i);
            }
            positions = map;
        }
        Integer p = positions.get(programId);
        return p == null ? -1 : p;
    }

    /** The rows at these positions, in that order. */
    List<ProgramRow> rowsAt(int[] positions) {
        List<ProgramRow> list = new ArrayList<>(positions.length);
        for (int p : positions) {
            list.add(rows[p]);
        }
        return list;
    }

    /** Positions in load order. */
    int[] loadOrder() {
        int[] order = new int[rows.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        return order;
    }

    /** Positions in the order of these keys, first key first; ties keep load order. */
    int[] order(List<ColumnSort> keys) {
        int[] order = loadOrder();
        int[] next = new int[rows.length];
        for (int k = keys.size() - 1; k >= 0; k--) {
            ColumnSort key = keys.get(k);
            countingSort(order, next, ranks(key.column()), distinct[key.column().ordinal()], key.descending());
            int[] t = order;
            order = next;
            next = t;
        }
        return order;
    }

    /** Positions in the order of any comparator (a stable sort); null: load order. */
    int[] order(Comparator<? super ProgramRow> comparator) {
        if (comparator == null) {
            return loadOrder();
        }
        Integer[] boxed = new Integer[rows.length];
        for (int i = 0; i < boxed.length; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (a, b) -> comparator.compare(rows[a], rows[b]));
        int[] order = new int[boxed.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = boxed[i];
        }
        return order;
    }

    /** Stable: {@code from} into {@code to} by rank, ascending or descending. */
    private static void countingSort(int[] from, int[] to, int[] rank, int distinct, boolean descending) {
        int[] start = new int[distinct + 1];
        for (int p : from) {
            start[(descending ? distinct - 1 - rank[p] : rank[p]) + 1]++;
        }
        for (int r = 0; r < distinct; r++) {
            start[r + 1] += start[r];
        }
        for (int p : from) {
            to[start[descending ? distinct - 1 - rank[p] : rank[p]]++] = p;
        }
    }

    /** Each row's rank in this column (0 = smallest, nulls first), computed once. */
    int[] ranks(ProgramColumn column) {
        int c = column.ordinal();
        if (ranks[c] == null) {
            Comparable<?>[] keys = new Comparable<?>[rows.length];
            boolean numeric = true;
            for (int i = 0; i < rows.length; i++) {
                keys[i] = column.sortKey(rows[i]);
                numeric &= keys[i] == null || keys[i] instanceof Long || keys[i] instanceof Integer;
            }
            int[] rank = new int[rows.length];
            distinct[c] = numeric ? rankNumbers(keys, rank) : rankAny(keys, rank);
            ranks[c] = rank;
        }
        return ranks[c];
    }

    /** Whole-number keys: a primitive sort of the values, then a binary search per row. */
    private static int rankNumbers(Comparable<?>[] keys, int[] rank) {
        long[] values = new long[keys.length];
        int n = 0;
        boolean nulls = false;
        for (Comparable<?> k : keys) {
            if (k == null) {
                nulls = true;
            } else {
                values[n++] = ((Number) k).longValue();
            }
        }
        Arrays.sort(values, 0, n);
        int unique = 0;
        for (int i = 0; i < n; i++) {
            if (unique == 0 || values[i] != values[unique - 1]) {
                values[unique++] = values[i];
            }
        }
        int offset = nulls ? 1 : 0;
        for (int i = 0; i < keys.length; i++) {
            rank[i] = keys[i] == null ? 0 : Arrays.binarySearch(values, 0, unique, ((Number) keys[i]).longValue()) + offset;
        }
        return unique + offset;
    }

    /** Any other keys: the distinct ones (in first-seen order, often already sorted) sorted, then ranked. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int rankAny(Comparable<?>[] keys, int[] rank) {
        Map<Object, Integer> slots = new HashMap<>();
        List<Comparable> values = new ArrayList<>();
        int[] slotOf = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            Comparable<?> k = keys[i];
            Integer slot = slots.get(k);
            if (slot == null) {
                slot = values.size();
                slots.put(k, slot);
                values.add(k);
            }
            slotOf[i] = slot;
        }
        Integer[] bySlot = new Integer[values.size()];
        for (int s = 0; s < bySlot.length; s++) {
            bySlot[s] = s;
        }
        Comparator<Comparable> order = ProgramColumn.NULLS_FIRST;
        Arrays.sort(bySlot, (a, b) -> order.compare(values.get(a), values.get(b)));
        int[] slotRank = new int[bySlot.length];
        int r = -1;
        for (int i = 0; i < bySlot.length; i++) {
            if (i == 0 || order.compare(values.get(bySlot[i - 1]), values.get(bySlot[i])) != 0) {
                r++;
            }
            slotRank[bySlot[i]] = r;
        }
        for (int i = 0; i < keys.length; i++) {
            rank[i] = slotRank[slotOf[i]];
        }
        return r + 1;
    }

    /** Whether {@link #candidates(String)} can answer (the character index is in place). */
    boolean searchable() {
        return search != null;
    }

    /** Builds the character index; reads only the rows, so it may run on a worker. */
    SearchIndex buildSearch() {
        return new SearchIndex(rows);
    }

    /** Puts in place an index {@link #buildSearch()} made. */
    void useSearch(SearchIndex index) {
        search = index;
    }

    /**
     * The positions whose search key may contain {@code text}: each of its characters, and each pair
     * of adjacent ones, occurs in the key; null when the text is empty (every row). Only once
     * {@link #searchable()}.
     */
    BitSet candidates(String text) {
        return text.isEmpty() ? null : search.candidates(text);
    }

    /** Whether {@link #candidates(String)} holds exactly the rows containing {@code text}, no more. */
    boolean exact(String text) {
        return search.exact(text);
    }

    /**
     * For each character and each pair of adjacent characters of the search keys, the rows whose key
     * holds it: a pair common to many rows as a bit set, a rarer one as a list of positions (at
     * 100,000 rows about 17 MB, against 110 MB if every pair were a bit set). One or two letters
     * typed then find their rows exactly; a longer text tests only the rows holding all its pairs.
     */
    static final class SearchIndex {
        /** Characters are numbered 0..254 as first seen; any further one shares {@link #OTHER}. */
        private static final int OTHER = 255;
        private static final int CODES = 256;
        private final int rowCount;
        private final int[] asciiCode = new int[128];
        private final Map<Character, Integer> codes = new HashMap<>();
        private final BitSet[] byChar = new BitSet[CODES];
        private final BitSet[] densePairs = new BitSet[CODES * CODES];
        private final int[][] sparsePairs = new int[CODES * CODES][];

        SearchIndex(ProgramRow[] rows) {
            rowCount = rows.length;
            Arrays.fill(asciiCode, -1);
            int[] pairCount = new int[CODES * CODES];
            int[] seenPair = new int[CODES * CODES];
            int[] seenChar = new int[CODES];
            Arrays.fill(seenPair, -1);
            Arrays.fill(seenChar, -1);
            for (int i = 0; i < rows.length; i++) {
                String key = rows[i].searchKey();
                int previous = -1;
                for (int j = 0, n = key.length(); j < n; j++) {
                    char ch = key.charAt(j);
                    if (ch == '\n') { // between the values: never typed into the search box
                        previous = -1;
                        continue;
                    }
                    int c = assign(ch);
                    if (seenChar[c] != i) {
                        seenChar[c] = i;
                        BitSet bits = byChar[c];
                        if (bits == null) {
                            bits = byChar[c] = new BitSet(rows.length);
                        }
                        bits.set(i);
                    }
                    if (previous >= 0) {
                        int pair = previous * CODES + c;
                        if (seenPair[pair] != i) {
                            seenPair[pair] = i;
                            pairCount[pair]++;
                        }
                    }
                    previous = c;
                }
            }
            int dense = Math.max(1, rows.length / 32); // from here on a bit set takes less room than a list
            int[] filled = new int[CODES * CODES];
            for (int pair = 0; pair < pairCount.length; pair++) {
                if (pairCount[pair] >= dense) {
                    densePairs[pair] = new BitSet(rows.length);
                } else if (pairCount[pair] > 0) {
                    sparsePairs[pair] = new int[pairCount[pair]];
                }
            }
            Arrays.fill(seenPair, -1);
            for (int i = 0; i < rows.length; i++) {
                String key = rows[i].searchKey();
                int previous = -1;
                for (int j = 0, n = key.length(); j < n; j++) {
                    char ch = key.charAt(j);
                    if (ch == '\n') { // between the values: never typed into the search box
                        previous = -1;
                        continue;
                    }
                    int c = assign(ch);
                    int pair = previous * CODES + c;
                    previous = c;
                    if (pair < 0) {
                        continue;
                    }
                    if (seenPair[pair] != i) {
                        seenPair[pair] = i;
                        if (densePairs[pair] != null) {
                            densePairs[pair].set(i);
                        } else {
                            sparsePairs[pair][filled[pair]++] = i;
                        }
                    }
                }
            }
        }

        private int assign(char ch) {
            if (ch < 128 && asciiCode[ch] >= 0) {
                return asciiCode[ch];
            }
            Integer known = codes.get(ch);
            if (known != null) {
                return known;
            }
            int next = Math.min(codes.size(), OTHER);
            if (next < OTHER) {
                codes.put(ch, next);
                if (ch < 128) {
                    asciiCode[ch] = next;
                }
            }
            return next;
        }

        /** The character's number; -1 when no key holds it. */
        private int code(char ch) {
            if (ch < 128) {
                return asciiCode[ch];
            }
            Integer known = codes.get(ch);
            return known != null ? known : codes.size() >= OTHER && byChar[OTHER] != null ? OTHER : -1;
        }

        boolean exact(String text) {
            if (text.length() > 2 || text.indexOf('\n') >= 0) {
                return false;
            }
            for (int j = 0; j < text.length(); j++) {
                if (code(text.charAt(j)) == OTHER) {
                    return false;
                }
            }
            return true;
        }

        BitSet candidates(String text) {
            if (text.indexOf('\n') >= 0) { // not indexed: every row is a candidate
                BitSet all = new BitSet(rowCount);
                all.set(0, rowCount);
                return all;
            }
            int[] textCodes = new int[text.length()];
            for (int j = 0; j < textCodes.length; j++) {
                textCodes[j] = code(text.charAt(j));
                if (textCodes[j] < 0) {
                    return new BitSet();
                }
            }
            if (textCodes.length == 1) {
                return (BitSet) byChar[textCodes[0]].clone();
            }
            // The rarest pair first, so the set is small from the start.
            int rarest = -1;
            int fewest = Integer.MAX_VALUE;
            for (int j = 1; j < textCodes.length; j++) {
                int pair = textCodes[j - 1] * CODES + textCodes[j];
                int size = sparsePairs[pair] != null ? sparsePairs[pair].length : densePairs[pair] != null ? rowCount : 0;
                if (size == 0) {
                    return new BitSet();
                }
                if (size < fewest) {
                    fewest = size;
                    rarest = pair;
                }
            }
            BitSet result = rowsOf(rarest);
            for (int j = 1; j < textCodes.length && !result.isEmpty(); j++) {
                int pair = textCodes[j - 1] * CODES + textCodes[j];
                if (pair == rarest) {
                    continue;
                }
                if (densePairs[pair] != null) {
                    result.and(densePairs[pair]);
                } else {
                    result.and(rowsOf(pair));
                }
            }
            return result;
        }

        private BitSet rowsOf(int pair) {
            if (densePairs[pair] != null) {
                return (BitSet) densePairs[pair].clone();
            }
            BitSet bits = new BitSet(rowCount);
            for (int p : sparsePairs[pair]) {
                bits.set(p);
            }
            return bits;
        }
    }
}
