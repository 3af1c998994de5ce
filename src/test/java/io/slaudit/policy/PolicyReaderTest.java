package io.slaudit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slaudit.input.InputException;
import io.slaudit.input.Problem;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One failing example per validation rule, each with the position and the words a user sees. */
class PolicyReaderTest {

    /** A minimal valid policy; tests append or replace sections. */
    private static final String HEAD = """
            policy: test
            vendor: Test GmbH
            calendars:
              office: { zone: Europe/Berlin, hours: { mon-fri: "09:00-17:00" } }
            default-calendar: office
            """;

    private static final String PRIORITIES = """
            priorities:
              urgent: { label: Dringend, aliases: [P1] }
              high: { label: Hoch, aliases: [P2] }
            """;

    private static List<String> problems(String yaml) {
        try {
            PolicyReader.parse("p.yaml", yaml);
        } catch (InputException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("expected problems in:\n" + yaml);
    }

    @Test
    void aMinimalPolicyLoadsWithTheDocumentedDefaults() {
        Policy p = PolicyReader.parse("p.yaml", HEAD + PRIORITIES + """
                targets:
                  - { metric: first-response, priority: urgent, within: 4 business hours }
                """);
        assertThat(p.businessDay()).isEqualTo(BusinessDayRule.SAME_TIME);
        assertThat(p.priorityChange()).isEqualTo(PriorityChangeRule.RETARGET);
        assertThat(p.channels()).isEmpty();
        assertThat(p.pauseOn()).isEmpty();
        assertThat(p.commercial().currency()).isEqualTo("EUR");
        assertThat(p.targets()).singleElement().satisfies(t -> {
            assertThat(t.guarantee()).isEqualTo(Guarantee.GUARANTEED);
            assertThat(t.within()).contains(new TargetTime(BigDecimal.valueOf(4), TargetTime.Unit.HOURS, true));
        });
        assertThat(p.priorityNamed("p1")).map(Priority::key).contains("urgent");
        assertThat(p.priorityNamed("Hoch")).map(Priority::key).contains("high");
        assertThat(p.priorityNamed("P9")).isEmpty();
    }

    @Test
    void requiredKeysAreNamed() {
        assertThat(problems("vendor: x\n"))
                .containsExactly(
                        "p.yaml:1:1: the policy lacks the required key 'policy'",
                        "p.yaml:1:1: the policy lacks the required key 'calendars'",
                        "p.yaml:1:1: the policy lacks the required key 'default-calendar'",
                        "p.yaml:1:1: the policy lacks the required key 'priorities'",
                        "p.yaml:1:1: the policy lacks the required key 'targets'");
    }

    @Test
    void unknownKeysAreErrorsAtEveryLevel() {
        assertThat(problems(HEAD + PRIORITIES + """
                        targets:
                          - { metric: first-response, priority: urgent, within: 4 hours, priorty: high }
                        pause_on: [pending]
                        """))
                .containsExactly(
                        "p.yaml:10:66: unknown key 'priorty' in target 1; did you mean 'priority'? (known keys: metric,"
                                + " priority, within, calendar, guarantee, clock, tier, channel, region, when, source, note)",
                        "p.yaml:11:1: unknown key 'pause_on' in the policy; did you mean 'pause-on'? (known keys: policy,"
                                + " vendor, product, version, source, effective-from, effective-to, currency, calendars,"
                                + " default-calendar, regions, business-day, channels, priorities, targets, pause-on,"
                                + " priority-change, handling-order, tiers, packages, phone-support, hotline, pricing, price-basis, covers, exclusions,"
                                + " statements,"
                                + " assumptions, ambiguities, lint)");
    }

    @Test
    void anUndefinedPriorityInATargetIsNamedWithAHint() {
        assertThat(problems(HEAD + PRIORITIES + """
                        targets:
                          - { metric: first-response, priority: Dringend, within: 4 business hours }
                          - { metric: first-response, priority: normal, within: 1 business day }
                        """))
                .containsExactly(
                        "p.yaml:10:41: target 1 names an undefined priority 'Dringend'; targets name priorities by key:"
                                + " did you mean 'urgent'?",
                        "p.yaml:11:41: target 2 names an undefined priority 'normal'; defined: urgent, high (or 'any')");
    }

    @Test
    void anAliasClaimedByTwoPrioritiesIsAnError() {
        assertThat(problems(HEAD + """
                        priorities:
                          urgent: { label: Dringend, aliases: [P1, Critical] }
                          high: { label: Hoch, aliases: [P2, critical] }
                        targets: []
                        """))
                .containsExactly("p.yaml:8:38: the name 'critical' is claimed by both priority 'urgent' and 'high'; a"
                        + " ticket's priority must name one class");
    }

    @Test
    void aTargetOnAnUncoveredChannelIsAnError() {
        assertThat(problems(HEAD + PRIORITIES + """
                        channels:
                          email: { covered: true }
                          phone: { covered: false, note: written requests only }
                        targets:
                          - { metric: first-response, priority: urgent, within: 1 hour, channel: phone }
                        """))
                .containsExactly("p.yaml:13:74: target 1 is set on channel 'phone', which the policy does not cover; a"
                        + " ticket there is excluded, so the target could never apply");
    }

    @Test
    void aMissingTierPrerequisiteIsAnError() {
        assertThat(problems(HEAD + PRIORITIES + """
                        targets: []
                        tiers:
                          level-1: { label: Level 1, default: true }
                          level-3: { label: Level 3, requires: [level-2] }
                        """))
                .containsExactly("p.yaml:12:40: tier 'level-3' requires tier 'level-2', which is not defined; defined:"
                        + " level-1, level-3");
    }

    @Test
    void tierPrerequisitesMustNotGoRoundInACircle() {
        assertThat(problems(HEAD + PRIORITIES + """
                        targets: []
                        tiers:
                          a: { requires: [b] }
                          b: { requires: [a] }
                        """))
                .containsExactly("p.yaml:11:18: tier prerequisites go round in a circle: a -> b -> a");
    }

    @Test
    void onlyOneTierIsTheDefault() {
        assertThat(problems(HEAD + PRIORITIES + """
                        targets: []
                        tiers:
                          a: { default: true }
                          b: { default: true }
                        """))
                .containsExactly("p.yaml:12:17: tiers 'a' and 'b' are both marked default; customers have one tier"
                        + " without booking");
    }

    private static final String HOTLINE_HEAD =
            HEAD.replace("default-calendar: office", """
              always: { zone: Europe/Berlin, hours: { mon-sun: "00:00-24:00" } }
            default-calendar: office""") + PRIORITIES + "targets: []\n";

    @Test
    void overlappingPriceBandsAreAnError() {
        assertThat(problems(HOTLINE_HEAD + """
                        hotline:
                          calendar: always
                          bands:
                            - { label: day, hours: { mon-sun: "06:00-22:00" }, per-minute: 5.00 }
                            - { label: night, hours: { mon-sun: ["00:00-07:00", "22:00-24:00"] }, per-minute: 6.00 }
                        """))
                .first()
                .isEqualTo("p.yaml:15:9: price band 'night' overlaps band 'day' on Mon 06:00-07:00");
    }

    @Test
    void aGapInA24By7HotlineIsAnError() {
        assertThat(problems(HOTLINE_HEAD + """
                        hotline:
                          calendar: always
                          regular-hours: office
                          bands:
                            - { label: evening, hours: { mon-fri: "17:00-24:00" }, per-minute: 5.00 }
                            - { label: weekend, hours: { sat-sun: "00:00-24:00" }, per-minute: 6.00 }
                        """))
                .containsExactly(
                        "p.yaml:14:3: the hotline is reachable (calendar 'always') but no price band covers Mon 00:00-09:00",
                        "p.yaml:14:3: the hotline is reachable (calendar 'always') but no price band covers Tue 00:00-09:00",
                        "p.yaml:14:3: the hotline is reachable (calendar 'always') but no price band covers Wed 00:00-09:00",
                        "p.yaml:14:3: the hotline is reachable (calendar 'always') but no price band covers Thu 00:00-09:00",
                        "p.yaml:14:3: the hotline is reachable (calendar 'always') but no price band covers Fri 00:00-09:00");
    }

    @Test
    void aCalendarThatIsNeverOpenIsAnError() {
        assertThat(problems("""
                        policy: test
                        vendor: Test GmbH
                        calendars:
                          office:
                            zone: Europe/Berlin
                            hours: { mon-fri: closed }
                        default-calendar: office
                        """ + PRIORITIES + "targets: []\n"))
                .containsExactly("p.yaml:6:5: the calendar is never open: no weekday has open hours");
    }

    @Test
    void undefinedCalendarsAreNamed() {
        assertThat(problems(HEAD.replace("default-calendar: office", "default-calendar: offce") + PRIORITIES + """
                        targets:
                          - { metric: first-response, priority: urgent, within: 4 business hours, calendar: phone }
                        """))
                .containsExactly(
                        "p.yaml:5:19: no calendar named 'offce'; defined: office",
                        "p.yaml:10:85: no calendar named 'phone'; defined: office");
    }

    @Test
    void targetTimesFollowTheFixedGrammar() {
        assertThat(problems(HEAD + PRIORITIES + """
                        targets:
                          - { metric: first-response, priority: urgent, within: 4h }
                          - { metric: first-response, priority: high, within: "1,5 business days" }
                          - { metric: resolution, priority: high }
                          - { metric: reply, priority: high, guarantee: best-effort }
                        """))
                .containsExactly(
                        "p.yaml:10:57: '4h' is not a target time; write a number and a unit, e.g. '4 business hours', '1.5"
                                + " business days', '30 minutes' (units: minutes, hours, days, each optionally preceded by"
                                + " 'business')",
                        "p.yaml:11:55: '1,5 business days' is not a target time; write a number and a unit, e.g. '4"
                                + " business hours', '1.5 business days', '30 minutes' (units: minutes, hours, days, each"
                                + " optionally preceded by 'business')",
                        "p.yaml:12:7: a guaranteed target needs 'within'; write 'guarantee: best-effort' for a target"
                                + " without a time",
                        "p.yaml:13:15: unknown metric 'reply'; known metrics: first-response, resolution, next-response,"
                                + " update, workaround");
    }

    @Test
    void twoTargetsForTheSameTicketsContradictEachOther() {
        assertThat(problems(HEAD + PRIORITIES + """
                        targets:
                          - { metric: first-response, priority: urgent, within: 4 business hours }
                          - { metric: first-response, priority: [high, urgent], within: 8 business hours }
                        """))
                .containsExactly(
                        "p.yaml:11:7: targets 1 and 2 both set first-response for priority 'urgent' of the same"
                                + " tickets; make one more specific (tier, channel, region) or tie them to different readings with"
                                + " 'when'");
    }

    @Test
    void targetsOfDifferentReadingsOrDifferentTiersDoNotContradict() {
        Policy p = PolicyReader.parse("p.yaml", HEAD + PRIORITIES + """
                targets:
                  - { metric: first-response, priority: urgent, within: 4 business hours, when: { window: business } }
                  - { metric: first-response, priority: urgent, within: 4 hours, when: { window: clock } }
                  - { metric: first-response, priority: urgent, within: 2 business hours, tier: gold }
                tiers:
                  gold: { label: Gold }
                ambiguities:
                  window:
                    question: Business or clock hours?
                    default: business
                    readings: { business: counted in business hours, clock: counted in clock hours }
                """);
        assertThat(p.targetsUnder(p.defaultReading())).hasSize(2);
        assertThat(p.readingVariants())
                .extracting(ReadingChoice::toString)
                .containsExactly("window=business", "window=clock");
    }

    @Test
    void readingsMustExist() {
        assertThat(problems(HEAD + PRIORITIES + """
                        targets:
                          - { metric: first-response, priority: urgent, within: 4 hours, when: { window: wall } }
                        ambiguities:
                          window:
                            question: Business or clock hours?
                            default: bussiness
                            readings: { business: counted in business hours, clock: counted in clock hours }
                        """))
                .containsExactly(
                        "p.yaml:10:74: ambiguity 'window' has no reading 'wall'; readings: business, clock",
                        "p.yaml:14:14: the default reading 'bussiness' is not one of the readings: business, clock");
    }

    @Test
    void effectiveDatesMustBeInOrder() {
        assertThat(problems(
                        HEAD + "effective-from: 2025-01-01\neffective-to: 2024-12-31\n" + PRIORITIES + "targets: []\n"))
                .containsExactly("p.yaml:7:15: effective-to (2024-12-31) lies before effective-from (2025-01-01)");
    }

    @Test
    void anUnreadableFileIsNotAnInvalidOne() {
        assertThatThrownBy(() -> PolicyReader.parse("p.yaml", "policy: [unclosed\n"))
                .isInstanceOfSatisfying(
                        InputException.class, e -> assertThat(e.kind()).isEqualTo(InputException.Kind.UNREADABLE));
        assertThatThrownBy(() -> PolicyReader.parse("p.yaml", "vendor: x\n"))
                .isInstanceOfSatisfying(
                        InputException.class, e -> assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID));
    }

