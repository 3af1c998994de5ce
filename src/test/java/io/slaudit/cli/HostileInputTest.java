package io.slaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Inputs and options an adversary or a careless export would give (issue 10): each gets an honest
 * verdict and a message that says what is wrong, in every output, never a silent pass or a crash.
 */
class HostileInputTest {

    static final String POLICY = AuditCommandTest.SCENARIO + "policy.yaml";
    static final String HEADER = "id,created,priority,channel,first_response,resolved,subject\n";

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static String[] audit(Path tickets, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "audit", "--policy", POLICY, "--tickets", tickets.toString(), "--as-of", "2025-04-01T00:00:00+02:00"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static Document xml(Path file) throws Exception {
        // a strict XML 1.0 parser, as CI servers use: a NUL or an escape character fails it
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    @Test
    void anExportWhoseEveryRowIsRejectedFailsTheGateAndEveryOutputSaysNothingWasJudged() throws Exception {
        Path tickets = write("t.csv", HEADER + "S-1,not a date,P1,email,,,\n" + "S-2,not a date,P1,email,,,\n");
        Path out = dir.resolve("out");

        Cli.Result r = Cli.run(audit(
                tickets, "--format", "json,csv,junit,text,html,pdf", "--out", out.toString(), "--fail-under", "90"));

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        String why =
                "nothing was judged, so there is no compliance figure: none of the 2 rows was audited (2 rejected)";
        assertThat(r.err()).contains("slaudit: " + why + "; --fail-under 90 % is not met");
        JsonNode summary =
                new ObjectMapper().readTree(out.resolve("audit.json").toFile()).get("summary");
        assertThat(summary.get("judged_results").asLong()).isZero();
        assertThat(summary.get("overall").get("compliance_percent").isNull()).isTrue();
        assertThat(summary.get("notes").get(0).asText()).isEqualTo(why);
        assertThat(Files.readAllLines(out.resolve("audit.csv"))).contains("# " + why);
        Document junit = xml(out.resolve("audit-junit.xml"));
        NodeList skipped = junit.getElementsByTagName("skipped");
        assertThat(((Element) skipped.item(0)).getAttribute("message")).isEqualTo(why);
        assertThat(Files.readString(out.resolve("audit.txt")))
                .contains("Nothing was judged, so there is no compliance figure: none of the 2 rows");
        assertThat(Files.readString(out.resolve("audit.html")))
                .contains("Nothing was judged, so there is no compliance figure: none of the 2 rows was audited (2"
                        + " rejected).");
        assertThat(pdfText(out.resolve("audit.pdf")).replaceAll("\\s+", " "))
                .contains("Nothing was judged, so there is no compliance figure");
    }

    @Test
    void anAsOfBeforeEveryTicketLeavesThemOutOfTheAuditAndTheGateFails() throws Exception {
        Path tickets = write("t.csv", HEADER + "S-1,2025-03-03 10:00,P1,email,2025-03-03 11:00,,\n");
        Path out = dir.resolve("audit.json");

        Cli.Result r = Cli.run(
                "audit",
                "--policy",
                POLICY,
                "--tickets",
                tickets.toString(),
                "--as-of",
                "2025-01-01T00:00",
                "--format",
                "json",
                "--out",
                out.toString(),
                "--fail-under",
                "90");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        JsonNode doc = new ObjectMapper().readTree(out.toFile());
        assertThat(doc.get("tickets")).isEmpty();
        assertThat(doc.get("summary").get("out_of_period").asLong()).isEqualTo(1);
        assertThat(doc.get("summary").get("created_after_as_of").asLong()).isEqualTo(1);
        assertThat(doc.get("created_after_as_of").get(0).get("id").asText()).isEqualTo("S-1");
        assertThat(doc.get("created_after_as_of").get(0).get("line").asLong()).isEqualTo(2);
    }

    @Test
    void maxRejectedTakesACountOrAShareOfTheRowsRead() throws IOException {
        // 1 of 3 rows rejected: 33.3 %
        Path tickets = write(
                "t.csv",
                HEADER + "S-1,2025-03-03 10:00,P1,email,2025-03-03 11:00,,\n" + "S-2,2025-03-03 10:00,P9,email,,,\n"
                        + "S-3,2025-03-03 10:00,P1,email,2025-03-03 11:00,,\n");

        Cli.Result share = Cli.run(audit(tickets, "--max-rejected", "30%"));
        assertThat(share.exitCode()).as(share.toString()).isEqualTo(1);
        assertThat(share.err())
                .isEqualTo("slaudit: 1 of 3 rows rejected (33.333333 %), more than --max-rejected 30%\n");
        assertThat(Cli.run(audit(tickets, "--max-rejected", "33.4%")).exitCode())
                .isZero();
        assertThat(Cli.run(audit(tickets, "--max-rejected", "1")).exitCode()).isZero();
        Cli.Result none = Cli.run(audit(tickets, "--max-rejected", "0"));
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err()).endsWith("more than --max-rejected 0 rows\n");
        // without the option a rejected row is reported, never a failure
        assertThat(Cli.run(audit(tickets)).exitCode()).isZero();
        for (String bad : List.of("abc", "-1", "1.5", "101%", "5%%", "")) {
            Cli.Result r = Cli.run(audit(tickets, "--max-rejected", bad));
            assertThat(r.exitCode()).as(bad + ": " + r).isEqualTo(2);
            assertThat(r.err()).as(bad).startsWith("error: --max-rejected");
        }
    }

    @Test
    void aRunawayIdOrPriorityIsRejectedByLineAndEveryFormatIsWritten() throws Exception {
        String longId = "X".repeat(70_000);
        Path tickets = write(
                "t.csv",
                HEADER + "S-1,2025-03-03 10:00,P1,email,2025-03-03 11:00,,\n" + longId
                        + ",2025-03-03 10:00,P1,email,,,\n" + "S-3,2025-03-03 10:00," + "P".repeat(70_000)
                        + ",email,,,\n");
        Path out = dir.resolve("out");

        Cli.Result r = Cli.run(audit(tickets, "--format", "json,csv,junit,html,text", "--out", out.toString()));

        assertThat(r.exitCode())
                .as(r.toString().substring(0, Math.min(2000, r.toString().length())))
                .isZero();
        JsonNode rejected =
                new ObjectMapper().readTree(out.resolve("audit.json").toFile()).get("rejected");
        assertThat(rejected).hasSize(2);
        assertThat(rejected.get(0).get("line").asLong()).isEqualTo(3);
        assertThat(rejected.get(0).get("reason").asText())
                .isEqualTo("id holds 70000 characters; an id or a name has at most 1000");
        assertThat(rejected.get(1).get("reason").asText())
                .isEqualTo("priority holds 70000 characters; an id or a name has at most 1000");
        assertThat(Files.size(out.resolve("audit.json"))).isLessThan(60_000);
        xml(out.resolve("audit-junit.xml"));
    }

    @Test
    void controlCharactersNeverReachTheXmlOrTheTerminal() throws Exception {
        Path tickets = write(
                "t.csv",
                HEADER + "\"D\u0001 2\",2025-03-03 10:00,P1,email,2025-03-03 11:00,,\"\u001b[31mred\u001b[0m\"\n"
                        + "S-2,2025-03-03 10:00,\"\u001b[2J\u001b[HP1\",email,,,\n"
                        + "\"S-\u202e3\",2025-03-03 10:00,P1,email,,,\n");
        Path out = dir.resolve("out");

        Cli.Result files = Cli.run(audit(tickets, "--format", "junit,html,text", "--out", out.toString()));
        Cli.Result terminal = Cli.run(audit(tickets));

        assertThat(files.exitCode()).as(files.toString()).isZero();
        Document junit = xml(out.resolve("audit-junit.xml"));
        assertThat(junit.getElementsByTagName("testcase")
                        .item(0)
                        .getAttributes()
                        .getNamedItem("name")
                        .getNodeValue())
                .isEqualTo("D\uFFFD 2");
        String html = Files.readString(out.resolve("audit.html"));
        // the rejected row's reason quotes the priority with its escape sequences (the leading one
        // trimmed off with the spaces)
        assertThat(html).doesNotContain("\u0001", "\u001b").contains("[2J\uFFFD[HP1");
        for (String text : List.of(terminal.out(), Files.readString(out.resolve("audit.txt")))) {
            assertThat(text).doesNotContain("\u0001", "\u001b", "\u202e").contains("'[2J\\u001b[HP1'", "S-\\u202e3");
        }
    }

    @Test
    void eventStatesNoRuleNamesAreInEveryOutput() throws Exception {
        Path tickets = write("t.csv", HEADER + "S-1,2025-03-03 10:00,P1,email,2025-03-03 15:00,,\n");
        // 'waiting-on-custmer' was meant to pause the clock
        Path events =
                write("e.csv", "id,at,state\nS-1,2025-03-03 11:00,waiting-on-custmer\nS-1,2025-03-03 12:00,open\n");
        Path out = dir.resolve("out");

        Cli.Result r = Cli.run(audit(
                tickets,
                "--events",
                events.toString(),
                "--format",
                "json,csv,junit,html,text",
                "--out",
                out.toString()));

        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode states = new ObjectMapper()
                .readTree(out.resolve("audit.json").toFile())
                .get("summary")
                .get("unused_states");
        assertThat(states).hasSize(2);
        assertThat(states.get(0).get("state").asText()).isEqualTo("open");
        assertThat(states.get(1).get("state").asText()).isEqualTo("waiting-on-custmer");
        assertThat(states.get(1).get("events").asLong()).isEqualTo(1);
        assertThat(states.get(1).get("examples").get(0).get("line").asLong()).isEqualTo(2);
        assertThat(Files.readString(out.resolve("audit.csv")))
                .contains("# event states no rule of the contract names (they let the clock run): open 1 event (first"
                        + " at line 3); waiting-on-custmer 1 event (first at line 2)");
        assertThat(Files.readString(out.resolve("audit-junit.xml")))
                .contains("<property name=\"unused_states\" value=\"open (1), waiting-on-custmer (1)\"/>");
        assertThat(Files.readString(out.resolve("audit.html"))).contains("waiting-on-custmer");
        assertThat(Files.readString(out.resolve("audit.txt")))
                .contains("Event states no rule of the contract names")
                .containsPattern("waiting-on-custmer +1 event , first: line 2 \\(S-1\\)");
    }

    @Test
    void optionValuesThatSayNothingAreRefused() throws IOException {
        Path tickets = write("t.csv", HEADER + "S-1,2025-03-03 10:00,P1,email,2025-03-03 11:00,,\n");
        for (String[] args : List.of(
                new String[] {"--fail-under", "NaN"},
                new String[] {"--fail-under", "Infinity"},
                new String[] {"--format", ","},
                new String[] {"--format", "json,,csv", "--out", dir.resolve("x").toString()},
                new String[] {"--out", ""},
                new String[] {"--reading", "business-day=same-time,business-day=end-of-day"},
                new String[] {"--as-of", "+999999999-12-31T23:59:59Z"},
                new String[] {"--as-of", "1899-12-31T12:00:00Z"},
                new String[] {"--period", "2025-13"})) {
            List<String> all = new ArrayList<>(List.of("audit", "--policy", POLICY, "--tickets", tickets.toString()));
            if (!List.of(args).contains("--as-of")) {
                all.addAll(List.of("--as-of", "2025-04-01T00:00"));
            }
            all.addAll(List.of(args));
            Cli.Result r = Cli.run(all.toArray(String[]::new));
            assertThat(r.exitCode()).as(String.join(" ", args) + ": " + r).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", args)).startsWith("error: ").doesNotContain("internal error");
        }
        assertThat(Cli.run(audit(tickets, "--reading", "business-day=same-time,end-of-day"))
                        .err())
                .isEqualTo("error: --reading: ambiguity 'business-day' is given twice (same-time and end-of-day);"
                        + " give one reading for each ambiguity\n");
        assertThat(Cli.run(audit(tickets, "--period", "2025-13")).err())
                .isEqualTo("error: --period: '2025-13' is not a period: there is no month 13 (months are 01 to 12)\n");
    }

    @Test
    void asOfTakesEveryFormTheTicketColumnsTake() throws IOException {
        Path tickets = write("t.csv", HEADER + "S-1,2025-03-03 10:00,P1,email,,,\n");
        for (String asOf : List.of(
                "2025-03-03T12:00:00+01:00",
                "2025-03-03 12:00",
                "03.03.2025 12:00",
                "2025-03-03 11:00:00 UTC",
                "2025-03-03 12:00:00 +0100")) {
            Cli.Result r = Cli.run(
                    "audit", "--policy", POLICY, "--tickets", tickets.toString(), "--as-of", asOf, "--format", "json");
            assertThat(r.exitCode()).as(asOf + ": " + r).isZero();
            assertThat(r.out()).as(asOf).contains("\"as_of\" : \"2025-03-03T12:00:00+01:00\"");
        }
        Cli.Result impossible =
                Cli.run("audit", "--policy", POLICY, "--tickets", tickets.toString(), "--as-of", "2025-02-29 10:00");
        assertThat(impossible.err())
                .isEqualTo("error: --as-of: '2025-02-29 10:00' is no date: 2025-02 has days 1 to" + " 28\n");
    }

    @Test
    void oneFormatIntoAFolderNamedWithASlashIsWrittenIntoIt() throws IOException {
        Path tickets = write("t.csv", HEADER + "S-1,2025-03-03 10:00,P1,email,2025-03-03 11:00,,\n");
        Path folder = dir.resolve("reports");

        Cli.Result r = Cli.run(audit(tickets, "--format", "json", "--out", folder + "/"));

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(folder.resolve("audit.json")).isRegularFile();
        Path file = write("plain", "x");
        Cli.Result onAFile = Cli.run(audit(tickets, "--format", "json", "--out", file + "/"));
        assertThat(onAFile.exitCode()).isEqualTo(2);
        assertThat(onAFile.err()).contains(file + "/ is a file, not a directory");
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void theSamePolicyFileTwiceIsCalledThatNotAnOverlap() throws IOException {
        Path tickets = write("t.csv", HEADER + "S-1,2025-03-03 10:00,P1,email,2025-03-03 11:00,,\n");
        Cli.Result r = Cli.run("audit", "--policy", POLICY + "," + POLICY, "--tickets", tickets.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: --policy: " + POLICY + " is given twice; name each version once\n");
    }

    @Test
    void theTerminalSummaryWritesAsciiDigitsWhateverTheLocale() throws IOException {
        Path tickets = write("t.csv", HEADER + "S-1,2025-03-03 10:00,P1,email,2025-03-03 11:00,,\n");
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-SA"));
            Cli.Result r = Cli.run(audit(tickets));
            assertThat(r.out()).contains("Rows      1 read = 1 audited").doesNotContainPattern("[\u0660-\u0669]");
        } finally {
            Locale.setDefault(before);
        }
    }
}
