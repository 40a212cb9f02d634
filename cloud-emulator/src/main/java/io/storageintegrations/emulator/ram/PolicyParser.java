package io.storageintegrations.emulator.ram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Parses RAM policy documents (identity, trust and session policies) strictly. */
public final class PolicyParser {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Set<String> STATEMENT_FIELDS =
      Set.of(
          "Effect",
          "Action",
          "NotAction",
          "Resource",
          "NotResource",
          "Principal",
          "Condition",
          "Sid");

  private PolicyParser() {}

  public static Policy parse(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JacksonException e) {
      throw new PolicyGrammarException("Policy is not valid JSON: " + e.getOriginalMessage());
    }
    return parse(root);
  }

  public static Policy parse(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new PolicyGrammarException("Policy must be a JSON object");
    }
    JsonNode version = root.get("Version");
    if (version != null && !"1".equals(version.asString())) {
      throw new PolicyGrammarException("Policy Version must be \"1\"");
    }
    JsonNode statements = root.get("Statement");
    if (statements == null) {
      throw new PolicyGrammarException("Policy has no Statement");
    }
    List<Statement> parsed = new ArrayList<>();
    int index = 0;
    for (JsonNode node : statements.isArray() ? statements.values() : List.of(statements)) {
      parsed.add(statement(node, "Statement[" + index++ + "]"));
    }
    return new Policy(List.copyOf(parsed), JSON.writeValueAsString(root));
  }

  private static Statement statement(JsonNode node, String where) {
    if (!node.isObject()) {
      throw new PolicyGrammarException(where + " must be an object");
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (!STATEMENT_FIELDS.contains(field.getKey())) {
        throw new PolicyGrammarException(where + " has unknown element '" + field.getKey() + "'");
      }
    }
    Effect effect = effect(node.get("Effect"), where);
    List<String> actions = strings(node.get("Action"), where + ".Action");
    List<String> notActions = strings(node.get("NotAction"), where + ".NotAction");
    if ((actions == null) == (notActions == null)) {
      throw new PolicyGrammarException(where + " needs exactly one of Action or NotAction");
    }
    List<String> resources = strings(node.get("Resource"), where + ".Resource");
    List<String> notResources = strings(node.get("NotResource"), where + ".NotResource");
    if (resources != null && notResources != null) {
      throw new PolicyGrammarException(where + " has both Resource and NotResource");
    }
    return new Statement(
        effect,
        actions,
        notActions,
        resources,
        notResources,
        principals(node.get("Principal"), where + ".Principal"),
        conditions(node.get("Condition"), where + ".Condition"));
  }

  private static Effect effect(JsonNode node, String where) {
    String value = node == null ? null : node.asString();
    if ("Allow".equals(value)) {
      return Effect.ALLOW;
    }
    if ("Deny".equals(value)) {
      return Effect.DENY;
    }
    throw new PolicyGrammarException(where + ".Effect must be \"Allow\" or \"Deny\"");
  }

  private static List<String> principals(JsonNode node, String where) {
    if (node == null) {
      return null;
    }
    if (node.isString()) {
      return List.of(node.asString());
    }
    if (!node.isObject()) {
      throw new PolicyGrammarException(where + " must be \"*\" or an object like {\"RAM\": [...]}");
    }
    List<String> all = new ArrayList<>();
    for (Map.Entry<String, JsonNode> kind : node.properties()) {
      all.addAll(strings(kind.getValue(), where + "." + kind.getKey()));
    }
    return List.copyOf(all);
  }

  private static List<Condition> conditions(JsonNode node, String where) {
    if (node == null) {
      return List.of();
    }
    if (!node.isObject()) {
      throw new PolicyGrammarException(where + " must be an object");
    }
    List<Condition> all = new ArrayList<>();
    for (Map.Entry<String, JsonNode> op : node.properties()) {
      ConditionOperator operator = ConditionOperator.of(op.getKey());
      if (!op.getValue().isObject()) {
        throw new PolicyGrammarException(where + "." + op.getKey() + " must be an object");
      }
      for (Map.Entry<String, JsonNode> key : op.getValue().properties()) {
        String path = where + "." + op.getKey() + "." + key.getKey();
        all.add(new Condition(operator, key.getKey(), strings(key.getValue(), path)));
      }
    }
    return List.copyOf(all);
  }

  private static List<String> strings(JsonNode node, String where) {
    if (node == null) {
      return null;
    }
    if (node.isString() || node.isNumber() || node.isBoolean()) {
      return List.of(node.asString());
    }
    if (node.isArray()) {
      List<String> values = new ArrayList<>();
      for (JsonNode item : node.values()) {
        if (!(item.isString() || item.isNumber() || item.isBoolean())) {
          throw new PolicyGrammarException(where + " must hold strings");
        }
        values.add(item.asString());
      }
      if (values.isEmpty()) {
        throw new PolicyGrammarException(where + " must not be empty");
      }
      return List.copyOf(values);
    }
    throw new PolicyGrammarException(where + " must be a string or an array of strings");
  }
}
