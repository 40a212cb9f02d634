/** The cloud emulator's entry points: embedded server, JUnit 5 extension and standalone main. */
package io.storageintegrations.emulator;
