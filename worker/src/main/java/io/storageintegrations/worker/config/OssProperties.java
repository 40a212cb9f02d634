package io.storageintegrations.worker.config;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * OSS clients. {@code endpointTemplate} is expanded with an allow-listed region only ({@code
 * {region}} becomes e.g. {@code cn-hangzhou}); the emulator's template has no placeholder.
 */
@Validated
@ConfigurationProperties("worker.oss")
public record OssProperties(
    @DefaultValue("https://oss-{region}.aliyuncs.com") @NotBlank String endpointTemplate,
    @DefaultValue("2s") @DurationMin(millis = 50) @DurationMax(seconds = 30)
        Duration connectTimeout,
    @DefaultValue("5s") @DurationMin(millis = 50) @DurationMax(seconds = 60) Duration socketTimeout,
    @DefaultValue("1024") @Positive int maxConnections,
    @DefaultValue("V4") @NotNull SignatureVersion signatureVersion) {

  /** OSS request signature versions the worker can use. */
  public enum SignatureVersion {
    V1,
    V4
  }

  @AssertTrue(message = "worker.oss.endpoint-template must start with http:// or https://")
  public boolean isTemplateAbsolute() {
    return endpointTemplate != null
        && (endpointTemplate.startsWith("http://") || endpointTemplate.startsWith("https://"));
  }

  /** The endpoint of an allow-listed region. */
  public String endpointFor(String region) {
    return endpointTemplate.replace("{region}", region);
  }
}
