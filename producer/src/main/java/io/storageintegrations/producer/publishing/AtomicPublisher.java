package io.storageintegrations.producer.publishing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

/**
 * Publishes the records of one API operation (a lifecycle event and its request) in one Kafka
 * transaction: consumers read committed records only, so they see both or neither, and a failed
 * call leaves nothing behind. Single records (ledger, registry) keep using {@link
 * MessagePublisher}: they must be readable at once, outside any transaction.
 */
@Component
public class AtomicPublisher implements DisposableBean {

  private final DefaultKafkaProducerFactory<String, byte[]> factory;
  private final KafkaTemplate<String, byte[]> template;
  private final PublishingProperties properties;

  AtomicPublisher(KafkaProperties kafka, PublishingProperties properties) {
    Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
    config.put(
        ProducerConfig.TRANSACTION_TIMEOUT_CONFIG,
        (int) properties.transactionTimeout().toMillis());
    this.factory = new DefaultKafkaProducerFactory<>(config);
    // Unique per instance: two producers sharing a transactional ID would fence each other.
    factory.setTransactionIdPrefix(properties.transactionalIdPrefix() + UUID.randomUUID() + "-");
    this.template = new KafkaTemplate<>(factory);
    this.properties = properties;
  }

  /** One message and the topic it goes to (null: its catalogued topic). */
  public record Outgoing(String topic, Object message, Map<String, String> headers) {

    public static Outgoing of(Object message) {
      return new Outgoing(null, message, Map.of());
    }
  }

  /** Publishes all messages or none; returns once the transaction is committed. */
  public void publishTogether(List<Outgoing> messages) {
    List<ProducerRecord<String, byte[]>> records =
        messages.stream()
            .map(m -> MessagePublisher.recordOf(m.topic(), m.message(), m.headers()))
            .toList();
    String topics = records.stream().map(ProducerRecord::topic).distinct().toList().toString();
    AtomicBoolean committing = new AtomicBoolean();
    try {
      template.executeInTransaction(
          operations -> {
            List<CompletableFuture<SendResult<String, byte[]>>> sent =
                records.stream().map(operations::send).toList();
            for (CompletableFuture<SendResult<String, byte[]>> each : sent) {
              // a failed send throws here, so the transaction is aborted, not committed
              awaitAck(each);
            }
            committing.set(true);
            return null;
          });
    } catch (PublishFailedException e) {
      throw e;
    } catch (KafkaException | org.apache.kafka.common.KafkaException e) {
      // Failing before the commit aborts; a commit that failed or timed out may still happen.
      throw new PublishFailedException(
          "the broker did not confirm the transaction on " + topics, e, committing.get());
    }
  }

  private void awaitAck(CompletableFuture<SendResult<String, byte[]>> sent) {
    try {
      sent.get(properties.ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PublishFailedException("interrupted while publishing", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new PublishFailedException("the broker did not acknowledge a transactional send", e);
    }
  }

  @Override
  public void destroy() {
    factory.destroy();
  }
}
