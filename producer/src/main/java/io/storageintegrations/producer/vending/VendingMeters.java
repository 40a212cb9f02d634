package io.storageintegrations.producer.vending;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * {@code producer.vending.vends}: vend calls answered, by result ({@code issued} or the problem
 * type, a closed set); never an integration, key or prefix in a tag.
 */
@Component
class VendingMeters {

  private final MeterRegistry registry;
  private final Map<String, Counter> counters = new ConcurrentHashMap<>();

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
}
