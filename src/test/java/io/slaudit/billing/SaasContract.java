package io.slaudit.billing;

import io.slaudit.calendar.PublicHolidays;
import io.slaudit.policy.Policy;
import io.slaudit.policy.PolicyReader;
import io.slaudit.policy.ReadingChoice;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The support-level contract (seed 001) and calls on it, written as local Berlin times. */
final class SaasContract {

    static final Policy POLICY = PolicyReader.read(Path.of("contracts/saas-support-levels.yaml"));
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private SaasContract() {}

    static Tariff tariff(String reading) {
        ReadingChoice r = reading.isEmpty() ? POLICY.defaultReading() : POLICY.reading(reading, false);
        return new Tariff(POLICY, POLICY.pricingUnder(r), PublicHolidays.library());
    }

    /** Epoch second of a local Berlin time, {@code 2026-10-05T08:00}; with an offset, that instant. */
    static long at(String text) {
        if (text.length() > 19 && (text.contains("+") || text.endsWith("Z"))) {
            return OffsetDateTime.parse(text).toEpochSecond();
        }
        return LocalDateTime.parse(text).atZone(BERLIN).toEpochSecond();
    }

    /** Calls built one by one, rows numbered from 2 as in a file with a header. */
    static final class Calls {
        final List<Call> list = new ArrayList<>();

        Calls support(String start, int minutes) {
            return add(PhoneLine.SUPPORT, at(start), minutes * 60L);
        }

        Calls hotline(String start, int minutes) {
            return add(PhoneLine.HOTLINE, at(start), minutes * 60L);
        }

        Calls add(PhoneLine line, long start, long seconds) {
            list.add(new Call(list.size() + 2, start, start + seconds, line, Optional.empty(), Optional.empty()));
            return this;
        }
    }
}
