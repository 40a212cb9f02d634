/** The worker application: Kafka intake, validation engine and cloud clients, by feature. */
package io.storageintegrations.worker;