    @Test
    void anchorsAliasesAndMergeKeysMeanWhatYamlSays() {
        Policy p = PolicyReader.parse("p.yaml", """
                policy: test
                vendor: Test GmbH
                source: &wait waiting-on-customer
                calendars:
                  office: { zone: Europe/Berlin, hours: { mon-fri: "09:00-17:00" } }
                default-calendar: office
                pause-on: [pending, *wait]
                priorities:
                  urgent: { label: Dringend, aliases: [P1] }
                  high: { label: Hoch, aliases: [P2] }
                targets:
                  - &fast { metric: first-response, priority: urgent, within: 4 business hours }
                  - <<: *fast
                    priority: high
                """);
        // the state the anchor holds, not the word 'wait'
        assertThat(p.pauseOn()).containsExactly("pending", "waiting-on-customer");
        assertThat(p.targets()).hasSize(2);
        assertThat(p.targets().get(1).priorities().keys()).containsExactly("high");
        assertThat(p.targets().get(1).within()).isEqualTo(p.targets().get(0).within());
    }

    @Test
    void anAliasedPriorityNameIsTheAnchoredOneAndSoClaimedTwice() {
        assertThat(problems(HEAD + """
                        priorities:
                          urgent: { label: Dringend, aliases: [&lab P1] }
                          high: { label: Hoch, aliases: [*lab] }
                        targets: []
                        """))
                .containsExactly("p.yaml:8:34: the name 'P1' is claimed by both priority 'urgent' and 'high'; a"
                        + " ticket's priority must name one class");
    }

