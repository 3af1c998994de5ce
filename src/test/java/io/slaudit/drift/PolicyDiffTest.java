package io.slaudit.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each classification rule of the semantic diff on one small contract (Mon-Fri 09:00-17:00 in
 * Berlin, German holidays), changed one clause at a time. Open hours are counted in 2026: 261
 * weekdays, 7 of them national holidays (Jan 1, Good Friday, Easter Monday, May 1, Ascension, Whit
 * Monday, Dec 25), so 254 open days of 8 hours: 2,032 h.
 */
class PolicyDiffTest {

    static final String BASE = """
            policy: acme-support
            vendor: ACME GmbH
            version: "2025-01"
            calendars:
              office:
                zone: Europe/Berlin
                hours:
                  mon-fri: "09:00-17:00"
                holidays:
                  - region: DE
            default-calendar: office
            channels:
              email: { covered: true }
              phone: { covered: true }
            priorities:
              urgent: { label: Dringend, aliases: [P1] }
              normal: { label: Normal, aliases: [P3] }
            targets:
              - metric: first-response
                priority: urgent
                within: 4 business hours
              - metric: first-response
                priority: normal
                within: 2 business days
                note: counted from the request
              - metric: resolution
                priority: urgent
                guarantee: best-effort
                within: 3 business days
            exclusions:
              - text: Custom development
            ambiguities:
              business-day:
                question: Does a business day end at the same time or at closing?
                default: same-time
                readings:
                  same-time: { meaning: the same time, business-day: same-time }
                  end-of-day: { meaning: at closing, business-day: end-of-day }
            """;

    static ContractSource contract(String name, String yaml) {
        return ContractSource.parse(name, name, yaml);
    }

    static List<Change> diff(String before, String after) {
        return PolicyDiff.between(contract("old.yaml", before), contract("new.yaml", after), 2026);
    }

    static Change only(String before, String after) {
        List<Change> changes = diff(before, after);
        assertThat(changes).as("changes of %s", changes).hasSize(1);
        return changes.get(0);
    }

    /** The 1-based line of the first line of the text that contains the fragment. */
    static int lineOf(String yaml, String fragment) {
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line with " + fragment);
    }

    static String edit(String from, String to) {
        assertThat(BASE).contains(from);
        return BASE.replace(from, to);
    }

    @Test
    void reorderedKeysCommentsQuotingFlowStyleAndAnchorsAreNoChange() {
        String reformatted = """
                # the same contract, written by someone else
                vendor: 'ACME GmbH'
                policy: "acme-support"
                version: '2025-01'
                default-calendar: office
                calendars:
                  office: &office { holidays: [ { region: DE } ], hours: { mon-fri: 09:00-17:00 }, zone: Europe/Berlin }
                channels: { phone: { covered: true }, email: { covered: true } }
                priorities:
                  normal: { aliases: [P3], label: &normal Normal }
                  urgent: { aliases: ["P1"], label: "Dringend" }
                targets:
                  - { within: "4 business hours", priority: urgent, metric: first-response }
                  - { metric: first-response, priority: normal, within: 2 business days, note: counted from the request }
                  - { metric: resolution, priority: urgent, guarantee: best-effort, within: 3 business days }
                exclusions: [ { text: Custom development } ]
                ambiguities:
                  business-day:
                    readings:
                      same-time: { business-day: same-time, meaning: the same time }
                      end-of-day: { business-day: end-of-day, meaning: at closing }
                    default: same-time
                    question: Does a business day end at the same time or at closing?
                """;
        ContractSource a = contract("old.yaml", BASE);
        ContractSource b = contract("new.yaml", reformatted);
        assertThat(b.sha256()).isEqualTo(a.sha256());
        PolicyChanges p = ContractDiff.compare(a, b, 2026);
        assertThat(p.status()).isEqualTo(PolicyChanges.Status.UNCHANGED);
        assertThat(p.changes()).isEmpty();
        assertThat(PolicyDiff.between(a, b, 2026)).isEmpty();
    }

