package io.storageintegrations.worker.validation;

import io.storageintegrations.model.message.AccessMode;
import io.storageintegrations.model.message.ValidationRequested;
import io.storageintegrations.model.rules.Regions;
import io.storageintegrations.worker.cloud.Deadline;
import io.storageintegrations.worker.cloud.Lane;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * What one validation is about: the request, its normalised region, its deadline, lane and probe
 * keys, and the values diagnoses are rendered with.
 */
record Subject(
    ValidationRequested request,
    String region,
    String platformPrincipal,
    Deadline deadline,
    Lane lane,
    String probeKey,
    String absentKey) {

  static Subject of(
      ValidationRequested request,
      String principal,
      Deadline deadline,
      Lane lane,
      String probePrefix) {
    String id = request.integrationId().replaceAll("[^A-Za-z0-9._-]", "_");
    return new Subject(
        request,
        Regions.normalize(request.bucketRegion()),
        principal,
        deadline,
        lane,
        probePrefix + id,
        probePrefix + id + ".absent");
  }

  boolean readWrite() {
    return request.access() == AccessMode.READ_WRITE;
  }

  String bucket() {
    return request.bucket();
  }

  String roleArn() {
    return request.roleArn();
  }

  /** The probe's content names the request, so a read-back proves this very write. */
  byte[] probeContent() {
    return ("storage-integrations validation probe\nrequestId=" + request.requestId() + "\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** What every log line about this validation carries. */
  Map<String, String> logContext() {
    return Map.of("requestId", request.requestId(), "integrationId", request.integrationId());
  }

  /** Template values; absent fields render as {@code <missing>} rather than failing. */
  Map<String, Object> values() {
    Map<String, Object> values = new HashMap<>();
    values.put("bucket", orMissing(request.bucket()));
    values.put("region", orMissing(region));
    values.put("clusterRegion", orMissing(Regions.normalize(request.clusterRegion())));
    values.put("roleArn", orMissing(request.roleArn()));
    values.put("externalId", orMissing(request.externalId()));
    values.put("platformPrincipal", platformPrincipal);
    values.put("object", probeKey);
    values.put("deadline", deadline.budget().toMillis() + " ms");
    return values;
  }

  private static Object orMissing(String value) {
    return value == null ? "<missing>" : value;
  }
}
