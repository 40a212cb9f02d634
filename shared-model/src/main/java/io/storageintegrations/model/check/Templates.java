package io.storageintegrations.model.check;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Remediation building blocks and the placeholder renderer. A placeholder is {@code {name}} with a
 * letters-only name, so the JSON braces of policy statements are left alone.
 */
final class Templates {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

  static final String BUCKET_RESOURCE = "acs:oss:*:*:{bucket}";
  static final String OBJECT_RESOURCE = "acs:oss:*:*:{bucket}/*";

  /** The trust-policy document that lets the platform, and only with the ExternalId, assume. */
  static final String TRUST_POLICY =
      "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\","
          + "\"Principal\":{\"RAM\":[\"{platformPrincipal}\"]},"
          + "\"Condition\":{\"StringEquals\":{\"sts:ExternalId\":\"{externalId}\"}}}]}";

  private Templates() {}

  /** A remediation naming the exact RAM action and Resource line, with the policy statement. */
  static String grant(String action, String resource) {
    return "Attach to role {roleArn} a policy that allows "
        + action
        + " on Resource "
        + resource
        + ": {\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\""
        + action
        + "\"],\"Resource\":[\""
        + resource
        + "\"]}]}";
  }

  static Set<String> placeholders(String template) {
    Set<String> names = new LinkedHashSet<>();
    Matcher matcher = PLACEHOLDER.matcher(template);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  static String render(ErrorCode code, String template, Map<String, ?> values) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      Object value = values.get(matcher.group(1));
      if (value == null) {
        throw new IllegalArgumentException(code + " needs a value for {" + matcher.group(1) + "}");
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value.toString()));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
