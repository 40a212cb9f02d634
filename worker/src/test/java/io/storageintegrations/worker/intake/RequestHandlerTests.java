package io.storageintegrations.worker.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.storageintegrations.model.message.AccessMode;
import io.storageintegrations.model.message.DeletionRequested;
import io.storageintegrations.model.message.IntegrationAccepted;
import io.storageintegrations.model.message.IntegrationDeleted;
import io.storageintegrations.model.message.IntegrationRequest;
import io.storageintegrations.model.message.MessageCodec;
import io.storageintegrations.model.message.RequestKind;
import io.storageintegrations.model.message.ValidationRequested;
import io.storageintegrations.model.topic.CloudEventHeaders;
import io.storageintegrations.model.topic.LifecycleMark;
import io.storageintegrations.model.topic.MessageType;
import io.storageintegrations.model.topic.Topics;
import io.storageintegrations.worker.cloud.CloudCalls;
import io.storageintegrations.worker.cloud.CloudConfiguration;
import io.storageintegrations.worker.cloud.OssGateway;
import io.storageintegrations.worker.cloud.StsGateway;
import io.storageintegrations.worker.config.OssProperties;
import io.storageintegrations.worker.config.PlatformProperties;
import io.storageintegrations.worker.config.RetryProperties;
import io.storageintegrations.worker.config.Scheme;
import io.storageintegrations.worker.config.StsProperties;
import io.storageintegrations.worker.config.ValidationProperties;
import io.storageintegrations.worker.config.ValidationProperties.ExternalIdCheckMode;
import io.storageintegrations.worker.observability.WorkerMetrics;
import io.storageintegrations.worker.validation.TestCloud;
import io.storageintegrations.worker.validation.ValidationEngine;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What becomes of a readable request the worker fails to validate: a dead letter while its
 * partition is ours, nothing once it was handed back. The engine fails for real (its timer is shut
 * down, as late in a shutdown); no cloud is needed, since it fails before any call.
 */
class RequestHandlerTests {

  private final ScheduledExecutorService stoppedTimer = CloudConfiguration.timers();
  private final WorkerMetrics metrics = new WorkerMetrics(new SimpleMeterRegistry());
  private final StsGateway sts =
      new StsGateway(
          new StsProperties(
              "127.0.0.1:9",
              Scheme.HTTP,
              "cn-hangzhou",
              Duration.ofSeconds(1),
              Duration.ofSeconds(1),
              false,
              98,
              900,
              4),
          new PlatformProperties(
              TestCloud.PLATFORM_KEY_ID, TestCloud.PLATFORM_SECRET, null, TestCloud.PRINCIPAL));
  private final OssGateway oss =
      new OssGateway(
          new OssProperties(
              "http://127.0.0.1:9",
              Duration.ofSeconds(1),
              Duration.ofSeconds(1),
              4,
              OssProperties.SignatureVersion.V4),
          Set.of("cn-hangzhou"));
  private final MockProducer<String, byte[]> producer =
      new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
  private final ValidationRequested request =
      TestCloud.request("rw-ok", "bucket-ok", AccessMode.READ_WRITE);
  private final ValidationEngine engine;
  private RequestHandler handler;

  RequestHandlerTests() {
    stoppedTimer.shutdownNow();
    CloudCalls calls =
        new CloudCalls(
            new RetryProperties(1, Duration.ofMillis(10), 2.0, 0.5, Duration.ofMillis(100)),
            CloudCalls.StsQuota.unlimited(),
            Runnable::run,
            stoppedTimer,
            metrics);
    ValidationEngine engine =
        new ValidationEngine(
            calls,
            sts,
            oss,
            new ValidationProperties(
                Duration.ofSeconds(5),
                ".storage-integrations/probe/",
                ExternalIdCheckMode.FAIL,
                List.of(),
                "/test"),
            TestCloud.PRINCIPAL,
            Set.of("cn-hangzhou"),
            Clock.systemUTC(),
            metrics,
            stoppedTimer);
    this.engine = engine;
    handler = handler(producer);
  }

  private RequestHandler handler(MockProducer<String, byte[]> producer) {
    return new RequestHandler(
        new RequestReader(65536),
        engine,
        new OutcomePublisher(
            producer, "/test", stoppedTimer, Runnable::run, new BrokerContact(System::nanoTime)),
        metrics);
  }

  @AfterEach
  void close() {
    sts.close();
    oss.close();
  }

  /** The request as the producer publishes it: its lifecycle event is already published. */
  private ConsumerRecord<String, byte[]> record() {
    ConsumerRecord<String, byte[]> record = fromUpstream(request);
    record
        .headers()
        .add(LifecycleMark.HEADER, LifecycleMark.PRODUCER.getBytes(StandardCharsets.UTF_8));
    return record;
  }

