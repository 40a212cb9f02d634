package io.storageintegrations.chaos.experiment;

/**
 * One experiment: a fleet of {@code workers}, requests published at {@code perSecond}, and a fault
 * injected once half of them are published.
 */
public record Experiment(String name, int workers, double perSecond, Fault fault) {}
