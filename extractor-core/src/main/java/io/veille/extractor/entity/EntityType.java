package io.veille.extractor.entity;

public enum EntityType { PERSON, ORG, LOC }
