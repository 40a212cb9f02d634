package io.storageintegrations.producer.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

class ApiKeyPolicyTests {

  private static final String GOOD = "0123456789abcdef0123456789abcdef";

  private static ApiKeyProperties.ApiKey plain(String name, String key) {
    return new ApiKeyProperties.ApiKey(name, key, null, Set.of("p"), false, null, null);
  }

  @Test
  void noKeysAtAllStopsStartUpNamingTheProperty() {
    assertThatThrownBy(() -> new ApiKeys(new ApiKeyProperties(List.of()), new MockEnvironment()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("storage-integrations.security.api-keys: no API key configured");
  }

  @Test
  void demoValuesAndShortKeysAreRefusedNamingEachProperty() {
    ApiKeyProperties keys =
        new ApiKeyProperties(
            List.of(
                plain("ok", GOOD),
                plain("demo", "demo-key"),
                plain("short", GOOD.substring(1)),
                new ApiKeyProperties.ApiKey(
                    "hashed",
                    null,
                    ApiKeyPolicyTests.digestOf("operator-key"),
                    Set.of(),
                    true,
                    null,
                    null)));

    assertThat(ApiKeyPolicy.violations(keys))
        .containsExactly(
            "storage-integrations.security.api-keys[1].key: is a published demo value;"
                + " generate your own key",
            "storage-integrations.security.api-keys[2].key: is shorter than 32 characters;"
                + " generate a longer key",
            "storage-integrations.security.api-keys[3].key-sha256: is the digest of a published"
                + " demo value");
    assertThatThrownBy(() -> new ApiKeys(keys, new MockEnvironment()))
        .hasMessageContaining("api-keys[1].key")
        .hasMessageContaining("api-keys[2].key")
        .hasMessageNotContaining(GOOD);
  }

  @Test
  void theLocalProfileAcceptsTheDemoKeys() {
    MockEnvironment local = new MockEnvironment();
    local.setActiveProfiles("local");
    ApiKeys keys = new ApiKeys(new ApiKeyProperties(List.of(plain("demo", "demo-key"))), local);

    assertThat(keys.authenticate("demo-key")).isPresent();
  }

  @Test
  void keysBindFromTheEnvironmentVariablesComposeSets() {
    StandardEnvironment environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .addFirst(
            new SystemEnvironmentPropertySource(
                "compose-systemEnvironment",
                Map.of(
                    "STORAGE_INTEGRATIONS_SECURITY_API_KEYS_0_NAME", "console",
                    "STORAGE_INTEGRATIONS_SECURITY_API_KEYS_0_KEY", GOOD,
                    "STORAGE_INTEGRATIONS_SECURITY_API_KEYS_0_PROJECTS", "demo,other",
                    "STORAGE_INTEGRATIONS_SECURITY_API_KEYS_1_NAME", "operator",
                    "STORAGE_INTEGRATIONS_SECURITY_API_KEYS_1_KEY_SHA256", digestOf(GOOD + "x"),
                    "STORAGE_INTEGRATIONS_SECURITY_API_KEYS_1_OPERATOR", "true")));
    ApiKeyProperties bound =
        new Binder(ConfigurationPropertySources.get(environment))
            .bind("storage-integrations.security", ApiKeyProperties.class)
            .get();

    ApiKeys keys = new ApiKeys(bound, environment);
    assertThat(keys.authenticate(GOOD))
        .hasValueSatisfying(
            c -> assertThat(c.projects()).containsExactlyInAnyOrder("demo", "other"));
    assertThat(keys.authenticate(GOOD + "x"))
        .hasValueSatisfying(c -> assertThat(c.operator()).isTrue());
  }

  static String digestOf(String key) {
    return java.util.HexFormat.of().formatHex(ApiKeys.sha256(key));
  }
}
