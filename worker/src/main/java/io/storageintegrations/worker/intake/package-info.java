/**
 * The Kafka intake: many validations in flight, one at a time per integration, offsets committed
 * only behind outcomes the broker has acknowledged, dead letters for unreadable requests.
 */
package io.storageintegrations.worker.intake;
