package io.slaudit.samples;

import io.slaudit.calendar.BusinessClock;
import io.slaudit.calendar.PublicHolidays;
import io.slaudit.policy.Channel;
import io.slaudit.policy.Metric;
import io.slaudit.policy.Policy;
import io.slaudit.policy.Priority;
import io.slaudit.policy.Region;
import io.slaudit.policy.Target;
import io.slaudit.policy.TargetTime;
import io.slaudit.policy.Tier;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a realistic, reproducible ticket export for a contract: requests arrive mostly in office
 * hours, most are answered in time, some late, some still open; a few tickets pause or change
 * priority (in a separate events file); some come through channels the contract does not cover;
 * and a few rows are bad, as in real exports. The same seed gives the same file.
 */
public final class SampleExport {

    /** Which export to imitate, and how much. */
    public record Spec(ExportDialect dialect, int tickets, long seed, LocalDate from, LocalDate to) {
        public Spec {
            Objects.requireNonNull(dialect, "dialect");
            if (tickets < 0) {
                throw new IllegalArgumentException("the number of tickets cannot be negative");
            }
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("the period ends before it starts");
            }
        }
    }

    private static final String[] SUBJECTS = {
        "Login schlägt fehl", "Export nach Word bricht ab", "Kommentare werden nicht gespeichert",
        "Frage zur Rechteverwaltung", "Performance beim Öffnen großer Dokumente", "Änderungsmodus zeigt falsche Farben",
        "Cannot invite external reviewers", "PDF export misses footnotes", "SSO: Fehler 500 nach Passwortwechsel",
        "Bitte um Rückruf", "Lizenz für neue Kollegin", "Dokument lässt sich nicht freigeben",
        "Spracheinstellung springt auf Englisch", "API rate limit reached", "Vorlagen fehlen nach Update",
        "Tabelle verliert Formatierung", "Benachrichtigungen kommen doppelt", "Datenverlust nach Synchronisation?",
        "Zugang für Müller & Söhne", "Übersetzung „Freigabe“ falsch",
    };
    private static final String[] AWKWARD_SUBJECTS = {
        "Fehler, \"dringend\": Export, Import", "Zeile eins\nZeile zwei des Betreffs", "<script>alert(1)</script>",
        "=HYPERLINK(\"http://example.invalid\",\"klick\")", "+49 30 1234567 ruft zurück", "@support bitte prüfen",
        "Ticket mit Umlauten äöü ÄÖÜ ß und €",
    };
    private static final String[] NAMES = {
        "Anna Schmidt",
        "Jonas Weber",
        "Lea Fischer",
        "Mehmet Yılmaz",
        "Sofia Rossi",
        "Lukas Becker",
        "Marie Dubois",
        "Paul Wagner"
    };

    private final Policy policy;
    private final Spec spec;
    private final Random random;
    private final BusinessClock office;
    private final ZoneId zone;
    private final List<Priority> priorities;

    public SampleExport(Policy policy, Spec spec) {
        this.policy = policy;
        this.spec = spec;
        this.random = new Random(spec.seed());
        this.office = BusinessClock.of(policy.defaultBusinessCalendar(), PublicHolidays.library());
        this.zone = office.zone();
        this.priorities = List.copyOf(policy.priorities().values());
    }

    /** Writes the tickets as the dialect's CSV and, when {@code events} is given, their state and priority changes. */
    public void write(Writer tickets, Optional<Writer> events) {
        try {
            generate(new ExportWriter.Csv(tickets, spec.dialect()), events);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the tickets as an xlsx workbook: the dialect's rows on one sheet, times as date cells
     * (Zammad's as the text its report sheet holds), numbers as numbers.
     */
    public void writeWorkbook(OutputStream tickets, Optional<Writer> events) {
        try {
            generate(new ExportWriter.Xlsx(tickets), events);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void generate(ExportWriter out, Optional<Writer> events) throws IOException {
        ExportDialect d = spec.dialect();
        ZoneId written = d.timeZone(zone);
        for (List<Object> above : d.above(written)) {
            out.row(above);
        }
        out.row(new ArrayList<>(d.header()));
        CSVPrinter ev = null;
        if (events.isPresent()) {
            ev = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get().print(events.get());
            ev.printRecord("id", "at", "state", "priority");
        }
        long from = spec.from().atStartOfDay(zone).toEpochSecond();
        long to = spec.to().plusDays(1).atStartOfDay(zone).toEpochSecond();
        long openInPeriod = office.elapsedSeconds(from, to);
        List<String> ids = new ArrayList<>();
        int bad = spec.tickets() >= 50 ? Math.max(3, spec.tickets() / 150) : 0;
        List<Integer> badRows = new ArrayList<>();
        for (int i = 0; i < bad; i++) {
            badRows.add(1 + random.nextInt(Math.max(1, spec.tickets() - 1)));
        }
        for (int n = 0; n < spec.tickets(); n++) {
            String id = d.id(n, random);
            long created = random.nextDouble() < 0.78 && openInPeriod > 0
                    ? office.deadlineSecond(from, (long) (random.nextDouble() * openInPeriod))
                    : from + (long) (random.nextDouble() * (to - from));
            created = Math.min(created, to - 60);
            Priority priority = pickPriority();
            Optional<Tier> tier = pickTier();
            Optional<Channel> channel = pickChannel();
            Optional<Region> region = pickRegion();
            Target target = firstResponseTarget(priority, tier, channel);
            long firstResponse = Long.MIN_VALUE;
            long resolved = Long.MIN_VALUE;
            double roll = random.nextDouble();
            long businessTarget = target == null ? 8 * 3600 : businessSeconds(target, created);
            // Only tickets from the last days of the period are still waiting; older ones were
            // answered, mostly in time.
            boolean recent = to - created < 5L * 86_400;
            if (roll < 0.82) {
                firstResponse = respond(created, businessTarget, 0.05 + 0.85 * random.nextDouble());
            } else if (roll < 0.95 || !recent) {
                firstResponse = respond(created, businessTarget, 1.05 + 2.5 * random.nextDouble());
            }
            if (firstResponse != Long.MIN_VALUE && random.nextDouble() < 0.72) {
                resolved = office.deadlineSecond(firstResponse, (long) ((0.5 + random.nextDouble() * 30) * 3600));
            }
            String subject = random.nextDouble() < 0.04
                    ? AWKWARD_SUBJECTS[random.nextInt(AWKWARD_SUBJECTS.length)]
                    : SUBJECTS[random.nextInt(SUBJECTS.length)];
            String priorityText = priorityName(priority);
            ExportDialect.Stamp createdAt = d.stamp(created, written);
            ExportDialect.Stamp responseAt = d.stamp(firstResponse, written);
            if (badRows.contains(n)) {
                switch (random.nextInt(5)) {
                    case 0 -> createdAt = createdAt.damage("31.02.2025 25:00");
                    case 1 -> priorityText = "P9";
                    case 2 -> id = ids.isEmpty() ? id : ids.get(random.nextInt(ids.size()));
                    case 3 -> {
                        firstResponse = created - 3600;
                        responseAt = d.stamp(firstResponse, written);
                    }
                    default -> createdAt = createdAt.damage("");
                }
            }
            ids.add(id);
            Ticket t = new Ticket(
                    id,
                    createdAt,
                    priorityText,
                    channel.map(this::channelName).orElse(""),
                    region.map(this::regionName).orElse(""),
                    tier.map(this::tierName).orElse(""),
                    responseAt,
                    d.stamp(resolved, written),
                    subject,
                    NAMES[random.nextInt(NAMES.length)]);
            out.row(d.row(t));
            if (ev != null) {
                events(ev, id, created, priority);
            }
        }
        for (List<Object> below : d.below(written)) {
            out.row(below);
        }
        out.finish();
        if (ev != null) {
            ev.flush();
        }
    }

    /** One ticket as the generator sees it: its times as the export writes them, its texts. */
    record Ticket(
            String id,
            ExportDialect.Stamp created,
            String priority,
            String channel,
            String region,
            String tier,
            ExportDialect.Stamp firstResponse,
            ExportDialect.Stamp resolved,
            String subject,
            String requester) {}

    private void events(CSVPrinter ev, String id, long created, Priority priority) throws IOException {
        String pause = policy.pauseOn().isEmpty() ? "pending" : policy.pauseOn().get(0);
        DateTimeFormatter iso = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);
        if (random.nextDouble() < 0.12) {
            long start = created + 600 + random.nextInt(4 * 3600);
            long end = start + 1800 + random.nextInt(20 * 3600);
            ev.printRecord(id, iso.format(Instant.ofEpochSecond(start).atZone(zone)), pause, "");
            ev.printRecord(id, iso.format(Instant.ofEpochSecond(end).atZone(zone)), "open", "");
        }
        int index = priorities.indexOf(priority);
        if (index > 0 && random.nextDouble() < 0.04) {
            long at = created + 300 + random.nextInt(2 * 3600);
            ev.printRecord(
                    id,
                    iso.format(Instant.ofEpochSecond(at).atZone(zone)),
                    "",
                    priorities.get(index - 1).label());
        }
    }

    private long respond(long created, long businessTarget, double fraction) {
        return office.deadlineSecond(created, Math.max(60, (long) (businessTarget * fraction)));
    }

    private long businessSeconds(Target target, long created) {
        if (target.within().isEmpty()) {
            return 8 * 3600;
        }
        TargetTime time = target.within().get();
        if (time.isBusinessDays()) {
            return time.amount().multiply(BigDecimal.valueOf(8 * 3600)).longValue();
        }
        if (time.business()) {
            return time.duration().getSeconds();
        }
        // clock time: how much business time lies in that much clock time from the request
        long end = created + time.duration().getSeconds();
        return Math.max(1800, office.elapsedSeconds(created, end));
    }

    private Target firstResponseTarget(Priority priority, Optional<Tier> tier, Optional<Channel> channel) {
        Target best = null;
        for (Target t : policy.targetsUnder(policy.defaultReading())) {
            if (t.metric() == Metric.FIRST_RESPONSE
                    && t.priorities().matches(priority.key())
                    && (t.tiers().isEmpty()
                            || tier.map(x -> t.tiers().contains(x.key())).orElse(false))
                    && (t.channels().isEmpty()
                            || channel.map(x -> t.channels().contains(x.key())).orElse(false))
                    && (best == null || t.specificity() > best.specificity())) {
                best = t;
            }
        }
        return best;
    }

    private Priority pickPriority() {
        if (priorities.size() == 1) {
            return priorities.get(0);
        }
        double[] weights = {0.10, 0.25, 0.45, 0.20, 0.10, 0.05};
        double total = 0;
        for (int i = 0; i < priorities.size(); i++) {
            total += weights[Math.min(i, weights.length - 1)];
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < priorities.size(); i++) {
            r -= weights[Math.min(i, weights.length - 1)];
            if (r <= 0) {
                return priorities.get(i);
            }
        }
        return priorities.get(priorities.size() - 1);
    }

    private String priorityName(Priority p) {
        List<String> aliases =
                p.aliases().stream().filter(a -> !a.equals(Priority.CATCH_ALL)).toList();
        if (p.catchesAll()) {
            String[] usual = {"Normal", "High", "Low", "Urgent"};
            return usual[random.nextInt(usual.length)];
        }
        if (!aliases.isEmpty() && random.nextDouble() < 0.3) {
            return aliases.get(random.nextInt(aliases.size()));
        }
        return p.label();
    }

    private Optional<Tier> pickTier() {
        List<Tier> tiers = List.copyOf(policy.commercial().tiers().values());
        if (tiers.isEmpty()) {
            return Optional.empty();
        }
        double r = random.nextDouble();
        if (r < 0.5) {
            return Optional.of(policy.commercial().defaultTier().orElse(tiers.get(0)));
        }
        return Optional.of(tiers.get(random.nextInt(tiers.size())));
    }

    private Optional<Channel> pickChannel() {
        List<Channel> all = List.copyOf(policy.channels().values());
        if (all.isEmpty()) {
            return Optional.empty();
        }
        List<Channel> covered = all.stream().filter(Channel::covered).toList();
        List<Channel> uncovered = all.stream().filter(c -> !c.covered()).toList();
        double r = random.nextDouble();
        if (r < 0.06 && !uncovered.isEmpty()) {
            return Optional.of(uncovered.get(random.nextInt(uncovered.size())));
        }
        if (covered.isEmpty()) {
            return Optional.of(all.get(random.nextInt(all.size())));
        }
        return Optional.of(covered.get(random.nextInt(covered.size())));
    }

    private Optional<Region> pickRegion() {
        List<Region> regions = List.copyOf(policy.regions().values());
        return regions.isEmpty() ? Optional.empty() : Optional.of(regions.get(random.nextInt(regions.size())));
    }

    private String channelName(Channel c) {
        // the catch-all alias '*' is no name a ticket uses
        List<String> aliases =
                c.aliases().stream().filter(a -> !a.equals(Priority.CATCH_ALL)).toList();
        return aliases.isEmpty() || random.nextBoolean() ? c.key() : aliases.get(random.nextInt(aliases.size()));
    }

    private String regionName(Region r) {
        return r.aliases().isEmpty()
                ? r.key()
                : r.aliases().get(random.nextInt(r.aliases().size()));
    }

    private String tierName(Tier t) {
        return random.nextBoolean() ? t.label() : t.key();
    }
}
