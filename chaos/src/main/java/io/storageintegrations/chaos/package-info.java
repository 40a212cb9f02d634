/** The chaos suite: experiments on separate worker and broker processes, one table of results. */
package io.storageintegrations.chaos;
