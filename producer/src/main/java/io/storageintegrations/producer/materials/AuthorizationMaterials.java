package io.storageintegrations.producer.materials;

import io.storageintegrations.model.message.AccessMode;
import java.util.List;
import java.util.Map;

/**
 * Everything the customer needs to set up the role: attach {@code ramPolicy} to a RAM role whose
 * trust policy is {@code trustPolicy}, then create the integration with {@code externalId}.
 */
record AuthorizationMaterials(
    String projectId,
    String bucket,
    String region,
    AccessMode access,
    List<String> actions,
    Map<String, Object> ramPolicy,
    Map<String, Object> trustPolicy,
    String platformAccount,
    String platformPrincipal,
    String externalId) {}
