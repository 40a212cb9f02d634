package io.storageintegrations.producer.materials;

import io.storageintegrations.model.rules.ExternalIds;
import io.storageintegrations.model.rules.FieldRules;
import io.storageintegrations.model.rules.FieldViolation;
import io.storageintegrations.model.rules.Regions;
import io.storageintegrations.producer.ledger.ProjectLedger;
import io.storageintegrations.producer.problem.ApiException;
import io.storageintegrations.producer.security.Caller;
import io.storageintegrations.producer.security.Projects;
import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Generates the customer's authorization materials and records the minted ExternalId. */
@RestController
class MaterialsController {

  private final Projects projects;
  private final ProjectLedger ledger;
  private final PlatformProperties platform;

  MaterialsController(Projects projects, ProjectLedger ledger, PlatformProperties platform) {
    this.projects = projects;
    this.ledger = ledger;
    this.platform = platform;
  }

  @Operation(summary = "Generate the RAM policy, trust policy and a freshly minted ExternalId")
  @PostMapping("/v1/storage-integrations/authorization-materials")
  AuthorizationMaterials generate(
      @AuthenticationPrincipal Caller caller, @RequestBody MaterialsRequest request) {
    String projectId = projects.resolve(caller, request.projectId());
    projects.configured(projectId);
    List<FieldViolation> violations = new ArrayList<>();
    FieldRules.bucket(request.bucket()).ifPresent(violations::add);
    FieldRules.region("region", request.region()).ifPresent(violations::add);
    if (request.access() == null) {
      violations.add(new FieldViolation("access", "access is required: READ_ONLY or READ_WRITE"));
    }
    if (!violations.isEmpty()) {
      throw ApiException.invalidFields(violations);
    }
    String externalId;
    if (platform.sharedExternalIdEnabled()) {
      externalId = platform.sharedExternalId();
    } else {
      externalId = ExternalIds.mint();
      ledger.recordMinted(projectId, externalId);
    }
    return new AuthorizationMaterials(
        projectId,
        request.bucket(),
        Regions.normalize(request.region()),
        request.access(),
        PolicyDocuments.actions(request.access()),
        PolicyDocuments.ramPolicy(request.bucket(), request.access()),
        PolicyDocuments.trustPolicy(platform.principalArn(), externalId),
        platform.accountId(),
        platform.principalArn(),
        externalId);
  }
}
