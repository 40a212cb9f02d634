package io.storageintegrations.worker.intake;

import io.storageintegrations.model.message.DeletionRequested;
import io.storageintegrations.model.message.IntegrationEvent;
import io.storageintegrations.model.message.IntegrationRequest;
import io.storageintegrations.model.message.ValidationErrored;
import io.storageintegrations.model.message.ValidationFailed;
import io.storageintegrations.model.message.ValidationOutcome;
import io.storageintegrations.model.message.ValidationRequested;
import io.storageintegrations.worker.observability.WorkerMetrics;
import io.storageintegrations.worker.validation.ValidationEngine;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Handles one request record to the point where its result is acknowledged by the broker: a
 * validation's outcome event, a dead letter, or nothing for a deletion (the worker has nothing to
 * undo). A request published without its lifecycle event (an upstream service writes only the
 * request topics; see OwedLifecycle) first gets it, acknowledged before the validation starts, so
 * the registry sees PENDING before the outcome; until then the request is not acknowledged.
 */
final class RequestHandler implements RecordHandler {

  private static final Logger log = LoggerFactory.getLogger(RequestHandler.class);

  private final RequestReader reader;
  private final ValidationEngine engine;
  private final OutcomePublisher publisher;
  private final WorkerMetrics metrics;

  RequestHandler(
      RequestReader reader,
      ValidationEngine engine,
      OutcomePublisher publisher,
      WorkerMetrics metrics) {
    this.reader = reader;
    this.engine = engine;
    this.publisher = publisher;
    this.metrics = metrics;
  }

  @Override
  public CompletableFuture<Void> handle(
      ConsumerRecord<String, byte[]> record, BooleanSupplier owned) {
    RequestReader.Read read = reader.read(record);
    if (read instanceof RequestReader.Poison poison) {
      log.warn(
          "dead-lettering {}-{}@{}: {} ({})",
          record.topic(),
          record.partition(),
          record.offset(),
          poison.reason(),
          poison.detail());
      metrics.deadLettered(poison.reason().name());
      return publisher.deadLetter(record, poison.reason(), poison.detail(), owned);
    }
    IntegrationRequest request = ((RequestReader.Readable) read).request();
    Optional<IntegrationEvent> lifecycle = OwedLifecycle.of(request, record.headers());
    if (lifecycle.isEmpty()) {
      return process(request, record, owned);
    }
    return publisher
        .publish(lifecycle.get(), owned)
        .handle(
            (published, failure) -> {
              if (failure != null) {
                return tooLargeOrFailed(lifecycle.get(), record, failure, owned);
              }
              // Handed back meanwhile: the new owner publishes the lifecycle event again (same
              // eventId) and validates.
              return owned.getAsBoolean()
                  ? process(request, record, owned)
                  : CompletableFuture.<Void>completedFuture(null);
            })
        .thenCompose(next -> next);
  }

  private CompletableFuture<Void> process(
      IntegrationRequest request, ConsumerRecord<String, byte[]> record, BooleanSupplier owned) {
    MDC.put("requestId", request.requestId());
    MDC.put("integrationId", request.integrationId());
    try {
      if (request instanceof DeletionRequested) {
        log.info("deletion requested: nothing to validate");
        return CompletableFuture.completedFuture(null);
      }
      return engine
          .validate((ValidationRequested) request, Lanes.of(record.topic()))
          .handle(
              (outcome, failure) ->
                  failure == null
                      ? logged(request, outcome).thenCompose(o -> send(o, record, owned))
                      : workerFailed(request, record, failure, owned))
          .thenCompose(next -> next);
    } finally {
      MDC.remove("requestId");
      MDC.remove("integrationId");
    }
  }

  /** The outcome, or when the events topic can never take it, the request as a dead letter. */
  private CompletableFuture<Void> send(
      ValidationOutcome outcome, ConsumerRecord<String, byte[]> record, BooleanSupplier owned) {
    return publisher
        .publish(outcome, owned)
        .exceptionallyCompose(failure -> tooLargeOrFailed(outcome, record, failure, owned));
  }

  /**
   * An event the events topic can never take (too large) sends the request to the dead-letter
   * topic; any other failure (stopping) leaves the request unacknowledged, to be redelivered.
   */
  private CompletableFuture<Void> tooLargeOrFailed(
      IntegrationEvent event,
      ConsumerRecord<String, byte[]> record,
      Throwable failure,
      BooleanSupplier owned) {
    if (!OutcomePublisher.tooLarge(failure)) {
      return CompletableFuture.failedFuture(failure);
    }
    metrics.deadLettered(PoisonReason.OUTCOME_TOO_LARGE.name());
    String detail = "its " + event.getClass().getSimpleName() + " is too large";
    return publisher.deadLetter(record, PoisonReason.OUTCOME_TOO_LARGE, detail, owned);
  }

  /**
   * The worker failed validating a readable request (a defect): no verdict exists, so the request
   * goes to the dead-letter topic to be replayed once the defect is fixed, and the partition moves
   * on. The log has the exception's class and stack, not its message, which is not ours to vouch
   * for.
   */
  private CompletableFuture<Void> workerFailed(
      IntegrationRequest request,
      ConsumerRecord<String, byte[]> record,
      Throwable failure,
      BooleanSupplier owned) {
    Throwable cause =
        failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    RuntimeException logged = new RuntimeException(cause.getClass().getName());
    logged.setStackTrace(cause.getStackTrace());
    log.error(
        "validating request {} of integration {} failed inside the worker; dead-lettering it",
        request.requestId(),
        request.integrationId(),
        logged);
    metrics.deadLettered(PoisonReason.WORKER_FAILURE.name());
    String detail = "the worker failed validating it: " + cause.getClass().getName();
    return publisher.deadLetter(record, PoisonReason.WORKER_FAILURE, detail, owned);
  }

  private static CompletableFuture<ValidationOutcome> logged(
      IntegrationRequest request, ValidationOutcome outcome) {
    MDC.put("requestId", request.requestId());
    MDC.put("integrationId", request.integrationId());
    try {
      if (outcome instanceof ValidationErrored errored) {
        log.warn("validation errored: {} (retryable {})", errored.reason(), errored.retryable());
      } else if (outcome instanceof ValidationFailed failed) {
        log.info("validation failed: {}", failed.reason());
      } else {
        log.debug("validation passed");
      }
    } finally {
      MDC.remove("requestId");
      MDC.remove("integrationId");
    }
    return CompletableFuture.completedFuture(outcome);
  }
}
