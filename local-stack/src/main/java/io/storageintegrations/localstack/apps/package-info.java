/**
 * The worker and the producer, each a Spring Boot executable jar in a child JVM with its own log.
 */
package io.storageintegrations.localstack.apps;
