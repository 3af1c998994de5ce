package io.slaudit.cli;

import io.slaudit.calendar.PublicHolidays;
import io.slaudit.policy.Policy;
import io.slaudit.policy.SuppliedValues;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --set KEY=VALUE} and {@code --assume FILE}: values for what a contract leaves open (its
 * support hours "as published on the website", response times "in the terms and conditions"),
 * for the commands that judge tickets by them.
 */
final class SuppliedOptions {

    @Option(
            names = "--set",
            paramLabel = "KEY=VALUE",
            description = "A value for what the contract leaves open: calendar.NAME=FILE (a calendar file) or"
                    + " target.PRIORITY.METRIC=\"4 business hours\" (PRIORITY a priority key or any). Repeatable;"
                    + " the report records each value, the option and its SHA-256.")
    List<String> set = new ArrayList<>();

    @Option(
            names = "--assume",
            paramLabel = "FILE",
            description = "An overlay YAML file mapping the keys of --set to values (a calendar inline or as a"
                    + " file, a target time as text). Repeatable; later values win.")
    List<Path> assume = new ArrayList<>();

    /** The values given, --assume files first, so that a --set on the command line wins. */
    SuppliedValues values() {
        List<SuppliedValues.Given> given = new ArrayList<>();
        PublicHolidays holidays = PublicHolidays.library();
        for (Path file : assume) {
            given.addAll(SuppliedValues.assume(file, holidays));
        }
        for (String s : set) {
            try {
                given.add(SuppliedValues.set(s, holidays));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--set: " + e.getMessage());
            }
        }
        return SuppliedValues.of(given);
    }

    /**
     * The policies with the values given, refused when a value fills nothing or when one of them
     * still leaves open what {@code use} needs.
     */
    List<Policy> apply(List<Policy> policies, String use) {
        return apply(policies, use, Need.ALL);
    }

    /** What a command needs of what a contract leaves open. */
    enum Need {
        /** Every calendar and target time: judging tickets. */
        ALL,
        /** The calendars (prices by the hour); open target times stay without a time. */
        CALENDARS,
        /** Calendars where the encoding has a placeholder may show it, as the assumption it is. */
        PLACEHOLDERS
    }

    List<Policy> apply(List<Policy> policies, String use, Need need) {
        SuppliedValues values = values();
        List<String> unused = values.unused(policies);
        if (!unused.isEmpty()) {
            throw new UsageException(
                    (values.given().stream().anyMatch(g -> g.by().word().equals("--set"))
                                    ? "--set/--assume: "
                                    : "--assume: ")
                            + String.join("; ", unused));
        }
        List<Policy> out = new ArrayList<>();
        for (Policy p : policies) {
            Policy filled = values.applyTo(p);
            if (need == Need.PLACEHOLDERS) {
                filled = SuppliedValues.withPlaceholders(filled);
            }
            filled.requireStated(use, true, need == Need.ALL);
            out.add(filled);
        }
        return out;
    }

    /** Every file the options read: no output may be one of them. */
    List<Path> files() {
        List<Path> out = new ArrayList<>(assume);
        for (String s : set) {
            int eq = s.indexOf('=');
            if (eq > 0 && s.startsWith("calendar.")) {
                out.add(Path.of(s.substring(eq + 1).trim()));
            }
        }
        return out;
    }
}
