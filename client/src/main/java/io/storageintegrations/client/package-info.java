/** Publishes integration requests straight to Kafka, the way the producer's API does. */
package io.storageintegrations.client;
