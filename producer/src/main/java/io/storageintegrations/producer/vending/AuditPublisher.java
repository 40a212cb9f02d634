package io.storageintegrations.producer.vending;

import io.storageintegrations.model.message.CredentialsVended;
import io.storageintegrations.model.message.MessageCodec;
import io.storageintegrations.model.topic.CloudEventHeaders;
import io.storageintegrations.producer.publishing.MessagePublisher;
import io.storageintegrations.producer.publishing.PublishingProperties;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Records a vend on the audit topic and waits for the broker's acknowledgement (idempotent,
 * acks=all), so no credentials are handed out that the audit trail does not show. Its own producer
 * sends at once ({@code linger.ms=0}): a job waiting for credentials should not wait for a batch to
 * fill.
 */
@Component
class AuditPublisher implements DisposableBean {

  private final DefaultKafkaProducerFactory<String, byte[]> factory;
  private final KafkaTemplate<String, byte[]> template;
  private final PublishingProperties properties;

  AuditPublisher(KafkaProperties kafka, PublishingProperties properties) {
    Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
    config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    this.factory = new DefaultKafkaProducerFactory<>(config);
    this.template = new KafkaTemplate<>(factory);
    this.properties = properties;
  }

  /** Returns once acknowledged; throws {@link AuditFailedException} otherwise. */
  void record(CredentialsVended vended) {
    CloudEventHeaders headers = CloudEventHeaders.forMessage(vended, MessagePublisher.SOURCE);
    ProducerRecord<String, byte[]> record =
        new ProducerRecord<>(
            headers.type().topic(), headers.subject(), MessageCodec.toJson(vended));
    headers.toByteMap().forEach(record.headers()::add);
    try {
      template.send(record).get(properties.ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AuditFailedException();
    } catch (Exception e) {
      throw new AuditFailedException();
    }
  }

  @Override
  public void destroy() {
    factory.destroy();
  }

  /** The broker did not acknowledge the audit record in time. */
  static final class AuditFailedException extends RuntimeException {
    AuditFailedException() {
      super("the broker did not acknowledge the audit record", null, false, false);
    }
  }
}
