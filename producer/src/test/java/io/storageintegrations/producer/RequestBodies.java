package io.storageintegrations.producer;

import java.util.LinkedHashMap;
import java.util.Map;

/** Request bodies the API tests send: authorization materials first, then a create using them. */
final class RequestBodies {

  private RequestBodies() {}

  /** Mints an ExternalId for {@code project} through the API, as a console would first. */
  static String mintExternalId(Api api, String key, String project, String bucket) {
    Api.Response materials =
        api.post(
            key,
            "/v1/storage-integrations/authorization-materials",
            Map.of(
                "projectId",
                project,
                "bucket",
                bucket,
                "region",
                "cn-hangzhou",
                "access",
                "READ_WRITE"));
    if (materials.status() != 200) {
      throw new AssertionError("materials failed: " + materials.status() + " " + materials.body());
    }
    return materials.text("externalId");
  }

  /** A valid create body for {@code name}, with an ExternalId minted for the project. */
  static Map<String, Object> create(String project, String name, String bucket, String externalId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("projectId", project);
    body.put("name", name);
    body.put("description", "backups for " + name);
    body.put("access", "READ_WRITE");
    body.put("bucket", bucket);
    body.put("region", "cn-hangzhou");
    body.put("roleArn", "acs:ram::123456789012:role/si-access");
    body.put("externalId", externalId);
    return body;
  }
}
