package io.slaudit.audit;

import io.slaudit.input.TableLayout;
import io.slaudit.policy.Policy;
import io.slaudit.tickets.TicketsZone;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an audit judged and how: the contract and its versions, the period, the as-of instant, the
 * reading, the ticket export's profile, and the evidence (tool version, every input's SHA-256).
 */
public record AuditHeader(
        String policyId,
        String vendor,
        Optional<String> product,
        List<String> versions,
        Optional<Period> period,
        long asOf,
        boolean asOfGiven,
        ZoneId zone,
        String reading,
        String profile,
        boolean profileDetected,
        TicketSource ticketSource,
        String toolVersion,
        List<InputFile> inputs,
        List<Policy> policies) {

    public AuditHeader {
        Objects.requireNonNull(policyId, "policyId");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(product, "product");
        versions = List.copyOf(versions);
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(ticketSource, "ticketSource");
        Objects.requireNonNull(toolVersion, "toolVersion");
        inputs = List.copyOf(inputs);
        policies = List.copyOf(policies);
    }

    /**
     * How the ticket export was read: its storage, header row, blank rows and footer, and the zone
     * its local times were read in, with why; {@code zoneUsed} is false when every time carried its
     * own offset, so that the zone decided nothing.
     */
    public record TicketSource(TableLayout layout, TicketsZone zone, boolean zoneUsed) {
        public TicketSource {
            Objects.requireNonNull(layout, "layout");
            Objects.requireNonNull(zone, "zone");
        }

        /** "line" or "sheet row": how the export's rows are named in messages. */
        public String positionWord() {
            return layout.positions().word();
        }
    }

    /**
     * The values given for what the contract's versions leave open ({@code --set}, {@code
     * --assume}), each key once: the contract's placeholders are not among them.
     */
    public List<io.slaudit.policy.FilledValue> supplied() {
        java.util.Map<String, io.slaudit.policy.FilledValue> out = new java.util.LinkedHashMap<>();
        for (Policy p : policies) {
            p.filled().stream()
                    .filter(io.slaudit.policy.FilledValue::supplied)
                    .forEach(f -> out.putIfAbsent(f.key().toString(), f));
        }
        return List.copyOf(out.values());
    }

    /** A priority's label in the contract (what people call it), or the key when no version has it. */
    public String priorityLabel(String priority) {
        return priorityLabel(policies, priority);
    }

    static String priorityLabel(List<Policy> policies, String priority) {
        for (Policy p : policies) {
            io.slaudit.policy.Priority found = p.priorities().get(priority);
            if (found != null) {
                return found.label();
            }
        }
        return priority;
    }
}
