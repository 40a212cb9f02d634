package io.storageintegrations.model.rules;

import java.util.Optional;
import java.util.regex.Pattern;

/** OSS bucket-name rules, with the bare name suggested when a URL, endpoint or path was given. */
final class BucketNames {

  static final Pattern VALID = Pattern.compile("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$");
  private static final Pattern ALLOWED_CHARS = Pattern.compile("[a-z0-9-]*");

  private BucketNames() {}

  static Optional<String> problem(String bucket) {
    if (bucket == null || bucket.isBlank()) {
      return Optional.of("bucket is required");
    }
    if (bucket.contains("://")) {
      return Optional.of(bare(bucket, "not a URL", afterScheme(bucket)));
    }
    if (bucket.contains("aliyuncs.com") || bucket.contains(".oss-")) {
      return Optional.of(bare(bucket, "not an endpoint", bucket));
    }
    if (bucket.contains("/")) {
      return Optional.of(bare(bucket, "without a path", bucket));
    }
    String quoted = "bucket name '" + bucket + "'";
    if (!bucket.equals(bucket.toLowerCase(java.util.Locale.ROOT))) {
      return Optional.of(quoted + " must be lower case");
    }
    if (bucket.length() < 3 || bucket.length() > 63) {
      return Optional.of(
          quoted + " must be 3 to 63 characters long (it has " + bucket.length() + ")");
    }
    if (!ALLOWED_CHARS.matcher(bucket).matches()) {
      return Optional.of(quoted + " may contain only lower-case letters, digits and hyphens");
    }
    if (!VALID.matcher(bucket).matches()) {
      return Optional.of(quoted + " must start and end with a lower-case letter or digit");
    }
    return Optional.empty();
  }

  private static String bare(String bucket, String what, String rest) {
    String host = rest.split("/", 2)[0];
    String name = host.split("\\.", 2)[0];
    String hint = name.isEmpty() ? "" : ": use '" + name + "'";
    return "bucket '" + bucket + "' must be a bare bucket name, " + what + hint;
  }

  private static String afterScheme(String bucket) {
    return bucket.substring(bucket.indexOf("://") + 3);
  }
}
