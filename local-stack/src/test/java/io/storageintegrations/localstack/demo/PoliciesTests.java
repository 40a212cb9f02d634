package io.storageintegrations.localstack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PoliciesTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final JsonNode RAM =
      JSON.readTree(
          """
          {"Version":"1","Statement":[{"Effect":"Allow",
           "Action":["oss:GetBucketLocation","oss:ListObjects","oss:GetObject","oss:PutObject"],
           "Resource":["acs:oss:*:*:b","acs:oss:*:*:b/*"]}]}
          """);
  private static final JsonNode TRUST =
      JSON.readTree(
          """
          {"Version":"1","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole",
           "Principal":{"RAM":["acs:ram::1000000000000001:root"]},
           "Condition":{"StringEquals":{"sts:ExternalId":"si-ext-minted"}}}]}
          """);

  @Test
  void aMissingPermissionDropsOnlyThatAction() {
    JsonNode policy = Policies.withoutAction(RAM, "oss:PutObject");

    assertThat(policy.at("/Statement/0/Action").toString())
        .isEqualTo("[\"oss:GetBucketLocation\",\"oss:ListObjects\",\"oss:GetObject\"]");
    assertThat(RAM.at("/Statement/0/Action")).hasSize(4);
  }

  @Test
  void aStaleTrustKeepsThePrincipalButNamesAnotherExternalId() {
    JsonNode trust = Policies.withExternalId(TRUST, "someone-else");

    assertThat(trust.at("/Statement/0/Condition/StringEquals/sts:ExternalId").asString())
        .isEqualTo("someone-else");
    assertThat(trust.at("/Statement/0/Principal")).isEqualTo(TRUST.at("/Statement/0/Principal"));
    assertThat(TRUST.at("/Statement/0/Condition/StringEquals/sts:ExternalId").asString())
        .isEqualTo("si-ext-minted");
  }

  @Test
  void anOpenTrustHasNoConditionAtAll() {
    JsonNode trust = Policies.withoutCondition(TRUST);

    assertThat(trust.at("/Statement/0").has("Condition")).isFalse();
    assertThat(trust.at("/Statement/0/Action").asString()).isEqualTo("sts:AssumeRole");
  }
}
