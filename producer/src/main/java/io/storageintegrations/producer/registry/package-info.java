/** The integration registry: state per integration from events, durable in a compacted topic. */
package io.storageintegrations.producer.registry;
