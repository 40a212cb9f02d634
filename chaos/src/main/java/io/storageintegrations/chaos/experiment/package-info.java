/** The experiments: a fleet, a steady stream of requests, one fault mid-run, then the tally. */
package io.storageintegrations.chaos.experiment;