    @Test
    void aTargetWithoutPrioritiesOrWithAnEmptyTimeIsAProblemAtItsPosition() {
        assertThat(problems(HEAD + PRIORITIES + """
                        targets:
                          - { metric: first-response, priority: [], within: 4 hours }
                          - { metric: first-response, priority: , within: 4 hours }
                          - { metric: first-response, priority: { a: b }, within: 4 hours }
                          - { metric: first-response, priority: urgent, within: }
                        """))
                .containsExactly(
                        "p.yaml:10:41: 'priority' names no priority; write a priority key, a list of them, or 'any'",
                        "p.yaml:11:40: 'priority' names no priority; write a priority key, a list of them, or 'any'",
                        "p.yaml:12:43: 'priority' must be a list, not a mapping",
                        "p.yaml:13:56: 'within' is empty; write a time such as '4 business hours', or leave"
                                + " 'within' out of a best-effort target");
    }

    @Test
    void anAmountWhosePlainFormHasABillionDigitsIsRefused() {
        String tiers = """
                targets: []
                tiers:
                  basic: { monthly-fee: 1e999999999 }
                  tiny: { monthly-fee: 1e-999999999 }
                """;
        assertThat(problems(HEAD + PRIORITIES + tiers))
                .containsExactly(
                        "p.yaml:11:25: 'monthly-fee': '1e999999999' is too large; an amount has at most 12 digits"
                                + " before the point",
                        "p.yaml:12:24: 'monthly-fee': '1e-999999999' has more than 6 decimal places");
    }

