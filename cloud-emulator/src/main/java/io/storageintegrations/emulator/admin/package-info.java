/** The loopback-only JSON admin API: state, seeds, clock, settings, faults and counters. */
package io.storageintegrations.emulator.admin;
