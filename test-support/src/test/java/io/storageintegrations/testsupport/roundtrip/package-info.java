/**
 * Proves every shared-model message survives a real Kafka broker unchanged: payload, CloudEvents
 * headers and key.
 */
package io.storageintegrations.testsupport.roundtrip;
