/** The emulator's throughput benchmark (an entry point, not a test). */
package io.storageintegrations.emulator.bench;
