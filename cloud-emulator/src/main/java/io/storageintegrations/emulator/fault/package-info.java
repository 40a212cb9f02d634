/** Run-time fault injection (latency, errors, dropped and hung connections) and call counters. */
package io.storageintegrations.emulator.fault;
