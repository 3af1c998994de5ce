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
        long tests = s.counts().rejected();
        long failures = 0;
        long skipped = 0;
        for (AuditSummary.Tally t : byMetric.values()) {
            tests += t.total();
            failures += t.breached() + t.openBreached();
            skipped += t.open() + t.bestEffort() + t.excluded();
        }
        x.writeStartDocument("UTF-8", "1.0");
        x.writeCharacters("\n");
        x.writeStartElement("testsuites");
        x.writeAttribute("name", "slaudit " + h.policyId());
        x.writeAttribute("tests", Long.toString(tests));
        x.writeAttribute("failures", Long.toString(failures));
        x.writeAttribute("errors", Long.toString(s.counts().rejected()));
        x.writeAttribute("skipped", Long.toString(skipped));
        x.writeCharacters("\n");
        for (Map.Entry<Metric, AuditSummary.Tally> e : byMetric.entrySet()) {
            Metric metric = e.getKey();
            AuditSummary.Tally t = e.getValue();
            x.writeStartElement("testsuite");
            x.writeAttribute("name", h.policyId() + "." + metric.key());
            x.writeAttribute("tests", Long.toString(t.total()));
            x.writeAttribute("failures", Long.toString(t.breached() + t.openBreached()));
            x.writeAttribute("errors", "0");
            x.writeAttribute("skipped", Long.toString(t.open() + t.bestEffort() + t.excluded()));
            x.writeCharacters("\n");
            properties(x, h);
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
        if (s.counts().rejected() > 0) {
            x.writeStartElement("testsuite");
            x.writeAttribute("name", h.policyId() + ".rejected-rows");
            x.writeAttribute("tests", Long.toString(s.counts().rejected()));
            x.writeAttribute("failures", "0");
            x.writeAttribute("errors", Long.toString(s.counts().rejected()));
            x.writeAttribute("skipped", "0");
            x.writeCharacters("\n");
            for (RejectedRow r : report.rejected()) {
                x.writeStartElement("testcase");
                x.writeAttribute("classname", h.policyId() + ".rejected-rows");
                x.writeAttribute(
                        "name",
                        h.ticketSource().positionWord() + " " + r.line() + (r.id().isEmpty() ? "" : " " + r.id()));
                x.writeAttribute("time", "0");
                x.writeStartElement("error");
                x.writeAttribute("type", "rejected");
                x.writeAttribute("message", r.reason().toString());
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

    private static void properties(XMLStreamWriter x, AuditHeader h) throws XMLStreamException {
        x.writeStartElement("properties");
        property(x, "tool_version", h.toolVersion());
        property(x, "policy_versions", String.join(", ", h.versions()));
        property(x, "reading", h.reading());
        property(x, "as_of", JsonRenderer.instant(h.asOf(), h.zone()));
        property(x, "period", h.period().map(Object::toString).orElse("all"));
        for (InputFile f : h.inputs()) {
            property(x, f.role() + "_sha256", f.path() + " " + f.sha256());
        }
        ReportLanguage english = ReportLanguage.of(java.util.Locale.ENGLISH);
        property(x, "tickets_layout", ExportFacts.layout(h.ticketSource(), english));
        property(x, "tickets_zone", ExportFacts.zone(h.ticketSource(), english));
        x.writeEndElement();
        x.writeCharacters("\n");
    }

    private static void property(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeEmptyElement("property");
        x.writeAttribute("name", name);
        x.writeAttribute("value", value);
    }

    private static void testcase(XMLStreamWriter x, AuditHeader h, TicketVerdict v, MetricResult r)
            throws XMLStreamException {
        x.writeStartElement("testcase");
        x.writeAttribute("classname", h.policyId() + "." + r.metric().key() + "." + r.priority());
        x.writeAttribute("name", v.ticket().id());
        x.writeAttribute("time", "0");
        String due = r.due().isPresent() ? JsonRenderer.instant(r.due().getAsLong(), r.zone()) : "none";
        String at = r.at().isPresent() ? JsonRenderer.instant(r.at().getAsLong(), r.zone()) : "not yet";
        if (r.status().isBreach()) {
            x.writeStartElement("failure");
            x.writeAttribute("type", r.status().key());
            x.writeAttribute(
                    "message",
                    r.metric().key() + " " + r.status().key() + ": target " + r.target() + ", due " + due
                            + ", " + (r.status() == Status.BREACHED ? "answered " + at : "still open") + ", late by "
                            + Durations.of(r.lateBySeconds().orElse(0), r.businessTime())
                            + (r.businessTime() ? " business time" : ""));
            x.writeCharacters("ticket " + v.ticket().id() + " ("
                    + h.ticketSource().positionWord() + " " + v.ticket().line() + "), priority " + r.priority());
            x.writeEndElement();
        } else if (r.status() != Status.MET) {
            x.writeEmptyElement("skipped");
            x.writeAttribute(
                    "message",
                    r.status().key()
                            + r.reason().map(s -> ": " + s).orElse(r.status() == Status.OPEN ? ": due " + due : ""));
        }
        x.writeEndElement();
        x.writeCharacters("\n");
    }
}
