package io.slaudit.audit;

import io.slaudit.input.InputException;
import io.slaudit.input.Problem;
import io.slaudit.input.SourceMark;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * {@code slaudit trace}: the evidence for named tickets. The export is audited as {@link Audit#run}
 * audits it (the same rows, versions, judges and verdicts), and for the tickets asked for the judge
 * also hands over the timeline it counted; nothing is judged a second time.
 */
public final class Trace {

    private Trace() {}

    /**
     * @param ids the tickets to show, in the order wanted (an id named twice is shown once)
     * @param locale the language of holiday names
     * @throws InputException naming every id that is not in the export, or whose row was rejected
     *     or not audited, and for unusable input as an audit does
     */
    public static TraceReport run(AuditRequest request, List<String> ids, Locale locale) {
        Objects.requireNonNull(ids, "ids");
        List<String> wanted = List.copyOf(new LinkedHashSet<>(ids));
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException("trace at least one ticket");
        }
        Traced traced = new Traced(wanted, locale);
        AuditRequest plain = new AuditRequest(
                request.contract(),
                request.tickets(),
                request.events(),
                request.profile(),
                request.mapping(),
                request.period(),
                request.asOf(),
                request.asOfGiven(),
                request.reading(),
                request.ticketsZone(),
                request.sheet(),
                request.strict(),
                false,
                request.names());
        AuditHeader header;
        try (AuditReport report = Audit.run(plain, Progress.NONE, traced)) {
            header = report.header();
        }
        String file = request.tickets().toString();
        List<Problem> problems = new ArrayList<>();
        List<TicketTrace> out = new ArrayList<>();
        for (String id : wanted) {
            TicketTrace t = traced.traces.get(id);
            if (t != null) {
                out.add(t);
            } else if (traced.notJudged.containsKey(id)) {
                var row = traced.notJudged.get(id);
                problems.add(new Problem(
                        SourceMark.line(file, row.line()), "ticket '" + id + "' was not audited: " + row.reason()));
            } else {
                problems.add(new Problem(SourceMark.file(file), "no ticket '" + id + "' in the export"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(InputException.Kind.INVALID, problems);
        }
        return new TraceReport(header, out);
    }
}
