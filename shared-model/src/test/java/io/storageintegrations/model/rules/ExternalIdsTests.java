package io.storageintegrations.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ExternalIdsTests {

  @Test
  void mintsPrefixedRandomBase62IdsThatStsAccepts() {
    String id = ExternalIds.mint();

    assertThat(id).startsWith("si-ext-").matches("si-ext-[0-9A-Za-z]{40}");
    assertThat(ExternalIds.looksMinted(id)).isTrue();
    assertThat(FieldRules.externalId(id)).isEmpty();
  }

  @Test
  void mintsUniqueIds() {
    Set<String> ids = new HashSet<>();
    IntStream.range(0, 1000).forEach(i -> ids.add(ExternalIds.mint()));
    assertThat(ids).hasSize(1000);
  }

  @Test
  void recognisesOnlyMintedShapes() {
    assertThat(ExternalIds.looksMinted("zilliz-data-service")).isFalse();
    assertThat(ExternalIds.looksMinted("si-ext-short")).isFalse();
    assertThat(ExternalIds.looksMinted(null)).isFalse();
  }
}