    @Test
    void pricingRulesDefaultToPerStartedMinuteAndTheBandACallStartsIn() {
        Policy p = PolicyReader.parse("p.yaml", HOTLINE_HEAD);
        assertThat(p.commercial().pricing()).isEqualTo(PricingRules.DEFAULT);
        assertThat(p.pricingUnder(p.defaultReading())).isEqualTo(PricingRules.DEFAULT);
    }

    private static final String BANDED = HOTLINE_HEAD + """
            hotline:
              calendar: always
              regular-hours: office
              bands:
                - { label: edge, hours: { mon-fri: ["00:00-09:00", "17:00-24:00"] }, per-minute: 5.00 }
                - { label: weekend, hours: { sat-sun: "00:00-24:00" }, per-minute: 6.00 }
            """;

    @Test
    void aReadingChangesThePricingRulesItNames() {
        Policy p = PolicyReader.parse("p.yaml", BANDED + """
                pricing: { unused-minutes: expire, hotline-on-holidays: { band: weekend }, source: "price list" }
                ambiguities:
                  carry:
                    question: Do unused minutes carry over?
                    default: no
                    readings:
                      no: { meaning: they lapse }
                      yes: { meaning: they carry over, pricing: { unused-minutes: carry-over, hotline-crossing: per-block } }
                """);
        PricingRules base = p.commercial().pricing();
        assertThat(base.hotlineOnHolidays()).isEqualTo(PricingRules.HolidayRate.band("weekend"));
        assertThat(base.source()).contains("price list");
        assertThat(p.pricingUnder(p.defaultReading())).isEqualTo(base);
        PricingRules yes = p.pricingUnder(p.reading("carry=yes", false));
        assertThat(yes.unusedMinutes()).isEqualTo(PricingRules.UnusedMinutes.CARRY_OVER);
        assertThat(yes.hotlineCrossing()).isEqualTo(PricingRules.HotlineCrossing.PER_BLOCK);
        assertThat(yes.hotlineOnHolidays()).isEqualTo(base.hotlineOnHolidays());
        assertThat(p.ambiguities().get("carry").bearsOnPricing()).isTrue();
        // a reading that changes only prices changes no verdict: audits leave it out, bills try it
        assertThat(p.otherReadings(p.defaultReading())).isEmpty();
        assertThat(p.otherPricingReadings(p.defaultReading())).containsExactly(p.reading("carry=yes", false));
        Policy again = PolicyReader.parse("canonical", CanonicalYaml.of(p));
        assertThat(again.ambiguities()).isEqualTo(p.ambiguities());
        assertThat(again.commercial().pricing()).isEqualTo(base);
    }

