package io.storageintegrations.localstack.demo;

import tools.jackson.databind.JsonNode;

/**
 * What the API's authorization-materials call returned: the minted ExternalId and the two policy
 * documents the customer is told to apply.
 */
record Materials(String externalId, JsonNode ramPolicy, JsonNode trustPolicy) {}
