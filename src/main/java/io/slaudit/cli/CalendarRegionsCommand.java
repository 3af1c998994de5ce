package io.slaudit.cli;

import io.slaudit.calendar.HolidayRegion;
import io.slaudit.calendar.PublicHolidays;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code slaudit calendar regions}: which holiday regions exist, so a calendar can name one. */
@Command(
        name = "regions",
        mixinStandardHelpOptions = true,
        description = "Lists holiday regions: countries without an argument, the regions of a country (DE), or the"
                + " sub-regions of a region (DE-BY lists DE-BY/mu for Munich, where 15 August is a holiday).")
final class CalendarRegionsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "REGION", description = "A country or region code.")
    String region;

    @Option(names = "--lang", paramLabel = "en|de", description = "Language of region names (default: en).")
    Lang lang = Lang.en;

    @Override
    public Integer call() {
        PublicHolidays holidays = PublicHolidays.library();
        PrintWriter out = spec.commandLine().getOut();
        if (region == null) {
            for (String country : holidays.countries()) {
                out.printf("%-4s %s%n", country, new Locale("", country).getDisplayCountry(lang.locale()));
            }
            return ExitCode.OK.code();
        }
        HolidayRegion parent;
        try {
            parent = HolidayRegion.parse(region);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        holidays.problemWith(parent).ifPresent(p -> {
            throw new UsageException(p);
        });
        List<PublicHolidays.RegionEntry> children = holidays.subRegions(parent, lang.locale());
        if (children.isEmpty()) {
            out.println(parent + " has no sub-regions.");
        }
        for (PublicHolidays.RegionEntry child : children) {
            out.printf(
                    "%-12s %s%s%n", child.region(), child.name(), child.hasSubRegions() ? "  (has sub-regions)" : "");
        }
        return ExitCode.OK.code();
    }
}
