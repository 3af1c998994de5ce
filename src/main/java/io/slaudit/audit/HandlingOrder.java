package io.slaudit.audit;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The order of handling, where a contract says that tickets are handled in order of arrival ("first
 * come, first served"): a ticket is <em>overtaken</em> by every ticket of the same priority that
 * arrived later (strictly) and was first answered earlier (strictly). For each overtaken ticket it
 * counts its overtakers and the longest extra wait they caused: its own answer minus the earliest
 * answer of a later arrival. An open ticket counts as answered at as-of.
 *
 * <p>The tickets are collected as the audit streams them (priority, arrival, answer and the id's
 * bytes: about 30 bytes a ticket), then each priority's tickets are swept from the latest arrival
 * back, with a Fenwick tree over the ranks of the answers counting the later arrivals answered
 * earlier: O(n log n) for n tickets, where comparing every pair would be O(n²).
 */
final class HandlingOrder {

    private final ZoneId zone;
    private final int listed;
    private final Map<String, Integer> priorityIndex = new HashMap<>();
    private final List<String> priorityNames = new ArrayList<>();

    private int size;
    private int[] priority = new int[1024];
    private long[] created = new long[1024];
    private long[] answered = new long[1024];
    private boolean[] open = new boolean[1024];
    /** The ids' UTF-8 bytes one after the other; id i ends at {@code idEnd[i]}. */
    private byte[] idBytes = new byte[16 * 1024];

    private int[] idEnd = new int[1024];

    /**
     * @param zone the zone instants are shown in
     * @param listed how many overtaken tickets the result lists (the longest extra waits); all are counted
     */
    HandlingOrder(ZoneId zone, int listed) {
        this.zone = zone;
        this.listed = listed;
    }

    /** A ticket that takes part: its priority when answered, its arrival and its first answer (or as-of). */
    void add(String priorityKey, long arrival, long answer, boolean stillOpen, String id) {
        if (size == priority.length) {
            int n = Math.max(size + 1, (int) Math.min(Integer.MAX_VALUE - 8, size * 2L));
            priority = Arrays.copyOf(priority, n);
            created = Arrays.copyOf(created, n);
            answered = Arrays.copyOf(answered, n);
            open = Arrays.copyOf(open, n);
            idEnd = Arrays.copyOf(idEnd, n);
        }
        Integer p = priorityIndex.get(priorityKey);
        if (p == null) {
            p = priorityNames.size();
            priorityIndex.put(priorityKey, p);
            priorityNames.add(priorityKey);
        }
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        int start = size == 0 ? 0 : idEnd[size - 1];
        if (start + bytes.length > idBytes.length) {
            long n = Math.max(start + (long) bytes.length, idBytes.length * 2L);
            if (n > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("ticket ids of more than 2 GB for the order of handling");
            }
            idBytes = Arrays.copyOf(idBytes, (int) n);
        }
        System.arraycopy(bytes, 0, idBytes, start, bytes.length);
        priority[size] = p;
        created[size] = arrival;
        answered[size] = answer;
        open[size] = stillOpen;
        idEnd[size] = start + bytes.length;
        size++;
    }

    private String id(int i) {
        int start = i == 0 ? 0 : idEnd[i - 1];
        return new String(idBytes, start, idEnd[i] - start, StandardCharsets.UTF_8);
    }

    /** Sweeps the tickets collected; call once, after the last {@link #add}. */
    AuditSummary.Order result() {
        int[] overtakenBy = new int[size];
        long[] extraWait = new long[size];
        int[] firstBy = new int[size];
        long overtaken = 0;
        for (int[] bucket : byPriorityInArrivalOrder()) {
            overtaken += sweep(bucket, overtakenBy, extraWait, firstBy);
        }
        // the longest extra waits, then the earliest arrivals, kept in a bounded heap: the least first
        Comparator<Integer> order = Comparator.<Integer>comparingLong(i -> extraWait[i])
                .thenComparing(
                        Comparator.<Integer>comparingLong(i -> created[i]).reversed())
                .thenComparing(Comparator.<Integer>comparingInt(i -> i).reversed());
        PriorityQueue<Integer> kept = new PriorityQueue<>(order);
        for (int i = 0; i < size; i++) {
            if (overtakenBy[i] > 0) {
                kept.add(i);
                if (kept.size() > listed) {
                    kept.poll();
                }
            }
        }
        List<Integer> shown = new ArrayList<>(kept);
        shown.sort(order.reversed());
        List<AuditSummary.Overtaken> tickets = new ArrayList<>(shown.size());
        for (int i : shown) {
            int by = firstBy[i];
            tickets.add(new AuditSummary.Overtaken(
                    id(i),
                    priorityNames.get(priority[i]),
                    created[i],
                    answered[i],
                    open[i],
                    overtakenBy[i],
                    id(by),
                    created[by],
                    answered[by],
                    extraWait[i],
                    zone));
        }
        return new AuditSummary.Order(size, overtaken, tickets);
    }

    /** The tickets' indices by priority, each priority's in order of arrival (then of input). */
    private List<int[]> byPriorityInArrivalOrder() {
        int priorities = priorityNames.size();
        int[] counts = new int[priorities];
        for (int i = 0; i < size; i++) {
            counts[priority[i]]++;
        }
        List<int[]> buckets = new ArrayList<>(priorities);
        for (int p = 0; p < priorities; p++) {
            buckets.add(new int[counts[p]]);
        }
        int[] fill = new int[priorities];
        for (int i = 0; i < size; i++) {
            buckets.get(priority[i])[fill[priority[i]]++] = i;
        }
        for (int[] bucket : buckets) {
            sortByArrival(bucket);
        }
        return buckets;
    }

    /**
     * Sorts indices (in input order) by arrival, stably: as one primitive sort of (arrival offset x
     * n + position) where that fits a long, which it does for any real export (centuries of seconds
     * times a billion tickets); boxed otherwise.
     */
    private void sortByArrival(int[] bucket) {
        int n = bucket.length;
        if (n < 2) {
            return;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i : bucket) {
            min = Math.min(min, created[i]);
            max = Math.max(max, created[i]);
        }
        long span = max - min;
        if (span >= 0 && span < Long.MAX_VALUE / n - 1) {
            long[] keys = new long[n];
            for (int k = 0; k < n; k++) {
                keys[k] = (created[bucket[k]] - min) * n + k;
            }
            Arrays.sort(keys);
            int[] sorted = new int[n];
            for (int k = 0; k < n; k++) {
                sorted[k] = bucket[(int) (keys[k] % n)];
            }
            System.arraycopy(sorted, 0, bucket, 0, n);
        } else {
            Integer[] boxed = Arrays.stream(bucket).boxed().toArray(Integer[]::new);
            Arrays.sort(boxed, Comparator.<Integer>comparingLong(i -> created[i]));
            for (int k = 0; k < n; k++) {
                bucket[k] = boxed[k];
            }
        }
    }

    /**
     * One priority's tickets in arrival order, swept from the latest back: before a group of equal
     * arrivals is inserted, every later arrival is in the tree, so the count of answers below a
     * ticket's own is the number that overtook it, and the least answer seen is the earliest of them.
     */
    private int sweep(int[] bucket, int[] overtakenBy, long[] extraWait, int[] firstBy) {
        int n = bucket.length;
        long[] answers = new long[n];
        for (int k = 0; k < n; k++) {
            answers[k] = answered[bucket[k]];
        }
        Arrays.sort(answers);
        int distinct = 0;
        for (int k = 0; k < n; k++) {
            if (k == 0 || answers[k] != answers[k - 1]) {
                answers[distinct++] = answers[k];
            }
        }
        int[] tree = new int[distinct + 1];
        long earliest = Long.MAX_VALUE;
        int earliestBy = -1;
        int overtaken = 0;
        int end = n;
        while (end > 0) {
            int start = end - 1;
            while (start > 0 && created[bucket[start - 1]] == created[bucket[end - 1]]) {
                start--;
            }
            for (int k = start; k < end; k++) {
                int i = bucket[k];
                int rank = Arrays.binarySearch(answers, 0, distinct, answered[i]);
                int earlier = 0;
                for (int r = rank; r > 0; r -= r & -r) {
                    earlier += tree[r];
                }
                if (earlier > 0) {
                    overtakenBy[i] = earlier;
                    extraWait[i] = answered[i] - earliest;
                    firstBy[i] = earliestBy;
                    overtaken++;
                }
            }
            for (int k = start; k < end; k++) {
                int i = bucket[k];
                int rank = Arrays.binarySearch(answers, 0, distinct, answered[i]);
                for (int r = rank + 1; r <= distinct; r += r & -r) {
                    tree[r]++;
                }
                // the earliest answer; of equal answers, the earliest arrival (swept last)
                if (answered[i] < earliest || (answered[i] == earliest && created[i] < created[earliestBy])) {
                    earliest = answered[i];
                    earliestBy = i;
                }
            }
            end = start;
        }
        return overtaken;
    }
}
