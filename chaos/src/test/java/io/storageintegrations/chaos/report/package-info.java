/** The tally's definitions, checked on hand-made outcome histories. */
package io.storageintegrations.chaos.report;
