package io.slaudit.calendar;

/**
 * Civil dates as epoch days and back, by arithmetic (H. Hinnant's days_from_civil and
 * civil_from_days, proleptic Gregorian), for code that converts once per ticket and must not
 * allocate.
 */
public final class EpochDays {

    private EpochDays() {}

    /** The epoch day of a date, or {@code Long.MIN_VALUE} when the date does not exist. */
    public static long of(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
            return Long.MIN_VALUE;
        }
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long mp = month > 2 ? month - 3 : month + 9;
        long doy = (153 * mp + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }

    /** The year of an epoch day. */
    public static int year(long epochDay) {
        return (int) (yearMonth(epochDay) / 12);
    }

    /** {@code year * 12 + month - 1} of an epoch day: a month index that sorts in time. */
    public static long yearMonth(long epochDay) {
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long month = mp < 10 ? mp + 3 : mp - 9;
        long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        return year * 12 + month - 1;
    }

    static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }
}
