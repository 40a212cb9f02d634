/** The worker benchmark: the worker's exec jar in its own JVM, measured from outside it. */
package io.storageintegrations.chaos.bench;
