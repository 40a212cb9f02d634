/** Seed files (YAML or JSON) describing accounts, users, keys, roles, policies and buckets. */
package io.storageintegrations.emulator.seed;
