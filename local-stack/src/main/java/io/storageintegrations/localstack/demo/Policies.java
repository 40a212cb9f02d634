package io.storageintegrations.localstack.demo;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The customer's mistakes, made on copies of the generated policy documents. */
final class Policies {

  private Policies() {}

  /** The RAM policy without {@code action} (e.g. {@code oss:PutObject}). */
  static JsonNode withoutAction(JsonNode policy, String action) {
    JsonNode copy = policy.deepCopy();
    for (JsonNode statement : copy.path("Statement")) {
      if (statement.get("Action") instanceof ArrayNode actions) {
        for (int i = actions.size() - 1; i >= 0; i--) {
          if (actions.get(i).asString().equals(action)) {
            actions.remove(i);
          }
        }
      }
    }
    return copy;
  }

  /** The trust policy with another ExternalId than the one the platform minted. */
  static JsonNode withExternalId(JsonNode trust, String externalId) {
    JsonNode copy = trust.deepCopy();
    for (JsonNode statement : copy.path("Statement")) {
      for (JsonNode operator : statement.path("Condition")) {
        if (operator instanceof ObjectNode condition && condition.has("sts:ExternalId")) {
          condition.put("sts:ExternalId", externalId);
        }
      }
    }
    return copy;
  }

  /** The trust policy with no condition at all: anyone who can name the role may assume it. */
  static JsonNode withoutCondition(JsonNode trust) {
    JsonNode copy = trust.deepCopy();
    for (JsonNode statement : copy.path("Statement")) {
      if (statement instanceof ObjectNode object) {
        object.remove("Condition");
      }
    }
    return copy;
  }
}
