package io.veille.testsupport.violations.domain;

import io.veille.testsupport.violations.adapter.Controller;

/** A deliberate violation: a domain class that reaches into an adapter and a framework type. */
public class Rule {

    public jakarta.inject.Singleton frameworkAnnotationUsedAsType;

    public String decide() {
        return new Controller().toString();
    }
}
