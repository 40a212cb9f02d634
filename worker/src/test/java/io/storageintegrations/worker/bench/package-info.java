/** The worker benchmark: broker + worker + emulator with injected cloud latency, as a main. */
package io.storageintegrations.worker.bench;
