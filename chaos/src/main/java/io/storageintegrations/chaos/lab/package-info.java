/**
 * The processes an experiment runs against: a Kafka broker, the cloud emulator and workers, each in
 * its own JVM, and the admin views of them the suite measures with.
 */
package io.storageintegrations.chaos.lab;
