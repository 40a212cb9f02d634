/** Runs the whole system locally (broker, emulator, worker, producer) and the demo scenarios. */
package io.storageintegrations.localstack;
