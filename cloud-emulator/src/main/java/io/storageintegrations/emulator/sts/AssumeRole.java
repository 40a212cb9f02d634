package io.storageintegrations.emulator.sts;

import io.storageintegrations.emulator.ram.AccessRequest;
import io.storageintegrations.emulator.ram.Policy;
import io.storageintegrations.emulator.ram.PolicyEvaluator;
import io.storageintegrations.emulator.ram.PolicyGrammarException;
import io.storageintegrations.emulator.ram.PolicyParser;
import io.storageintegrations.emulator.state.Caller;
import io.storageintegrations.emulator.state.EmulatorState;
import io.storageintegrations.emulator.state.Ids;
import io.storageintegrations.emulator.state.Role;
import io.storageintegrations.emulator.state.StsSession;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** AssumeRole's checks in the service's order, then the issue of expiring credentials. */
final class AssumeRole {

  private static final Pattern ROLE_ARN =
      Pattern.compile(
          "acs:ram::(\\d{1,32}):([a-z]+)/([\\w.@+=,-]{1,64})", Pattern.CASE_INSENSITIVE);
  private static final Pattern SESSION_NAME = Pattern.compile("[\\w.@-]{2,64}");
  private static final Pattern EXTERNAL_ID = Pattern.compile("[\\w+=,.@:/-]{2,1224}");

  private final EmulatorState state;

  AssumeRole(EmulatorState state) {
    this.state = state;
  }

  /** What a successful call returns. */
  record Issued(StsSession session, Role role) {}

  Issued run(Caller caller, Map<String, String> params) {
    String roleArn = required(params, "RoleArn");
    String sessionName = required(params, "RoleSessionName");
    Matcher arn = ROLE_ARN.matcher(roleArn);
    if (!arn.matches()) {
      throw new StsException(StsError.ROLE_ARN);
    }
    if (!SESSION_NAME.matcher(sessionName).matches()) {
      throw new StsException(StsError.ROLE_SESSION_NAME);
    }
    long duration = duration(params.get("DurationSeconds"));
    Policy sessionPolicy = sessionPolicy(params.get("Policy"));
    String externalId = params.get("ExternalId");
    if (externalId != null && !EXTERNAL_ID.matcher(externalId).matches()) {
      throw new StsException(StsError.EXTERNAL_ID);
    }
    if (caller.kind() == Caller.Kind.ROOT) {
      throw new StsException(StsError.ROOT_CALLER);
    }
    if (!callerMay(caller, roleArn)) {
      throw new StsException(StsError.NO_PERMISSION);
    }
    Role role =
        "role".equalsIgnoreCase(arn.group(2)) ? state.role(arn.group(1), arn.group(3)) : null;
    if (role == null) {
      throw new StsException(StsError.ROLE_NOT_FOUND, "The specified Role not exists: " + roleArn);
    }
    Map<String, String> context =
        externalId == null ? Map.of() : Map.of("sts:ExternalId", externalId);
    AccessRequest trust =
        new AccessRequest("sts:AssumeRole", role.arn(), caller.principals(), context);
    if (!role.trustPolicy().evaluate(trust).allowed()) {
      throw new StsException(StsError.ROLE_NOT_TRUSTING);
    }
    if (duration > role.maxSessionSeconds()) {
      throw new StsException(
          StsError.DURATION,
          "The Min/Max value of DurationSeconds is 15min/" + hours(role.maxSessionSeconds()) + ".");
    }
    return new Issued(issue(role, sessionName, sessionPolicy, duration), role);
  }

  private boolean callerMay(Caller caller, String roleArn) {
    AccessRequest request = AccessRequest.of("sts:AssumeRole", roleArn);
    List<Policy> policies = new ArrayList<>(caller.policies());
    if (!PolicyEvaluator.evaluate(policies, request).allowed()) {
      return false;
    }
    return caller.sessionPolicy() == null || caller.sessionPolicy().evaluate(request).allowed();
  }

  private StsSession issue(Role role, String sessionName, Policy sessionPolicy, long duration) {
    Instant expiration = state.clock().now().plusSeconds(duration).truncatedTo(ChronoUnit.SECONDS);
    StsSession session =
        new StsSession(
            "STS." + Ids.alnumSecret(24),
            Ids.alnumSecret(44),
            "CAIS" + Ids.base64Secret(300),
            role.accountUid(),
            role.name(),
            sessionName,
            sessionPolicy,
            expiration);
    state.putSession(session);
    return session;
  }

  private static long duration(String raw) {
    if (raw == null || raw.isEmpty()) {
      return 3600;
    }
    long seconds;
    try {
      seconds = Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw new StsException(StsError.DURATION);
    }
    if (seconds < 900 || seconds > 43200) {
      throw new StsException(StsError.DURATION);
    }
    return seconds;
  }

  private static Policy sessionPolicy(String raw) {
    if (raw == null || raw.isEmpty()) {
      return null;
    }
    if (raw.getBytes(StandardCharsets.UTF_8).length > 2048) {
      throw new StsException(StsError.POLICY_SIZE);
    }
    try {
      return PolicyParser.parse(raw);
    } catch (PolicyGrammarException e) {
      throw new StsException(
          StsError.POLICY_GRAMMAR, StsError.POLICY_GRAMMAR.message + " " + e.getMessage());
    }
  }

  private static String required(Map<String, String> params, String name) {
    String value = params.get(name);
    if (value == null || value.isEmpty()) {
      throw new StsException(StsError.MISSING_PARAMETER, name + " is mandatory for this action.");
    }
    return value;
  }

  private static String hours(int seconds) {
    return seconds % 3600 == 0 ? (seconds / 3600) + "hr" : (seconds / 60) + "min";
  }
}
