/**
 * The emulated cloud's state: accounts, RAM users, keys, roles, policies, buckets, sessions, clock.
 */
package io.storageintegrations.emulator.state;
