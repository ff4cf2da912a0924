package io.veille.contracts;

/** The kinds of {@link Fact}; the event's JSON carries the name. */
public enum FactType { MONEY, QUANTITY, PERCENT, DATE, QUOTE }
