package io.storageintegrations.localstack.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.storageintegrations.localstack.compose.Yamls;
import io.storageintegrations.model.topic.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The schema check can fail: rendered objects broken on purpose are reported, each with its object
 * and the path of the wrong field (KubernetesManifestsTests holds the real manifests to it).
 */
class KubernetesManifestsSchemaTests {

  @Test
  void anUnknownFieldAWrongTypeAndAMissingRequiredFieldAreEachReportedWhereTheyAre() {
    Kustomize rendered = Kustomize.render("overlays/production");
    // A typo: "resource" for "resources".
    Kustomize.container(rendered.get("Deployment", "worker")).put("resource", Map.of());
    // Partitions quoted: a string where the CRD wants an integer.
    Yamls.map(rendered.get("KafkaTopic", Topics.REQUESTS).get("spec")).put("partitions", "12");
    // A trigger without its type.
    Yamls.map(
            Yamls.list(Yamls.at(rendered.get("ScaledObject", "worker"), "spec", "triggers")).get(0))
        .remove("type");

    KubernetesSchemas.Report report = KubernetesSchemas.validate(rendered.all());

    assertThat(report.problems())
        .extracting(
            KubernetesSchemas.Problem::object,
            KubernetesSchemas.Problem::path,
            KubernetesSchemas.Problem::message)
        .containsExactlyInAnyOrder(
            tuple(
                "Deployment/worker", "/spec/template/spec/containers/0/resource", "unknown field"),
            tuple("KafkaTopic/" + Topics.REQUESTS, "/spec/partitions", "must be integer"),
            tuple(
                "ScaledObject/worker",
                "/spec/triggers/0/type",
                "must have required property type"));
  }

  @Test
  void anObjectOfAKindWithoutASchemaFailsRatherThanPassingUnchecked() {
    List<Map<String, Object>> objects = new ArrayList<>();
    objects.add(
        Map.of("apiVersion", "apps/v1", "kind", "Deploymnet", "metadata", Map.of("name", "w")));
    objects.add(
        Map.of("apiVersion", "example.com/v1", "kind", "Widget", "metadata", Map.of("name", "x")));

    KubernetesSchemas.Report report = KubernetesSchemas.validate(objects);

    assertThat(report.validated()).isEqualTo(2);
    assertThat(report.problems())
        .extracting(KubernetesSchemas.Problem::object, KubernetesSchemas.Problem::message)
        .containsExactly(
            tuple("Deploymnet/w", "no schema for apps/v1 Deploymnet"),
            tuple("Widget/x", "no schema for example.com/v1 Widget"));
  }

  @Test
  void freeFormFieldsAndMapsTakeAnyKeyAsTheApiServerDoes() {
    Kustomize rendered = Kustomize.render("overlays/production");
    Yamls.map(Yamls.at(rendered.get("KafkaTopic", Topics.REQUESTS), "spec", "config"))
        .put("retention.ms", 604800000);
    Yamls.map(Yamls.at(rendered.get("Deployment", "worker"), "metadata", "labels"))
        .put("team", "storage");

    assertThat(KubernetesSchemas.validate(rendered.all()).problems()).isEmpty();
  }
}
