package io.storageintegrations.producer.registry;

import io.storageintegrations.model.message.CheckResult;
import io.storageintegrations.model.message.IntegrationAccepted;
import io.storageintegrations.model.message.IntegrationEvent;
import io.storageintegrations.model.message.IntegrationRecord;
import io.storageintegrations.model.message.IntegrationState;
import io.storageintegrations.model.message.OutcomeSummary;
import io.storageintegrations.model.message.RequestKind;
import io.storageintegrations.model.message.ValidationErrored;
import io.storageintegrations.model.message.ValidationFailed;
import io.storageintegrations.model.message.ValidationOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The registry's rules, as a pure function of (current record, event). Revisions order requests: an
 * outcome older than the record's revision is stale and ignored; nothing but a create makes a
 * record, so no late result can resurrect a deleted integration.
 */
final class RegistryStateMachine {

  private final int historySize;

  RegistryStateMachine(int historySize) {
    this.historySize = historySize;
  }

  Transition apply(IntegrationRecord current, boolean deleted, IntegrationEvent event) {
    if (deleted) {
      return new Transition.Ignore("integration " + event.integrationId() + " was deleted");
    }
    if (event instanceof IntegrationAccepted accepted) {
      return accepted(current, accepted);
    }
    if (event instanceof ValidationOutcome outcome) {
      return outcome(current, outcome);
    }
    return current == null
        ? new Transition.Ignore("unknown integration")
        : new Transition.Remove(current);
  }

  private Transition accepted(IntegrationRecord current, IntegrationAccepted accepted) {
    if (accepted.kind() == RequestKind.VALIDATE) {
      return new Transition.Ignore("dry run");
    }
    if (accepted.kind() == RequestKind.CREATE) {
      if (current != null) {
        return new Transition.Ignore("already created");
      }
      return new Transition.Upsert(
          new IntegrationRecord(
              accepted.integrationId(),
              accepted.projectId(),
              accepted.name(),
              accepted.description(),
              accepted.access(),
              accepted.bucket(),
              accepted.bucketRegion(),
              accepted.roleArn(),
              accepted.externalId(),
              IntegrationState.PENDING,
              List.of(),
              null,
              List.of(summary(accepted, IntegrationState.PENDING, "creation requested")),
              accepted.revision(),
              accepted.occurredAt(),
              accepted.occurredAt()));
    }
    if (current == null) {
      return new Transition.Ignore("unknown integration");
    }
    if (accepted.revision() <= current.revision()) {
      return stale(accepted, current);
    }
    // A re-validation keeps the last verdict visible (an ACTIVE integration stays usable) until
    // the new outcome arrives; the history shows the validation in flight.
    return new Transition.Upsert(
        with(
            current,
            current.state(),
            current.lastChecks(),
            current.lastValidatedAt(),
            summary(accepted, IntegrationState.PENDING, "revalidation requested"),
            accepted));
  }

  private Transition outcome(IntegrationRecord current, ValidationOutcome outcome) {
    if (outcome.kind() == RequestKind.VALIDATE) {
      return new Transition.Ignore("dry run");
    }
    if (current == null) {
      return new Transition.Ignore("unknown integration");
    }
    if (outcome.revision() < current.revision()) {
      return stale(outcome, current);
    }
    IntegrationState state;
    String reason;
    if (outcome instanceof ValidationFailed failed) {
      state = IntegrationState.INVALID;
      reason = failed.reason();
    } else if (outcome instanceof ValidationErrored errored) {
      state = IntegrationState.ERROR;
      reason = errored.reason().name();
    } else {
      state = IntegrationState.ACTIVE;
      reason = "validated";
    }
    // A redelivered request can be answered twice under one eventId; the later copy in the
    // partition is the current verdict (docs/contracts.md), an identical one changes nothing.
    boolean sameVerdictApplied =
        current.history().stream()
            .anyMatch(
                h ->
                    outcome.requestId().equals(h.requestId())
                        && h.state() == state
                        && reason.equals(h.reason()));
    if (sameVerdictApplied) {
      return new Transition.Ignore("duplicate outcome of request " + outcome.requestId());
    }
    return new Transition.Upsert(
        with(
            current,
            state,
            outcome.checks(),
            outcome.occurredAt(),
            summary(outcome, state, reason),
            outcome));
  }

  private IntegrationRecord with(
      IntegrationRecord current,
      IntegrationState state,
      List<CheckResult> checks,
      Instant validatedAt,
      OutcomeSummary entry,
      IntegrationEvent event) {
    List<OutcomeSummary> history = new ArrayList<>(current.history());
    if (entry.state() != IntegrationState.PENDING) {
      // A later copy of the same request's outcome replaces the earlier one.
      history.removeIf(
          h -> entry.requestId().equals(h.requestId()) && h.state() != IntegrationState.PENDING);
    }
    history.add(entry);
    while (history.size() > historySize) {
      history.remove(0);
    }
    return new IntegrationRecord(
        current.integrationId(),
        current.projectId(),
        current.name(),
        current.description(),
        current.access(),
        current.bucket(),
        current.bucketRegion(),
        current.roleArn(),
        current.externalId(),
        state,
        checks,
        validatedAt,
        history,
        Math.max(current.revision(), event.revision()),
        event.occurredAt(),
        current.createdAt());
  }

  private static OutcomeSummary summary(
      IntegrationEvent event, IntegrationState state, String reason) {
    return new OutcomeSummary(
        event.revision(), state, reason, event.requestId(), event.occurredAt());
  }

  private static Transition stale(IntegrationEvent event, IntegrationRecord current) {
    return new Transition.Ignore(
        "stale: revision " + event.revision() + " is older than " + current.revision());
  }
}
