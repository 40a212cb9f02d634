package io.storageintegrations.producer.registry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.storageintegrations.model.message.IntegrationEvent;
import io.storageintegrations.model.topic.CloudEventHeaders;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps verdicts from anywhere but the workers out of the registry and out of dry-run results: each
 * one is counted ({@code storage_integrations_registry_untrusted_verdicts_total}) and logged with
 * where it came from, and then ignored.
 */
@Component
class UntrustedVerdicts {

  private static final Logger log = LoggerFactory.getLogger(UntrustedVerdicts.class);

  private final VerdictSources sources;
  private final Counter ignored;

  UntrustedVerdicts(TrustProperties properties, MeterRegistry meters) {
    this.sources = new VerdictSources(properties.verdictSources());
    this.ignored =
        Counter.builder("storage_integrations.registry.untrusted.verdicts")
            .description("Validation outcomes ignored because no worker published them")
            .register(meters);
  }

  /** Whether the event read from {@code record} may be applied; if not, says so and counts it. */
  boolean trusted(IntegrationEvent event, ConsumerRecord<String, byte[]> record) {
    Header header = record.headers().lastHeader(CloudEventHeaders.SOURCE);
    String source = header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    if (sources.trusted(event, source)) {
      return true;
    }
    ignored.increment();
    log.warn(
        "ignored {} {} for integration {} at {}-{}@{}: its ce_source {} is not a worker's",
        event.getClass().getSimpleName(),
        event.eventId(),
        event.integrationId(),
        record.topic(),
        record.partition(),
        record.offset(),
        source == null ? "(none)" : "'" + printable(source) + "'");
    return false;
  }

  /** The header is the sender's text: no line breaks or control characters into the log. */
  private static String printable(String value) {
    String cleaned = value.replaceAll("\\p{Cntrl}", "?");
    return cleaned.length() > 200 ? cleaned.substring(0, 200) + "…" : cleaned;
  }
}
