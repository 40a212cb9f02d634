package io.storageintegrations.model.message;

import java.util.List;

/** The result of one validation request, with its ordered check results. */
public sealed interface ValidationOutcome extends IntegrationEvent
    permits IntegrationValidated, ValidationFailed, ValidationErrored {

  RequestKind kind();

  List<CheckResult> checks();
}
