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
     * The positions whose search key may contain {@code text}: every one of its characters occurs in
     * the key. Exact for a single character; null when the text is empty (every row). Only once
     * {@link #searchable()}.
     */
    BitSet candidates(String text) {
        return text.isEmpty() ? null : search.candidates(text);
    }

    /** For each character of the search keys, the rows whose key holds it. */
    static final class SearchIndex {
        private final Map<Character, BitSet> byChar = new HashMap<>();
        private final BitSet[] ascii = new BitSet[128];

        SearchIndex(ProgramRow[] rows) {
            int[] seenAscii = new int[128];
            Arrays.fill(seenAscii, -1);
            for (int i = 0; i < rows.length; i++) {
                String key = rows[i].searchKey();
                for (int j = 0, n = key.length(); j < n; j++) {
                    char ch = key.charAt(j);
                    if (ch < 128) {
                        if (seenAscii[ch] != i) {
                            seenAscii[ch] = i;
                            BitSet bits = ascii[ch];
                            if (bits == null) {
                                bits = ascii[ch] = new BitSet(rows.length);
                            }
                            bits.set(i);
                        }
                    } else {
                        byChar.computeIfAbsent(ch, x -> new BitSet(rows.length)).set(i);
                    }
                }
            }
        }

        BitSet candidates(String text) {
            BitSet result = null;
            for (int j = 0, n = text.length(); j < n; j++) {
                char ch = text.charAt(j);
                BitSet bits = ch < 128 ? ascii[ch] : byChar.get(ch);
                if (bits == null) {
                    return new BitSet();
                }
                if (result == null) {
                    result = (BitSet) bits.clone();
                } else {
                    result.and(bits);
                }
            }
            return result;
        }
    }
}
