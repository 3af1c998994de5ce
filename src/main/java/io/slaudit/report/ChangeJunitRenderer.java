package io.slaudit.report;

import io.slaudit.drift.Change;
import io.slaudit.drift.ChangeReport;
import io.slaudit.drift.PolicyChanges;
import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML for CI servers: a test suite per policy, a test case per change that fails under
 * {@code --fail-on} as a failure and the others as passed, and one passed test case for a policy
 * without changes, so that a job's test view lists every contract it checked.
 */
final class ChangeJunitRenderer implements Renderer<ChangeReport> {

    @Override
    public String format() {
        return "junit";
    }

    @Override
    public String fileName() {
        return "changes-junit.xml";
    }

    @Override
    public void render(ChangeReport report, OutputStream out) throws IOException {
        try {
            // the JDK's own writer, not whichever StAX provider a library puts on the class path
            XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            write(report, x);
            x.flush();
            x.close();
            out.write('\n');
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
    }

    private static void write(ChangeReport r, XMLStreamWriter x) throws XMLStreamException {
        x.writeStartDocument("UTF-8", "1.0");
        x.writeCharacters("\n");
        x.writeStartElement("testsuites");
        x.writeAttribute("name", XmlText.clean(ChangeRenderers.title(r)));
        x.writeAttribute("tests", Long.toString(tests(r)));
        x.writeAttribute("failures", Long.toString(failures(r)));
        x.writeCharacters("\n");
        for (PolicyChanges p : r.policies()) {
            long failures = p.changes().stream().filter(r::fails).count();
            x.writeCharacters("  ");
            x.writeStartElement("testsuite");
            x.writeAttribute("name", XmlText.clean(r.kind().key() + " " + p.policy()));
            x.writeAttribute("tests", Integer.toString(Math.max(1, p.changes().size())));
            x.writeAttribute("failures", Long.toString(failures));
            x.writeAttribute("errors", "0");
            x.writeAttribute("skipped", "0");
            x.writeCharacters("\n");
            String classname = XmlText.clean(ChangeRenderers.fileOf(p));
            if (p.changes().isEmpty()) {
                x.writeCharacters("    ");
                x.writeEmptyElement("testcase");
                x.writeAttribute("classname", classname);
                x.writeAttribute(
                        "name", XmlText.clean(p.policy() + " " + p.status().key()));
                x.writeCharacters("\n");
            }
            for (Change c : p.changes()) {
                String sentence = c.sentence(r.word(c));
                String where = ChangeRenderers.where(p, c).orElse(ChangeRenderers.fileOf(p));
                x.writeCharacters("    ");
                if (!r.fails(c) && c.details().isEmpty()) {
                    x.writeEmptyElement("testcase");
                    testcase(x, classname, r, c);
                    x.writeCharacters("\n");
                    continue;
                }
                x.writeStartElement("testcase");
                testcase(x, classname, r, c);
                if (r.fails(c)) {
                    x.writeStartElement("failure");
                    x.writeAttribute("type", r.word(c));
                    x.writeAttribute("message", XmlText.clean(sentence));
                    x.writeCharacters(XmlText.clean(body(where, sentence, c)));
                    x.writeEndElement();
                } else {
                    x.writeStartElement("system-out");
                    x.writeCharacters(XmlText.clean(body(where, sentence, c)));
                    x.writeEndElement();
                }
                x.writeEndElement();
                x.writeCharacters("\n");
            }
            x.writeCharacters("  ");
            x.writeEndElement();
            x.writeCharacters("\n");
        }
        x.writeEndElement();
        x.writeEndDocument();
    }

    private static void testcase(XMLStreamWriter x, String classname, ChangeReport r, Change c)
            throws XMLStreamException {
        x.writeAttribute("classname", classname);
        x.writeAttribute("name", XmlText.clean(r.word(c) + ": " + c.text()));
    }

    private static String body(String where, String sentence, Change c) {
        StringBuilder b = new StringBuilder(where).append(": ").append(sentence);
        for (String d : c.details()) {
            b.append('\n').append("  ").append(d);
        }
        return b.toString();
    }

    private static long tests(ChangeReport r) {
        return r.policies().stream()
                .mapToLong(p -> Math.max(1, p.changes().size()))
                .sum();
    }

    private static long failures(ChangeReport r) {
        return r.policies().stream()
                .flatMap(p -> p.changes().stream())
                .filter(r::fails)
                .count();
    }
}
