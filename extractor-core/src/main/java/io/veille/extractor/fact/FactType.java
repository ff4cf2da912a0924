package io.veille.extractor.fact;

public enum FactType { MONEY, QUANTITY, PERCENT, DATE, QUOTE }
