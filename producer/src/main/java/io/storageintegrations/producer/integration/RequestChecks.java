package io.storageintegrations.producer.integration;

import io.storageintegrations.model.message.ValidationRequested;
import io.storageintegrations.model.rules.FieldRules;
import io.storageintegrations.model.rules.FieldViolation;
import io.storageintegrations.producer.ledger.ProjectLedger;
import io.storageintegrations.producer.materials.PlatformProperties;
import io.storageintegrations.producer.problem.ApiException;
import io.storageintegrations.producer.registry.RegistryView;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The checks a request must pass before anything is published: the shared field rules (with the
 * API's field names), and an ExternalId minted for the project and used by no other integration.
 */
@Component
class RequestChecks {

  private final ProjectLedger ledger;
  private final RegistryView view;
  private final PlatformProperties platform;

  RequestChecks(ProjectLedger ledger, RegistryView view, PlatformProperties platform) {
    this.ledger = ledger;
    this.view = view;
    this.platform = platform;
  }

  void check(ValidationRequested request, boolean nameRequired) {
    List<FieldViolation> violations = new ArrayList<>();
    for (FieldViolation v : FieldRules.check(request)) {
      if (v.field().equals("clusterRegion")
          || (!nameRequired && v.field().equals("name") && request.name() == null)) {
        continue;
      }
      violations.add(
          v.field().equals("bucketRegion")
              ? new FieldViolation("region", v.message().replace("bucketRegion", "region"))
              : v);
    }
    String externalId = request.externalId();
    boolean externalIdWellFormed =
        violations.stream().noneMatch(v -> v.field().equals("externalId"));
    if (externalIdWellFormed && !acceptedExternalId(request.projectId(), externalId)) {
      violations.add(
          new FieldViolation(
              "externalId",
              "externalId '"
                  + externalId
                  + "' was not issued for project "
                  + request.projectId()
                  + ": generate authorization materials and use the ExternalId they contain"));
    }
    if (externalIdWellFormed && nameRequired && !platform.sharedExternalIdEnabled()) {
      view.externalIdUser(request.projectId(), externalId)
          .filter(other -> !other.equals(request.integrationId()))
          .ifPresent(
              other ->
                  violations.add(
                      new FieldViolation(
                          "externalId",
                          "externalId is already used by integration "
                              + other
                              + ": each integration needs its own; generate new materials")));
    }
    if (!violations.isEmpty()) {
      throw ApiException.invalidFields(violations);
    }
  }

  private boolean acceptedExternalId(String projectId, String externalId) {
    if (platform.sharedExternalIdEnabled()) {
      return platform.sharedExternalId().equals(externalId);
    }
    return ledger.isMinted(projectId, externalId);
  }
}