    @Test
    void aLongerTargetLoosensByTheDifferenceInTheContractsUnitAtTheLineOfItsTime() {
        String after = edit("within: 4 business hours", "within: 8 business hours");
        Change c = only(BASE, after);
        assertThat(c.classification()).isEqualTo(Classification.LOOSENED);
        assertThat(c.code()).isEqualTo("target-time");
        assertThat(c.sentence("loosened"))
                .isEqualTo("urgent first response 4 -> 8 business hours: loosened by 4 business hours");
        assertThat(c.at().orElseThrow().line()).isEqualTo(lineOf(after, "within: 8 business hours"));
    }

    @Test
    void aShorterTargetTightensAndAnotherUnitIsConvertedForTheDifference() {
        // 4 business hours -> 90 business minutes: 150 business minutes sooner
        Change c = only(BASE, edit("within: 4 business hours", "within: 90 business minutes"));
        assertThat(c.classification()).isEqualTo(Classification.TIGHTENED);
        assertThat(c.sentence("tightened"))
                .isEqualTo(
                        "urgent first response 4 business hours -> 90 business minutes: tightened by 150 business minutes");
    }

    @Test
    void aBestEffortTargetMadeGuaranteedTightens() {
        Change c = only(BASE, edit("    guarantee: best-effort\n", ""));
        assertThat(c.classification()).isEqualTo(Classification.TIGHTENED);
        assertThat(c.text()).isEqualTo("urgent resolution best effort -> guaranteed");
    }

    @Test
    void aGuaranteedTargetMadeBestEffortLoosens() {
        String after =
                edit("    within: 4 business hours\n", "    within: 4 business hours\n    guarantee: best-effort\n");
        Change c = only(BASE, after);
        assertThat(c.classification()).isEqualTo(Classification.LOOSENED);
        assertThat(c.text()).isEqualTo("urgent first response guaranteed -> best effort");
        assertThat(c.at().orElseThrow().line()).isEqualTo(lineOf(after, "guarantee: best-effort"));
    }

    @Test
    void aChannelNoLongerCoveredLoosensAndOneNowCoveredTightens() {
        String after = edit("phone: { covered: true }", "phone: { covered: false }");
        Change c = only(BASE, after);
        assertThat(c.classification()).isEqualTo(Classification.LOOSENED);
        assertThat(c.sentence("loosened")).isEqualTo("channel phone no longer covered: loosened");
        assertThat(c.at().orElseThrow().line()).isEqualTo(lineOf(after, "phone:"));
        assertThat(only(after, BASE).classification()).isEqualTo(Classification.TIGHTENED);
    }

    @Test
    void holidaysAddedLoosenByTheOpenHoursTheyTakeAway() {
        // DE-BY adds Jan 6 (Tue), Corpus Christi Jun 4 (Thu), Aug 15 (Sat) and Nov 1 (Sun) in 2026:
        // two weekdays of 8 hours, 2,032 h -> 2,016 h
        String after = edit("      - region: DE\n", "      - region: DE\n      - region: DE-BY\n");
        Change c = only(BASE, after);
        assertThat(c.classification()).isEqualTo(Classification.LOOSENED);
        assertThat(c.sentence("loosened"))
                .isEqualTo("calendar 'office': holidays of DE-BY added: loosened, 16 h open a year fewer"
                        + " (2026: 2,032 h -> 2,016 h)");
        assertThat(c.at().orElseThrow().line()).isEqualTo(lineOf(after, "DE-BY"));
        assertThat(only(after, BASE).classification()).isEqualTo(Classification.TIGHTENED);
    }

    @Test
    void movedWindowsSayHowTheWorstCaseMovesForEachPriority() {
        // a lunch break takes 1 h of 254 open days: 2,032 h -> 1,778 h
        String after = edit("mon-fri: \"09:00-17:00\"", "mon-fri: [\"09:00-12:00\", \"13:00-17:00\"]");
        Change c = only(BASE, after);
        assertThat(c.classification()).isEqualTo(Classification.LOOSENED);
        assertThat(c.code()).isEqualTo("calendar-hours");
        assertThat(c.effect()).contains("254 h open a year fewer (2026: 2,032 h -> 1,778 h)");
        assertThat(c.details()).hasSize(3);
        assertThat(c.details().get(0)).startsWith("urgent first response (4 business hours): worst case ");
        assertThat(c.details().get(1)).startsWith("normal first response (2 business days): worst case ");
        assertThat(c.details().get(2)).startsWith("urgent resolution (3 business days): worst case ");
        assertThat(c.at().orElseThrow().line()).isEqualTo(lineOf(after, "mon-fri"));
    }

