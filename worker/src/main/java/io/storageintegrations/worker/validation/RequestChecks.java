package io.storageintegrations.worker.validation;

import io.storageintegrations.model.check.Check;
import io.storageintegrations.model.check.CheckStatus;
import io.storageintegrations.model.check.ErrorCode;
import io.storageintegrations.model.message.ValidationRequested;
import io.storageintegrations.model.rules.FieldRules;
import io.storageintegrations.model.rules.FieldViolation;
import io.storageintegrations.model.rules.Regions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The two checks without a cloud call: the field rules, and bucket region = cluster region. */
final class RequestChecks {

  private RequestChecks() {}

  static CheckOutcome request(ValidationRequested request, Set<String> allowedRegions) {
    List<FieldViolation> violations = new ArrayList<>(FieldRules.check(request));
    String region = Regions.normalize(request.bucketRegion());
    if (violations.isEmpty() && !allowedRegions.contains(region)) {
      violations.add(
          new FieldViolation(
              "bucketRegion",
              "bucketRegion '"
                  + request.bucketRegion()
                  + "' is not served by this deployment; supported: "
                  + String.join(", ", allowedRegions.stream().sorted().toList())));
    }
    if (violations.isEmpty()) {
      return CheckOutcome.pass(
          Check.REQUEST, "All fields are well formed; region " + region + " is supported.", 0, 0);
    }
    String listed =
        violations.stream().map(FieldViolation::message).collect(Collectors.joining("; "));
    return Diagnoses.customer(
        Check.REQUEST,
        CheckStatus.FAIL,
        ErrorCode.REQUEST_INVALID,
        Map.of("violations", listed),
        0,
        0);
  }

  static CheckOutcome region(ValidationRequested request) {
    String bucketRegion = Regions.normalize(request.bucketRegion());
    String clusterRegion = Regions.normalize(request.clusterRegion());
    if (bucketRegion.equals(clusterRegion)) {
      return CheckOutcome.pass(
          Check.REGION_MATCHES_CLUSTER,
          "Bucket region " + bucketRegion + " is the cluster region.",
          0,
          0);
    }
    return Diagnoses.customer(
        Check.REGION_MATCHES_CLUSTER,
        CheckStatus.FAIL,
        ErrorCode.REGION_MISMATCH_CLUSTER,
        Map.of("region", bucketRegion, "clusterRegion", clusterRegion),
        0,
        0);
  }
}