    @Test
    void pricingRulesAreCheckedWordByWord() {
        assertThat(problems(BANDED + """
                        pricing:
                          unused-minutes: rollover
                          phone-billed-per-started-minutes: 0
                          hotline-on-holidays: { band: sunday }
                          hotline-crossing: split
                        """))
                .containsExactly(
                        "p.yaml:18:19: 'unused-minutes' is expire or carry-over, not 'rollover'",
                        "p.yaml:19:37: 'phone-billed-per-started-minutes' must be at least 1",
                        "p.yaml:20:26: 'hotline-on-holidays' names band 'sunday'; the hotline's bands: edge, weekend",
                        "p.yaml:21:21: 'hotline-crossing' is start-band or per-block, not 'split'");
    }

    @Test
    void aHolidayBandNeedsAHotline() {
        assertThat(problems(HOTLINE_HEAD + "pricing: { hotline-on-holidays: { band: weekend } }\n"))
                .containsExactly(
                        "p.yaml:11:35: 'hotline-on-holidays' names band 'weekend', but the policy has no hotline");
    }

    @Test
    void aPriorityMayStateTheSeveritiesItStandsForInComparisons() {
        Policy p = PolicyReader.parse("p.yaml", HEAD + """
                priorities:
                  urgent: { label: Dringend, severity: critical }
                  minor: { label: Leicht, severity: [low, normal, low] }
                  other: { label: Sonstiges }
                targets: []
                """);
        assertThat(p.priorities().get("urgent").severities()).containsExactly(Severity.CRITICAL);
        // the order of the scale, each once
        assertThat(p.priorities().get("minor").severities()).containsExactly(Severity.NORMAL, Severity.LOW);
        assertThat(p.priorities().get("other").severities()).isEmpty();
        assertThat(CanonicalYaml.of(p))
                .contains("    severity: critical\n", "    severity:\n      - normal\n      - low\n");
        assertThat(PolicyReader.parse("c.yaml", CanonicalYaml.of(p))).isEqualTo(p);
    }

    @Test
    void anUnknownSeverityAndASeverityClaimedTwiceAreErrors() {
        assertThat(problems(HEAD + """
                        priorities:
                          urgent: { label: Dringend, severity: [critical, urgent] }
                          high: { label: Hoch, severity: critical }
                        targets: []
                        """))
                .containsExactly(
                        "p.yaml:7:51: unknown severity 'urgent'; severities: critical, high, normal, low",
                        "p.yaml:8:34: severity 'critical' is claimed by both priority 'urgent' and 'high'; a ticket"
                                + " of a severity must map to one class");
    }
}
