/** Several producers and workers as separate processes, one producer killed with kill -9. */
package io.storageintegrations.chaos.fleet;
