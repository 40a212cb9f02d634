package io.storageintegrations.producer.vending;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * {@code producer.vending.vends}: vend calls answered, by result ({@code issued} or the problem
 * type, a closed set); {@code producer.vending.stage}: how long an issued vend spent in each stage
 * ({@code worker}: the call to the workers' endpoint; {@code audit}: the audit record's
 * acknowledgement), by {@code served} ({@code cache} or {@code sts}), so the API's latency can be
 * taken apart. Never an integration, key or prefix in a tag.
 */
@Component
class VendingMeters {

  private final MeterRegistry registry;
  private final Map<String, Counter> counters = new ConcurrentHashMap<>();
  private final Map<String, Timer> stages = new ConcurrentHashMap<>();

  VendingMeters(MeterRegistry registry) {
    this.registry = registry;
    vend("issued");
  }

  void vend(String result) {
    counters
        .computeIfAbsent(
            result,
            r ->
                Counter.builder("producer.vending.vends")
                    .description("Credential vend calls answered, by result")
                    .tag("result", r)
                    .register(registry))
        .increment();
  }

  /** Records the time an issued vend spent in {@code stage} ("worker" or "audit"). */
  void stage(String stage, boolean fromCache, long nanos) {
    String served = fromCache ? "cache" : "sts";
    stages
        .computeIfAbsent(
            stage + "/" + served,
            k ->
                Timer.builder("producer.vending.stage")
                    .description("Time an issued vend spent calling the worker or on the audit ack")
                    .tag("stage", stage)
                    .tag("served", served)
                    .publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofMillis(1).dividedBy(10))
                    .register(registry))
        .record(nanos, TimeUnit.NANOSECONDS);
  }
}
