/** What an experiment's outcomes add up to, and the one markdown table the suite prints. */
package io.storageintegrations.chaos.report;
