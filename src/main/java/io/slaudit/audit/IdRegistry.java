package io.slaudit.audit;

/**
 * Remembers the ticket ids seen so far, and the line each was first seen on, in 16 bytes an id
 * (a 64-bit fingerprint and the line) rather than the ids themselves, so that a million-row export
 * fits in a small heap. Two different ids share a fingerprint with a probability of about
 * 10^-8 in a million rows; such a pair would be reported as a duplicate with both lines named.
 */
final class IdRegistry {

    /** Interleaved [fingerprint, line] pairs; a fingerprint of 0 marks an empty slot. */
    private long[] slots;

    private int size;

    /** Sized for about {@code expected} ids, so that a large export does not rehash as it goes. */
    IdRegistry(long expected) {
        long slotsWanted = Long.highestOneBit(Math.max(1 << 16, Math.min(1L << 25, expected * 2)) - 1) << 1;
        slots = new long[(int) slotsWanted * 2];
    }

    /**
     * The line an id was first seen on, or -1 after recording it now; the id is given by its
     * {@link #fingerprint}, worked out on the reading thread.
     */
    long putIfAbsent(long h, long line) {
        if (size * 4 >= slots.length) {
            grow();
        }
        int mask = (slots.length >> 1) - 1;
        int i = (int) (h & mask);
        while (slots[2 * i] != 0) {
            if (slots[2 * i] == h) {
                return slots[2 * i + 1];
            }
            i = (i + 1) & mask;
        }
        slots[2 * i] = h;
        slots[2 * i + 1] = line;
        size++;
        return -1;
    }

    boolean contains(String id) {
        long h = fingerprint(id);
        int mask = (slots.length >> 1) - 1;
        int i = (int) (h & mask);
        while (slots[2 * i] != 0) {
            if (slots[2 * i] == h) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = (slots.length >> 1) - 1;
        for (int j = 0; j < old.length; j += 2) {
            if (old[j] != 0) {
                int i = (int) (old[j] & mask);
                while (slots[2 * i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[2 * i] = old[j];
                slots[2 * i + 1] = old[j + 1];
            }
        }
    }

    /** FNV-1a over the UTF-16 code units, finished with a 64-bit mixer. */
    static long fingerprint(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        long f = mix(h ^ id.length());
        return f == 0 ? 1 : f;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
