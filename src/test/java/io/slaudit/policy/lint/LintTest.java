package io.slaudit.policy.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.slaudit.calendar.PublicHolidays;
import io.slaudit.input.YamlDocuments;
import io.slaudit.input.YamlNode;
import io.slaudit.policy.Policy;
import io.slaudit.policy.PolicyReader;
import io.slaudit.policy.PolicySchema;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each lint rule fires on a contract made to trip it, at the line of the cause, and not on a clean one. */
class LintTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    /** Mon-Fri 09:00-17:00 in Berlin on DE holidays: nothing to warn of. */
    private static final String CLEAN = """
            policy: lint-test
            vendor: Test GmbH
            calendars:
              office:
                zone: Europe/Berlin
                hours:
                  mon-fri: "09:00-17:00"
                holidays:
                  - region: DE
              always:
                zone: Europe/Berlin
                hours:
                  mon-sun: "00:00-24:00"
            default-calendar: office
            channels:
              email: { covered: true, aliases: [mail] }
              hotline: { label: 24h-Hotline, covered: true, calendar: always }
            priorities:
              urgent: { label: Dringend, aliases: [P1], severity: critical }
              normal: { label: Normal, aliases: [P3], severity: normal }
            targets:
              - { metric: first-response, priority: urgent, within: 4 business hours }
              - { metric: first-response, priority: normal, within: 2 business days }
              - { metric: first-response, priority: urgent, tier: gold, within: 2 business hours }
              - { metric: first-response, priority: urgent, tier: platinum, within: 1 business hour }
            tiers:
              gold: { label: Gold, monthly-fee: 10 }
              platinum: { label: Platinum, monthly-fee: 20, requires: [gold] }
            packages:
              bundle: { label: Bundle, includes: [gold] }
            pause-on: [pending, waiting-on-customer]
            """;

    private static LintResult lint(String yaml, LocalDate today) {
        YamlNode root = YamlDocuments.parse("c.yaml", yaml);
        Policy policy = PolicyReader.read("c.yaml", root);
        return Lint.run(policy, root, today, PublicHolidays.library());
    }

    private static List<String> warnings(String yaml, LocalDate today) {
        return lint(yaml, today).warnings().stream().map(LintWarning::toString).toList();
    }

    private static List<String> warnings(String yaml) {
        return warnings(yaml, TODAY);
    }

    @Test
    void aCleanContractHasNoWarnings() {
        assertThat(warnings(CLEAN)).isEmpty();
    }

    @Test
    void everyRuleHasADistinctStableId() {
        assertThat(Lint.ids())
                .containsExactly(
                        "holiday-data-ends",
                        "round-the-clock-gap",
                        "target-exceeds-year",
                        "alias-shadowed",
                        "tier-looser-than-required",
                        "hotline-holiday-price-unstated",
                        "package-tier-unclear");
    }

    // ---------------------------------------------------------------- holiday-data-ends

    @Test
    void regionalHolidayDataEndingWithinTwoYearsIsFlaggedAtTheRegionsLine() {
        // trusted until 2031-12-31; from 2030-01-01 the horizon (2032-01-01) lies beyond it
        assertThat(warnings(CLEAN, LocalDate.of(2030, 1, 1)))
                .containsExactly("c.yaml:9:9: calendar 'office' closes on the public holidays of DE, whose data ("
                        + PublicHolidays.library().source() + ") slaudit trusts only until 2031-12-31, before"
                        + " 2032-01-01 (two years from 2030-01-01); an audit rejects tickets after 2031-12-31 until"
                        + " slaudit ships newer holiday data [holiday-data-ends]");
    }

    @Test
    void regionalHolidayDataReachingExactlyTheHorizonIsNotFlagged() {
        // 2029-12-31 + 2 years = 2031-12-31, the last trusted day itself
        assertThat(warnings(CLEAN, LocalDate.of(2029, 12, 31))).isEmpty();
    }

    @Test
    void aContractEndingBeforeTheDataDoesNeedNoMoreData() {
        String ends = CLEAN.replace("vendor: Test GmbH\n", "vendor: Test GmbH\neffective-to: 2031-06-30\n");
        assertThat(warnings(ends, LocalDate.of(2030, 6, 1))).isEmpty();
        String endsLater = CLEAN.replace("vendor: Test GmbH\n", "vendor: Test GmbH\neffective-to: 2032-03-31\n");
        assertThat(warnings(endsLater, LocalDate.of(2030, 6, 1)))
                .singleElement()
                .asString()
                .contains("before 2032-03-31 (the contract's effective-to)");
    }

    @Test
    void closedDatesTheCalendarListsItselfThatEndWithinTwoYearsAreFlaggedAtTheLastOne() {
        String own = CLEAN.replace("""
                      - region: DE
                """, """
                      - region: DE
                      - { date: 2027-12-24, name: Heiligabend }
                      - { from: 2027-12-27, to: 2027-12-31, name: Betriebsferien }
                      - { date: 2026-12-24, name: Heiligabend }
                """);
        // the latest is the period ending 2027-12-31 (line 11), before 2028-12-02
        assertThat(warnings(own))
                .containsExactly("c.yaml:11:11: calendar 'office' lists its own closed dates only until 2027-12-31,"
                        + " before 2028-12-02 (two years from 2026-12-02); after that such days count as open days"
                        + " unless the list is extended [holiday-data-ends]");
        String farEnough = own.replace("to: 2027-12-31", "to: 2028-12-31");
        assertThat(warnings(farEnough)).isEmpty();
    }

    // ---------------------------------------------------------------- round-the-clock-gap

    @Test
    void aCalendarNamedForRoundTheClockThatClosesAMinuteEachNightIsFlaggedAtItsHours() {
        String gap = CLEAN.replace("mon-sun: \"00:00-24:00\"", "mon-sun: \"00:00-23:59\"");
        assertThat(warnings(gap))
                .containsExactly("c.yaml:13:16: calendar 'always' looks meant to be open around the clock (its name)"
                        + " but its hours leave it closed Mon 23:59-24:00, Tue 23:59-24:00, Wed 23:59-24:00,"
                        + " Thu 23:59-24:00, Fri 23:59-24:00, Sat 23:59-24:00 and 1 more; write \"00:00-24:00\" for a"
                        + " whole day, or rename it if the gaps are meant [round-the-clock-gap]");
    }

    @Test
    void aChannelsRoundTheClockNamePointsAtTheMissingWeekend() {
        String named = CLEAN.replace("  always:", "  night:")
                .replace("calendar: always", "calendar: night")
                .replace("mon-sun: \"00:00-24:00\"", "mon-fri: \"00:00-24:00\"");
        // no key covers Saturday, so the warning points at 'hours:' (line 12)
        assertThat(warnings(named))
                .containsExactly("c.yaml:12:5: calendar 'night' looks meant to be open around the clock (channel"
                        + " 'hotline' runs on it) but its hours leave it closed Sat 00:00-24:00, Sun 00:00-24:00;"
                        + " write \"00:00-24:00\" for a whole day, or rename it if the gaps are meant"
                        + " [round-the-clock-gap]");
    }

    @Test
    void aCalendarOpenNearlyAllWeekIsTakenAsMeantForRoundTheClock() {
        String nearly = CLEAN.replace("  always:", "  support:")
                .replace("calendar: always", "calendar: support")
                .replace("label: 24h-Hotline, ", "")
                .replace("mon-sun: \"00:00-24:00\"", "mon-sun: \"00:00-24:00\"\n      sat: \"00:00-20:00\"");
        // 6 x 24 h + 20 h = 164 h of 168 h: 97 %; the gap is Saturday's, whose key is on line 14
        assertThat(warnings(nearly))
                .containsExactly("c.yaml:14:12: calendar 'support' looks meant to be open around the clock (it is"
                        + " open 97% of the week) but its hours leave it closed Sat 20:00-24:00; write \"00:00-24:00\""
                        + " for a whole day, or rename it if the gaps are meant [round-the-clock-gap]");
    }

    @Test
    void holidaysOnARoundTheClockCalendarAreFlagged() {
        String closes = CLEAN.replace(
                "mon-sun: \"00:00-24:00\"\n", "mon-sun: \"00:00-24:00\"\n    holidays: [ { region: DE } ]\n");
        assertThat(warnings(closes))
                .containsExactly("c.yaml:14:5: calendar 'always' looks meant to be open around the clock (its name)"
                        + " but its holidays close it all day; a round-the-clock service usually runs on holidays"
                        + " too [round-the-clock-gap]");
    }

    @Test
    void officeHoursAreNotMistakenForRoundTheClock() {
        // 'office' is open 40 of 168 hours and named for nothing round the clock
        assertThat(RoundTheClockGap.gaps(io.slaudit.calendar.DayHours.parse(List.of("09:00-17:00"))))
                .extracting(g -> g[0] + "-" + g[1])
                .containsExactly("0-32400", "61200-86400");
        assertThat(warnings(CLEAN)).noneMatch(w -> w.contains("round-the-clock-gap"));
    }

    // ---------------------------------------------------------------- target-exceeds-year

    @Test
    void aTargetLongerThanAYearOfOpenHoursIsFlaggedAtItsWithin() {
        // 2026-12-02 (Wed) to 2027-12-02: 52 weeks and Wed 2027-12-01 = 261 weekdays, less the DE holidays
        // on weekdays (2026-12-25 Fri, 2027-01-01 Fri, 03-26 Fri, 03-29 Mon, 05-06 Thu, 05-17 Mon,
        // 10-03 is a Sunday; 12-25/26 2027 fall on the weekend) = 6, so 255 days x 8 h = 2,040 open hours
        String longer = CLEAN.replace("within: 4 business hours", "within: 2041 business hours");
        assertThat(warnings(longer))
                .containsExactly("c.yaml:22:57: target 1 (first-response, priority urgent) allows 2041 business"
                        + " hours, more than a year of calendar 'office' (2,040 open hours from 2026-12-02 to"
                        + " 2027-12-02); the deadline lies more than a year after the ticket [target-exceeds-year]");
        assertThat(warnings(CLEAN.replace("within: 4 business hours", "within: 2040 business hours")))
                .isEmpty();
    }

    @Test
    void businessDaysAreCountedAgainstTheOpenDaysOfAYear() {
        // 255 open days, as above
        assertThat(warnings(CLEAN.replace("within: 2 business days", "within: 256 business days")))
                .singleElement()
                .asString()
                .startsWith("c.yaml:23:57: target 2 (first-response, priority normal) allows 256 business days,"
                        + " more than a year of calendar 'office' (255 business days from 2026-12-02");
        assertThat(warnings(CLEAN.replace("within: 2 business days", "within: 255 business days")))
                .isEmpty();
    }

    @Test
    void clockTimeIsCountedAgainstAYearOnTheWallClock() {
        // 365 x 24 = 8,760 hours
        assertThat(warnings(CLEAN.replace("within: 4 business hours", "within: 8761 hours")))
                .singleElement()
                .asString()
                .contains("allows 8761 hours, more than a year on the wall clock (365 days)");
        assertThat(warnings(CLEAN.replace("within: 4 business hours", "within: 8760 hours")))
                .isEmpty();
    }

    // ---------------------------------------------------------------- alias-shadowed

    @Test
    void aPriorityAliasThatIsAnotherPrioritysSeverityIsFlaggedAtTheAlias() {
        String shadow = CLEAN.replace("aliases: [P3]", "aliases: [P3, Critical]");
        assertThat(warnings(shadow))
                .containsExactly("c.yaml:20:42: the priority name 'Critical' of priority 'normal' is the severity of"
                        + " priority 'urgent' (severity: critical); a ticket named 'critical' is judged as 'normal',"
                        + " while a comparison treats 'urgent' as critical [alias-shadowed]");
    }

    @Test
    void aTierNamedLikeAPackageShadowsThePackage() {
        String shadow = CLEAN.replace(
                "gold: { label: Gold, monthly-fee: 10 }", "gold: { label: Gold, monthly-fee: 10, aliases: [bundle] }");
        assertThat(warnings(shadow))
                .containsExactly("c.yaml:30:3: package 'bundle' is named 'bundle', which is also a name of tier"
                        + " 'gold' ('bundle'); booking 'bundle' finds the tier first, so the package is never booked"
                        + " by this name [alias-shadowed]");
    }

    @Test
    void aPackageThatIncludesSeveralTiersIsFlaggedAtItsIncludes() {
        // a ticket of tier 'Bundle' is judged under platinum, the last listed: the encoding's choice
        String several = CLEAN.replace(
                "bundle: { label: Bundle, includes: [gold] }", "bundle: { label: Bundle, includes: [gold, platinum] }");
        assertThat(warnings(several))
                .singleElement()
                .asString()
                .startsWith("c.yaml:30:")
                .contains("package 'bundle' ('Bundle') includes the tiers gold, platinum: a ticket whose tier is"
                        + " 'Bundle' is judged under 'platinum', the last listed")
                .endsWith("[package-tier-unclear]");
    }

    @Test
    void aPackageThatIncludesNoTierIsFlagged() {
        String none =
                CLEAN.replace("bundle: { label: Bundle, includes: [gold] }", "bundle: { label: Bundle, includes: [] }");
        assertThat(warnings(none))
                .singleElement()
                .asString()
                .contains("package 'bundle' ('Bundle') includes no support tier: a ticket whose tier is 'Bundle' is"
                        + " rejected as of an unknown tier")
                .endsWith("[package-tier-unclear]");
    }

    @Test
    void twoPackagesSharingALabelAreFlaggedAtTheSecond() {
        String shadow = CLEAN.replace(
                "bundle: { label: Bundle, includes: [gold] }\n",
                "bundle: { label: Bundle, includes: [gold] }\n  other: { label: bundle, includes: [platinum] }\n");
        assertThat(warnings(shadow))
                .containsExactly("c.yaml:31:19: package 'other' is named 'bundle', as package 'bundle' is ('bundle');"
                        + " booking 'bundle' finds 'bundle', the first [alias-shadowed]");
    }

    @Test
    void aPauseStateListedTwiceInTwoSpellingsIsFlagged() {
        String shadow = CLEAN.replace(
                "pause-on: [pending, waiting-on-customer]", "pause-on: [pending, waiting-on-customer, Pending]");
        assertThat(warnings(shadow))
                .containsExactly(
                        "c.yaml:31:42: pause-on lists 'Pending' and 'pending', which match the same ticket state"
                                + " (states are matched with spaces trimmed and case ignored); list it once"
                                + " [alias-shadowed]");
    }

    // ---------------------------------------------------------------- tier-looser-than-required

    @Test
    void aTierThatAllowsLongerThanTheTierItRequiresIsFlaggedAtItsTarget() {
        String looser =
                CLEAN.replace("tier: platinum, within: 1 business hour", "tier: platinum, within: 3 business hours");
        assertThat(warnings(looser))
                .containsExactly("c.yaml:25:73: tier 'platinum' (Platinum) requires tier 'gold' (Gold) but promises"
                        + " less: target 4 (first-response, priority urgent, tier platinum) allows 3 business hours"
                        + " where target 3 (first-response, priority urgent, tier gold) guarantees 2 business hours;"
                        + " a customer who books 'platinum' on top of 'gold' gets the weaker promise"
                        + " [tier-looser-than-required]");
    }

    @Test
    void aBestEffortTierBelowAGuaranteedRequiredTierIsFlagged() {
        String looser =
                CLEAN.replace("tier: platinum, within: 1 business hour", "tier: platinum, guarantee: best-effort");
        assertThat(warnings(looser))
                .singleElement()
                .asString()
                .contains("target 4 (first-response, priority urgent, tier platinum) promises only best effort where"
                        + " target 3");
    }

    @Test
    void aTierWithoutTheTargetOfTheTierItRequiresIsFlaggedAtItsRequires() {
        // without target 4, a platinum ticket of priority urgent falls back to target 1 (4 business hours),
        // looser than gold's 2
        String missing = CLEAN.replace(
                "  - { metric: first-response, priority: urgent, tier: platinum, within: 1 business hour }\n", "");
        assertThat(warnings(missing))
                .singleElement()
                .asString()
                .startsWith("c.yaml:22:57: tier 'platinum' (Platinum) requires tier 'gold' (Gold) but promises less:"
                        + " target 1 (first-response, priority urgent) allows 4 business hours where target 3");
        String none =
                missing.replace("  - { metric: first-response, priority: urgent, within: 4 business hours }\n", "");
        assertThat(warnings(none))
                .singleElement()
                .asString()
                .startsWith("c.yaml:26:49: tier 'platinum' (Platinum) requires tier 'gold' (Gold) but promises less:"
                        + " it has no first-response target for priority 'urgent' where target 2");
    }

    @Test
    void timesThatCountDifferentlyAreNotCompared() {
        // 1 day on the wall clock against 2 business hours: which is longer depends on the arrival
        String other = CLEAN.replace("tier: platinum, within: 1 business hour", "tier: platinum, within: 24 hours");
        assertThat(warnings(other)).isEmpty();
    }

    // ---------------------------------------------------------------- lint: ignore

    @Test
    void aContractAcceptsAWarningWithAReason() {
        String accepted = CLEAN.replace("mon-sun: \"00:00-24:00\"", "mon-sun: \"00:00-23:59\"")
                + "lint:\n  ignore:\n    - { rule: round-the-clock-gap, reason: the hotline closes for a minute at midnight }\n";
        LintResult r = lint(accepted, TODAY);
        assertThat(r.warnings()).isEmpty();
        assertThat(r.ignored()).extracting(LintWarning::rule).containsExactly("round-the-clock-gap");
    }

    @Test
    void anIgnoreEntryThatNamesNoRuleOrAcceptsNothingIsItselfAWarning() {
        String stale = CLEAN + "lint:\n  ignore:\n    - { rule: round-the-clock-gap, reason: fixed since }\n"
                + "    - { rule: no-such-rule, reason: typo }\n";
        assertThat(warnings(stale))
                .containsExactly(
                        "c.yaml:34:15: 'lint: ignore' accepts rule 'round-the-clock-gap', which warns of nothing in"
                                + " this contract; remove the entry [lint-ignore]",
                        "c.yaml:35:15: 'lint: ignore' names no rule 'no-such-rule'; the rules: holiday-data-ends,"
                                + " round-the-clock-gap, target-exceeds-year, alias-shadowed, tier-looser-than-required,"
                                + " hotline-holiday-price-unstated, package-tier-unclear [lint-ignore]");
    }

    @Test
    void theSchemaKnowsTheLintBlockAndWantsAReason() throws IOException {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(PolicySchema.text());
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        String accepted = CLEAN + "lint: { ignore: [ { rule: round-the-clock-gap, reason: meant } ] }\n";
        assertThat(schema.validate(yaml.readTree(accepted))).isEmpty();
        assertThat(schema.validate(yaml.readTree(accepted.replace("reason: meant", "reason: \" \""))))
                .isNotEmpty();
        assertThat(schema.validate(yaml.readTree(accepted.replace("reason: meant", "because: meant"))))
                .isNotEmpty();
    }

    @Test
    void theCanonicalFormLeavesTheLintBlockOut() {
        String accepted = CLEAN + "lint: { ignore: [ { rule: round-the-clock-gap, reason: meant } ] }\n";
        Policy with = PolicyReader.parse("c.yaml", accepted);
        assertThat(with).isEqualTo(PolicyReader.parse("c.yaml", CLEAN));
        assertThat(io.slaudit.policy.CanonicalYaml.of(with)).doesNotContain("lint:", "round-the-clock-gap");
    }

    /** A hotline priced by weekday and hour, its regular hours on the DE-closed office calendar. */
    private static final String HOTLINE = CLEAN + """
            hotline:
              label: Notfall
              calendar: always
              regular-hours: office
              bands:
                - label: Randzeiten
                  hours:
                    mon-fri: ["00:00-09:00", "17:00-24:00"]
                  first-minutes: 5
                  first-price: 30.00
                  per-minute: 5.00
                  billed-per-started-minutes: 5
                - label: Wochenende
                  hours:
                    sat-sun: "00:00-24:00"
                  first-minutes: 5
                  first-price: 36.00
                  per-minute: 6.00
                  billed-per-started-minutes: 5
            """;

    @Test
    void aHotlineWhoseHolidayPriceTheContractLeavesUnsaidIsFlaggedAtItsBands() {
        // CLEAN has 31 lines; 'hotline:' is line 32, 'bands:' line 36, indented by two
        assertThat(warnings(HOTLINE))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("c.yaml:36:3:")
                .contains("does not say what a call costs on a weekday holiday")
                .endsWith("[hotline-holiday-price-unstated]");
    }

    @Test
    void aHotlineHolidayPriceStatedInThePricingOrByAReadingIsNotFlagged() {
        assertThat(warnings(HOTLINE + "pricing: { hotline-on-holidays: { band: Wochenende } }\n"))
                .isEmpty();
        assertThat(warnings(HOTLINE + """
                                ambiguities:
                                  holidays:
                                    question: Is a holiday priced like a weekend?
                                    default: weekend
                                    readings:
                                      weekend:
                                        meaning: like a weekend day
                                        pricing: { hotline-on-holidays: { band: Wochenende } }
                                      weekday:
                                        meaning: like its weekday
                                        pricing: { hotline-on-holidays: weekday }
                                """)).isEmpty();
    }
}
