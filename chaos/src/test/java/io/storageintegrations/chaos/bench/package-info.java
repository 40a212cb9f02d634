/**
 * The worker and vending benchmarks: the apps' exec jars in their own JVMs, measured from outside.
 */
package io.storageintegrations.chaos.bench;
