package io.slaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a contract leaves open becomes a parameter, and what the encoding assumed is traced to the verdicts. */
class ContractFidelityTest {

    private static final String DISPO = "contracts/clauses/dispositionsportal.yaml";
    private static final String DISPO_TICKETS = "samples/tickets/dispositionsportal/2025-Q1.csv";
    private static final String LEGAL = "contracts/legalinnovate-dpms-contact.yaml";
    private static final String LEGAL_TICKETS = "samples/tickets/legalinnovate-dpms-contact/2025-Q1.csv";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path hours() throws IOException {
        Path file = dir.resolve("published-hours.yaml");
        Files.writeString(file, """
                zone: Europe/Berlin
                hours: { mon-fri: "08:00-17:00" }
                holidays: [ { region: DE } ]
                """);
        return file;
    }

    @Test
    void anAuditRefusesSupportHoursTheContractLeavesToTheWebsiteAndNamesTheValue() {
        Cli.Result r = Cli.run("audit", "--policy", DISPO, "--tickets", DISPO_TICKETS, "--as-of", "2025-04-01T00:00");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err())
                .startsWith("error: contracts/clauses/dispositionsportal.yaml:11:3: the audit needs calendar.support,")
                .contains("--set calendar.support=FILE")
                .doesNotContain("Exception");
    }

    @Test
    void anAuditWithTheSuppliedHoursSucceedsAndRecordsTheOptionAndTheFilesHash() throws Exception {
        Path hours = hours();
        Cli.Result r = Cli.run(
                "audit",
                "--policy",
                DISPO,
                "--tickets",
                DISPO_TICKETS,
                "--as-of",
                "2025-04-01T00:00",
                "--format",
                "json",
                "--set",
                "calendar.support=" + hours);
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode doc = JSON.readTree(r.out());
        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(hours)));
        JsonNode supplied = doc.get("supplied").get(0);
        assertThat(supplied.get("key").asText()).isEqualTo("calendar.support");
        assertThat(supplied.get("by").asText()).isEqualTo("--set");
        assertThat(supplied.get("file").asText()).isEqualTo(hours.toString());
        assertThat(supplied.get("sha256").asText()).isEqualTo(sha);
        // the first-response verdicts on the supplied hours name them
        JsonNode result = doc.get("tickets").get(0).get("results").get(0);
        assertThat(result.get("supplied").get(0).asText()).isEqualTo("calendar.support");
        assertThat(r.out()).contains("\"role\" : \"--set calendar.support\"");
    }

    @Test
    void eachVerdictListsTheAssumptionsItRestsOnAndTheSummaryGivesComplianceWithoutThem() throws IOException {
        Cli.Result r = Cli.run(
                "audit",
                "--policy",
                DISPO,
                "--tickets",
                DISPO_TICKETS,
                "--as-of",
                "2025-04-01T00:00",
                "--format",
                "json",
                "--set",
                "calendar.support=" + hours());
        JsonNode doc = JSON.readTree(r.out());
        JsonNode first = null;
        for (JsonNode t : doc.get("tickets")) {
            for (JsonNode res : t.get("results")) {
                if (res.get("metric").asText().equals("first-response")
                        && t.get("priority").asText().equals("severe")) {
                    first = res;
                }
            }
        }
        assertThat(first).isNotNull();
        // reaction-is-first-response names target.any.first-response, severity-by-name
        // priority.severe; severity-for-comparisons names only its severity (priority.severe.severity),
        // which places it for compare and bears on no verdict; the supplied calendar replaces the
        // placeholder
        assertThat(first.get("assumptions").toString())
                .contains("\"reaction-is-first-response\"", "\"severity-by-name\"")
                .doesNotContain("support-hours-placeholder", "severity-for-comparisons");
        assertThat(r.out())
                .contains("\"id\" : \"support-hours-placeholder\"", "\"affects\" : [ \"calendar.support\" ]");
        // the summary counts no result on the replaced placeholder, and the contract's appendix says so too
        Cli.Result html = Cli.run(
                "audit",
                "--policy",
                DISPO,
                "--tickets",
                DISPO_TICKETS,
                "--as-of",
                "2025-04-01T00:00",
                "--format",
                "html",
                "--set",
                "calendar.support=" + hours());
        assertThat(html.out()).contains("Assumption support-hours-placeholder, superseded by the value supplied:");
        // every result here rests on an assumption, so nothing is judged by the words alone
        assertThat(r.out()).contains("\"without_assumptions\"");
    }

    @Test
    void eachAssumptionCountsTheResultsThatRestOnItAndTheCsvNamesThemPerRow() throws IOException {
        Path out = dir.resolve("reports");
        Cli.Result r = Cli.run(
                "audit",
                "--policy",
                DISPO,
                "--tickets",
                DISPO_TICKETS,
                "--as-of",
                "2025-04-01T00:00",
                "--format",
                "json,csv,text",
                "--out",
                out.toString(),
                "--set",
                "calendar.support=" + hours());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode doc = JSON.readTree(out.resolve("audit.json").toFile());
        // the reference: every result's own list, counted here
        java.util.Map<String, Long> counted = new java.util.HashMap<>();
        java.util.List<String> perResult = new java.util.ArrayList<>();
        for (JsonNode t : doc.get("tickets")) {
            for (JsonNode res : t.get("results")) {
                java.util.List<String> ids = new java.util.ArrayList<>();
                res.get("assumptions").forEach(a -> ids.add(a.asText()));
                ids.forEach(id -> counted.merge(id, 1L, Long::sum));
                perResult.add(t.get("id").asText() + " " + res.get("metric").asText() + " " + String.join(" ", ids));
            }
        }
        assertThat(doc.get("assumptions")).isNotEmpty();
        for (JsonNode a : doc.get("assumptions")) {
            assertThat(a.get("results").asLong())
                    .as(a.get("id").asText())
                    .isEqualTo(counted.getOrDefault(a.get("id").asText(), 0L));
        }
        // the placeholder was replaced by the supplied hours, so no verdict rests on it
        assertThat(counted).doesNotContainKey("support-hours-placeholder");
        // the CSV's assumptions column holds the same ids, row by row
        java.util.List<String> csvRows = new java.util.ArrayList<>();
        try (var parser = org.apache.commons.csv.CSVFormat.DEFAULT
                .builder()
                .setCommentMarker('#')
                .setHeader()
                .get()
                .parse(Files.newBufferedReader(out.resolve("audit.csv")))) {
            for (var rec : parser) {
                if (!rec.get("metric").isEmpty()) {
                    csvRows.add(rec.get("id") + " " + rec.get("metric") + " " + rec.get("assumptions"));
                }
            }
        }
        assertThat(csvRows).containsExactlyElementsOf(perResult);
        assertThat(Files.readString(out.resolve("audit.txt")))
                .contains("Assumptions of the encoding")
                .contains("reaction-is-first-response")
                .contains("supplied calendar.support: ");
    }

    @Test
    void aTicketWhoseTierIsThePackageIsJudgedUnderTheTierItIncludesAndTheNotesCountIt() throws IOException {
        // the same request three times: as level 2 by its label, and as the Enterprise package by
        // its label and its key; "bei Enterprise-Paket Supportlevel 2", so all three get one verdict
        Path tickets = dir.resolve("enterprise.csv");
        Files.writeString(tickets, """
                id,created,priority,channel,region,tier,first_response,resolved,subject
                A,2025-01-06T11:32:43+01:00,High,mail,,Supportlevel 2,2025-01-07T15:02:54+01:00,,x
                B,2025-01-06T11:32:43+01:00,High,mail,,Enterprise-Paket,2025-01-07T15:02:54+01:00,,x
                C,2025-01-06T11:32:43+01:00,High,mail,,enterprise,2025-01-07T15:02:54+01:00,,x
                """);
        Cli.Result r = Cli.run(
                "audit",
                "--policy",
                "contracts/saas-support-levels.yaml",
                "--tickets",
                tickets.toString(),
                "--as-of",
                "2025-04-01T00:00",
                "--format",
                "json");
        assertThat(r.exitCode()).as(r.err()).isIn(0, 1);
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.get("rejected")).isEmpty();
        java.util.Set<String> verdicts = new java.util.HashSet<>();
        for (JsonNode t : doc.get("tickets")) {
            assertThat(t.get("tier").asText()).isEqualTo("level-2");
            verdicts.add(t.get("results").toString());
        }
        assertThat(verdicts).hasSize(1);
        assertThat(doc.get("summary").get("notes").toString())
                .contains("tickets naming the package 'enterprise' (Enterprise-Paket) as their tier: 2; they are"
                        + " judged under the tier it includes, level-2 (Supportlevel 2)");
    }

    @Test
    void aTicketNamingAPackageThatIncludesNoTierIsRejectedNamingThePackage() throws IOException {
        Path contract = dir.resolve("saas.yaml");
        Files.writeString(
                contract,
                Files.readString(Path.of("contracts/saas-support-levels.yaml"))
                        .replace("includes: [level-2]", "includes: []"));
        Path tickets = dir.resolve("enterprise.csv");
        Files.writeString(tickets, """
                id,created,priority,channel,region,tier,first_response,resolved,subject
                B,2025-01-06T11:32:43+01:00,High,mail,,Enterprise-Paket,2025-01-07T15:02:54+01:00,,x
                """);
        Cli.Result r = Cli.run(
                "audit",
                "--policy",
                contract.toString(),
                "--tickets",
                tickets.toString(),
                "--as-of",
                "2025-04-01T00:00",
                "--format",
                "json");
        JsonNode rejected = JSON.readTree(r.out()).get("rejected");
        assertThat(rejected).hasSize(1);
        assertThat(rejected.get(0).get("reason").asText())
                .isEqualTo("tier 'Enterprise-Paket' names the package enterprise, which includes no support tier");
    }

    @Test
    void theDocumentsListTheAssumptionsByIdInTheirLanguageAndSayWhenEveryResultRestsOnOne() throws Exception {
        Path out = dir.resolve("docs");
        Cli.Result r = Cli.run(
                "audit",
                "--policy",
                "contracts/smashdocs-support.yaml",
                "--tickets",
                "samples/tickets/smashdocs-support/2025-Q1.csv",
                "--as-of",
                "2025-04-01T00:00",
                "--format",
                "html,pdf",
                "--lang",
                "de",
                "--out",
                out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String html = Files.readString(out.resolve("audit.html"));
        // every SMASHDOCs verdict rests on zone-berlin: the document names no zone
        assertThat(html)
                .contains("<h3 id=\"assumptions\">Annahmen der Kodierung</h3>")
                .contains("<code>zone-berlin</code>")
                .contains("Jedes beurteilte Ergebnis beruht auf mindestens einer dieser Annahmen");
        // a reading's meaning that itself holds "; " is still found among the contract's texts
        assertThat(html)
                .contains("written-guarantee=none</code>: Abschnitt 8 gilt für die ganze Richtlinie; ohne")
                .doesNotContain("Section 8 covers the whole policy");
        String pdf;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(out.resolve("audit.pdf").toFile())) {
            pdf = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
        assertThat(pdf).contains("Annahmen der Kodierung", "zone-berlin", "reaction-is-first-response");
    }

    @Test
    void aFolderGivenAsTheSupportHoursIsRefusedAsAFolder() {
        Cli.Result r = Cli.run(
                "audit",
                "--policy",
                DISPO,
                "--tickets",
                DISPO_TICKETS,
                "--as-of",
                "2025-04-01T00:00",
                "--set",
                "calendar.support=" + dir);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err())
                .isEqualTo("error: " + dir + ": is a directory, not a calendar file\n")
                .doesNotContain("Exception");
    }

    @Test
    void theDocumentsListTheHundredLongestExtraWaitsUnlessAllAreAskedFor() throws IOException {
        // the item-support sample has 315 overtaken tickets (summary.order.overtaken)
        for (String limit : List.of("", "0")) {
            Path out = dir.resolve("order" + limit);
            List<String> args = new java.util.ArrayList<>(List.of(
                    "audit",
                    "--policy",
                    "contracts/item-support-policy.yaml",
                    "--tickets",
                    "samples/tickets/item-support-policy/2025-Q1.csv",
                    "--as-of",
                    "2025-04-01T00:00",
                    "--format",
                    "html",
                    "--out",
                    out.toString()));
            if (!limit.isEmpty()) {
                args.addAll(List.of("--list-limit", limit));
            }
            Cli.Result r = Cli.run(args.toArray(String[]::new));
            assertThat(r.exitCode()).as(r.err()).isIn(0, 1);
            String html = Files.readString(out);
            String order = html.substring(html.indexOf("id=\"order\""));
            order = order.substring(0, order.indexOf("</section>"));
            int rows = order.split("<tr>", -1).length - 2; // less the header row
            if (limit.isEmpty()) {
                assertThat(rows).isEqualTo(100);
                assertThat(order).contains("100 of 315 shown, longest extra wait first");
            } else {
                assertThat(rows).isEqualTo(315);
            }
        }
    }

    @Test
    void anAssumeFileThatNamesACalendarFileRecordsThatFilesHash() throws Exception {
        Path hours = hours();
        Path overlay = dir.resolve("assume.yaml");
        Files.writeString(overlay, "calendar.support: " + hours.getFileName() + "\n");
        Cli.Result r = Cli.run(
                "audit",
                "--policy",
                DISPO,
                "--tickets",
                DISPO_TICKETS,
                "--as-of",
                "2025-04-01T00:00",
                "--format",
                "json",
                "--assume",
                overlay.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(hours)));
        // editing the calendar file changes the verdicts, so its own hash is evidence, not only the overlay's
        assertThat(JSON.readTree(r.out()).get("supplied").get(0).get("value").asText())
                .isEqualTo(hours + " (sha256 " + sha + ")");
    }

    @Test
    void aResponseTimeFromTheTermsOfUseIsSetOnTheCommandLineAndJudgedBy() {
        Cli.Result refused =
                Cli.run("audit", "--policy", LEGAL, "--tickets", LEGAL_TICKETS, "--as-of", "2025-04-01T00:00");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("the audit needs target.any.first-response");

        Cli.Result r = Cli.run(
                "audit",
                "--policy",
                LEGAL,
                "--tickets",
                LEGAL_TICKETS,
                "--as-of",
                "2025-04-01T00:00",
                "--format",
                "json",
                "--set",
                "target.any.first-response=8 business hours");
        assertThat(r.exitCode()).as(r.err()).isZero();
        // 8 business hours = 28800 seconds on the office hours
        assertThat(r.out()).contains("\"target_seconds\" : 28800", "\"supplied\" : [ \"target.any.first-response\" ]");
    }

    @Test
    void aTimeGivenForEachPriorityFillsATargetTheContractLeavesOpenForAllOfThem() throws IOException {
        // LegalInnovate has one class of request ('request'): target.request.first-response is the
        // same promise as target.any.first-response, so every verdict must be the same
        String[] common = {
            "audit", "--policy", LEGAL, "--tickets", LEGAL_TICKETS, "--as-of", "2025-04-01T00:00", "--format", "json"
        };
        Cli.Result any = Cli.run(concat(common, "--set", "target.any.first-response=8 business hours"));
        Cli.Result own = Cli.run(concat(common, "--set", "target.request.first-response=8 business hours"));
        assertThat(own.exitCode()).as(own.err()).isZero();
        assertThat(own.out())
                .contains("\"target_seconds\" : 28800", "\"supplied\" : [ \"target.request.first-response\" ]");
        assertThat(statuses(JSON.readTree(own.out()))).isEqualTo(statuses(JSON.readTree(any.out())));
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static java.util.List<String> statuses(JsonNode audit) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (JsonNode t : audit.get("tickets")) {
            for (JsonNode r : t.get("results")) {
                out.add(t.get("id").asText() + " " + r.get("metric").asText() + " "
                        + r.get("status").asText());
            }
        }
        return out;
    }

    @Test
    void aValueForWhatTheContractStatesItselfIsRefused() throws IOException {
        Cli.Result r = Cli.run(
                "audit",
                "--policy",
                "contracts/smashdocs-support.yaml",
                "--tickets",
                "samples/tickets/smashdocs-support/2025-Q1.csv",
                "--set",
                "calendar.dach=" + hours());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err())
                .startsWith("error: --set/--assume: 'calendar.dach' names nothing the contract leaves open;"
                        + " it states everything itself");
    }

    @Test
    void anAssumeFileSuppliesTheSameKeysAndBadKeysAreNamedWithTheirLine() throws IOException {
        Path overlay = dir.resolve("assume.yaml");
        Files.writeString(overlay, """
                calendar.support:
                  zone: Europe/Berlin
                  hours: { mon-fri: "08:00-17:00" }
                """);
        Cli.Result ok = Cli.run(
                "audit",
                "--policy",
                DISPO,
                "--tickets",
                DISPO_TICKETS,
                "--as-of",
                "2025-04-01T00:00",
                "--assume",
                overlay.toString());
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("--assume", overlay.toString());

        Files.writeString(overlay, "calender.support: x.yaml\n");
        Cli.Result bad =
                Cli.run("audit", "--policy", DISPO, "--tickets", DISPO_TICKETS, "--assume", overlay.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).startsWith("error: " + overlay + ":1:1: 'calender.support' names no part of a contract");
    }

    @Test
    void validateComputesAReadingsExampleAndCatchesAWrongDueTime() throws IOException {
        String policy = Files.readString(Path.of("contracts/saas-support-levels.yaml"));
        // Fri 17:00 + 24 business hours of Mon-Fri 09:00-18:00: Fri 1 h, Mon 9 h, Tue 9 h, Wed 5 h = Wed 14:00
        Path wrong = dir.resolve("wrong-example.yaml");
        Files.writeString(
                wrong,
                policy.replace(
                        "within: 24 business hours, due: \"2026-01-14T14:00\"",
                        "within: 24 business hours, due: \"2026-01-14T17:00\""));
        Cli.Result r = Cli.run("validate", wrong.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err())
                .contains("the example of reading 'business-hours' says a request at 2026-01-09T17:00 with 24"
                        + " business hours is due 2026-01-14T17:00, but on calendar 'guarantee'")
                .contains("it is due 2026-01-14T14:00");
        assertThat(Cli.run("validate", "contracts/saas-support-levels.yaml").exitCode())
                .isZero();
    }

    @Test
    void validateFlagsAGuaranteedTargetOnHoursThatAreAnAssumption() throws IOException {
        Path file = dir.resolve("invented-hours.yaml");
        Files.writeString(file, """
                policy: p
                vendor: v
                calendars:
                  office: { zone: Europe/Berlin, hours: { mon-fri: "09:00-17:00" } }
                default-calendar: office
                priorities:
                  normal: { label: Normal }
                targets:
                  - { metric: first-response, priority: normal, within: 4 business hours }
                assumptions:
                  - id: office-hours
                    text: The document states no hours; Mon-Fri 09:00-17:00 is assumed.
                    affects: [calendar.office]
                """);
        Cli.Result r = Cli.run("validate", file.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err())
                .contains(":9:7: target 1 is guaranteed on calendar 'office', whose hours are assumption"
                        + " 'office-hours'");
    }
}
