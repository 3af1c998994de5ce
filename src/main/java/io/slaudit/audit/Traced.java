package io.slaudit.audit;

import io.slaudit.tickets.Reason;
import io.slaudit.tickets.RejectedRow;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The tickets an audit is asked to show the evidence for ({@code slaudit trace}), and what became
 * of each as the rows passed: traced, rejected, or not audited (created after as-of). An audit
 * without it ({@link #NONE}) asks one empty-set question per row.
 */
final class Traced {

    static final Traced NONE = new Traced(List.of(), Locale.ENGLISH);

    private final Set<String> ids;
    final Locale locale;
    final Map<String, TicketTrace> traces = new HashMap<>();
    /** Rows of the ids that were not judged, with why; a later judged row of the same id wins. */
    final Map<String, RejectedRow> notJudged = new HashMap<>();

    Traced(List<String> ids, Locale locale) {
        this.ids = Set.copyOf(ids);
        this.locale = locale;
    }

    boolean wants(String id) {
        return !ids.isEmpty() && ids.contains(id);
    }

    void notJudged(long line, String id, Reason why) {
        if (wants(id) && !traces.containsKey(id)) {
            notJudged.putIfAbsent(id, new RejectedRow(line, id, why));
        }
    }

    void traced(TicketTrace trace) {
        String id = trace.verdict().ticket().id();
        traces.putIfAbsent(id, trace);
        notJudged.remove(id);
    }
}
