package io.storageintegrations.producer.integration;

import io.storageintegrations.model.message.IntegrationRecord;
import io.storageintegrations.model.message.RequestKind;
import io.storageintegrations.model.message.ValidationRequested;
import io.storageintegrations.model.rules.Regions;
import io.storageintegrations.producer.security.Projects;
import java.time.Instant;

/**
 * Builds the validation requests the API publishes: from a caller's body (dry run, create), or from
 * the registry's record (re-validation). The cluster region always comes from the project.
 */
final class Requests {

  private final Projects projects;

  Requests(Projects projects) {
    this.projects = projects;
  }

  ValidationRequested fromBody(
      IntegrationRequestBody body,
      String id,
      String projectId,
      long revision,
      RequestKind kind,
      String requestId) {
    return new ValidationRequested(
        requestId,
        id,
        projectId,
        revision,
        kind,
        body.name(),
        body.description(),
        body.access(),
        body.bucket(),
        body.region() == null ? null : Regions.normalize(body.region()),
        clusterRegion(projectId),
        body.roleArn(),
        body.externalId(),
        Instant.now());
  }

  /**
   * A re-validation of the registry's record. A periodic one carries when the negative AssumeRole
   * last passed, so a worker may skip repeating it within its recheck period; one a person or a job
   * asked for carries nothing and is tested in full.
   */
  ValidationRequested revalidation(
      IntegrationRecord record, String requestId, long revision, boolean periodic) {
    return new ValidationRequested(
        requestId,
        record.integrationId(),
        record.projectId(),
        revision,
        RequestKind.REVALIDATE,
        record.name(),
        record.description(),
        record.access(),
        record.bucket(),
        record.bucketRegion(),
        clusterRegion(record.projectId()),
        record.roleArn(),
        record.externalId(),
        Instant.now(),
        periodic ? ExternalIdVerification.lastVerified(record) : null);
  }

  private String clusterRegion(String projectId) {
    return projects.configured(projectId).clusterRegion();
  }
}
