package io.slaudit.report;

import io.slaudit.audit.AuditHeader;
import io.slaudit.audit.AuditReport;
import io.slaudit.audit.AuditSummary;
import io.slaudit.audit.InputFile;
import io.slaudit.audit.MetricResult;
import io.slaudit.audit.Status;
import io.slaudit.audit.TicketVerdict;
import io.slaudit.policy.Metric;
import io.slaudit.tickets.RejectedRow;
import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML for CI servers: a test suite per metric with a test case per ticket, breaches as
 * failures, open, best-effort and excluded results as skipped; rejected rows as errors of a suite
 * of their own. The evidence goes into the suites' properties.
 */
final class JunitRenderer implements Renderer<AuditReport> {

    @Override
    public String format() {
        return "junit";
    }

    @Override
    public String fileName() {
        return "audit-junit.xml";
    }

    @Override
    public boolean listsItems() {
        return true;
    }

    @Override
    public void render(AuditReport report, OutputStream out) throws IOException {
        try {
            // the JDK's own writer, not whichever StAX provider a library puts on the class path
            XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            write(report, x);
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
    }

    private static void write(AuditReport report, XMLStreamWriter x) throws XMLStreamException {
        AuditHeader h = report.header();
        AuditSummary s = report.summary();
        Map<Metric, AuditSummary.Tally> byMetric = new EnumMap<>(Metric.class);
        for (AuditSummary.ComplianceRow row : s.compliance()) {
            byMetric.merge(row.metric(), row.tally(), AuditSummary.Tally::plus);
        }
        long tests = s.counts().rejected() + (s.nothingJudged() ? 1 : 0);
        long failures = 0;
        long skipped = s.nothingJudged() ? 1 : 0;
        for (AuditSummary.Tally t : byMetric.values()) {
            tests += t.total();
            failures += t.breached() + t.openBreached();
            skipped += t.open() + t.bestEffort() + t.excluded();
        }
        x.writeStartDocument("UTF-8", "1.0");
        x.writeCharacters("\n");
        x.writeStartElement("testsuites");
        attribute(x, "name", "slaudit " + h.policyId());
        attribute(x, "tests", Long.toString(tests));
        attribute(x, "failures", Long.toString(failures));
        attribute(x, "errors", Long.toString(s.counts().rejected()));
        attribute(x, "skipped", Long.toString(skipped));
        x.writeCharacters("\n");
        for (Map.Entry<Metric, AuditSummary.Tally> e : byMetric.entrySet()) {
            Metric metric = e.getKey();
            AuditSummary.Tally t = e.getValue();
            x.writeStartElement("testsuite");
            attribute(x, "name", h.policyId() + "." + metric.key());
            attribute(x, "tests", Long.toString(t.total()));
            attribute(x, "failures", Long.toString(t.breached() + t.openBreached()));
            attribute(x, "errors", "0");
            attribute(x, "skipped", Long.toString(t.open() + t.bestEffort() + t.excluded()));
            x.writeCharacters("\n");
            properties(x, h, s);
            for (TicketVerdict v : report.tickets()) {
                for (MetricResult r : v.results()) {
                    if (r.metric() == metric) {
                        testcase(x, h, v, r);
                    }
                }
            }
            x.writeEndElement();
            x.writeCharacters("\n");
        }
        if (s.nothingJudged()) {
            // A CI server shows a skipped test with its message; properties it hides.
            x.writeStartElement("testsuite");
            attribute(x, "name", h.policyId() + ".compliance");
            attribute(x, "tests", "1");
            attribute(x, "failures", "0");
            attribute(x, "errors", "0");
            attribute(x, "skipped", "1");
            x.writeCharacters("\n");
            properties(x, h, s);
            x.writeStartElement("testcase");
            attribute(x, "classname", h.policyId() + ".compliance");
            attribute(x, "name", "compliance");
            attribute(x, "time", "0");
            x.writeEmptyElement("skipped");
            attribute(x, "message", s.nothingJudgedReason());
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
        }
        if (s.counts().rejected() > 0) {
            x.writeStartElement("testsuite");
            attribute(x, "name", h.policyId() + ".rejected-rows");
            attribute(x, "tests", Long.toString(s.counts().rejected()));
            attribute(x, "failures", "0");
            attribute(x, "errors", Long.toString(s.counts().rejected()));
            attribute(x, "skipped", "0");
            x.writeCharacters("\n");
            for (RejectedRow r : report.rejected()) {
                x.writeStartElement("testcase");
                attribute(x, "classname", h.policyId() + ".rejected-rows");
                attribute(
                        x,
                        "name",
                        h.ticketSource().positionWord() + " " + r.line() + (r.id().isEmpty() ? "" : " " + r.id()));
                attribute(x, "time", "0");
                x.writeStartElement("error");
                attribute(x, "type", "rejected");
                attribute(x, "message", r.reason().toString());
                x.writeEndElement();
                x.writeEndElement();
                x.writeCharacters("\n");
            }
            x.writeEndElement();
            x.writeCharacters("\n");
        }
        x.writeEndElement();
        x.writeCharacters("\n");
        x.writeEndDocument();
    }

    private static void properties(XMLStreamWriter x, AuditHeader h, AuditSummary s) throws XMLStreamException {
        x.writeStartElement("properties");
        property(x, "tool_version", h.toolVersion());
        property(x, "policy_versions", String.join(", ", h.versions()));
        property(x, "reading", h.reading());
        property(x, "as_of", JsonRenderer.instant(h.asOf(), h.zone()));
        property(x, "period", h.period().map(Object::toString).orElse("all"));
        for (InputFile f : h.inputs()) {
            property(x, f.role() + "_sha256", f.path() + " " + f.sha256());
        }
        AuditSummary.Counts c = s.counts();
        property(
                x,
                "rows",
                c.rowsRead() + " read = " + c.audited() + " audited + " + c.excluded() + " excluded + "
                        + c.outOfPeriod() + " out of period + " + c.rejected() + " rejected");
        if (c.afterAsOf() > 0) {
            property(x, "created_after_as_of", Long.toString(c.afterAsOf()));
        }
        if (s.nothingJudged()) {
            property(x, "nothing_judged", s.nothingJudgedReason());
        }
        if (!s.unusedStates().isEmpty()) {
            property(
                    x,
                    "unused_states",
                    s.unusedStates().stream()
                            .map(u -> u.state() + " (" + u.events() + ")")
                            .collect(java.util.stream.Collectors.joining(", ")));
        }
        ReportLanguage english = ReportLanguage.of(java.util.Locale.ENGLISH);
        property(x, "tickets_layout", ExportFacts.layout(h.ticketSource(), english));
        property(x, "tickets_zone", ExportFacts.zone(h.ticketSource(), english));
        x.writeEndElement();
        x.writeCharacters("\n");
    }

    /** Every value is written as XML 1.0 allows: ids and reasons come from the export. */
    private static void attribute(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeAttribute(name, XmlText.clean(value));
    }

    private static void property(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeEmptyElement("property");
        attribute(x, "name", name);
        attribute(x, "value", value);
    }

    private static void testcase(XMLStreamWriter x, AuditHeader h, TicketVerdict v, MetricResult r)
            throws XMLStreamException {
        x.writeStartElement("testcase");
        attribute(x, "classname", h.policyId() + "." + r.metric().key() + "." + r.priority());
        attribute(x, "name", v.ticket().id());
        attribute(x, "time", "0");
        String due = r.due().isPresent() ? JsonRenderer.instant(r.due().getAsLong(), r.zone()) : "none";
        String at = r.at().isPresent() ? JsonRenderer.instant(r.at().getAsLong(), r.zone()) : "not yet";
        if (r.status().isBreach()) {
            x.writeStartElement("failure");
            attribute(x, "type", r.status().key());
            attribute(
                    x,
                    "message",
                    r.metric().key() + " " + r.status().key() + ": target " + r.target() + ", due " + due
                            + ", " + (r.status() == Status.BREACHED ? "answered " + at : "still open") + ", late by "
                            + Durations.of(r.lateBySeconds().orElse(0), r.businessTime())
                            + (r.businessTime() ? " business time" : ""));
            x.writeCharacters(XmlText.clean("ticket " + v.ticket().id() + " ("
                    + h.ticketSource().positionWord() + " " + v.ticket().line() + "), priority " + r.priority()));
            x.writeEndElement();
        } else if (r.status() != Status.MET) {
            x.writeEmptyElement("skipped");
            attribute(
                    x,
                    "message",
                    r.status().key()
                            + r.reason().map(s -> ": " + s).orElse(r.status() == Status.OPEN ? ": due " + due : ""));
        }
        x.writeEndElement();
        x.writeCharacters("\n");
    }
}
