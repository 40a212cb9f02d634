package io.storageintegrations.producer.materials;

import io.storageintegrations.model.message.AccessMode;

/** What the customer is about to connect: bucket, its region and the access it needs. */
record MaterialsRequest(String projectId, String bucket, String region, AccessMode access) {}
