/** RAM policy documents and their evaluation: explicit Deny, then Allow, else implicit deny. */
package io.storageintegrations.emulator.ram;
