/**
 * Authorization materials: the RAM and trust policies a customer needs, with a minted ExternalId.
 */
package io.storageintegrations.producer.materials;
