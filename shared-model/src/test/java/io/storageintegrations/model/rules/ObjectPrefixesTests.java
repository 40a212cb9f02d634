package io.storageintegrations.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ObjectPrefixesTests {

  @ParameterizedTest
  @ValueSource(strings = {"backups/", "backups/2026-12-01/", "a/b c/ü/", "x.y/"})
  void wellFormedPrefixesPass(String prefix) {
    assertThat(ObjectPrefixes.problem(prefix)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "backups|must end with '/': use 'backups/'",
        "/backups/|must not start with '/'",
        "backups/*/|policy wildcards",
        "backups/?/|policy wildcards",
        "backups/${aws}/|policy wildcards",
        "a//b/|empty segment",
        "a/../b/|'.' or '..' segments",
        "./|'.' or '..' segments",
        ".storage-integrations/probe/|reserves"
      })
  void eachBadPrefixIsNamedWithItsFix(String prefix, String expected) {
    assertThat(ObjectPrefixes.problem(prefix))
        .hasValueSatisfying(
            v -> {
              assertThat(v.field()).isEqualTo("prefix");
              assertThat(v.message()).contains(expected);
            });
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 257})
  void emptyAndOverlongPrefixesAreRefused(int length) {
    String prefix = length == 0 ? "" : "a".repeat(length - 1) + "/";
    assertThat(ObjectPrefixes.problem(prefix)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\nb/", "a\u0000/"})
  void controlCharactersAreRefused(String prefix) {
    assertThat(ObjectPrefixes.problem(prefix).orElseThrow().message()).contains("control");
  }
}
