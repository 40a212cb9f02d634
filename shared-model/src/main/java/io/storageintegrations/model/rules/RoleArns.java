package io.storageintegrations.model.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RAM role ARN rules: {@code acs:ram::<account-id>:role/<role-name>}, with hints for look-alikes.
 */
final class RoleArns {

  private static final Pattern SHAPE = Pattern.compile("^acs:ram::([^:]*):(.*)$");
  private static final Pattern ACCOUNT = Pattern.compile("\\d{1,32}");
  private static final Pattern ROLE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final String EXPECTED = "acs:ram::<account-id>:role/<role-name>";

  private RoleArns() {}

  static Optional<String> problem(String arn) {
    if (arn == null || arn.isBlank()) {
      return Optional.of("roleArn is required, as " + EXPECTED);
    }
    String quoted = "roleArn '" + arn + "'";
    if (arn.startsWith("arn:")) {
      return Optional.of(quoted + " is not an Alibaba Cloud ARN: use " + EXPECTED);
    }
    if (arn.startsWith("acs:sts::")) {
      return Optional.of(quoted + " is an assumed-role session, not a role: use " + EXPECTED);
    }
    Matcher shape = SHAPE.matcher(arn);
    if (!shape.matches()) {
      return Optional.of(quoted + " must look like " + EXPECTED);
    }
    String account = shape.group(1);
    String resource = shape.group(2);
    if (!ACCOUNT.matcher(account).matches()) {
      return Optional.of(quoted + " must carry the numeric account ID: " + EXPECTED);
    }
    String roleOf = "acs:ram::" + account + ":role/<role-name>";
    if (resource.equals("root")) {
      return Optional.of(
          quoted + " is the whole account, not a role: create a RAM role, " + roleOf);
    }
    if (resource.startsWith("user/")) {
      return Optional.of(quoted + " is a RAM user, not a role: use a RAM role, " + roleOf);
    }
    if (!resource.startsWith("role/")) {
      return Optional.of(quoted + " must name a role: " + roleOf);
    }
    if (!ROLE_NAME.matcher(resource.substring("role/".length())).matches()) {
      return Optional.of(
          quoted + " has an invalid role name: 1 to 64 letters, digits, '.', '-' or '_'");
    }
    return Optional.empty();
  }
}