    @Test
    void windowsShiftedByAnHourKeepTheOpenHoursAndTheWorstCasesAndAreNeutral() {
        // 10:00-18:00 is 8 hours a day as 09:00-17:00 is; every deadline moves with the hours
        Change c = only(BASE, edit("\"09:00-17:00\"", "\"10:00-18:00\""));
        assertThat(c.classification()).isEqualTo(Classification.NEUTRAL);
        assertThat(c.effect()).isEmpty();
        assertThat(c.details()).allMatch(d -> d.endsWith("(unchanged)"));
    }

    @Test
    void aNewReadingOfAnAmbiguityIsNeutralAndNamed() {
        String after = edit(
                "      end-of-day: { meaning: at closing, business-day: end-of-day }\n",
                "      end-of-day: { meaning: at closing, business-day: end-of-day }\n"
                        + "      eight-hours: { meaning: eight business hours, business-day: \"hours:8\" }\n");
        Change c = only(BASE, after);
        assertThat(c.classification()).isEqualTo(Classification.NEUTRAL);
        assertThat(c.code()).isEqualTo("reading-added");
        assertThat(c.text()).isEqualTo("ambiguity 'business-day': new reading 'eight-hours': eight business hours");
        assertThat(c.at().orElseThrow().line()).isEqualTo(lineOf(after, "eight-hours"));
    }

    @Test
    void deadlinesAtClosingInsteadOfAtTheSameTimeLoosen() {
        // the default reading decides business days: end-of-day is later than same-time
        List<Change> changes = diff(BASE, edit("default: same-time", "default: end-of-day"));
        assertThat(changes).extracting(Change::code).contains("business-day", "reading-default");
        Change days = changes.stream()
                .filter(c -> c.code().equals("business-day"))
                .findFirst()
                .orElseThrow();
        assertThat(days.classification()).isEqualTo(Classification.LOOSENED);
        Change reading = changes.stream()
                .filter(c -> c.code().equals("reading-default"))
                .findFirst()
                .orElseThrow();
        assertThat(reading.classification()).isEqualTo(Classification.NEUTRAL);
    }

    @Test
    void aTargetRemovedLoosensAndOneAddedTightens() {
        String without = edit("  - metric: first-response\n    priority: urgent\n    within: 4 business hours\n", "");
        Change removed = only(BASE, without);
        assertThat(removed.classification()).isEqualTo(Classification.LOOSENED);
        assertThat(removed.text()).isEqualTo("urgent first response 4 business hours -> no target");
        Change added = only(without, BASE);
        assertThat(added.classification()).isEqualTo(Classification.TIGHTENED);
        assertThat(added.text()).isEqualTo("urgent first response no target -> 4 business hours");
    }

    @Test
    void aPauseStateAddedLoosens() {
        Change c = only(BASE, BASE + "pause-on: [waiting-on-customer]\n");
        assertThat(c.classification()).isEqualTo(Classification.LOOSENED);
        assertThat(c.text()).isEqualTo("the clock now stops in state 'waiting-on-customer'");
    }

    @Test
    void anExclusionAddedLoosensAndOneDroppedTightens() {
        String more =
                edit("  - text: Custom development\n", "  - text: Custom development\n  - text: Data migration\n");
        Change c = only(BASE, more);
        assertThat(c.classification()).isEqualTo(Classification.LOOSENED);
        assertThat(c.text()).isEqualTo("now excluded: Data migration");
        assertThat(only(more, BASE).classification()).isEqualTo(Classification.TIGHTENED);
    }

    @Test
    void aTargetsNoteIsNeutralAndNamedByItsTarget() {
        Change c = only(BASE, edit("note: counted from the request", "note: counted from the first request"));
        assertThat(c.classification()).isEqualTo(Classification.NEUTRAL);
        assertThat(c.text()).contains("note changed");
    }

    @Test
    void aVendorRenamedIsNeutral() {
        Change c = only(BASE, edit("vendor: ACME GmbH", "vendor: ACME AG"));
        assertThat(c.classification()).isEqualTo(Classification.NEUTRAL);
        assertThat(c.code()).isEqualTo("vendor");
    }
}