  /** The request alone, as an upstream service publishes it. */
  private static ConsumerRecord<String, byte[]> fromUpstream(IntegrationRequest request) {
    ConsumerRecord<String, byte[]> record =
        new ConsumerRecord<>(
            Topics.REQUESTS, 1, 99, request.integrationId(), MessageCodec.toJson(request));
    CloudEventHeaders.forMessage(request, "/tests")
        .toByteMap()
        .forEach((name, value) -> record.headers().add(name, value));
    return record;
  }

  private static String header(org.apache.kafka.clients.producer.ProducerRecord<?, ?> r, String n) {
    return new String(r.headers().lastHeader(n).value(), StandardCharsets.UTF_8);
  }

  @Test
  void aRequestTheWorkerFailsToValidateIsDeadLetteredWithTheReason() {
    handler.handle(record(), () -> true).join();

    assertThat(producer.history()).hasSize(1);
    var deadLetter = producer.history().get(0);
    assertThat(deadLetter.topic()).isEqualTo(Topics.REQUESTS_DLT);
    assertThat(deadLetter.key()).isEqualTo(request.integrationId());
    assertThat(header(deadLetter, "dlt_reason")).isEqualTo("WORKER_FAILURE");
    assertThat(header(deadLetter, "dlt_detail")).contains("RejectedExecutionException");
    assertThat(header(deadLetter, "dlt_original_offset")).isEqualTo("99");
  }

  @Test
  void aRequestHandedBackMeanwhileGetsNothingFromHere() {
    handler.handle(record(), () -> false).join();

    assertThat(producer.history()).isEmpty();
  }

  @Test
  void aCreatePublishedAloneGetsItsIntegrationAcceptedBeforeAnythingElse() {
    handler.handle(fromUpstream(request), () -> true).join();

    assertThat(producer.history()).hasSize(2);
    var lifecycle = producer.history().get(0);
    assertThat(lifecycle.topic()).isEqualTo(Topics.EVENTS);
    assertThat(lifecycle.key()).isEqualTo(request.integrationId());
    assertThat(header(lifecycle, CloudEventHeaders.TYPE))
        .isEqualTo(MessageType.INTEGRATION_ACCEPTED.ceType());
    assertThat(MessageCodec.fromJson(lifecycle.value(), IntegrationAccepted.class))
        .isEqualTo(IntegrationAccepted.of(request));
    assertThat(producer.history().get(1).topic()).isEqualTo(Topics.REQUESTS_DLT);
  }

  @Test
  void aDeletionPublishedAloneGetsItsIntegrationDeletedAndNothingElse() {
    DeletionRequested deletion =
        new DeletionRequested("req-del", request.integrationId(), "proj-1", 2, Instant.now());

    handler.handle(fromUpstream(deletion), () -> true).join();

    assertThat(producer.history())
        .singleElement()
        .satisfies(
            r ->
                assertThat(MessageCodec.fromJson(r.value(), IntegrationDeleted.class))
                    .isEqualTo(IntegrationDeleted.of(deletion)));
  }

  @Test
  void aDryRunPublishedAloneOwesNoLifecycleEvent() {
    ValidationRequested dryRun =
        new ValidationRequested(
            request.requestId(),
            "valid-1",
            request.projectId(),
            0,
            RequestKind.VALIDATE,
            null,
            null,
            request.access(),
            request.bucket(),
            request.bucketRegion(),
            request.clusterRegion(),
            request.roleArn(),
            request.externalId(),
            request.requestedAt());

    handler.handle(fromUpstream(dryRun), () -> true).join();

    assertThat(producer.history()).extracting(r -> r.topic()).containsExactly(Topics.REQUESTS_DLT);
  }

  @Test
  void aRequestWhoseLifecycleEventIsNotAcknowledgedIsNeitherValidatedNorAcknowledged() {
    MockProducer<String, byte[]> unanswered =
        new MockProducer<>(false, null, new StringSerializer(), new ByteArraySerializer());

    CompletableFuture<Void> handled = handler(unanswered).handle(fromUpstream(request), () -> true);

    assertThat(handled).isNotDone();
    assertThat(unanswered.history()).hasSize(1);
    // The broker refuses it; the resend cannot be scheduled (stopping): still no acknowledgement.
    unanswered.errorNext(new org.apache.kafka.common.errors.TimeoutException("broker away"));
    assertThat(handled).isCompletedExceptionally();
    assertThat(unanswered.history())
        .extracting(r -> r.topic())
        .as("not validated, not dead-lettered")
        .containsExactly(Topics.EVENTS);
  }
}
