package io.slaudit.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.slaudit.Goldens;
import io.slaudit.calendar.PublicHolidays;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every contract under contracts/ is valid, stable in canonical form, accepted by the schema, and explained. */
class ContractsTest {

    private static final Path CONTRACTS = Path.of("contracts");
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(PolicySchema.text());

    static Stream<Path> contracts() throws IOException {
        try (Stream<Path> walk = Files.walk(CONTRACTS)) {
            return walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @Test
    void everySeedDocumentHasAContract() throws IOException {
        // 000 DPMS contact, 001 support levels, 002 SMASHDOCs, 003 ten vendor clauses, 004 item seller
        assertThat(contracts()).hasSize(14);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void loadsAndSurvivesTheCanonicalRoundTrip(Path file) {
        Policy loaded = PolicyReader.read(file);
        String canonical = CanonicalYaml.of(loaded);
        Policy again = PolicyReader.parse("canonical " + file, canonical);
        assertThat(again).isEqualTo(loaded);
        assertThat(CanonicalYaml.of(again)).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void isAcceptedByTheShippedJsonSchema(Path file) throws IOException {
        JsonNode yaml = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        assertThat(SCHEMA.validate(yaml)).as("schema errors for %s", file).isEmpty();
        JsonNode canonical = new ObjectMapper(new YAMLFactory()).readTree(CanonicalYaml.of(PolicyReader.read(file)));
        assertThat(SCHEMA.validate(canonical))
                .as("schema errors for the canonical form of %s", file)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void isExplainedInEnglishAndGerman(Path file) {
        Policy policy = PolicyReader.read(file);
        String name = CONTRACTS.relativize(file).toString().replace(".yaml", "");
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            String text = new PolicyExplainer(locale, PublicHolidays.library())
                    .explain(policy)
                    .toText();
            Goldens.assertMatches("io/slaudit/policy/explain/" + name + "." + locale.getLanguage() + ".txt", text);
        }
    }

    @Test
    void theSchemaInDocsIsTheOneInTheJar() throws IOException {
        assertThat(Files.readString(Path.of("docs/policy.schema.json"), StandardCharsets.UTF_8))
                .isEqualTo(PolicySchema.text());
    }

    @Test
    void theSchemaRejectsWhatTheFormatRejects() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        assertThat(SCHEMA.validate(yaml.readTree("policy: x\nvendor: v\n"))).isNotEmpty();
        assertThat(SCHEMA.validate(yaml.readTree("""
                        policy: x
                        vendor: v
                        calendars: { c: { zone: UTC, hours: { mon: "09:00-17:00" } } }
                        default-calendar: c
                        priorities: { p: { label: P } }
                        targets: [ { metric: first-response, priority: p, within: 4 hours } ]
                        hollidays: []
                        """))).isNotEmpty();
    }
}
