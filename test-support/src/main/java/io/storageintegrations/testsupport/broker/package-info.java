/**
 * A standalone single-node KRaft Kafka broker in a child JVM, with its data on disk, for local runs
 * and crash tests.
 */
package io.storageintegrations.testsupport.broker;
