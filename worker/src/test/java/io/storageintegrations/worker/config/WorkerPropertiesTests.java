package io.storageintegrations.worker.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

class WorkerPropertiesTests {

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties({
    PlatformProperties.class,
    StsProperties.class,
    OssProperties.class,
    RetryProperties.class,
    ValidationProperties.class,
    IntakeProperties.class
  })
  static class Properties {}

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  ConfigurationPropertiesAutoConfiguration.class,
                  ValidationAutoConfiguration.class))
          .withUserConfiguration(Properties.class)
          .withPropertyValues(
              "worker.platform.access-key-id=LTAI5tKey",
              "worker.platform.access-key-secret=TopSecretValue",
              "worker.platform.principal=acs:ram::1000000000000001:root");

  @Test
  void defaultsAreTheDocumentedOnes() {
    runner.run(
        context -> {
          assertThat(context).hasNotFailed();
          IntakeProperties intake = context.getBean(IntakeProperties.class);
          assertThat(intake.maxInFlight()).isEqualTo(256);
          assertThat(context.getBean(StsProperties.class).fleetRatePerSecond()).isEqualTo(95);
          assertThat(intake.backgroundShare()).isEqualTo(0.5);
          assertThat(intake.revokeGrace()).isEqualTo(java.time.Duration.ofSeconds(5));
          assertThat(context.getBean(ValidationProperties.class).externalIdCheck())
              .isEqualTo(ValidationProperties.ExternalIdCheckMode.FAIL);
        });
  }

  @Test
  void toStringNeverShowsThePlatformSecret() {
    runner.run(
        context ->
            assertThat(context.getBean(PlatformProperties.class).toString())
                .doesNotContain("TopSecretValue")
                .contains("<redacted>"));
  }

  @Test
  void theSecretMayComeFromAFile(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("secret"), "FileSecretValue\n");
    runner
        .withPropertyValues(
            "worker.platform.access-key-secret=", "worker.platform.access-key-secret-file=" + file)
        .run(
            context ->
                assertThat(context.getBean(PlatformProperties.class).secret())
                    .isEqualTo("FileSecretValue"));
  }

  @Test
  void aMisconfigurationStopsStartUpNamingTheProperty() {
    runner
        .withPropertyValues("worker.intake.max-in-flight=0")
        .run(
            context ->
                assertThat(context.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("worker.intake")
                    .hasMessageContaining("maxInFlight"));
    runner
        .withPropertyValues("worker.oss.endpoint-template=oss-{region}.aliyuncs.com")
        .run(
            context ->
                assertThat(context.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("worker.oss.endpoint-template"));
    runner
        .withPropertyValues("worker.platform.access-key-secret=")
        .run(
            context ->
                assertThat(context.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("worker.platform.access-key-secret"));
  }
}
