/**
 * One real Kafka broker per test JVM, found or started for tests, with helpers to create topics and
 * read records.
 */
package io.storageintegrations.testsupport.kafka;
