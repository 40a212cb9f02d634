/** The topic catalogue and the CloudEvents Kafka binding (binary mode) for every message type. */
package io.storageintegrations.model.topic;
