package io.slaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExplainCommandTest {

    @Test
    void statesEachPriorityWithItsTargetAndCalendarInPlainWords() {
        Cli.Result r = Cli.run("explain", "contracts/smashdocs-support.yaml");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out())
                .startsWith("Support for SMASHDOCs by smartwork solutions GmbH\n")
                .contains(
                        "- Dringend (urgent; also named P1, Urgent, Critical, Kritisch): SMASHDOCs funktioniert nicht\n"
                                + "      Effort: ")
                .contains("First response within 4 business hours, counted on Mon-Fri 10:00-18:00, Europe/Berlin,"
                        + " closed on public holidays of Munich, Bavaria (DE-BY/mu); under the reading written-guarantee = stated;"
                        + " guaranteed.")
                .contains("Not covered: Telefon");
    }

    @Test
    void speaksGerman() {
        Cli.Result r = Cli.run("explain", "contracts/smashdocs-support.yaml", "--lang", "de");
        assertThat(r.out())
                .contains("Erste Antwort innerhalb von 4 Arbeitsstunden, gezählt nach Mo-Fr 10:00-18:00,"
                        + " Europe/Berlin, geschlossen an den gesetzlichen Feiertagen von München, Bayern (DE-BY/mu); in der Lesart"
                        + " written-guarantee = stated; garantiert.");
    }

    @Test
    void anInvalidPolicyIsAnInputError() {
        Cli.Result r = Cli.run("explain", "pom.xml");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: pom.xml");
    }
}
