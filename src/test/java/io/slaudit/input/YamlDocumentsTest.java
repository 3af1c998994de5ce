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
