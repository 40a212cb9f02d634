package io.storageintegrations.emulator.oss;

import io.storageintegrations.emulator.ram.AccessRequest;
import io.storageintegrations.emulator.ram.PolicyEvaluator;
import io.storageintegrations.emulator.server.Request;
import io.storageintegrations.emulator.state.Bucket;
import io.storageintegrations.emulator.state.Caller;
import io.storageintegrations.emulator.state.EmulatorState;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** RAM for OSS calls: the operation's action on its bucket or object ARN, with context keys. */
final class OssAuthorizer {

  private final EmulatorState state;

  OssAuthorizer(EmulatorState state) {
    this.state = state;
  }

  void authorize(Request request, Caller caller, OssOperation op, Bucket bucket) {
    String resource;
    if (bucket == null) {
      resource =
          "acs:oss:"
              + state.settings().defaultRegion()
              + ":"
              + caller.accountUid()
              + ":"
              + op.bucket();
    } else {
      resource = op.objectLevel() ? bucket.objectArn(op.key()) : bucket.arn();
    }
    Map<String, String> context = new HashMap<>(4);
    if (op.name().equals("oss:ListObjects") || op.name().equals("oss:ListMultipartUploads")) {
      context.put("oss:Prefix", request.query().getOrDefault("prefix", ""));
      context.put("oss:Delimiter", request.query().getOrDefault("delimiter", ""));
    }
    require(caller, op.ramAction(), resource, context);
  }

  /** RAM: the caller's policies and, for a role session, its session policy must both allow. */
  static void require(Caller caller, String action, String resource, Map<String, String> context) {
    if (caller.kind() == Caller.Kind.ROOT) {
      return;
    }
    AccessRequest access = new AccessRequest(action, resource, List.of(), context);
    boolean allowed = PolicyEvaluator.evaluate(caller.policies(), access).allowed();
    if (allowed && caller.sessionPolicy() != null) {
      allowed = caller.sessionPolicy().evaluate(access).allowed();
    }
    if (!allowed) {
      throw new OssException(
          OssError.ACCESS_DENIED,
          "You have no right to access this resource: RAM policy does not allow "
              + action
              + " on "
              + resource
              + ".");
    }
  }
}
