package io.storageintegrations.producer.integration;

import io.storageintegrations.model.message.AccessMode;

/**
 * The body of validate and create. {@code region} is the bucket's region ({@code cn-hangzhou};
 * {@code oss-cn-hangzhou} and {@code ali-cn-hangzhou} are understood); {@code externalId} must be
 * one the platform minted for the project in its authorization materials.
 */
record IntegrationRequestBody(
    String projectId,
    String name,
    String description,
    AccessMode access,
    String bucket,
    String region,
    String roleArn,
    String externalId) {}
