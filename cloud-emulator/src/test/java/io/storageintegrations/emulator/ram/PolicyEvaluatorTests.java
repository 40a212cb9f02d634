package io.storageintegrations.emulator.ram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyEvaluatorTests {

  private static Policy policy(String statements) {
    return PolicyParser.parse("{\"Version\":\"1\",\"Statement\":[" + statements + "]}");
  }

  private static Decision eval(String action, String resource, Policy... policies) {
    return PolicyEvaluator.evaluate(List.of(policies), AccessRequest.of(action, resource));
  }

  private static final String OBJECT = "acs:oss:cn-hangzhou:2000000000000001:acme/data/a.txt";

  @Test
  void explicitDenyWinsOverAllowInAnyPolicy() {
    Policy allow = policy("{\"Effect\":\"Allow\",\"Action\":\"oss:*\",\"Resource\":\"*\"}");
    Policy deny =
        policy(
            "{\"Effect\":\"Deny\",\"Action\":\"oss:PutObject\",\"Resource\":\"acs:oss:*:*:acme/*\"}");
    assertThat(eval("oss:PutObject", OBJECT, allow, deny)).isEqualTo(Decision.EXPLICIT_DENY);
    assertThat(eval("oss:GetObject", OBJECT, allow, deny)).isEqualTo(Decision.ALLOW);
  }

  @Test
  void nothingMatchingIsAnImplicitDeny() {
    Policy other =
        policy(
            "{\"Effect\":\"Allow\",\"Action\":\"oss:GetObject\",\"Resource\":\"acs:oss:*:*:other/*\"}");
    assertThat(eval("oss:GetObject", OBJECT, other)).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(eval("oss:GetObject", OBJECT)).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void actionWildcardsMatchCaseInsensitively() {
    Policy gets =
        policy(
            "{\"Effect\":\"Allow\",\"Action\":[\"oss:Get*\",\"oss:List?bjects\"],\"Resource\":\"*\"}");
    assertThat(eval("oss:GetObject", OBJECT, gets)).isEqualTo(Decision.ALLOW);
    assertThat(eval("OSS:getbucketlocation", OBJECT, gets)).isEqualTo(Decision.ALLOW);
    assertThat(eval("oss:ListObjects", OBJECT, gets)).isEqualTo(Decision.ALLOW);
    assertThat(eval("oss:PutObject", OBJECT, gets)).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void resourceWildcardsSpanSegmentsButBucketAndObjectDiffer() {
    Policy bucketOnly =
        policy("{\"Effect\":\"Allow\",\"Action\":\"oss:*\",\"Resource\":\"acs:oss:*:*:acme\"}");
    Policy objects =
        policy("{\"Effect\":\"Allow\",\"Action\":\"oss:*\",\"Resource\":\"acs:oss:*:*:acme/*\"}");
    assertThat(eval("oss:ListObjects", "acs:oss:cn-hangzhou:2000000000000001:acme", bucketOnly))
        .isEqualTo(Decision.ALLOW);
    assertThat(eval("oss:GetObject", OBJECT, bucketOnly)).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(eval("oss:GetObject", OBJECT, objects)).isEqualTo(Decision.ALLOW);
    assertThat(eval("oss:ListObjects", "acs:oss:cn-hangzhou:2000000000000001:acme", objects))
        .isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(eval("oss:GetObject", "acs:oss:cn-hangzhou:2000000000000001:acme-other/x", objects))
        .isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void notActionAndNotResourceInvertTheMatch() {
    Policy allButDelete =
        policy(
            "{\"Effect\":\"Allow\",\"NotAction\":\"oss:Delete*\",\"NotResource\":\"acs:oss:*:*:secret/*\"}");
    assertThat(eval("oss:GetObject", OBJECT, allButDelete)).isEqualTo(Decision.ALLOW);
    assertThat(eval("oss:DeleteObject", OBJECT, allButDelete)).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(eval("oss:GetObject", "acs:oss:*:1:secret/x", allButDelete))
        .isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void stringConditions() {
    assertThat(condition("StringEquals", "abc", "abc")).isTrue();
    assertThat(condition("StringEquals", "abc", "ABC")).isFalse();
    assertThat(condition("StringEquals", "abc", null)).isFalse();
    assertThat(condition("StringNotEquals", "abc", "abd")).isTrue();
    assertThat(condition("StringNotEquals", "abc", null)).isTrue();
    assertThat(condition("StringEqualsIgnoreCase", "abc", "ABC")).isTrue();
    assertThat(condition("StringNotEqualsIgnoreCase", "abc", "ABC")).isFalse();
    assertThat(condition("StringLike", "ex*-?", "exports-1")).isTrue();
    assertThat(condition("StringLike", "ex*-?", "exports-12")).isFalse();
    assertThat(condition("StringNotLike", "ex*", "other")).isTrue();
    assertThat(condition("StringNotLike", "ex*", "export")).isFalse();
  }

  @Test
  void trustPoliciesMatchPrincipalsAndExternalIds() {
    Policy trust =
        policy(
            "{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\",\"Principal\":{\"RAM\":[\"acs:ram::1000000000000001:root\"]},"
                + "\"Condition\":{\"StringEquals\":{\"sts:ExternalId\":\"ext-1\"}}}");
    List<String> platformUser =
        List.of("acs:ram::1000000000000001:user/validator", "acs:ram::1000000000000001:root");
    List<String> stranger =
        List.of("acs:ram::3000000000000001:user/mallory", "acs:ram::3000000000000001:root");
    assertThat(
            trust.evaluate(
                new AccessRequest(
                    "sts:AssumeRole", "r", platformUser, Map.of("sts:ExternalId", "ext-1"))))
        .isEqualTo(Decision.ALLOW);
    assertThat(
            trust.evaluate(
                new AccessRequest(
                    "sts:AssumeRole", "r", platformUser, Map.of("sts:ExternalId", "ext-2"))))
        .isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(trust.evaluate(new AccessRequest("sts:AssumeRole", "r", platformUser, Map.of())))
        .isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(
            trust.evaluate(
                new AccessRequest(
                    "sts:AssumeRole", "r", stranger, Map.of("sts:ExternalId", "ext-1"))))
        .isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void grammarMistakesAreNamed() {
    assertThatThrownBy(
            () -> PolicyParser.parse("{\"Statement\":[{\"Effect\":\"Allow\",\"Resource\":\"*\"}]}"))
        .hasMessageContaining("Statement[0] needs exactly one of Action or NotAction");
    assertThatThrownBy(
            () ->
                PolicyParser.parse(
                    "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resorce\":\"*\"}]}"))
        .hasMessageContaining("unknown element 'Resorce'");
    assertThatThrownBy(() -> PolicyParser.parse("not json")).hasMessageContaining("not valid JSON");
  }

  private static boolean condition(String operator, String expected, String actual) {
    Policy p =
        policy(
            "{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\""
                + operator
                + "\":{\"k:key\":\""
                + expected
                + "\"}}}");
    Map<String, String> context = actual == null ? Map.of() : Map.of("k:key", actual);
    return p.evaluate(new AccessRequest("a", "r", List.of(), context)).allowed();
  }
}
