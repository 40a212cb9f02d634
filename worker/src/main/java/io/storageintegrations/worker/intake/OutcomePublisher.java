package io.storageintegrations.worker.intake;

import io.storageintegrations.model.message.IntegrationEvent;
import io.storageintegrations.model.message.MessageCodec;
import io.storageintegrations.model.topic.CloudEventHeaders;
import io.storageintegrations.model.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes events (outcomes, and lifecycle events owed to requests published without one; key =
 * integration ID, CloudEvents headers) and dead letters with an idempotent, acks=all producer. The
 * returned future completes when the broker acknowledged the record; a failed send is retried for
 * as long as the request's partition is still ours, except a record too large for the topic, which
 * waiting cannot fix: that future fails, so the caller can dead-letter the request instead, and a
 * dead letter too large is resent without its value. Resends back off up to half a minute on the
 * worker's own scheduler and I/O pool, so a broker outage holds no thread per waiting record and
 * writes one warning per interval.
 */
final class OutcomePublisher {

  private static final Logger log = LoggerFactory.getLogger(OutcomePublisher.class);
  private static final long FIRST_RESEND_DELAY_MS = 1_000;
  private static final long MAX_RESEND_DELAY_MS = 30_000;

  private final Producer<String, byte[]> producer;
  private final String source;
  private final ScheduledExecutorService scheduler;
  private final Executor io;
  private final BrokerContact contact;
  private final ThrottledLog resendWarnings =
      new ThrottledLog(log, TimeUnit.SECONDS.toNanos(10), System::nanoTime);

  OutcomePublisher(
      Producer<String, byte[]> producer,
      String source,
      ScheduledExecutorService scheduler,
      Executor io,
      BrokerContact contact) {
    this.producer = producer;
    this.source = source;
    this.scheduler = scheduler;
    this.io = io;
    this.contact = contact;
  }

  /** An outcome, or a lifecycle event the worker publishes for a request (OwedLifecycle). */
  CompletableFuture<Void> publish(IntegrationEvent event, BooleanSupplier stillOwned) {
    ProducerRecord<String, byte[]> record =
        new ProducerRecord<>(Topics.EVENTS, event.integrationId(), MessageCodec.toJson(event));
    CloudEventHeaders.forMessage(event, source)
        .toByteMap()
        .forEach((name, value) -> record.headers().add(name, value));
    return send(record, stillOwned);
  }

  CompletableFuture<Void> deadLetter(
      ConsumerRecord<String, byte[]> original,
      PoisonReason reason,
      String detail,
      BooleanSupplier stillOwned) {
    ProducerRecord<String, byte[]> record =
        new ProducerRecord<>(Topics.REQUESTS_DLT, original.key(), original.value());
    for (Header header : original.headers()) {
      record.headers().add(header);
    }
    add(record, "dlt_reason", reason.name());
    add(record, "dlt_detail", detail);
    add(record, "dlt_original_topic", original.topic());
    add(record, "dlt_original_partition", Integer.toString(original.partition()));
    add(record, "dlt_original_offset", Long.toString(original.offset()));
    add(record, "dlt_attempts", "1");
    return send(record, stillOwned)
        .exceptionallyCompose(
            failure ->
                tooLarge(failure)
                    ? send(withoutValue(record, original), stillOwned)
                    : CompletableFuture.failedFuture(failure));
  }

  /** The one failure a returned future ends in: the record is too large for its topic. */
  static boolean tooLarge(Throwable failure) {
    return failure instanceof RecordTooLargeException
        || failure.getCause() instanceof RecordTooLargeException;
  }

  /**
   * The dead letter's own {@code dlt_*} headers alone: the original value and headers stay in the
   * original topic until retention.
   */
  private static ProducerRecord<String, byte[]> withoutValue(
      ProducerRecord<String, byte[]> full, ConsumerRecord<String, byte[]> original) {
    ProducerRecord<String, byte[]> record =
        new ProducerRecord<String, byte[]>(full.topic(), null, full.key(), null);
    for (Header header : full.headers()) {
      if (header.key().startsWith("dlt_")) {
        record.headers().add(header);
      }
    }
    add(
        record,
        "dlt_value_dropped",
        (original.value() == null ? 0 : original.value().length)
            + " bytes, too large for "
            + full.topic());
    return record;
  }

  private static void add(ProducerRecord<String, byte[]> record, String name, String value) {
    record.headers().add(name, String.valueOf(value).getBytes(StandardCharsets.UTF_8));
  }

  private CompletableFuture<Void> send(
      ProducerRecord<String, byte[]> record, BooleanSupplier stillOwned) {
    if (!stillOwned.getAsBoolean()) {
      // Handed back (revoked, or the drain ended): its new owner answers it; a late answer from
      // here could arrive first and stand in for the real one.
      return CompletableFuture.completedFuture(null);
    }
    CompletableFuture<Void> acked = new CompletableFuture<>();
    attempt(record, stillOwned, acked, FIRST_RESEND_DELAY_MS);
    return acked;
  }

  private void attempt(
      ProducerRecord<String, byte[]> record,
      BooleanSupplier stillOwned,
      CompletableFuture<Void> acked,
      long nextDelayMs) {
    try {
      producer.send(
          record,
          (metadata, failure) -> {
            if (failure == null) {
              contact.sendSucceeded();
              acked.complete(null);
            } else {
              retryLater(record, stillOwned, acked, failure, nextDelayMs);
            }
          });
    } catch (RuntimeException e) {
      retryLater(record, stillOwned, acked, e, nextDelayMs);
    }
  }

  private void retryLater(
      ProducerRecord<String, byte[]> record,
      BooleanSupplier stillOwned,
      CompletableFuture<Void> acked,
      Exception failure,
      long delayMs) {
    if (tooLarge(failure)) {
      log.error("publishing to {} failed: the record is too large for the topic", record.topic());
      acked.completeExceptionally(failure);
      return;
    }
    if (!stillOwned.getAsBoolean()) {
      // The partition moved on; its new owner redelivers the request.
      acked.complete(null);
      return;
    }
    contact.sendFailed();
    resendWarnings.warn(
        "publishing to {} failed ({}), resending in {} ms",
        record.topic(),
        failure.getClass().getSimpleName(),
        delayMs);
    long next = Math.min(MAX_RESEND_DELAY_MS, delayMs * 2);
    try {
      scheduler.schedule(
          () -> io.execute(() -> attempt(record, stillOwned, acked, next)),
          delayMs,
          TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException shutDown) {
      // Stopping: no outcome, so the request stays uncommitted and is redelivered.
      acked.completeExceptionally(shutDown);
    }
  }
}
