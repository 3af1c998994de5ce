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
}
