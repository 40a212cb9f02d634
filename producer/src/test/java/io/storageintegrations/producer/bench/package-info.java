/** Benchmarks of the producer's API (entry points, not tests). */
package io.storageintegrations.producer.bench;
