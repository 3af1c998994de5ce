package io.slaudit.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class YamlDocumentsTest {

    @Test
    void nodesRememberTheirLineAndColumn() {
        YamlNode.Mapping root = (YamlNode.Mapping) YamlDocuments.parse("p.yaml", "a: 1\nb:\n  c: [x, y]\n");
        YamlNode.Mapping b = (YamlNode.Mapping) root.get("b").orElseThrow();
        assertThat(root.entry("b").orElseThrow().key().mark()).hasToString("p.yaml:2:1");
        assertThat(b.get("c").orElseThrow().mark()).hasToString("p.yaml:3:6");
        YamlNode.Sequence c = (YamlNode.Sequence) b.get("c").orElseThrow();
        assertThat(c.items().get(1).mark()).hasToString("p.yaml:3:10");
    }

    @Test
    void aSyntaxErrorSaysWhatWasExpectedAndWhere() {
        assertThatThrownBy(() -> YamlDocuments.parse("p.yaml", "hours: {mon: \"09:00-17:00\"\n"))
                .isInstanceOf(InputException.class)
                .hasMessage("p.yaml:2:1: not valid YAML: expected ',' or '}', but got <stream end>"
                        + " (while parsing a flow mapping that starts at 1:8)");
    }

    @Test
    void aKeyIndentedUnlikeItsSiblingsIsCalledThatInPlainWords() {
        // 'holidays' has three spaces where its siblings have four
        String yaml = "calendars:\n  office:\n    zone: Europe/Berlin\n   holidays: []\n";
        assertThatThrownBy(() -> YamlDocuments.parse("p.yaml", yaml))
                .hasMessageStartingWith("p.yaml:4:4: not valid YAML: this line is indented differently from the"
                        + " lines before it in its block; the parser says: expected <block end>");
    }

    @Test
    void textAfterAQuotedValueIsCalledThatInPlainWords() {
        // column 20 is the "(" after the closing quote
        assertThatThrownBy(() -> YamlDocuments.parse("p.yaml", "a: 1\nsource: \"Clause 4\" (2024)\n"))
                .hasMessageStartingWith("p.yaml:2:20: not valid YAML: more text after a complete value");
    }

    @Test
    void aSecondColonOnALineIsExplained() {
        assertThatThrownBy(() -> YamlDocuments.parse("p.yaml", "note: response: within 4 hours\n"))
                .hasMessageStartingWith("p.yaml:1:15: not valid YAML: a ': ' where a value goes on");
    }

    @Test
    void aByteOrderMarkIsIgnoredAndEmptyValuesAreNull() {
        YamlNode.Mapping root = (YamlNode.Mapping) YamlDocuments.parse("p.yaml", "\uFEFFa:\nb: ~\n");
        assertThat(root.get("a"))
                .hasValueSatisfying(
                        n -> assertThat(((YamlNode.Scalar) n).isNull()).isTrue());
        assertThat(root.get("b"))
                .hasValueSatisfying(
                        n -> assertThat(((YamlNode.Scalar) n).isNull()).isTrue());
    }

    @Test
    void moreThanOneDocumentIsRefused() {
        assertThatThrownBy(() -> YamlDocuments.parse("p.yaml", "a: 1\n---\nb: 2\n"))
                .hasMessageContaining("only one YAML document");
    }

    private static String text(YamlNode node) {
        return ((YamlNode.Scalar) node).text();
    }

    @Test
    void anAliasIsTheAnchoredValueNotTheAnchorsName() {
        YamlNode.Mapping root = (YamlNode.Mapping)
                YamlDocuments.parse("p.yaml", "source: &wait waiting-on-customer\npause-on: [pending, *wait]\n");
        YamlNode.Sequence pauseOn = (YamlNode.Sequence) root.get("pause-on").orElseThrow();
        assertThat(pauseOn.items())
                .extracting(YamlDocumentsTest::text)
                .containsExactly("pending", "waiting-on-customer");
        // a value stands where the alias is: that is where a message about its use must point
        assertThat(pauseOn.items().get(1).mark()).hasToString("p.yaml:2:21");
    }

    @Test
    void anAliasOfAListOrMappingKeepsWhereItsContentWasWritten() {
        YamlNode.Mapping root =
                (YamlNode.Mapping) YamlDocuments.parse("p.yaml", "a: &h\n  mon-fri: 09-17\nb: *h\nc: [&l [x], *l]\n");
        YamlNode.Mapping b = (YamlNode.Mapping) root.get("b").orElseThrow();
        assertThat(b.entry("mon-fri").orElseThrow().key().mark()).hasToString("p.yaml:2:3");
        YamlNode.Sequence c = (YamlNode.Sequence) root.get("c").orElseThrow();
        assertThat(((YamlNode.Sequence) c.items().get(1)).items())
                .extracting(YamlDocumentsTest::text)
                .containsExactly("x");
    }

    @Test
    void aMergeKeyAddsTheKeysTheMappingDoesNotGiveItself() {
        String yaml = """
                base: &base { metric: first-response, priority: urgent, within: 4 hours }
                extra: &extra { priority: low, note: from extra, source: extra }
                t:
                  priority: high
                  <<: [*base, *extra]
                  source: own
                """;
        YamlNode.Mapping t = (YamlNode.Mapping) ((YamlNode.Mapping) YamlDocuments.parse("p.yaml", yaml))
                .get("t")
                .orElseThrow();
        // explicit keys win wherever they stand; of the merged ones, the first mapping's win
        assertThat(t.entries().keySet()).containsExactly("priority", "metric", "within", "note", "source");
        assertThat(text(t.get("priority").orElseThrow())).isEqualTo("high");
        assertThat(text(t.get("source").orElseThrow())).isEqualTo("own");
        assertThat(text(t.get("within").orElseThrow())).isEqualTo("4 hours");
        assertThat(text(t.get("note").orElseThrow())).isEqualTo("from extra");
    }

    @Test
    void aQuotedLessLessIsAnOrdinaryKey() {
        YamlNode.Mapping root = (YamlNode.Mapping) YamlDocuments.parse("p.yaml", "\"<<\": 5\n");
        assertThat(root.entries().keySet()).containsExactly("<<");
    }

    @Test
    void aMergeKeyTakesOnlyMappings() {
        assertThatThrownBy(() -> YamlDocuments.parse("p.yaml", "a: &a x\nb:\n  <<: *a\n"))
                .hasMessage("p.yaml:3:7: a merge key '<<' takes a mapping or a list of mappings (such as"
                        + " '<<: *a'), not a value");
        assertThatThrownBy(() -> YamlDocuments.parse("p.yaml", "a: &a {k: 1}\nb:\n  <<: [*a, x]\n"))
                .hasMessage("p.yaml:3:12: a merge key '<<' takes mappings (such as '<<: [*a, *b]'), not a value");
    }

    @Test
    void anAliasWithoutAnAnchorOrInsideItsOwnAnchorIsRefusedAtTheAlias() {
        assertThatThrownBy(() -> YamlDocuments.parse("p.yaml", "a: [*b]\nb: &b x\n"))
                .hasMessage("p.yaml:1:5: the alias '*b' refers to no anchor '&b' before it; an anchor must be"
                        + " defined before its aliases");
        assertThatThrownBy(() -> YamlDocuments.parse("p.yaml", "a: &a [x, *a]\n"))
                .hasMessageStartingWith("p.yaml:1:11: the alias '*a' stands inside the value anchored as '&a'");
    }

    @Test
    void anAliasBombIsRefusedAtTheAliasThatWouldExpandItTooFar() {
        // each level holds ten aliases of the one before: level n stands for about 10^(n+1) values
        StringBuilder yaml = new StringBuilder("l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int level = 1; level <= 8; level++) {
            yaml.append("l").append(level).append(": &l").append(level).append(" [");
            for (int i = 0; i < 10; i++) {
                yaml.append(i == 0 ? "" : ", ").append("*l").append(level - 1);
            }
            yaml.append("]\n");
        }
        // l4 stands for 1 + 10 * 11,111 = 111,111 values: its tenth alias (column 55) is one too many
        assertThatThrownBy(() -> YamlDocuments.parse("p.yaml", yaml.toString()))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(
                        "p.yaml:5:55: with its aliases expanded the document would have more than" + " 100,000 values");
    }

    @Test
    void duplicateKeysAreStillReportedBesideAMergeKey() {
        assertThatThrownBy(() -> YamlDocuments.parse("p.yaml", "a: &a {k: 1}\nb:\n  <<: *a\n  k: 2\n  k: 3\n"))
                .hasMessage("p.yaml:5:3: duplicate key 'k' (first given at line 4)");
    }

    @Test
    void controlCharactersAndDeepNestingAreRefusedWithTheirPosition() {
        assertThatThrownBy(() -> YamlDocuments.parse("p.yaml", "a: 1\nb: \"x\u0001\"\n"))
                .hasMessage("p.yaml:2:6: not valid YAML: the character U+0001 is not allowed in a YAML file");
        assertThatThrownBy(() -> YamlDocuments.parse("p.yaml", "a: " + "[".repeat(100) + "]".repeat(100)))
                .hasMessage("p.yaml:1:67: lists and mappings nest more than 64 levels deep");
    }

    @Test
    void aFolderGivenAsAFileIsCalledThat(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path folder = java.nio.file.Files.createDirectory(dir.resolve("p.yaml"));
        assertThatThrownBy(() -> YamlDocuments.read(folder))
                .hasMessage(folder + ": cannot read the file: is a directory");
    }
}
