package io.storageintegrations.localstack.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The producer's API keys come from .env, documented in .env.example, with no fallback value. */
class ComposeSecretsTests {

  private static final Pattern REQUIRED = Pattern.compile("^\\$\\{([A-Z0-9_]+):\\?[^}]+}$");

  private final ComposeFile compose = ComposeFile.load();

  @Test
  void everyProducerApiKeyIsRequiredFromTheEnvironmentWithoutAFallback() {
    Map<String, String> producer = compose.environment("producer");
    Map<String, String> keys = new java.util.TreeMap<>();
    producer.forEach(
        (name, value) -> {
          if (name.startsWith("STORAGE_INTEGRATIONS_SECURITY_API_KEYS_")
              && (name.endsWith("_KEY") || name.endsWith("_KEY_SHA256"))) {
            keys.put(name, value);
          }
        });

    assertThat(keys).hasSizeGreaterThanOrEqualTo(2);
    keys.forEach((name, value) -> assertThat(value).as(name).matches(REQUIRED));
    assertThat(producer.values())
        .noneMatch(v -> v.contains("demo-key") || v.contains("operator-key"));
  }

  @Test
  void envExampleDocumentsEveryRequiredVariableAndHoldsNoValueForIt() {
    String example = ComposeFile.readText(RepoRoot.path(".env.example"));
    Set<String> required = new LinkedHashSet<>();
    Matcher matcher =
        Pattern.compile("\\$\\{([A-Z0-9_]+):\\?")
            .matcher(ComposeFile.readText(RepoRoot.path("docker-compose.yml")));
    while (matcher.find()) {
      required.add(matcher.group(1));
    }

    assertThat(required).contains("DEMO_API_KEY", "OPERATOR_API_KEY");
    for (String name : required) {
      assertThat(example).as(name).containsPattern("(?m)^" + name + "=$");
    }
    assertThat(example).contains("openssl rand -hex 32");
    assertThat(ComposeFile.readText(RepoRoot.path(".gitignore"))).containsPattern("(?m)^\\.env$");
  }
}
