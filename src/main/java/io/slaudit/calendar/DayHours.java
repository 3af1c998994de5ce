package io.slaudit.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The open windows of one day, in order. Windows may touch ({@code 09:00-12:00} and {@code
 * 12:00-13:00}) but must not overlap. No windows means the day is closed.
 *
 * <p>Immutable value; validated at construction.
 */
public record DayHours(List<OpenWindow> windows) {

    public static final DayHours CLOSED = new DayHours(List.of());

    public DayHours {
        List<OpenWindow> sorted = new ArrayList<>(windows);
        sorted.sort(null);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new IllegalArgumentException(
                        "windows " + sorted.get(i - 1) + " and " + sorted.get(i) + " overlap");
            }
        }
        windows = List.copyOf(sorted);
    }

    public static DayHours of(OpenWindow... windows) {
        return new DayHours(List.of(windows));
    }

    /** Parses {@code "closed"} or comma-free window texts, each {@code HH:MM-HH:MM}. */
    public static DayHours parse(List<String> texts) {
        if (texts.size() == 1 && texts.get(0).trim().equalsIgnoreCase("closed")) {
            return CLOSED;
        }
        List<OpenWindow> parsed = new ArrayList<>();
        for (String text : texts) {
            parsed.add(OpenWindow.parse(text));
        }
        return new DayHours(parsed);
    }

    public boolean isClosed() {
        return windows.isEmpty();
    }

    /** Wall-clock open seconds; the real time differs on days with a DST change. */
    public long wallClockSeconds() {
        long sum = 0;
        for (OpenWindow w : windows) {
            sum += w.seconds();
        }
        return sum;
    }

    /** True if the wall-clock second of the day lies in a window. */
    public boolean contains(int secondOfDay) {
        for (OpenWindow w : windows) {
            if (secondOfDay >= w.startSecond() && secondOfDay < w.endSecond()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return isClosed()
                ? "closed"
                : windows.stream().map(OpenWindow::toString).collect(Collectors.joining(", "));
    }
}
