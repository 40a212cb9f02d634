/** The HTTP front: one port serving STS, OSS and the admin API, with faults, counters and logs. */
package io.storageintegrations.emulator.server;
