package io.storageintegrations.model.rules;

import io.storageintegrations.model.message.RequestKind;
import io.storageintegrations.model.message.ValidationRequested;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The field rules producer and worker share. Each returns the violation, with a message naming the
 * value and the fix, or empty when the field is well formed.
 */
public final class FieldRules {

  static final int NAME_MAX = 64;
  static final int DESCRIPTION_MAX = 256;
  static final int EXTERNAL_ID_MIN = 2;
  static final int EXTERNAL_ID_MAX = 1224;
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
  private static final Pattern FIRST_LETTER = Pattern.compile("[A-Za-z]");
  private static final Pattern EXTERNAL_ID_CHAR = Pattern.compile("[\\w+=,.@:/-]");

  private FieldRules() {}

  /**
   * Every violation of {@code request}, in field order; empty when it is well formed. A dry run
   * ({@code VALIDATE}) creates nothing, so it needs no name; a name it does carry must be well
   * formed.
   */
  public static List<FieldViolation> check(ValidationRequested request) {
    List<FieldViolation> violations = new ArrayList<>();
    boolean nameOptional =
        request.kind() == RequestKind.VALIDATE
            && (request.name() == null || request.name().isEmpty());
    if (!nameOptional) {
      name(request.name()).ifPresent(violations::add);
    }
    description(request.description()).ifPresent(violations::add);
    if (request.access() == null) {
      violations.add(new FieldViolation("access", "access is required: READ_ONLY or READ_WRITE"));
    }
    bucket(request.bucket()).ifPresent(violations::add);
    region("bucketRegion", request.bucketRegion()).ifPresent(violations::add);
    region("clusterRegion", request.clusterRegion()).ifPresent(violations::add);
    roleArn(request.roleArn()).ifPresent(violations::add);
    externalId(request.externalId()).ifPresent(violations::add);
    return List.copyOf(violations);
  }

  public static Optional<FieldViolation> bucket(String bucket) {
    return BucketNames.problem(bucket).map(message -> new FieldViolation("bucket", message));
  }

  public static Optional<FieldViolation> region(String field, String region) {
    if (region == null || region.isBlank()) {
      return violation(field, field + " is required, e.g. cn-hangzhou");
    }
    if (region.contains("aliyuncs.com")) {
      String id = Regions.normalize(region.split("\\.", 2)[0].replace("-internal", ""));
      return violation(
          field, field + " '" + region + "' is an endpoint: use the region ID '" + id + "'");
    }
    if (!Regions.isAllowed(region)) {
      return violation(
          field,
          field
              + " '"
              + region
              + "' is not a supported region; supported: "
              + String.join(", ", Regions.ALLOWED));
    }
    return Optional.empty();
  }

  public static Optional<FieldViolation> roleArn(String roleArn) {
    return RoleArns.problem(roleArn).map(message -> new FieldViolation("roleArn", message));
  }

  public static Optional<FieldViolation> externalId(String externalId) {
    if (externalId == null || externalId.isEmpty()) {
      return violation("externalId", "externalId is required (the platform mints it)");
    }
    int length = externalId.length();
    if (length < EXTERNAL_ID_MIN || length > EXTERNAL_ID_MAX) {
      return violation(
          "externalId", "externalId must be 2 to 1224 characters long (it has " + length + ")");
    }
    for (int i = 0; i < length; i++) {
      String c = String.valueOf(externalId.charAt(i));
      if (!EXTERNAL_ID_CHAR.matcher(c).matches()) {
        return violation(
            "externalId",
            "externalId contains '"
                + c
                + "', which STS does not accept: use letters, digits and _ + = , . @ : / -");
      }
    }
    return Optional.empty();
  }

  public static Optional<FieldViolation> name(String name) {
    if (name == null || name.isEmpty()) {
      return violation("name", "name is required");
    }
    if (name.length() > NAME_MAX) {
      return violation("name", "name must be at most 64 characters (it has " + name.length() + ")");
    }
    if (!FIRST_LETTER.matcher(name).lookingAt()) {
      return violation("name", "name '" + name + "' must start with a letter");
    }
    if (!NAME.matcher(name).matches()) {
      return violation("name", "name '" + name + "' may contain only letters, digits, '_' and '-'");
    }
    return Optional.empty();
  }

  public static Optional<FieldViolation> description(String description) {
    if (description != null
        && description.codePointCount(0, description.length()) > DESCRIPTION_MAX) {
      int length = description.codePointCount(0, description.length());
      return violation(
          "description", "description must be at most 256 characters (it has " + length + ")");
    }
    return Optional.empty();
  }

  private static Optional<FieldViolation> violation(String field, String message) {
    return Optional.of(new FieldViolation(field, message));
  }
}
