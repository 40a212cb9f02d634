package io.storageintegrations.worker.vending;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Vending meters; tags from closed sets only, never an integration, caller or prefix. {@code
 * worker.vending.vends} counts answers by result; {@code worker.vending.cache} counts lookups by
 * outcome: a {@code hit} is an AssumeRole saved (served from the cache or shared with one in
 * flight), a {@code miss} one made.
 */
final class VendingMetrics {

  static final List<String> RESULTS =
      List.of("issued", "customer", "transient", "platform", "invalid", "unauthorized");

  private final MeterRegistry registry;
  private final Map<String, Counter> vends = new ConcurrentHashMap<>();
  private final Counter hits;
  private final Counter misses;
  private final Timer latency;

  VendingMetrics(MeterRegistry registry) {
    this.registry = registry;
    RESULTS.forEach(this::vends); // every series exists at 0 from the start
    this.hits = cache("hit");
    this.misses = cache("miss");
    this.latency =
        Timer.builder("worker.vending.duration")
            .description("Time to answer a vend request at the internal endpoint")
            .publishPercentileHistogram()
            .register(registry);
  }

  void answered(String result, long nanos) {
    vends(result).increment();
    latency.record(nanos, TimeUnit.NANOSECONDS);
  }

  void lookup(boolean fromCache) {
    (fromCache ? hits : misses).increment();
  }

  private Counter vends(String result) {
    return vends.computeIfAbsent(
        result,
        r ->
            Counter.builder("worker.vending.vends")
                .description("Vend requests answered, by result")
                .tag("result", r)
                .register(registry));
  }

  private Counter cache(String outcome) {
    return Counter.builder("worker.vending.cache")
        .description("Scope lookups: hit = AssumeRole saved, miss = AssumeRole made")
        .tag("outcome", outcome)
        .register(registry);
  }
}
