package io.storageintegrations.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionsTests {

  @Test
  void theThreeSpellingsNormaliseToTheRegionId() {
    assertThat(Regions.normalize("cn-hangzhou")).isEqualTo("cn-hangzhou");
    assertThat(Regions.normalize("oss-cn-hangzhou")).isEqualTo("cn-hangzhou");
    assertThat(Regions.normalize("ali-cn-hangzhou")).isEqualTo("cn-hangzhou");
    assertThat(Regions.normalize(" OSS-CN-Hangzhou ")).isEqualTo("cn-hangzhou");
    assertThat(Regions.normalize(null)).isNull();
  }

  @Test
  void allowListAndOssRegionId() {
    assertThat(Regions.allowed("oss-eu-central-1")).contains("eu-central-1");
    assertThat(Regions.allowed("cn-nanjing")).isEmpty();
    assertThat(Regions.isAllowed("ali-ap-southeast-1")).isTrue();
    assertThat(Regions.ossRegionId("ali-cn-beijing")).isEqualTo("oss-cn-beijing");
    assertThat(Regions.same("oss-cn-hangzhou", "ali-cn-hangzhou")).isTrue();
    assertThat(Regions.same("cn-hangzhou", "cn-shanghai")).isFalse();
    assertThat(Regions.same(null, "cn-shanghai")).isFalse();
  }
}
