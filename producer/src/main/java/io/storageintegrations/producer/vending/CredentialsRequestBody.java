package io.storageintegrations.producer.vending;

import io.storageintegrations.model.message.AccessMode;

/**
 * What a job asks for: the access (at most the integration's), the object prefix the credentials
 * are narrowed to, and how long they should last (900 to 3600 seconds; default 900).
 */
public record CredentialsRequestBody(AccessMode access, String prefix, Integer durationSeconds) {}
