/** Publishes messages to Kafka and answers only after the broker has acknowledged them. */
package io.storageintegrations.producer.publishing;
