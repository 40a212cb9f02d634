/** The local Kafka broker process, its reusable work directory and the system's topics. */
package io.storageintegrations.localstack.kafka;
