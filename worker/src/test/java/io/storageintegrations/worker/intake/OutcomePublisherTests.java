package io.storageintegrations.worker.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.model.message.AccessMode;
import io.storageintegrations.model.message.IntegrationValidated;
import io.storageintegrations.model.message.ValidationRequested;
import io.storageintegrations.model.topic.Topics;
import io.storageintegrations.worker.cloud.CloudConfiguration;
import io.storageintegrations.worker.validation.TestCloud;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** Which send failures are waited out and which are final; the broker's answers are scripted. */
class OutcomePublisherTests {

  private final MockProducer<String, byte[]> producer =
      new MockProducer<>(false, null, new StringSerializer(), new ByteArraySerializer());
  private final BrokerContact contact = new BrokerContact(System::nanoTime);
  private final OutcomePublisher publisher =
      new OutcomePublisher(producer, "/test", CloudConfiguration.timers(), Runnable::run, contact);
  private final ConsumerRecord<String, byte[]> original =
      new ConsumerRecord<>(
          Topics.REQUESTS, 3, 42, "int-1", "{\"big\":true}".getBytes(StandardCharsets.UTF_8));

  /** Answers the next send, waiting for it to be made (a resend comes after a delay). */
  private void answerNext(RuntimeException failure) {
    until(() -> failure == null ? producer.completeNext() : producer.errorNext(failure));
  }

  private static void until(BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 5 s").isLessThan(deadline);
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  @Test
  void aRetriableFailureIsSentAgainUntilTheBrokerAcknowledges() {
    CompletableFuture<Void> acked =
        publisher.deadLetter(original, PoisonReason.BAD_PAYLOAD, "bad", () -> true);

    answerNext(new NetworkException("broker gone"));
    answerNext(null);

    until(acked::isDone);
    assertThat(acked).isCompleted();
    assertThat(producer.history()).hasSize(2);
  }

  @Test
  void anOutcomeTooLargeForTheEventsTopicFailsInsteadOfBeingResentForever() {
    ValidationRequested r = TestCloud.request("rw-ok", "bucket-ok", AccessMode.READ_WRITE);
    IntegrationValidated outcome =
        new IntegrationValidated(
            "event-1",
            r.requestId(),
            r.integrationId(),
            r.projectId(),
            r.revision(),
            r.kind(),
            List.of(),
            Instant.now());
    CompletableFuture<Void> acked = publisher.publish(outcome, () -> true);

    answerNext(new RecordTooLargeException("too large"));

    until(acked::isDone);
    assertThat(acked).isCompletedExceptionally();
    assertThat(OutcomePublisher.tooLarge(acked.handle((v, e) -> e).join())).isTrue();
    assertThat(producer.history()).hasSize(1);
  }

  @Test
  void aDeadLetterTooLargeForItsTopicIsSentAgainWithoutItsValue() {
    CompletableFuture<Void> acked =
        publisher.deadLetter(original, PoisonReason.OVERSIZE, "too big", () -> true);

    answerNext(new RecordTooLargeException("too large"));
    answerNext(null);

    until(acked::isDone);
    assertThat(acked).isCompleted();
    ProducerRecord<String, byte[]> resent = producer.history().get(1);
    assertThat(resent.topic()).isEqualTo(Topics.REQUESTS_DLT);
    assertThat(resent.key()).isEqualTo("int-1");
    assertThat(resent.value()).isNull();
    assertThat(new String(resent.headers().lastHeader("dlt_reason").value())).isEqualTo("OVERSIZE");
    assertThat(new String(resent.headers().lastHeader("dlt_value_dropped").value()))
        .startsWith("12 bytes");
  }
}
