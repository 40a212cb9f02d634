/**
 * The suite's traffic: requests whose verdict is known by construction, published at a steady rate,
 * and every outcome copy read back from the events topic.
 */
package io.storageintegrations.chaos.traffic;
